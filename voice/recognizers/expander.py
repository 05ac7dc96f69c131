"""A downward expander for speech over other voices (a TV, people talking): frames well below
the person's speaking level are turned further down, so the background heard between their
words does not become words of its own.

RNNoise cannot do this (it keeps voices as speech: voice.recognizers.denoise), but when the
person is much louder than the voices behind them, level alone tells the two apart. In TV babble
at 20 dB SNR (dev sentences, bench/speech.py --split dev) intent accuracy went 86.7 -> 92.7% for
the piper voice and 59.3 -> 76.7% for espeak en-us. With the TV only 10 dB down, level no longer
separates them and expanding did harm (31.3 -> 27.3%), so it runs only when the recording's
estimated SNR (denoise.estimated_snr_db: ~29 dB at 20 dB babble, ~20 dB at 10 dB) is at least
APPLY_ABOVE_DB.
"""

from __future__ import annotations

import numpy as np

from voice.audio import Samples
from voice.recognizers import denoise

FRAME = 160
"""10 ms at 16 kHz."""
BELOW_DB = 8.0
"""Frames more than this far below the loud end of the recording (its 95th percentile frame)..."""
RATIO = 4.0
"""...lose (RATIO - 1) dB for every dB they lie below that line..."""
FLOOR_DB = -30.0
"""...but never more than this."""
HOLD_FRAMES = 3
"""A frame keeps the gain of its loudest neighbour this many frames either side: word onsets and
endings are not clipped."""
APPLY_ABOVE_DB = 25.0


def separated(snr_db: float) -> bool:
    """Is the person far enough above the voices behind them for level to tell them apart?"""
    return bool(np.isfinite(snr_db)) and snr_db >= APPLY_ABOVE_DB


def expand(samples: Samples) -> Samples:
    """The recording with its quiet frames turned down; as long as the input."""
    n = len(samples) // FRAME
    if n == 0:
        return samples
    db = denoise.frame_dbs(samples, FRAME)
    line = float(np.percentile(db, 95)) - BELOW_DB
    gain_db = np.where(db < line, np.maximum(FLOOR_DB, (db - line) * (RATIO - 1.0)), 0.0)
    padded = np.pad(gain_db, HOLD_FRAMES, mode="edge")
    held = np.lib.stride_tricks.sliding_window_view(padded, 2 * HOLD_FRAMES + 1).max(axis=1)
    centres = np.arange(n) * FRAME + FRAME / 2
    gain = np.interp(np.arange(len(samples)), centres, 10.0 ** (held / 20.0))
    out: Samples = np.clip(samples * gain, -32768, 32767).astype(np.int16)
    return out

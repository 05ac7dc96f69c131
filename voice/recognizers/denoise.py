"""Noise suppression in front of pocketsphinx when the room is noisy: RNNoise, a small recurrent
network trained to strip steady noise (fans, traffic, hum) from speech, run on 10 ms frames.

pocketsphinx's acoustic model was trained on fairly clean speech and falls apart in steady noise:
the piper voice in pink noise at 5 dB SNR was understood 37% of the time, 89% through RNNoise
(150 held-out sentences, bench/speech.py). On clean speech and at 20 dB the suppression's own
artefacts cost a little, and it does not remove other voices (a TV), so it runs only when the
audio's own signal-to-noise estimate says the room is noisy (NOISY_BELOW_DB) with steady noise
(STEADY_SPREAD_DB).

The network comes from the pyrnnoise wheel (its shared library only: the package's own Python
pulls in an audio framework we do not need, so scripts/setup installs it without dependencies
and this module loads the library directly)."""

from __future__ import annotations

import ctypes
import importlib.util
import os
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from voice.audio import RATE

NET_RATE = 48000
"""RNNoise works on 48 kHz audio: 16 kHz frames are resampled up and back down."""
NOISY_BELOW_DB = 21.0
"""Denoise when the loud frames are less than this far above the quiet ones. Measured SNRs
estimated this way: 5 dB pink noise ~12 dB, 10 dB ~17 dB, 20 dB ~26 dB, a quiet room > 40 dB.
Below 20 dB the network helps a lot (10 dB: 81 -> 92% intent accuracy); above, it is neutral to
slightly harmful, so the line sits between..."""
STEADY_SPREAD_DB = 4.0
"""...and only when the background is steady: the quieter 30 ms frames (5th to 30th percentile)
lie within this many dB of each other. Fans, traffic and hiss do (pink noise: 0.7-3.4 dB, whole
recordings or the stream's last 6 s); other voices (a TV, people talking: 4.4-9 dB) do not, and
RNNoise keeps them as speech while mangling the person's (babble at 20 dB: 71 -> 61% with it)."""

LITTLE_PAUSE_SPREAD_DB = 2.8
"""A whole recording may have almost no pause in it (a file as a synthesiser writes it, or a
clip trimmed to the speech): then its 30th-percentile frame is already speech, and even pink
noise looks unsteady (5th to 30th percentile: 8 dB at 20 dB SNR). Its quietest frames (1st to
10th percentile) still tell: within this many dB for steady noise (pink, no pause added: 86% of
recordings at 20 dB, 99% at 10 dB), wider over voices (6% of them within)."""
SPEECH_BELOW_LOUD_DB = 18.0
SPEECH_HELD_FRAMES = 10
"""The person's speech, for `background_edge_s`: 100 ms held within this many dB of the loud
frames (95th percentile). A TV 20 dB below the person seldom reaches it (2 recordings in 300)."""

FILE_QUALITY = "HQ"
STREAM_QUALITY = "QQ"
"""soxr resampling around the network. A whole file can afford the best ("HQ": its filters hold
back up to 80 ms of a stream); a live stream uses the quick one, 10 ms, so a noisy room's answers
are not held up. On files, quick costs about 1 point of intent accuracy at 5 and 10 dB."""

Samples = npt.NDArray[np.int16]


@cache
def _library() -> Any | None:
    """The RNNoise shared library from the pyrnnoise wheel, or None when it is not installed."""
    spec = importlib.util.find_spec("pyrnnoise")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "librnnoise.so"
    if not path.is_file():
        return None
    lib = ctypes.CDLL(str(path))
    lib.rnnoise_create.argtypes = [ctypes.c_void_p]
    lib.rnnoise_create.restype = ctypes.c_void_p
    lib.rnnoise_destroy.argtypes = [ctypes.c_void_p]
    lib.rnnoise_get_frame_size.restype = ctypes.c_int
    lib.rnnoise_process_frame.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_float),
                                          ctypes.POINTER(ctypes.c_float)]
    lib.rnnoise_process_frame.restype = ctypes.c_float
    return lib


def available() -> bool:
    return _library() is not None


def _mean_squares(samples: Samples, frame: int) -> npt.NDArray[np.float64]:
    """The mean square of each whole frame of `frame` samples."""
    n = len(samples) // frame
    x = samples[:n * frame].astype(np.float64).reshape(n, frame)
    return np.asarray(np.mean(x * x, axis=1))


def loud_and_floor(samples: Samples, frame: int = 160) -> tuple[float, float]:
    """The RMS of the loud 10 ms frames (95th percentile) and of the quiet ones (10th): the
    speaking level and the room's floor. (0, 0) for less than a frame."""
    if len(samples) < frame:
        return 0.0, 0.0
    loud, floor = np.percentile(np.sqrt(_mean_squares(samples, frame)), [95, 10])
    return float(loud), float(floor)


def estimated_snr_db(samples: Samples, frame: int = 160) -> float:
    """How far the loud 10 ms frames (95th percentile) sit above the quiet ones (10th), in dB:
    speech over the room's noise, for a recording with some pause in it."""
    if len(samples) // frame < 10:
        return float("inf")
    loud, floor = loud_and_floor(samples, frame)
    if floor <= 1.0:  # digital silence between words: a clean recording
        return float("inf")
    return float(20.0 * np.log10(max(loud, 1.0) / floor))


def steady(frame_dbs: npt.ArrayLike) -> bool:
    """Whether the background in these frame levels (dB) is steady noise rather than voices;
    too few frames to tell count as steady."""
    levels = np.asarray(frame_dbs, dtype=np.float64)
    if len(levels) < 10:
        return True
    low, mid = np.percentile(levels, [5, 30])
    return bool(mid - low < STEADY_SPREAD_DB)


def frame_dbs(samples: Samples, frame: int = 480) -> npt.NDArray[np.float64]:
    return np.asarray(10.0 * np.log10(_mean_squares(samples, frame) + 1.0))


def steady_recording(samples: Samples) -> bool:
    """`steady`, for a whole recording, which may have almost no pause in it
    (LITTLE_PAUSE_SPREAD_DB)."""
    levels = frame_dbs(samples)
    if steady(levels):
        return True
    p1, p10 = np.percentile(levels, [1, 10])
    return bool(p10 - p1 < LITTLE_PAUSE_SPREAD_DB)


def speech_span(samples: Samples, frame: int = 160) -> tuple[int, int] | None:
    """Where the person's speech lies, in samples: from the first 100 ms held near the loud
    frames' level (SPEECH_BELOW_LOUD_DB) to the end of the last such. None when nothing is
    held (or the recording is shorter than that)."""
    n = len(samples) // frame
    if n < SPEECH_HELD_FRAMES:
        return None
    levels = frame_dbs(samples, frame)
    near = levels >= np.percentile(levels, 95) - SPEECH_BELOW_LOUD_DB
    held = np.convolve(near.astype(np.int32), np.ones(SPEECH_HELD_FRAMES, np.int32),
                       "valid") >= SPEECH_HELD_FRAMES
    starts = np.flatnonzero(held)
    if not len(starts):
        return None
    return int(starts[0]) * frame, int(starts[-1] + SPEECH_HELD_FRAMES) * frame


def background_edge_s(samples: Samples, frame: int = 160) -> float:
    """Seconds of background alone before or after the person's speech (speech_span),
    whichever is longer. The whole recording when no speech is held; 0 for a recording too
    short to judge."""
    whole = len(samples) // frame * frame
    if whole < SPEECH_HELD_FRAMES * frame:
        return 0.0
    span = speech_span(samples, frame)
    if span is None:
        return whole / RATE
    return float(max(span[0], whole - span[1]) / RATE)


def is_noisy(samples: Samples) -> bool:
    """Worth denoising: speech less than NOISY_BELOW_DB over a steady background."""
    return estimated_snr_db(samples) < NOISY_BELOW_DB and steady_recording(samples)


class Denoiser:
    """Streaming RNNoise: 16 kHz int16 blocks in, the same audio with the noise taken out.
    The output lags the input by 20 ms."""

    def __init__(self, quality: str = STREAM_QUALITY) -> None:
        lib = _library()
        if lib is None:
            raise RuntimeError("RNNoise is not installed (pip install --no-deps pyrnnoise)")
        import soxr

        self._lib = lib
        self._state = lib.rnnoise_create(None)
        self._frame = int(lib.rnnoise_get_frame_size())
        self._up = soxr.ResampleStream(RATE, NET_RATE, 1, dtype="float32", quality=quality)
        self._down = soxr.ResampleStream(NET_RATE, RATE, 1, dtype="float32", quality=quality)
        self._pending = np.zeros(0, dtype=np.float32)
        self.delay = 2 * self._frame * RATE // NET_RATE
        """How far the output lags the input, in samples: 20 ms, measured (the network's window)."""

    def __del__(self) -> None:
        state = getattr(self, "_state", None)
        if state is not None:
            self._lib.rnnoise_destroy(state)
            self._state = None

    def process(self, block: Samples, last: bool = False) -> Samples:
        up = self._up.resample_chunk(block.astype(np.float32), last=last)
        self._pending = np.concatenate([self._pending, up.astype(np.float32)])
        if last and len(self._pending) % self._frame:
            pad = self._frame - len(self._pending) % self._frame
            self._pending = np.concatenate([self._pending, np.zeros(pad, dtype=np.float32)])
        whole = len(self._pending) // self._frame * self._frame
        out = np.ascontiguousarray(self._pending[:whole])
        self._pending = self._pending[whole:]
        for i in range(0, whole, self._frame):
            ptr = out[i:i + self._frame].ctypes.data_as(ctypes.POINTER(ctypes.c_float))
            self._lib.rnnoise_process_frame(self._state, ptr, ptr)
        down = self._down.resample_chunk(out, last=last)
        return np.asarray(np.clip(np.round(down), -32768, 32767), dtype=np.int16)


SPLIT_ABOVE_S = 2.0
"""A whole recording longer than this is denoised in two halves at once, one per core: the
network is recurrent, one frame after another, and it is nearly half of decoding a noisy
file. Held-out voices at 5 dB, one job (bench/speech.py --split eval --scenes pink5 --n 50):
RTF 0.205 -> 0.171 for piper, 0.178 -> 0.171 for espeak en-gb..."""
WARM_UP_S = 0.5
"""...the second half started this long early, so the network has heard the room before the
audio it keeps; the first half runs this long past the middle, so its last frames see what
follows them."""


def denoise(samples: Samples, quality: str = FILE_QUALITY, halves: bool = True) -> Samples:
    """A whole recording through RNNoise, the same length as it came in and lined up with it;
    with `halves`, in two halves at once when it is long enough and there is a core for each.
    The second half then differs a little from one pass (the network's state after the
    warm-up is not the state after the whole first half, and a longer warm-up does not bring
    it closer). Over the dev and the held-out voices at 10 and 5 dB (1200 decodes) that changed
    about one transcript in eleven, both ways: intent -2 cases, red flags -2 of 200."""
    n = len(samples)
    if not halves or n <= SPLIT_ABOVE_S * RATE or _cores() < 2:
        return _denoised(samples, quality)
    mid, warm = n // 2, int(WARM_UP_S * RATE)
    with ThreadPoolExecutor(2) as pool:  # the network's calls let go of the GIL (ctypes)
        first = pool.submit(_denoised, samples[:mid + warm], quality)
        second = pool.submit(_denoised, samples[mid - warm:], quality)
        return np.concatenate([first.result()[:mid], second.result()[warm:]])


@cache
def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _denoised(samples: Samples, quality: str) -> Samples:
    d = Denoiser(quality)
    delay = d.delay  # flushed out with as much silence
    out = np.concatenate([d.process(samples), d.process(np.zeros(delay, np.int16), last=True)])
    return np.asarray(out[delay:delay + len(samples)], dtype=np.int16)

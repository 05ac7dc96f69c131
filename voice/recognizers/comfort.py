"""Comfort noise: the faint room noise pocketsphinx's acoustic model expects to hear.

The model was trained on room recordings. Digital silence, very clean synthetic speech, and
denoised audio (nearly silent between words) throw it off. So, before decoding, audio whose own
noise floor is lower than a room's is topped up with pink noise, as a room's is (power falling
3 dB an octave), from LOW_HZ up. The noise comes from a fixed table, so decoding the same audio
twice gives the same words.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from voice.audio import RATE
from voice.recognizers.base import Block
from voice.recognizers.denoise import loud_and_floor

DITHER = 2.0
"""The least noise ever added, in 16-bit steps (RMS): a hair above digital silence."""
COMFORT_LEVEL = 0.015
"""The noise floor a recording is topped up to, relative to its loud (95th percentile) frames:
36 dB down, about a quiet room's floor for speech at arm's length. Chosen on the dev voices and
sentences (bench/speech.py --split dev): against white noise at 0.01, quiet espeak en-us went
85% -> 95% and the piper voice 98% -> 99%; over the ten dev cells (two voices, quiet and four
noisy scenes) 90.0% -> 92.1% (0.012: espeak 93%; 0.02: 97% quiet but 91.5% over the ten)."""
STREAM_DENOISED_LEVEL = 0.01
"""The same for the denoised audio of a live stream (voice.recognizers.sphinx_stream), topped
up from the speaking level heard so far. Lower: on the dev voices streamed in pink noise
(bench/endpointing.py), 0.015 cost the piper voice 2 points at 10 and at 5 dB; 0.01 kept
piper at 95.0% / 90.0% and espeak en-us at 92.5% / 92.5%."""
LOW_HZ = 50.0
"""Below this the noise is cut: the acoustic model's filters start higher, so noise there would
only make the level mean less."""
TABLE = 1 << 17
"""Length of the noise table (8.2 s at 16 kHz); it repeats without a seam."""


@cache
def _pink() -> np.ndarray:
    spectrum = np.fft.rfft(np.random.default_rng(0).normal(size=TABLE))
    freqs = np.fft.rfftfreq(TABLE, 1.0 / RATE)
    gain = np.where(freqs >= LOW_HZ, 1.0 / np.sqrt(np.maximum(freqs, LOW_HZ)), 0.0)
    noise = np.fft.irfft(spectrum * gain, TABLE)
    unit: np.ndarray = noise / noise.std()
    return unit


def add_noise(samples: Block, offset: int, sigma: float = DITHER) -> Block:
    """The samples with pink noise of RMS `sigma` added, taken from the noise table starting at
    `offset`: consecutive blocks given consecutive offsets get continuous noise."""
    index = (offset + np.arange(len(samples))) % TABLE
    noisy = samples.astype(np.float64) + sigma * _pink()[index]
    return np.clip(noisy, -32768, 32767).astype(np.int16)


def comfort_sigma(samples: Block, frame: int = 160) -> float:
    """The noise that tops the audio's own floor (its quiet frames) up to COMFORT_LEVEL of its
    loud frames; never less than DITHER."""
    return topped_up(*loud_and_floor(samples, frame))


def topped_up(loud_rms: float, floor_rms: float = 0.0, level: float = COMFORT_LEVEL) -> float:
    """The noise that, added to a floor of `floor_rms`, makes it `level` of `loud_rms`; never
    less than DITHER. Denoised audio has no floor to speak of (0)."""
    target = level * loud_rms
    return max(DITHER, float(np.sqrt(max(0.0, target ** 2 - floor_rms ** 2))))

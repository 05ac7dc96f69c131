"""Comfort noise (voice.recognizers.comfort): pink, from a fixed table, at a level set by the
recording's own floor and loudness."""

from __future__ import annotations

import numpy as np

from voice.audio import RATE
from voice.recognizers.comfort import DITHER, LOW_HZ, add_noise, comfort_sigma, topped_up


def _noise(n: int, sigma: float = 1000.0, offset: int = 0) -> np.ndarray:
    return add_noise(np.zeros(n, np.int16), offset, sigma).astype(np.float64)


def _band_power(x: np.ndarray, lo: float, hi: float) -> float:
    power = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1.0 / RATE)
    return float(power[(freqs >= lo) & (freqs < hi)].sum())


def test_the_noise_is_pink_with_nothing_below_the_cut() -> None:
    x = _noise(4 * RATE)
    assert abs(x.std() - 1000.0) < 30.0
    octaves = [_band_power(x, f, 2 * f) for f in (250, 500, 1000, 2000, 4000)]
    # equal power in every octave (white noise would double it each octave up)
    assert max(octaves) / min(octaves) < 1.3
    assert _band_power(x, 0, LOW_HZ * 0.8) < 1e-3 * _band_power(x, LOW_HZ, 2 * LOW_HZ)


def test_blocks_given_running_offsets_get_one_continuous_noise() -> None:
    whole = _noise(3000)
    parts = np.concatenate([_noise(480, offset=i) for i in range(0, 3000, 480)])[:3000]
    assert np.array_equal(whole, parts)
    assert not np.array_equal(_noise(480, offset=0), _noise(480, offset=480))


def test_the_same_audio_gets_the_same_noise() -> None:
    speech = np.random.default_rng(1).normal(0, 3000, RATE).astype(np.int16)
    assert np.array_equal(add_noise(speech, 0, 50.0), add_noise(speech, 0, 50.0))


def test_quiet_clean_speech_is_topped_up_and_a_noisy_room_is_not() -> None:
    rng = np.random.default_rng(1)
    speech = (rng.normal(0, 3000, RATE)).astype(np.int16)
    clean = np.concatenate([np.zeros(RATE, np.int16), speech])
    noisy = clean + rng.normal(0, 300, len(clean)).astype(np.int16)
    assert comfort_sigma(clean) > 10 * DITHER  # digital silence: noise is added
    assert comfort_sigma(noisy) == DITHER  # a noisy room already has a floor: nothing more
    assert comfort_sigma(np.zeros(100, np.int16)) == DITHER
    assert topped_up(3000.0) > 10 * DITHER
    assert topped_up(0.0) == DITHER


def test_loud_noise_is_clipped_not_wrapped() -> None:
    loud = np.full(1000, 32000, np.int16)
    out = add_noise(loud, 0, 5000.0)
    assert out.max() == 32767 and out.min() > 0

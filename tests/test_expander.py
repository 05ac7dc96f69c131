"""The downward expander: the background between the person's words goes down, their words stay."""

from __future__ import annotations

import numpy as np

from voice.recognizers import expander


def _db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-9))


def _speech_over_voices() -> tuple[np.ndarray, slice, slice]:
    """Half a second of loud 'speech' between stretches of 'voices' 25 dB down."""
    rng = np.random.default_rng(0)
    t = np.arange(8000) / 16000
    word = 8000 * np.sin(2 * np.pi * 220 * t) * (1 + 0.3 * np.sin(2 * np.pi * 3 * t))
    babble = rng.normal(0, 8000 / np.sqrt(2) * 10 ** (-25 / 20), 16000)
    x = np.concatenate([babble[:8000], word + babble[8000:], babble[:8000]])
    return x.astype(np.int16), slice(8000 + 800, 16000 - 800), slice(17600, 24000)


def test_the_background_between_words_goes_down_and_the_words_stay() -> None:
    x, word, gap = _speech_over_voices()
    y = expander.expand(x)
    assert len(y) == len(x) and y.dtype == np.int16
    assert abs(_db(y[word]) - _db(x[word])) < 0.5
    assert _db(x[gap]) - _db(y[gap]) > 20


def test_it_runs_only_when_the_person_stands_well_above_the_voices() -> None:
    assert expander.separated(29.0)  # a TV 20 dB down
    assert not expander.separated(20.0)  # 10 dB down: level no longer tells them apart
    assert not expander.separated(float("inf"))  # digital silence: nothing to expand
    assert len(expander.expand(np.zeros(50, dtype=np.int16))) == 50

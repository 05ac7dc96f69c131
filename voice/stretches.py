"""Guided stretches as data: content/stretches.yaml loaded and checked (errors name the file, the
key and the line, like voice.content), and a routine planned into the cues to speak, in order.

A cue is one short thing to say and how long to leave before the next; voice.stretch_skill puts
them on a clock. The connecting words ("Hold.", "Three.", "And relax.") are dialog keys in
content/dialog/stretches.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from voice.content import CONTENT_DIR, Content, _Doc, default_content

__all__ = ["COUNTED_S", "Cue", "Stretch", "default_stretches", "load_stretches", "plan"]

COUNTED_S = 3
"""The last seconds of a hold are counted aloud: "Three. Two. One. And relax."."""
SETUP_QUIET_S = 6.0
"""Quiet after saying how to get into position, to get there."""
MOVE_QUIET_S = 1.5
"""Quiet after saying the move, to make it before "Hold."."""
_ID_RE = re.compile(r"^[a-z][a-z_]*$")
_FIELDS = {"id", "name", "sources", "position", "moves", "hold_s", "reps", "rest_s", "min_hours"}


@dataclass(frozen=True)
class Stretch:
    """One stretch of the routine, as in content/stretches.yaml."""

    id: str
    """A short name, pelvic_tilt."""
    name: str
    """Spoken: "pelvic tilts"."""
    sources: tuple[str, ...]
    """Seed file names it rests on."""
    position: str
    """Said once: how to get into position."""
    moves: tuple[str, ...]
    """Said at the start of each repetition, in turn (one per side, or one for all)."""
    hold_s: int
    """Seconds each repetition is held."""
    reps: int
    """Repetitions."""
    rest_s: int
    """Seconds of rest after each repetition."""
    min_hours: float | None = None
    """Only done from this many hours after the spasm began (None: whenever stretching is)."""


@dataclass(frozen=True)
class Cue:
    """One thing to say during a routine, and the time to leave after it."""

    text: str
    """What to say."""
    stretch: int
    """Which stretch of the routine it belongs to (index)."""
    block: int
    """The cue that starts its block (the stretch's setup, or the repetition's move): where
    "continue" takes up again after a pause."""
    min_s: float = 0.0
    """At least this long from this cue to the next (a hold, a count)."""
    quiet_s: float = 0.0
    """And at least this long of quiet after it is said (to move, to rest)."""


def load_stretches(root: Path | str | None = None,
                   sources: set[str] | None = None) -> tuple[Stretch, ...]:
    """Load and check content/stretches.yaml; ContentError names the file, key and reason."""
    base = Path(root) if root is not None else CONTENT_DIR
    known = sources if sources is not None else set(default_content().sources)
    doc = _Doc(base / "stretches.yaml")
    items = doc.mapping(doc.data, ()).get("stretches")
    if not isinstance(items, list) or not items:
        raise doc.error(("stretches",), "expected a non-empty list of stretches")
    out: list[Stretch] = []
    for i, item in enumerate(items):
        out.append(_stretch(doc, doc.mapping(item, ("stretches", str(i))), i, known))
    ids = [s.id for s in out]
    for i, sid in enumerate(ids):
        if sid in ids[:i]:
            raise doc.error(("stretches", str(i), "id"), f"{sid!r} is used twice")
    return tuple(out)


def _stretch(doc: _Doc, entry: dict[str, Any], i: int, known: set[str]) -> Stretch:
    keys = ("stretches", str(i))
    unknown = set(entry) - _FIELDS
    if unknown:
        raise doc.error((*keys, sorted(unknown)[0]), "unknown field")
    sid = doc.text(entry.get("id"), (*keys, "id"))
    if not _ID_RE.match(sid):
        raise doc.error((*keys, "id"), "use lower-case letters and underscores")
    cited = entry.get("sources")
    if not isinstance(cited, list) or not cited:
        raise doc.error((*keys, "sources"), "expected a non-empty list of seed file names")
    for name in cited:
        if name not in known:
            raise doc.error((*keys, "sources"), f"{name!r} is not listed in sources.yaml")
    moves = entry.get("moves")
    if not isinstance(moves, list) or not moves:
        raise doc.error((*keys, "moves"), "expected a non-empty list of spoken moves")
    min_hours = entry.get("min_hours")
    if min_hours is not None and not _number(min_hours, 0, 24 * 14):
        raise doc.error((*keys, "min_hours"), "expected a number of hours, 0 to 336")
    return Stretch(
        id=sid,
        name=doc.text(entry.get("name"), (*keys, "name")),
        sources=tuple(cited),
        position=doc.text(entry.get("position"), (*keys, "position")),
        moves=tuple(doc.text(m, (*keys, "moves")) for m in moves),
        hold_s=_whole(doc, entry, keys, "hold_s", COUNTED_S + 1, 30),
        reps=_whole(doc, entry, keys, "reps", 1, 10),
        rest_s=_whole(doc, entry, keys, "rest_s", 1, 30),
        min_hours=None if min_hours is None else float(min_hours),
    )


def _number(value: Any, low: float, high: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def _whole(doc: _Doc, entry: dict[str, Any], keys: tuple[str, ...], field: str, low: int,
           high: int) -> int:
    value = entry.get(field)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise doc.error((*keys, field), f"expected a whole number from {low} to {high}")
    return value


def plan(stretches: tuple[Stretch, ...] | list[Stretch], content: Content) -> list[Cue]:
    """Every cue of a routine, in order, ending with "That's the end of the stretches"."""
    cues: list[Cue] = []
    for n, s in enumerate(stretches):
        setup = len(cues)
        opener = "stretch_first" if n == 0 else "stretch_next_one"
        cues.append(Cue(content.say(opener, name=s.name, position=s.position), n, setup,
                        quiet_s=SETUP_QUIET_S))
        for rep in range(s.reps):
            block = len(cues)
            key = "stretch_move" if rep < len(s.moves) else "stretch_move_again"
            move = s.moves[rep % len(s.moves)]
            cues.append(Cue(content.say(key, move=move), n, block, quiet_s=MOVE_QUIET_S))
            cues.append(Cue(content.say("stretch_hold"), n, block, min_s=s.hold_s - COUNTED_S))
            for count in range(COUNTED_S, 0, -1):
                cues.append(Cue(content.say(f"stretch_count_{count}"), n, block, min_s=1.0))
            cues.append(Cue(content.say("stretch_relax"), n, block, quiet_s=float(s.rest_s)))
    last = max(len(stretches) - 1, 0)
    cues.append(Cue(content.say("stretch_finished"), last, len(cues)))
    return cues


@cache
def default_stretches() -> tuple[Stretch, ...]:
    """The packaged stretches, loaded once per process."""
    return load_stretches()

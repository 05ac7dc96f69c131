"""Self-repairs: "an ice timer, no wait, a heat timer", "ten minutes, actually make it fifteen".

The markers are data (`self_repairs` in content/intents.yaml). `split` finds the last marker in
an utterance's words; the router then routes what follows it (see `Router.route`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["markers", "values", "bare"]
KINDS: tuple[Kind, ...] = ("markers", "values", "bare")


@dataclass(frozen=True)
class Split:
    before: str
    kind: Kind
    after: str


@dataclass(frozen=True)
class Repairs:
    markers: dict[tuple[str, ...], Kind]
    """Marker words -> what may follow them (see intents.yaml)."""
    families: tuple[frozenset[str], ...]
    """Intents one may be corrected into another with a bare "no"."""
    swaps: tuple[frozenset[str], ...] = ()
    """Words said in place of one another ("ice" and "heat")."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Repairs:
        markers: dict[tuple[str, ...], Kind] = {}
        for kind in KINDS:
            for phrase in data.get(kind) or ():
                markers[tuple(str(phrase).lower().split())] = kind
        families = tuple(frozenset(f) for f in data.get("families") or ())
        swaps = tuple(frozenset(str(w).lower() for w in s) for s in data.get("swaps") or ())
        return cls(markers, families, swaps)

    def swapped(self, before: str, after: str) -> str | None:
        """`before` with the word a short correction replaces: ("should i use ice", "heat") ->
        "should i use heat"; None when `after` names no such word, or `before` has none."""
        said = after.split()
        if len(said) > 3:
            return None
        words = before.split()
        for group in self.swaps:
            new = [w for w in said if w in group]
            olds = [i for i, w in enumerate(words) if w in group and w not in new]
            if len(new) == 1 and olds:
                words[olds[-1]] = new[0]
                return " ".join(words)
        return None

    def split(self, words: list[str], fillers: Iterable[str] = ()) -> Split | None:
        """The last marker with words said before it (fillers aside) and after it."""
        skip = frozenset(fillers)
        longest = max((len(m) for m in self.markers), default=0)
        for start in range(len(words) - 2, 0, -1):
            if all(w in skip for w in words[:start]):
                return None
            for size in range(min(longest, len(words) - start - 1), 0, -1):
                kind = self.markers.get(tuple(words[start:start + size]))
                if (kind is not None and not _meaning_to(words, start, size)
                        and not _enough(words, start, size)):
                    end = start + size
                    # the whole marker that ends here: "no sorry", not its "sorry" alone
                    start = min((b for b in range(max(1, end - longest), start)
                                 if tuple(words[b:end]) in self.markers
                                 and not all(w in skip for w in words[:b])), default=start)
                    return Split(" ".join(words[:start]), self.markers[tuple(words[start:end])],
                                 " ".join(words[end:]))
        return None

    def replaces(self, denied: Iterable[str], said: Iterable[str]) -> bool:
        """Whether `said` names a word said in place of one of `denied` ("not the heat one,
        the ice one": "ice" for "heat")."""
        old, new = set(denied), set(said)
        return any(group & old and group & (new - old) for group in self.swaps)

    def kin(self, first: str, second: str) -> bool:
        """Whether `second` can correct `first` ("ice" -> "heat timer")."""
        return any(first in family and second in family for family in self.families)


MEANT_BY = frozenset("am was were is are".split())
"""Before "i meant", a question about what one is supposed to do ("how often am I meant to do
it"), no correction."""


def _meaning_to(words: list[str], start: int, size: int) -> bool:
    """Whether the marker at `start` ("i mean", "i meant") tells an intention, a duty or
    earnest, not a correction: "I meant to ask, how long ...", "how often am I meant to walk",
    "..., I mean it"."""
    if words[start + size - 1] not in ("mean", "meant"):
        return False
    after = words[start + size] if start + size < len(words) else ""
    if after == "it" and start + size + 1 == len(words):
        return True  # "stop jumping on the sofa, I mean it": said in earnest, nothing put right
    return after == "to" or (start > 0 and words[start - 1] in MEANT_BY)


def _enough(words: list[str], start: int, size: int) -> bool:
    """Whether the marker at `start` is the "no" of "no more" said last: enough ("hard stop,
    please, no more"), not a correction to "more" ("ten minutes, no, more like fifteen")."""
    rest = words[start + size:]
    return words[start + size - 1] == "no" and rest[:1] == ["more"] and all(
        w in ("please", "thanks", "now", "then") for w in rest[1:])

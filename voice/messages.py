"""Plain dataclasses that cross module borders: what was heard, what it means, what to say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Utterance:
    """One thing the person said (or typed)."""

    text: str
    """The transcript or typed line."""
    confidence: float = 1.0
    """Recogniser confidence in [0, 1]; 1.0 for typed text."""
    stt_ms: float | None = None
    """Wall time the recogniser took, when the text came from audio."""


@dataclass
class Intent:
    """What the router understood."""

    name: str
    """An intent from the catalogue in DESIGN.md §4, or "unknown"."""
    confidence: float
    """How sure the router is, in [0, 1]."""
    slots: dict[str, Any] = field(default_factory=dict)
    """Values pulled from the words: minutes, hours_ago, medicine, score..."""
    text: str = ""
    """The text that was routed."""
    triage: bool = False
    """True when safety triage (not topic matching) decided this intent."""
    told: dict[str, Any] = field(default_factory=dict)
    """What the person told before the request, in a story the router read past (voice.router.
    story): {"hours_ago": 72} for "it went three days ago, is it time for heat yet". Kept apart
    from `slots`, the request's own values."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "confidence": self.confidence,
            "slots": dict(self.slots),
            "text": self.text,
            "triage": self.triage,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intent:
        return cls(
            name=str(data["name"]),
            confidence=float(data["confidence"]),
            slots=dict(data.get("slots", {})),
            text=str(data.get("text", "")),
            triage=bool(data.get("triage", False)),
        )


@dataclass(frozen=True)
class Segment:
    """A piece of speech followed by a pause (guided breathing, counted stretches)."""

    text: str
    pause_s: float = 0.0


@dataclass
class Confirm:
    """A yes/no question awaiting the answer: what to do on yes and on no."""

    yes: Callable[[], Reply]
    no: Callable[[], Reply]


@dataclass
class Reply:
    """What the assistant says back."""

    text: str
    """The full spoken text."""
    intent: str
    """The intent this answers."""
    sources: list[str] = field(default_factory=list)
    """Seed file names the answer rests on."""
    segments: list[Segment] = field(default_factory=list)
    """When set, the text is spoken piece by piece with pauses; else `text` in one go."""
    urgent: bool = False
    """An emergency answer: never cut short by a timer prompt."""
    silent: bool = False
    """Nothing to say (speech not meant for the assistant)."""
    end_session: bool = False
    """The person said goodbye."""
    more: str | None = None
    """What "tell me more" says next."""
    confirm: Confirm | None = None
    """Set when the reply asks a yes/no question."""

    def spoken_segments(self) -> list[Segment]:
        return self.segments or [Segment(self.text)]

"""Turning a guidance intent into a spoken Reply from the content."""

from __future__ import annotations

from voice.content import Content
from voice.messages import Reply, Segment

ACUTE_HOURS = 72.0
"""Sources put the switch from cold to heat at 48 to 72 hours; we keep ice advice until 72."""


def phase_for(hours_since_onset: float | None) -> str | None:
    """The ice_or_heat variant for the time since the spasm began (None: not known)."""
    if hours_since_onset is None:
        return None
    return "acute" if hours_since_onset < ACUTE_HOURS else "later"


def answer(content: Content, intent: str, variant: str | None = None) -> Reply:
    ans = content.answers[intent]
    chosen = ans.variant(variant)
    segments = [Segment(chosen.reply)]
    if ans.steps:
        segments += [Segment(s.say, s.pause) for s in ans.steps]
    text = " ".join(s.text for s in segments)
    return Reply(
        text=text,
        intent=intent,
        sources=list(ans.sources),
        segments=segments if ans.steps else [],
        urgent=intent == "emergency",
        more=chosen.more,
    )

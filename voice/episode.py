"""The episode: when the spasm began, and what that means for ice or heat now.

The sources agree on cold first and heat later, but not on the day: cold "for the first 48 hours"
(000), ice "for the first 48-72 hours" and heat "after 72 hours" (001, 002). So: before 48 hours
it is the ice phase, after 72 the heat phase, and in between either is fine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from voice.clock import local_midnight
from voice.content import Content
from voice.timers import Kind, Say

__all__ = [
    "HEAT_FROM_H", "ICE_UNTIL_H", "Ago", "When", "answer_variant", "hours_since",
    "onset_from_hours_ago", "phase", "switch_note", "timer_note",
]

Phase = Literal["ice", "either", "heat"]

ICE_UNTIL_H = 48.0
"""Before this many hours since onset, ice is the advice."""
HEAT_FROM_H = 72.0
"""After this many hours, heat is the advice; in between, either."""
HOUR_S = 3600.0


def onset_from_hours_ago(hours_ago: float, now: float) -> float:
    """The onset time for "it started <hours_ago> hours ago" (never in the future)."""
    return now - max(0.0, hours_ago) * HOUR_S


def hours_since(onset_at: float | None, now: float) -> float | None:
    if onset_at is None:
        return None
    return max(0.0, (now - onset_at) / HOUR_S)


def phase(hours: float | None) -> Phase | None:
    """The phase at `hours` since onset; None when the onset is not known."""
    if hours is None:
        return None
    if hours < ICE_UNTIL_H:
        return "ice"
    return "either" if hours <= HEAT_FROM_H else "heat"


def answer_variant(p: Phase | None) -> str | None:
    """The ice_or_heat variant in content/answers.yaml for a phase (the acute text says to keep
    ice through 48 to 72 hours, so it also serves the in-between phase)."""
    if p is None:
        return None
    return "later" if p == "heat" else "acute"


def timer_note(kind: Kind, p: Phase | None) -> Say | None:
    """One gentle sentence when a timer goes against the phase (the timer still starts)."""
    if kind == "heat" and p == "ice":
        return Say("episode_heat_early")
    if kind == "heat" and p == "either":
        return Say("episode_heat_either")
    if kind == "ice" and p == "heat":
        return Say("episode_ice_late")
    return None


def switch_note(onset_at: float, now: float) -> Say | None:
    """After the ice_or_heat answer: when heat becomes an option."""
    p = phase(hours_since(onset_at, now))
    if p == "ice":
        return Say("episode_switch_at", {"when": When(onset_at + ICE_UNTIL_H * HOUR_S, now)})
    if p == "either":
        return Say("episode_switch_now")
    return None


@dataclass(frozen=True)
class Ago:
    """How long ago the spasm began, said roughly: "about 3 hours ago", "about 2 days ago"."""

    hours: float
    """Hours since onset."""

    def spoken(self, content: Content) -> str:
        if self.hours < 1:
            return content.say("episode_ago_under_hour")
        if self.hours < 1.5:
            return content.say("episode_ago_hour")
        if self.hours < 36:
            return content.say("episode_ago_hours", n=round(self.hours))
        return content.say("episode_ago_days", n=round(self.hours / 24))


@dataclass(frozen=True)
class When:
    """A moment a day or two ahead, to the hour: "6 in the evening tomorrow"."""

    at: float
    """The moment (UTC epoch seconds), said to the nearest hour in local time."""
    now: float
    """Now, to say "today" or "tomorrow" against."""

    def spoken(self, content: Content) -> str:
        at = round(self.at / HOUR_S) * HOUR_S
        t = time.localtime(at)
        days = round((local_midnight(at) - local_midnight(self.now)) / 86400)
        if days <= 0:
            day = content.say("episode_day_today")
        elif days == 1:
            day = content.say("episode_day_tomorrow")
        else:
            day = content.say("episode_day_weekday", weekday=time.strftime("%A", t))
        return content.say(_hour_key(t.tm_hour), hour=t.tm_hour % 12 or 12, day=day)


def _hour_key(hour: int) -> str:
    if hour == 0:
        return "episode_at_midnight"
    if hour == 12:
        return "episode_at_noon"
    if 5 <= hour < 12:
        return "episode_at_morning"
    if 12 < hour < 17:
        return "episode_at_afternoon"
    if 17 <= hour < 21:
        return "episode_at_evening"
    return "episode_at_night"

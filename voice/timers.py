"""Ice and heat rounds as plain data and pure functions: how long, which prompts when, what a
cancel or a fallen-due prompt changes, and what to say. No clock, no disk: the time is passed in,
and the store (voice.state) writes the changes these functions describe.

A round: `on` for its duration, then for ice a `rest` of at least 20 minutes; a heat round instead
waits, `ended`, until the person says the pad is off. Each round's prompts are planned when it
starts, so a restart finds them in the store and speaks the ones that fell due meanwhile.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from voice.clock import clock_time
from voice.content import Content

__all__ = [
    "HEAT", "ICE", "RULES", "Change", "ClockTime", "Firing", "Minutes", "Prompt", "Round",
    "Rules", "Say", "cancel", "choose_minutes", "fire", "render", "start", "status",
]

Kind = Literal["ice", "heat"]
PromptKind = Literal["warn", "end", "remind", "rest_end"]
Phase = Literal["on", "rest", "ended", "done"]

WARN_BEFORE_S = 300.0
"""The "5 minutes left" prompt comes this long before the end..."""
WARN_MIN_ROUND_S = 600.0
"""...and only in rounds at least this long."""
REMIND_AFTER_S = (60.0, 180.0, 420.0, 900.0, 1800.0, 2700.0, 3600.0, 4500.0)
"""A heat end prompt is repeated this long after the end (gaps 1, 2, 4, 8, then 15 minutes)
until the person says the pad is off; after the last one we stop, 75 minutes on."""
LATE_S = 30.0
"""A prompt spoken more than this after its due time (the assistant was not running) says so."""
STALE_S = 2 * 3600.0
"""Prompts this late (every one of them) are not said: the round is long over, whatever happened."""


@dataclass(frozen=True)
class Rules:
    """The sources' rhythm for one kind of round."""

    kind: Kind
    """ice or heat."""
    default_min: int
    """Minutes when none were said."""
    usual_min: int
    """Shorter than this is used as said, with a note."""
    max_min: int
    """Longer than this is capped, saying why."""
    rest_s: float | None
    """Time off after a round before the next; None: no rest timer (heat: 3 or 4 a day)."""


ICE = Rules("ice", default_min=15, usual_min=10, max_min=20, rest_s=1200.0)
HEAT = Rules("heat", default_min=20, usual_min=15, max_min=20, rest_s=None)
RULES: dict[str, Rules] = {"ice": ICE, "heat": HEAT}


class Spoken(Protocol):
    def spoken(self, content: Content) -> str: ...


@dataclass(frozen=True)
class Minutes:
    """A length of time said in whole minutes: "1 minute", "6 minutes" (never "0")."""

    seconds: float
    """The length, rounded to whole minutes when said."""

    def spoken(self, content: Content) -> str:
        n = max(1, round(self.seconds / 60))
        return content.say("timer_minute" if n == 1 else "timer_minutes", n=n)


@dataclass(frozen=True)
class ClockTime:
    """A moment said as a local clock time, "3:40"."""

    epoch: float
    """UTC epoch seconds, said in local time."""

    def spoken(self, content: Content) -> str:
        return clock_time(self.epoch)


@dataclass(frozen=True)
class Say:
    """One dialog line to speak: its key in content/dialog and the values for its placeholders."""

    key: str
    """A key in content/dialog/*.yaml."""
    values: Mapping[str, object] = field(default_factory=dict)
    """Placeholder values: plain values, or Minutes / ClockTime / ... said via `spoken()`."""


def render(content: Content, says: list[Say], rng: random.Random | None = None) -> str:
    """The spoken text of some dialog lines, in order."""
    lines = []
    for s in says:
        values = {k: v.spoken(content) if hasattr(v, "spoken") else v for k, v in s.values.items()}
        lines.append(content.say(s.key, rng, **values))
    return " ".join(lines)


@dataclass(frozen=True)
class Round:
    """One ice or heat round, as stored in the `rounds` table (times in UTC epoch seconds)."""

    kind: Kind
    """ice or heat."""
    started_at: float
    """When the pack went on."""
    duration_s: float
    """The length it was started with."""
    ends_at: float
    """When it is due to end (moved with the pending prompts if the wall clock is stepped)."""
    said_minutes: int | None = None
    """The minutes the person asked for, as said (None: they gave none)."""
    stopped_at: float | None = None
    """When it was stopped early."""
    rest_until: float | None = None
    """End of the rest after it (ice); None: no rest."""
    closed_at: float | None = None
    """When nothing more was pending: rest over or stopped, heat pad off, or superseded."""
    id: int | None = None
    """Its row in the store (None until stored)."""

    @property
    def off_at(self) -> float:
        """When the pack came (or is due to come) off."""
        return self.stopped_at if self.stopped_at is not None else self.ends_at

    def phase(self, now: float) -> Phase:
        if self.closed_at is not None:
            return "done"
        if now < self.off_at:
            return "on"
        if self.rest_until is not None:
            return "rest" if now < self.rest_until else "done"
        return "ended" if self.kind == "heat" and self.stopped_at is None else "done"

    def on_seconds(self, now: float) -> float:
        """How long the pack has been on (so far)."""
        return max(0.0, min(now, self.off_at) - self.started_at)


@dataclass(frozen=True)
class Prompt:
    """A spoken prompt planned for a round, as stored in the `prompts` table."""

    kind: PromptKind
    """warn ("5 minutes left"), end, remind (heat end, again), rest_end."""
    due_at: float
    """When to say it (UTC epoch seconds)."""
    round_id: int | None = None
    """The round it belongs to (None until stored)."""
    id: int | None = None
    """Its row in the store (None until stored)."""


@dataclass(frozen=True)
class Change:
    """What to write back for a round: its new fields and what becomes of its pending prompts."""

    round: Round
    drop_pending: bool = False
    """Mark every prompt of the round not yet spoken as cancelled."""
    rest_end_at: float | None = None
    """(Re)schedule the round's rest_end prompt at this time."""


@dataclass(frozen=True)
class Firing:
    """What to say for a round's prompts that fell due, and what that changes."""

    say: list[Say]
    """The lines to speak, in order (empty: nothing to say)."""
    change: Change | None = None
    """What to write back, if anything."""


def choose_minutes(rules: Rules, said: int | None) -> tuple[int, list[Say]]:
    """The minutes to use for what was said, with a note when it is not what was asked or usual."""
    if said is None:
        return rules.default_min, []
    if said <= 0:
        return rules.default_min, [Say("timer_no_minutes", {"minutes": rules.default_min})]
    if said > rules.max_min:
        return rules.max_min, [Say(f"timer_{rules.kind}_capped", {"minutes": rules.max_min})]
    if said < rules.usual_min:
        return said, [Say(f"timer_{rules.kind}_short")]
    return said, []


def start(kind: Kind, minutes: float, now: float, said: int | None = None
          ) -> tuple[Round, list[Prompt]]:
    """A new round and every prompt it will need."""
    rules = RULES[kind]
    duration = minutes * 60.0
    ends = now + duration
    rest_until = ends + rules.rest_s if rules.rest_s is not None else None
    prompts = []
    if duration >= WARN_MIN_ROUND_S:
        prompts.append(Prompt("warn", ends - WARN_BEFORE_S))
    prompts.append(Prompt("end", ends))
    if rest_until is not None:
        prompts.append(Prompt("rest_end", rest_until))
    else:
        prompts += [Prompt("remind", ends + after) for after in REMIND_AFTER_S]
    return Round(kind, now, duration, ends, said, rest_until=rest_until), prompts


def fire(r: Round, claimed: list[Prompt], now: float, more_pending: bool) -> Firing:
    """What to say for the prompts of round `r` claimed now (several when the assistant was down:
    only the latest one that matters is spoken). `more_pending`: the round has prompts left."""
    kinds = {p.kind for p in claimed}
    if now - max(p.due_at for p in claimed) > STALE_S:
        return Firing([], _closed(r, now))
    if "end" in kinds:
        late = now - max(p.due_at for p in claimed if p.kind == "end")
        if late <= LATE_S:
            return Firing([Say(f"timer_{r.kind}_end")])
        said = [Say(f"timer_{r.kind}_end_late", {"ago": Minutes(late)})]
        if r.kind == "ice" and ICE.rest_s is not None:
            # The pack comes off now, so the rest is counted from now.
            rest_until = now + ICE.rest_s
            return Firing(said, Change(replace(r, rest_until=rest_until), rest_end_at=rest_until))
        return Firing(said, _closed(r, now) if not more_pending else None)
    if "remind" in kinds:
        return Firing([Say("timer_heat_remind")], _closed(r, now) if not more_pending else None)
    if "rest_end" in kinds:
        return Firing([Say(f"timer_{r.kind}_rest_over")], _closed(r, now))
    left = r.off_at - now
    if "warn" in kinds and left >= 60:
        return Firing([Say(f"timer_{r.kind}_warn", {"left": Minutes(left)})])
    return Firing([])


def _closed(r: Round, now: float) -> Change:
    return Change(replace(r, closed_at=now), drop_pending=True)


def cancel(r: Round | None, now: float) -> tuple[list[Say], Change | None]:
    """"Cancel" / "I took it off": ends a running round (an ice rest then starts), ends a rest,
    or acknowledges a heat end prompt."""
    phase = r.phase(now) if r is not None else "done"
    if r is None or phase == "done":
        return [Say("timer_none")], None
    if phase == "on" and r.kind == "ice" and ICE.rest_s is not None:
        rest_until = now + ICE.rest_s
        stopped = replace(r, stopped_at=now, rest_until=rest_until)
        return [Say("timer_ice_stopped")], Change(stopped, drop_pending=True,
                                                   rest_end_at=rest_until)
    if phase == "on":
        return [Say(f"timer_{r.kind}_stopped")], _closed(replace(r, stopped_at=now), now)
    if phase == "rest":
        return [Say("timer_rest_stopped")], _closed(r, now)
    return [Say("timer_heat_acknowledged")], _closed(r, now)


def status(r: Round | None, now: float) -> Say:
    """ "How much longer?" """
    phase = r.phase(now) if r is not None else "done"
    if r is None or phase == "done":
        return Say("timer_none")
    if phase == "on":
        left = r.off_at - now
        if left < 60:
            return Say(f"timer_{r.kind}_status_soon")
        return Say(f"timer_{r.kind}_status", {"left": Minutes(left)})
    if phase == "rest" and r.rest_until is not None:
        left = r.rest_until - now
        if left < 60:
            return Say("timer_rest_status_soon")
        return Say("timer_rest_status", {"left": Minutes(left)})
    return Say("timer_heat_waiting")

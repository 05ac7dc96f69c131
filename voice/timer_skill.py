"""The timers-and-episode Handler: start_ice_timer, start_heat_timer, timer_status, cancel_timer,
set_onset and ice_or_heat, plus "ok" / "stop" while a heat end prompt waits for an answer.

It joins the pieces and nothing more: the rules live in voice.timers and voice.episode, the state
in voice.state, the clock and the due prompts in voice.scheduler, the words in
content/dialog/timers.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from voice import episode, guidance, timers
from voice.clock import Clock, log_day_start
from voice.content import Content
from voice.messages import Intent, Reply
from voice.scheduler import Scheduler
from voice.skill import Conversation
from voice.state import Store, open_store
from voice.timers import Change, Kind, Minutes, Round, Say

__all__ = ["INTENTS", "TimerSkill", "open_timers"]

ACK_WINDOW_S = 300.0
"""For this long after the ice comes off, "I took it off" acknowledges the end prompt."""
TAKEN = frozenset({"took", "taken", "removed"})

INTENTS = frozenset({"start_ice_timer", "start_heat_timer", "timer_status", "cancel_timer",
                     "set_onset", "ice_or_heat", "affirm", "stop"})
HEAT_PER_DAY = 4
"""The sources say heat 3 or 4 times a day: the 4th session of a day is noted, and any after."""
COUNTS_S = 60.0
"""A round counts as done (today's summary, heat sessions) once on this long."""


@dataclass(frozen=True)
class Count:
    """A number of rounds or sessions, said with its noun: "1 round", "3 sessions"."""

    n: int
    noun: str
    """round or session: dialog keys timer_<noun> and timer_<noun>s."""

    def spoken(self, content: Content) -> str:
        return content.say(f"timer_{self.noun}" if self.n == 1 else f"timer_{self.noun}s",
                           n=self.n)


@dataclass
class TimerSkill:
    """A Handler (voice.skill) for timers and the episode; all its state is in the store."""

    store: Store
    """Where rounds, prompts and the onset live."""
    scheduler: Scheduler
    """The due prompts for the loop (`scheduler.due`), and the clock (`scheduler.now`)."""
    content: Content
    """The dialog lines in content/dialog/timers.yaml, and the ice_or_heat answer."""
    intents: frozenset[str] = INTENTS
    """The intents this handler looks at (affirm / stop only while a heat end prompt waits)."""
    awaiting_onset: bool = False
    """"When did the spasm start?" was asked after "ice or heat?": set_onset answers both."""
    _asked_onset: bool = field(default=False, repr=False)

    def now(self) -> float:
        return self.scheduler.now()

    def onset_hours(self) -> float | None:
        """Hours since the spasm began, when known (for Conversation.onset_hours)."""
        return episode.hours_since(self.store.onset(), self.now())

    def keep_told(self, told: dict[str, object]) -> None:
        """The onset told in a story before a request ("it went three days ago, is it time
        for heat yet"), kept as set_onset keeps it."""
        hours = _hours_ago(told)
        if hours is not None:
            self._keep_onset(hours)
            self.awaiting_onset = False

    def handle(self, intent: Intent, convo: Conversation) -> Reply | None:
        name = intent.name
        if name in ("start_ice_timer", "start_heat_timer"):
            return self._start("ice" if name == "start_ice_timer" else "heat", intent)
        if name == "timer_status":
            now = self.now()
            return self._reply([timers.status(self._active(now), now)], name)
        if name == "cancel_timer":
            if self._ice_just_taken_off(intent):
                return self._reply([Say("timer_ice_acknowledged")], name)
            return self._cancel(name, only_heat_waiting=False)
        if name in ("affirm", "stop"):
            return self._cancel(name, only_heat_waiting=True)
        if name == "set_onset":
            return self._set_onset(intent)
        if name == "ice_or_heat":
            return self._ice_or_heat()
        return None

    def topic(self, intent: Intent, convo: Conversation) -> str | None:
        """What `handle` would change, for "Did you mean {topic}?": the round it would start
        (with the minutes it would use, the usual ones when none were heard), the timer it
        would cancel, the onset it would keep. None when it would change nothing: a round is
        on, no timer runs, "I took it off" is only acknowledged, no time was heard."""
        name, now = intent.name, self.now()
        active = self._active(now)
        if name in ("start_ice_timer", "start_heat_timer"):
            if active is not None and active.phase(now) == "on":
                return None
            kind = "ice" if name == "start_ice_timer" else "heat"
            minutes, _ = timers.choose_minutes(timers.RULES[kind], _minutes(intent))
            return timers.render(self.content,
                                 [Say(f"timer_topic_{kind}", {"minutes": Minutes(minutes * 60)})])
        if name == "cancel_timer":
            if active is None or self._ice_just_taken_off(intent):
                return None
            return self.content.say(
                f"timer_topic_cancel_{'rest' if active.phase(now) == 'rest' else active.kind}")
        if name == "set_onset":
            hours = _hours_ago(intent.slots)
            if hours is None:
                return None
            return timers.render(self.content, [Say("episode_topic_onset",
                                                    {"ago": episode.Ago(hours)})])
        return None

    # --- rounds ---------------------------------------------------------------------------

    def running(self) -> bool:
        """Is an ice or heat round still going (its prompts not all spoken)?"""
        return self._active(self.now()) is not None

    def _active(self, now: float) -> Round | None:
        live = [r for r in self.store.open_rounds() if r.phase(now) != "done"]
        return live[-1] if live else None

    def _start(self, kind: Kind, intent: Intent) -> Reply:
        now = self.now()
        minutes, duration_notes = timers.choose_minutes(timers.RULES[kind], _minutes(intent))
        says: list[Say] = []
        phase = episode.phase(episode.hours_since(self.store.onset(), now))
        with self.store.transaction():
            active = self._active(now)
            if active is not None and active.phase(now) == "on":
                left = Minutes(active.off_at - now)
                return self._reply([Say(f"timer_{active.kind}_busy", {"left": left})],
                                   intent.name)
            note = episode.timer_note(kind, phase)
            says += [note] if note is not None else []
            if active is not None and active.phase(now) == "rest" and active.kind == kind:
                says.append(Say(f"timer_{kind}_rest_short", {"off": Minutes(now - active.off_at)}))
            if kind == "heat":
                says += _heat_count_note(1 + sum(
                    r.kind == "heat" and r.on_seconds(now) >= COUNTS_S
                    for r in self.rounds_today(now)))
            says += duration_notes
            for old in self.store.open_rounds():  # a new round supersedes a rest or a wait
                self.store.apply(Change(replace(old, closed_at=now), drop_pending=True), now)
            r, prompts = timers.start(kind, minutes, now, _minutes(intent))
            self.store.add_round(r, prompts)
        says.append(Say(f"timer_{kind}_started",
                        {"minutes": Minutes(r.duration_s), "until": timers.ClockTime(r.ends_at)}))
        reply = self._reply(says, intent.name)
        how = self.content.answers.get(f"{kind}_how")
        reply.sources = list(how.sources) if how is not None else []
        return reply

    def _ice_just_taken_off(self, intent: Intent) -> bool:
        """"I took the ice off" soon after the end prompt reports doing what was asked; it is
        not a request to cancel the rest that follows (which would leave the person without
        the "you can start again" prompt)."""
        now = self.now()
        active = self._active(now)
        if active is None or active.kind != "ice" or active.phase(now) != "rest":
            return False
        words = set(intent.text.lower().replace("'", " ").split())
        says_done = bool(words & TAKEN) or ("off" in words and bool(words & {"ice", "pack"}))
        return says_done and now - active.off_at <= ACK_WINDOW_S

    def _cancel(self, name: str, only_heat_waiting: bool) -> Reply | None:
        now = self.now()
        with self.store.transaction():
            active = self._active(now)
            if only_heat_waiting and (active is None or active.phase(now) != "ended"):
                return None  # nothing waits for an "ok": the normal control answers
            says, change = timers.cancel(active, now)
            if change is not None:
                self.store.apply(change, now)
        return self._reply(says, name)

    def rounds_today(self, now: float | None = None) -> list[Round]:
        """Every round started since the log's day began (voice.clock.log_day_start; the log reads
        these)."""
        now = self.now() if now is None else now
        return self.store.rounds_since(log_day_start(now))

    def summary_today(self, now: float | None = None) -> str:
        """A spoken summary of the rounds done today."""
        now = self.now() if now is None else now
        done = [r for r in self.rounds_today(now)
                if r.phase(now) != "on" and r.on_seconds(now) >= COUNTS_S]
        parts = []
        for kind, noun in (("ice", "round"), ("heat", "session")):
            mine = [r for r in done if r.kind == kind]
            if mine:
                total = Minutes(sum(r.on_seconds(now) for r in mine))
                parts.append(timers.render(self.content, [Say(
                    f"timer_summary_{kind}", {"count": Count(len(mine), noun), "minutes": total})]))
        if not parts:
            return self.content.say("timer_summary_none")
        if len(parts) == 1:
            return self.content.say("timer_summary_one", what=parts[0])
        return self.content.say("timer_summary_both", ice=parts[0], heat=parts[1])

    # --- the episode ----------------------------------------------------------------------

    def _set_onset(self, intent: Intent) -> Reply:
        hours = _hours_ago(intent.slots)
        if hours is None:
            self.awaiting_onset = True
            return self._reply([Say("ask_onset")], intent.name)
        self._keep_onset(hours)
        noted = timers.render(self.content, [Say("episode_noted", {"ago": episode.Ago(hours)})])
        if self.awaiting_onset:
            self.awaiting_onset = False
            answer = self._ice_or_heat()
            answer.text = f"{noted} {answer.text}"
            answer.segments = []
            return answer
        p = episode.phase(hours)
        return Reply(f"{noted} {self.content.say(f'episode_phase_{p}')}", intent.name)

    def _keep_onset(self, hours_ago: float) -> None:
        now = self.now()
        with self.store.transaction():
            self.store.set_onset(episode.onset_from_hours_ago(hours_ago, now), now)

    def _ice_or_heat(self) -> Reply:
        onset, now = self.store.onset(), self.now()
        p = episode.phase(episode.hours_since(onset, now))
        answer = guidance.answer(self.content, "ice_or_heat", episode.answer_variant(p))
        if onset is None:
            self.awaiting_onset = True
            if not self._asked_onset and "?" not in answer.text:
                answer.text = f"{answer.text} {self.content.say('ask_onset')}"
            self._asked_onset = True
            return answer
        note = episode.switch_note(onset, now)
        if note is not None:
            answer.text = f"{answer.text} {timers.render(self.content, [note])}"
        answer.segments = []
        return answer

    def _reply(self, says: list[Say], intent: str) -> Reply:
        return Reply(timers.render(self.content, says, None), intent)


def _heat_count_note(n: int) -> list[Say]:
    if n == HEAT_PER_DAY:
        return [Say("timer_heat_daily_last")]
    if n > HEAT_PER_DAY:
        return [Say("timer_heat_daily_over", {"count": Count(n, "session")})]
    return []


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _minutes(intent: Intent) -> int | None:
    n = _number(intent.slots.get("minutes"))
    return None if n is None else round(n)


def _hours_ago(values: Mapping[str, object]) -> float | None:
    """The hours_ago in an intent's slots or in what was told with it, when it is usable."""
    hours = _number(values.get("hours_ago"))
    return None if hours is None or hours < 0 else hours


def open_timers(home: Path, content: Content, warn: Callable[[str], None],
                clock: Clock | None = None) -> TimerSkill:
    """The timer skill on `home`/state.db (a broken one is moved aside and reported by `warn`)."""
    store = open_store(home, warn)
    scheduler = Scheduler(store, clock, content, warn=warn)
    return TimerSkill(store, scheduler, content)

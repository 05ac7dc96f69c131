"""The recovery-log Handler: "I took ibuprofen", "my pain is a six", "I walked for five minutes",
"when did I last take ibuprofen?", "how has my pain been?" — and, as a Conversation observer,
every emergency intent with its words, so the red flags reach the doctor's summary.

Names and times only: the log never says how much to take (the words are in
content/dialog/log.yaml, the rows in voice.recovery_log, the rounds in the timers' store).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voice import recovery_log
from voice.clock import log_day_start
from voice.content import Content
from voice.episode import Ago
from voice.messages import Intent, Reply
from voice.recovery_log import Entry
from voice.skill import Conversation
from voice.timer_skill import TimerSkill
from voice.timers import ClockTime, Minutes

__all__ = ["INTENTS", "LogSkill", "activity_text", "number_text", "spoken_list"]

INTENTS = frozenset({"log_medicine", "log_pain", "log_activity", "last_medicine", "log_summary"})
_NEXT_DOSE_WORDS = frozenset({"another", "more", "next", "safe", "due", "yet"})
"""Words of "can I take another yet?": the answer then adds "follow the label"."""
_PAIN_WORDS = frozenset({"pain", "hurt", "hurting", "feeling"})
_ROUND_WORDS = frozenset({"ice", "heat", "iced", "round", "rounds", "session", "sessions",
                          "heating", "pad"})
"""A log_summary question with these words asks about pain only / rounds only."""


@dataclass
class LogSkill:
    """A Handler (voice.skill) for the recovery log; all its state is in the timers' store."""

    timers: TimerSkill
    """The store and the clock (`timers.now`), and today's rounds (`timers.summary_today`)."""
    content: Content
    """The dialog lines in content/dialog/log.yaml."""
    intents: frozenset[str] = INTENTS | {"medication"}
    """The intents this handler answers (always: the log is there with or without a routine);
    `medication` only when it asks leave for another dose and one is in the log."""

    def handle(self, intent: Intent, convo: Conversation) -> Reply | None:
        name = intent.name
        if name == "log_medicine":
            return self._log_medicine(intent)
        if name == "log_pain":
            return self._log_pain(intent)
        if name == "log_activity":
            return self._log_activity(intent)
        if name == "last_medicine":
            return self._last_medicine(intent)
        if name == "medication":
            return self._next_dose(intent)
        if name == "log_summary":
            return Reply(self.spoken_summary(intent.text), name)
        return None

    def topic(self, intent: Intent, convo: Conversation) -> str | None:
        """What `handle` would write in the log, for "Did you mean {topic}?" ("to note down a
        dose of ibuprofen"); None when it would write nothing (no pain score heard) or only
        reads the log."""
        name = intent.name
        if name == "log_medicine":
            medicine = _text(intent.slots.get("medicine")) or self._say("log_medicine_unnamed")
            return self._say("log_topic_medicine", medicine=medicine)
        if name == "log_pain":
            score = _score(intent)
            if score is None:
                return None
            return self._say("log_topic_pain", score=number_text(score))
        if name == "log_activity":
            what = activity_text(self.content, _text(intent.slots.get("activity")))
            minutes = _activity_minutes(intent)
            if minutes is None:
                return self._say("log_topic_activity", activity=what)
            return self._say("log_topic_activity_minutes", activity=what,
                             minutes=Minutes(minutes * 60).spoken(self.content))
        return None

    def observe(self, intent: Intent, reply: Reply) -> None:
        """A Conversation observer: every red flag the person reports goes in the log."""
        if intent.name == "emergency":
            recovery_log.add(self.timers.store,
                             Entry(self.timers.now(), "red_flag", text=intent.text))

    # --- telling --------------------------------------------------------------------------

    def _log_medicine(self, intent: Intent) -> Reply:
        medicine = _text(intent.slots.get("medicine"))
        entry = recovery_log.add(self.timers.store,
                                 Entry(self.timers.now(), "medicine", name=medicine))
        said = medicine or self._say("log_medicine_unnamed")
        return Reply(self._say("log_medicine_noted", medicine=said, at=self._at(entry.at)),
                     intent.name)

    def _log_pain(self, intent: Intent) -> Reply:
        score = _score(intent)
        if score is None:
            return Reply(self._say("log_pain_no_score"), intent.name)
        entry = recovery_log.add(self.timers.store, Entry(self.timers.now(), "pain", score=score))
        return Reply(self._say("log_pain_noted", score=number_text(score), at=self._at(entry.at)),
                     intent.name)

    def _log_activity(self, intent: Intent) -> Reply:
        activity = _text(intent.slots.get("activity"))
        minutes = _activity_minutes(intent)
        entry = recovery_log.add(self.timers.store, Entry(
            self.timers.now(), "activity", name=activity, minutes=minutes))
        what, at = activity_text(self.content, activity), self._at(entry.at)
        if minutes is None:
            return Reply(self._say("log_activity_noted", activity=what, at=at), intent.name)
        return Reply(self._say("log_activity_noted_minutes", activity=what, at=at,
                               minutes=Minutes(minutes * 60).spoken(self.content)), intent.name)

    # --- asking ---------------------------------------------------------------------------

    def _next_dose(self, intent: Intent) -> Reply | None:
        """"It's been four hours since my ibuprofen, can I take another now?": the last dose in
        the log and "follow the label", as for "when did I last take it, can I have more";
        None (the guidance answers) when no more is asked or no dose is logged."""
        # (imported here: `voice log`, which prints the log, has no router to load)
        from voice.router import asking

        if not asking.asks_for_more(re.findall(r"[a-z']+", intent.text.lower())):
            return None
        medicine = _text(intent.slots.get("medicine"))
        last = recovery_log.last_medicine(self.timers.store, medicine)
        if last is None:
            return None
        return self._last_dose(intent, medicine, last, label=True)

    def _last_medicine(self, intent: Intent) -> Reply:
        medicine = _text(intent.slots.get("medicine"))
        return self._last_dose(intent, medicine,
                               recovery_log.last_medicine(self.timers.store, medicine))

    def _last_dose(self, intent: Intent, medicine: str | None, last: Entry | None, *,
                   label: bool = False) -> Reply:
        """When `last` (of `medicine`, or of any) was taken, and "follow the label" when asked
        for more (`label`, or a word of the next dose)."""
        if last is None:
            text = (self._say("log_last_medicine_none", medicine=medicine) if medicine
                    else self._say("log_last_any_none"))
        else:
            now = self.timers.now()
            name = last.name or self._say("log_medicine_unnamed")
            text = self._say("log_last_medicine", medicine=name, at=self._at(last.at),
                             ago=Ago(max(0.0, now - last.at) / 3600).spoken(self.content))
            text = text[0].upper() + text[1:]
        if label or _NEXT_DOSE_WORDS & set(intent.text.lower().split()):
            text = f"{text} {self._say('log_follow_label')}"
        return Reply(text, intent.name)

    def spoken_summary(self, question: str = "") -> str:
        """Today, short: the rounds, the pain, the medicines (only pain or only rounds when the
        question asks about just that)."""
        words = set(question.lower().replace("?", " ").split())
        now = self.timers.now()
        rounds = self.timers.summary_today(now)
        if words & _ROUND_WORDS and not words & _PAIN_WORDS:
            return rounds
        pain = self._pain_today(now)
        if words & _PAIN_WORDS and not words & _ROUND_WORDS:
            return pain
        medicines = self._medicines_today(now)
        return " ".join(p for p in (rounds, pain, medicines) if p)

    def _pain_today(self, now: float) -> str:
        scores = recovery_log.entries(self.timers.store, log_day_start(now), "pain")
        if not scores:
            return self._say("log_pain_none")
        first, last = scores[0], scores[-1]
        if len(scores) == 1:
            return self._say("log_pain_one", score=number_text(last.score), at=self._at(last.at))
        return self._say("log_pain_trend", first=number_text(first.score),
                         first_at=self._at(first.at), last=number_text(last.score),
                         last_at=self._at(last.at))

    def _medicines_today(self, now: float) -> str:
        taken = recovery_log.entries(self.timers.store, log_day_start(now), "medicine")
        if not taken:
            return ""
        items = [self._say("log_medicine_at", medicine=e.name or self._say("log_medicine_unnamed"),
                           at=self._at(e.at)) for e in taken]
        return self._say("log_medicines_today", items=spoken_list(self.content, items))

    def _at(self, epoch: float) -> str:
        return ClockTime(epoch).spoken(self.content)

    def _say(self, key: str, **values: object) -> str:
        return self.content.say(key, None, **values)


def activity_text(content: Content, activity: str | None) -> str:
    """"a walk" for walk; the name itself for an activity the dialog does not know."""
    if activity is None:
        return content.say("log_activity_unnamed")
    key = f"log_activity_{activity}"
    return content.say(key) if key in content.dialog else activity


def spoken_list(content: Content, items: list[str]) -> str:
    """"a, b and c" (the "and" from the dialog)."""
    if len(items) <= 1:
        return "".join(items)
    return content.say("log_list_and", rest=", ".join(items[:-1]), last=items[-1])


def number_text(value: float | None) -> str:
    """6.0 -> "6", 6.5 -> "6.5"."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _score(intent: Intent) -> float | None:
    """The pain score heard, when it is one (0 to 10)."""
    score = _number(intent.slots.get("score"))
    return score if score is not None and 0 <= score <= 10 else None


def _activity_minutes(intent: Intent) -> float | None:
    minutes = _number(intent.slots.get("minutes"))
    return minutes if minutes is not None and minutes > 0 else None

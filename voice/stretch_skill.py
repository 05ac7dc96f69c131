"""The guided-stretches Handler: "guide me through a stretch" starts a routine that is spoken cue
by cue as due prompts (the loop polls `due()`), on an injected clock; "next", "again", "slower",
"pause", "continue", "stop" and "that hurts" steer it at any moment.

Timing: each cue is due once the one before has had time to be said (its words at the speaking
rate) plus its own quiet or hold, all stretched by the pace ("slower"). The loop speaks on another
thread without waiting, so this spacing is what keeps cues from piling up; `due()` hands out at
most one cue per call and times the next from that moment.

The steps are data (content/stretches.yaml via voice.stretches), the words dialog
(content/dialog/stretches.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from voice.clock import Clock
from voice.content import Content
from voice.episode import ICE_UNTIL_H
from voice.messages import Confirm, Intent, Reply
from voice.skill import Conversation
from voice.stretches import Cue, Stretch, plan
from voice.tts import SpeechConfig

__all__ = ["INTENTS", "PROMPT_INTENT", "StretchSkill"]

INTENTS = frozenset({"start_stretches", "next", "again", "pause", "resume", "hurts", "stop",
                     "slower"})
PROMPT_INTENT = "stretch"
"""The `intent` of a Reply that is a spoken step of a routine."""
EARLY_H = ICE_UNTIL_H
"""Before this many hours since onset (or with no onset), ask before stretching."""
SPEAK_SETUP_S = 0.5
"""Added to every spoken estimate: the synthesiser's start-up before the first sound."""
MIN_QUIET_S = 0.3
"""The least quiet between two cues."""
PACE_STEP, MAX_PACE = 1.5, 2.25
""""slower" stretches every gap by PACE_STEP, up to MAX_PACE times the normal pace."""


@dataclass
class StretchSkill:
    """A Handler (voice.skill) for guided stretches; the routine lives only in this process."""

    stretches: tuple[Stretch, ...]
    """The routine's stretches, in order (content/stretches.yaml)."""
    content: Content
    """The words (content/dialog/stretches.yaml and the position answer's sources)."""
    clock: Clock
    """Its monotonic clock times the cues."""
    speech: SpeechConfig
    """The speaking rate, to know how long a cue takes to say."""
    intents: frozenset[str] = INTENTS
    """The intents looked at (all but start_stretches and hurts only while a routine runs)."""
    pace: float = 1.0
    """1.0, or more after "slower": every gap is this many times as long."""
    paused: bool = False
    """"pause" was said: nothing is due until "continue"."""
    _chosen: tuple[Stretch, ...] = ()
    _cues: list[Cue] = field(default_factory=list, repr=False)
    _next: int = 0
    _due_at: float = 0.0
    _current: int = 0

    @property
    def active(self) -> bool:
        """A routine is running (possibly paused)."""
        return bool(self._cues)

    def speak_s(self, text: str) -> float:
        """About how long `text` takes to say at the current rate."""
        return len(text.split()) * 60.0 / max(1, self.speech.rate) + SPEAK_SETUP_S

    # --- the Handler ----------------------------------------------------------------------

    def handle(self, intent: Intent, convo: Conversation) -> Reply | None:
        name = intent.name
        if name == "start_stretches":
            return self._start(convo)
        if name == "hurts":
            if not self.active:
                return self._reply("stretch_hurts_outside", name, self._rest_sources())
            self.end()
            return self._reply("stretch_hurts", name, self._rest_sources())
        if not self.active:
            return None
        if name == "stop":
            self.end()
            return self._reply("stretch_stopped", name)
        if name == "pause":
            self.paused = True
            return self._reply("stretch_paused", name)
        if name == "resume":
            if not self.paused:
                return self._after(self._reply("stretch_not_paused", name))
            self.paused = False
            self._next = self._cues[self._next].block
            return self._after(self._reply("stretch_resume", name))
        if name == "slower":
            if self.pace >= MAX_PACE:
                return self._after(self._reply("stretch_slowest", name))
            self.pace = min(MAX_PACE, self.pace * PACE_STEP)
            return self._after(self._reply("stretch_slower", name))
        if name == "next":
            return self._skip(name)
        if name == "again":
            self.paused = False
            self._next = self._setup(self._current)
            return self._after(self._reply("stretch_again", name))
        return None

    def topic(self, intent: Intent, convo: Conversation) -> str | None:
        """For "Did you mean {topic}?": starting the routine. None while it runs (nothing to
        start), in the first days (`_start` asks its own question first), and for the controls
        ("that hurts" must stop a routine at once)."""
        if intent.name != "start_stretches" or self.active or self._early(convo.onset_hours()):
            return None
        return self.content.say("stretch_topic")

    def observe(self, intent: Intent, reply: Reply) -> None:
        """A Conversation observer: an emergency or a goodbye ends the routine at once."""
        if intent.name in ("emergency", "goodbye"):
            self.end()

    def due(self) -> list[Reply]:
        """The next cue when its time has come (at most one a call), else nothing."""
        if not self.active or self.paused:
            return []
        now = self.clock.monotonic()
        if now < self._due_at:
            return []
        cue = self._cues[self._next]
        self._current = cue.stretch
        self._next += 1
        if self._next >= len(self._cues):
            self.end()
        else:
            self._due_at = now + self._gap(cue)
        chosen = self._chosen
        sources = list(chosen[cue.stretch].sources) if cue.stretch < len(chosen) else []
        return [Reply(cue.text, PROMPT_INTENT, sources=sources)]

    def end(self) -> None:
        """Stop the routine (nothing more is due)."""
        self._cues, self._next, self.paused, self.pace = [], 0, False, 1.0

    # --- pieces ---------------------------------------------------------------------------

    def _start(self, convo: Conversation) -> Reply:
        if self.active:
            return self._after(self._reply("stretch_already", "start_stretches"))
        hours = convo.onset_hours()
        if not self._early(hours):
            return self._begin(hours)
        reply = self._reply("stretch_too_early", "start_stretches", self._all_sources())
        reply.confirm = Confirm(yes=lambda: self._begin(hours),
                                no=lambda: self._reply("stretch_declined", "deny"))
        convo.pending = reply.confirm
        return reply

    @staticmethod
    def _early(hours: float | None) -> bool:
        """Too soon (or not known how soon) after onset to stretch without asking."""
        return hours is None or hours < EARLY_H

    def _begin(self, hours: float | None) -> Reply:
        chosen = [s for s in self.stretches
                  if s.min_hours is None or (hours is not None and hours >= s.min_hours)]
        self._chosen, self._cues = tuple(chosen), plan(chosen, self.content)
        self._next, self._current, self.paused, self.pace = 0, 0, False, 1.0
        return self._after(self._reply("stretch_intro", "start_stretches", self._all_sources()))

    def _skip(self, name: str) -> Reply:
        self.paused = False
        later = [i for i, c in enumerate(self._cues[:-1]) if c.stretch > self._current]
        if later:
            self._next = later[0]
            return self._after(self._reply("stretch_next", name))
        self._next = len(self._cues) - 1
        return self._after(self._reply("stretch_next_last", name))

    def _setup(self, stretch: int) -> int:
        return next(i for i, c in enumerate(self._cues) if c.stretch == stretch)

    def _gap(self, cue: Cue) -> float:
        said = self.speak_s(cue.text) + MIN_QUIET_S
        return (max(said, cue.min_s) + cue.quiet_s) * self.pace

    def _after(self, reply: Reply) -> Reply:
        """The next cue waits until this reply has been said."""
        self._due_at = self.clock.monotonic() + self.speak_s(reply.text) + MIN_QUIET_S
        return reply

    def _reply(self, key: str, intent: str, sources: list[str] | None = None) -> Reply:
        return Reply(self.content.say(key), intent, sources=list(sources or []))

    def _all_sources(self) -> list[str]:
        return sorted({src for s in self.stretches for src in s.sources})

    def _rest_sources(self) -> list[str]:
        position = self.content.answers.get("position")
        return list(position.sources) if position is not None else []

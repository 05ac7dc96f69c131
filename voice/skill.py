"""The conversation: turns what the router understood into what to say, remembering just enough
(last answer, a pending yes/no question) for "repeat", "more", "yes" and "no" to work.

Safety first: an emergency intent is answered in full whatever else is going on. Topic skills
that keep their own state (timers, the episode, the log, stretch routines) plug in as Handlers.

An unsure guess (CLARIFY <= confidence < ACCEPT) is asked about before it is acted on when
acting would say a guidance answer or change something a handler keeps ("Did you mean to start
an ice timer for 15 minutes?"); controls and questions about that state are acted on at once,
since asking "did you mean stop?" is worse than stopping.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from voice import guidance
from voice.content import Content
from voice.messages import Confirm, Intent, Reply
from voice.tts import MAX_RATE, MIN_RATE, SpeechConfig

RATE_STEP = 20
"""Words a minute per "slower" / "faster"."""
_GO_ON = re.compile(r"\bgo (?:on|ahead)\b")
"""After "Did you mean ...?", "go on (then)" is a yes, not "tell me more"."""
_NOT_REPEATED = frozenset({"repeat", "stop", "slower", "faster", "affirm", "deny", "unknown"})
"""Replies too slight to be what "repeat" means (it repeats the last real answer)."""
SURER = {"cancel_timer": 0.9}
"""Requests that undo something the person started, acted on without asking only this sure:
a cancelled timer cannot tell them when the ice must come off. Over speech (bench/speech.py
--log, dev split and blind set 10, dev voices) cancels heard 0.75 to 0.9 sure were wrong 4
times in 22 ("what's the timer at" heard as "what's the timer end"); above 0.9, 0 in 122."""
UNADDRESSED_WORDS = 7
"""Unknown speech at least this long is taken as not meant for us (TV, talk) and ignored."""


class IntentRouter(Protocol):
    def route(self, text: str) -> Intent: ...


class Handler(Protocol):
    """A skill with its own state that owns some intents (timers, episode, log, stretches)."""

    intents: frozenset[str]

    def handle(self, intent: Intent, convo: Conversation) -> Reply | None:
        """The reply, or None when this intent means nothing to the handler right now."""

    def topic(self, intent: Intent, convo: Conversation) -> str | None:
        """What handling `intent` would change, as "Did you mean {topic}?" asks it when the
        router is unsure ("to start an ice timer for 15 minutes"); None when it would change
        nothing (a control, a question, a request that cannot be done now): then it is done."""


@dataclass
class Thresholds:
    accept: float
    clarify: float


@dataclass
class Conversation:
    content: Content
    router: IntentRouter
    thresholds: Thresholds
    handlers: list[Handler] = field(default_factory=list)
    onset_hours: Callable[[], float | None] = lambda: None
    """Hours since the spasm began, when known (the episode keeps it)."""
    keep_told: Callable[[dict[str, object]], None] = lambda told: None
    """Keeps what the person told along with a request (`Intent.told`: when the spasm began),
    before the request is answered, so the answer can use it."""
    speech: SpeechConfig = field(default_factory=SpeechConfig)
    on_settings_changed: Callable[[SpeechConfig], None] = lambda cfg: None
    observers: list[Callable[[Intent, Reply], None]] = field(default_factory=list)
    """Told every intent and its reply once answered (the recovery log records red flags)."""
    listening: bool = False
    """True in the hands-free loop: unaddressed speech is ignored, "not heard" said once."""
    running: Callable[[], bool] = lambda: False
    """Is a timer round still going? Then a heard "goodbye" is asked about first (_goodbye)."""
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    last_reply: Reply | None = None
    pending: Confirm | None = None
    _not_heard_said: bool = False

    def ask(self, text: str) -> tuple[Intent, Reply]:
        """Route one line of text and answer it."""
        intent = self.router.route(text)
        return intent, self.respond(intent)

    def respond(self, intent: Intent) -> Reply:
        reply = self._respond(intent)
        if intent.name not in ("repeat", "unknown") and not reply.silent:
            self._not_heard_said = False
        if not reply.silent and reply.intent not in _NOT_REPEATED:
            self.last_reply = reply
        for observe in self.observers:
            observe(intent, reply)
        return reply

    def say(self, key: str, intent: str, **values: object) -> Reply:
        return Reply(self.content.say(key, self.rng, **values), intent)

    def _respond(self, intent: Intent) -> Reply:
        name = intent.name
        if name == "emergency":
            self.pending = None
            return guidance.answer(self.content, "emergency")
        if name == "unknown":
            return self._unknown(intent)
        if intent.told:
            self.keep_told(intent.told)
        if intent.confidence < SURER.get(name, self.thresholds.accept) and not intent.triage:
            clarify = self._clarify(intent)
            if clarify is not None:
                return clarify
        pending, self.pending = self.pending, None
        if name == "more" and pending is not None and _GO_ON.search(intent.text.lower()):
            name = "affirm"
        if name in ("affirm", "deny") and pending is not None:
            return pending.yes() if name == "affirm" else pending.no()
        for handler in self.handlers:
            if name in handler.intents:
                handled = handler.handle(intent, self)
                if handled is not None:
                    return handled
        control = _CONTROLS.get(name)
        if control is not None:
            return control(self, intent)
        if name in self.content.answers:
            variant = guidance.phase_for(self.onset_hours()) if name == "ice_or_heat" else None
            return guidance.answer(self.content, name, variant)
        return self.say("unknown", "unknown")

    def _unknown(self, intent: Intent) -> Reply:
        if self.listening:
            if len(intent.text.split()) >= UNADDRESSED_WORDS or self._not_heard_said:
                return Reply("", "unknown", silent=True)
            self._not_heard_said = True
            return self.say("not_heard", "unknown")
        return self.say("unknown", "unknown")

    def _clarify(self, intent: Intent) -> Reply | None:
        """"Did you mean ...?" about a guidance answer or a change a handler would make; None
        when there is nothing to ask about, and the intent is acted on."""
        answer = self.content.answers.get(intent.name)
        topic = answer.topic if answer else self._change(intent)
        if topic is None:
            return None
        sure = Intent(intent.name, 1.0, intent.slots, intent.text)
        reply = self.say("clarify", intent.name, topic=topic)
        reply.confirm = Confirm(
            yes=lambda: self.respond(sure),
            no=lambda: self.say("clarify_declined", "deny"),
        )
        self.pending = reply.confirm
        return reply

    def _change(self, intent: Intent) -> str | None:
        for handler in self.handlers:
            if intent.name in handler.intents:
                topic = handler.topic(intent, self)
                if topic is not None:
                    return topic
        return None

    def _change_rate(self, step: int, intent: str) -> Reply:
        new = max(MIN_RATE, min(MAX_RATE, self.speech.rate + step))
        if new == self.speech.rate:
            return self.say("slowest" if step < 0 else "fastest", intent)
        self.speech.rate = new
        self.on_settings_changed(self.speech)
        return self.say(intent, intent)


def _repeat(c: Conversation, intent: Intent) -> Reply:
    return c.last_reply if c.last_reply is not None else c.say("nothing_to_repeat", "repeat")


def _more(c: Conversation, intent: Intent) -> Reply:
    last = c.last_reply
    if last is None or not last.more:
        return c.say("no_more", "more")
    return Reply(last.more, "more", sources=list(last.sources))


def _confirm_nothing(key: str) -> Callable[[Conversation, Intent], Reply]:
    return lambda c, intent: c.say(key, intent.name)


_CONTROLS: dict[str, Callable[[Conversation, Intent], Reply]] = {
    "repeat": _repeat,
    "more": _more,
    "help": lambda c, i: c.say("help", "help"),
    "stop": lambda c, i: c.say("stopped", "stop"),
    "slower": lambda c, i: c._change_rate(-RATE_STEP, "slower"),
    "faster": lambda c, i: c._change_rate(RATE_STEP, "faster"),
    "resume": _more,  # "continue" with no routine running means "tell me more"
    "again": _repeat,
    "affirm": _confirm_nothing("affirm_nothing"),
    "deny": _confirm_nothing("deny_nothing"),
    "goodbye": lambda c, i: _goodbye(c),
}


def _goodbye(c: Conversation) -> Reply:
    """Closing the hands-free loop while a timer runs would leave its prompts unsaid, and a
    person on the floor cannot start it again; "I've fallen" has been heard as "bye for now".
    So, with a timer running, goodbye is asked about first: yes, or goodbye again, closes."""
    def bye() -> Reply:
        return Reply(c.content.say("goodbye", c.rng), "goodbye", end_session=True)

    asked = c.last_reply is not None and c.last_reply.intent == "goodbye"
    if not c.listening or asked or not c.running():
        return bye()
    reply = c.say("goodbye_running", "goodbye")
    reply.confirm = Confirm(yes=bye, no=lambda: c.say("goodbye_staying", "stay"))
    c.pending = reply.confirm
    return reply


def guidance_intents(content: Content) -> Iterable[str]:
    return content.answers.keys()

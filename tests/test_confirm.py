"""Unsure requests that change something are asked about first: a timer started or cancelled,
the onset kept, the log written, a routine started. "Did you mean ...?" says what would be done,
with what was heard; "yes" then does exactly what a sure request does, "no" changes nothing.
Controls and questions about the state are still acted on at once, sure or not. Real router,
content and skills (as voice.assistant joins them); only the clock is fake."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from voice import recovery_log
from voice.clock import FakeClock
from voice.content import default_content
from voice.log_skill import LogSkill
from voice.messages import Intent, Reply
from voice.router import ACCEPT, CLARIFY, Router
from voice.skill import SURER, Conversation, Thresholds
from voice.stretch_skill import StretchSkill
from voice.stretches import default_stretches
from voice.timer_skill import TimerSkill, open_timers
from voice.tts import SpeechConfig

C = default_content()
UNSURE = 0.6
assert CLARIFY <= UNSURE < ACCEPT
NOW = 1_700_000_000.0  # 22:13:20 UTC

pytestmark = pytest.mark.usefixtures("utc")  # spoken clock times are checked in UTC


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


class Session:
    """The skills joined as in voice.assistant.build_session, on a fake clock."""

    def __init__(self, home: Path, router: Router) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.clock = FakeClock(wall=NOW)
        self.timers: TimerSkill = open_timers(home, C, pytest.fail, self.clock)
        log = LogSkill(self.timers, C)
        self.stretches = StretchSkill(default_stretches(), C, self.clock, SpeechConfig(rate=150))
        self.convo = Conversation(C, router, Thresholds(ACCEPT, CLARIFY),
                                  handlers=[self.timers, self.stretches, log],
                                  onset_hours=self.timers.onset_hours,
                                  observers=[log.observe, self.stretches.observe])

    def hear(self, name: str, confidence: float = 1.0, **slots: Any) -> Reply:
        return self.convo.respond(Intent(name, confidence, dict(slots), name))

    def state(self) -> tuple[object, ...]:
        """Everything a request could change: rounds, log, onset, a running routine."""
        store = self.timers.store
        return (recovery_log.rounds(store), recovery_log.entries(store), store.onset(),
                self.stretches.active)

    def close(self) -> None:
        self.timers.store.close()


@pytest.fixture
def sessions(tmp_path: Path, router: Router) -> Iterator[tuple[Session, Session]]:
    """Two sessions with their own state, on clocks that agree."""
    pair = (Session(tmp_path / "a", router), Session(tmp_path / "b", router))
    yield pair
    for s in pair:
        s.close()


def _ice_running(s: Session) -> None:
    s.hear("start_ice_timer", minutes=15)
    s.clock.advance(60)


def _days_in(s: Session) -> None:
    s.hear("set_onset", hours_ago=72)


CHANGES = [
    ("start_ice_timer", {"minutes": 10}, None,
     "Did you mean to start an ice timer for 10 minutes?"),
    ("start_ice_timer", {}, None,  # none heard: the usual, which is what it would start
     "Did you mean to start an ice timer for 15 minutes?"),
    ("start_heat_timer", {"minutes": 20}, None,
     "Did you mean to start a heat timer for 20 minutes?"),
    ("cancel_timer", {}, _ice_running, "Did you mean to cancel the ice timer?"),
    ("set_onset", {"hours_ago": 3}, None, "Did you mean that the spasm started about 3 hours ago?"),
    ("log_medicine", {"medicine": "ibuprofen"}, None,
     "Did you mean to note down a dose of ibuprofen?"),
    ("log_medicine", {}, None, "Did you mean to note down a dose of your medicine?"),
    ("log_pain", {"score": 4}, None, "Did you mean to note down your pain as 4 out of 10?"),
    ("log_activity", {"activity": "walk"}, None, "Did you mean to note down a walk?"),
    ("log_activity", {"activity": "walk", "minutes": 5}, None,
     "Did you mean to note down a walk for 5 minutes?"),
    ("log_activity", {}, None, "Did you mean to note down some activity?"),
    ("start_stretches", {}, _days_in, "Did you mean to start the stretches?"),
]


@pytest.mark.parametrize(("name", "slots", "setup", "question"), CHANGES,
                         ids=[f"{n}-{'-'.join(map(str, s.values())) or 'none'}"
                              for n, s, _, _ in CHANGES])
def test_an_unsure_change_is_asked_about_and_yes_does_what_a_sure_one_does(
        sessions: tuple[Session, Session], name: str, slots: dict[str, Any],
        setup: Any, question: str) -> None:
    unsure, sure = sessions
    for s in sessions:
        if setup is not None:
            setup(s)
    before = unsure.state()

    asked = unsure.hear(name, UNSURE, **slots)
    assert asked.text == question and asked.confirm is not None
    assert unsure.state() == before
    assert unsure.hear("deny").text in C.dialog["clarify_declined"]
    assert unsure.state() == before

    assert unsure.hear(name, UNSURE, **slots).text == question
    done = unsure.hear("affirm")
    at_once = sure.hear(name, **slots)
    assert at_once.confirm is None and sure.state() != before
    assert (done.intent, done.text) == (at_once.intent, at_once.text)
    assert unsure.state() == sure.state()


def test_a_cancel_accepted_but_not_surer_is_asked_about_and_the_timer_kept(
        sessions: tuple[Session, Session]) -> None:
    s, _ = sessions
    _ice_running(s)
    before = s.state()
    accepted = (ACCEPT + SURER["cancel_timer"]) / 2
    asked = s.hear("cancel_timer", accepted)
    assert asked.confirm is not None and asked.text == "Did you mean to cancel the ice timer?"
    assert s.hear("deny").text in C.dialog["clarify_declined"]
    assert s.state() == before
    assert s.hear("cancel_timer", SURER["cancel_timer"]).confirm is None
    assert s.state() != before


@pytest.mark.parametrize(("name", "key"), [("stop", "stretch_stopped"),
                                           ("hurts", "stretch_hurts")])
def test_unsure_stop_or_that_hurts_ends_a_routine_at_once(
        sessions: tuple[Session, Session], name: str, key: str) -> None:
    s = sessions[0]
    _days_in(s)
    s.hear("start_stretches")
    assert s.stretches.active
    assert s.hear(name, UNSURE).text == C.say(key)
    assert not s.stretches.active


@pytest.mark.parametrize(("name", "slots"), [
    ("timer_status", {}), ("last_medicine", {"medicine": "ibuprofen"}), ("log_summary", {}),
    ("stop", {}), ("repeat", {}), ("help", {}),
])
def test_unsure_controls_and_questions_are_answered_at_once(
        sessions: tuple[Session, Session], name: str, slots: dict[str, Any]) -> None:
    unsure, sure = sessions
    for s in sessions:
        _ice_running(s)
    before = unsure.state()
    reply = unsure.hear(name, UNSURE, **slots)
    assert reply.confirm is None and unsure.convo.pending is None
    assert reply.text == sure.hear(name, **slots).text
    assert unsure.state() == before


def test_unsure_requests_that_would_change_nothing_are_not_asked_about(
        sessions: tuple[Session, Session]) -> None:
    s = sessions[0]
    assert s.hear("cancel_timer", UNSURE).text == C.say("timer_none")
    assert s.hear("log_pain", UNSURE).text == C.say("log_pain_no_score")
    assert s.hear("set_onset", UNSURE).text == C.say("ask_onset")
    _ice_running(s)
    busy = s.hear("start_heat_timer", UNSURE, minutes=20)
    assert busy.confirm is None and "still going" in busy.text


def test_unsure_stretches_in_the_first_days_ask_only_their_own_question(
        sessions: tuple[Session, Session]) -> None:
    s = sessions[0]
    asked = s.hear("start_stretches", UNSURE)
    assert asked.text == C.say("stretch_too_early") and not s.stretches.active
    assert s.hear("affirm").text == C.say("stretch_intro")
    assert s.stretches.active


@pytest.mark.parametrize(("text", "name", "question"), [
    ("I had a little wander", "log_activity", "Did you mean to note down a walk?"),
    ("put the cold on me", "start_ice_timer", "Did you mean to start an ice timer for 15 minutes?"),
])
def test_a_sentence_the_router_is_unsure_of_is_asked_about_before_it_changes_anything(
        sessions: tuple[Session, Session], text: str, name: str, question: str) -> None:
    s = sessions[0]
    before = s.state()
    intent, asked = s.convo.ask(text)
    assert intent.name == name and CLARIFY <= intent.confidence < ACCEPT, intent
    assert asked.text == question
    assert s.state() == before
    assert s.convo.ask("yes")[1].intent == name
    assert s.state() != before


@pytest.mark.parametrize("answer", ["go on then", "go ahead", "yes go on"])
def test_go_on_after_a_question_is_a_yes_not_more(
        sessions: tuple[Session, Session], answer: str) -> None:
    s = sessions[0]
    before = s.state()
    assert s.hear("start_ice_timer", UNSURE).confirm is not None
    done = s.convo.ask(answer)[1]
    assert done.intent == "start_ice_timer" and s.state() != before


def test_go_on_with_no_question_asked_is_more(sessions: tuple[Session, Session]) -> None:
    s = sessions[0]
    s.convo.ask("ice or heat")
    assert s.convo.ask("go on then")[1].intent == "more"

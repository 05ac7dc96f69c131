"""The episode: onset, the ice / either / heat phase around the 48 and 72 hour marks, the one
gentle sentence when a timer goes against the phase, and "ice or heat?" asking once for the
onset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from voice import episode
from voice.clock import FakeClock
from voice.content import default_content
from voice.messages import Intent
from voice.skill import Conversation, Thresholds
from voice.timer_skill import TimerSkill, open_timers

HOUR = 3600.0


pytestmark = pytest.mark.usefixtures("utc")  # spoken clock times are checked in UTC


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=1_700_000_000.0)  # Tuesday 14 November 2023, 22:13 UTC


@pytest.fixture
def skill(voice_home: Path, clock: FakeClock) -> Iterator[TimerSkill]:
    s = open_timers(voice_home, default_content(), warn=pytest.fail, clock=clock)
    yield s
    s.store.close()


def say(skill: TimerSkill, name: str, **slots: object) -> str:
    reply = skill.handle(Intent(name, 1.0, dict(slots), name), None)  # type: ignore[arg-type]
    assert reply is not None
    return reply.text


@pytest.mark.parametrize(("hours", "phase"), [
    (None, None), (0.0, "ice"), (47.9, "ice"), (48.0, "either"), (60.0, "either"),
    (72.0, "either"), (72.1, "heat"), (24 * 14.0, "heat"),
])
def test_phase_around_the_48_and_72_hour_marks(hours: float | None, phase: str | None) -> None:
    assert episode.phase(hours) == phase


def test_the_answer_variant_for_each_phase() -> None:
    assert [episode.answer_variant(p) for p in (None, "ice", "either", "heat")] == [
        None, "acute", "acute", "later"]


@pytest.mark.parametrize(("kind", "hours", "note"), [
    ("heat", 10.0, "In the first 2 days ice usually helps more"),
    ("heat", 47.9, "In the first 2 days ice usually helps more"),
    ("heat", 50.0, "Heat is fine at this stage"),
    ("heat", 80.0, None),
    ("ice", 10.0, None),
    ("ice", 60.0, None),
    ("ice", 72.1, "After the first 3 days heat usually helps more"),
    ("ice", None, None),
    ("heat", None, None),
])
def test_a_timer_against_the_phase_gets_one_sentence_then_starts(
        skill: TimerSkill, kind: str, hours: float | None, note: str | None) -> None:
    if hours is not None:
        say(skill, "set_onset", hours_ago=hours)
    text = say(skill, f"start_{kind}_timer")
    on = "Ice on" if kind == "ice" else "Heat on"
    if note is None:
        assert text.startswith(on)
    else:
        assert text.startswith(note)
        assert text.count(".") >= 2 and on in text


def test_onset_is_kept_in_the_store_across_sessions(
        voice_home: Path, skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "set_onset", hours_ago=2.0)
    clock.advance(HOUR)
    again = open_timers(voice_home, default_content(), warn=pytest.fail, clock=clock)
    assert again.onset_hours() == pytest.approx(3.0)
    again.store.close()


def test_ice_or_heat_without_an_onset_asks_once_and_the_answer_completes_it(
        skill: TimerSkill) -> None:
    first = say(skill, "ice_or_heat")
    assert first.endswith("When did the spasm start?")
    assert skill.awaiting_onset
    text = say(skill, "set_onset", hours_ago=3.0)
    assert text.startswith("Okay, the spasm started about 3 hours ago. For now, use ice.")
    assert text.endswith("You can switch to heat from about 7 in the evening on Thursday.")
    assert not skill.awaiting_onset
    assert say(skill, "set_onset", hours_ago=3.0) == (
        "Okay, the spasm started about 3 hours ago. That means ice for now.")


def test_ice_or_heat_answers_for_the_phase(skill: TimerSkill) -> None:
    say(skill, "set_onset", hours_ago=30.0)
    assert say(skill, "ice_or_heat").endswith(
        "You can switch to heat from about 4 in the afternoon tomorrow.")
    say(skill, "set_onset", hours_ago=50.0)
    assert say(skill, "ice_or_heat").endswith("you can switch to heat now if it feels better.")
    say(skill, "set_onset", hours_ago=100.0)
    later = say(skill, "ice_or_heat")
    assert "heat" in later and "switch" not in later


def test_set_onset_without_a_time_asks_when(skill: TimerSkill) -> None:
    assert say(skill, "set_onset").startswith("When did the spasm start?")
    assert skill.awaiting_onset


@pytest.mark.parametrize(("hours", "said"), [
    (0.5, "less than an hour ago"), (1.2, "about an hour ago"), (5.0, "about 5 hours ago"),
    (30.0, "about 30 hours ago"), (50.0, "about 2 days ago"), (24 * 6.0, "about 6 days ago"),
])
def test_how_long_ago_is_said(hours: float, said: str) -> None:
    assert episode.Ago(hours).spoken(default_content()) == said


@pytest.mark.parametrize(("ahead", "said"), [
    (1.0, "11 at night today"),
    (2.0, "midnight tomorrow"),
    (12.0, "10 in the morning tomorrow"),
    (14.0, "midday tomorrow"),
    (40.0, "2 in the afternoon on Thursday"),
    (45.0, "7 in the evening on Thursday"),
])
def test_a_moment_ahead_is_said_by_day_and_hour(ahead: float, said: str) -> None:
    now = 1_700_000_000.0 - 13 * 60  # 22:00 on a Tuesday
    assert episode.When(now + ahead * HOUR, now).spoken(default_content()) == said


class _Router:
    def route(self, text: str) -> Intent:
        return Intent(text, 1.0, {}, text)


def test_the_conversation_uses_the_skill_for_onset_and_controls(skill: TimerSkill) -> None:
    convo = Conversation(default_content(), _Router(), Thresholds(0.5, 0.3),
                         handlers=[skill], onset_hours=skill.onset_hours)
    assert convo.onset_hours() is None
    convo.respond(Intent("set_onset", 1.0, {"hours_ago": 80.0}))
    assert convo.onset_hours() == pytest.approx(80.0)
    assert convo.respond(Intent("affirm", 1.0)).text == "Okay. What would you like to know?"
    assert "heat" in convo.respond(Intent("ice_or_heat", 1.0)).text


def test_an_onset_told_with_a_request_is_kept_before_the_answer(skill: TimerSkill) -> None:
    # "it went three days ago, is it time for heat yet": answered for the phase, not asked when
    convo = Conversation(default_content(), _Router(), Thresholds(0.5, 0.3), handlers=[skill],
                         onset_hours=skill.onset_hours, keep_told=skill.keep_told)
    text = convo.respond(Intent("ice_or_heat", 1.0, {}, "", told={"hours_ago": 80.0})).text
    assert convo.onset_hours() == pytest.approx(80.0)
    assert "heat" in text and "When did the spasm start?" not in text
    convo.respond(Intent("ice_or_heat", 1.0, {}, "", told={"hours_ago": "soon"}))
    assert convo.onset_hours() == pytest.approx(80.0)   # nothing usable told: nothing changed

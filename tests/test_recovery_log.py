"""The recovery log: entries stored with the rest of the state (a version-1 database gains the
table and keeps its rounds), told and asked through the real Conversation and router on a fake
clock, red flags recorded by the observer, never a dose, and the doctor's summary word for word."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import yaml

from voice import recovery_log, state, timers
from voice.assistant import warn
from voice.clock import FakeClock
from voice.content import default_content
from voice.log_cli import log_text, summary_text
from voice.log_skill import LogSkill
from voice.recovery_log import Entry
from voice.router import ACCEPT, CLARIFY, Router
from voice.skill import Conversation, Thresholds
from voice.state import SCHEMA_VERSION, open_store, state_path
from voice.timer_skill import TimerSkill, open_timers
from voice.timers import Change

TUE_8AM = 1_699_948_800.0
"""Tuesday 14 November 2023, 08:00 UTC (the tests run in UTC)."""
HOUR = 3600.0


pytestmark = pytest.mark.usefixtures("utc")  # spoken clock times are checked in UTC


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=TUE_8AM)


@pytest.fixture
def skill(voice_home: Path, clock: FakeClock) -> TimerSkill:
    return open_timers(voice_home, default_content(), pytest.fail, clock)


@pytest.fixture
def convo(skill: TimerSkill, router: Router) -> Conversation:
    log = LogSkill(skill, default_content())
    return Conversation(default_content(), router, Thresholds(ACCEPT, CLARIFY),
                        handlers=[skill, log], onset_hours=skill.onset_hours,
                        observers=[log.observe])


def say(convo: Conversation, text: str) -> str:
    return convo.ask(text)[1].text


# --- the store ------------------------------------------------------------------------------


def test_a_version_1_database_gains_the_log_and_keeps_its_rounds(voice_home: Path) -> None:
    path = state_path(voice_home)
    old = sqlite3.connect(path)
    for statement in state._SCHEMA:
        old.execute(statement)
    old.execute("INSERT INTO rounds (kind, started_at, duration_s, ends_at) "
                "VALUES ('ice', 1000, 900, 1900)")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    store = open_store(voice_home, pytest.fail)
    assert [r.kind for r in store.rounds_since(0)] == ["ice"]
    recovery_log.add(store, Entry(2000.0, "pain", score=6))
    assert [e.score for e in recovery_log.entries(store)] == [6.0]
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    assert db.execute("SELECT kind, score FROM log_local").fetchall() == [("pain", 6.0)]


def test_last_medicine_is_the_latest_of_that_name_or_of_any(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    for at, name in ((100.0, "ibuprofen"), (200.0, "acetaminophen"), (300.0, "ibuprofen")):
        recovery_log.add(store, Entry(at, "medicine", name=name))
    last = recovery_log.last_medicine(store, "acetaminophen")
    assert last is not None and last.at == 200.0
    last = recovery_log.last_medicine(store)
    assert last is not None and (last.at, last.name) == (300.0, "ibuprofen")
    assert recovery_log.last_medicine(store, "naproxen") is None


def test_clear_deletes_entries_and_finished_rounds_but_keeps_a_running_round_and_the_onset(
        voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    done, done_prompts = timers.start("ice", 15, 1000.0)
    running, running_prompts = timers.start("heat", 20, 9000.0)
    with store.transaction():
        done = store.add_round(done, done_prompts)
        store.apply(Change(timers.replace(done, closed_at=5000.0), drop_pending=True), 5000.0)
        store.add_round(running, running_prompts)
        store.set_onset(500.0, 1000.0)
    recovery_log.add(store, Entry(2000.0, "medicine", name="ibuprofen"))
    cleared = recovery_log.clear(store)
    assert (cleared.entries, cleared.rounds) == (1, 1)
    assert recovery_log.entries(store) == []
    assert [r.kind for r in store.open_rounds()] == ["heat"]
    assert store.onset() == 500.0


# --- telling and asking, by voice -----------------------------------------------------------


def test_medicine_pain_and_activity_are_noted_with_the_clock_time(convo: Conversation) -> None:
    assert say(convo, "I took two Tylenol") == "Noted: acetaminophen at 8:00."
    assert say(convo, "my pain is a six") == "Noted: pain 6 out of 10, at 8:00."
    assert say(convo, "I walked for five minutes") == "Noted: a walk for 5 minutes, at 8:00."
    store = convo.handlers[0].store  # type: ignore[attr-defined]
    assert [(e.kind, e.name, e.score, e.minutes) for e in recovery_log.entries(store)] == [
        ("medicine", "acetaminophen", None, None), ("pain", None, 6.0, None),
        ("activity", "walk", None, 5.0)]


def test_when_did_i_last_take_says_the_time_and_how_long_ago(convo: Conversation,
                                                             clock: FakeClock) -> None:
    clock.advance(6 * HOUR + 40 * 60)
    say(convo, "I took ibuprofen")
    clock.advance(3 * HOUR)
    assert say(convo, "when did I last take ibuprofen?") == \
        "Ibuprofen at 2:40, about 3 hours ago."
    assert say(convo, "when did I last take tylenol") == "I have no acetaminophen in your log."


def test_can_i_take_another_gives_the_time_and_the_label_never_a_dose(convo: Conversation
                                                                     ) -> None:
    say(convo, "I took ibuprofen")
    answer = say(convo, "can I take another ibuprofen yet")
    assert answer == ("Ibuprofen at 8:00, less than an hour ago. For how much and how often, "
                      "follow the label or ask a pharmacist.")


def test_leave_for_another_dose_gives_the_last_from_the_log_or_the_guidance(
        convo: Conversation, clock: FakeClock) -> None:
    text = "my last paracetamol was ages ago, can I have another yet?"
    assert convo.router.route(text).name == "medication"
    assert "Follow the label exactly" in say(convo, text)  # nothing logged: the guidance
    say(convo, "I took paracetamol")
    clock.advance(4 * HOUR)
    assert say(convo, text) == ("Acetaminophen at 8:00, about 4 hours ago. For how much and how "
                                "often, follow the label or ask a pharmacist.")


def test_how_has_my_pain_been_and_how_many_ice_rounds(convo: Conversation, skill: TimerSkill,
                                                      clock: FakeClock) -> None:
    say(convo, "my pain is an eight")
    say(convo, "start an ice timer for fifteen minutes")
    clock.advance(3 * HOUR)
    skill.scheduler.due()
    say(convo, "my pain is a five")
    assert say(convo, "how has my pain been?") == "Your pain went from 8 at 8:00 to 5 at 11:00."
    assert say(convo, "how many ice rounds today?") == \
        "Today you've done 1 round of ice, 15 minutes in all."


def test_a_night_is_one_day_of_the_log(convo: Conversation, clock: FakeClock) -> None:
    """Asked at ten past midnight, a score from ten to midnight is still today's; the log's day
    begins at 4 am (voice.clock.DAY_STARTS_AT)."""
    clock.advance(15 * HOUR + 50 * 60)  # 23:50
    say(convo, "my pain is a seven")
    clock.advance(20 * 60)  # 00:10, the next calendar day
    assert say(convo, "how has my pain been?") == "Your pain was 7 at 11:50."
    clock.advance(4 * HOUR)  # 04:10: a new day of the log
    assert say(convo, "how has my pain been?") == "No pain scores logged today."


def test_a_red_flag_is_logged_with_its_words(convo: Conversation) -> None:
    reply = convo.ask("I can't control my bladder")[1]
    assert reply.intent == "emergency"
    store = convo.handlers[0].store  # type: ignore[attr-defined]
    flags = recovery_log.entries(store, kind="red_flag")
    assert [(e.at, e.text) for e in flags] == [(TUE_8AM, "I can't control my bladder")]


def test_the_log_texts_never_give_a_dose() -> None:
    from tests.test_content_lint import DOSE_RE

    data = yaml.safe_load((Path(default_content().root) / "dialog" / "log.yaml").read_text())
    texts = [t for alts in data.values() for t in alts]
    assert texts and not [t for t in texts if DOSE_RE.search(t)]
    assert all(t.isascii() and ";" not in t for t in texts)


# --- the printed log and the doctor's summary -----------------------------------------------


def _two_day_episode(voice_home: Path, clock: FakeClock) -> tuple[TimerSkill, float]:
    """Onset Tuesday 7:00; two ice rounds and medicine on Tuesday; a heat round, a walk and a
    red flag on Wednesday; summary printed Wednesday 18:00."""
    skill = open_timers(voice_home, default_content(), warn, clock)
    store = skill.store

    def round_at(kind: timers.Kind, minutes: float, at: float) -> None:
        r, prompts = timers.start(kind, minutes, at)
        with store.transaction():
            store.add_round(r, prompts)

    with store.transaction():
        store.set_onset(TUE_8AM - HOUR, TUE_8AM)
    recovery_log.add(store, Entry(TUE_8AM, "pain", score=8))
    round_at("ice", 15, TUE_8AM + 5 * 60)
    recovery_log.add(store, Entry(TUE_8AM + HOUR, "medicine", name="ibuprofen"))
    round_at("ice", 20, TUE_8AM + 2 * HOUR)
    round_at("ice", 0.5, TUE_8AM + 4 * HOUR)  # cancelled at once: too short to count
    recovery_log.add(store, Entry(TUE_8AM + 7 * HOUR, "medicine", name="acetaminophen"))
    recovery_log.add(store, Entry(TUE_8AM + 12 * HOUR, "pain", score=6))
    wed = TUE_8AM + 24 * HOUR
    recovery_log.add(store, Entry(wed + 30 * 60, "pain", score=4.5))
    round_at("heat", 20, wed + HOUR)
    recovery_log.add(store, Entry(wed + 2 * HOUR, "activity", name="walk", minutes=10))
    recovery_log.add(store, Entry(wed + 3 * HOUR, "red_flag", text="my leg feels numb"))
    return skill, wed + 10 * HOUR


def test_the_summary_of_a_two_day_episode_is_exact(voice_home: Path, clock: FakeClock) -> None:
    skill, now = _two_day_episode(voice_home, clock)
    assert summary_text(skill.store, default_content(), now) == """\
Back spasm episode summary, printed Wed 15 Nov 18:00
Began: Tue 14 Nov 07:00, about 35 hours ago.
Ice and heat:
  Tue 14 Nov: ice 2 rounds, 35 minutes in all
  Wed 15 Nov: heat 1 session, 20 minutes in all
Medicines taken:
  Tue 14 Nov 09:00 ibuprofen
  Tue 14 Nov 15:00 acetaminophen
Pain scores, 0 to 10:
  Tue 14 Nov 08:00 8
  Tue 14 Nov 20:00 6
  Wed 15 Nov 08:30 4.5
Activities:
  Wed 15 Nov 10:00 a walk, 10 minutes
Red flags reported:
  Wed 15 Nov 11:00 "my leg feels numb\""""


def test_the_printed_log_interleaves_rounds_and_entries(voice_home: Path,
                                                        clock: FakeClock) -> None:
    skill, now = _two_day_episode(voice_home, clock)
    text = log_text(skill.store, default_content(), now)
    assert text.splitlines()[:3] == [
        "Tue 14 Nov 08:00 pain 8 out of 10",
        "Tue 14 Nov 08:05 ice, 15 minutes",
        "Tue 14 Nov 09:00 took ibuprofen",
    ]
    assert len(text.splitlines()) == 10
    assert re.search(r"red flag reported: \"my leg feels numb\"$", text)

"""Ice and heat rounds on a fake clock: whole rounds in milliseconds, every duration rule, the
prompts and when they fall due, cancel / status / acknowledgement, clock steps, and the words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from voice import timers
from voice.clock import FakeClock
from voice.content import default_content
from voice.messages import Intent, Reply
from voice.timer_skill import TimerSkill, open_timers

MIN = 60.0
DIALOG = Path(__file__).resolve().parents[1] / "content" / "dialog" / "timers.yaml"


pytestmark = pytest.mark.usefixtures("utc")  # spoken clock times are checked in UTC


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(wall=1_700_000_000.0)  # 22:13:20 UTC


@pytest.fixture
def skill(voice_home: Path, clock: FakeClock) -> Iterator[TimerSkill]:
    s = open_timers(voice_home, default_content(), warn=pytest.fail, clock=clock)
    yield s
    s.store.close()


def say(skill: TimerSkill, name: str, **slots: object) -> str | None:
    reply = skill.handle(Intent(name, 1.0, dict(slots), name), None)  # type: ignore[arg-type]
    return None if reply is None else reply.text


def prompts(skill: TimerSkill) -> list[str]:
    return [r.text for r in skill.scheduler.due()]


def run_until(skill: TimerSkill, clock: FakeClock, seconds: float, step: float = 0.25
              ) -> list[tuple[float, str]]:
    """Poll like the loop does; (seconds from now, text) for every prompt heard."""
    heard, t = [], 0.0
    while t < seconds:
        clock.advance(step)
        t += step
        heard += [(t, text) for text in prompts(skill)]
    return heard


# --- whole rounds -------------------------------------------------------------------------


def test_a_full_ice_round_speaks_each_prompt_on_time(skill: TimerSkill, clock: FakeClock) -> None:
    started = say(skill, "start_ice_timer")
    assert started == "Ice on for 15 minutes, until 10:28. I'll tell you when to take it off."
    heard = run_until(skill, clock, 36 * MIN)
    assert heard == [
        (10 * MIN, "5 minutes left on the ice."),
        (15 * MIN, "Time to take the ice off. Rest at least 20 minutes."),
        (35 * MIN, "You can start another round of ice if you want."),
    ]
    assert say(skill, "timer_status") == "No timer is running."


def test_a_full_heat_round_repeats_the_end_until_acknowledged(
        skill: TimerSkill, clock: FakeClock) -> None:
    started = say(skill, "start_heat_timer")
    assert started is not None and "Heat on for 20 minutes" in started
    assert "fall asleep" in started
    heard = run_until(skill, clock, 35 * MIN)
    assert [t for t, _ in heard] == [15 * MIN, 20 * MIN, 21 * MIN, 23 * MIN, 27 * MIN, 35 * MIN]
    assert heard[1][1] == "Time to take the heat off. Say okay when it's off."
    assert all("take the heat off" in text for _, text in heard[2:])
    assert say(skill, "affirm") == "Good, the heat is off. Let your skin cool down."
    assert run_until(skill, clock, 120 * MIN) == []


def test_heat_reminders_stop_after_the_last_one(skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_heat_timer", minutes=15)
    heard = run_until(skill, clock, 200 * MIN, step=5)
    reminders = [t for t, text in heard if "is over" in text]
    assert len(reminders) == len(timers.REMIND_AFTER_S)
    gaps = [b - a for a, b in itertools.pairwise(reminders)]
    assert gaps == sorted(gaps) and max(gaps) == 15 * MIN
    assert say(skill, "affirm") is None  # nothing waits for an answer any more


@pytest.mark.parametrize("word", ["affirm", "stop", "cancel_timer"])
def test_ok_stop_or_i_took_it_off_acknowledge_the_heat(
        skill: TimerSkill, clock: FakeClock, word: str) -> None:
    say(skill, "start_heat_timer")
    run_until(skill, clock, 20 * MIN)
    assert say(skill, word) == "Good, the heat is off. Let your skin cool down."
    assert say(skill, "timer_status") == "No timer is running."


@pytest.mark.parametrize("word", ["affirm", "stop"])
def test_ok_and_stop_are_not_ours_when_nothing_waits(
        skill: TimerSkill, clock: FakeClock, word: str) -> None:
    assert say(skill, word) is None
    say(skill, "start_heat_timer")
    clock.advance(5 * MIN)
    assert say(skill, word) is None  # the heat is still on: "stop" means stop talking
    say(skill, "start_ice_timer")


# --- durations ----------------------------------------------------------------------------


@pytest.mark.parametrize(("said", "used", "note"), [
    (None, 15, None),
    (0, 15, "I didn't get a number of minutes, so I'll use the usual 15."),
    (5, 5, "That's shorter than the usual 10 to 20 minutes, which is fine."),
    (10, 10, None),
    (20, 20, None),
    (25, 20, "Ice is safest for up to 20 minutes at a time, to protect your skin, "
             "so I've set 20."),
    (60, 20, "Ice is safest for up to 20 minutes at a time, to protect your skin, "
             "so I've set 20."),
])
def test_ice_durations(skill: TimerSkill, said: int | None, used: int, note: str | None) -> None:
    slots = {} if said is None else {"minutes": said}
    text = say(skill, "start_ice_timer", **slots)
    assert text is not None
    assert f"Ice on for {used} minutes," in text
    assert (note in text) if note else text.startswith("Ice on")
    assert skill.store.open_rounds()[-1].duration_s == used * MIN


@pytest.mark.parametrize(("said", "used", "note"), [
    (None, 20, None),
    (0, 20, "the usual 20."),
    (5, 5, "That's shorter than the usual 15 to 20 minutes, which is fine."),
    (10, 10, "That's shorter than the usual 15 to 20 minutes, which is fine."),
    (15, 15, None),
    (20, 20, None),
    (25, 20, "Heat for longer than 20 minutes can burn your skin, so I've set 20."),
    (60, 20, "Heat for longer than 20 minutes can burn your skin, so I've set 20."),
])
def test_heat_durations(skill: TimerSkill, said: int | None, used: int, note: str | None) -> None:
    slots = {} if said is None else {"minutes": said}
    text = say(skill, "start_heat_timer", **slots)
    assert text is not None
    assert f"Heat on for {used} minutes," in text
    assert (note in text) if note else text.startswith("Heat on")


def test_a_one_minute_round_is_used_as_said_without_a_five_minutes_left(
        skill: TimerSkill, clock: FakeClock) -> None:
    text = say(skill, "start_ice_timer", minutes=1)
    assert text is not None and "Ice on for 1 minute, until 10:14." in text
    assert run_until(skill, clock, 2 * MIN) == [
        (1 * MIN, "Time to take the ice off. Rest at least 20 minutes.")]


def test_five_minutes_left_only_in_rounds_of_ten_minutes_or_more() -> None:
    def kinds(minutes: int) -> list[str]:
        return [p.kind for p in timers.start("ice", minutes, 0.0)[1]]

    assert kinds(9) == ["end", "rest_end"]
    assert kinds(10) == ["warn", "end", "rest_end"]


# --- status, cancel, overlapping rounds ---------------------------------------------------


def test_status_through_a_round(skill: TimerSkill, clock: FakeClock) -> None:
    assert say(skill, "timer_status") == "No timer is running."
    say(skill, "start_ice_timer", minutes=15)
    clock.advance(9 * MIN + 20)
    assert say(skill, "timer_status") == "About 6 minutes left on the ice."
    clock.advance(5 * MIN + 10)
    assert say(skill, "timer_status") == "Less than a minute left on the ice."
    clock.advance(8 * MIN + 30)
    assert say(skill, "timer_status") == (
        "You're resting. You can start the next round in 12 minutes.")


def test_cancel_during_ice_starts_the_rest_from_now(skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer")
    clock.advance(4 * MIN)
    assert say(skill, "cancel_timer") is not None
    assert say(skill, "timer_status") == (
        "You're resting. You can start the next round in 20 minutes.")
    heard = run_until(skill, clock, 21 * MIN)
    assert heard == [(20 * MIN, "You can start another round of ice if you want.")]


def test_cancel_during_rest_ends_it(skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=10)
    run_until(skill, clock, 12 * MIN)
    assert say(skill, "cancel_timer") == "Okay, I've stopped the rest timer."
    assert run_until(skill, clock, 30 * MIN) == []
    assert say(skill, "cancel_timer") == "No timer is running."


def test_took_the_ice_off_after_the_end_prompt_keeps_the_rest(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=10)
    run_until(skill, clock, 10 * MIN + 30)
    reply = skill.handle(Intent("cancel_timer", 0.9, {}, "I took it off"), None)  # type: ignore[arg-type]
    assert reply is not None and reply.text == (
        "Good. Rest now, and I'll tell you when you can start another round.")
    heard = run_until(skill, clock, 21 * MIN)
    assert [text for _, text in heard] == ["You can start another round of ice if you want."]


def test_cancel_during_heat_ends_it_without_reminders(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_heat_timer")
    clock.advance(MIN)
    assert say(skill, "cancel_timer") == "Okay, the heat is off."
    assert run_until(skill, clock, 120 * MIN, step=5) == []


def test_a_second_round_while_one_is_on_says_so_and_keeps_the_first(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=15)
    clock.advance(5 * MIN)
    assert say(skill, "start_heat_timer") == (
        "The ice round is still going, with about 10 minutes left. Say cancel if you want to "
        "stop it.")
    assert len(skill.store.open_rounds()) == 1


def test_ice_again_during_the_rest_notes_the_short_break_then_starts(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=10)
    run_until(skill, clock, 18 * MIN)
    text = say(skill, "start_ice_timer", minutes=10)
    assert text is not None
    assert text.startswith("Your skin has only had 8 minutes off.")
    assert "Ice on for 10 minutes" in text
    heard = [t for t, _ in run_until(skill, clock, 40 * MIN)]
    assert heard == [5 * MIN, 10 * MIN, 30 * MIN]  # the old rest prompt is gone


def test_the_fourth_and_fifth_heat_sessions_of_the_day_note_the_guidance(
        skill: TimerSkill, clock: FakeClock) -> None:
    clock.jump(-18 * 3600)  # 4:13, just after the log's day begins: all five fit in one day
    texts = []
    for _ in range(5):
        texts.append(say(skill, "start_heat_timer") or "")
        clock.advance(20 * MIN)
        prompts(skill)
        say(skill, "affirm")
        clock.advance(2 * 3600)
    assert not any("today" in t for t in texts[:3])
    assert "That makes 4 heat sessions today" in texts[3]
    assert "That makes 5 sessions today, more than the usual 3 or 4 a day." in texts[4]


# --- prompts that fell due while nobody was listening -------------------------------------


def test_a_missed_end_is_said_late_once_and_the_rest_counts_from_now(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=15)
    clock.advance(18 * MIN)  # warn and end both missed
    assert prompts(skill) == [
        "Your ice round ended 3 minutes ago. Take the ice off now. Rest at least 20 minutes."]
    assert prompts(skill) == []
    assert say(skill, "timer_status") == (
        "You're resting. You can start the next round in 20 minutes.")
    assert run_until(skill, clock, 21 * MIN)[0][0] == 20 * MIN


def test_a_missed_heat_end_is_said_late_and_still_repeats(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_heat_timer")
    clock.advance(24 * MIN)
    assert prompts(skill) == ["Your heat session ended 4 minutes ago. Take the heat off now, "
                              "and say okay when it's off."]
    assert [t for t, _ in run_until(skill, clock, 4 * MIN)] == [3 * MIN]


def test_prompts_hours_stale_are_not_said_and_the_round_closes(
        skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_heat_timer")
    clock.advance(5 * 3600)
    assert prompts(skill) == []
    assert skill.store.open_rounds() == []
    assert skill.store.next_due_at() is None


def test_a_failing_store_is_reported_once_and_loses_no_prompt(
        voice_home: Path, clock: FakeClock) -> None:
    warnings: list[str] = []
    skill = open_timers(voice_home, default_content(), warn=warnings.append, clock=clock)
    say(skill, "start_ice_timer", minutes=1)
    clock.advance(MIN)
    skill.store.close()
    assert skill.scheduler.due() == [] and skill.scheduler.due() == []
    assert len(warnings) == 1 and "\n" not in warnings[0]
    again = open_timers(voice_home, default_content(), warn=pytest.fail, clock=clock)
    assert [r.text for r in again.scheduler.due()] == [
        "Time to take the ice off. Rest at least 20 minutes."]
    again.store.close()


def test_next_due_in_lets_the_loop_sleep(skill: TimerSkill, clock: FakeClock) -> None:
    assert skill.scheduler.next_due_in() is None
    say(skill, "start_ice_timer", minutes=5)
    assert skill.scheduler.next_due_in() == 5 * MIN
    clock.advance(6 * MIN)
    assert skill.scheduler.next_due_in() == 0.0


# --- clock steps --------------------------------------------------------------------------


@pytest.mark.parametrize("step", [3600.0, -3600.0])
def test_a_wall_clock_step_does_not_change_a_rounds_real_length(
        skill: TimerSkill, clock: FakeClock, step: float) -> None:
    say(skill, "start_ice_timer", minutes=15)
    skill.scheduler.due()
    clock.advance(1)
    clock.jump(step)
    assert prompts(skill) == []
    assert say(skill, "timer_status") == "About 15 minutes left on the ice."
    heard = run_until(skill, clock, 15 * MIN)
    assert [t for t, _ in heard] == [10 * MIN - 1, 15 * MIN - 1]


def test_small_drift_is_not_a_jump(skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=10)
    skill.scheduler.due()
    clock.jump(2.0)
    clock.advance(10 * MIN - 2.0)
    assert "take the ice off" in " ".join(prompts(skill))


# --- today --------------------------------------------------------------------------------


def test_summary_of_today(skill: TimerSkill, clock: FakeClock) -> None:
    clock.jump(-20 * 3600)
    assert skill.summary_today() == "No ice or heat rounds yet today."
    for minutes in (15, 20):
        say(skill, "start_ice_timer", minutes=minutes)
        run_until(skill, clock, 40 * MIN, step=5)
    say(skill, "start_heat_timer")
    clock.advance(10 * MIN)
    say(skill, "cancel_timer")
    rounds = skill.rounds_today()
    assert [(r.kind, r.on_seconds(clock.wall())) for r in rounds] == [
        ("ice", 15 * MIN), ("ice", 20 * MIN), ("heat", 10 * MIN)]
    assert skill.summary_today() == (
        "Today you've done 2 rounds of ice, 35 minutes in all, and 1 session of heat, "
        "10 minutes in all.")
    clock.advance(24 * 3600)
    assert skill.rounds_today() == []


# --- the words ----------------------------------------------------------------------------


def test_every_timer_text_is_plain_speech() -> None:
    data = yaml.safe_load(DIALOG.read_text(encoding="utf-8"))
    for key, alternatives in data.items():
        assert key.startswith(("timer_", "episode_")), key
        for text in alternatives:
            assert text.isascii() and ";" not in text, key
            assert not re.search(r"\d\s*-\s*\d|\d\s*(min|mins|hr|hrs|h|s)\b|[*_#`<>|]", text), key
            assert len(text.split()) <= 30, key


def test_every_key_the_code_can_say_exists() -> None:
    dialog = default_content().dialog
    kinds = ("ice", "heat")
    keys = {f"timer_{k}_{s}" for k in kinds for s in (
        "capped", "short", "started", "busy", "warn", "end", "end_late", "status",
        "status_soon", "stopped")}
    keys |= {"timer_ice_rest_short", "timer_ice_rest_over", "timer_heat_remind",
             "timer_heat_waiting", "timer_heat_acknowledged", "timer_rest_stopped",
             "timer_ice_acknowledged",
             "timer_rest_status", "timer_rest_status_soon", "timer_none", "timer_no_minutes",
             "timer_heat_daily_last", "timer_heat_daily_over", "timer_summary_ice",
             "timer_summary_heat", "timer_summary_one", "timer_summary_both",
             "timer_summary_none", "ask_onset"}
    keys |= {f"episode_phase_{p}" for p in ("ice", "either", "heat")}
    assert sorted(keys - set(dialog)) == []


def test_prompt_replies_are_marked_as_timer_prompts(skill: TimerSkill, clock: FakeClock) -> None:
    say(skill, "start_ice_timer", minutes=1)
    clock.advance(MIN)
    replies = skill.scheduler.due()
    assert [type(r) for r in replies] == [Reply] and replies[0].intent == "timer"


def test_goodbye_while_a_timer_runs_is_asked_about_first(skill: TimerSkill,
                                                          clock: FakeClock) -> None:
    """Closing would leave the timer's prompts unsaid: hands-free, goodbye is confirmed first."""
    from voice.router import Router
    from voice.router.scoring import ACCEPT, CLARIFY
    from voice.skill import Conversation, Thresholds

    c = Conversation(default_content(), Router.load(), Thresholds(ACCEPT, CLARIFY),
                     handlers=[skill], listening=True, running=skill.running)
    assert c.ask("goodbye")[1].end_session  # nothing running: goodbye closes
    c.ask("start an ice timer")
    asked = c.ask("goodbye")[1]
    assert not asked.end_session and "timer" in asked.text
    assert not c.ask("no")[1].end_session
    assert not c.ask("bye")[1].end_session  # asked again after "no"
    assert c.ask("goodbye")[1].end_session  # goodbye twice closes
    assert c.ask("how long is left on the timer")[1].intent == "timer_status"
    assert not c.ask("goodbye")[1].end_session
    assert c.ask("yes")[1].end_session
    run_until(skill, clock, 36 * MIN)  # the round is over
    assert c.ask("goodbye")[1].end_session
    typed = Conversation(default_content(), Router.load(), Thresholds(ACCEPT, CLARIFY),
                         handlers=[skill], listening=False, running=lambda: True)
    assert typed.ask("goodbye")[1].end_session  # typed sessions close at once

"""Guided stretches: the routine runs through the real Conversation and router with the skill on
a fake clock (counts, pause and continue, next and again, slower, "that hurts", stop, the first
48 hours' question), the data file is checked with clear errors, and a real `voice listen --text`
speaks the first steps and ends on "that hurts"."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from voice.clock import FakeClock
from voice.content import default_content
from voice.errors import ContentError
from voice.messages import Reply
from voice.router import ACCEPT, CLARIFY, Router
from voice.skill import Conversation, Thresholds
from voice.stretch_skill import StretchSkill
from voice.stretches import default_stretches, load_stretches, plan
from voice.tts import SpeechConfig

C = default_content()
TICK = 0.25


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.load()


class Session:
    """A conversation with only the stretch skill, its clock, and what was said when."""

    def __init__(self, router: Router, onset_hours: float | None) -> None:
        self.clock = FakeClock()
        self.skill = StretchSkill(default_stretches(), C, self.clock, SpeechConfig(rate=150))
        self.convo = Conversation(C, router, Thresholds(ACCEPT, CLARIFY), handlers=[self.skill],
                                  onset_hours=lambda: onset_hours,
                                  observers=[self.skill.observe])
        self.said: list[tuple[float, str]] = []

    def ask(self, text: str) -> Reply:
        reply = self.convo.ask(text)[1]
        self.said.append((self.clock.monotonic(), reply.text))
        return reply

    def run(self, seconds: float) -> list[str]:
        """Let time pass as the loop does, polling every quarter second; the cues said."""
        cues = []
        for _ in range(round(seconds / TICK)):
            self.clock.advance(TICK)
            for reply in self.skill.due():
                assert reply.intent == "stretch"
                self.said.append((self.clock.monotonic(), reply.text))
                cues.append(reply.text)
        return cues

    def until(self, text: str, limit: float = 120) -> list[str]:
        """Run until `text` is said; every cue up to it."""
        cues: list[str] = []
        for _ in range(round(limit / TICK)):
            cues += self.run(TICK)
            if cues and cues[-1] == text:
                return cues
        raise AssertionError(f"{text!r} never said; said {cues}")


def say(key: str) -> str:
    return C.say(key)


COUNT = [say("stretch_hold"), say("stretch_count_3"), say("stretch_count_2"),
         say("stretch_count_1"), say("stretch_relax")]
TILT, KNEE, BRIDGE = default_stretches()


def opener(key: str, s: object) -> str:
    return C.say(key, name=s.name, position=s.position)  # type: ignore[attr-defined]


# --- counting -------------------------------------------------------------------------------


def test_a_routine_after_72_hours_counts_every_hold_and_ends(router: Router) -> None:
    s = Session(router, onset_hours=80)
    intro = s.ask("guide me through a stretch")
    assert intro.text == say("stretch_intro") and intro.sources
    cues = s.until(say("stretch_finished"), limit=600)
    assert cues == [c.text for c in plan(default_stretches(), C)]
    assert cues[:7] == [opener("stretch_first", TILT), TILT.moves[0], *COUNT]
    assert opener("stretch_next_one", BRIDGE) in cues  # from 72 hours on
    assert not s.skill.active and s.run(30) == []


def test_cues_never_overlap_and_a_hold_lasts_its_seconds(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_relax"))
    for (t0, text), (t1, _) in zip(s.said, s.said[1:], strict=False):
        assert t1 - t0 >= s.skill.speak_s(text), (text, t1 - t0)
    hold = next(t for t, text in s.said if text == say("stretch_hold"))
    relax = s.said[-1][0]
    assert TILT.hold_s <= relax - hold <= TILT.hold_s + 2.0


def test_slower_stretches_the_gaps_between_counts(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_count_2"))
    normal = s.said[-1][0] - s.said[-2][0]
    assert s.ask("slower").text == say("stretch_slower")
    s.until(say("stretch_count_3"))
    s.until(say("stretch_count_2"))
    assert s.said[-1][0] - s.said[-2][0] == pytest.approx(normal * 1.5, abs=TICK)


# --- controls -------------------------------------------------------------------------------


def test_pause_freezes_and_continue_takes_up_the_repetition_again(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_hold"))
    assert s.ask("pause").text == say("stretch_paused")
    assert s.run(120) == []
    assert s.ask("continue").text == say("stretch_resume")
    assert s.until(say("stretch_relax")) == [TILT.moves[0], *COUNT]


def test_next_skips_to_the_next_stretch_and_again_starts_it_over(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_count_3"))
    assert s.ask("next").text == say("stretch_next")
    knee = opener("stretch_next_one", KNEE)
    assert s.until(knee)[0] == knee
    s.until(say("stretch_hold"))
    assert s.ask("again").text == say("stretch_again")
    assert s.until(knee) == [knee]
    assert s.ask("next").text == say("stretch_next")
    assert s.until(opener("stretch_next_one", BRIDGE))
    assert s.ask("next").text == say("stretch_next_last")
    assert s.until(say("stretch_finished")) == [say("stretch_finished")]
    assert not s.skill.active


def test_that_hurts_ends_the_routine_and_offers_rest_positions(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_count_2"))
    reply = s.ask("ouch that hurts")
    assert reply.text == say("stretch_hurts")
    assert "sharper" in reply.text and "pillow" in reply.text and reply.sources
    assert not s.skill.active and s.run(60) == []


def test_that_hurts_outside_a_routine_still_says_stop_and_rest(router: Router) -> None:
    s = Session(router, onset_hours=80)
    assert s.ask("that hurts").text == say("stretch_hurts_outside")


def test_stop_ends_the_routine_and_outside_one_the_controls_are_the_usual(router: Router
                                                                          ) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_hold"))
    assert s.ask("stop").text == say("stretch_stopped")
    assert s.run(60) == []
    assert s.ask("stop").text in C.dialog["stopped"]
    assert s.ask("next").text != say("stretch_next")  # not claimed: no routine


def test_an_emergency_ends_the_routine(router: Router) -> None:
    s = Session(router, onset_hours=80)
    s.ask("guide me through a stretch")
    s.until(say("stretch_hold"))
    assert s.ask("I can't feel my legs").intent == "emergency"
    assert not s.skill.active and s.run(60) == []


# --- the first 48 hours ---------------------------------------------------------------------


@pytest.mark.parametrize("onset", [10.0, None])
def test_early_or_unknown_onset_asks_first_and_no_means_no(router: Router,
                                                           onset: float | None) -> None:
    s = Session(router, onset_hours=onset)
    ask = s.ask("guide me through a stretch")
    assert ask.text == say("stretch_too_early") and ask.confirm is not None
    assert s.convo.pending is ask.confirm
    assert s.ask("no").text == say("stretch_declined")
    assert not s.skill.active and s.run(60) == []


def test_early_onset_and_yes_starts_the_gentle_stretches_without_bridging(router: Router
                                                                         ) -> None:
    s = Session(router, onset_hours=10.0)
    s.ask("guide me through a stretch")
    assert s.ask("yes").text == say("stretch_intro")
    cues = s.until(say("stretch_finished"), limit=600)
    assert cues[0] == opener("stretch_first", TILT)
    assert opener("stretch_next_one", KNEE) in cues
    assert not [c for c in cues if BRIDGE.moves[0] in c]


# --- the data -------------------------------------------------------------------------------


def test_every_stretch_rests_on_the_sources_and_its_texts_are_speakable() -> None:
    from tests.test_content_lint import DOSE_RE, MARKDOWN_CHARS, UNIT_ABBREV_RE

    assert [s.id for s in default_stretches()] == ["pelvic_tilt", "knee_to_chest", "bridge"]
    dialog = yaml.safe_load((C.root / "dialog" / "stretches.yaml").read_text())
    assert all(key.startswith("stretch_") for key in dialog)
    texts = [t for alts in dialog.values() for t in alts]
    texts += [t for s in default_stretches() for t in (s.name, s.position, *s.moves)]
    for text in texts:
        assert text.isascii() and ";" not in text and not set(text) & MARKDOWN_CHARS, text
        assert not DOSE_RE.search(text) and not UNIT_ABBREV_RE.search(text), text


@pytest.mark.parametrize(("change", "message"), [
    ({"hold_s": 2}, r"stretches\.0\.hold_s: expected a whole number from 4 to 30"),
    ({"sources": ["999_nope.txt"]}, r"stretches\.0\.sources: '999_nope.txt' is not listed"),
    ({"colour": "red"}, r"stretches\.0\.colour: unknown field"),
    ({"moves": []}, r"stretches\.0\.moves: expected a non-empty list"),
])
def test_a_broken_stretches_file_names_the_file_the_key_and_the_fix(
        tmp_path: Path, change: dict[str, object], message: str) -> None:
    data = yaml.safe_load((C.root / "stretches.yaml").read_text())
    data["stretches"][0].update(change)
    (tmp_path / "stretches.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(ContentError, match=message) as err:
        load_stretches(tmp_path, set(C.sources))
    assert str(tmp_path / "stretches.yaml") in str(err.value)


# --- the real loop --------------------------------------------------------------------------


def test_voice_listen_speaks_the_first_steps_and_that_hurts_ends_them() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "voice", "listen", "--text", "--no-speak"],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    assert proc.stdin is not None and proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x.split("] ", 1)[-1].strip())
                                     for x in proc.stdout], daemon=True).start()

    def send(text: str) -> None:
        assert proc.stdin is not None
        proc.stdin.write(text + "\n")
        proc.stdin.flush()

    def wait_for(text: str, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                if lines.get(timeout=0.2) == text:
                    return
            except queue.Empty:
                continue
        raise AssertionError(f"{text!r} not said within {seconds} s")

    try:
        send("guide me through a stretch")
        wait_for(say("stretch_too_early"), 15)  # a fresh home: the onset is not known
        send("yes")
        wait_for(say("stretch_intro"), 5)
        wait_for(opener("stretch_first", TILT), 20)
        send("that hurts")
        wait_for(say("stretch_hurts"), 5)
        send("next")  # a routine still running would answer this one
        answer = lines.get(timeout=10)
        assert answer != say("stretch_next") and answer not in (*COUNT, TILT.moves[0]), answer
        send("goodbye")
        proc.stdin.close()
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()

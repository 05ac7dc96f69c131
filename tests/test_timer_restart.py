"""Rounds that are never lost: real processes on a real $VOICE_HOME, killed with -9 mid-round,
a second process resuming on the original clock, and two processes at once saying each prompt
exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from voice import timers
from voice.state import open_store, state_path

REPO = Path(__file__).resolve().parents[1]

HELPER = '''
import json, sys, time
from pathlib import Path
from voice import timers
from voice.content import default_content
from voice.messages import Intent
from voice.timer_skill import open_timers

home, mode = Path(sys.argv[1]), sys.argv[2]
skill = open_timers(home, default_content(), lambda m: print(json.dumps({"warn": m}), flush=True))

def show(**event):
    print(json.dumps(event), flush=True)

if mode == "start":  # a round of `seconds`, started `ago` seconds before now
    seconds, ago = float(sys.argv[3]), float(sys.argv[4])
    r, prompts = timers.start("ice", seconds / 60, time.time() - ago)
    with skill.store.transaction():
        skill.store.add_round(r, prompts)
    show(event="started", ends_at=r.ends_at)
    if sys.argv[5:] == ["hang"]:
        time.sleep(600)  # stuck before it could speak: only kill -9 ends it
else:  # like the loop: prompts that fell due first, then the question
    for reply in skill.scheduler.due():
        show(event="prompt", text=reply.text, at=time.time())
    reply = skill.handle(Intent("timer_status", 1.0), None)
    show(event="status", text=reply.text)
while True:
    for reply in skill.scheduler.due():
        show(event="prompt", text=reply.text, at=time.time())
    time.sleep(0.05)
'''


@pytest.fixture
def helper(tmp_path: Path) -> Path:
    path = tmp_path / "timer_proc.py"
    path.write_text(HELPER, encoding="utf-8")
    return path


class Proc:
    """A helper process whose JSON lines go to a file we can poll."""

    def __init__(self, helper: Path, home: Path, *args: str) -> None:
        self.out = home.parent / f"out-{time.monotonic_ns()}.jsonl"
        self._file = self.out.open("w")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, str(helper), str(home), *args], cwd=REPO,
                                     stdout=self._file, stderr=subprocess.STDOUT, env=env)

    def events(self) -> list[dict[str, Any]]:
        lines = self.out.read_text(encoding="utf-8").splitlines()
        try:
            return [json.loads(line) for line in lines if line.strip()]
        except json.JSONDecodeError:
            pytest.fail(f"helper said: {lines}")

    def wait_for(self, event: str, timeout: float = 15.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [e for e in self.events() if e.get("event") == event]
            if found:
                return found[0]
            if self.proc.poll() is not None:
                pytest.fail(f"helper exited early: {self.out.read_text()}")
            time.sleep(0.02)
        pytest.fail(f"no {event} within {timeout} s: {self.out.read_text()}")

    def kill9(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._file.close()


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    started: list[Proc] = []
    yield started
    for p in started:
        p.kill9()


def spawn(procs: list[Proc], helper: Path, home: Path, *args: str) -> Proc:
    procs.append(Proc(helper, home, *args))
    return procs[-1]


def test_killed_mid_round_the_next_process_resumes_on_the_original_clock(
        helper: Path, voice_home: Path, procs: list[Proc]) -> None:
    first = spawn(procs, helper, voice_home, "start", "2", "0")
    ends_at = first.wait_for("started")["ends_at"]
    time.sleep(0.3)
    first.kill9()
    assert not [e for e in first.events() if e.get("event") == "prompt"]

    second = spawn(procs, helper, voice_home, "resume")
    assert second.wait_for("status")["text"] == "Less than a minute left on the ice."
    prompt = second.wait_for("prompt", timeout=ends_at - time.time() + 5)
    assert prompt["text"] == "Time to take the ice off. Rest at least 20 minutes."
    assert 0 <= prompt["at"] - ends_at < 1.0


def test_a_prompt_that_fell_due_while_down_is_said_at_once_as_late(
        helper: Path, voice_home: Path, procs: list[Proc]) -> None:
    first = spawn(procs, helper, voice_home, "start", "60", "212", "hang")
    first.wait_for("started")
    first.kill9()
    second = spawn(procs, helper, voice_home, "resume")
    prompt = second.wait_for("prompt")
    assert prompt["text"] == (
        "Your ice round ended 3 minutes ago. Take the ice off now. Rest at least 20 minutes.")
    assert second.wait_for("status")["text"] == (
        "You're resting. You can start the next round in 20 minutes.")
    time.sleep(0.5)
    assert len([e for e in second.events() if e.get("event") == "prompt"]) == 1


def test_two_processes_on_one_home_say_each_prompt_once(
        helper: Path, voice_home: Path, procs: list[Proc]) -> None:
    store = open_store(voice_home, pytest.fail)
    now = time.time()
    with store.transaction():
        for i in range(6):
            r, prompts = timers.start("ice", 0.0, now + 1.5 + 0.1 * i)
            store.add_round(r, prompts)
    store.close()
    a = spawn(procs, helper, voice_home, "resume")
    b = spawn(procs, helper, voice_home, "resume")
    a.wait_for("status")
    b.wait_for("status")
    time.sleep(max(0.0, now + 2.8 - time.time()))
    a.kill9()
    b.kill9()
    said = [e for p in (a, b) for e in p.events() if e.get("event") == "prompt"]
    assert len(said) == 6
    assert {e["text"] for e in said} == {"Time to take the ice off. Rest at least 20 minutes."}
    db = sqlite3.connect(state_path(voice_home))
    outcomes = db.execute("SELECT outcome, count(*) FROM prompts WHERE kind = 'end' "
                          "GROUP BY outcome").fetchall()
    db.close()
    assert outcomes == [("spoken", 6)]

"""`voice log`: entries told to a real process survive its kill -9, the summary prints, and
--clear deletes only after a typed yes (or --yes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.conftest import REPO, run_voice
from voice.content import default_content
from voice.log_cli import CONFIRM_PROMPT


def test_entries_told_to_a_process_survive_kill_9() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "voice", "ask", "--no-speak", "-"], cwd=REPO,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for line in ("I took ibuprofen", "my pain is a seven", "my legs are numb"):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip()  # answered, so written
        assert proc.poll() is None
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    printed = run_voice("log")
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert [line.split(" ", 4)[-1] for line in lines] == [
        "took ibuprofen", "pain 7 out of 10", 'red flag reported: "my legs are numb"']


def test_summary_prints_the_sections_for_a_doctor() -> None:
    run_voice("ask", "--no-speak", "I took two Tylenol")
    out = run_voice("log", "--summary").stdout
    assert "Began: not recorded." in out
    assert "Medicines taken:" in out and "acetaminophen" in out
    assert "Red flags reported:\n  none recorded" in out


def test_clear_asks_and_deletes_nothing_without_a_yes() -> None:
    run_voice("ask", "--no-speak", "my pain is a five")
    kept = run_voice("log", "--clear", input="no\n")
    assert kept.returncode == 0
    assert kept.stdout == CONFIRM_PROMPT + default_content().say("log_clear_cancelled") + "\n"
    assert "pain 5" in run_voice("log").stdout
    empty_answer = run_voice("log", "--clear", input="")
    assert "Nothing was deleted." in empty_answer.stdout
    gone = run_voice("log", "--clear", input="yes\n")
    assert "Deleted the recovery log: 1 entries" in gone.stdout
    assert run_voice("log").stdout.strip() == default_content().say("log_print_empty")


def test_clear_yes_skips_the_question_for_scripts() -> None:
    run_voice("ask", "--no-speak", "I took naproxen")
    out = run_voice("log", "--clear", "--yes").stdout
    assert CONFIRM_PROMPT not in out and "Deleted the recovery log" in out


def test_log_help_names_every_option() -> None:
    out = run_voice("log", "--help").stdout
    for option in ("--summary", "--clear", "--yes"):
        assert option in out

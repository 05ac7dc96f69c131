"""`voice listen --text`: the same loop as the microphone one, fed typed lines."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

from tests.conftest import REPO, run_voice
from voice.content import default_content

STAMP = re.compile(r"^\[\d\d:\d\d:\d\d\] ")


def _replies(stdout: str) -> list[str]:
    lines = stdout.strip().splitlines()
    assert all(STAMP.match(line) for line in lines), lines
    return [STAMP.sub("", line) for line in lines]


def test_scripted_conversation_covers_every_control() -> None:
    c = default_content()
    script = [
        "help",
        "should I use ice or heat",
        "tell me more",
        "say that again",
        "slower please",
        "faster",
        "what's the weather tomorrow",
        "stop",
        "goodbye",
    ]
    proc = run_voice("listen", "--text", "--no-speak", input="\n".join(script) + "\n")
    assert proc.returncode == 0, proc.stderr
    replies = _replies(proc.stdout)
    greeting, disclaimer, *answers = replies
    assert greeting == c.say("greeting") and disclaimer == c.say("disclaimer")
    help_, ice, more, again, slower, faster, unknown, stopped, bye = answers
    assert help_ in c.dialog["help"]
    assert ice == c.answers["ice_or_heat"].reply
    assert more == c.answers["ice_or_heat"].more
    assert again == more
    assert slower in c.dialog["slower"] and faster in c.dialog["faster"]
    assert unknown in c.dialog["unknown"]
    assert stopped in c.dialog["stopped"]
    assert bye in c.dialog["goodbye"]


def test_disclaimer_is_said_only_the_first_time() -> None:
    first = _replies(run_voice("listen", "--text", "--no-speak", input="goodbye\n").stdout)
    second = _replies(run_voice("listen", "--text", "--no-speak", input="goodbye\n").stdout)
    assert len(first) == 3 and len(second) == 2


def test_rate_changes_are_remembered_across_sessions(voice_home) -> None:  # type: ignore[no-untyped-def]
    run_voice("listen", "--text", "--no-speak", input="slower\nslower\ngoodbye\n")
    settings = (voice_home / "settings.json").read_text()
    assert '"rate": 110' in settings


def test_end_of_input_says_goodbye() -> None:
    replies = _replies(run_voice("listen", "--text", "--no-speak", input="help\n").stdout)
    assert replies[-1] in default_content().dialog["goodbye"]


def test_emergency_in_a_typed_line() -> None:
    replies = _replies(run_voice("listen", "--text", "--no-speak",
                                 input="I fell off a ladder and now my back hurts\n").stdout)
    assert replies[2] == default_content().answers["emergency"].reply


def test_clarifying_questions_take_yes_and_no() -> None:
    c = default_content()
    unsure = "rubbing it, any good"  # massage, but not sure enough to answer unasked
    script = [unsure, "yes", unsure, "no", "goodbye"]
    replies = _replies(run_voice("listen", "--text", "--no-speak",
                                 input="\n".join(script) + "\n").stdout)
    asked, yes, asked_again, no, _bye = replies[-5:]
    assert asked == asked_again == f"Did you mean {c.answers['massage'].topic}?"
    assert yes == c.answers["massage"].reply
    assert no in c.dialog["clarify_declined"]


def test_ctrl_c_stops_even_when_started_with_sigint_ignored() -> None:
    # What a script does with `voice listen &` or nohup: the child inherits SIGINT ignored.
    proc = subprocess.Popen(
        [sys.executable, "-m", "voice", "listen", "--text", "--no-speak"], cwd=REPO,
        env=dict(os.environ), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write("help\n")
        proc.stdin.flush()
        greeting, help_reply = proc.stdout.readline(), proc.stdout.readline()
        assert STAMP.match(greeting) and STAMP.match(help_reply)
        proc.send_signal(signal.SIGINT)  # the input stays open: only the signal can end it
        proc.wait(timeout=30)
        out = proc.stdout.read()
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert _replies(out)[-1] in default_content().dialog["goodbye"]

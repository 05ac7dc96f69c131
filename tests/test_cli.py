"""The `voice` command end to end, in subprocesses, with real TTS and real PortAudio devices."""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.alsa_devices import make_file_devices, no_devices_env
from tests.conftest import run_voice


def _env() -> dict[str, str]:
    return dict(os.environ)


def test_ask_json_answers_ice_or_heat_with_sources() -> None:
    proc = run_voice("ask", "--json", "--no-speak", "should I use ice or heat")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(rec) >= {"input", "intent", "confidence", "slots", "answer", "sources", "timings_ms"}
    assert rec["input"] == "should I use ice or heat"
    assert rec["intent"] == "ice_or_heat"
    assert len(rec["answer"].split()) >= 8
    assert rec["sources"] and all(s.endswith(".txt") for s in rec["sources"])
    assert 0.0 <= rec["confidence"] <= 1.0
    assert {"route", "tts"} <= set(rec["timings_ms"])
    assert "transcript" not in rec


def test_emergency_wins_in_a_mixed_sentence() -> None:
    proc = run_voice("ask", "--json", "--no-speak",
                     "should I use ice or heat, also I can't feel my legs")
    rec = json.loads(proc.stdout)
    assert rec["intent"] == "emergency"
    assert "emergency" in rec["answer"].lower() or "urgent" in rec["answer"].lower()


def test_ask_stdin_is_one_conversation() -> None:
    lines = "ice or heat\ntell me more\nwhen should I see a doctor\nplay some music\n"
    proc = run_voice("ask", "--json", "--no-speak", "-", input=lines)
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["input"] for r in recs] == lines.split("\n")[:4]
    assert [r["intent"] for r in recs] == ["ice_or_heat", "more", "when_doctor", "unknown"]
    assert recs[1]["answer"] != recs[0]["answer"] and len(recs[1]["answer"].split()) > 10
    assert recs[3]["sources"] == []


def test_ask_plain_prints_the_answer() -> None:
    proc = run_voice("ask", "--no-speak", "when", "should", "I", "see", "a", "doctor")
    assert proc.returncode == 0
    assert len(proc.stdout.split()) >= 8


def test_say_out_writes_a_wav_that_fits_the_text(tmp_path: Path) -> None:
    out = tmp_path / "say.wav"
    text = "Put the ice pack on for fifteen minutes, then rest for twenty minutes."
    proc = run_voice("say", text, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    with wave.open(str(out)) as w:
        seconds = w.getnframes() / w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    words = len(text.split())
    expected = words / 150 * 60  # the calm default rate
    assert 0.6 * expected < seconds < 1.8 * expected
    assert np.sqrt(np.mean(samples.astype(float) ** 2)) > 300  # clearly not silence


def test_slower_rate_makes_longer_speech(tmp_path: Path) -> None:
    fast, slow = tmp_path / "fast.wav", tmp_path / "slow.wav"
    run_voice("say", "Lie on your back with your knees bent.", "--rate", "200", "--out", str(fast))
    run_voice("say", "Lie on your back with your knees bent.", "--rate", "110", "--out", str(slow))
    with wave.open(str(fast)) as f, wave.open(str(slow)) as s:
        assert s.getnframes() / s.getframerate() > 1.3 * f.getnframes() / f.getframerate()


def test_ask_speaks_through_a_real_output_device(tmp_path: Path) -> None:
    dev = make_file_devices(tmp_path)
    proc = run_voice("ask", "ice or heat", env=dev.env())
    assert proc.returncode == 0, proc.stderr
    assert "could not be played" not in proc.stderr
    played = dev.played()
    # espeak-ng renders at 22050 Hz; the answer is several seconds long and not silent
    assert len(played) / 22050 > 3.0
    assert np.sqrt(np.mean(played.astype(float) ** 2)) > 300


def test_ask_without_an_output_device_prints_and_explains(tmp_path: Path) -> None:
    proc = run_voice("ask", "ice or heat", env=no_devices_env(tmp_path))
    assert proc.returncode == 0
    assert len(proc.stdout.split()) >= 8
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "speech could not be played" in err[0]
    assert "Traceback" not in proc.stderr


def test_ask_with_nothing_to_ask_is_a_usage_error() -> None:
    proc = run_voice("ask")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_option_is_one_line_exit_2() -> None:
    proc = run_voice("ask", "--engine", "whisper", "hello")
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "--help" in proc.stderr


@pytest.mark.parametrize("command", ["", "listen", "ask", "models", "devices", "say"])
def test_every_command_has_help(command: str) -> None:
    proc = run_voice(*([command] if command else []), "--help")
    assert proc.returncode == 0
    assert "usage: voice" in proc.stdout

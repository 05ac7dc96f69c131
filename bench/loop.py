"""Loop benchmark: how fast the assistant answers, interrupts and idles.

    .venv/bin/python bench/loop.py [--n 20]

Speech (the piper voice) is fed block by block at real-time pace into the real recogniser's
stream; the answer is spoken through real PortAudio into an ALSA file device. Measured:
  - response latency: last speech sample fed -> first answer audio handed to the device
    (endpointing + final decode + routing + first-sentence synthesis + stream open)
  - barge-in: last sample of "stop" fed while speaking -> stop detected
  - CPU while idle-listening to silence, and resident memory over many turns.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
_home = Path(tempfile.mkdtemp(prefix="voice-bench-"))
os.environ["HOME"] = str(_home)  # ALSA file devices, only for this process
os.environ.setdefault("VOICE_HOME", str(_home / "voice"))
(_home / ".asoundrc").write_text(
    'pcm.!default { type asym  playback.pcm "speaker"  capture.pcm "mic" }\n'
    f'pcm.speaker {{ type file  slave.pcm "null"  file "{_home}/speaker.raw"  format "raw" }}\n'
    'pcm.mic { type file  slave.pcm "null"  file "/dev/null"  infile "/dev/zero"  '
    'format "raw" }\n')

import numpy as np  # noqa: E402

from tests.speechgen import Scene, SpeechCache, Voice  # noqa: E402
from voice.assistant import build_session  # noqa: E402
from voice.audio import read_wav  # noqa: E402
from voice.hearing import utterances  # noqa: E402
from voice.output import SpeechOutput  # noqa: E402
from voice.recognizers import open_recognizer  # noqa: E402
from voice.recognizers.domain import openings  # noqa: E402
from voice.router import Router  # noqa: E402
from voice.router.complete import request_complete  # noqa: E402
from voice.speaker import Speaker  # noqa: E402
from voice.tts import make_synthesizer  # noqa: E402

BLOCK = 480  # 30 ms
QUESTIONS = ["should I use ice or heat", "what position should I lie in", "how much time is left",
             "tell me more", "when should I see a doctor", "I can't feel my legs",
             "what can I take for the pain", "help me breathe", "start an ice timer",
             "what stretches can I do"]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def latency(n: int, cache: SpeechCache) -> tuple[list[float], list[float]]:
    rec = open_recognizer("sphinx", announce=False)
    session = build_session(listening=True)
    out = SpeechOutput(make_synthesizer(session.convo.speech), Speaker())
    totals, endpoint = [], []
    voice = Voice("piper", "", 1.0)
    known = openings()
    for i in range(n):
        text = QUESTIONS[i % len(QUESTIONS)]
        scene = Scene(lead_s=0.5, tail_s=1.5)
        audio = read_wav(cache.clip(text, voice, scene)).samples
        last = int(cache.speech_end_s(text, voice, scene) * 16000)
        stream = rec.stream(request_complete(session.convo.router, known=known))
        t_last = None
        start = time.perf_counter()
        for k in range(0, len(audio), BLOCK):
            time.sleep(max(0.0, start + k / 16000 - time.perf_counter()))
            if k <= last < k + BLOCK:
                t_last = time.perf_counter()
            if stream.accept(audio[k:k + BLOCK]):
                t_end = time.perf_counter()
                if t_last is None:  # ended on the last word's faint tail: no wait at all
                    t_last = start + last / 16000
                reply = session.convo.respond(session.convo.router.route(stream.result().text))
                t_call = time.perf_counter()
                spoken = out.speak(reply)
                totals.append(max(0.0, t_call - t_last) * 1000 + spoken.first_audio_ms)
                endpoint.append(max(0.0, t_end - t_last) * 1000)
                break
    return totals, endpoint


def barge_in(n: int, cache: SpeechCache) -> list[float]:
    rec = open_recognizer("sphinx", announce=False)
    voice = Voice("piper", "", 1.0)
    scene = Scene(lead_s=0.3, tail_s=1.0)
    audio = read_wav(cache.clip("stop", voice, scene)).samples
    last = int(cache.speech_end_s("stop", voice, scene) * 16000)
    speaking = threading.Event()
    speaking.set()
    router = Router.load()  # the router the session's own is loaded as; no second session
    known = openings()
    times = []
    for i in range(n):
        # A question between one "stop" and the next, as in a real session: the decoder's
        # running feature mean adapts to what it hears, and ten times the same word in a row
        # drags it to that word (4-6 of 20 straight repeats then missed "stop" altogether).
        _hear(rec, read_wav(cache.clip(QUESTIONS[i % len(QUESTIONS)], voice, scene)).samples)
        marks: dict[str, float] = {}

        def blocks(marks: dict[str, float] = marks) -> object:
            start = time.perf_counter()
            for k in range(0, len(audio), BLOCK):
                time.sleep(max(0.0, start + k / 16000 - time.perf_counter()))
                if k <= last < k + BLOCK:
                    marks["last"] = time.perf_counter()
                yield audio[k:k + BLOCK]

        # the stream voice/listen.py opens: a whole request ("stop") may end without the
        # longest wait
        stream = rec.stream(request_complete(router, known=known))
        for heard in utterances(stream, blocks(), speaking, BLOCK / 16000):  # type: ignore[arg-type]
            if heard.text == "stop" and "last" in marks:
                times.append((time.perf_counter() - marks["last"]) * 1000)
                break
            if heard.text == "stop":  # caught before the word even ended
                times.append(0.0)
                break
    return times


def _hear(rec: Any, samples: np.ndarray) -> None:
    """Stream a whole clip through the recogniser, as fast as it goes."""
    stream = rec.stream()
    for k in range(0, len(samples), BLOCK):
        if stream.accept(samples[k:k + BLOCK]):
            stream.reset()
    stream.reset()


def idle_cpu(seconds: float) -> float:
    rec = open_recognizer("sphinx", announce=False)
    stream = rec.stream()
    silence = np.zeros(BLOCK, dtype=np.int16)
    c0, start = time.process_time(), time.perf_counter()
    k = 0
    while time.perf_counter() - start < seconds:
        time.sleep(max(0.0, start + k * BLOCK / 16000 - time.perf_counter()))
        stream.accept(silence)
        k += 1
    return (time.process_time() - c0) / (time.perf_counter() - start) * 100


def memory(turns: int) -> tuple[float, float]:
    session = build_session(listening=True)
    lines = [*QUESTIONS, "repeat", "more", "slower", "faster", "start a heat timer", "cancel"]
    rss = []
    for i in range(turns):
        session.convo.respond(session.convo.router.route(lines[i % len(lines)]))
        session.due_prompts()
        if i in (turns // 10, turns - 1):
            rss.append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return rss[0], rss[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    cache = SpeechCache(REPO / ".bench-cache" / "loop")
    totals, endpoint = latency(args.n, cache)
    stops = barge_in(max(5, args.n // 4), cache)
    cpu = idle_cpu(10.0)
    before, after = memory(3000)
    print(f"{'measure':52s} {'p50':>8s} {'p95':>8s}")
    print(f"{'last speech sample -> first answer audio (ms)':52s} "
          f"{statistics.median(totals):8.0f} {pct(totals, 95):8.0f}")
    print(f"{'  of which endpointing + final decode (ms)':52s} "
          f"{statistics.median(endpoint):8.0f} {pct(endpoint, 95):8.0f}")
    print(f"{'barge-in: end of stop -> detected (ms)':52s} "
          f"{statistics.median(stops):8.0f} {pct(stops, 95):8.0f}")
    print(f"{'CPU while idle-listening (% of one core)':52s} {cpu:8.1f}")
    print(f"{'peak RSS after 300 / 3000 turns (MB)':52s} {before:8.0f} {after:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

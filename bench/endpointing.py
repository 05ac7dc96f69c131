"""Endpointing benchmark: how soon after the last speech sample the streaming recogniser has
its final transcript, and whether ending early costs accuracy.

    .venv/bin/python bench/endpointing.py [--n 80] [--scenes quiet,pink20,babble20,pink10,pink5]
        [--modes early,silence] [--no-denoise] [--pause 0.3]

Sentences from the router's evaluation set, spoken by the piper voice and one espeak-ng voice,
are streamed in 30 ms blocks through the real pocketsphinx stream, once with early ending on a
complete request (what `voice listen` does) and once with the silence wait alone. Latency is
counted from the block holding the last speech sample to the moment the transcript is ready,
with blocks arriving in real time and queueing behind a slow one (a pause's speculative final
pass, say), as from a microphone. Accuracy is the router's intent from the streamed transcript.

Ending early has a price: a person who pauses mid-sentence may be cut off. With `--pause S`,
rows `pauseS` speak each sentence in two halves (split at a word chosen at random) with S
seconds of silence between them, and count how often the stream ends in that gap ("cut").
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("VOICE_HOME", tempfile.mkdtemp(prefix="voice-bench-"))

import yaml  # noqa: E402

from tests.speechgen import Scene, SpeechCache, Voice, place, speech_bounds  # noqa: E402
from voice.audio import Audio, read_wav  # noqa: E402
from voice.recognizers.domain import openings  # noqa: E402
from voice.recognizers.sphinx import SphinxRecognizer  # noqa: E402
from voice.router import Router  # noqa: E402
from voice.router.complete import request_complete  # noqa: E402

BLOCK = 480
RATE = 16000
SCENES = {"quiet": Scene(lead_s=0.5, tail_s=1.5),
          "pink20": Scene("pink", 20.0, lead_s=0.5, tail_s=1.5),
          "babble20": Scene("babble", 20.0, lead_s=0.5, tail_s=1.5),
          "pink10": Scene("pink", 10.0, lead_s=0.5, tail_s=1.5),
          "pink5": Scene("pink", 5.0, lead_s=0.5, tail_s=1.5)}
VOICES = [Voice("piper", "", 1.0), Voice("espeak", "en-us", 1.0)]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))] if xs else float("nan")


def cases(n: int, seed: int = 11) -> list[tuple[str, str]]:
    data = yaml.safe_load((REPO / "bench" / "data" / "router_eval.yaml").read_text())
    every = [(t if isinstance(t, str) else t["text"], intent)
             for intent, items in data["cases"].items() for t in items
             if intent not in ("ood", "unknown")]
    return random.Random(seed).sample(every, min(n, len(every)))


def first_end(rec: SphinxRecognizer, samples: object, complete: object
              ) -> tuple[float, float, str] | None:
    """Stream `samples` in blocks until the stream ends an utterance: the end of the deciding
    block (s), how long after that the transcript was ready (s), and the transcript; None if
    none ends. Blocks arrive in real time and wait in a queue while an earlier one is being
    processed, as they do from the microphone: a slow block earlier in a pause delays the one
    that decides."""
    stream = rec.stream(complete)  # type: ignore[arg-type]
    audio = samples  # numpy int16
    ready = 0.0  # when the processing of the blocks so far is done (s, on the audio's clock)
    for k in range(0, len(audio), BLOCK):  # type: ignore[arg-type]
        arrived = (k + BLOCK) / RATE
        t0 = time.perf_counter()
        ended = stream.accept(audio[k:k + BLOCK])  # type: ignore[index]
        ready = max(ready, arrived) + time.perf_counter() - t0
        if ended:
            return arrived, ready - arrived, stream.result().text
    stream.reset()
    return None


def stream_once(rec: SphinxRecognizer, samples: object, last_s: float,
                complete: object) -> tuple[float | None, str]:
    ended = first_end(rec, samples, complete)
    if ended is None:
        return None, ""
    end, took, text = ended
    last_block_end = (int(last_s * RATE) // BLOCK + 1) * BLOCK / RATE
    return max(0.0, end - last_block_end) * 1000 + took * 1000, text


def paused(cache: SpeechCache, text: str, voice: Voice, gap_s: float, rng: random.Random
           ) -> tuple[Audio, float, float]:
    """`text` said in two halves with `gap_s` of silence between: the audio (16 kHz, quiet
    room), and where the gap starts and ends (s)."""
    import numpy as np

    words = text.split()
    k = rng.randrange(1, len(words))
    halves = []
    for part in (" ".join(words[:k]), " ".join(words[k:])):
        x = cache.clean(part, voice)
        start, end = speech_bounds(x.samples)
        halves.append(x.samples[start:end])
    gap = np.zeros(int(gap_s * RATE), dtype=np.int16)
    scene = Scene(lead_s=0.5, tail_s=1.5)
    audio = place(Audio(np.concatenate([halves[0], gap, halves[1]]), RATE), scene)
    gap_at = scene.lead_s + len(halves[0]) / RATE
    return audio, gap_at, gap_at + gap_s


def pause_row(rec: SphinxRecognizer, router: Router, cache: SpeechCache, voice: Voice,
              chosen: list[tuple[str, str]], mode: str, complete: object, gap_s: float) -> None:
    """How often a pause of gap_s mid-sentence ends the utterance, and the intent heard."""
    rng = random.Random(5)
    cut = ok = n = 0
    for text, intent in chosen:
        if len(text.split()) < 2:
            continue
        audio, _, gap_to = paused(cache, text, voice, gap_s, rng)
        ended = first_end(rec, audio.samples, complete)
        heard = ended[2] if ended else ""
        n += 1
        cut += ended is not None and ended[0] < gap_to + 0.05
        ok += router.route(heard).name == intent
    print(f"{voice.label:16s} {'pause' + str(gap_s):9s} {mode:10s} {'':7s} {'':7s} "
          f"{'':6s} {ok / max(1, n):10.1%} {cut / max(1, n):6.1%}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--scenes", default="quiet,pink20,babble20")
    ap.add_argument("--no-denoise", action="store_true",
                    help="decode noisy rooms without RNNoise, to compare")
    ap.add_argument("--modes", default="early,silence")
    ap.add_argument("--pause", type=float, default=0.0,
                    help="also speak each sentence with this long a pause mid-way (seconds)")
    args = ap.parse_args()
    cache = SpeechCache(REPO / ".bench-cache" / "speech")
    rec = SphinxRecognizer()
    rec.denoise = rec.denoise and not args.no_denoise
    router = Router.load()
    early = request_complete(router, known=openings())
    chosen = cases(args.n)
    print(f"{len(chosen)} utterances per row; latency = last speech sample -> final transcript")
    print(f"{'voice':16s} {'scene':9s} {'mode':10s} {'p50 ms':>7s} {'p95 ms':>7s} "
          f"{'no end':>6s} {'intent acc':>10s} {'cut':>6s}")
    for voice in VOICES:
        for name in args.scenes.split(","):
            scene = SCENES[name]
            for mode, complete in (("early", early), ("silence", None)):
                if mode not in args.modes.split(","):
                    continue
                lat: list[float] = []
                ok = missing = 0
                for text, intent in chosen:
                    audio = read_wav(cache.clip(text, voice, scene)).samples
                    ms, heard = stream_once(rec, audio, cache.speech_end_s(text, voice, scene),
                                            complete)
                    if ms is None:
                        missing += 1
                    else:
                        lat.append(ms)
                    ok += router.route(heard).name == intent
                print(f"{voice.label:16s} {name:9s} {mode:10s} {statistics.median(lat):7.0f} "
                      f"{pct(lat, 95):7.0f} {missing:6d} {ok / len(chosen):10.1%}", flush=True)
        if args.pause > 0:
            for mode, complete in (("early", early), ("silence", None)):
                if mode in args.modes.split(","):
                    pause_row(rec, router, cache, voice, chosen, mode, complete, args.pause)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Endpointing benchmark: how soon after the last speech sample the streaming recogniser has
its final transcript, and whether ending early costs accuracy.

    .venv/bin/python bench/endpointing.py [--n 80] [--scenes quiet,pink20,babble20,pink10,pink5]
        [--modes early,silence] [--no-denoise]

Sentences from the router's evaluation set, spoken by the piper voice and one espeak-ng voice,
are streamed in 30 ms blocks through the real pocketsphinx stream, once with early ending on a
complete request (what `voice listen` does) and once with the silence wait alone. Latency is
counted from the block holding the last speech sample to the end decision, plus the time the
deciding block took to process (decoding keeps up with real time, so that is the wait a person
has). Accuracy is the router's intent from the streamed transcript.
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

from tests.speechgen import Scene, SpeechCache, Voice  # noqa: E402
from voice.audio import read_wav  # noqa: E402
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


def stream_once(rec: SphinxRecognizer, samples: object, last_s: float,
                complete: object) -> tuple[float | None, str]:
    stream = rec.stream(complete)  # type: ignore[arg-type]
    audio = samples  # numpy int16
    last_block_end = (int(last_s * RATE) // BLOCK + 1) * BLOCK / RATE
    for k in range(0, len(audio), BLOCK):  # type: ignore[arg-type]
        t0 = time.perf_counter()
        if stream.accept(audio[k:k + BLOCK]):  # type: ignore[index]
            took = time.perf_counter() - t0
            end = (k + BLOCK) / RATE
            return max(0.0, end - last_block_end) * 1000 + took * 1000, stream.result().text
    stream.reset()
    return None, ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--scenes", default="quiet,pink20,babble20")
    ap.add_argument("--no-denoise", action="store_true",
                    help="decode noisy rooms without RNNoise, to compare")
    ap.add_argument("--modes", default="early,silence")
    args = ap.parse_args()
    cache = SpeechCache(REPO / ".bench-cache" / "speech")
    rec = SphinxRecognizer()
    rec.denoise = rec.denoise and not args.no_denoise
    router = Router.load()
    early = request_complete(router)
    chosen = cases(args.n)
    print(f"{len(chosen)} utterances per row; latency = last speech sample -> final transcript")
    print(f"{'voice':16s} {'scene':9s} {'mode':10s} {'p50 ms':>7s} {'p95 ms':>7s} "
          f"{'no end':>6s} {'intent acc':>10s}")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

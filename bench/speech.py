"""Speech-to-intent benchmark: sentences from the router's evaluation set, spoken by voices the
recogniser was not tuned on, with noise at several SNRs, through the real recogniser and router.

    .venv/bin/python bench/speech.py [--n 150] [--engine sphinx] [--cache DIR]

Prints a table per engine x voice x scene: intent accuracy, red-flag recall, real-time factor.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.speechgen import Scene, SpeechCache, Voice  # noqa: E402
from voice.audio import read_wav  # noqa: E402
from voice.recognizers import open_recognizer  # noqa: E402
from voice.router import Router  # noqa: E402

VOICES = [Voice("piper", "", 1.0), Voice("piper", "", 1.15), Voice("espeak", "en-gb", 0.95)]
SCENES = {
    "quiet": Scene(),
    "pink 20 dB": Scene("pink", 20.0),
    "babble 20 dB": Scene("babble", 20.0),
    "pink 10 dB": Scene("pink", 10.0),
    "babble 10 dB": Scene("babble", 10.0),
    "pink 5 dB": Scene("pink", 5.0),
}


def eval_cases(n: int, seed: int = 3) -> list[tuple[str, str]]:
    data = yaml.safe_load((REPO / "bench" / "data" / "router_eval.yaml").read_text())
    cases = [(t if isinstance(t, str) else t["text"], intent)
             for intent, items in data["cases"].items() for t in items]
    rng = random.Random(seed)
    flags = [c for c in cases if c[1] == "emergency"]
    rest = [c for c in cases if c[1] != "emergency"]
    k = min(len(flags), max(20, n // 6))
    return rng.sample(flags, k) + rng.sample(rest, n - k)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--engine", default="sphinx")
    ap.add_argument("--cache", default=str(REPO / ".bench-cache" / "speech"))
    args = ap.parse_args()
    cases = eval_cases(args.n)
    cache = SpeechCache(Path(args.cache))
    rec = open_recognizer(args.engine, announce=False)
    router = Router.load()
    print(f"{len(cases)} utterances ({sum(c[1] == 'emergency' for c in cases)} red flags), "
          f"engine {rec.name}")
    print(f"{'voice':18s} {'scene':14s} {'intent acc':>10s} {'red-flag recall':>16s} {'RTF':>6s}")
    for voice in VOICES:
        for name, scene in SCENES.items():
            ok = flags = flags_ok = 0
            decode = audio_s = 0.0
            for text, intent in cases:
                audio = read_wav(cache.clip(text, voice, scene))
                t0 = time.perf_counter()
                utt = rec.transcribe(audio)
                decode += time.perf_counter() - t0
                audio_s += audio.seconds
                got = router.route(utt.text).name
                ok += got == intent
                if intent == "emergency":
                    flags += 1
                    flags_ok += got == "emergency"
            print(f"{voice.label:18s} {name:14s} {ok / len(cases):10.1%} "
                  f"{flags_ok / max(1, flags):16.1%} {decode / audio_s:6.3f}", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

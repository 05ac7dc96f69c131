"""Try the router by hand.

    python -m voice.router "should I use ice or heat"   one line of JSON per text
    python -m voice.router -                            one text per stdin line
    python -m voice.router --sample [INTENT ...]        the expanded sentences (recogniser's view)
"""

from __future__ import annotations

import argparse
import json
import sys

from voice.errors import VoiceError
from voice.router import Router, sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.router", description=__doc__)
    parser.add_argument("text", nargs="*", help="texts to route; '-' reads stdin")
    parser.add_argument("--sample", action="store_true", help="print the expanded sentences")
    args = parser.parse_args(argv)
    try:
        if args.sample:
            for sentence in sentences(args.text or None):
                print(sentence)
            return 0
        texts = sys.stdin.read().splitlines() if args.text == ["-"] else args.text
        if not texts:
            parser.error("give a text to route, '-' for stdin, or --sample")
        router = Router.load()
        for text in texts:
            print(json.dumps(router.route(text).to_dict(), ensure_ascii=False))
    except VoiceError as exc:
        print(f"voice.router: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

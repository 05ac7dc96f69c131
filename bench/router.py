"""Router benchmark: accuracy, safety and speed on bench/data/router_eval.yaml, clean and noisy.

    .venv/bin/python bench/router.py              the table
    .venv/bin/python bench/router.py --errors     ... and every miss
    .venv/bin/python bench/router.py --compare    ... and the classifier alone

Noisy variants come from bench/noise.py (seeded, deterministic). Accuracy counts the intent
name (a CLARIFY guess counts when it is right); "right, no question needed" counts only answers
at or above ACCEPT (and out-of-domain speech rejected); slot accuracy is over utterances with
expected slots whose intent was right; timings are per `route()` call.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.noise import noisy
from voice.messages import Intent
from voice.router import ACCEPT, Router

EVAL_FILE = Path(__file__).resolve().parent / "data" / "router_eval.yaml"
def set_number(path: Path) -> int:
    """router_holdout.yaml is set 1, router_holdoutK.yaml set K."""
    digits = path.stem.removeprefix("router_holdout")
    return int(digits) if digits.isdigit() else 1


HOLDOUT_FILES = tuple(sorted(EVAL_FILE.parent.glob("router_holdout*.yaml"), key=set_number))
"""Held-out checks written after the templates (see the head of each for how blind it is):
router_holdout.yaml, router_holdout2.yaml, ... in that order; bench/speech.py's blind split
reads the same files."""


@dataclass(frozen=True)
class Case:
    text: str
    intent: str
    slots: dict[str, Any] | None = None
    """Expected slots, or None when the case does not check slots."""


@dataclass
class Report:
    name: str
    total: int = 0
    correct: int = 0
    accepted_correct: int = 0
    per_intent: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    red_flags: int = 0
    red_flags_caught: int = 0
    non_emergency: int = 0
    false_emergencies: int = 0
    ood: int = 0
    ood_rejected: int = 0
    slot_cases: int = 0
    slot_correct: int = 0
    times_ms: list[float] = field(default_factory=list)
    misses: list[tuple[Case, Intent]] = field(default_factory=list)

    @staticmethod
    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "-"

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def red_flag_recall(self) -> float:
        return self.red_flags_caught / self.red_flags if self.red_flags else 1.0

    @property
    def false_emergency_rate(self) -> float:
        return self.false_emergencies / self.non_emergency if self.non_emergency else 0.0

    @property
    def ood_rejection(self) -> float:
        return self.ood_rejected / self.ood if self.ood else 1.0

    @property
    def slot_accuracy(self) -> float:
        return self.slot_correct / self.slot_cases if self.slot_cases else 1.0


def load_eval(path: Path = EVAL_FILE) -> tuple[datetime, list[Case]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases = []
    for intent, items in data["cases"].items():
        for item in items:
            if isinstance(item, str):
                cases.append(Case(item, intent))
            else:
                cases.append(Case(str(item["text"]), intent, dict(item.get("slots") or {})))
    return datetime.fromisoformat(data["now"]), cases


def noisy_cases(cases: Sequence[Case]) -> list[Case]:
    return [Case(noisy(c.text), c.intent, c.slots) for c in cases]


def slots_match(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    if set(expected) != set(got):
        return False
    for key, want in expected.items():
        have = got[key]
        if isinstance(want, int | float) and isinstance(have, int | float):
            if abs(want - have) > 0.05:
                return False
        elif str(want) != str(have):
            return False
    return True


def evaluate(route: Callable[[str], Intent], cases: Sequence[Case], name: str) -> Report:
    report = Report(name)
    for case in cases:
        start = time.perf_counter()
        got = route(case.text)
        report.times_ms.append((time.perf_counter() - start) * 1000)
        ok = got.name == case.intent
        report.total += 1
        report.correct += ok
        # Settled without a question: acted on (>= ACCEPT) and right, or rightly ignored.
        report.accepted_correct += ok and (got.confidence >= ACCEPT or case.intent == "unknown")
        report.per_intent[case.intent][0] += ok
        report.per_intent[case.intent][1] += 1
        if case.intent == "emergency":
            report.red_flags += 1
            report.red_flags_caught += got.name == "emergency"
        else:
            report.non_emergency += 1
            report.false_emergencies += got.name == "emergency"
        if case.intent == "unknown":
            report.ood += 1
            report.ood_rejected += ok
        if case.slots is not None and ok:
            report.slot_cases += 1
            report.slot_correct += slots_match(case.slots, got.slots)
        if not ok or (case.slots is not None and not slots_match(case.slots, got.slots)):
            report.misses.append((case, got))
    return report


def print_table(reports: Sequence[Report]) -> None:
    head = f"{'':28}" + "".join(f"{r.name:>18}" for r in reports)
    print(head)
    print("-" * len(head))

    def row(label: str, cells: Sequence[str]) -> None:
        print(f"{label:28}" + "".join(f"{c:>18}" for c in cells))

    def share(part: int, whole: int) -> str:
        return f"{Report.pct(part, whole)} ({part}/{whole})"

    row("utterances", [str(r.total) for r in reports])
    row("accuracy", [share(r.correct, r.total) for r in reports])
    row("right, no question needed", [Report.pct(r.accepted_correct, r.total) for r in reports])
    row("red-flag recall", [share(r.red_flags_caught, r.red_flags) for r in reports])
    row("false emergencies", [share(r.false_emergencies, r.non_emergency) for r in reports])
    row("out-of-domain rejected", [share(r.ood_rejected, r.ood) for r in reports])
    row("slots right (intent right)", [share(r.slot_correct, r.slot_cases) for r in reports])
    row("route ms mean", [f"{statistics.fmean(r.times_ms):.2f}" for r in reports])
    row("route ms p99", [f"{_p99(r.times_ms):.2f}" for r in reports])
    print()
    print(f"{'intent':28}" + "".join(f"{r.name:>18}" for r in reports))
    print("-" * len(head))
    for intent in sorted(reports[0].per_intent):
        row(intent, [share(*r.per_intent[intent]) for r in reports])


def _p99(times: Sequence[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def print_misses(report: Report) -> None:
    print(f"\nmisses ({report.name}):")
    for case, got in report.misses:
        print(f"  {case.intent:>16} <- {got.name:<16} {got.confidence:.2f} {case.text!r}"
              + (f" slots {got.slots} want {case.slots}" if case.slots is not None else ""))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--compare", action="store_true", help="also run the classifier alone")
    parser.add_argument("--holdout", action="store_true",
                        help="also run the held-out sets (written after the templates)")
    args = parser.parse_args(argv)

    now, cases = load_eval()
    noisy_set = noisy_cases(cases)
    start = time.perf_counter()
    router = Router.load(clock=lambda: now)
    load_s = time.perf_counter() - start
    router.route("warm up")
    reports = [evaluate(router.route, cases, "clean"), evaluate(router.route, noisy_set, "noisy")]
    for path in HOLDOUT_FILES if args.holdout else ():
        i = set_number(path)
        held_now, held = load_eval(path)
        held_router = Router.load(clock=lambda held_now=held_now: held_now)
        reports += [evaluate(held_router.route, held, f"holdout{i}"),
                    evaluate(held_router.route, noisy_cases(held), f"holdout{i} noisy")]
    if args.compare:
        from bench.alt_classifier import ClassifierRouter

        alt = ClassifierRouter.train(clock=lambda: now)
        reports += [evaluate(alt.route, cases, "alt clean"),
                    evaluate(alt.route, noisy_set, "alt noisy")]
    print(f"router load: {load_s:.2f} s\n")
    print_table(reports)
    if args.errors:
        for report in reports:
            print_misses(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

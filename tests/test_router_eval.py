"""The router on its evaluation set (bench/data/router_eval.yaml), clean and with simulated
recognition errors: accuracy floors a little under the targets in bench/router.py. Timings are
the benchmark's business, not this test's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.router import Report, evaluate, load_eval, noisy_cases
from voice.router import Router


@pytest.fixture(scope="module")
def reports() -> tuple[Report, Report]:
    now, cases = load_eval()
    router = Router.load(clock=lambda: now)
    noisy = noisy_cases(cases)
    return evaluate(router.route, cases, "clean"), evaluate(router.route, noisy, "noisy")


def test_the_eval_set_is_as_big_and_varied_as_promised() -> None:
    _, cases = load_eval()
    by_intent: dict[str, int] = {}
    for case in cases:
        by_intent[case.intent] = by_intent.get(case.intent, 0) + 1
    log_and_stretch = ("start_stretches", "next", "again", "pause", "resume", "hurts",
                       "log_medicine", "log_pain", "log_activity", "last_medicine", "log_summary")
    assert len(cases) >= 360
    assert by_intent["emergency"] >= 40
    assert by_intent["unknown"] >= 40
    assert sum(by_intent[i] for i in log_and_stretch) >= 60
    assert all(n >= 8 for i, n in by_intent.items() if i not in log_and_stretch)


def test_clean_accuracy(reports: tuple[Report, Report]) -> None:
    assert reports[0].accuracy >= 0.95


def test_noisy_accuracy(reports: tuple[Report, Report]) -> None:
    assert reports[1].accuracy >= 0.85


def test_every_red_flag_report_is_caught(reports: tuple[Report, Report]) -> None:
    clean = reports[0]
    assert clean.red_flag_recall == 1.0, [c.text for c, got in clean.misses
                                          if c.intent == "emergency"]


def test_false_emergencies_stay_rare(reports: tuple[Report, Report]) -> None:
    assert reports[0].false_emergency_rate <= 0.01
    assert reports[1].false_emergency_rate <= 0.01


def test_speech_not_for_the_assistant_is_rejected(reports: tuple[Report, Report]) -> None:
    assert reports[0].ood_rejection >= 0.93


def test_slots_are_read_right(reports: tuple[Report, Report]) -> None:
    assert reports[0].slot_accuracy >= 0.96

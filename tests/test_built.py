"""What is built from our own files: a first start says it is getting ready, `voice prepare`
builds ahead, and old builds do not pile up in the cache dir."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.conftest import run_voice
from voice import built
from voice.recognizers.sphinx_model import build_domain

DAY = 86400.0


def test_a_first_start_says_it_is_getting_ready_once_and_prepare_builds_ahead(
        tmp_path: Path, voice_cache: Path) -> None:
    wav = tmp_path / "q.wav"
    subprocess.run(["espeak-ng", "-w", str(wav), "should I use ice or heat"], check=True)
    env = {**os.environ, "VOICE_CACHE": str(tmp_path / "empty-cache")}
    # The classifier's weights come from the run's cache: training them again here would add
    # a minute to the suite. The speech model and the router's samples are built here, and
    # two builds in one process saying so once is `test_two_builds_in_one_process_...`.
    (tmp_path / "empty-cache").mkdir()
    for weights in voice_cache.glob("intents-*.npz"):
        shutil.copy(weights, tmp_path / "empty-cache")

    first = run_voice("ask", "--no-speak", "--wav", str(wav), env=env)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("getting ready") == 1, first.stderr
    assert "ice" in first.stdout.lower()
    cache = tmp_path / "empty-cache"
    assert len(list(cache.glob("sphinx-*"))) == 1
    assert len(list(cache.glob("intents-*.npz"))) == 1

    again = run_voice("prepare", env=env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("ready"), again.stdout
    assert "getting ready" not in again.stderr

    typed = run_voice("ask", "--no-speak", "ice or heat?", env=env)
    assert typed.stderr == "", typed.stderr


def test_two_builds_in_one_process_say_so_once(tmp_path: Path) -> None:
    said: list[str] = []
    built.announce_builds(said.append)
    try:
        built.building(tmp_path, tmp_path / "intents-new.npz")
        built.building(tmp_path, tmp_path / "sphinx-new")
    finally:
        built.announce_builds(None)
    assert said == [built.NOTICE]


def test_builds_not_used_for_a_month_are_removed_and_nothing_else(tmp_path: Path) -> None:
    now = time.time()
    old, fresh, keep = (tmp_path / n for n in ("sphinx-old", "sphinx-fresh", "sphinx-keep"))
    for d in (old, fresh, keep):
        d.mkdir()
        (d / "domain.lm").write_text("x")
    weights = tmp_path / "intents-old.npz"
    half_built = tmp_path / ".sphinx-new.abc"
    mine = tmp_path / "notes.txt"
    weights.write_text("x")
    half_built.mkdir()
    mine.write_text("x")
    for path in (old, keep, weights, half_built, mine):
        os.utime(path, (now - 40 * DAY, now - 40 * DAY))
    os.utime(fresh, (now - 20 * DAY, now - 20 * DAY))

    removed = built.prune(tmp_path, keep, now=now)

    assert sorted(p.name for p in removed) == [".sphinx-new.abc", "intents-old.npz", "sphinx-old"]
    assert fresh.exists() and keep.exists() and mine.exists()
    assert not old.exists() and not weights.exists() and not half_built.exists()


def test_a_model_in_use_is_kept_fresh_and_a_new_build_prunes_stale_ones(tmp_path: Path) -> None:
    first = build_domain(["stop the timer"], tmp_path).lm.parent
    month_ago = time.time() - 40 * DAY
    os.utime(first, (month_ago, month_ago))
    assert build_domain(["stop the timer"], tmp_path).lm.parent == first
    assert first.stat().st_mtime > time.time() - 60  # read from the cache: marked as used

    os.utime(first, (month_ago, month_ago))
    second = build_domain(["start a heat timer"], tmp_path).lm.parent
    assert second != first and second.exists()
    assert not first.exists()

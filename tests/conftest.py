"""Shared fixtures. Every test gets its own $VOICE_HOME so no state leaks between tests; what is
built from our own files (speech model, intent classifier: $VOICE_CACHE) is built once per run."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.speechgen import SpeechCache

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True, scope="session")
def voice_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        path = tmp_path_factory.mktemp("voice-cache")
        mp.setenv("VOICE_CACHE", str(path))
        # Built first, as scripts/setup does (`voice prepare`): otherwise whichever `voice`
        # command a test runs first would also print the one-time "getting ready" line.
        from voice.cli import cmd_prepare

        with contextlib.redirect_stdout(io.StringIO()):
            cmd_prepare(argparse.Namespace())
        yield path


@pytest.fixture(autouse=True)
def voice_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "voice-home"
    home.mkdir()
    monkeypatch.setenv("VOICE_HOME", str(home))
    yield home


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in UTC, so spoken clock times ("until 10:28") are the same on every machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def cache(tmp_path_factory: pytest.TempPathFactory) -> SpeechCache:
    """Speech synthesised at test time, once per run for every test that asks for it."""
    return SpeechCache(tmp_path_factory.mktemp("speech"))


@pytest.fixture(scope="session")
def sphinx(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One pocketsphinx recogniser for the run (its language model is built in $VOICE_CACHE)."""
    from voice.recognizers.sphinx import SphinxRecognizer

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VOICE_HOME", str(tmp_path_factory.mktemp("sphinx-home")))
        return SphinxRecognizer()


def run_voice(*args: str, env: dict[str, str] | None = None, input: str | None = None,
              timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real `voice` command (python -m voice) in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "voice", *args],
        cwd=REPO, env=env if env is not None else dict(os.environ), input=input,
        capture_output=True, text=True, timeout=timeout,
    )

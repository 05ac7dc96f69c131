"""Where things are kept: state under $VOICE_HOME, what is rebuilt from our files in the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.paths import cache_dir, voice_home


def test_the_cache_is_voice_cache_when_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOICE_CACHE", str(tmp_path / "built"))
    assert cache_dir() == tmp_path / "built"
    assert cache_dir().is_dir()


def test_the_cache_is_under_voice_home_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOICE_CACHE")
    assert cache_dir() == voice_home() / "cache"
    assert cache_dir().is_dir()

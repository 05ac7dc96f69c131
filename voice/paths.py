"""Where state, settings and downloaded models live: $VOICE_HOME, else the XDG data dir.
What is built from our own files (speech model, intent classifier) is kept in $VOICE_CACHE,
else $VOICE_HOME/cache: it can be deleted at any time and is rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def voice_home() -> Path:
    env = os.environ.get("VOICE_HOME")
    base = Path(env).expanduser() if env else Path(user_data_dir("voice", appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def models_dir() -> Path:
    path = voice_home() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    env = os.environ.get("VOICE_CACHE")
    path = Path(env).expanduser() if env else voice_home() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path

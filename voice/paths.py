"""Where state, settings and downloaded models live: $VOICE_HOME, else the XDG data dir."""

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

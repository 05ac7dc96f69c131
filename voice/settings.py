"""Settings a person may change by voice or by editing $VOICE_HOME/settings.json."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from voice.errors import StateError
from voice.fileio import atomic_write_text, quarantine
from voice.tts import DEFAULT_RATE, MAX_RATE, MIN_RATE


@dataclass
class Settings:
    rate: int = DEFAULT_RATE
    """Speaking rate, words a minute."""
    voice: str | None = None
    """espeak-ng voice name, or "piper"."""
    engine: str = "auto"
    """Recogniser: auto, vosk or sphinx."""
    input_device: str | None = None
    output_device: str | None = None
    disclaimer_heard: bool = False
    """The one-time disclaimer has been spoken."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        s = cls(**{k: v for k, v in data.items() if k in known})
        s.rate = max(MIN_RATE, min(MAX_RATE, int(s.rate)))
        return s


def settings_path(home: Path) -> Path:
    return home / "settings.json"


def load_settings(home: Path) -> Settings:
    path = settings_path(home)
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return Settings.from_dict(data)
    except (ValueError, TypeError) as exc:
        moved = quarantine(path)
        raise StateError(
            f"{path} was unreadable ({exc}); it was moved to {moved.name} and defaults are used"
        ) from None


def save_settings(home: Path, settings: Settings) -> None:
    atomic_write_text(settings_path(home), json.dumps(asdict(settings), indent=2) + "\n")

"""Speech recognisers: vosk (primary, needs a downloaded model) and pocketsphinx (embedded)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from voice.errors import ModelError
from voice.recognizers.base import Recognizer, Stream

__all__ = ["Recognizer", "Stream", "installed_english_model", "open_recognizer"]


def installed_english_model() -> Path | None:
    """An English vosk model: $VOICE_VOSK_MODEL, else one installed by `voice models`."""
    env = os.environ.get("VOICE_VOSK_MODEL")
    if env:
        return Path(env)
    from voice.paths import models_dir

    for path in sorted(models_dir().glob("*en-us*")):
        if path.is_dir():
            return path
    return None


def open_recognizer(engine: str = "auto", model_dir: str | None = None,
                    announce: bool = True) -> Recognizer:
    """The recogniser asked for; with "auto", vosk when an English model is installed."""
    from voice.recognizers.domain import domain_sentences

    if engine not in ("auto", "vosk", "sphinx"):
        raise ModelError(f"unknown engine {engine!r}; use auto, vosk or sphinx")
    model = Path(model_dir) if model_dir else installed_english_model()
    if engine == "vosk" or (engine == "auto" and model is not None):
        from voice.recognizers.vosk_engine import VoskRecognizer

        if model is None:
            raise ModelError("no English vosk model is installed; get one with: "
                             "voice models download small-en-us, or use --engine sphinx")
        words = sorted({w for s in domain_sentences() for w in s.split()})
        if announce and engine == "auto":
            print(f"voice: using vosk with {model}", file=sys.stderr)
        return VoskRecognizer(model, words)
    from voice.recognizers.sphinx import SphinxRecognizer

    if announce and engine == "auto":
        print("voice: using pocketsphinx; for better recognition run: "
              "voice models download small-en-us", file=sys.stderr)
    return SphinxRecognizer()

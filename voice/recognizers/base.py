"""What every recogniser offers: whole-utterance decoding and a streaming session."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from voice.audio import RATE, Audio, read_wav
from voice.messages import Utterance
from voice.recognizers.endpoint import Complete

Block = npt.NDArray[np.int16]


class Stream(Protocol):
    """One streaming session: feed microphone blocks, learn when an utterance ended."""

    def accept(self, block: Block) -> bool:
        """Take 16 kHz mono int16 samples; True when an utterance just ended."""

    def partial(self) -> str:
        """The words heard so far in the current utterance."""

    def result(self) -> Utterance:
        """The utterance that just ended."""

    def reset(self) -> None:
        """Forget everything heard so far."""


class Recognizer(Protocol):
    name: str
    """"vosk" or "sphinx"."""

    def transcribe(self, audio: Audio) -> Utterance: ...

    def transcribe_file(self, path: Path | str) -> Utterance: ...

    def stream(self, complete: Complete | None = None) -> Stream:
        """A streaming session. `complete(words)` says after how much silence the words heard
        so far make a whole request, so the session need not wait out a long silence."""
        ...


class FileMixin:
    """transcribe_file in terms of transcribe, timing the whole decode."""

    def transcribe(self, audio: Audio) -> Utterance:
        raise NotImplementedError

    def transcribe_file(self, path: Path | str) -> Utterance:
        audio = read_wav(path, RATE)
        started = time.perf_counter()
        utt = self.transcribe(audio)
        return Utterance(utt.text, utt.confidence, (time.perf_counter() - started) * 1000.0)

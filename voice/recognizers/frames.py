"""Microphone blocks cut into the 30 ms frames voice-activity detection works on, each with a
verdict: is this the person speaking? pocketsphinx's detector (no model download, works for
either engine) says whether it is speech, and the level gate whether it is the person rather
than a TV behind them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from voice.audio import RATE
from voice.recognizers.level import LevelGate

FRAME_S = 0.03
VAD_MODE = 3
"""pocketsphinx Vad aggressiveness (0 loose .. 3 strict): strict enough that room noise and a
breath after the last word count as silence."""


class VoicedFrames:
    def __init__(self) -> None:
        from pocketsphinx import Vad

        self._vad: Any = Vad(VAD_MODE, RATE, FRAME_S)
        self.frame_bytes = int(self._vad.frame_bytes)
        self.frame_s = float(self._vad.frame_length)
        self._level = LevelGate()
        self._pending = b""

    def frames(self, data: bytes) -> Iterator[bytes]:
        """Whole frames of what has come in so far; the rest waits for the next block."""
        self._pending += data
        while len(self._pending) >= self.frame_bytes:
            frame = self._pending[:self.frame_bytes]
            self._pending = self._pending[self.frame_bytes:]
            yield frame

    def voiced(self, frame: bytes, in_utterance: bool) -> bool:
        return self._level.voiced(frame, bool(self._vad.is_speech(frame)), in_utterance)

    @property
    def floor_db(self) -> float:
        """The background level, from the level gate."""
        return self._level.floor_db

    @property
    def recent_db(self) -> list[float]:
        return self._level.recent_db

    def clear(self) -> None:
        self._pending = b""

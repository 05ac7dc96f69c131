"""Telling the person's voice from voices in the background (a TV, people talking) by level.

A voice-activity detector answers "is this speech?", and a TV is speech too: with one on, the
detector never hears the person stop. The person is, though, louder than the background they
are heard over. This gate tracks the background level (a low percentile of recent frame
energies) and the level of the current utterance, and counts a frame as the person's voice only
when the detector says speech *and* it stands well clear of the background."""

from __future__ import annotations

from collections import deque

import numpy as np

FLOOR_FRAMES = 200
"""Frames (6 s of 30 ms frames) over which the background level is estimated."""
FLOOR_PERCENTILE = 20
CLEAR_DB = 6.0
"""A frame must be at least this far above the background to be the person's voice..."""
SHARE = 0.35
"""...and, once an utterance is under way, above this share of the way (in dB) from the
background to the utterance's loud frames."""


def frame_db(frame: bytes) -> float:
    x = np.frombuffer(frame, dtype=np.int16).astype(np.float64)
    return float(10.0 * np.log10(np.mean(x * x) + 1.0))


class LevelGate:
    def __init__(self) -> None:
        self._recent: deque[float] = deque(maxlen=FLOOR_FRAMES)
        self._speech: list[float] = []
        self.floor_db = 0.0
        """The background level now (dB of 16-bit frame power)."""

    @property
    def recent_db(self) -> list[float]:
        """The levels of the last FLOOR_FRAMES frames."""
        return list(self._recent)

    def voiced(self, frame: bytes, vad_says: bool, in_utterance: bool) -> bool:
        db = frame_db(frame)
        self._recent.append(db)
        floor = self.floor_db = float(np.percentile(self._recent, FLOOR_PERCENTILE))
        if not in_utterance:
            self._speech.clear()
        threshold = floor + CLEAR_DB
        if self._speech:
            loud = float(np.percentile(self._speech, 90))
            threshold = max(threshold, floor + SHARE * (loud - floor))
        voiced = vad_says and db >= threshold
        if voiced:
            self._speech.append(db)
        return voiced

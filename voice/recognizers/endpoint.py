"""When has the person finished speaking? Decided frame by frame from voice activity and from
what has been heard so far.

A fixed silence wait is the biggest part of an assistant's response time. People answer each
other after about 200 ms, so we end early when the words heard so far already make a complete,
confident request ("should I use ice or heat"), and wait longer when they do not ("I can't
feel my ..."), since then the person is probably still speaking. With steady background noise
(a TV) the voice-activity detector may never report silence: a complete request whose words
have stopped changing ends the utterance too, and nothing runs past MAX_S.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

QUICK_END_S = 0.12
"""The shortest silence that can end an utterance: the words so far are first weighed then."""
SLOW_END_S = 0.6
"""Silence after anything that is not a whole request: the person may only be pausing."""
STABLE_S = 0.9
"""A complete request whose words have not changed for this long ends even without silence
(speech over a TV: the detector hears voices all the time)."""
NOISY_SLACK = 1.5
"""In a noisy room (speech over steady noise, heard through RNNoise) the detector finds gaps
inside words: every wait longer than QUICK_END_S is this much longer there. At 200 ms instead
of 300 ms, short and less sure requests in pink noise at 5 dB were cut mid-word often enough to
cost 6 points of intent accuracy (bench/endpointing.py)."""
START_FRAMES = 3
"""Speech starts after this many voiced frames among the last START_WINDOW."""
START_WINDOW = 4
MAX_S = 12.0
"""No request is this long: end it anyway, so a noisy room cannot hold the microphone open."""

Complete = Callable[[str], "float | None"]
"""For the words heard so far: the silence (seconds) after which they are a whole request worth
answering, or None when they are not one (voice.router.complete decides)."""


@dataclass
class EndDecision:
    started: bool = False
    ended: bool = False


class EndDetector:
    """Feed one verdict per frame; it says when speech starts and when it ends.

    The words are asked for only when they matter (once per pause, or now and then for the
    stability check), since decoding a hypothesis costs."""

    def __init__(self, frame_s: float, complete: Complete | None = None) -> None:
        self.frame_s = frame_s
        self.complete = complete
        self._quick = max(1, round(QUICK_END_S / frame_s))
        self._slow = max(self._quick, round(SLOW_END_S / frame_s))
        self._stable = max(1, round(STABLE_S / frame_s))
        self._max = round(MAX_S / frame_s)
        self.noisy = False
        """Set by the stream when it judges the room noisy: longer waits (NOISY_SLACK)."""
        self.reset()

    def reset(self) -> None:
        self.in_speech = False
        self._recent: list[bool] = []
        self._frames = 0
        self._silent = 0
        self._wait: int | None = None
        """Frames of silence this pause needs, once its words have been weighed."""
        self._last_words = ""
        self._same = 0

    def frame(self, voiced: bool, partial: Callable[[], str],
              final: Callable[[], str] | None = None) -> EndDecision:
        """One frame's verdict. `partial()` gives the words so far; `final()`, when given, the
        recogniser's best transcript if the utterance ended here (asked once per pause)."""
        if not self.in_speech:
            self._recent = [*self._recent[-(START_WINDOW - 1):], voiced]
            if sum(self._recent) >= START_FRAMES:
                self.in_speech = True
                self._frames = len(self._recent)
                self._silent = 0
                return EndDecision(started=True)
            return EndDecision()
        self._frames += 1
        self._silent = 0 if voiced else self._silent + 1
        if self._silent >= self._slow or self._frames >= self._max:
            return self._end()
        if self.complete is None:
            return EndDecision()
        if self._silent == 0:
            self._wait = None
            if self._frames % 3 == 0:  # stability, a few times a second
                words = partial()
                self._same = self._same + 3 if words == self._last_words else 0
                self._last_words = words
                if self._same >= self._stable and self._wait_for(words) is not None:
                    return self._end()
            return EndDecision()
        if self._silent == self._quick:
            self._wait = self._wait_for((final or partial)())
        if self._wait is not None and self._silent >= self._wait:
            return self._end()
        return EndDecision()

    def _wait_for(self, words: str) -> int | None:
        if not words.strip() or self.complete is None:
            return None
        seconds = self.complete(words)
        if seconds is None:
            return None
        if self.noisy and seconds > QUICK_END_S:
            seconds *= NOISY_SLACK
        return max(self._quick, round(seconds / self.frame_s))

    def _end(self) -> EndDecision:
        self.reset()
        return EndDecision(ended=True)

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
"""Silence after a complete, confident request before it is taken as finished."""
SHORT_END_S = 0.3
"""The same for a request of one or two words: "is it ..." or "right ..." make whole answers
("yes") on their own, and a short pause after a sentence's first words is common."""
SHORT_WORDS = 2
SLOW_END_S = 0.6
"""Silence after anything else: the person may only be pausing."""
STABLE_S = 0.9
"""A complete request whose words have not changed for this long ends even without silence
(speech over a TV: the detector hears voices all the time)."""
START_FRAMES = 3
"""Speech starts after this many voiced frames among the last START_WINDOW."""
START_WINDOW = 4
MAX_S = 12.0
"""No request is this long: end it anyway, so a noisy room cannot hold the microphone open."""

Complete = Callable[[str], bool]
"""True when the words heard so far make a whole request worth answering now."""


@dataclass
class EndDecision:
    started: bool = False
    ended: bool = False


class EndDetector:
    """Feed one verdict per frame; it says when speech starts and when it ends.

    `partial` is asked for the words heard so far only when they matter (after a little
    silence, or now and then for the stability check), since decoding a hypothesis costs."""

    def __init__(self, frame_s: float, complete: Complete | None = None) -> None:
        self.frame_s = frame_s
        self.complete = complete
        self._quick = max(1, round(QUICK_END_S / frame_s))
        self._short = max(self._quick, round(SHORT_END_S / frame_s))
        self._slow = max(self._quick, round(SLOW_END_S / frame_s))
        self._stable = max(1, round(STABLE_S / frame_s))
        self._max = round(MAX_S / frame_s)
        self.reset()

    def reset(self) -> None:
        self.in_speech = False
        self._recent: list[bool] = []
        self._frames = 0
        self._silent = 0
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
        if self._silent in (self._quick, self._short):
            words = (final or partial)()
            enough = self._silent == self._short or len(words.split()) > SHORT_WORDS
            if enough and self._is_complete(words):
                return self._end()
        elif self._silent == 0 and self._frames % 3 == 0:  # stability, a few times a second
            words = partial()
            self._same = self._same + 3 if words == self._last_words else 0
            self._last_words = words
            if self._same >= self._stable and self._is_complete(words):
                return self._end()
        return EndDecision()

    def _is_complete(self, words: str) -> bool:
        return bool(words.strip()) and self.complete is not None and self.complete(words)

    def _end(self) -> EndDecision:
        self.reset()
        return EndDecision(ended=True)

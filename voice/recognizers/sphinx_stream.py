"""pocketsphinx streaming: every frame goes to the decoder as it arrives (so the words heard so
far are always current, for barge-in and for ending early), pocketsphinx's voice-activity
detector marks each frame voiced or not, and voice.recognizers.endpoint decides where the
utterance starts and ends.

pocketsphinx's own Endpointer hands frames on only after its 0.3 s decision window, which
delays both the transcript and "stop" by that much; its VAD alone has no such delay."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

import numpy as np

from voice.messages import Utterance
from voice.recognizers.base import Block
from voice.recognizers.endpoint import Complete, EndDetector
from voice.recognizers.frames import VoicedFrames
from voice.recognizers.sphinx import _utterance, dither

PRE_ROLL_S = 0.3
"""Audio kept from before speech was detected: the start of the first word."""
SPECULATE_MAX_S = 6.0
SPECULATE_TIMES = 3
"""Limits on ending an utterance at a pause to see its final transcript: each time the person
goes on, the whole utterance is decoded again."""


class SphinxStream:
    """Blocks in; True from accept() when an utterance has just ended."""

    def __init__(self, decoder: Any, complete: Complete | None = None) -> None:
        self._decoder = decoder
        self._frames = VoicedFrames()
        self._end = EndDetector(self._frames.frame_s, complete)
        self._pre: deque[bytes] = deque(maxlen=max(1, round(PRE_ROLL_S / self._frames.frame_s)))
        self._in_utt = False
        self._utt: list[bytes] = []
        """This utterance's frames, kept to decode again after a mid-sentence pause."""
        self._speculated = 0
        self._early: Utterance | None = None
        """The transcript taken at a pause (the decoder's utterance is then closed)."""
        self._result = Utterance("", 0.0)
        self._blocks = 0

    def accept(self, block: Block) -> bool:
        self._blocks += 1
        data = dither(np.asarray(block, dtype=np.int16), self._blocks).tobytes()
        ended = False
        for frame in self._frames.frames(data):
            ended = self._take(frame) or ended
        return ended

    def _take(self, frame: bytes) -> bool:
        voiced = self._frames.voiced(frame, self._in_utt)
        if self._in_utt:
            self._utt.append(frame)
            if self._early is not None and voiced:
                self._resume()  # the pause was not the end: decode on from the start
            elif self._early is None:
                self._decoder.process_raw(frame)
        decision = self._end.frame(voiced, self.partial, self._final)
        if decision.started:
            self._decoder.start_utt()
            self._in_utt = True
            self._speculated = 0
            self._utt = [*self._pre, frame]
            for earlier in self._utt:
                self._decoder.process_raw(earlier)
            self._pre.clear()
        elif not self._in_utt:
            self._pre.append(frame)
        if decision.ended and self._in_utt:
            self._result = self._early or self._end_utt()
            self._early = None
            self._in_utt = False
            self._utt = []
            return True
        return False

    def _final(self) -> str:
        """The transcript if the utterance ended now. The decoder's second pass only runs at
        the end of an utterance, so end it; should the person go on speaking, _resume decodes
        the whole utterance again (a little catching up, only after a pause mid-sentence).
        Long or often-paused speech is judged on the first pass instead, so catching up stays
        bounded."""
        if self._early is not None:
            return self._early.text
        speaking_s = len(self._utt) * self._frames.frame_s
        if speaking_s > SPECULATE_MAX_S or self._speculated >= SPECULATE_TIMES:
            return self.partial()
        self._speculated += 1
        self._early = self._end_utt()
        return self._early.text

    def _resume(self) -> None:
        self._early = None
        self._decoder.start_utt()
        for frame in self._utt:
            self._decoder.process_raw(frame)

    def _end_utt(self) -> Utterance:
        started = time.perf_counter()
        self._decoder.end_utt()
        return _utterance(self._decoder, (time.perf_counter() - started) * 1000)

    def partial(self) -> str:
        if not self._in_utt:
            return ""
        if self._early is not None:
            return self._early.text
        hyp = self._decoder.hyp()
        return str(hyp.hypstr) if hyp is not None else ""

    def result(self) -> Utterance:
        return self._result

    def reset(self) -> None:
        if self._in_utt and self._early is None:
            self._decoder.end_utt()
        self._in_utt = False
        self._early = None
        self._utt = []
        self._end.reset()
        self._pre.clear()
        self._frames.clear()
        self._blocks = 0
        self._result = Utterance("", 0.0)


"""From microphone blocks to utterances: the recogniser's endpointer says when one ends.

While the assistant is speaking, the microphone also hears the assistant. Then only a stop
word counts, caught from the partial result so playback ends quickly (barge-in); everything
else heard while speaking is thrown away, and the recogniser is reset once speech ends, so
the assistant never answers its own voice."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any, Protocol

from voice.loop import STOP_WORDS, Heard

ECHO_TAIL_S = 0.3
"""After speaking ends, this much audio is dropped: the room's echo of our own voice."""


class Stream(Protocol):
    def accept(self, block: Any) -> bool: ...
    def partial(self) -> str: ...
    def result(self) -> Any: ...
    def reset(self) -> None: ...


def utterances(stream: Stream, blocks: Iterator[Any], speaking: threading.Event,
               block_s: float) -> Iterator[Heard]:
    was_speaking = False
    drop_s = 0.0
    for block in blocks:
        if speaking.is_set():
            if not was_speaking:
                stream.reset()
                was_speaking = True
            ended = stream.accept(block)
            words = (stream.partial() if not ended else stream.result().text).split()
            if any(w in STOP_WORDS for w in words[-2:]):
                stream.reset()
                yield Heard("stop")
            elif "hurts" in words[-2:]:
                stream.reset()
                yield Heard("that hurts")
            elif ended:
                stream.reset()
            continue
        if was_speaking:
            was_speaking = False
            stream.reset()
            drop_s = ECHO_TAIL_S
        if drop_s > 0:
            drop_s -= block_s
            continue
        if stream.accept(block):
            started = time.perf_counter()
            utt = stream.result()
            stream.reset()
            if utt.text.strip():
                yield Heard(utt.text, utt.stt_ms if utt.stt_ms is not None else
                            (time.perf_counter() - started) * 1000.0)

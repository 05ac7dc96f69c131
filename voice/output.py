"""Speaking a Reply: synthesise the first sentence first and start playing it while the rest
is rendered, so the person hears the answer sooner; "stop" cuts it off."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from voice.audio import Audio, concat, silence
from voice.messages import Reply, Segment
from voice.speaker import Speaker
from voice.tts import Synthesizer, split_sentences


def chunks_of(reply: Reply) -> list[Segment]:
    """The reply cut into speakable pieces: sentences, keeping the pauses of guided steps."""
    pieces: list[Segment] = []
    for seg in reply.spoken_segments():
        sentences = split_sentences(seg.text) or [seg.text]
        pieces += [Segment(s) for s in sentences[:-1]]
        pieces.append(Segment(sentences[-1], seg.pause_s))
    return [p for p in pieces if p.text.strip()]


def render(synth: Synthesizer, reply: Reply) -> Audio:
    """The whole reply as one piece of audio (for --out and tests)."""
    parts: list[Audio] = []
    rate = 22050
    for piece in chunks_of(reply):
        audio = synth.synthesize(piece.text)
        rate = audio.rate
        parts.append(audio)
        if piece.pause_s:
            parts.append(silence(piece.pause_s, rate))
    return concat(parts, rate)


@dataclass
class Spoken:
    completed: bool
    """False when stop() cut it short."""
    first_audio_ms: float
    """Time from the call until the first audio was ready to play."""


class SpeechOutput:
    def __init__(self, synth: Synthesizer, speaker: Speaker) -> None:
        self.synth = synth
        self.speaker = speaker
        self._stopped = threading.Event()

    def stop(self) -> None:
        self._stopped.set()
        self.speaker.stop()

    @property
    def speaking(self) -> bool:
        return self.speaker.playing.is_set()

    def speak(self, reply: Reply) -> Spoken:
        """Play the reply, rendering sentence by sentence ahead of playback. Raises
        AudioDeviceError when nothing can be played."""
        self._stopped.clear()
        started = time.perf_counter()
        pieces = chunks_of(reply)
        if not pieces:
            return Spoken(True, 0.0)
        ready: queue.Queue[Audio | BaseException | None] = queue.Queue(maxsize=4)

        def produce() -> None:
            try:
                for piece in pieces:
                    if self._stopped.is_set():
                        break
                    audio = self.synth.synthesize(piece.text)
                    if piece.pause_s:
                        audio = concat([audio, silence(piece.pause_s, audio.rate)], audio.rate)
                    ready.put(audio)
            except BaseException as exc:  # handed to the playing thread, which raises it
                ready.put(exc)
            finally:
                ready.put(None)

        worker = threading.Thread(target=produce, name="voice-tts", daemon=True)
        worker.start()
        first_ms: list[float] = []

        def pieces_ready() -> Iterator[Audio]:
            while not self._stopped.is_set():
                item = ready.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                if not first_ms:
                    first_ms.append((time.perf_counter() - started) * 1000.0)
                yield item

        try:
            completed = self.speaker.play_all(pieces_ready()) and not self._stopped.is_set()
        finally:
            self._stopped.set()
            while worker.is_alive():
                with contextlib.suppress(queue.Empty):
                    ready.get(timeout=0.05)
            worker.join()
        return Spoken(completed, first_ms[0] if first_ms else 0.0)

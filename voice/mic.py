"""Microphone capture with sounddevice: 16 kHz mono int16 in small blocks through a bounded
queue, so no block is lost when the recogniser is briefly busy; PortAudio's own input
overflows are counted in `overflows`.

A live microphone delivers in real time. A source that delivers faster (an ALSA file device, a
loopback) is paced to real time here, so endpointing, barge-in and timer prompts behave with it
exactly as they do with a person speaking."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import numpy as np

from voice.audio import RATE
from voice.errors import AudioDeviceError
from voice.recognizers.base import Block
from voice.speaker import _sd, resolve_device

QUEUE_SECONDS = 10.0
"""How much audio may wait for the recogniser before blocks are dropped."""


class Microphone:
    def __init__(self, device: str | int | None = None, block_ms: int = 30) -> None:
        self.device_spec = device
        self.block = int(RATE * block_ms / 1000)
        self.block_s = self.block / RATE
        self._queue: queue.Queue[Block] = queue.Queue(maxsize=int(QUEUE_SECONDS / self.block_s))
        self.overflows = 0
        """Blocks dropped because the consumer fell behind, plus PortAudio input overflows."""
        self._stream: Any = None
        self._closing = False

    def _callback(self, indata: Any, frames: int, when: Any, status: Any) -> None:
        if status and status.input_overflow:
            self.overflows += 1
        block = np.array(indata[:, 0], dtype=np.int16)
        # Back-pressure instead of dropping: a live device never fills the queue (the consumer
        # is faster than real time); a faster-than-real-time source waits here.
        while not self._closing:
            try:
                self._queue.put(block, timeout=0.2)
                return
            except queue.Full:
                continue

    def __enter__(self) -> Microphone:
        sd = _sd()
        try:
            device = resolve_device(self.device_spec, "input")
            self._stream = sd.InputStream(samplerate=RATE, channels=1, dtype="int16",
                                          blocksize=self.block, device=device,
                                          callback=self._callback)
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise AudioDeviceError(
                f"no usable microphone ({exc}); plug one in, pick one with --input-device "
                "(see: voice devices), or type instead with: voice listen --text"
            ) from None
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._closing = True
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None

    def blocks(self, timeout: float = 2.0) -> Iterator[Block]:
        """Blocks as they come, never faster than real time."""
        started: float | None = None
        delivered = 0.0
        while True:
            try:
                block = self._queue.get(timeout=timeout)
            except queue.Empty:
                if self._stream is None or not self._stream.active:
                    return
                raise AudioDeviceError("the microphone stopped delivering sound; check that it "
                                       "is still plugged in, or use --input-device") from None
            now = time.monotonic()
            if started is None:
                started = now
            ahead = started + delivered - now
            if ahead > 0:
                time.sleep(ahead)
            delivered += len(block) / RATE
            yield block

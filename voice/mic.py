"""Microphone capture with sounddevice: 16 kHz mono int16 in small blocks through a bounded
queue, so no block is lost when the recogniser is briefly busy; PortAudio's own input
overflows are counted in `overflows`.

A live microphone delivers in real time. A source that delivers faster (an ALSA file device, a
loopback) is paced to real time here, so endpointing, barge-in and timer prompts behave with it
exactly as they do with a person speaking.

How a microphone fails, as measured with PortAudio 19.6 and alsa-lib 1.2.8:
- a device that goes away (USB unplug: ALSA returns -ENODEV) ends PortAudio's callback thread,
  so the stream finishes on its own: `finished_callback` runs although nobody stopped it;
- a device that hangs simply stops calling back, and then even stopping or closing the stream
  can block for ever (PortAudio joins its callback thread, which is stuck in the driver);
- PortAudio input never "ends": an ALSA `file` device at the end of its infile (and on a read
  error) silently hands back its stale ring buffer, so the stream stays active and the same
  audio repeats. There is no end-of-input to honour; a session ends with goodbye or Ctrl-C.
So "no block for `timeout` seconds" or "finished while we did not stop it" both mean the device
failed, and closing a stream never waits on the driver for more than `CLOSE_WAIT_S`."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import numpy as np

from voice.audio import RATE
from voice.errors import AudioDeviceError
from voice.recognizers.base import Block
from voice.speaker import _sd, quiet_native_stderr, resolve_device

QUEUE_SECONDS = 10.0
"""How much audio may wait for the recogniser before blocks are dropped."""
SILENT_DEVICE_S = 2.0
"""A device that delivers nothing for this long has failed (a live one delivers every 30 ms)."""
CLOSE_WAIT_S = 1.0
"""How long closing a stream may wait on a hung driver before the stream is abandoned."""
RETRY_S = 2.0
"""How often a lost microphone is looked for again."""

_abandoned: list[Any] = []
"""Streams whose close hung in the driver: kept referenced so no finaliser blocks on them."""


class Microphone:
    def __init__(self, device: str | int | None = None, block_ms: int = 30) -> None:
        self.device_spec = device
        self.block = int(RATE * block_ms / 1000)
        self.block_s = self.block / RATE
        self._queue: queue.Queue[Block] = queue.Queue(maxsize=int(QUEUE_SECONDS / self.block_s))
        self.overflows = 0
        """Blocks dropped because the consumer fell behind, plus PortAudio input overflows."""
        self.delivering = threading.Event()
        """Set by the first block: the device really works, not just opened."""
        self._finished = threading.Event()
        """PortAudio ended the stream (set on our own close too; see `_closing`)."""
        self._stream: Any = None
        self._closing = False

    def _callback(self, indata: Any, frames: int, when: Any, status: Any) -> None:
        if status and status.input_overflow:
            self.overflows += 1
        block = np.array(indata[:, 0], dtype=np.int16)
        self.delivering.set()
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
                                          callback=self._callback,
                                          finished_callback=self._finished.set)
            self._stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            self.close()
            raise AudioDeviceError(
                f"no usable microphone ({exc}); plug one in, pick one with --input-device "
                "(see: voice devices), or type instead with: voice listen --text"
            ) from None
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop and close the stream without ever hanging on a stuck driver: a close that
        takes longer than CLOSE_WAIT_S is left to finish (or not) on its own thread."""
        self._closing = True
        stream, self._stream = self._stream, None
        if stream is None:
            return

        def shut() -> None:
            stream.abort()  # abort, not stop: nothing left to drain, and stop waits longer
            stream.close()

        closer = threading.Thread(target=shut, name="voice-mic-close", daemon=True)
        closer.start()
        closer.join(CLOSE_WAIT_S)
        if closer.is_alive():
            _abandoned.append(stream)

    def blocks(self, timeout: float = SILENT_DEVICE_S) -> Iterator[Block]:
        """Blocks as they come, never faster than real time, until close(). Raises
        AudioDeviceError when the device fails: PortAudio ends the stream, or nothing comes
        for `timeout` seconds."""
        started: float | None = None
        delivered = 0.0
        waited = 0.0
        while True:
            try:
                block = self._queue.get(timeout=0.1)
            except queue.Empty:
                if self._closing:
                    return
                waited += 0.1
                if self._finished.is_set() or waited >= timeout:
                    raise AudioDeviceError(self._lost_message()) from None
                continue
            waited = 0.0
            now = time.monotonic()
            if started is None:
                started = now
            ahead = started + delivered - now
            if ahead > 0:
                time.sleep(ahead)
            delivered += len(block) / RATE
            yield block

    def _lost_message(self) -> str:
        how = "stopped" if self._finished.is_set() else "has sent no sound for a while"
        return (f"the microphone {how} (unplugged?); plug it back in, pick another with "
                "--input-device (see: voice devices), or restart with: voice listen --text")


def reopen(device: str | int | None, wait_s: float = RETRY_S) -> Microphone:
    """Look for the microphone every `wait_s` seconds until one opens and really delivers
    sound (a device can open and still be dead)."""
    while True:
        time.sleep(wait_s)
        mic = Microphone(device)
        try:
            with quiet_native_stderr():
                mic.__enter__()
        except AudioDeviceError:
            continue
        if mic.delivering.wait(wait_s):
            return mic
        mic.close()

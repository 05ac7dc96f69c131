"""Playing audio on an output device through sounddevice (PortAudio), interruptibly."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from typing import Any, TextIO

import numpy as np

from voice.audio import Audio
from voice.errors import AudioDeviceError

BLOCK_SECONDS = 0.05
"""Playback is written in 50 ms blocks so "stop" can cut it off quickly."""


def _sd() -> Any:
    try:
        import sounddevice as sd
    except OSError as exc:  # PortAudio library missing
        raise AudioDeviceError(
            f"audio is unavailable ({exc}); install it with: sudo apt-get install libportaudio2"
        ) from None
    return sd


_quiet_lock = threading.Lock()
_quiet: list[tuple[int, TextIO]] = []
"""While quiet: the real stderr's fd and Python stream (one entry, shared by nested users)."""
_quiet_users = 0


@contextlib.contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Keep ALSA's and PortAudio's own messages (five lines or so for every failed open or
    write) off the terminal, while our one-line messages still get there. Used when retrying
    a device the person has already been told about, so the retries do not fill the screen.
    The C libraries write to fd 2, which points at /dev/null meanwhile; Python's sys.stderr
    writes to a copy of the real fd. Safe to nest and to use from several threads."""
    global _quiet_users
    with _quiet_lock:
        if _quiet_users == 0:
            sys.stderr.flush()
            real_fd = os.dup(2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
            _quiet.append((real_fd, sys.stderr))
            sys.stderr = open(real_fd, "w", buffering=1, closefd=False,  # noqa: SIM115
                              errors="backslashreplace")
        _quiet_users += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_users -= 1
            if _quiet_users == 0:
                real_fd, stream = _quiet.pop()
                sys.stderr.flush()
                sys.stderr = stream
                os.dup2(real_fd, 2)
                os.close(real_fd)


def resolve_device(spec: str | int | None, kind: str) -> int | None:
    """An index, or the first device whose name contains `spec` (case-insensitive)."""
    if spec is None or spec == "":
        return None
    sd = _sd()
    channels_key = "max_output_channels" if kind == "output" else "max_input_channels"
    devices = list(sd.query_devices())
    if isinstance(spec, int) or str(spec).isdigit():
        idx = int(spec)
        if 0 <= idx < len(devices) and devices[idx][channels_key] > 0:
            return idx
        raise AudioDeviceError(f"no {kind} device number {idx}; list them with: voice devices")
    for idx, dev in enumerate(devices):
        if str(spec).lower() in str(dev["name"]).lower() and dev[channels_key] > 0:
            return idx
    raise AudioDeviceError(f"no {kind} device matching {spec!r}; list them with: voice devices")


class Speaker:
    """Plays Audio on one output device; `stop()` from any thread cuts playback short."""

    def __init__(self, device: str | int | None = None) -> None:
        self.device_spec = device
        self._stop = threading.Event()
        self.playing = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def play(self, audio: Audio) -> bool:
        """Play to the end (True) or until stop() (False). Raises AudioDeviceError."""
        return self.play_all(iter([audio]))

    def play_all(self, pieces: Iterator[Audio]) -> bool:
        """Play pieces back to back through one stream (no gaps, and a file-backed device is
        not reopened and truncated between sentences). Pieces after the first are resampled to
        its rate. True when all played, False when stop() cut it short."""
        sd = _sd()
        self._stop.clear()
        first = next(pieces, None)
        if first is None:
            return True
        device = resolve_device(self.device_spec, "output")
        rate = first.rate
        block = max(1, int(rate * BLOCK_SECONDS))
        try:
            with sd.OutputStream(samplerate=rate, channels=1, dtype="int16",
                                 device=device, blocksize=block) as stream:
                self.playing.set()
                audio: Audio | None = first
                while audio is not None:
                    data = audio.resampled(rate).samples.reshape(-1, 1)
                    for start in range(0, len(data), block):
                        if self._stop.is_set():
                            return False
                        stream.write(np.ascontiguousarray(data[start:start + block]))
                    audio = next(pieces, None)
        except sd.PortAudioError as exc:
            raise AudioDeviceError(
                f"could not play speech on the output device ({exc}); plug in speakers or "
                "headphones, pick one with --output-device, or use --no-speak"
            ) from None
        except ValueError as exc:  # sounddevice: "No output device matching" / none at all
            raise AudioDeviceError(
                f"no usable output device ({exc}); plug in speakers or headphones, "
                "or use --no-speak"
            ) from None
        finally:
            self.playing.clear()
        return not self._stop.is_set()

"""ALSA file devices for tests (see shared/AUDIO-TESTING.md): a 'speaker' that writes what is
played into a raw file and a 'mic' that reads a raw file, both seen by PortAudio as real devices.
Only the environment of the process under test points at them (HOME), never the global one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class FileDevices:
    home: Path
    """A HOME holding the .asoundrc; pass env() to the process under test."""
    speaker: Path
    """Raw s16le samples of everything played to the default output."""
    mic: Path
    """Raw 16 kHz mono s16le samples that the default input yields."""

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env["HOME"] = str(self.home)
        env.update(extra)
        return env

    def played(self) -> np.ndarray:
        if not self.speaker.exists():
            return np.zeros(0, dtype=np.int16)
        data = self.speaker.read_bytes()
        return np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2")


def make_file_devices(tmp: Path, mic_samples: np.ndarray | None = None) -> FileDevices:
    home = tmp / "alsa-home"
    home.mkdir(parents=True, exist_ok=True)
    speaker, mic = tmp / "speaker.raw", tmp / "mic.raw"
    mic.write_bytes(b"" if mic_samples is None else mic_samples.astype("<i2").tobytes())
    (home / ".asoundrc").write_text(
        'pcm.!default { type asym  playback.pcm "speaker"  capture.pcm "mic" }\n'
        f'pcm.speaker {{ type file  slave.pcm "null"  file "{speaker}"  format "raw" }}\n'
        f'pcm.mic {{ type file  slave.pcm "null"  file "/dev/null"  infile "{mic}"  '
        'format "raw" }\n'
    )
    return FileDevices(home, speaker, mic)


def no_devices_env(tmp: Path) -> dict[str, str]:
    """An environment whose ALSA config defines no usable sound device at all."""
    home = tmp / "no-audio-home"
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        'pcm.!default { type hw card 99 }\nctl.!default { type hw card 99 }\n'
    )
    env = dict(os.environ)
    env["HOME"] = str(home)
    return env

"""ALSA file devices for tests (see shared/AUDIO-TESTING.md): a 'speaker' that writes what is
played into a raw file and a 'mic' that reads a raw file, both seen by PortAudio as real devices.
Only the environment of the process under test points at them (HOME), never the global one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


def _env_with_home(home: Path, extra: dict[str, str]) -> dict[str, str]:
    """This process's environment with HOME (where ALSA finds .asoundrc) pointed at `home`."""
    env = dict(os.environ)
    env["HOME"] = str(home)
    env.update(extra)
    return env


@dataclass
class FileDevices:
    home: Path
    """A HOME holding the .asoundrc; pass env() to the process under test."""
    speaker: Path
    """Raw s16le samples of everything played to the default output."""
    mic: Path
    """Raw 16 kHz mono s16le samples that the default input yields."""

    def env(self, **extra: str) -> dict[str, str]:
        return _env_with_home(self.home, extra)

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


_PACER = '''import fcntl, os, sys, time
# Reads what ALSA plays at the pace a real speaker would (rate Hz, 16-bit mono) and keeps it.
rate, path = int(sys.argv[1]), sys.argv[2]
try:
    fcntl.fcntl(0, 1031, 4096)  # F_SETPIPE_SZ: a small pipe, so the player really waits
except OSError:
    pass
start, got = time.monotonic(), 0
with open(path, "wb") as out:
    while chunk := os.read(0, 2048):
        out.write(chunk)
        out.flush()
        got += len(chunk)
        time.sleep(max(0.0, start + got / (2 * rate) - time.monotonic()))
'''


@dataclass
class ReplyDevices:
    """Like FileDevices, but every opened output stream (one per spoken reply) lands in its own
    file in `played_dir`, in order; with `paced`, playback takes real time, as on a speaker."""

    home: Path
    played_dir: Path
    mic: Path

    def env(self, **extra: str) -> dict[str, str]:
        return _env_with_home(self.home, extra)

    def replies(self) -> list[np.ndarray]:
        out = []
        for path in sorted(self.played_dir.glob("play-*.raw"), key=lambda p: int(p.stem[5:])):
            data = path.read_bytes()
            out.append(np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2"))
        return out


def make_reply_devices(tmp: Path, mic_samples: np.ndarray, paced: bool = False,
                       rate: int = 22050) -> ReplyDevices:
    import sys

    home = tmp / "alsa-home"
    played = tmp / "played"
    home.mkdir(parents=True, exist_ok=True)
    played.mkdir(exist_ok=True)
    mic = tmp / "mic.raw"
    mic.write_bytes(mic_samples.astype("<i2").tobytes())
    pacer = home / "pacer.py"
    pacer.write_text(_PACER)
    sink = (f'exec {sys.executable} {pacer} {rate} "{played}/play-$(date +%s%N).raw"' if paced
            else f'exec cat > "{played}/play-$(date +%s%N).raw"')
    script = home / "speaker.sh"
    script.write_text(f"#!/bin/sh\n{sink}\n")
    script.chmod(0o755)
    (home / ".asoundrc").write_text(
        'pcm.!default { type asym  playback.pcm "speaker"  capture.pcm "mic" }\n'
        f'pcm.speaker {{ type file  slave.pcm "null"  file "|{script}"  format "raw" }}\n'
        f'pcm.mic {{ type file  slave.pcm "null"  file "/dev/null"  infile "{mic}"  '
        'format "raw" }\n'
    )
    return ReplyDevices(home, played, mic)


def make_unpluggable_devices(tmp: Path) -> ReplyDevices:
    """Like make_reply_devices, but the microphone reads a FIFO (`mic`) that the test writes:
    when the test stops writing, the device hangs as a failing one does (ALSA's file plugin
    blocks in read; end of file or a read error it would hide, repeating stale audio), and
    when the test removes the FIFO, opening the device fails, as for an unplugged one."""
    dev = make_reply_devices(tmp, np.zeros(0, dtype=np.int16))
    fifo = tmp / "mic.fifo"
    os.mkfifo(fifo)
    rc = dev.home / ".asoundrc"
    rc.write_text(rc.read_text().replace(f'"{dev.mic}"', f'"{fifo}"'))
    return ReplyDevices(dev.home, dev.played_dir, fifo)


def failing_speaker_env(tmp: Path) -> dict[str, str]:
    """An environment whose speaker opens but fails on the first write (ALSA's file plugin
    cannot create its output file, and PortAudio reports an I/O error mid-stream); the mic
    reads endless zeros."""
    home = tmp / "failing-speaker-home"
    home.mkdir(parents=True, exist_ok=True)
    (home / ".asoundrc").write_text(
        'pcm.!default { type asym  playback.pcm "speaker"  capture.pcm "mic" }\n'
        f'pcm.speaker {{ type file  slave.pcm "null"  file "{tmp}/gone/speaker.raw"  '
        'format "raw" }\n'
        'pcm.mic { type file  slave.pcm "null"  file "/dev/null"  infile "/dev/zero"  '
        'format "raw" }\n'
    )
    return _env_with_home(home, {})

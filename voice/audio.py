"""Audio as plain data: 16-bit mono samples plus a rate; WAV in and out; resampling."""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from voice.errors import InputError

RATE = 16000
"""What the recognisers want: 16 kHz mono 16-bit."""

Samples = npt.NDArray[np.int16]


@dataclass(frozen=True)
class Audio:
    samples: Samples
    """Mono 16-bit PCM."""
    rate: int
    """Samples per second."""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0

    def resampled(self, rate: int) -> Audio:
        if rate == self.rate or len(self.samples) == 0:
            return Audio(self.samples, rate) if len(self.samples) == 0 else self
        import soxr

        out = soxr.resample(self.samples.astype(np.float32) / 32768.0, self.rate, rate)
        return Audio(_to_int16(out), rate)

    def rms_dbfs(self) -> float:
        """Loudness in dB relative to full scale; -inf for silence."""
        if len(self.samples) == 0:
            return float("-inf")
        rms = float(np.sqrt(np.mean((self.samples.astype(np.float64) / 32768.0) ** 2)))
        return 20.0 * float(np.log10(rms)) if rms > 0 else float("-inf")


def _to_int16(x: npt.NDArray[np.floating]) -> Samples:
    return np.asarray(np.clip(np.round(x * 32768.0), -32768, 32767), dtype=np.int16)


PCM, FLOAT, EXTENSIBLE = 1, 3, 0xFFFE
"""WAV format tags: integer PCM, IEEE float (numpy and scipy write it), and the extensible
header whose sub-format names one of the other two (sox writes it for 24-bit or many channels)."""


def read_wav(path: Path | str, rate: int | None = RATE) -> Audio:
    """Read a PCM or float WAV of any rate, width and channel count; mix to mono; resample
    to `rate`."""
    p = Path(path)
    try:
        with wave.open(str(p), "rb") as w:
            channels, width, src_rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
        tag = PCM
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except (wave.Error, EOFError) as exc:
        # the wave module reads integer PCM only: float and extensible headers come here
        parsed = _riff(p)
        if parsed is None:
            raise InputError(f"{p}: not a readable PCM WAV file ({exc}); convert it with: "
                             f"sox {p.name} -r 16000 -c 1 -b 16 out.wav") from None
        tag, channels, width, src_rate, frames = parsed
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    data = _decode(p, tag, width, frames)
    if channels > 1:
        usable = len(data) - len(data) % channels
        data = data[:usable].reshape(-1, channels).mean(axis=1)
    audio = Audio(_to_int16(data), src_rate)
    return audio.resampled(rate) if rate else audio


def _riff(p: Path) -> tuple[int, int, int, int, bytes] | None:
    """(format tag, channels, bytes per sample, rate, sample bytes) of a RIFF WAVE file whose
    format is integer PCM or IEEE float, extensible or not; None for anything else."""
    try:
        blob = p.read_bytes()
    except OSError:
        return None
    if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        return None
    fmt: tuple[int, int, int, int] | None = None
    pos = 12
    while pos + 8 <= len(blob):
        cid, size = blob[pos:pos + 4], struct.unpack_from("<I", blob, pos + 4)[0]
        body = blob[pos + 8:pos + 8 + size]
        if cid == b"fmt " and len(body) >= 16:
            tag, channels, src_rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            if tag == EXTENSIBLE and len(body) >= 26:
                tag = struct.unpack_from("<H", body, 24)[0]  # the sub-format GUID's first field
            fmt = (tag, channels, bits // 8, src_rate)
        elif cid == b"data" and fmt is not None:
            tag, channels, width, src_rate = fmt
            if tag not in (PCM, FLOAT) or channels < 1 or src_rate < 1:
                return None
            return tag, channels, width, src_rate, body[:len(body) - len(body) % (width or 1)]
        pos += 8 + size + (size & 1)
    return None


def _decode(p: Path, tag: int, width: int, frames: bytes) -> npt.NDArray[np.float32]:
    """Samples as floats in [-1, 1)."""
    if tag == FLOAT and width in (4, 8):
        data = np.frombuffer(frames, dtype="<f4" if width == 4 else "<f8")
        return np.nan_to_num(data.astype(np.float32), nan=0.0, posinf=1.0, neginf=-1.0)
    if tag == FLOAT:
        raise InputError(f"{p}: unsupported float width {width} bytes; use 16-bit PCM")
    if width == 1:
        return (np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    if width == 3:
        raw = np.frombuffer(frames, dtype=np.uint8).reshape(-1, 3)
        ints = (raw[:, 0].astype(np.int32) | (raw[:, 1].astype(np.int32) << 8)
                | (raw[:, 2].astype(np.int32) << 16))
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        return ints.astype(np.float32) / float(1 << 23)
    if width == 4:
        return np.frombuffer(frames, dtype="<i4").astype(np.float32) / float(1 << 31)
    raise InputError(f"{p}: unsupported sample width {width} bytes; use 16-bit PCM")


def write_wav(path: Path | str, audio: Audio) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(audio.rate)
        w.writeframes(audio.samples.astype("<i2").tobytes())


def concat(parts: list[Audio], rate: int) -> Audio:
    """Join pieces (resampled to `rate` where needed)."""
    if not parts:
        return Audio(np.zeros(0, dtype=np.int16), rate)
    return Audio(np.concatenate([p.resampled(rate).samples for p in parts]), rate)


def silence(seconds: float, rate: int) -> Audio:
    return Audio(np.zeros(max(0, int(seconds * rate)), dtype=np.int16), rate)

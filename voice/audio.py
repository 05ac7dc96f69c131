"""Audio as plain data: 16-bit mono samples plus a rate; WAV in and out; resampling."""

from __future__ import annotations

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


def read_wav(path: Path | str, rate: int | None = RATE) -> Audio:
    """Read a PCM WAV of any rate, width and channel count; mix to mono; resample to `rate`."""
    p = Path(path)
    try:
        with wave.open(str(p), "rb") as w:
            channels, width, src_rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except (wave.Error, EOFError) as exc:
        raise InputError(f"{p}: not a readable PCM WAV file ({exc}); convert it with: "
                         f"sox {p.name} -r 16000 -c 1 -b 16 out.wav") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read it ({exc.strerror or exc})") from None
    if width == 1:
        data = (np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif width == 2:
        data = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    elif width == 3:
        raw = np.frombuffer(frames, dtype=np.uint8).reshape(-1, 3)
        ints = (raw[:, 0].astype(np.int32) | (raw[:, 1].astype(np.int32) << 8)
                | (raw[:, 2].astype(np.int32) << 16))
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        data = ints.astype(np.float32) / float(1 << 23)
    elif width == 4:
        data = np.frombuffer(frames, dtype="<i4").astype(np.float32) / float(1 << 31)
    else:
        raise InputError(f"{p}: unsupported sample width {width} bytes; use 16-bit PCM")
    if channels > 1:
        usable = len(data) - len(data) % channels
        data = data[:usable].reshape(-1, channels).mean(axis=1)
    audio = Audio(_to_int16(data), src_rate)
    return audio.resampled(rate) if rate else audio


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

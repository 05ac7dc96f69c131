"""WAV files as other tools write them: float (numpy, scipy), extensible headers (sox), and
formats we cannot read, which get a one-line error."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest

from voice.audio import Audio, read_wav, write_wav
from voice.errors import InputError

RATE = 16000


def _tone() -> np.ndarray:
    t = np.arange(RATE // 2) / RATE
    return (0.4 * np.sin(2 * np.pi * 440 * t) * np.hanning(len(t))).astype(np.float32)


def _riff(path: Path, tag: int, channels: int, rate: int, bits: int, data: bytes,
          extensible: bool = False) -> None:
    block = channels * bits // 8
    if extensible:  # the sub-format GUID starts with the real tag
        guid = struct.pack("<H", tag) + b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block, bits, 22,
                          bits, 0) + guid
    else:
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)


@pytest.mark.parametrize("extensible", [False, True], ids=["float", "extensible-float"])
def test_a_float_wav_reads_as_the_same_sound(tmp_path: Path, extensible: bool) -> None:
    x = _tone()
    path = tmp_path / "f.wav"
    _riff(path, 3, 2, RATE, 32, np.repeat(x, 2).astype("<f4").tobytes(), extensible)
    got = read_wav(path)
    assert got.rate == RATE and len(got.samples) == len(x)
    assert np.max(np.abs(got.samples / 32768.0 - x)) < 1e-3


def test_a_24_bit_extensible_wav_from_sox_reads(tmp_path: Path) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (scripts/setup installs it)")
    x = _tone()
    plain = tmp_path / "plain.wav"
    write_wav(plain, Audio(np.round(x * 32767).astype(np.int16), RATE))
    wide = tmp_path / "wide.wav"
    subprocess.run(["sox", str(plain), "-b", "24", "-c", "3", "-r", "22050", str(wide)],
                   check=True)
    assert struct.unpack_from("<H", wide.read_bytes(), 20)[0] == 0xFFFE  # really extensible
    got = read_wav(wide)
    assert abs(len(got.samples) - len(x)) <= 2
    ref = read_wav(plain).samples.astype(np.float64)
    n = min(len(ref), len(got.samples))
    assert np.corrcoef(ref[:n], got.samples[:n].astype(np.float64))[0, 1] > 0.99


def test_a_wav_in_another_coding_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "mp3.wav"
    _riff(path, 0x55, 1, RATE, 16, b"\x00" * 100)  # MPEG layer 3 inside a WAV
    with pytest.raises(InputError) as err:
        read_wav(path)
    assert "sox" in str(err.value) and "\n" not in str(err.value)

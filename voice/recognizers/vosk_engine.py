"""vosk, the primary recogniser when a model is installed: a grammar of our own words for
command-style recognition, with open vocabulary as the fallback when the grammar result is
weak. vosk's own endpointing ends utterances, and, as with pocketsphinx, a complete request
ends sooner (voice.recognizers.endpoint)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from voice.audio import RATE, Audio
from voice.errors import ModelError
from voice.messages import Utterance
from voice.recognizers.base import Block, FileMixin
from voice.recognizers.endpoint import Complete, EndDetector
from voice.recognizers.frames import VoicedFrames

WEAK = 0.6
"""Mean word confidence below which the grammar result gives way to open vocabulary."""


def check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise ModelError(f"no vosk model at {path}; get one with: voice models download "
                         "small-en-us, or pass --model DIR")
    if not (path / "am" / "final.mdl").exists() and not (path / "final.mdl").exists():
        raise ModelError(f"{path} is not a complete vosk model (no am/final.mdl); "
                         "download it again with: voice models download small-en-us")


class VoskRecognizer(FileMixin):
    name = "vosk"

    def __init__(self, model_dir: Path, words: list[str] | None = None) -> None:
        check_model_dir(model_dir)
        import vosk

        vosk.SetLogLevel(-1)
        try:
            self._model = vosk.Model(str(model_dir))
        except Exception as exc:  # vosk raises a bare Exception when loading fails
            raise ModelError(f"vosk could not load the model in {model_dir} ({exc}); "
                             "check it with: voice models verify") from None
        self.grammar = self._grammar(words) if words else None

    def _grammar(self, words: list[str]) -> str | None:
        known = [w for w in sorted(set(words)) if self._model.vosk_model_find_word(w) >= 0]
        return json.dumps([*known, "[unk]"], ensure_ascii=False) if known else None

    def _recognizer(self, grammar: bool) -> Any:
        import vosk

        if grammar and self.grammar:
            rec = vosk.KaldiRecognizer(self._model, RATE, self.grammar)
        else:
            rec = vosk.KaldiRecognizer(self._model, RATE)
        rec.SetWords(True)
        return rec

    def transcribe(self, audio: Audio) -> Utterance:
        started = time.perf_counter()
        data = audio.resampled(RATE).samples.tobytes()
        best = Utterance("", 0.0)
        for grammar in (True, False) if self.grammar else (False,):
            rec = self._recognizer(grammar)
            rec.AcceptWaveform(data)
            best = parse_result(rec.FinalResult())
            if best.confidence >= WEAK and "[unk]" not in best.text:
                break
        return Utterance(best.text.replace("[unk]", "").strip(), best.confidence,
                         (time.perf_counter() - started) * 1000.0)

    def stream(self, complete: Complete | None = None) -> VoskStream:
        return VoskStream(self, complete)


def parse_result(raw: str) -> Utterance:
    """vosk's JSON result -> Utterance with the mean word confidence."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return Utterance("", 0.0)
    text = str(data.get("text", "")).strip()
    words = data.get("result") or []
    confs = [float(w.get("conf", 1.0)) for w in words if isinstance(w, dict)]
    return Utterance(text, sum(confs) / len(confs) if confs else (1.0 if text else 0.0))


class VoskStream:
    """Every block goes to vosk; vosk's endpointer ends an utterance, or ours does first when
    the words so far are a complete request (vosk waits out a fixed silence)."""

    def __init__(self, owner: VoskRecognizer, complete: Complete | None = None) -> None:
        self._owner = owner
        self._rec = owner._recognizer(grammar=True)
        self._result = Utterance("", 0.0)
        self._frames = VoicedFrames() if complete is not None else None
        self._end = EndDetector(self._frames.frame_s if self._frames else 0.03, complete)

    def accept(self, block: Block) -> bool:
        data = block.tobytes()
        if self._rec.AcceptWaveform(data):
            self._end.reset()
            return self._finish(self._rec.Result())
        if self._frames is not None:
            for frame in self._frames.frames(data):
                if self._end.frame(self._frames.voiced(frame, self._end.in_speech),
                                   self.partial).ended:
                    self._frames.clear()
                    return self._finish(self._rec.FinalResult())
        return False

    def _finish(self, raw: str) -> bool:
        started = time.perf_counter()
        utt = parse_result(raw)
        text = utt.text.replace("[unk]", "").strip()
        self._result = Utterance(text, utt.confidence, (time.perf_counter() - started) * 1000.0)
        return bool(text)

    def partial(self) -> str:
        try:
            return str(json.loads(self._rec.PartialResult()).get("partial", ""))
        except json.JSONDecodeError:
            return ""

    def result(self) -> Utterance:
        return self._result

    def reset(self) -> None:
        self._rec.Reset()
        self._end.reset()
        if self._frames is not None:
            self._frames.clear()
        self._result = Utterance("", 0.0)

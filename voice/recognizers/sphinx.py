"""pocketsphinx, the embedded default: its bundled en-US acoustic model with a language model
built from our own sentences (voice.recognizers.sphinx_model), and its endpointer for
utterance ends."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from voice.audio import RATE, Audio
from voice.errors import ModelError
from voice.messages import Utterance
from voice.paths import voice_home
from voice.recognizers.base import Block, FileMixin
from voice.recognizers.domain import domain_sentences
from voice.recognizers.sphinx_model import acoustic_model, build_domain

ENDPOINT_WINDOW_S = 0.3
"""Seconds of audio the endpointer weighs to decide speech has ended (pocketsphinx default)."""
DITHER = 2.0
"""Standard deviation, in 16-bit steps, of the faint noise added before decoding. Digital
silence and very clean synthetic speech throw the acoustic model off (quiet espeak speech:
30% -> 57% intent accuracy with dither). Seeded per utterance, so decoding is repeatable,
unlike pocketsphinx's own dither whose random stream runs across utterances."""
LEAD_SILENCE_S = 0.2
"""Silence put before a whole-file decode: the decoder needs a little to settle."""


class SphinxRecognizer(FileMixin):
    name = "sphinx"

    def __init__(self) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError:
            raise ModelError("pocketsphinx is not installed; install it with: "
                             ".venv/bin/pip install pocketsphinx") from None
        domain = build_domain(domain_sentences(), voice_home() / "cache")
        self.dropped = domain.dropped
        self._decoder: Any = Decoder(hmm=str(acoustic_model()), lm=str(domain.lm),
                                     dict=str(domain.dict), loglevel="FATAL")

    def transcribe(self, audio: Audio) -> Utterance:
        started = time.perf_counter()
        samples = audio.resampled(RATE).samples
        lead = np.zeros(int(LEAD_SILENCE_S * RATE), dtype=np.int16)
        d = self._decoder
        d.start_utt()
        d.process_raw(dither(np.concatenate([lead, samples, lead]), 0).tobytes(), full_utt=True)
        d.end_utt()
        return _utterance(d, (time.perf_counter() - started) * 1000.0)

    def stream(self) -> SphinxStream:
        return SphinxStream(self._decoder)


def dither(samples: Block, seed: int) -> Block:
    noise = np.random.default_rng(seed).normal(0.0, DITHER, len(samples))
    return np.clip(samples.astype(np.float64) + noise, -32768, 32767).astype(np.int16)


def _utterance(decoder: Any, stt_ms: float) -> Utterance:
    hyp = decoder.hyp()
    if hyp is None or not hyp.hypstr:
        return Utterance("", 0.0, stt_ms)
    try:
        conf = float(decoder.get_logmath().exp(hyp.prob))
    except (AttributeError, OverflowError):
        conf = 1.0
    return Utterance(hyp.hypstr, max(0.0, min(1.0, conf)), stt_ms)


class SphinxStream:
    """Blocks in; the endpointer decides where speech starts and ends."""

    def __init__(self, decoder: Any) -> None:
        from pocketsphinx import Endpointer

        self._decoder = decoder
        self._ep: Any = Endpointer(window=ENDPOINT_WINDOW_S)
        self._frame = int(self._ep.frame_bytes)
        self._pending = b""
        self._in_utt = False
        self._result = Utterance("", 0.0)
        self._blocks = 0

    def accept(self, block: Block) -> bool:
        self._blocks += 1
        self._pending += dither(np.asarray(block, dtype=np.int16), self._blocks).tobytes()
        ended = False
        while len(self._pending) >= self._frame:
            frame, self._pending = self._pending[:self._frame], self._pending[self._frame:]
            speech = self._ep.process(frame)
            if speech is not None:
                if not self._in_utt:
                    self._decoder.start_utt()
                    self._in_utt = True
                self._decoder.process_raw(speech)
            if self._in_utt and not self._ep.in_speech:
                started = time.perf_counter()
                self._decoder.end_utt()
                self._in_utt = False
                self._result = _utterance(self._decoder, (time.perf_counter() - started) * 1000)
                ended = True
        return ended

    def partial(self) -> str:
        if not self._in_utt:
            return ""
        hyp = self._decoder.hyp()
        return str(hyp.hypstr) if hyp is not None else ""

    def result(self) -> Utterance:
        return self._result

    def reset(self) -> None:
        from pocketsphinx import Endpointer

        if self._in_utt:
            self._decoder.end_utt()
            self._in_utt = False
        self._ep = Endpointer(window=ENDPOINT_WINDOW_S)
        self._pending = b""
        self._blocks = 0
        self._result = Utterance("", 0.0)

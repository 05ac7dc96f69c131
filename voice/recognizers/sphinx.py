"""pocketsphinx, the embedded default: its bundled en-US acoustic model with a language model
built from our own sentences (voice.recognizers.sphinx_model), and its endpointer for
utterance ends."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np

from voice.audio import RATE, Audio
from voice.errors import ModelError
from voice.messages import Utterance
from voice.paths import cache_dir
from voice.recognizers import denoise, expander
from voice.recognizers.base import Block, FileMixin
from voice.recognizers.comfort import add_noise, comfort_sigma
from voice.recognizers.sphinx_model import acoustic_model, domain_model

if TYPE_CHECKING:
    from voice.recognizers.endpoint import Complete
    from voice.recognizers.sphinx_stream import SphinxStream

TAIL_SILENCE_S = 0.8
"""Silence after a recording streamed for its utterances, so the last one can end."""
STREAM_BLOCK = 480
VOICES_EDGE_S = 0.7
"""Over voices, a recording is decoded by utterances only when the background is heard alone
for this long before or after the speech: that is where a TV's words would become the person's.
A recording that is nearly all speech (as a synthesiser writes a file) is decoded best whole:
espeak en-us with no silence added, dev split: 51 -> 95% quiet, 62 -> 89% over babble at
20 dB (the stream's detector misses the start of speech that begins the recording)."""
LEAD_SILENCE_S = 0.2
"""Silence put before a whole-file decode: the decoder needs a little to settle."""
TAIL_AFTER_SPEECH_S = 0.3
"""A whole file is decoded to this long after the person's speech ends (denoise.speech_span),
not to its end: a long quiet tail weighs on the decoder's feature normalisation, most for a
short request ("next", "pause", "speed up" said by espeak en-us: 17 of 30 heard right with the
scenes' 1 s tail, 23 with 0.3 s). Dev split, dev voices, five scenes (quiet, pink 20, babble
20, pink 10, pink 5 dB): piper 480.6 -> 480.6 points summed, espeak en-us 460.7 -> 466.0, red
flags 237 -> 240 of 250, and decoding a fifth faster (RTF at 5 dB, two jobs: 0.291 -> 0.227,
0.266 -> 0.197). Cutting the silence before the speech as well (0.3 s) cost piper 4
points and two red flags there, so the start is kept whole."""
TOPN = 8
"""Gaussians scored per codebook for each frame (pocketsphinx scores 4). The acoustic model is
phonetically tied: every sound is scored from a few shared codebooks, and the best 4 of their
Gaussians were often not enough for a voice the model was not trained on. Dev voices, quiet /
pink 20 / babble 20 dB, sums of six cells: dev split 570.6 -> 574.0 points, blind set 13
538.4 -> 545.0; 16 scored 576.0 and 546.9 for twice the cost. Decoding costs about a fifth
more (RTF 0.07 -> 0.09 at 20 dB)."""


class SphinxRecognizer(FileMixin):
    name = "sphinx"

    def __init__(self) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError:
            raise ModelError("pocketsphinx is not installed; install it with: "
                             ".venv/bin/pip install pocketsphinx") from None
        domain = domain_model(cache_dir())
        self.dropped = domain.dropped
        self._stream: SphinxStream | None = None
        self.denoise = denoise.available()
        """Noisy recordings go through RNNoise first (voice.recognizers.denoise)."""
        self._decoder: Any = Decoder(hmm=str(acoustic_model()), lm=str(domain.lm),
                                     dict=str(domain.dict), topn=TOPN, loglevel="FATAL")

    def transcribe(self, audio: Audio) -> Utterance:
        """What the person said in a recording. Over other voices (a TV: the background is not
        steady), only the stretches the stream's voice-activity detector and level gate call
        the person's speech are decoded, so the TV's words before and after do not become
        theirs (when the recording has the TV alone around the speech: VOICES_EDGE_S);
        otherwise, and when no utterance is found, the whole recording is decoded,
        which pocketsphinx does best in quiet and steady noise (pink 20 dB: 95% whole, 91%
        streamed). Voices well below the person's are first turned further down
        (voice.recognizers.expander)."""
        started = time.perf_counter()
        samples = audio.resampled(RATE).samples
        if (len(samples) and not denoise.steady(denoise.frame_dbs(samples))
                and denoise.background_edge_s(samples) >= VOICES_EDGE_S):
            if expander.separated(denoise.estimated_snr_db(samples)):
                samples = expander.expand(samples)
            heard = self._utterances(samples)
            if heard is not None:
                return Utterance(heard, 1.0, (time.perf_counter() - started) * 1000.0)
        return self._whole(samples, started)

    def _utterances(self, samples: Block) -> str | None:
        from voice.recognizers.sphinx_stream import SphinxStream

        if self._stream is not None:
            self._stream.reset()
            self._stream = None
        self._decoder.reinit_feat()  # as for a whole file: no state from the one before
        # only called over voices, where RNNoise is not used: spare its cost
        stream = SphinxStream(self._decoder, None, denoised=False)
        padded = np.concatenate([samples, np.zeros(int(TAIL_SILENCE_S * RATE), np.int16)])
        texts = []
        for i in range(0, len(padded), STREAM_BLOCK):
            if stream.accept(padded[i:i + STREAM_BLOCK]):
                texts.append(stream.result().text)
        stream.reset()
        heard = " ".join(t for t in texts if t)
        return heard or None

    def _whole(self, samples: Block, started: float) -> Utterance:
        if self.denoise and denoise.is_noisy(samples):
            samples = denoise.denoise(samples)
        samples = _tail_trimmed(samples)
        lead = np.zeros(int(LEAD_SILENCE_S * RATE), dtype=np.int16)
        d = self._decoder
        # Fresh feature state (noise estimate, CMN) for every file: otherwise each decode
        # depends on the files decoded before it, and the same audio can come out differently.
        d.reinit_feat()
        d.start_utt()
        padded = np.concatenate([lead, samples, lead])
        d.process_raw(add_noise(padded, 0, comfort_sigma(padded)).tobytes(), full_utt=True)
        d.end_utt()
        return _utterance(d, (time.perf_counter() - started) * 1000.0)

    def stream(self, complete: Complete | None = None) -> SphinxStream:
        """A streaming session; `complete` lets it end as soon as a whole request is heard."""
        from voice.recognizers.sphinx_stream import SphinxStream

        if self._stream is not None:  # one decoder: the old session's utterance is closed
            self._stream.reset()
        self._stream = SphinxStream(self._decoder, complete, denoised=self.denoise)
        return self._stream


def _utterance(decoder: Any, stt_ms: float) -> Utterance:
    hyp = decoder.hyp()
    if hyp is None or not hyp.hypstr:
        return Utterance("", 0.0, stt_ms)
    try:
        conf = float(decoder.get_logmath().exp(hyp.prob))
    except (AttributeError, OverflowError):
        conf = 1.0
    return Utterance(hyp.hypstr, max(0.0, min(1.0, conf)), stt_ms)


def _tail_trimmed(samples: Block) -> Block:
    """The recording up to TAIL_AFTER_SPEECH_S after the person's speech; all of it when no
    speech is found."""
    span = denoise.speech_span(samples)
    if span is None:
        return samples
    return samples[:span[1] + int(TAIL_AFTER_SPEECH_S * RATE)]

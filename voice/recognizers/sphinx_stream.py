"""pocketsphinx streaming: every frame goes to the decoder as it arrives (so the words heard so
far are always current, for barge-in and for ending early), pocketsphinx's voice-activity
detector marks each frame voiced or not, and voice.recognizers.endpoint decides where the
utterance starts and ends.

pocketsphinx's own Endpointer hands frames on only after its 0.3 s decision window, which
delays both the transcript and "stop" by that much; its VAD alone has no such delay.

In a noisy room both the voice-activity detector and the decoder work on the audio as RNNoise
leaves it (voice.recognizers.denoise): in steady noise the detector misses the start of speech
on the microphone's own audio, and the decoder mishears it. The network runs all the time, on
its own path of frames, so its state is warm and it measures the person's speaking level; a
quiet room keeps the microphone's own path, which is 30 ms or so ahead of the denoised one."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

import numpy as np

from voice.messages import Utterance
from voice.recognizers import denoise
from voice.recognizers.base import Block
from voice.recognizers.comfort import DITHER, STREAM_DENOISED_LEVEL, add_noise, topped_up
from voice.recognizers.endpoint import Complete, EndDetector
from voice.recognizers.frames import FRAME_S, VoicedFrames
from voice.recognizers.level import frame_db
from voice.recognizers.sphinx import _utterance

PRE_ROLL_S = 0.3
"""Audio kept from before speech was detected: the start of the first word."""
SPECULATE_MAX_S = 6.0
SPECULATE_TIMES = 3
"""Limits on ending an utterance at a pause to see its final transcript: each time the person
goes on, the whole utterance is decoded again."""
SPEECH_FRAMES = 100
"""The person's speaking level is the loud end of the last this many frames (3 s) that the
voice-activity detector called speech in the denoised audio."""
MIN_SPEECH_FRAMES = 10
SWITCH_PRE_ROLL_S = 1.2
"""When the room is first found noisy the person is usually already speaking (the denoised
audio's detector heard them): the utterance then starts this far back..."""
HYSTERESIS_DB = 3.0
"""A noisy room is called quiet again only this far above the line, so that a judgement made on
the first syllables does not flip back and forth."""
RESTART_FRAMES = 30
"""...and an utterance begun on the microphone's own audio less than this many frames (0.9 s)
ago is started again on the denoised audio."""


class _Path:
    """One audio path, the microphone's own or the denoised one: its frames, their verdicts,
    and the last PRE_ROLL_S of them."""

    def __init__(self, pre_frames: int, keep_frames: int) -> None:
        self.frames = VoicedFrames()
        self.pre_frames = pre_frames
        self.pre: deque[bytes] = deque(maxlen=keep_frames)
        self.n = 0
        self.long_pre = False
        """Start the next utterance with all the audio kept, not just PRE_ROLL_S."""

    def pre_roll(self) -> list[bytes]:
        frames = list(self.pre) if self.long_pre else list(self.pre)[-self.pre_frames:]
        self.long_pre = False
        self.pre.clear()
        return frames

    def cut(self, samples: Block, sigma: float = DITHER) -> list[tuple[bytes, bytes]]:
        """Whole frames, each twice: as the detector judges it (the audio as it is, with only
        DITHER) and as the decoder gets it (with `sigma` of comfort noise)."""
        out = []
        for frame in self.frames.frames(samples.tobytes()):
            pcm = np.frombuffer(frame, dtype=np.int16)
            judged = add_noise(pcm, self.n, DITHER).tobytes()
            out.append((judged, add_noise(pcm, self.n, sigma).tobytes()))
            self.n += len(pcm)
        return out

    def clear(self) -> None:
        self.frames.clear()
        self.pre.clear()


class SphinxStream:
    """Blocks in; True from accept() when an utterance has just ended."""

    def __init__(self, decoder: Any, complete: Complete | None = None,
                 denoised: bool = True) -> None:
        self._decoder = decoder
        pre = max(1, round(PRE_ROLL_S / FRAME_S))
        self._raw = _Path(pre, pre)
        self._clean = _Path(pre, round(SWITCH_PRE_ROLL_S / FRAME_S))
        self._end = EndDetector(self._raw.frames.frame_s, complete)
        self._use_denoised = denoised and denoise.available()
        self._end.noisy = self._use_denoised
        """Until the room is judged, waits are as long as a noisy room's: in pink noise at 5 dB
        the first word of the first utterance, and the gap the detector finds after it, come
        before the denoised audio has shown enough speech to judge by."""
        self._denoiser: denoise.Denoiser | None = None
        self._speech_db: deque[float] = deque(maxlen=SPEECH_FRAMES)
        self.noisy = False
        """A noisy room: voice activity and the decoder work on the denoised audio."""
        self._in_utt = False
        self._utt: list[bytes] = []
        """This utterance's frames, kept to decode again after a mid-sentence pause."""
        self._speculated = 0
        self._early: Utterance | None = None
        """The transcript taken at a pause (the decoder's utterance is then closed)."""
        self._result = Utterance("", 0.0)

    def accept(self, block: Block) -> bool:
        samples = np.asarray(block, dtype=np.int16)
        ended = False
        # Measured once per block: with the denoised path on, only its frames add to the
        # speaking level, and they come after both paths' noise levels are set.
        speaking = self._speaking_rms()
        # on both paths the detector hears the audio as it is: comfort noise is for the decoder
        # only (heard by the detector, it held each utterance's end back by 30-60 ms)
        for judged, frame in self._raw.cut(samples, self._room_comfort(speaking)):
            ended = self._take_raw(judged, frame) or ended
        if self._use_denoised:
            if self._denoiser is None:
                self._denoiser = denoise.Denoiser()
            denoised = self._denoiser.process(samples)
            for judged, frame in self._clean.cut(denoised, self._comfort(speaking)):
                ended = self._take_clean(judged, frame) or ended
        return ended

    @staticmethod
    def _comfort(speaking_rms: float) -> float:
        """Denoised audio is nearly silent between words, which throws the acoustic model off
        as digital silence does: it gets a noise floor under the person's speaking level, as a
        clean recording does, if a little lower (comfort.STREAM_DENOISED_LEVEL)."""
        return topped_up(speaking_rms, level=STREAM_DENOISED_LEVEL)

    def _room_comfort(self, speaking_rms: float) -> float:
        """The microphone's own audio is topped up the same way when its floor is below a
        room's (a clean recording played in, a very quiet microphone); a real room's floor
        usually needs nothing."""
        return topped_up(speaking_rms, 10.0 ** (self._raw.frames.floor_db / 20.0))

    def _speaking_rms(self) -> float:
        """The loud end of the person's speech so far; 0 before any was heard."""
        if not self._speech_db:
            return 0.0
        return float(10.0 ** (np.percentile(self._speech_db, 90) / 20.0))

    def _take_raw(self, judged: bytes, frame: bytes) -> bool:
        voiced = self._raw.frames.voiced(judged, self._in_utt and not self.noisy)
        if voiced and not self._use_denoised:  # else the denoised path measures the speech
            self._speech_db.append(frame_db(judged))
        if not self._in_utt:
            self._raw.pre.append(frame)
        return False if self.noisy else self._take(frame, voiced, self._raw)

    def _take_clean(self, judged: bytes, frame: bytes) -> bool:
        voiced = self._clean.frames.voiced(judged, self._in_utt and self.noisy)
        if voiced:
            self._speech_db.append(frame_db(judged))
        if not (self._in_utt and self.noisy):
            self._clean.pre.append(frame)
        if not self._in_utt or (not self.noisy and len(self._utt) <= RESTART_FRAMES):
            self._judge_room()
        return self._take(frame, voiced, self._clean) if self.noisy else False

    def _take(self, frame: bytes, voiced: bool, path: _Path) -> bool:
        """One frame of the path the room calls for."""
        if self._in_utt:
            self._utt.append(frame)
            if self._early is not None and voiced:
                self._resume()  # the pause was not the end: decode on from the start
            elif self._early is None:
                self._decoder.process_raw(frame)
        decision = self._end.frame(voiced, self.partial, self._final)
        if decision.started:
            self._decoder.start_utt()
            self._in_utt = True
            self._speculated = 0
            self._utt = path.pre_roll()  # ending with this frame
            for earlier in self._utt:
                self._decoder.process_raw(earlier)
        if decision.ended and self._in_utt:
            self._result = self._early or self._end_utt()
            self._early = None
            self._in_utt = False
            self._utt = []
            return True
        return False

    def _judge_room(self) -> None:
        """Between utterances: is the room noisy, that is, does the person's voice (its loud
        frames in the denoised audio, where the detector finds it even in noise) stand less
        than NOISY_BELOW_DB over the microphone's background, and is that background steady
        noise rather than voices (denoise.steady)? On a change the end detector
        starts afresh on the other path. The decoder's running feature mean is left to adapt:
        resetting it here made no difference on the pink-noise sessions tried."""
        if len(self._speech_db) < MIN_SPEECH_FRAMES:
            return
        # the loud end of the speech heard: its loudest frame until there is enough of it
        loud = float(np.percentile(self._speech_db, 90 if len(self._speech_db) >= 30 else 100))
        snr = loud - self._raw.frames.floor_db
        line = denoise.NOISY_BELOW_DB + (HYSTERESIS_DB if self.noisy else 0.0)
        noisy = snr < line and denoise.steady(self._raw.frames.recent_db)
        self._end.noisy = noisy
        if noisy != self.noisy:
            if self._in_utt:  # just started on the microphone's audio: start it again
                if self._early is None:
                    self._decoder.end_utt()
                self._in_utt = False
                self._early = None
                self._utt = []
            self.noisy = noisy
            self._clean.long_pre = noisy
            self._end.reset()

    def _final(self) -> str:
        """The transcript if the utterance ended now. The decoder's second pass only runs at
        the end of an utterance, so end it; should the person go on speaking, _resume decodes
        the whole utterance again (a little catching up, only after a pause mid-sentence).
        Long or often-paused speech is judged on the first pass instead, so catching up stays
        bounded."""
        if self._early is not None:
            return self._early.text
        speaking_s = len(self._utt) * FRAME_S
        if speaking_s > SPECULATE_MAX_S or self._speculated >= SPECULATE_TIMES:
            return self.partial()
        self._speculated += 1
        self._early = self._end_utt()
        return self._early.text

    def _resume(self) -> None:
        self._early = None
        self._decoder.start_utt()
        for frame in self._utt:
            self._decoder.process_raw(frame)

    def _end_utt(self) -> Utterance:
        started = time.perf_counter()
        self._decoder.end_utt()
        return _utterance(self._decoder, (time.perf_counter() - started) * 1000)

    def partial(self) -> str:
        if not self._in_utt:
            return ""
        if self._early is not None:
            return self._early.text
        hyp = self._decoder.hyp()
        return str(hyp.hypstr) if hyp is not None else ""

    def result(self) -> Utterance:
        return self._result

    def reset(self) -> None:
        if self._in_utt and self._early is None:
            self._decoder.end_utt()
        self._in_utt = False
        self._early = None
        self._utt = []
        self._end.reset()
        self._raw.clear()
        self._clean.clear()
        self._denoiser = None
        self._result = Utterance("", 0.0)


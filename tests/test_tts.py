"""The espeak-ng voice through pyttsx3, in process."""
from __future__ import annotations

from voice.tts import EspeakSynthesizer, SpeechConfig

SENTENCE = "Lie on your back with your knees bent."


def test_the_rate_holds_whatever_espeaks_own_rate_setting_says() -> None:
    # pyttsx3 sets espeak's rate by a separate asynchronous call, and once in CI that call was
    # lost. Here espeak's own setting is left at a fast 300 words a minute: the render must still
    # come out at the configured 110.
    synth = EspeakSynthesizer(SpeechConfig(rate=110))
    synth._engine.setProperty("rate", 300)
    slow = synth.synthesize(SENTENCE)
    synth.config.rate = 220
    fast = synth.synthesize(SENTENCE)
    slow_s, fast_s = len(slow.samples) / slow.rate, len(fast.samples) / fast.rate
    assert slow_s > 1.6 * fast_s
    assert 2.8 < slow_s < 4.2  # eight words at 110 a minute, with espeak's own pauses

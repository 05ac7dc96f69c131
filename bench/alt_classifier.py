"""The classifier alone, for comparison: the router with its matcher taken out.

The router asks its classifier (voice/router/classifier.py) only when the matcher finds nothing;
here the classifier decides everything the exact template match does not. Same normaliser,
safety triage, exact match and slot parsing as the router. Confidence is the class probability.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from voice.messages import Intent
from voice.router import slots, triage
from voice.router.router import INTENTS_FILE, _Engine, _engine
from voice.router.templates import UNKNOWN

THRESHOLD = 0.3
"""Below this probability the classifier's guess is "unknown" (best of 0.2-0.5 on the eval set)."""


@dataclass
class ClassifierRouter:
    engine: _Engine
    clock: Callable[[], datetime]

    @classmethod
    def train(cls, clock: Callable[[], datetime] = datetime.now) -> ClassifierRouter:
        return cls(_engine(INTENTS_FILE.resolve()), clock)

    def route(self, text: str) -> Intent:
        engine = self.engine
        safety = triage.assess(text, engine.normalize)
        if safety.verdict is triage.Verdict.REPORT:
            return Intent("emergency", 1.0, {}, text, triage=True)
        tagged = engine.tagger.tag(safety.rest, self.clock())
        exact = engine.matcher.exact.get(tagged.text)
        if exact is not None and exact != UNKNOWN:
            name, confidence = exact, 1.0
        else:
            ranked = engine.classifier.rank(tagged.text)
            if safety.verdict is not triage.Verdict.NONE:
                ranked = [kv for kv in ranked if kv[0] != "emergency"]
            name, confidence = ranked[0]
            if safety.verdict is triage.Verdict.ASKING:
                name = "when_doctor"
            if name == UNKNOWN or confidence < THRESHOLD:
                return Intent(UNKNOWN, confidence, {}, text)
        return Intent(name, confidence, slots.extract(name, tagged, engine.activities), text)

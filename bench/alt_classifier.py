"""The alternative matcher, for comparison only: a trained linear classifier.

Same normaliser, safety triage, exact template match and slot parsing as the router; only the
tolerant step differs: char n-gram (2-5, within words) + word (1-2) TF-IDF features and a
logistic regression trained on the router's expanded, tagged template sentences (the `unknown`
templates as their own class). Confidence is the class probability. Needs scikit-learn, which is
not a dependency of the package: `.venv/bin/pip install scikit-learn`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from voice.messages import Intent
from voice.router import slots, triage
from voice.router.router import INTENTS_FILE, _Engine, _engine
from voice.router.templates import UNKNOWN, load_templates

THRESHOLD = 0.3
"""Below this probability the classifier's guess is "unknown" (best of 0.2-0.5 on the eval set)."""


@dataclass
class ClassifierRouter:
    engine: _Engine
    model: Any
    clock: Callable[[], datetime]

    @classmethod
    def train(cls, clock: Callable[[], datetime] = datetime.now) -> ClassifierRouter:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        engine = _engine(INTENTS_FILE.resolve())
        templates = load_templates(INTENTS_FILE)
        seen: dict[tuple[str, str], None] = {}
        for intent, text in templates.samples():
            tagged = engine.tagger.tag(engine.normalize(text), datetime(2000, 1, 1), fuzzy=False)
            seen.setdefault((intent, tagged.text), None)
        labels = [intent for intent, _ in seen]
        texts = [text for _, text in seen]
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                            token_pattern=r"\S+"),
        )
        model = make_pipeline(features, LogisticRegression(C=20, max_iter=2000,
                                                           class_weight="balanced"))
        model.fit(texts, labels)
        return cls(engine, model, clock)

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
            probs = self.model.predict_proba([tagged.text])[0]
            ranked = sorted(zip(self.model.classes_, probs, strict=True), key=lambda kv: -kv[1])
            if safety.verdict is not triage.Verdict.NONE:
                ranked = [kv for kv in ranked if kv[0] != "emergency"]
            name, confidence = str(ranked[0][0]), float(ranked[0][1])
            if safety.verdict is triage.Verdict.ASKING:
                name = "when_doctor"
            if name == UNKNOWN or confidence < THRESHOLD:
                return Intent(UNKNOWN, confidence, {}, text)
        return Intent(name, confidence, slots.extract(name, tagged, engine.activities), text)

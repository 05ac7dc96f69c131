"""The intent router: what the person said -> an intent from the catalogue, slots, confidence.

    from voice.router import Router, ACCEPT, CLARIFY
    router = Router.load()
    intent = router.route("should I use ice or heat")

Modules: `normalize` (canonical text), `templates` (content/intents.yaml), `slots` and
`durations` (values), `triage` (red flags, first), `fuzzy` and `matcher` (tolerant matching),
`scoring` (confidence and thresholds), `router` (the Router joining them).
"""

from voice.router.router import Router
from voice.router.scoring import ACCEPT, CLARIFY
from voice.router.templates import sentences, vocabulary

__all__ = ["ACCEPT", "CLARIFY", "Router", "sentences", "vocabulary"]

"""Advice heard elsewhere, said before the request: "my physio said heat for twenty, can you
time it", "the box says no more than six a day, how many can I take", "a bloke at work swears by
a hot water bottle, should I be using heat". Who said it (a physio, the leaflet, someone online)
tells nothing of what is asked, yet its words pull the sentence towards other intents (a GP
towards when to see a doctor); the router also tries what follows the saying alone (`claim`).
"""

from __future__ import annotations

SAYING = (("says",), ("said",), ("reckons",), ("reckoned",), ("told", "me"),
          ("tells", "me"), ("swears", "by"), ("swore", "by"), ("recommends",),
          ("recommended",), ("suggests",), ("suggested",), ("advised",), ("advises",),
          ("warned", "me"), ("wants", "me"), ("wanted", "me"), ("shows",), ("showed",),
          ("advice", "was"), ("advice", "is"), ("orders", "are"), ("orders", "were"),
          ("is", "advice", "was"), ("is", "advice", "is"), ("is", "orders", "are"))
"""How a saying is told, after who said it ("the physio's advice was", "doctor's orders are":
the normaliser hears "physio is advice was")."""
SOURCE_WORDS = 5
"""Who said it, in at most this many words ("a bloke at work", "the hospital website")."""
NOT_SOURCES = frozenset("""i you it this that what which how why when where should can could
    do does is are will would no yes""".split())
"""Words not in who told the advice: "I said ice" is the person correcting themselves,
"what does the leaflet say" a question, "sorry, I did not catch what you said" no advice."""
CLAIM_WORDS = 2
"""Words after the saying, at least."""


def claim(words: list[str]) -> str | None:
    """What follows the first saying told by someone else, when the sentence opens with one."""
    for start in range(1, min(SOURCE_WORDS, len(words)) + 1):
        if words[start - 1] in NOT_SOURCES:
            return None
        for saying in SAYING:
            end = start + len(saying)
            if tuple(words[start:end]) == saying and len(words) - end >= CLAIM_WORDS:
                return " ".join(words[end:])
    return None

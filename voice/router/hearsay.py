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
          ("is", "advice", "was"), ("is", "advice", "is"), ("is", "orders", "are"),
          ("were", "saying", "something", "about"), ("were", "saying", "about"))
"""How a saying is told, after who said it ("the physio's advice was", "doctor's orders are":
the normaliser hears "physio is advice was"). Tried in this order at each place: a saying that
begins with a shorter one listed before it is never reached."""
SOURCE_WORDS = 5
"""Who said it, in at most this many words ("a bloke at work", "the hospital website")."""
NOT_SOURCES = frozenset("""i you it this that what which how why when where should can could
    do does is are will would no yes""".split())
"""Words not in who told the advice: "I said ice" is the person correcting themselves,
"what does the leaflet say" a question, "sorry, I did not catch what you said" no advice."""
CLAIM_WORDS = 2
"""Words after the saying, at least."""
RECALLING = (("what", "was", "that"), ("what", "was", "the"), ("remind", "me", "of", "the"),
             ("remind", "me", "of", "that"), ("i", "have", "forgotten", "the"),
             ("i", "forgot", "the"), ("tell", "me", "again", "the"))
"""Asking back for something we said, before what it was about ("what was that bit about
pillows", "I've forgotten the thing about not sleeping on my front")."""
CHECKING = (("is", "it", "true", "that"), ("is", "it", "true"), ("is", "it", "a", "myth", "that"),
            ("is", "it", "right", "that"))
"""Checking something heard, with no one named: "is it true a strong core stops back spasms"
asks about what follows."""
PARTS = frozenset("bit thing part stuff".split())
ECHOES = (("is", "that", "what", "you", "said"), ("you", "said"), ("you", "told", "me"),
          ("is", "that", "what", "you", "meant"), ("what", "was", "it"))
"""Said after what is checked back ("only a thin layer of the cream, you said?")."""


def claim(words: list[str]) -> str | None:
    """What was said, without who said it: what follows the first saying when the sentence
    opens with one (someone else's, or ours: "you said ..."), what a question asking back for
    something we said is about, or what comes before "you said?" at the end."""
    echoed = False
    for echo in ECHOES:
        if len(words) - len(echo) >= CLAIM_WORDS and tuple(words[-len(echo):]) == echo:
            words, echoed = words[: -len(echo)], True
            break
    for opening in RECALLING:
        size = len(opening)
        if (tuple(words[:size]) == opening and len(words) > size + 1 and words[size] in PARTS
                and words[size + 1] == "about" and len(words) - size - 2 >= CLAIM_WORDS):
            return " ".join(words[size + 2:])
    for checking in CHECKING:
        if tuple(words[:len(checking)]) == checking and len(words) - len(checking) >= CLAIM_WORDS:
            return " ".join(words[len(checking):])
    told = _told(words[1:], 1) if words[:1] == ["you"] else _told(words, 0)
    return told if told is not None or not echoed else " ".join(words)


def _told(words: list[str], said_by: int) -> str | None:
    """What follows a saying after at most SOURCE_WORDS words of who said it (`said_by` of them
    already taken: "you")."""
    for start in range(1 - said_by, min(SOURCE_WORDS, len(words)) + 1):
        if start > 0 and words[start - 1] in NOT_SOURCES:
            return None
        for saying in SAYING:
            end = start + len(saying)
            if tuple(words[start:end]) == saying and len(words) - end >= CLAIM_WORDS:
                return " ".join(words[end:])
    return None


POINTERS = (("mentioned",), ("said",), ("were", "saying"), ("talked", "about"),
            ("were", "on", "about"), ("suggested",), ("recommended",), ("told", "me", "about"),
            ("described",), ("went", "through"), ("took", "me", "through"),
            ("gave", "me"), ("logged",), ("read", "out"), ("brought", "up"))
"""What we did with a thing the person points back at: "the walking you mentioned", "that
stretching you took me through". Not "you did": "the breath count you just did, do it again"
asks for it again, and "did" alone is in too much else."""


def pointed(words: list[str]) -> str | None:
    """The words without where they point back at something we said or did ("and the walking
    you mentioned, how often ..." -> "and the walking, how often ..."), or None when they do
    not. The thing pointed at stays: it is what the question is about."""
    for at in range(len(words) - 1):
        if words[at] != "you":
            continue
        rest = at + 1 + (words[at + 1] in ("just", "already", "earlier"))
        for pointer in POINTERS:
            end = rest + len(pointer)
            if tuple(words[rest:end]) == pointer:
                left = words[:at] + words[end:]
                return " ".join(left) if len(left) >= CLAIM_WORDS else None
    return None

"""Speech that turns to the assistant part way through: "Meg, hold it there, that's the spot;
assistant, start timing the ice". What came before the assistant was named was said to someone
else in the room; what follows is what the assistant is asked. The router also tries what
follows alone (`after`).
"""

from __future__ import annotations

NAMES = frozenset("assistant speaker computer".split())
"""What people call the assistant when they turn to it."""
ABOUT = frozenset("the a an this that my your our his her their".split())
"""Before a name, words that talk about the thing ("the speaker is too quiet")..."""
TURNING = frozenset("to asking ask tell telling".split())
"""...unless they follow words that turn to it ("I'm talking to the assistant, how long ...")."""
REST_WORDS = 2
"""Words after the name, at least."""


def after(words: list[str]) -> str | None:
    """The words after the last place the assistant is named, not at the start of what was said
    (a name said first is a wake word and is skipped anyway), or None."""
    for i in range(len(words) - REST_WORDS - 1, 0, -1):
        if words[i] not in NAMES:
            continue
        if words[i - 1] in ABOUT and (i < 2 or words[i - 2] not in TURNING):
            continue
        return " ".join(words[i + 1:])
    return None

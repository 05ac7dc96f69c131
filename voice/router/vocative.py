"""Speech to the body itself: "legs, why won't you move?", "spine, I've just slipped in the
shower and landed on you", "back, once you calm down, how do I stop you doing this again?".
The part spoken to is what "you" means, so the sentence is routed as said of it ("why won't
my legs move?"). Not "back, can you tell me a stretch": that "you" is the assistant.
"""

from __future__ import annotations

import re

_PLURAL = ("legs", "feet", "knees", "hips", "muscles", "bowels", "toes")
_PART = re.compile(
    r"^\s*(?:(?:oh|come on|right|okay|ok|now|listen|please|alright|hey|well)\W+)*"
    r"(?:(?:my|you)\s+)?(?:(?:stupid|silly|poor|old|bloody|dear|lovely|naughty|sore|useless)\s+)?"
    r"(?P<part>lower back|back|spine|body|bladder|leg|foot|knee|hip|muscle|"
    + "|".join(_PLURAL) + r")\s*[,!.:;]+\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL)
"""A body part named first and set off, as one calls out to it."""
_ASSISTANT = re.compile(r"\byou\s+(?:just\s+)?(?:tell|give|start|set|remind|read|repeat|say|"
                        r"explain|log|note|record|time|talk|speak|play|help|find|stop the|"
                        r"pause|put)\b", re.IGNORECASE)
"""What only the assistant is asked to do: that "you" is the assistant, not the part."""
_YOU = re.compile(r"\b(?:(?:either|both|each|one) of you|you(?:'re| are)|you(?:'ve| have)|"
                  r"you'll|yourself|yourselves|your|you)\b", re.IGNORECASE)


def said_of_part(text: str) -> str | None:
    """The sentence with the part it speaks to in place of "you", or None when it speaks to
    no part or its "you" is the assistant."""
    m = _PART.match(text)
    if m is None or not _YOU.search(m["rest"]) or _ASSISTANT.search(m["rest"]):
        return None
    part = m["part"].lower()
    plural = part in _PLURAL
    own = f"my {part}"

    def said(you: re.Match[str]) -> str:
        word = you[0].lower()
        if word.endswith(("'re", " are")):
            return f"{own} {'are' if plural else 'is'}"
        if word.endswith(("'ve", " have")):
            return f"{own} {'have' if plural else 'has'}"
        if word == "you'll":
            return f"{own} will"
        if word.startswith(("yourself", "yourselves")):
            return "themselves" if plural else "itself"
        if word == "your":
            return "my"
        if word.endswith(" of you"):
            return f"{word[:-len('you')]}{own}"
        return own

    return _YOU.sub(said, m["rest"])

"""The assistant corrected: "no, I didn't say stop, I said next", "I said resume, not repeat",
"no, not the stretches, I wanted the breathing", "you've got it wrong, I don't want tips, I want
to know what causes it". Something is denied (not, no, wrong), and what the person wants follows
the last marker that says so ("I said", "I meant", "I want", "I'm asking"; "just" after a "don't"
said to us: "no, don't cancel it, just pause it"); a short "not ..." after it, the thing denied,
is no part of it.
"""

from __future__ import annotations

MARKERS = tuple(tuple(m.split()) for m in (
    "i said", "i meant", "i wanted", "i want", "i asked about", "i asked for",
    "i asked", "i am asking about", "i am asking for", "i am asking", "i was asking about",
    "i was asking", "i am telling you", "i was saying"))
"""What the person says before what they want, longest first where one begins another. Not "I
mean": that corrects the person's own words ("cold bath, wait, no, I mean a warm one"), which
voice.router.repair follows."""
WANTS = frozenset({("i", "wanted"), ("i", "want")})
"""Markers that stay with what is wanted, as "i want" ("I wanted the breathing" is "i want the
breathing", not "the breathing", which is what was done)."""
NOT_AFTER = frozenset("to that you if whether".split())
"""Words after a marker that make it a report, not a correction: "I said to my wife ...", "I
said that ...", "I asked you ...", "I want to" is kept ("I want to know what causes it")."""
DENYING = frozenset("not no wrong nope nah misheard misunderstood".split())
DENIED_WORDS = 5
"""At most this many words of a "not ..." said after what is wanted ("I said yes, not no"; "I
asked why this happens, not what to do about it")."""
OWN_NOT = frozenset("am is are was were do does did have has can could will would should".split())
"""Words whose "not" is a verb's, no thing denied: "I said I'm not numb anywhere"."""
DETERMINERS = frozenset("the a an my that this".split())
"""After a "not" in the middle of what is wanted, a thing denied in two words, then more: "I
said the heat, not the ice, how long should the heat stay on"."""
SUBJECTS = frozenset("i you we they he she it".split())
"""Whose "do not" is their own, not one told to us ("I do not know, just tell me")."""


def wanted(words: list[str]) -> str | None:
    """What the person wants after correcting us, or None when the words correct nothing."""
    found: tuple[int, tuple[str, ...]] | None = None
    for i in range(len(words)):
        marker = next((m for m in MARKERS if tuple(words[i:i + len(m)]) == m), None)
        if marker is None and words[i] == "just" and _told_not(words[:i]):
            marker = ("just",)  # "no, don't cancel it, just pause it"
        if marker is None:
            continue
        after = i + len(marker)
        if after < len(words) and (words[after] not in NOT_AFTER
                                   or (marker in WANTS and words[after] == "to")
                                   or words[after:after + 2] == ["you", "to"]):
            found = (i, marker)
    if found is None:
        return None
    at, marker = found
    rest = words[at + len(marker):]
    if rest[:2] == ["you", "to"]:  # "I wanted you to time the ice"
        rest, marker = rest[2:], ()
    if at > 0 and words[at - 1] == "what":  # "that's not what I wanted, stop"
        marker = ()
    denied = not DENYING.isdisjoint(words[:at])
    for j in range(1, len(rest)):
        if rest[j] != "not" or rest[j - 1] in OWN_NOT:
            continue
        if j >= len(rest) - DENIED_WORDS - 1:  # "I said resume, not repeat"
            rest, denied = rest[:j], True
        elif rest[j + 1] in DETERMINERS:  # "I said the heat, not the ice, how long ..."
            rest, denied = rest[:j] + rest[j + 3:], True
        break
    if not denied or not rest:
        return None
    return " ".join(["i", "want", *rest] if marker in WANTS else rest)


def _told_not(words: list[str]) -> bool:
    """Whether the words tell us not to do something: "do not cancel it" (not "I do not know",
    which is the person's own)."""
    return any(words[k:k + 2] == ["do", "not"] and (k == 0 or words[k - 1] not in SUBJECTS)
               for k in range(len(words) - 1))

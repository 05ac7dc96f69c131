"""Speech that turns to the assistant part way through: "Meg, hold it there, that's the spot;
assistant, start timing the ice". What came before the assistant was named was said to someone
else in the room; what follows is what the assistant is asked. The router also tries what
follows alone (`after`).
"""

from __future__ import annotations

import re

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


_DEVICES = r"(?:(?:hey|ok|okay) )?(?:alexa|siri|google|cortana|bixby)"
_ITSELF = (r"(?:(?:the|my|you) )?(?:voice|assistant|computer|gadget|speaker|machine|robot|app"
           r"|device|box|thing)\b")
_PUT_RIGHT = r"(?:no|nope|oops|sorry|wait|oh|i mean|i meant|wrong one|the other one|not that one)"
_WRONG_NAME = re.compile(
    # "Alexa, no, not you, voice, ...", "Hey Google, oops, I mean the assistant, ..."
    r"^\W*" + _DEVICES + r"\W+(?:" + _PUT_RIGHT + r"\W+|not you(?: \w+)?\W+)+(?:" + _ITSELF
    + r"\W*)?"
    # "Dave, sorry, not you, the computer, ..." (a person's name, put right)
    r"|^\W*(?!(?:and|but|or|so|if|it|is|i|that|this|well|because|cos)\b)[a-z]+\W+(?:"
    + _PUT_RIGHT + r"\W+)*not you(?: (?:mate|love|pal|dear|darling|babe|hun|son|sweetheart"
    r"|pet))?\W+(?:(?:i mean|i meant)\W+)?(?:" + _ITSELF + r"\W*)?",
    re.IGNORECASE)
"""Another device or person hailed first, then put right before the ask."""


def readdressed(text: str) -> str | None:
    """What is asked after another device or person was hailed by mistake and put right
    ("Alexa, no, not you, voice, my groin's gone numb"; heard without its commas, "alexa no
    voice ..." would read the "no" as a denial of what follows), or None."""
    m = _WRONG_NAME.match(text)
    if m is None or not re.search(r"\w", text[m.end():]):
        return None
    return text[m.end():]


_TITLE = (r"(?:sir|miss|madam|ma'?am|teacher|captain|cap'?n|skipper|coach|sarge"
          r"|sergeant(?: major)?|boss|chief|doc|detective|inspector|officer|constable|counsel"
          r"|your honou?r|lieutenant|corporal|commander|admiral|professor|guv)")
_TITLE_FIRST = re.compile(r"^(?P<lead>\W*(?:(?:please|oh|okay|ok|right|yes|yeah|no|aye|hey)\W+)*)"
                          + _TITLE + r"\b(?P<mark>\s*[,!:;.]+)?\s*", re.IGNORECASE)
_TITLE_LAST = re.compile(r"\s*[,;]\s*" + _TITLE + r"(?P<end>\W*)$", re.IGNORECASE)
"""The assistant hailed by a title, as a pupil, a crew or a team would ("please miss, how many
days off should I expect?", "coach, what reps?", "what's next, captain?"): set off first or
last, or after "please" ("please sir can I have the ice timer")."""


def untitled(text: str) -> str | None:
    """What is asked without the title the assistant is hailed by (_TITLE_FIRST, _TITLE_LAST),
    or None."""
    m = _TITLE_FIRST.match(text)
    if (m is not None and (m["mark"] or re.search(r"please\W*$", m["lead"], re.IGNORECASE))
            and re.search(r"\w", text[m.end():])):
        return m["lead"] + text[m.end():]
    m = _TITLE_LAST.search(text)
    if m is not None and re.search(r"\w", text[: m.start()]):
        return text[: m.start()] + m["end"]
    return None

"""A word or a number said letter by letter or digit by digit, as people do to be sure they are
understood: "start the I-C-E timer", "tingling, T I N G L I N G, in the feet", "fifteen, one
five, minutes". A word spelled beside the same word said whole, or a number's digits beside the
number, says it twice: the spelling goes. A word spelled with hyphens and said nowhere else is
the word. Letters spelled with spaces and said nowhere near are left as they are ("i i i" is a
stutter, not a word).
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

_RUN = re.compile(r"(?<![\w'])[a-z](?:(?: |-|, )[a-z])+(?![\w'])", re.IGNORECASE)
"""Single letters in a row, with spaces, hyphens or commas between."""
_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_DIGITS = re.compile(r"(?P<number>\b[a-z]+(?:[ -][a-z]+)?)(?P<gap>,? )"
                     r"(?P<digits>(?:" + "|".join(_DIGIT_WORDS) + r")(?: (?:"
                     + "|".join(_DIGIT_WORDS) + r"))+)\b", re.IGNORECASE)
"""A number said in words, then digit by digit ("fifteen, one five")."""
NEAR = 3
"""Words either side of a spelling where the word spelled may be said whole."""
SPACED_LETTERS = 3
"""Letters, at least, of a spelling with spaces (fewer are initials: "G P", "A and E")."""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _spelled(text: str) -> str:
    out, at = [], 0
    for m in _RUN.finditer(text):
        letters = re.split(r"(?: |-|, )", m[0])
        word = "".join(letters).lower()
        hyphened = "-" in m[0] and " " not in m[0]
        if not hyphened and len(letters) < SPACED_LETTERS:
            continue
        near = (_words(text[: m.start()])[-NEAR:] + _words(text[m.end():])[:NEAR])
        if word in near:  # said twice: the spelling goes, and the commas setting it off
            before, after = text[at: m.start()], text[m.end():]
            out.append(before.rstrip(" ,"))
            at = m.end()
            if before.rstrip().endswith(",") and after.lstrip().startswith(","):
                at += after.index(",") + 1  # ("forty, F O R T Y, minutes": "forty minutes")
            continue
        if hyphened:
            out.append(text[at: m.start()] + word)
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _digits_said_again(m: re.Match[str]) -> str:
    digits = "".join(_DIGIT_WORDS[w] for w in m["digits"].lower().split())
    number = alpha2digit(m["number"].lower().replace("-", " "), "en", threshold=0)
    if number.replace(" ", "").endswith(digits) and any(c.isdigit() for c in number):
        return m["number"]
    return m[0]


def unspelled(text: str) -> str | None:
    """The text with its spellings read (see the module's docstring); None when it has none."""
    said = _DIGITS.sub(_digits_said_again, _spelled(text))
    said = re.sub(r"\s+,", ",", re.sub(r"  +", " ", said))
    return None if said == text else said

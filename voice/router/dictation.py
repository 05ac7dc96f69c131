"""Punctuation said aloud, as people used to dictating texts say it: "ice or heat question
mark", "start the stretches full stop", "log a six comma maybe a seven", "note colon did my
pelvic tilts". Each is written as the mark it names, so the router splits and reads the
sentence as it would the written one ("start the stretches full stop" is no request to stop).
Not "period" (a period is also a period), nor "colon" after a word that owns it ("my colon").
"""

from __future__ import annotations

import re

_MARKS = (
    (re.compile(r"\s*\b(?:full stop|new line|new paragraph|dot dot dot)\b", re.IGNORECASE), "."),
    (re.compile(r"\s*\bquestion mark\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\bexclamation (?:mark|point)\b", re.IGNORECASE), "!"),
    (re.compile(r"\s*\b(?<!a )(?<!the )comma\b", re.IGNORECASE), ","),
    (re.compile(r"\s*\bsemi ?colon\b", re.IGNORECASE), ";"),
    (re.compile(r"(?<=\w)\s+(?<!my )(?<!the )(?<!your )(?<!his )(?<!her )colon\b(?=\s+\w)",
                re.IGNORECASE), ":"),
    (re.compile(r"\s*\b(?:open quote|close quote|end quote|unquote)\b", re.IGNORECASE), ""),
)
"""Each mark said aloud, and what is written for it."""
_LEADING = re.compile(r"^[\s.,;:!?]+")
"""Marks left at the start (a "new line" said first)."""


_QUOTE = re.compile(r"\s*\bquote\b", re.IGNORECASE)
"""A quotation opened aloud: dropped where it is closed aloud too ("quote bed rest unquote")."""
_QUOTE_CLOSED = re.compile(r"\b(?:unquote|end quote|close quote)\b", re.IGNORECASE)


def written(text: str) -> str | None:
    """The text with each punctuation mark said aloud written as the mark; None when it says
    none."""
    marked = _QUOTE.sub("", text) if _QUOTE_CLOSED.search(text) else text
    for said, mark in _MARKS:
        marked = said.sub(mark, marked)
    if marked == text:
        return None
    return " ".join(_LEADING.sub("", marked).split())

"""Slot values: find them in normalised text (tagging), then read them for the chosen intent.

Tagging replaces each value with a tag the templates also use (`match_as` in intents.yaml), so
"ice for 20 minutes" and "ice for half an hour" both reach the matcher as "ice for _minutes_":

    _ago_       "2 hours ago", "yesterday", "this morning"   value: hours ago
    _minutes_   "20 minutes", "half an hour", "an hour"      value: minutes
    _days_      "2 days", "a week"                           value: hours
    _score_     "6 out of 10"                                value: the score
    _medicine_  "tylenol", "ibuprofin" (heard)               value: generic name (acetaminophen)
    _number_    any other number                             value: the number

`extract` then turns tags into the slots of the chosen intent (DESIGN.md §4 and the log intents):
minutes (start_*_timer, log_activity), hours_ago (set_onset), score 0-10 (log_pain), medicine
(log_medicine, last_medicine, medication), activity (log_activity).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process

from voice.router import durations
from voice.router.durations import NUM

TAGS = ("_ago_", "_minutes_", "_days_", "_score_", "_medicine_", "_number_", "_until_")
_MARK = re.compile("^\x01([a-z]{2})\x01$")
"""A tagged value while tagging goes on: letters between control characters, so no later
pattern (numbers, medicine names) can match inside it."""
_FUZZY_MEDICINE = 84.0
_TRIGGER = re.compile(r"\d|\b(?:ago|minutes?|mins?|hours?|hrs?|hr|days?|weeks?|yesterday|night"
                      r"|morning|afternoon|evening|tonight|now|earlier|woke|got up|lunch(?:time)?"
                      r"|tea ?time|half|quarter|noon|midday|midnight"
                      r"|couple|few|moment|sec)\b")
"""Words without which no time or number can be in the text (a fast first check)."""
_MINUTES_AGO = re.compile(rf"(?P<d>{durations.minutes_pattern().pattern}) ago\b")
_DAYS_AGO = re.compile(rf"(?P<d>{durations.days_pattern().pattern}) ago\b")
_SCORE = re.compile(rf"\b({NUM}) (?:out of|out|of|from|over) 10\b")
_SCALE = re.compile(r"\b(?:(?:0|1) (?:to|2) )?10 point scale\b"
                    r"|\bscale (?:of |from )?(?:0|1) (?:to|2|through) 10\b")
"""The scale, not a score on it: "six on a ten point scale", "a seven on a scale of one to ten"."""
_NUMBER = re.compile(rf"\b{NUM}\b")
_UNTIL = re.compile(r"\b(?:until|till|til|it is (?:just |already |now )?(?:past|gone|after))"
                    r" (?:about |around )?"
                    r"(?:(?:half past|quarter past|quarter to|half|\d{1,2} past|\d{1,2} to) )?"
                    r"\d{1,2}(?: \d\d)?(?: ?(?:am|pm|oclock))?\b"
                    r"(?! (?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|or|and|to)\b)")
"""A time still to come ("ice until 10 to 5", "heat till 6 oclock"), or the time it is ("it's
past 8 now"): no onset, and its hour no length of a round."""
_PRONOUN_ONE = re.compile(r"\b(?:(?:another|this|that|the|new|which|each|(?:a|an|the) \w+"
                          r"|ice|icing|cold|heat|heating|hot|warm|other|same|easy|quick|hard"
                          r"|simple|tricky|good|big|little|last|first|next|right|wrong|proper"
                          r"|real) 1|1 of)\b")
""""One" as a pronoun, no duration: "start one of those cold timers", "another one", "the ice
one", "not the heat one, the ice one", "easy one to start you off". ("Set a timer for one" is a
minute.)"""


@dataclass(frozen=True)
class Span:
    kind: str
    """A tag name without underscores: ago, minutes, days, score, medicine, number."""
    value: Any
    said: str
    """The words as spoken (after normalisation), kept for reading back."""


@dataclass(frozen=True)
class Tagged:
    text: str
    """Normalised text with values replaced by tags: what the matcher sees."""
    plain: str
    """Normalised text before tagging: what activity and fallback medicine slots read."""
    spans: tuple[Span, ...] = field(default_factory=tuple)

    def first(self, kind: str) -> Span | None:
        return next((s for s in self.spans if s.kind == kind), None)


_Value = Callable[[re.Match[str]], Any]


def _at(hours: Callable[[re.Match[str], datetime], float], now: datetime) -> _Value:
    return lambda m: hours(m, now)


def _index_name(i: int) -> str:
    return chr(ord("a") + i // 26) + chr(ord("a") + i % 26)


class Tagger:
    """Finds slot values in normalised text; built once from the lexicons in intents.yaml."""

    def __init__(self, medicines: Mapping[str, str], known_words: Iterable[str] = ()) -> None:
        self.medicines = dict(medicines)
        """Spoken name ("advil") -> generic name ("ibuprofen")."""
        names = sorted(self.medicines, key=len, reverse=True)
        self._medicine_re = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
        self._single = [n for n in names if " " not in n and len(n) >= 5]
        self.known = frozenset(known_words) | frozenset(w for n in names for w in n.split())

    def _quick_check(self, text: str, fuzzy: bool) -> bool:
        """False when nothing in `text` can be a value: most utterances, all fast."""
        if _TRIGGER.search(text) or self._medicine_re.search(text):
            return True
        return fuzzy and any(t not in self.known and len(t) >= 3 for t in text.split())

    def tag(self, text: str, now: datetime, fuzzy: bool = True) -> Tagged:
        """Tag values in `text`; `fuzzy=False` skips misheard drug names (templates have none)."""
        if not self._quick_check(text, fuzzy):
            return Tagged(text, text)
        spans: list[Span] = []

        def tagger(kind: str, value: _Value) -> Callable[[re.Match[str]], str]:
            def mark(m: re.Match[str]) -> str:
                found = value(m)
                spans.append(Span(kind, durations.tidy(found) if kind != "medicine" else found,
                                  m[0]))
                return f" \x01{_index_name(len(spans) - 1)}\x01 "
            return mark

        out = self._fuzzy_medicines(text) if fuzzy else text
        out = _SCALE.sub(" scale ", _UNTIL.sub(tagger("until", lambda m: 0.0), out))
        out = durations.holidays_as_weekdays(out, now)
        for pattern, hours in durations.named_ago():
            out = pattern.sub(tagger("ago", _at(hours, now)), out)
        steps: list[tuple[str, re.Pattern[str], _Value]] = [
            ("ago", _MINUTES_AGO, lambda m: durations.minutes_of(m["d"]) / 60),
            ("ago", _DAYS_AGO, lambda m: durations.hours_of_days(m["d"])),
            ("minutes", durations.minutes_pattern(), lambda m: durations.minutes_of(m[0])),
            ("days", durations.days_pattern(), lambda m: durations.hours_of_days(m[0])),
            ("score", _SCORE, lambda m: float(m[1])),
            ("medicine", self._medicine_re, lambda m: self.medicines[m[0]]),
            ("number", _NUMBER, lambda m: float(m[0])),
        ]
        for kind, pattern, value in steps:
            out = pattern.sub(tagger(kind, value), out)

        tokens, ordered = [], []
        for token in out.split():
            found = _MARK.match(token)
            if found:
                index = (ord(found[1][0]) - ord("a")) * 26 + ord(found[1][1]) - ord("a")
                ordered.append(spans[index])
                tokens.append(f"_{spans[index].kind}_")
            else:
                tokens.append(token)
        return Tagged(" ".join(tokens), text, tuple(ordered))

    def _fuzzy_medicines(self, text: str) -> str:
        """Misheard drug names ("ibuprofin", "i be profen") rewritten to the name they resemble."""
        tokens = text.split()
        i = 0
        while i < len(tokens):
            for width in (3, 2, 1):
                window = tokens[i : i + width]
                if len(window) < width or all(t in self.known for t in window):
                    continue
                joined = "".join(window)
                if len(joined) < 5 or any(t.isdigit() for t in window):
                    continue
                best = process.extractOne(joined, self._single, scorer=fuzz.ratio,
                                          score_cutoff=_FUZZY_MEDICINE)
                if best is not None:
                    tokens[i : i + width] = [best[0]]
                    break
            i += 1
        return " ".join(tokens)


# --- reading slots for the chosen intent -------------------------------------------------------

_TIMER_MAX_MINUTES = 180
_BEFORE_A_NAME = frozenset((
    "a", "an", "some", "my", "the", "of", "just", "_number_", "too", "also", "another", "more",
))
"""Words between "took" and a drug's name ("i took two of my gabapentin"): passed over."""
_NOT_A_MEDICINE = frozenset((
    "it", "them", "something", "anything", "pills", "pill", "tablets", "tablet", "medicine",
    "medication", "meds", "painkillers", "painkiller", "dose", "milligrams", "mg", "for", "ago",
    "this", "that", "chemist", "chemists", "pharmacy",
))
"""Words where a name would be that are none ("i had the pills, write it down"): no name."""


_A_MOMENT = frozenset({"a second", "a sec", "a moment", "a minute"})
"""A moment said in passing ("when you get a second, time the heat for 25 minutes"): not the
timer's length when a length is said as well."""


def _minutes(tagged: Tagged, allow_bare: bool) -> int | float | None:
    said = [s for s in tagged.spans if s.kind == "minutes"]
    span = next((s for s in said if s.said not in _A_MOMENT), said[0] if said else None)
    if span is not None:
        ranged = _range_chosen(tagged, span)
        return span.value if ranged is None else ranged
    if allow_bare:
        bare = tagged.first("number")
        if bare is not None and bare.value == 1 and _PRONOUN_ONE.search(tagged.plain):
            return None
        if bare is not None and 0 < bare.value <= _TIMER_MAX_MINUTES:
            return bare.value  # type: ignore[no-any-return]
    return None


def _range_chosen(tagged: Tagged, upper: Span) -> int | float | None:
    """The minutes meant when `upper` ends a range ("10 to 20 minutes", "15 or 20 minutes"):
    a single value said after it, the choice made from it ("you said 10 to 20 minutes, so start
    the ice for 10"); else its lower end, the shorter time on the skin. None when `upper` ends
    no range."""
    tokens = tagged.text.split()
    placed = _placed(tagged, tokens)
    at = next(i for i, (_, s) in enumerate(placed) if s is upper)
    where = placed[at][0]
    if (at == 0 or placed[at - 1][0] != where - 2 or tokens[where - 1] not in ("to", "or")
            or placed[at - 1][1].kind not in ("number", "minutes")):
        return None
    for _, later in placed[at + 1:]:
        if later.kind == "minutes" or (later.kind == "number" and 1 < later.value
                                       <= _TIMER_MAX_MINUTES):
            return later.value  # type: ignore[no-any-return]
    lower = placed[at - 1][1]
    if lower.kind == "minutes":
        return lower.value  # type: ignore[no-any-return]
    # "1 to 2 hours": the lower end in the upper's unit
    return durations.tidy(lower.value * (60 if "hour" in upper.said else 1))


def _placed(tagged: Tagged, tokens: list[str]) -> list[tuple[int, Span]]:
    """Each span with where its tag is in `tokens` (`tagged.text` split). A tag typed in as a
    word ("_ago_") is skipped when no span is its."""
    placed: list[tuple[int, Span]] = []
    for i, token in enumerate(tokens):
        if len(placed) < len(tagged.spans) and token == f"_{tagged.spans[len(placed)].kind}_":
            placed.append((i, tagged.spans[len(placed)]))
    return placed


def _unnegated(tokens: list[str], said: list[tuple[int, Span]]) -> Span | None:
    """Of the values `said` (each with where its tag is in `tokens`), the first not said with
    "not" just before it ("not this morning, not last night, it was Tuesday at 8" is Tuesday),
    else the first."""
    kept = next((s for i, s in said if "not" not in tokens[max(0, i - 2):i]), None)
    return kept or (said[0][1] if said else None)


_BEGAN = frozenset("started starting began begun went seized locked twinged pinged kicked flared "
                   "happened".split())
"""What the spasm did when it began, in a story with other times: "I woke at 6, drove to work at
half 7, and it seized getting out of the car at 20 to 9" began at 20 to 9."""


def _began_at(tokens: list[str], said: list[tuple[int, Span]]) -> Span | None:
    """Of several times `said`, the first after the last word for beginning, if any."""
    began = [i for i, t in enumerate(tokens) if t in _BEGAN]
    if len(said) < 2 or not began:
        return None
    return next((s for i, s in said if i > began[-1]), None)


def _hours_ago(tagged: Tagged) -> int | float | None:
    tokens = tagged.text.split()
    agos = [(i, s) for i, s in _placed(tagged, tokens) if s.kind == "ago"]
    span = _began_at(tokens, agos) or _unnegated(tokens, agos) or tagged.first("days")
    if span is not None:
        return span.value  # type: ignore[no-any-return]
    duration = tagged.first("minutes")  # "it has been hurting for 3 hours"
    return durations.tidy(duration.value / 60) if duration is not None else None


def _score(tagged: Tagged) -> int | float | None:
    candidates = [s for s in tagged.spans if s.kind in ("score", "number") and 0 <= s.value <= 10]
    scored = [s for s in candidates if s.kind == "score"]
    return (scored or candidates)[-1].value if candidates else None


def _said_medicine(tagged: Tagged) -> str | None:
    """The word said after "took"/"had" when it is no drug we know: "i took my gabapentin"."""
    words = tagged.text.split()
    for i, word in enumerate(words):
        if word in ("took", "taken", "take", "had"):
            rest = [w for w in words[i + 1 : i + 6] if w not in _BEFORE_A_NAME]
            if rest and rest[0] not in _NOT_A_MEDICINE and not rest[0].startswith("_"):
                return rest[0]
    return None


_GENERIC = frozenset((
    "i", "a", "an", "the", "my", "some", "did", "do", "went", "go", "had", "have", "took", "take",
    "for", "it", "around", "up", "on", "used", "use", "of", "off", "out", "get", "got", "managed",
    "bed", "floor", "sofa",
))


@dataclass(frozen=True)
class Activities:
    """The activity list of intents.yaml: whole phrases, and the telling words in them."""

    phrases: dict[str, str]
    """"went for a walk" -> "walk", longest first."""
    words: dict[str, str]
    """"walked", "walk" -> "walk": words found in one activity's phrases only."""

    @classmethod
    def from_phrases(cls, phrases: Mapping[str, str]) -> Activities:
        owners: dict[str, set[str]] = {}
        for phrase, name in phrases.items():
            for word in phrase.split():
                owners.setdefault(word, set()).add(name)
        words = {w: next(iter(n)) for w, n in owners.items() if len(n) == 1 and w not in _GENERIC}
        ordered = dict(sorted(phrases.items(), key=lambda kv: -len(kv[0])))
        return cls(ordered, words)

    def find(self, tagged: Tagged) -> str | None:
        for phrase, name in self.phrases.items():
            if re.search(rf"\b{re.escape(phrase)}\b", tagged.plain):
                return name
        for token in tagged.plain.split():
            if token in self.words:
                return self.words[token]
        for token in tagged.plain.split():  # "stretchin", "walkd": heard a little wrong
            best = process.extractOne(token, list(self.words), scorer=fuzz.ratio, score_cutoff=85)
            if len(token) >= 5 and best is not None:
                return self.words[best[0]]
        return None


_VALUE_GLUE = frozenset(("a", "an", "for", "it", "to", "about", "around", "maybe", "say", "more",
                         "just", "than", "only", "no", "of", "is", "at", "then", "instead"))
"""Words that may come with a value said alone: "no, about twenty then"."""


def value_only(tagged: Tagged) -> bool:
    """Whether the words are one value and nothing of substance ("make it fifteen")."""
    tokens = tagged.text.split()
    return (len(tagged.spans) == 1 and sum(t.startswith("_") for t in tokens) == 1
            and all(t.startswith("_") or t in _VALUE_GLUE for t in tokens))


_CLOCK = re.compile(rf"\b(?:(?:half|quarter|{NUM}) (?:past|to) |half )?{NUM}(?: [ap]m)?\b")
"""A number or a time on the clock, said alone ("3", "half 11", "20 past 9")."""


def corrected(before: Tagged, after: Tagged) -> str | None:
    """`before` with its last value said again as corrected `after`: "it started 2 hours ago",
    "no, 3" -> "it started 3 hours ago"; "last night at half 10", "sorry, half 11, after the
    film" -> "last night at half 11"; "at 7 this morning", "it was 7 last night" -> "at 7 last
    night". The last value said after counts ("20 max, so 20"). A number or a clock time said
    alone replaces the one in the value it corrects, so what it is (hours ago, last night) is
    kept; a value said whole replaces the value whole. None when either has no value."""
    places, end = [], 0
    for span in after.spans:
        at = after.plain.find(span.said, end)
        if at < 0:
            return None  # a misheard drug name put right: not in the words as said
        end = at + len(span.said)
        places.append((at, end))
    numbered = [i for i, span in enumerate(after.spans) if re.search(r"\d", span.said)]
    if not before.spans or not numbered:
        return None
    first = last = numbered[-1]
    while last + 1 < len(places) and places[last + 1][0] == places[last][1] + 1:
        last += 1  # "7" "last night": one value
    new = after.plain[places[first][0]:places[last][1]]
    old = before.spans[-1].said
    clocks = list(_CLOCK.finditer(old))
    if _CLOCK.fullmatch(new) and clocks:
        new = old[:clocks[-1].start()] + new + old[clocks[-1].end():]
    elif old.startswith("at ") and new[0].isdigit():
        new = "at " + new
    at = before.plain.rfind(old)
    if new == old or at < 0:
        return None
    return before.plain[:at] + new + before.plain[at + len(old):]


def extract(intent: str, tagged: Tagged, activities: Activities) -> dict[str, Any]:
    """The slots of `intent` found in `tagged`; a slot not heard is left out."""
    slots: dict[str, Any] = {}
    if intent in ("start_ice_timer", "start_heat_timer"):
        slots["minutes"] = _minutes(tagged, allow_bare=True)
    elif intent == "set_onset":
        slots["hours_ago"] = _hours_ago(tagged)
    elif intent == "log_pain":
        slots["score"] = _score(tagged)
    elif intent in ("log_medicine", "last_medicine", "medication"):
        span = tagged.first("medicine")
        slots["medicine"] = span.value if span else None
        if span is None and intent == "log_medicine":
            slots["medicine"] = _said_medicine(tagged)
    elif intent == "log_activity":
        slots["activity"] = activities.find(tagged)
        slots["minutes"] = _minutes(tagged, allow_bare=False)
    return {k: v for k, v in slots.items() if v is not None}

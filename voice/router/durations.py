"""Spoken durations and times, in normalised text (number words already digits).

- `minutes`: "20 minutes", "15 min", "a quarter of an hour", "half an hour", "an hour",
  "1 and a half hours", "a couple of minutes".
- `days` (in hours): "2 days", "a week", "a couple of days".
- `ago` (in hours): any of the above + "ago", and named times:
    "just now", "a moment ago" -> 0        "yesterday" -> 24     "the day before yesterday" -> 48
    "last week" -> 168                     "earlier today" / "earlier" -> 3 (a fixed estimate)
    "this morning" -> hours since 08:00, "this afternoon" since 14:00, "this evening"/"tonight"
    since 19:00, "when i woke up" since 07:00, "at lunchtime" / "around lunch" since
    12:30 (yesterday's before noon) — all today, by the injected clock, never below 0;
    "last night" since 22:00 yesterday, "yesterday morning/afternoon/evening/night" since
    08:00/14:00/19:00/22:00 yesterday; "at 9 am", "at 9 oclock" since then (yesterday's if that
    is still ahead); "about 1 oclock" and a bare "1 pm" too; "at half past 10", "quarter to 2";
    "twelve-ish", "around 3 ish";
    "at noon" / "midday" (yesterday's before noon), "midnight"; "teatime" since 18:00 (yesterday's
    before then), "yesterday teatime";
    a clock time with its part of day or day after "at", "about", "around", "since" or "from":
    "since 11 this morning", "at 3 in the afternoon", "at 10 last night", "yesterday afternoon
    around 3", "at 7 yesterday evening" ("yesterday at 3" is 15:00); a day, a few words of what
    was happening, then its clock time: "on Sunday evening, just as the roast came out, 6
    oclock", "last night, right on kick off, quarter to 8", "since teatime on Tuesday, around
    half 5".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

NUM = r"\d+(?:\.\d+)?"
_HALF = r"(?: and (?:a )?half)?"
"""("1 hour and half", as a learner of English may say it)"""


_NOT_OF = r"(?! (?:an |a )?(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b)"
"""Not a half of something said after it ("half an hour")."""


def _n(m: re.Match[str]) -> float:
    return float(m.group("n")) + (0.5 if m.group("half") else 0.0)


# (pattern, value in minutes)
_MINUTE_FORMS: list[tuple[str, Callable[[re.Match[str]], float]]] = [
    # "2 hours and a half", "10 minutes and half"
    # (not "20 minutes and half an hour of rest")
    (rf"(?P<n>{NUM}) (?:minutes|minute|mins|min)(?P<half> and (?:a )?half){_NOT_OF}", _n),
    (rf"(?P<n>{NUM}) (?:hours|hour|hrs|hr)(?P<half> and (?:a )?half){_NOT_OF}",
     lambda m: 60 * _n(m)),
    (rf"(?P<n>{NUM})(?P<half>{_HALF}) (?:minutes|minute|mins|min)", _n),
    (rf"(?P<n>{NUM})(?P<half>{_HALF}) (?:hours|hour|hrs|hr)", lambda m: 60 * _n(m)),
    # (the "an" may go unheard: "it came on hour and a half ago")
    (r"(?:(?:an|a|1) |(?<!\d ))(?:hour|hr) and (?:a )?half", lambda m: 90.0),
    (r"(?:(?:an|a|1) |(?<!\d ))(?:hour|hr) and a quarter", lambda m: 75.0),
    (r"(?:(?:an|a|1) |(?<!\d ))(?:hour|hr) and (?:3|three) quarters", lambda m: 105.0),
    (r"(?:3|three) quarters of an hour", lambda m: 45.0),
    # ("a third" is a number word by now: "a 3rd of an hour")
    (r"(?:a |1 )?(?:3rd|third) of an hour", lambda m: 20.0),
    (r"(?:2|two) (?:3rds|thirds) of an hour", lambda m: 40.0),
    (r"(?:a |an )?half (?:an )?hour", lambda m: 30.0),
    (r"(?:a )?quarter (?:of (?:an? )?)?hour", lambda m: 15.0),
    (r"(?:an|a) (?:hour|hr)", lambda m: 60.0),
    (r"a couple (?:of )?minutes", lambda m: 2.0),
    (r"a few minutes", lambda m: 5.0),
    (r"a (?:minute|moment|second|sec)", lambda m: 1.0),
    (r"a couple (?:of )?hours", lambda m: 120.0),
    (r"a few hours", lambda m: 180.0),
]

# (pattern, value in hours)
_DAY_FORMS: list[tuple[str, Callable[[re.Match[str]], float]]] = [
    (rf"(?P<n>{NUM})(?P<half>{_HALF}) (?:days|day)", lambda m: 24 * _n(m)),
    (rf"(?P<n>{NUM})(?P<half>{_HALF}) (?:weeks|week)", lambda m: 168 * _n(m)),
    (r"a (?:whole |full )?day", lambda m: 24.0),
    (r"a couple (?:of )?days", lambda m: 48.0),
    (r"a few days", lambda m: 72.0),
    (r"a week", lambda m: 168.0),
    (rf"(?P<n>{NUM})(?P<half>{_HALF}) fortnights?", lambda m: 336 * _n(m)),
    (r"a fortnight", lambda m: 336.0),
]

_PART_OF_DAY = {"morning": 8, "afternoon": 14, "evening": 19, "night": 22}


def _since(now: datetime, hour: float, days_back: int = 0) -> float:
    start = now.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days_back)
    start += timedelta(hours=hour)
    return max(0.0, (now - start).total_seconds() / 3600)


def _hour_now(now: datetime) -> float:
    """The time of day now in hours: 21:40 is 21.67."""
    return now.hour + now.minute / 60


def _clock_time(m: re.Match[str], now: datetime) -> float:
    hour = _hour_of_day(m, m.groupdict().get("pm"), None)
    if m.groupdict().get("pm") is None and hour + 12 <= _hour_now(now):
        hour += 12  # "at 3" said in the evening means 15:00; "10 past 9" at 21:40, 21:10
    return _since(now, hour, int(hour > _hour_now(now)))


_PAST = {"half past": 0.5, "half": 0.5, "quarter past": 0.25, "quarter to": -0.25}
"""("half 7" is British for half past 7)"""


def _hour_of_day(m: re.Match[str], ampm: str | None, part: str | None) -> float:
    """The hour a clock time names when am/pm or the part of the day says which half."""
    g = m.groupdict()
    hour = int(g["h"]) % 12
    if ampm == "pm" or part in ("afternoon", "evening") or (part == "night" and hour >= 6):
        hour += 12
    return hour + int(g.get("mm") or 0) / 60 + _rel_hours(g.get("rel") or "")


def _rel_hours(rel: str) -> float:
    """Hours a time said before the hour adds to it: "half past" 0.5, "quarter to" -0.25, "10
    past" 1/6, "10 to" -1/6; nothing said, 0."""
    if rel[:1].isdigit():  # "10 past 12", "10 to 8"
        return int(rel.split()[0]) / 60 * (1 if rel.endswith(" past") else -1)
    return _PAST.get(rel, 0.0)


def _about_midnight(m: re.Match[str], now: datetime) -> float:
    """Minutes either side of the last midnight ("10 past midnight", "quarter to midnight")."""
    hour = _rel_hours(m["rel"])
    return _since(now, hour, int(hour > _hour_now(now)))


def _half_of_day(m: re.Match[str], part: str | None) -> str | None:
    """am or pm as said; with neither nor a part of the day, 1 to 6 is the afternoon ("yesterday
    at 3", "Monday at 3"), and 12 is noon ("on Thursday at 12": midnight is said so)."""
    ampm = m.groupdict().get("pm")
    if part is None and ampm is None:
        return "pm" if 1 <= int(m.group("h")) <= 6 or int(m.group("h")) == 12 else None
    return ampm


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "(?P<wd>" + "|".join(_WEEKDAYS) + ")"


def _weekday_clock(m: re.Match[str], now: datetime) -> float:
    """"on Monday at 8 in the evening", "Sunday night about 11", "3 pm on Tuesday": a clock
    time on a day of the week, the last such day up to now (today's, if the time has passed)."""
    groups = m.groupdict()
    part = next((groups[k] for k in ("p", "p2") if groups.get(k)),
                "evening" if groups.get("tea") else None)
    hour = _hour_of_day(m, _half_of_day(m, part), part)
    return _since(now, hour, _days_back(now, groups["wd"], hour))


def _days_back(now: datetime, weekday: str, hour: float) -> int:
    """How many days back the last `weekday` at `hour` was, up to now (today, if passed)."""
    days = (now.weekday() - _WEEKDAYS.index(weekday)) % 7
    return 7 if days == 0 and hour > _hour_now(now) else days


_MIDDAY = r"(?P<md>noon|midday|lunch ?time|(?<=at )lunch|(?<=about )lunch|(?<=around )lunch)"


def _dated_midday(m: re.Match[str], now: datetime) -> float:
    """Noon (or lunchtime, 12:30) yesterday or on a day of the week, the last such up to now."""
    hour = 12.5 if m.group("md").startswith("lunch") else 12.0
    return _since(now, hour, _yesterdays(m.group("y")) if m.group("y")
                  else _days_back(now, m.group("wd"), hour))


def _yesterdays(said: str) -> int:
    """Days back: "yesterday" 1, "the day before yesterday" 2."""
    return 2 if said.endswith("before yesterday") else 1


def _dated_clock(m: re.Match[str], now: datetime) -> float:
    """"11 this morning", "3 in the afternoon", "10 last night", "yesterday around 3",
    "3 yesterday afternoon", "last night about 11", "this morning at 7": a clock time the words
    around it put in a part of a day."""
    groups = m.groupdict()
    part = next((groups[k] for k in ("p5", "p", "p2", "p3", "p4", "last") if groups.get(k)),
                "evening" if groups.get("tonight") or groups.get("tea") else
                "afternoon" if groups.get("lunch") else None)
    hour = _hour_of_day(m, _half_of_day(m, part), part)
    if groups.get("y"):
        return _since(now, hour, _yesterdays(groups["y"]))
    if groups.get("last"):  # "10 last night" is yesterday's; "2 last night" may be today's
        return _since(now, hour, 1 if hour >= 12 or hour > _hour_now(now) else 0)
    return _since(now, hour, int(hour > _hour_now(now)))


_REL_WORDS = (r"half past|quarter past|quarter to|half|(?:5|10|20|25) past"
              r"|(?<!from )(?:5|10|20|25) to(?= (?:[1-9]|1[0-2])\b)")
_REL = rf"(?P<rel>{_REL_WORDS})"
"""Before the hour: "half 7" is British for half past 7; "10 past 12", "10 to 8" (not "from
10 to 8", a score that fell)."""
_CLOCK = (rf"(?:{_REL} )?"
          r"(?P<h>\d{1,2})(?: (?P<mm>\d\d))?(?: ?(?:(?P<pm>am|pm)|oclock))?")
_NEAR = (rf"(?:(?:(?:at|about|around) )?(?:just )?gone |just after "
         rf"|(?:at|about|around) |(?<=since )|(?<=from )|(?=(?:{_REL_WORDS}) )"
         r"|(?=\d{1,2}(?: \d\d)? ?(?:am|pm|oclock)\b))")
"""What leads a clock time with its part of day: "a 3 this afternoon" is a pain score; "half
past 7 this morning" and "4 oclock yesterday afternoon" need nothing; "just gone 6 this
morning" is 6."""

_BARE = rf"(?=(?:{_REL_WORDS}) )"
"""A clock time said straight after its part of today with nothing between but its own "half
past" ("this afternoon, half past 2")."""

_YESTERDAY = r"(?P<y>(?:the )?day before yesterday|yesterday)"

_BETWEEN = r"(?:(?!(?:took|had|taken|take)\b)\w+ ){1,8}?"
"""A few words told between a day and its clock time ("on Sunday evening, just as the roast came
out, 6 oclock"); not a dose taken then ("yesterday, I took 2 at 6")."""
_NOT_LENGTH = r"(?! (?:minutes?|mins?|hours?|hrs?|days?|out of)\b)(?!(?: \w+)? (?:ago|back)\b)"
"""Not a length of time nor a score: "about 7 minutes", "a 7 out of 10"."""

_OWN_DAY = (r"(?! this (?:morning|afternoon|evening)\b| last night\b"
            r"| (?:yesterday|tonight|today)\b)")
"""Not a clock time with its own day after it: "the physio on Monday will want to know, it
started at about 11 this morning" is this morning's 11, not Monday's."""

_ONSET_VERBS = ("started", "began", "went", "went out", "happened", "came on", "kicked off",
                "seized up", "locked up", "gave out", "flared up", "went into spasm")
"""What a spasm did when it began ("it went at 6"): the bare hour said after them is a time."""

_NAMED_AGO: list[tuple[str, Callable[[re.Match[str], datetime], float]]] = [
    # before any clock time can take its minutes for an hour ("at 10 past midnight" is no 10)
    (r"(?:(?:at|about|around) )?"
     r"(?P<rel>half past|quarter past|quarter to|(?:5|10|20|25) (?:past|to)) midnight",
     _about_midnight),
    (r"(?:just now|right this minute|a moment ago|this minute)", lambda m, now: 0.0),
    # teatime on a day, then its clock time: "since teatime on Tuesday, around half 5"
    (rf"(?:(?:at|about|around) )?(?P<tea>tea ?time) on {_WEEKDAY} (?:{_BETWEEN})?{_NEAR}{_CLOCK}"
     rf"{_NOT_LENGTH}",
     _weekday_clock),
    (rf"(?:(?:at|about|around) )?tea ?time on {_WEEKDAY}",
     lambda m, now: _since(now, 18, _days_back(now, m.group("wd"), 18))),
    # A clock time on a day of the week; a day alone says no hour ("since Monday").
    (rf"(?:on )?{_WEEKDAY}(?: (?P<p>morning|afternoon|evening|night))? "
     rf"(?:at (?:about |around )?|about |around ){_CLOCK}"
     r"(?: (?:in the|at) (?P<p2>morning|afternoon|evening|night))?",
     _weekday_clock),
    (rf"{_NEAR}{_CLOCK}(?: (?:in the|at) (?P<p>morning|afternoon|evening|night))? on {_WEEKDAY}"
     r"(?: (?P<p2>morning|afternoon|evening|night))?",
     _weekday_clock),
    # the day first, what was happening, then the clock: "on Sunday evening, just as the roast
    # came out, 6 oclock", "since teatime on Tuesday, around half 5"
    (rf"(?:on )?{_WEEKDAY}(?: (?P<p>morning|afternoon|evening|night))? {_BETWEEN}{_NEAR}{_CLOCK}"
     rf"{_NOT_LENGTH}{_OWN_DAY}",
     _weekday_clock),
    # A clock time with its day or part of day, before either is read alone.
    (rf"(?:{_YESTERDAY}(?: (?:in the |at )?(?P<p>morning|afternoon|evening|night)"
     rf"| (?:at )?(?P<lunch>lunch ?time)| (?:at )?(?P<tea>tea ?time))?"
     rf"|last (?P<last>night)"
     rf"|this (?P<p4>morning|afternoon|evening)) (?:at (?:about |around )?|about |around )"
     rf"{_CLOCK}"
     r"(?: (?:in the|at) (?P<p5>morning|afternoon|evening|night))?",
     _dated_clock),
    (rf"this (?P<p4>morning|afternoon|evening) {_BARE}{_CLOCK}", _dated_clock),
    # ... with what was happening between: "last night, right on kick off, quarter to 8", "at
    # lunch yesterday, half 1 ish"
    (rf"(?:{_YESTERDAY}(?: (?:in the |at )?(?P<p>morning|afternoon|evening|night)"
     rf"| (?:at )?(?P<lunch>lunch ?time)| (?:at )?(?P<tea>tea ?time))?"
     rf"|last (?P<last>night)) {_BETWEEN}{_NEAR}{_CLOCK}{_NOT_LENGTH}{_OWN_DAY}",
     _dated_clock),
    (rf"(?:at |about |around )?(?P<lunch>lunch ?time|lunch) {_YESTERDAY} "
     rf"(?:{_BETWEEN})?{_NEAR}{_CLOCK}{_NOT_LENGTH}",
     _dated_clock),
    (rf"{_NEAR}{_CLOCK} (?:(?:in the|this) (?P<p2>morning|afternoon|evening)|(?P<tonight>tonight)"
     rf"|(?:at|last) (?P<last>night)|{_YESTERDAY}(?: (?P<p3>morning|afternoon|evening))?)",
     _dated_clock),
    # midday on a named day: "on Wednesday at about noon", "yesterday lunchtime", "at
    # lunchtime yesterday"
    (rf"(?:(?:on )?{_WEEKDAY}|{_YESTERDAY})(?: at| about| around)*"
     rf" (?:12 )?{_MIDDAY}", _dated_midday),
    (rf"(?:(?:at|about|around) )?(?:12 )?{_MIDDAY} (?:on )?(?:{_WEEKDAY}|{_YESTERDAY})",
     _dated_midday),
    (r"(?:(?:at|about|around) )?(?:12 )?(?:noon|midday)", lambda m, now: _since(
        now, 12, int(now.hour < 12))),
    (r"(?:(?:at|about|around) )?midnight", lambda m, now: _since(now, 0)),
    (r"the (?:day|night) before (?:yesterday|last)", lambda m, now: 48.0),
    (r"yesterday (?:in the |at )?(?P<p>morning|afternoon|evening|night)",
     lambda m, now: _since(now, _PART_OF_DAY[m.group("p")], 1)),
    (r"last (?P<p>night|evening)", lambda m, now: _since(now, _PART_OF_DAY[m.group("p")], 1)),
    # teatime, the evening meal: about 6
    (r"yesterday (?:at )?tea ?time", lambda m, now: _since(now, 18, 1)),
    (r"yesterday", lambda m, now: 24.0),
    (r"last week", lambda m, now: 168.0),
    (r"this (?P<p>morning|afternoon|evening)",
     lambda m, now: _since(now, _PART_OF_DAY[m.group("p")])),
    (r"tonight", lambda m, now: _since(now, 19)),
    (r"when i (?:woke|got) up", lambda m, now: _since(now, 7)),
    (r"(?:at )?lunch ?time|(?:at|about|around) lunch", lambda m, now: _since(
        now, 12.5, int(now.hour < 12))),
    (r"(?:at |about |around )?tea ?time", lambda m, now: _since(now, 18, int(now.hour < 18))),
    (r"earlier(?: today| on)?", lambda m, now: 3.0),
    # "at", "about" or "around" may lead a clock time ("since about 1 oclock"): the time is
    # what says when, the preposition before it is the template's.
    (r"(?:(?:at|about|around) )?(?P<h>\d{1,2})(?: (?P<mm>\d\d))? ?(?:(?P<pm>am|pm)|oclock)",
     _clock_time),
    (rf"(?:(?:at|about|around) )?{_REL} (?P<h>\d{{1,2}})"
     r"(?! (?:minutes?|mins?|hours?|hrs?|out of)\b)",
     _clock_time),
    # "it went at 6", "it started around 3": a bare hour after the spasm's start is a clock
    # time (alone, "at 6" may be a score: "it is at 6")
    ("(?:" + "|".join(f"(?<={verb} )" for verb in _ONSET_VERBS) + r")(?:at|about|around) "
     r"(?:about |around )?(?P<h>\d{1,2})"
     r"(?!\.\d)" + _NOT_LENGTH,
     _clock_time),
    # "twelve-ish", "around three ish": the hour alone, roughly; not "a two-ish" (a score)
    (r"(?<!\ba )(?<!\ban )(?:(?:at|about|around) )?(?P<h>\d{1,2}) ?ish", _clock_time),
]



def _any_of(forms: list[tuple[str, Callable[[re.Match[str]], float]]]) -> re.Pattern[str]:
    plain = (re.sub(r"\(\?P<\w+>", "(?:", p) for p, _ in forms)
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in plain) + r")\b")


_ALL_MINUTES = _any_of(_MINUTE_FORMS)
_ALL_DAYS = _any_of(_DAY_FORMS)
_COMPILED_MIN = [(re.compile(p), f) for p, f in _MINUTE_FORMS]
_COMPILED_DAY = [(re.compile(p), f) for p, f in _DAY_FORMS]
_COMPILED_NAMED = [(re.compile(r"\b" + p + r"\b"), f) for p, f in _NAMED_AGO]


_Forms = list[tuple[re.Pattern[str], Callable[[re.Match[str]], float]]]


def _value(forms: _Forms, said: str) -> float:
    for pattern, value in forms:
        m = pattern.fullmatch(said)
        if m:
            return value(m)
    raise ValueError(f"not a duration: {said!r}")  # unreachable: callers pass matched text


def minutes_pattern() -> re.Pattern[str]:
    return _ALL_MINUTES


def days_pattern() -> re.Pattern[str]:
    return _ALL_DAYS


def minutes_of(said: str) -> float:
    """Minutes in a duration the minutes pattern matched: "half an hour" -> 30."""
    return _value(_COMPILED_MIN, said)


def hours_of_days(said: str) -> float:
    """Hours in a duration the days pattern matched: "2 days" -> 48."""
    return _value(_COMPILED_DAY, said)


_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "boxing day": (12, 26), "new years eve": (12, 31), "hogmanay": (12, 31),
             "new years day": (1, 1), "new years": (1, 1)}
_HOLIDAY = re.compile(r"\b(christmas eve|christmas day|boxing day|new years? (?:is )?(?:eve|day)"
                      r"|hogmanay|christmas|new year)\b")
"""Days of the year named by their feast, as normalised ("new year's eve" is "new year is
eve")."""


def holidays_as_weekdays(text: str, now: datetime) -> str:
    """`text` with each feast day of the last week named by its day of the week instead ("it
    went on new year's day at 1", said on 2 January a Friday, is Thursday's 1 o'clock), so the
    day-of-the-week times read it; a feast further back, or still to come, is left as said."""
    def weekday(m: re.Match[str]) -> str:
        month, day = _HOLIDAYS[re.sub(r"^new years?(?: is)?", "new years", m[1])]
        for year in (now.year, now.year - 1):
            back = (now.date() - now.date().replace(year=year, month=month, day=day)).days
            if 0 <= back <= 6:
                return _WEEKDAYS[(now.weekday() - back) % 7]
        return m[0]
    return _HOLIDAY.sub(weekday, text)


def named_ago() -> list[tuple[re.Pattern[str], Callable[[re.Match[str], datetime], float]]]:
    """Named times ("last night", "this morning"): (pattern, hours-ago given now)."""
    return _COMPILED_NAMED


def tidy(value: float) -> int | float:
    """2.0 -> 2, 0.5 -> 0.5, 6.999 -> 7: numbers as a person would read them back."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded

"""`voice log [--summary] [--clear [--yes]]`: the recovery log printed, summarised for a doctor's
visit, or deleted after a typed confirmation.

The texts are built here from the store (voice.recovery_log and the rounds) and the wording in
content/dialog/log.yaml; `log_text` and `summary_text` take the time, so tests pin them exactly.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from voice import episode, recovery_log
from voice.clock import local_midnight
from voice.content import Content
from voice.log_skill import activity_text, number_text
from voice.recovery_log import Entry
from voice.state import Store
from voice.timer_skill import COUNTS_S, Count
from voice.timers import Minutes, Round

__all__ = [
    "CONFIRM_PROMPT",
    "Line",
    "clear_with_confirmation",
    "cmd_log",
    "log_text",
    "summary_text",
]

CONFIRM_PROMPT = "Delete the whole recovery log? Type yes to confirm: "
_NOUN = {"ice": "round", "heat": "session"}
"""How a round of each kind is counted in words (timer_round / timer_session)."""


@dataclass(frozen=True)
class Line:
    """One dated line of the printed log: a round or a log entry."""

    at: float
    """When (UTC epoch seconds), printed in local time."""
    what: str
    """The text after the date and time."""


def _date(epoch: float) -> str:
    return time.strftime("%a %d %b", time.localtime(epoch))


def _time(epoch: float) -> str:
    return time.strftime("%H:%M", time.localtime(epoch))


def _line(content: Content, at: float, what: str) -> str:
    return content.say("log_print_line", date=_date(at), time=_time(at), what=what)


def _entry_what(content: Content, e: Entry) -> str:
    if e.kind == "medicine":
        return content.say("log_what_medicine",
                           medicine=e.name or content.say("log_medicine_unnamed"))
    if e.kind == "pain":
        return content.say("log_what_pain", score=number_text(e.score))
    if e.kind == "activity":
        activity = activity_text(content, e.name)
        if e.minutes is None:
            return content.say("log_what_activity", activity=activity)
        return content.say("log_what_activity_minutes", activity=activity,
                           minutes=Minutes(e.minutes * 60).spoken(content))
    return content.say("log_what_red_flag", text=e.text or "")


def _summary_what(content: Content, e: Entry) -> str:
    """An entry under its section heading: the name, score or words alone."""
    if e.kind == "medicine":
        return e.name or content.say("log_medicine_unnamed")
    if e.kind == "pain":
        return number_text(e.score)
    if e.kind == "red_flag":
        return content.say("log_quoted", text=e.text or "")
    return _entry_what(content, e)


def _counted(rounds: list[Round], now: float) -> list[Round]:
    """Rounds long enough to count (as in the timers' own summary)."""
    return [r for r in rounds if r.on_seconds(now) >= COUNTS_S]


def lines(store: Store, content: Content, now: float) -> list[Line]:
    """Every round and entry, oldest first."""
    out = [Line(r.started_at, content.say("log_what_round", kind=r.kind,
                                          minutes=Minutes(r.on_seconds(now)).spoken(content)))
           for r in _counted(recovery_log.rounds(store), now)]
    out += [Line(e.at, _entry_what(content, e)) for e in recovery_log.entries(store)]
    return sorted(out, key=lambda line: line.at)


def log_text(store: Store, content: Content, now: float) -> str:
    """The whole log, one dated line each."""
    found = lines(store, content, now)
    if not found:
        return content.say("log_print_empty")
    return "\n".join(_line(content, x.at, x.what) for x in found)


def summary_text(store: Store, content: Content, now: float) -> str:
    """A short plain-text summary of the episode for a doctor's visit."""
    say = content.say
    out = [say("log_summary_title", date=_date(now), time=_time(now))]
    onset = store.onset()
    if onset is None:
        out.append(say("log_summary_onset_unknown"))
    else:
        ago = episode.Ago(max(0.0, now - onset) / 3600).spoken(content)
        out.append(say("log_summary_onset", date=_date(onset), time=_time(onset), ago=ago))
    out.append(say("log_summary_rounds_title"))
    by_day: dict[float, list[Round]] = {}
    for r in _counted(recovery_log.rounds(store), now):
        by_day.setdefault(local_midnight(r.started_at), []).append(r)
    for day, rounds in by_day.items():
        items = []
        for kind in ("ice", "heat"):
            mine = [r for r in rounds if r.kind == kind]
            if mine:
                items.append(say("log_summary_kind", kind=kind,
                                 count=Count(len(mine), _NOUN[kind]).spoken(content),
                                 minutes=Minutes(sum(r.on_seconds(now) for r in mine))
                                 .spoken(content)))
        out.append("  " + say("log_summary_day", date=_date(day), items=", ".join(items)))
    if not by_day:
        out.append("  " + say("log_summary_none"))
    entries = recovery_log.entries(store)
    for kind, title in (("medicine", "log_summary_medicines_title"),
                        ("pain", "log_summary_pain_title"),
                        ("activity", "log_summary_activities_title"),
                        ("red_flag", "log_summary_red_flags_title")):
        told = [e for e in entries if e.kind == kind]
        if kind == "activity" and not told:
            continue
        out.append(say(title))
        out += ["  " + _line(content, e.at, _summary_what(content, e)) for e in told]
        if not told:
            out.append("  " + say("log_summary_none"))
    return "\n".join(out)


def clear_with_confirmation(store: Store, content: Content, yes: bool, ask: Callable[[], str],
                            out: TextIO) -> bool:
    """Delete the log when `yes` or when the typed answer is yes; True when deleted."""
    if not yes:
        answer = ask()
        if answer.strip().lower() not in ("yes", "y"):
            print(content.say("log_clear_cancelled"), file=out)
            return False
    cleared = recovery_log.clear(store)
    print(content.say("log_cleared", entries=cleared.entries, rounds=cleared.rounds), file=out)
    return True


def _ask_stdin() -> str:
    print(CONFIRM_PROMPT, end="", flush=True)
    line = sys.stdin.readline()
    return line


def cmd_log(args: argparse.Namespace) -> int:
    from voice.assistant import warn
    from voice.content import default_content
    from voice.paths import voice_home
    from voice.state import open_store

    content = default_content()
    store = open_store(voice_home(), warn)
    try:
        now = time.time()
        if args.clear:
            clear_with_confirmation(store, content, args.yes, _ask_stdin, sys.stdout)
        elif args.summary:
            print(summary_text(store, content, now))
        else:
            print(log_text(store, content, now))
    finally:
        store.close()
    return 0

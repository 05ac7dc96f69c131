"""The recovery log as stored: what the person took, felt and did, and the red flags they
reported, in the `log` table of `$VOICE_HOME/state.db` beside the rounds (voice.state).

The rounds themselves stay in the `rounds` table: the log reads them, it does not copy them.
Every write is one transaction of the shared store, so a kill -9 keeps each entry whole or not at
all. Times are UTC epoch seconds; nothing here knows the clock (the time is passed in).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from voice.state import Store
from voice.timers import Round

__all__ = ["Cleared", "Entry", "Kind", "add", "clear", "entries", "last_medicine", "rounds"]

Kind = Literal["medicine", "pain", "activity", "red_flag"]
_COLS = "at, kind, name, score, minutes, text, id"
"""The log columns in the order of Entry's fields."""


@dataclass(frozen=True)
class Entry:
    """One thing in the log."""

    at: float
    """When (UTC epoch seconds): when the person told it."""
    kind: Kind
    """medicine, pain, activity, or red_flag (an emergency intent)."""
    name: str | None = None
    """The medicine's generic name (acetaminophen), or the activity (walk, bath); None: not said."""
    score: float | None = None
    """The pain score, 0 to 10."""
    minutes: float | None = None
    """How long the activity went on, when said."""
    text: str | None = None
    """The words as heard (kept for red flags, so a doctor reads what was said)."""
    id: int | None = None
    """Its row in the store (None until stored)."""


@dataclass(frozen=True)
class Cleared:
    """What `clear` deleted."""

    entries: int
    """Log entries (medicines, pain, activities, red flags)."""
    rounds: int
    """Finished ice and heat rounds (a round still running is kept, so its timer goes on)."""


def add(store: Store, entry: Entry) -> Entry:
    """Store one entry (its own transaction) and return it with its id."""
    with store.transaction():
        store._write("INSERT INTO log (at, kind, name, score, minutes, text) "
                     "VALUES (?, ?, ?, ?, ?, ?)", entry.at, entry.kind, entry.name, entry.score,
                     entry.minutes, entry.text)
        entry_id = store._rows("SELECT last_insert_rowid()")[0][0]
    return Entry(entry.at, entry.kind, entry.name, entry.score, entry.minutes, entry.text,
                 entry_id)


def entries(store: Store, since: float | None = None, kind: Kind | None = None) -> list[Entry]:
    """Entries in time order, optionally only from `since` on and of one kind."""
    sql = f"SELECT {_COLS} FROM log WHERE at >= ? AND (? IS NULL OR kind = ?) ORDER BY at, id"
    rows = store._rows(sql, float("-inf") if since is None else since, kind, kind)
    return [Entry(*row) for row in rows]


def last_medicine(store: Store, name: str | None = None) -> Entry | None:
    """The latest medicine taken (of `name`, when given)."""
    rows = store._rows(f"SELECT {_COLS} FROM log WHERE kind = 'medicine' "
                       "AND (? IS NULL OR name = ?) ORDER BY at DESC, id DESC LIMIT 1", name, name)
    return Entry(*rows[0]) if rows else None


def rounds(store: Store, since: float | None = None) -> list[Round]:
    """Ice and heat rounds started from `since` on (all of them when None), oldest first."""
    return store.rounds_since(float("-inf") if since is None else since)


def clear(store: Store) -> Cleared:
    """Delete the whole log and the finished rounds with their prompts, in one transaction.
    The onset stays (ice-or-heat advice needs it) and so does a round still running."""
    with store.transaction():
        n_entries = store._write("DELETE FROM log")
        store._write("DELETE FROM prompts WHERE round_id IN "
                     "(SELECT id FROM rounds WHERE closed_at IS NOT NULL)")
        n_rounds = store._write("DELETE FROM rounds WHERE closed_at IS NOT NULL")
    return Cleared(n_entries, n_rounds)

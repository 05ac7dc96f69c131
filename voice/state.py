"""The state that must never be lost (DESIGN.md §6): the episode, rounds and their prompts, in
one small SQLite database, `$VOICE_HOME/state.db`.

Why SQLite: each change is one transaction, so a kill -9 leaves the last committed state, never a
half-written file; WAL mode and a busy timeout let two `voice` processes share it; and a person
can look inside with `sqlite3 state.db 'select * from rounds_local'`. Times are UTC epoch seconds
(the `*_local` views show them as local clock times). The schema version is in PRAGMA user_version.

A file that is not a database, fails its integrity check, or was written by a newer version is
moved aside (voice.fileio.quarantine), never overwritten, and reported with a StateError.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from voice.errors import StateError
from voice.fileio import quarantine
from voice.timers import Change, Prompt, Round

__all__ = ["SCHEMA_VERSION", "Store", "open_store", "state_path"]

SCHEMA_VERSION = 2
BUSY_S = 5.0
"""How long to wait for another process's transaction before giving up."""

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS episode (
        id INTEGER PRIMARY KEY,
        onset_at REAL NOT NULL,      -- when the spasm began
        recorded_at REAL NOT NULL    -- when the person said so; the latest row is current
    )""",
    """CREATE TABLE IF NOT EXISTS rounds (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ice', 'heat')),
        started_at REAL NOT NULL,
        duration_s REAL NOT NULL,
        ends_at REAL NOT NULL,       -- due end; moved with the prompts if the clock is stepped
        said_minutes INTEGER,        -- the minutes asked for, as said
        stopped_at REAL,             -- stopped early
        rest_until REAL,             -- end of the rest after it (ice)
        closed_at REAL               -- nothing more pending
    )""",
    """CREATE TABLE IF NOT EXISTS prompts (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES rounds(id),
        kind TEXT NOT NULL CHECK (kind IN ('warn', 'end', 'remind', 'rest_end')),
        due_at REAL NOT NULL,
        fired INTEGER NOT NULL DEFAULT 0,  -- 0: pending; 1: claimed by a process
        fired_at REAL,
        outcome TEXT                 -- spoken | passed (a later prompt said it) | cancelled
    )""",
    "CREATE INDEX IF NOT EXISTS prompts_pending ON prompts (fired, due_at)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value REAL)",
    """CREATE VIEW IF NOT EXISTS rounds_local AS SELECT id, kind,
        datetime(started_at, 'unixepoch', 'localtime') AS started,
        round(duration_s / 60.0, 1) AS minutes,
        datetime(ends_at, 'unixepoch', 'localtime') AS ends,
        datetime(stopped_at, 'unixepoch', 'localtime') AS stopped,
        datetime(rest_until, 'unixepoch', 'localtime') AS rest_until,
        datetime(closed_at, 'unixepoch', 'localtime') AS closed FROM rounds""",
    """CREATE VIEW IF NOT EXISTS prompts_local AS SELECT id, round_id, kind,
        datetime(due_at, 'unixepoch', 'localtime') AS due, fired,
        datetime(fired_at, 'unixepoch', 'localtime') AS fired_time, outcome FROM prompts""",
]
_LOG_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS log (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,            -- when it happened (told: when the person said it)
        kind TEXT NOT NULL CHECK (kind IN ('medicine', 'pain', 'activity', 'red_flag')),
        name TEXT,                   -- medicine (generic name) or activity (walk, bath...)
        score REAL,                  -- pain 0-10
        minutes REAL,                -- activity length, when said
        text TEXT                    -- the words as routed (red flags)
    )""",
    "CREATE INDEX IF NOT EXISTS log_at ON log (kind, at)",
    """CREATE VIEW IF NOT EXISTS log_local AS SELECT id,
        datetime(at, 'unixepoch', 'localtime') AS time, kind, name, score, minutes, text
        FROM log""",
]
"""Version 2 (issue #8): the recovery log: medicines, pain scores, activities, red flags."""
_MIGRATIONS = [_SCHEMA, _LOG_SCHEMA]
"""The statements taking the schema from version i to i + 1; a version-1 file only gets the
later ones, so its rounds and episode stay as they are."""
_ROUND_COLS = ("kind, started_at, duration_s, ends_at, said_minutes, stopped_at, rest_until, "
               "closed_at, id")


def state_path(home: Path) -> Path:
    return home / "state.db"


class Store:
    """The open state database. Safe to share between threads; writes go in `transaction()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating or upgrading) the database; StateError if it had to be moved aside."""
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        try:
            conn = sqlite3.connect(path, timeout=BUSY_S, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise StateError(f"{path}: cannot open it ({exc}); check the folder exists and is "
                             "writable, or set VOICE_HOME") from None
        problem = _problem(conn, existed)
        if problem is not None:
            conn.close()
            moved = _move_aside(path)
            raise StateError(f"{path} {problem}; it was moved to {moved.name} and timers start "
                             "afresh") from None
        store = cls(conn, path)
        store._migrate()
        return store

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing change, holding the write lock against other processes."""
        with self._lock, self._errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            raise StateError(f"{self.path}: {exc}; if another voice is running, close it and "
                             "try again") from None
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: {exc}; restart voice to check the file") from None

    def _rows(self, sql: str, *args: Any) -> list[Any]:
        with self._lock, self._errors():
            return self._conn.execute(sql, args).fetchall()

    def _write(self, sql: str, *args: Any) -> int:
        if not self._conn.in_transaction:
            raise RuntimeError("Store writes belong inside store.transaction()")
        with self._errors():
            return self._conn.execute(sql, args).rowcount

    def _migrate(self) -> None:
        with self.transaction():
            version = self._rows("PRAGMA user_version")[0][0]
            if version < SCHEMA_VERSION:
                for statements in _MIGRATIONS[version:]:
                    for statement in statements:
                        self._write(statement)
                self._write(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # --- the episode ----------------------------------------------------------------------

    def onset(self) -> float | None:
        rows = self._rows("SELECT onset_at FROM episode ORDER BY id DESC LIMIT 1")
        return float(rows[0][0]) if rows else None

    def set_onset(self, onset_at: float, now: float) -> None:
        self._write("INSERT INTO episode (onset_at, recorded_at) VALUES (?, ?)", onset_at, now)

    # --- rounds ---------------------------------------------------------------------------

    def add_round(self, r: Round, prompts: list[Prompt]) -> Round:
        self._write("INSERT INTO rounds (kind, started_at, duration_s, ends_at, said_minutes, "
                    "stopped_at, rest_until, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    r.kind, r.started_at, r.duration_s, r.ends_at, r.said_minutes, r.stopped_at,
                    r.rest_until, r.closed_at)
        round_id = self._rows("SELECT last_insert_rowid()")[0][0]
        for p in prompts:
            self._write("INSERT INTO prompts (round_id, kind, due_at) VALUES (?, ?, ?)",
                        round_id, p.kind, p.due_at)
        return replace(r, id=round_id)

    def round(self, round_id: int) -> Round:
        rows = self._rows(f"SELECT {_ROUND_COLS} FROM rounds WHERE id = ?", round_id)
        if not rows:
            raise StateError(f"{self.path}: round {round_id} is missing; restart voice")
        return Round(*rows[0])

    def open_rounds(self) -> list[Round]:
        """Rounds with something still pending, newest last."""
        return [Round(*row) for row in self._rows(
            f"SELECT {_ROUND_COLS} FROM rounds WHERE closed_at IS NULL ORDER BY id")]

    def rounds_since(self, since: float) -> list[Round]:
        return [Round(*row) for row in self._rows(
            f"SELECT {_ROUND_COLS} FROM rounds WHERE started_at >= ? ORDER BY id", since)]

    def apply(self, change: Change, now: float) -> None:
        r = change.round
        self._write("UPDATE rounds SET ends_at = ?, stopped_at = ?, rest_until = ?, closed_at = ? "
                    "WHERE id = ?", r.ends_at, r.stopped_at, r.rest_until, r.closed_at, r.id)
        if change.drop_pending:
            self._write("UPDATE prompts SET fired = 1, fired_at = ?, outcome = 'cancelled' "
                        "WHERE round_id = ? AND fired = 0", now, r.id)
        if change.rest_end_at is not None:
            moved = self._write("UPDATE prompts SET due_at = ?, fired = 0, fired_at = NULL, "
                                "outcome = NULL WHERE round_id = ? AND kind = 'rest_end'",
                                change.rest_end_at, r.id)
            if not moved:
                self._write("INSERT INTO prompts (round_id, kind, due_at) "
                            "VALUES (?, 'rest_end', ?)", r.id, change.rest_end_at)

    # --- prompts --------------------------------------------------------------------------

    def any_due(self, now: float) -> bool:
        return bool(self._rows("SELECT 1 FROM prompts WHERE fired = 0 AND due_at <= ? LIMIT 1",
                               now))

    def due_prompts(self, now: float) -> list[Prompt]:
        return [Prompt(kind, due_at, round_id, pid) for kind, due_at, round_id, pid in self._rows(
            "SELECT kind, due_at, round_id, id FROM prompts WHERE fired = 0 AND due_at <= ? "
            "ORDER BY due_at, id", now)]

    def claim(self, prompt_id: int, now: float) -> bool:
        """Take a due prompt for this process; False when another process already took it."""
        return self._write("UPDATE prompts SET fired = 1, fired_at = ?, outcome = 'passed' "
                           "WHERE id = ? AND fired = 0", now, prompt_id) == 1

    def mark_spoken(self, prompt_id: int) -> bool:
        """Record that a claimed prompt was the one said (False: it is pending again)."""
        return self._write("UPDATE prompts SET outcome = 'spoken' WHERE id = ? AND fired = 1",
                           prompt_id) == 1

    def pending_count(self, round_id: int) -> int:
        return int(self._rows("SELECT count(*) FROM prompts WHERE round_id = ? AND fired = 0",
                              round_id)[0][0])

    def next_due_at(self) -> float | None:
        value = self._rows("SELECT min(due_at) FROM prompts WHERE fired = 0")[0][0]
        return None if value is None else float(value)

    def shift(self, seconds: float) -> None:
        """Move everything still pending by `seconds` (the wall clock was stepped)."""
        self._write("UPDATE prompts SET due_at = due_at + ? WHERE fired = 0", seconds)
        self._write("UPDATE rounds SET started_at = started_at + ?1, ends_at = ends_at + ?1, "
                    "stopped_at = stopped_at + ?1, rest_until = rest_until + ?1 "
                    "WHERE closed_at IS NULL", seconds)

    def meta(self, key: str) -> float | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", key)
        return None if not rows or rows[0][0] is None else float(rows[0][0])

    def set_meta(self, key: str, value: float) -> None:
        self._write("INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)


def _problem(conn: sqlite3.Connection, existed: bool) -> str | None:
    """Why this database cannot be used, or None (pragmas are set here once it can)."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return (f"was written by a newer version of voice (schema {version}, this one reads "
                    f"up to {SCHEMA_VERSION}); upgrade voice to use it again")
        if existed:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                return f"failed its integrity check ({check})"
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        return f"is not a readable database ({exc})"
    return None


def _move_aside(path: Path) -> Path:
    """Quarantine the database with its WAL and shared-memory files, so the copy stays whole
    and a fresh database never picks up a stale log."""
    moved = quarantine(path)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, moved.with_name(moved.name + suffix))
    return moved


def open_store(home: Path, warn: Callable[[str], None]) -> Store:
    """The state database under `home`; a broken one is moved aside, reported, and replaced."""
    path = state_path(home)
    try:
        return Store.open(path)
    except StateError as exc:
        if not path.exists():  # moved aside: start a fresh one
            warn(str(exc))
            return Store.open(path)
        raise

"""The state database: a file a person can inspect, that a broken or newer copy of is moved aside
and reported (never dropped or overwritten), and whose prompts only one process can claim."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from voice import timers
from voice.errors import StateError
from voice.state import SCHEMA_VERSION, Store, open_store, state_path
from voice.timers import Change


def test_a_fresh_database_is_versioned_wal_and_readable_with_sqlite3(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    r, prompts = timers.start("ice", 15, 1000.0, said=15)
    with store.transaction():
        store.add_round(r, prompts)
        store.set_onset(500.0, 1000.0)
    store.close()
    db = sqlite3.connect(state_path(voice_home))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT kind, duration_s, said_minutes FROM rounds").fetchall() == [
        ("ice", 900.0, 15)]
    assert [k for (k,) in db.execute("SELECT kind FROM prompts ORDER BY due_at")] == [
        "warn", "end", "rest_end"]
    assert db.execute("SELECT count(*) FROM rounds_local").fetchone()[0] == 1
    assert db.execute("SELECT onset_at FROM episode").fetchall() == [(500.0,)]
    db.close()


def test_rounds_survive_reopening_unchanged(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    r, prompts = timers.start("heat", 20, 1000.0)
    with store.transaction():
        saved = store.add_round(r, prompts)
    store.close()
    again = open_store(voice_home, pytest.fail)
    assert again.open_rounds() == [saved]
    warn_end_reminders = 2 + len(timers.REMIND_AFTER_S)
    assert len(again.due_prompts(10_000.0)) == warn_end_reminders
    again.close()


def test_garbage_bytes_are_moved_aside_and_reported(voice_home: Path) -> None:
    path = state_path(voice_home)
    junk = b"\x00\xffnot a database at all\x13" * 100
    path.write_bytes(junk)
    with pytest.raises(StateError) as err:
        Store.open(path)
    message = str(err.value)
    assert "\n" not in message and "not a readable database" in message
    moved = [p for p in voice_home.iterdir() if p.name.startswith("state.db.broken-")]
    assert len(moved) == 1 and moved[0].read_bytes() == junk
    assert moved[0].name in message
    assert not path.exists()


def test_open_store_reports_a_broken_file_once_and_starts_afresh(voice_home: Path) -> None:
    state_path(voice_home).write_bytes(b"garbage" * 1000)
    warnings: list[str] = []
    store = open_store(voice_home, warnings.append)
    assert len(warnings) == 1 and "moved to state.db.broken-" in warnings[0]
    assert store.open_rounds() == []
    store.close()


def test_a_newer_schema_is_moved_aside_with_its_log_not_overwritten(voice_home: Path) -> None:
    path = state_path(voice_home)
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA journal_mode = WAL")
    newer.execute("CREATE TABLE future (x)")
    newer.execute("INSERT INTO future VALUES ('kept')")
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.commit()
    newer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    newer.close()
    with pytest.raises(StateError, match="newer version of voice") as err:
        Store.open(path)
    assert "upgrade voice" in str(err.value)
    (moved,) = [p for p in voice_home.iterdir() if p.name.endswith(tuple("0123456789"))]
    old = sqlite3.connect(moved)
    assert old.execute("SELECT x FROM future").fetchall() == [("kept",)]
    old.close()
    assert not path.exists()


def test_a_prompt_can_be_claimed_only_once_across_connections(voice_home: Path) -> None:
    a = open_store(voice_home, pytest.fail)
    b = open_store(voice_home, pytest.fail)
    r, prompts = timers.start("ice", 1, 1000.0)
    with a.transaction():
        a.add_round(r, prompts)
    (end,) = [p for p in b.due_prompts(2000.0) if p.kind == "end"]
    assert end.id is not None
    with a.transaction():
        assert a.claim(end.id, 2000.0)
    with b.transaction():
        assert not b.claim(end.id, 2000.0)
    a.close()
    b.close()


def test_a_failed_change_leaves_nothing_half_written(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    r, prompts = timers.start("ice", 15, 1000.0)
    with pytest.raises(RuntimeError), store.transaction():
        store.add_round(r, prompts)
        raise RuntimeError("crash in the middle")
    assert store.open_rounds() == [] and store.next_due_at() is None
    store.close()


def test_writes_outside_a_transaction_are_refused(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    with pytest.raises(RuntimeError, match="transaction"):
        store.set_onset(1.0, 2.0)
    store.close()


def test_changes_cancel_and_move_prompts(voice_home: Path) -> None:
    store = open_store(voice_home, pytest.fail)
    r, prompts = timers.start("ice", 15, 1000.0)
    with store.transaction():
        saved = store.add_round(r, prompts)
        store.apply(Change(saved, drop_pending=True, rest_end_at=5000.0), 1100.0)
    assert [(p.kind, p.due_at) for p in store.due_prompts(1e9)] == [("rest_end", 5000.0)]
    with store.transaction():
        store.shift(60.0)
    assert store.next_due_at() == 5060.0
    assert store.open_rounds()[0].ends_at == saved.ends_at + 60.0
    store.close()

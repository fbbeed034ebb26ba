"""Upgrading a state file: a version-1 file (its schema frozen here, as released) opens as the
current version with every row kept, after a ``Connection.backup()`` copy of the old file."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent.model import FollowUpKey, FollowUpState, Kind
from agent.state import SCHEMA_VERSION, DaemonRecord, State

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)

#: The schema of version 1 exactly as released; never edit it.
V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cursors(source TEXT PRIMARY KEY, cursor TEXT, synced_at TEXT);
CREATE TABLE ids(kind TEXT NOT NULL, n INTEGER NOT NULL, ref TEXT NOT NULL,
                 PRIMARY KEY(kind, ref), UNIQUE(kind, n));
CREATE TABLE events(key TEXT PRIMARY KEY, uid TEXT NOT NULL, calendar TEXT NOT NULL,
                    start_at TEXT NOT NULL, end_at TEXT NOT NULL, status TEXT NOT NULL,
                    data TEXT NOT NULL, digest TEXT NOT NULL, detection TEXT,
                    first_seen_at TEXT NOT NULL, updated_at TEXT NOT NULL,
                    vanished INTEGER NOT NULL DEFAULT 0);
CREATE INDEX events_calendar ON events(calendar, start_at);
CREATE INDEX events_uid ON events(uid);
CREATE TABLE marks(target TEXT PRIMARY KEY, decision TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE interview_notes(event_key TEXT PRIMARY KEY, timeline_text TEXT, \
notes TEXT NOT NULL DEFAULT '');
CREATE TABLE process_keys(key TEXT PRIMARY KEY, pid TEXT NOT NULL);
CREATE TABLE processes(pid TEXT PRIMARY KEY, first_seen_at TEXT NOT NULL, contact TEXT,
                       outcome TEXT, outcome_at TEXT, company TEXT);
CREATE TABLE people(pid TEXT NOT NULL, person_id TEXT NOT NULL, name TEXT, name_key TEXT,
                    email TEXT, PRIMARY KEY(pid, person_id));
CREATE TABLE address_book(name_key TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
                          at TEXT NOT NULL);
CREATE TABLE replies(id INTEGER PRIMARY KEY, pid TEXT NOT NULL, at TEXT NOT NULL, cls TEXT NOT NULL,
                     from_addr TEXT, timeline_text TEXT, answer_date TEXT, message_id TEXT,
                     thread_id TEXT, origin TEXT NOT NULL, UNIQUE(pid, message_id));
CREATE TABLE followups(key TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, pid TEXT NOT NULL,
                       kind TEXT NOT NULL, state TEXT NOT NULL, due_at TEXT NOT NULL,
                       data TEXT NOT NULL);
CREATE INDEX followups_state ON followups(state, due_at);
CREATE TABLE audit(id INTEGER PRIMARY KEY, at TEXT NOT NULL, subject TEXT NOT NULL,
                   action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
"""

KEY = FollowUpKey("p1", "onsite@acme.example", Kind.THANK_YOU, "dana")


def v1_file(path: Path) -> sqlite3.Connection:
    """A version-1 state file with a follow-up, a correction and an audit entry, its last
    writes still in the WAL (the connection is returned open, so nothing is checkpointed)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(V1)
    db.execute("PRAGMA user_version=1")
    data = {"to": ["dana@acme.example"], "reason": "thank you within 48 hours", "extra": {}}
    db.execute(
        "INSERT INTO followups VALUES (?,?,?,?,?,?,?)",
        (KEY.serialise(), "f1", "p1", "thank_you", "planned", NOW.isoformat(), json.dumps(data)),
    )
    db.execute("INSERT INTO ids VALUES ('f', 1, ?)", (KEY.serialise(),))
    db.execute("INSERT INTO marks VALUES ('e3', 'not-interview', ?)", (NOW.isoformat(),))
    db.execute(
        "INSERT INTO audit(at, subject, action) VALUES (?, 'f1', 'state')", (NOW.isoformat(),)
    )
    return db


def test_a_version_1_file_is_upgraded_with_its_data_and_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    old = v1_file(path)
    assert (tmp_path / "followup.db-wal").stat().st_size > 0  # the rows are in the WAL
    state = State(path)
    assert state.version == SCHEMA_VERSION == 3
    f = state.followup(KEY)
    assert f is not None and f.id == "f1" and f.to == ("dana@acme.example",)
    assert state.marks() == {"e3": "not-interview"}
    assert state.short_id("f", KEY.serialise()) == "f1"
    assert state.daemon() is None  # the new table, empty
    state.save_daemon(DaemonRecord(pid=42, started_at=NOW, last_pass_at=NOW, last_exit=0))
    assert state.daemon() == DaemonRecord(42, NOW, NOW, 0, None, 0)
    state.close()
    old.close()

    backup = tmp_path / "followup.db.bak-v1"
    assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT id, state FROM followups").fetchall() == [("f1", "planned")]
    assert copy.execute("SELECT count(*) FROM audit").fetchone()[0] == 1
    tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "daemon" not in tables
    copy.close()


def test_upgrading_twice_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    v1_file(path).close()
    State(path).close()
    (tmp_path / "followup.db.bak-v1").unlink()
    again = State(path)
    assert again.version == SCHEMA_VERSION
    assert not (tmp_path / "followup.db.bak-v1").exists()  # nothing to back up: no migration
    again.close()


def test_a_fresh_file_needs_no_backup(tmp_path: Path) -> None:
    State(tmp_path / "followup.db").close()
    assert sorted(p.name for p in tmp_path.iterdir() if "bak" in p.name) == []


def test_next_due_compares_instants_not_text(tmp_path: Path) -> None:
    from agent.model import FollowUp

    state = State(tmp_path / "followup.db")
    # 09:00 in Los Angeles is later than 12:00 UTC, though "...T09:00-08:00" sorts first as text
    la_text = datetime.fromisoformat("2026-12-03T09:00:00-08:00")
    for n, due in enumerate([la_text, NOW + timedelta(hours=1)]):
        key = FollowUpKey("p1", f"r{n}", Kind.THANK_YOU, "x")
        f = FollowUp(key=key, id=f"f{n + 1}", state=FollowUpState.PLANNED, due_at=due)
        state.save_followup(f, NOW)
    assert state.next_due_at(NOW) == NOW + timedelta(hours=1)
    assert state.next_due_at(NOW + timedelta(hours=1)) == la_text
    assert state.next_due_at(la_text) is None
    state.close()

"""followup's memory: a SQLite file of events, corrections, processes, follow-ups and an audit log.

SQLite in WAL mode with explicit ``BEGIN IMMEDIATE`` transactions (Python 3.11 has no
``autocommit=``), ``PRAGMA user_version`` migrations that never drop data, and a backup through
``Connection.backup()`` before a migration. The follow-up rows are the write-ahead journal: a
row is ``creating`` before the sink is called and ``drafted`` after.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from agent.errors import StateError
from agent.model import FollowUp, FollowUpKey, FollowUpState
from agent.names import name_key
from agent.records import (
    DaemonRecord,
    PersonRecord,
    ProcessRecord,
    ReplyRecord,
    Shared,
    StoredEvent,
)
from agent.safefiles import open_private, refuse_link

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3

_SCHEMA_V1 = """
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

#: Version 2: what ``followup run`` last did and plans next, for ``status`` (one row).
_SCHEMA_V2 = """
CREATE TABLE daemon(id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL,
                    started_at TEXT NOT NULL, last_pass_at TEXT, last_exit INTEGER,
                    next_wake_at TEXT, failures INTEGER NOT NULL DEFAULT 0);
"""

#: Version 3: an event missing from complete reads is "missing" (since when, from how many reads)
#: before it is gone (``agent.evidence``).
_SCHEMA_V3 = """
ALTER TABLE events ADD COLUMN missing_since TEXT;
ALTER TABLE events ADD COLUMN missing_reads INTEGER NOT NULL DEFAULT 0;
"""

#: Each entry upgrades the schema from version N-1 to N; never drops user data.
MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3}


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


class State:
    """The SQLite state file. ``State(":memory:")`` keeps everything in memory (tests, preview)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.read_only = False
        self._in_tx = False
        self._ids: dict[tuple[str, str], str] = {}
        self._tx_ids: dict[tuple[str, str], str] = {}  # given or read in the open transaction
        self.db = self._open()
        self._migrate()

    # ------------------------------------------------------------------ opening and migrating

    def _open(self) -> sqlite3.Connection:
        if self.path == ":memory:":
            return self._connect(self.path)
        path = Path(self.path)
        for name in (path, *(Path(f"{path}{suffix}") for suffix in _SIDE_FILES)):
            refuse_link(name, "the state file", StateError)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as e:
            raise StateError(f"cannot create the state folder {path.parent}: {e.strerror}") from e
        self.read_only = path.exists() and not os.access(path, os.W_OK)
        if self.read_only:
            return self._connect_read_only(path)
        _touch_private(path)
        return self._connect(self.path)

    def _connect(self, target: str, uri: bool = False) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(
                target, isolation_level=None, timeout=30, uri=uri, factory=_CheckedConnection
            )
            db.path = self.path
            if not self.read_only:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            if self.path != ":memory:":
                _check_pages(db, self.path)
        except sqlite3.OperationalError as e:
            # the file could not be opened or written (disk full, no access): not damage
            raise write_error(self.path, e) from e
        except sqlite3.DatabaseError as e:
            raise damaged(self.path, e) from e
        db.row_factory = sqlite3.Row
        return db

    def _connect_read_only(self, path: Path) -> sqlite3.Connection:
        """The file as it is, for the commands that only read (``status``): without a writable
        folder for its ``-shm``, SQLite reads the file alone (``immutable``: a checkpointed WAL)."""
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            return self._connect(uri, uri=True)
        except StateError as e:
            if not isinstance(e.__cause__, sqlite3.OperationalError):
                raise
        return self._connect(f"{uri}&immutable=1", uri=True)

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StateError(
                f"the state file {self.path} is from a newer followup (schema {current}, "
                f"this one knows {SCHEMA_VERSION})",
                hint="upgrade followup",
            )
        if current == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StateError(
                f"the state file {self.path} needs an upgrade (schema {current}) but is read-only",
                hint="give this user write access to it and its folder",
            )
        if current > 0:
            self.backup(f"{self.path}.bak-v{current}")
        for target in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _statements(MIGRATIONS[target]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={target}")
            log.info("state schema upgraded to version %d", target)

    def backup(self, target: str) -> None:
        """A consistent copy (the WAL included), written 0600."""
        if self.path == ":memory:":
            return
        refuse_link(f"{target}-journal", "the state's backup", StateError)
        _touch_private(Path(target))
        dest = sqlite3.connect(target)
        try:
            self.db.backup(dest)
        finally:
            dest.close()

    def close(self) -> None:
        self.db.close()

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; nested uses join the outer transaction."""
        if self._in_tx:
            yield self.db
            return
        if self.read_only:
            raise StateError(
                f"the state file {self.path} is read-only",
                hint="`followup status` can still read it; give this user write access to it "
                "and its folder to run anything else",
            )
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StateError(f"the state file {self.path} is busy: {e}") from e
        self._in_tx = True
        try:
            yield self.db
        except sqlite3.OperationalError as e:  # a full disk, a read-only file, an I/O error
            self._rollback()
            raise write_error(self.path, e) from e
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self.db.execute("COMMIT")
            except sqlite3.OperationalError as e:
                self._rollback()
                raise write_error(self.path, e) from e
            self._ids.update(self._tx_ids)  # written now: safe to remember
        finally:
            self._in_tx = False
            self._tx_ids.clear()

    def _rollback(self) -> None:
        # After a full disk or an I/O error SQLite may have rolled back already.
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("ROLLBACK")

    # ------------------------------------------------------------------ meta

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    def copy_to_memory(self) -> State:
        """An in-memory copy of this state, for commands that must write nothing (preview)."""
        copy = State.__new__(State)
        copy.path = ":memory:"
        copy.read_only = False
        copy._in_tx = False
        copy._ids = {}
        copy._tx_ids = {}
        copy.db = sqlite3.connect(":memory:", isolation_level=None)
        self.db.backup(copy.db)
        copy.db.row_factory = sqlite3.Row
        return copy

    # ------------------------------------------------------------------ short ids

    def short_id(self, kind: str, ref: str) -> str:
        """The short id (``p3``, ``i7``, ``e41``, ``f12``) of ``ref``, given once and kept."""
        known = self._ids.get((kind, ref)) or self._tx_ids.get((kind, ref))
        if known:
            return known
        row = self.db.execute("SELECT n FROM ids WHERE kind=? AND ref=?", (kind, ref)).fetchone()
        if not row:
            with self.transaction():
                n = self.db.execute(
                    "SELECT COALESCE(MAX(n), 0) + 1 FROM ids WHERE kind=?", (kind,)
                ).fetchone()[0]
                self.db.execute("INSERT INTO ids(kind, n, ref) VALUES (?, ?, ?)", (kind, n, ref))
            row = (n,)
        # Ids never change once given, so remembering them is safe - but only once written:
        # a rolled-back transaction must not leave an id here that the file does not hold.
        # (Inside a transaction it is remembered for the transaction, and kept once committed.)
        (self._tx_ids if self._in_tx else self._ids)[(kind, ref)] = f"{kind}{row[0]}"
        return f"{kind}{row[0]}"

    def resolve_short_id(self, text: str) -> tuple[str, str] | None:
        """``"e41"`` -> ``("e", ref)``; None when unknown."""
        if len(text) < 2 or not text[1:].isascii() or not text[1:].isdigit():
            return None
        if len(text) > 20 or int(text[1:]) >= 2**63:  # past SQLite's integers: never given
            return None
        row = self.db.execute(
            "SELECT ref FROM ids WHERE kind=? AND n=?", (text[0], int(text[1:]))
        ).fetchone()
        return (text[0], row[0]) if row else None

    def existing_short_id(self, kind: str, ref: str) -> str | None:
        row = self.db.execute("SELECT n FROM ids WHERE kind=? AND ref=?", (kind, ref)).fetchone()
        return f"{kind}{row[0]}" if row else None

    # ------------------------------------------------------------------ cursors

    def cursor(self, source: str) -> str | None:
        row = self.db.execute("SELECT cursor FROM cursors WHERE source=?", (source,)).fetchone()
        return row[0] if row else None

    def set_cursor(self, source: str, cursor: str | None, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO cursors(source, cursor, synced_at) VALUES (?, ?, ?) "
                "ON CONFLICT(source) DO UPDATE SET cursor=excluded.cursor, "
                "synced_at=excluded.synced_at",
                (source, cursor, now_at.isoformat()),
            )

    # ------------------------------------------------------------------ events

    def event_digests(self, calendar: str) -> dict[str, str]:
        rows = self.db.execute("SELECT key, digest FROM events WHERE calendar=?", (calendar,))
        return {r[0]: r[1] for r in rows}

    def upsert_events(self, rows: Sequence[tuple[str | None, ...]]) -> None:
        """Insert or update events in one statement, each with its detection: (key, uid, calendar,
        start_at, end_at, status, data JSON, digest, detection JSON or None, now, now),
        times in ISO text (a new row is first seen now; a row is updated now)."""
        self.db.executemany(
            "INSERT INTO events(key, uid, calendar, start_at, end_at, status, data, digest, "
            "detection, first_seen_at, updated_at, vanished) VALUES (?,?,?,?,?,?,?,?,?,?,?,0) "
            "ON CONFLICT(key) DO UPDATE SET uid=excluded.uid, calendar=excluded.calendar, "
            "start_at=excluded.start_at, end_at=excluded.end_at, status=excluded.status, "
            "data=excluded.data, digest=excluded.digest, detection=excluded.detection, "
            "updated_at=excluded.updated_at, vanished=0, missing_since=NULL, missing_reads=0",
            rows,
        )

    def mark_vanished(self, keys: Sequence[str], now_at: datetime) -> None:
        """These events are gone: cancelled (explicitly, or missing for long enough)."""
        for key in keys:
            self.db.execute(
                "UPDATE events SET vanished=1, detection=NULL, updated_at=? "
                "WHERE key=? AND vanished=0",
                (now_at.isoformat(), key),
            )

    def absent_keys(self, calendar: str) -> set[str]:
        """Events of ``calendar`` missing from a read, or gone: the few a read may bring back."""
        rows = self.db.execute(
            "SELECT key FROM events WHERE calendar=? AND (vanished=1 OR missing_reads>0)",
            (calendar,),
        )
        return {r[0] for r in rows}

    def mark_present(self, keys: Sequence[str], now_at: datetime) -> None:
        """These events were read again: neither missing nor gone (their detection is redone)."""
        for key in keys:
            self.db.execute(
                "UPDATE events SET detection=CASE WHEN vanished=1 THEN NULL ELSE detection END, "
                "vanished=0, missing_since=NULL, missing_reads=0, updated_at=? WHERE key=?",
                (now_at.isoformat(), key),
            )

    def mark_missing(self, keys: Sequence[str], now_at: datetime) -> None:
        """One more complete read lacked these events (the first such read starts the count)."""
        for key in keys:
            self.db.execute(
                "UPDATE events SET missing_reads=missing_reads+1, "
                "missing_since=COALESCE(missing_since, ?) WHERE key=? AND vanished=0",
                (now_at.isoformat(), key),
            )

    def missing(self, calendar: str) -> list[tuple[str, datetime, int]]:
        """(key, missing since, reads) of the events of ``calendar`` missing and not yet gone."""
        rows = self.db.execute(
            "SELECT key, missing_since, missing_reads FROM events "
            "WHERE calendar=? AND vanished=0 AND missing_reads>0",
            (calendar,),
        )
        return [(r[0], datetime.fromisoformat(r[1]), r[2]) for r in rows]

    def keys_in_span(self, calendar: str, start_at: datetime, end_at: datetime) -> list[str]:
        """Stored, present events of ``calendar`` starting inside the span (compared as
        instants)."""
        rows = self.db.execute(
            "SELECT key, start_at FROM events WHERE calendar=? AND vanished=0", (calendar,)
        )
        return [r[0] for r in rows if start_at <= datetime.fromisoformat(r[1]) < end_at]

    def set_detection(self, key: str, detection: dict[str, Any]) -> None:
        self.db.execute("UPDATE events SET detection=? WHERE key=?", (json.dumps(detection), key))

    def set_detections(self, results: Sequence[tuple[str, str]]) -> None:
        """Many detections at once: (event key, detection as JSON text)."""
        self.db.executemany(
            "UPDATE events SET detection=? WHERE key=?", [(text, key) for key, text in results]
        )

    _EVENT_COLUMNS = (
        "key, calendar, data, digest, detection, first_seen_at, vanished, missing_since, "
        "missing_reads"
    )

    def events(self) -> list[StoredEvent]:
        rows = self.db.execute(f"SELECT {self._EVENT_COLUMNS} FROM events ORDER BY start_at, key")
        return [_event_from_row(r) for r in rows]

    def keys_to_detect_with_start(self) -> list[tuple[str, str]]:
        """Keys of the events stored or changed since their last detection, each with its start_at
        as stored (ISO text), by start then key."""
        rows = self.db.execute(
            "SELECT key, start_at FROM events WHERE detection IS NULL ORDER BY start_at, key"
        )
        return [(r[0], r[1]) for r in rows]

    def events_to_detect(self) -> list[StoredEvent]:
        """Events stored or changed since their last detection (none when nothing changed)."""
        rows = self.db.execute(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE detection IS NULL "
            "ORDER BY start_at, key"
        )
        return [_event_from_row(r) for r in rows]

    def interview_events(self) -> list[StoredEvent]:
        """Events detected as interviews: planning never decodes the thousands of others."""
        rows = self.db.execute(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE detection IS NOT NULL "
            "AND json_extract(detection, '$.is_interview') ORDER BY start_at, key"
        )
        return [_event_from_row(r) for r in rows]

    def unsure_events(self) -> list[StoredEvent]:
        """Events detection left unsure (mixed evidence) and the user has not marked."""
        rows = self.db.execute(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE detection IS NOT NULL "
            "AND json_extract(detection, '$.unsure') ORDER BY start_at, key"
        )
        return [_event_from_row(r) for r in rows]

    def event(self, key: str) -> StoredEvent | None:
        row = self.db.execute(
            f"SELECT {self._EVENT_COLUMNS} FROM events WHERE key=?", (key,)
        ).fetchone()
        return _event_from_row(row) if row else None

    def series_starts(self, uids: Sequence[str]) -> dict[str, list[datetime]]:
        """The starts of the stored occurrences of each series in ``uids``."""
        found: dict[str, list[datetime]] = {}
        wanted = sorted(set(uids))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = self.db.execute(
                f"SELECT uid, start_at FROM events WHERE uid IN ({','.join('?' * len(chunk))}) "
                "AND key != uid",
                chunk,
            )
            for uid, start_at in rows:
                found.setdefault(uid, []).append(datetime.fromisoformat(start_at))
        return found

    def event_keys_for_uid(self, uid: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT key FROM events WHERE uid=?", (uid,))]

    # ------------------------------------------------------------------ corrections

    def set_mark(self, target: str, decision: str, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO marks(target, decision, at) VALUES (?,?,?) ON CONFLICT(target) "
                "DO UPDATE SET decision=excluded.decision, at=excluded.at",
                (target, decision, now_at.isoformat()),
            )
            self.db.execute(
                "UPDATE events SET detection=NULL WHERE key=? OR uid=?", (target, target)
            )
            self.audit(now_at, target, "mark", decision)

    def clear_mark(self, target: str, now_at: datetime) -> None:
        """Take a mark back: the events it named are detected again, by the rules."""
        with self.transaction():
            self.db.execute("DELETE FROM marks WHERE target=?", (target,))
            self.db.execute(
                "UPDATE events SET detection=NULL WHERE key=? OR uid=?", (target, target)
            )
            self.audit(now_at, target, "mark", "auto")

    def marks(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.execute("SELECT target, decision FROM marks")}

    def set_timeline(self, event_key: str, text: str, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO interview_notes(event_key, timeline_text) VALUES (?, ?) "
                "ON CONFLICT(event_key) DO UPDATE SET timeline_text=excluded.timeline_text",
                (event_key, text),
            )
            self.audit(now_at, event_key, "timeline", text)

    def add_note(self, event_key: str, text: str, now_at: datetime) -> None:
        with self.transaction():
            row = self.db.execute(
                "SELECT notes FROM interview_notes WHERE event_key=?", (event_key,)
            ).fetchone()
            notes = f"{row[0]}\n{text}".strip() if row else text
            self.db.execute(
                "INSERT INTO interview_notes(event_key, notes) VALUES (?, ?) "
                "ON CONFLICT(event_key) DO UPDATE SET notes=excluded.notes",
                (event_key, notes),
            )
            self.db.execute("UPDATE events SET detection=NULL WHERE key=?", (event_key,))
            self.audit(now_at, event_key, "note", text)

    def interview_notes(self) -> dict[str, tuple[str | None, str]]:
        rows = self.db.execute("SELECT event_key, timeline_text, notes FROM interview_notes")
        return {r[0]: (r[1], r[2] or "") for r in rows}

    def add_address(self, name_key: str, name: str, email: str, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO address_book(name_key, name, email, at) VALUES (?,?,?,?) "
                "ON CONFLICT(name_key) DO UPDATE SET name=excluded.name, email=excluded.email, "
                "at=excluded.at",
                (name_key, name, email, now_at.isoformat()),
            )
            self.audit(now_at, name, "people add", email)

    def remove_address(self, name_key: str, email: str, now_at: datetime) -> None:
        """Take back an address given with ``people add``: the book's entry goes, and so does
        the address of each person it completed (someone first known by name only); an address
        the calendar itself gave a person stays."""
        with self.transaction():
            row = self.db.execute(
                "SELECT name FROM address_book WHERE name_key=? AND email=?", (name_key, email)
            ).fetchone()
            self.db.execute(
                "DELETE FROM address_book WHERE name_key=? AND email=?", (name_key, email)
            )
            self.db.execute(
                "UPDATE people SET email=NULL WHERE email=? AND person_id LIKE 'n:%'", (email,)
            )
            self.audit(now_at, row[0] if row else name_key, "people remove", email)

    def address_book(self) -> dict[str, str]:
        """Name key -> address. Each key is computed again from the stored name, so an entry
        keyed by an older fold of the name is still found."""
        rows = self.db.execute("SELECT name_key, name, email FROM address_book")
        return {(name_key(name) or key): email for key, name, email in rows}

    # ------------------------------------------------------------------ processes and people

    def process_ids_for_keys(self, keys: Sequence[str]) -> list[str]:
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT DISTINCT pid FROM process_keys WHERE key IN ({marks})", keys
        )
        return [r[0] for r in rows]

    def bind_process_keys(self, pid: str, keys: Sequence[str]) -> None:
        for key in keys:
            self.db.execute(
                "INSERT INTO process_keys(key, pid) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET pid=excluded.pid",
                (key, pid),
            )

    def ensure_process(self, pid: str, company: str | None, now_at: datetime) -> ProcessRecord:
        self.db.execute(
            "INSERT INTO processes(pid, first_seen_at, company) VALUES (?, ?, ?) "
            "ON CONFLICT(pid) DO NOTHING",
            (pid, now_at.isoformat(), company),
        )
        record = self.process(pid)
        assert record is not None
        return record

    def process(self, pid: str) -> ProcessRecord | None:
        row = self.db.execute(
            "SELECT pid, first_seen_at, contact, outcome, outcome_at, company FROM processes "
            "WHERE pid=?",
            (pid,),
        ).fetchone()
        if not row:
            return None
        first_seen_at = datetime.fromisoformat(row[1])
        return ProcessRecord(row[0], first_seen_at, row[2], row[3], _dt(row[4]), row[5])

    def process_ids(self) -> list[str]:
        rows = self.db.execute("SELECT pid FROM processes")
        return sorted((r[0] for r in rows), key=lambda p: int(p[1:]))

    def set_contact(self, pid: str, address: str, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute("UPDATE processes SET contact=? WHERE pid=?", (address, pid))
            self.audit(now_at, pid, "contact", address)

    def set_outcome(self, pid: str, outcome: str, now_at: datetime) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE processes SET outcome=?, outcome_at=? WHERE pid=?",
                (outcome, now_at.isoformat(), pid),
            )
            self.audit(now_at, pid, "outcome", outcome)

    def merge_process(self, younger: str, older: str, now_at: datetime) -> None:
        """One application seen as two processes until an event tied them: ``younger`` joins
        ``older``. Its follow-ups move under ``older`` keeping the ``X-Followup-Key`` their drafts
        carry, so nothing already drafted is planned again under the new id."""
        with self.transaction():
            for f in self.followups(younger):
                self._move_followup(f, older)
            for table in ("process_keys", "replies"):
                self.db.execute(f"UPDATE {table} SET pid=? WHERE pid=?", (older, younger))
            self.db.execute(
                "INSERT OR IGNORE INTO people(pid, person_id, name, name_key, email) "
                "SELECT ?, person_id, name, name_key, email FROM people WHERE pid=?",
                (older, younger),
            )
            self.db.execute("DELETE FROM people WHERE pid=?", (younger,))
            self.db.execute(
                "UPDATE processes SET contact=COALESCE(contact, (SELECT contact FROM processes "
                "WHERE pid=?)), outcome=COALESCE(outcome, (SELECT outcome FROM processes "
                "WHERE pid=?)) WHERE pid=?",
                (younger, younger, older),
            )
            self.db.execute("DELETE FROM processes WHERE pid=?", (younger,))
            self.audit(now_at, younger, "merged", f"into {older}")

    def _move_followup(self, f: FollowUp, pid: str) -> None:
        moved = replace(f, key=replace(f.key, process=pid), extra={**f.extra, "marker": f.marker})
        clash = self.followup(moved.key)
        self.db.execute("DELETE FROM followups WHERE key=?", (f.key.serialise(),))
        if clash is not None and (clash.draft_id or not moved.draft_id):
            return  # the older process's own row stands; this one had no draft of its own
        if clash is not None:
            self.db.execute("DELETE FROM followups WHERE key=?", (moved.key.serialise(),))
        self._write_followup(moved)

    def people(self, pid: str) -> list[PersonRecord]:
        rows = self.db.execute(
            "SELECT pid, person_id, name, name_key, email FROM people WHERE pid=? ORDER BY rowid",
            (pid,),
        )
        return [PersonRecord(*r) for r in rows]

    def save_person(self, person: PersonRecord) -> None:
        self.db.execute(
            "INSERT INTO people(pid, person_id, name, name_key, email) VALUES (?,?,?,?,?) "
            "ON CONFLICT(pid, person_id) DO UPDATE SET name=COALESCE(people.name, excluded.name), "
            "name_key=COALESCE(people.name_key, excluded.name_key), "
            "email=COALESCE(people.email, excluded.email)",
            (person.pid, person.person_id, person.name, person.name_key, person.email),
        )

    # ------------------------------------------------------------------ replies

    def add_reply(self, reply: ReplyRecord, now_at: datetime) -> bool:
        """Record a reply; False when this message was already recorded."""
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO replies(pid, at, cls, from_addr, timeline_text, "
                "answer_date, "
                "message_id, thread_id, origin) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    reply.pid,
                    reply.at.isoformat(),
                    reply.cls,
                    reply.from_addr,
                    reply.timeline_text,
                    _iso(reply.answer_date),
                    reply.message_id,
                    reply.thread_id,
                    reply.origin,
                ),
            )
            if cur.rowcount:
                self.audit(now_at, reply.pid, "reply", f"{reply.cls} from {reply.from_addr or '?'}")
            return bool(cur.rowcount)

    def replies(self, pid: str) -> list[ReplyRecord]:
        rows = self.db.execute(
            "SELECT pid, at, cls, origin, from_addr, timeline_text, answer_date, message_id, "
            "thread_id FROM replies WHERE pid=? ORDER BY at, id",
            (pid,),
        )
        return [
            ReplyRecord(
                pid=r[0],
                at=datetime.fromisoformat(r[1]),
                cls=r[2],
                origin=r[3],
                from_addr=r[4],
                timeline_text=r[5],
                answer_date=date.fromisoformat(r[6]) if r[6] else None,
                message_id=r[7],
                thread_id=r[8],
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ follow-ups (the journal)

    def followups(self, pid: str | None = None, states: Sequence[str] = ()) -> list[FollowUp]:
        sql = "SELECT key, id, state, due_at, data FROM followups"
        clauses, args = [], []
        if pid is not None:
            clauses.append("pid=?")
            args.append(pid)
        if states:
            clauses.append(f"state IN ({','.join('?' * len(states))})")
            args.extend(states)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY due_at, id"
        return [_followup_from_row(r) for r in self.db.execute(sql, args)]

    def followups_by_process(self) -> dict[str, list[FollowUp]]:
        """Every follow-up by process, each process's in the order of ``followups(pid)``."""
        found: dict[str, list[FollowUp]] = {}
        rows = self.db.execute(
            "SELECT key, id, state, due_at, data, pid FROM followups ORDER BY due_at, id"
        )
        for row in rows:
            found.setdefault(row[5], []).append(_followup_from_row(row))
        return found

    def due_followups(self, now_at: datetime, states: Sequence[str]) -> dict[str, list[FollowUp]]:
        """The follow-ups in ``states`` due at ``now_at`` or before, by process, each process's
        in the order of ``followups`` (a row not due yet is not decoded)."""
        rows = self.db.execute(
            "SELECT key, id, state, due_at, data, pid FROM followups "
            f"WHERE state IN ({','.join('?' * len(states))}) ORDER BY due_at, id",
            [str(s) for s in states],
        )
        found: dict[str, list[FollowUp]] = {}
        for row in rows:
            if datetime.fromisoformat(row[3]) <= now_at:
                found.setdefault(row[5], []).append(_followup_from_row(row))
        return found

    def unlooked(self, before: datetime, states: Sequence[str]) -> list[FollowUp]:
        """The follow-ups in ``states``, due before ``before``, never journalled nor yet looked
        for in the sink (``recognition.looked``); rows due later are not decoded."""
        rows = self.db.execute(
            "SELECT key, id, state, due_at, data FROM followups "
            f"WHERE state IN ({','.join('?' * len(states))}) "
            "AND json_extract(data, '$.extra.looked') IS NULL "
            "AND json_extract(data, '$.created_at') IS NULL AND json_extract(data, '$.draft_id') "
            "IS NULL ORDER BY due_at, id",
            [str(s) for s in states],
        )
        return [_followup_from_row(row) for row in rows if datetime.fromisoformat(row[3]) < before]

    def shared_articles(self, states: Sequence[str]) -> list[tuple[str, str | None]]:
        """(article URL, company key) of each follow-up in ``states`` that carries an article;
        read without decoding every follow-up (a check-in asks this while drafting)."""
        rows = self.db.execute(
            "SELECT json_extract(data, '$.extra.article_url'), "
            "json_extract(data, '$.extra.company') "
            f"FROM followups WHERE state IN ({','.join('?' * len(states))}) "
            "AND json_extract(data, '$.extra.article_url') IS NOT NULL",
            [str(s) for s in states],
        )
        return [(r[0], r[1]) for r in rows]

    def shared_history(self, exclude: FollowUpKey | None = None) -> list[Shared]:
        """What every draft written so far shared (its article, the user's update), with its
        process, company and recipients; ``exclude``: a follow-up drafted again may share what
        its own earlier attempt chose."""
        rows = self.db.execute(
            "SELECT key, pid, json_extract(data, '$.extra.article_url'), "
            "json_extract(data, '$.extra.company'), json_extract(data, '$.to'), "
            "json_extract(data, '$.extra.update') FROM followups "
            "WHERE state NOT IN ('planned', 'failed') AND (json_extract(data, "
            "'$.extra.article_url') IS NOT NULL OR json_extract(data, '$.extra.update') "
            "IS NOT NULL)"
        )
        skip = exclude.serialise() if exclude else None
        return [
            Shared(
                key=r[0],
                process=r[1],
                company=r[3] or None,
                to=tuple(json.loads(r[4]) if r[4] else ()),
                article_url=r[2],
                update=r[5],
            )
            for r in rows
            if r[0] != skip
        ]

    def followup(self, key: FollowUpKey) -> FollowUp | None:
        row = self.db.execute(
            "SELECT key, id, state, due_at, data FROM followups WHERE key=?", (key.serialise(),)
        ).fetchone()
        return _followup_from_row(row) if row else None

    def save_followup(
        self,
        followup: FollowUp,
        now_at: datetime,
        action: str = "",
        before: FollowUp | None | bool = True,
    ) -> None:
        """Insert or update one follow-up row; the audit log records the change.

        ``before`` is the row as the caller read it (None: there was none); by default it is
        read here.
        """
        with self.transaction():
            if before is True:
                before = self.followup(followup.key)
            assert before is None or isinstance(before, FollowUp)
            self._write_followup(followup)
            if before is None or before.state != followup.state or action:
                detail = f"{before.state if before else 'new'} -> {followup.state}"
                if followup.reason:
                    detail += f": {followup.reason}"
                self.audit(now_at, followup.id, action or "state", detail)

    def _write_followup(self, followup: FollowUp) -> None:
        self.db.execute(
            "INSERT INTO followups(key, id, pid, kind, state, due_at, data) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(key) DO UPDATE SET state=excluded.state, due_at=excluded.due_at, "
            "data=excluded.data",
            (
                followup.key.serialise(),
                followup.id,
                followup.key.process,
                str(followup.kind),
                str(followup.state),
                followup.due_at.isoformat(),
                json.dumps(_followup_data(followup)),
            ),
        )

    # ------------------------------------------------------------------ the daemon

    def save_daemon(self, record: DaemonRecord) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO daemon(id, pid, started_at, last_pass_at, last_exit, next_wake_at, "
                "failures) VALUES (1,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET pid=excluded.pid, "
                "started_at=excluded.started_at, last_pass_at=excluded.last_pass_at, "
                "last_exit=excluded.last_exit, next_wake_at=excluded.next_wake_at, "
                "failures=excluded.failures",
                (
                    record.pid,
                    record.started_at.isoformat(),
                    _iso(record.last_pass_at),
                    record.last_exit,
                    _iso(record.next_wake_at),
                    record.failures,
                ),
            )

    def daemon(self) -> DaemonRecord | None:
        row = self.db.execute(
            "SELECT pid, started_at, last_pass_at, last_exit, next_wake_at, failures FROM daemon"
        ).fetchone()
        if row is None:
            return None
        return DaemonRecord(
            row[0], datetime.fromisoformat(row[1]), _dt(row[2]), row[3], _dt(row[4]), row[5]
        )

    def daemon_running(self) -> str | None:
        """What holds the daemon's lock beside this state file (its pid), else None."""
        from agent.locks import daemon_running

        return daemon_running(self.path)

    def next_due_at(self, after: datetime) -> datetime | None:
        """The earliest due time after ``after`` of a follow-up still to draft (compared as
        instants: rows keep their own offsets, so SQL's text order would be wrong)."""
        rows = self.db.execute(
            "SELECT due_at FROM followups WHERE state IN (?, ?)",
            (str(FollowUpState.PLANNED), str(FollowUpState.FAILED)),
        )
        later = [at for at in (datetime.fromisoformat(r[0]) for r in rows) if at > after]
        return min(later, default=None)

    # ------------------------------------------------------------------ audit

    def audit(self, now_at: datetime, subject: str, action: str, detail: str = "") -> None:
        self.db.execute(
            "INSERT INTO audit(at, subject, action, detail) VALUES (?,?,?,?)",
            (now_at.isoformat(), subject, action, detail),
        )

    def first_audit_at(self) -> str | None:
        """When the first audit entry was written (ISO text), None for an empty log."""
        row = self.db.execute("SELECT at FROM audit ORDER BY id LIMIT 1").fetchone()
        return row[0] if row else None

    def last_audit_id(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()[0])

    def audit_since(self, audit_id: int) -> list[tuple[str, str, str]]:
        """(subject, action, detail) of each entry after ``audit_id``, in order."""
        rows = self.db.execute(
            "SELECT subject, action, detail FROM audit WHERE id > ? ORDER BY id", (audit_id,)
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def audit_log(self, subject: str | None = None) -> list[tuple[str, str, str, str]]:
        sql = "SELECT at, subject, action, detail FROM audit"
        args: tuple[str, ...] = ()
        if subject:
            sql += " WHERE subject=?"
            args = (subject,)
        return [tuple(r) for r in self.db.execute(sql + " ORDER BY id", args)]  # type: ignore[misc]


def _event_from_row(r: sqlite3.Row) -> StoredEvent:
    return StoredEvent(
        key=r[0],
        calendar=r[1],
        data=json.loads(r[2]),
        digest=r[3],
        detection=json.loads(r[4]) if r[4] else None,
        first_seen_at=datetime.fromisoformat(r[5]),
        vanished=bool(r[6]),
        missing_since=_dt(r[7]),
        missing_reads=r[8],
    )


def write_error(path: str, e: sqlite3.Error) -> StateError:
    """The error to show when the state file cannot be written."""
    where = f" {path}" if path else ""
    return StateError(
        f"cannot write the state file{where}: {e}",
        hint="is the disk full, or the file or its folder read-only?",
    )


#: What to do about a damaged state file, and what starting afresh does.
RESTORE_HINT = (
    "restore a backup of it if you have one (followup keeps one beside it, *.bak-v*, before "
    "each upgrade); or move it aside to start afresh: the next pass reads your calendars "
    "again, and a follow-up whose draft is recognised among your drafts, in your sent mail or "
    "in the record of drafts written is not drafted again, sent or deleted; one due more than "
    "a day before that nothing recognises is skipped and listed by `followup status` "
    "(`followup release ID` drafts it). Your notes, marks and other corrections are lost"
)
#: The files SQLite keeps beside the state file.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def damaged(path: str, e: sqlite3.DatabaseError) -> StateError:
    """The error for a state file SQLite cannot read (a damaged page, not a database at all)."""
    where = f" {path}" if path and path != ":memory:" else ""
    return StateError(f"the state file{where} is damaged ({e})", hint=RESTORE_HINT)


def _check_pages(db: sqlite3.Connection, path: str) -> None:
    """Every page of the file read once (``quick_check``): damage anywhere is found at open."""
    found = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
    if found != ["ok"]:
        raise damaged(path, sqlite3.DatabaseError("; ".join(found)))


class _CheckedConnection(sqlite3.Connection):
    """A connection whose statements turn a damaged page into ``StateError`` (exit 5)."""

    path = ""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as e:
            raise damaged(self.path, e) from e

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as e:
            raise damaged(self.path, e) from e


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _touch_private(path: Path) -> None:
    """Create ``path`` 0600 if missing, so the file never exists with wider permissions."""
    try:
        fd = open_private(path, os.O_CREAT | os.O_RDWR, "the state file", StateError)
        os.close(fd)
    except OSError as e:
        raise StateError(f"cannot write the state file {path}: {e.strerror}") from e


_FOLLOWUP_FIELDS = (
    "to",
    "person_name",
    "draft_id",
    "message_id",
    "subject",
    "thread_id",
    "problem",
    "reason",
    "attempts",
    "extra",
)
_FOLLOWUP_TIMES = ("created_at", "drafted_at", "sent_at")


def _followup_data(f: FollowUp) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(f, name) for name in _FOLLOWUP_FIELDS}
    data["to"] = list(f.to)
    for name in _FOLLOWUP_TIMES:
        data[name] = _iso(getattr(f, name))
    return data


def _followup_from_row(row: sqlite3.Row | tuple[Any, ...]) -> FollowUp:
    key, fid, state, due_at, raw = row[0], row[1], row[2], row[3], row[4]
    data = json.loads(raw)
    times: dict[str, Any] = {name: _dt(data.pop(name, None)) for name in _FOLLOWUP_TIMES}
    data["to"] = tuple(data.get("to") or ())
    return FollowUp(
        key=FollowUpKey.parse(key),
        id=fid,
        state=FollowUpState(state),
        due_at=datetime.fromisoformat(due_at),
        **data,
        **times,
    )

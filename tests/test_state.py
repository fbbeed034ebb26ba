"""The state store: its contract, run on the file-backed store and the in-memory one, plus what
only a file has (permissions, schema versions, backups)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from agent.errors import StateError
from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind
from agent.state import SCHEMA_VERSION, ReplyRecord, State

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["file", "memory"])
def state(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[State]:
    store = State(tmp_path / "followup.db" if request.param == "file" else ":memory:")
    yield store
    store.close()


def followup(store: State, **kw: object) -> FollowUp:
    key = FollowUpKey("p1", "uid-1", Kind.THANK_YOU, "dana@acme.example")
    fields: dict[str, object] = dict(
        key=key, id=store.short_id("f", key.serialise()), state=FollowUpState.PLANNED, due_at=NOW
    )
    fields.update(kw)
    return FollowUp(**fields)  # type: ignore[arg-type]


def test_short_ids_are_given_once_and_kept(state: State) -> None:
    assert state.short_id("p", "d:acme.example") == "p1"
    assert state.short_id("p", "d:globex.example") == "p2"
    assert state.short_id("p", "d:acme.example") == "p1"
    assert state.resolve_short_id("p2") == ("p", "d:globex.example")
    assert state.resolve_short_id("p9") is None
    assert state.resolve_short_id("acme") is None


def test_a_follow_up_round_trips_with_every_field(state: State) -> None:
    f = followup(
        state,
        to=("dana@acme.example",),
        person_name="Dana Whitfield",
        draft_id="123.abc",
        message_id="<x@example.com>",
        subject="Thank you",
        problem="needs_address",
        created_at=NOW,
        extra={"article_url": "https://example.org"},
    )
    state.save_followup(f, NOW)
    assert state.followup(f.key) == f
    assert state.followups(states=["planned"]) == [f]
    assert state.followups(states=["drafted"]) == []


def test_every_state_change_is_in_the_audit_log(state: State) -> None:
    f = followup(state)
    state.save_followup(f, NOW)
    state.save_followup(FollowUp(**{**f.__dict__, "state": FollowUpState.CREATING}), NOW)
    log = [(subject, action, detail) for _, subject, action, detail in state.audit_log(f.id)]
    assert log == [(f.id, "state", "new -> planned"), (f.id, "state", "planned -> creating")]


def test_a_failed_transaction_leaves_nothing_behind(state: State) -> None:
    with pytest.raises(RuntimeError), state.transaction():
        state.save_followup(followup(state), NOW)
        raise RuntimeError("crash in the middle")
    assert state.followups() == []


def test_a_reply_is_recorded_once(state: State) -> None:
    reply = ReplyRecord(
        "p1", NOW, "human_reply", "mailbox", message_id="<m1@acme>", answer_date=date(2026, 12, 15)
    )
    assert state.add_reply(reply, NOW) is True
    assert state.add_reply(reply, NOW) is False
    assert state.replies("p1") == [reply]


def test_corrections_persist(state: State) -> None:
    state.set_mark("uid-1", "not-interview", NOW)
    state.set_timeline("uid-1", "within two weeks", NOW)
    state.add_note("uid-1", "Dana: rate limiter", NOW)
    state.add_note("uid-1", "Wei: sharding", NOW)
    state.add_address("doe jane", "Jane Doe", "jane@acme.example", NOW)
    assert state.marks() == {"uid-1": "not-interview"}
    assert state.interview_notes() == {
        "uid-1": ("within two weeks", "Dana: rate limiter\nWei: sharding")
    }
    assert state.address_book() == {"doe jane": "jane@acme.example"}


# --------------------------------------------------------------------------- the file itself


def test_the_state_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    store = State(tmp_path / "data" / "followup.db")
    assert stat.S_IMODE(os.stat(tmp_path / "data" / "followup.db").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "data").st_mode) == 0o700
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.version == SCHEMA_VERSION
    assert store.integrity_ok()


def test_a_state_file_from_a_newer_followup_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    State(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="newer followup") as info:
        State(path)
    assert info.value.exit_code == 5


def test_a_damaged_state_file_is_a_state_error(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateError) as info:
        State(path)
    assert info.value.exit_code == 5


def test_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    first = State(path)
    f = followup(first, state=FollowUpState.DRAFTED, draft_id="d1")
    first.save_followup(f, NOW)
    first.close()
    again = State(path)
    assert again.followup(f.key) == f

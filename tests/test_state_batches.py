"""The state's batch reads and writes answer as the one-at-a-time ones do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind
from agent.state import State

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def state(tmp_path: Path) -> Iterator[State]:
    store = State(tmp_path / "followup.db")
    yield store
    store.close()


def test_an_id_given_in_a_rolled_back_transaction_is_not_remembered(state: State) -> None:
    with pytest.raises(RuntimeError), state.transaction():
        assert state.short_id("p", "d:acme.example") == "p1"
        assert state.short_id("p", "d:acme.example") == "p1"  # remembered inside
        raise RuntimeError("crash in the middle")
    assert state.short_id("p", "d:globex.example") == "p1"
    assert state.short_id("p", "d:acme.example") == "p2"


def test_an_id_given_in_a_committed_transaction_is_kept(state: State) -> None:
    with state.transaction():
        assert state.short_id("i", "uid-1") == "i1"
    assert state.short_id("i", "uid-1") == "i1"
    assert state.existing_short_id("i", "uid-1") == "i1"


def _followups(state: State) -> list[FollowUp]:
    made = []
    west = timezone(timedelta(hours=-8))
    for n, (pid, hours, st) in enumerate(
        [
            ("p1", 5, FollowUpState.PLANNED),
            ("p2", -3, FollowUpState.FAILED),
            ("p1", -30, FollowUpState.PLANNED),
            ("p1", -2, FollowUpState.DRAFTED),
            ("p2", 0, FollowUpState.PLANNED),
            ("p3", -1, FollowUpState.PLANNED),
        ]
    ):
        key = FollowUpKey(pid, f"uid-{n}", Kind.THANK_YOU, f"p{n}@acme.example")
        due = (NOW + timedelta(hours=hours)).astimezone(west if n % 2 else UTC)
        f = FollowUp(key=key, id=state.short_id("f", key.serialise()), state=st, due_at=due)
        state.save_followup(f, NOW)
        made.append(f)
    return made


def test_followups_by_process_are_each_process_s_followups(state: State) -> None:
    _followups(state)
    grouped = state.followups_by_process()
    assert set(grouped) == {"p1", "p2", "p3"}
    for pid, found in grouped.items():
        assert found == state.followups(pid)


def test_due_followups_are_each_process_s_due_ones(state: State) -> None:
    _followups(state)
    states = [FollowUpState.PLANNED, FollowUpState.FAILED]
    due = state.due_followups(NOW, states)
    for pid in ("p1", "p2", "p3"):
        expected = [f for f in state.followups(pid, states=states) if f.due_at <= NOW]
        assert due.get(pid, []) == expected
    assert sum(map(len, due.values())) == 4  # one is later, one drafted

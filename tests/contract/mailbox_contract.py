"""The mailbox-watcher contract: what every ``MailboxWatcher`` does, whatever its backend.

A test module subclasses ``MailboxWatcherContract`` and overrides the ``harness`` fixture with
one whose ``deliver`` makes a message arrive in the user's mailbox. The Gmail watcher runs it
against the local fake Google; the in-memory watcher runs it here.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

import pytest

from agent.ports import IncomingMessage, MailboxWatcher

T0 = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


class MailboxHarness(Protocol):
    @property
    def watcher(self) -> MailboxWatcher: ...

    def deliver(self, message: IncomingMessage) -> None: ...


def message(n: int, at: datetime = T0, **kw: object) -> IncomingMessage:
    fields: dict[str, object] = dict(
        id=f"m{n}",
        from_addr="dana.whitfield@acme.example",
        from_name="Dana Whitfield",
        subject=f"Re: Thank you - Senior Backend Engineer ({n})",
        received_at=at,
        to=("alex@example.com",),
        body="Thanks Alex! We will decide by the 15th.",
        headers={"Auto-Submitted": "no"},
        message_id=f"<m{n}@acme.example>",
        in_reply_to="<followup.abc@example.com>",
    )
    fields.update(kw)
    return IncomingMessage(**fields)  # type: ignore[arg-type]


class MailboxWatcherContract:
    @pytest.fixture
    def harness(self) -> MailboxHarness:
        raise NotImplementedError

    def test_an_empty_mailbox_has_no_messages(self, harness: MailboxHarness) -> None:
        batch = harness.watcher.changes(None, T0 - timedelta(days=1))
        assert batch.messages == ()

    def test_delivered_messages_come_out_with_their_fields(self, harness: MailboxHarness) -> None:
        harness.deliver(message(1))
        (got,) = harness.watcher.changes(None, T0 - timedelta(days=1)).messages
        assert got.from_addr == "dana.whitfield@acme.example"
        assert got.subject == "Re: Thank you - Senior Backend Engineer (1)"
        assert got.message_id == "<m1@acme.example>"
        assert got.in_reply_to == "<followup.abc@example.com>"
        assert "decide by the 15th" in got.body
        assert got.received_at == T0

    def test_a_cursor_hands_out_only_what_is_new(self, harness: MailboxHarness) -> None:
        harness.deliver(message(1))
        first = harness.watcher.changes(None, T0 - timedelta(days=1))
        harness.deliver(message(2, T0 + timedelta(hours=1)))
        second = harness.watcher.changes(first.cursor, T0 - timedelta(days=1))
        assert [m.message_id for m in second.messages] == ["<m2@acme.example>"]
        third = harness.watcher.changes(second.cursor, T0 - timedelta(days=1))
        assert third.messages == ()

    def test_without_a_cursor_older_mail_is_left_out(self, harness: MailboxHarness) -> None:
        harness.deliver(message(1, T0 - timedelta(days=10)))
        harness.deliver(message(2, T0))
        batch = harness.watcher.changes(None, T0 - timedelta(days=1))
        assert [m.message_id for m in batch.messages] == ["<m2@acme.example>"]

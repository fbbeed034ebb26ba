"""Mailbox watchers: where replies from companies are learned.

Local mode has no inbox to read (replies are recorded with ``followup replied``), so its watcher
is ``NoMailbox``. ``MemoryMailbox`` is the in-memory implementation of the port, used by tests and
by anything that feeds messages in by hand.
"""

from __future__ import annotations

from datetime import datetime

from agent.ports import IncomingMessage, MailBatch


class NoMailbox:
    """Local mode: no messages, ever."""

    def changes(self, cursor: str | None, since_at: datetime) -> MailBatch:
        return MailBatch(messages=(), cursor=cursor)


class MemoryMailbox:
    """Messages held in memory; the cursor is the count already handed out."""

    def __init__(self) -> None:
        self.messages: list[IncomingMessage] = []

    def deliver(self, message: IncomingMessage) -> None:
        self.messages.append(message)

    def changes(self, cursor: str | None, since_at: datetime) -> MailBatch:
        if cursor is None:
            fresh = [m for m in self.messages if m.received_at >= since_at]
        else:
            fresh = self.messages[int(cursor) :]
        return MailBatch(messages=tuple(fresh), cursor=str(len(self.messages)))

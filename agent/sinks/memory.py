"""An in-memory drafts sink, for tests and previews; behaves like the Maildir sink.

Besides the ``DraftsSink`` port it offers what a test needs to play the user: ``user_sends``
(the draft moves to sent mail, with the same or a rewritten Message-ID), ``user_deletes`` and
``user_edits`` (a client that saves the draft under a new id), and ``drafts`` / ``sent`` /
``messages`` to look at. Each draft is also built into an ``EmailMessage`` exactly as the Maildir
sink would write it, so invalid addresses fail here the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage

from agent.addresses import comparable
from agent.mail import sanitize_header, to_email
from agent.ports import NOT_FOUND, Draft, DraftStatus, Recognised, Recognition, SentMessage
from agent.sinks import (
    DraftRecord,
    MailIndex,
    RecordIndex,
    Seen,
    match_sent,
    missing_status,
    record_of,
    seen_sent,
    sent_found,
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MemorySink:
    """Drafts and sent mail held in dictionaries; ids are "d1", "d2"..."""

    def __init__(self, clock: Callable[[], datetime] = _utc_now) -> None:
        self.drafts: dict[str, Draft] = {}
        self.messages: dict[str, EmailMessage] = {}
        self.sent: list[SentMessage] = []
        self._records: dict[str, DraftRecord] = {}
        self._clock = clock
        self._counter = 0
        self.refreshes = 0  # passes begun
        self.record_kept = True  # False: plays a sink whose record of drafts was lost

    # ----------------------------------------------------------------- the port

    def create(self, draft: Draft) -> str:
        stored = draft if draft.date_at else replace(draft, date_at=self._clock())
        message = to_email(stored)  # raises SinkError on an unusable address, as Maildir does
        draft_id = self._next_id()
        self.drafts[draft_id] = stored
        self.messages[draft_id] = message
        self._records[draft_id] = record_of(draft_id, stored, stored.date_at or self._clock())
        return draft_id

    def _find(self, marker: str, message_id: str | None) -> str | None:
        """The draft saved under another id (a client's edit), by Message-ID or by the marker
        an earlier version wrote into it."""
        for draft_id, draft in self.drafts.items():
            if message_id and sanitize_header(draft.message_id) == sanitize_header(message_id):
                return draft_id
            if marker and self._marker(draft_id) == marker:
                return draft_id
        return None

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        present = draft_id if draft_id in self.drafts else self._find(marker, message_id)
        if present is not None:
            return DraftStatus(
                "present", draft_id=present, message_id=self.drafts[present].message_id
            )
        record = self._records.get(draft_id) or self._record_by_marker(marker)
        match = match_sent(record, marker, message_id, self.sent)
        return missing_status(draft_id, match)

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        found = [s for s in self.sent if s.sent_at is not None and s.sent_at >= since_at]
        return RecordIndex(self._records).mark(found) if self.record_kept else found

    def refresh(self) -> None:
        self.refreshes += 1

    def recognise(self, wanted: Recognition) -> Recognised:
        drafts = MailIndex(self.drafts.items(), lambda item: self._seen(*item))
        hit = drafts.find(wanted)
        if hit is not None:
            (draft_id, draft), how = hit
            return Recognised("present", draft_id, draft.message_id, how=how)
        copy = MailIndex(self.sent, seen_sent).find(wanted)
        if copy is not None:
            return sent_found(copy[0], copy[1])
        if not self.record_kept:
            return NOT_FOUND
        record = RecordIndex(self._records).find(wanted)
        if record is None:
            return NOT_FOUND
        if record.draft_id in self.drafts:
            return Recognised("present", record.draft_id, record.message_id, how="record")
        match = match_sent(record, record.marker, record.message_id, self.sent)
        if match is not None:
            return sent_found(match, "record")
        return Recognised("deleted", draft_id=record.draft_id, how="record")

    def keeps_record(self) -> bool:
        return self.record_kept

    # ----------------------------------------------------------------- playing the user

    def user_sends(
        self,
        draft_id: str,
        message_id: str | None = None,
        at: datetime | None = None,
        *,
        keep_marker: bool = True,
    ) -> SentMessage:
        """The user sends the draft: it leaves Drafts and a copy lands in sent mail.

        ``message_id`` is the one the client gave it (default: the draft's own); without
        ``keep_marker`` the client dropped the ``X-Followup-Key`` header of a draft that an
        earlier version wrote.
        """
        marker = self._marker(draft_id)
        draft = self.drafts.pop(draft_id)
        self.messages.pop(draft_id, None)
        sent = SentMessage(
            message_id=message_id or draft.message_id,
            to=tuple(comparable(addr) for _, addr in draft.to),
            subject=sanitize_header(draft.subject),
            sent_at=at or draft.date_at or self._clock(),
            marker=marker if keep_marker else None,
            thread_id=draft.thread_id,
        )
        self.sent.append(sent)
        return sent

    def user_deletes(self, draft_id: str) -> None:
        """The user deletes the draft (a dismissal)."""
        del self.drafts[draft_id]
        self.messages.pop(draft_id, None)

    def user_edits(self, draft_id: str) -> str:
        """The user edits the draft in a client that saves it under a new id; returns that id."""
        new_id = self._next_id()
        self.drafts[new_id] = self.drafts.pop(draft_id)
        self.messages[new_id] = self.messages.pop(draft_id)
        self._records[new_id] = replace(self._records[draft_id], draft_id=new_id)
        return new_id

    # ----------------------------------------------------------------- internals

    def _next_id(self) -> str:
        self._counter += 1
        return f"d{self._counter}"

    def _record_by_marker(self, marker: str) -> DraftRecord | None:
        return next((r for r in self._records.values() if r.marker == marker), None)

    def _marker(self, draft_id: str) -> str | None:
        """The ``X-Followup-Key`` the draft's message carries: only earlier versions wrote it."""
        message = self.messages.get(draft_id)
        if message is None or message.get("X-Followup-Key") is None:
            return None
        return sanitize_header(str(message["X-Followup-Key"])) or None

    def _seen(self, draft_id: str, draft: Draft) -> Seen:
        return Seen(
            sanitize_header(draft.message_id),
            self._marker(draft_id),
            tuple(comparable(a) for _, a in draft.to),
            sanitize_header(draft.subject),
            draft.date_at,
            draft.thread_id,
        )

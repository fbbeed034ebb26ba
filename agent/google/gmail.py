"""Gmail drafts as the drafts sink: created once, found by their marker, never sent.

``create`` posts ``drafts.create`` with a JSON ``raw`` body (the base64url bytes of
``agent.mail.to_email``) and, when replying, the ``threadId``, through ``GoogleClient.write``:
one attempt, and a lost answer is ``SinkError(stored_maybe=True)`` so the engine looks for the
draft before creating it again. ``find`` reads the ``X-Followup-Key`` header of the drafts
listed (Gmail search cannot see custom headers, and the Message-ID may have been replaced).
``inspect`` tells present, sent and gone apart: a draft that left Drafts is sent when its thread
gained a SENT message after its creation (by marker, else Message-ID, else any unmarked SENT
message within a day), and gone (dismissed) otherwise; the sent message's own Message-ID and
thread are returned for threading later follow-ups. ``sent_since`` lists SENT messages with
``after:<epoch seconds>``.

The id this sink hands out is ``<draft id>:<thread id>:<creation epoch seconds>``: Gmail deletes
a draft when it is sent, so the thread and the creation time must travel with the id to tell a
sent draft from a deleted one. ``sent_since`` is the sink's one look at the mailbox per pass
(through the ``MailLedger`` shared with the watcher): drafts known present then, and not
deleted since, are answered without a request.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

from agent.addresses import comparable
from agent.errors import SinkError
from agent.google.client import Absent, GoogleClient
from agent.google.history import MailLedger, profile_history_id, read_history
from agent.mail import sanitize_header, to_email
from agent.ports import NOT_FOUND, Draft, DraftStatus, Recognised, Recognition, SentMessage
from agent.sinks import (
    CLOCK_SKEW,
    SENT_WINDOW,
    MailIndex,
    RecordFile,
    Seen,
    missing_status,
    record_of,
    sent_found,
)

log = logging.getLogger(__name__)

PAGE = 500
HEADERS = ["X-Followup-Key", "Message-ID", "Date", "Subject", "To", "Cc"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SinkId:
    draft_id: str
    thread_id: str
    created_at: datetime | None

    def __str__(self) -> str:
        stamp = str(int(self.created_at.timestamp())) if self.created_at else ""
        return f"{self.draft_id}:{self.thread_id}:{stamp}"

    @classmethod
    def parse(cls, text: str) -> SinkId:
        draft_id, _, rest = text.partition(":")
        thread_id, _, stamp = rest.partition(":")
        created = datetime.fromtimestamp(int(stamp), UTC) if stamp.isdigit() else None
        return cls(draft_id, thread_id, created)


@dataclass
class _Known:
    """A draft as last seen: its current message, thread, marker and creation time."""

    message_id: str
    thread_id: str
    marker: str | None = None
    created_at: datetime | None = None


class GmailSink:
    """Implements ``agent.ports.DraftsSink`` on Gmail drafts. It never sends."""

    def __init__(
        self,
        client: GoogleClient,
        ledger: MailLedger | None = None,
        clock: Callable[[], datetime] = _utc_now,
        record: Path | None = None,
    ) -> None:
        self.client = client
        self.ledger = ledger or MailLedger()
        self._clock = clock
        self._known: dict[str, _Known] = {}
        self._present: set[str] = set()  # draft ids present at the last look, not deleted since
        self._sent: dict[str, SentMessage] = {}  # Gmail message id -> sent message
        self._sent_floor: datetime | None = None
        self._record = RecordFile(record, "the Gmail drafts record") if record else None
        self._metadata: dict[str, dict[str, Any]] = {}  # Gmail message id -> its metadata
        self._looks: dict[str, tuple[datetime, MailIndex[dict[str, Any]]]] = {}  # this pass's

    # ------------------------------------------------------------------ create

    def create(self, draft: Draft) -> str:
        stamped = draft if draft.date_at else replace(draft, date_at=self._clock())
        created_at = stamped.date_at or self._clock()
        if self._record is not None:  # first a line without the draft's id: it is not known yet
            self._record.append(record_of("", stamped, created_at))
        message = to_email(stamped)
        raw = base64.urlsafe_b64encode(
            message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        )
        body: dict[str, Any] = {"message": {"raw": raw.decode("ascii")}}
        if draft.thread_id:
            body["message"]["threadId"] = draft.thread_id
        request = self._drafts().create(userId="me", body=body)
        answer = self.client.write(request, "creating a Gmail draft")
        stored = answer.get("message") or {}
        known = _Known(
            message_id=str(stored.get("id") or ""),
            thread_id=str(stored.get("threadId") or ""),
            marker=sanitize_header(draft.marker),
            created_at=stamped.date_at,
        )
        self._known[answer["id"]] = known
        sink_id = str(SinkId(answer["id"], known.thread_id, known.created_at))
        if self._record is not None:
            stored_as = replace(stamped, thread_id=known.thread_id or draft.thread_id)
            self._record.append(record_of(sink_id, stored_as, created_at))
        return sink_id

    # ------------------------------------------------------------------ find

    def _list_drafts(self) -> Iterator[tuple[str, _Known]]:
        page: str | None = None
        while True:
            request = self._drafts().list(userId="me", maxResults=PAGE, pageToken=page)
            answer = self.client.read(request, "listing Gmail drafts", SinkError)
            for item in answer.get("drafts", []):
                message = item.get("message") or {}
                yield item["id"], _Known(str(message.get("id")), str(message.get("threadId")))
            page = answer.get("nextPageToken")
            if not page:
                return

    def _read_draft(self, draft_id: str) -> _Known | None:
        # drafts.get takes no metadataHeaders: the metadata format brings every header
        request = self._drafts().get(userId="me", id=draft_id, format="metadata")
        try:
            answer = self.client.read(request, "reading a Gmail draft", SinkError, absent=(404,))
        except Absent:
            self._known.pop(draft_id, None)
            self._present.discard(draft_id)
            return None
        message = answer.get("message") or {}
        headers = _headers(message)
        known = _Known(
            message_id=str(message.get("id")),
            thread_id=str(message.get("threadId")),
            marker=headers.get("x-followup-key"),
            created_at=_date(headers.get("date")),
        )
        self._known[draft_id] = known
        return known

    # ------------------------------------------------------------------ inspect

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        sink_id = SinkId.parse(draft_id)
        gmail_id = sink_id.draft_id
        known = self._known.get(gmail_id) if gmail_id in self._present else None
        if known is None:
            known = self._read_draft(gmail_id)
        if known is not None:
            current = SinkId(gmail_id, known.thread_id, known.created_at or sink_id.created_at)
            return DraftStatus("present", draft_id=str(current), thread_id=known.thread_id)
        match = self._sent_copy(sink_id, marker, message_id)
        return missing_status(draft_id, match)

    def _sent_copy(
        self, sink_id: SinkId, marker: str, message_id: str | None
    ) -> SentMessage | None:
        in_thread = self._thread_sent(sink_id.thread_id) if sink_id.thread_id else []
        since = sink_id.created_at - CLOCK_SKEW if sink_id.created_at else None
        candidates = [s for s in in_thread if not (since and s.sent_at and s.sent_at < since)]
        for pool in (candidates, list(self._sent.values())):
            found = _by_marker_or_id(pool, marker, message_id)
            if found is not None:
                return found
        if sink_id.created_at is None:
            return None
        latest = sink_id.created_at + SENT_WINDOW
        unmarked = [s for s in candidates if not s.marker and s.sent_at and s.sent_at <= latest]
        return min(unmarked, key=lambda s: s.sent_at or latest, default=None)

    def _thread_sent(self, thread_id: str) -> list[SentMessage]:
        request = (
            self.client.gmail()
            .users()
            .threads()
            .get(userId="me", id=thread_id, format="metadata", metadataHeaders=HEADERS)
        )
        try:
            answer = self.client.read(request, "reading a Gmail thread", SinkError, absent=(404,))
        except Absent:
            return []
        messages = answer.get("messages", [])
        return [_sent_message(m) for m in messages if "SENT" in m.get("labelIds", [])]

    # ------------------------------------------------------------------ recognition

    def refresh(self) -> None:
        self._looks = {}

    def keeps_record(self) -> bool:
        return self._record is not None and self._record.exists()

    def recognise(self, wanted: Recognition) -> Recognised:
        """Among the drafts, sent mail and Trash since the follow-up fell due, by Message-ID,
        marker or fingerprint (Gmail may replace a Message-ID); else by the record of what this
        sink wrote, which knows a draft deleted for good."""
        since = wanted.not_before or self._clock()
        for place, state in (("drafts", "present"), ("sent", "sent"), ("trash", "deleted")):
            hit = self._look(place, since).find(wanted)
            if hit is not None:
                return self._found(hit[0], state, hit[1])
        record = self._record.index().find(wanted) if self._record is not None else None
        if record is None:
            return NOT_FOUND
        if not record.draft_id:  # written, its answer lost: not stored, or since deleted
            return Recognised("deleted", how="record")
        status = self.inspect(record.draft_id, record.marker, record.message_id)
        if status.state == "present":
            return Recognised("present", status.draft_id, record.message_id, how="record")
        if status.state == "sent":
            return Recognised(
                "sent",
                message_id=status.message_id,
                sent_at=status.sent_at,
                thread_id=status.thread_id,
                how="record",
            )
        return Recognised("deleted", draft_id=record.draft_id, how="record")

    def _look(self, place: str, since: datetime) -> MailIndex[dict[str, Any]]:
        """The messages ``in:place`` since ``since`` (Trash included), read once per pass from
        the earliest time asked for."""
        looked = self._looks.get(place)
        if looked is not None and looked[0] <= since:
            return looked[1]
        query = f"in:{place} after:{int(since.timestamp()) - 1}"
        found = [self._metadata_of(gmail_id) for gmail_id in self._search(query, trash=True)]
        index = MailIndex((m for m in found if m is not None), _seen)
        self._looks[place] = (since, index)
        return index

    def _metadata_of(self, gmail_id: str) -> dict[str, Any] | None:
        known = self._metadata.get(gmail_id)
        if known is not None:
            return known
        request = (
            self.client.gmail()
            .users()
            .messages()
            .get(userId="me", id=gmail_id, format="metadata", metadataHeaders=HEADERS)
        )
        try:
            answer = self.client.read(request, "reading a message", SinkError, absent=(404,))
        except Absent:
            return None
        self._metadata[gmail_id] = answer
        return dict(answer)

    def _found(self, message: dict[str, Any], state: str, how: str) -> Recognised:
        if state == "sent" or "SENT" in message.get("labelIds", []):  # a sent copy, trashed
            return sent_found(_sent_message(message), how)
        if state == "deleted":
            return Recognised("deleted", how=how)
        draft_id = self._draft_of(str(message.get("id")))
        headers = _headers(message)
        if draft_id is None:  # listed as a draft a moment ago, gone since: not there
            return NOT_FOUND
        known = self._known.get(draft_id)
        created = known.created_at if known else _date(headers.get("date"))
        sink_id = SinkId(draft_id, str(message.get("threadId") or ""), created)
        return Recognised("present", str(sink_id), headers.get("message-id"), how=how)

    def _draft_of(self, gmail_id: str) -> str | None:
        """The draft whose message is ``gmail_id`` (the drafts are listed when not known)."""
        for draft_id, known in self._known.items():
            if known.message_id == gmail_id and draft_id in self._present:
                return draft_id
        for draft_id, listed in self._list_drafts():
            self._present.add(draft_id)
            if draft_id not in self._known or self._known[draft_id].message_id != listed.message_id:
                self._known[draft_id] = listed
            if listed.message_id == gmail_id:
                return draft_id
        return None

    # ------------------------------------------------------------------ sent mail

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        """SENT messages at or after ``since_at``; the sink's one look at the mailbox per pass."""
        self._catch_up()
        if self._sent_floor is None or since_at < self._sent_floor:
            self._load_sent(since_at)
        found = sorted(
            (s for s in self._sent.values() if s.sent_at is not None and s.sent_at >= since_at),
            key=lambda s: s.sent_at or since_at,
        )
        return self._record.index().mark(found) if self._record is not None else found

    def _catch_up(self) -> None:
        ledger = self.ledger
        if ledger.history_id is None:
            self._prime()
            return
        if ledger.fresh:
            ledger.fresh = False
        else:
            start = ledger.history_id
            try:
                ledger.absorb(start, read_history(self.client, start, SinkError))
            except Absent:
                log.info("Gmail's history no longer reaches back; reading the mailbox again")
                self._prime()
                return
            ledger.fresh = False
        self._apply_changes()

    def _prime(self) -> None:
        """Where the mailbox stands: its history id, the drafts present, sent mail re-read."""
        self.ledger.reset()
        self.ledger.history_id = profile_history_id(self.client, SinkError)
        self._present = set()
        for draft_id, listed in self._list_drafts():
            self._present.add(draft_id)
            known = self._known.get(draft_id)
            if known is None or known.message_id != listed.message_id:
                self._known[draft_id] = listed
        self._sent.clear()
        self._sent_floor = None

    def _apply_changes(self) -> None:
        ledger = self.ledger
        deleted, ledger.deleted = ledger.deleted, set()
        added, ledger.sent_added = ledger.sent_added, {}
        for draft_id, known in list(self._known.items()):
            if known.message_id in deleted:  # sent, deleted or edited: ask Gmail when it matters
                del self._known[draft_id]
        self._present = set(self._known)
        for gmail_id in added:
            if gmail_id not in self._sent:
                message = self._read_message(gmail_id)
                if message is not None:
                    self._sent[gmail_id] = message

    def _load_sent(self, since_at: datetime) -> None:
        query = f"in:sent after:{int(since_at.timestamp()) - 1}"
        for gmail_id in self._search(query):
            if gmail_id not in self._sent:
                message = self._read_message(gmail_id)
                if message is not None:
                    self._sent[gmail_id] = message
        self._sent_floor = since_at

    def _search(self, query: str, trash: bool = False) -> Iterator[str]:
        messages = self.client.gmail().users().messages()
        page: str | None = None
        extra = {"includeSpamTrash": True} if trash else {}
        while True:
            request = messages.list(userId="me", q=query, maxResults=PAGE, pageToken=page, **extra)
            answer = self.client.read(request, "searching sent mail", SinkError)
            yield from (m["id"] for m in answer.get("messages", []))
            page = answer.get("nextPageToken")
            if not page:
                return

    def _read_message(self, gmail_id: str) -> SentMessage | None:
        request = (
            self.client.gmail()
            .users()
            .messages()
            .get(userId="me", id=gmail_id, format="metadata", metadataHeaders=HEADERS)
        )
        try:
            answer = self.client.read(request, "reading a sent message", SinkError, absent=(404,))
        except Absent:
            return None
        return _sent_message(answer)

    def _drafts(self) -> Any:
        return self.client.gmail().users().drafts()


# --------------------------------------------------------------------------- helpers


def _headers(message: dict[str, Any]) -> dict[str, str]:
    """Header name (lower case) -> value, from a metadata-format message."""
    payload = message.get("payload") or {}
    return {h["name"].lower(): h["value"] for h in payload.get("headers", [])}


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


def _sent_message(message: dict[str, Any]) -> SentMessage:
    headers = _headers(message)
    addresses = getaddresses([headers.get("to", ""), headers.get("cc", "")])
    internal = message.get("internalDate")
    return SentMessage(
        message_id=headers.get("message-id"),
        to=tuple(comparable(a) for _, a in addresses if a),
        subject=headers.get("subject", ""),
        sent_at=datetime.fromtimestamp(int(internal) / 1000, UTC) if internal else None,
        marker=headers.get("x-followup-key"),
        thread_id=message.get("threadId"),
    )


def _seen(message: dict[str, Any]) -> Seen:
    sent = _sent_message(message)
    return Seen(sent.message_id, sent.marker, sent.to, sent.subject, sent.sent_at, sent.thread_id)


def _by_marker_or_id(
    pool: Iterable[SentMessage], marker: str, message_id: str | None
) -> SentMessage | None:
    ordered = sorted(pool, key=lambda s: s.sent_at or datetime.max.replace(tzinfo=UTC))
    for message in ordered:
        if marker and message.marker == marker:
            return message
    for message in ordered:
        if message_id and message.message_id == message_id:
            return message
    return None

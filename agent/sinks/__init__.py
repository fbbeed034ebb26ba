"""Drafts sinks: where composed drafts go (``maildir.MaildirSink``, ``memory.MemorySink``).

Both implement ``agent.ports.DraftsSink`` and pass ``tests/contract/drafts_contract.py``. This
module holds what they share: the record a sink keeps of each draft it created, and the rule
that tells a sent draft from a deleted one (DESIGN.md, "The user's choices stick"): a copy in
sent mail matched by ``X-Followup-Key``, else by Message-ID, else by recipient and subject
within a day of the draft's creation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.addresses import comparable
from agent.mail import sanitize_header
from agent.ports import Draft, DraftStatus, SentMessage

#: How long after a draft's creation a copy matched only by recipient and subject still counts.
SENT_WINDOW = timedelta(days=1)
#: Clocks of the machine and of the mail client may differ a little.
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class DraftRecord:
    """What a sink remembers of a draft it created, to recognise it once it has left Drafts."""

    draft_id: str
    marker: str
    message_id: str
    to: tuple[str, ...]  # lower-case addresses
    subject: str
    created_at: datetime


def record_of(draft_id: str, draft: Draft, created_at: datetime) -> DraftRecord:
    """The record to keep of ``draft``, stored under ``draft_id``."""
    return DraftRecord(
        draft_id=draft_id,
        marker=sanitize_header(draft.marker),
        message_id=sanitize_header(draft.message_id),
        to=tuple(comparable(sanitize_header(addr)) for _, addr in draft.to),
        subject=sanitize_header(draft.subject),
        created_at=created_at,
    )


def normalise_subject(subject: str) -> str:
    return " ".join(subject.split()).casefold()


def missing_status(draft_id: str, match: SentMessage | None) -> DraftStatus:
    """A draft no longer among the drafts: sent when its copy was found, else gone (deleted)."""
    if match is None:
        return DraftStatus("gone", draft_id=draft_id)
    return DraftStatus(
        "sent",
        draft_id=draft_id,
        message_id=match.message_id,
        sent_at=match.sent_at,
        thread_id=match.thread_id,
    )


def match_sent(
    record: DraftRecord | None, marker: str, message_id: str | None, sent: Iterable[SentMessage]
) -> SentMessage | None:
    """The sent copy of a draft, if one is in ``sent``; earliest first when several match."""
    ordered = sorted(sent, key=_sent_order)
    by_marker = [s for s in ordered if marker and s.marker == marker]
    if by_marker:
        return by_marker[0]
    wanted_id = message_id or (record.message_id if record else None)
    by_id = [s for s in ordered if wanted_id and s.message_id == wanted_id]
    if by_id:
        return by_id[0]
    if record is None:
        return None
    return next((s for s in ordered if _same_recipient_and_subject(record, s)), None)


def _sent_order(message: SentMessage) -> tuple[bool, datetime]:
    return (message.sent_at is None, message.sent_at or datetime.max.replace(tzinfo=None))


def _same_recipient_and_subject(record: DraftRecord, message: SentMessage) -> bool:
    if not record.to or not set(record.to) & {comparable(a) for a in message.to}:
        return False
    if normalise_subject(record.subject) != normalise_subject(message.subject):
        return False
    if message.sent_at is None:
        return False
    elapsed = message.sent_at - record.created_at
    return -CLOCK_SKEW <= elapsed <= SENT_WINDOW

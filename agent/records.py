"""What the state holds, as plain records: events stored, replies, processes, people, the daemon.

The state module reads and writes them; every other module works on them without the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class StoredEvent:
    key: str
    calendar: str
    data: dict[str, Any]
    digest: str
    detection: dict[str, Any] | None
    first_seen_at: datetime
    vanished: bool  # gone: cancelled explicitly, or missing from reads long enough
    missing_since: datetime | None = None  # missing from a complete read since then
    missing_reads: int = 0  # from how many complete reads in a row


@dataclass(frozen=True)
class ReplyRecord:
    pid: str
    at: datetime
    cls: str
    origin: str  # "cli" or "mailbox"
    from_addr: str | None = None
    timeline_text: str | None = None
    answer_date: date | None = None
    message_id: str | None = None
    thread_id: str | None = None


@dataclass(frozen=True)
class ProcessRecord:
    pid: str
    first_seen_at: datetime
    contact: str | None
    outcome: str | None
    outcome_at: datetime | None
    company: str | None


@dataclass(frozen=True)
class DaemonRecord:
    """What ``followup run`` last did: its pid, last pass and the wake-up it planned."""

    pid: int
    started_at: datetime
    last_pass_at: datetime | None = None
    last_exit: int | None = None
    next_wake_at: datetime | None = None
    failures: int = 0


@dataclass(frozen=True)
class PersonRecord:
    pid: str
    person_id: str
    name: str | None
    name_key: str | None
    email: str | None


@dataclass(frozen=True)
class Condition:
    """Something that kept the last pass from doing all its work, for ``status``."""

    kind: str  # needs_auth | source_unreachable | sink_unreachable | rate_limited | ...
    message: str


@dataclass(frozen=True)
class Shared:
    """What an earlier draft shared: its article and the update of the user's it told."""

    key: str  # the follow-up's serialised key
    process: str
    company: str | None  # company key
    to: tuple[str, ...]
    article_url: str | None = None
    update: str | None = None

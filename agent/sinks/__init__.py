"""Drafts sinks: where composed drafts go (``maildir.MaildirSink``, ``memory.MemorySink``, and
``agent.google.gmail.GmailSink``).

Each implements ``agent.ports.DraftsSink`` and passes ``tests/contract/drafts_contract.py``. This
module holds what they share: the record a sink keeps of each draft it created (``DraftRecord``,
in a ``RecordFile`` that outlives the state), the rule that tells a sent draft from a deleted one
(DESIGN.md, "The user's choices stick": a copy in sent mail matched by ``X-Followup-Key``, else by
Message-ID, else by recipient and subject within a day of the draft's creation), and the index
that recognises a follow-up's draft among many messages in one look (``MailIndex``,
``agent.recognition``).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from agent.addresses import comparable
from agent.errors import SinkError
from agent.mail import sanitize_header
from agent.ports import Draft, DraftStatus, Recognised, Recognition, SentMessage
from agent.recognition import keyed_shape, legacy_marker, legacy_marker_in
from agent.safefiles import link_error, open_private

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
    digest: str = ""  # the follow-up's plain digest (``agent.recognition``); "" before
    thread_id: str | None = None


def record_of(draft_id: str, draft: Draft, created_at: datetime) -> DraftRecord:
    """The record to keep of ``draft``, stored under ``draft_id``."""
    return DraftRecord(
        draft_id=draft_id,
        marker=sanitize_header(draft.marker),
        message_id=sanitize_header(draft.message_id),
        to=tuple(comparable(sanitize_header(addr)) for _, addr in draft.to),
        subject=sanitize_header(draft.subject),
        created_at=created_at,
        digest=draft.recognition,
        thread_id=draft.thread_id,
    )


class RecordFile:
    """The record of the drafts a sink wrote: one JSON line each, appended before the draft is
    written, in a private file that outlives the state (beside the drafts, or beside the
    config). A torn last line is skipped; a symbolic link at the path is refused. Read once per
    change of the file (its size and mtime)."""

    def __init__(self, path: Path, what: str = "the drafts journal") -> None:
        self.path = path
        self.what = what
        self._cache: tuple[int, int, RecordIndex] | None = None

    def exists(self) -> bool:
        try:
            info = self.path.lstat()
        except FileNotFoundError:
            return False
        except OSError as e:
            raise SinkError(f"cannot read {self.path}: {e.strerror}") from e
        if stat.S_ISLNK(info.st_mode):
            raise link_error(self.path, self.what, SinkError)
        return True

    def append(self, record: DraftRecord) -> None:
        line = json.dumps(record_json(record), ensure_ascii=False) + "\n"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            fd = open_private(self.path, flags, self.what, SinkError)
            try:
                before = os.fstat(fd)
                os.write(fd, line.encode("utf-8"))
                after = os.fstat(fd)
            finally:
                os.close(fd)
        except OSError as e:
            raise SinkError(f"cannot write {self.path}: {e.strerror}") from e
        cached = self._cache
        if cached and cached[:2] == (before.st_mtime_ns, before.st_size):
            cached[2].add(record)  # the file read before, and this line: no need to read again
            self._cache = (after.st_mtime_ns, after.st_size, cached[2])

    def index(self) -> RecordIndex:
        try:
            info = self.path.lstat()
        except FileNotFoundError:
            return RecordIndex({})
        except OSError as e:
            raise SinkError(f"cannot read {self.path}: {e.strerror}") from e
        if stat.S_ISLNK(info.st_mode):
            raise link_error(self.path, self.what, SinkError)
        if self._cache and self._cache[:2] == (info.st_mtime_ns, info.st_size):
            return self._cache[2]
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as e:
            raise SinkError(f"cannot read {self.path}: {e.strerror}") from e
        records: dict[str, DraftRecord] = {}
        for line in lines:
            record = parse_record(line)
            if record is not None:
                records[record.draft_id] = record
        found = RecordIndex(records)
        self._cache = (info.st_mtime_ns, info.st_size, found)
        return found


class RecordIndex:
    """The records of a ``RecordFile`` (or a memory sink), by draft id and by what recognises
    a follow-up."""

    def __init__(self, records: dict[str, DraftRecord]) -> None:
        self.by_draft_id: dict[str, DraftRecord] = {}
        self._by: dict[str, DraftRecord] = {}
        self.markers: set[str] = set()  # of drafts written by earlier versions (no digest)
        self._prints: dict[tuple[frozenset[str], str], list[datetime]] = {}
        for record in records.values():  # in writing order: the latest record wins
            self.add(record)

    def add(self, record: DraftRecord) -> None:
        self.by_draft_id[record.draft_id] = record
        for token in (record.digest, record.message_id, record.marker):
            if token:
                self._by[token] = record
        if record.marker and not record.digest:
            self.markers.add(record.marker)
        if record.to:
            key = (frozenset(record.to), normalise_subject(record.subject))
            self._prints.setdefault(key, []).append(record.created_at)

    def wrote(self, message: SentMessage) -> bool:
        """Whether ``message`` is the sent copy of a draft recorded here."""
        for token in (message.message_id, message.marker):
            if token and token in self._by:
                return True
        if message.sent_at is None:
            return False
        key = (frozenset(comparable(a) for a in message.to), normalise_subject(message.subject))
        for created_at in self._prints.get(key, ()):
            if -CLOCK_SKEW <= message.sent_at - created_at <= SENT_WINDOW:
                return True
        return False

    def mark(self, sent: Iterable[SentMessage]) -> list[SentMessage]:
        """``sent``, each copy of a recorded draft marked ``ours``."""
        return [replace(m, ours=True) if self.wrote(m) else m for m in sent]

    def get(self, draft_id: str) -> DraftRecord | None:
        return self.by_draft_id.get(draft_id)

    def by_marker(self, marker: str) -> DraftRecord | None:
        return self._by.get(marker) if marker else None

    def find(self, wanted: Recognition) -> DraftRecord | None:
        for token in (wanted.digest, *wanted.message_ids, *wanted.markers):
            if token and token in self._by:
                return self._by[token]
        if wanted.key is not None:
            marker = legacy_marker_in(wanted.key, self.markers)
            if marker is not None:
                return self._by[marker]
        return None


def record_json(record: DraftRecord) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": record.draft_id,
        "marker": record.marker,
        "message_id": record.message_id,
        "to": list(record.to),
        "subject": record.subject,
        "created_at": record.created_at.isoformat(),
    }
    if record.digest:
        data["digest"] = record.digest
    if record.thread_id:
        data["thread_id"] = record.thread_id
    return data


def parse_record(line: str) -> DraftRecord | None:
    """One record line; None for a torn last line (a crash mid-append) or a hand edit."""
    try:
        raw = json.loads(line)
        return DraftRecord(
            draft_id=str(raw["id"]),
            marker=str(raw["marker"]),
            message_id=str(raw["message_id"]),
            to=tuple(str(a) for a in raw["to"]),
            subject=str(raw["subject"]),
            created_at=datetime.fromisoformat(raw["created_at"]),
            digest=str(raw.get("digest") or ""),
            thread_id=str(raw["thread_id"]) if raw.get("thread_id") else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


# --------------------------------------------------------------------------- recognition

T = TypeVar("T")


@dataclass(frozen=True)
class Seen:
    """What recognition reads of one message (a draft or a sent copy)."""

    message_id: str | None
    marker: str | None
    to: tuple[str, ...]
    subject: str
    at: datetime | None  # when it was drafted or sent
    thread_id: str | None = None


class MailIndex(Generic[T]):
    """Messages indexed once by Message-ID, marker and fingerprint (recipients and subject), so
    that each follow-up is recognised among thousands without another look at the folder."""

    def __init__(self, items: Iterable[T], seen: Callable[[T], Seen]) -> None:
        self.items: list[T] = []
        self._ids: dict[str, T] = {}
        self._markers: dict[str, T] = {}
        self._legacy: set[str] = set()  # markers the process id of another state may explain
        self._prints: dict[tuple[frozenset[str], str], list[tuple[Seen, T]]] = {}
        for item in items:
            self.add(item, seen(item))

    def add(self, item: T, seen: Seen) -> None:
        self.items.append(item)
        if seen.message_id:
            self._ids.setdefault(seen.message_id, item)
        for marker in (seen.marker, legacy_marker(seen.message_id)):
            if marker:
                self._markers.setdefault(marker, item)
                if not keyed_shape(seen.message_id):  # an earlier version's draft, or its copy
                    self._legacy.add(marker)
        if seen.to and seen.subject:
            key = (frozenset(seen.to), normalise_subject(seen.subject))
            self._prints.setdefault(key, []).append((seen, item))

    def find(self, wanted: Recognition) -> tuple[T, str] | None:
        """The message that is the follow-up's draft or its copy, and what told it."""
        for message_id in wanted.message_ids:
            if message_id in self._ids:
                return self._ids[message_id], "message-id"
        for marker in wanted.markers:
            if marker and marker in self._markers:
                return self._markers[marker], "marker"
        if wanted.key is not None:
            legacy = legacy_marker_in(wanted.key, self._legacy)
            if legacy is not None:
                return self._markers[legacy], "marker"
        return self._fingerprint(wanted)

    def _fingerprint(self, wanted: Recognition) -> tuple[T, str] | None:
        if not wanted.to or not wanted.subject:
            return None
        key = (frozenset(comparable(a) for a in wanted.to), normalise_subject(wanted.subject))
        for seen, item in self._prints.get(key, ()):
            if wanted.not_before and (seen.at is None or seen.at < wanted.not_before):
                continue
            if wanted.thread_id and seen.thread_id and seen.thread_id != wanted.thread_id:
                continue
            if wanted.claimed(seen.message_id):  # another follow-up's own draft or copy
                continue
            return item, "fingerprint"
        return None


def seen_sent(message: SentMessage) -> Seen:
    return Seen(
        message.message_id,
        message.marker,
        tuple(comparable(a) for a in message.to),
        message.subject,
        message.sent_at,
        message.thread_id,
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


def sent_found(message: SentMessage, how: str) -> Recognised:
    """A follow-up recognised by its sent copy."""
    return Recognised(
        "sent",
        message_id=message.message_id,
        sent_at=message.sent_at,
        thread_id=message.thread_id,
        how=how,
    )

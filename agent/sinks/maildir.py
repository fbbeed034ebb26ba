"""The local drafts sink: a Maildir any mail client opens, plus an optional sent-mail Maildir.

Each draft is a standard message file written atomically (``tmp/`` then a rename) straight into
``cur/`` with the Draft flag (``<key>:2,D``), so a client never sees a half-written file and
lists it among drafts. followup finds its own drafts by their ``X-Followup-Key`` header, reading
only the header part of each file, cached by (name, mtime, size). A draft that leaves the folder
was sent when a copy reaches the sent Maildir (matched as ``agent.sinks.match_sent`` says), else
deleted. To match by recipient and subject after the draft file is gone, the sink keeps one JSON
line per created draft in ``followup-drafts.jsonl`` beside ``cur/`` (mail clients and
``mailbox.Maildir`` ignore plain files at the top of a Maildir). A symbolic link at the journal
or at ``tmp/``, ``new/`` or ``cur/`` is refused (``agent.safefiles``), never written through.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from agent.addresses import comparable
from agent.errors import SinkError
from agent.mail import sanitize_header, to_email
from agent.ports import Draft, DraftStatus, SentMessage
from agent.safefiles import link_error, open_private, refuse_link
from agent.sinks import DraftRecord, match_sent, missing_status, record_of

JOURNAL_NAME = "followup-drafts.jsonl"
_SUBDIRS = ("tmp", "new", "cur")
_HEADER_LIMIT = 256 * 1024  # a header block larger than this is not a draft of ours
_CHUNK = 8192


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class MessageHeaders:
    """The headers followup reads from one message file."""

    key: str  # the Maildir key: the file name without its ":2,..." info
    path: Path
    marker: str | None
    message_id: str | None
    to: tuple[str, ...]  # lower-case addresses
    subject: str
    date_at: datetime | None

    def as_sent(self) -> SentMessage:
        return SentMessage(
            message_id=self.message_id,
            to=self.to,
            subject=self.subject,
            sent_at=self.date_at,
            marker=self.marker,
        )


class HeaderScanner:
    """Reads the headers of every message in a Maildir, re-reading only files that changed."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, tuple[int, int, MessageHeaders]] = {}

    def scan(self) -> list[MessageHeaders]:
        # Every file is stat-ed but only new or changed ones are read. File times are not used
        # to skip old mail: with `--now` the clock followup reasons in is not the file system's.
        found: dict[str, MessageHeaders] = {}
        for sub in ("new", "cur"):
            for entry in self._files(self.root / sub):
                headers = self._headers(sub, entry)
                if headers is not None:
                    found[f"{sub}/{entry.name}"] = headers
        self._cache = {k: v for k, v in self._cache.items() if k in found}
        return sorted(found.values(), key=lambda h: h.key)

    def _files(self, folder: Path) -> Iterator[os.DirEntry[str]]:
        try:
            with os.scandir(folder) as entries:
                yield from (e for e in entries if not e.name.startswith("."))
        except FileNotFoundError:
            return
        except OSError as e:
            raise SinkError(f"cannot read the Maildir folder {folder}: {e.strerror}") from e

    def _headers(self, sub: str, entry: os.DirEntry[str]) -> MessageHeaders | None:
        try:
            info = entry.stat()
        except FileNotFoundError:  # renamed or removed by a mail client meanwhile
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        cache_key = f"{sub}/{entry.name}"
        cached = self._cache.get(cache_key)
        if cached and cached[:2] == (info.st_mtime_ns, info.st_size):
            return cached[2]
        headers = read_headers(Path(entry.path), fallback_at=info.st_mtime)
        if headers is not None:
            self._cache[cache_key] = (info.st_mtime_ns, info.st_size, headers)
        return headers


def maildir_key(filename: str) -> str:
    """The Maildir key of a file name: the part before the ":2,FLAGS" info."""
    return filename.split(":", 1)[0]


def read_headers(path: Path, fallback_at: float | None = None) -> MessageHeaders | None:
    """The headers of one message file (None if it vanished); only the header block is read."""
    try:
        head = _read_head(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise SinkError(f"cannot read {path}: {e.strerror}") from e
    msg = BytesHeaderParser(policy=default_policy).parsebytes(head)
    date_at = _date(msg) or (
        datetime.fromtimestamp(fallback_at, UTC) if fallback_at is not None else None
    )
    return MessageHeaders(
        key=maildir_key(path.name),
        path=path,
        marker=_header(msg, "X-Followup-Key") or None,
        message_id=_header(msg, "Message-ID") or None,
        to=_addresses(msg, "To"),
        subject=_header(msg, "Subject"),
        date_at=date_at,
    )


def _read_head(path: Path) -> bytes:
    with path.open("rb") as f:
        head = b""
        while len(head) < _HEADER_LIMIT:
            chunk = f.read(_CHUNK)
            head += chunk
            if not chunk or b"\n\n" in head or b"\r\n\r\n" in head:
                break
    return head


# Malformed headers in other people's mail must not stop a scan: these are what the email
# package raises on them.
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError, LookupError)


def _header(msg: EmailMessage | Any, name: str) -> str:
    try:
        value = msg.get(name)
    except _HEADER_ERRORS:
        return ""
    return sanitize_header(str(value)) if value is not None else ""


def _addresses(msg: EmailMessage | Any, name: str) -> tuple[str, ...]:
    try:
        header = msg.get(name)
        if not isinstance(header, AddressHeader):
            return ()
        return tuple(comparable(a.addr_spec) for a in header.addresses if a.addr_spec)
    except _HEADER_ERRORS:
        return ()


def _date(msg: EmailMessage | Any) -> datetime | None:
    try:
        header = msg.get("Date")
        value = getattr(header, "datetime", None)
    except _HEADER_ERRORS:
        return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class MaildirSink:
    """Drafts in the Maildir ``drafts_dir``; sent copies looked for in ``sent_dir`` when given."""

    def __init__(
        self,
        drafts_dir: Path,
        sent_dir: Path | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.drafts_dir = Path(drafts_dir)
        self.sent_dir = Path(sent_dir) if sent_dir else None
        self._clock = clock
        self._drafts = HeaderScanner(self.drafts_dir)
        self._sent = HeaderScanner(self.sent_dir) if self.sent_dir else None
        self._journal_cache: tuple[int, int, dict[str, DraftRecord]] | None = None
        self._counter = 0

    # ----------------------------------------------------------------- the port

    def create(self, draft: Draft) -> str:
        self.ensure()
        stored = draft if draft.date_at else replace(draft, date_at=self._clock())
        data = to_email(stored).as_bytes()
        key = self._new_key()
        # The journal line goes first: a line for a draft that never landed is harmless,
        # while a draft without its line could not be matched by recipient and subject.
        self._append_journal(record_of(key, stored, stored.date_at or self._clock()))
        self._write_draft(key, data)
        return key

    def find(self, marker: str) -> str | None:
        wanted = sanitize_header(marker)
        return next((h.key for h in self._drafts.scan() if h.marker == wanted), None)

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        present = self._present(draft_id, sanitize_header(marker))
        if present is not None:
            return DraftStatus("present", draft_id=present.key, message_id=present.message_id)
        if self._sent is None:
            return DraftStatus("gone", draft_id=draft_id)
        record = self._journal_record(draft_id, sanitize_header(marker))
        sent = (h.as_sent() for h in self._sent.scan())
        match = match_sent(record, sanitize_header(marker), message_id, sent)
        return missing_status(draft_id, match)

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        if self._sent is None:
            return []
        return [
            h.as_sent()
            for h in self._sent.scan()
            if h.date_at is not None and h.date_at >= since_at
        ]

    # ----------------------------------------------------------------- the Maildir

    def ensure(self) -> None:
        """Create the drafts Maildir (0700 folders) if it is missing."""
        try:
            self.drafts_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.drafts_dir.mkdir(mode=0o700, exist_ok=True)
            for sub in _SUBDIRS:  # the drafts folder may be a link (the user's choice): not these
                refuse_link(self.drafts_dir / sub, "the Maildir folder", SinkError)
                (self.drafts_dir / sub).mkdir(mode=0o700, exist_ok=True)
        except OSError as e:
            raise SinkError(
                f"cannot create the drafts Maildir {self.drafts_dir}: {e.strerror}",
                hint="check drafts.maildir in the config",
            ) from e

    def path_of(self, draft_id: str) -> Path | None:
        """The file of a present draft (for tests and ``doctor``)."""
        return next((h.path for h in self._drafts.scan() if h.key == draft_id), None)

    def _present(self, draft_id: str, marker: str) -> MessageHeaders | None:
        headers = self._drafts.scan()
        by_key = next((h for h in headers if h.key == draft_id), None)
        return by_key or next((h for h in headers if marker and h.marker == marker), None)

    def _new_key(self) -> str:
        # Maildir's unique-name recipe: time, microseconds, pid, a counter, randomness, host.
        self._counter += 1
        now = time.time()
        host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
        micro = int((now % 1) * 1e6)
        return f"{int(now)}.M{micro}P{os.getpid()}Q{self._counter}R{secrets.token_hex(4)}.{host}"

    def _write_draft(self, key: str, data: bytes) -> None:
        tmp_path = self.drafts_dir / "tmp" / key
        final_path = self.drafts_dir / "cur" / f"{key}:2,D"
        try:
            _write_new_file(tmp_path, data)
            os.rename(tmp_path, final_path)
        except OSError as e:
            with contextlib.suppress(OSError):
                tmp_path.unlink()
            raise SinkError(f"cannot write a draft into {self.drafts_dir}: {e.strerror}") from e
        _fsync_dir(final_path.parent)

    # ----------------------------------------------------------------- the journal

    @property
    def journal_path(self) -> Path:
        return self.drafts_dir / JOURNAL_NAME

    def _append_journal(self, record: DraftRecord) -> None:
        line = json.dumps(_record_json(record), ensure_ascii=False) + "\n"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            fd = open_private(self.journal_path, flags, "the drafts journal", SinkError)
            try:
                os.write(fd, line.encode("utf-8"))
            finally:
                os.close(fd)
        except OSError as e:
            raise SinkError(f"cannot write {self.journal_path}: {e.strerror}") from e

    def _journal_record(self, draft_id: str, marker: str) -> DraftRecord | None:
        records = self._journal()
        by_id = records.get(draft_id)
        if by_id is not None:
            return by_id
        return next((r for r in reversed(records.values()) if r.marker == marker), None)

    def _journal(self) -> dict[str, DraftRecord]:
        try:
            info = self.journal_path.lstat()
        except FileNotFoundError:
            return {}
        except OSError as e:
            raise SinkError(f"cannot read {self.journal_path}: {e.strerror}") from e
        if stat.S_ISLNK(info.st_mode):
            raise link_error(self.journal_path, "the drafts journal", SinkError)
        if self._journal_cache and self._journal_cache[:2] == (info.st_mtime_ns, info.st_size):
            return self._journal_cache[2]
        records = _parse_journal(self.journal_path)
        self._journal_cache = (info.st_mtime_ns, info.st_size, records)
        return records


def _write_new_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable; the draft is already in place, so a failure here is no error.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _record_json(record: DraftRecord) -> dict[str, Any]:
    return {
        "id": record.draft_id,
        "marker": record.marker,
        "message_id": record.message_id,
        "to": list(record.to),
        "subject": record.subject,
        "created_at": record.created_at.isoformat(),
    }


def _parse_journal(path: Path) -> dict[str, DraftRecord]:
    records: dict[str, DraftRecord] = {}
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as e:
        raise SinkError(f"cannot read {path}: {e.strerror}") from e
    for line in lines:
        record = _parse_journal_line(line)
        if record is not None:
            records[record.draft_id] = record
    return records


def _parse_journal_line(line: str) -> DraftRecord | None:
    # A torn last line (a crash mid-append) or a hand edit is skipped, never fatal.
    try:
        raw = json.loads(line)
        return DraftRecord(
            draft_id=str(raw["id"]),
            marker=str(raw["marker"]),
            message_id=str(raw["message_id"]),
            to=tuple(str(a) for a in raw["to"]),
            subject=str(raw["subject"]),
            created_at=datetime.fromisoformat(raw["created_at"]),
        )
    except (ValueError, KeyError, TypeError):
        return None

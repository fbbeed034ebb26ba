"""The local drafts sink: a Maildir any mail client opens, plus an optional sent-mail Maildir.

Each draft is a standard message file written atomically (``tmp/`` then a rename) straight into
``cur/`` with the Draft flag (``<key>:2,D``), so a client never sees a half-written file and
lists it among drafts. followup recognises its own drafts by their Message-ID (and those of
earlier versions by their ``X-Followup-Key`` header: ``agent.recognition``), reading only the
header part of each file, cached by (name, mtime, size), once per pass. A draft that leaves the
folder was sent when a copy reaches the sent Maildir (matched as ``agent.sinks.match_sent``
says), else deleted. To know a deleted draft and match a sent one by recipient and subject after
the draft file is gone, even with the state lost, the sink keeps one JSON line per created draft
in ``followup-drafts.jsonl`` beside ``cur/`` (mail clients and ``mailbox.Maildir`` ignore plain
files at the top of a Maildir). A symbolic link at the journal or at ``tmp/``, ``new/`` or
``cur/`` is refused (``agent.safefiles``), never written through.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from agent.addresses import comparable
from agent.errors import SinkError
from agent.mail import sanitize_header, to_email
from agent.ports import NOT_FOUND, Draft, DraftStatus, Recognised, Recognition, SentMessage
from agent.safefiles import refuse_link
from agent.sinks import (
    MailIndex,
    RecordFile,
    Seen,
    match_sent,
    missing_status,
    record_of,
    seen_sent,
    sent_found,
)

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

    def __init__(self, root: Path, what: str = "Maildir") -> None:
        self.root = root
        self.what = what
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

    def names(self) -> dict[str, str]:
        """The Maildir key -> file of every message, from the folder listings only (nothing
        is read or stat-ed)."""
        found = {}
        for sub in ("new", "cur"):
            for entry in self._files(self.root / sub):
                with contextlib.suppress(OSError):
                    if entry.is_file():
                        found[maildir_key(entry.name)] = entry.path
        return found

    def _files(self, folder: Path) -> Iterator[os.DirEntry[str]]:
        try:
            with os.scandir(folder) as entries:
                yield from (e for e in entries if not e.name.startswith("."))
        except FileNotFoundError:
            return
        except OSError as e:
            raise SinkError(f"cannot read the {self.what} folder {folder}: {e.strerror}") from e

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
    """The headers of one message file (None if it vanished); only the header block is read,
    with the email package's plain parser (its header objects cost ten times as much)."""
    try:
        head = _read_head(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise SinkError(f"cannot read {path}: {e.strerror}") from e
    raw: dict[str, list[str]] = {}
    for name, value in BytesHeaderParser(policy=compat32).parsebytes(head).raw_items():
        raw.setdefault(name.lower(), []).append(value)

    def first(name: str) -> str | None:
        return raw[name][0] if name in raw else None

    date_at = _date(first("date")) or (
        datetime.fromtimestamp(fallback_at, UTC) if fallback_at is not None else None
    )
    return MessageHeaders(
        key=maildir_key(path.name),
        path=path,
        marker=_text(first("x-followup-key")) or None,
        message_id=_text(first("message-id")) or None,
        to=_addresses(raw.get("to", [])),
        subject=_text(first("subject")),
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


def _unicode(value: str) -> str:
    """A raw header value as text: unfolded, raw UTF-8 (RFC 6532) decoded, encoded words
    (RFC 2047) too."""
    text = "".join(value.splitlines())
    if not text.isascii():  # 8-bit bytes, kept as surrogates by the parser
        text = text.encode("ascii", "surrogateescape").decode("utf-8", "replace")
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except (HeaderParseError, *_HEADER_ERRORS):
            pass
    return text


def _text(value: str | None) -> str:
    return sanitize_header(_unicode(value)) if value is not None else ""


def _addresses(values: list[str]) -> tuple[str, ...]:
    try:
        pairs = getaddresses([_unicode(v) for v in values])
    except _HEADER_ERRORS:
        return ()
    return tuple(comparable(addr) for _, addr in pairs if "@" in addr)


def _date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(_unicode(value))
    except (TypeError, *_HEADER_ERRORS):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class MaildirSink:
    """Drafts in the Maildir ``drafts_dir``; sent copies looked for in ``sent_dir`` when given.

    The folders are looked at once per pass (``refresh`` starts one): the drafts folder is
    listed, and only when a question needs more than a draft's name (a draft saved under a new
    name, a follow-up to recognise) are the headers read - of new or changed files only - and
    indexed; the sent folder is read once. Each question of the pass is then a lookup, and the
    drafts this sink writes join the look as they are written.
    """

    def __init__(
        self,
        drafts_dir: Path,
        sent_dir: Path | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.drafts_dir = Path(drafts_dir)
        self.sent_dir = Path(sent_dir) if sent_dir else None
        self._clock = clock
        self._drafts = HeaderScanner(self.drafts_dir, "drafts Maildir")
        self._sent = HeaderScanner(self.sent_dir, "sent Maildir") if self.sent_dir else None
        self._record = RecordFile(self.drafts_dir / JOURNAL_NAME)
        self._drafts_look: MailIndex[MessageHeaders] | None = None
        self._names: dict[str, str] | None = None  # key -> file of each draft, this pass
        self._sent_look: MailIndex[SentMessage] | None = None
        self._counter = 0
        self.looks = 0  # how many times the folders were scanned (for tests and the bench)

    # ----------------------------------------------------------------- the port

    def create(self, draft: Draft) -> str:
        self.ensure()
        stored = draft if draft.date_at else replace(draft, date_at=self._clock())
        data = to_email(stored).as_bytes()
        key = self._new_key()
        # The journal line goes first: a line for a draft that never landed is harmless,
        # while a draft without its line could not be matched by recipient and subject.
        self._record.append(record_of(key, stored, stored.date_at or self._clock()))
        self._write_draft(key, data)
        path = self.drafts_dir / "cur" / f"{key}:2,D"
        if self._names is not None:
            self._names[key] = str(path)
        if self._drafts_look is not None:
            headers = read_headers(path)
            if headers is not None:
                self._drafts_look.add(headers, _seen(headers))
        return key

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        if draft_id in self._draft_names():  # the common answer: no file is read for it
            return DraftStatus("present", draft_id=draft_id)
        present = self._present(sanitize_header(marker), message_id)
        if present is not None:
            return DraftStatus("present", draft_id=present.key, message_id=present.message_id)
        if self._sent is None:
            return DraftStatus("gone", draft_id=draft_id)
        records = self._record.index()
        record = records.get(draft_id) or records.by_marker(sanitize_header(marker))
        sent = self._sent_index().items
        match = match_sent(record, sanitize_header(marker), message_id, sent)
        return missing_status(draft_id, match)

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        sent = self._sent_index().items
        found = [s for s in sent if s.sent_at is not None and s.sent_at >= since_at]
        return self._record.index().mark(found)

    def refresh(self) -> None:
        self._names = None
        self._drafts_look = None
        self._sent_look = None

    def recognise(self, wanted: Recognition) -> Recognised:
        hit = self._drafts_index().find(wanted)
        if hit is not None:
            draft, how = hit
            return Recognised("present", draft.key, draft.message_id, how=how)
        sent = self._sent_index()
        copy = sent.find(wanted)
        if copy is not None:
            return sent_found(copy[0], copy[1])
        record = self._record.index().find(wanted)
        if record is None:
            return NOT_FOUND
        if record.draft_id in self._draft_names():
            return Recognised("present", record.draft_id, record.message_id, how="record")
        match = match_sent(record, record.marker, record.message_id, sent.items)
        if match is not None:
            return sent_found(match, "record")
        return Recognised("deleted", draft_id=record.draft_id, how="record")

    def keeps_record(self) -> bool:
        """The journal is there, or nothing was ever written here (no drafts folder yet)."""
        return self._record.exists() or not (self.drafts_dir / "cur").exists()

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
        found = next((h for h in self._drafts.scan() if h.key == draft_id), None)
        return found.path if found else None

    def _draft_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = self._drafts.names()
        return self._names

    def _drafts_index(self) -> MailIndex[MessageHeaders]:
        """The headers of the drafts, read (new or changed files only) once per pass, when a
        question needs more than the files' names."""
        if self._drafts_look is None:
            self.looks += 1
            headers = self._drafts.scan()
            self._drafts_look = MailIndex(headers, _seen)
            self._names = {h.key: str(h.path) for h in headers}
        return self._drafts_look

    def _sent_index(self) -> MailIndex[SentMessage]:
        if self._sent_look is None:
            sent = [h.as_sent() for h in self._sent.scan()] if self._sent is not None else []
            self._sent_look = MailIndex(sent, seen_sent)
        return self._sent_look

    def _present(self, marker: str, message_id: str | None) -> MessageHeaders | None:
        """The draft saved under another name (a client's edit), by Message-ID or marker."""
        ids = (message_id,) if message_id else ()
        hit = self._drafts_index().find(Recognition(digest="", message_ids=ids, markers=(marker,)))
        return hit[0] if hit else None

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
        return self._record.path


def _seen(h: MessageHeaders) -> Seen:
    return Seen(h.message_id, h.marker, h.to, h.subject, h.date_at)


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

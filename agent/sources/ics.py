"""The ICS calendar source: an ``.ics`` file or an http(s)/webcal URL, read as a full snapshot.

Reading costs nothing when nothing changed: a file whose size and mtime match the cursor is not
opened, and one whose bytes hash the same is not parsed; a URL is fetched with a conditional
GET (``If-None-Match`` / ``If-Modified-Since``). The cursor (opaque JSON) also records the
window that was read: the configured window is relative to now and so moves every tick, and an
unchanged calendar is re-parsed only once that window has drifted by ``window_slack`` (a day)
at either end. Events that drift into the window's far future edge meanwhile do not matter to
follow-ups; events that leave it are not cancellations (DESIGN.md, Windows).

Parsing (``agent.sources.ical``) imports icalendar and recurring-ical-events, so it is imported
only when a calendar has to be parsed: building a source stays cheap for commands that never
read one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat as stat_module
import time
import zlib
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.errors import ConfigError, SourceError, SourceRefused, SourceUnusable
from agent.ports import SyncBatch, Window
from agent.redact import redact_url
from agent.sources.window import close_enough, window_from_text, window_text

log = logging.getLogger(__name__)

CURSOR_VERSION = 1
#: A file changed less than this long before it was read may change again within the same
#: mtime tick, so its size and mtime are not trusted next time (git's "racy" files).
_RACY = 2.0
#: Refuse a calendar (file or download, after decompression) larger than this: a busy
#: calendar with years of history is a few MB, not a disk's worth.
MAX_CALENDAR_BYTES = 64 * 1024 * 1024
#: A feed must be downloaded within this many seconds in all (connection, headers, body): a
#: server that sends a byte at a time would otherwise hold the pass for as long as it likes.
FEED_DEADLINE = 30.0
_PIECE = 1 << 20
_USER_AGENT = "followup (calendar reader)"


@dataclass(frozen=True)
class _Cursor:
    """What the last parse read: the window, and how to tell whether the input changed."""

    window: list[str]
    sha256: str
    size: int | None = None
    mtime_ns: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    v: int = CURSOR_VERSION

    def dumps(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def loads(cls, text: str | None) -> _Cursor | None:
        """The cursor, or None for no cursor or one this version cannot read (a full read)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            cursor = cls(**data)
        except (ValueError, TypeError):
            return None
        return cursor if cursor.v == CURSOR_VERSION else None


@dataclass(frozen=True)
class _Download:
    """The bytes read, and what the next cursor must remember about them."""

    data: bytes
    size: int | None = None
    mtime_ns: int | None = None
    etag: str | None = None
    last_modified: str | None = None


class IcsSource:
    """One ``.ics`` file or URL; implements ``agent.ports.CalendarSource``."""

    def __init__(
        self,
        location: str,
        *,
        name: str | None = None,
        default_tz: str,
        http_timeout: float = FEED_DEADLINE,
        window_slack: timedelta = timedelta(days=1),
        max_bytes: int = MAX_CALENDAR_BYTES,
    ) -> None:
        self._url = _url_of(location)
        self._path = None if self._url else Path(location)
        self._name = name or location
        self._default_tz = _checked_zone(default_tz)
        self._timeout = http_timeout
        self._slack = window_slack
        self._max_bytes = max_bytes
        self._shown = redact_url(self._url) if self._url else location

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"IcsSource({self._shown!r})"

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        previous = _Cursor.loads(cursor)
        if previous is not None and not close_enough(
            window_from_text(previous.window), window, self._slack
        ):
            previous = None  # the window moved too far: whatever the input, parse it again
        download = self._download(previous) if self._url else self._read_file(previous)
        if download is None:
            assert cursor is not None  # only an earlier read can make the input unchanged
            return SyncBatch(events=(), cursor=cursor, window=window, changed=False)
        return self._batch(download, previous, window)

    # ----------------------------------------------------------------------- reading

    def _read_file(self, previous: _Cursor | None) -> _Download | None:
        """The file's bytes, or None when the cursor shows it unchanged (not even opened).

        Only a regular file is opened: a FIFO would block the pass until something writes to
        it, and a device such as /dev/zero never ends. The read stops past the size limit.
        """
        assert self._path is not None
        stat = self._stat()
        if previous and (previous.size, previous.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            return None
        self._check_size(stat.st_size)
        try:
            # Non-blocking, so that a file swapped for a FIFO since the check cannot block.
            fd = os.open(self._path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
            with os.fdopen(fd, "rb") as file:
                self._check_kind(os.fstat(file.fileno()))
                data = self._read_at_most(file)
        except OSError as e:
            raise self._os_error(e) from e
        racy = time.time() - stat.st_mtime < _RACY
        data = _decompressed(data, "", self._max_bytes, self._shown)
        return _Download(data, size=stat.st_size, mtime_ns=None if racy else stat.st_mtime_ns)

    def _read_at_most(self, file: BinaryIO) -> bytes:
        """The file's bytes, refused once past the limit (a file may grow while read).

        Read in pieces: one ``read(limit)`` would set aside the whole limit in memory first.
        """
        pieces, size = [], 0
        while piece := file.read(_PIECE):
            size += len(piece)
            self._check_size(size)
            pieces.append(piece)
        return b"".join(pieces)

    def _stat(self) -> os.stat_result:
        assert self._path is not None
        try:
            stat = self._path.stat()
        except OSError as e:
            raise self._os_error(e) from e
        self._check_kind(stat)
        return stat

    def _check_kind(self, stat: os.stat_result) -> None:
        mode = stat.st_mode
        if stat_module.S_ISREG(mode):
            return
        if stat_module.S_ISDIR(mode):
            raise SourceUnusable(f"calendar {self._shown} is a folder, not an .ics file")
        kind = (
            "a named pipe (FIFO)"
            if stat_module.S_ISFIFO(mode)
            else "a device"
            if stat_module.S_ISCHR(mode) or stat_module.S_ISBLK(mode)
            else "a socket"
            if stat_module.S_ISSOCK(mode)
            else "not a regular file"
        )
        raise SourceUnusable(
            f"calendar {self._shown} is {kind}, not an .ics file; it is not read",
            hint="point calendar.ics at a calendar file",
        )

    def _check_size(self, size: int) -> None:
        if size > self._max_bytes:
            raise SourceUnusable(
                f"calendar {self._shown} is larger than {megabytes(self._max_bytes)}; "
                "it is not read",
                hint="a calendar file this large is not a calendar export",
            )

    def _os_error(self, e: OSError) -> SourceError:
        if isinstance(e, FileNotFoundError):
            return SourceError(
                f"calendar file {self._shown} does not exist", hint="check calendar.ics"
            )
        if isinstance(e, PermissionError):
            return SourceRefused(
                f"calendar file {self._shown} cannot be read: permission denied",
                hint="let this user read it (chmod u+r), or point calendar.ics at a copy",
            )
        return SourceError(f"calendar file {self._shown} cannot be read: {e.strerror or e}")

    def _download(self, previous: _Cursor | None) -> _Download | None:
        """The feed's bytes, or None when the server says it is unchanged (304)."""
        from agent.sources import feed

        assert self._url is not None
        got = feed.download(
            self._url,
            _conditional(previous),
            deadline=self._timeout,
            max_bytes=self._max_bytes,
            shown=self._shown,
            unchanged_ok=previous is not None,
        )
        if got is None:
            return None
        data = _decompressed(got.data, got.encoding, self._max_bytes, self._shown)
        return _Download(data, etag=got.etag, last_modified=got.last_modified)

    # ----------------------------------------------------------------------- parsing

    def _batch(self, download: _Download, previous: _Cursor | None, window: Window) -> SyncBatch:
        if not download.data.strip():
            where = "the file" if self._path is not None else "the server's answer"
            raise SourceUnusable(
                f"calendar {self._shown} is empty: {where} holds no bytes",
                hint="export the calendar again, or check calendar.ics",
            )
        digest = hashlib.sha256(download.data).hexdigest()
        cursor = _Cursor(
            window=window_text(window),
            sha256=digest,
            size=download.size,
            mtime_ns=download.mtime_ns,
            etag=download.etag,
            last_modified=download.last_modified,
        )
        if previous is not None and previous.sha256 == digest:
            # Touched or re-served but the same bytes: remember the new stat/ETag, keep the
            # window of the parse the engine already has.
            kept = replace(cursor, window=previous.window)
            return SyncBatch(events=(), cursor=kept.dumps(), window=window, changed=False)
        from agent.sources import ical

        try:
            loaded = ical.load(
                download.data,
                window,
                default_tz=self._default_tz,
                calendar=self._name,
                shown=self._shown,
            )
        except ical.NotACalendarError as e:
            raise SourceUnusable(
                f"calendar {self._shown} is not an iCalendar file: {e}",
                hint="calendar.ics wants an .ics export or a calendar's iCal address",
            ) from e
        log.debug("%s: %d events, %d problems", self._shown, len(loaded.events), len(loaded.errors))
        return SyncBatch(
            events=tuple(loaded.events),
            cursor=cursor.dumps(),
            window=window,
            complete=loaded.complete,
            errors=tuple(loaded.errors),
        )


def ics_sources(locations: list[str], default_tz: str) -> list[IcsSource]:
    """One source per configured location (paths already absolute, or URLs)."""
    return [
        IcsSource(location, name=calendar_name(location), default_tz=default_tz)
        for location in locations
    ]


def calendar_name(location: str) -> str:
    """The name a calendar is stored and shown under.

    A file keeps its path. A URL's path and query may hold a secret (Google's "secret address",
    Outlook's published link), so the name keeps only the host and a digest of the whole URL:
    the state file, the logs and ``status`` never show the secret.
    """
    if _url_of(location) is None:
        return location
    host = location.split("://", 1)[1].split("/", 1)[0].rsplit("@", 1)[-1]
    digest = hashlib.sha256(location.encode()).hexdigest()[:12]
    return f"{host}#{digest}"


def _url_of(location: str) -> str | None:
    """The URL to fetch, or None for a file path. webcal:// is https:// by convention."""
    scheme = location.split(":", 1)[0].lower() if "://" in location else ""
    if scheme == "webcal":
        return "https://" + location.split("://", 1)[1]
    if scheme in ("http", "https"):
        return location
    return None


def _checked_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"unknown time zone {name!r}", hint="use an IANA name") from e
    return name


def _conditional(previous: _Cursor | None) -> dict[str, str]:
    headers = {"User-Agent": _USER_AGENT, "Accept-Encoding": "gzip"}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def megabytes(size: int) -> str:
    """A size as messages give it."""
    return f"{size / 2**20:g} MB"


def _decompressed(data: bytes, encoding: str, limit: int, shown: str) -> bytes:
    """The calendar inside gzip- or deflate-encoded data, at most ``limit`` bytes of it.

    Decoded by the Content-Encoding header or, without one, by gzip's magic bytes (a saved
    ``.ics.gz``, a server that compresses without saying so).
    """
    encoding = encoding.strip().lower()
    if encoding in ("", "identity") and not data.startswith(b"\x1f\x8b"):
        return data
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise SourceUnusable(f"calendar {shown} is sent in an encoding followup cannot read")
    # 32 + 15: a gzip or zlib header, whichever it has; a bare deflate stream has neither.
    for wbits in (47, -15):
        try:
            inflated = zlib.decompressobj(wbits).decompress(data, limit + 1)
            break
        except zlib.error as e:
            error = e
    else:
        raise SourceUnusable(f"calendar {shown} could not be decompressed: {error}")
    if len(inflated) > limit:
        raise SourceUnusable(
            f"calendar {shown} is larger than {megabytes(limit)} once decompressed; it is not read"
        )
    return inflated

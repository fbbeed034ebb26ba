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
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.errors import ConfigError, SourceError
from agent.ports import SyncBatch, Window
from agent.redact import redact_url
from agent.sources.window import close_enough, window_from_text, window_text

if TYPE_CHECKING:
    from http.client import HTTPResponse

log = logging.getLogger(__name__)

CURSOR_VERSION = 1
#: A file changed less than this long before it was read may change again within the same
#: mtime tick, so its size and mtime are not trusted next time (git's "racy" files).
_RACY = 2.0
#: Refuse a download larger than this: a calendar feed is a few MB, not a disk's worth.
_MAX_BYTES = 64 * 1024 * 1024
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
        http_timeout: float = 30,
        window_slack: timedelta = timedelta(days=1),
    ) -> None:
        self._url = _url_of(location)
        self._path = None if self._url else Path(location)
        self._name = name or location
        self._default_tz = _checked_zone(default_tz)
        self._timeout = http_timeout
        self._slack = window_slack
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
        """The file's bytes, or None when the cursor shows it unchanged (not even opened)."""
        assert self._path is not None
        stat = self._stat()
        if previous and (previous.size, previous.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            return None
        try:
            data = self._path.read_bytes()
        except OSError as e:
            raise self._os_error(e) from e
        racy = time.time() - stat.st_mtime < _RACY
        return _Download(data, size=stat.st_size, mtime_ns=None if racy else stat.st_mtime_ns)

    def _stat(self) -> os.stat_result:
        assert self._path is not None
        try:
            stat = self._path.stat()
        except OSError as e:
            raise self._os_error(e) from e
        if stat_module.S_ISDIR(stat.st_mode):
            raise SourceError(f"calendar {self._shown} is a folder, not an .ics file")
        return stat

    def _os_error(self, e: OSError) -> SourceError:
        if isinstance(e, FileNotFoundError):
            return SourceError(
                f"calendar file {self._shown} does not exist", hint="check calendar.ics"
            )
        if isinstance(e, PermissionError):
            return SourceError(f"calendar file {self._shown} cannot be read: permission denied")
        return SourceError(f"calendar file {self._shown} cannot be read: {e.strerror or e}")

    def _download(self, previous: _Cursor | None) -> _Download | None:
        """The feed's bytes, or None when the server says it is unchanged (304)."""
        import urllib.error
        import urllib.request

        assert self._url is not None
        request = urllib.request.Request(self._url, headers=_conditional(previous))
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                return self._body(response)
        except urllib.error.HTTPError as e:
            if e.code == 304 and previous is not None:
                return None
            raise _http_error(self._shown, e.code) from e
        except urllib.error.URLError as e:
            raise SourceError(f"calendar {self._shown} is unreachable: {e.reason}") from e
        except TimeoutError as e:
            raise SourceError(
                f"calendar {self._shown} did not answer within {self._timeout:g} s"
            ) from e
        except (OSError, ValueError) as e:  # http.client errors, resets, a malformed URL
            raise SourceError(f"calendar {self._shown} could not be fetched: {e}") from e

    def _body(self, response: HTTPResponse) -> _Download:
        data = response.read(_MAX_BYTES + 1)
        if len(data) > _MAX_BYTES:
            raise SourceError(f"calendar {self._shown} is larger than {_MAX_BYTES // 2**20} MB")
        headers = response.headers
        return _Download(data, etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"))

    # ----------------------------------------------------------------------- parsing

    def _batch(self, download: _Download, previous: _Cursor | None, window: Window) -> SyncBatch:
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
            raise SourceError(f"calendar {self._shown} is not an iCalendar file: {e}") from e
        log.debug("%s: %d events, %d problems", self._shown, len(loaded.events), len(loaded.errors))
        return SyncBatch(
            events=tuple(loaded.events),
            cursor=cursor.dumps(),
            window=window,
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
    headers = {"User-Agent": _USER_AGENT}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    return headers


def _http_error(shown: str, status: int) -> SourceError:
    """A SourceError that says what the status means for the user."""
    if status in (401, 403):
        return SourceError(
            f"calendar {shown} refused access (HTTP {status})",
            hint="the secret address may have been reset; copy it again from the calendar's settings",
        )
    if status in (404, 410):
        return SourceError(f"calendar {shown} was not found (HTTP {status})", hint="check the URL")
    if status == 429:
        return SourceError(f"calendar {shown} is rate limited (HTTP 429); retrying next pass")
    if 500 <= status < 600:
        return SourceError(
            f"calendar {shown} had a server error (HTTP {status}); retrying next pass"
        )
    return SourceError(f"calendar {shown} answered HTTP {status}")

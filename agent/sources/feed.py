"""Downloading a calendar feed: one deadline for the whole download, a size limit.

Imported only when a feed is read (``urllib.request`` alone takes tens of milliseconds to
import, which commands that never read a calendar should not pay).

urllib's timeout bounds each socket operation, not the download: a server that sends one byte
a second never trips it. Here every connection a download opens (redirects included) is
watched, and when the deadline passes each one is shut down, which ends the read blocked on it.
"""

from __future__ import annotations

import contextlib
import http.client as http_client
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from agent.errors import SourceError, SourceRefused, SourceUnusable

_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A feed's body as sent (still compressed if it was), and its caching headers."""

    data: bytes
    encoding: str
    etag: str | None
    last_modified: str | None


def download(
    url: str,
    headers: dict[str, str],
    *,
    deadline: float,
    max_bytes: int,
    shown: str,
    unchanged_ok: bool,
) -> Fetched | None:
    """The feed at ``url``; None when the server answers 304 and ``unchanged_ok``.

    Raises ``SourceError`` (saying what happened, with ``shown`` for the URL) when the feed
    cannot be had within ``deadline`` seconds in all, or is larger than ``max_bytes``.
    """
    from agent.sources.ics import megabytes

    request = urllib.request.Request(url, headers=headers)
    watch = _Deadline(deadline)
    opener = urllib.request.build_opener(_HTTPHandler(watch), _HTTPSHandler(watch))

    def late() -> SourceError:
        return SourceError(
            f"calendar {shown} was not downloaded within {deadline:g} s; retrying next pass"
        )

    def too_large() -> SourceError:
        return SourceUnusable(
            f"calendar {shown} is larger than {megabytes(max_bytes)}; it is not read",
            hint="a calendar this large is not a calendar feed",
        )

    try:
        with watch, opener.open(request, timeout=deadline) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise too_large()
            chunks, total = [], 0
            while chunk := response.read1(_CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise too_large()
                chunks.append(chunk)
            if watch.expired:  # the connection was shut: what came is not the whole feed
                raise late()
            return Fetched(
                b"".join(chunks),
                response.headers.get("Content-Encoding", ""),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )
    except urllib.error.HTTPError as e:
        if e.code == 304 and unchanged_ok:
            return None
        raise _http_error(shown, e.code) from e
    except SourceError:
        raise
    except (OSError, ValueError, http_client.HTTPException) as e:
        # urllib, http.client and ssl errors: resets, refusals, a malformed URL...
        if watch.expired or isinstance(e, TimeoutError):
            raise late() from e
        if isinstance(e, urllib.error.URLError):
            if isinstance(e.reason, TimeoutError):
                raise late() from e
            raise SourceError(f"calendar {shown} is unreachable: {e.reason}") from e
        raise SourceError(f"calendar {shown} could not be fetched: {e}") from e


def _http_error(shown: str, status: int) -> SourceError:
    """A SourceError that says what the status means for the user."""
    if status in (401, 403):
        return SourceRefused(
            f"calendar {shown} refused access (HTTP {status})",
            hint="the secret address may have been reset; "
            "copy it again from the calendar's settings",
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


class _Deadline:
    """One deadline for a whole download: when it passes, every socket opened is shut down,
    which ends any read blocked on it, however slowly its bytes arrive."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http_client.HTTPConnection], deadline: _Deadline) -> Any:
    """A connection class of ``base`` whose socket the deadline watches from its creation,
    before any TLS handshake."""

    def connection(*args: Any, **kwargs: Any) -> http_client.HTTPConnection:
        conn = base(*args, **kwargs)
        create = conn._create_connection  # type: ignore[attr-defined]

        def created(*a: Any, **k: Any) -> socket.socket:
            sock: socket.socket = create(*a, **k)
            deadline.watch(sock)
            return sock

        conn._create_connection = created  # type: ignore[attr-defined]
        return conn

    return connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http_client.HTTPResponse:
        return self.do_open(_watched(http_client.HTTPConnection, self._deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http_client.HTTPResponse:
        # The default TLS context, as urlopen uses.
        return self.do_open(_watched(http_client.HTTPSConnection, self._deadline), req)

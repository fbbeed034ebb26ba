"""Unchanged input costs nothing: through the engine, a feed answered 304 and a file with the same
size and mtime are neither parsed nor detected again; a changed one is, once. A local HTTP
server plays the calendar host (conditional GET with ETag and Last-Modified)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent.config import load_config
from agent.daemon import Daemon, LivePass
from agent.state import State
from agent.wiring import build_engine
from tests.daemon_support import SimClock, interview_ics, write_config

NOW = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)
LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT"


class Feed:
    """The calendar's bytes and what each request asked."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.version = 1
        self.requests: list[dict[str, str]] = []
        self.answers: list[int] = []


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[tuple[Feed, str]]:
    ics = interview_ics(
        tmp_path / "source.ics",
        [("i1@acme.example", NOW - timedelta(hours=3), NOW - timedelta(hours=2), 2)],
    )
    state = Feed(ics.read_bytes())

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state.requests.append(dict(self.headers))
            etag = f'"v{state.version}"'
            fresh = self.headers.get("If-None-Match") == etag
            same_date = self.headers.get("If-Modified-Since") == LAST_MODIFIED
            if fresh or (same_date and state.version == 1):
                state.answers.append(304)
                self.send_response(304)
                self.end_headers()
                return
            state.answers.append(200)
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_port}/calendar/secret-token-123/basic.ics"
    server.shutdown()
    server.server_close()


def url_config(tmp_path: Path, url: str) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        f'calendar: {{ics: "{url}"}}\n'
        "drafts: {maildir: Drafts}\n"
        "state: state/followup.db\n"
    )
    return config


def detections(state: State) -> int:
    return int(
        state.db.execute("SELECT count(*) FROM events WHERE detection IS NOT NULL").fetchone()[0]
    )


def test_an_unchanged_feed_is_asked_conditionally_and_not_detected_again(
    tmp_path: Path, feed: tuple[Feed, str]
) -> None:
    server, url = feed
    config = load_config(url_config(tmp_path, url))
    state = State(config.state)
    engine = build_engine(config, state)
    first = engine.tick(NOW)
    assert len(first.drafted) == 2 and server.answers == [200]
    state.db.execute("UPDATE events SET detection=json_insert(detection, '$.reasons[#]', 'probe')")
    engine.tick(NOW + timedelta(minutes=5))
    assert server.answers == [200, 304]
    asked = server.requests[1]
    assert asked["If-None-Match"] == '"v1"' and asked["If-Modified-Since"] == LAST_MODIFIED
    assert state.events_to_detect() == []
    assert all(e.detection and "probe" in e.detection["reasons"] for e in state.events())

    server.version, server.body = 2, server.body.replace(b"Backend Engineer", b"Staff Engineer")
    engine.tick(NOW + timedelta(minutes=10))
    assert server.answers == [200, 304, 200]
    assert not any(e.detection and "probe" in e.detection["reasons"] for e in state.events())
    assert detections(state) == 1


def test_an_unchanged_file_is_not_read_nor_detected_again(tmp_path: Path) -> None:
    ics = interview_ics(
        tmp_path / "cal.ics",
        [("i1@acme.example", NOW - timedelta(hours=3), NOW - timedelta(hours=2), 1)],
    )
    os.utime(ics, (1_700_000_000, 1_700_000_000))  # an old mtime: not a "racy" one
    config = load_config(write_config(tmp_path, ics))
    state = State(config.state)
    engine = build_engine(config, state)
    engine.tick(NOW)
    # other bytes, same size and mtime: only a read could tell, so a read would show here
    ics.write_bytes(ics.read_bytes().replace(b"Backend", b"Bakkend"))
    os.utime(ics, (1_700_000_000, 1_700_000_000))
    engine.tick(NOW + timedelta(minutes=5))
    (event,) = state.events()
    assert "Backend" in event.data["summary"]
    os.utime(ics, (1_700_000_100, 1_700_000_100))  # now the stat differs: read, and re-detected
    engine.tick(NOW + timedelta(minutes=10))
    (event,) = state.events()
    assert "Bakkend" in event.data["summary"] and event.detection is not None


def test_daemon_logs_never_show_the_feed_secret(
    tmp_path: Path, feed: tuple[Feed, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, url = feed
    dead = url.replace(url.split("/")[2], "127.0.0.1:9")  # nothing listens on port 9
    config = load_config(url_config(tmp_path, dead))
    state = State(config.state)
    clock = SimClock(NOW, NOW + timedelta(minutes=20))
    with caplog.at_level(logging.DEBUG):
        Daemon(
            LivePass(config, state, clock.stop),
            config.poll_interval,
            clock.now,
            clock.sleep,
            clock.stop,
        ).run()
    assert "source_unreachable" in caplog.text
    assert "secret-token-123" not in caplog.text
    assert "secret-token-123" not in (state.meta("conditions") or "")

"""The ICS source on what real and hostile calendars do: each test starts from the trigger.

Lines that are not iCalendar, zone names nobody registered, series moved from one date on,
broken dates, encodings, truncated files, files that never end, feeds that never finish.
"""

from __future__ import annotations

import gzip
import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from agent.errors import SourceError
from agent.model import Attendee, Event
from agent.ports import SyncBatch, Window
from agent.sources.ics import IcsSource

USER_TZ = "America/Los_Angeles"
MARCH_2026 = Window(datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))


def calendar(*events: str, header: str = "", end: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup tests//EN"]
    text = "\r\n".join(lines) + "\r\n" + header + "".join(events)
    return text + ("END:VCALENDAR\r\n" if end else "")


def vevent(uid: str, *lines: str, start: str = "DTSTART:20260310T170000Z") -> str:
    body = "".join(f"{line}\r\n" for line in (f"UID:{uid}", start, *lines))
    return f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\n"


def load(
    tmp_path: Path, data: str | bytes, *, name: str = "cal.ics", max_bytes: int = 2**20
) -> SyncBatch:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    source = IcsSource(str(path), name="test", default_tz=USER_TZ, max_bytes=max_bytes)
    return source.fetch(None, MARCH_2026)


def one(batch: SyncBatch, uid: str) -> Event:
    (event,) = [e for e in batch.events if e.uid == uid]
    return event


def messages(batch: SyncBatch) -> str:
    return "\n".join(e.message for e in batch.errors)


# --------------------------------------------------------------------------- lines


STRAY = "this line is no property"


@pytest.mark.parametrize(
    "text",
    [
        calendar(vevent("kept@x"), header=f"{STRAY}\r\n"),
        calendar(vevent("kept@x"), f"{STRAY}\r\n"),
        f"{STRAY}\r\n" + calendar(vevent("kept@x")),
        calendar(vevent("kept@x")) + f"{STRAY}\r\n",
        "Warning: feed generator notice\r\n" + calendar(vevent("kept@x")),
    ],
    ids=["calendar-level", "between-components", "before", "after", "php-warning-before"],
)
def test_a_stray_line_is_skipped_with_a_warning_naming_it(tmp_path: Path, text: str) -> None:
    batch = load(tmp_path, text)
    assert [e.uid for e in batch.events] == ["kept@x"]
    (warning,) = batch.errors
    assert warning.message.startswith("warning: skipped")
    stray = text.split("\r\n")[0] if text.startswith("Warning") else STRAY
    assert repr(stray) in warning.message
    assert batch.complete


def test_a_calendar_property_icalendar_cannot_read_is_skipped(tmp_path: Path) -> None:
    # A parameter with no value: icalendar refuses the whole calendar over it.
    batch = load(tmp_path, calendar(vevent("kept@x"), header="X-ODD;BROKEN:value\r\n"))
    assert [e.uid for e in batch.events] == ["kept@x"]
    assert "X-ODD;BROKEN" in messages(batch)


def test_a_wrongly_folded_line_is_kept_with_a_warning(tmp_path: Path) -> None:
    # A generator that wrote the description's line breaks raw, without folding.
    event = vevent(
        "interview@x",
        "SUMMARY:Interview",
        "DESCRIPTION:Thanks for your time.",
        "We will get back to you within two weeks.",
        "Join here: https://meet.example/abc",
    )
    batch = load(tmp_path, calendar(event))
    description = one(batch, "interview@x").description
    assert description == (
        "Thanks for your time.\nWe will get back to you within two weeks.\n"
        "Join here: https://meet.example/abc"
    )
    assert "within two weeks" in messages(batch) and messages(batch).startswith("warning:")


def test_a_line_icalendar_cannot_read_inside_an_event_is_reported(tmp_path: Path) -> None:
    event = vevent(
        "x@x", "ATTENDEE;CN:mailto:lost@acme.example", "ATTENDEE:mailto:kept@acme.example"
    )
    batch = load(tmp_path, calendar(event))
    assert [a.email for a in one(batch, "x@x").attendees] == ["kept@acme.example"]
    assert "lost@acme.example" in messages(batch)


# --------------------------------------------------------------------------- encodings


def test_a_fold_inside_a_utf8_character_keeps_the_character(tmp_path: Path) -> None:
    summary = "SUMMARY:Interview with Jürgen Müller".encode()
    cut = summary.index("ü".encode()) + 1  # between the two bytes of "ü"
    folded = summary[:cut] + b"\r\n " + summary[cut:]
    attendee = "ATTENDEE;CN=Jürgen Müller:mailto:j@acme.example".encode()
    text = calendar(vevent("u@x", "@SUMMARY@", attendee.decode())).encode()
    batch = load(tmp_path, text.replace(b"@SUMMARY@", folded))
    event = one(batch, "u@x")
    assert event.summary == "Interview with Jürgen Müller"
    assert event.attendees == (Attendee("j@acme.example", "Jürgen Müller"),)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-16"),  # with its BOM, as Windows tools write it
        lambda t: t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        lambda t: t.encode("utf-32"),
        lambda t: b"\xef\xbb\xbf" + t.encode(),
        lambda t: t.encode("latin-1"),
        lambda t: t.replace("\r\n", "\r").encode(),  # classic Mac line ends
    ],
    ids=["utf-16-bom", "utf-16-le", "utf-16-be", "utf-32", "utf-8-bom", "latin-1", "cr"],
)
def test_encodings(tmp_path: Path, encode: object) -> None:
    text = calendar(vevent("e@x", "SUMMARY:Café with Renée", "LOCATION:Zürich"))
    batch = load(tmp_path, encode(text))  # type: ignore[operator]
    event = one(batch, "e@x")
    assert (event.summary, event.location) == ("Café with Renée", "Zürich")
    assert batch.errors == ()


def test_one_latin1_line_does_not_garble_the_utf8_rest(tmp_path: Path) -> None:
    text = calendar(vevent("a@x", "SUMMARY:Jürgen"), vevent("b@x", "SUMMARY:@LATIN@")).encode()
    batch = load(tmp_path, text.replace(b"@LATIN@", "Renée".encode("latin-1")))
    assert one(batch, "a@x").summary == "Jürgen" and one(batch, "b@x").summary == "Renée"


def test_a_gzip_file_is_read(tmp_path: Path) -> None:
    batch = load(tmp_path, gzip.compress(calendar(vevent("z@x")).encode()), name="cal.ics.gz")
    assert [e.uid for e in batch.events] == ["z@x"]


# --------------------------------------------------------------------------- zones


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("W. Europe Standard Time", "Europe/Berlin"),
    ],
)
def test_x_wr_timezone_with_a_windows_name_is_mapped(tmp_path: Path, name: str, zone: str) -> None:
    floating = vevent("f@x", start="DTSTART:20260310T090000")
    batch = load(tmp_path, calendar(floating, header=f"X-WR-TIMEZONE:{name}\r\n"))
    event = one(batch, "f@x")
    assert event.tz == zone and event.start_at.hour == 9
    assert batch.errors == ()


def test_x_wr_timezone_with_an_unknown_name_is_reported(tmp_path: Path) -> None:
    floating = vevent("f@x", start="DTSTART:20260310T090000")
    batch = load(tmp_path, calendar(floating, header="X-WR-TIMEZONE:Mars/Olympus Mons\r\n"))
    event = one(batch, "f@x")  # read in the user's zone
    assert event.start_at.isoformat() == "2026-03-10T09:00:00-07:00"
    (warning,) = batch.errors
    assert "Mars/Olympus Mons" in warning.message and warning.message.startswith("warning:")


@pytest.mark.parametrize(
    "tzid",
    [
        "/mozilla.org/20070129_1/Europe/Berlin",
        "/citadel.org/20190914_1/Europe/Berlin",
        "/softwarestudio.org/Olson_20011030_5/Europe/Berlin",
    ],
)
def test_a_vendor_prefixed_tzid_without_its_vtimezone_is_the_iana_zone(
    tmp_path: Path, tzid: str
) -> None:
    batch = load(tmp_path, calendar(vevent("m@x", start=f"DTSTART;TZID={tzid}:20260310T090000")))
    event = one(batch, "m@x")
    assert event.tz == "Europe/Berlin"
    assert event.start_at.isoformat() == "2026-03-10T09:00:00+01:00"
    assert batch.errors == ()


# --------------------------------------------------------------------------- series


def test_this_and_future_moves_the_rest_of_the_series(tmp_path: Path) -> None:
    # Ten weekly interviews; from the fourth on they move from 10:00 to 14:00.
    master = vevent(
        "panel@x",
        "RRULE:FREQ=WEEKLY;COUNT=10",
        "DTEND;TZID=Europe/Berlin:20260302T110000",
        "SUMMARY:Panel",
        start="DTSTART;TZID=Europe/Berlin:20260302T100000",
    )
    moved = vevent(
        "panel@x",
        "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260323T100000",
        "DTEND;TZID=Europe/Berlin:20260323T150000",
        "SUMMARY:Panel (afternoons)",
        "SEQUENCE:1",
        start="DTSTART;TZID=Europe/Berlin:20260323T140000",
    )
    spring = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    path = tmp_path / "cal.ics"
    path.write_text(calendar(master, moved))
    batch = IcsSource(str(path), default_tz=USER_TZ).fetch(None, spring)
    series = sorted(batch.events, key=lambda e: e.start_at)
    # Each occurrence keeps its own identity (the engine keys on it): none is lost.
    assert len({e.recurrence_id for e in series}) == len(series) == 10
    assert [e.start_at.hour for e in series] == [10, 10, 10] + [14] * 7
    assert series[3].recurrence_id == "2026-03-23T09:00:00Z"
    # After the change to summer time the original 10:00 is 08:00 UTC.
    assert series[4].recurrence_id == "2026-03-30T08:00:00Z"
    assert {e.summary for e in series[3:]} == {"Panel (afternoons)"}


def test_one_unreadable_exdate_drops_only_itself(tmp_path: Path) -> None:
    event = vevent(
        "weekly@x",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=Europe/Berlin:2026031",  # unreadable
        "EXDATE;TZID=Europe/Berlin:20260309T100000,2026-03-16",  # one good, one unreadable
        start="DTSTART;TZID=Europe/Berlin:20260302T100000",
    )
    batch = load(tmp_path, calendar(event))
    days = [e.start_at.day for e in sorted(batch.events, key=lambda e: e.start_at)]
    assert days == [2, 16, 23]  # the readable EXDATE (9 March) still removes its day
    (warning,) = batch.errors
    assert "'2026031'" in warning.message and "'2026-03-16'" in warning.message


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31",
        "FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31",
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # from 2026: never a leap year
        "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31",  # every April (DTSTART's month)
    ],
)
def test_a_rule_that_never_occurs_is_cut_off(tmp_path: Path, rule: str) -> None:
    # dateutil would look for the day up to the year 9999 (seconds per series, every read).
    start = "DTSTART:20260410T170000Z" if "INTERVAL=12" in rule else "DTSTART:20260310T170000Z"
    batch = load(tmp_path, calendar(vevent("never@x", f"RRULE:{rule}", start=start)))
    assert len(batch.events) == 1  # its DTSTART, as the library reads it
    (warning,) = batch.errors
    assert warning.uid == "never@x" and "never occur" in warning.message


def test_a_rare_but_possible_rule_still_expands(tmp_path: Path) -> None:
    leap = vevent("leap@x", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", start="DTSTART:20240229")
    window = Window(datetime(2027, 1, 1, tzinfo=UTC), datetime(2029, 1, 1, tzinfo=UTC))
    path = tmp_path / "cal.ics"
    path.write_text(calendar(leap))
    batch = IcsSource(str(path), default_tz=USER_TZ).fetch(None, window)
    assert [e.start_at.date().isoformat() for e in batch.events] == ["2028-02-29"]
    assert batch.errors == ()


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "line",
    [
        'ATTENDEE;CN="Doe, Jane";PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example',
        "ATTENDEE;CN=Doe, Jane;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example",
        "ATTENDEE;CN=Doe\\, Jane;PARTSTAT=ACCEPTED:mailto:jane.doe@acme.example",
    ],
    ids=["quoted", "unquoted", "escaped"],
)
def test_a_name_with_a_comma_stays_whole(tmp_path: Path, line: str) -> None:
    batch = load(tmp_path, calendar(vevent("c@x", line)))
    assert one(batch, "c@x").attendees == (
        Attendee("jane.doe@acme.example", "Doe, Jane", "accepted"),
    )


def test_mailto_parameters_are_not_part_of_the_address(tmp_path: Path) -> None:
    lines = (
        "ORGANIZER;CN=Dana:mailto:dana@acme.example?subject=Interview%20invite",
        "ATTENDEE:MAILTO:wei%2Echen@acme.example?cc=hr@acme.example&body=hi",
    )
    event = one(load(tmp_path, calendar(vevent("m@x", *lines))), "m@x")
    assert event.organizer == Attendee("dana@acme.example", "Dana")
    assert [a.email for a in event.attendees] == ["wei.chen@acme.example"]


# --------------------------------------------------------------------------- incomplete files


@pytest.mark.parametrize(
    "text",
    [
        calendar(vevent("whole@x"), end=False),
        calendar(vevent("whole@x"), "BEGIN:VEVENT\r\nUID:cut@x\r\nDTSTART:2026031", end=False),
        calendar(vevent("whole@x"), "BEGIN:VEVENT\r\nUID:cut@x\r\n"),  # ended, but not the event
        calendar(vevent("whole@x"), "BEGIN:VEVENT\r\nUID:cut@x\r\n", vevent("next@x")),
    ],
    ids=["no-end-vcalendar", "cut-mid-line", "unfinished-event", "event-inside-event"],
)
def test_a_file_known_to_be_incomplete_is_not_a_snapshot(tmp_path: Path, text: str) -> None:
    batch = load(tmp_path, text)
    assert not batch.complete
    assert "whole@x" in {e.uid for e in batch.events}  # read as far as it goes
    assert "truncated" in messages(batch)
    assert "cut@x" not in {e.uid for e in batch.events}


def test_a_whole_file_is_a_snapshot(tmp_path: Path) -> None:
    assert load(tmp_path, calendar(vevent("whole@x"))).complete


def test_several_calendars_in_one_file_are_all_read(tmp_path: Path) -> None:
    # libical's large.ics: calendars one after another, and components outside any.
    text = calendar(vevent("a@x")) + "\r\n" + calendar(vevent("b@x")) + vevent("c@x")
    batch = load(tmp_path, text)
    assert sorted(e.uid for e in batch.events) == ["a@x", "b@x", "c@x"]
    assert batch.complete and batch.errors == ()


# --------------------------------------------------------------------------- limits on files


def test_a_device_is_refused_without_reading_it() -> None:
    source = IcsSource("/dev/zero", default_tz=USER_TZ)
    with pytest.raises(SourceError, match="is a device"):
        source.fetch(None, MARCH_2026)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    text = calendar(*(vevent(f"e{n}@x", "SUMMARY:" + "x" * 60) for n in range(50)))
    with pytest.raises(SourceError, match="larger than"):
        load(tmp_path, text, max_bytes=1024)
    assert load(tmp_path, text, max_bytes=len(text)).events


def test_a_compressed_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    bomb = gzip.compress(calendar(vevent("z@x", "DESCRIPTION:" + "x" * 100_000)).encode())
    assert len(bomb) < 1024
    with pytest.raises(SourceError, match="once decompressed"):
        load(tmp_path, bomb, name="cal.ics.gz", max_bytes=10_000)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "cal.ics"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            IcsSource(str(fifo), default_tz=USER_TZ).fetch(None, MARCH_2026)
            outcome.append(None)
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            outcome.append(e)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # blocked in open(): release it, then fail
        with open(fifo, "wb"):
            pass
        reader.join()
        pytest.fail("reading a FIFO blocked the pass")
    (error,) = outcome
    assert isinstance(error, SourceError) and "FIFO" in str(error)


# --------------------------------------------------------------------------- limits on feeds


class _Server(BaseHTTPRequestHandler):
    """``/drip``: a whole calendar, one small piece every 50 ms; ``/gzip``: gzip-encoded."""

    body = calendar(vevent("feed@x", "DESCRIPTION:" + "Next steps. " * 20)).encode()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        if self.path == "/gzip":
            self._send(gzip.compress(self.body), {"Content-Encoding": "gzip"})
        elif self.path == "/drip":
            self._drip()
        else:
            self._send(b"gone", {}, status=404)

    def _send(self, body: bytes, headers: dict[str, str], status: int = 200) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        try:
            for at in range(0, len(self.body), 4):
                self.wfile.write(self.body[at : at + 4])
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass  # the reader gave up: that is the point

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_slow_drip_feed_is_stopped_at_its_deadline(server: str) -> None:
    # Each piece comes well within the per-read timeout; the whole takes over 3 s.
    assert len(_Server.body) / 4 * 0.05 > 3
    source = IcsSource(f"{server}/drip", default_tz=USER_TZ, http_timeout=0.5)
    with pytest.raises(SourceError, match=r"not downloaded within 0\.5 s"):
        source.fetch(None, MARCH_2026)


def test_a_gzip_encoded_feed_is_read(server: str) -> None:
    batch = IcsSource(f"{server}/gzip", default_tz=USER_TZ).fetch(None, MARCH_2026)
    assert [e.uid for e in batch.events] == ["feed@x"]


ICLOUD_TOKEN = "MTYzNzQ4OTIwMTYzNzQ4OUp5cWx0Z0hZbFRzS0x6c2tVb0J1dEpIVk5kYzNXZ3Fq"


def test_a_secret_in_the_last_path_segment_stays_out_of_errors(server: str) -> None:
    # iCloud's shape: the token is the last path segment.
    with pytest.raises(SourceError) as caught:
        IcsSource(f"{server}/published/2/{ICLOUD_TOKEN}", default_tz=USER_TZ).fetch(
            None, MARCH_2026
        )
    assert ICLOUD_TOKEN not in str(caught.value) and "HTTP 404" in str(caught.value)


def test_an_unanswered_connection_is_stopped_at_the_deadline() -> None:
    # A server that accepts and then says nothing at all.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        source = IcsSource(f"http://127.0.0.1:{port}/cal.ics", default_tz=USER_TZ, http_timeout=0.3)
        with pytest.raises(SourceError, match="not downloaded within"):
            source.fetch(None, MARCH_2026)

"""The ICS source: real-world files, one fixture per quirk, change detection, files and URLs."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events

from agent.errors import SourceError
from agent.model import Attendee, Event
from agent.ports import SyncBatch, Window
from agent.sources.ics import IcsSource, ics_sources

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-ics"
if not REAL.is_dir():
    REAL = Path("/work/shared/real-ics")
FIXTURES = Path(__file__).parent / "fixtures" / "ics"
USER_TZ = "America/Los_Angeles"
MARCH_2026 = Window(datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC))
#: The files in which an event or series cannot be read at all (notes/google-apis.md §5.1).
KNOWN_BAD = {
    "ical.js__google_birthday.ics",
    "icalendar__issue_165_missing_event.ics",
    "ics-parser__ICal.ics",
    "node-ical__ms_timezones.ics",
}


def load(path: Path, window: Window = MARCH_2026, tz: str = USER_TZ) -> SyncBatch:
    return IcsSource(str(path), name="test", default_tz=tz).fetch(None, window)


def fixture(name: str, window: Window = MARCH_2026, tz: str = USER_TZ) -> SyncBatch:
    return load(FIXTURES / name, window, tz)


def real(name: str, tz: str = USER_TZ) -> SyncBatch:
    path = REAL / name
    return load(path, window_covering(path), tz)


def by_uid(batch: SyncBatch) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = {}
    for event in sorted(batch.events, key=lambda e: e.start_at):
        found.setdefault(event.uid, []).append(event)
    return found


def only(batch: SyncBatch, uid: str) -> Event:
    (event,) = by_uid(batch)[uid]
    return event


# --------------------------------------------------------------------------- real-world files


def unfolded(path: Path) -> str:
    return re.sub(r"\r?\n[ \t]", "", path.read_bytes().decode("utf-8", "replace"))


def window_covering(path: Path) -> Window:
    """From two days before the first DTSTART in the file to two days after the last."""
    days = []
    for text in re.findall(r"^DTSTART[^\r\n]*:(\d{8})", unfolded(path), re.M):
        try:
            days.append(datetime.strptime(text, "%Y%m%d").replace(tzinfo=UTC))
        except ValueError:
            continue  # ics-parser's 20171032
    return Window(min(days) - timedelta(days=2), max(days) + timedelta(days=2))


def plain_recipe_uids(path: Path, window: Window) -> set[str]:
    """The UIDs §5's plain recipe yields (bad series skipped), or none if it cannot parse."""
    try:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        found = recurring_ical_events.of(cal, skip_bad_series=True).between(
            window.start_at, window.end_at
        )
        return {str(e["UID"]) for e in found if "UID" in e}
    except Exception:  # the plain recipe fails on some of these files: that is the point
        return set()


def _empty_series(block: str) -> bool:
    """A series whose RRULE ends at its first occurrence, which its EXDATE removes."""
    start = re.search(r"^DTSTART[^\r\n]*:(\d{8}T\d{6})", block, re.M)
    exdate = re.search(r"^EXDATE[^\r\n]*:(\d{8}T\d{6})", block, re.M)
    return bool(start and exdate and start.group(1) == exdate.group(1))


def vevents(path: Path) -> list[str]:
    return re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", unfolded(path), re.S)


@pytest.mark.parametrize("path", sorted(REAL.glob("*.ics")), ids=lambda p: p.name)
def test_every_real_file_loads_and_loses_nothing_silently(path: Path) -> None:
    batch = real(path.name)
    assert batch.complete and batch.changed
    seen = {e.uid for e in batch.events} | {e.uid for e in batch.errors}
    plain = plain_recipe_uids(path, batch.window)
    assert plain <= {e.uid for e in batch.events}, "the plain recipe found events we lost"
    for block in vevents(path):
        uid = re.search(r"^UID[^:\r\n]*:(.*?)\s*$", block, re.M)
        if uid:
            if uid.group(1) in plain:
                continue
            # Not in the plain recipe's result: loaded, reported, or - like Google's split
            # series whose only occurrence is an EXDATE - nothing to show in any reading.
            assert uid.group(1) in seen or _empty_series(block), f"{uid.group(1)} lost silently"
        elif "DTSTART" in block:
            assert any(u and u.startswith("followup-derived-") for u in seen)
        else:
            assert any(e.uid is None and "DTSTART" in e.message for e in batch.errors)
    for event in batch.events:
        assert event.start_at.tzinfo is not None and event.end_at >= event.start_at
        assert event.tz == getattr(event.start_at.tzinfo, "key", None)


@pytest.mark.parametrize("name", sorted(KNOWN_BAD))
def test_the_known_bad_series_are_reported(name: str) -> None:
    assert real(name).errors


def test_windows_zone_with_a_wrong_vtimezone_is_the_iana_zone() -> None:
    # khal's VTIMEZONE for "New Zealand Standard Time" carries CET offsets; tzdata is right.
    event = only(real("khal__tz_windows_format.ics"), "PERSOYPOYGVR55JMICVAFVDWWBIKPC9PTAG6SN4B2YT")
    assert event.tz == "Pacific/Auckland"
    assert event.start_at == datetime(2019, 11, 20, 0, 0, tzinfo=UTC)
    assert event.start_at.utcoffset() == timedelta(hours=13)


def test_exchange_zone_names_map_to_iana() -> None:
    event = only(
        real("icalendar__timezone_same_start.ics"), _first_uid("icalendar__timezone_same_start.ics")
    )
    assert event.tz == "America/Los_Angeles"
    assert event.start_at.isoformat() == "2017-02-24T12:00:00-08:00"
    berlin = real("node-ical__ms_timezones.ics").events
    assert {e.tz for e in berlin} == {"Europe/Berlin", "America/Los_Angeles"}


def test_outlook_display_name_zone_is_read_in_the_users_zone_and_reported() -> None:
    batch = real("node-ical__Office-2012-owa.ics", tz="Europe/Paris")
    test = next(e for e in batch.events if e.summary == "TEST")
    assert test.tz == "Europe/Paris"
    assert test.start_at.isoformat() == "2020-10-28T13:30:00+01:00"
    warnings = [e for e in batch.errors if "(UTC-05:00) Eastern Time (US & Canada)" in e.message]
    assert warnings and all(e.message.startswith("warning:") for e in warnings)
    assert "Canberra" in " ".join(e.message for e in batch.errors)


def test_outlook_zone_in_a_utc_feed_is_not_read_as_utc() -> None:
    # ics-parser's ICal.ics says X-WR-TIMEZONE:UTC; 09:00 Eastern must not become 09:00 UTC.
    batch = real("ics-parser__ICal.ics", tz="America/New_York")
    outlook = [
        e for e in batch.events if e.uid.startswith("040000008200E00074C5B7101A82E008000000002")
    ]
    assert outlook and all(e.start_at.hour == 9 and e.tz == "America/New_York" for e in outlook)
    # Its VFREEBUSY, which icalendar cannot parse, is not an event: left out, not reported.
    assert not any("VFREEBUSY" in e.message for e in batch.errors)


def test_a_cancelled_override_is_yielded_cancelled() -> None:
    summer = Window(datetime(2014, 6, 1, tzinfo=UTC), datetime(2014, 9, 1, tzinfo=UTC))
    khal = load(REAL / "khal__event_rrule_recuid_cancelled.ics", summer)
    series = by_uid(khal)["event_rrule_recurrence_id"]
    assert len(series) == 6
    cancelled = [e for e in series if e.cancelled]
    assert [e.recurrence_id for e in cancelled] == ["2014-07-14T05:00:00Z"]
    moved = next(e for e in series if e.recurrence_id == "2014-07-07T05:00:00Z")
    assert moved.start_at.isoformat() == "2014-07-07T09:00:00+02:00"
    statuses = [
        e.status
        for e in by_uid(real("python-recurring-ical-events__issue_18_cancel_status.ics"))[
            "b65c2b5b-b785-4edc-9560-e0379036d1f2"
        ]
    ]
    assert statuses == ["confirmed", "cancelled", "confirmed"]


def test_partstat_role_and_folded_addresses() -> None:
    event = only(real("khal__event_dt_partstat.ics"), "V042MJ8B3SJNFXQOJL6P53OFMHJE8Z3VZWOU")
    assert event.attendees == (
        Attendee("hcabot@example.com", "Henry Cabot", "tentative"),
        Attendee("iamboss@example.com", "The Big Cheese", "declined", optional=True),
        Attendee("jdoe@example.com", "Jane Doe", "accepted"),
        Attendee("jqpublic@example.com", None, "accepted"),
        Attendee("another@example.com", None, "declined"),
        Attendee("tent@example.com", None, "tentative"),
    )


def test_statuses_rooms_and_html_alternative() -> None:
    statuses = [
        e.status for e in sorted(real("ical.net__EventStatus.ics").events, key=lambda e: e.uid)
    ]
    assert statuses == ["confirmed", "confirmed", "cancelled", "tentative"]
    outlook = real("ical.net__Outlook2007LineFolds.ics").events[0]
    assert outlook.all_day and outlook.html_description
    assert outlook.attendees[-1] == Attendee(
        "4th.floor.meeting.room@somewhere.com",
        "4th Floor Meeting Room",
        resource=True,
        optional=True,
    )
    assert outlook.organizer == Attendee("some.attendee@somewhere.com", "Event Organizer")


def test_all_day_override_with_a_date_time_recurrence_id() -> None:
    series = real("node-ical__exchange_whole_day_moved_recurrence.ics").events
    days = {e.start_at.date(): e for e in series}
    assert date(2026, 2, 26) not in days
    moved = days[date(2026, 2, 27)]
    assert moved.recurrence_id == "2026-02-26" and moved.all_day
    assert moved.end_at - moved.start_at == timedelta(days=1)


def test_google_feed_times_take_x_wr_timezone() -> None:
    event = only(
        real("python-recurring-ical-events__x_wr_timezone_simple_events_issue_59.ics"),
        "3bc4jff97631or97ntnk75n4se@google.com",
    )
    assert event.tz == "America/New_York"
    assert event.start_at.isoformat() == "2021-12-22T12:00:00-05:00"


def test_a_broken_rdate_is_reported_and_the_rest_of_the_series_kept() -> None:
    batch = real("ical.js__google_birthday.ics")
    assert [e.uid for e in batch.errors] == ["2014_BIRTHDAY_79d389868f96182e@google.com"]
    overrides = by_uid(batch)["BIRTHDAY_79d389868f96182e@google.com"]
    assert [e.recurrence_id for e in overrides] == ["2012-12-10", "2013-12-10", "2014-12-10"]


def _first_uid(name: str) -> str:
    match = re.search(r"^UID:(.*?)\s*$", unfolded(REAL / name), re.M)
    assert match
    return match.group(1)


# --------------------------------------------------------------------------- quirk fixtures


def test_missing_uids_are_derived_stably() -> None:
    first, second = fixture("no_uid.ics"), fixture("no_uid.ics")
    uids = sorted(e.uid for e in first.events)
    assert len(set(uids)) == 2 and uids == sorted(e.uid for e in second.events)
    assert all(u.startswith("followup-derived-") for u in uids)


def test_an_event_without_start_is_dropped_and_reported() -> None:
    batch = fixture("no_dtstart.ics")
    assert [e.uid for e in batch.events] == ["good@example.com"]
    (error,) = batch.errors
    assert error.uid == "no-start@example.com" and error.message.startswith("dropped:")
    assert error.calendar == "test"


def test_a_component_icalendar_cannot_parse_is_isolated() -> None:
    batch = fixture("bad_component.ics")
    assert sorted(e.uid for e in batch.events) == [
        "first@example.com",
        "second@example.com",
        "third@example.com",
    ]
    # The bad event is reported; the VFREEBUSY, never read, is not.
    assert [e.uid for e in batch.errors] == ["bad-period@example.com"]
    assert batch.errors[0].message.startswith("dropped:")
    # The calendar's own X-WR-TIMEZONE survives the split.
    assert {e.tz for e in batch.events} == {"Europe/Berlin"}


def test_a_truncated_file_keeps_its_whole_events_and_is_not_a_snapshot() -> None:
    batch = fixture("truncated.ics")
    assert [e.uid for e in batch.events] == ["whole@example.com"]
    cut, ending = batch.errors
    assert cut.uid == "cut@example.com" and cut.message.startswith("dropped:")
    assert ending.uid is None and "truncated" in ending.message
    # Events missing from a file cut short may still exist: not a complete read.
    assert not batch.complete


def test_a_series_whose_rule_cannot_be_read_keeps_its_own_date_and_is_reported() -> None:
    batch = fixture("bad_series.ics")
    assert sorted(e.uid for e in batch.events) == ["bad-series@example.com", "good@example.com"]
    standup = next(e for e in batch.events if e.uid == "bad-series@example.com")
    assert standup.start_at.isoformat() == "2026-03-02T10:00:00+01:00"
    (error,) = batch.errors
    assert error.uid == "bad-series@example.com" and error.message.startswith("warning:")
    assert "recurrence cannot be read" in error.message


def test_series_with_cancelled_excluded_and_moved_occurrences() -> None:
    series = by_uid(fixture("cancelled_override.ics"))["weekly@example.com"]
    got = [(e.start_at.isoformat(), e.status, e.recurrence_id) for e in series]
    assert got == [
        ("2026-03-02T09:00:00-05:00", "confirmed", "2026-03-02T14:00:00Z"),
        ("2026-03-09T09:00:00-04:00", "cancelled", "2026-03-09T13:00:00Z"),
        ("2026-03-17T15:00:00-04:00", "confirmed", "2026-03-16T13:00:00Z"),
        ("2026-03-30T09:00:00-04:00", "confirmed", "2026-03-30T13:00:00Z"),
    ]
    # recurring-ical-events gives every occurrence the series' highest SEQUENCE.
    assert {e.sequence for e in series} == {2}


def test_attendee_quirks() -> None:
    event = only(fixture("attendees.ics"), "attendees@example.com")
    assert event.organizer == Attendee("dana.whitfield@acme.example", "Dana Whitfield")
    assert event.attendees == (
        Attendee("wei.chen@acme.example", None, "accepted"),
        Attendee("apple.person@acme.example", "Apple Person", "tentative"),
        Attendee("board@acme.example", "Board Room", "accepted", resource=True),
        Attendee("eng@acme.example", "Eng Team", group=True),
        Attendee("opt@acme.example", "Opt Person", "declined", optional=True),
        Attendee("odd@acme.example", "Odd Status"),
        Attendee(None, "Just A Name"),
    )


def test_descriptions() -> None:
    batch = fixture("descriptions.ics")
    both, alt, google = (
        only(batch, u)
        for u in ("both@example.com", "alt-only@example.com", "google-html@example.com")
    )
    assert (both.description, both.html_description) == ("Plain text wins.", False)
    assert alt.html_description and "Only rich text" in alt.description
    assert google.html_description


def test_durations_and_missing_ends() -> None:
    batch = fixture("durations.ics")
    duration, day, deadline = (
        only(batch, u)
        for u in ("duration@example.com", "date-no-end@example.com", "time-no-end@example.com")
    )
    assert duration.end_at - duration.start_at == timedelta(minutes=45)
    assert day.all_day and day.tz == USER_TZ
    assert (day.start_at.isoformat(), day.end_at.isoformat()) == (
        "2026-03-11T00:00:00-07:00",
        "2026-03-12T00:00:00-07:00",
    )
    assert deadline.end_at == deadline.start_at
    assert all(e.recurrence_id is None for e in batch.events)


def test_floating_and_utc_times() -> None:
    batch = fixture("floating_and_utc.ics")
    floating, utc = only(batch, "floating@example.com"), only(batch, "utc@example.com")
    assert floating.tz == USER_TZ and floating.start_at.isoformat() == "2026-03-10T09:00:00-07:00"
    assert utc.tz == USER_TZ and utc.start_at == datetime(2026, 3, 10, 23, tzinfo=UTC)
    assert utc.start_at.date() == date(2026, 3, 10)  # the user's local day


def test_windows_zones_without_or_with_a_wrong_vtimezone() -> None:
    batch = fixture("windows_zone_no_vtimezone.ics")
    tokyo, india = only(batch, "tokyo@example.com"), only(batch, "india@example.com")
    assert tokyo.tz == "Asia/Tokyo" and tokyo.start_at.utcoffset() == timedelta(hours=9)
    assert india.tz == "Asia/Calcutta" or india.tz == "Asia/Kolkata"
    assert batch.errors == ()


def test_unknown_zone_in_an_x_wr_timezone_feed() -> None:
    batch = fixture("unknown_zone_x_wr_timezone.ics")
    (event,) = batch.events  # the EXDATE, in the same unknown zone, removed the second
    assert event.tz == USER_TZ and event.start_at.isoformat() == "2026-03-10T09:00:00-07:00"
    (warning,) = batch.errors
    assert warning.uid == "outlook@example.com" and warning.message.startswith("warning:")


def test_a_windows_1252_file() -> None:
    assert only(fixture("latin1.ics"), "latin1@example.com").summary == "Café with Renée"


def test_events_outside_the_window_are_left_out() -> None:
    april = Window(datetime(2026, 3, 16, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))
    series = fixture("cancelled_override.ics", april).events
    assert [e.recurrence_id for e in series] == ["2026-03-16T13:00:00Z", "2026-03-30T13:00:00Z"]


# ------------------------------------------------------------------- files: errors and change


def test_missing_file_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist") as caught:
        load(tmp_path / "nope.ics")
    assert str(tmp_path / "nope.ics") in caught.value.message


def test_a_folder_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="folder"):
        load(tmp_path)


@pytest.mark.parametrize(
    "content", [b"", b"hello\n", (FIXTURES / "not_a_calendar.html").read_bytes()]
)
def test_something_that_is_not_a_calendar_is_a_source_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(content)
    with pytest.raises(SourceError, match="not an iCalendar file" if content else "is empty"):
        load(path)


def _old_copy(tmp_path: Path, name: str = "cancelled_override.ics") -> Path:
    """A copy of a fixture whose mtime lies in the past, as a calendar file's usually does."""
    path = tmp_path / "calendar.ics"
    path.write_bytes((FIXTURES / name).read_bytes())
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    return path


def test_an_unchanged_file_is_not_even_read(tmp_path: Path) -> None:
    path = _old_copy(tmp_path)
    source = IcsSource(str(path), default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    assert first.changed and first.events
    # Same size, same mtime, other bytes: only a read could tell, and none happens.
    path.write_bytes(path.read_bytes().replace(b"Weekly", b"Wookly"))
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    second = source.fetch(first.cursor, MARCH_2026)
    assert not second.changed and second.events == () and second.cursor == first.cursor


def test_a_touched_file_with_the_same_bytes_is_unchanged(tmp_path: Path) -> None:
    path = _old_copy(tmp_path)
    source = IcsSource(str(path), default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    os.utime(path, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    second = source.fetch(first.cursor, MARCH_2026)
    assert not second.changed and second.events == ()
    assert not source.fetch(second.cursor, MARCH_2026).changed


def test_new_content_is_a_change_even_within_one_mtime_tick(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes((FIXTURES / "no_dtstart.ics").read_bytes())
    source = IcsSource(str(path), default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    path.write_bytes(path.read_bytes().replace(b"SUMMARY:Good", b"SUMMARY:Best"))
    second = source.fetch(first.cursor, MARCH_2026)
    assert second.changed and [e.summary for e in second.events] == ["Best"]


def test_a_window_moved_by_less_than_a_day_is_unchanged(tmp_path: Path) -> None:
    source = IcsSource(str(_old_copy(tmp_path)), default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    drift = timedelta(hours=20)
    near = Window(MARCH_2026.start_at + drift, MARCH_2026.end_at + drift)
    assert not source.fetch(first.cursor, near).changed
    far = Window(near.start_at + drift, near.end_at + drift)  # 40 h from the parse
    assert source.fetch(first.cursor, far).changed


def test_name_defaults_to_the_location_and_names_the_events(tmp_path: Path) -> None:
    path = _old_copy(tmp_path)
    (source,) = ics_sources([str(path)], USER_TZ)
    assert source.name == str(path)
    assert {e.calendar for e in source.fetch(None, MARCH_2026).events} == {str(path)}


# --------------------------------------------------------------------------- URLs


class _Feed(BaseHTTPRequestHandler):
    """Serves ``routes`` (path -> status, body) with an ETag, answering 304 to a matching one."""

    routes: dict[str, tuple[int, bytes]] = {}
    seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.seen.append(dict(self.headers))
        status, body = self.routes.get(self.path, (404, b"not found"))
        etag = f'"{hash(body) & 0xFFFF:x}"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def feed() -> Iterator[str]:
    _Feed.routes = {
        "/private-secret123/basic.ics": (200, (FIXTURES / "cancelled_override.ics").read_bytes()),
        "/forbidden.ics": (403, b"no"),
        "/broken.ics": (500, b"oops"),
        "/login.ics": (200, (FIXTURES / "not_a_calendar.html").read_bytes()),
    }
    _Feed.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_conditional_get(feed: str) -> None:
    source = IcsSource(f"{feed}/private-secret123/basic.ics", default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    assert first.changed and len(first.events) == 4
    second = source.fetch(first.cursor, MARCH_2026)
    assert "If-None-Match" in _Feed.seen[-1]
    assert not second.changed and second.events == () and second.cursor == first.cursor


def test_url_window_moved_far_refetches_in_full(feed: str) -> None:
    source = IcsSource(f"{feed}/private-secret123/basic.ics", default_tz=USER_TZ)
    first = source.fetch(None, MARCH_2026)
    later = Window(datetime(2026, 3, 20, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    second = source.fetch(first.cursor, later)
    assert "If-None-Match" not in _Feed.seen[-1]
    assert second.changed and len(second.events) == 1


def test_webcal_is_https() -> None:
    source = IcsSource("webcal://127.0.0.1:9/cal.ics", default_tz=USER_TZ, http_timeout=2)
    with pytest.raises(SourceError, match=r"https://127\.0\.0\.1:9/cal\.ics"):
        source.fetch(None, MARCH_2026)


@pytest.mark.parametrize(
    ("path", "pattern"),
    [
        ("/missing.ics", r"not found \(HTTP 404\)"),
        ("/forbidden.ics", r"refused access \(HTTP 403\)"),
        ("/broken.ics", r"server error \(HTTP 500\)"),
        ("/login.ics", "not an iCalendar file"),
    ],
)
def test_url_errors_are_source_errors(feed: str, path: str, pattern: str) -> None:
    with pytest.raises(SourceError, match=pattern):
        IcsSource(feed + path, default_tz=USER_TZ).fetch(None, MARCH_2026)


def test_unreachable_url_is_a_source_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on: bound, never listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(SourceError, match="unreachable"):
            IcsSource(f"http://127.0.0.1:{port}/cal.ics", default_tz=USER_TZ, http_timeout=5).fetch(
                None, MARCH_2026
            )


def test_a_secret_feed_address_stays_out_of_messages(feed: str) -> None:
    _Feed.routes["/private-secret123/basic.ics"] = (404, b"gone")
    with pytest.raises(SourceError) as caught:
        IcsSource(f"{feed}/private-secret123/basic.ics", default_tz=USER_TZ).fetch(None, MARCH_2026)
    assert "secret123" not in str(caught.value) and "basic.ics" in str(caught.value)


def test_an_unknown_default_zone_is_refused() -> None:
    from agent.errors import ConfigError

    with pytest.raises(ConfigError):
        IcsSource("/tmp/x.ics", default_tz="Mars/Olympus")


def test_events_are_in_their_own_zone() -> None:
    for event in fixture("cancelled_override.ics").events:
        assert event.start_at.tzinfo == ZoneInfo("America/New_York")


# --------------------------------------------------------------------------- same as the library


def _lone_events_calendar() -> str:
    """Lone events around the edges of MARCH_2026, in zones, all-day, floating, by DURATION."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup tests//EN"]
    edges = [MARCH_2026.start_at, MARCH_2026.end_at]
    for n, (edge, offset_h, length_h) in enumerate(
        (e, o, d) for e in edges for o in (-3, -1, 0, 1, 3) for d in (0, 1, 2)
    ):
        start = (edge + timedelta(hours=offset_h)).astimezone(ZoneInfo("Asia/Tokyo"))
        end = start + timedelta(hours=length_h)
        lines += [
            "BEGIN:VEVENT",
            f"UID:edge-{n}",
            f"DTSTART;TZID=Asia/Tokyo:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Asia/Tokyo:{end:%Y%m%dT%H%M%S}",
            "END:VEVENT",
        ]
    lines += ["BEGIN:VEVENT", "UID:day", "DTSTART;VALUE=DATE:20260315", "END:VEVENT"]
    lines += ["BEGIN:VEVENT", "UID:float", "DTSTART:20260316T100000", "DURATION:PT2H", "END:VEVENT"]
    lines += ["BEGIN:VEVENT", "UID:utc", "DTSTART:20260317T100000Z", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def test_lone_events_come_out_as_recurring_ical_events_has_them(tmp_path: Path) -> None:
    # Lone events skip recurring-ical-events for speed: they must not come out differently.
    path = tmp_path / "lone.ics"
    path.write_text(_lone_events_calendar())
    zone = ZoneInfo(USER_TZ)

    def aware(value: date) -> datetime:
        if not isinstance(value, datetime):
            return datetime.combine(value, datetime.min.time(), tzinfo=zone)
        return value if value.tzinfo else value.replace(tzinfo=zone)

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    library = {
        (str(o["UID"]), aware(o.start), aware(o.end))
        for o in recurring_ical_events.of(cal).between(MARCH_2026.start_at, MARCH_2026.end_at)
    }
    ours = {(e.uid, e.start_at, e.end_at) for e in load(path).events}
    assert ours == library
    assert len(ours) > 10


def test_a_secret_feed_address_is_never_the_calendars_name() -> None:
    from agent.sources.ics import calendar_name, ics_sources

    secret = "https://calendar.google.com/calendar/ical/alex%40gmail.com/private-5ecre7/basic.ics"
    (source,) = ics_sources([secret], "UTC")
    assert "5ecre7" not in source.name and "private" not in source.name
    assert source.name.startswith("calendar.google.com#")
    assert calendar_name(secret) != calendar_name(secret.replace("5ecre7", "other"))
    assert calendar_name("/home/alex/cal.ics") == "/home/alex/cal.ics"

"""Google Calendar source against the fake Google, driven by the real googleapiclient: the
calendar-source contract, then what only Google does (sync tokens, 410, pages, bare deletions,
the exact requests sent)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from agent.google.calendar import GoogleCalendarSource
from agent.google.client import GoogleClient
from agent.model import Event
from tests.contract.calendar_contract import (
    DEFAULT_TZ,
    WINDOW,
    CalendarHarness,
    CalendarSourceContract,
    _moved,
    by_key,
    sample_events,
)
from tests.fake_google import FakeGoogle
from tests.fake_google.events import google_id, resource

CAL = "primary"


class GoogleHarness:
    def __init__(self, fake: FakeGoogle, client: GoogleClient) -> None:
        self.fake = fake
        self.source = GoogleCalendarSource(client, CAL, DEFAULT_TZ)

    def put(self, events: Sequence[Event], bad_uids: Sequence[str] = ()) -> None:
        items = [resource(e) for e in events]
        for uid in bad_uids:
            items.append({"id": google_id(uid), "iCalUID": uid, "status": "confirmed"})
        self.fake.calendar.put(CAL, items)


class TestGoogleCalendar(CalendarSourceContract):
    @pytest.fixture
    def harness(self, fake: FakeGoogle, client: GoogleClient) -> CalendarHarness:
        return GoogleHarness(fake, client)

    def expected(self, harness: CalendarHarness, events: Sequence[Event]) -> dict[str, Event]:
        """Google Calendar has no group guests (iCalendar's CUTYPE=GROUP): plain guests."""
        plain = [
            replace(e, attendees=tuple(replace(a, group=False) for a in e.attendees))
            for e in events
        ]
        return super().expected(harness, plain)

    def test_an_edit_is_seen_as_a_change(self, harness: CalendarHarness) -> None:
        """Google answers a sync token with what changed: the moved event and the deletion."""
        events = sample_events()
        harness.put(events)
        first = self.fetch(harness)
        moved = _moved(events[0])
        harness.put([moved, *events[2:]])
        second = self.fetch(harness, first.cursor)
        assert second.changed and not second.complete
        gone = replace(events[1], status="cancelled")
        assert by_key(second.events) == self.expected(harness, [moved, gone])
        assert second.removed == () and second.cursor != first.cursor


# --------------------------------------------------------------------------- Google's own ways


def interview(n: int, day: int = 10) -> Event:
    base = sample_events()[0]
    shift = datetime(2026, 3, day, 15, tzinfo=UTC) - base.start_at
    return replace(
        base, uid=f"i{n}@acme.example", start_at=base.start_at + shift, end_at=base.end_at + shift
    )


@pytest.fixture
def source(client: GoogleClient) -> GoogleCalendarSource:
    return GoogleCalendarSource(client, CAL, DEFAULT_TZ)


def test_full_sync_is_bounded_then_incremental_uses_only_the_token(
    fake: FakeGoogle, source: GoogleCalendarSource
) -> None:
    fake.calendar.put(CAL, [resource(interview(1))])
    first = source.fetch(None, WINDOW)
    fake.calendar.upsert(CAL, resource(interview(2)))
    second = source.fetch(first.cursor, WINDOW)
    assert [e.uid for e in second.events] == ["i2@acme.example"] and not second.complete
    full, incremental = [r.query for r in fake.requests if r.method_id == "calendar.events.list"]
    assert full["timeMin"] == ["2026-01-01T00:00:00Z"] and full["timeMax"] == [
        "2027-01-01T00:00:00Z"
    ]
    assert full["singleEvents"] == ["true"] and full["showDeleted"] == ["true"]
    assert "syncToken" in incremental
    assert not {"timeMin", "timeMax", "orderBy"} & set(incremental)
    assert incremental["singleEvents"] == ["true"]


def test_an_idle_fetch_is_one_request(fake: FakeGoogle, source: GoogleCalendarSource) -> None:
    fake.calendar.put(CAL, [resource(interview(1))])
    cursor = source.fetch(None, WINDOW).cursor
    fake.clear_requests()
    batch = source.fetch(cursor, WINDOW)
    assert not batch.changed and fake.calls() == ["calendar.events.list"]


def test_pages_are_all_read(fake: FakeGoogle, source: GoogleCalendarSource) -> None:
    fake.calendar.page_size = 2
    fake.calendar.empty_first_page = True  # an empty page may still carry a nextPageToken
    fake.calendar.put(CAL, [resource(interview(n, day=n + 1)) for n in range(5)])
    batch = source.fetch(None, WINDOW)
    assert len(batch.events) == 5
    assert fake.count("calendar.events.list") == 4


def test_410_resyncs_without_claiming_completeness(
    fake: FakeGoogle, source: GoogleCalendarSource
) -> None:
    fake.calendar.put(CAL, [resource(interview(1)), resource(interview(2))])
    first = source.fetch(None, WINDOW)
    fake.calendar.expire_sync_tokens()
    batch = source.fetch(first.cursor, WINDOW)
    assert batch.changed and not batch.complete  # nothing unseen is cancelled by a resync
    assert {e.uid for e in batch.events} == {"i1@acme.example", "i2@acme.example"}
    assert [r.query.get("syncToken") is not None for r in fake.requests][-2:] == [True, False]
    again = source.fetch(batch.cursor, WINDOW)
    assert not again.changed


def test_a_bare_deletion_names_the_event_by_its_uid(
    fake: FakeGoogle, source: GoogleCalendarSource
) -> None:
    fake.calendar.minimal_cancelled = True
    weekly = replace(sample_events()[3], status="confirmed")
    fake.calendar.put(CAL, [resource(interview(1)), resource(weekly)])
    first = source.fetch(None, WINDOW)
    fake.calendar.delete(CAL, google_id("i1@acme.example"))
    fake.calendar.delete(CAL, resource(weekly)["id"])
    batch = source.fetch(first.cursor, WINDOW)
    assert set(batch.removed) == {"i1@acme.example", "weekly-sync|2026-04-07T16:00:00Z"}
    assert batch.events == ()


def test_a_cancelled_event_with_its_fields_comes_out_cancelled(
    fake: FakeGoogle, source: GoogleCalendarSource
) -> None:
    fake.calendar.put(CAL, [resource(interview(1))])
    first = source.fetch(None, WINDOW)
    fake.calendar.delete(CAL, google_id("i1@acme.example"))
    (event,) = source.fetch(first.cursor, WINDOW).events
    assert event.cancelled and event.uid == "i1@acme.example"


def test_self_and_organizer_flags(fake: FakeGoogle, source: GoogleCalendarSource) -> None:
    item = resource(interview(1))
    item["attendees"][0]["self"] = True
    item["organizer"]["self"] = False
    fake.calendar.put(CAL, [item])
    (event,) = source.fetch(None, WINDOW).events
    assert event.attendees[0].is_self and not event.attendees[1].is_self
    assert event.organizer is not None and event.organizer.response == "accepted"
    assert event.tz == "America/New_York"


def test_a_5xx_on_a_read_is_retried(fake: FakeGoogle, source: GoogleCalendarSource) -> None:
    fake.calendar.put(CAL, [resource(interview(1))])
    fake.fail("calendar.events.list", status=503)
    fake.fail("calendar.events.list", status=403, reason="rateLimitExceeded")
    assert len(source.fetch(None, WINDOW).events) == 1
    assert fake.count("calendar.events.list") == 3

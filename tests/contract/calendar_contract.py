"""The calendar-source contract: what every ``CalendarSource`` does, whatever its backend.

A test module subclasses ``CalendarSourceContract`` and overrides the ``harness`` fixture with
one that builds its source over a ``CalendarHarness``: ``put`` makes the given events (and
broken events with the given UIDs) the calendar's whole contents. The events to put are built
here; each backend must hand them back unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import pytest

from agent.model import Attendee, Event
from agent.ports import CalendarSource, SyncBatch, Window

DEFAULT_TZ = "America/Los_Angeles"
WINDOW = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
LA = ZoneInfo(DEFAULT_TZ)


class CalendarHarness(Protocol):
    @property
    def source(self) -> CalendarSource: ...

    def put(self, events: Sequence[Event], bad_uids: Sequence[str] = ()) -> None:
        """Make these events, plus one unreadable event per bad UID, the calendar's contents."""
        ...


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


def sample_events() -> list[Event]:
    """Events inside ``WINDOW`` covering every field a backend must carry."""
    interview = Event(
        uid="interview-1@acme.example",
        start_at=at("America/New_York", 2026, 3, 10, 10, 0),
        end_at=at("America/New_York", 2026, 3, 10, 11, 0),
        tz="America/New_York",
        summary="Interview: Senior Backend Engineer",
        description="Next steps: we will get back to you within two weeks.",
        location="Zoom",
        organizer=Attendee("dana.whitfield@acme.example", "Dana Whitfield", "accepted"),
        attendees=(
            Attendee("alex@example.com", "Alex Candidate", "accepted"),
            Attendee("wei.chen@acme.example", "Wei Chen", "tentative", optional=True),
            Attendee("room-4@acme.example", "Room 4", "accepted", resource=True),
            Attendee("eng@acme.example", "Engineering", group=True),
            Attendee("sam@acme.example", None, "declined"),
        ),
        sequence=2,
    )
    offsite = Event(
        uid="offsite",
        start_at=at(DEFAULT_TZ, 2026, 5, 4),
        end_at=at(DEFAULT_TZ, 2026, 5, 6),
        tz=DEFAULT_TZ,
        summary="Offsite",
        all_day=True,
    )
    html = Event(
        uid="html-1",
        start_at=at("Europe/Berlin", 2026, 6, 1, 14, 0),
        end_at=at("Europe/Berlin", 2026, 6, 1, 15, 30),
        tz="Europe/Berlin",
        summary="Coffee chat",
        description="<p>See you <b>there</b></p>",
        html_description=True,
        status="tentative",
    )
    cancelled = Event(
        uid="weekly-sync",
        start_at=at(DEFAULT_TZ, 2026, 4, 7, 9, 0),
        end_at=at(DEFAULT_TZ, 2026, 4, 7, 9, 30),
        tz=DEFAULT_TZ,
        summary="Weekly sync",
        recurrence_id="2026-04-07T16:00:00Z",
        status="cancelled",
    )
    return [interview, offsite, html, cancelled]


def outside_events() -> list[Event]:
    """One event before ``WINDOW``, one after, and one straddling its start (inside)."""
    return [
        Event(
            "before",
            at("Europe/Paris", 2025, 6, 1, 9),
            at("Europe/Paris", 2025, 6, 1, 10),
            "Europe/Paris",
        ),
        Event(
            "after",
            at("Europe/Paris", 2027, 6, 1, 9),
            at("Europe/Paris", 2027, 6, 1, 10),
            "Europe/Paris",
        ),
        Event(
            "straddle",
            at("Europe/London", 2025, 12, 31, 23),
            at("Europe/London", 2026, 1, 1, 1),
            "Europe/London",
            summary="New year",
        ),
    ]


def by_key(events: Sequence[Event]) -> dict[str, Event]:
    return {e.key: e for e in events}


class CalendarSourceContract:
    """The tests every calendar source passes. Subclasses override ``harness``."""

    @pytest.fixture
    def harness(self) -> CalendarHarness:
        raise NotImplementedError("a contract subclass provides the harness fixture")

    def expected(self, harness: CalendarHarness, events: Sequence[Event]) -> dict[str, Event]:
        """The events as the source must return them: stamped with the source's name."""
        return {e.key: _named(e, harness.source.name) for e in events}

    def fetch(self, harness: CalendarHarness, cursor: str | None = None) -> SyncBatch:
        return harness.source.fetch(cursor, WINDOW)

    def test_events_come_out_as_they_went_in(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        batch = self.fetch(harness)
        assert by_key(batch.events) == self.expected(harness, sample_events())
        assert batch.complete and batch.changed
        assert batch.window == WINDOW
        assert batch.errors == ()
        assert isinstance(batch.cursor, str)

    def test_only_events_overlapping_the_window_come_out(self, harness: CalendarHarness) -> None:
        harness.put(sample_events() + outside_events())
        keys = set(by_key(self.fetch(harness).events))
        assert keys == {e.key for e in sample_events()} | {"straddle"}

    def test_the_batch_window_is_the_one_asked_for(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        later = Window(datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))
        batch = harness.source.fetch(None, later)
        assert batch.window == later
        assert set(by_key(batch.events)) == {"interview-1@acme.example"}

    def test_unchanged_calendar_reports_no_change(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        first = self.fetch(harness)
        second = self.fetch(harness, first.cursor)
        assert not second.changed
        assert second.events == ()
        assert second.window == WINDOW and second.cursor
        assert not self.fetch(harness, second.cursor).changed

    def test_an_edit_is_seen_as_a_change(self, harness: CalendarHarness) -> None:
        events = sample_events()
        harness.put(events)
        first = self.fetch(harness)
        moved = _moved(events[0])
        harness.put([moved, *events[2:]])  # one moved, one gone
        second = self.fetch(harness, first.cursor)
        assert second.changed and second.complete
        assert by_key(second.events) == self.expected(harness, [moved, *events[2:]])
        assert second.cursor != first.cursor

    def test_no_cursor_reads_everything_again(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        self.fetch(harness)
        again = self.fetch(harness)
        assert again.changed and len(again.events) == len(sample_events())

    def test_an_unreadable_cursor_reads_everything(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        batch = self.fetch(harness, "not a cursor {")
        assert batch.changed and len(batch.events) == len(sample_events())

    def test_a_window_moved_far_reads_again(self, harness: CalendarHarness) -> None:
        harness.put(sample_events() + outside_events())
        first = self.fetch(harness)
        later = Window(datetime(2026, 7, 1, tzinfo=UTC), datetime(2027, 7, 1, tzinfo=UTC))
        batch = harness.source.fetch(first.cursor, later)
        assert batch.changed
        assert set(by_key(batch.events)) == {"after"}

    def test_cancelled_occurrences_come_out_cancelled(self, harness: CalendarHarness) -> None:
        harness.put(sample_events())
        events = by_key(self.fetch(harness).events)
        occurrence = events["weekly-sync|2026-04-07T16:00:00Z"]
        assert occurrence.cancelled
        assert occurrence.recurrence_id == "2026-04-07T16:00:00Z"

    def test_a_bad_event_is_reported_not_raised(self, harness: CalendarHarness) -> None:
        harness.put(sample_events(), bad_uids=["broken-1@acme.example"])
        batch = self.fetch(harness)
        assert by_key(batch.events) == self.expected(harness, sample_events())
        assert [e.uid for e in batch.errors] == ["broken-1@acme.example"]
        assert all(e.calendar == harness.source.name and e.message for e in batch.errors)


def _named(event: Event, calendar: str) -> Event:
    return replace(event, calendar=calendar)


def _moved(event: Event) -> Event:
    shift = timedelta(days=1, hours=2)
    return replace(
        event,
        start_at=event.start_at + shift,
        end_at=event.end_at + shift,
        summary=event.summary + " (moved)",
        sequence=event.sequence + 1,
    )

"""The calendar-source contract, run against the in-memory calendar and the ICS file source."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from agent.model import Attendee, Event
from agent.ports import EventError
from agent.sources.ics import IcsSource
from agent.sources.memory import MemoryCalendar
from tests.contract.calendar_contract import DEFAULT_TZ, CalendarHarness, CalendarSourceContract

# --------------------------------------------------------------------------- in memory


class MemoryHarness:
    def __init__(self) -> None:
        self.source = MemoryCalendar("memory-test")

    def put(self, events: Sequence[Event], bad_uids: Sequence[str] = ()) -> None:
        self.source.replace(*events)
        self.source.clear_errors()
        for uid in bad_uids:
            self.source.report(EventError(self.source.name, uid, "dropped: unreadable"))


class TestMemoryCalendar(CalendarSourceContract):
    @pytest.fixture
    def harness(self) -> CalendarHarness:
        return MemoryHarness()


# --------------------------------------------------------------------------- ICS file

_PARTSTAT = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE"}


class IcsFileHarness:
    """Writes the events as an .ics file, the way a calendar program exports them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = IcsSource(str(path), name="work", default_tz=DEFAULT_TZ)

    def put(self, events: Sequence[Event], bad_uids: Sequence[str] = ()) -> None:
        cal = icalendar.Calendar()
        cal.add("PRODID", "-//followup tests//EN")
        cal.add("VERSION", "2.0")
        for event in events:
            cal.add_component(vevent(event))
        for uid in bad_uids:
            broken = icalendar.Event()
            broken.add("UID", uid)
            broken.add("SUMMARY", "no start time")
            cal.add_component(broken)
        self.path.write_bytes(cal.to_ical())


def vevent(event: Event) -> icalendar.Event:
    v = icalendar.Event()
    v.add("UID", event.uid)
    if event.all_day:
        v.add("DTSTART", event.start_at.date())
        v.add("DTEND", event.end_at.date())
    else:
        v.add("DTSTART", event.start_at)
        v.add("DTEND", event.end_at)
    if event.recurrence_id:
        v.add("RECURRENCE-ID", _recurrence(event.recurrence_id))
    for name, value in (
        ("SUMMARY", event.summary),
        ("DESCRIPTION", event.description),
        ("LOCATION", event.location),
    ):
        if value:
            v.add(name, value)
    v.add("STATUS", event.status.upper())
    v.add("SEQUENCE", event.sequence)
    if event.organizer:
        v.add("ORGANIZER", address(event.organizer))
    for attendee in event.attendees:
        v.add("ATTENDEE", address(attendee))
    return v


def address(person: Attendee) -> icalendar.vCalAddress:
    value = icalendar.vCalAddress(f"mailto:{person.email}")
    if person.name:
        value.params["CN"] = person.name
    value.params["PARTSTAT"] = _PARTSTAT.get(person.response, "NEEDS-ACTION")
    value.params["CUTYPE"] = (
        "RESOURCE" if person.resource else "GROUP" if person.group else "INDIVIDUAL"
    )
    value.params["ROLE"] = "OPT-PARTICIPANT" if person.optional else "REQ-PARTICIPANT"
    return value


def _recurrence(text: str) -> date:
    if "T" in text:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return date.fromisoformat(text)


class TestIcsFile(CalendarSourceContract):
    @pytest.fixture
    def harness(self, tmp_path: Path) -> CalendarHarness:
        return IcsFileHarness(tmp_path / "calendar.ics")

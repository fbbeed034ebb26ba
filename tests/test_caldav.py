"""CalDAV calendars against a real Radicale: the calendar contract, discovery by name, one
REPORT for an unchanged pass, a refused sync token."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import caldav
import icalendar
import pytest

from agent.config import CalDavConfig
from agent.model import Event
from agent.sources.caldav import CalDavSource
from tests.contract.calendar_contract import (
    DEFAULT_TZ,
    WINDOW,
    CalendarHarness,
    CalendarSourceContract,
    by_key,
    sample_events,
)
from tests.servers import PASSWORD, Radicale
from tests.test_calendar_contract import vevent


def caldav_config(server: Radicale, user: str, calendars: list[str] | None = None) -> CalDavConfig:
    return CalDavConfig(
        url=server.url,
        username=user,
        password_command=None,
        password_env="FOLLOWUP_TEST_CALDAV_PASSWORD",
        calendars=tuple(calendars) if calendars is not None else None,
    )


class RadicaleHarness:
    """A calendar named "Work" (and an empty "Personal") on the user's Radicale account."""

    def __init__(self, server: Radicale, folder: Path) -> None:
        self.user = server.new_user()
        self.dav = caldav.DAVClient(url=server.url, username=self.user, password=PASSWORD)
        self.storage = server.dir / "collections" / "collection-root"
        principal = self.dav.principal()
        self.calendar = principal.make_calendar(name="Work")
        principal.make_calendar(name="Personal")
        config = caldav_config(server, self.user, ["Work"])
        self.source = CalDavSource(config, DEFAULT_TZ, folder / "caldav.json", lambda: PASSWORD)

    def put(self, events: Sequence[Event], bad_uids: Sequence[str] = ()) -> None:
        by_uid: dict[str, icalendar.Calendar] = {}
        for event in events:
            cal = by_uid.setdefault(event.uid, _calendar())
            cal.add_component(vevent(event))
        # as a calendar program writes them: one resource per UID, PUT as they are
        base = str(self.calendar.url).rstrip("/")
        wanted = {
            f"{base}/{hashlib.sha256(uid.encode()).hexdigest()[:16]}.ics": cal
            for uid, cal in by_uid.items()
        }
        for obj in self.calendar.objects():
            if str(obj.url) not in wanted:
                self.dav.request(str(obj.url), "DELETE")
        for url, cal in wanted.items():
            headers = {"Content-Type": "text/calendar; charset=utf-8"}
            answer = self.dav.request(url, "PUT", cal.to_ical().decode(), headers)
            assert answer.status in (201, 204), answer.status
        for uid in bad_uids:  # what the server refuses never reaches a client
            broken = icalendar.Event()
            broken.add("UID", uid)
            broken.add("SUMMARY", "no start time")
            cal = _calendar()
            cal.add_component(broken)
            url = f"{base}/{hashlib.sha256(uid.encode()).hexdigest()[:16]}.ics"
            headers = {"Content-Type": "text/calendar; charset=utf-8"}
            assert self.dav.request(url, "PUT", cal.to_ical().decode(), headers).status == 400


def _calendar() -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//followup tests//EN")
    cal.add("VERSION", "2.0")
    return cal


class TestCalDav(CalendarSourceContract):
    @pytest.fixture
    def harness(self, radicale: Radicale, tmp_path: Path) -> CalendarHarness:
        return RadicaleHarness(radicale, tmp_path)

    def test_a_bad_event_is_reported_not_raised(self, harness: CalendarHarness) -> None:
        """A CalDAV server checks what it stores: Radicale refuses an event without a start
        (the harness asserts its 400), so the calendar read holds only the good ones. Events a
        server hands out that cannot be read are reported by the ICS parser they go through."""
        harness.put(sample_events(), bad_uids=["broken-1@acme.example"])
        batch = self.fetch(harness)
        assert by_key(batch.events) == self.expected(harness, sample_events())
        assert batch.errors == ()


def test_an_unchanged_pass_sends_one_report(radicale: Radicale, tmp_path: Path) -> None:
    harness = RadicaleHarness(radicale, tmp_path)
    harness.put(sample_events())
    first = harness.source.fetch(None, WINDOW)
    # a new process: discovery is not repeated, one REPORT asks what changed
    again = CalDavSource(
        harness.source.config, DEFAULT_TZ, tmp_path / "caldav.json", lambda: PASSWORD
    )
    second = again.fetch(first.cursor, WINDOW)
    assert not second.changed
    assert again.requests == ["REPORT"]


def test_a_refused_token_reads_the_calendar_whole(radicale: Radicale, tmp_path: Path) -> None:
    harness = RadicaleHarness(radicale, tmp_path)
    harness.put(sample_events())
    first = harness.source.fetch(None, WINDOW)
    cursor = json.loads(first.cursor or "")
    cursor["tokens"] = {url: "http://radicale.org/ns/sync/expired" for url in cursor["tokens"]}
    batch = harness.source.fetch(json.dumps(cursor), WINDOW)
    assert batch.changed and batch.complete
    assert len(batch.events) == len(sample_events())


def test_a_calendar_name_the_account_lacks_is_named(radicale: Radicale, tmp_path: Path) -> None:
    harness = RadicaleHarness(radicale, tmp_path)
    config = caldav_config(radicale, harness.user, ["Wrok"])
    source = CalDavSource(config, DEFAULT_TZ, tmp_path / "c.json", lambda: PASSWORD)
    with pytest.raises(Exception, match="no calendar named 'Wrok'") as caught:
        source.fetch(None, WINDOW)
    assert "Personal" in str(getattr(caught.value, "hint", ""))

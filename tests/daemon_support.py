"""Helpers for the daemon tests: a simulated clock, schedule on that clock, generated calendars."""

from __future__ import annotations

import datetime as dt
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import schedule


class SimClock:
    """The injected clock and sleeper: sleeping advances simulated time, nothing really waits."""

    def __init__(self, start_at: datetime, until_at: datetime) -> None:
        self.now_at = start_at.astimezone(UTC)
        self.until_at = until_at.astimezone(UTC)
        self.sleeps: list[float] = []
        self.jumps: dict[datetime, timedelta] = {}  # at this instant, the clock is set by delta

    def now(self) -> datetime:
        return self.now_at

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        target = self.now_at + timedelta(seconds=seconds)
        for at, delta in sorted(self.jumps.items()):
            if self.now_at < at <= target:
                del self.jumps[at]
                self.now_at = at + delta  # woken at the jump, the clock already set
                return
        self.now_at = target

    def stop(self) -> bool:
        return self.now_at >= self.until_at


@contextmanager
def system_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> Iterator[None]:
    """Run with ``zone`` as the machine's local time zone (the TZ environment variable)."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def schedule_on(monkeypatch: pytest.MonkeyPatch, clock: SimClock) -> None:
    """schedule reads ``datetime.datetime.now()``: give it the simulated clock instead."""

    class SimDatetime(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> SimDatetime:  # type: ignore[override]
            at = clock.now_at.astimezone(tz) if tz else clock.now_at.astimezone()
            moment = at if tz else at.replace(tzinfo=None)
            return cls.combine(moment.date(), moment.timetz(), moment.tzinfo)

    shim = types.SimpleNamespace(
        datetime=SimDatetime, timedelta=dt.timedelta, time=dt.time, date=dt.date
    )
    monkeypatch.setattr(schedule, "datetime", shim)


def interview_ics(
    path: Path,
    interviews: list[tuple[str, datetime, datetime, int]],
    *,
    company: str = "acme.example",
) -> Path:
    """A calendar of interviews: (uid, start, end, number of interviewers) each."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup tests//EN"]
    for uid, start_at, end_at, people in interviews:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART:{_utc(start_at)}",
            f"DTEND:{_utc(end_at)}",
            "SUMMARY:Interview: Backend Engineer - Acme",
            f"ORGANIZER;CN=Rita Recruiter:mailto:rita@{company}",
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        ]
        lines += [
            f"ATTENDEE;PARTSTAT=ACCEPTED;CN=Person{_name(n)} Panel:mailto:p{n}@{company}"
            for n in range(people)
        ]
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _name(n: int) -> str:
    letters = "abcdefghij"
    return "".join(letters[int(d)] for d in str(n)).capitalize()


def _utc(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def write_config(folder: Path, ics: Path, *, poll: str = "5m", extra: str = "") -> Path:
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        f"calendar: {{ics: {ics.name}}}\n"
        "drafts: {maildir: Drafts}\n"
        "state: state/followup.db\n"
        f"poll_interval: {poll}\n" + extra
    )
    return config

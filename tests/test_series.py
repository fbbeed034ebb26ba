"""``followup events`` shows a recurring series as one line: its next occurrence's id, how it
repeats and how many times; ``--each`` lists every occurrence. Times are in the user's zone and
say which."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.cli import main
from agent.series import series_rule

LA = ZoneInfo("America/Los_Angeles")
NOW = "2026-12-03T11:00"

CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//followup tests//EN\r
BEGIN:VEVENT\r
UID:standup@team.example\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=America/Los_Angeles:20260801T093000\r
DTEND;TZID=America/Los_Angeles:20260801T094500\r
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r
SUMMARY:Daily standup\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:dentist@me.example\r
DTSTAMP:20260101T000000Z\r
DTSTART:20261204T160000Z\r
DTEND:20261204T170000Z\r
SUMMARY:Dentist\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    (tmp_path / "cal.ics").write_text(CALENDAR, newline="")
    path = tmp_path / "config.yaml"
    path.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: cal.ics}\ndrafts: {maildir: Drafts}\nstate: s.db\n"
    )
    assert main(["--config", str(path), "tick", "--now", NOW]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> list[str]:
    assert main(["--config", str(config), *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_daily_standup_is_one_line_with_its_rule_and_next_occurrence(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    lines = run(capsys, config, "events", "--all", "--now", NOW)
    standups = [line for line in lines if "Daily standup" in line]
    assert len(standups) == 1, lines
    line = standups[0]
    # the next occurrence after Thursday 3 Dec 11:00 is Friday 4 Dec 09:30, Pacific time
    assert line.split()[1:4] == ["2026-12-04", "09:30", "PST"]
    assert "repeats every weekday at 09:30" in line and "this one the next" in line
    count = int(line.split(": ")[1].split()[0])
    assert count > 250  # the window holds the whole series, told in one line
    eid = line.split()[0]
    explained = run(capsys, config, "explain", eid)
    assert "2026-12-04 09:30 PST -> 2026-12-04 09:45 PST" in explained[2]
    assert any(line.startswith("e") and "Dentist" in line for line in lines)
    assert len(lines) == 2


def test_each_lists_every_occurrence(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    lines = run(capsys, config, "events", "--all", "--each", "--now", NOW)
    standups = [line for line in lines if "Daily standup" in line]
    assert len(standups) > 250 and len({line.split()[0] for line in standups}) == len(standups)
    assert all("repeats" not in line for line in lines)


def test_events_since_a_date_shows_the_series_once(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    lines = run(capsys, config, "events", "--since", "2026-12-01", "--now", NOW)
    assert sum("Daily standup" in line for line in lines) == 1
    assert all(line.split()[1] >= "2026-12-01" for line in lines)


def _starts(first: datetime, days: list[int]) -> list[datetime]:
    return [first + timedelta(days=d) for d in days]


MONDAY = datetime(2026, 11, 2, 18, 30, tzinfo=LA)


@pytest.mark.parametrize(
    ("starts", "rule"),
    [
        (_starts(MONDAY, list(range(30))), "every day at 18:30"),
        (_starts(MONDAY, [d for d in range(60) if d % 7 < 5]), "every weekday at 18:30"),
        (_starts(MONDAY, [d for d in range(60) if d % 7 < 5 and d != 23]),
         "every weekday at 18:30"),  # a holiday left out
        (_starts(MONDAY, list(range(0, 70, 7))), "every Monday at 18:30"),
        (_starts(MONDAY, [0, 7, 21, 28]), "every Monday at 18:30"),  # a week cancelled
        (_starts(MONDAY, list(range(1, 90, 14)) + list(range(3, 90, 14))),
         "every 2 weeks on Tuesday and Thursday at 18:30"),
        ([datetime(2026, m, 15, 9, tzinfo=LA) for m in range(1, 13)],
         "every month on the 15th at 09:00"),
        ([datetime(2026, 3, 8, 9, tzinfo=LA), datetime(2026, 4, 12, 9, tzinfo=LA),
          datetime(2026, 5, 10, 9, tzinfo=LA)], "every month on the 2nd Sunday at 09:00"),
        ([datetime(y, 12, 3, 9, tzinfo=LA) for y in (2026, 2027, 2028)],
         "every year on 3 Dec at 09:00"),
        (_starts(MONDAY, [0, 1, 5, 17, 18, 40]), "at irregular times"),
        ([MONDAY], "once"),
    ],
)  # fmt: skip
def test_series_rule(starts: list[datetime], rule: str) -> None:
    assert series_rule(starts, "America/Los_Angeles") == rule


def test_the_rule_reads_the_users_clock() -> None:
    """09:30 in Los Angeles every day is 17:30 UTC in winter, 16:30 in summer."""
    starts = [datetime.combine(date(2026, 10, 25) + timedelta(days=d), datetime.min.time())
              .replace(hour=9, minute=30, tzinfo=LA) for d in range(14)]  # fmt: skip
    assert series_rule(starts, "America/Los_Angeles") == "every day at 09:30"
    assert series_rule(starts, "UTC") == "every day"  # the UTC hour moves with summer time

"""Durations as written in the config: short form, ISO-8601, days-only keys, and back to text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.durations import (
    LONGEST,
    BusinessDays,
    DaySpan,
    add_days,
    format_duration,
    off_days,
    parse_day_span,
    parse_days,
    parse_duration,
    spoken_duration,
    weekend,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90m", timedelta(minutes=90)),
        ("48h", timedelta(hours=48)),
        ("1d", timedelta(days=1)),
        ("2w", timedelta(weeks=2)),
        ("1h30m", timedelta(minutes=90)),
        (" 2 h ", timedelta(hours=2)),
        ("0m", timedelta(0)),
        ("P2W", timedelta(weeks=2)),
        ("PT90M", timedelta(minutes=90)),
        ("P1DT2H", timedelta(days=1, hours=2)),
        ("p3d", timedelta(days=3)),
        ("PT30S", timedelta(seconds=30)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("90", "has no unit"),
        (90, "has no unit"),
        (1.5, "has no unit"),
        ("1.5h", "whole numbers"),
        ("-1h", "negative"),
        ("", "empty"),
        ("2 fortnights", "unknown unit"),
        ("30s", "unknown unit"),
        ("soon", "not a duration"),
        ("P1M", "months"),
        ("P1Y", "years"),
        ("P", "not an ISO-8601 duration"),
        ("PT", "not an ISO-8601 duration"),
        (None, "not a duration"),
        (True, "not a duration"),
    ],
)
def test_parse_duration_rejects_with_a_message(value: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_duration(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10d", timedelta(days=10)), ("2w", timedelta(weeks=2)), ("P2W", timedelta(weeks=2)),
     ("1w3d", timedelta(days=10)), ("P10D", timedelta(days=10))],
)  # fmt: skip
def test_parse_days(text: str, expected: timedelta) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["48h", "90m", "PT48H", "P1DT2H", "1d12h"])
def test_parse_days_refuses_finer_units(text: str) -> None:
    with pytest.raises(ValueError, match="whole days"):
        parse_days(text)


def test_parse_days_keeps_the_general_messages() -> None:
    with pytest.raises(ValueError, match="has no unit"):
        parse_days("14")


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(weeks=2), "2w"),
        (timedelta(days=10), "10d"),
        (timedelta(hours=48), "2d"),
        (timedelta(minutes=90), "1h30m"),
        (timedelta(days=1, hours=2), "1d2h"),
        (timedelta(0), "0m"),
        (timedelta(seconds=45), "45s"),
        (-timedelta(hours=1), "-1h"),
    ],
)
def test_format_duration(delta: timedelta, text: str) -> None:
    assert format_duration(delta) == text


@pytest.mark.parametrize("minutes", [1, 59, 60, 61, 1439, 1440, 1441, 10080, 10081, 525600])
def test_format_then_parse_round_trips(minutes: int) -> None:
    delta = timedelta(minutes=minutes)
    assert parse_duration(format_duration(delta)) == delta


# --------------------------------------------------------------------------- words people write


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 weeks", timedelta(weeks=2)),
        ("10 days", timedelta(days=10)),
        ("1 day", timedelta(days=1)),
        ("a week", timedelta(weeks=1)),
        ("an hour", timedelta(hours=1)),
        ("two weeks", timedelta(weeks=2)),
        ("Three Days", timedelta(days=3)),
        ("90 minutes", timedelta(minutes=90)),
        ("90 min", timedelta(minutes=90)),
        ("48 hours", timedelta(hours=48)),
        ("2 hrs", timedelta(hours=2)),
        ("1 hour 30 minutes", timedelta(minutes=90)),
        ("1 hour and 30 minutes", timedelta(minutes=90)),
        ("2 weeks, 3 days", timedelta(days=17)),
        ("1 week + 2 days", timedelta(days=9)),
        ("2weeks", timedelta(weeks=2)),
        ("3 wks", timedelta(weeks=3)),
    ],
)
def test_durations_in_words(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2 weeks", timedelta(weeks=2)), ("10 days", timedelta(days=10)), ("a week", timedelta(7))],
)
def test_days_in_words(text: str, expected: timedelta) -> None:
    assert parse_days(text) == expected
    assert parse_day_span(text) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [("3 business days", 3), ("5 working days", 5), ("1 business day", 1), ("10 workdays", 10),
     ("two business days", 2), ("4 work days", 4), ("3 Business-Days", 3)],
)  # fmt: skip
def test_business_days_are_a_span_of_their_own(text: str, days: int) -> None:
    assert parse_day_span(text) == BusinessDays(days)
    with pytest.raises(ValueError, match="business days"):
        parse_days(text)
    with pytest.raises(ValueError, match="business days"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2 months", "no fixed length"),
        ("a year", "no fixed length"),
        ("3 business days 2 hours", "on their own"),
        ("weeks", "not a duration"),
        ("2 weeks later", "not a duration"),
        ("1.5 weeks", "whole numbers"),
        ("aweek", "not a duration"),
        ("99999999999w", "too long"),
        ("P99999999999999999999D", "too long"),
        ("521w", "too long"),
        ("9999 business days", "too long"),
        ("99999999999999999999 minutes", "too long"),
    ],
)
def test_words_that_are_not_a_duration(value: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_day_span(value) if "business" in value else parse_duration(value)


def test_the_longest_duration_is_ten_years() -> None:
    assert parse_duration("520w") == LONGEST
    assert parse_days("3640 days") == LONGEST


# Fri 4 Dec 2026; Thu 24 Dec and Fri 25 Dec as holidays
FRIDAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("start", "span", "is_off", "expected"),
    [
        (FRIDAY, BusinessDays(1), weekend, date(2026, 12, 7)),  # Monday
        (FRIDAY, BusinessDays(3), weekend, date(2026, 12, 9)),  # Wednesday
        (FRIDAY, BusinessDays(5), weekend, date(2026, 12, 11)),  # a week later
        (date(2026, 12, 5), BusinessDays(1), weekend, date(2026, 12, 7)),  # from a Saturday
        (FRIDAY, BusinessDays(0), weekend, FRIDAY),
        (FRIDAY, timedelta(days=3), weekend, date(2026, 12, 7)),  # calendar days as they are
        (date(2026, 12, 23), BusinessDays(2), off_days(range(5), {date(2026, 12, 24),
         date(2026, 12, 25)}), date(2026, 12, 29)),  # over two holidays and a weekend
        (FRIDAY, BusinessDays(2), off_days(range(6)), date(2026, 12, 7)),  # Saturday works
    ],
)  # fmt: skip
def test_business_days_skip_the_days_off(
    start: date, span: DaySpan, is_off: Callable[[date], bool], expected: date
) -> None:
    assert add_days(start, span, is_off) == expected


def test_business_days_with_no_working_day_end_with_a_message() -> None:
    with pytest.raises(ValueError, match="no working day"):
        add_days(FRIDAY, BusinessDays(1), lambda day: True)


@given(st.integers(0, 200), st.dates(min_value=date(1970, 1, 1), max_value=date(2999, 1, 1)))
def test_business_days_land_on_a_working_day_and_count_exactly(n: int, start: date) -> None:
    end = add_days(start, BusinessDays(n))
    between = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(1 for day in between if not weekend(day)) == n
    assert n == 0 or not weekend(end)


@pytest.mark.parametrize(
    ("delta", "said"),
    [
        (timedelta(hours=48), "48 hours"),
        (timedelta(hours=24), "24 hours"),
        (timedelta(days=3), "3 days"),
        (timedelta(weeks=2), "2 weeks"),
        (timedelta(days=60), "60 days"),
        (timedelta(hours=1), "1 hour"),
        (timedelta(minutes=90), "90 minutes"),
        (timedelta(0), "0 minutes"),
    ],
)
def test_spoken_durations_read_as_people_say_them(delta: timedelta, said: str) -> None:
    assert spoken_duration(delta) == said


# --------------------------------------------------------------------------- business days in plans


def test_business_days_in_the_config_skip_the_weekend_in_the_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The onsite (Wed 2 Dec) said "two weeks": an answer by Wed 16 Dec, then a grace of 3
    business days: the status check on Mon 21 Dec, not on Sat 19 Dec. The phone screen (Thu 3
    Dec) stated nothing: 8 business days make Tue 15 Dec."""
    import json
    import shutil

    from agent.cli import main
    from agent.config import load_config

    shutil.copy(Path(__file__).parent.parent / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\ndrafts: {maildir: Drafts}\nstate: s.db\n"
        'policy: {status_check: {grace: "3 business days", default_timeline: 8 business days},'
        " check_in: {every: 2 weeks}}\n"
    )
    policy = load_config(config).policy
    assert policy.status_check_grace == BusinessDays(3)
    assert policy.check_in_every == timedelta(weeks=2)
    assert main(["--config", str(config), "tick", "--now", "2026-12-03T11:00"]) == 0
    capsys.readouterr()
    assert main(["--config", str(config), "status", "--json", "--now", "2026-12-03T11:00"]) == 0
    processes = {p["company"]: p for p in json.loads(capsys.readouterr().out)["processes"]}
    acme = processes["Acme Robotics"]
    check = next(f for f in acme["followups"] if f["kind"] == "status_check")
    assert acme["interviews"][0]["answer_date"] == "2026-12-16"
    assert check["due_at"].startswith("2026-12-21T09:00")
    assert processes["Globex"]["interviews"][0]["answer_date"] == "2026-12-15"


@pytest.mark.parametrize("written", ["0 business days", "0 working days"])
def test_check_ins_every_zero_business_days_is_refused(tmp_path: Path, written: str) -> None:
    from agent.config import load_config
    from agent.errors import ConfigError

    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: A, email: a@example.com}\ncalendar: {ics: c.ics}\ndrafts: {maildir: D}\n"
        f"policy: {{check_in: {{every: {written}}}}}\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert any("longer than zero" in p for p in caught.value.problems)


def test_business_days_skip_the_users_public_holidays() -> None:
    """From Wed 23 Dec 2026, 3 business days: Thu 24, (Christmas Day off), Mon 28, Tue 29."""
    from agent.workdays import Holidays

    us = off_days(range(5), Holidays("US"))
    assert add_days(date(2026, 12, 23), BusinessDays(3), us) == date(2026, 12, 29)
    assert add_days(date(2026, 12, 23), BusinessDays(3)) == date(2026, 12, 28)  # weekends only

"""Durations as written in the config: short form, ISO-8601, days-only keys, and back to text."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.durations import format_duration, parse_days, parse_duration, spoken_duration


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

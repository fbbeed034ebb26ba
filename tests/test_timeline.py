"""parse_timeline: the CONVENTIONS.md part A rules, on sentences written for these tests."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.timeline import parse_timeline


def _at(iso: str, tz: str = "America/Los_Angeles") -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(tz))


@pytest.mark.parametrize(
    ("text", "end", "tz", "expected"),
    [
        (
            "We'll get back to you within 3 weeks.",
            "2026-05-04T11:00",
            "America/Los_Angeles",
            "2026-05-25",
        ),
        (
            "Expect feedback in 7-10 business days",
            "2026-06-04T15:00",
            "America/New_York",
            "2026-06-18",
        ),
        ("Decision by end of next week.", "2026-06-06T10:00", "Europe/London", "2026-06-12"),
        (
            "They'll call Tuesday or Wednesday next week",
            "2026-06-01T09:00",
            "Europe/Paris",
            "2026-06-10",
        ),
        ("Rückmeldung bis Ende KW 25", "2026-06-01T10:00", "Europe/Berlin", "2026-06-19"),
        ("Te diremos algo el 3 de julio.", "2026-06-10T10:00", "Europe/Madrid", "2026-07-03"),
        ("We hope to decide before Christmas", "2026-12-01T10:00", "Europe/London", "2026-12-24"),
        ("Answer by 07/08", "2026-06-01T10:00", "Europe/Paris", "2026-08-07"),
        ("Answer by 07/08", "2026-06-01T10:00", "America/Denver", "2026-07-08"),
        (
            "HM is on leave until the 20th and will reply the day after",
            "2026-05-11T10:00",
            "UTC",
            "2026-05-21",
        ),
        ("Feedback by Friday - actually she said Monday", "2026-05-12T10:00", "UTC", "2026-05-18"),
        ("You'll hear from us in a day or two", "2026-05-12T10:00", "UTC", "2026-05-14"),
        ("within 24h", "2026-05-12T23:30", "Asia/Tokyo", "2026-05-13"),
        ("Final answer by EOD", "2026-05-12T10:00", "UTC", "2026-05-12"),
        ("They'll decide by the end of the quarter", "2026-05-10T10:00", "UTC", "2026-06-30"),
        ("Decision early March", "2026-02-10T10:00", "UTC", "2026-03-07"),
        ("Recruiter will ping me next Monday", "2026-06-07T10:00", "UTC", "2026-06-08"),
        (
            "Wir melden uns innerhalb von drei Werktagen.",
            "2026-07-03T16:00",
            "Europe/Vienna",
            "2026-07-08",
        ),
        ("Nos dicen algo en un par de semanas", "2026-03-02T10:00", "America/Bogota", "2026-03-16"),
    ],
)
def test_dated_promises(text: str, end: str, tz: str, expected: str) -> None:
    result = parse_timeline(text, _at(end, tz), tz)
    assert result is not None, text
    assert result.answer_date == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text",
    [
        "They'll be in touch shortly.",
        "The offer is valid until Friday.",
        "I need to send my references within 48 hours.",
        "They need someone who can start in 3 weeks.",
        "The role has been open for two months.",
        "Their panel takes 45 minutes, round 1 of 3.",
        "I asked for an answer by Monday; she couldn't promise anything.",
        "Wir melden uns in Kürze.",
        "",
    ],
)
def test_no_dated_promise(text: str) -> None:
    assert parse_timeline(text, _at("2026-05-12T10:00"), "America/Los_Angeles") is None


def test_local_date_not_utc_date() -> None:
    # Friday 18:00 in Los Angeles is Saturday in UTC; "tomorrow" is still Saturday locally.
    result = parse_timeline(
        "They will call tomorrow", _at("2026-05-15T18:00"), "America/Los_Angeles"
    )
    assert result is not None and result.answer_date == date(2026, 5, 16)


def test_phrase_is_the_original_wording() -> None:
    result = parse_timeline("You'll hear from us within TWO weeks.", _at("2026-05-04T11:00"), "UTC")
    assert result is not None and "TWO weeks" in result.phrase


def test_earliest_promise_wins() -> None:
    text = "Final decision by the 30th; first feedback on Thursday."
    result = parse_timeline(text, _at("2026-11-16T10:00"), "UTC")
    assert result is not None and result.answer_date == date(2026, 11, 19)


@pytest.mark.parametrize(
    "text",
    [
        "We will decide by Friday, January 8.",
        "decision by Fri, Jan 8",
        "we hope to decide by Thursday 8 January",
        "bis Freitag, 8. Januar",
        "para el viernes 8 de enero",
    ],
)
def test_a_weekday_that_labels_an_explicit_date_is_that_date_not_an_earlier_promise(
    text: str,
) -> None:
    # said on Monday 21 December: the bare "Friday" would be the 25th
    end = datetime(2026, 12, 21, 10, tzinfo=ZoneInfo("America/Los_Angeles"))
    found = parse_timeline(text, end, "America/Los_Angeles")
    assert found is not None and found.answer_date == date(2027, 1, 8)

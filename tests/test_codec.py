"""``codec.encode_event`` writes the very text (so the very digest) of ``encode(event_to_dict)``."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from agent import codec
from agent.model import Attendee, Detection, Event, Person

START = datetime(2026, 6, 1, 12, tzinfo=UTC)

EVENTS = [
    Event("plain@x", START, START + timedelta(hours=1), "UTC"),
    Event(
        "rich@x",
        START.astimezone(timezone(timedelta(hours=-7))),
        START + timedelta(minutes=45, microseconds=5),
        "America/Los_Angeles",
        summary='Interview "Acme" \\ Café — 面接 \U0001f600',
        description="line\nnext\ttab\x00\x1f</script>",
        location="Room 1",
        recurrence_id="2026-06-01T12:00:00+00:00",
        all_day=True,
        organizer=Attendee("rita@acme.example", "Rita Ö", "accepted", group=True),
        attendees=(
            Attendee(None),
            Attendee("a@b.c", None, "declined", True, True, True, True),
            Attendee("a@b.c", None, "declined", True, True, True, True),
        ),
        status="cancelled",
        calendar="work.ics",
        sequence=12,
        html_description=True,
    ),
    # types no source produces take the general path, with the same result
    Event("odd@x", START, START, "UTC", description=None, sequence=True),  # type: ignore[arg-type]
    Event("odd2@x", START, START, "UTC", attendees=(Attendee("a", group=1),)),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.uid)
def test_same_text_and_digest_as_the_general_path(event: Event) -> None:
    assert codec.encode_event(event) == codec.encode(codec.event_to_dict(event))


def test_an_attendee_equal_in_value_but_not_in_type_is_not_taken_from_the_cache() -> None:
    first = Event("a@x", START, START, "UTC", attendees=(Attendee("a", group=True),))
    second = Event("b@x", START, START, "UTC", attendees=(Attendee("a", group=1),))  # type: ignore[arg-type]
    for event in (first, second):
        assert codec.encode_event(event) == codec.encode(codec.event_to_dict(event))


DETECTIONS = [
    Detection(False, ()),
    Detection(False, ("no interview words in 'Lunch'",), ats_domains=("greenhouse.io",)),
    Detection(
        True,
        ("title says 'Interview'", 'quote " and \\ and é'),
        company="Acme Ünited",
        company_domain="acme.example",
        position="Backend Engineer",
        interviewers=(
            Person("Dana Whitfield", "dana@acme.example", "System design", "Staff Engineer"),
            Person("Wei", None),
        ),
        organizer=Person(None, "rita@acme.example"),
        timeline_text="within two weeks",
        answer_date=date(2026, 12, 17),
        timetable_by="Dana",
        user_notes="Dana: rate limiter\n面接",
        agency="Hays",
        ats_domains=("greenhouse.io", "lever.co"),
    ),
    Detection(False, ["a list"]),  # type: ignore[arg-type]
    Detection(True, (), answer_date=datetime(2026, 1, 1, tzinfo=UTC)),
]


@pytest.mark.parametrize("detection", DETECTIONS)
def test_detection_text_is_json_dumps_of_the_dict(detection: Detection) -> None:
    assert codec.detection_text(detection) == json.dumps(codec.detection_to_dict(detection))


def test_the_writers_know_every_field_of_the_model() -> None:
    assert codec._WRITERS_MATCH

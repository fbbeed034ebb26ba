"""The right person, words true on the day, working days: status checks and check-ins go to the
recruiter who invited (the agency's when an agency arranged it), else to whoever stated the
timetable, else to the hiring manager, a shared mailbox only when it is all there is, never a
no-reply address and never nobody; they restate a timetable as the date it meant, say "after
the holidays" back, and never fall due on a weekend or a public holiday. Read as text, on the
local default and on Gmail."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.drafts_world import DEMO_ICS, DraftsWorld, calendar, make_world, vevent
from tests.fake_google.fixtures import fake

__all__ = ["fake"]


@pytest.fixture(params=["maildir", "gmail"])
def world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftsWorld:
    return make_world(request, tmp_path, monkeypatch)


def followups(status: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for p in status["processes"] for f in p["followups"] if f["kind"] == kind]


def checks(world: DraftsWorld) -> list[Any]:
    return [m for m in world.mails() if not m.subject.startswith("Thank you")]


# --------------------------------------------------------------------------- the right person


def test_the_demos_status_check_goes_to_the_recruiter_with_her_own_words_as_a_date(
    world: DraftsWorld,
) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    assert world.tick("2026-12-23T09:30") == 0
    (check,) = world.mails_to("jordan.blake")  # the recruiting coordinator who invited
    assert check.text.startswith("Hi Jordan,")
    # "within two weeks" of the onsite on December 2, restated as the date it meant
    assert "You mentioned you hoped to get back to me by Wednesday, December 16" in check.text
    assert "two weeks" not in check.text
    assert "Senior Backend Engineer role at Acme Robotics" in check.text


AGENCY = vevent(
    "agency-screen",
    "20261207T100000",
    "20261207T110000",
    "Interview: Data Engineer with Umbrella Corp",
    description=(
        "Hi Alex, as discussed I am arranging this interview on behalf of our client "
        "Umbrella Corp for the Data Engineer role. Lee Park will interview you.\n\n"
        "Sam Hill\nSenior Recruiter, Brightstaffing"
    ),
    organizer=("Sam Hill", "sam.hill@brightstaffing.example"),
    attendees=(
        ("Sam Hill", "sam.hill@brightstaffing.example"),
        ("Lee Park", "lee.park@umbrella.example"),
    ),
)


def test_an_agency_arranged_interviews_status_check_goes_to_the_agency_recruiter(
    world: DraftsWorld,
) -> None:
    world.calendar(calendar(AGENCY))
    assert world.tick("2026-12-07T12:00") == 0
    assert [m.to for m in world.mails()] == ["Lee Park <lee.park@umbrella.example>"]
    assert world.tick("2026-12-28T09:30") == 0
    (check,) = checks(world)
    assert "sam.hill@brightstaffing.example" in check.to
    assert check.text.startswith("Hi Sam,")


def test_a_scheduling_mailbox_is_never_the_contact_when_a_person_is_known(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    event = vevent(
        "sched",
        "20261207T100000",
        "20261207T110000",
        "Technical interview - Backend Engineer - Initech",
        organizer=("Initech Scheduling", "scheduling@initech.example"),
        attendees=(("Peter Gibbons", "peter.gibbons@initech.example"),),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-07T12:00") == 0
    status = world.status("2026-12-07T12:00", capsys)
    assert status["processes"][0]["contact"] == "peter.gibbons@initech.example"


def test_a_shared_mailbox_when_it_is_all_there_is_and_status_says_so(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    event = vevent(
        "careers",
        "20261207T100000",
        "20261207T110000",
        "Interview - Backend Engineer - Initech",
        description="You will meet Peter Gibbons (Engineering Manager).",
        organizer=("Initech Careers", "careers@initech.example"),
        attendees=(("Initech Careers", "careers@initech.example"),),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-07T12:00") == 0
    assert world.mails() == []  # Peter has no address: no draft to nobody
    text = world.status_text("2026-12-07T12:00", capsys)
    assert 'followup people add "Peter Gibbons" ADDRESS' in text
    assert "careers@initech.example (a shared mailbox, the only contact known" in text
    assert world.tick("2026-12-28T09:30") == 0
    (check,) = checks(world)
    assert "careers@initech.example" in check.to and check.text.startswith("Hello,")


def test_no_reply_senders_are_never_written_to_and_nobody_gets_no_draft(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    event = vevent(
        "noreply",
        "20261207T100000",
        "20261207T110000",
        "Interview - Backend Engineer - Initech",
        description="You will meet Peter Gibbons (Engineering Manager).",
        organizer=("Initech Recruiting", "no-reply@greenhouse.io"),
        attendees=(("Initech Recruiting", "no-reply@greenhouse.io"),),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-07T09:00") == 0
    assert world.cli("mark", "noreply", "interview") == 0  # however detection reads it
    assert world.tick("2026-12-28T09:30") == 0
    assert world.mails() == []
    status = world.status("2026-12-28T09:30", capsys)
    (check,) = followups(status, "status_check")
    assert (check["state"], check["problem"]) == ("planned", "needs_address")
    # however detection reads the invitation: Peter by name only, or nobody at all
    assert any(
        fix in check["hint"]
        for fix in ('followup people add "Peter Gibbons" ADDRESS', "followup contact p1 ADDRESS")
    )


def test_a_later_timetable_wins_and_is_attributed_to_no_one_it_was_not_from(
    world: DraftsWorld,
) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    replied = ("replied", "p1", "--at", "2026-12-18T10:00", "--timeline", "by January 8")
    assert world.cli(*replied) == 0
    assert world.tick("2027-01-15T09:30") == 0
    (check,) = world.mails_to("jordan.blake")  # the order holds after a reply
    assert "by Friday, January 8" in check.text
    assert "December 16" not in check.text and "two weeks" not in check.text
    assert "You mentioned" not in check.text  # the reply was recorded, not said by Jordan


def test_a_later_round_replaces_the_earlier_rounds_status_check_and_check_ins(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    screen = vevent(
        "acme-screen",
        "20261118T100000",
        "20261118T103000",
        "Phone screen - Senior Backend Engineer - Acme Robotics",
        organizer=("Jordan Blake", "jordan.blake@acmerobotics.example"),
        attendees=(("Jordan Blake", "jordan.blake@acmerobotics.example"),),
    )
    body = DEMO_ICS[DEMO_ICS.index("BEGIN:VEVENT") : DEMO_ICS.index("END:VEVENT") + 10]
    world.calendar(calendar(screen, body))
    assert world.tick("2026-11-18T12:00") == 0
    assert world.tick("2026-12-03T11:00") == 0
    status = world.status("2026-12-03T11:00", capsys)
    (acme,) = status["processes"]
    waiting = [f for f in acme["followups"] if f["kind"] in ("status_check", "check_in")]
    live = [f for f in waiting if f["state"] == "planned"]
    assert [f["kind"] for f in live] == ["status_check", "check_in", "check_in"]
    assert {f["due_at"][:10] for f in live} == {"2026-12-23", "2027-01-06", "2027-01-20"}


# --------------------------------------------------------------------------- after the holidays


def test_after_the_holidays_waits_for_january_and_says_so(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    event = vevent(
        "holidays",
        "20261215T100000",
        "20261215T110000",
        "Interview - Product Designer - Globex",
        description="Thanks for your time! We'll be in touch after the holidays.",
        organizer=("Rita Moreno", "rita.moreno@globex.example"),
        attendees=(("Rita Moreno", "rita.moreno@globex.example"),),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-15T12:00") == 0
    status = world.status("2026-12-15T12:00", capsys)
    (check,) = followups(status, "status_check")
    assert check["due_at"][:10] >= "2027-01-04"  # never before the first working days of January
    assert world.tick("2026-12-29T09:30") == 0
    assert not checks(world)
    assert world.tick(check["due_at"][:16]) == 0
    (mail,) = checks(world)
    assert "You mentioned you would be in touch after the holidays" in mail.text


def test_timeline_accepts_after_the_holidays(world: DraftsWorld) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    assert world.cli("timeline", "i1", "after the holidays") == 0


# --------------------------------------------------------------------------- working days


def onsite_ending(day: str) -> str:
    return calendar(
        vevent(
            f"onsite-{day}",
            f"{day}T100000",
            f"{day}T120000",
            "Onsite interview - Backend Engineer - Acme Robotics",
            organizer=("Jordan Blake", "jordan.blake@acmerobotics.example"),
            attendees=(("Wei Chen", "wei.chen@acmerobotics.example"),),
        )
    )


@pytest.mark.parametrize(
    ("day", "due"),
    [
        ("20261204", "2026-12-28"),  # three weeks on is Christmas Day, a Friday
        ("20261211", "2027-01-04"),  # ... New Year's Day
    ],
)
def test_no_status_check_on_a_public_holiday_or_a_weekend(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str], day: str, due: str
) -> None:
    world.calendar(onsite_ending(day))
    assert world.tick(f"{day[:4]}-{day[4:6]}-{day[6:]}T13:30") == 0
    status = world.status(f"{day[:4]}-{day[4:6]}-{day[6:]}T13:30", capsys)
    (check,) = followups(status, "status_check")
    assert check["due_at"].startswith(f"{due}T09:00")
    for f in followups(status, "check_in"):
        assert not re.match(r"2026-12-2[56]|2027-01-01", f["due_at"])


def test_the_users_country_and_region_decide_the_holidays(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    # In Bavaria, 6 January (Epiphany) is a public holiday; three weeks after 16 December.
    world.configure(me={"timezone": "Europe/Berlin", "country": "DE", "subdivision": "BY"})
    event = vevent(
        "munich",
        "20261216T100000",
        "20261216T110000",
        "Interview - Backend Engineer - Acme Robotics",
        organizer=("Jordan Blake", "jordan.blake@acmerobotics.example"),
        attendees=(("Wei Chen", "wei.chen@acmerobotics.example"),),
        tz="Europe/Berlin",
    )
    world.calendar(calendar(event).replace("BEGIN:VEVENT", _BERLIN + "BEGIN:VEVENT", 1))
    assert world.tick("2026-12-16T12:30") == 0
    (check,) = followups(world.status("2026-12-16T12:30", capsys), "status_check")
    assert check["due_at"].startswith("2027-01-07T09:00")


def test_a_thank_you_keeps_its_own_clock_on_a_weekend(world: DraftsWorld) -> None:
    world.calendar(onsite_ending("20261205"))  # a Saturday
    assert world.tick("2026-12-05T13:00") == 0
    assert len(world.mails()) == 1


_BERLIN = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
"""


def test_working_days_and_after_the_holidays_rules() -> None:
    from datetime import date

    from agent.workdays import Holidays, after_holidays, next_working_day, says_after_holidays

    weekdays = frozenset(range(5))
    us = Holidays("US")
    assert next_working_day(date(2026, 12, 25), weekdays, us) == date(2026, 12, 28)
    assert next_working_day(date(2026, 12, 25), weekdays, Holidays()) == date(2026, 12, 25)
    assert next_working_day(date(2027, 1, 1), weekdays, us) == date(2027, 1, 4)
    assert after_holidays(date(2026, 12, 15), weekdays, us) == date(2027, 1, 4)
    assert after_holidays(date(2026, 6, 15), weekdays, us) is None
    for said in (
        "We'll be in touch after the holidays",
        "early in the new year",
        "after Christmas",
    ):
        assert says_after_holidays(said), said
    assert not says_after_holidays("Happy holidays!")


def test_an_agency_recruiter_who_only_signs_the_invite_gets_the_status_check(
    world: DraftsWorld,
) -> None:
    # No "on behalf of our client": the agency shows only in the sender's domain and signature.
    event = vevent(
        "via-agency",
        "20261210T130000",
        "20261210T140000",
        "Interview: Senior Data Engineer at Millrace Freight (via Pinecrest)",
        description=(
            "Hi Alex,\n\nMillrace Freight would like to meet you for the Senior Data Engineer "
            "position. You'll speak with Odile Marsh, Engineering Manager.\n\n"
            "Good luck!\nRafe Ostrander\nPinecrest Talent | Technology Recruitment"
        ),
        organizer=("Rafe Ostrander", "rafe@pinecresttalent.example"),
        attendees=(
            ("Odile Marsh", "omarsh@millracefreight.example"),
            ("Rafe Ostrander", "rafe@pinecresttalent.example"),
        ),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-10T16:00") == 0
    assert [m.to for m in world.mails()] == ["Odile Marsh <omarsh@millracefreight.example>"]
    assert world.tick("2026-12-31T09:30") == 0
    (check,) = checks(world)
    assert "rafe@pinecresttalent.example" in check.to
    assert check.text.startswith("Hi Rafe,")
    assert "Senior Data Engineer role at Millrace Freight" in check.text

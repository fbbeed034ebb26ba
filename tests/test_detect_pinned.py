"""detect(): whole detections pinned for representative events, so a speed-up cannot change one.

Each event exercises a different path: a phone screen with conferencing block and ATS guest, an
itinerary naming interviewers without addresses, an agency, German, the user as interviewer, an
ordinary meeting with an HTML Teams block, and the user's own #interview note. Whoever changes
a decision on purpose updates the expectation here, in the same commit.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.detect import clear_caches, detect
from agent.model import Attendee, Detection, Event, Me, Person

LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
ME = Me(name="Robin Seeker", email="robin.seeker@gmail.com", timezone="America/Los_Angeles")
WORK_ME = Me(name="Robin Seeker", email="robin@employer.example", timezone="America/Los_Angeles")
SELF = Attendee("robin.seeker@gmail.com", "Robin Seeker", "accepted", is_self=True)
WORK_SELF = Attendee("robin@employer.example", "Robin Seeker", "accepted", is_self=True)

DANA = Attendee("dana.whitfield@acmerobotics.example", "Dana Whitfield", "accepted")
PRIYA = Attendee("priya.raman@acmerobotics.example", "Priya Raman", "accepted")
OLA = Attendee("ola.nordmann@hooli.example", "Ola Nordmann", "accepted")
SAM = Attendee("sam@talentbridge.example", "Sam Okafor (TalentBridge)", "accepted")
KATRIN = Attendee("k.vogel@lamnahealth.example", "Katrin Vogel", "accepted")
MARIA = Attendee("maria.lopez@employer.example", "Maria Lopez", "accepted")

MEET = (
    "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\n"
    "Or dial: (US) +1 650-555-0143 PIN: 482 193 007#\n\n"
    "Please do not edit this section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)
ZOOM = (
    "\n\nDana Whitfield is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
    "https://us02web.zoom.us/j/81234567890?pwd=abc\n\nMeeting ID: 812 3456 7890\n"
    "Find your local number: https://us02web.zoom.us/u/kb1"
)
TEAMS = (
    "<p>Agenda below.</p><br>________________________________________________________________<br>"
    "<b>Microsoft Teams meeting</b><br>Join on your computer<br>Meeting ID: 123<br>"
    "________________________________________________________________"
)


def _event(
    summary: str,
    description: str,
    organizer: Attendee | None,
    attendees: tuple[Attendee, ...],
    zone: ZoneInfo = LA,
    html: bool = False,
) -> Event:
    return Event(
        uid="pinned",
        start_at=datetime(2026, 6, 3, 10, 0, tzinfo=zone),
        end_at=datetime(2026, 6, 3, 11, 0, tzinfo=zone),
        tz=str(zone),
        summary=summary,
        description=description,
        organizer=organizer,
        attendees=attendees,
        html_description=html,
    )


def _person(attendee: Attendee) -> Person:
    return Person(attendee.name, attendee.email)


CASES: dict[str, tuple[Event, Me, Detection]] = {
    "phone screen with a stated timetable": (
        _event(
            "Acme Robotics: Technical Phone Screen with Priya Raman",
            "Hi Robin,\n\nThanks for making time to talk with us about the Senior Backend Engineer "
            "opening. Priya Raman (Staff Engineer, Fleet Platform) will spend about 45 minutes on "
            "a coding problem. We'll get back to you within 5 business days.\n\n"
            "Dana Whitfield\nRecruiting Coordinator, Acme Robotics" + MEET,
            DANA,
            (SELF, PRIYA, DANA, Attendee("schedule@ghcalendar.io", None, "accepted")),
        ),
        ME,
        Detection(
            is_interview=True,
            reasons=(
                "title says 'phone screen'",
                "title says 'technical'",
                "external participants at acmerobotics.example",
                "scheduler/ATS ghcalendar.io in the invite",
            ),
            company="Acme Robotics",
            company_domain="acmerobotics.example",
            position="Senior Backend Engineer",
            interviewers=(
                Person("Priya Raman", PRIYA.email, title="Staff Engineer, Fleet Platform"),
            ),
            organizer=_person(DANA),
            timeline_text="5 business days",
            answer_date=date(2026, 6, 10),
            ats_domains=("ghcalendar.io",),
            recruiter=_person(DANA),  # she signs as the coordinator: status checks go to her
        ),
    ),
    "itinerary, interviewers known by name only": (
        _event(
            "Hooli Onsite - Robin Seeker",
            "Your onsite for Product Engineer\n\n"
            "9:30 - 10:15  Coding — Gavin Belson, VP Engineering\n"
            "10:15-11:00 | Monica Hall | Focus: product sense\n11:00 Lunch with the team\n\n"
            "You will hear from us by next Wednesday.\n\n"
            "Ola Nordmann\nRecruiting Coordinator, Hooli",
            OLA,
            (SELF, OLA),
        ),
        ME,
        Detection(
            is_interview=True,
            reasons=(
                "title names a hiring stage ('onsite')",
                "external participants at hooli.example",
                "the title names the user",
            ),
            company="Hooli",
            company_domain="hooli.example",
            interviewers=(
                Person("Gavin Belson", None, "Coding", "VP Engineering"),
                Person("Monica Hall", None, "product sense"),
            ),
            organizer=_person(OLA),
            timeline_text="next Wednesday",
            answer_date=date(2026, 6, 10),
            recruiter=_person(OLA),
        ),
    ),
    "agency call for a client": (
        _event(
            "Intro call re: Data Analyst role",
            "Chat with Sam about a confidential client's search. Feedback in a week or two." + ZOOM,
            SAM,
            (SELF, SAM),
        ),
        ME,
        Detection(
            is_interview=True,
            reasons=(
                "title says the meeting is about a job ('re: data analyst role')",
                "title names a job ('analyst')",
                "external participants at talentbridge.example",
                "organised by a recruiting calendar (Sam Okafor (TalentBridge))",
            ),
            position="Data Analyst",
            # "(TalentBridge)" after a name is the agency's, not the person's
            interviewers=(Person("Sam Okafor", SAM.email),),
            organizer=Person("Sam Okafor", SAM.email),
            timeline_text="a week or two",
            answer_date=date(2026, 6, 17),
            agency="TalentBridge",
        ),
    ),
    "German invite": (
        _event(
            "Vorstellungsgespräch Lamna Health – Data Analyst",
            "Hallo Robin,\nwir freuen uns auf das Gespräch mit Katrin Vogel.\n"
            "Wir melden uns bis Ende nächster Woche.\nViele Grüße",
            KATRIN,
            (SELF, KATRIN),
            zone=BERLIN,
        ),
        ME,
        Detection(
            is_interview=True,
            reasons=(
                "title says 'vorstellungsgesprach'",
                "title names a job ('analyst')",
                "external participants at lamnahealth.example",
            ),
            company="Lamna Health",
            company_domain="lamnahealth.example",
            position="Data Analyst",
            interviewers=(_person(KATRIN),),
            organizer=_person(KATRIN),
            timeline_text="Ende nächster Woche",
            answer_date=date(2026, 6, 12),
        ),
    ),
    "the user interviews on a work calendar": (
        _event(
            "Interview: Backend candidate (Jordan Lee)",
            "Please fill in the scorecard in Greenhouse after the session.",
            MARIA,
            (WORK_SELF, MARIA),
        ),
        WORK_ME,
        Detection(
            is_interview=False,
            reasons=("user is the interviewer: 'scorecard'",),
            organizer=_person(MARIA),
        ),
    ),
    "ordinary meeting with a Teams block": (
        _event(
            "Sprint planning",
            TEAMS,
            MARIA,
            (
                WORK_SELF,
                MARIA,
                Attendee("room-4@resource.calendar.google.com", "Room 4 (8)", resource=True),
            ),
            html=True,
        ),
        WORK_ME,
        Detection(
            is_interview=False,
            reasons=("not an interview: nothing says so",),
            organizer=_person(MARIA),
        ),
    ),
    "the user's own note decides": (
        _event(
            "Coffee with Lin",
            "#interview\nLin Zhao <lin@startup.example>\nLin: system design",
            SELF,
            (SELF,),
        ),
        ME,
        Detection(
            is_interview=True,
            reasons=("the user's notes say #interview",),
            company="Startup",
            company_domain="startup.example",
            interviewers=(Person("Lin Zhao", "lin@startup.example", "system design"),),
            user_notes="#interview\nLin Zhao <lin@startup.example>\nLin: system design",
        ),
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_pinned_detection(case: str) -> None:
    event, me, expected = CASES[case]
    assert detect(event, me) == expected


@pytest.mark.parametrize("case", list(CASES))
def test_caches_do_not_change_a_detection(case: str) -> None:
    event, me, expected = CASES[case]
    clear_caches()
    cold = detect(event, me)
    assert cold == detect(event, me) == expected  # the second one reads the caches

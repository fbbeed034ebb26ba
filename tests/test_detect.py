"""detect(): hand-written events (not from the corpus) for each rule, plus the decision reasons."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from agent.detect import detect, local_end_date
from agent.model import Attendee, Event, Me

LA = ZoneInfo("America/Los_Angeles")
ME = Me(name="Robin Seeker", email="robin.seeker@gmail.com", timezone="America/Los_Angeles")
WORK_ME = Me(name="Robin Seeker", email="robin@employer.example", timezone="America/Los_Angeles")
SELF = Attendee("robin.seeker@gmail.com", "Robin Seeker", "accepted", is_self=True)


def _event(summary: str, description: str = "", organizer: Attendee | None = None,
           attendees: tuple[Attendee, ...] = (SELF,), **kw: object) -> Event:  # fmt: skip
    return Event(
        uid="t1",
        start_at=datetime(2026, 6, 3, 10, 0, tzinfo=LA),
        end_at=datetime(2026, 6, 3, 11, 0, tzinfo=LA),
        tz="America/Los_Angeles",
        summary=summary,
        description=description,
        organizer=organizer,
        attendees=attendees,
        **kw,  # type: ignore[arg-type]
    )


def test_itinerary_names_become_name_only_interviewers_with_sessions() -> None:
    coordinator = Attendee("ola.nordmann@hooli.example", "Ola Nordmann", "accepted")
    event = _event(
        "Hooli Onsite - Robin Seeker",
        "Your onsite for Product Engineer\n\n"
        "9:30 - 10:15  Coding — Gavin Belson, VP Engineering\n"
        "10:15-11:00 | Monica Hall | Focus: product sense\n"
        "11:00 Lunch with the team\n\n"
        "Questions? Write to gavin@hooli.example.\n\nOla Nordmann\nRecruiting Coordinator, Hooli",
        organizer=coordinator,
        attendees=(SELF, coordinator),
    )
    result = detect(event, ME)
    assert result.is_interview
    people = {p.name: p for p in result.interviewers}
    assert set(people) == {"Gavin Belson", "Monica Hall"}
    assert people["Gavin Belson"].email is None  # never an address read from others' text
    assert people["Gavin Belson"].session == "Coding"
    assert people["Monica Hall"].session == "product sense"
    assert result.company == "Hooli"
    assert result.company_domain == "hooli.example"


def test_itinerary_times_in_capitals_or_with_dots_are_not_part_of_the_session() -> None:
    coordinator = Attendee("kim.lee@northwind.example", "Kim Lee", "accepted")
    event = _event(
        "Northwind onsite",
        "10:00 AM - 11:00 AM Coding - Dana Whitfield\n11.15 - 12.00 | Design | Wei Chen",
        organizer=coordinator,
        attendees=(SELF, coordinator),
    )
    people = {p.name: p.session for p in detect(event, ME).interviewers}
    assert people == {"Dana Whitfield": "Coding", "Wei Chen": "Design"}


def test_attendees_filtered_to_the_people_who_interview() -> None:
    event = _event(
        "Initrode | Technical interview",
        "With: Peter Gibbons, Samir Nagheenanajar",
        organizer=Attendee("talent@initrode.example", "Initrode Talent"),
        attendees=(
            SELF,
            Attendee("peter.gibbons@initrode.example", "Peter Gibbons", "accepted"),
            Attendee("samir.n@initrode.example", "Samir Nagheenanajar", "tentative"),
            Attendee("michael.bolton@initrode.example", "Michael Bolton", "declined"),
            Attendee("room-4b@initrode.example", "Room 4B (6)", resource=True),
            Attendee("sync@ghcalendar.io", None, "accepted"),
            Attendee("talent@initrode.example", "Initrode Talent", "accepted"),
        ),
    )
    result = detect(event, ME)
    assert result.is_interview
    assert {p.email for p in result.interviewers} == {
        "peter.gibbons@initrode.example",
        "samir.n@initrode.example",
    }
    assert result.ats_domains == ("ghcalendar.io",)
    assert result.company == "Initrode"


def test_organizer_alone_is_the_interviewer() -> None:
    host = Attendee("kim.tran@bluefinch.example", "Kim Tran", "accepted")
    event = _event("Robin Seeker and Kim Tran",
                   "Event Name: Intro Chat\n\nRe: the Data Analyst role",
                   organizer=host, attendees=(SELF, host))  # fmt: skip
    result = detect(event, ME)
    assert result.is_interview
    assert [p.email for p in result.interviewers] == ["kim.tran@bluefinch.example"]
    assert result.company == "Blue Finch"  # the domain label split into words


def test_non_interviews_say_why() -> None:
    cases = {
        "Mock interview with Sam": "mock",
        "HOLD - Acme final round": "hold",
        "Interview prep: Acme": "prep",
        "Exit interview": "exit interview",
        "Offer call with Acme": "offer call",
    }
    for summary, word in cases.items():
        result = detect(_event(summary), ME)
        assert not result.is_interview, summary
        assert word in result.reasons[0].lower(), result.reasons


def test_user_as_interviewer_on_work_calendar() -> None:
    work_self = Attendee("robin@employer.example", "Robin Seeker", "accepted", is_self=True)
    event = _event(
        "Interview: Jamie Fox (candidate)",
        "Please leave your scorecard in the ATS.",
        organizer=Attendee("recruiting@employer.example", "Employer Recruiting"),
        attendees=(work_self, Attendee("pat.lee@employer.example", "Pat Lee", "accepted")),
    )
    result = detect(event, WORK_ME)
    assert not result.is_interview
    assert "interviewer" in result.reasons[0]


def test_candidate_interview_on_work_calendar_is_kept() -> None:
    work_self = Attendee("robin@employer.example", "Robin Seeker", "accepted", is_self=True)
    peer = Attendee("lee.wong@northstar.example", "Lee Wong", "accepted")
    event = _event("Northstar - System design round", "Interview with Lee Wong.",
                   organizer=peer, attendees=(work_self, peer))  # fmt: skip
    result = detect(event, WORK_ME)
    assert result.is_interview
    assert result.company_domain == "northstar.example"


def test_user_tags_and_address_lines_in_own_event() -> None:
    mine = Attendee("robin.seeker@gmail.com", "Robin Seeker", is_self=True)
    event = _event(
        "Chat with Bob", "#interview\nBob Smith <bob.smith@initrode.example>", organizer=mine
    )
    result = detect(event, ME)
    assert result.is_interview and result.reasons == ("the user's notes say #interview",)
    assert [(p.name, p.email) for p in result.interviewers] == [
        ("Bob Smith", "bob.smith@initrode.example")
    ]
    assert result.company_domain == "initrode.example"
    assert "Bob Smith" in result.user_notes
    tagged_out = _event("Phone screen with Acme", "#not-interview (practice run)", organizer=mine)
    assert not detect(tagged_out, ME).is_interview


def test_others_text_cannot_tag_or_give_addresses() -> None:
    stranger = Attendee("eve@spam.example", "Eve")
    event = _event("Coffee", "#interview\nBob Smith <bob@x.example>", organizer=stranger,
                   attendees=(SELF, stranger))  # fmt: skip
    result = detect(event, ME)
    assert "#interview" not in " ".join(result.reasons)
    assert all(p.email != "bob@x.example" for p in result.interviewers)


def test_notes_give_sessions_and_timeline() -> None:
    dana = Attendee("dana.ives@quill.example", "Dana Ives", "accepted")
    event = _event("Quill Technical Interview", "", organizer=dana, attendees=(SELF, dana))
    result = detect(event, ME, notes="Dana: rate limiter exercise\nThey'll get back within 2 weeks")
    assert result.interviewers[0].session == "rate limiter exercise"
    assert result.answer_date == date(2026, 6, 17)
    assert result.timeline_text is not None and "2 weeks" in result.timeline_text


def test_html_and_conference_blocks_are_stripped() -> None:
    ana = Attendee("ana.costa@tailwind.example", "Ana Costa", "accepted")
    event = _event(
        "Tailwind interview",
        "<p>You will meet <b>Ana Costa</b> (Engineering Manager).</p><br>"
        "<p>Bob Jones is inviting you to a scheduled Zoom meeting.</p>",
        organizer=Attendee("jobs@tailwind.example", "Tailwind Jobs"),
        attendees=(SELF, ana),
        html_description=True,
    )
    result = detect(event, ME)
    assert [p.name for p in result.interviewers] == ["Ana Costa"]


def test_german_invite_and_timeline() -> None:
    lena = Attendee("lena.roth@brauhaus-it.example", "Lena Roth", "accepted")
    event = _event("Vorstellungsgespräch – Data Engineer (m/w/d)",
                   "Wir melden uns innerhalb von zwei Wochen.",
                   organizer=lena, attendees=(SELF, lena))  # fmt: skip
    result = detect(event, ME)
    assert result.is_interview
    assert result.answer_date == date(2026, 6, 17)
    assert result.company == "Brauhaus It" or result.company_domain == "brauhaus-it.example"


def test_agency_screen_has_no_company_but_names_the_agency() -> None:
    agent = Attendee("jo@hirewell-partners.example", "Jo Park", "accepted")
    event = _event("Intro call: Robin / Hirewell",
                   "Screening call for a Staff Engineer role with our client (a fintech).",
                   organizer=agent, attendees=(SELF, agent))  # fmt: skip
    result = detect(event, ME)
    assert result.is_interview
    assert result.company is None and result.company_domain is None
    assert result.agency is not None and "Hirewell" in result.agency


def test_cancelled_interview_is_still_an_interview() -> None:
    event = _event("Canceled: Interview with Acme", status="cancelled")
    assert detect(event, ME).is_interview


def test_all_day_event_ends_the_day_before_its_exclusive_end() -> None:
    event = Event(
        uid="a", start_at=datetime(2026, 6, 3, tzinfo=LA), end_at=datetime(2026, 6, 4, tzinfo=LA),
        tz="America/Los_Angeles", summary="Acme onsite interview", all_day=True,
    )  # fmt: skip
    assert local_end_date(event) == date(2026, 6, 3)


def _company_of(summary: str, domain: str, description: str = "") -> str | None:
    person = Attendee(f"sam.lee@{domain}", "Sam Lee", "accepted")
    event = _event(summary, description, organizer=person, attendees=(SELF, person))
    result = detect(event, ME)
    assert result.is_interview
    return result.company


def test_a_known_company_goes_by_its_own_name_when_the_invite_says_no_more_than_its_domain() -> (
    None
):
    # the invite names the company only as its domain does: the name it is known by says more
    assert _company_of("Interview: Data Engineer", "ibm.com") == "IBM"
    assert _company_of("Ibm phone screen", "ibm.com") == "IBM"
    assert _company_of("Phone screen", "gs.com") == "Goldman Sachs"
    # a company the list does not know keeps the name read from its domain
    assert _company_of("Phone screen", "quarrylantern.com") == "Quarry Lantern"
    # an invite that names the company more fully keeps its own words
    assert _company_of("Quarry Lantern Roasters | Phone screen", "quarrylantern.com") == (
        "Quarry Lantern Roasters"
    )
    # a bare surname is no known company (wayne.edu is a university)
    assert _company_of("Phone screen", "wayne.edu") == "Wayne"


def test_a_known_company_named_in_the_title_of_an_invite_without_a_company_domain() -> None:
    event = _event("Phone screen - Ibm", organizer=None)
    assert detect(event, ME).company == "IBM"


def test_a_name_read_from_a_domain_keeps_its_legal_form_apart() -> None:
    from agent.domains import company_from_domain

    assert company_from_domain("hr@acmeltd.com") == "Acme Ltd"
    assert company_from_domain("harborlightinc.com") == "Harbor Light Inc"
    assert company_from_domain("acme-gmbh.de") == "Acme GmbH"
    # a word that merely ends like a legal form stays whole
    assert company_from_domain("zinc.com") == "Zinc"

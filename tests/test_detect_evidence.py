"""detect(): each fact about how invitations are written, with events written for it here (none
from the corpora). Three answers: an interview, not one, or unsure (mixed evidence)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent import lexicon
from agent.detect import detect
from agent.model import Attendee, Detection, Event, Me

ZONE = ZoneInfo("Europe/Berlin")
ME = Me(name="Robin Seeker", email="robin.seeker@gmail.com", timezone="Europe/Berlin")
# At work: the employer's address, beside the personal one the user also gave.
WORK_ME = Me(
    name="Robin Seeker",
    email="robin@harbourline.example",
    aliases=("robin.seeker@gmail.com",),
    timezone="Europe/Berlin",
)
SELF = Attendee("robin.seeker@gmail.com", "Robin Seeker", "accepted", is_self=True)
WORK_SELF = Attendee("robin@harbourline.example", "Robin Seeker", "accepted", is_self=True)
COLLEAGUE = Attendee("mika.lund@harbourline.example", "Mika Lund", "accepted")


def person(name: str, domain: str) -> Attendee:
    local = name.lower().replace(" ", ".")
    return Attendee(f"{local}@{domain}", name, "accepted")


def decide(
    title: str,
    body: str = "",
    organizer: Attendee | None = None,
    others: tuple[Attendee, ...] = (),
    me: Me = ME,
    **kw: object,
) -> Detection:
    """Detect an event; no organizer means the user typed it on their own calendar."""
    mine = WORK_SELF if me is WORK_ME else SELF
    event = Event(
        uid="evidence",
        start_at=datetime(2026, 9, 8, 10, 0, tzinfo=ZONE),
        end_at=datetime(2026, 9, 8, 11, 0, tzinfo=ZONE),
        tz="Europe/Berlin",
        summary=title,
        description=body,
        organizer=organizer or mine,
        attendees=(mine, *others),
        **kw,  # type: ignore[arg-type]
    )
    return detect(event, me)


def verdict(d: Detection) -> str:
    return "interview" if d.is_interview else "unsure" if d.unsure else "not"


DANA = person("Dana Holt", "brightwave.example")
TALENT = Attendee("talent@brightwave.example", "Brightwave Talent")


# --------------------------------------------------------------------------- interviews


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Night Auditor – Harbour Hotel",
        "Vorstellungsgespräch – Kinderpfleger (m/w/d) – Kita Sonnenschein",
        "Entretien d'embauche – Vendeuse – Maison Lune",
        "Sollicitatiegesprek – Verpleegkundige",
        "Entrevista – Técnico de mantenimiento",
        "Entrevista – Enfermeira – Hospital São Lucas",
        "Colloquio di lavoro – Cameriere – Trattoria Al Ponte",
        "Interviewtermin Brennwald – Sachbearbeitung",
        "Vorstellungstermin bei Kornfeld",
        "Flight Attendant Interview – Skyline Air",
        "Interview – Family Support Worker – Northgate Council",
        "Interview – Travel Nurse – Riverside Clinic",
    ],
)
def test_a_title_that_names_a_job_interview_is_one_whatever_place_or_job_it_names(
    title: str,
) -> None:
    assert verdict(decide(title, organizer=DANA, others=(DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Trial shift – The Anchor",
        "Working interview – Smile Dental",
        "Probetag Bäckerei Kornfeld",
        "Journée d'essai – Boulangerie Vidal",
        "Proefdag Bakkerij de Molen",
        "Día de prueba – Cafetería Sol",
        "Dia de experiência – Padaria Aurora",
        "Giornata di prova – Pasticceria Dolce",
        "Hospitation – Grundschule am Weiher",
        "Turno de prueba – Bar Almendro",
        "Turno di prova – Osteria del Ponte",
    ],
)
def test_a_work_trial_day_is_an_interview(title: str) -> None:
    assert verdict(decide(title, organizer=DANA, others=(DANA,))) == "interview"
    assert verdict(decide(title)) == "interview"  # typed by the user


@pytest.mark.parametrize(
    "title",
    [
        "2nd round – Brightwave",
        "Brightwave second round (Dana)",
        "Final round Brightwave",
        "Brightwave 2nd interview",
        "Zweites Gespräch Brennwald",
        "Deuxième entretien Vautrin",
        "Tweede gesprek Polderwerk",
        "Segunda entrevista – Sol",
        "Secondo colloquio Rossi",
        "Eerste gesprek Polderwerk",
        "2e gesprek Polderwerk",
        "Sol – 2ª fase",
        "Rossi – seconda fase",
    ],
)
def test_a_terse_event_the_user_typed_about_a_later_round_is_an_interview(title: str) -> None:
    assert verdict(decide(title)) == "interview"


def test_a_booking_page_names_the_meeting_in_its_event_name() -> None:
    body = "Event Name: 30 Minute Recruiter Screen\n\nPowered by Calendly.com"
    assert verdict(decide("Robin Seeker and Dana Holt", body, DANA, (DANA,))) == "interview"


def test_a_company_writing_of_the_users_application_for_a_job_is_about_hiring() -> None:
    for body in (
        "Following your application for the Data Analyst position.",
        "Vielen Dank für Ihre Bewerbung als Sachbearbeiter.",
        "Merci pour votre candidature au poste de technicien.",
        "Gracias por tu candidatura al puesto de analista.",
    ):
        assert verdict(decide("Chat with Dana (Brightwave)", body, DANA, (DANA,))) == "interview"
    # an application for a loan or a permit is no job's
    body = "We will go through your application for the mortgage."
    assert verdict(decide("Meeting with Dana", body, DANA, (DANA,))) == "not"


def test_a_recruiting_calendar_with_company_people_is_enough() -> None:
    d = decide("Coffee with the team", "Informal time with a few of us.", TALENT, (DANA,))
    assert verdict(d) == "interview"
    assert any("recruiting" in r for r in d.reasons)


def test_a_one_to_one_titled_with_names_and_a_job_in_the_text_is_an_interview() -> None:
    body = "Looking forward to talking about the Data Analyst position."
    assert verdict(decide("Robin / Dana", body, DANA, (DANA,))) == "interview"


def test_an_interview_on_the_work_calendar_from_another_company_is_kept() -> None:
    d = decide("Brightwave – Technical interview", "", TALENT, (DANA,), me=WORK_ME)
    assert verdict(d) == "interview"


def test_hotel_flight_or_kids_in_a_title_that_reads_as_an_interview_do_not_veto_it() -> None:
    for title in (
        "Interview Brightwave (kids at grandma's after)",
        "Interview – Reception – Hotel Meridian",
        "Probearbeiten Rezeption – Hotel Alpenblick",
        "Brightwave interview – book flight home after",
    ):
        assert verdict(decide(title, organizer=DANA, others=(DANA,))) == "interview", title


def test_a_hiring_stage_word_from_someone_at_a_company_outside_work_is_an_interview() -> None:
    for title in ("Technical chat with Dana", "Panel with Dana", "Whiteboard session – Brightwave"):
        assert verdict(decide(title, organizer=DANA, others=(DANA,))) == "interview", title


def test_at_work_the_same_words_are_everyday_meetings() -> None:
    customer = person("Lee Park", "contoso.example")
    for title in (
        "Technical deep dive – Contoso",
        "Panel prep with Contoso",
        "Architecture review",
    ):
        d = decide(title, organizer=customer, others=(customer, COLLEAGUE), me=WORK_ME)
        assert verdict(d) == "not", (title, d.reasons)


def test_an_interview_the_user_sets_up_at_work_is_their_work() -> None:
    customer = person("Lee Park", "contoso.example")
    d = decide("Interview Kundenprojekt – Anforderungen", "", None, (customer,), me=WORK_ME)
    assert verdict(d) == "not" and "work calendar" in d.reasons[0]


def test_a_personal_address_on_a_domain_of_ones_own_is_no_employer() -> None:
    own = Me(name="Robin Seeker", email="robin@seeker.example", timezone="Europe/Berlin")
    mine = Attendee("robin@seeker.example", "Robin Seeker", "accepted", is_self=True)
    event = Event(
        uid="own-domain",
        start_at=datetime(2026, 9, 8, 10, 0, tzinfo=ZONE),
        end_at=datetime(2026, 9, 8, 11, 0, tzinfo=ZONE),
        tz="Europe/Berlin",
        summary="Phone screen – Brightwave",
        attendees=(mine,),
    )
    assert detect(event, own).is_interview


def test_an_invite_from_another_companys_recruiting_sent_to_the_work_address_is_kept() -> None:
    d = decide("Interview – Data Engineer", "Thanks for applying.", TALENT, (), me=WORK_ME)
    assert verdict(d) == "interview"


def test_a_title_that_names_only_the_medium_leaves_it_to_the_text() -> None:
    body = "Hi Robin, this is your interview for the Data Analyst role with Dana Holt."
    for title in ("Microsoft Teams Meeting", "Zoom", "Robin Seeker and Dana Holt", "Termin"):
        assert verdict(decide(title, body, DANA, (DANA,))) == "interview", title
    assert verdict(decide("Microsoft Teams Meeting", "Agenda: Q3 figures", DANA, (DANA,))) == "not"


# --------------------------------------------------------------------------- not as candidate


@pytest.mark.parametrize(
    ("title", "body", "organizer"),
    [
        ("Round 4 – Harbour Hawks vs Eastside Rovers", "Kick-off 10:00, bring your boots.",
         Attendee("fixtures@hawksfc.example", "Hawks FC")),
        ("Pub quiz – final round", "", None),
        ("Final round – Northside Tennis Club", "", person("Lee Park", "northsidetennis.example")),
        ("Chess league – round 3", "", None),
        ("Spieltag 5 – SV Lindenau gegen TSV Weil", "", None),
        ("Torneo de pádel – 2ª ronda", "", None),
        ("Campionato – seconda fase", "", None),
    ],
)  # fmt: skip
def test_sports_fixtures_and_quiz_rounds_are_not_interviews(
    title: str, body: str, organizer: Attendee | None
) -> None:
    others = (organizer,) if organizer else ()
    assert verdict(decide(title, body, organizer, others)) == "not"


@pytest.mark.parametrize(
    ("title", "organizer"),
    [
        ("Podcast interview – The Hiring Hour", None),
        ("Interview with the Daily Courier – local heroes", None),
        ("Interview für die Stadtzeitung", None),
        ("Entrevista para la revista Mercado", None),
        ("Interview", Attendee("redaktion@stadtblatt.example", "Stadtblatt Redaktion")),
    ],
)
def test_press_and_podcast_interviews_are_not_job_interviews(
    title: str, organizer: Attendee | None
) -> None:
    body = "We'd love to interview you for our readers; a photographer joins at 3."
    others = (organizer,) if organizer else ()
    assert verdict(decide(title, body, organizer, others)) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Mock interview with Sam",
        "Interview practice – STAR answers",
        "Probeinterview mit Bewerbungscoach",
        "Entretien blanc – Pôle emploi",
        "Simulacro de entrevista",
        "Oefengesprek sollicitatie",
        "Career coaching – session 2",
        "Interview coaching (45 min)",
    ],
)
def test_mock_and_coaching_sessions_are_not_interviews(title: str) -> None:
    coach = person("Jordan Reyes", "brightpathcoaching.example")
    assert verdict(decide(title, organizer=coach, others=(coach,))) == "not"


def test_coaching_booked_through_a_scheduling_link_is_not_an_interview() -> None:
    coach = person("Jordan Reyes", "brightpath.example")
    body = "Event Name: Career Strategy Session\n\nPowered by Calendly.com"
    assert verdict(decide("Robin Seeker and Jordan Reyes", body, coach, (coach,))) == "not"
    for body in (
        "Event Name: LinkedIn Profile Review\nPowered by Calendly.com",
        "Event Name: Bewerbungscheck\nPowered by Calendly.com",
        # the booking link names the event type where no "Event Name" line does
        "Booked via https://calendly.com/jordan-reyes/career-coaching",
        "Booked: https://calendly.com/brightpath/mock-interview-60min",
    ):
        d = decide("Robin Seeker and Jordan Reyes", body, coach, (coach,))
        assert verdict(d) == "not", (body, d.reasons)


def test_a_booking_links_event_type_reads_as_the_title() -> None:
    body = "Pick a time: https://calendly.com/brightwave-talent/recruiter-screen"
    assert verdict(decide("Robin Seeker and Dana Holt", body, DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Interview: Sam Lee – Product Designer", "Please leave your feedback in the ATS."),
        ("Debrief – backend loop", ""),
        ("Panel – Staff Nurse candidates (Ward 5)", "Three candidates, 40 minutes each."),
        ("Interviews: Registrar post", "Score each candidate on the sheet."),
        ("Vorstellungsgespräch Kandidatin Lea M.", ""),
        ("Entretien – candidat stage marketing", ""),
    ],
)
def test_interviews_at_the_users_own_job_are_not_theirs(title: str, body: str) -> None:
    candidate = person("Sam Lee", "gmail.com")
    d = decide(title, body, COLLEAGUE, (COLLEAGUE, candidate), me=WORK_ME)
    assert verdict(d) == "not"
    mine = decide(title, body, None, (candidate,), me=WORK_ME)  # the user organises it
    assert verdict(mine) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Dentist", ""),
        ("Dr. Patel – annual physical", ""),
        ("Consultation – Dermatology", "Follow-up consultation, 20 min."),
        ("Physio", ""),
        ("Arzttermin", ""),
        ("Parent-teacher conference", ""),
        ("Colloquio con l'insegnante di Marco", ""),
        ("Elternsprechtag", ""),
    ],
)
def test_medical_and_school_appointments_are_not_interviews(title: str, body: str) -> None:
    assert verdict(decide(title, body)) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Webinar: How we hire at Brightwave",
        "Brightwave careers info session",
        "Career fair – Hall 2 (on-the-spot interviews!)",
        "Brightwave product demo",
        "Customer visit – Brightwave onsite",
        "User interview – checkout flow ($50 voucher)",
        "Exit interview",
        "Stay interview with HR",
        "Admissions interview – MSc Data Science",
        "Visa interview – consulate",
        "HOLD – Brightwave onsite",
        "Interview room 3B reserved",
        "Offer call – Brightwave",
        "Nanny interview – Sophie",
        "Drive Sam to his interview",
        "Flight to Munich for Brightwave onsite",
        "Hotel: Brightwave onsite trip",
        "Send thank-you notes to Brightwave panel",
        "Reisekosten Vorstellungsgespräch einreichen",
    ],
)
def test_other_kinds_of_event_are_recognised_by_their_own_evidence(title: str) -> None:
    d = decide(title, organizer=DANA, others=(DANA,))
    assert verdict(d) == "not", d.reasons
    assert verdict(decide(title)) == "not"  # typed by the user


def test_an_interview_the_user_set_up_and_invited_someone_to_by_name_is_theirs_to_hold() -> None:
    applicant = person("Jordan Lee", "gmail.com")
    d = decide("Interview: Jordan Lee (barista)", "", None, (applicant,))
    assert verdict(d) == "not" and "invited Jordan Lee" in d.reasons[0]
    partner = person("Kim Seeker", "gmail.com")  # told of the user's own interview
    assert verdict(decide("Interview at Brightwave", "", None, (partner,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Entrevista con la maestra de Lucía",
        "Gespräch mit der Klassenlehrerin",
        "Rendez-vous avec la maîtresse",
        "Brightwave product walkthrough",
        "Entrevista médica – revisión anual",
        "Infoabend Ausbildung 2027",
        "Gehaltsverhandlung Brightwave",
        "Llevar a mamá a su entrevista",
        "Visit to the customer – Brightwave plant",
        "Debrief after the Brightwave interview",
    ],
)
def test_more_kinds_of_event_in_each_language(title: str) -> None:
    d = decide(title, organizer=DANA, others=(DANA,))
    assert verdict(d) == "not", d.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Leadership networking breakfast – Brightwave Bank",
        "Brightwave summer reception",
        "Technical support session – Brightwave Broadband",
        "Screen share with Brightwave support",
        "Home assessment – Brightwave Insurance",
        "Coding classes – Brightwave Academy",
        "Presentation: product launch event",
    ],
)
def test_a_companys_own_events_and_services_are_not_interviews(title: str) -> None:
    d = decide(title, organizer=DANA, others=(DANA,))
    assert verdict(d) == "not", d.reasons


def test_a_room_reservation_block_on_the_work_calendar_is_not_an_interview() -> None:
    room = Attendee("room-3b@harbourline.example", "Room 3B (6)", resource=True)
    d = decide("Interview room – 3B", "Reserved for the afternoon panel.", None, (room,),
               me=WORK_ME)  # fmt: skip
    assert verdict(d) == "not"


def test_the_invitation_saying_it_is_not_part_of_selection_decides() -> None:
    body = "This casual chat is not part of our selection process; ask us anything."
    assert verdict(decide("Casual interview – Brightwave", body, TALENT, (DANA,))) == "not"


def test_a_later_round_the_user_typed_in_shorthand_is_an_interview() -> None:
    for title in ("2nd rd - Quillmere", "Final rnd – Brantholm Tiles", "3rd round – Quillmere"):
        assert verdict(decide(title, "ask about the rota")) == "interview", title


def test_an_academic_chalk_talk_to_a_search_committee_is_an_interview() -> None:
    chair = person("Ysolde Vessant", "fernhill-institute.example")
    member = person("Ines Drummack", "fernhill-institute.example")
    body = "Chalk talk for the faculty search; whiteboard only, then questions from the committee."
    d = decide("Chalk talk – Robin Seeker", body, chair, (chair, member))
    assert verdict(d) == "interview"


def test_a_small_employer_writing_from_free_mail_about_a_job_is_interviewing() -> None:
    owner = Attendee("kit.arden.bakes@gmail.com", "Kit Arden", "accepted")
    body = "Let's have a relaxed interview over coffee about the weekend baker job. Kit"
    assert verdict(decide("Coffee re the baker job", body, owner, (owner,))) == "interview"
    # a friend's lunch that asks how an interview went names no job: not one
    friend = Attendee("sam.tolliver@gmail.com", "Sam Tolliver", "accepted")
    assert verdict(decide("Lunch", "How did the interview go?", friend, (friend,))) == "not"


def test_a_booking_page_that_asks_which_post_the_user_applies_for_is_a_screen() -> None:
    owner = Attendee("copperpot.deli@gmail.com", "Kit Arden", "accepted")
    body = (
        "Event Name: 20 Minute Call\n\nQuestions:\nWhich position are you applying for?\n"
        "Line cook\n\nReschedule: https://calendly.com/reschedulings/x1\nPowered by Calendly.com"
    )
    d = decide("20 Minute Call between Kit Arden and Robin Seeker", body, owner, (owner,))
    assert verdict(d) == "interview"


def test_a_reporters_request_for_comment_is_no_job_interview() -> None:
    reporter = person("Lena Marsh", "eastbarrow-daily.example")
    for body in (
        "Lena would like a short phone interview for a story on housing costs.",
        "Quick call, quotes on the record.",
        "Wir möchten Sie für einen Artikel über Mieten interviewen.",
    ):
        d = decide("Interview with Eastbarrow Daily – rents", body, reporter, (reporter,))
        assert verdict(d) == "not", body


@pytest.mark.parametrize(
    "title",
    [
        "Entretien baby-sitter – Ximena",
        "Gespräch mit der Haushaltshilfe",
        "Entrevista niñera – Ximena",
        "Kennismaking oppas",
    ],
)
def test_the_user_interviewing_household_help_in_any_word_order_is_not_theirs(
    title: str,
) -> None:
    assert verdict(decide(title, "Fragen: Zeiten, Referenzen")) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview for the work visa",
        "Entretien pour le visa étudiant",
        "Entrevista no consulado – levar passaporte",
        "Colloquio per il permesso di soggiorno",
    ],
)
def test_visa_and_consular_interviews_are_not_job_interviews(title: str) -> None:
    assert verdict(decide(title, "Bring the passport and the fee receipt.")) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Vorbereitung – Vorstellungsgespräch Orvik Bau",
        "Préparation : entretien final",
        "Preparación: entrevista técnica",
        "Voorbereiding sollicitatiegesprek",
    ],
)
def test_the_users_preparation_block_for_an_interview_is_not_one(title: str) -> None:
    assert verdict(decide(title, "STAR examples, questions to ask")) == "not"


def test_a_companys_hold_that_says_it_is_not_an_invitation_is_not_an_interview() -> None:
    hr = Attendee("rh@brightwave.example", "RH Brightwave")
    for body in (
        "Esto no es una invitación: recibirás otra con los detalles.",
        "This is not an invitation; a separate invite follows if confirmed.",
    ):
        d = decide("HOLD – entrevista final (por confirmar)", body, hr, (hr,))
        assert verdict(d) == "not", body


@pytest.mark.parametrize(
    "title",
    [
        "Graduate webinar – meet the recruiters",
        "Jobmesse Ulm – Vorstellungsgespräche vor Ort",
        "Open day – interviews on the day",
        "Job club – interview skills",
        "Interview techniques workshop",
    ],
)
def test_events_for_many_applicants_are_not_interviews_even_offering_some(title: str) -> None:
    body = "Bring your CV; recruiters may interview on the spot for open roles."
    assert verdict(decide(title, body, TALENT, (TALENT,))) == "not"
    assert verdict(decide(title, body)) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Pre-employment ID check – Brightwave",
        "Right to work check",
        "Einstellungsuntersuchung Brightwave",
        "Exame admissional",
    ],
)
def test_checks_before_a_start_are_onboarding_not_interviews(title: str) -> None:
    body = "Bring your passport and two proofs of address. Takes about 20 minutes."
    assert verdict(decide(title, body, TALENT, (TALENT,))) == "not"


@pytest.mark.parametrize(
    "title",
    ["phone scrn - Brantholm", "Intvw Brantholm", "int w/ Brantholm 2pm", "Brantholm round two"],
)
def test_interviews_the_user_typed_in_shorthand_are_interviews(title: str) -> None:
    assert verdict(decide(title)) == "interview"


def test_a_company_person_thanking_the_user_for_applying_is_about_hiring() -> None:
    for body in (
        "Thanks for applying! We'd like to learn more about your background.",
        "Looking forward to speaking about the Night Auditor role.",
    ):
        assert verdict(decide("Chat with Dana", body, DANA, (DANA,))) == "interview", body


def test_a_welcome_lunch_survey_or_practice_test_is_no_interview() -> None:
    assert verdict(decide("Brightwave – welcome lunch", "", TALENT, (TALENT, DANA))) == "not"
    d = decide("Assessment centre – practice test", "", TALENT, (TALENT,))
    assert verdict(d) == "not"
    assert verdict(decide("Candidate survey call", "", TALENT, (TALENT,))) != "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Rozmowa kwalifikacyjna – Brightwave",
        "Anställningsintervju – Brightwave",
        "Jobbintervju – Brightwave",
        "Työhaastattelu – Brightwave",
        "Pohovor – Brightwave",
    ],
)
def test_a_job_interview_in_a_neighbouring_language_is_one(title: str) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "body",
    [
        "Wir möchten mit Ihnen über die Stelle als Disponent sprechen.",
        "Nous souhaitons échanger avec vous au poste de technicien.",
        "Queremos hablar contigo sobre el puesto de analista.",
        "Gostaríamos de conversar sobre a vaga de analista.",
        "Vorremmo parlarti per la posizione di analista.",
        "We willen je graag spreken voor de functie van planner.",
    ],
)
def test_a_company_naming_the_post_it_meets_the_user_about_is_hiring(body: str) -> None:
    assert verdict(decide("Gespräch", body, DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Betriebsärztliche Untersuchung",
        "Firma del contrato",
        "Assinatura do contrato",
        "Contract ondertekenen",
        "Erster Arbeitstag",
        "Journée d'intégration",
        "Infoavond traineeship",
    ],
)
def test_onboarding_and_information_evenings_in_each_language_are_not_interviews(
    title: str,
) -> None:
    hr = Attendee("hr@brightwave.example", "HR Brightwave")
    assert verdict(decide(f"{title} – Brightwave", "", hr, (hr,))) == "not"


def test_a_relatives_interview_or_a_radio_interview_is_not_the_users() -> None:
    for title in ("Vorstellungsgespräch meiner Tochter", "Entretien d'embauche de mon fils"):
        assert verdict(decide(title)) == "not", title
    assert verdict(decide("Interview mit dem Lokalradio", "", DANA, (DANA,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Police interview – witness statement",
        "Interview under caution",
        "Universal Credit interview",
        "Passport identity interview",
        "Mortgage interview – Brightwave Building Society",
        "Tenancy interview – housing association",
        "Sixth form interview – Leo",
        "Interview with Dana for my dissertation",
    ],
)
def test_the_state_a_lender_a_landlord_or_a_school_interviewing_is_no_job_interview(
    title: str,
) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"
    assert verdict(decide(title)) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview clothes shopping",
        "Pick up suit for interview",
        "Book train for Brightwave interview",
    ],
)
def test_errands_around_an_interview_are_to_dos(title: str) -> None:
    assert verdict(decide(title)) == "not"


def test_a_small_employer_answering_the_users_cv_from_free_mail_is_interviewing() -> None:
    owner = Attendee("copperpot.deli@gmail.com", "Kit Arden", "accepted")
    for title, body in (
        ("Phone call with Kit (Copperpot Deli)", "Re: your CV for the counter assistant job"),
        ("Meet Kit – Copperpot Deli", "Come in for a chat about the kitchen porter position."),
    ):
        assert verdict(decide(title, body, owner, (owner,))) == "interview", title


def test_an_observed_lesson_for_a_teaching_post_is_an_interview() -> None:
    head = person("Ysolde Vessant", "brightwave-primary.example")
    assert verdict(decide("Observation lesson – Year 4", "", head, (head,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Kennenlerngespräch Kita Sonnenblume",
        "Erstgespräch Steuerberater",
        "Kennismakingsgesprek basisschool",
        "Entretien avec le notaire",
        "Colloquio in banca – mutuo",
        "Entretien pour le logement social",
    ],
)
def test_a_first_meeting_with_a_school_a_bank_or_an_adviser_is_no_interview(title: str) -> None:
    adviser = person("Ysolde Vessant", "brightwave.example")
    assert verdict(decide(title, "", adviser, (adviser,))) == "not"
    assert verdict(decide(title)) == "not"


def test_a_bank_or_a_school_named_beside_a_job_or_an_interview_is_the_employer() -> None:
    for title in (
        "Interview – Brightwave Bank",
        "Entretien – Conseiller clientèle – Banque Ardent",
    ):
        assert verdict(decide(title, "", TALENT, (TALENT, DANA))) == "interview", title


TAMSIN = person("Tamsin Roe", "quillmore.example")


@pytest.mark.parametrize(
    "title",
    [
        "Call w/ Tamsin (Quillmore) re Account Manager",
        "Chat with Tom about the Sales Lead role",
        "Coffee w/ Jo re Product Lead - Quillmore",
        "Llamada con Lucía (Quillmore) sobre puesto de Analista",
        "Gespräch mit Frau Brandt wg. Stelle Buchhalter",
    ],
)
def test_a_call_the_user_typed_about_a_named_post_is_an_interview(title: str) -> None:
    assert verdict(decide(title)) == "interview", title


@pytest.mark.parametrize(
    "title",
    [
        "Call w/ mum re teacher",
        "Gift for new manager",
        "Call w/ accountant re taxes",
        "Lunch w/ old manager",
        "Call w/ plumber re boiler",
    ],
)
def test_a_person_by_their_trade_or_a_gift_for_one_is_no_post(title: str) -> None:
    assert verdict(decide(title)) == "not", title


@pytest.mark.parametrize(
    "title",
    [
        "Final - Head of Data @ Quillmore",
        "finale w/ DG + DRH",
        "final c/ gerente de TI",
        "Quillmore – final w/ CEO",
        "Endrunde Quillmore mit GF",
        "Letztes Gespräch Quillmore – Teamleiter",
        "Quillmore - case presentation",
    ],
)
def test_a_final_round_the_user_typed_beside_a_post_or_its_panel_is_an_interview(
    title: str,
) -> None:
    assert verdict(decide(title)) == "interview", title


@pytest.mark.parametrize(
    "title",
    [
        "Final - World Cup",
        "Final exam - Statistics",
        "Final fitting w/ tailor",
        "Cup final w/ Dad",
        "Finale Champions League",
    ],
)
def test_a_final_without_a_post_or_a_panel_is_a_match_or_an_exam(title: str) -> None:
    assert verdict(decide(title)) == "not", title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Microsoft Teams Meeting", "Looking forward to our conversation about the Data Analyst "
         "position."),
        ("Chat with Tamsin", "Looking forward to chatting about your background and the Head "
         "of Ops opening."),
        ("Google Meet", "We'll talk through the open Store Supervisor role and your background."),
        ("Teams-Besprechung", "Ich freue mich auf unser Gespräch über die Stelle als Köchin."),
        ("Réunion Teams", "Au plaisir d'échanger sur le poste de chargée de communication."),
        ("Reunión", "Me encantaría hablar sobre el puesto de analista contigo."),
        ("Videochamada", "Vamos conversar sobre a vaga de analista de dados."),
    ],
)  # fmt: skip
def test_a_company_person_writing_of_a_talk_about_a_post_is_interviewing(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body, TAMSIN, (TAMSIN,))) == "interview", title


@pytest.mark.parametrize(
    "body",
    [
        "Agenda: renewal of your subscription and usage review.",
        "Let's talk about the role of data in your marketing strategy.",
        "Demo of our platform for your team.",
        "Catching up about the store opening next month.",
        "Quick call to discuss your account and the new pricing.",
    ],
)
def test_a_company_person_writing_of_business_is_no_interview(body: str) -> None:
    assert verdict(decide("Zoom meeting", body, TAMSIN, (TAMSIN,))) != "interview", body


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("HireVue: Account Manager", "Complete your on-demand video interview by Friday."),
        ("Quillmore – Buchhalter (m/w/d)", "Videointerview über Link"),
        ("Analista de datos - Quillmore", "entrevista por video, enlace en el correo"),
        ("Night Nurse - Quillmore Care", "interview at ward 5"),
        ("Spark Hire – Quillmore", "record your answers"),
    ],
)
def test_the_users_own_event_named_for_a_post_whose_notes_say_interview_is_one(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body)) == "interview", title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Account Manager sync", "prep interview questions"),
        ("Teacher conference", "interview prep for the school"),
        ("Call w/ new manager", "interview for podcast"),
    ],
)
def test_the_users_own_event_beside_a_mock_or_press_interview_is_not_one(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body)) == "not", title


@pytest.mark.parametrize(
    "title",
    [
        "Zoom: Robin Seeker <> Quillmore",
        "Tamsin Roe and Robin Seeker",
        "Robin Seeker / Quillmore",
        "Robin Seeker - Tamsin Roe",
    ],
)
def test_a_company_person_titling_a_meeting_with_the_users_full_name_is_a_screen(
    title: str,
) -> None:
    assert verdict(decide(title, "", TAMSIN, (TAMSIN,))) == "interview", title


def test_a_full_name_beside_a_demo_or_a_review_is_not_a_screen() -> None:
    demo = decide("Robin Seeker <> Quillmore: product demo", "", TAMSIN, (TAMSIN,))
    review = decide("Robin Seeker <> Quillmore", "quarterly business review", TAMSIN, (TAMSIN,))
    assert verdict(demo) == "not" and verdict(review) != "interview"
    assert verdict(decide("Robin <> Tamsin", "", TAMSIN, (TAMSIN,))) == "unsure"


@pytest.mark.parametrize(
    "body",
    ["her CV in the req", "his resume attached", "their CV is in the drive", "son CV ci-joint"],
)
def test_the_user_reading_someone_elses_cv_is_interviewing_them(body: str) -> None:
    applicant = Attendee("noor.haddad@outlook.com", "Noor Haddad", "accepted")
    assert verdict(decide("Phone screen – Noor Haddad", body, None, (applicant,))) == "not"
    assert verdict(decide("Phone screen – Quillmore", "bring your CV")) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Quillmore 2e ronde",
        "Quillmore – 2eme tour",
        "Quillmore tech round",
        "phone int Quillmore",
        "Quillmore 2nd int w/ Sam",
    ],
)
def test_later_rounds_and_shorthand_in_each_spelling_are_interviews(title: str) -> None:
    assert verdict(decide(title)) == "interview", title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Rendez-vous – Analyste de données", "Bonjour Robin, nous vous invitons à un échange."),
        ("Reunión – Enfermera de planta", "Hola Robin, te invitamos a una reunión."),
        ("Gesprek – Verpleegkundige", "Beste Robin, we nodigen je uit."),
        ("Incontro – Cameriere di sala", "Ciao Robin, ti aspettiamo."),
        ("Termin – Buchhalterin (m/w/d)", "Hallo Robin, wir freuen uns."),
    ],
)
def test_an_ats_invite_naming_an_everyday_trade_in_its_language_is_an_interview(
    title: str, body: str
) -> None:
    ats = Attendee("no-reply@recruitee.com", "Quillmore")
    assert verdict(decide(title, body, ats, (ats,))) == "interview", title


@pytest.mark.parametrize(
    "body",
    [
        "Saw your profile: you'd be a great fit for our Payroll Officer opening. Let's chat.",
        "Quick intro call re the Payroll Officer opportunity with my client.",
        "As part of the recruitment process, you are invited to meet the team.",
        "Im Rahmen Ihres Bewerbungsverfahrens laden wir Sie ein.",
        "Dans le cadre de votre candidature, nous vous proposons un échange.",
    ],
)
def test_a_company_person_naming_a_post_to_fill_or_a_selection_step_is_hiring(
    body: str,
) -> None:
    assert verdict(decide("Quick call", body, TAMSIN, (TAMSIN,))) == "interview", body


@pytest.mark.parametrize(
    "body",
    [
        "Agenda: the project manager role in the ERP rollout and timelines.",
        "Review the account manager role handover for your account.",
        "Discuss the new sales manager position on the partner portal.",
        "Our support engineer opening hours change next month.",
        "Following up on your demo request for our payroll software.",
    ],
)
def test_a_post_named_as_someones_part_in_business_is_no_hiring(body: str) -> None:
    assert verdict(decide("Quick call", body, TAMSIN, (TAMSIN,))) != "interview", body


@pytest.mark.parametrize(
    "title",
    [
        "Volunteer interview - food bank",
        "Fellowship interview - Harbour Trust",
        "Quillmore final round results call",
        "Drug screen - Quillmore offer",
        "Pre-employment screening - Quillmore",
        "Background check call - Quillmore",
    ],
)
def test_selections_for_no_job_and_checks_after_one_are_not_interviews(title: str) -> None:
    assert verdict(decide(title)) == "not", title


@pytest.mark.parametrize(
    "title",
    [
        "Entrevista para nuestro podcast",
        "Intervista per il nostro blog",
        "Interview for our podcast",
        "Entretien pour notre magazine",
        "Interview voor onze podcast",
    ],
)
def test_an_interview_for_someones_own_publication_is_press(title: str) -> None:
    assert verdict(decide(title)) == "not", title


# --------------------------------------------------------------------------- unsure


def test_a_one_to_one_titled_only_with_names_is_unsure() -> None:
    d = decide("Robin <> Dana", "", DANA, (DANA,))
    assert verdict(d) == "unsure"
    assert d.reasons[0].startswith("unsure: ")


def test_a_numbered_round_the_user_typed_at_a_sports_ground_is_unsure() -> None:
    assert verdict(decide("Round 2", location="Riverside Park, Pitch 3")) == "unsure"
    assert verdict(decide("Brightwave round 2")) == "interview"


def test_unsure_events_are_no_interviews() -> None:
    d = decide("Robin <> Dana", "", DANA, (DANA,))
    assert not d.is_interview and not d.interviewers


# --------------------------------------------------------------------------- real calendars


@pytest.mark.parametrize(
    "body",
    [
        "Each panelist will score you using the unit's peer interview rubric.",
        "You will be assessed against a structured scorecard.",
        "The panel scores your answers independently on a feedback form.",
        "Sie werden anhand eines Bewertungsbogens bewertet.",
        "Vous serez évalué selon une grille d'évaluation.",
        "Serás evaluado con una rúbrica de evaluación.",
    ],
)
def test_a_rubric_that_scores_the_user_is_the_candidates_side(body: str) -> None:
    assert verdict(decide("Peer Interview – Staff Nurse", body, TALENT, (TALENT, DANA))) == (
        "interview"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Please complete the rubric after the session.",
        "Your scorecard is due within 24 hours.",
        "Score independently before the wash-up.",
    ],
)
def test_a_rubric_the_user_fills_in_is_the_interviewers_side(body: str) -> None:
    assert verdict(decide("Peer Interview – Staff Nurse", body, TALENT, (TALENT, DANA))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Parent-Teacher Interview – Leo (Year 4) with Mrs Brook",
        "Parent teacher conference – Room 12",
        "Parents' evening – Leo",
        "Colloquio con la prof.ssa Vessant – 2ªB (Leo)",
        "Colloqui scuola-famiglia – Leo",
        "Elternsprechtag – Frau Vessant",
        "Oudergesprek groep 5",
        "Rencontre parents-professeurs – CM2",
        "Entrevista de padres – 3º B",
    ],
)
def test_parents_meeting_their_childs_teacher_is_no_interview(title: str) -> None:
    school = Attendee("noreply@brightwave-school.example", "Brightwave School")
    assert verdict(decide(title, "Your booking is confirmed. 10 minutes.", school)) == "not"
    assert verdict(decide(title)) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Recorded interview – claims investigator (CLM-2210)",
            "As part of assessing your home insurance claim we'd like to interview you by phone.",
        ),
        ("Interview – claim", "Regarding your car claim after the accident on 3 May."),
        ("Claims interview", "We need a statement about the storm damage."),
        ("Gespräch zu Ihrem Schadenfall", "Wir möchten Ihren Schaden besprechen."),
        ("Entretien", "Au sujet de votre sinistre du 3 mai, numéro de sinistre 22-410."),
        ("Entrevista", "Sobre su siniestro, número de siniestro 5521."),
        ("Colloquio", "In merito al suo sinistro, pratica di sinistro n. 88."),
    ],
)
def test_an_insurer_interviewing_the_user_about_a_claim_is_no_job_interview(
    title: str, body: str
) -> None:
    adjuster = person("Ysolde Vessant", "brightwave-insurance.example")
    assert verdict(decide(title, body, adjuster, (adjuster,))) == "not"


@pytest.mark.parametrize(
    "body",
    [
        "Interview for the Claims Handler role. Bring your ID.",
        "You'll meet the claims team; the role handles motor claims.",
        "Please submit your travel expense claim after the interview.",
    ],
)
def test_an_interview_for_a_job_in_claims_is_still_one(body: str) -> None:
    assert verdict(decide("Interview – Claims Handler", body, TALENT, (TALENT, DANA))) == (
        "interview"
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Maya – final round @ Corvid 🤞 (text her after!)", "Her panel is 1–5pm."),
        ("Sam's onsite – Brightwave", "Send good-luck msg at lunch."),
        ("Jonas – Vorstellungsgespräch", "Ihm viel Glück wünschen!"),
        ("Lea – entretien chez Brightwave", "Lui souhaiter bonne chance."),
        ("Marta – entrevista", "Desearle suerte por la mañana."),
        ("Giulia – colloquio Brightwave", "Il suo colloquio è alle 10, farle un in bocca al lupo."),
        ("Daan – sollicitatiegesprek", "Hem succes wensen."),
    ],
)
def test_the_users_note_about_someone_elses_interview_is_not_theirs(title: str, body: str) -> None:
    assert verdict(decide(title, body)) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Final round – Brightwave", "Panel with Dana; text her after to confirm the take-home."),
        ("Interview Brightwave", "Her team builds the data platform."),
    ],
)
def test_the_users_own_interview_naming_an_interviewer_stays_theirs(title: str, body: str) -> None:
    assert verdict(decide(title, body)) == "interview"


def test_an_invitation_written_to_a_friend_who_shared_it_is_theirs() -> None:
    friend = Attendee("jordan.vale.83@gmail.com", "Jordan Vale", "accepted")
    for body in (
        "can you quiz me the night before?\n\n---------- Forwarded message ---------\n"
        "Dear Jordan,\nYour interview is confirmed for Thursday at 2 PM.",
        "Hi Jordan,\nthanks for applying. Your interview is confirmed.",
        "Hallo Jordan,\nvielen Dank für Ihre Bewerbung.",
    ):
        found = decide(
            "Interview Confirmation – Jordan Vale – Underwriter", body, friend, (friend,)
        )
        assert verdict(found) == "not", body
    # a small employer greeting the user, or a meeting titled with both, is the user's
    owner = Attendee("kit.arden@gmail.com", "Kit Arden", "accepted")
    for title, body in (
        ("Interview with Kit Arden – counter assistant", "Hi Robin, see you at the deli."),
        (
            "Kit Arden and Robin Seeker",
            "Hi Kit, looking forward to talking about the counter assistant job! - Robin",
        ),
    ):
        found = decide(title, body, owner, (owner,))
        assert verdict(found) != "not", title


@pytest.mark.parametrize(
    "title",
    [
        "HR Discussion – Senior Business Analyst (JR-2041)",
        "Final HR round – Operations Lead",
        "HR-Gespräch – Sachbearbeiter Einkauf",
        "Entrevista con RRHH – Analista",
        "Colloquio con risorse umane – Impiegata amministrativa",
        "HR-gesprek – Verkoper",
    ],
)
def test_a_round_with_hr_beside_a_post_is_an_interview(title: str) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "coll. Bruni Trasporti h15 – magazziniere",
        "entrev. Ortega – almacenista",
        "entr. Brightwave – magasinier",
        "coll. Ferretti – saldatore",
        "entrev. Casa Lume – cozinheira",
    ],
)
def test_the_interview_word_cut_short_beside_a_trade_is_an_interview(title: str) -> None:
    assert verdict(decide(title, "mi fanno sapere entro venerdì")) == "interview"


@pytest.mark.parametrize(
    "title",
    ["coll. Bruni – pranzo", "entr. Kita", "coll. Ferretti"],
)
def test_the_cut_short_word_alone_is_no_interview(title: str) -> None:
    assert verdict(decide(title)) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Entrevista con el banco – hipoteca",
        "Mortgage interview – Brightwave",
        "Termin Baufinanzierung – Gespräch",
        "Entretien prêt immobilier",
        "Colloquio per il mutuo",
        "Gesprek hypotheek",
        "Fostering assessment interview",
        "Interview with the nanny",
    ],
)
def test_a_lender_a_fostering_service_or_household_help_is_no_employer(title: str) -> None:
    adviser = person("Ysolde Vessant", "brightwave.example")
    assert verdict(decide(title, "", adviser, (adviser,))) == "not"


@pytest.mark.parametrize(
    "title",
    ["Interview – Mortgage Adviser – Brightwave Bank", "Colloquio – Addetto mutui – Banca Lume"],
)
def test_a_post_in_lending_is_a_job(title: str) -> None:
    assert verdict(decide(title, "", TALENT, (TALENT, DANA))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Conversation with the Chair – Non-Executive Director search",
        "Longlist conversation – CFO search (Brightwave Partners)",
        "Shortlist interview – Trustee",
        "Call with the founder – Operations Lead",
        "Chat with our CEO – Head of Growth",
    ],
)
def test_an_executive_searchs_stages_are_interviews(title: str) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "prefix", ["FW: ", "Fwd: ", "WG: ", "TR: ", "I: ", "ENC: ", "Doorst: ", "AW: ", "RV: "]
)
def test_a_forwarded_invitations_prefix_hides_no_to_do_at_the_titles_head(prefix: str) -> None:
    title = f"{prefix}Debrief – Vorstellungsgespräch Brightwave"
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Online tests – numerical and verbal reasoning",
        "Psychometric assessment (allow 45 min)",
        "Situational judgement test – Graduate Scheme",
        "Online-Test – Ausbildung Industriekaufmann",
        "Einstellungstest – Polizei",
        "Tests psychotechniques – Conducteur",
        "Prueba psicotécnica – Vigilante",
        "Testes online – Estágio",
        "Test attitudinali – Graduate Program",
        "Capaciteitentest – Traineeship",
    ],
)
def test_tests_taken_alone_are_no_interview(title: str) -> None:
    assert verdict(decide(title, "Complete them by Friday.", TALENT, (TALENT,))) == "not"


@pytest.mark.parametrize(
    "title",
    ["Entrevista psicotécnica – Vigilante", "Assessment centre – Graduate Scheme"],
)
def test_an_interview_or_assessment_centre_beside_tests_is_one(title: str) -> None:
    assert verdict(decide(title, "", TALENT, (TALENT, DANA))) == "interview"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Shadowing – technical interview (you observe)", ""),
        ("Technical interview – Backend", "You'll shadow Dana on this candidate's interview."),
        ("Interview loop – Platform", "You will be shadowing the system design interview."),
    ],
)
def test_the_user_shadowing_an_interview_is_on_the_interviewing_side(title: str, body: str) -> None:
    assert verdict(decide(title, body, DANA, (DANA,))) == "not"


def test_a_shadow_day_as_a_candidate_is_an_interview() -> None:
    assert verdict(decide("Shadow day – Care Assistant", "", DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Entretien avec le conseiller bancaire",
        "Entrevista con el gestor del banco",
        "Gespräch mit meiner Bankberaterin",
        "Colloquio con il consulente finanziario",
        "Conversa com o gerente do banco",
        "Gesprek met de hypotheekadviseur",
        "Meeting with my financial adviser",
        "Kennenlerngespräch Hebamme",
        "Kennismakingsgesprek verloskundige",
        "Entretien de fin de période d'essai",
        "Colloquio di fine anno – valutazione",
        "Entrevista de seguimiento",
    ],
)
def test_a_clients_adviser_a_midwife_or_a_review_at_ones_job_is_no_interview(
    title: str,
) -> None:
    adviser = person("Ysolde Vessant", "brightwave.example")
    assert verdict(decide(title, "", adviser, (adviser,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Entretien – Conseiller bancaire – Banque Ardent",
        "Interview with the bank manager – Cashier",
        "Entrevista – Gestor comercial – Banco Lume",
        "Vorstellungsgespräch – Bankberater (m/w/d)",
    ],
)
def test_a_post_at_a_bank_is_a_job(title: str) -> None:
    assert verdict(decide(title, "", TALENT, (TALENT, DANA))) == "interview"


# --------------------------------------------------------------------------- whom else is chosen

NORTH = person("Jana Vogt", "northgrove.example")
COPPER = person("Luc Marin", "copperleaf.example")
MARE = person("Ana Ruiz", "maremonte.example")
DIJK = person("Eva Smit", "dijkzicht.example")
LAGUNA = person("Marco Neri", "lagunaverde.example")


@pytest.mark.parametrize(
    ("title", "body", "host"),
    [
        ("Chat with the Brightwave product team",
         "An informal half hour with two engineers before your final round. It is not assessed "
         "and nobody takes notes.", DANA),
        ("Kaffee mit dem Team", "Das Treffen fließt nicht in die Bewertung ein.", NORTH),
        ("Café avec l'équipe", "Ce moment informel ne fait l'objet d'aucune évaluation.", COPPER),
        ("Charla informal con el equipo", "Esta charla no es parte de la evaluación.", MARE),
        ("Koffie met het team", "Dit gesprek telt niet mee voor de beoordeling.", DIJK),
        ("Caffè con il team", "Non si tratta di una valutazione: solo per conoscerci.", LAGUNA),
    ],
)  # fmt: skip
def test_a_chat_the_invitation_says_is_not_assessed_is_no_interview(
    title: str, body: str, host: Attendee
) -> None:
    assert verdict(decide(title, body, TALENT, (host,))) == "not"


def test_a_slot_not_assessed_inside_an_interview_leaves_the_interview() -> None:
    body = "10:00 system design with Dana. 12:00 lunch with the team: it is not assessed."
    assert verdict(decide("Onsite interview – Brightwave", body, TALENT, (DANA,))) == "interview"


@pytest.mark.parametrize(
    ("title", "body", "host"),
    [
        ("Entretien – proposition d'embauche", "Nous vous présentons notre proposition.", COPPER),
        ("Vertragsangebot besprechen", "Wir gehen Ihr Angebot gemeinsam durch.", NORTH),
        ("Arbeidsvoorwaardengesprek", "We bespreken je arbeidsvoorwaarden.", DIJK),
        ("Welcome aboard! Your first week at Brightwave", "Laptop pickup and IT setup.", DANA),
        ("Antrittstermin – Unterlagen & Schlüssel", "Bitte den Ausweis mitbringen.", NORTH),
        ("Accueil des nouveaux arrivants", "Journée d'accueil.", COPPER),
        ("Kick-off nuovo assunto – Robin", "Consegna badge e pc.", LAGUNA),
    ],
)  # fmt: skip
def test_the_offer_and_the_first_week_in_each_language_come_after_the_interviews(
    title: str, body: str, host: Attendee
) -> None:
    hr = Attendee(f"hr@{host.email.split('@')[1]}", "HR")
    assert verdict(decide(title, body, hr, (host,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Launchpad Accelerator, Batch 12",
        "Pitch meeting – Northgrove Ventures",
        "Round 2 – Series A investors",
        "Grant interview – Civic Arts Fund",
        "Entrevista – Aceleradora Maremonte",
    ],
)
def test_investors_an_accelerator_or_a_grant_choose_a_company_not_an_employee(title: str) -> None:
    assert verdict(decide(title, "", NORTH, (NORTH,))) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Panel: Women in Logistics", "Thanks for joining as a panellist; about 80 guests."),
        ("Fireside chat with CEO Dana Holt", "Live Q&A for staff and guests."),
        ("Tech check – Thursday panel", "A quick AV check with the speakers."),
        ("Podiumsdiskussion – Zukunft der Arbeit", "Sie sind als Referentin eingeladen."),
        ("Table ronde – RH et IA", "Vous intervenez comme intervenante."),
    ],
)
def test_a_public_panel_or_talk_the_user_speaks_at_is_no_interview(title: str, body: str) -> None:
    events = Attendee("events@brightwave.example", "Brightwave Events")
    assert verdict(decide(title, body, events, (DANA,))) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Interview – Brightwave app study", "Thanks for signing up! A £40 voucher for your time."),
        ("Studie: Interview zur Nutzung von Banking-Apps", "Als Dank ein Gutschein über 50 €."),
        ("Entretien – étude utilisateurs", "Un bon d'achat vous sera remis."),
        ("Entrevista – estudio de mercado", "Recibirás una tarjeta regalo."),
        ("Intervista – ricerca utenti", "Riceverà un buono Amazon per la partecipazione."),
        ("Consumer panel session", "You'll get a $60 gift card."),
        ("Screening call – clinical trial (sleep study)", "Questions about your health."),
    ],
)
def test_a_study_that_thanks_the_user_for_their_time_is_no_interview(title: str, body: str) -> None:
    research = Attendee("research@northgrove.example", "Northgrove Research")
    assert verdict(decide(title, body, research, (NORTH,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Feedback on your interview – Brightwave",
        "Feedback zu Ihrem Vorstellungsgespräch",
        "Retour sur votre entretien",
        "Devolutiva da sua entrevista",
    ],
)
def test_feedback_on_an_interview_already_held_is_no_interview(title: str) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Walkthrough – 12 Elm Street apartment",
        "WG-Casting Lindenstraße",
        "Co-op board interview – 45 Elm St",
        "Wohnungsbesichtigung – Bewerbung",
        "Bezichtiging Kerkstraat 4",
    ],
)
def test_a_home_to_rent_or_buy_chooses_a_tenant_not_an_employee(title: str) -> None:
    agent = person("Sam Ortiz", "elmrealty.example")
    assert verdict(decide(title, "", agent, (agent,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Auswahlgespräch – Masterstudiengang Data Science",
        "Entretien – Master en Finance",
        "Entrevista – Máster en Marketing Digital",
        "Interview – PhD programme in Chemistry",
        "Colloquio – borsa di studio",
        "Volunteer interview – Harbour Food Bank",
        "Kennenlerngespräch Ehrenamt – Tafel",
        "Entrevista voluntariado – Banco de Alimentos",
    ],
)
def test_a_programme_or_a_cause_choosing_students_or_volunteers_is_no_employer(title: str) -> None:
    assert verdict(decide(title, "", NORTH, (NORTH,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Admissions Officer – Harbour University",
        "Interview – Volunteer Coordinator – Harbour Food Bank",
        "Apartment Manager – Elm Properties",
        "Troubleshooting interview – Site Reliability Engineer",
    ],
)
def test_a_post_named_for_a_department_or_a_cause_is_a_job(title: str) -> None:
    assert verdict(decide(title, "", TALENT, (DANA,))) == "interview"


def test_applicants_in_the_users_own_title_or_an_agencys_shortlist_are_the_users_to_meet() -> None:
    assert verdict(decide("Interviews – Kassierer Bewerber", "3 Bewerber, je 20 Min.")) == "not"
    jordan = Attendee("jordan.ellis@gmail.com", "Jordan Ellis", "accepted")
    for title in ("Interview – barista applicant", "Entrevista con candidata – Jordan"):
        assert verdict(decide(title, "", None, (jordan,))) == "not", title
    agency = person("Sam Ortiz", "harboursearch.example")
    body = "Here are the three candidates we shortlisted for your Ops Lead vacancy. CVs attached."
    assert verdict(decide("Shortlist – Ops Lead", body, agency, (agency,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Fitness assessment – Pulse Gym",
        "Trial session – Harbour Climbing",
        "Pre-op assessment",
        "Partnership intro call – Brightwave x Northgrove",
        "Proposal presentation – website rebuild",
        "Customer story interview – Brightwave",
    ],
)
def test_a_gyms_trial_a_clinics_assessment_or_business_between_companies_is_no_interview(
    title: str,
) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"


def test_a_word_that_names_an_interview_only_in_hiring_needs_a_job_in_a_text_that_explains() -> (
    None
):
    body = "Bonjour Robin, nous ferons le point sur votre dossier et les documents à fournir."
    assert verdict(decide("Entretien – Cabinet Ardoise", body, COPPER, (COPPER,))) == "unsure"
    job = "Bonjour Robin, nous ferons le point sur le poste et votre expérience en cabinet."
    assert verdict(decide("Entretien – Cabinet Ardoise", job, COPPER, (COPPER,))) == "interview"
    assert verdict(decide("Entretien – Cabinet Ardoise", "À mardi !", COPPER, (COPPER,))) == (
        "interview"
    )
    # an interview named outright stands on its own
    assert verdict(decide("Interview – Brightwave", body, DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "body",
    [
        "Each of us will ask questions and score independently. Please bring photo ID.",
        "Both interviewers will submit independent scorecards.",
        "I'll sit in for the whole interview and score alongside her; we use a joint scoresheet.",
        "Jede von uns füllt einen Bewertungsbogen aus.",
    ],
)
def test_a_panel_that_says_its_members_score_is_the_candidates_invitation(body: str) -> None:
    title = "Interview – Member Services Supervisor – Robin Seeker"
    assert verdict(decide(title, body, DANA, (DANA,))) == "interview"
    # a panellist is told to score: the user is on the panel
    told = "Please submit your scorecard within 24 hours; we use a joint scoresheet."
    assert verdict(decide("Interview – Member Services Supervisor", told, DANA, (DANA,))) == "not"


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Call w/ Dana (Brightwave)", "recruiter set this up - ops lead role, 30 min phone screen"),
        ("Dana @ Brightwave", "first chat about the warehouse supervisor job"),
        ("Northgrove – Telefonat Frau Berger", "Stelle Lagerleitung, Recruiterin hat angerufen"),
        ("Appel Copperleaf – Mme Roux", "pour le poste de comptable, 20 min"),
        ("Llamada con Ana (Maremonte)", "me llamó la reclutadora por la vacante de cajera"),
        ("Chamada c/ Carla – Serraluz", "vaga de auxiliar administrativo, ela vai me ligar"),
        ("Chiamata con Marco – Laguna Verde", "per la posizione di magazziniere"),
        ("Bellen met Eva (Dijkzicht)", "over de vacature planner"),
    ],
)
def test_the_users_own_call_with_someone_is_an_interview_when_their_notes_name_the_post(
    title: str, notes: str
) -> None:
    assert verdict(decide(title, notes)) == "interview"


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Coffee w/ Sam (Brightwave)", "informational - ask about the product manager role there"),
        ("Lunch w/ Jo", "she's interviewing at Brightwave for a designer role - give her tips"),
        ("Kaffee mit Lea", "sie hat ein Vorstellungsgespräch bei Brightwave, Tipps geben"),
        ("Call w/ Priya", "she's hiring a marketing manager - maybe refer him?"),
        ("1:1 w/ Dana", "discuss my promotion to the senior engineer role"),
        ("Gym", "leg day; then update CV for the analyst role"),
        ("Call w/ Dana (Brightwave)", ""),
    ],
)
def test_the_users_own_notes_about_a_contact_or_anothers_interview_are_not_theirs(
    title: str, notes: str
) -> None:
    assert verdict(decide(title, notes)) == "not"


@pytest.mark.parametrize(
    ("title", "body", "host"),
    [
        ("Rendez-vous – Copperleaf", "Bonjour, suite à votre candidature, je vous propose un "
         "rendez-vous.", COPPER),
        ("Gespräch – Northgrove", "Hallo Robin, danke für Ihre Bewerbung. Gerne lade ich Sie "
         "ein.", NORTH),
        ("Reunión – Maremonte", "Hola, gracias por tu candidatura; hablamos el martes.", MARE),
    ],
)  # fmt: skip
def test_a_companys_meeting_about_the_users_job_application_is_about_hiring(
    title: str, body: str, host: Attendee
) -> None:
    assert verdict(decide(title, body, host, (host,))) == "interview"
    # "your application" alone may be a visa's, a loan's or a grant's
    loan = "Hello, about your application: please bring your bank statements."
    assert verdict(decide("Meeting – Northgrove", loan, NORTH, (NORTH,))) == "not"


def test_a_role_play_exercise_is_a_selection_stage_and_a_practice_role_play_is_not() -> None:
    stage = "Role-play exercise – Assessment Centre – Brightwave"
    assert verdict(decide(stage, "Sales role-play with two assessors.", TALENT, (DANA,))) == (
        "interview"
    )
    coach = person("Kit Arden", "careercoach.example")
    practice = "Interview role-play with my coach"
    assert verdict(decide(practice, "", coach, (coach,))) == "not"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, you will be interviewing with Dana Holt and Sam Ortiz. Afterwards, please fill "
        "in our candidate feedback form to tell us about your experience.",
        "You are interviewing for the Data Analyst role; Dana will call you.",
        "Dana and Sam will each fill in a scorecard after speaking with you.",
        "Candidato: Robin Seeker\nEntrevistadora: Dana Holt",
        "Kandidat: Robin Seeker\nGesprächspartnerin: Jana Vogt",
    ],
)
def test_a_candidates_invitation_that_names_the_interviewers_side_is_still_theirs(
    body: str,
) -> None:
    assert verdict(decide("Interview – Brightwave", body, TALENT, (DANA,))) == "interview"


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("Interview voor mijn scriptie", None),
        ("Entrevista para mi TFM", MARE),
        ("Interview für die Masterarbeit – Experteninterview", NORTH),
        ("Intervista per la tesi", LAGUNA),
        ("Entretien pour mon mémoire", None),
        ("Interview – Centrelink", DANA),
        ("Entrevista para el boletín interno", MARE),
        ("Interview für das Mitarbeitermagazin", NORTH),
    ],
)
def test_a_thesis_a_benefits_office_or_a_staff_magazine_interviews_no_candidate(
    title: str, host: Attendee | None
) -> None:
    others = (host,) if host else ()
    assert verdict(decide(title, "", host, others)) == "not"


@pytest.mark.parametrize(
    ("title", "body", "host"),
    [
        ("Harbour Search – Robin / Dana (client: Brightwave)", "", person("Dana Holt", "hs.test")),
        ("Intake gesprek – Uitzendbureau Dijkzicht", "We bespreken je beschikbaarheid.", DIJK),
        ("Interviu – Brightwave", "", DANA),
        ("Videollamada – Maremonte", "Hola Robin, hablamos de la vacante de diseñador.", MARE),
        ("Incontro conoscitivo – Laguna Verde", "Ciao Robin, ti aspettiamo.", LAGUNA),
        ("Telefonat – Northgrove", "Wie besprochen sprechen wir über die Stelle.", NORTH),
    ],
)  # fmt: skip
def test_an_agencys_or_a_companys_first_meeting_in_its_own_words_is_an_interview(
    title: str, body: str, host: Attendee
) -> None:
    assert verdict(decide(title, body, host, (host,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Tentative – Final interview – Brightwave",
        "Platzhalter: Zweitgespräch Northgrove",
        "Option : entretien final (à confirmer)",
        "Reserva – posible entrevista final",
        "Voorlopig: tweede gesprek",
        "Possible onsite – Brightwave (do not accept yet)",
        "Pencilled in: final round",
    ],
)
def test_a_slot_held_for_an_interview_is_no_interview_yet(title: str) -> None:
    assert verdict(decide(title, "", TALENT, (DANA,))) == "not"
    assert verdict(decide(title)) == "not"  # the user's own hold


def test_a_calendars_tentative_reply_prefix_leaves_the_interview() -> None:
    title = "Tentative: Interview – Support Lead – Brightwave"
    assert verdict(decide(title, "", TALENT, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Briefing before your Brightwave interview",
        "Vorbereitungsgespräch – Interview Northgrove",
        "Interview briefing – Copperleaf (with your consultant)",
    ],
)
def test_an_agencys_briefing_before_an_interview_is_not_the_interview(title: str) -> None:
    agent = person("Jo Pike", "harboursearch.example")
    assert verdict(decide(title, "", agent, (agent,))) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Hiring event – walk-in interviews",
        "Spring Insight Programme – Brightwave",
        "Employer presentation – Brightwave on campus",
        "Meet the recruiters – Brightwave",
    ],
)
def test_a_companys_event_for_many_applicants_is_no_interview(title: str) -> None:
    jobs = Attendee("jobs@brightwave.example", "Brightwave Jobs")
    assert verdict(decide(title, "", jobs, (DANA,))) == "not"


def test_an_interview_about_the_users_child_is_a_schools_admission() -> None:
    head = person("Jana Vogt", "northgroveprimary.example")
    for body in (
        "Meet the head teacher with your child.",
        "Bitte bringen Sie Ihr Kind mit.",
        "Merci de venir avec votre enfant.",
    ):
        assert verdict(decide("Interview – Northgrove Primary", body, head, (head,))) == "not"


def test_leaving_is_no_interview() -> None:
    people = Attendee("people@brightwave.example", "People Team")
    assert verdict(decide("Offboarding chat", "Return your laptop.", people, (DANA,))) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kundentermin – Vertriebsingenieur (m/w/d)", "Unser Kunde lädt Sie zum Gespräch ein."),
        ("Échange – Chargé de clientèle", "Pour notre client, je souhaite faire le point sur votre "
         "parcours et vos attentes salariales."),
        ("Llamada – Maremonte", "Para nuestro cliente: tus pretensiones salariales."),
        ("Call – Harbour Search", "For our client, a quick chat about your salary expectations."),
    ],
)  # fmt: skip
def test_an_agency_meeting_the_user_for_its_client_is_screening_them(title: str, body: str) -> None:
    agent = person("Jo Pike", "harboursearch.example")
    client = person("Kai Roth", "kundenwerk.example")
    assert verdict(decide(title, body, agent, (agent, client))) == "interview"


def test_a_customer_visit_without_a_job_is_still_a_customer_visit() -> None:
    title = "Kundentermin Brightwave – Angebot Wartungsvertrag"
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"


@pytest.mark.parametrize(
    ("title", "host"),
    [
        ("Interview wedding photographer", None),
        ("Hochzeit – Gespräch mit der Caterin", NORTH),
        ("Interview – DJ for Mia's birthday", None),
    ],
)
def test_the_user_choosing_a_celebrations_vendors_is_no_interview(
    title: str, host: Attendee | None
) -> None:
    assert verdict(decide(title, "", host, (host,) if host else ())) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Wedding Coordinator – Harbour Hotel",
        "Interview – Film Editor – Harbour Studios",
    ],
)
def test_a_post_at_a_venue_or_a_studio_is_a_job(title: str) -> None:
    host = person("Dana Holt", "harbourstudios.example")
    assert verdict(decide(title, "", host, (host,))) == "interview"


def test_no_event_of_a_real_public_calendar_is_an_interview() -> None:
    from tests.test_ics_source import REAL, real

    seen = 0
    for path in sorted(REAL.glob("*.ics")):
        for event in real(path.name).events:
            seen += 1
            d = detect(event, ME)
            assert not d.is_interview, (path.name, event.summary, d.reasons)
    assert seen > 50


# --------------------------------------------------------------------------- the fast scans


def _sample_words(words: lexicon.Words) -> set[str]:
    """Literal pieces of a list's alternatives: their words, cut at any regex syntax."""
    found: set[str] = set()
    for alternative in (*words.alternatives, *words.inside):
        found.update(w for w in re.split(r"[^a-z0-9' /:.-]+", alternative) if w.strip())
    return found


WORD_LISTS = {
    name: value for name, value in vars(lexicon).items() if isinstance(value, lexicon.Words)
}
PIECES = sorted(
    {word for words in WORD_LISTS.values() for word in _sample_words(words)}
    | {" ", "\n", "-", "x", "'s ", "2", "12", "me", "ß", "é"}
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map("".join))
def test_each_word_list_finds_what_its_plain_pattern_finds(text: str) -> None:
    for name, words in WORD_LISTS.items():
        fast, plain = words.search(text), words.plain.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), (name, text)


def test_each_word_list_finds_what_its_plain_pattern_finds_in_titles() -> None:
    titles = [
        "technical interview – 2nd round (telefoninterview)", "round 12 vs eastside",
        "sam's interview", "the 3rd interview stage", "demo: pricing", "u12s fixtures",
        "entrevista para la revista", "stadtzeitung interview", "prep for brightwave",
    ]  # fmt: skip
    for text in titles:
        for name, words in WORD_LISTS.items():
            fast, plain = words.search(text), words.plain.search(text)
            assert (fast and fast.span()) == (plain and plain.span()), (name, text)


# --------------------------------------------------------------------------- trial lessons

SCHOOL = Attendee("sekretariat@gymnasium-feldmark.example", "Sekretariat Gymnasium Feldmark")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Lehrprobe Mathematik 8b", "Anschließend ein Gespräch mit der Schulleitung."),
        ("Probespiel Solo-Oboe", "Einspielraum ab 9 Uhr, danach Orchesterstellen."),
        ("Proefles groep 6", "Je geeft een proefles van 30 minuten, daarna praten we na."),
        ("Lezione di prova - classe 3B", "La aspettiamo davanti alla commissione."),
        ("Clase demostrativa - Colegio Alameda Sur", "Te esperamos con el equipo directivo."),
        ("Leçon d'essai - CE2", "Nous vous attendons devant la directrice."),
        ("Audition - Section Viola", "Please prepare the excerpts attached."),
        ("Aula demonstrativa", "Sua aula será avaliada pela coordenação."),
        ("Trial lesson for the teaching post - Year 9 Science", ""),
    ],
)
def test_a_lesson_given_or_a_piece_played_for_a_post_is_a_selection(title: str, body: str) -> None:
    assert verdict(decide(title, body, SCHOOL, (SCHOOL,))) == "interview"


@pytest.mark.parametrize(
    ("title", "body", "organizer"),
    [
        ("Trial class - Pilates reformer", "Your first class is on us!", SCHOOL),
        ("Proefles yoga", "Welkom bij je gratis proefles! Neem een mat mee.", SCHOOL),
        ("Lezione di prova di chitarra", "Prima lezione gratuita.", SCHOOL),
        ("Audition - school musical (Mia)", "Mia auditions for Annie.", None),
        ("Proefles piano voor Daan", "", None),
        ("Lehrprobe im Referendariat (Unterrichtsbesuch)", "", None),
        ("Trial lesson - Year 3 (Noah)", "Noah meets the head teacher at 12.", None),
        ("Drama school audition - Ella", "Panel of three teachers.", None),
        (
            "Audition - Riverside Players (Much Ado)",
            "You are reading for the role of Beatrice before our panel.",
            SCHOOL,
        ),
    ],
)
def test_a_pupils_trial_lesson_or_an_amateurs_audition_is_no_selection(
    title: str, body: str, organizer: Attendee | None
) -> None:
    others = (organizer,) if organizer else ()
    assert verdict(decide(title, body, organizer, others)) == "not"


# --------------------------------------------------------------------------- errands and trades


@pytest.mark.parametrize(
    "title",
    [
        "Call recruiter back",
        "Recruiterin zurückrufen",
        "Rappeler la recruteuse (poste comptable)",
        "Devolver la llamada a la reclutadora",
        "Richiamare il recruiter per il ruolo",
        "Recruiter terugbellen",
        "Reply to recruiter email",
        "Text Dana (recruiter) back",
        "Return recruiter's call - warehouse job",
    ],
)
def test_returning_a_call_or_answering_a_message_is_an_errand(title: str) -> None:
    assert not decide(title).is_interview


@pytest.mark.parametrize(
    "title",
    [
        "Electrician interview - Voltmark Services",
        "Roofer interview",
        "Painter & Decorator interview",
        "Carer interview - Homeward Care",
    ],
)
def test_a_companys_invitation_to_a_trades_interview_about_the_users_application_hires_them(
    title: str,
) -> None:
    firm = person("Kim Berg", "voltmark-services.example")
    body = "Hi Robin, thanks for your application. See you on site."
    assert verdict(decide(title, body, firm, (firm,))) == "interview"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Carer interview - for Mum", "We are sending two carers for you to meet."),
        ("Tutor interview (maths, for Ben)", "Meet the tutor before you book."),
        ("Cleaner interview", "Meet your new cleaner before her first visit."),
    ],
)
def test_an_agency_inviting_a_family_to_meet_its_carer_or_tutor_hires_no_one_for_the_user(
    title: str, body: str
) -> None:
    agency = Attendee("bookings@homeward-care.example", "Homeward Care")
    assert not decide(title, body, agency, (agency,)).is_interview


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Sparky quote + interview - bathroom reno", "Interviewing electricians for the reno."),
        ("Builder interview + quote (loft conversion)", ""),
        ("Devis plombier + entretien - salle de bain", ""),
        ("Entrevista con el fontanero - presupuesto reforma baño", ""),
        ("Electrician interview", "Two firms coming to look at the wiring."),
    ],
)
def test_the_user_choosing_a_tradesperson_for_their_home_is_no_interview(
    title: str, body: str
) -> None:
    assert not decide(title, body).is_interview


# --------------------------------------------------------------------------- the state, a course


@pytest.mark.parametrize(
    "title",
    [
        "Citizenship appointment - test + interview",
        "Colloquio per il permesso di dimora - Ufficio migrazione",
        "Entretien titre de séjour - préfecture",
        "Termin Migrationsamt - Aufenthaltsbewilligung",
        "Immigration office appointment - residence permit interview",
    ],
)
def test_a_permit_or_citizenship_appointment_is_the_states_not_an_employers(title: str) -> None:
    assert not decide(title).is_interview


@pytest.mark.parametrize(
    "title",
    [
        "Meeloopdag HBO-ICT (aankomende studenten)",
        "Schnupperstudium Informatik für Studieninteressierte",
        "Journée d'immersion - futurs étudiants BTS",
        "Taster day - prospective students (Nursing BSc)",
    ],
)
def test_a_day_for_prospective_students_is_a_courses_not_a_selection(title: str) -> None:
    college = Attendee("info@hogeschool-veldzicht.example", "Hogeschool Veldzicht")
    assert not decide(title, "", college, (college,)).is_interview


@pytest.mark.parametrize(
    "title",
    [
        "Case study da consegnare - Officine Brenta (entro le 18:00)",
        "Fallstudie abzugeben - Nordlicht AG",
        "Étude de cas à rendre - Maison Ferrand",
        "Take-home to submit - Quillmoor Labs",
        "Caso práctico para entregar - Grupo Albar",
        "Case study in te leveren - Vlasveld BV",
    ],
)
def test_work_still_to_hand_in_is_an_errand_not_a_stage(title: str) -> None:
    assert not decide(title).is_interview


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        (
            "Call w/ Tom - warehouse job (Briggs & Sons)",
            "Phone interview, he calls me.",
            "Tom Briggs",
        ),
        (
            "Gespräch mit Herrn Albers (Albers & Söhne) - Lagerist",
            "Vorstellungsgespräch, er ruft mich an.",
            "Heinz Albers",
        ),
        (
            "Entretien avec Paul (Moreau et Fils) - magasinier",
            "Entretien d'embauche par téléphone.",
            "Paul Moreau",
        ),
    ],
)
def test_a_person_whose_family_name_is_the_firms_is_the_employer_not_an_applicant(
    title: str, body: str, name: str
) -> None:
    owner = person(name, "gmail.com")
    assert verdict(decide(title, body, None, (owner,))) == "interview"


def test_the_user_naming_whom_they_invite_is_still_the_employer_without_a_firm() -> None:
    applicant = person("Tom Briggs", "gmail.com")
    title = "Interview Tom Briggs - warehouse helper"
    assert not decide(title, "Ask about his forklift licence.", None, (applicant,)).is_interview


# --------------------------------------------------------------------------- the user interviews

CLINIC = Attendee("people@quaystone-clinic.example", "Quaystone People Team")
CLINIC_COLLEAGUE = person("Mara Quist", "quaystone-clinic.example")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Interview: Jordan Pike - SDR", "You're scheduled to interview Jordan Pike today."),
        ("Vorstellungsgespräch - Buchhaltung", "Bitte führen Sie das Gespräch mit der Bewerberin."),
        ("Entretien - Léa Martin (comptable)", "Merci de recevoir la candidate avec Mara."),
        ("Entrevista - Carlos Ruiz (almacén)", "Vas a entrevistar a Carlos junto con Mara."),
        ("Entrevista - Pedro Alves", "Você vai entrevistar o Pedro com a Mara."),
        ("Colloquio - Giulia Neri", "Il colloquio con la candidata lo fai tu con Mara."),
        ("Sollicitatiegesprek - Noor de Vries", "Het gesprek met de kandidaat doe je met Mara."),
        ("Hiring panel - Night Manager", "Two candidates back to back. Interview pack attached."),
    ],
)
def test_a_text_that_asks_the_user_to_interview_someone_puts_them_on_the_panel(
    title: str, body: str
) -> None:
    assert not decide(title, body, CLINIC, (CLINIC, CLINIC_COLLEAGUE)).is_interview


@pytest.mark.parametrize(
    "body",
    [
        "You'll interview with Mara and then you will interview onsite with the team.",
        "Sie führen das Gespräch mit Frau Quist. Bitte bringen Sie Ihre Unterlagen mit.",
        "Nous allons vous faire passer un entretien avec Mara, puis un test.",
        "Farai il colloquio con la responsabile, Mara Quist.",
        "Je voert het gesprek met Mara Quist en een collega.",
        "Mara va a entrevistarte. Por favor traiga su CV.",
        "On the day you'll interview the practice manager and then meet the team.",
    ],
)
def test_a_candidate_told_whom_they_interview_with_is_still_the_candidate(body: str) -> None:
    title = "Interview - Practice Nurse"
    assert verdict(decide(title, body, CLINIC, (CLINIC, CLINIC_COLLEAGUE))) == "interview"


# --------------------------------------------------------------------------- services for a seeker


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Entrevista IEFP - centro de emprego", "Plano pessoal de emprego."),
        ("Termin beim Jobcenter", "Bitte Lebenslauf und Bewerbungen mitbringen."),
        ("Rendez-vous France Travail - conseillère", "Apportez votre CV."),
        ("Work coach appointment", "Bring your CV and your job search record."),
        ("Colloquio al centro per l'impiego", "Portare il CV."),
        ("Bewerbungsfotos - Studio Nordlicht", "Fotoshooting, Business-Outfit mitbringen."),
        ("Erstgespräch Steuerberatung", "Unterlagen zur Steuererklärung mitbringen."),
        ("Entretien conseiller bancaire - projet immobilier", ""),
    ],
)
def test_a_service_for_the_user_as_a_job_seeker_or_a_client_is_no_interview(
    title: str, body: str
) -> None:
    office = Attendee("termine@service-nordlicht.example", "Service Nordlicht")
    assert not decide(title, body, office, (office,)).is_interview


@pytest.mark.parametrize(
    "title",
    [
        "Entrevista de trabajo - SEPE (técnico de empleo)",
        "Vorstellungsgespräch Agentur für Arbeit - Arbeitsvermittler",
        "Sollicitatiegesprek UWV - klantmanager",
    ],
)
def test_a_post_at_the_employment_service_is_a_job(title: str) -> None:
    hr = person("Mara Hale", "public-service.example")
    assert verdict(decide(title, "", hr, (hr,))) == "interview"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Meet & greet - Harbour Café (barista)",
            "Hi Robin, thanks for your CV! Pop in for a chat.",
        ),
        ("Schnuppertag Schreinerei", "Du kannst bei uns schnuppern (Lehrstelle Schreiner)."),
        ("Kitchen trial - Line Cook", ""),
    ],
)
def test_a_small_business_meeting_the_user_about_a_job_they_applied_for_is_a_selection(
    title: str, body: str
) -> None:
    shop = Attendee("hello@harbour-cafe.example", "Harbour Café")
    assert verdict(decide(title, body, shop, (shop,))) == "interview"


def test_a_gyms_thanks_for_applying_to_its_programme_is_no_job() -> None:
    gym = Attendee("hello@forge-fitness.example", "Forge Fitness")
    body = "Thanks for applying for our 6-week programme! A consultation about your goals."
    assert not decide("Personal trainer - first session", body, gym, (gym,)).is_interview


# --------------------------------------------------------------------------- not the candidate


@pytest.mark.parametrize(
    "title",
    [
        "Interview childminder – Jo",
        "Interview the childminder (Mrs Pell)",
        "Kennenlernen Tagesmutter – Frau Berg",
        "Entretien assistante maternelle – Mme Roux",
        "Kennismaking gastouder Anouk",
        "Colloquio baby sitter – Giulia",
        "Entrevista niñeras – viernes",
    ],
)
def test_the_user_choosing_who_minds_their_children_is_not_their_interview(title: str) -> None:
    minder = person("Jo Pell", "gmail.com")
    assert verdict(decide(title, "Ask about pick-ups, holidays, references.", None, (minder,))) == (
        "not"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Interviews – kitchen fitters",
        "Interviews: window installers",
        "Interviewing 3 loft builders",
        "Interview bathroom fitters (two firms)",
        "Garden landscapers interviews",
    ],
)
def test_the_user_choosing_among_trades_for_their_home_is_not_their_interview(title: str) -> None:
    assert verdict(decide(title, "Three firms coming to quote, 9am and 11am.")) == "not"


@pytest.mark.parametrize(
    ("title", "body", "organizer"),
    [
        ("Interview – Kitchen Fitter (Glazewell Interiors)", "Bring the tools list.", None),
        ("Interview: Window Installer role @ Glazewell", "", None),
        ("Interview – Carpenter – Orvik Bau", "", None),
        ("Installer interview – SunPeak Solar", "Thanks for applying!", DANA),
        ("Interview – Solar Installers team – SunPeak", "Your application", DANA),
    ],
)
def test_a_candidates_own_trade_named_in_the_title_is_still_their_interview(
    title: str, body: str, organizer: Attendee | None
) -> None:
    others = (organizer,) if organizer else ()
    assert verdict(decide(title, body, organizer, others)) == "interview"


SCHOOL_OFFICE = Attendee("office@lindenschule.example", "Sekretariat Lindenschule")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Vorstellungsgespräch Gymnasium – Mia (5. Klasse)",
         "Aufnahmegespräch für Mia mit der Schulleiterin. Zeugnis mitbringen."),
        ("Interview – Year 3 entry", "Admissions interview for Theo with the Head of Juniors."),
        ("Entretien – Collège Saint-Roch", "Entretien d'admission en 6e avec la directrice."),
        ("Entrevista – Colegio Almendros", "Entrevista de admisión para Lucas, con la directora."),
        ("Colloquio – Liceo Volta", "Colloquio di ammissione per Giulia, classe prima."),
        ("Kennismakingsgesprek – Het Baken", "Toelatingsgesprek voor Sem met de teamleider."),
    ],
)  # fmt: skip
def test_a_schools_admission_of_a_pupil_is_no_interview_whatever_its_title(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body, SCHOOL_OFFICE, (SCHOOL_OFFICE,))) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Interview – Admissions Officer", "The post runs admissions interviews with applicants."),
        ("Vorstellungsgespräch – Lehrkraft Mathematik",
         "Zur Stelle gehören auch Aufnahmegespräche mit neuen Schülern."),
        ("Entrevista – Auxiliar de admisiones",
         "Entrevista para el puesto con la responsable del proceso de admisión."),
        ("Interview – Teaching Assistant", "Interview with the head teacher; bring your CV."),
    ],
)  # fmt: skip
def test_a_schools_interview_for_a_post_stays_one_beside_admissions(title: str, body: str) -> None:
    assert verdict(decide(title, body, SCHOOL_OFFICE, (SCHOOL_OFFICE,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Prova online – Processo seletivo Analista Fiscal",
        "Prueba de conocimientos – Proceso de selección Técnico Contable",
        "Wissenstest – Auswahlverfahren Sachbearbeitung",
        "Test de connaissances – Recrutement Comptable",
        "Prova scritta – Selezione Impiegato amministrativo",
        "Kennistoets – Sollicitatie Administratief medewerker",
        "Knowledge test – Payroll Officer application",
    ],
)
def test_a_test_of_knowledge_sat_alone_in_a_selection_is_no_interview(title: str) -> None:
    assert verdict(decide(title, "60 questions on the platform, 2 hours.")) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Processo seletivo – Analista Fiscal – Brightwave",
        "Proceso de selección – Técnico Contable (entrevista)",
        "Sollicitatie – Brightwave",
        "Vorstellungsgespräch mit schriftlichem Test – Buchhaltung",
    ],
)
def test_a_selection_process_met_in_person_is_an_interview(title: str) -> None:
    assert verdict(decide(title, "Conversation with Dana.", DANA, (DANA, TALENT))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Prep: STAR stories for Brightwave interview",
        "Prep - final round Brightwave",
        "Prepare for Brightwave panel interview",
        "Vorstellungsgespräch vorbereiten – Orvik Bau",
        "Préparer l'entretien Brightwave",
        "Preparar entrevista – Brightwave",
        "Sollicitatiegesprek voorbereiden",
    ],
)
def test_the_users_preparation_said_in_short_or_with_a_verb_is_not_an_interview(
    title: str,
) -> None:
    assert verdict(decide(title, "Draft six stories; review the job ad.")) == "not"


@pytest.mark.parametrize(
    "title",
    [
        "Interview – Prep Cook – Brightwave Kitchen",
        "Entretien – Préparateur de commandes – Brightwave",
        "Entrevista – Preparador físico – Brightwave",
        "Colloquio – Preparatore atletico",
    ],
)
def test_a_post_whose_name_speaks_of_preparing_is_a_job(title: str) -> None:
    assert verdict(decide(title, "Thanks for applying.", DANA, (DANA,))) == "interview"


HOST = person("Zoe Marsh", "lanternpod.example")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Podcast recording – 'Lantern Talks' ep. 12: interview with Robin",
         "Thanks for coming on the show! We'll chat about your first job."),
        ("Interview – Lantern Talks", "So glad you'll be our guest on the podcast."),
        ("Interview mit Robin – Lantern Talk", "Schön, dass du zu Gast in unserem Podcast bist."),
        ("Entrevista – Lantern", "Gracias por venir a nuestro podcast como invitada."),
        ("Intervista – Lantern", "Grazie di essere ospite del nostro podcast."),
    ],
)  # fmt: skip
def test_a_guest_of_a_show_is_interviewed_for_its_listeners(title: str, body: str) -> None:
    assert verdict(decide(title, body, HOST, (HOST,))) == "not"


def test_a_media_company_interviewing_for_a_post_names_its_show_in_passing() -> None:
    body = "Interview for the producer role. You may know us from our podcast."
    assert verdict(decide("Interview – Lantern Media", body, HOST, (HOST,))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Vorstellungsgespräch Putzhilfe Frau Novak",
        "Sollicitatiegesprek oppas – Noor",
        "Entretien d'embauche nounou – Awa",
        "Entrevista de trabajo – niñera",
        "Colloquio di lavoro badante – Ana",
    ],
)
def test_the_user_hiring_help_at_home_by_a_job_interviews_name_is_not_theirs(title: str) -> None:
    assert verdict(decide(title, "Stundenlohn, Referenzen")) == "not"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Entrevista – Escuela Infantil Los Pinos", "Reunión con las familias de nuevo ingreso."),
        ("Colloquio – Scuola Arcobaleno", "Colloquio con i genitori dei nuovi iscritti."),
        ("Kennismakingsgesprek – De Linde", "Voor ouders van nieuwe leerlingen."),
        ("Gespräch – Lindenschule", "Kennenlernen der neuen Schüler und ihrer Eltern."),
    ],
)
def test_a_schools_meeting_with_its_new_pupils_families_is_no_interview(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body, SCHOOL_OFFICE, (SCHOOL_OFFICE,))) == "not"


LAW_OFFICE = Attendee("segreteria@studiorossi.example", "Segreteria Studio Rossi")
PARTNER = person("Maria Rossi", "studiorossi.example")


@pytest.mark.parametrize(
    "title",
    [
        "Colloquio – Praticante avvocato – Studio Rossi",
        "Entretien – Stagiaire avocat – Cabinet Rossi",
        "Entrevista – Pasante de abogado – Despacho Rossi",
        "Kennismaking – Stagiair advocatuur – Rossi Advocaten",
        "Interview – Trainee Solicitor – Rossi LLP",
    ],
)
def test_a_trainee_post_in_any_profession_is_a_job(title: str) -> None:
    body = "Confirmed with Maria Rossi at the office."
    assert verdict(decide(title, body, LAW_OFFICE, (PARTNER,))) == "interview"


@pytest.mark.parametrize(
    "title",
    ["Colloquio con l'avvocato Rossi – separazione", "Entretien avec mon avocat – divorce"],
)
def test_the_users_own_lawyer_is_no_employer(title: str) -> None:
    assert verdict(decide(title, "", LAW_OFFICE, (PARTNER,))) == "not"


REPORTER = person("Lena Fuentes", "farodiario.example")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Entrevista para El Faro – reportaje",
         "La periodista te llamará para el reportaje sobre emprendedores locales."),
        ("Interview – Faro Daily", "Our reporter will call you for the piece on local founders."),
        ("Intervista – Il Faro", "La giornalista la chiamerà per l'articolo sulle startup locali."),
        ("Interview – Faro Krant", "De verslaggever belt je voor het artikel over ondernemers."),
        ("Entrevista – Jornal Farol", "A jornalista liga para a reportagem sobre startups."),
    ],
)  # fmt: skip
def test_a_piece_for_the_press_named_with_any_article_is_a_press_interview(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body, REPORTER, (REPORTER,))) == "not"


def test_a_newspaper_interviewing_for_a_reporters_post_is_a_job() -> None:
    body = "Thanks for applying for the reporter role."
    title = "Interview – Junior Reporter – Faro Daily"
    assert verdict(decide(title, body, REPORTER, (REPORTER,))) == "interview"


NEWSROOM = person("Lena Fuentes", "harbournews.example")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Interview – Harbour News", "Questions about your bakery for Saturday's edition."),
        ("Interview – Porträt", "Für unsere Leser: ein Porträt über Gründerinnen."),
        ("Entretien – portrait", "Quelques questions sur votre parcours. Parution jeudi."),
        (
            "Intervista – Harbour News",
            "Le domande per l'intervista che uscirà sul prossimo numero.",
        ),
        (
            "Entrevista – Harbour News",
            "Perguntas para a matéria de domingo sobre o seu restaurante.",
        ),
        ("Interview – Harbour News", "We'd love to feature you in our 'Local Heroes' series."),
        ("Gesprek – Harbour News", "Vragen voor onze lezers; het stuk verschijnt zaterdag."),
    ],
)
def test_a_piece_about_the_user_in_an_edition_or_on_air_is_the_presss(
    title: str, body: str
) -> None:
    assert verdict(decide(title, body, NEWSROOM, (NEWSROOM,))) == "not"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying for the sub-editor position; our readers come first.",
        "Sorry about the issue with the link. Dana will call you.",
        "La chiameremo sul numero indicato per il colloquio.",
        "De link verschijnt op je scherm; gesprek met Dana.",
    ],
)
def test_a_company_interview_speaking_of_readers_or_an_issue_stays_one(body: str) -> None:
    assert verdict(decide("Interview – Quillmark", body, DANA, (DANA, TALENT))) == "interview"


@pytest.mark.parametrize(
    "title",
    [
        "Gespräch über die Stelle als Buchhalterin",
        "Rencontre – poste de comptable",
        "Charla – puesto de contable",
        "Conversa sobre a vaga de contador",
        "Chiacchierata – posizione di contabile",
        "Kennismaking – vacature boekhouder",
        "Call re: the bookkeeper role",
    ],
)
def test_a_companys_meeting_named_for_a_post_is_an_interview(title: str) -> None:
    assert verdict(decide(title, "Looking forward to it.", DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "body",
    [
        "Wir möchten Sie kennenlernen und über die ausgeschriebene Position sprechen.",
        "Queremos conocerte tras recibir tu CV.",
        "Vorremmo conoscerla dopo aver ricevuto il suo CV.",
        "Gostaríamos de conhecê-lo após recebermos seu currículo.",
        "We have read your CV and would love to meet.",
    ],
)
def test_a_company_that_has_read_the_users_cv_meets_a_candidate(body: str) -> None:
    assert verdict(decide("Meeting – Brightwave", body, DANA, (DANA,))) == "interview"


@pytest.mark.parametrize(
    "title",
    ["Installation poste de travail", "Rendez-vous – poste de police", "Call re: my new role"],
)
def test_a_post_word_in_another_sense_names_no_post_to_fill(title: str) -> None:
    assert verdict(decide(title, "", DANA, (DANA,))) == "not"

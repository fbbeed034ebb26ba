"""Who is a person in an invitation, and which part each one plays: each test is one fact of
how invitations are written, with invented people and companies (none from the corpora)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from agent.detect import detect
from agent.model import Attendee, Detection, Event, Me
from agent.names import display_name, greeting_name, name_key

LA = ZoneInfo("America/Los_Angeles")
ME = Me(name="Robin Seeker", email="robin.seeker@gmail.com", timezone="America/Los_Angeles")
SELF = Attendee("robin.seeker@gmail.com", "Robin Seeker", "accepted", is_self=True)


def _detect(
    summary: str,
    description: str = "",
    organizer: Attendee | None = None,
    others: tuple[Attendee, ...] = (),
    html: bool = False,
) -> Detection:
    found = _decided(summary, description, organizer, others, html)
    assert found.is_interview, found.reasons
    return found


def _decided(
    summary: str,
    description: str = "",
    organizer: Attendee | None = None,
    others: tuple[Attendee, ...] = (),
    html: bool = False,
) -> Detection:
    """What detection decides about an event with these texts and people, interview or not."""
    event = Event(
        uid="p1",
        start_at=datetime(2026, 6, 3, 10, 0, tzinfo=LA),
        end_at=datetime(2026, 6, 3, 11, 0, tzinfo=LA),
        tz="America/Los_Angeles",
        summary=summary,
        description=description,
        organizer=organizer,
        attendees=(SELF, *others),
        html_description=html,
    )
    return detect(event, ME)


def _at(address: str, name: str | None, **kw: object) -> Attendee:
    return Attendee(address, name, "accepted", **kw)  # type: ignore[arg-type]


def _addresses(found: Detection) -> set[str]:
    return {p.email for p in found.interviewers if p.email}


def _names(found: Detection) -> set[str]:
    return {p.name or "" for p in found.interviewers}


def test_no_reply_scheduler_group_room_and_cohort_addresses_are_no_people() -> None:
    lee = _at("lee.park@bellwether.example", "Lee Park")
    found = _detect(
        "Interview: Data Engineer",
        organizer=Attendee("no-reply@bellwether.example", "Bellwether Careers"),
        others=(
            lee,
            _at("careers@bellwether.example", "Bellwether Careers"),
            _at("hiring-panel@bellwether.example", "Data Hiring Panel"),
            _at("sync@ghcalendar.io", None),
            _at("room-4b@bellwether.example", "Room 4B", resource=True),
            _at("c_1f2e@group.calendar.google.com", "Interviews calendar"),
            _at("trainees2027@bellwether.example", "Trainees 2027"),
            _at("nurses@bellwether.example", "Staff Nurses"),
        ),
    )
    assert _addresses(found) == {"lee.park@bellwether.example"}


def test_itinerary_times_zones_and_titles_are_no_part_of_a_name() -> None:
    org = _at("talent@bellwether.example", "Bellwether Talent")
    found = _detect(
        "Bellwether onsite",
        "10:00 - 10:45 PST Priya Venkat\n"
        "11:00 AM - 11:45 AM Coding - Sam Ortiz\n"
        "13h00 – 13h45 CET | Entretien technique | M. Jean Dupuis\n"
        "14:00–14:30 (ET) Prof. Ana Ruiz – Research talk",
        org,
        (org,),
    )
    people = {p.name: p for p in found.interviewers}
    assert set(people) == {"Priya Venkat", "Sam Ortiz", "Jean Dupuis", "Ana Ruiz"}
    assert people["Sam Ortiz"].session == "Coding"
    assert {greeting_name(n) for n in people} == {"Priya", "Sam", "Jean", "Ana"}


def test_an_html_table_itinerary_names_its_interviewers() -> None:
    org = _at("graduates@bellwether.example", "Bellwether Graduate Recruitment")
    found = _detect(
        "Bellwether - Assessment day",
        "<table><tr><th>Time</th><th>Session</th><th>With</th></tr>"
        "<tr><td>09:00</td><td>Welcome</td><td>Graduate Recruitment team</td></tr>"
        "<tr><td>09:30</td><td>Competency interview</td><td>Lena Marsh, Director</td></tr>"
        "<tr><td>10:30</td><td>Group exercise</td><td>Assessed by Omar Haddad, Associate</td>"
        "</tr></table>",
        org,
        (org,),
        html=True,
    )
    assert _names(found) == {"Lena Marsh", "Omar Haddad"}
    assert not _addresses(found)  # a shared mailbox is never an interviewer


def test_titles_never_become_first_names() -> None:
    assert greeting_name("Frau Hanne Vogt") == "Hanne"
    assert greeting_name("Mme Claire Dubois") == "Claire"
    assert greeting_name("M. Jean Dupuis") == "Jean"
    assert greeting_name("Dr. Anika Rao") == "Anika"
    assert greeting_name("Prof. R. Iyer") == "Prof. Iyer"  # an initial is no name to greet by


def test_one_person_is_one_person_however_their_name_is_written() -> None:
    variants = ("Dana Whitfield (she/her)", "Dana Whitfield | Bellwether", "Dana J. Whitfield")
    assert {name_key(v) for v in variants} == {name_key("Dana Whitfield")}
    assert display_name("Dana Whitfield (she/her)") == "Dana Whitfield"
    dana = _at("dana.w@bellwether.example", "Dana J. Whitfield (she/her)")
    found = _detect(
        "Interview with Dana",
        "Interviewers: Dana Whitfield\n10:00 - 10:45 Portfolio review - Dana",
        dana,
        (dana,),
    )
    assert [(p.name, p.email) for p in found.interviewers] == [
        ("Dana J. Whitfield", "dana.w@bellwether.example")
    ]


def test_a_nickname_is_the_start_of_a_given_name() -> None:
    facu = _at("facundo.ibarra@bellwether.example", "Facundo Ibarra")
    org = _at("agus@bellwether.example", "Agustina Paz", optional=True)
    found = _detect(
        "Entrevista técnica", "La entrevista es con Facu (Tech Lead).", org, (facu, org)
    )
    assert _names(found) == {"Facundo Ibarra"}


def test_the_organizer_interviews_one_to_one_or_when_they_say_they_take_part() -> None:
    jo = _at("jo.lind@bellwether.example", "Jo Lind")
    assert _addresses(_detect("Phone screen", "Talk soon!", jo, (jo,))) == {jo.email}
    kim = _at("kim.ode@bellwether.example", "Kim Ode")
    said = (
        "I'll be joining along with Kim.",
        "Estarei presente com o Kim.",
        "Saranno presenti Kim Ode e la sottoscritta.",
        "La entrevista será con Kim y conmigo.",
    )
    for text in said:
        assert _addresses(_detect("Interview", text, jo, (jo, kim))) == {jo.email, kim.email}
    assert _addresses(_detect("Interview", "You'll meet Kim.", jo, (jo, kim))) == {kim.email}


def test_someone_who_only_organises_is_no_interviewer_but_the_recruiter() -> None:
    kim = _at("kim.ode@bellwether.example", "Kim Ode")
    tia = _at("tia.moss@bellwether.example", "Tia Moss")
    found = _detect(
        "Panel interview",
        "Panel: Kim Ode (Engineering Manager). Tia Moss (HR) will facilitate; she does not score.",
        tia,
        (kim, tia),
    )
    assert _addresses(found) == {kim.email}
    assert found.recruiter is not None and found.recruiter.email == tia.email
    found = _detect(
        "Entrevista",
        "Participante: Kim Ode. A Tia Moss vai só abrir a sala e apresentar vocês.",
        Attendee("no-reply@gupy.io", "Bellwether via Gupy"),
        (kim, tia),
    )
    assert _addresses(found) == {kim.email}


def test_a_street_a_floor_a_city_or_a_scheduler_is_no_name() -> None:
    lee = _at("lee.park@bellwether.example", "Lee Park")
    found = _detect(
        "Onsite interview",
        "Venue: 12 Broad Street, 4th floor, Newcastle upon Tyne (or Teams if you prefer).\n"
        "Room: Sala Ipê (12º andar)\nYou'll meet Lee Park (Head of Data).\n\nScheduled with Ashby",
        lee,
        (lee,),
    )
    assert _names(found) == {"Lee Park"}


def test_a_human_resources_departments_mailbox_is_no_interviewer_in_any_language() -> None:
    ismael = _at("ismael.buitrago@cafetal-andino.example", "Ismael Buitrago")
    for address, name in (
        ("gestionhumana@cafetal-andino.example", None),
        ("talento.humano@cafetal-andino.example", "Talento Humano"),
        ("gestaodepessoas@cafetal-andino.example", None),
        ("risorseumane@cafetal-andino.example", None),
        ("personeelszaken@cafetal-andino.example", None),
        ("rh@cafetal-andino.example", "Ressources Humaines"),
    ):
        mailbox = _at(address, name)
        # the interviewer sends the invite to the department's mailbox too
        found = _detect("Entrevista – Analista de Riesgos", "", ismael, (mailbox, ismael))
        assert _addresses(found) == {ismael.email}, address
        # the department sends it to the interviewer
        found = _detect("Entrevista – Analista de Riesgos", "", mailbox, (mailbox, ismael))
        assert _addresses(found) == {ismael.email}, address


def test_people_the_text_names_together_are_the_panel_the_organizer_among_them() -> None:
    erwan = _at("e.kerbrat@brevalis.example", "Erwan Kerbrat")
    solene = _at("s.parmentier@brevalis.example", "Solène Parmentier")
    for body in (
        "Vous rencontrerez Solène Parmentier (DRH) et Erwan Kerbrat, directeur technique.",
        "L'entretien sera mené par Solène Parmentier et Erwan Kerbrat.",
        "Sie lernen Solène Parmentier und Erwan Kerbrat kennen.",
        "Sie sprechen mit Frau Parmentier und Herrn Kerbrat.",
        "La entrevista la realizarán Solène Parmentier y Erwan Kerbrat.",
        "A entrevista será conduzida por Solène Parmentier e Erwan Kerbrat.",
        "Il colloquio sarà condotto da Solène Parmentier e Erwan Kerbrat.",
        "Het gesprek wordt gevoerd door Solène Parmentier en Erwan Kerbrat.",
        "Solène Parmentier and Erwan Kerbrat will interview you.",
        "Vous serez reçu par Mme Parmentier ainsi que M. Kerbrat.",
        "Sie treffen Frau Parmentier sowie Herrn Kerbrat.",
        "You'll meet Solène Parmentier as well as Erwan Kerbrat.",
        "Conocerás a Solène Parmentier así como a Erwan Kerbrat.",
    ):
        found = _detect("Entretien – Responsable Qualité", body, erwan, (erwan, solene))
        assert _addresses(found) == {erwan.email, solene.email}, body
        assert None not in {p.email for p in found.interviewers}, body
    listed = "Votre entretien aura lieu avec nos équipes (Solène Parmentier, Erwan Kerbrat)."
    found = _detect("Entretien – Responsable Qualité", listed, erwan, (erwan, solene))
    assert _addresses(found) == {erwan.email, solene.email}
    # a coordinator who signs alone is no part of the panel
    signed = "Vous rencontrerez Solène Parmentier.\n\nBien cordialement,\nErwan Kerbrat"
    found = _detect("Entretien – Responsable Qualité", signed, erwan, (erwan, solene))
    assert _addresses(found) == {solene.email}


def test_an_itinerary_slot_topic_with_name_or_in_parentheses_gives_that_person_the_session() -> (
    None
):
    org = _at("talent@bellwether.example", "Bellwether Talent")
    found = _detect(
        "Onsite interview - Data Analyst",
        "10:00 - 10:45  SQL exercise with Priya Venkat\n"
        "11:00 - 11:45  Fallstudie mit Jonas Brandt\n"
        "12:00 - 12:30  Lunch with the team\n"
        "13:00 - 13:45  Case study (Mara Lindqvist)\n",
        org,
        (org,),
    )
    people = {p.name: p for p in found.interviewers}
    assert set(people) == {"Priya Venkat", "Jonas Brandt", "Mara Lindqvist"}
    assert people["Mara Lindqvist"].session == "Case study"
    assert people["Priya Venkat"].session == "SQL exercise"
    assert people["Jonas Brandt"].session == "Fallstudie"


def test_a_person_labelled_recruiter_or_coordinator_organises_and_does_not_interview() -> None:
    lena = _at("lena.frost@bellwether.example", "Lena Frost")
    kim = _at("kim.ode@bellwether.example", "Kim Ode")
    tia = _at("tia.moss@bellwether.example", "Tia Moss")
    found = _detect(
        "Onsite interview - Data Analyst",
        "Agenda:\n10:00 - 10:45 Kim Ode - SQL exercise\n11:00 - 11:45 Tia Moss - Case study\n\n"
        "Recruiter: Lena Frost",
        lena,
        (lena, kim, tia),
    )
    assert _addresses(found) == {kim.email, tia.email}
    assert found.recruiter is not None and found.recruiter.email == lena.email
    found = _detect(
        "Onsite interview - Data Analyst",
        "Agenda:\n10:00 - 10:45 Kim Ode - SQL exercise\n11:00 - 11:45 Tia Moss - Case study\n\n"
        "Your recruiter, Lena Frost (lena.frost@bellwether.example), will meet you at reception.",
        Attendee("no-reply@bellwether.example", "Bellwether Careers"),
        (lena, kim, tia),
    )
    assert _addresses(found) == {kim.email, tia.email}
    assert found.recruiter is not None and found.recruiter.email == lena.email
    # a recruiter screen, one to one: the recruiter is the interviewer
    found = _detect("Phone screen - Data Analyst", "Recruiter: Lena Frost", lena, (lena,))
    assert _addresses(found) == {lena.email}


def test_an_organizer_who_says_someone_else_interviews_is_no_interviewer_one_to_one() -> None:
    mei = _at("mei.lin@harbourlumen.example", "Mei Lin")
    for body in (
        "Hi Robin, the hiring manager will call you at this time. Best, Mei",
        "Hi Robin, please dial in at the time below. Our CFO will interview you.",
        "Dear Robin, I have scheduled your interview with the hiring team.",
        "Bonjour Robin, l'entretien sera mené par notre directeur commercial.",
        "Hola Robin, la entrevista la hará nuestro director de operaciones.",
        "Ciao Robin, il colloquio sarà condotto dal nostro responsabile tecnico.",
    ):
        found = _detect("Interview – Product Analyst", body, mei, (mei,))
        assert _addresses(found) == set(), body
        assert found.recruiter is not None and found.recruiter.email == mei.email
    # one-to-one with the organizer, who says nothing of anyone else, they interview
    found = _detect("Interview – Product Analyst", "Looking forward to it!", mei, (mei,))
    assert _addresses(found) == {mei.email}


def test_a_middle_initial_or_a_surnames_initial_still_names_the_one_person() -> None:
    lee = _at("lee.park@quarrytech.example", "Lee Park")
    for display, body in (
        ("Dana Whitfield (She/Her)", "With: Dana J. Whitfield, Lee Park"),
        ("Whitfield, Dana J.", "With: Dana J. Whitfield, Lee Park"),
        ("Dana W.", "Interviewers: Dana Whitfield (Head of Data), Lee Park"),
        ("Dana W.", "Itinerary:\n10:00–10:45 Dana Whitfield – technical\n11:00 Lee Park"),
    ):
        dana = _at("d.whitfield@quarrytech.example", display)
        found = _detect("Interview – Data Engineer", body, dana, (dana, lee))
        assert _addresses(found) == {dana.email, lee.email}, (display, body)
        assert len(found.interviewers) == 2, (display, body)  # no second, address-less Dana


def test_a_credential_after_a_name_keeps_its_capitals() -> None:
    assert display_name("Dana Whitfield, MBA") == "Dana Whitfield, MBA"
    assert display_name("JOHN OKONJO III") == "John Okonjo III"
    assert display_name("DANA WHITFIELD") == "Dana Whitfield"


def test_a_tool_or_topic_after_with_in_prose_is_no_interviewer() -> None:
    # Prose puts tools and topics after "with" too, and German capitalises every noun: a single
    # word there is a person only when it is an attendee's name. The one-to-one organizer still
    # interviews and is thanked.
    lena = _at("lena.hartmann@quellwerk.example", "Lena Hartmann")
    for description in (
        "Themen: Streaming mit Kafka, Datenmodellierung.\nViele Grüße\nLena Hartmann",
        "We will talk about event streaming with Kafka and your work on pipelines.",
        "Nous parlerons de vos projets avec Spark.",
    ):
        found = _detect("Interview - Quellwerk", description, lena, (lena,))
        assert _addresses(found) == {"lena.hartmann@quellwerk.example"}, description
        assert _names(found) == {"Lena Hartmann"}, description


def test_people_met_in_prose_are_named_whole_or_after_a_verb_of_meeting() -> None:
    org = _at("talent@quellwerk.example", "Quellwerk Talent")
    found = _detect("Interview - Quellwerk", "You will speak with Priya and Tom.", org)
    assert _names(found) >= {"Priya", "Tom"}
    found = _detect("Interview - Quellwerk", "A conversation with Priya Nair (Data Lead).", org)
    assert "Priya Nair" in _names(found)
    tom = _at("tom.gale@quellwerk.example", "Tom Gale")
    found = _detect("Interview - Quellwerk", "A first chat with Tom about the team.", org, (tom,))
    assert _addresses(found) == {"tom.gale@quellwerk.example"}


def test_a_candidate_interview_titled_with_the_users_name_is_their_interview() -> None:
    # A scheduler may give the candidate the interviewers' title, the candidate named in it.
    lena = _at("lena.hartmann@quellwerk.example", "Lena Hartmann")
    found = _detect("Candidate Interview - Robin Seeker - Data Engineer", "", lena, (lena,))
    assert _addresses(found) == {"lena.hartmann@quellwerk.example"}


def test_a_candidate_interview_naming_someone_else_is_not_the_users() -> None:
    lena = _at("lena.hartmann@quellwerk.example", "Lena Hartmann")
    for title in ("Candidate Interview - Sam Ortiz", "Candidate interview: Data Engineer"):
        assert not _decided(title, "", lena, (lena,)).is_interview, title


def test_an_offices_mailbox_is_no_person() -> None:
    head = _at("head@larchfield.sch.example", "Maren Oduya")
    found = _detect(
        "Interview - Class Teacher",
        "",
        head,
        (head, _at("office@larchfield.sch.example", "Larchfield Primary School Office")),
    )
    assert _addresses(found) == {"head@larchfield.sch.example"}


def test_someone_the_text_says_will_not_be_there_does_not_interview() -> None:
    dana = _at("dana.whitfield@bellwether.example", "Dana Whitfield")
    lee = _at("lee.park@bellwether.example", "Lee Park")
    sam = _at("sam.ortiz@bellwether.example", "Sam Ortiz")
    for said in (
        "Sam Ortiz set this up and will not attend the interview itself.",
        "Herr Ortiz hat den Termin organisiert und ist beim Gespräch selbst nicht dabei.",
        "M. Sam Ortiz a organisé l'entretien mais ne sera pas présent.",
        "Sam Ortiz organizó la entrevista, pero no estará presente.",
    ):
        scheduler = Attendee("no-reply@bellwether.example", "Bellwether Careers")
        found = _detect("Interview: Data Engineer", said, scheduler, (dana, lee, sam))
        assert _addresses(found) == {
            "dana.whitfield@bellwether.example",
            "lee.park@bellwether.example",
        }, said


def test_a_team_named_before_who_will_not_score_is_not_taken_for_the_person() -> None:
    chair = _at("nia.obi@bellwether.example", "Obi, Nia")
    helen = _at("helen.marsh@bellwether.example", "Marsh, Helen")
    found = _detect(
        "Interview: Policy Adviser",
        "A written exercise first, invigilated by Helen Marsh from the Resourcing team, who will "
        "not score.\nPanel: Nia Obi (Chair).",
        _at("recruitment@bellwether.example", "Bellwether Recruitment"),
        (chair, helen),
    )
    assert _addresses(found) == {"nia.obi@bellwether.example"}


def test_an_organizer_who_writes_that_they_are_on_the_panel_interviews() -> None:
    bev = _at("bev@lanternhouse.example", "Bev Amadi")
    gwen = _at("gwen.tal@lanternhouse.example", "Gwen Tal")
    for said in (
        "The panel will be me and Gwen Tal.",
        "I'll lead the first part, then Gwen Tal takes over.",
        "Je mènerai la première partie, puis Mme Gwen Tal reprendra.",
        "Ich führe den ersten Teil, danach übernimmt Frau Gwen Tal.",
    ):
        found = _detect("Interview - Fundraising Officer", said, bev, (bev, gwen))
        assert _addresses(found) == {"bev@lanternhouse.example", "gwen.tal@lanternhouse.example"}, (
            said
        )


def test_an_attendee_labelled_with_a_recruiting_function_organises_when_others_are_named() -> None:
    lena = _at("l.frost@bellwether.example", "Dr. Lena Frost")
    tom = _at("t.kern@bellwether.example", "Kern, Tom")
    ines = _at("i.alvim@bellwether.example", "Ines Alvim (Recruiting)")
    for label in ("Recruiting", "R&S", "RRHH", "People & Culture", "Assistante RH"):
        other = _at("i.alvim@bellwether.example", f"Ines Alvim ({label})")
        found = _detect(
            "Interview | Data Analyst",
            "You will speak with Dr. Lena Frost and Tom Kern.",
            Attendee("no-reply@bellwether.example", "Bellwether via Scheduler"),
            (lena, tom, other),
        )
        assert _addresses(found) == {"l.frost@bellwether.example", "t.kern@bellwether.example"}
    # a function that does not recruit leaves her on the panel
    found = _detect(
        "Interview | Data Analyst",
        "You will speak with Dr. Lena Frost and Tom Kern.",
        Attendee("no-reply@bellwether.example", "Bellwether via Scheduler"),
        (lena, tom, _at("i.alvim@bellwether.example", "Ines Alvim (R&D)")),
    )
    assert len(_addresses(found)) == 3
    # ... but interviews when the text names her too, or names no one
    found = _detect("Interview | Data Analyst", "A first call with Ines Alvim.", ines, (ines,))
    assert _addresses(found) == {"i.alvim@bellwether.example"}


def test_an_itinerary_slot_listing_a_panel_after_a_colon_names_each_member() -> None:
    head = _at("head@larchfield.sch.example", "Maren Oduya (Headteacher)")
    found = _detect(
        "Class Teacher - lesson observation and interview",
        "09:00  Arrive, sign in at the office (ID check)\n"
        "10:45  Formal interview: Mrs Maren Oduya (Headteacher), Mr Piet Lowe (Chair of Governors"
        " and Finance), Ms Ritu Chandra (SENCo)\n",
        head,
        (head,),
    )
    sessions = {p.name: (p.session, p.title) for p in found.interviewers}
    assert sessions == {
        "Maren Oduya": ("Formal interview", "Headteacher"),
        "Piet Lowe": ("Formal interview", "Chair of Governors and Finance"),
        "Ritu Chandra": ("Formal interview", "SENCo"),
    }


def test_a_name_written_family_name_first_is_greeted_by_the_given_name_its_address_shows() -> None:
    assert greeting_name("Tan Mei Hua (HR)", "meihua.tan@kallaway.example") == "Mei Hua"
    assert greeting_name("Kim Seo-yeon", "seoyeon.kim@kallaway.example") == "Seo-yeon"
    assert greeting_name("Tran Van Bao", "bao.tran@kallaway.example") == "Bao"
    # given name first, as the address writes it too: the first word
    assert greeting_name("Dana Whitfield", "dana.whitfield@kallaway.example") == "Dana"


def test_the_given_name_alone_in_the_text_is_the_family_name_first_attendee() -> None:
    tan = _at("meihua.tan@kallaway.example", "Tan Mei Hua (HR)")
    raj = _at("raj.pillai@kallaway.example", "Raj Pillai")
    found = _detect(
        "Interview: Operations Executive",
        "Mei Hua (HR) will go through your background; Raj will cover the scenarios.",
        _at("bookings@kallaway.example", "Kallaway Recruitment"),
        (tan, raj),
    )
    assert _addresses(found) == {"meihua.tan@kallaway.example", "raj.pillai@kallaway.example"}
    assert _names(found) == {"Tan Mei Hua", "Raj Pillai"}


def test_a_credential_after_a_comma_is_no_given_name() -> None:
    # "Last, First" puts the given name after a comma; a credential there is no name
    assert greeting_name("Mateo Vasquez-Hill, CNE") == "Mateo"
    assert greeting_name("Dee Harrow, MSN (she/her)") == "Dee"
    assert display_name("Dee Harrow, MSN (she/her)") == "Dee Harrow, MSN"
    assert display_name("Leanne Fitzgerald RN") == "Leanne Fitzgerald RN"
    assert display_name("Harrow, Dee") == "Dee Harrow"


def test_an_organizer_who_writes_they_sit_on_the_panel_interviews() -> None:
    kim = _at("kim.hale@orvane.example", "Kim Hale")
    sam = _at("sam.ito@orvane.example", "Sam Ito")
    both = {"kim.hale@orvane.example", "sam.ito@orvane.example"}
    for said in (
        "I am organising the meeting and will also join as part of the panel.",
        "I'm on the panel too, to talk about your motivation.",
        "I'll also be part of the interview panel.",
        "Ich bin ebenfalls Teil des Panels.",
        "Je ferai également partie du jury.",
        "Formaré parte del panel junto a Sam.",
    ):
        found = _detect("Interview - QA Engineer", f"Panel: Sam Ito. {said}", kim, (kim, sam))
        assert _addresses(found) == both, said
    for said in (  # another on the panel, or the writer staying out of it
        "Sam is the QA lead and will also join as part of the panel.",
        "I am organising the meeting and will not join.",
        "I will send the panel details tomorrow.",
        "I'm not part of the panel; I only organise.",
    ):
        found = _detect("Interview - QA Engineer", f"Panel: Sam Ito. {said}", kim, (kim, sam))
        assert _addresses(found) == {"sam.ito@orvane.example"}, said


def test_a_mailing_list_of_a_faculty_staff_or_membership_is_no_interviewer() -> None:
    ilse = _at("ilse.brand@talvik.example", "Dr. Ilse Brand")
    for lists in (
        _at("geo-faculty@talvik.example", "GEO Faculty"),
        _at("allstaff@talvik.example", "All Staff"),
        _at("members@talvik.example", "Search Committee Members"),
        _at("kollegium@talvik.example", "Kollegium Talvik"),
        _at("docentes.quimica@talvik.example", "Docentes Química"),
        _at("everyone@talvik.example", "Everyone at Talvik"),
    ):
        found = _detect(
            "Job talk - Assistant Professor search",
            "All are welcome. Search committee: Dr. Ilse Brand (chair).",
            _at("dept.admin@talvik.example", "Talvik Department Admin"),
            (ilse, lists),
        )
        assert _addresses(found) == {"ilse.brand@talvik.example"}, lists.name
    # a person whose name or address merely holds such a word is one
    for person in (
        _at("joss.stafford@talvik.example", "Joss Stafford"),
        _at("noor.vance@talvik.example", "Noor Vance (Faculty of Law)"),
    ):
        found = _detect(
            "Job talk - Assistant Professor search",
            "All are welcome.",
            _at("dept.admin@talvik.example", "Talvik Department Admin"),
            (ilse, person),
        )
        assert person.email in _addresses(found), person.name


def test_someone_who_observes_takes_minutes_or_has_no_vote_is_no_interviewer() -> None:
    teo = _at("teo.marsh@quarrybank.example", "Teo Marsh")
    rhea = _at("rhea.quint@quarrybank.example", "Quint, Rhea")
    pia = _at("pia.lund@quarrybank.example", "Pia Lund")
    for said in (
        "Panel:\n- Teo Marsh, Ward Manager\n- Rhea Quint, Matron\n"
        "- HR observer: Pia Lund (will not score)",
        "Interview panel\n• Teo Marsh (chair)\n• Rhea Quint\n• Pia Lund - note taker",
        "Commissione:\n- Teo Marsh – Presidente\n- Rhea Quint – Componente\n"
        "- Pia Lund – Segretaria verbalizzante (senza diritto di voto)",
        "Kommission: Teo Marsh und Rhea Quint.\nProtokoll: Pia Lund (ohne Stimmrecht)",
        "Jury : Teo Marsh et Rhea Quint. Pia Lund sera présente en tant qu'observatrice.",
        "Tribunal: Teo Marsh y Rhea Quint. Pia Lund asistirá como secretaria de actas, sin voto.",
        "Commissie: Teo Marsh en Rhea Quint; Pia Lund is waarnemer.",
    ):
        found = _detect(
            "Interview: Staff Nurse", said, _at("recruitment@quarrybank.example", None),
            (teo, rhea, pia),
        )  # fmt: skip
        assert _addresses(found) == {
            "teo.marsh@quarrybank.example",
            "rhea.quint@quarrybank.example",
        }, said
    for said in (  # one who observes a lesson, or takes notes while scoring, interviews
        "Panel: Teo Marsh, Rhea Quint and Pia Lund. Pia Lund will observe your lesson.",
        "Panel: Teo Marsh, Rhea Quint and Pia Lund; each panelist takes notes and scores.",
    ):
        found = _detect(
            "Interview: Class Teacher", said, _at("recruitment@quarrybank.example", None),
            (teo, rhea, pia),
        )  # fmt: skip
        assert len(_addresses(found)) == 3, said


def test_a_writer_who_will_not_be_there_or_is_off_the_panel_only_organises() -> None:
    ravi = _at("ravi.menon@brookmere.example", "Ravi Menon")
    greta = _at("greta.voss@ostwind.example", "Greta Voss")
    for said in (
        "I won't be there myself, but I'll call you beforehand.",
        "I'll be on the call to host and keep time, but I'm not on the panel.",
        "Eu não estarei presente; o cliente dará uma resposta até sexta.",
        "Je ne serai pas présente, mais je vous appelle avant.",
        "No estaré presente en la entrevista.",
        "Io non sarò presente al colloquio.",
        "Ik ben zelf niet aanwezig bij het gesprek.",
        "Ich werde beim Gespräch nicht dabei sein.",
    ):
        found = _detect(
            "Interview - Finance Manager",
            f"Your interview with Greta Voss (CFO) is confirmed. {said}",
            ravi,
            (ravi, greta),
        )
        assert _addresses(found) == {"greta.voss@ostwind.example"}, said
    # the writer who says they will be there, beside the one they named, interviews too
    found = _detect(
        "Interview - Finance Manager",
        "Your interview with Greta Voss (CFO) is confirmed. I'll join as well.",
        ravi,
        (ravi, greta),
    )
    assert _addresses(found) == {"greta.voss@ostwind.example", "ravi.menon@brookmere.example"}


def test_a_writer_who_leads_the_interview_or_counts_themself_present_interviews() -> None:
    ugo = _at("u.neri@selvara.example", "Ing. Ugo Neri")
    livia = _at("l.costa@selvara.example", "Livia Costa")
    for said in (
        "Il colloquio sarà condotto da me e durerà 45 minuti.",
        "L'entretien sera mené par moi.",
        "The interview will be conducted by me.",
        "La entrevista será realizada por mí.",
        "A entrevista será conduzida por mim.",
        "Das Gespräch wird von mir geführt.",
        "Het gesprek wordt door mij gevoerd.",
    ):
        found = _detect("Colloquio tecnico - Progettista", said, ugo, (ugo,))
        assert _addresses(found) == {"u.neri@selvara.example"}, said
    for said in (
        "Saremo presenti io e l'Ing. Livia Costa.",
        "Estaremos presentes yo y Livia Costa.",
        "Estaremos presentes eu e a Livia Costa.",
        "Nous serons présents, moi et Livia Costa.",
    ):
        found = _detect("Colloquio tecnico - Progettista", said, ugo, (ugo, livia))
        assert _addresses(found) == {"u.neri@selvara.example", "l.costa@selvara.example"}, said
    # a post of the company's leads it: the writer only arranges
    found = _detect(
        "Colloquio tecnico - Progettista",
        "Il colloquio sarà condotto dal nostro direttore tecnico.",
        ugo,
        (ugo,),
    )
    assert _addresses(found) == set()


def test_a_recruiter_named_by_post_beside_a_panel_organises_but_alone_holds_the_screen() -> None:
    wren = _at("wren.abara@brookmere.example", "Wren Abara")
    juno = _at("juno.hale@brookmere.example", "Juno Hale")
    for said in (
        "Juno Hale (Recruiter) will meet you in the lobby and walk you between rooms.",
        "Juno Hale (Talent Acquisition) will escort you to the interview room.",
        "Juno Hale (HR) will greet you at reception.",
    ):
        found = _detect(
            "Onsite interview - Reliability Engineer",
            f"10:00 - 10:45  Incident scenario - Wren Abara\n{said}",
            _at("talent@brookmere.example", "Brookmere Talent"),
            (wren, juno),
        )
        assert _addresses(found) == {"wren.abara@brookmere.example"}, said
    found = _detect(
        "Phone screen - Reliability Engineer",
        "Phone screen with Juno Hale (Talent Acquisition), 30 min.",
        juno,
        (juno,),
    )
    assert _addresses(found) == {"juno.hale@brookmere.example"}


def test_a_name_written_family_name_first_in_a_list_is_one_person() -> None:
    arne = _at("arne.holt@brookmere.example", "Holt, Arne")
    tilde = _at("tilde.aalto@brookmere.example", "Aalto, Tilde")
    found = _detect(
        "Onsite interview - Data Engineer",
        "9:00 – 9:50    Holt, Arne — Hiring Manager\n10:00 – 10:50  Aalto, Tilde — SQL exercise",
        _at("talent@brookmere.example", "Brookmere Talent"),
        (arne, tilde),
    )
    assert _names(found) == {"Arne Holt", "Tilde Aalto"}
    # first names listed with commas are several people, not one written surname first
    found = _detect(
        "Onsite interview - Data Engineer",
        "10:00  Portfolio review — Arne, Tilde, Pia\n11:00  Design — Tilde Aalto",
        _at("talent@brookmere.example", "Brookmere Talent"),
        (arne, tilde),
    )
    assert all(len(n.split()) <= 2 for n in _names(found)), _names(found)


def test_a_panel_listed_without_bullets_names_the_participants_it_lists() -> None:
    lotte = _at("lotte.brink@ostwind.example", "Brink, Lotte (OSW)")
    cato = _at("cato.lindqvist@ostwind.example", "Lindqvist, Cato (OSW)")
    found = _detect(
        "Interview: Policy Adviser (Ref 5521)",
        "You will be assessed against these elements:\nBehaviours\nStrengths\n\n"
        "Panel:\nLotte Brink (Grade 7, vacancy holder) – panel chair\nCato Lindqvist (SEO)\n\n"
        "The interview will last 50 minutes.",
        lotte,
        (lotte, cato),
    )
    assert _addresses(found) == {"lotte.brink@ostwind.example", "cato.lindqvist@ostwind.example"}
    assert _names(found) == {"Lotte Brink", "Cato Lindqvist"}


def test_professional_titles_and_degrees_are_no_names_of_their_own() -> None:
    ugo = _at("u.neri@selvara.example", "Neri Ugo")
    paz = _at("p.ortega@selvara.example", "Ortega Paz")
    found = _detect(
        "Colloquio - Istruttore Tecnico",
        "Commissione:\n- Arch. Ugo Neri – Presidente\n- Geom. Paz Ortega – Componente\n"
        "- Avv. Bruno Teglia – Componente\n- Enzo Riva, PhD (Esperto esterno)",
        _at("personale@selvara.example", "Servizio Personale"),
        (ugo, paz),
    )
    assert _names(found) == {"Neri Ugo", "Ortega Paz", "Bruno Teglia", "Enzo Riva"}


def test_a_nickname_in_quotes_names_the_one_person() -> None:
    mila = _at("msorensen@brookmere.example", 'Camilla "Mila" Sorensen')
    for said in ("Phone screen with Mila Sorensen, 30 min.", "Mila will call you at 10."):
        found = _detect("Phone screen - Marketing Coordinator", said, mila, (mila,))
        assert _addresses(found) == {"msorensen@brookmere.example"}, said
        assert len(found.interviewers) == 1, said


def test_a_founder_whose_name_the_firm_bears_is_a_person_not_its_mailbox() -> None:
    odile = _at("odile.ferrand@ferrandtalents.example", "Odile Ferrand | Ferrand Talents")
    found = _detect(
        "Entretien de qualification - Contrôleur qualité",
        "Je vais évaluer votre parcours avant de vous présenter au client.",
        odile,
        (odile,),
    )
    assert _addresses(found) == {"odile.ferrand@ferrandtalents.example"}
    # the firm's own mailbox, named for it, is no person
    desk = _at("contact@ferrandtalents.example", "Ferrand Talents")
    found = _detect("Entretien de qualification - Contrôleur qualité", "", desk, (desk,))
    assert _addresses(found) == set()


def test_a_member_who_only_advises_or_cannot_come_is_no_interviewer() -> None:
    ann = _at("ann.cole@lowfield.example", "Ann Cole")
    ben = _at("ben.dray@lowfield.example", "Dray, Ben")
    hana = _at("hana.ivers@lowfield.example", "Hana Ivers")
    for said in (
        "Panel: Ann Cole (Chair), Ben Dray. Hana Ivers (HR) will attend in an advisory capacity.",
        "Panel: Ann Cole (Chair), Ben Dray and Hana Ivers (HR adviser, non-scoring).",
        "Auswahlkommission: Ann Cole, Ben Dray. Hana Ivers nimmt mit beratender Stimme teil.",
        "Jury : Ann Cole, Ben Dray ; Hana Ivers (RH) avec voix consultative.",
        "Commissione: Ann Cole, Ben Dray. Hana Ivers partecipa con voto consultivo.",
        "Ann Cole and Ben Dray will interview you. Hana Ivers will sit in as an observer.",
        "Update: Hana Ivers is unwell, so Ben Dray will step in.",
        "Change to the panel: Ben Dray replaces Hana Ivers.",
        "Hana Ivers can no longer attend; Ann Cole and Ben Dray will interview you.",
        "Frau Hana Ivers ist leider verhindert.",
        "Mme Hana Ivers ne pourra pas être présente.",
        "Hana Ivers no podrá asistir; la sustituye Ben Dray.",
    ):
        found = _detect(
            "Interview: Band 6 Physiotherapist",
            said,
            _at("recruitment@lowfield.example", "Lowfield Recruitment"),
            (ann, ben, hana),
        )
        assert _addresses(found) == {"ann.cole@lowfield.example", "ben.dray@lowfield.example"}, said
    for said in (  # asked to say if the user cannot come, or on leave before it: on the panel
        "Panel: Ann Cole, Ben Dray, Hana Ivers. Please tell Hana Ivers if you cannot attend.",
        "Panel: Ann Cole, Ben Dray, Hana Ivers. Hana Ivers is on leave until Monday, so we "
        "moved the interview to Tuesday.",
    ):
        found = _detect(
            "Interview: Band 6 Physiotherapist",
            said,
            _at("recruitment@lowfield.example", "Lowfield Recruitment"),
            (ann, ben, hana),
        )
        assert len(_addresses(found)) == 3, said


def test_a_colleague_shadowing_sits_on_the_panel_and_the_one_shadowed_on_a_trial_assesses() -> None:
    # a colleague learning to interview is in the room: thanked with the panel
    ann = _at("ann.cole@lowfield.example", "Ann Cole")
    hana = _at("hana.ivers@lowfield.example", "Hana Ivers")
    found = _detect(
        "Interview: Band 6 Physiotherapist",
        "Interviewers: Ann Cole (lead) and Hana Ivers (shadowing)",
        _at("recruitment@lowfield.example", "Lowfield Recruitment"),
        (ann, hana),
    )
    assert _addresses(found) == {"ann.cole@lowfield.example", "hana.ivers@lowfield.example"}
    # the user shadowing someone on a trial day is the candidate, not one learning to interview
    for said in (
        "On the day you will be shadowing Hana Ivers, our senior carer, who will assess you.",
        "You'll shadow Hana on the ward for the morning; she will give us her feedback.",
    ):
        found = _detect("Trial shift - Care Assistant", said, hana, (hana,))
        assert _addresses(found) == {"hana.ivers@lowfield.example"}, said


def test_a_panel_desk_board_or_plural_post_mailbox_is_no_interviewer() -> None:
    ann = _at("ann.cole@lowfield.example", "Ann Cole")
    for group in (
        _at("interviewers@lowfield.example", "Interviewers"),
        _at("eng-leads@lowfield.example", "Eng Leads"),
        _at("ta-ops@lowfield.example", "TA Ops"),
        _at("visitors@lowfield.example", "Visitor Management"),
        _at("boardroom@lowfield.example", "Boardroom"),
        _at("sre-oncall@lowfield.example", "SRE On-Call"),
        _at("panel.finance@lowfield.example", "Finance Panel"),
        _at("exec.assistants@lowfield.example", "Executive Assistants"),
        _at("governors@lowfield.example", "Board of Governors"),
        _at("selectiecommissie@lowfield.example", "Selectiecommissie"),
        _at("auswahlgremium@lowfield.example", "Auswahlgremium"),
    ):
        found = _detect(
            "Interview: Site Reliability Engineer",
            "Panel: Ann Cole.",
            _at("talent@lowfield.example", "Lowfield Talent"),
            (ann, group),
        )
        assert _addresses(found) == {"ann.cole@lowfield.example"}, group.name
    # people whose family name is such a word, at an address that spells their name
    for person in (
        _at("marco.rota@lowfield.example", "Marco Rota"),
        _at("paul.jury@lowfield.example", "Paul Jury"),
        _at("ana.banca@lowfield.example", "Ana Banca"),
        _at("p3@lowfield.example", "Jo Panel"),
    ):
        found = _detect(
            "Interview: Site Reliability Engineer",
            "",
            _at("talent@lowfield.example", "Lowfield Talent"),
            (person,),
        )
        assert _addresses(found) == {person.email}, person.name


def test_a_panel_named_in_each_language_and_shape_is_the_panel() -> None:
    anja = _at("anja.kovac@marrick.example", "Kovač, Anja")
    bram = _at("bram.de.wit@marrick.example", "Bram de Wit")
    coordinator = _at("coord@marrick.example", "Mira Fenn (Recruiting Coordinator)")
    mira = _at("mira.fenn@marrick.example", "Mira Fenn")
    both = {"anja.kovac@marrick.example", "bram.de.wit@marrick.example"}
    for said in (
        "Gesprächspartner:\n- Frau Anja Kovač (Teamleitung)\n- Herr Bram de Wit (Fachbereich)",
        "Vous rencontrerez : Anja Kovač (responsable) et Bram de Wit.",
        "Entrevistadores: Anja Kovač y Bram de Wit.",
        "Je spreekt met Anja Kovač en Bram de Wit.",
        "Incontrerai Anja Kovač e Bram de Wit.",
        "Your interviewers will be Anja Kovač and Bram de Wit.",
        "10:00 – 10:45 (CET) | Anja Kovač (she/her) – Engineering Manager\n"
        "10:45 – 11:30 (CET) | Bram de Wit – Staff Engineer",
        "<table><tr><td>10:00</td><td>Kovač, Anja</td><td>Hiring Manager</td></tr>"
        "<tr><td>10:45</td><td>de Wit, Bram</td><td>Pairing</td></tr></table>",
        "Anja Kovač (interviewer), Bram de Wit (interviewer)",
    ):
        found = _detect("Interview – Data Engineer", said, mira, (mira, anja, bram, coordinator))
        assert _addresses(found) == both, said
        assert _names(found) == {"Anja Kovač", "Bram de Wit"}, said
    # a panel still to be named names nobody; the coordinator beside others arranges it
    found = _detect(
        "Interview – Data Engineer",
        "Interviewer: TBC",
        mira,
        (mira, anja, coordinator),
    )
    assert _names(found) == {"Anja Kovač"}


def test_an_address_the_user_typed_beside_a_name_they_gave_is_that_persons() -> None:
    for notes in (
        "Tomek + Lidka from the platform team. tomek.nowicki@brzana.example sent the link",
        "with Tomek and Lidka\ntomek.nowicki@brzana.example",
        "Tomek (EM) – tomek.nowicki@brzana.example",
    ):
        found = _detect("Brzana 2nd round", notes)
        assert _addresses(found) == {"tomek.nowicki@brzana.example"}, notes
    for notes in (  # a recruiter's, a shared mailbox's, or one of nobody named
        "Tomek + Lidka. recruiter: jana.horak@brzana.example",
        "Tomek + Lidka. careers@brzana.example sent the link",
        "Tomek + Lidka. tomas.benes@brzana.example sent the link",
    ):
        found = _detect("Brzana 2nd round", notes)
        assert _addresses(found) == set(), notes


def test_a_writer_who_comes_with_another_interviews_beside_them() -> None:
    nora = _at("nora.pike@kelderwick.example", "Nora Pike")
    olaf = _at("olaf.rask@kelderwick.example", "Olaf Rask")
    for said in (
        "I'll be joined by Olaf Rask, our Head of Finance.",
        "Olaf Rask and I will interview you.",
        "Ihre Gesprächspartner sind Herr Olaf Rask und ich.",
        "Je serai accompagnée de M. Olaf Rask.",
        "Estaré acompañada de Olaf Rask, director financiero.",
        "Estarei acompanhada do Olaf Rask.",
        "Sarò accompagnata da Olaf Rask.",
        "Het gesprek voer ik samen met Olaf Rask.",
        "Je spreekt met Olaf Rask en mij.",
        "Olaf Rask, our Head of Finance, will join me.",
        "Me acompañará Olaf Rask, director financiero.",
        "M. Olaf Rask m'accompagnera.",
        "Mi accompagnerà Olaf Rask.",
    ):
        found = _detect("Interview – Finance Manager", said, nora, (nora, olaf))
        assert _addresses(found) == {
            "nora.pike@kelderwick.example",
            "olaf.rask@kelderwick.example",
        }, said
    for said in (  # the writer who stays available for questions only arranges
        "Ihr Gesprächspartner ist Herr Olaf Rask. Ich stehe für Rückfragen zur Verfügung.",
        "Vous serez reçu(e) par M. Olaf Rask. Je reste à votre disposition.",
        "Het gesprek voer je met Olaf Rask. Ik ben bereikbaar voor vragen.",
    ):
        found = _detect("Interview – Finance Manager", said, nora, (nora, olaf))
        assert _addresses(found) == {"olaf.rask@kelderwick.example"}, said


def test_one_said_to_take_no_part_in_the_scoring_or_the_interview_is_no_interviewer() -> None:
    teo = _at("teo.marsh@fennick.example", "Teo Marsh")
    rhea = _at("rhea.quint@fennick.example", "Quint, Rhea")
    pia = _at("pia.lund@fennick.example", "Lund, Pia")
    panel = {"teo.marsh@fennick.example", "rhea.quint@fennick.example"}
    for said in (
        "Panel: Teo Marsh and Rhea Quint. Pia Lund keeps the minutes; she won't be scoring.",
        "Kommission: Teo Marsh und Rhea Quint.\n\nFrau Pia Lund führt das Protokoll; sie "
        "bewertet nicht.",
        "Jury : Teo Marsh et Rhea Quint.\nPia Lund, assistante RH, vous accueillera à l'accueil "
        "et vous accompagnera jusqu'à la salle ; elle ne participe pas à l'entretien.",
        "Tribunal: Teo Marsh y Rhea Quint. Pia Lund levanta acta y no evalúa.",
        "Banca: Teo Marsh e Rhea Quint. Pia Lund não participa da avaliação.",
        "Commissione: Teo Marsh e Rhea Quint. Pia Lund non partecipa alla valutazione.",
        "Commissie: Teo Marsh en Rhea Quint. Pia Lund neemt niet deel aan de beoordeling.",
        "Teo Marsh and Rhea Quint will interview you. Pia Lund keeps time for the group exercise.",
        "Dinâmica conduzida por Pia Lund, que cuida das instruções e do tempo. A avaliação fica "
        "com Teo Marsh e Rhea Quint.",
    ):
        found = _detect(
            "Interview: Staff Nurse", said, _at("recruitment@fennick.example", None),
            (teo, rhea, pia),
        )  # fmt: skip
        assert _addresses(found) == panel, said
    for said in (  # the candidate not assessed, or unable to come; one who scores as well
        "Panel: Teo Marsh, Rhea Quint and Pia Lund. You will not be assessed on spelling.",
        "Panel: Teo Marsh, Rhea Quint and Pia Lund. Tell Pia Lund if you cannot participate.",
        "Jury : Teo Marsh, Rhea Quint et Pia Lund. Vous ne participerez pas à un exercice.",
        "Panel: Teo Marsh, Rhea Quint and Pia Lund. Pia Lund will ask about your rotas.",
        "Tribunal: Teo Marsh, Rhea Quint y Pia Lund. El tiempo estimado es de una hora.",
    ):
        found = _detect(
            "Interview: Staff Nurse", said, _at("recruitment@fennick.example", None),
            (teo, rhea, pia),
        )  # fmt: skip
        assert len(_addresses(found)) == 3, said


def test_one_who_receives_the_candidate_at_the_door_only_organises() -> None:
    teo = _at("teo.marsh@fennick.example", "Teo Marsh")
    pia = _at("pia.lund@fennick.example", "Pia Lund")
    for said in (
        "Pia Lund vous accueillera à l'accueil et vous accompagnera jusqu'à la salle.",
        "Pia Lund le recibirá en la recepción.",
        "Pia Lund vai te receber na recepção.",
        "Pia Lund ti accoglierà all'ingresso.",
        "Frau Pia Lund empfängt Sie am Empfang.",
        "Pia Lund haalt je op bij de receptie.",
    ):
        found = _detect(
            "Interview: Staff Nurse", f"Interview with Teo Marsh (Ward Manager).\n{said}",
            _at("recruitment@fennick.example", None), (teo, pia),
        )  # fmt: skip
        assert _addresses(found) == {"teo.marsh@fennick.example"}, said
    for said in (  # one who receives the candidate for the interview interviews
        "Pia Lund vous accueillera pour un entretien d'une heure.",
        "Frau Pia Lund empfängt Sie zum Gespräch.",
        "Pia Lund le recibirá para la entrevista.",
    ):
        found = _detect(
            "Interview: Staff Nurse", f"Interview with Teo Marsh (Ward Manager).\n{said}",
            _at("recruitment@fennick.example", None), (teo, pia),
        )  # fmt: skip
        assert len(_addresses(found)) == 2, said


def test_a_writer_who_joins_only_for_the_introductions_only_organises() -> None:
    ravi = _at("ravi.menon@brightfold-search.example", "Ravi Menon | Brightfold Search")
    greta = _at("greta.voss@ostwind.example", "Greta Voss")
    for said in (
        "I'll join for the first 5 minutes to do intros and then drop off.",
        "I'll make the introductions and then leave you to it.",
        "Je ferai les présentations puis je vous laisserai.",
        "Haré las presentaciones y luego me retiro.",
        "Farei as apresentações e depois saio da chamada.",
        "Farò le presentazioni, poi vi lascio.",
        "Ich bin zu Beginn kurz dabei, danach verabschiede ich mich.",
        "Ik ben er aan het begin bij, daarna haak ik af.",
    ):
        found = _detect(
            "Interview – Finance Manager (Ostwind)",
            f"Your interview with Greta Voss (CFO) is confirmed. {said}",
            ravi,
            (ravi, greta),
        )
        assert _addresses(found) == {"greta.voss@ostwind.example"}, said
    for said in (  # the writer who stays for the interview takes part
        "I'll join as well; we'll start with introductions.",
        "I'll lead the first part and then hand over to Greta.",
        "Je participerai également à l'entretien.",
        "Ik neem ook deel aan het gesprek.",
        "Yo también participaré en la entrevista.",
    ):
        found = _detect(
            "Interview – Finance Manager (Ostwind)",
            f"Your interview with Greta Voss (CFO) is confirmed. {said}",
            ravi,
            (ravi, greta),
        )
        assert len(_addresses(found)) == 2, said


def test_a_writer_who_lists_themself_or_says_they_take_part_interviews() -> None:
    ines = _at("ines.roca@corvalis.example", "Inês Roca | Talent Acquisition")
    bo = _at("bo.lindgren@corvalis.example", "Bo Lindgren")
    both = {"ines.roca@corvalis.example", "bo.lindgren@corvalis.example"}
    for said in (
        "Vous rencontrerez :\n- Bo Lindgren, Directeur d'agence\n- moi-même, Inês Roca, "
        "Chargée de recrutement",
        "Segue o convite para a conversa com o Bo Lindgren. Eu também participo.",
        "Your interview with Bo Lindgren is booked. I'll also take part.",
        "Tu entrevista con Bo Lindgren está confirmada. Yo también participaré.",
        "Il colloquio con Bo Lindgren è confermato. Parteciperò anch'io.",
        "Je gesprek met Bo Lindgren staat gepland. Ik neem ook deel.",
    ):
        found = _detect("Interview – Buyer", said, ines, (ines, bo))
        assert _addresses(found) == both, said
    for said in (  # the writer who says they take no part only arranges
        "Votre entretien avec Bo Lindgren est confirmé. Je ne participe pas à l'entretien.",
        "Sua entrevista com Bo Lindgren está confirmada. Eu não participo da conversa.",
        "Tu entrevista con Bo Lindgren está confirmada. No participaré en la entrevista.",
        "Il colloquio con Bo Lindgren è confermato. Non parteciperò al colloquio.",
        "Je gesprek met Bo Lindgren staat gepland. Ik neem niet deel aan het gesprek.",
        "Your interview with Bo Lindgren is booked. I won't take part in the interview.",
    ):
        found = _detect("Interview – Buyer", said, ines, (ines, bo))
        assert _addresses(found) == {"bo.lindgren@corvalis.example"}, said


def test_a_panel_headed_without_a_colon_or_in_a_tables_row_names_its_members() -> None:
    teo = _at("teo.marsh@fennick.example", "Teo Marsh")
    rhea = _at("rhea.quint@fennick.example", "Quint, Rhea")
    both = {"teo.marsh@fennick.example", "rhea.quint@fennick.example"}
    for said, html in (
        ("Panel\n- Teo Marsh, Director Programs (convenor)\n- Rhea Quint, Principal Officer", 0),
        ("Your interviewers\n• Teo Marsh\n• Rhea Quint", 0),
        ("Le jury\n- M. Teo Marsh, directeur\n- Mme Rhea Quint, cadre de santé", 0),
        ("Auswahlkommission\n- Herr Teo Marsh (Vorsitz)\n- Frau Rhea Quint", 0),
        ("Tribunal\n- Teo Marsh (presidente)\n- Rhea Quint (vocal)", 0),
        ("Commissie\nTeo Marsh (voorzitter)\nRhea Quint\n\nTot dan!", 0),
        ("<table><tr><td><b>Jury</b></td><td>Teo Marsh, directeur<br>Rhea Quint, cadre</td>"
         "</tr></table>", 1),
    ):  # fmt: skip
        found = _detect("Entretien : Infirmier", said, teo, (teo, rhea), html=bool(html))
        assert _addresses(found) == both, said
    # a table's cell names the members whether or not they were invited
    found = _detect(
        "Entretien : Infirmier",
        "<table><tr><td>Jury</td><td>Teo Marsh, directeur<br>Mme Ada Roux, cadre</td></tr>"
        "<tr><td>Lieu</td><td>Salle 2</td></tr></table>",
        teo,
        (teo, rhea),
        html=True,
    )
    assert _names(found) == {"Teo Marsh", "Ada Roux", "Rhea Quint"}
    for said in (  # a heading over no names, or a panel spoken of in a sentence
        "Panel\n- Bring your ID\n- Arrive ten minutes early",
        "Panel day on Friday\n- Teo Marsh will send the case",
        "The panel will be Rhea Quint.",
    ):
        found = _detect("Interview: Staff Nurse", said, teo, (teo, rhea))
        assert _addresses(found) == {"rhea.quint@fennick.example"}, said


def test_a_given_name_of_two_joined_syllables_is_a_name() -> None:
    found = _detect(
        "Interview: Data Analyst",
        "Interviewers: Min-jung Park and Do-yeon Kim",
        _at("talent@fennick.example", "Fennick Talent"),
    )
    assert _names(found) == {"Min-jung Park", "Do-yeon Kim"}
    found = _detect(
        "Interview: Data Analyst",
        "Interviewers: Pre-screen with Rhea Quint",
        _at("talent@fennick.example", "Fennick Talent"),
    )
    assert _names(found) == {"Rhea Quint"}


def test_the_signer_of_a_relayed_invitation_with_a_recruiting_post_only_arranges() -> None:
    relay = Attendee("no-reply@homerun.co", "Kestrel Labs")
    una = _at("una.brisk@kestrel-labs.example", "Una Brisk")
    sam = _at("sam.kit@kestrel-labs.example", "Sam Kit")
    for said in (
        "You'll meet Una Brisk.\n\nKind regards,\nSam Kit\nTalent Acquisition",
        "Sie sprechen mit Una Brisk.\nIch habe den Termin nur koordiniert.\n\nViele Grüße\n"
        "Sam Kit\nPeople & Culture | Kestrel Labs\n\nDiese Einladung wurde versendet.",
        "Vous rencontrerez Una Brisk.\n\nCordialement,\nSam Kit\nChargée de recrutement",
        "Te entrevistará Una Brisk.\n\nSaludos,\nSam Kit – Técnica de Selección",
        "Você vai conversar com a Una Brisk.\n\nAbs,\nSam Kit\nAnalista de R&S",
        "Je spreekt met Una Brisk.\n\nGroetjes,\nSam Kit\nRecruiter\n\nVerzonden via een ATS",
    ):
        found = _detect("Interview – Data Engineer", said, relay, (una, sam))
        assert _addresses(found) == {"una.brisk@kestrel-labs.example"}, said
        # ... and writes for the company: status checks go to them
        assert (
            found.recruiter is not None and found.recruiter.email == "sam.kit@kestrel-labs.example"
        )
    for said in (  # a signer with no recruiting post, or who takes part, interviews
        "You'll meet Una Brisk.\n\nKind regards,\nSam Kit\nHead of Data",
        "Te entrevistará Una Brisk. Yo también participaré.\n\nSaludos,\nSam Kit\nSelección",
        "Sie sprechen mit Una Brisk und mir.\n\nViele Grüße\nSam Kit\nPersonalreferent",
    ):
        found = _detect("Interview – Data Engineer", said, relay, (una, sam))
        assert len(_addresses(found)) == 2, said
    # alone with the candidate, the recruiter who signs holds the screen
    found = _detect(
        "Phone screen – Data Engineer", "A first call.\n\nCheers,\nSam Kit\nTalent", relay, (sam,)
    )
    assert _addresses(found) == {"sam.kit@kestrel-labs.example"}


def test_an_optional_attendee_beside_required_ones_is_no_interviewer() -> None:
    una = _at("una.brisk@kestrel-labs.example", "Una Brisk")
    sam = _at("sam.kit@kestrel-labs.example", "Sam Kit", optional=True)
    relay = Attendee("no-reply@homerun.co", "Kestrel Labs")
    found = _detect("Interview – Data Engineer", "Technical interview.", relay, (una, sam))
    assert _addresses(found) == {"una.brisk@kestrel-labs.example"}
    # ... unless the text names them, or they are the only one
    found = _detect("Interview – Data Engineer", "With Una Brisk and Sam Kit.", relay, (una, sam))
    assert len(_addresses(found)) == 2
    found = _detect("Interview – Data Engineer", "Technical interview.", relay, (sam,))
    assert _addresses(found) == {"sam.kit@kestrel-labs.example"}


def test_one_the_text_calls_the_candidates_contact_or_coordinator_arranges() -> None:
    dana = _at("dana.lee@orvik.example", "Dana Lee")
    bo = _at("bo.chu@orvik.example", "Bo Chu")
    sam = _at("sam.kit@orvik.example", "Sam Kit")
    relay = Attendee("no-reply@homerun.co", "Orvik")
    panel = {"dana.lee@orvik.example", "bo.chu@orvik.example"}
    for said in (
        "Your coordinator for the day is Sam Kit.",
        "Ihre Ansprechpartnerin vor Ort ist Frau Sam Kit.",
        "Votre contact sur place est Sam Kit.",
        "Tu persona de contacto es Sam Kit.",
        "A sua pessoa de contacto é Sam Kit.",
        "Il tuo referente per la giornata è Sam Kit.",
        "Je contactpersoon is Sam Kit.",
    ):
        for before in ("Interviewers: Dana Lee, Bo Chu.", "An interview with our team."):
            found = _detect("Interview – Ops Lead", f"{before}\n{said}", relay, (dana, bo, sam))
            assert _addresses(found) == panel, said
    for said in (  # the interviewer, or the contact alone with the candidate
        "Your interviewer is Sam Kit.",
        "Your contact on the day is Sam Kit, who will also interview you.",
        "Ihr Gesprächspartner ist Herr Sam Kit.",
    ):
        found = _detect("Interview – Ops Lead", said, relay, (dana, sam))
        assert len(_addresses(found)) == 2, said
    found = _detect("Phone screen – Ops Lead", "Your contact is Sam Kit.", relay, (sam,))
    assert _addresses(found) == {"sam.kit@orvik.example"}


def test_an_agencys_consultant_beside_the_clients_people_arranges() -> None:
    dana = _at("dana.lee@orvik.example", "Dana Lee")
    bo = _at("bo.chu@orvik.example", "Bo Chu")
    relay = Attendee("no-reply@homerun.co", "Orvik")
    for agency in ("stone-search.example", "brightfold-talent.example", "nordwerving.example"):
        mia = _at(f"mia.stone@{agency}", "Mia Stone")
        for said in (
            "Interview with Dana Lee (Head of Ops). Mia Stone will dial in.",
            "Votre entretien avec Dana Lee et Bo Chu est confirmé.",
            "Your interview with Orvik is confirmed.",
        ):
            found = _detect("Interview – Ops Lead", said, relay, (dana, bo, mia))
            assert f"mia.stone@{agency}" not in _addresses(found), (agency, said)
            assert "dana.lee@orvik.example" in _addresses(found), (agency, said)
        # alone with the candidate, the consultant screens them
        found = _detect("Call – Ops Lead", "A first call about our client's role.", mia, (mia,))
        assert _addresses(found) == {f"mia.stone@{agency}"}
    # a panel member from another body, no agency, interviews
    ivo = _at("ivo.kern@planning-office.example", "Ivo Kern")
    found = _detect("Interview – Ops Lead", "Your interview with Orvik.", relay, (dana, ivo))
    assert _addresses(found) == {"dana.lee@orvik.example", "ivo.kern@planning-office.example"}


def test_where_the_text_lists_the_panel_one_it_leaves_out_does_not_interview() -> None:
    dana = _at("dana.lee@orvik.example", "Lee, Dana")
    bo = _at("bo.chu@orvik.example", "Bo Chu")
    sam = _at("sam.kit@orvik.example", "Sam Kit")
    relay = Attendee("no-reply@homerun.co", "Orvik")
    panel = {"dana.lee@orvik.example", "bo.chu@orvik.example"}
    for said in (
        "Panel: Dana Lee (Chair) and Bo Chu (Principal Engineer). Sam Kit sends the case.",
        "Interviewers:\n- Chair: Dana Lee, Head of Ops\n- Bo Chu, Principal Engineer",
        "Der Auswahlkommission gehören an:\n– Frau Dr. Dana Lee (Vorsitz)\n– Herr Bo Chu",
        "Jury : Mme Dana Lee, M. Bo Chu.\nSam Kit s'occupe de la salle.",
        "Comisión:\n- Dana Lee\n- Bo Chu\n\nSam Kit te enviará el enlace.",
        "Selectiecommissie\n- Dana Lee (voorzitter)\n- Bo Chu",
    ):
        found = _detect("Interview – Ops Lead", said, relay, (dana, bo, sam))
        assert _addresses(found) == panel, said
    for said in (  # the list names them after all, or the text says they come too
        "Panel: Dana Lee; Bo Chu - replaced by Sam Kit as Bo is away.",
        "Panel: Dana Lee, Bo Chu. Sam Kit will also join for the coding part.",
        "Kommission: Dana Lee, Bo Chu. Herr Sam Kit wird ebenfalls teilnehmen.",
        "Jury : Dana Lee, Bo Chu. Sam Kit sera également présent.",
    ):
        found = _detect("Interview – Ops Lead", said, relay, (dana, bo, sam))
        assert "sam.kit@orvik.example" in _addresses(found), said
    # no list, a list of the day's parts, or one with a member named by post only: everyone
    # invited interviews
    for said in (
        "An interview with our team.",
        "Interviewers:\n- Dana Lee\n- Bo Chu\n- our Head of Data",
        "Panel: Dana Lee, Bo Chu and a member of the Finance team.",
        "What to expect in the interview:\n- A word from Sam Kit\n- A technical discussion",
        "Please bring to the interview:\n- Your ID\n- A note for Sam Kit at reception",
    ):
        found = _detect("Interview – Ops Lead", said, relay, (dana, bo, sam))
        assert len(_addresses(found)) == 3, said


def test_a_name_written_in_part_names_the_whole_participant() -> None:
    relay = Attendee("no-reply@homerun.co", "Orvik")
    for display, address, written in (
        ("Jess", "jess@orvik.example", "Jess Varga"),
        ("Ramón Echevarría", "ramon.echevarria@orvik.example", "Sr. Ramón Echevarría Gil"),
        ("Jonas Weber (er/ihm)", "jonas.weber@orvik.example", "J. Weber"),
        ("El Idrissi, Y.", "y.elidrissi@orvik.example", "Youssef El Idrissi"),
        ("Dott. Ing. Marco Ferri", "marco.ferri@orvik.example", "Dott. Ing. Marco Ferri"),
    ):
        person = _at(address, display)
        other = _at("ada.roux@orvik.example", "Ada Roux")
        found = _detect(
            "Interview – Ops Lead",
            f"Panel:\n- {written}, Lead\n- Ada Roux\n\nSam Kit sends the link.",
            relay,
            (person, other, _at("sam.kit@orvik.example", "Sam Kit")),
        )
        assert _addresses(found) == {address, "ada.roux@orvik.example"}, written
    # another given name, or another initial, is someone else
    for display, address, written in (
        ("Jess", "jess@orvik.example", "Jessica Varga"),
        ("Jonas Weber", "jonas.weber@orvik.example", "K. Weber"),
        ("Dana Lee", "dana.lee@orvik.example", "Dana Leeson"),
    ):
        person = _at(address, display)
        other = _at("ada.roux@orvik.example", "Ada Roux")
        found = _detect(
            "Interview – Ops Lead", f"Panel:\n- {written}\n- Ada Roux", relay, (person, other)
        )
        assert address not in _addresses(found), written


def test_a_writer_who_says_another_joins_them_interviews_too() -> None:
    hana = _at("hana.ode@corvalis.example", "Hana Ode")
    gil = _at("gil.parr@corvalis.example", "Gil Parr")
    both = {"hana.ode@corvalis.example", "gil.parr@corvalis.example"}
    for said in (
        "Gil and I would like to meet you for a second interview.",
        "Wie besprochen: Teilnehmen wird Herr Gil Parr. Ich nehme ebenfalls am Gespräch teil.",
        "Je vous confirme l'entretien. Gil Parr se joindra à nous.",
        "Gerne lade ich Sie ein; mein Kollege Gil Parr (Leiter Steuern) wird ebenfalls dabei sein.",
        "Te voy a entrevistar junto con Gil Parr, jefe de Control.",
        "Gil Parr will be joining us for the second half.",
    ):
        found = _detect("Interview – Analyst", said, hana, (hana, gil))
        assert _addresses(found) == both, said
    for said in (  # thanks, a hope to meet, or the writer alone says nothing of it
        "Thanks, and I look forward to hearing from you. You'll meet Gil Parr.",
        "You'll meet Gil Parr. Gil and I are happy to help with any questions.",
        "Ich nehme nicht am Gespräch teil; Sie sprechen mit Gil Parr.",
        "Your interview with Gil Parr is confirmed.",
    ):
        found = _detect("Interview – Analyst", said, hana, (hana, gil))
        assert _addresses(found) == {"gil.parr@corvalis.example"}, said


def test_one_present_to_take_notes_off_the_scoring_panel_is_no_interviewer() -> None:
    teo = _at("teo.marsh@fennick.example", "Teo Marsh")
    rhea = _at("rhea.quint@fennick.example", "Rhea Quint")
    pia = _at("pia.lund@fennick.example", "Pia Lund")
    for said in (
        "Interview with Teo Marsh and Rhea Quint. Pia Lund (HR Advisor) will also be present "
        "to take notes but will not be part of the scoring panel.",
        "Interview with Teo Marsh and Rhea Quint. Pia Lund is there to take notes.",
    ):
        found = _detect(
            "Interview: Planner", said, _at("recruitment@fennick.example", None), (teo, rhea, pia)
        )
        assert _addresses(found) == {"teo.marsh@fennick.example", "rhea.quint@fennick.example"}


def test_one_who_moderates_a_group_exercise_without_assessing_it_arranges() -> None:
    teo = _at("teo.marsh@fennick.example", "Teo Marsh")
    rhea = _at("rhea.quint@fennick.example", "Rhea Quint")
    pia = _at("pia.lund@fennick.example", "Pia Lund")
    for said in (
        "Pia Lund will moderate the group exercise.",
        "The exercise is moderated by Pia Lund (HR).",
        "La dinámica será moderada por Pia Lund.",
        "O exercício será facilitado por Pia Lund.",
        "Il gruppo sarà moderato da Pia Lund.",
        "De groepsopdracht wordt gemodereerd door Pia Lund.",
        "Die Übung wird moderiert von Frau Pia Lund.",
    ):
        found = _detect(
            "Assessment centre – Graduate programme",
            f"The assessors are Teo Marsh and Rhea Quint.\n{said}",
            _at("recruitment@fennick.example", None),
            (teo, rhea, pia),
        )
        assert _addresses(found) == {"teo.marsh@fennick.example", "rhea.quint@fennick.example"}
    # a family name's particle is no article: "De Vries will not score" is about De Vries
    vries = _at("jan.devries@fennick.example", "Jan De Vries")
    found = _detect(
        "Interview: Planner",
        "Interview with Teo Marsh and Jan De Vries. De Vries will not score.",
        _at("recruitment@fennick.example", None),
        (teo, vries),
    )
    assert _addresses(found) == {"teo.marsh@fennick.example"}


def test_the_word_me_in_a_recruiters_panel_list_is_the_writer_not_the_user() -> None:
    """The user's own names are read as a token nobody writes: a recruiter's "me" in a panel
    list is the recruiter on the panel, in every language, not the user interviewing."""
    mia = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    sam = _at("sam.tolle@corvane.example", "Sam Tolle")
    everyone = {
        "mia.lund@corvane.example",
        "dana.frey@corvane.example",
        "sam.tolle@corvane.example",
    }
    for title, description in (
        ("Interview: Robin Seeker / Corvane", "Hi Robin,\nPanel: Dana, Sam and me.\nBest, Mia"),
        ("Interview Robin Seeker", "Interviewers: me, Dana Frey and Sam Tolle"),
        ("Entretien - Robin Seeker", "Jury : moi, Dana Frey et Sam Tolle"),
        ("Entrevista - Robin Seeker", "Entrevistadores: yo, Dana Frey y Sam Tolle."),
        ("Colloquio Robin Seeker", "Commissione: io, Dana Frey e Sam Tolle"),
    ):
        found = _detect(title, description, mia, (mia, dana, sam))
        assert _addresses(found) == everyone, (title, description)
    # the writer named only as a contact is no panelist
    found = _detect(
        "Interview Robin Seeker", "Panel: Dana Frey, Sam Tolle\nContact: me, any time", mia,
        (mia, dana, sam),
    )  # fmt: skip
    assert _addresses(found) == everyone - {"mia.lund@corvane.example"}


def test_the_users_own_name_or_own_me_on_a_panel_list_is_the_user_interviewing() -> None:
    mia = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    found = _decided("Interview: Mia Lund", "Panel: Dana Frey, Robin Seeker", dana, (dana, mia))
    assert not found.is_interview
    assert "user is the interviewer" in found.reasons[0]
    found = _decided("Interview: Mia Lund", "Interviewers: me, Dana Frey", None, (dana, mia))
    assert not found.is_interview and "'interviewers: me'" in found.reasons[0]


def test_given_names_written_by_their_initials_name_the_attendee() -> None:
    """Panels list people by initials ("K. S. Meenakshi", "Mr J-P. Venter", "Prof. M.-L.
    Dubois", "Dr A.K. Sharma"): each is the attendee whose given names they spell, greeted by
    a name, never by a bare initial."""
    org = _at("talent@corvane.example", "Corvane Talent")
    ks = _at("ks.meenakshi@corvane.example", "K. S. Meenakshi")
    jp = _at("jp.venter@corvane.example", "Venter, Jan-Pieter")
    ml = _at("ml.dubois@corvane.example", "DUBOIS, Marie-Laure")
    ak = _at("a.sharma@corvane.example", "Sharma, Arun")
    pj = _at("p.venter@corvane.example", "Venter, Pieter")  # another Venter, not on the panel
    found = _detect(
        "Panel interview - Corvane",
        "Panel\n- K. S. Meenakshi, Engineering Manager\n- Mr J-P. Venter – Associate\n"
        "- Prof. M.-L. Dubois (Research)\n- Dr A.K. Sharma, Director",
        org,
        (org, ks, jp, ml, ak, pj),
    )
    assert _addresses(found) == {
        "ks.meenakshi@corvane.example",
        "jp.venter@corvane.example",
        "ml.dubois@corvane.example",
        "a.sharma@corvane.example",
    }
    assert greeting_name("K. S. Meenakshi") == "K. S. Meenakshi"
    assert greeting_name("Dr. A.K. Sharma") == "Dr. Sharma"
    assert display_name("DR. A.K. SHARMA") == "Dr. A.K. Sharma"


def test_a_slot_that_lists_two_participants_gives_each_the_session() -> None:
    """An itinerary's cell may list its people one after the other ("Jonas Roth (he/him),
    Priya Nair"): the second is a person with the slot's session, not the first one's post."""
    org = _at("no-reply@greenhouse.io", "Corvane Recruiting")
    jonas = _at("jonas.roth@corvane.example", "Jonas Roth (he/him)")
    priya = _at("priya.n@corvane.example", "Priya Nair")
    lee = _at("lee.sommer@corvane.example", "Lee Sommer | Corvane", optional=True)
    for cell in (
        "Jonas Roth (he/him), Priya Nair",
        "Jonas Roth; Priya Nair",
        "Jonas Roth & Priya Nair",
        "Jonas Roth, Priya Nair",
        "Jonas Roth / Priya Nair",
    ):
        found = _detect(
            "Interview: Data Engineer at Corvane",
            f"Time | Session | Interviewers\n14:00 – 14:45 | Technical deep dive | {cell}\n"
            "Your coordinator: Lee Sommer",
            org,
            (org, jonas, priya, lee),
        )
        people = {p.email: p for p in found.interviewers}
        assert set(people) == {"jonas.roth@corvane.example", "priya.n@corvane.example"}, cell
        assert people["priya.n@corvane.example"].session == "Technical deep dive", cell
    # a post after the comma stays the post
    found = _detect(
        "Interview: Data Engineer at Corvane",
        "14:00 – 14:45 | Technical deep dive | Jonas Roth, Principal Engineer",
        org,
        (org, jonas),
    )
    (person,) = found.interviewers
    assert person.title == "Principal Engineer"


def test_a_post_labelling_the_name_after_it_names_no_one_before_it() -> None:
    """ "Coordinator: Lee Sommer" names Lee as the coordinator, not the panelist on the line
    above; a signature's post under the name still names the one above."""
    org = _at("no-reply@greenhouse.io", "Corvane Recruiting")
    priya = _at("priya.n@corvane.example", "Priya Nair")
    lee = _at("lee.sommer@corvane.example", "Lee Sommer")
    for label in (
        "Your coordinator: Lee Sommer",
        "Interview coordinator – Lee Sommer",
        "Point of contact: Lee Sommer",
        "Scheduling: Lee Sommer",
    ):
        found = _detect(
            "Interview: Data Engineer at Corvane",
            f"You'll meet:\n- Priya Nair\n{label}",
            org,
            (org, priya, lee),
        )
        assert _addresses(found) == {"priya.n@corvane.example"}, label
    found = _detect(
        "Interview: Data Engineer at Corvane",
        "You'll meet Priya Nair.\n\nBest,\nLee Sommer\nRecruiting Coordinator",
        org,
        (org, priya, lee),
    )
    assert _addresses(found) == {"priya.n@corvane.example"}


def test_a_posts_own_mailbox_is_its_holders_when_the_text_names_them_with_that_post() -> None:
    """Schools, practices and small firms invite from a post's mailbox ("Principal - North
    Campus" <principal.north@...>); the text names its holder with that post: the thank-you
    goes there, to that person by name. A recruiting mailbox stays no one's."""
    org = _at("talent@corvane.example", "Corvane Talent")
    for display, local, text in (
        ("Principal – North Campus", "principal.north", "Dr. Ana Ruiz (Principal)"),
        ("Head Teacher", "headteacher", "Mrs Ana Ruiz (Head Teacher)"),
        ("Finance Director", "finance.director", "Ana Ruiz, Finance Director"),
        ("Director", "director", "Ana Ruiz (Director)"),
        ("Engineering Manager", "eng.manager", "Ana Ruiz (Engineering Manager)"),
    ):
        post = _at(f"{local}@corvane.example", display)
        found = _detect(
            "Panel interview - Corvane",
            f"09:00 - 10:00 Panel interview: {text} and Sam Tolle (Chair)",
            org,
            (org, post, _at("sam.tolle@corvane.example", "Sam Tolle")),
        )
        people = {p.email: p.name for p in found.interviewers}
        assert people.get(f"{local}@corvane.example") == "Ana Ruiz", (display, people)
    # in a list, with the post in brackets or after a comma, in other languages
    for display, local, item in (
        ("Headteacher", "headteacher", "Mrs Ana Ruiz (Headteacher)"),
        ("Head of School", "head", "Ana Ruiz, Head of School"),
        ("Schulleitung", "sekretariat.sl", "Frau Ana Ruiz (Schulleiterin)"),
        ("Direction", "direction", "Mme Ana Ruiz, directrice"),
        ("Chef de cuisine", "chef.cuisine", "Ana Ruiz (chef de cuisine)"),
    ):
        post = _at(f"{local}@corvane.example", display)
        found = _detect(
            "Interview - Year 4 Teacher",
            f"Your interview panel:\n- {item}\n- Sam Tolle (Governor)",
            org,
            (org, post, _at("sam.tolle@corvane.example", "Sam Tolle")),
        )
        people = {p.email: p.name for p in found.interviewers}
        assert people == {
            f"{local}@corvane.example": "Ana Ruiz",
            "sam.tolle@corvane.example": "Sam Tolle",
        }, (display, people)
    # another post's mailbox, or one of two mailboxes of the post, is no one's
    for mailboxes in (
        (("Head Office", "head.office"),),
        (("Principal", "principal.north"), ("Principal", "principal.south")),
    ):
        found = _detect(
            "Interview - Year 4 Teacher",
            "Your interview panel:\n- Ana Ruiz (Principal)\n- Sam Tolle (Head of Sales)",
            org,
            (org, *(_at(f"{a}@corvane.example", d) for d, a in mailboxes)),
        )
        assert not _addresses(found), mailboxes
    # a recruiting mailbox is never one named person's; nor is a post no one holds in the text
    for display, local in (("Recruiting", "recruiting"), ("Principal", "principal")):
        mailbox = _at(f"{local}@corvane.example", display)
        found = _detect(
            "Panel interview - Corvane",
            "09:00 - 10:00 Panel interview: Ana Ruiz (Recruiter) and Sam Tolle (Chair)",
            org,
            (org, mailbox, _at("sam.tolle@corvane.example", "Sam Tolle")),
        )
        assert f"{local}@corvane.example" not in _addresses(found)


def test_a_staff_councils_mailbox_is_no_person_its_member_is_named_only() -> None:
    """Public bodies seat a member of the staff council on the panel and invite its mailbox
    ("Personalrat", "Works Council", "Ondernemingsraad"): the mailbox is no one to thank."""
    org = _at("personal@kreis.example", "Personalamt Kreis")
    lea = _at("l.brandt@kreis.example", "Lea Brandt")
    for display, local in (
        ("Personalrat", "personalrat"),
        ("Betriebsrat", "br"),
        ("Works Council", "council"),
        ("Ondernemingsraad", "or"),
        ("Comité social et économique", "cse"),
    ):
        body = _at(f"{local}@kreis.example", display)
        found = _detect(
            "Vorstellungsgespräch Sachbearbeitung",
            "Auswahlkommission:\n• Lea Brandt, Sachgebietsleiterin\n• Uwe Kern, " + display,
            org,
            (org, lea, body),
        )
        assert _addresses(found) == {"l.brandt@kreis.example"}, display
        assert "Uwe Kern" in _names(found)
    # a person whose name holds such a word is still a person
    found = _detect(
        "Interview: Analyst", "", org, (org, _at("una.union@kreis.example", "Una Union"))
    )
    assert _addresses(found) == {"una.union@kreis.example"}


def test_a_writer_present_only_for_the_introductions_does_not_interview() -> None:
    """An agency's consultant or a recruiter who opens the meeting for the introductions
    only, in each language, takes no part in the interview."""
    writer = _at("c.morel@cabinet-lys.example", "Claire MOREL")
    client = _at("h.vidal@maison-vidal.example", "Hélène Vidal")
    for text in (
        "Vous serez reçu par Mme Hélène Vidal. Je serai présente en début d'entretien pour "
        "les présentations uniquement.",
        "Te recibirá Hélène Vidal. Yo estaré solo para las presentaciones.",
        "Vai ser recebido pela Hélène Vidal. Eu estarei apenas para as apresentações.",
        "Ti riceverà Hélène Vidal. Io ci sarò solo per le presentazioni.",
        "Sie sprechen mit Hélène Vidal. Ich bin nur für die Vorstellungsrunde dabei.",
        "Je spreekt met Hélène Vidal. Ik ben er alleen bij de kennismaking bij.",
        "You'll meet Hélène Vidal. I'll join only for the introductions.",
    ):
        found = _detect("Entretien - Directeur financier", text, writer, (writer, client))
        assert _addresses(found) == {"h.vidal@maison-vidal.example"}, text
    # the candidate's own presentations are no one's part
    found = _detect(
        "Entretien - Directeur financier",
        "Vous serez reçu par Mme Hélène Vidal et moi-même. Prévoyez 10 minutes pour les "
        "présentations de vos projets.",
        writer,
        (writer, client),
    )
    assert _addresses(found) == {"h.vidal@maison-vidal.example", "c.morel@cabinet-lys.example"}


def test_one_who_steps_in_for_an_absent_panelist_interviews() -> None:
    """A panel list names one who cannot come and who stands in, in each language: the
    stand-in interviews, the absent one does not."""
    rec = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    sam = _at("sam.tolle@corvane.example", "Sam Tolle")
    lee = _at("lee.ray@corvane.example", "Lee Ray")
    for title, text in (
        ("Interview - Analyst", "Panel: Dana Frey and Lee Ray. Lee is unwell, so Sam Tolle will "
         "step in."),
        ("Entretien - Analyste", "Jury : Dana Frey et Lee Ray. Lee Ray est malade et sera "
         "remplacé par Sam Tolle."),
        ("Entrevista - Analista", "Panel: Dana Frey y Lee Ray. Lee Ray no podrá asistir; lo "
         "sustituye Sam Tolle."),
        ("Vorstellungsgespräch Analyst", "Kommission: Dana Frey und Lee Ray. Herr Ray ist leider "
         "verhindert, ihn vertritt Sam Tolle."),
        ("Colloquio - Analista", "Commissione: Dana Frey e Lee Ray. Lee Ray è malato; al suo "
         "posto Sam Tolle."),
        ("Sollicitatiegesprek - Analist", "Commissie: Dana Frey en Lee Ray. Lee Ray is ziek, "
         "in zijn plaats Sam Tolle."),
    ):  # fmt: skip
        found = _detect(title, text, rec, (rec, dana, sam, lee))
        assert _addresses(found) == {dana.email, sam.email}, text
    # one who steps in elsewhere, off the panel, is no one's stand-in here
    found = _detect(
        "Interview - Analyst",
        "Panel: Dana Frey and Lee Ray. If you need to reschedule, reply to this email.",
        rec,
        (rec, dana, lee, sam),
    )
    assert _addresses(found) == {dana.email, lee.email}


def test_a_mailbox_for_applicants_is_no_person_in_any_language() -> None:
    rec = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    for display, local in (
        ("Bewerbermanagement", "bewerber"),
        ("Candidatures Corvane", "candidatures"),
        ("Candidaturas", "candidaturas"),
        ("Sollicitaties", "sollicitaties"),
        ("Corvane Bewerbungen", "jobs.de"),
    ):
        box = _at(f"{local}@corvane.example", display)
        found = _detect("Interview - Analyst", "You'll meet Dana Frey.", rec, (rec, dana, box))
        assert _addresses(found) == {dana.email}, display


def test_a_short_form_of_a_given_name_names_the_attendee() -> None:
    """Invitations call people by the short forms of their given names ("Tom", "Peggy",
    "Liz Moss"): each is the attendee whose full given name it shortens; another name is not."""
    rec = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    for text, full in (
        ("Interviewers: Tom and Dana Frey", "Thomas Reed"),
        ("Interviewers: Bill Ortega, Dana Frey", "William Ortega"),
        ("You'll meet Peggy and Dana Frey.", "Margaret Doe"),
        ("Panel: Liz Moss; Dana Frey", "Moss, Elizabeth"),
        ("Interviewers: Mike & Dana Frey", "CHEN Michael"),
    ):
        person = _at("p.one@corvane.example", full)
        found = _detect("Interview - Analyst", text, rec, (rec, person, dana))
        assert _addresses(found) == {"p.one@corvane.example", dana.email}, text
    for text, full in (
        ("Interviewers: Tim and Dana Frey", "Thomas Reed"),
        ("Interviewers: Bill Moss and Dana Frey", "William Ortega"),
    ):
        person = _at("p.one@corvane.example", full)
        found = _detect("Interview - Analyst", text, rec, (rec, person, dana))
        assert _addresses(found) == {dana.email}, text


def test_a_signature_that_gives_the_post_after_a_comma_is_the_writers() -> None:
    """ "Mia Lund, People Partner" under a closing signs the invitation with a recruiting post:
    beside the panel it names, the writer arranges."""
    box = _at("recruiting@corvane.example", "Corvane Recruiting")
    mia = _at("mia.lund@corvane.example", "Mia Lund")
    dana = _at("dana.frey@corvane.example", "Dana Frey")
    for closing in (
        "Thanks,\nMia Lund, People Partner",
        "Best,\nMia Lund, Talent Acquisition",
        "Viele Grüße\nMia Lund, Personalreferentin",
        "Cordialement,\nMia Lund, chargée de recrutement",
        "Saludos,\nMia Lund, Reclutadora",
    ):
        found = _detect(
            "Interview - Analyst", f"Confirming your interview with Dana Frey.\n{closing}", box,
            (mia, dana),
        )  # fmt: skip
        assert _addresses(found) == {dana.email}, closing


def test_a_line_of_the_users_notes_that_starts_with_with_names_the_people() -> None:
    """The user's own event: "Avec Dana Frey et Sam Tolle", "Con Dana Frey (jefa de equipo)"
    name the people met, by name only; a preposition is never part of a name."""
    for title, text in (
        ("Entretien Corvane", "Avec Dana Frey et Sam Tolle"),
        ("Colloquio Corvane", "Con Dana Frey e Sam Tolle"),
        ("Vorstellungsgespräch Corvane", "Mit Dana Frey und Sam Tolle"),
        ("Entrevista Corvane", "Con Dana Frey (jefa de equipo) y Sam Tolle"),
        ("Interview Corvane", "With Dana Frey and Sam Tolle"),
    ):
        found = _detect(title, text, SELF)
        assert _names(found) == {"Dana Frey", "Sam Tolle"}, text


def test_a_full_name_in_the_text_names_the_attendee_who_shows_only_part_of_it() -> None:
    """Invitations list "Dana Frey" while the calendar shows only "dfrey@", "frey.d@",
    "danaf@", a display name "Dana" or "Frey", or a double surname: that attendee is Dana."""
    rec = _at("mia.lund@corvane.example", "Mia Lund")
    sam = _at("sam.tolle@corvane.example", "Sam Tolle")
    for address, display in (
        ("dfrey@corvane.example", None),
        ("d.frey@corvane.example", "d.frey"),
        ("frey.d@corvane.example", None),
        ("danaf@corvane.example", None),
        ("frey@corvane.example", None),
        ("df@corvane.example", "Dana"),
        ("df@corvane.example", "Frey"),
        ("df@corvane.example", "Dr Dana Frey-Lindqvist"),
    ):
        dana = _at(address, display)
        found = _detect(
            "Interview - Analyst", "Interviewers: Dana Frey, Sam Tolle", rec, (rec, dana, sam)
        )
        assert _addresses(found) == {address, sam.email}, (address, display)
    # another Dana, another Frey, or initials alone are someone else
    for address, display in (
        ("dana.lee@corvane.example", "Dana Lee"),
        ("tom.frey@corvane.example", "Tom Frey"),
        ("df@corvane.example", None),
        ("dfr@corvane.example", None),
        ("ml@corvane.example", "Dana Lindqvist-Frey"),
    ):
        other = _at(address, display)
        found = _detect(
            "Interview - Analyst", "Interviewers: Dana Frey, Sam Tolle", rec, (rec, other, sam)
        )
        assert address not in _addresses(found), (address, display)


def test_a_coordinator_of_another_function_on_the_panel_interviews_in_any_language() -> None:
    """ "Nursing Coordinator", "coordinatrice infermieristica", "coordinateur logistique": a
    post of one's own, not one who arranges the interview; a bare or recruiting coordinator
    still arranges."""
    desk = _at("personal@querbach-pflege.example", "Personalbüro Querbach")
    ines = _at("ines.marold@querbach-pflege.example", "Marold Ines")
    omar = _at("omar.teske@querbach-pflege.example", "Omar Teske")
    for body in (
        "Commissione:\n1) Dott.ssa Ines Marold – Coordinatrice infermieristica\n"
        "2) Dott. Omar Teske – Direttore sanitario",
        "Panel:\n- Ines Marold, Nursing Coordinator\n- Omar Teske, Medical Director",
        "Jury :\n- Ines Marold (coordinatrice des soins)\n- Omar Teske (directeur)",
        "Your panel: Ines Marold (Project Coordinator) and Omar Teske (Head of Care).",
        "Tribunal:\n• Ines Marold – Coordinatrice pédagogique\n• Omar Teske – Directeur",
        "Panel:\n• Ines Marold – Coordinator Strategic Planning\n• Omar Teske – Director",
    ):
        found = _detect("Interview – Care Assistant", body, desk, (desk, ines, omar))
        assert _addresses(found) == {ines.email, omar.email}, body
    # a recruiting coordinator, or a bare one, beside the panel arranges
    for body in (
        "Panel:\n- Ines Marold, Recruiting Coordinator\n- Omar Teske, Medical Director",
        "Panel:\n- Ines Marold (coordinatrice RH)\n- Omar Teske (directeur)",
        "Panel: Omar Teske.\n\nBest,\nInes Marold\nTalent & Onboarding Coordinator",
        "Panel: Omar Teske.\n\nInes Marold will be your coordinator for the day.",
        "Panel: Omar Teske.\n\nBest,\nInes Marold\nSenior Coordinator",
        "Panel: Omar Teske.\n\nBest,\nInes Marold – Coordinator",
    ):
        found = _detect("Interview – Care Assistant", body, desk, (desk, ines, omar))
        assert _addresses(found) == {omar.email}, body


def test_one_the_prose_says_will_interview_is_the_interviewer_in_any_language() -> None:
    """The name just before a verb of interviewing or assessing is its subject, the one just
    after "interviewed by" its agent: they interview (by name when the invitation leaves them
    out), and the organizer who writes of them, one to one, only arranges."""
    jana = _at("j.brandt@rosenhain.example", "Jana Brandt")
    for body, name in (
        ("Hi Robin, Dana Solvik, our CTO, will interview you.\nBest, Jana", "Dana Solvik"),
        (
            "Probearbeiten 10–15 Uhr. Küchenchef Herr Ortiz schaut Ihnen über die Schulter.\n"
            "Gruß, Jana Brandt",
            "Herr Ortiz",
        ),
        ("Bonjour, l'entretien sera mené par Odile Ferrand.\nJana Brandt", "Odile Ferrand"),
        ("Hola Robin, Lía Soto realizará la entrevista.\nSaludos, Jana", "Lía Soto"),
        ("Olá Robin, a entrevista será conduzida por Ana Reis.\nJana", "Ana Reis"),
        ("Ciao Robin, Ugo Neri condurrà il colloquio.\nJana Brandt", "Ugo Neri"),
        ("Hoi Robin, Bram Smit voert het gesprek.\nGroet, Jana", "Bram Smit"),
    ):
        found = _detect("Interview – Analyst", body, jana, (jana,))
        assert _addresses(found) == set(), body
        assert _names(found) == {name}, body
    # named and on the invitation, they interview at their address
    dana = _at("dana.solvik@rosenhain.example", "Dana Solvik")
    found = _detect("Interview – Analyst", "Dana Solvik will interview you.", jana, (jana, dana))
    assert _addresses(found) == {dana.email}
    # a name beside no such saying, one said not to interview, or the writer's own interview
    # leave the organizer the interviewer
    for body in (
        "Hi Robin, Dana Solvik will meet you in the lobby.\nBest, Jana",
        "Hi Robin, Dana Solvik will not interview you after all; I will.\nBest, Jana",
        "Hi Robin, I will interview you. Dana Solvik sends her regards.\nBest, Jana",
        "Hallo Robin, ich führe das Gespräch. Herr Ortiz lässt grüßen.\nJana Brandt",
        "Hi Robin, if Dana Solvik will interview you, she will say so.\nBest, Jana",
    ):
        found = _detect("Interview – Analyst", body, jana, (jana,))
        assert _addresses(found) == {jana.email}, body


def test_a_family_name_first_keeps_titles_before_and_credentials_after_the_whole_name() -> None:
    """ "Last, First" as directories write it: a title before the family name goes before the
    whole name, credentials after the given name go after it, and a credential is no part of
    whom a name names ("Ruth Okafor MRICS" is Ruth Okafor)."""
    assert display_name("OKAFOR, RUTH RN BSN") == "Ruth Okafor, RN, BSN"
    assert display_name("Okafor, Ruth RN, MSN") == "Ruth Okafor, RN, MSN"
    assert display_name("Dr. Solberg, Arne") == "Dr. Arne Solberg"
    assert display_name("Prof. Dr. Solberg, Arne") == "Prof. Dr. Arne Solberg"
    assert display_name("Solberg, Dr. Arne") == "Dr. Arne Solberg"
    assert greeting_name("OKAFOR, RUTH RN BSN") == "Ruth"
    for written in ("Ruth Okafor MRICS", "Ruth Okafor MRPharmS", "Ruth Okafor CA(SA)"):
        assert name_key(written) == name_key("Ruth Okafor"), written
    # a family name in capitals, or one that starts with a particle, stays a name
    assert display_name("Jean DUPONT") == "Jean Dupont"
    assert display_name("Van der Berg, Anna") == "Anna Van der Berg"


def test_a_numbered_list_names_the_panel_as_a_bulleted_one_does() -> None:
    """Panels are numbered as often as bulleted ("1.", "2)", "(3)", "a)"): each item names a
    member, by name only when the invitation leaves them out; a list's number is no time."""
    desk = _at("jobs@quellhof.example", "Quellhof Jobs")
    for body in (
        "Your panel:\n1. Ana Ruiz, Head of Care\n2. Tom Reed, Director",
        "Die Kommission:\n(1) Frau Dr. Ana Ruiz, Leitung\n(2) Herr Tom Reed",
        "Jury :\na) Mme Ana Ruiz\nb) M. Tom Reed",
        "Tribunal:\n1. Ana Ruiz (Presidenta)\n2. Tom Reed (Vocal)",
        "Commissione:\n1) Dott.ssa Ana Ruiz – Direttrice\n2) Dott. Tom Reed – Primario",
    ):
        found = _detect("Interview – Care Lead", body, desk, (desk,))
        assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}, body
    # numbered steps name nobody, and a numbered itinerary keeps its times
    ana = _at("ana.ruiz@quellhof.example", "Ana Ruiz")
    found = _detect(
        "Interview – Care Lead", "Please bring:\n1. ID\n2. Certificates", desk, (desk, ana)
    )
    assert {p.name for p in found.interviewers} == {"Ana Ruiz"}
    found = _detect(
        "Interview – Care Lead", "Agenda:\n1. 10:00 – Ana Ruiz\n2. 10:45 – Tom Reed", desk
    )
    assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}


def test_a_nickname_between_given_and_family_name_is_no_separate_person() -> None:
    """'Robert "Bob" Reed', "Giuseppe (Peppe) Amato", "Ana «Anita» Ruiz": one person, named
    without the nickname."""
    desk = _at("jobs@quellhof.example", "Quellhof Jobs")
    for body in (
        'Panel: Ana Ruiz (Head of Care), Tom "Tommy" Reed (Director)',
        "Panel: Ana Ruiz and Tom \u201cTommy\u201d Reed",
        "Commissione:\n1) Ana Ruiz – Direttrice\n2) Tom (Tommy) Reed – Primario",
        "Jury :\n- Ana Ruiz\n- Tom \u00abTommy\u00bb Reed",
        "Panel: Ana Ruiz and Tom 'Tommy' Reed",
    ):
        found = _detect("Interview – Care Lead", body, desk, (desk,))
        assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}, body


def test_the_panels_label_names_it_in_every_language_feminine_and_plural_too() -> None:
    """ "Your interviewers:", "Ihre Gesprächspartnerinnen:", "Membres du jury :",
    "Avaliadoras:", "Comisión:", "Esaminatori:", "Beoordelaars:": the names after it are the
    panel's, by name when the invitation leaves them out."""
    desk = _at("jobs@quellhof.example", "Quellhof Jobs")
    for label in (
        "Your interviewers", "Interview board", "Ihre Gesprächspartnerinnen", "Auswahlkommission",
        "Membres du jury", "Évaluateurs", "Vos interlocuteurs", "Avaliadoras", "Banca examinadora",
        "Entrevistadoras", "Comisión de selección", "Comité", "Esaminatori", "Selezionatori",
        "Beoordelaars", "Selectiecommissie",
    ):  # fmt: skip
        found = _detect("Interview", f"{label}: Ana Ruiz und Tom Reed.", desk, (desk,))
        assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}, label
    # a post before the name labels the member ("Presidente: Prof. Ana Ruiz"), and a line a
    # title leads names one under the panel's heading
    found = _detect(
        "Colloquio",
        "Commissione:\n- Presidente: Prof. Ana Ruiz\n- Componente: Dott. Tom Reed",
        desk,
        (desk,),
    )
    assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}
    found = _detect(
        "Interview",
        "Interview Board:\nMs Ana Ruiz, Director of Nursing\nMr Tom Reed, Glenholm Hospital",
        desk,
        (desk,),
    )
    assert {p.name for p in found.interviewers} == {"Ana Ruiz", "Tom Reed"}
    # a board, a committee or a bank that is no panel names nobody
    ana = _at("ana.ruiz@quellhof.example", "Ana Ruiz")
    for body in (
        "Committee: Finance and Audit",
        "Board: Half Board included at the hotel",
        "Banca: Intesa Vigna, filiale di Roma",
        "Your interviewers: to be confirmed",
        "Le jury : Salle Voltaire, 2e étage",
    ):
        found = _detect("Interview", body, ana, (ana,))
        assert {p.name for p in found.interviewers} == {"Ana Ruiz"}, body


def test_the_labels_of_an_invitations_logistics_name_nobody_in_any_language() -> None:
    """ "Día:", "Hora:", "Lieu :", "Uhrzeit:", "Locatie:", a day's "Cierre" or "Mittagspause":
    the labels and breaks of the day, never the names of people met."""
    ana = _at("ana.ruiz@quellhof.example", "Ana Ruiz")
    for body in (
        "Te confirmamos la entrevista:\n· Día: martes\n· Hora: 10:00 h\n· Lugar: nave 7\n"
        "· Te entrevistará: Ana Ruiz",
        "Votre entretien :\n- Date : mardi\n- Heure : 10h\n- Lieu : salle B\n- Avec : Ana Ruiz",
        "Ihr Gespräch:\n- Datum: Dienstag\n- Uhrzeit: 10 Uhr\n- Ort: Raum B\n- Mit: Ana Ruiz",
        "Uw gesprek:\n- Datum: dinsdag\n- Tijd: 10 uur\n- Locatie: zaal B\n- Met: Ana Ruiz",
        "Programa:\n09:00 Dinâmica com Ana Ruiz\n12:00 Cierre",
    ):
        found = _detect("Entrevista", body, ana, (ana,))
        assert {p.name for p in found.interviewers} == {"Ana Ruiz"}, body

"""Drafts a careful candidate sends as they are: each thank-you names the company and the
position, recalls that interviewer's own part (never a time, a room, a link or a tag list),
weaves the user's notes into sentences or leaves them out, and reads differently from every
other thank-you of the panel. Read as text, on the local default and on Gmail."""

from __future__ import annotations

import difflib
import itertools
import re
from pathlib import Path

import pytest

from agent.facts import interview_kind, position_text, subject, team_name, update_sentence
from tests.drafts_world import DEMO_ICS, DraftsWorld, Mail, calendar, make_world, vevent
from tests.fake_google.fixtures import fake

__all__ = ["fake"]


@pytest.fixture(params=["maildir", "gmail"])
def world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftsWorld:
    return make_world(request, tmp_path, monkeypatch)


def ratio(a: Mail, b: Mail) -> float:
    return difflib.SequenceMatcher(None, a.core, b.core).ratio()


def thank_yous(world: DraftsWorld) -> list[Mail]:
    return [m for m in world.mails() if m.subject.startswith("Thank you")]


# --------------------------------------------------------------------------- the demo


def test_the_demos_thank_yous_name_the_job_recall_each_session_and_differ(
    world: DraftsWorld,
) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    mails = thank_yous(world)
    assert len(mails) == 4
    acme = [m for m in mails if "acmerobotics" in m.to]
    for mail in acme:
        assert "Senior Backend Engineer role at Acme Robotics" in mail.text
        assert mail.text.count("Fleet Platform team") == 1  # the invitation's team, once
        starts = [" ".join(x.split()[:3]) for x in re.split(r"(?<=[.!?])\s+", mail.core) if x]
        assert len(starts) == len(set(starts)), starts  # no two sentences begin alike
    (wei,) = world.mails_to("wei.chen")
    (dana,) = world.mails_to("dana.whitfield")
    (anika,) = world.mails_to("anika.patel")
    (maria,) = world.mails_to("maria.santos")
    assert "system design" in wei.text and "rate limiter" not in wei.text
    assert "the rate limiter exercise" in dana.text and "system design" not in dana.text
    assert "values" in anika.text and "rate limiter" not in anika.text
    assert "Platform Engineer role at Globex" in maria.text and "phone screen" in maria.text
    for mail in mails:
        assert mail.text.startswith(f"Hi {mail.to.split()[0].strip(chr(34))},") or "Dr." in mail.to
        assert not re.search(r"\b\d{1,2}:\d{2}\b|\bAM\b|\bPM\b|Room|Lighthouse|http", mail.text)
        assert 80 <= len(mail.text.split()) <= 150
    for a, b in itertools.combinations(acme, 2):
        assert ratio(a, b) < 0.6, (a.to, b.to, ratio(a, b))


def test_a_rerun_writes_the_same_drafts(tmp_path: Path) -> None:
    world = DraftsWorld("maildir", tmp_path / "first")
    other = DraftsWorld("maildir", tmp_path / "again")
    for w in (world, other):
        w.home.mkdir()
        w.configure()
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    first = sorted((m.to, m.text) for m in world.mails())
    other.calendar(DEMO_ICS)
    assert other.tick("2026-12-03T11:00") == 0
    assert sorted((m.to, m.text) for m in other.mails()) == first


# --------------------------------------------------------------------------- MIME


def test_one_mime_structure_with_the_html_alternative(world: DraftsWorld) -> None:
    world.configure(html=True)
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    for mail in world.mails():
        raw = mail.message.as_bytes()
        assert raw.count(b"MIME-Version:") == 1
        assert mail.message.get_content_type() == "multipart/alternative"
        types = [p.get_content_type() for p in mail.message.iter_parts()]
        assert types == ["text/plain", "text/html"]
        assert mail.html is not None and "Acme" in mail.html or "Globex" in (mail.html or "")


# --------------------------------------------------------------------------- facts


PANEL = (
    ("Wei Chen", "wei.chen@umbrella.example"),
    ("Dana Whitfield", "dana.whitfield@umbrella.example"),
    ("Anika Patel", "anika.patel@umbrella.example"),
    ("Łukasz Nowak", "lukasz.nowak@umbrella.example"),
    ("Søren Berg", "soren.berg@umbrella.example"),
)


def test_a_panel_of_five_reads_as_five_letters(world: DraftsWorld) -> None:
    itinerary = (
        "Your onsite for the Data Engineer position on the Ingestion team.\n\nSchedule\n"
        "9:00 AM - 9:45 AM | Wei Chen | Room 4B, Floor 3\n"
        "10:00 - 10:45 | Pipeline design - Dana Whitfield\n"
        "11:00 - 11:45 | Coding: dedup exercise - Anika Patel\n"
        "1:00 - 1:45 PM | Łukasz Nowak | https://meet.example.com/abc-defg\n"
        "2:00 - 2:45 | Søren Berg | Lunch and team chat\n"
    )
    world.calendar(
        calendar(
            vevent(
                "umbrella-onsite",
                "20261208T090000",
                "20261208T150000",
                "Onsite interview - Data Engineer - Umbrella Corp",
                description=itinerary,
                organizer=("Priya Raman", "priya.raman@umbrella.example"),
                attendees=PANEL,
            )
        )
    )
    assert world.tick("2026-12-08T17:00") == 0
    mails = thank_yous(world)
    assert len(mails) == 5
    for mail in mails:
        assert "Data Engineer role at Umbrella" in mail.text
        # never a time, a room, a floor, a link or a tag list as what was discussed
        assert not re.search(r"\bAM\b|\bPM\b|Room|Floor|meet\.example|http|Lunch", mail.text)
    assert "pipeline design" in world.mails_to("dana.whitfield")[0].text
    assert "the dedup exercise" in world.mails_to("anika.patel")[0].text
    for a, b in itertools.combinations(mails, 2):
        assert ratio(a, b) < 0.6, (a.to, b.to, ratio(a, b))


def test_a_meetings_title_is_not_a_position_and_notes_are_not_pasted(
    world: DraftsWorld,
) -> None:
    world.calendar(
        calendar(
            vevent(
                "hm-chat",
                "20261209T100000",
                "20261209T103000",
                "Hiring manager chat",
                description="Looking forward to it! Umbrella Corp recruiting",
                organizer=("Maya Cole", "maya.cole@umbrella.example"),
                attendees=(("Maya Cole", "maya.cole@umbrella.example"),),
            )
        )
    )
    assert world.tick("2026-12-09T10:00") == 0
    assert world.cli("note", "i1", "Maya: great chat, she liked my answer on caching") == 0
    assert world.tick("2026-12-09T12:00") == 0
    (mail,) = thank_yous(world)
    assert "Hiring manager chat role" not in mail.text
    assert "great chat" not in mail.text and "she liked" not in mail.text
    assert "hiring manager conversation" in mail.text  # the kind of interview, said plainly


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("System design", "system design"),
        ("Coding: rate limiter exercise", "the rate limiter exercise"),
        ("talked about caching.", "caching"),
        ("great chat about event sourcing", "event sourcing"),
        ("rate limiter exercise, she liked my token bucket", "the rate limiter exercise"),
        ("Kafka, CQRS", "Kafka and CQRS"),
        ("AM", None),
        ("PM", None),
        ("10:30", None),
        ("Room 4B", None),
        ("Floor 3", None),
        ("HQ-3-Lighthouse", None),
        ("https://zoom.us/j/123", None),
        ("rate limiter, backend, api", None),
        ("Lunch with the team", None),
        ("Team and values", None),
        ("Formal interview", None),
        ("Competency interview", None),
        ("Second interview", None),
        ("she liked my answer", None),
        ("one two three four five six seven eight nine", None),
    ],
)
def test_what_a_session_may_be_called(text: str, phrase: str | None) -> None:
    found = subject(text)
    assert (found.phrase if found else None) == phrase


def test_kinds_teams_positions_and_updates() -> None:
    assert interview_kind("Globex - Phone screen (Platform Engineer)") == "phone screen"
    assert interview_kind("Team and values") == "conversation about the team's values"
    assert interview_kind("Coffee") == ""
    assert team_name("for the role on the Fleet Platform team.") == "Fleet Platform"
    assert team_name("Best, the Acme Recruiting team", "Acme") == ""
    assert team_name("invigilated by Helen Marsh from the Resourcing team") == ""
    assert position_text("Hiring manager chat") == ""
    assert position_text("Senior Backend Engineer") == "Senior Backend Engineer"
    assert update_sentence("shipped the new cache at work") == (
        "Since we spoke, I shipped the new cache at work."
    )
    assert update_sentence("I gave a talk on rate limiting") == "I gave a talk on rate limiting."
    assert update_sentence("great week") is None


def test_a_session_named_by_its_format_is_recalled_as_that_kind_not_as_a_topic(
    world: DraftsWorld,
) -> None:
    itinerary = (
        "Itinerary (Eastern)\n"
        "10:00 AM - 10:50 AM  Pipeline design - Noor Haddad\n"
        "11:00 AM - 12:00 PM  Conversation with the hiring manager - Tomas Varga\n"
    )
    world.calendar(
        calendar(
            vevent(
                "larkspur-onsite",
                "20261208T100000",
                "20261208T120000",
                "Virtual onsite - Data Engineer - Larkspur Freight",
                description=itinerary,
                organizer=("Ruth Amsel", "ruth.amsel@larkspurfreight.example"),
                attendees=(
                    ("Noor Haddad", "noor.haddad@larkspurfreight.example"),
                    ("Tomas Varga", "tomas.varga@larkspurfreight.example"),
                ),
            )
        )
    )
    assert world.tick("2026-12-08T15:00") == 0
    (tomas,) = world.mails_to("tomas.varga")
    assert "conversation with the hiring manager" not in tomas.text.lower()
    assert "hiring manager conversation" in tomas.text


def test_a_german_itinerary_is_recalled_in_english_not_quoted(world: DraftsWorld) -> None:
    itinerary = (
        "Der Ablauf:\n\n"
        "10:00–10:45 Uhr  Technisches Gespräch (Architektur) – Jens Fahlbusch\n"
        "10:45–11:30 Uhr  Kennenlernen des Teams – Derya Yıldız\n\n"
        "Viele Grüße\nAnke Mertens\nTalent Acquisition"
    )
    world.calendar(
        calendar(
            vevent(
                "kupferweg-panel",
                "20261201T100000",
                "20261201T113000",
                "Vorstellungsgespräch: Backend-Entwickler (m/w/d) – Kupferweg Logistik GmbH",
                description=itinerary,
                organizer=("Anke Mertens", "anke.mertens@kupferweg.example"),
                attendees=(
                    ("Jens Fahlbusch", "jens.fahlbusch@kupferweg.example"),
                    ("Derya Yıldız", "derya.yildiz@kupferweg.example"),
                ),
                tz="Europe/Berlin",
            )
        )
    )
    assert world.tick("2026-12-01T15:00") == 0
    (jens,) = world.mails_to("jens.fahlbusch")
    (derya,) = world.mails_to("derya.yildiz")
    for mail in (jens, derya):
        assert "Gespräch" not in mail.text and "Kennenlernen" not in mail.text
        assert "Backend-Entwickler role" in mail.text and "m/w/d" not in mail.text
    assert "technical interview" in jens.text
    assert "conversation with the team" in derya.text


def test_the_position_leaves_out_the_meetings_words_and_the_company(
    world: DraftsWorld,
) -> None:
    world.calendar(
        calendar(
            vevent(
                "ostwind-tech",
                "20261209T100000",
                "20261209T110000",
                "Ostwind Labs – Fachinterview Senior Data Engineer",
                description="Fachinterview mit Ilka Brandt.",
                organizer=("Ilka Brandt", "ilka.brandt@ostwindlabs.example"),
                attendees=(("Ilka Brandt", "ilka.brandt@ostwindlabs.example"),),
                tz="Europe/Berlin",
            ),
            vevent(
                "tallgrass-screen",
                "20261210T093000",
                "20261210T100000",
                "Phone Screen - Data Platform Engineer (Tallgrass Bank)",
                description="Call with Owain Price, Head of Data Platform.",
                organizer=("Owain Price", "owain.price@tallgrassbank.example"),
                attendees=(("Owain Price", "owain.price@tallgrassbank.example"),),
            ),
        )
    )
    assert world.tick("2026-12-10T15:00") == 0
    (ilka,) = world.mails_to("ilka.brandt")
    (owain,) = world.mails_to("owain.price")
    assert "the Senior Data Engineer role at Ostwind Labs" in ilka.text
    assert "Fachinterview" not in ilka.text + ilka.subject
    assert "the Data Platform Engineer role at Tallgrass Bank" in owain.text
    assert "(Tallgrass Bank)" not in owain.text + owain.subject


def test_a_one_to_one_thank_you_recalls_what_the_invitation_said_it_would_cover(
    world: DraftsWorld,
) -> None:
    world.calendar(
        calendar(
            vevent(
                "wrenfield-screen",
                "20261210T113000",
                "20261210T121500",
                "Wrenfield Health / Alex Candidate - Product Analyst",
                description=(
                    "Hi Alex, thanks for applying to the Product Analyst opening. I'm the "
                    "hiring manager; we'll talk through your experience with experimentation "
                    "and dashboards.\n\nNadine"
                ),
                organizer=("Nadine Forsythe", "nadine.forsythe@wrenfieldhealth.example"),
                attendees=(("Nadine Forsythe", "nadine.forsythe@wrenfieldhealth.example"),),
            ),
            vevent(
                "brackley-screen",
                "20261211T090000",
                "20261211T093000",
                "Brackley Systems - Phone screen (Platform Engineer) with Tam Oyelaran",
                description="Tam will call you to talk about the Platform Engineer role.",
                organizer=("Tam Oyelaran", "tam.oyelaran@brackley.example"),
                attendees=(("Tam Oyelaran", "tam.oyelaran@brackley.example"),),
            ),
        )
    )
    assert world.tick("2026-12-11T12:00") == 0
    (nadine,) = world.mails_to("nadine.forsythe")
    assert "experimentation and dashboards" in nadine.text
    (tam,) = world.mails_to("tam.oyelaran")
    assert "phone screen" in tam.text  # the job itself is no subject: the kind of interview
    assert "about the Platform Engineer role role" not in tam.text


def test_a_team_named_with_a_word_of_the_companys_name_is_still_named(
    world: DraftsWorld,
) -> None:
    world.calendar(
        calendar(
            vevent(
                "gannet-em",
                "20261202T150000",
                "20261202T160000",
                "Gannet Payments - Engineering Manager interview",
                description=(
                    "Looking forward to chatting about the Engineering Manager role in our "
                    "Payments Core team.\n\nBest, the Gannet Payments team"
                ),
                organizer=("Moira Quaid", "moira.quaid@gannetpay.example"),
                attendees=(("Moira Quaid", "moira.quaid@gannetpay.example"),),
            )
        )
    )
    assert world.tick("2026-12-02T18:00") == 0
    (mail,) = world.mails_to("moira.quaid")
    assert "the Payments Core team" in mail.text
    assert "Gannet Payments team" not in mail.text


def test_a_final_rounds_thank_you_does_not_repeat_a_panelists_wording(
    world: DraftsWorld,
) -> None:
    panel = (
        ("Hedda Ruud", "hedda.ruud@marrowfield.example"),
        ("Piet Staal", "piet.staal@marrowfield.example"),
        ("Ona Freitas", "ona.freitas@marrowfield.example"),
    )
    world.calendar(
        calendar(
            vevent(
                "marrowfield-panel",
                "20261201T100000",
                "20261201T130000",
                "Onsite interview - Data Engineer - Marrowfield Analytics",
                description="Interviews with Hedda Ruud, Piet Staal and Ona Freitas.",
                organizer=("Lene Vik", "lene.vik@marrowfield.example"),
                attendees=panel,
            ),
            vevent(
                "marrowfield-final",
                "20261208T100000",
                "20261208T104500",
                "Final round - Data Engineer - Marrowfield Analytics (Ines Varga, VP Data)",
                description="A final conversation with Ines Varga.",
                organizer=("Lene Vik", "lene.vik@marrowfield.example"),
                attendees=(("Ines Varga", "ines.varga@marrowfield.example"),),
            ),
        )
    )
    assert world.tick("2026-12-01T15:00") == 0
    assert world.tick("2026-12-08T13:00") == 0
    (final,) = world.mails_to("ines.varga")
    firsts = [world.mails_to(address)[0] for _, address in panel]
    for mail in firsts:
        assert ratio(final, mail) < 0.6, (mail.to, ratio(final, mail))


def test_one_to_one_thank_yous_at_different_companies_are_not_written_alike(
    world: DraftsWorld,
) -> None:
    """A job search writes many one-to-one thank-yous; each company's starts from a phrasing
    of its own, so the user does not send the same letter with the names changed."""
    companies = ("Brackley Systems", "Wrenfield Health", "Ostrava Freight", "Calloway Foods")
    events = [
        vevent(
            f"screen-{n}",
            f"20261214T0{n + 5}0000",
            f"20261214T0{n + 5}3000",
            f"{company} - Phone screen (Platform Engineer)",
            description="A call about the Platform Engineer role.",
            organizer=("Tam Oyelaran", f"tam{n}@{company.split()[0].lower()}.example"),
            attendees=(("Tam Oyelaran", f"tam{n}@{company.split()[0].lower()}.example"),),
        )
        for n, company in enumerate(companies, start=1)
    ]
    world.calendar(calendar(*events))
    assert world.tick("2026-12-14T12:00") == 0
    mails = thank_yous(world)
    assert len(mails) == 4
    openings = {m.core.split(".")[0].split("role at")[0] for m in mails}
    assert len(openings) >= 3, openings
    assert max(ratio(a, b) for a, b in itertools.combinations(mails, 2)) < 0.8


@pytest.mark.parametrize(
    ("position", "company", "said"),
    [
        ("Brindle Freight Graduate Scheme (Ports)", "Brindle Freight", "Graduate Scheme (Ports)"),
        ("Ovalo Bergbahnen AG (Marketing Manager)", "Ovalo Bergbahnen AG", "Marketing Manager"),
        ("Finance Business Partner (client", "Brindle Freight", "Finance Business Partner"),
        ("Técnico de Compras con Sra", "Grupo Ovalo", "Técnico de Compras"),
        ("Analyst with Mr. Brandt", "Grupo Ovalo", "Analyst"),
        ("Brindle Labs Engineer", "Brindle", "Brindle Labs Engineer"),
    ],
)  # fmt: skip
def test_the_position_a_letter_names_holds_no_company_person_or_open_bracket(
    position: str, company: str, said: str
) -> None:
    assert position_text(position, company) == said


@pytest.mark.parametrize(
    ("position", "said"),
    [
        ("Marketing Manager:in", "Marketing Manager"),
        ("Werkstudent*in Controlling (m/w/d)", "Werkstudent Controlling"),
        ("Técnico/a de Compras", "Técnico de Compras"),
        ("Ingénieur(e) logiciel", "Ingénieur logiciel"),
        ("Java/Kotlin Developer", "Java/Kotlin Developer"),
    ],
)
def test_a_letter_names_a_post_written_for_both_genders_once(position: str, said: str) -> None:
    assert position_text(position, "Brindle") == said

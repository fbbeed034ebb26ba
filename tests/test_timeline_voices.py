"""parse_timeline on who speaks and what the company does: a speaker's label or the invitation
it sent makes "I" the company; writing to every candidate, sending a contract, a letter to
expect, closing the process out are its answer; a date the answer comes after, an absence given
as a reason, and how long a wait takes in a short note."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.timeline import parse_timeline

# Said on Tuesday 12 May 2026 in Berlin: tomorrow is the 13th, Friday the 15th.
TUESDAY = datetime(2026, 5, 12, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _answer(text: str, company_wrote: int = 0) -> str | None:
    found = parse_timeline(text, TUESDAY, "Europe/Berlin", company_wrote=company_wrote)
    return found.answer_date.isoformat()[5:] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Town hall HR: we write to all candidates within 10 working days.",
        "We write to every applicant within 10 working days.",
        "We reply to each of the applicants within 10 business days.",
        "Wir schreiben allen Bewerbern innerhalb von 10 Arbeitstagen.",
        "We schrijven alle kandidaten binnen 10 werkdagen aan.",
    ],
)
def test_writing_to_every_candidate_is_the_companys_answer(text: str) -> None:
    assert _answer(text) == "05-26"


@pytest.mark.parametrize(
    "text",
    [
        "We write to the referees within 10 working days.",
        "Candidates write to us within 10 working days.",
        "We wrote to all candidates on Friday.",
        "I wrote to the recruiter on Friday.",
        "Wir schreiben den Referenzgebern innerhalb von 10 Arbeitstagen.",
    ],
)
def test_writing_to_someone_else_is_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakery owner: I'll confirm either way the day after tomorrow.", "05-14"),
        ("Store manager: I will confirm by Friday.", "05-15"),
        ("Sam (recruiter): I'll confirm on Friday.", "05-15"),
        ("Hiring lead said: I'll share next steps on Friday.", "05-15"),
        ("Personalerin: Ich schreibe Ihnen bis Freitag.", "05-15"),
        ("Recruiter: ik bel je vrijdag.", "05-15"),
    ],
)
def test_after_a_label_naming_who_speaks_for_the_company_i_is_the_company(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Me: I'll confirm by Friday.",
        "Note to self: I'll call them Friday.",
        "HR call: I'll call them Friday.",
        "Update: I'll confirm my availability by Friday.",
        "Recruiter wants references; I'll send them by Friday.",
    ],
)
def test_a_label_that_names_no_one_of_the_company_leaves_i_the_candidate(text: str) -> None:
    assert _answer(text) is None


def test_the_invitation_the_company_sent_speaks_for_it() -> None:
    invitation = "Onsite\nThanks for your time. I'll share next steps within a week of your visit."
    notes = "\nI'll send my references by Friday."
    text = invitation + notes
    assert _answer(text, company_wrote=len(invitation)) == "05-19"
    assert _answer(notes) is None  # the candidate's own notes stay theirs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Head baker: come back tomorrow for your answer, we'll know after tonight's service.",
         "05-13"),
        ("Come back Monday for the answer; we decide after Friday's tasting.", "05-18"),
        ("On décide après le service de ce soir, réponse demain.", "05-13"),
        ("Decidimos después del servicio de esta noche y te contesto mañana.", "05-13"),
        ("Decidiamo dopo il servizio di stasera, risposta domani.", "05-13"),
        ("We beslissen na de dienst van vanavond, antwoord morgen.", "05-13"),
        ("We'll know after tonight's service.", None),
    ],
)  # fmt: skip
def test_a_date_the_answer_comes_after_is_no_promise(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They'll call after 5pm on Friday.", "05-15"),
        ("They'll call me after lunch tomorrow.", "05-13"),
        ("The day after tomorrow we'll know.", "05-14"),
        ("Decision after the weekend.", "05-18"),
        ("Vão ligar na sexta.", "05-15"),
    ],
)
def test_a_date_after_a_time_of_day_or_its_own_after_stays_the_answer(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She said Monday, then emailed to say actually Wednesday as the MD is out.",
        "Correction: Wednesday, since the HM is on leave.",
        "Rectification : mercredi, car la DRH est en congé.",
        "Correctie: woensdag, omdat de manager ziek is.",
        "They'll let me know Wednesday as the director is away.",
    ],
)
def test_an_absence_given_as_the_reason_for_a_date_leaves_it_the_answer(text: str) -> None:
    assert _answer(text) == "05-13"


@pytest.mark.parametrize(
    "text",
    [
        "The MD is out until Wednesday.",
        "Back Wednesday.",
        "The MD is on leave till Wednesday as she is travelling.",
    ],
)
def test_an_absence_until_a_date_is_still_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hiring lead said: we'll close this out by Friday.",
        "They hope to close out the search by Friday.",
        "We're closing the role out by Friday.",
    ],
)
def test_closing_the_process_out_is_the_answer(text: str) -> None:
    assert _answer(text) == "05-15"


@pytest.mark.parametrize(
    "text",
    [
        "Start date would be 1 June, but first we'll send the contract by Wednesday.",
        "HR is sending over the paperwork on Wednesday.",
        "Wir schicken Ihnen den Vertrag bis Mittwoch.",
        "Nous vous enverrons le contrat mercredi.",
        "Te enviamos el contrato el miércoles.",
        "Vamos te enviar o contrato até quarta.",
        "Le invieremo il contratto entro mercoledì.",
        "We sturen je het contract woensdag.",
    ],
)
def test_the_company_sending_a_contract_is_its_next_contact(text: str) -> None:
    assert _answer(text) == "05-13"


@pytest.mark.parametrize(
    "text",
    [
        "Please send the signed contract by Wednesday.",
        "I will send the contract by Wednesday.",
        "You'll need to send the contract by Wednesday.",
        "Send the contract by Wednesday.",
        "The offer letter says start on Wednesday.",
    ],
)
def test_the_candidate_sending_a_contract_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Approvals take 3 working weeks here, so expect the letter then.", "06-02"),
        ("Expect a call from the hiring manager by Wednesday.", "05-13"),
        ("Erwarten Sie unseren Brief bis Mittwoch.", "05-13"),
        ("Aspettati la lettera entro mercoledì.", "05-13"),
        ("Verwacht de brief woensdag.", "05-13"),
    ],
)
def test_a_letter_or_call_to_expect_is_the_answer(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het duurt een week of twee, ze willen eerst alle kandidaten spreken.",
        "Takes about two weeks.",
        "Dauert etwa zwei Wochen.",
        "Ça prend deux semaines.",
        "Tarda unas dos semanas.",
        "Ci vogliono due settimane.",
    ],
)
def test_how_long_it_takes_in_a_short_note_is_the_wait(text: str) -> None:
    assert _answer(text) == "05-26"


@pytest.mark.parametrize(
    "text",
    [
        "Onboarding takes two weeks.",
        "The background check takes two weeks.",
        "The course takes two weeks.",
        "The drive takes two days.",
        "We expect to finish interviews by Wednesday.",
    ],
)
def test_how_long_something_else_takes_is_no_wait(text: str) -> None:
    assert _answer(text) is None

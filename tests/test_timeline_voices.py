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


@pytest.mark.parametrize(
    "text",
    [
        "Entre 8 et 10 jours ouvrés.",
        "Zwischen acht und zehn Werktagen.",
        "Tussen acht en tien werkdagen.",
        "Between 8 and 10 working days.",
        "Entre ocho y diez días hábiles.",
    ],
)
def test_a_note_that_says_only_between_two_spans_is_its_later_end(text: str) -> None:
    assert _answer(text) == "05-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision by 20-05-2026.", "05-20"),
        ("Uitslag uiterlijk 20-05-2026.", "05-20"),
        ("Resposta até 20-05-2026.", "05-20"),
        ("Decision by Wednesday 20-05-2026.", "05-20"),
        ("Call 030-12-2026 for info.", None),
    ],
)
def test_a_dashed_date_with_its_year_is_that_date(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


def test_a_dashed_date_reads_month_first_in_north_america() -> None:
    found = parse_timeline(
        "Decision by 5-20-2026.", datetime(2026, 5, 12, 15, 0), "America/New_York"
    )
    assert found is not None and found.answer_date.isoformat() == "2026-05-20"


@pytest.mark.parametrize(
    "text",
    [
        "Last interviews are on the 19th and they decide a week later.",
        "Les derniers entretiens ont lieu le 19, réponse une semaine après.",
        "Die letzten Gespräche sind am 19.; Entscheidung eine Woche danach.",
        "Gli ultimi colloqui sono il 19, decidono una settimana dopo.",
    ],
)
def test_the_last_interviews_date_is_what_a_later_answer_counts_from(text: str) -> None:
    assert _answer(text) == "05-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Respuesta entre el lunes y el martes.", "05-19"),
        ("Decision two weeks after the board meeting.", None),
        ("Entscheidung zwei Wochen nach der Vorstandssitzung.", None),
        ("Decisión dos semanas después de la junta.", None),
    ],
)
def test_a_range_in_spanish_and_a_company_body_meeting(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you haven't heard from us within 3 weeks, please assume you were unsuccessful.",
         "06-02"),
        ("Heard from the recruiter: decision within 3 weeks.", "06-02"),
        ("I heard from a former employee that they take 3 weeks.", None),
        ("Heard from a friend there it takes 3 weeks.", None),
    ],
)  # fmt: skip
def test_news_heard_from_the_company_is_no_hearsay(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hear back by month's end.", "05-31"),
        ("Decision by week's end.", "05-15"),
        ("Decision by the first of June.", "06-01"),
        ("Respuesta el primero de junio.", "06-01"),
        ("Réponse le premier juin.", "06-01"),
        ("Risposta il primo giugno.", "06-01"),
        ("Antwort am ersten Juni.", "06-01"),
        ("Mi chiamano domattina.", "05-13"),
        ("Ze bellen me morgenochtend.", "05-13"),
        ("Te digo algo a finales de la semana que viene.", "05-22"),
    ],
)
def test_ends_firsts_and_mornings_in_words(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision by end of Q2.", "06-30"),
        ("They'll decide in Q3.", "09-30"),
        ("Decision later this month.", "05-31"),
        ("Rückmeldung im Laufe des Monats.", "05-31"),
        ("Risposta nel corso del mese.", "05-31"),
        ("Decision by the middle of next month.", "06-15"),
        ("Entscheidung Mitte nächsten Monats.", "06-15"),
        ("Réponse au milieu du mois prochain.", "06-15"),
        ("Resposta até o fim de semana.", "05-15"),
        ("Dovrei sapere qualcosa tra un paio di settimane... forse prima.", "05-26"),
    ],
)
def test_quarters_months_and_weekends_named_in_other_words(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our Q4 targets were discussed at length.",
        "Q2 results came up in the interview.",
        "I'll be away later this month.",
        "Vou viajar no fim de semana.",
        "I know something about their stack.",
    ],
)
def test_quarters_and_weekends_said_of_something_else_are_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The HM is back on the 19th; decision a week from then.",
        "The HM is back on the 19th; decision a week from that day.",
        "Die Chefin ist ab dem 19. zurück, Entscheidung eine Woche ab dann.",
        "La jefa vuelve el 19; decisión una semana a partir de ese día.",
        "Il capo rientra il 19; decisione una settimana da quel giorno.",
        "De manager is op de 19e terug; beslissing een week vanaf dan.",
    ],
)
def test_a_span_from_then_counts_from_the_date_before(text: str) -> None:
    assert _answer(text) == "05-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They meet on the 19th and I'll hear that same day.", "05-19"),
        ("They'll decide the same day.", "05-12"),
        ("A partir del lunes 18 empiezas.", None),
        ("Disponible a partir del 18.", None),
    ],
)
def test_that_same_day_is_the_day_named_before(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We spreken je uiterlijk vrijdag, zei Joris.",
        "Decision by Friday, said Sam.",
        "Rückmeldung bis Freitag, sagte Frau Lind.",
        "Respuesta el viernes, dijo Nerea.",
        "Risposta entro venerdì, ha detto Ilaria.",
    ],
)
def test_who_said_the_day_after_it_leaves_it_the_answer(text: str) -> None:
    assert _answer(text) == "05-15"


def test_the_day_something_was_said_on_is_still_no_answer() -> None:
    assert _answer("On Friday, Sam said we'd hear within two weeks.") == "05-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nerea dijo que nos dirían algo en un par de semanas, como mucho.", "05-26"),
        ("Il cliente decide entro fine settimana; Glassdoor dice che ci mettono un mese.",
         "05-15"),
        ("They said two weeks; a friend who works there says that's optimistic.", "05-26"),
        ("Glassdoor says two weeks; the recruiter said nothing.", None),
        ("A friend there says a month; no word from the recruiter.", None),
    ],
)  # fmt: skip
def test_hearsay_belongs_to_its_own_part_of_the_sentence(text: str, expected: str | None) -> None:
    assert _answer(text) == expected

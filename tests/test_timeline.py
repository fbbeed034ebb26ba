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


# --------------------------------------------------------------------------- promises to answer
# Said on Tuesday 12 May 2026 in Berlin unless a test says otherwise.
TUESDAY = datetime(2026, 5, 12, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _answer(text: str, end: datetime = TUESDAY, tz: str = "Europe/Berlin") -> str | None:
    found = parse_timeline(text, end, tz)
    return found.answer_date.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll be in touch by Friday.", "2026-05-15"),
        ("Expect to hear back within 3-5 business days.", "2026-05-19"),
        ("HM said he'd ping me Monday.", "2026-05-18"),
        ("You'll receive our decision no later than 22 May.", "2026-05-22"),
        ("Wir melden uns bis spätestens Freitag.", "2026-05-15"),
        ("Eine Rückmeldung erhalten Sie innerhalb von zwei Wochen.", "2026-05-26"),
        ("Sie erhalten unsere Entscheidung Anfang nächster Woche.", "2026-05-19"),
        ("Nous reviendrons vers vous d'ici vendredi.", "2026-05-15"),
        ("Vous recevrez une réponse sous 10 jours ouvrés.", "2026-05-26"),
        ("Réponse la semaine prochaine, sans doute mardi.", "2026-05-19"),
        ("We laten je uiterlijk donderdag weten hoe het verder gaat.", "2026-05-14"),
        ("Terugkoppeling volgt begin volgende week.", "2026-05-19"),
        ("De recruiter belt je eind van de week.", "2026-05-15"),
        ("Te daremos una respuesta antes del viernes.", "2026-05-15"),
        ("Te avisamos a finales de mes.", "2026-05-31"),
        ("Te escribimos el 20 con la decisión.", "2026-05-20"),
        ("Daremos um retorno até quinta-feira.", "2026-05-14"),
        ("Você terá uma resposta em até 10 dias úteis.", "2026-05-26"),
        ("Entraremos em contato na próxima semana.", "2026-05-22"),
        ("Le daremo un riscontro entro venerdì.", "2026-05-15"),
        ("Esito a inizio della prossima settimana.", "2026-05-19"),
        ("Le comunicheremo l'esito entro il 20.", "2026-05-20"),
    ],
)
def test_a_date_next_to_a_promise_to_answer_is_a_timetable(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Come to the 4th floor, suite 400.",
        "Dial-in: +1 415 555 0100, PIN 1234 5678.",
        "Room 3.14, Building 2.",
        "Das Gespräch findet im 3. Stock statt, Raum 3.12.",
        "L'entretien aura lieu au 2e étage, salle 204.",
        "Het gesprek is op de 3e verdieping.",
        "La entrevista es en el piso 4, sala 12.",
        "A entrevista será no 5º andar.",
        "Il colloquio si terrà al terzo piano, stanza 12.",
        "Zoom ID 123 456 7890, passcode 2468",
    ],
)
def test_a_floor_room_or_phone_number_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


def test_a_floor_beside_a_promise_leaves_the_promise_alone() -> None:
    text = "Interview on the 14th floor; we'll let you know within two weeks."
    assert _answer(text) == "2026-05-26"


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is on Friday 15 May at 10:00.",
        "Thanks for coming in on Monday.",
        "We've moved your interview from Tuesday to Thursday at 14:00.",
        "The second round would be Thursday.",
        "Thursday 10:00 - Coding - Dana",
    ],
)
def test_the_date_of_a_meeting_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Your offer, if any, will be valid for 5 business days.",
        "You have 48 hours to decide on the offer.",
        "Das Angebot ist bis Freitag gültig.",
        "Sie haben eine Woche Bedenkzeit für das Angebot.",
        "Vous avez 48h pour accepter l'offre.",
        "Het aanbod is geldig tot vrijdag.",
        "Tienes 3 días para aceptar la oferta.",
        "Você tem até sexta para aceitar a proposta.",
        "L'offerta scade venerdì.",
        "The offer stands until 30 June.",
        "Our offer remains open till the 29th, then lapses.",
        "L'offre tient jusqu'au 26 juin.",
        "La oferta se mantiene hasta el viernes.",
        "A proposta fica de pé até sexta.",
    ],
)
def test_an_offer_deadline_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "If successful, you'd start on June 1.",
        "My notice period is four weeks.",
        "Der Arbeitsbeginn wäre am 1. Juli.",
        "La prise de poste est prévue le 1er juin.",
        "O início seria em 1º de junho.",
        "The role has been open for 3 weeks.",
        "The interview lasts 45 minutes; we'll be in touch.",
    ],
)
def test_a_start_date_notice_period_or_duration_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I promised to send my portfolio by Friday.",
        "I'll email them on Monday if I hear nothing.",
        "I told them I'd reply by Monday.",
        "Note to self: follow up Thursday.",
        "Ich habe versprochen, bis Montag zu antworten.",
        "Je leur envoie mes références lundi.",
        "Ik stuur mijn referenties vóór vrijdag.",
        "Les mando el portafolio el lunes.",
        "Prometi responder até segunda.",
        "Ho promesso di rispondere entro lunedì.",
    ],
)
def test_the_candidates_own_promise_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Please send your references by Thursday.",
        "Please confirm your availability by Friday.",
        "Let us know by Monday which slot works.",
        "Bitte senden Sie uns Ihre Unterlagen bis Freitag.",
        "Merci de nous confirmer vos disponibilités avant jeudi.",
        "Por favor envíanos tus referencias antes del lunes.",
        "Por favor envie seus documentos até sexta.",
        "La preghiamo di inviarci i documenti entro lunedì.",
    ],
)
def test_what_the_company_asks_of_the_candidate_is_not_a_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision within 2 working weeks.", "2026-05-26"),
        ("Wir entscheiden innerhalb von zwei Arbeitswochen.", "2026-05-26"),
        ("Nous vous répondrons sous deux semaines ouvrées.", "2026-05-26"),
        ("Binnen drie werkweken ontvang je bericht.", "2026-06-02"),
        ("Entro tre settimane lavorative riceverà l'esito.", "2026-06-02"),
    ],
)
def test_a_working_week_is_five_business_days(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_a_bare_weekday_counts_only_in_the_clause_that_promises() -> None:
    assert _answer("Panel reconvenes Thursday; recruiter calls me Friday.") == "2026-05-15"
    assert (
        _answer("The panel meets Thursday and the recruiter will call me Friday.") == "2026-05-15"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The hiring manager is on leave until the 20th.",
        "Bis zum 20. ist der Bereichsleiter im Urlaub, danach melden wir uns.",
        "Le DRH est en congés jusqu'au 20, nous reviendrons vers vous ensuite.",
        "De manager is tot de 20e op vakantie; daarna hoor je van ons.",
        "La gerente está de viaje hasta el 20; después te escribimos.",
        "A gestora está de férias até dia 20; depois te damos retorno.",
        "Il responsabile è in ferie fino al 20, poi ti faremo sapere.",
    ],
)
def test_until_the_day_someone_is_away_is_not_a_promise(text: str) -> None:
    assert _answer(text) is None


def test_a_promise_the_day_after_a_return_counts_from_the_return() -> None:
    assert _answer("She's out until Monday and will reply the day after.") == "2026-05-19"


def test_until_a_day_in_a_promise_means_by_that_day() -> None:
    assert _answer("We will get back to you till Friday.") == "2026-05-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Early next week.", "2026-05-19"),
        ("2 wks", "2026-05-26"),
        ("by Friday", "2026-05-15"),
        ("HR: Thursday", "2026-05-14"),
        ("Recruiter: early next week probably, the team is travelling.", "2026-05-19"),
    ],
)
def test_a_short_note_that_says_only_when_is_the_answers_time(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_words_reported_from_the_company_are_its_timetable() -> None:
    assert _answer("Talked to the HM; they said two weeks.") == "2026-05-26"


@pytest.mark.parametrize(
    "text",
    [
        "A friend who works there says they take two weeks.",
        "Ein Bekannter meint, die Entscheidung dauert drei Wochen.",
        "Un ami qui y travaille dit qu'ils répondent en deux semaines.",
        "Een vriend die daar werkt zegt dat ze binnen twee weken beslissen.",
    ],
)
def test_hearsay_is_not_the_companys_timetable(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retorno na segunda, no máximo na terça.", "2026-05-19"),
        ("Answer expected Thursday, maybe Friday.", "2026-05-15"),
        ("Rückmeldung noch heute, spätestens morgen.", "2026-05-13"),
    ],
)
def test_a_date_then_a_latest_one_is_a_range_whose_end_counts(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize("text", ["They'll get back to me by COB Friday.", "Answer Friday EOD."])
def test_the_end_of_a_named_day_is_that_day(text: str) -> None:
    assert _answer(text) == "2026-05-15"


def test_the_week_of_a_date_ends_on_its_friday() -> None:
    assert _answer("Final decisions will be made w/c 8 June.") == "2026-06-12"


def test_a_span_after_another_date_counts_from_that_date() -> None:
    assert _answer("Round 3 is on 20 May; they'll let me know a week after that.") == "2026-05-27"


def test_a_span_from_today_counts_from_the_interview() -> None:
    assert _answer("We'll decide two weeks from today.") == "2026-05-26"


@pytest.mark.parametrize(
    ("tz", "expected"),
    [("America/Mexico_City", "2026-03-05"), ("America/Toronto", "2026-05-03")],
)
def test_numeric_dates_read_month_first_only_in_the_us_and_canada(tz: str, expected: str) -> None:
    end = datetime(2026, 2, 24, 12, 0, tzinfo=ZoneInfo(tz))
    assert _answer("Te contactamos a más tardar el 05/03 con la respuesta.", end, tz) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous aurez notre retour dans les 8 jours.", "2026-05-19"),
        ("Wir melden uns in acht Tagen.", "2026-05-19"),
        ("Te damos respuesta en quince días.", "2026-05-26"),
        ("Ti faremo sapere tra quindici giorni.", "2026-05-26"),
        ("We'll decide in 8 days.", "2026-05-20"),
    ],
)
def test_eight_and_fifteen_days_are_a_week_and_a_fortnight_outside_english(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


def test_a_portuguese_ordinal_before_a_noun_is_not_a_weekday() -> None:
    assert _answer("O resultado da segunda entrevista sai em 5 dias úteis.") == "2026-05-19"
    assert _answer("O resultado sai na segunda.") == "2026-05-18"


def test_mon_in_french_is_my_not_monday() -> None:
    friday = datetime(2026, 5, 15, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))
    text = "Vous aurez notre réponse jeudi, après mon échange avec l'équipe."
    assert _answer(text, friday, "Europe/Paris") == "2026-05-21"


def test_the_following_week_counts_from_the_date_before_it() -> None:
    text = (
        "The panel meets on 20 May to review all candidates; we'll contact you the following week."
    )
    assert _answer(text) == "2026-05-29"
    assert _answer("We'll contact you the following week.") == "2026-05-22"


def test_a_month_name_before_a_stop_ends_its_sentence() -> None:
    text = "Your assessment day is on 12 May. The offer, if made, will be valid for 10 days."
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Expect an email from the recruiter on Thursday.", "2026-05-14"),
        ("The hiring manager will make the call by Friday.", "2026-05-15"),
        ("Feedback from the panel is due Friday.", "2026-05-15"),
        ("Status: decision pending, ETA Friday.", "2026-05-15"),
    ],
)
def test_news_coming_from_the_company_is_a_promise_to_answer(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday the recruiter told me they'd decide within a week.", "2026-05-19"),
        ("Today the HM said two weeks.", "2026-05-26"),
        ("Friday, she said.", "2026-05-15"),
    ],
)
def test_the_day_someone_spoke_is_not_the_day_they_promised(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_the_following_weekday_counts_from_the_date_before_it() -> None:
    text = "We're interviewing until Friday; you'll hear by the following Wednesday."
    assert _answer(text) == "2026-05-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interviews run until Friday, then we'll decide within a week.", "2026-05-22"),
        (
            "Bis zum 20. läuft die Ausschreibung, danach melden wir uns innerhalb von zwei Wochen.",
            "2026-06-03",
        ),
    ],
)
def test_a_span_after_then_counts_from_the_day_a_wait_ends(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You will receive your answer by Friday.", "2026-05-15"),
        ("We need your answer by Friday.", None),
        ("Vous aurez votre réponse vendredi.", "2026-05-15"),
        ("Nous attendons votre réponse avant vendredi.", None),
        ("Tendrás tu respuesta el viernes.", "2026-05-15"),
        ("Necesitamos tu respuesta antes del viernes.", None),
        ("Você terá sua resposta na sexta.", "2026-05-15"),
        ("Aguardamos sua resposta até sexta.", None),
        ("Avrai la tua risposta venerdì.", "2026-05-15"),
        ("Attendiamo la tua risposta entro venerdì.", None),
        ("Binnen twee weken krijg je antwoord van ons.", "2026-05-26"),
        ("We hebben je antwoord nodig voor vrijdag.", None),
        ("Ihre Zusage zum Angebot brauchen wir bis Freitag.", None),
    ],
)
def test_waiting_for_the_candidates_answer_is_not_a_promise_to_answer(
    text: str, expected: str | None
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Réponse dans la semaine.",
        "Rückmeldung im Laufe der Woche.",
        "We'll let you know within the week.",
        "Ti facciamo sapere in settimana.",
        "Je hoort het in de loop van de week.",
        "Te avisamos durante la semana.",
    ],
)
def test_within_the_week_is_before_this_week_is_out(text: str) -> None:
    assert _answer(text) == "2026-05-15"


@pytest.mark.parametrize(
    "text",
    ["They'll call me tonight.", "Te escribimos esta tarde.", "Wir melden uns heute Abend."],
)
def test_later_today_is_today(text: str) -> None:
    assert _answer(text) == "2026-05-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decision on 20th.", "2026-05-20"),
        ("Te damos respuesta el 15 de este mes.", "2026-05-15"),
        ("Te contestamos la semana próxima.", "2026-05-22"),
        ("Damos retorno na segunda-feira próxima.", "2026-05-18"),
    ],
)
def test_day_and_week_words_in_either_order(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daremos retorno na primeira quinzena de junho.", "2026-06-15"),
        ("Te contestamos en la segunda quincena de junio.", "2026-06-30"),
        ("Réponse dans la première quinzaine de juin.", "2026-06-15"),
        ("Esito nella seconda quindicina di giugno.", "2026-06-30"),
        ("Retorno na primeira quinzena do mês que vem.", "2026-06-15"),
        ("Decision in the second half of the month.", "2026-05-31"),
    ],
)
def test_half_of_a_month_ends_on_its_15th_or_its_last_day(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They'll decide the week after next.", "2026-05-29"),
        ("Rückmeldung übernächste Woche.", "2026-05-29"),
        ("Decision in the first week of next month.", "2026-06-07"),
        ("Wir melden uns in der ersten Woche des nächsten Monats.", "2026-06-07"),
        ("Decision in the last week of June.", "2026-06-30"),
    ],
)
def test_weeks_counted_from_next_week_or_next_month(text: str, expected: str) -> None:
    assert _answer(text) == expected


# D for the tests below: Tuesday 12 May 2026 (``TUESDAY``).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR will get back to me Friday week.", "2026-05-22"),
        ("Decision a week on Thursday.", "2026-05-21"),
        ("They'll let me know Tuesday week.", "2026-05-26"),
        ("Answer a week from Monday.", "2026-05-25"),
    ],
)
def test_a_weekday_week_is_a_week_after_that_weekday(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You'll hear from us after the weekend.",
        "We'll come back to you straight after the weekend.",
        "Rückmeldung gleich nach dem Wochenende.",
        "Nous reviendrons vers vous après le week-end.",
        "Na het weekend hoor je van ons.",
        "Te respondemos después del fin de semana.",
        "Damos retorno depois do fim de semana.",
        "Vi daremo un riscontro dopo il weekend.",
    ],
)
def test_after_the_weekend_is_the_monday_after_it(text: str) -> None:
    assert _answer(text) == "2026-05-18"
    friday = datetime(2026, 5, 15, 18, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert _answer(text, friday) == "2026-05-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Applications close on 25 May; we aim to respond within two weeks of the closing date.",
            "2026-06-08",
        ),
        ("All candidates hear within 10 days of the closing date (31 May).", "2026-06-10"),
        ("We'll let you know within a week of the last interview on the 20th.", "2026-05-27"),
        (
            "Rückmeldung innerhalb von zwei Wochen nach Ende der Bewerbungsfrist am 29. Mai.",
            "2026-06-12",
        ),
        # from the interview itself, the count starts at the interview
        ("Final decision within 48 hours of today's panel.", "2026-05-14"),
        ("We'll decide within 3 days of your onsite.", "2026-05-15"),
    ],
)
def test_a_span_from_another_event_counts_from_that_events_date(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We will be in touch within two weeks after the deadline.",
        "Decision within a week of the final round.",
        "Réponse sous 10 jours après la clôture des candidatures.",
    ],
)
def test_a_span_from_an_event_the_text_does_not_date_states_no_date(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ci faranno sapere venerdì.", "2026-05-15"),
        ("Vão dar retorno na quinta.", "2026-05-14"),
        ("Ze laten vrijdag iets weten.", "2026-05-15"),
    ],
)
def test_a_bare_weekday_beside_a_promise_in_each_language(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bis Ende der Woche wissen wir mehr und melden uns bei Ihnen.", "2026-05-15"),
        ("Bis zum 20. wissen wir mehr.", "2026-05-20"),
        ("By Friday we'll know more.", "2026-05-15"),
        ("D'ici vendredi nous en saurons plus.", "2026-05-15"),
        ("Para el viernes sabremos más.", "2026-05-15"),
        ("Até sexta saberemos mais.", "2026-05-15"),
        ("Entro venerdì ne sapremo di più.", "2026-05-15"),
        ("Vrijdag weten we meer.", "2026-05-15"),
        ("They'll tell me if I'm through to the final by Thursday.", "2026-05-14"),
    ],
)
def test_knowing_more_or_telling_by_a_date_is_a_promise_of_news(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_what_the_company_asked_of_the_candidate_does_not_void_its_own_promise() -> None:
    assert _answer("The manager asked for two references; she'll let me know by Friday.") == (
        "2026-05-15"
    )
    assert _answer("I asked them for an answer by Friday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HR said Thursday, then corrected: actually Monday, the panel meets Friday.",
            "2026-05-18",
        ),
        ("Recruiter said Friday. Sorry, scratch that: early next week.", "2026-05-19"),
        (
            "Sie sagte Freitag, korrigierte sich dann: eigentlich Anfang nächster Woche.",
            "2026-05-19",
        ),
    ],
)
def test_a_correction_that_says_only_when_replaces_the_earlier_date(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


def test_a_portuguese_ordinal_after_until_is_a_weekday() -> None:
    assert _answer("Retorno até segunda.") == "2026-05-18"
    assert _answer("Até segunda ordem, aguardamos o comitê.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous tiendrons informé(e) de la suite sous quinze jours.",
        "Vous serez informé(e)s de la suite sous quinzaine.",
    ],
)
def test_a_gender_ending_in_brackets_ends_no_clause(text: str) -> None:
    assert _answer(text) == "2026-05-26"


@pytest.mark.parametrize(
    "text",
    [
        "Une réponse vous sera apportée dans la semaine suivant l'entretien.",
        "You'll hear from us within the week following the interview.",
        "Wir melden uns innerhalb der Woche nach dem Gespräch.",
    ],
)
def test_within_the_week_after_the_interview_is_a_week(text: str) -> None:
    assert _answer(text) == "2026-05-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We aim to let candidates know within a week and a half.", "2026-05-23"),
        ("Rückmeldung in anderthalb Wochen.", "2026-05-23"),
        ("Réponse sous une semaine et demie.", "2026-05-23"),
        ("Te respondemos en semana y media.", "2026-05-23"),
        ("Feedback in two and a half weeks.", "2026-05-30"),
    ],
)
def test_half_a_week_more_counts_its_half_day_whole(text: str, expected: str) -> None:
    assert _answer(text) == expected


# Said on Tuesday 12 May 2026 in Berlin, as above.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They said they'd get back to us this week.", "2026-05-15"),
        ("They'll let us know by Friday.", "2026-05-15"),
        ("We will telephone all candidates on the same day.", "2026-05-12"),
        ("Call back expected in a few days.", "2026-05-15"),
        ("Wir melden uns am selben Tag.", "2026-05-12"),
    ],
)
def test_the_company_answering_a_group_or_the_same_day_is_a_promise(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Please get back to us by Friday.", "Let us know by Friday.", "Call them Friday."],
)
def test_asking_the_candidate_or_an_errand_is_still_no_promise(text: str) -> None:
    assert _answer(text) is None


def test_a_correction_carries_the_promise_it_corrects() -> None:
    text = "Feedback by the 14th - then an email ten minutes later: actually by the 18th."
    assert _answer(text) == "2026-05-18"


def test_a_week_number_after_end_of_week_is_that_week() -> None:
    assert _answer("We aim to get back to you by the end of week 22.") == "2026-05-29"
    assert _answer("We aim to get back to you by the end of the week.") == "2026-05-15"


def test_the_days_of_an_absence_are_not_the_promise() -> None:
    text = "They'll get back to me mid next week - the hiring manager is out Monday and Tuesday."
    assert _answer(text) == "2026-05-20"


def test_a_reply_the_day_after_a_return_counts_from_the_return() -> None:
    text = "The manager is back from leave on the 20th; she'll review and reply the day after."
    assert _answer(text) == "2026-05-21"


@pytest.mark.parametrize(
    "text",
    [
        "We'll get back to you the day after our board meeting.",
        "Réponse le lendemain du comité de direction.",
        "My mate who works there reckons they'll ring by Wednesday.",
        "Ein Bekannter, der dort arbeitet, meint, sie melden sich bis Freitag.",
    ],
)
def test_an_undated_meeting_or_an_insiders_guess_gives_no_date(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They are aiming to close the process by end of May.", "2026-05-31"),
        ("We hope to have everything finalised by Friday.", "2026-05-15"),
        ("All applicants will be notified by Friday.", "2026-05-15"),
        ("Candidates will be informed next week.", "2026-05-22"),
    ],
)
def test_closing_the_process_or_being_told_in_the_passive_is_the_answer(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


def test_working_days_after_that_count_on_from_the_date_named_before() -> None:
    text = (
        "The panel meets on 14 May and candidates will be informed within 2 working days of that."
    )
    assert _answer(text) == "2026-05-18"  # Thursday 14 + 2 working days: Monday
    closing = "Applications close on the 15th; replies within 5 business days of the closing date."
    assert _answer(closing) == "2026-05-22"


# Said on Tuesday 12 May 2026 in Berlin, as above.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR said will revert by EOD tmrw.", "2026-05-13"),
        ("Sie meldet sich übermorgen, spätestens aber Anfang nächster Woche.", "2026-05-19"),
        ("Ci risentiamo dopodomani, al massimo lunedì.", "2026-05-18"),
        (
            'Email from the panel convenor: "We expect to make a decision within 3 weeks."',
            "2026-06-02",
        ),
        ("E-mail: «Daremos uma resposta até ao final do mês.»", "2026-05-31"),
        ("La respuesta no será el jueves sino el lunes 18.", "2026-05-18"),
        ("Die Rückmeldung kommt nicht am Donnerstag, sondern am Freitag.", "2026-05-15"),
        ("Der Teamleiter ist ab dem 14. zurück und meldet sich am Tag danach.", "2026-05-15"),
        ("Contiamo di chiudere la selezione entro fine mese.", "2026-05-31"),
        ("Esperamos cerrar el proceso la semana que viene.", "2026-05-22"),
        ('Recruiter: "Thanks mate, you will have a yes or no by Thursday."', "2026-05-14"),
    ],
)
def test_promises_as_notes_write_them(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Periodo di prova 6 mesi, preavviso 30 giorni. Mi faranno sapere.",
        "Probation is six months; they will let me know.",
        "Mates at the company reckon they will decide Friday.",
        "A mate's cousin works there and says decisions come by Friday.",
        "We will close the vacancy on the 20th.",
        "Email the recruiter tmrw.",
    ],
)
def test_probation_an_insiders_word_a_closing_date_or_an_errand_give_no_date(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perguntei se teria resposta essa semana; disse que não, só na semana que vem.", "05-22"),
        ("I asked for Friday; the recruiter said next Wednesday instead.", "05-20"),
        ('Ich fragte, ob bis Freitag eine Antwort geht. "Ja, das bekommen wir hin."', "05-15"),
        ("Pregunté si podían responder para el 20/5 y dijo que sí, sin problema.", "05-20"),
    ],
)  # fmt: skip
def test_the_companys_answer_to_the_candidates_request_is_the_promise(
    text: str, expected: str
) -> None:
    assert _answer(text) == f"2026-{expected}"


@pytest.mark.parametrize(
    "text",
    ["I asked for an answer by Friday; no reply on that.", "I asked them to decide by Friday."],
)
def test_a_request_nobody_agreed_to_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Should hear by Weds.", "2026-05-13"),
        ("Recruiter will circle back early next wk.", "2026-05-19"),
        ("Sometime next wk.", "2026-05-22"),
        ("They'll loop back by Fri.", "2026-05-15"),
    ],
)
def test_the_abbreviations_of_quick_notes(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resolución prevista para mediados de mayo.", "2026-05-15"),
        ("We laten het je voor het eind van de week weten.", "2026-05-15"),
    ],
)
def test_a_resolution_or_a_long_let_you_know_is_the_answer(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_finalists_are_no_finalising() -> None:
    # "finalists" is a word of the interview, not of the answer: the promise is the week after
    text = "All finalists interview the same day; decision the following week."
    assert _answer(text) == "2026-05-22"


@pytest.mark.parametrize(
    "text",
    [
        "Esito entro venerdì 15/5; il contratto andrebbe firmato entro il 20.",
        "Antwort bis Freitag, 15.5.",
        "Réponse d'ici vendredi 15/05.",
        "Respuesta el viernes 15/5.",
        "Decision by Friday 15/5, they said.",
    ],
)
def test_a_weekday_before_a_numeric_date_names_that_date(text: str) -> None:
    # said on Tuesday 5 May: the bare Friday would be the 8th
    assert _answer(text, datetime(2026, 5, 5, 15, tzinfo=ZoneInfo("Europe/Berlin"))) == (
        "2026-05-15"
    )


@pytest.mark.parametrize(
    "text",
    ["Decision Friday 10.30.", "They'll call Friday, 3/4 of the panel has signed off already."],
)
def test_a_time_or_a_fraction_after_a_weekday_is_no_date(text: str) -> None:
    assert _answer(text) == "2026-05-15"


@pytest.mark.parametrize(
    "text",
    [
        "They'll answer Friday or, at the latest, Monday.",
        "Antwort am Freitag oder, spätestens, Montag.",
        "Réponse vendredi ou, au plus tard, lundi.",
        "Respuesta el viernes o, como muy tarde, el lunes antes de las 12:00.",
        "Resposta na sexta ou, o mais tardar, na segunda.",
        "Risposta venerdì o, al più tardi, lunedì.",
        "Antwoord vrijdag, maandag op zijn laatst.",
    ],
)
def test_a_day_or_at_the_latest_another_is_a_range_to_the_later(text: str) -> None:
    assert _answer(text) == "2026-05-18"


@pytest.mark.parametrize(
    "text",
    [
        "She said I'd hear soon. If there's an offer it has to be signed within 3 days.",
        "Sie melden sich bald. Ein Angebot müsste innerhalb von 3 Tagen unterschrieben werden.",
        "Ils reviennent vers moi bientôt; l'offre doit être signée sous 3 jours.",
        "Me dirán algo pronto. La oferta tiene que estar firmada en 3 días.",
        "Ze laten snel iets weten; het aanbod moet binnen 3 dagen getekend zijn.",
    ],
)
def test_a_time_to_sign_an_offer_in_is_no_promise_to_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recruiter says decisions go out in week 21 - apparently they plan in weeks.",
            "2026-05-22",
        ),
        ("La reclutadora dijo que responden el viernes; al parecer siempre cumplen.", "2026-05-15"),
        (
            "Laut Recruiterin Entscheidung bis Freitag - angeblich plant man dort alles.",
            "2026-05-15",
        ),
        ("Apparently they decide in week 21.", None),
        ("They'll decide by Friday, apparently.", None),
    ],
)
def test_apparently_is_hearsay_only_of_its_own_clause_once_the_source_is_named(
    text: str, expected: str | None
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Entscheidung in der 21. KW.",
        "Rückmeldung Ende der 21. Kalenderwoche.",
        "Rückmeldung in Kalenderwoche 21.",
        "Decision in week 21.",
    ],
)
def test_a_week_number_before_or_after_its_word_is_that_weeks_friday(text: str) -> None:
    assert _answer(text) == "2026-05-22"


@pytest.mark.parametrize(
    "text", ["They'll decide on Friday (22/5).", "Wir melden uns bis Freitag (22.5.)."]
)
def test_a_date_in_brackets_after_its_weekday_is_that_date(text: str) -> None:
    assert _answer(text, datetime(2026, 5, 12, 15, tzinfo=ZoneInfo("Europe/London"))) == (
        "2026-05-22"
    )

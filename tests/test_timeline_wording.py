"""parse_timeline on the ways people write a promise to answer: calls by a day of the month,
quotes, hedges, abbreviations, outcomes released or letters received, agencies feeding back,
corrections, quoted older mail; and the look-alikes that must stay without a date."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.timeline import parse_timeline

# Said on Tuesday 12 May 2026 in Berlin: Friday is the 15th, next week's Friday the 22nd.
TUESDAY = datetime(2026, 5, 12, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _answer(text: str) -> str | None:
    found = parse_timeline(text, TUESDAY, "Europe/Berlin")
    return found.answer_date.isoformat()[5:] if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said she'd ring me by the 20th either way.", "05-20"),
        ("The manager will phone me by the 20th regardless.", "05-20"),
        ("They promised to call by the 20th whatever happens.", "05-20"),
        ("Told me he'd give me a ring before the 20th.", "05-20"),
        ("Ze bellen me uiterlijk de 20e terug.", "05-20"),
        ("De recruiter laat uiterlijk de 20ste iets weten.", "05-20"),
        ("Il manager mi chiama entro il 20 comunque.", "05-20"),
    ],
)
def test_a_call_by_a_day_of_the_month_whatever_words_follow_it(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We'll decide by the 3rd round.",
        "The 2nd interview will be on the 4th floor.",
        "By the 3rd interview we'll know more.",
        "Uiterlijk de 2e ronde beslissen we.",
        "Voor de 3e verdieping neem de lift.",
    ],
)
def test_an_ordinal_that_counts_rounds_or_floors_is_no_day(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manager: 'We'll get back to you within 48 hours.' The test took 90 minutes.", "05-14"),
        ('Recruiter: "Decision by Friday." Interview lasted 45 minutes in room 2.', "05-15"),
        ("Sie sagte: „Wir melden uns bis Freitag.“ Das Gespräch dauerte 60 Minuten.", "05-15"),
        ("Elle a dit : « Réponse vendredi. » L'entretien a duré 45 minutes.", "05-15"),
        ("'Antwoord binnen 3 werkdagen.' Het gesprek duurde 40 minuten.", "05-15"),
    ],
)
def test_a_quoted_sentence_ends_at_its_stop_before_the_closing_quote(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    ["'The panel lasts 45 minutes.' Then we'll let you know.", "Room 14. 'Call in 5 minutes.'"],
)
def test_minutes_in_a_quote_are_still_no_date(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HR: 'end of next week at the very latest'", "05-22"),
        ("Friday at the absolute latest.", "05-15"),
        ("Realistically early next week.", "05-19"),
        ("Honestly a week or two.", "05-26"),
        ("Allerspätestens Ende der Woche.", "05-15"),
        ("Should hear Friday, or Monday at the very latest.", "05-18"),
        ("Ideally by Thursday.", "05-14"),
    ],
)
def test_hedges_leave_a_note_that_says_only_when(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text", ["Realistically I start in two weeks.", "Start date at the very latest 1 June."]
)
def test_a_hedged_start_date_is_still_a_start_date(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comms by EOM per Sam (HR)", "05-31"),
        ("Comms EOW", "05-15"),
        ("Next steps COB tmrw per recruiter", "05-13"),
        ("EOW per Dana", "05-15"),
        ("Early next week per Dana.", "05-19"),
        ("2 wks according to Sam Lee", "05-26"),
        ("Bis Freitag laut Frau Weber.", "05-15"),
    ],
)
def test_quick_notes_with_abbreviations_and_who_said_it(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Start EOM per Sam",
        "Offer valid until EOM per Sam",
        "Interview EOW per Dana's calendar note with lots of other stuff",
    ],
)
def test_a_start_an_offer_or_an_interview_per_someone_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graduate offers are released mid-June; you then have 10 days to accept.", "06-15"),
        ("Offers go out on the 20th.", "05-20"),
        ("Offers will be made by the end of the month.", "05-31"),
        ("You'll receive a letter within 10 working days.", "05-26"),
        ("You will get a call by Friday.", "05-15"),
        ("Vous recevrez un courrier sous 8 jours.", "05-19"),
        ("Sie erhalten bis Freitag Post von uns.", "05-15"),
        ("Recibirás una carta antes del viernes.", "05-15"),
        ("Você vai receber uma ligação até sexta.", "05-15"),
        ("Riceverà una lettera entro venerdì.", "05-15"),
        ("Je ontvangt uiterlijk vrijdag een brief.", "05-15"),
        ("La graduatoria sarà pubblicata entro 10 giorni.", "05-22"),
    ],
)
def test_an_outcome_released_or_a_letter_received_is_the_answer(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The offer letter you receive is valid for 10 days.",
        "Please return the signed letter within 10 days.",
        "You have 14 days to accept the offer.",
        "We need to receive your documents by Friday.",
        "I need to get a reference letter by Friday.",
        "You will receive a reminder email 24 hours before your interview.",
        "Vous recevrez un e-mail de confirmation 24h avant l'entretien.",
        "Sie erhalten eine E-Mail mit dem Link bis Freitag.",
        "You'll receive an email confirmation of your interview on 20 May.",
    ],
)
def test_letters_the_candidate_sends_or_signs_are_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agency says the client will feed back by COB tomorrow.", "05-13"),
        ("The client fed back that they'd decide Friday.", "05-15"),
        ("Recruiter will feed back early next week.", "05-19"),
        ("The agency will feed back to me by the 20th.", "05-20"),
        ("Feeding back to all candidates on Thursday.", "05-14"),
    ],
)
def test_feeding_back_is_answering(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have to feed back my availability by Friday.",
        "Please feed back any access needs by Friday.",
        "Drop me a line by Friday if you have questions.",
        "I'll give them a call on Friday.",
        "Interview with the Head of Comms on Friday.",
    ],
)
def test_the_candidate_feeding_back_or_calling_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel meets next Thursday and I'll call you with the outcome that afternoon.",
            "05-21",
        ),
        ("The board sits on the 20th; we'll let you know that evening.", "05-20"),
        ("Das Team trifft sich am Donnerstag, an dem Tag melden wir uns.", "05-14"),
        ("El comité se reúne el jueves y ese mismo día te llamamos.", "05-14"),
        ("De commissie vergadert donderdag, die middag bellen we je.", "05-14"),
        ("Il comitato si riunisce giovedì e quel pomeriggio ti chiamiamo.", "05-14"),
        ("We'll call you that afternoon.", "05-12"),
    ],
)
def test_that_afternoon_is_the_day_named_before(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_that_afternoon_of_the_candidates_own_plans_is_no_promise() -> None:
    assert _answer("The interview is next Thursday and that afternoon I fly home.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feedback bis Mittwoch. Korrektur per Mail: doch erst Freitag.", "05-15"),
        ("Answer by Wednesday. Change of plans: Friday.", "05-15"),
        ("Respuesta el miércoles. Corrección: el viernes.", "05-15"),
        ("Risposta mercoledì. Correzione: venerdì.", "05-15"),
        ("Antwoord woensdag. Correctie: vrijdag.", "05-15"),
        ("Réponse mercredi, rectification : vendredi.", "05-15"),
        ("Resposta quarta-feira. Correção: sexta-feira.", "05-15"),
        ("They'll tell me Wednesday. Later: we need longer, expect news Friday instead.", "05-15"),
        ("Instead of Friday they'll now call on Wednesday.", "05-13"),
        ("Antwort kommt doch schon Mittwoch statt Freitag.", "05-13"),
    ],
)
def test_a_correction_in_any_language_replaces_the_date_before(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi, we'll get back to you by Monday.\n\n"
            "> On Fri, 8 May, Sam wrote:\n> We will be in touch by Friday.",
            "05-18",
        ),
        (
            "Hi, we'll get back to you by Monday.\n\n"
            "On Fri, 8 May 2026 at 10:00, Sam Lee <s@x.example> wrote:\n"
            "> We will be in touch by Wednesday.",
            "05-18",
        ),
        (
            "Wir melden uns bis Montag.\n\nAm 08.05.2026 um 10:00 schrieb Eva:\n"
            "> Rückmeldung bis Mittwoch",
            "05-18",
        ),
        (
            "Nous revenons vers vous lundi.\n\nLe 08/05/2026 à 10:00, Eva a écrit :\n"
            "> Retour mercredi",
            "05-18",
        ),
        (
            "Answer Monday.\n-----Original Message-----\nFrom: Sam\nSent: Friday\n"
            "Answer Wednesday.",
            "05-18",
        ),
        # the new message dates nothing: the quoted promise still stands
        ("Thanks for the nudge!\n\n> On Fri, 8 May, Sam wrote:\n> In touch by Wednesday.", "05-13"),
    ],
)
def test_the_newest_message_wins_over_the_mail_it_quotes(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They'll let me know Friday whether I can start.", "05-15"),
        ("Ze laten vrijdag weten of ik mag beginnen.", "05-15"),
        ("Sie sagen mir bis Freitag Bescheid, ob ich anfangen kann.", "05-15"),
        ("Me dirán el viernes si puedo empezar.", "05-15"),
        ("Mi faranno sapere venerdì se posso iniziare.", "05-15"),
        ("They'll let me know whether I can start on the 1st.", None),
        ("Start on Friday if all goes well.", None),
        ("Let me know by Friday if you can start in June.", None),
    ],
)
def test_whether_i_can_start_is_the_news_not_a_start_date(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik vroeg of ze het uiterlijk de 20e konden laten weten. Dat vond de HR prima.", "05-20"),
        ("I asked if I could hear by the 20th and she said that's fine.", "05-20"),
        ("I asked for an answer by Friday; HR said that works.", "05-15"),
        ("Ich habe gefragt, ob sie bis Freitag Bescheid geben. Das passt, meinte sie.", "05-15"),
        ("Pregunté si podían responder el viernes y le pareció bien.", "05-15"),
        ("Ho chiesto una risposta entro venerdì, va bene.", "05-15"),
        ("I asked them to decide by Friday.", None),
        ("Ik vroeg om een antwoord voor vrijdag.", None),
    ],
)  # fmt: skip
def test_a_request_the_company_found_fine_is_its_promise(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entro 10 giorni lavorativi; il secondo colloquio sarà al terzo piano.", "05-26"),
        ("Within 2 weeks; a second round would be in person on level 3.", "05-26"),
        ("Binnen 5 werkdagen; een tweede gesprek is op kantoor.", "05-19"),
        ("Innerhalb von 2 Wochen; das zweite Gespräch wäre vor Ort.", "05-26"),
        ("Second round on Friday; bring ID.", None),
        ("Starts in 2 weeks; salary 40k.", None),
    ],
)
def test_a_note_that_opens_with_when_then_turns_to_other_things(
    text: str, expected: str | None
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grazie per il colloquio di oggi. Le faremo sapere entro quindici giorni.", "05-26"),
        ("Grazie per oggi, ci sentiamo entro venerdì.", "05-15"),
        ("Per il ruolo di oggi nessuna data.", None),
    ],
)
def test_italian_per_is_for_not_a_report(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Realistically a week or two - the manager is on PTO until the 20th.", "05-26"),
        ("Two weeks; the HM is off sick until Friday.", "05-26"),
        ("Decision Monday, the team lead is sick till Friday.", "05-18"),
    ],
)
def test_leave_and_sickness_are_absences_not_promises(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Decisions usually come 2 weeks after the final interview, and ours was the final one.",
         "05-26"),
        ("They decide within 10 days of the last interview; I was the last candidate.", "05-22"),
        ("Entscheidung 2 Wochen nach dem letzten Gespräch - ich war die Letzte.", "05-26"),
        ("Réponse 10 jours après le dernier entretien ; le nôtre était le dernier.", "05-22"),
        ("Respuesta dos semanas después de la última entrevista, y la mía fue la última.", "05-26"),
        ("Decisions usually come 2 weeks after the final interview.", None),
        ("Decisions come 2 weeks after the last interview; I was the first.", None),
    ],
)  # fmt: skip
def test_a_span_after_the_last_interview_counts_from_ours_when_it_was_the_last(
    text: str, expected: str | None
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feedback by Friday. Actually, I might be away Monday.", "05-15"),
        ("Feedback by Friday. Actually the start date is 1 June.", "05-15"),
    ],
)
def test_a_correction_followed_by_other_news_keeps_the_promise(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pls expect feedback wed/thu latest", "05-14"),
        ("Feedback Fri latest, maybe sooner", "05-15"),
        ("Agency: client feedback expected by Thurs COB", "05-14"),
        ("They'll phone on Weds or Thurs with the result.", "05-14"),
        ("Should hear Thu or Fri at the very latest.", "05-15"),
        ("Réponse la semaine du 18.", "05-22"),
    ],
)
def test_short_weekdays_and_ranges_of_quick_notes(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm out of the office until Monday with limited access to email. I'll reply when back.",
        "Mon rendez-vous est confirmé, merci.",
        "Réunion du 18 annulée.",
    ],
)
def test_an_absence_or_my_meeting_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Personalabteilung schreibt mir bis zum 20.", "05-20"),
        ("Wir kommen Anfang nächster Woche auf Sie zu.", "05-19"),
        ("Sie rufen übermorgen an, ob ich weiterkomme.", "05-14"),
        ("Ils me rappellent jeudi.", "05-14"),
        ("On vous écrit dans les 48 heures.", "05-14"),
        ("Te contamos algo antes del viernes.", "05-15"),
        ("Sabré algo a finales de mes.", "05-31"),
        ("Me confirman el 20 de mayo.", "05-20"),
        ("Eles me ligam na quinta.", "05-14"),
        ("Mi richiamano giovedì.", "05-14"),
        ("Sapremo qualcosa entro il 20.", "05-20"),
        ("Ti faccio sapere entro venerdì.", "05-15"),
        ("De manager reageert binnen 48 uur.", "05-14"),
        ("Told me to sit tight till Friday.", "05-15"),
        ("They said day after tomorrow they'd call to say if I'm through.", "05-14"),
    ],
)
def test_the_verbs_of_writing_calling_and_telling_in_each_language(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Je les rappelle jeudi.",
        "Je leur écris lundi.",
        "Eu ligo para eles na sexta.",
        "Li richiamo giovedì.",
        "Te confirmamos la entrevista para el jueves 14.",
        "Nous vous confirmons votre entretien le 14 mai.",
        "Ti confermiamo il colloquio giovedì.",
        "Rappel : entretien le 14 mai à 10h.",
        "Appel visio jeudi 14 mai.",
    ],
)
def test_the_candidate_calling_or_the_interview_confirmed_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Answer by the 20th of next month.", "06-20"),
        ("Rückmeldung bis zum 20. nächsten Monats.", "06-20"),
        ("Réponse le 20 du mois prochain.", "06-20"),
        ("Respuesta el 20 del mes que viene.", "06-20"),
        ("Risposta il 20 del mese prossimo.", "06-20"),
        ("Antwoord op de 20e van volgende maand.", "06-20"),
        ("Retorno até o dia 20 do mês que vem.", "06-20"),
        ("Au plus tard fin de semaine 22, ils me répondent.", "05-29"),
        ("La agencia transmite la decisión del cliente antes de fin de trimestre.", "06-30"),
    ],
)
def test_a_day_of_next_month_a_week_number_or_a_quarter_end(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The HM is back on the 18th and will reply within 48 hours of getting back.",
        "Die Chefin ist ab dem 18. zurück und meldet sich innerhalb von 48 Stunden danach.",
        "La RH rentre le 18 ; elle me répond dans les 48h après son retour.",
        "La responsable vuelve el 18 y me contesta en 48 horas tras su regreso.",
        "A gestora volta dia 18 e responde em 48 horas após o retorno.",
        "La responsabile rientra il 18 e risponde entro 48 ore dal rientro.",
        "De manager is de 18e terug en reageert binnen 48 uur daarna.",
    ],
)
def test_a_span_after_a_return_counts_from_the_return(text: str) -> None:
    assert _answer(text) == "05-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will make their choice by Friday.", "05-15"),
        ("Die Auswahl wird bis Freitag getroffen.", "05-15"),
        ("Le cabinet dit que le client tranche jeudi.", "05-14"),
        ("Ils feront leur choix vendredi.", "05-15"),
        ("Harán su elección el viernes.", "05-15"),
        ("Farão a escolha na sexta.", "05-15"),
        ("Faranno la scelta venerdì.", "05-15"),
        ("We maken vrijdag een keuze.", "05-15"),
        ("Your choice of slot: Friday or Monday.", None),
        ("Keuze uit vrijdag of maandag voor het gesprek.", None),
    ],
)
def test_making_a_choice_is_deciding(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Réponse sous huit jours.", "05-19"),
        ("Rückmeldung in 8 Tagen.", "05-19"),
        ("Risposta entro quindici giorni.", "05-26"),
        ("Respuesta en quince días.", "05-26"),
        ("Risposta entro 15 giorni.", "05-27"),
        ("Respuesta en 8 días.", "05-20"),
        ("Antwoord binnen 8 dagen.", "05-20"),
    ],
)
def test_a_week_and_a_fortnight_said_as_eight_and_fifteen_days(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please sign in to review and respond to your offer by 11 January.", None),
        ("We need your response to the offer by Friday.", None),
        ("We will respond to your offer questions by Friday.", "05-15"),
    ],
)
def test_the_candidates_answer_to_an_offer_is_no_promise(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Update 8 May: the design critique moves to Dana. We'll let you know the outcome soon.",
        "Nachtrag vom 10.05.: anderer Raum. Wir melden uns bald.",
        "Mise à jour du 10/05 : salle 4. Nous vous répondrons rapidement.",
    ],
)
def test_a_date_just_past_is_no_promise_a_year_ahead(text: str) -> None:
    assert _answer(text) is None


def test_a_date_without_its_year_early_next_year_is_still_ahead() -> None:
    december = datetime(2026, 12, 18, 15, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    found = parse_timeline("Decision by 8 January.", december, "Europe/Berlin")
    assert found is not None and found.answer_date.isoformat() == "2027-01-08"


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous rappelons que l'entretien aura lieu le 14 mai à 10h.",
        "Je vous rappelle que votre entretien est jeudi.",
        "Si richiama l'attenzione sul colloquio del 14 maggio.",
        "Richiamiamo la sua attenzione sul colloquio di giovedì.",
    ],
)
def test_a_reminder_of_the_interview_date_is_no_call_back(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Je vous rappellerai jeudi.", "05-14"), ("Vi richiamiamo giovedì.", "05-14")],
)
def test_calling_back_is_still_answering(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If you need to reschedule, reply to this email at least 48 hours in advance.",
        "Bei Verhinderung rufen Sie uns bitte bis spätestens 48 Stunden vorher an.",
        "En cas d'empêchement, merci de nous prévenir 48h à l'avance.",
        "Si no puedes asistir, avísanos con 48 horas de antelación.",
        "In caso di impedimento, La preghiamo di avvisarci con 48 ore di anticipo.",
        "Kun je niet, laat het ons dan 48 uur van tevoren weten.",
        "We'll call you 24 hours before the interview to confirm.",
    ],
)
def test_a_lead_time_before_the_interview_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feedback bis Friday, sagt die Recruiterin.", "05-15"),
        ("Te escribo next week con el feedback.", "05-22"),
        ("Ils reviennent vers moi by Monday.", "05-18"),
        ("Risposta entro Friday, dice la recruiter.", "05-15"),
        ("They'll get back to me bis Mittwoch.", "05-13"),
        ("Next steps: call Thurs w/ HM re outcome", "05-14"),
        ("fb expected ~Friday", "05-15"),
        ("Hiring decision expected w/c 18th", "05-22"),
        ("decision ETA: 2 wks", "05-26"),
    ],
)
def test_notes_that_mix_languages_and_shorthand(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize("text", ["Message on FB by Friday about the party.", "Our FB page."])
def test_a_social_network_is_no_feedback(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rückmeldung in der ersten Juniwoche.", "06-07"),
        ("Entscheidung in der zweiten Junihälfte.", "06-30"),
        ("Rückmeldung im Juni.", "06-30"),
        ("Réponse courant juin.", "06-30"),
        ("Decision sometime in June.", "06-30"),
        ("Risposta nel corso di giugno.", "06-30"),
        ("Sie melden sich zur Wochenmitte.", "05-13"),
        ("Feedback by midweek.", "05-13"),
        ("Respuesta a mitad de semana.", "05-13"),
        ("Réponse en milieu de semaine prochaine.", "05-20"),
        ("Retour d'ici une dizaine de jours.", "05-22"),
        ("Ti faremo sapere entro una decina di giorni.", "05-22"),
        ("Uitslag binnen een dag of tien.", "05-22"),
        ("Retorno no decorrer da próxima semana.", "05-22"),
    ],
)
def test_months_weeks_and_about_ten_days_as_people_say_them(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Interviews during June.",
        "Lunch midweek with the team.",
        "Inizio con decorrenza dal 1 giugno.",
    ],
)
def test_a_month_or_midweek_without_an_answer_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Won't hear anything before Friday.",
        "No decision before the end of the month.",
        "Vor Freitag wird es keine Rückmeldung geben.",
        "Pas de réponse avant vendredi.",
        "No habrá respuesta antes del viernes.",
        "Não teremos resposta antes de sexta.",
        "Non avremo risposta prima di venerdì.",
        "Geen antwoord voor vrijdag.",
        "Last time they took 2 weeks to reply.",
    ],
)
def test_nothing_before_a_date_or_how_long_it_took_before_is_no_promise(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you don't hear from us before Friday, please call.", "05-15"),
        ("We'll let you know before Friday whether or not you progress.", "05-15"),
        ("Answer before Friday if not sooner.", "05-15"),
        ("We'll call before Friday no matter what.", "05-15"),
        ("I can't give you an answer before Friday, but by Monday for sure.", "05-18"),
    ],
)
def test_a_promise_before_a_date_still_holds_beside_a_negation(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Occupational health clearance within 10 days of the offer.",
        "Reference checks within 2 weeks after the offer.",
        "Antwort innerhalb von 5 Tagen nach Erhalt Ihrer Unterlagen.",
        "We will respond within 5 days of receipt of your references.",
    ],
)
def test_a_span_from_an_offer_or_a_receipt_not_dated_gives_no_date(text: str) -> None:
    assert _answer(text) is None


def test_the_offer_itself_promised_within_a_span_is_the_answer() -> None:
    assert _answer("The offer will come within 2 weeks.") == "05-26"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within 24 hours - they're moving fast because the contract starts on the 1st.", "05-13"),
        ("48h, since the role starts on 1 June.", "05-14"),
        ("Innerhalb von 48 Stunden – Arbeitsbeginn wäre der 1. Juni.", "05-14"),
        ("Sous 48h, car la prise de poste est prévue le 1er juin.", "05-14"),
        ("Binnen 2 dagen; de startdatum is 1 juni.", "05-14"),
        ("En 48 horas, porque la incorporación es el 1 de junio.", "05-14"),
        ("Em 48 horas, pois o início é dia 1 de junho.", "05-14"),
        ("Entro 48 ore, l'inizio è previsto per il 1° giugno.", "05-14"),
    ],
)
def test_a_start_dated_in_a_clause_of_its_own_leaves_the_promise(text: str, expected: str) -> None:
    assert _answer(text) == expected
    assert _answer("Start date the 1st, they said.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Board wants the appointment made by the end of the quarter.", "06-30"),
        ("We'll be making offers this week.", "05-15"),
        ("Aiming to wrap up early next month.", "06-07"),
        ("Sie wollen das Verfahren bis Ende Mai abschließen.", "05-31"),
        ("Zusagen gehen nächste Woche raus.", "05-22"),
        ("Ils comptent boucler le recrutement d'ici vendredi.", "05-15"),
        ("La nomination sera faite d'ici fin mai.", "05-31"),
        ("Ze doen vrijdag een aanbod.", "05-15"),
        ("Quieren concluir el proceso a finales de mes.", "05-31"),
        ("Vão fazer as propostas na sexta.", "05-15"),
        ("Faranno le offerte venerdì.", "05-15"),
    ],
)
def test_offers_made_or_the_process_closed_by_a_date_is_the_answer(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They wrap up the last interviews on Friday.",
        "My dentist appointment is on Friday.",
        "Offer deadline Friday.",
    ],
)
def test_interviews_ending_an_appointment_or_a_deadline_is_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maybe tomorrow, Thursday latest", "05-14"),
        ("Friday, Monday at the latest.", "05-18"),
        ("Freitag, Montag spätestens.", "05-18"),
        ("Vendredi, lundi au plus tard.", "05-18"),
        ("Vrijdag, maandag uiterlijk.", "05-18"),
        ("El viernes, el lunes a más tardar.", "05-18"),
        ("Sexta, segunda no máximo.", "05-18"),
        ("Venerdì, lunedì al più tardi.", "05-18"),
    ],
)
def test_a_later_day_named_as_the_latest_ends_a_range(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Originally end of this week. Then an email: the HM is off sick so it'll be Wednesday "
         "next week now.", "05-20"),
        ("At first they said Friday, but now it's Tuesday next week.", "05-19"),
        ("Ursprünglich Ende der Woche; die Chefin ist krank, also wird es Mittwoch nächste Woche.",
         "05-20"),
        ("Initialement fin de semaine, mais la RH est malade donc ce sera mercredi prochain.",
         "05-20"),
        ("Eerst eind van de week, maar de manager is ziek dus het wordt woensdag volgende week.",
         "05-20"),
        ("Al principio dijeron el viernes; la jefa está de baja así que será el miércoles de la "
         "semana que viene.", "05-20"),
        ("Inicialmente sexta; a gestora está doente, então vai ser quarta da semana que vem.",
         "05-20"),
        ("Inizialmente venerdì; la responsabile è malata quindi sarà mercoledì prossimo.", "05-20"),
    ],
)  # fmt: skip
def test_what_was_said_first_gives_way_to_the_date_an_absence_moved_it_to(
    text: str, expected: str
) -> None:
    assert _answer(text) == expected
    assert _answer("HM is off sick until Wednesday, so expect news Thursday.") == "05-14"


@pytest.mark.parametrize(
    "text",
    [
        "First she said two weeks, then corrected herself: the director is away, so count on "
        "three weeks.",
        "Erst hieß es zwei Wochen, dann korrigierte sie sich: der Chef ist im Urlaub, also "
        "rechnen Sie mit drei Wochen.",
        "D'abord deux semaines, puis elle s'est corrigée : le directeur est en congé, donc comptez "
        "trois semaines.",
        "Eerst zei ze 'over twee weken', maar ze corrigeerde zichzelf: de directeur is op "
        "vakantie, dus reken op drie weken.",
        "Primero dijo dos semanas, luego se corrigió: el director está de vacaciones, así que "
        "cuenta con tres semanas.",
        "Primeiro disse duas semanas, depois corrigiu: o diretor está de férias, então conte com "
        "três semanas.",
    ],
)
def test_a_span_to_count_on_after_a_correction_replaces_the_first(text: str) -> None:
    assert _answer(text) == "06-02"


def test_the_writers_own_errand_holds_only_its_part_of_the_sentence() -> None:
    text = "I told them I'd send references by Friday; they'll come back to me the week after next."
    assert _answer(text) == "05-29"
    assert _answer("I told them I'd send references by Friday.") is None


def test_a_day_of_the_month_after_until_counts_from_it() -> None:
    assert _answer("La RH est en congé jusqu'au 27, elle me rappelle le lendemain.") == "05-28"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ci risentiremo giovedì 28.", "05-28"),
        ("Retornam até quinta, dia 28.", "05-28"),
        ("Réponse jeudi 28 au plus tard.", "05-28"),
        ("Réponse vendredi en huit au plus tard.", "05-22"),
        ("Bescheid Montag in einer Woche.", "05-25"),
        ("Ze bellen maandag over een week.", "05-25"),
    ],
)
def test_a_weekday_with_its_day_or_a_week_after_it(text: str, expected: str) -> None:
    assert _answer(text) == expected
    assert _answer("Interview Friday 10am, 45 minutes.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La comisión resolverá antes del 5 de junio.", "06-05"),
        ("Ze hakken volgende week de knoop door.", "05-22"),
        ("Nächsten Dienstag ruft mich die Teamleiterin an.", "05-19"),
        ("Il direttore scioglie la riserva entro venerdì.", "05-15"),
    ],
)
def test_a_decision_or_a_call_in_other_words_is_the_answer(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stuur je referenties uiterlijk vrijdag.",
        "Envoyez vos documents avant vendredi.",
        "Manda tus referencias antes del viernes.",
    ],
)
def test_a_request_that_opens_with_its_verb_is_no_answer(text: str) -> None:
    assert _answer(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 5pm on the 20th.", "05-20"),
        ("Freitag, 17 Uhr.", "05-15"),
        ("Feedback a week Friday.", "05-22"),
    ],
)
def test_a_time_of_day_beside_the_date_still_says_only_when(text: str, expected: str) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Said I'd hear by Wednesday; Wednesday came and went, then they emailed to say Monday.",
        "Bis Mittwoch, hieß es; dann schrieb sie mir: doch erst Montag.",
        "Réponse mercredi, puis elle m'a écrit : lundi finalement.",
        "Me dijeron el miércoles; luego me escribieron: el lunes.",
    ],
)
def test_a_later_message_replaces_the_date_said_before(text: str) -> None:
    assert _answer(text) == "05-18"


@pytest.mark.parametrize(
    "text",
    [
        "Ze laten het me uiterlijk vrijdag 22-5 weten.",
        "Me darán una respuesta el viernes 22-05.",
        "Rückmeldung bis Freitag, 22-5.",
        "Ils me répondront vendredi 22-05 au plus tard.",
        "Mi daranno un riscontro entro venerdì 22-5-2026.",
        "Vão me dar retorno até sexta-feira, 22-05.",
        "They'll get back to me by Friday 22-5.",
    ],
)
def test_a_dashed_date_after_a_weekday_it_agrees_with_is_that_date(text: str) -> None:
    assert _answer(text) == "05-22"


@pytest.mark.parametrize(
    "text",
    [
        "They'll call me Friday 10-12 with the decision.",
        "Ze bellen me vrijdag 10-12 uur terug met een besluit.",
        "Me llaman el viernes 9-11 con la respuesta.",
        "Rückmeldung kommt Freitag 14-16 Uhr telefonisch.",
        "Réponse vendredi 9-11h par téléphone.",
    ],
)
def test_a_dashed_pair_after_a_weekday_it_does_not_agree_with_is_a_time_range(text: str) -> None:
    assert _answer(text) == "05-15"


@pytest.mark.parametrize(
    "text",
    [
        "Nos comunicamos la semana que viene, el jueves o el viernes.",
        "They'll call next week, Thursday or Friday.",
        "Mi fanno sapere la settimana prossima, giovedì o venerdì.",
        "Me dão retorno semana que vem, quinta ou sexta.",
    ],
)
def test_next_week_then_two_weekdays_is_the_later_day(text: str) -> None:
    assert _answer(text) == "05-22"


@pytest.mark.parametrize(
    "text",
    [
        "The panel meets on the 20th to decide and will ring the day after.",
        "Le comité se réunit le 20 pour trancher, ils m'appellent le lendemain.",
        "El comité se reúne el 20 para decidir y me llaman al día siguiente.",
        "La commissione si riunisce il 20 per decidere, mi chiamano il giorno dopo.",
    ],
)
def test_a_call_the_day_after_a_panel_meets_counts_from_the_meeting(text: str) -> None:
    assert _answer(text) == "05-21"


@pytest.mark.parametrize(
    "text",
    [
        "Le jury délibère vendredi ; la DRH m'appellera le lundi suivant.",
        "The board meets on Friday and HR will call me the following Monday.",
        "El comité se reúne el viernes y me llaman el lunes siguiente.",
    ],
)
def test_a_weekday_following_a_deliberation_is_the_answer(text: str) -> None:
    assert _answer(text) == "05-18"


def test_feedback_before_a_relative_decision_stays_the_earliest_contact() -> None:
    assert _answer("Feedback by Thursday, and a final decision the week after.") == "05-14"


@pytest.mark.parametrize(
    "text",
    [
        "The client decides by the 20th; if there's an offer I'd have to reply within 48 hours.",
        "Le client tranche d'ici le 20 ; s'il y a une offre, il faudra répondre sous 48h.",
        "Der Kunde entscheidet bis zum 20.; bei einem Angebot müsste ich binnen 48 Stunden "
        "zusagen.",
        "El cliente decide antes del 20; si hay oferta, tendría que responder en 48 horas.",
        "Il cliente decide entro il 20; se arriva un'offerta dovrei rispondere entro 48 ore.",
        "De klant beslist voor de 20e; bij een aanbod moet ik binnen 48 uur reageren.",
    ],
)
def test_the_time_the_candidate_would_have_to_answer_an_offer_is_no_promise(text: str) -> None:
    assert _answer(text) == "05-20"


def test_a_second_round_in_italian_is_no_source_of_what_was_said() -> None:
    text = "Il colloquio è durato 45 minuti; il secondo round sarà tra il 20 e il 22 maggio."
    assert _answer(text) is None
    assert _answer("Secondo la recruiter mi fanno sapere entro il 20.") == "05-20"


@pytest.mark.parametrize(
    "text",
    [
        "Me dijeron que el lunes, o el martes como muy tarde.",
        "They told me that Monday, or Tuesday at the latest.",
        "Mi hanno detto che lunedì, o martedì al più tardi.",
        "Me disseram que segunda-feira, ou terça no máximo.",
    ],
)
def test_a_later_day_said_as_the_latest_ends_the_range(text: str) -> None:
    assert _answer(text) == "05-19"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Te confirmamos el 20/5.", "05-20"),
        ("Ti confermiamo entro venerdì.", "05-15"),
        ("On vous confirme d'ici vendredi.", "05-15"),
        ("Te confirmamos la entrevista del 20/5 a las 10.", None),
        ("Ti confermiamo il colloquio di mercoledì 20/5 alle 10.", None),
    ],
)
def test_we_confirm_right_before_when_is_the_answer(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Answer between the 18th and the 20th.",
        "Réponse entre le 18 et le 20.",
        "Rückmeldung zwischen dem 18. und 20. Mai.",
        "Respuesta entre el 18 y el 20.",
        "Risposta tra il 18 e il 20.",
        "Uitslag tussen 18 en 20 mei.",
    ],
)
def test_between_two_days_is_a_range_whose_later_day_applies(text: str) -> None:
    assert _answer(text) == "05-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils font passer des entretiens jusqu'à vendredi et reviendront vers moi ensuite.", None),
        ("Le jury se réunit vendredi et m'appellera lundi.", "05-18"),
        ("Ils me rappellent vendredi et je dois envoyer mes références lundi.", "05-15"),
    ],
)
def test_french_et_joins_two_clauses_each_with_its_own_date(
    text: str, expected: str | None
) -> None:
    assert _answer(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Over anderhalf week hoor ik het.", "Ze bellen over een week en een half."],
)
def test_a_week_and_a_half_in_dutch(text: str) -> None:
    assert _answer(text) == "05-23"


def test_half_next_week_in_dutch_is_its_wednesday() -> None:
    assert _answer("Terugkoppeling half volgende week.") == "05-20"


@pytest.mark.parametrize(
    "text",
    [
        "Wenn ich bis Freitag nichts höre, melde ich mich bei ihnen.",
        "Si je n'ai pas de nouvelles vendredi, je les relance.",
        "Se não tiver notícias até sexta, eu ligo para eles.",
        "They asked me to call them Friday if I hadn't heard.",
        "Me pidieron que les llamara el viernes si no sabía nada.",
        "Ils m'ont demandé de les rappeler vendredi sans nouvelles.",
    ],
)
def test_the_candidates_own_follow_up_without_news_is_no_promise(text: str) -> None:
    assert _answer(text) is None


def test_a_promise_before_the_candidates_follow_up_still_counts() -> None:
    text = "Sie melden sich bis Freitag. Wenn ich bis dahin nichts höre, rufe ich an."
    assert _answer(text) == "05-15"


def test_a_span_after_this_round_counts_from_the_interview() -> None:
    text = (
        "Kindly keep ready: last 3 months' payslips.\n\n"
        "We will revert within 2-3 working days after this round."
    )
    assert _answer(text) == "05-15"
    assert _answer("HM is back on the 18th; they will decide within 2 days after that.") == "05-20"


def test_a_hedged_when_after_a_comma_belongs_to_the_answer_before_it() -> None:
    text = (
        "Das Gespräch dauert ca. 45 Minuten und findet im Rathaus statt, Raum 2. Über das "
        "Ergebnis informieren wir Sie schriftlich, voraussichtlich in KW 21. Reisekosten werden "
        "nicht erstattet. Bitte bringen Sie Ihren Ausweis mit und melden Sie sich am Empfang."
    )
    assert _answer(text) == "05-22"

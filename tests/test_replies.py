"""classify_reply: how recruiting mail is written, one fact per test, with messages written for
the test in each language followup reads (English, German, French, Dutch, Spanish, Portuguese,
Italian), and the CONVENTIONS.md B decision order."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.replies import ENDS_WAIT, classify_reply, fold_mail, reply_timeline

ACME = "acme-labs.example"
PERSON = "Mia Chen <mia.chen@acme-labs.example>"
ATS = "Acme Labs <no-reply@greenhouse-mail.io>"
AUTO = {"Auto-Submitted": "auto-generated"}
AWAY = {"Auto-Submitted": "auto-replied"}


def _classify(
    from_: str,
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
    ats: tuple[str, ...] = (),
    to: str = "Robin Seeker <robin@mail.example>",
) -> str:
    name, _, addr = from_.partition(" <")
    verdict = classify_reply(addr.rstrip(">"), name, subject, headers or {}, body, ACME, ats, to=to)
    assert verdict.ends_wait == (verdict.cls in ENDS_WAIT)
    assert verdict.reasons
    return verdict.cls


@pytest.mark.parametrize(
    ("from_", "subject", "body", "headers", "expected"),
    [
        (PERSON, "Re: Thank you", "Thanks Robin, great talking!", {}, "human_reply"),
        (
            PERSON,
            "Next steps",
            "We'd like to invite you to a final interview with our CTO. Does Thursday work?",
            {},
            "next_round",
        ),
        (
            ATS,
            "Your application",
            "Unfortunately we have decided to move forward with other candidates.",
            AUTO,
            "rejection",
        ),
        (
            PERSON,
            "Good news",
            "We're delighted to offer you the position! The offer letter follows.",
            {},
            "offer",
        ),
        (
            "Acme Labs Interviews <scheduling@goodtime.io>",
            "Rescheduled: your interview with Acme Labs",
            "Your interview has been rescheduled to Monday 10:00.",
            AUTO,
            "scheduling_notice",
        ),
        (
            PERSON,
            "Abwesenheitsnotiz",
            "Ich bin bis zum 5. Mai im Urlaub und lese keine E-Mails.",
            AWAY,
            "auto_reply_ooo",
        ),
        (
            "Acme Labs <no-reply@ashbyhq.com>",
            "We received your application",
            "Thanks for applying to Acme Labs. We will review your application.",
            AUTO,
            "ats_automated",
        ),
        (
            PERSON,
            "Invitation: Final round",
            "Mia Chen has invited you to an event.",
            {"Content-Type": "text/calendar; method=REQUEST"},
            "calendar_invite",
        ),
        (
            "Globo Corp <no-reply@hire.lever.co>",
            "Your application to Globo Corp",
            "We have decided not to move forward.",
            AUTO,
            "unrelated",
        ),
        (
            "Jobs Digest <digest@jobsite.example>",
            "10 new jobs for you",
            "New roles at Acme Labs and others",
            {"List-Unsubscribe": "<mailto:x@jobsite.example>"},
            "unrelated",
        ),
    ],
)
def test_one_message_of_each_class(
    from_: str, subject: str, body: str, headers: dict[str, str], expected: str
) -> None:
    assert _classify(from_, subject, body, headers) == expected


def test_calendar_object_never_cancels_even_announcing_a_round() -> None:
    cls = _classify(PERSON, "Invitation: next round", "We'd love to invite you to the next round!",
                    {"Content-Type": "text/calendar"})  # fmt: skip
    assert cls == "calendar_invite"


# --------------------------------------------------------------------------- outcomes


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, thank you for your time. We've decided not to move forward with your "
        "application.\nMia",
        "Hi Robin, the team has chosen another candidate whose background is closer to the brief.",
        "Robin, we won't be progressing your application any further. Best of luck!",
        "Hi Robin 😔 sadly the role has now been filled internally. Wishing you the best.",
        "Hi Robin, the requisition was cancelled after the budget review, so we're closing the "
        "process for everyone.",
        "Hallo Robin, leider haben wir uns für eine andere Kandidatin entschieden.",
        "Sehr geehrter Herr Seeker, wir können Ihre Bewerbung leider nicht weiter berücksichtigen.",
        "Bonjour Robin, nous sommes au regret de ne pas pouvoir donner une suite favorable à votre "
        "candidature.",
        "Bonjour, votre candidature n'a pas été retenue pour la suite du processus.",
        "Hoi Robin, helaas hebben we besloten niet verder te gaan met jouw sollicitatie.",
        "Beste Robin, we hebben gekozen voor een andere kandidaat.",
        "Hola Robin, lamentablemente hemos decidido seguir adelante con otros candidatos que "
        "encajan mejor.",
        "Hola Robin: tu candidatura no ha sido seleccionada para la siguiente fase.",
        "Olá Robin, infelizmente optamos por seguir com outro candidato nesta vaga. 🙏",
        "Oi Robin! A vaga já foi preenchida, mas guardamos seu currículo.",
        "Ciao Robin, purtroppo abbiamo scelto un altro candidato per questa posizione.",
        "Gentile Robin, la sua candidatura non è stata selezionata per il prosieguo.",
        "Ciao Robin, abbiamo deciso di non procedere con la tua candidatura.",
        "Hey Robin! So sorry, we went another way on this one 😞 but loved meeting you!",
        "Hola Robin, finalmente elegimos a otra persona para el puesto. ¡Gracias por todo!",
        "Hallo Robin, schade – wir haben uns diesmal für jemand anderen entschieden.",
        "Bonjour Robin, nous ne donnerons pas suite à votre candidature.",
        "Hi Robin, after a lot of debate the team decided to hire someone with more leadership "
        "experience. I'm sorry.",
    ],
)
def test_a_rejection_is_stated_in_every_language(body: str) -> None:
    assert _classify(PERSON, "Re: Update", body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin! 🎉 We'd love to offer you the Data Analyst role. Details to follow.",
        "Robin — great news, the job is yours 🥳 I'll send the paperwork tomorrow.",
        "Hi Robin, your offer letter is ready to review and sign in the portal.",
        "Hallo Robin, wir freuen uns, Ihnen ein Vertragsangebot zu unterbreiten!",
        "Bonjour Robin, nous avons le plaisir de vous faire une proposition d'embauche.",
        "Hoi Robin, we doen je graag een aanbod voor de functie van analist.",
        "¡Hola Robin! Nos encantaría ofrecerte el puesto de analista. 🎉",
        "Olá Robin, temos o prazer de enviar a proposta de trabalho para a vaga.",
        "Ciao Robin, siamo felici di inviarti la nostra offerta di lavoro!",
        "Robin!!! 🎉🎉 Congratulations — we want you on the team! Details coming today.",
        "Hoi Robin, goed nieuws: we willen je graag aannemen!",
        "¡Hola Robin! Has sido seleccionado para el puesto 🥳",
        "Ciao Robin, sei stato selezionato per la posizione! 🎉",
        "Hi Robin! Drumroll 🥁 ... we'd love to make it official: welcome to Acme Labs! 🎉",
    ],
)
def test_an_offer_is_stated_in_every_language(body: str) -> None:
    assert _classify(PERSON, "Re: Update", body) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrter Herr Seeker, wir haben uns nach reiflicher Überlegung für einen Bewerber "
        "entschieden, dessen Profil unseren Anforderungen noch besser entspricht.",
        "Sehr geehrter Herr Seeker, nach eingehender Prüfung haben wir uns entschieden, die "
        "Stelle anderweitig zu besetzen.",
        "Bonjour Robin, nous avons finalement fait le choix d'un candidat dont le parcours est "
        "plus proche de nos besoins.",
        "Estimado Robin, tras valorar todas las candidaturas, hemos optado por un perfil con más "
        "experiencia en el sector.",
        "Gentile Robin, le comunichiamo che la selezione si è conclusa con la scelta di un altro "
        "profilo.",
        "Dear Robin, we have offered the position to a candidate whose experience aligns more "
        "closely with the role.",
        "Dear Robin, we have selected a candidate whose skills are a closer match.",
        "Dear Robin, we have chosen to pursue candidates whose qualifications better meet our "
        "needs.",
        "Dear Robin, we have identified a candidate whose skills best match our needs.",
        "Dear Robin, thank you for your time. We have decided to close your application.",
        "Hi Robin, sadly it's a no from the team this time 😔 it was really close.",
    ],
)
def test_a_rejection_may_say_only_that_the_company_chose_a_candidate(body: str) -> None:
    assert _classify(PERSON, "Ihre Bewerbung", body) == "rejection"
    assert _classify(ATS, "Your application", body, AUTO) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, the time of your Round 2 interview has changed. New time: Thursday 2pm.",
        "Hello Robin, Tarek Mansour will replace Dana Ruiz on your panel. All else is unchanged.",
        "Hi Robin, due to a scheduling conflict your interview will now take place on June 19.",
        "Hallo Robin, die Uhrzeit Ihres Vorstellungsgesprächs hat sich geändert: neu 14 Uhr.",
        "Bonjour Robin, l'horaire de votre entretien a été modifié : 14h00.",
        "Hola Robin, la hora de tu entrevista ha sido cambiada a las 14:00.",
        "Olá Robin, o horário da sua entrevista foi alterado para 14h.",
        "Ciao Robin, l'orario del tuo colloquio è stato modificato: ore 14.",
        "Hoi Robin, het tijdstip van je gesprek is gewijzigd naar 14:00.",
        "Hi Robin, your Round 2 interview is now on Friday, June 19 at 11:00 AM.",
        "Hi Robin, the location of your Round 2 interview is now Room 4B, 2nd floor.",
        "Robin, your Round 2 interview will be with Tarek Mansour instead. Same time and link.",
        "Bonjour Robin, votre entretien aura désormais lieu le jeudi 18 juin à 14h.",
        "Hola Robin, tu entrevista se ha movido al jueves 18 de junio a las 14:00.",
        "Ciao Robin, il tuo colloquio si terrà ora giovedì 18 giugno alle 14.",
        "Hoi Robin, je gesprek vindt nu plaats op donderdag 18 juni om 14:00.",
        "Hallo Robin, Ihr Vorstellungsgespräch findet nun am Donnerstag um 14 Uhr statt.",
    ],
)
def test_a_system_telling_an_arranged_round_changed_is_logistics(body: str) -> None:
    assert _classify(ATS, "Your interview", body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, Lee Park can no longer attend your interview and will be replaced by Sam Ortiz. "
        "Date, time and video link are unchanged.",
        "Hallo Robin, bei Ihrem Gespräch am Dienstag wird Lee Park durch Sam Ortiz ersetzt. "
        "Uhrzeit und Ort bleiben unverändert.",
        "Bonjour Robin, un intervenant de votre entretien a changé : Sam Ortiz remplace Lee "
        "Park. L'horaire reste inchangé.",
        "Hoi Robin, bij je gesprek van dinsdag vervangt Sam Ortiz Lee Park. Tijd en plaats "
        "blijven ongewijzigd.",
        "Hola Robin, en tu entrevista del martes Sam Ortiz sustituye a Lee Park. La hora sigue "
        "sin cambios.",
        "Olá Robin, na sua entrevista de terça Sam Ortiz substitui Lee Park. Horário sem "
        "alterações.",
        "Ciao Robin, al tuo colloquio di martedì Sam Ortiz sostituisce Lee Park. Orario invariato.",
        "Hi Robin, here is your link for your live video interview on Tuesday at 8:30am: "
        "https://video.acme-labs.example/live/1. Please test your camera beforehand.",
    ],
)
def test_a_system_naming_a_new_interviewer_or_the_link_is_logistics(body: str) -> None:
    assert _classify(ATS, "Your interview", body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, as a next step we'd like you to complete a short video interview.",
        "Hi Robin, the team would like you to complete an online assessment this week.",
        "Hi Robin, please complete the following assessment within 3 days: https://a.example/x",
        "Hi Robin, we enjoyed your interview. The next step in our process is a conversation "
        "with our VP of Engineering; our coordinator will be in touch.",
    ],
)
def test_a_system_asking_to_take_a_further_stage_is_a_next_round(body: str) -> None:
    assert _classify(ATS, "Next steps", body, AUTO) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Robin, après examen attentif, notre choix s'est porté sur un autre candidat.",
        "Bonjour Robin, nous nous sommes orientés vers une candidature plus en adéquation.",
        "Bonjour Robin, nous avons privilégié un profil disposant d'une expérience plus longue.",
        "Bonjour Robin, nous avons décidé de retenir une autre candidature. Bien à vous",
        "Bonjour Robin, le poste a finalement été pourvu en interne.",
        "Bonjour Robin, votre profil ne correspond pas tout à fait à nos attentes pour ce poste.",
        "Bonjour Robin, nous avons finalement recruté une personne plus proche de nos besoins.",
        "Hallo Robin, wir haben uns für jemanden mit mehr Branchenerfahrung entschieden.",
        "Sehr geehrter Herr Seeker, wir bedauern, Ihnen keine Stelle anbieten zu können.",
        "Sehr geehrter Herr Seeker, die Wahl fiel auf einen Bewerber mit mehr Erfahrung.",
        "Sehr geehrter Herr Seeker, wir werden das Verfahren mit anderen Bewerbern fortsetzen.",
        "Hola Robin, hemos decidido contratar a una persona con más experiencia en el sector.",
        "Olá Robin, infelizmente decidimos contratar outra pessoa para a vaga.",
        "Ciao Robin, purtroppo abbiamo deciso di assumere un candidato con più esperienza.",
        "Hoi Robin, we hebben iemand anders aangenomen voor de functie.",
        "Hi Robin, we've decided to hire a candidate with more regulatory experience.",
        "Hi Robin, the role went to an internal applicant.",
        "Hi Robin, I'm sorry to say you weren't selected this time.",
        "Hi Robin, we've made the difficult decision to move ahead with someone else.",
    ],
)
def test_a_rejection_says_the_company_chose_someone_else_in_many_ways(body: str) -> None:
    assert _classify(PERSON, "Re: Update", body) == "rejection"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Robin, we've decided to hire you! Offer letter to follow.", "offer"),
        ("Hi Robin, the team decided to go with a second interview first. Can you do Thursday?",
         "next_round"),
        ("Hallo Robin, die Wahl fiel auf Sie! Wir möchten Ihnen die Stelle anbieten.", "offer"),
        ("Hi Robin, nothing decided yet; we'll probably hire a candidate by the end of the month.",
         "human_reply"),
        ("Ciao Robin, abbiamo scelto te! Ti mandiamo la lettera di assunzione.", "offer"),
    ],
)  # fmt: skip
def test_choosing_the_candidate_or_a_further_stage_is_no_rejection(
    body: str, expected: str
) -> None:
    assert _classify(PERSON, "Re: Update", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Dear Robin, this campaign has been withdrawn and we are closing all applications. No "
        "appointment will be made.",
        "Hallo Robin, die Stellenausschreibung wurde leider zurückgezogen; das Verfahren ist "
        "eingestellt.",
        "Bonjour Robin, la campagne de recrutement a été suspendue et le poste ne sera pas pourvu.",
        "Beste Robin, de wervingsprocedure is stopgezet; we vullen de functie niet in.",
        "Hola Robin, la convocatoria ha sido cancelada por motivos presupuestarios.",
        "Olá Robin, o processo seletivo foi cancelado por questões de orçamento.",
        "Ciao Robin, la selezione è stata annullata per motivi di budget.",
        "Hallo Robin, wir können Ihnen die Stelle leider nicht anbieten.",
    ],
)
def test_hiring_stopped_for_everyone_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Your application", body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Robin, we'd love to have you. Job's yours if you want it - could you start Monday?",
        "Liebe Robin, ich freue mich, Ihnen im Namen der Geschäftsführung die Stelle als "
        "Projektleiter:in anzubieten. Den Dienstvertrag finden Sie im Anhang.",
        "Robin, le poste est à toi si tu le veux. Tu peux commencer lundi ?",
        "Robin, el puesto es tuyo si lo quieres. ¿Puedes empezar el lunes?",
        "Robin, a vaga é sua se quiser. Pode começar na segunda?",
        "Robin, il posto è tuo se lo vuoi. Puoi iniziare lunedì?",
    ],
)
def test_the_job_given_in_plain_words_is_an_offer(body: str) -> None:
    assert _classify(PERSON, "Re: Thank you", body) == "offer"


def test_offering_the_job_to_someone_else_is_a_rejection() -> None:
    body = "Robin, we extended the offer to another candidate, who has accepted. Stay in touch."
    assert _classify(PERSON, "Re: Update", body) == "rejection"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("Application outcome: unsuccessful", "rejection"), ("Offer of employment", "offer")],
)
def test_an_outcome_stated_in_the_subject_alone(subject: str, expected: str) -> None:
    body = "Dear Robin,\nPlease see the attached letter.\nKind regards,\nMia"
    assert _classify(PERSON, subject, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, unfortunately the panel hasn't met yet; I'll update you next week.",
        "Hallo Robin, leider verzögert sich die Entscheidung um ein paar Tage.",
        "Bonjour Robin, malheureusement le comité a été reporté à jeudi.",
        "Hoi Robin, helaas is de manager ziek, ik kom er volgende week op terug.",
        "Hola Robin, lamentablemente todavía no tenemos novedades del comité.",
        "Oi Robin, infelizmente a gestora viajou e ainda não fechamos a avaliação.",
        "Ciao Robin, purtroppo la decisione slitta alla prossima settimana.",
    ],
)
def test_a_mood_word_alone_states_no_outcome(body: str) -> None:
    assert _classify(PERSON, "Re: Update", body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. If you have not heard from us within four weeks, please assume "
        "your application has been unsuccessful.",
        "Thanks for applying! Successful candidates will receive an offer letter by email.",
    ],
)
def test_an_outcome_under_a_condition_is_not_stated(body: str) -> None:
    assert _classify(ATS, "Your application", body, AUTO) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. Only candidates selected for interview will be contacted.",
        "Danke für Ihre Bewerbung. Nur ausgewählte Bewerber werden zu einem Gespräch eingeladen.",
        "Merci pour votre candidature. Seuls les candidats retenus seront invités à un entretien.",
        "Bedankt voor je sollicitatie. Alleen geselecteerde kandidaten nodigen we uit voor een "
        "gesprek.",
        "Gracias por tu candidatura. Solo los candidatos preseleccionados pasarán a la siguiente "
        "fase.",
        "Obrigado pela candidatura. Apenas os candidatos selecionados avançam para a próxima "
        "etapa.",
        "Grazie per la candidatura. Solo i candidati selezionati saranno invitati a un colloquio.",
    ],
)
def test_what_happens_to_some_applicants_invites_nobody(body: str) -> None:
    sender = "Acme Careers <careers@acme-labs.example>"
    assert _classify(sender, "Application received", body) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Olá Robin, recebemos a sua candidatura. Caso seu perfil seja aprovado, entraremos em "
        "contato para agendar uma entrevista.",
        "Hoi Robin, bedankt voor je sollicitatie. Als je geselecteerd wordt, nodigen we je uit "
        "voor een eerste gesprek.",
    ],
)
def test_an_invitation_under_a_condition_invites_nobody(body: str) -> None:
    sender = "Acme Careers <careers@acme-labs.example>"
    assert _classify(sender, "Application received", body) == "ats_automated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Still interested?", "Robin, we noticed you haven't booked your interview slot yet. "
         "Choose a time here or let us know."),
        ("Candidate survey", "Hi Robin, we invite you to complete a short survey about your "
         "candidate experience with Acme Labs."),
        ("Umfrage", "Hallo Robin, wir laden Sie ein, an einer kurzen Umfrage zu Ihrem "
         "Bewerbungsprozess teilzunehmen."),
    ],
)  # fmt: skip
def test_a_nudge_or_a_survey_from_a_system_invites_to_no_stage(subject: str, body: str) -> None:
    assert _classify(ATS, subject, body, AUTO) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your email! This inbox is monitored Monday to Friday and we aim to reply "
        "within 48 hours.",
        "Dit is een automatisch bericht. Bedankt voor je e-mail; we reageren binnen vijf "
        "werkdagen.",
        "Ceci est une réponse automatique : merci pour votre message, notre équipe vous répond "
        "sous 48 heures.",
    ],
)
def test_a_shared_mailbox_autoresponder_in_the_thread_is_automated(body: str) -> None:
    sender = "Acme Talent <talent@acme-labs.example>"
    assert _classify(sender, "Re: Interview follow-up", body) == "ats_automated"


def test_a_shared_mailbox_autoresponder_titled_automatic_reply_is_no_absence() -> None:
    body = (
        "Dit is een automatisch bericht. Bedankt voor je e-mail; we reageren binnen vijf werkdagen."
    )
    sender = "Acme Werving <werving@acme-labs.example>"
    subject = "Automatisch antwoord: Vraag over mijn sollicitatie"
    assert _classify(sender, subject, body, AWAY) == "ats_automated"


# --------------------------------------------------------------------------- further stages


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, the team wants to see you again for a second interview. Are you free Tuesday?",
        "Robin, next step is a short take-home exercise; I'll send the brief on Monday.",
        "Hallo Robin, wir würden Sie gerne zu einem Zweitgespräch mit der Geschäftsführung "
        "einladen.",
        "Bonjour Robin, nous aimerions vous inviter à un second entretien avec la directrice.",
        "Hoi Robin, we nodigen je graag uit voor een tweede gesprek. Wat is je beschikbaarheid?",
        "Hola Robin, el siguiente paso es una prueba técnica. ¿Qué día te viene bien?",
        "Oi Robin, você foi aprovado para a próxima etapa: um case prático com o time.",
        "Ciao Robin, vorremmo invitarti a un secondo colloquio con il responsabile.",
        "Hi Robin, good news - the team wants to meet you in person. Can you come in Tuesday?",
    ],
)
def test_a_further_stage_is_an_invitation_in_every_language(body: str) -> None:
    assert _classify(PERSON, "Re: Thank you", body) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "We'd like to invite you to the final round. Please choose a time that suits you here: "
        "https://app.greenhouse.io/schedule/x",
        "Bitte wählen Sie über den Link einen passenden Termin für Ihr Zweitgespräch.",
    ],
)
def test_a_system_inviting_to_book_a_further_stage_is_a_next_round(body: str) -> None:
    assert _classify(ATS, "Next steps", body, AUTO) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Robin, suite à votre entretien, nous vous proposons de passer à l'étape "
        "suivante : un cas pratique à réaliser chez vous.",
        "Ciao Robin, sei passato/a alla fase successiva! Prenota il colloquio con il direttore "
        "scegliendo uno degli slot disponibili.",
        "Hola Robin, te proponemos pasar a la fase siguiente: una prueba práctica en casa.",
        "Olá Robin, propomos-lhe avançar para a etapa seguinte: reserve o seu horário no link.",
        "Hoi Robin, we stellen je voor om door te gaan naar de volgende fase. Boek een gesprek "
        "via de link.",
        "Hallo Robin, buchen Sie Ihr Gespräch mit der Bereichsleitung über den Link.",
    ],
)
def test_a_shared_mailbox_asking_to_take_the_following_stage_is_a_next_round(body: str) -> None:
    sender = "Acme Careers <careers@acme-labs.example>"
    assert _classify(sender, "Your application", body) == "next_round"


def test_a_system_announcing_good_news_and_a_further_stage_is_a_next_round() -> None:
    body = "Congratulations! The next step is a technical interview with the team; our "
    body += "coordinator will reach out to arrange it."
    assert _classify(ATS, "Your application", body, AUTO) == "next_round"


def test_the_company_named_by_its_acronym_is_the_company() -> None:
    body = "Dear Robin, thank you for applying to WWI. We will not be moving forward."
    verdict = classify_reply("no-reply@hire.lever.co", "WWI Careers", "Update", AUTO, body,
                             "wideworldimporters.example")  # fmt: skip
    assert verdict.cls == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your second interview is confirmed",
         "Hi Robin, your second interview with Acme Labs is confirmed for Tuesday at 10:00."),
        ("Reminder: final round tomorrow",
         "This is a reminder of your final round interview tomorrow at 9:30."),
        ("Bestätigung: Zweitgespräch", "Ihr Zweitgespräch ist für Mittwoch, 14 Uhr bestätigt."),
        ("Rappel : votre second entretien", "Rappel : votre second entretien a lieu demain à 10h."),
        ("Herinnering: tweede gesprek", "Je tweede gesprek staat ingepland op donderdag om 11:00."),
        ("Confirmación de tu segunda entrevista",
         "Tu segunda entrevista está confirmada para el jueves a las 10:00."),
        ("Lembrete: segunda entrevista", "Lembrete da sua segunda entrevista amanhã às 14h."),
        ("Promemoria: secondo colloquio",
         "Ti ricordiamo il secondo colloquio confermato per lunedì."),
    ],
)  # fmt: skip
def test_a_confirmation_of_an_arranged_round_is_logistics(subject: str, body: str) -> None:
    assert _classify(ATS, subject, body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Invitation to interview", "Hi Robin, we'd like to invite you to a second interview. "
         "Please choose a time that suits you.", "next_round"),
        ("Invitation to interview", "Hi Robin, your second interview is confirmed for Tuesday "
         "10:00. Need to move it? Use the link below.", "scheduling_notice"),
        ("Einladung zum Zweitgespräch", "Bitte wählen Sie über den Link einen Termin aus.",
         "next_round"),
        ("Einladung zum Zweitgespräch", "Ihr Termin am Dienstag, 10 Uhr, ist bestätigt.",
         "scheduling_notice"),
    ],
)  # fmt: skip
def test_a_system_inviting_is_a_next_round_and_confirming_is_logistics(
    subject: str, body: str, expected: str
) -> None:
    assert _classify(ATS, subject, body, AUTO) == expected


def test_a_scheduling_status_in_the_subject_is_logistics_whoever_sends_it() -> None:
    body = "Your final round is booked for Thursday 10:00-12:00. Video link: https://meet.example/x"
    assert _classify(PERSON, "Confirmed: final round with Acme Labs", body) == "scheduling_notice"


def test_a_system_subject_from_a_persons_address_is_logistics() -> None:
    body = "Your interview has moved to Friday 11:00. Reason: the interviewer is travelling."
    assert _classify(PERSON, "Interview rescheduled - Acme Labs", body) == "scheduling_notice"


def test_a_person_typing_the_logistics_answered() -> None:
    body = "Hi Robin, see you Tuesday at 10 — we're in room 4B on the second floor.\nMia"
    assert _classify(PERSON, "Re: Tuesday", body) == "human_reply"


# --------------------------------------------------------------------------- away messages


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        ("Automatic reply: Thank you", "I am out of the office until 3 May with limited access "
         "to email.", AWAY),
        ("Re: Thank you", "I'm currently on annual leave and will reply when I am back.",
         {"X-Autoreply": "yes"}),
        ("Abwesenheitsnotiz: Danke", "Ich bin bis einschließlich 12.05. nicht im Büro.", AWAY),
        ("Réponse automatique : Merci", "Je suis absente du bureau jusqu'au 4 juin.", AWAY),
        ("Automatisch antwoord: Bedankt", "Ik ben afwezig tot en met 20 mei.", AWAY),
        ("Respuesta automática: Gracias", "Estoy fuera de la oficina hasta el 2 de junio.", AWAY),
        ("Resposta automática: Obrigado", "Estou de férias até 10 de julho, sem acesso ao e-mail.",
         AWAY),
        ("Risposta automatica: Grazie", "Sono fuori ufficio fino al 3 giugno.", AWAY),
        ("Out of Office", "Thanks for your message. I'm away until Monday.", {}),
    ],
)  # fmt: skip
def test_away_messages_in_every_language(subject: str, body: str, headers: dict[str, str]) -> None:
    assert _classify(PERSON, subject, body, headers) == "auto_reply_ooo"


def test_an_away_message_written_with_eszett_is_away() -> None:
    body = "Ich bin bis Freitag außer Haus und lese keine E-Mails."
    assert _classify(PERSON, "Re: Danke", body, {}) == "auto_reply_ooo"


def test_a_signed_away_message_without_headers_is_still_away() -> None:
    body = "I'm out of the office until Monday with limited access to email. For urgent matters "
    body += "please contact talent@acme-labs.example.\n\nMia Chen"
    assert _classify(PERSON, "Re: Follow-up", body) == "auto_reply_ooo"


def test_an_away_message_quoting_the_candidate_stays_away() -> None:
    body = ("Ich bin bis 17.04. nicht im Büro.\n\n> Ich freue mich auf die nächste Runde und "
            "auf das Angebot.")  # fmt: skip
    assert _classify(PERSON, "Abwesenheitsnotiz: Rückfrage", body, AWAY) == "auto_reply_ooo"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, I'm on leave next week but wanted to say the team liked you. More soon.\nMia",
        "Hi Robin – I'm out of office from tomorrow until the 9th; the feedback is all in and I'll "
        "be in touch when I'm back.\nMia",
    ],
)
def test_a_person_mentioning_leave_answered(body: str) -> None:
    assert _classify(PERSON, "Re: update", body) == "human_reply"


def test_an_away_message_greets_nobody_by_name() -> None:
    body = "Hello, I am out of the office until Monday and will reply on my return."
    assert _classify(PERSON, "Re: Thank you", body) == "auto_reply_ooo"


def test_a_shared_mailbox_autoresponder_is_automated() -> None:
    body = "This is an automated response: we have received your email and will reply shortly."
    assert _classify("Acme Careers <careers@acme-labs.example>", "Re: my application", body,
                     AWAY) == "ats_automated"  # fmt: skip


# --------------------------------------------------------------------------- who is writing


@pytest.mark.parametrize(
    "body",
    [
        "omg my cousin who works at Acme says they already picked someone?? sorry x",
        "Heads up - a friend at Acme Labs told me they made an offer to someone last week",
        "Hast du schon was gehört? Meine Kollegin meint, Acme hat die Stelle schon besetzt.",
        "Oye, mi prima trabaja en Acme y dice que ya cubrieron el puesto 😬",
        "Ei, ouvi dizer que a Acme já fechou a vaga. Sabe de algo?",
    ],
)
def test_a_friend_passing_on_hearsay_is_not_the_company(body: str) -> None:
    assert _classify("Jo Friend <jo.friend@mail.example>", "acme?", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Bumped into Ilvy who works at Acme, she thinks the role went to someone internal.",
        "Hab gestern Till getroffen, der bei Acme arbeitet. Er meint, die Stelle ist vergeben.",
        "Salut ! J'ai croisé Gaspard qui travaille chez Acme, il pense que le poste a été pourvu.",
        "Ik sprak Wubbo, die bij Acme werkt. Hij denkt dat de vacature al vervuld is.",
        "Oye, hablé con Remedios, que trabaja en Acme, y cree que ya han cubierto el puesto.",
        "Ho parlato con Ottavio che lavora da Acme, pensa che la posizione sia già coperta.",
        "Heya, Ilvy reckons Acme already gave that job away? could be wrong, don't panic",
        "Hee, Pim denkt dat Acme al iemand heeft aangenomen, maar ik weet niet of dat klopt.",
        "Oi! A Iracema acha que a Acme já contratou alguém, mas não sei se é verdade.",
    ],
)
def test_a_rumour_names_its_source_or_is_doubted_and_ends_no_wait(body: str) -> None:
    assert _classify("Jo Friend <jo.friend@mail.example>", "acme", body) == "unrelated"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Robin, I spoke to the hiring manager at Acme, she thinks you did well. Not sure on "
            "timing yet, I'll chase them Friday.\nBrede",
            "human_reply",
        ),
        (
            "Hi Robin, they said they'll decide next week, not sure if that's firm though.\nBrede",
            "human_reply",
        ),
        (
            "Hi Robin, Acme have decided to go with another candidate. Not sure if they'd share "
            "feedback, I'll ask.\nBrede",
            "rejection",
        ),
        (
            "Hallo Robin, der Kunde möchte Sie zu einem zweiten Gespräch einladen. Ich bin nicht "
            "sicher, ob Dienstag passt.\nBrede",
            "next_round",
        ),
        (
            "Oi Robin, a Acme decidiu seguir com outro candidato. Não sei se dão feedback.\nBrede",
            "rejection",
        ),
    ],
)
def test_an_agency_relaying_the_company_is_no_rumour(body: str, expected: str) -> None:
    assert _classify("Brede Moss <brede@staffing.example>", "Acme", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hey! Any news from Acme yet? Fingers crossed for you!",
        "How did the interview at Acme Labs go?? Tell me everything",
        "Coucou ! Tu as eu des nouvelles d'Acme ? Je croise les doigts",
        "Hé Robin, al iets gehoord van Acme? Duimen!",
        "¿Alguna novedad de Acme? ¡Cruzo los dedos!",
        "E aí, alguma novidade da Acme?",
        "Allora, novità da Acme? Incrocio le dita!",
        "CONGRATS on the Acme offer!!! 🎉 so proud of you",
        "Und, hast du schon was von Acme gehört? Drück dir die Daumen!",
        "Na, wie lief's bei Acme? Erzähl mal!",
        "E aí, a Acme já deu retorno?",
        "En, heb je al iets van Acme gehoord?",
    ],
)
def test_a_friend_asking_for_news_is_not_the_company(body: str) -> None:
    assert _classify("Jo Friend <jo.friend@mail.example>", "Acme?", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, I came across your profile and have a new Head of Data role with a fintech "
        "client. Would you be open to a quick call?",
        "Hi Robin, while we wait on Acme I have another opportunity in mind for you - free for a "
        "chat tomorrow?",
        "Hallo Robin, ich habe eine neue Position bei einem Kunden, die gut passen könnte.",
        "Hola Robin, tengo una nueva oportunidad con un cliente en Madrid, ¿hablamos?",
        "Ciao Robin, ho una nuova posizione per un mio cliente a Milano, ti interessa?",
    ],
)
def test_a_recruiter_pitching_another_job_is_unrelated(body: str) -> None:
    assert _classify("Sam Hunt <sam@huntpartners.example>", "Opportunity", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, besides Acme I have another client, a logistics firm, hiring a controller. "
        "Would you be open to a chat?",
        "Hallo Robin, neben Acme habe ich einen weiteren Kunden, der eine Controllerin sucht. "
        "Wären Sie offen für ein Gespräch?",
        "Bonjour Robin, en parallèle du dossier Acme, j'ai un autre client qui recrute un(e) "
        "contrôleur. Seriez-vous ouvert(e) à en discuter ?",
        "Hoi Robin, naast Acme heb ik een andere klant die een controller zoekt. Sta je open "
        "voor een gesprek?",
        "Hola Robin, además de Acme tengo otro cliente que busca un controller. ¿Estarías "
        "abierto a hablar?",
        "Oi Robin, além da Acme tenho outro cliente contratando um controller. Estaria aberto a "
        "conversar?",
        "Bonjour Robin, j'espère que le process Acme avance. Par ailleurs, je recrute pour "
        "un poste de DAF chez un client à Lyon. Ça vous intéresse ?",
        "Ciao Robin, oltre ad Acme ho un altro cliente che cerca un controller. Saresti aperto "
        "a parlarne?",
    ],
)
def test_an_agency_pitching_another_clients_job_beside_the_process_is_unrelated(
    body: str,
) -> None:
    sender = "Sam Hunt | Hunt Partners <sam@huntpartners.example>"
    assert _classify(sender, "New opportunity", body) == "unrelated"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quick update from Acme Labs: they're still interviewing, expect news by Friday.",
         "human_reply"),
        ("Spoke to their hiring manager: they want a second chat with you, Thu or Fri?",
         "next_round"),
        ("Not the news we wanted, see below. I have two other roles in mind for you though.\n\n"
         "---------- Forwarded message ---------\nFrom: Mia Chen <mia.chen@acme-labs.example>\n"
         "Sam, we're going to pass on Robin - we need more people management.", "rejection"),
    ],
)  # fmt: skip
def test_an_agency_relaying_the_company_answered(body: str, expected: str) -> None:
    assert _classify("Sam Hunt <sam@huntpartners.example>", "Fwd: Acme", body) == expected


def test_a_bulk_outcome_from_an_unknown_vendor_naming_the_company_is_stated() -> None:
    body = "Dear Robin, thank you for your interest in Acme Labs. Unfortunately your application "
    body += "has not been successful on this occasion."
    headers = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}
    sender = "Acme Labs Careers <noreply@talentportal.example>"
    assert _classify(sender, "Your application", body, headers) == "rejection"


def test_a_networking_site_naming_the_company_is_unrelated() -> None:
    body = "Hallo Robin, 5 Personen haben Ihr Profil besucht, darunter jemand von Acme Labs."
    headers = {"Precedence": "bulk", "List-Unsubscribe": "<https://netzwerk.example/ab>"}
    sender = "Netzwerk <info@netzwerk.example>"
    assert _classify(sender, "Ihre Profilbesucher: u. a. Acme Labs", body, headers) == "unrelated"


def test_a_recruiter_forwarding_another_jobs_description_is_unrelated() -> None:
    body = ("Hi Robin, I have another role in mind for you - details below. Interested?\n\n"
            "---------- Forwarded message ---------\nFrom: Lee Park <lee@othercorp.example>\n"
            "We invite you to apply: Senior Analyst. Our process: two interviews and a case "
            "study.")  # fmt: skip
    sender = "Sam Hunt <sam@huntpartners.example>"
    assert _classify(sender, "Fwd: Senior Analyst role", body) == "unrelated"


def test_another_company_writing_about_its_own_process_is_unrelated() -> None:
    body = "Hi Robin, thanks for interviewing with us. We've decided to go with another candidate."
    assert _classify("Lee Park <lee@othercorp.example>", "Your application", body) == "unrelated"


def test_a_reply_relayed_through_an_ats_by_a_person_answered() -> None:
    body = "Hi Robin, thanks again for Tuesday - the panel is meeting Friday and I'll call you "
    body += "after.\n\nMia"
    assert _classify("Mia Chen <no-reply@hire.lever.co>", "Re: Thanks", body) == "human_reply"


def test_a_person_named_by_an_ats_sender_is_not_another_company() -> None:
    body = "Hi Robin, thanks for your patience - the panel meets Friday and I'll call you after."
    assert _classify("Mia Chen <mia.chen@hire.lever.co>", "Quick update", body) != "unrelated"


def test_a_person_thanking_for_the_application_is_not_a_machine() -> None:
    body = "Hallo Robin, vielen Dank für Ihre Bewerbung und das nette Gespräch. Wir melden uns "
    body += "bis Freitag.\nMia"
    assert _classify(PERSON, "Rückmeldung", body) == "human_reply"


def test_a_persons_message_relayed_by_an_ats_without_a_signature_answered() -> None:
    body = "Hi Robin, following up on our chat - could you send over your portfolio?"
    sender = "Mia Chen <mia.chen@hire.lever.co>"
    assert _classify(sender, "Portfolio", body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Mia Chen sent you a message:\n\n\"Hi Robin, still aligning with the panel - you'll hear "
        'from me by Friday."\n\nReply from your candidate portal.',
        "Nachricht von Mia Chen:\n\nHallo Robin, wir stimmen uns noch ab und melden uns bis "
        "Freitag.",
        "Mia Chen vous a envoyé un message :\n\n« Bonjour Robin, je reviens vers vous vendredi "
        "après le comité. »",
        'Mia Chen heeft je een bericht gestuurd:\n\n"Hoi Robin, we stemmen nog af, je hoort '
        'vrijdag van me."',
        'Mia Chen te ha enviado un mensaje:\n\n"Hola Robin, seguimos valorando, te escribo el '
        'viernes."',
        'Mia Chen enviou uma mensagem:\n\n"Oi Robin, ainda estou alinhando com o time, te dou '
        'retorno até sexta."',
        'Mia Chen ti ha inviato un messaggio:\n\n"Ciao Robin, stiamo ancora valutando, ti '
        'scrivo venerdì."',
    ],
)
def test_a_persons_message_passed_on_by_an_ats_answered(body: str) -> None:
    sender = "Mia Chen via Acme Labs <no-reply@smartrecruiters.com>"
    assert _classify(sender, "New message about your application", body) == "human_reply"


def test_an_ats_saying_only_that_a_message_waits_infers_nothing() -> None:
    body = "Mia Chen sent you a message. Log in to your candidate portal to read it."
    sender = "Mia Chen via Acme Labs <no-reply@smartrecruiters.com>"
    assert _classify(sender, "New message", body) == "ats_automated"


def test_ats_mail_naming_the_company_in_letters_without_decomposition() -> None:
    # "ł" has no accent to strip: the sender still names the company of wislo-tech's process.
    verdict = classify_reply("no-reply@recruitee.com", "Wisłotech Recruitment", "Next step",
                             AUTO, "We'd like to invite you to the next stage: a home "
                             "assignment.", "wislotech.example")  # fmt: skip
    assert verdict.cls == "next_round"
    assert fold_mail("Wisłotech – we’re") == "wislotech - we're"


def test_quoted_history_of_a_reply_does_not_decide() -> None:
    body = ("Hi Robin, could you share your notice period?\nMia\n\n-----Original Message-----\n"
            "From: Talent Team\nSubject: Round 2\n\n> You have been shortlisted for the second "
            "round.")  # fmt: skip
    assert _classify(PERSON, "RE: Round 2", body) == "human_reply"


@pytest.mark.parametrize(
    ("from_", "subject", "body", "headers"),
    [
        ("Acme Shop <orders@acme-labs.example>", "Your order #4411 has shipped",
         "Your order is on its way. Track your package online.", {}),
        ("Acme Labs <news@acme-labs.example>", "Acme Labs monthly: spring launches",
         "Read about our new products and events this month.",
         {"List-Unsubscribe": "<mailto:u@acme-labs.example>"}),
        ("Acme Labs Events <events@acme-labs.example>", "Join us at our summer meetup",
         "Our engineering meetup returns on 12 June, with talks and pizza.", {}),
    ],
)  # fmt: skip
def test_company_mail_that_is_not_about_hiring_is_unrelated(
    from_: str, subject: str, body: str, headers: dict[str, str]
) -> None:
    assert _classify(from_, subject, body, headers) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Application status update", "The status of your application has changed. Please log "
         "in to the candidate portal to view it."),
        ("How was your interview?", "We'd love your feedback on your interview. Take the survey."),
        ("Eingangsbestätigung", "Wir haben Ihre Unterlagen erhalten. Diese E-Mail wurde "
         "automatisch erstellt."),
    ],
)  # fmt: skip
def test_other_system_mail_infers_nothing(subject: str, body: str) -> None:
    assert _classify(ATS, subject, body, AUTO) == "ats_automated"


def test_a_system_reminding_of_a_step_already_assigned_is_automated() -> None:
    body = "Hi Robin, just a reminder to select a time for your final round using the link below."
    assert _classify(ATS, "Reminder: please select a time", body, AUTO) == "ats_automated"
    body = "Hi Robin, your coding test for Acme Labs expires in 2 days. Complete it here."
    assert _classify(ATS, "Reminder: your assessment expires soon", body, AUTO) == "ats_automated"


def test_an_ats_task_to_review_an_offer_is_an_offer() -> None:
    body = "You have a new task: Review Offer. Please log in to complete it."
    assert _classify(ATS, "Task assigned: Review Offer", body, AUTO) == "offer"


def test_ats_mail_about_another_organisation_is_unrelated() -> None:
    body = "Hi Robin, thank you for applying to Othercorp. We've decided to move forward with "
    body += "other candidates."
    assert _classify("Hiring Team <no-reply@hire.lever.co>", "Thanks for applying", body,
                     AUTO) == "unrelated"  # fmt: skip


def test_a_job_alert_naming_the_company_is_unrelated() -> None:
    body = "Hi Robin, here are new roles at Acme Labs that match your profile: Data Engineer."
    headers = {**AUTO, "List-Unsubscribe": "<mailto:u@greenhouse-mail.io>"}
    assert _classify(ATS, "New jobs at Acme Labs you might like", body, headers) == "unrelated"


def test_a_calendar_invitation_known_by_its_subject_and_reply_buttons() -> None:
    body = ("Mia Chen has invited you to an event.\nJoin with Google Meet\nReply for "
            "robin@mail.example: Yes / No / Maybe")  # fmt: skip
    subject = "Invitation: Final round @ Thu 5 Mar 2026 10:00 - 11:00 (CET)"
    assert _classify(PERSON, subject, body) == "calendar_invite"


def test_a_persons_answer_threaded_by_an_ats_answered() -> None:
    body = ("Hi Robin,\n\nThanks for the nudge - we're still collecting feedback and I'll be in "
            "touch by Thursday.\n\nBest regards,\nMia Chen\nTalent Partner | Acme Labs"
            )  # fmt: skip
    cls = _classify("Mia Chen via Greenhouse <no-reply@greenhouse.io>", "Re: Following up", body,
                    AUTO)  # fmt: skip
    assert cls == "human_reply"


def test_quoted_history_under_any_mail_program_does_not_decide() -> None:
    gmail = ("Thanks Robin, the team enjoyed meeting you.\n\nOn Tue, Mar 3, 2026 at 10:02 AM "
             "Robin Seeker <\nrobin@mail.example> wrote:\n> Hoping for an offer!")  # fmt: skip
    outlook = ("Hallo Robin, danke, gleichfalls!\n\nVon: Robin Seeker <robin@mail.example>\n"
               "Gesendet: Dienstag, 3. März 2026 10:02\nBetreff: Danke\n\nIch freue mich auf "
               "die nächste Runde.")  # fmt: skip
    assert _classify(PERSON, "Re: Thank you", gmail) == "human_reply"
    assert _classify(PERSON, "AW: Danke", outlook) == "human_reply"


def test_a_phrase_broken_by_a_line_end_still_reads() -> None:
    body = "Hi Robin,\nafter a close call we have decided to move\nforward with other candidates."
    assert _classify(PERSON, "Re: update", body) == "rejection"


def test_a_person_sending_a_booking_link_invites_to_a_further_stage() -> None:
    body = "Great chatting, Robin. Grab any slot here: https://cal.com/mia-chen/30min\nMia"
    assert _classify(PERSON, "Next", body) == "next_round"


def test_the_candidate_forwarding_to_themself_is_not_an_answer() -> None:
    body = "fwd\n\n---------- Forwarded message ---------\nThanks for applying to Acme Labs."
    cls = _classify("Robin Seeker <robin@old.example>", "Fwd: Thanks for applying", body)
    assert cls == "ats_automated"
    # the same person known by the address only
    cls = _classify("Robin Seeker <robin@work.example>", "Fwd: Thanks for applying", body,
                    to="robin.seeker@mail.example")  # fmt: skip
    assert cls == "ats_automated"


def test_reply_states_a_timeline_resolved_by_the_engine() -> None:
    verdict = classify_reply(
        "mia.chen@acme-labs.example", "Mia Chen", "Re: follow-up", {},
        "Hi Robin, we'll have a decision within 3 business days.", ACME,
    )  # fmt: skip
    assert verdict.cls == "human_reply" and verdict.timeline is not None
    when = datetime(2026, 6, 5, 16, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # a Friday
    found = reply_timeline("we'll have a decision within 3 business days", when, "Europe/Berlin")
    assert found is not None and found.answer_date == date(2026, 6, 10)


NOREPLY = "Acme Labs <noreply@acme-labs.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Nous avons choisi de poursuivre avec un profil dont l'expérience correspond davantage.",
        "We have chosen to proceed with a candidate whose background aligns more closely.",
        "Wir setzen den Prozess mit einer Kandidatin fort, deren Erfahrung besser passt.",
        "We gaan verder met een kandidaat wiens ervaring beter aansluit bij de functie.",
        "Hemos decidido continuar con un perfil cuya experiencia se ajusta mejor al puesto.",
        "Decidimos seguir com um perfil cuja experiência está mais alinhada à vaga.",
        "Abbiamo deciso di proseguire con un profilo la cui esperienza è più in linea.",
        "Thanks again. We've decided to go with someone with a bit more retail experience.",
        "Danke! Wir haben uns für jemanden mit mehr Erfahrung im Einzelhandel entschieden.",
    ],
)
def test_a_candidate_who_fits_better_is_someone_else_chosen(body: str) -> None:
    assert _classify(NOREPLY, "Your application", body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We have received your application. We are looking for a candidate with more than five "
        "years in retail and will review it.",
        "Nous recherchons un profil avec plus de cinq ans d'expérience et étudions votre dossier.",
        "Hemos recibido tu candidatura. Buscamos a alguien con más de cinco años de experiencia.",
        "Revisaremos los perfiles que mejor se ajusten al puesto y te contactaremos.",
        "We will proceed with the candidates whose experience best matches the role.",
    ],
)
def test_a_profile_sought_or_the_best_matches_reviewed_is_no_outcome(body: str) -> None:
    assert _classify(NOREPLY, "Your application", body) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "After a restructure the role no longer exists. Thanks for your time.",
        "Wegen einer Umstrukturierung entfällt die Stelle.",
        "Suite à une réorganisation, le poste est supprimé.",
        "Door een reorganisatie komt de vacature Tekenaar te vervallen.",
        "We sluiten de procedure voor alle kandidaten af.",
        "The team has decided to stop the search for all candidates.",
        "Wir haben das Verfahren für alle Bewerber beendet.",
        "Nous avons clôturé le recrutement pour l'ensemble des candidats.",
        "Hemos cerrado el proceso para todos los candidatos.",
        "Devido a uma reestruturação, a vaga foi extinta.",
        "Abbiamo chiuso la selezione per tutti i candidati.",
    ],
)
def test_the_post_gone_or_the_process_closed_for_everyone_is_a_rejection(body: str) -> None:
    assert _classify(NOREPLY, "Update", body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We hope to close the process by Friday and will be in touch then.",
        "Wir wollen das Verfahren bis Ende Mai für alle Bewerber abschließen.",
        "We ronden de gesprekken voor alle kandidaten volgende week af.",
        "Nous comptons clôturer le recrutement pour tous les candidats d'ici la fin du mois.",
        "Contiamo di chiudere la selezione per tutti i candidati entro fine mese.",
    ],
)
def test_closing_the_process_by_a_date_is_a_timetable_not_an_outcome(body: str) -> None:
    assert _classify(NOREPLY, "Your application", body) not in ENDS_WAIT


@pytest.mark.parametrize(
    ("from_", "body", "expected"),
    [
        (
            "Ana Ruiz <ana.heron@mailbox.example>",
            "Hi Robin, sorry for the wait, still choosing between you and one other. Will text by "
            "Thursday.\nAna",
            "human_reply",
        ),
        (
            "Ana Ruiz <ana.heron@mailbox.example>",
            "Hi Robin, thanks for Saturday. I've decided to go with someone with more barista "
            "experience. All the best, Ana",
            "rejection",
        ),
        (
            "Gerrit Post <heron.bakkerij@post.example>",
            "Hoi Robin, leuk dat je er was. Kom je volgende week nog een proefdag draaien?\nGerrit",
            "next_round",
        ),
        ("Ana Ruiz <ana.heron@mailbox.example>", "Hi Robin, fancy lunch Sunday?\nAna", "unrelated"),
        ("Tess <heron.fan@mailbox.example>", "Hi Robin, saw a heron today! Tess", "unrelated"),
    ],
)
def test_an_owner_answers_from_a_personal_mailbox_carrying_the_business_name(
    from_: str, body: str, expected: str
) -> None:
    subject = "Re: trial day" if expected != "unrelated" else "Re: the weekend"
    verdict = classify_reply(
        from_.split("<")[1].rstrip(">"), from_.split(" <")[0], subject, {}, body,
        "blueheron.example", (), to="Robin Seeker <robin@mail.example>",
    )  # fmt: skip
    assert verdict.cls == expected


@pytest.mark.parametrize(
    "subject",
    ["Re: Thanks for the trial shift", "AW: Danke für das Zweitgespräch", "RE: final interview"],
)
def test_a_reply_subject_names_the_round_that_took_place_not_a_new_one(subject: str) -> None:
    body = "Hi Robin, thanks for coming in, we are still deciding and will write soon.\nMia"
    assert _classify(PERSON, subject, body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Here is what to expect next: the team reviews feedback. Candidates who are not selected "
        "will also be notified.",
        "Cosa succede ora: il team valuterà i feedback e ti contatteremo anche in caso di esito "
        "negativo.",
        "Was als Nächstes passiert: Bewerber, die nicht berücksichtigt werden, erhalten eine "
        "Nachricht.",
        "La suite : les candidats qui ne sont pas retenus recevront aussi un message.",
        "Lo que sigue: los candidatos que no sean seleccionados también recibirán un correo.",
        "We offer flexible working. Shortlisted candidates are invited to interview.",
        "Danke für Ihre Bewerbung. Ausgewählte Bewerber werden zu einem Gespräch eingeladen.",
        "Merci. Les candidats retenus seront invités à un entretien.",
        "Gracias. Los candidatos preseleccionados serán invitados a una entrevista.",
        "Grazie. I candidati selezionati saranno invitati a un colloquio.",
    ],
)
def test_an_outcome_said_of_applicants_in_general_is_not_the_readers(body: str) -> None:
    assert _classify(NOREPLY, "What happens next", body) not in ENDS_WAIT


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        (
            "Acme Careers <careers@acme-labs.example>",
            "Thank you for contacting Acme Careers. We read every message and aim to respond "
            "within 5 working days.",
        ),
        (
            "Acme Empleo <jobs@acme-labs.example>",
            "Gracias por escribir a Acme Empleo. Hemos recibido tu mensaje y te responderemos lo "
            "antes posible.",
        ),
        (
            "Acme RH <rh@acme-labs.example>",
            "Merci pour votre message. Notre équipe vous répondra dans les meilleurs délais.",
        ),
        (
            "Acme Personal <personal@acme-labs.example>",
            "Vielen Dank für Ihre Nachricht. Wir melden uns so schnell wie möglich bei Ihnen.",
        ),
        (
            "Acme Privacy <privacy@acme-labs.example>",
            "Dear Robin, under data protection law we keep your application data for 12 months.",
        ),
    ],
)
def test_a_shared_mailbox_answering_by_itself_is_automated(from_: str, body: str) -> None:
    subject = "Your data" if "privacy" in from_ else "Re: Follow-up on my interview"
    assert _classify(from_, subject, body) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, thanks for your message! Mia is travelling but will get back to you as soon "
        "as possible.\nBen",
        "Thanks for your email. Mia will be in touch next week about the decision.\nHR Team",
    ],
)
def test_a_person_answering_from_a_shared_mailbox_answered(body: str) -> None:
    from_ = "Acme Careers <careers@acme-labs.example>"
    assert _classify(from_, "Re: Follow-up on my interview", body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Robin, an Ihrem Gespräch am Donnerstag nimmt statt Frau Berg nun Herr Wolf teil.",
        "Bonjour Robin, votre entretien de jeudi se fera avec M. Roux au lieu de Mme Petit.",
        "Bonjour Robin, Mme Petit mènera votre entretien à la place de M. Roux.",
    ],
)
def test_a_system_naming_who_replaces_an_interviewer_is_logistics(body: str) -> None:
    assert _classify(NOREPLY, "Your interview", body) == "scheduling_notice"


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        (
            "Acme <deals@acme-labs.example>",
            "Hi Robin, your offer is waiting: 20% off everything this weekend. Unsubscribe here.",
        ),
        (
            "Acme <news@acme-labs.example>",
            "Hi Robin, Acme is growing! We are hiring store leads everywhere. Apply now and join "
            "our team. Unsubscribe here.",
        ),
        (
            "Acme Events <events@acme-labs.example>",
            "Hi Robin, join us for our open day on Saturday and meet the team! Register now.",
        ),
        (
            "Acme <angebote@acme-labs.example>",
            "Hallo Robin, Ihr persönliches Angebot: 15 % Rabatt auf alles bis Sonntag.",
        ),
        (
            "Acme <promo@acme-labs.example>",
            "Ciao Robin, la tua offerta speciale: sconto del 20% solo questo weekend.",
        ),
    ],
)
def test_the_companys_own_adverts_and_shop_mail_are_unrelated(from_: str, body: str) -> None:
    assert _classify(from_, "For you", body) == "unrelated"


@pytest.mark.parametrize(
    ("from_", "body", "expected"),
    [
        (
            "Acme Careers <careers@acme-labs.example>",
            "Hi Robin, we have decided to move forward with other candidates. Unsubscribe from "
            "career emails here.",
            "rejection",
        ),
        (
            "Acme <news@acme-labs.example>",
            "Hi Robin, the position has been filled. We're hiring for other roles - apply now!",
            "rejection",
        ),
        (
            PERSON,
            "Hi Robin, we're delighted to offer you the role! You'll also get a 20% staff "
            "discount.\nMia",
            "offer",
        ),
    ],
)
def test_a_mass_mailed_outcome_is_still_an_outcome(from_: str, body: str, expected: str) -> None:
    assert _classify(from_, "Your application", body) == expected


def test_the_user_forwarding_from_an_address_with_their_surname_is_a_self_forward() -> None:
    body = (
        "for my records\n\n---------- Forwarded message ---------\nFrom: Acme <noreply@acme-labs"
        ".example>\n\nThank you for applying. We have received your application."
    )
    got = _classify("Robin <rseeker@work.example>", "Fwd: Your application", body)
    assert got == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, we'd love to have you in to teach a 20-minute demo lesson to Year 5, then a "
        "short chat with me. Could you do Tuesday at 9?\nMia",
        "Hi Robin, as the next part of the process we'd like you to deliver a 10-minute "
        "presentation to the panel.\nMia",
        "Robin - the head would like to observe you teaching a sample class next week.\nMia",
        "Hallo Robin, wir würden gern eine Probestunde mit Ihnen vereinbaren. Passt Dienstag?\nMia",
        "Bonjour Robin, nous souhaiterions que vous animiez une leçon d'essai mardi.\nMia",
        "Hoi Robin, we willen je graag een proefles laten geven aan groep 6.\nMia",
        "Hola Robin, nos gustaría que prepararas una clase demostrativa de 20 minutos.\nMia",
        "Olá Robin, gostaríamos que você desse uma aula teste para a turma do 5º ano.\nMia",
        "Ciao Robin, vorremmo vederti in una lezione di prova con la classe terza.\nMia",
        "Hi Robin, next up is a short role-play with a mock customer in store.\nMia",
    ],
)
def test_a_task_or_trial_lesson_to_perform_is_a_further_stage(body: str) -> None:
    assert _classify(PERSON, "Acme Labs", body) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, the class loved your demo lesson yesterday. We decide on Friday.\nMia",
        "Hi Robin, thanks so much for the case study, we'll be in touch next week.\nMia",
        "Hallo Robin, danke für die Lehrprobe, wir melden uns bis Freitag.\nMia",
        "Bonjour Robin, merci pour la mise en situation, nous revenons vers vous lundi.\nMia",
        "Hola Robin, gracias por la presentación, te decimos algo el viernes.\nMia",
    ],
)
def test_a_stage_thanked_for_or_held_is_not_a_new_one(body: str) -> None:
    assert _classify(PERSON, "Acme Labs", body) == "human_reply"


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        ("Careers | Acme Labs <careers@acme-labs.example>",
         "Hi Robin,\n\nThanks for speaking with Priya. The next stage is a written exercise on "
         "the attached brief; please return it within five days.\n\nJordan Ellery\nCoordinator"),
        ("Karriere Acme Labs <karriere@acme-labs.example>",
         "Hallo Robin,\n\nvielen Dank für das Gespräch mit Frau Lenz. Als Nächstes erhalten Sie "
         "eine Fallstudie, die Sie bis Freitag zurücksenden.\n\nJordan Ellery"),
        ("Recrutement Acme Labs <recrutement@acme-labs.example>",
         "Bonjour Robin,\n\nSuite à votre entretien avec Paul, nous vous adressons un cas "
         "pratique à nous retourner sous une semaine.\n\nJordan Ellery"),
    ],
)  # fmt: skip
def test_a_shared_mailbox_setting_a_task_after_a_round_invites(from_: str, body: str) -> None:
    assert _classify(from_, "Acme Labs", body) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin,\n\nThank you for interviewing with us. As a next step, the panel will review "
        "all feedback and be in touch.\n\nTalent Team",
        "Hi Robin,\n\nThanks for speaking with Priya. Your take-home results have been shared "
        "with the hiring team.\n\nTalent Team",
        "Hi Robin,\n\nThanks for applying. Our process includes a phone screen, a presentation "
        "and a final interview.\n\nTalent Team",
    ],
)
def test_a_shared_mailbox_describing_the_process_sets_no_task(body: str) -> None:
    from_ = "Careers | Acme Labs <careers@acme-labs.example>"
    assert _classify(from_, "Your application", body) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "After careful consideration we have decided to move forward with candidates whose "
        "experience more closely aligns with our needs at this time.",
        "We have chosen to pursue applicants whose backgrounds better match the role.",
        "The hiring team has decided to focus on candidates with more direct retail experience.",
        "Nach sorgfältiger Prüfung haben wir uns für Bewerber:innen entschieden, deren Profil "
        "noch besser zu unseren Anforderungen passt.",
        "Nous avons choisi de poursuivre avec des candidats dont le profil correspond davantage "
        "à nos besoins.",
        "We hebben gekozen voor kandidaten wier ervaring beter aansluit bij de functie.",
        "Hemos decidido continuar con candidatos cuyo perfil se ajusta mejor al puesto.",
        "Decidimos seguir com candidatos cujo perfil está mais alinhado à vaga.",
        "Abbiamo deciso di proseguire con candidati il cui profilo è più in linea con il ruolo.",
    ],
)
def test_others_chosen_as_a_closer_fit_is_a_rejection(body: str) -> None:
    assert _classify(ATS, "Your application", body, {"Precedence": "bulk"}) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying! We'll reach out to candidates whose experience best matches the "
        "role.",
        "Thanks for applying. Only candidates whose experience more closely matches our needs "
        "will be contacted.",
        "Thanks for applying. We will only proceed with candidates whose skills more closely "
        "match the brief.",
        "Vielen Dank für Ihre Bewerbung. Wir melden uns bei Bewerber:innen, deren Profil am "
        "besten passt.",
    ],
)
def test_a_rule_for_the_best_or_closest_matches_is_no_outcome(body: str) -> None:
    assert _classify(ATS, "Thanks for applying", body, AUTO) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "The role has been filled internally. Thank you for your time.",
        "We have appointed through an internal promotion. Thank you for applying.",
        "Leider wurde die Stelle intern besetzt.",
        "Le poste a été pourvu en interne.",
        "La vacante se ha cubierto con una promoción interna.",
        "A vaga foi preenchida internamente.",
        "La posizione è stata ricoperta tramite una risorsa interna.",
    ],
)
def test_a_post_filled_from_inside_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Your application", body) == "rejection"


def test_german_written_for_every_gender_reads_as_plain_words() -> None:
    body = "Nach sorgfältiger Prüfung haben wir uns für eine*n andere*n Kandidat*in entschieden."
    assert _classify(ATS, "Ihre Bewerbung", body, AUTO) == "rejection"


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        ("Sam Hunt | Hunt Partners <sam@huntpartners.example>",
         "Robin - separate from Acme: I'm running a COO search for a listed healthcare group. "
         "Could be worth a conversation if relocation is on the table. Shall I send the brief?"),
        ("Sam Hunt <sam@huntpartners.example>",
         "Hi Robin, while we wait on Acme I wanted to flag a separate role: Head of FP&A at a "
         "fintech. Totally independent of Acme - happy to send the spec if you're open to it?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Hi Robin, unrelated to the Acme process - I've just been retained on a Head of Finance "
         "search in Leeds. Worth a call this week?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Hallo Robin, unabhängig von Ihrer Bewerbung: Ich betreue aktuell ein Mandat als CFO "
         "für einen Mittelständler. Darf ich Ihnen das Profil schicken?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Bonjour Robin, sans lien avec le dossier Acme : je mène une recherche pour un DAF à "
         "Lyon. Je vous envoie la fiche de poste ?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Hoi Robin, los van je sollicitatie: ik heb een nieuwe zoekopdracht voor een Finance "
         "Manager in Utrecht. Zal ik de vacaturetekst sturen?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Hola Robin, al margen del proceso con Acme, estoy llevando una búsqueda de Director "
         "Financiero en Valencia. ¿Te mando la descripción?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Olá Robin, independente do processo com a Acme, estou conduzindo uma busca para "
         "Gerente Financeiro. Posso te mandar a descrição?"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Ciao Robin, a parte il processo con Acme, sto seguendo un mandato per un CFO a "
         "Bologna. Ti mando la job description?"),
    ],
)  # fmt: skip
def test_a_recruiter_setting_the_process_aside_to_pitch_a_search_is_unrelated(
    from_: str, body: str
) -> None:
    """Also when the recruiter's own firm is the process's company (an agency's process)."""
    assert _classify(from_, "Something else", body) == "unrelated"


@pytest.mark.parametrize(
    ("from_", "body", "expected"),
    [
        ("Sam Hunt <sam@acme-labs.example>",
         "Separate from the feedback, they want a second interview with the CFO - are you free "
         "Tuesday?", "next_round"),
        ("Sam Hunt <sam@acme-labs.example>",
         "Unfortunately they went with an internal candidate. Separately, I have another role "
         "in mind - shall we talk?", "rejection"),
        (PERSON, "Hi Robin, while we wait for the panel's feedback, would you be open to a quick "
         "call about salary expectations?\nMia", "human_reply"),
        (PERSON, "Hi Robin, separate from the offer question - could you send two references by "
         "Friday?\nMia", "human_reply"),
    ],
)  # fmt: skip
def test_an_aside_about_the_process_itself_is_no_pitch(
    from_: str, body: str, expected: str
) -> None:
    assert _classify(from_, "Acme", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "ok so my buddy on their platform team says they picked someone internal 😬 but he's "
        "not on the hiring side so grain of salt. drinks friday?",
        "my sister-in-law works at Acme and says the team really liked you! x",
        "Saw on LinkedIn that Acme just hired a new Head of Data - is that your role??",
        "Hey, Acme was on the news today - layoffs? Hope that doesn't affect your role :/",
        "Mein Kumpel bei Acme meint, sie hätten intern besetzt – aber ohne Gewähr.",
        "Een maat van me bij Acme zegt dat ze intern iemand hebben, weet niet of het klopt.",
        "Un colega que está en Acme me contó que ya eligieron a alguien, no sé si es verdad.",
    ],
)
def test_a_rumour_naming_a_relation_or_the_news_as_its_source_is_unrelated(body: str) -> None:
    assert _classify("Jo Friend <jo.friend@mail.example>", "Re: acme??", body) == "unrelated"


def test_an_agency_telling_the_client_chose_someone_internal_is_a_rejection() -> None:
    body = "Hi Robin, Acme have told me they've picked someone internal. Sorry - I'll keep "
    body += "looking for you.\nSam"
    assert _classify("Sam Hunt <sam@huntpartners.example>", "Acme", body) == "rejection"


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("Mia Chen vous a écrit :", "« Bonjour Robin, merci pour le portfolio, je le transmets "
         "demain à la directrice. Mia »"),
        ("Mia Chen hat Ihnen geschrieben:", "„Hallo Robin, danke für die Unterlagen, ich gebe "
         "sie morgen weiter. Mia“"),
        ("Mia Chen schreef:", '"Hoi Robin, bedankt voor je portfolio, ik stuur het morgen door. '
         'Mia"'),
        ("Mia Chen te ha escrito:", '"Hola Robin, gracias por el portfolio, se lo paso mañana '
         'a la directora. Mia"'),
        ("Mia Chen escreveu:", '"Oi Robin, obrigada pelo portfólio, vou repassar amanhã para a '
         'diretora. Mia"'),
        ("Mia Chen ti ha scritto:", '"Ciao Robin, grazie per il portfolio, lo giro domani alla '
         'direttrice. Mia"'),
    ],
)  # fmt: skip
def test_an_ats_passing_on_what_a_person_wrote_answered(line: str, quoted: str) -> None:
    sender = "Mia Chen via Jobportal <notifications@jobportal.example>"
    body = f"{line}\n\n{quoted}\n\nReply from your candidate space"
    assert _classify(sender, "New message", body, ats=("jobportal.example",)) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, the team enjoyed meeting you. What are your salary expectations, and are you "
        "available to start in March?\nMia",
        "Hallo Robin, wie ist Ihre Verfügbarkeit für einen Eintritt, und Ihre Kündigungsfrist?"
        "\nMia",
        "Bonjour Robin, quelles sont vos disponibilités pour une prise de poste ?\nMia",
        "Hola Robin, ¿cuál sería tu disponibilidad para incorporarte?\nMia",
        "Oi Robin, você teria disponibilidade para início em até 30 dias?\nMia",
        "Ciao Robin, qual è la tua disponibilità a iniziare?\nMia",
    ],
)
def test_availability_to_start_the_job_invites_to_no_meeting(body: str) -> None:
    assert _classify(PERSON, "Acme Labs", body) == "human_reply"


def test_a_person_relayed_by_an_ats_asking_to_confirm_details_answered() -> None:
    body = "Oi Robin, o Marcos gostou da conversa. Você poderia me confirmar sua pretensão "
    body += "salarial?\n\nObrigada!\nMia"
    sender = "Mia Chen (Acme Labs) <mensagens@jobportal.example>"
    assert _classify(sender, "Mensagem", body, ats=("jobportal.example",)) == "human_reply"


@pytest.mark.parametrize(
    "signature", ["L'équipe Jobportal", "The Jobportal Team", "Das Jobportal-Team"]
)
def test_a_team_signing_with_the_senders_name_is_no_person(signature: str) -> None:
    body = "Hello Robin,\n\nYour application to Acme Labs has been sent. The employer will "
    body += f"contact you if your profile is retained.\n\n{signature}"
    sender = "Jobportal <no-reply@jobportal.example>"
    assert _classify(sender, "Application sent", body, ats=("jobportal.example",)) == (
        "ats_automated"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for contacting Acme Labs Talent Acquisition. This mailbox is monitored on "
        "weekdays and we aim to respond within 5 business days. For urgent matters about a "
        "scheduled interview, please contact your recruiter.",
        "Vielen Dank für Ihre Nachricht. Wir antworten innerhalb von 3 Werktagen. Bei Fragen zu "
        "einem bestätigten Interviewtermin wenden Sie sich an Ihre Ansprechperson.",
    ],
)
def test_a_mailbox_acknowledging_a_message_that_mentions_interviews_is_automated(
    body: str,
) -> None:
    sender = "Acme Labs Careers <careers@acme-labs.example>"
    assert _classify(sender, "RE: Question about my interview", body, AWAY) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Hey Robin, I'm applying to Acme too - could you put in a good word?",
        "Hi Robin, I've got an interview at Acme on Thursday as well, did they ask about SQL?",
        "Acme called me yesterday for a reference - I told them great things about you!",
        "Heard you got the Acme interview, nice one! Drinks?",
        "Hi Robin, I used to work at Acme. Happy to share tips before your next round!",
        "Hallo Robin, ich habe mich auch bei Acme beworben - hattest du schon ein Gespräch?",
        "Salut Robin, j'ai aussi postulé chez Acme, tu as eu un retour ?",
        "Hola Robin, yo también me postulé en Acme, ¿te han respondido?",
    ],
)
def test_a_writer_placing_themselves_outside_the_company_is_unrelated(body: str) -> None:
    """A fellow applicant, a former employee, a referee: not the company answering, even
    when a further stage is named."""
    assert _classify("Jo Friend <jo.friend@mail.example>", "Acme", body) == "unrelated"


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        ("Fintech Weekly <insights@fintechweekly.example>",
         "This week in fintech: Acme Labs raises $50m, and more. Read the full issue online."),
        ("University Careers <careers@uni.example>",
         "Acme Labs is coming to our careers fair on 12 March! Register now to book a slot."),
    ],
)  # fmt: skip
def test_a_third_partys_mailing_naming_the_company_is_unrelated(from_: str, body: str) -> None:
    assert _classify(from_, "Acme Labs and more", body) == "unrelated"


@pytest.mark.parametrize(
    ("from_", "subject", "body"),
    [
        ("Acme Datenschutz <datenschutz@acme-labs.example>", "Datenschutzhinweise",
         "Gemäß Art. 13 DSGVO informieren wir Sie über die Verarbeitung Ihrer Daten im Rahmen "
         "des Bewerbungsverfahrens."),
        ("Acme Privacidad <privacidad@acme-labs.example>", "Protección de datos",
         "De acuerdo con el RGPD, sus datos serán tratados para gestionar el proceso de "
         "selección."),
    ],
)  # fmt: skip
def test_a_data_protection_notice_to_applicants_is_automated(
    from_: str, subject: str, body: str
) -> None:
    assert _classify(from_, subject, body) == "ats_automated"


@pytest.mark.parametrize(
    ("from_", "body"),
    [
        ("Recruiting Acme <recruiting@acme-labs.example>",
         "Guten Tag,\n\nwir bestätigen den Eingang Ihrer Nachricht und melden uns innerhalb von 3 "
         "Werktagen zu Ihrem Gespräch."),
        ("Selección Acme <seleccion@acme-labs.example>",
         "Hola,\n\nacusamos recibo de tu mensaje sobre la entrevista. Respondemos en un plazo de "
         "72 horas."),
        ("Selezione Acme <selezione@acme-labs.example>",
         "Buongiorno,\n\nconfermiamo la ricezione del suo messaggio sul colloquio. Risponderemo "
         "entro 3 giorni lavorativi."),
    ],
)  # fmt: skip
def test_a_mailbox_acknowledging_receipt_in_each_language_is_automated(
    from_: str, body: str
) -> None:
    assert _classify(from_, "RE: Interview", body, AWAY) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour,\n\nJe suis encore en congé jusqu'à lundi, mais je voulais vous dire que le jury "
        "ne s'est pas encore prononcé.\n\nMia Chen",
        "Buongiorno,\n\nsono ancora in ferie fino a lunedì, ma volevo dirle che la commissione non "
        "ha ancora deciso.\n\nMia Chen",
        "Goedemiddag,\n\nIk ben nog met vakantie tot maandag, maar wilde even laten weten dat de "
        "commissie nog niet besloten heeft.\n\nMia Chen",
        "Olá,\n\nEstou de férias até segunda, mas queria avisar que a comissão ainda não "
        "decidiu.\n\nMia Chen",
    ],
)
def test_a_person_away_but_giving_the_news_themselves_answered(body: str) -> None:
    assert _classify(PERSON, "RE: Interview", body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Sí, el jueves a las 16:00 con la directora. ¿Te va bien?",
        "Herr Brandt möchte Sie gern noch einmal sehen. Passt Ihnen Donnerstag um 10 Uhr?",
        "La directrice aimerait vous revoir jeudi à 10h. Cela vous conviendrait ?",
        "De directeur wil je graag zien. Schikt het donderdag om 10 uur?",
        "A diretora quer conversar com você na quinta às 10h. Fica bom para você?",
        "La direttrice vorrebbe incontrarti giovedì alle 10. Ti andrebbe bene?",
    ],
)
def test_a_time_proposed_for_a_further_meeting_invites(body: str) -> None:
    assert _classify(PERSON, "Re: Re: Acme", body) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, we'd like you to come in for a shadowing morning on the ward. Are you free "
        "Tuesday or Wednesday?\nMia",
        "Robin - good news, they'd like you to do a job tryout day at the kitchen on "
        "Saturday.\nMia",
        "Hi Robin, the panel would like to see you for a board interview on 3 June.\nMia",
    ],
)
def test_further_stages_of_other_trades_invite(body: str) -> None:
    assert _classify(PERSON, "Acme Labs", body) == "next_round"


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Superday invitation", "Congratulations - you've been selected for our Superday on 14 "
         "March. Please confirm your attendance by Friday.", "next_round"),
        ("Next step", "The next step in your application is a one-way video interview. Please "
         "complete it within 5 days.", "next_round"),
        ("Thanks for applying", "What to expect: the next step is a short online assessment for "
         "shortlisted candidates.", "ats_automated"),
        ("Application received", "We have received your application. The next step will be a "
         "video interview if your application is successful.", "ats_automated"),
        ("Thanks", "Thank you for completing the video interview. Your responses have been "
         "shared with the hiring team.", "ats_automated"),
    ],
)  # fmt: skip
def test_a_system_setting_the_reader_a_task_as_the_next_step_invites(
    subject: str, body: str, expected: str
) -> None:
    """A task stated as the reader's next step; a process described to all, or a condition,
    sets none."""
    assert _classify(ATS, subject, body, AUTO) == expected


@pytest.mark.parametrize(
    ("from_", "subject", "body"),
    [
        ("Acme News <news@acme-labs.example>", "Acme monthly",
         "Hi Robin,\n\nIn this month's newsletter: an interview with our CEO on the new site, and "
         "more. Read more on our blog."),
        (PERSON, "Acme Labs", "Hi Robin,\n\nI noticed you downloaded our whitepaper. Would you "
         "like to book a demo of our platform?\n\nMia Chen\nAccount Executive"),
        (PERSON, "Webinar-Aufzeichnung", "Hallo Robin,\n\nvielen Dank für Ihre Teilnahme an "
         "unserem Webinar. Gerne richten wir Ihnen eine kostenlose Testversion ein.\n\nMia Chen"),
    ],
)  # fmt: skip
def test_the_company_writing_to_a_reader_or_customer_is_unrelated(
    from_: str, subject: str, body: str
) -> None:
    assert _classify(from_, subject, body) == "unrelated"


@pytest.mark.parametrize(
    ("from_", "body", "expected"),
    [
        ("Recruiting Team <no-reply@greenhouse-mail.io>",
         "Hi Robin,\n\nThe Brightwell Foods team would like to schedule a phone screen. Please "
         "pick a time below.", "unrelated"),
        ("Talent <no-reply@greenhouse-mail.io>",
         "Hi Robin,\n\nWe'd like to invite you to interview for the Data Analyst role at "
         "Brightwell Foods. Choose a slot here.", "unrelated"),
        ("Recruiting Team <no-reply@greenhouse-mail.io>",
         "Hi Robin,\n\nThe Finance team would like to schedule a second interview. Please pick a "
         "time below.", "next_round"),
        ("Scheduling <no-reply@greenhouse-mail.io>",
         "Hi Robin,\n\nYour interview with Dana Reed is confirmed for Tuesday at 10:00.",
         "scheduling_notice"),
    ],
)  # fmt: skip
def test_ats_mail_naming_another_organisations_team_is_unrelated(
    from_: str, body: str, expected: str
) -> None:
    """A department's team or an interviewer's name is no other organisation."""
    assert _classify(from_, "Next steps", body, ats=("greenhouse-mail.io",)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for Tuesday. We'd like to offer you a second interview with our MD - how's "
        "Thursday at 2?",
        "We'd like to offer you a place at our assessment centre on 3 May.",
        "Could you pop in for a second chat next week? Wednesday morning?",
        "Lovely to meet you. We'd love to get you back in for a yarn with the team.",
    ],
)
def test_a_further_meeting_offered_is_no_job_offer(body: str) -> None:
    assert _classify(PERSON, "Acme Labs", f"Hi Robin,\n\n{body}\n\nMia") == "next_round"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Please find attached your letter of offer for the position of Clinical Nurse.", "offer"),
        ("We'd like to offer you a place on our graduate programme in September.", "offer"),
        ("The selection panel has assessed all applicants and you have not been recommended for "
         "appointment.", "rejection"),
        ("On this occasion another applicant was the preferred candidate.", "rejection"),
        ("After careful deliberation the panel has recommended another applicant for the role.",
         "rejection"),
        ("The panel is still deliberating; we expect to have a preferred candidate by Friday.",
         "human_reply"),
    ],
)  # fmt: skip
def test_a_public_panels_outcome_and_a_letter_of_offer(body: str, expected: str) -> None:
    assert _classify(PERSON, "Acme Labs", f"Dear Robin,\n\n{body}\n\nMia") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin,\n\nThanks for interviewing with us at Brightwell yesterday. We'd like to invite "
        "you to a second round next week.\n\nLee",
        "Hi Robin,\n\nFollowing your interview at Brightwell, we're delighted to offer you the "
        "role! I know you're also talking to Acme, so do let us know soon.\n\nLee",
        "Hi Robin,\n\nUnfortunately we won't be progressing your application at Brightwell. Best "
        "of luck with Acme!\n\nLee",
    ],
)
def test_another_employer_writing_about_its_own_process_is_unrelated(body: str) -> None:
    assert _classify("Lee Park <lee.park@brightwell.example>", "Hello", body) == "unrelated"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Robin,\n\nI'm a consultant here at Hunt Partners. Acme would like to see you again "
         "for a second interview - are you free Thursday?\n\nSam", "next_round"),
        ("Hi Robin,\n\nSorry to say Acme have gone with another candidate. We at Hunt Partners "
         "will keep looking for you.\n\nSam", "rejection"),
    ],
)  # fmt: skip
def test_an_agency_naming_itself_while_relaying_the_company_answered(
    body: str, expected: str
) -> None:
    assert _classify("Sam Hunt <sam@huntpartners.example>", "Hello", body) == expected


def test_a_current_employer_passing_on_a_reference_request_is_unrelated() -> None:
    body = "Hi Robin, we received a reference request from Acme this morning - I'll send it back "
    body += "today. Good luck!\nLee (HR)"
    assert _classify("Lee Park <lee.park@currentjob.example>", "Reference", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "The client was really impressed by your final interview. Could you send two references?",
        "Der Kunde war von Ihrem zweiten Gespräch sehr beeindruckt und bittet um zwei Referenzen.",
        "Le client a été très impressionné par votre second entretien ; deux références ?.",
        "De klant was erg onder de indruk van het tweede gesprek en vraagt twee referenties.",
        "El cliente quedó muy impresionado con la segunda entrevista y pide dos referencias.",
        "O cliente ficou muito impressionado com a segunda entrevista e pede duas referências.",
        "Il cliente è rimasto colpito dal colloquio finale e chiede due referenze.",
    ],
)
def test_a_round_that_impressed_the_company_is_one_already_held(body: str) -> None:
    assert _classify(PERSON, "References", f"Hi Robin,\n\n{body}\n\nMia") == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "wir setzen den Prozess mit Bewerberinnen und Bewerbern fort, deren Profil besser passt.",
        "wir haben entschieden, mit Kandidatinnen und Kandidaten fortzufahren, deren Erfahrung "
        "genauer zu unserem Bedarf passt.",
        "nous poursuivons avec des candidates et candidats dont le parcours correspond davantage.",
        "seguimos con candidatas y candidatos cuya experiencia se ajusta más al puesto.",
        "seguimos com candidatos e candidatas cujo perfil está mais alinhado com a vaga.",
        "proseguiamo con candidati e candidate il cui profilo è più in linea con il ruolo.",
    ],
)
def test_others_chosen_named_in_both_genders_is_a_rejection(body: str) -> None:
    assert _classify(ATS, "Your application", f"Hallo Robin,\n\n{body}", AUTO) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We found a colleague internally who can take on the role, so we have given the "
        "position to her.",
        "Wir haben intern eine Kollegin gefunden und die Stelle an sie vergeben.",
        "Nous avons trouvé en interne une collègue qui reprend le poste.",
        "We hebben intern een collega gevonden en de vacature aan hem gegeven.",
        "Hemos encontrado internamente a una compañera que asumirá el puesto.",
        "Encontrámos internamente um colega que vai assumir a função.",
        "Abbiamo trovato internamente una collega che ricoprirà il ruolo.",
    ],
)
def test_the_post_given_to_a_colleague_found_inside_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Planner", f"Hi Robin,\n\n{body}\n\nMia") == "rejection"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We would love for you to join Acme Labs as our Operations Engineer. The letter with "
         "the terms is attached.", "offer"),
        ("Nos encantaría que te incorporaras a Acme Labs como ingeniera de operación.", "offer"),
        ("Nous serions ravis que tu rejoignes Acme Labs en tant qu'ingénieur.", "offer"),
        ("Adoraríamos que você se juntasse à Acme Labs como engenheira.", "offer"),
        ("Saremmo felici se entrassi in Acme Labs come ingegnere di esercizio.", "offer"),
        ("We would love for you to join us for a second interview. Which day suits you?",
         "next_round"),
    ],
)  # fmt: skip
def test_asked_to_join_the_company_in_a_role_is_an_offer(body: str, expected: str) -> None:
    assert _classify(PERSON, "Hello", f"Hi Robin,\n\n{body}\n\nMia") == expected


AGENCY = "Lotte Brink <l.brink@huntpartners.example>"


@pytest.mark.parametrize(
    "body",
    [
        "while we wait for the client's feedback, I wanted to put another position in front of "
        "you. Would you be open to a quick call?",
        "während wir auf die Rückmeldung unseres Kunden warten, möchte ich Ihnen eine weitere "
        "Position vorstellen.",
        "en attendant le retour de notre client, je voulais vous proposer une autre opportunité.",
        "terwijl we wachten op de terugkoppeling van de klant, wil ik je een andere functie "
        "voorleggen.",
        "mientras esperamos la respuesta del cliente, quería proponerte otra posición.",
        "enquanto aguardamos o retorno do cliente, queria apresentar-lhe outra vaga.",
        "in attesa del riscontro del cliente, volevo proporti un'altra posizione.",
    ],
)
def test_an_agency_pitching_another_role_while_the_client_decides_is_unrelated(
    body: str,
) -> None:
    result = classify_reply(
        "l.brink@huntpartners.example",
        "Lotte Brink",
        "Option",
        {},
        f"Hi Robin,\n\n{body}\n\nLotte",
        "huntpartners.example",
    )
    assert result.cls == "unrelated"
    assert (
        _classify(
            AGENCY,
            "Update",
            "Hi Robin, while we wait for the client's feedback, "
            "could you send me your notice period?\n\nLotte",
        )
        == "human_reply"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Had lunch with Ben, who is now at Acme Labs. According to him they are slow to answer.",
        "Hab Ben getroffen, der jetzt bei Acme Labs ist. Laut ihm antworten sie spät.",
        "J'ai vu Ben, qui est maintenant chez Acme Labs. D'après lui ils répondent lentement.",
        "Ik sprak Ben, die nu bij Acme Labs zit. Volgens hem reageren ze traag.",
        "Comí con Ben, que ahora está en Acme Labs. Según él tardan en contestar.",
        "Almocei com o Ben, que agora está na Acme Labs. Segundo ele demoram a responder.",
        "Ho visto Ben, che ora è in Acme Labs. Secondo lui rispondono tardi.",
    ],
)
def test_a_friend_passing_on_what_someone_there_says_is_unrelated(body: str) -> None:
    friend = "Jonas Weber <jonas.weber@mail.example>"
    assert _classify(friend, "Acme Labs", f"Hi Robin,\n\n{body}\n\nJonas") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "In this issue: an interview with our plant manager. You are receiving this newsletter "
        "because you signed up.",
        "In dieser Ausgabe: ein Interview mit unserem Werksleiter. Sie erhalten diesen Newsletter, "
        "weil Sie sich angemeldet haben.",
        "In deze editie: een interview met onze directeur. U ontvangt deze nieuwsbrief omdat u "
        "zich heeft aangemeld.",
        "En este número: una entrevista con nuestro director. Recibes este boletín porque te "
        "suscribiste.",
        "Nesta edição: uma entrevista com o nosso diretor. Você recebe esta newsletter porque se "
        "inscreveu.",
    ],
)
def test_the_companys_newsletter_naming_an_interview_is_unrelated(body: str) -> None:
    sender = "Acme Labs <newsletter@acme-labs.example>"
    assert _classify(sender, "Acme news", body, {"Precedence": "bulk"}) == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Herinnering: je gesprek morgen", "Dit is een herinnering aan je gesprek.\nWanneer: "
         "donderdag 13:30\nMet: Ruud Brandt\n\nLukt het niet? Laat het ons weten."),
        ("Reminder: your interview tomorrow", "This is a reminder of your interview.\nWhen: "
         "Thursday 13:30\nWith: Ruud Brandt\n\nCan't make it? Let us know."),
    ],
)  # fmt: skip
def test_a_reminder_of_a_booked_interview_is_a_scheduling_notice(subject: str, body: str) -> None:
    assert _classify(ATS, subject, body, AUTO, ("greenhouse-mail.io",)) == "scheduling_notice"


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        ("Stadtwerke Hallenbach", "sw-hallenbach.example", "scheduling_notice"),
        ("Kreissparkasse Tellingen", "ksk-tellingen.example", "scheduling_notice"),
        ("Bouwgroep Velsum", "bg-velsum.example", "scheduling_notice"),
        ("Stadtwerke Mirbach", "sw-hallenbach.example", "unrelated"),
    ],
)
def test_an_ats_sending_for_a_company_whose_domain_abbreviates_its_name(
    name: str, domain: str, expected: str
) -> None:
    body = (
        f"Hiermit bestätigen wir Ihren Termin:\nDatum: 20.11.2025, 10:00\nOrt: {name}, Am Markt 3"
    )
    result = classify_reply(
        "noreply@personio.de",
        name,
        "Terminbestätigung: Vorstellungsgespräch",
        AUTO,
        body,
        domain,
        ("personio.de",),
    )
    assert result.cls == expected


@pytest.mark.parametrize(
    "body",
    [
        "The hiring team has decided to move ahead with other finalists.",
        "We have now made an appointment to the post.",
        "Wir haben entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
        "Nous avons décidé de donner suite à d'autres candidatures.",
        "Nous avons privilégié des profils plus expérimentés.",
        "Je komt helaas niet in aanmerking voor de volgende ronde.",
    ],
)
def test_others_preferred_in_everyday_words_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Application", f"Hi Robin,\n\n{body}\n\nMia") == "rejection"
    assert _classify(ATS, "Application", f"Hi Robin,\n\n{body}", AUTO) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We'd love to hire you as our next planner.",
        "Wir möchten Sie gerne als Planer einstellen.",
        "Queremos contratar você para a posição de planejador!",
        "Abbiamo deciso di assumerti come pianificatore.",
    ],
)
def test_the_company_saying_it_hires_the_reader_is_an_offer(body: str) -> None:
    assert _classify(PERSON, "News", f"Hi Robin,\n\n{body}\n\nMia") == "offer"


def test_the_cancelling_of_a_meeting_is_no_rejection() -> None:
    body = "Ihr Termin am Freitag, 12.12., 14:00 Uhr wurde abgesagt. Wir melden uns neu."
    assert _classify(ATS, "Absage Ihres Termins", body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("AW: Bewerbung", "Vielen Dank für Ihre Nachricht. Wir beantworten alle Anfragen "
         "innerhalb von fünf Werktagen.\n\nIhr Recruiting-Team"),
        ("RE: candidature", "Merci pour votre message. Nous vous répondrons sous trois jours.\n\n"
         "L'équipe recrutement"),
        ("Re: sollicitatie", "Bedankt voor je bericht. We reageren binnen twee werkdagen.\n\n"
         "Team werving"),
    ],
)  # fmt: skip
def test_a_shared_mailbox_promising_an_answer_in_words_is_automated(
    subject: str, body: str
) -> None:
    assert _classify("Acme Labs Jobs <jobs@acme-labs.example>", subject, body) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "viel Glück morgen bei Acme Labs! Erzähl mal, wie es gelaufen ist.",
        "succes morgen bij Acme Labs! Laat je weten hoe het ging?",
        "¡suerte mañana en Acme Labs! Cuéntame qué tal te fue.",
        "boa sorte amanhã na Acme Labs! Depois me conta como foi.",
        "in bocca al lupo per domani da Acme Labs!",
        "my old manager Ben works at Acme Labs now. He says an offer is coming, don't quote me!",
    ],
)
def test_a_friend_wishing_luck_or_passing_on_news_is_unrelated(body: str) -> None:
    friend = "Jonas Weber <jonas.weber@mail.example>"
    assert _classify(friend, "Acme Labs", f"Hi Robin,\n\n{body}\n\nJonas") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "il tuo colloquio con Dana Lee è fissato per giovedì 11 dicembre alle 10:00.",
        "Ihr Gespräch mit Dana Lee ist für Donnerstag, 11.12., 10:00 Uhr eingeplant.",
        "votre entretien avec Dana Lee est fixé au jeudi 11 décembre à 10h.",
        "a sua entrevista com Dana Lee está marcada para quinta-feira às 10h.",
    ],
)
def test_a_system_naming_the_interview_set_for_a_time_is_a_scheduling_notice(body: str) -> None:
    assert _classify(ATS, "Colloquio", f"Ciao Robin,\n\n{body}", AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "Dana enjoyed your chat and wants you to meet the rest of the team next week.",
        "Das Team möchte Sie gerne noch einmal sehen. Hätten Sie nächste Woche Zeit?",
        "Queremos que conozcas al resto del equipo la semana que viene. ¿Puedes el martes?",
        "Ci piacerebbe farti conoscere il resto del team. Martedì ti va?",
        "We willen dat je de rest van het team leert kennen; we plannen het na je vakantie.",
    ],
)
def test_meeting_the_team_again_or_the_rest_of_it_is_a_further_stage(body: str) -> None:
    assert _classify(PERSON, "Planner", f"Hi Robin,\n\n{body}\n\nMia") == "next_round"


def test_having_met_the_whole_team_is_no_further_stage() -> None:
    body = "Hallo Robin, schön, dass Sie gestern das ganze Team kennenlernen konnten.\n\nMia"
    assert _classify(PERSON, "Planner", body) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Abbiamo ritenuto di non procedere. Grazie per l'interesse.",
        "Optámos por não avançar. Obrigado pelo interesse.",
        "We hebben besloten de procedure met je niet voort te zetten.",
        "Wir haben uns entschieden, nicht mit Ihnen weiterzumachen.",
        "Purtroppo non andremo avanti con la tua candidatura.",
        "Infelizmente não vamos dar seguimento à sua candidatura.",
    ],
)
def test_a_decision_not_to_go_on_is_a_rejection(body: str) -> None:
    assert _classify(ATS, "Application", f"Hallo Robin,\n\n{body}", AUTO) == "rejection"


def test_a_decision_not_to_go_on_named_as_a_condition_is_none() -> None:
    body = "Se decidessimo di non procedere, ti avviseremo."
    assert _classify(ATS, "Application", f"Ciao Robin,\n\n{body}", AUTO) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Ihr Angebot ist bereit: Bitte prüfen und unterschreiben Sie es im Portal.",
        "Tu oferta está lista. Revísala y fírmala en el portal.",
        "A sua proposta está disponível no portal. Reveja e assine até sexta.",
        "La tua offerta è pronta: rivedila e firmala nel portale.",
    ],
)
def test_a_system_saying_the_readers_offer_is_ready_is_an_offer(body: str) -> None:
    assert _classify(ATS, "Update", f"Hallo Robin,\n\n{body}", AUTO) == "offer"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Update", "I work Monday to Wednesday. I will reply on my next working day."),
        ("Re: Update", "Ich arbeite in Teilzeit (Mo-Mi), Antwort an meinem nächsten Arbeitstag."),
        ("Re: Suivi", "Je travaille à temps partiel. Je vous répondrai mon prochain jour ouvré."),
        ("Re: Update", "Ik werk op maandag en dinsdag. Je mail wordt op mijn volgende werkdag "
         "beantwoord."),
        ("Re: Seguimiento", "Trabajo a media jornada. Te responderé mi próximo día laborable."),
        ("Re: Retorno", "Trabalho em meio período. Respondo no meu próximo dia útil."),
        ("Re: Aggiornamento", "Lavoro part-time. Risponderò il mio prossimo giorno lavorativo."),
    ],
)  # fmt: skip
def test_a_part_time_workers_autoresponder_is_an_away_message(subject: str, body: str) -> None:
    assert _classify(PERSON, subject, body) == "auto_reply_ooo"
    typed = "Hi Robin, I work part-time, sorry for the slow reply: we'd like to invite you back."
    assert _classify(PERSON, "Re: Thanks", f"{typed}\n\nMia") == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your message. We will reply on the next working day.",
        "Vielen Dank für Ihre Nachricht. Wir antworten am nächsten Werktag.",
        "Merci pour votre message. Nous vous répondrons le prochain jour ouvré.",
        "Bedankt voor je bericht. We reageren op de volgende werkdag.",
        "Gracias por tu mensaje. Te responderemos el siguiente día hábil.",
        "Obrigado pela sua mensagem. Responderemos no próximo dia útil.",
        "Grazie per il tuo messaggio. Ti risponderemo il giorno lavorativo successivo.",
    ],
)
def test_a_shared_mailbox_answering_on_the_next_working_day_is_automated(body: str) -> None:
    mailbox = "Acme Labs Recruiting <recruiting@acme-labs.example>"
    assert _classify(mailbox, "Re: Following up", f"{body}\n\nRecruiting Team") == "ats_automated"


def test_an_agency_consultants_away_message_is_an_away_message() -> None:
    body = (
        "Hola, estoy de vacaciones hasta el 2 de enero. Para temas urgentes escribe a la oficina."
    )
    assert _classify(AGENCY, "Re: Seguimiento", body) == "auto_reply_ooo"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Aggiornato: Chiamata conoscitiva", "Mia Chen ha riprogrammato il tuo evento.\n"
         "Motivo: «Scusa, imprevisto!»\nNuovo orario: martedì 10:00"),
        ("Mis à jour : Appel de présélection", "Mia Chen a reprogrammé votre événement.\n"
         "Motif : « Désolée, conflit ! »\nNouvelle heure : mardi 10 h 00"),
        ("Actualizado: Llamada inicial", "Mia Chen ha reprogramado tu evento.\n"
         "Motivo: «¡Perdón, imprevisto!»\nNueva hora: martes 10:00"),
    ],
)  # fmt: skip
def test_a_scheduler_moving_a_call_or_event_is_a_scheduling_notice(subject: str, body: str) -> None:
    calendly = "Calendly <notifications@calendly.com>"
    assert _classify(calendly, subject, body, ats=("calendly.com",)) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "The board has decided not to recruit this year; the post will not be filled.",
        "Die Stelle wird aus Budgetgründen nicht besetzt; das Verfahren ist damit beendet.",
        "La direction a décidé de ne pas pourvoir le poste. Le processus est donc clôturé.",
        "Het bestuur heeft besloten de vacature niet in te vullen. De procedure wordt hierbij "
        "stopgezet.",
        "La dirección ha decidido no cubrir la plaza, por lo que el proceso queda cerrado.",
        "A diretoria decidiu não preencher a vaga e o processo foi encerrado.",
        "L'azienda ha deciso di non procedere con la copertura della posizione; la procedura è "
        "pertanto chiusa.",
    ],
)
def test_an_employer_deciding_not_to_fill_the_post_is_a_rejection(body: str) -> None:
    hr = "Acme Labs HR <hr@acme-labs.example>"
    assert _classify(hr, "Recruitment", f"Dear Robin,\n\n{body}\n\nHR") == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "The post will not be filled before January; we will contact you then.",
        "Die Stelle wird nicht vor März besetzt, wir melden uns dann.",
        "La procédure de recrutement sera close fin mars, nous reviendrons vers vous.",
        "Il processo di selezione sarà chiuso entro fine mese; ti aggiornerò.",
        "O processo seletivo será encerrado na próxima semana e depois entramos em contato.",
    ],
)
def test_a_post_filled_later_or_a_process_closing_later_is_no_rejection(body: str) -> None:
    assert _classify(PERSON, "Timing", f"Hi Robin,\n\n{body}\n\nMia") == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "On behalf of the panel I'm delighted to offer you appointment to the post of Lecturer.",
        "im Namen der Kommission freue ich mich, Ihnen die Stelle als Lehrkraft ab 1. August "
        "anzubieten.",
        "au nom du jury, j'ai le plaisir de vous proposer une nomination au poste d'enseignant.",
        "namens de commissie bieden we je graag een benoeming aan als docent.",
        "en nombre del comité, me alegra proponerte el nombramiento como profesor.",
        "em nome da comissão, tenho o prazer de lhe propor a nomeação como professor.",
        "a nome della commissione sono lieta di proporti la nomina come docente.",
    ],
)
def test_the_appointment_to_a_post_offered_is_an_offer(body: str) -> None:
    assert _classify(PERSON, "Appointment", f"Hi Robin,\n\n{body}\n\nMia") == "offer"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Attività: Rivedi offerta", "Hai una nuova attività: rivedi la tua offerta nel portale."),
        ("Aufgabe: Angebot prüfen", "Bitte prüfen Sie Ihr Angebot im Kandidatenportal."),
        ("Tâche : consulter l'offre", "Connectez-vous pour consulter votre offre."),
        ("Tarea: revisar oferta", "Inicia sesión para revisar tu oferta."),
        ("Tarefa: revisar proposta", "Acesse o portal para revisar sua proposta."),
    ],
)
def test_an_offer_set_as_a_task_in_the_portal_is_an_offer(subject: str, body: str) -> None:
    workday = "Acme Labs <no-reply@myworkday.com>"
    assert _classify(workday, subject, body, AUTO, ("myworkday.com",)) == "offer"
    times = "Ricordati di accettare la proposta di colloquio per giovedì alle 10:00."
    assert _classify(workday, "Promemoria", times, AUTO, ("myworkday.com",)) != "offer"


@pytest.mark.parametrize(
    "note",
    [
        "writing from my personal email as I can't get into my work account this week",
        "ich schreibe Ihnen von meiner privaten Adresse, da ich nicht an meine Firmenmail komme",
        "je vous écris depuis ma messagerie personnelle, sans accès à ma boîte pro cette semaine",
        "ik mail je vanaf mijn privémail omdat ik niet bij mijn werkmail kan",
        "te escribo desde mi correo personal porque no tengo acceso al del trabajo",
        "escrevo do meu e-mail pessoal porque estou sem acesso ao da empresa",
        "ti scrivo dalla mia mail personale perché non accedo alla posta aziendale",
    ],
)
def test_someone_at_the_company_writing_from_a_personal_address_answered(note: str) -> None:
    sender = "Mia Chen <miachen.home@mail.example>"
    body = f"Hi Robin,\n\n{note}. We have not decided yet; Jan is the interviewer.\n\nMia"
    assert _classify(sender, "Quick note", body) == "human_reply"
    asks = "Writing from my personal email: did you hear back from Acme Labs about the interview?"
    assert _classify(sender, "Acme Labs?", f"{asks}\n\nMia") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "while we wait for the client's feedback - I've got a 6-month interim controller contract "
        "in Leeds, £450/day. Fancy a chat?",
        "während wir auf den Kunden warten: ich habe gerade ein Projekt als Interim-Controllerin "
        "in Köln. Lust auf ein Telefonat?",
        "en attendant le retour du client, j'ai une mission de 6 mois en contrôle de gestion à "
        "Lyon.",
        "terwijl we wachten op de klant: ik heb een interim-opdracht van 6 maanden in Utrecht.",
        "mientras esperamos al cliente, tengo un proyecto de 6 meses como jefe de compras.",
        "enquanto aguardamos o cliente, tenho uma vaga temporária de 6 meses em Lisboa.",
        "in attesa del riscontro del cliente, ho un incarico di 6 mesi come controller a Milano.",
    ],
)
def test_a_recruiter_describing_a_job_of_their_own_while_waiting_is_unrelated(body: str) -> None:
    assert _classify(AGENCY, "Something else", f"Hi Robin, {body}\n\nLotte") == "unrelated"
    question = "while we wait for the client, I have a quick question about your notice period."
    assert _classify(AGENCY, "Update", f"Hi Robin, {question}\n\nLotte") == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. Our team will review your application carefully.",
        "vielen Dank für Ihre Bewerbung. Wir prüfen Ihre Unterlagen sorgfältig.",
        "merci pour votre candidature. Nous l'étudions avec attention.",
        "bedankt voor je sollicitatie. We bekijken die zorgvuldig.",
        "gracias por tu candidatura. La revisaremos con atención.",
        "obrigado pela sua candidatura. Vamos analisá-la com atenção.",
        "grazie per la tua candidatura. La valuteremo con attenzione.",
    ],
)
def test_an_acknowledgement_signed_by_a_recruiter_is_automated(body: str) -> None:
    relayed = "Mia Chen <no-reply@greenhouse-mail.io>"
    signed = f"Hi Robin,\n\n{body}\n\nBest,\nMia Chen"
    assert _classify(relayed, "Your application", signed, ats=("greenhouse-mail.io",)) == (
        "ats_automated"
    )
    invited = f"Hi Robin,\n\n{body} We'd like to invite you to a first call.\n\nMia Chen"
    assert _classify(relayed, "Your application", invited, ats=("greenhouse-mail.io",)) == (
        "next_round"
    )


@pytest.mark.parametrize(
    "body",
    [
        "How was your interview? Our 2-minute survey: https://survey.example/x",
        "Wie war Ihr Gespräch? Zur 2-minütigen Umfrage: https://survey.example/x",
        "Comment s'est passé votre entretien ? Notre sondage : https://survey.example/x",
        "¿Qué tal tu entrevista? Encuesta de 2 minutos: https://survey.example/x",
    ],
)
def test_a_survey_signed_by_a_person_is_automated(body: str) -> None:
    relayed = "Mia Chen via Acme Labs <no-reply@smartrecruiters.com>"
    signed = f"Hi Robin,\n\n{body}\n\nThanks!\nMia"
    assert _classify(relayed, "Feedback", signed, ats=("smartrecruiters.com",)) == "ats_automated"
    aside = "Thanks Robin! Our HR team may send you a short survey about the process.\n\nMia"
    assert _classify(PERSON, "Re: Thanks", aside) == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "te recordamos que tu entrevista es el jueves a las 10:00 en nuestra oficina.",
        "ti ricordiamo che il colloquio è giovedì alle 10:00 nei nostri uffici.",
        "lembramos que sua entrevista é na quinta às 10h em nosso escritório.",
        "nous vous rappelons que votre entretien a lieu jeudi à 10h.",
        "we would like to remind you that your interview is on Thursday at 10:00.",
    ],
)
def test_a_mailbox_reminding_of_the_interview_is_a_scheduling_notice(body: str) -> None:
    mailbox = "Acme Labs Talent <talent@acme-labs.example>"
    assert _classify(mailbox, "Thursday", f"Hi Robin,\n\n{body}\n\nTalent Team") == (
        "scheduling_notice"
    )


@pytest.mark.parametrize(
    "body",
    [
        "the post has been offered to another candidate, who has accepted.",
        "die Stelle wurde inzwischen an eine andere Kandidatin vergeben.",
        "le poste a été proposé à un autre candidat.",
        "de functie is inmiddels aangeboden aan een andere kandidaat.",
        "el puesto se ha ofrecido a otra candidata.",
        "a vaga foi oferecida a outro candidato.",
        "la posizione è stata offerta a un altro candidato.",
    ],
)
def test_the_post_offered_to_someone_else_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Update", f"Hi Robin,\n\n{body}\n\nMia") == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Acme Labs is offering you the Head of Finance job.",
        "Acme Labs bietet Ihnen die Stelle an!",
        "Acme Labs vous propose le poste !",
        "Acme Labs biedt je de functie aan!",
        "Acme Labs te ofrece el puesto.",
        "a Acme Labs te oferece a vaga!",
        "Acme Labs ti offre la posizione!",
    ],
)
def test_an_agency_saying_the_client_offers_the_post_is_an_offer(body: str) -> None:
    assert _classify(AGENCY, "Acme Labs", f"Hi Robin, great news: {body}\n\nLotte") == "offer"
    chance = "Acme Labs are offering you the chance to meet the CEO - free on Tuesday?"
    assert _classify(AGENCY, "Acme Labs", f"Hi Robin, {chance}\n\nLotte") == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "I used to work there. A former colleague says they already picked someone internal, "
        "but don't quote me.",
        "ich war früher selbst dort. Ein Ex-Kollege meinte, die Stelle sei schon intern vergeben.",
        "ho lavorato lì per anni. Un ex collega mi ha detto che hanno già scelto un candidato "
        "interno.",
        "trabajé allí. Un excompañero me dijo que ya han contratado a alguien de dentro.",
    ],
)
def test_a_former_colleagues_rumour_of_an_outcome_is_unrelated(body: str) -> None:
    friend = "Jonas Weber <jonas.weber@mail.example>"
    assert _classify(friend, "Acme Labs", f"Hi Robin,\n\n{body}\n\nJonas") == "unrelated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Ihre Bewerbung bei Orvelbank", "leider haben wir uns für andere Bewerber entschieden."),
        ("Votre candidature chez Orvelbank", "nous avons retenu d'autres profils."),
        ("Tu candidatura en Orvelbank", "hemos decidido avanzar con otros candidatos."),
    ],
)
def test_an_ats_rejection_naming_another_employer_in_its_subject_is_unrelated(
    subject: str, body: str
) -> None:
    other = "Orvelbank Talent <no-reply@myworkday.com>"
    mail = f"Hallo Robin,\n\n{body}\n\nOrvelbank Talent"
    assert _classify(other, subject, mail, ats=("myworkday.com",)) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Tom Baker will replace Sara Lind on your panel on Thursday.",
        "Tom Baker ersetzt Sara Lind in Ihrem Gespräch am Donnerstag.",
        "Tom Baker remplacera Sara Lind lors de votre entretien de jeudi.",
        "Tom Baker vervangt Sara Lind bij je gesprek op donderdag.",
        "Tom Baker sustituirá a Sara Lind en tu entrevista del jueves.",
        "Tom Baker vai substituir Sara Lind na sua entrevista de quinta.",
        "Tom Baker sostituirà Sara Lind al tuo colloquio di giovedì.",
    ],
)
def test_a_scheduler_naming_the_interviewer_replaced_is_a_scheduling_notice(body: str) -> None:
    relayed = "Mia Chen via GoodTime <no-reply@goodtime.io>"
    mail = f"Hi Robin,\n\n{body}\n\nMia Chen"
    assert _classify(relayed, "Panel update", mail, ats=("goodtime.io",)) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "After consideration we're continuing the process with other people.",
        "nach reiflicher Überlegung setzen wir den Prozess mit anderen Personen fort.",
        "après réflexion, nous poursuivons le processus avec d'autres personnes.",
        "na afweging gaan we verder met andere mensen in het proces.",
        "tras valorarlo, seguiremos el proceso con otras personas.",
        "após avaliação, vamos seguir o processo com outras pessoas.",
        "dopo un'attenta valutazione, proseguiremo il percorso con altre persone.",
    ],
)
def test_the_process_going_on_with_other_people_is_a_rejection(body: str) -> None:
    assert _classify(ATS, "Your application", f"Hi Robin,\n\n{body}", AUTO) == "rejection"
    talks = "We're continuing interviews with other people this week and will decide Friday."
    assert _classify(PERSON, "Re: Update", f"Hi Robin,\n\n{talks}\n\nMia") == "human_reply"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("Acme Labs Selección <seleccion@acme-labs.example>", "Gracias por escribir al equipo. "
         "Respondemos por orden de llegada, normalmente en 3 días hábiles."),
        ("Acme Labs Selezione <selezione@acme-labs.example>", "Grazie per aver scritto al team. "
         "Rispondiamo in ordine di arrivo, di solito entro 3 giorni lavorativi."),
        ("Acme Labs Recrutamento <recrutamento@acme-labs.example>", "Obrigado por escrever à "
         "equipa. Respondemos por ordem de chegada, normalmente em 3 dias úteis."),
        ("Acme Labs Recruiting <recruiting@acme-labs.example>", "Vielen Dank für Ihre Nachricht. "
         "Wir antworten in der Reihenfolge ihres Eingangs."),
    ],
)  # fmt: skip
def test_a_shared_mailbox_answering_in_turn_is_automated(sender: str, body: str) -> None:
    assert _classify(sender, "Re: Question", f"{body}\n\nRecruiting") == "ats_automated"


@pytest.mark.parametrize(
    ("platform", "body"),
    [
        ("indeed.com", "La tua candidatura presso Acme Labs è stata inviata. L'azienda ti "
         "contatterà se il tuo profilo è in linea."),
        ("indeed.com", "Je sollicitatie bij Acme Labs is verstuurd. Het bedrijf neemt contact op "
         "als je profiel past."),
    ],
)  # fmt: skip
def test_a_job_platform_relaying_this_application_is_automated(platform: str, body: str) -> None:
    sender = f"Indeed <no-reply@{platform}>"
    assert _classify(sender, "Candidatura inviata", body, ats=(platform,)) == "ats_automated"
    views = "Someone from Acme Labs viewed your profile."
    assert _classify(sender, "Profile views", views) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Ihr Angebotsschreiben ist bereit. Melden Sie sich an, um es zu prüfen.",
        "Je aanbiedingsbrief staat klaar. Log in om hem te bekijken.",
    ],
)
def test_an_offer_letter_ready_in_the_portal_is_an_offer(body: str) -> None:
    workday = "Acme Labs <no-reply@myworkday.com>"
    assert _classify(workday, "Offer", body, AUTO, ("myworkday.com",)) == "offer"


def test_the_post_filled_with_an_internal_colleague_is_a_rejection() -> None:
    body = "Hallo Robin, wir haben die Stelle mit einer internen Kollegin besetzt.\n\nMia"
    assert _classify(PERSON, "Die Stelle", body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin,\n\nJust to confirm the offer Ms Oskarsen made you on the phone this morning "
        "for the Data Lead role. HR will send the written contract by Friday.\n\nMia",
        "Hallo Robin,\n\nwie besprochen bestätige ich Ihnen hiermit das Angebot, das Herr Oskarsen "
        "Ihnen telefonisch gemacht hat. Die Unterlagen folgen.\n\nMia",
        "Bonjour Robin,\n\nJe vous confirme la proposition que M. Thibaud vous a faite par "
        "téléphone pour le poste de chef de projet.\n\nMia",
        "Hola Robin,\n\nTe confirmo la oferta que te hizo Eusebio por teléfono para el puesto de "
        "analista.\n\nMia",
        "Olá Robin,\n\nconfirmo a proposta que ela lhe fez por telefone para a posição de "
        "analista. O RH enviará a carta formal.\n\nMia",
        "Ciao Robin,\n\nti confermo la proposta che ti ha fatto Ottavio al telefono per la "
        "posizione di analista.\n\nMia",
    ],
)
def test_an_offer_made_by_phone_and_confirmed_in_writing_is_an_offer(body: str) -> None:
    assert _classify(PERSON, "Confirmação - our call", body) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Te confirmo la propuesta de fecha para la entrevista: el martes a las 10.",
        "Ti confermo la proposta di incontro per giovedì alle 15.",
        "Confirmo a proposta de horário para a conversa: quinta às 14h.",
        "Je vous confirme la proposition de rendez-vous de jeudi à 10h.",
    ],
)
def test_confirming_a_proposed_time_is_no_offer(body: str) -> None:
    assert _classify(PERSON, "Conferma", body) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Ciao Robin,\n\nAcme Labs vuole farti una proposta per il ruolo di analista! Chiamami.",
        "Ciao Robin,\n\nAcme Labs vorrebbe farti un'offerta per il ruolo di analista.",
        "Hola Robin,\n\nAcme Labs quiere hacerte una oferta para el puesto de analista.",
        "Olá Robin,\n\na Acme Labs quer fazer-lhe uma proposta para a vaga de analista.",
        "Salut Robin,\n\nAcme Labs veut te faire une offre pour le poste d'analyste !",
    ],
)
def test_an_agent_telling_the_company_wants_to_make_an_offer_is_an_offer(body: str) -> None:
    agent = "Eusebio - Selezione Brina <eusebio@selezione-brina.example>"
    assert _classify(agent, "Notizie!", body) == "offer"


def test_an_agent_proposing_a_meeting_for_the_company_is_no_offer() -> None:
    agent = "Eusebio - Selezione Brina <eusebio@selezione-brina.example>"
    body = "Ciao Robin,\n\nAcme Labs vorrebbe farti una proposta di colloquio finale."
    assert _classify(agent, "Colloquio", body) != "offer"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your itinerary - 24 March", "Here is the agenda for your visit:\n09:45 Technical "
         "interview\n11:00 Team chat"),
        ("Ablaufplan Ihres Besuchs", "Ihr Tagesablauf:\n09:45 Fachgespräch\n11:00 Teamrunde"),
        ("Programme de votre journée", "Voici le programme de votre journée :\n09h45 Entretien "
         "technique\n11h00 Équipe"),
        ("Programma van je bezoek", "Hier het programma van je bezoek:\n09:45 Technisch "
         "gesprek\n11:00 Team"),
        ("Itinerário da sua visita", "Segue o itinerário:\n09:45 Entrevista técnica\n11:00 "
         "Equipa"),
        ("Programma della tua giornata", "Ecco il programma della tua giornata:\n09:45 "
         "Colloquio tecnico\n11:00 Team"),
    ],
)  # fmt: skip
def test_a_system_sending_the_programme_of_an_interview_day_is_logistics(
    subject: str, body: str
) -> None:
    assert _classify(ATS, subject, body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    ("subject", "meeting"),
    [
        ("Confirmação da proposta", "Confirmação da proposta de horário"),
        ("Bestätigung des Angebots", "Bestätigung des Angebots für einen Termin"),
        ("Conferma dell'offerta", "Conferma della proposta di colloquio"),
    ],
)
def test_a_subject_confirming_the_offer_names_an_offer(subject: str, meeting: str) -> None:
    assert _classify(PERSON, subject, "Hi Robin, details attached.\n\nMia") == "offer"
    assert _classify(PERSON, meeting, "Hi Robin, Thursday at 3.\n\nMia") != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Hey Robin! My cousin works at Acme Labs, she says they already picked someone. Sorry!",
        "Robin - my brother worked there for years and says they always take ages to decide.",
        "My flatmate used to work at Acme Labs; she reckons you got the job!",
    ],
)
def test_a_relative_who_works_there_passing_news_on_is_hearsay(body: str) -> None:
    assert _classify("Lena Park <lena.park@mail.example>", "Acme Labs", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "I know you're waiting on Acme Labs, but a client of mine would love to interview you "
        "for a Head of Ops role. Are you free Tuesday?",
        "während Sie noch auf Acme Labs warten: einer meiner Kunden sucht eine Leitung "
        "Controlling und würde Sie gern kennenlernen. Hätten Sie Donnerstag Zeit?",
        "en parallèle d'Acme Labs, un autre de mes clients cherche un DAF. Seriez-vous "
        "disponible jeudi pour un entretien ?",
        "terwijl je op Acme Labs wacht: een klant van mij zoekt een teamleider. Ben je dinsdag "
        "beschikbaar?",
        "mientras esperas noticias de Acme Labs, uno de mis clientes busca un jefe de "
        "operaciones. ¿Estarías disponible el martes?",
        "em paralelo ao processo da Acme Labs, um dos meus clientes procura um gerente. Você "
        "teria disponibilidade na quinta?",
        "in parallelo ad Acme Labs, uno dei miei clienti vorrebbe fissare un colloquio con te. "
        "Saresti disponibile giovedì?",
    ],
)
def test_an_agency_inviting_to_meet_another_client_beside_the_process_is_unrelated(
    body: str,
) -> None:
    assert _classify(AGENCY, "Another role", f"Hi Robin,\n\n{body}\n\nLotte") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Acme Labs would like to invite you to a second interview. Are you free Tuesday? "
        "Separately, I have another role that might interest you.",
        "Acme Labs möchte Sie zu einem Zweitgespräch einladen. Passt Ihnen Donnerstag um 10? "
        "Unabhängig davon habe ich noch eine weitere Position für Sie.",
        "My client would like to see you again for a final round. Could you do Thursday at 2?",
    ],
)
def test_an_agency_passing_on_the_clients_invitation_before_a_pitch_is_a_next_round(
    body: str,
) -> None:
    assert _classify(AGENCY, "Acme Labs", f"Hi Robin,\n\n{body}\n\nLotte") == "next_round"


def test_a_friends_relative_who_had_an_interview_there_is_hearsay() -> None:
    friend = "Jonas Weber <jonas.weber@mail.example>"
    body = "Acme Labs? My cousin had her second interview there last month. Fingers crossed!"
    assert _classify(friend, "Re: your interview", body) == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "la vacante de Analista Senior de Datos fue cancelada por reestructura interna.",
        "a vaga de Analista Sênior de Dados foi cancelada devido a uma reestruturação.",
        "la posizione di Analista Senior Dati è stata annullata per una riorganizzazione.",
        "le poste d'Analyste de données senior a été supprimé suite à une réorganisation.",
    ],
)
def test_a_vacancy_with_a_long_title_cancelled_is_a_rejection(body: str) -> None:
    team = "Acme Labs Recruiting <recruiting@acme-labs.example>"
    assert _classify(team, "Update", f"Hola Robin,\n\n{body}\n\nAcme Labs") == "rejection"


@pytest.mark.parametrize(
    ("subject", "task"),
    [
        ("Tarea pendiente: Revisar oferta", "Tienes una nueva tarea: Revisar oferta."),
        ("Tarefa pendente: Revisar proposta", "Você tem uma nova tarefa: Revisar proposta."),
        ("Attività in sospeso: Rivedi offerta", "Hai una nuova attività: Rivedi offerta."),
        ("Tâche en attente : Consulter offre", "Nouvelle tâche : Consulter offre."),
        ("Offene Aufgabe: Angebot prüfen", "Neue Aufgabe: Angebot prüfen."),
    ],
)
def test_a_systems_review_offer_task_without_an_article_is_an_offer(
    subject: str, task: str
) -> None:
    workday = "Acme Labs <acmelabs@myworkday.com>"
    assert _classify(workday, subject, task, AUTO, ("myworkday.com",)) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "ecco il link Microsoft Teams per il colloquio di martedì 24/02 alle 15:00.",
        "hier ist der Microsoft Teams Link für Ihr Gespräch am Dienstag um 15:00 Uhr.",
        "voici le lien Microsoft Teams pour votre entretien de mardi à 15h.",
        "aquí tienes el enlace de Microsoft Teams para tu entrevista del martes.",
        "segue o link do Microsoft Teams para sua entrevista de terça às 15h.",
        "hier is de Microsoft Teams link voor je gesprek van dinsdag om 15:00.",
        "here is the Microsoft Teams link for your interview on Tuesday at 3pm.",
    ],
)
def test_a_schedulers_link_for_the_arranged_interview_is_logistics(body: str) -> None:
    sender = "Acme Labs <scheduling@modernloop.io>"
    got = _classify(
        sender, "Link", f"Hi Robin,\n\n{body}\n\nSent via ModernLoop", {}, ("modernloop.io",)
    )
    assert got == "scheduling_notice"


@pytest.mark.parametrize(
    ("local", "body"),
    [
        (
            "newsletter",
            "Découvrez notre nouvelle app, nos offres d'emploi et l'interview de notre CPO.",
        ),
        ("news", "Meet our new CTO in a short interview and see this month's open roles."),
        ("newsletter", "Ein Interview mit unserer Personalchefin und aktuelle Stellenangebote."),
        ("events", "Una entrevista con nuestra directora y las vacantes del mes."),
    ],
)
def test_a_list_mailing_from_the_companys_newsletter_box_is_unrelated(
    local: str, body: str
) -> None:
    headers = {"List-Unsubscribe": "<mailto:off@acme-labs.example>", "Precedence": "bulk"}
    sender = f"Acme Labs <{local}@acme-labs.example>"
    assert _classify(sender, "May news", f"{body} Unsubscribe.", headers) == "unrelated"
    refusal = "Dear Robin, unfortunately we have decided to move forward with other candidates."
    assert _classify(sender, "Your application", refusal, headers) == "rejection"


def test_a_mailbox_that_carries_its_holders_first_name_is_a_persons() -> None:
    agency = "Noor K <noor.kaya.recruits@mail.example>"
    body = "Hey Robin, spoke with their HM today. One more person Thursday, you look good. N"
    assert _classify(agency, "Acme Labs update", body) == "human_reply"


def test_a_groups_acronym_domain_names_the_client_an_agency_acts_for() -> None:
    body = (
        "Hoi Robin,\n\nDe klant is enthousiast! Kun je me twee referenties sturen?\n\n"
        "Kim\nKim de Groot Recruitment (namens Hafenbau Trentmann)"
    )
    verdict = classify_reply(
        "kim.recruitment@mail.example",
        "Kim de Groot",
        "Referenties?",
        {},
        body,
        "hbt-gruppe.example",
    )
    assert verdict.cls == "human_reply"


@pytest.mark.parametrize(
    ("subject", "headers"),
    [
        (
            "Read: Following up",
            {"Content-Type": "multipart/report; report-type=disposition-notification"},
        ),
        ("Gelesen: Nachfrage Bewerbung", {}),
        ("Lu : Suivi de candidature", {}),
        ("Leído: Seguimiento", {}),
        ("Gelezen: Vervolg", {}),
    ],
)
def test_a_read_receipt_is_a_machine_not_the_person_answering(
    subject: str, headers: dict[str, str]
) -> None:
    body = "Your message to Mia Chen was read on 19 February 2026 10:40."
    assert _classify(PERSON, subject, body, headers) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "while we wait on Acme Labs – I've a Head of Buying role at a grocer. Fancy a chat?",
        "while we wait on Acme Labs, I've got a Director of Operations role in Hull. Keen?",
        "mientras esperamos a Acme Labs, tengo un puesto de jefe de compras. ¿Hablamos?",
    ],
)
def test_a_pitched_title_with_its_own_of_is_another_role(body: str) -> None:
    assert _classify(AGENCY, "Another one?", f"Hi Robin, {body}") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Heard through the grapevine you've got a big offer from Acme Labs – congrats!",
        "Über den Flurfunk gehört, dass du ein Angebot von Acme Labs hast – Glückwunsch!",
        "Radio couloir dit qu'Acme Labs t'a fait une offre, bravo !",
        "Via via gehoord dat je een aanbod van Acme Labs hebt, gefeliciteerd!",
        "Radio pasillo dice que Acme Labs te ha hecho una oferta, ¡enhorabuena!",
    ],
)
def test_news_heard_through_the_grapevine_is_hearsay(body: str) -> None:
    colleague = "Nadia Holt <nadia.h@currentjob.example>"
    assert _classify(colleague, "Congrats!!", f"{body} We'll miss you here.") == "unrelated"


def test_an_automatic_list_of_time_slots_is_an_itinerary() -> None:
    body = (
        "Beste Robin,\n\n13:30 – 14:00  Gesprek met An Peeters\n"
        "14:00 – 14:30  Rondleiding met Koen Smits\n\nParkeren kan op P2."
    )
    team = "Acme Labs Talent <talent@acme-labs.example>"
    assert _classify(team, "Je programma voor donderdag", body, AUTO) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "leider müssen wir Ihnen mitteilen, dass wir die Stelle intern mit einer langjährigen "
        "Mitarbeiterin besetzt haben.",
        "leider haben wir die Stelle mit einer anderen Bewerberin besetzt.",
        "Inmiddels is de vacature ingevuld, daarom stoppen we de procedure met jou.",
    ],
)
def test_a_post_filled_in_the_perfect_or_with_the_verb_first_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Ihre Bewerbung", f"Guten Tag,\n\n{body}\n\nMia Chen") == "rejection"
    later = "wir möchten die Stelle bis Ende März besetzt haben und melden uns nächste Woche."
    assert _classify(PERSON, "Ihre Bewerbung", f"Guten Tag,\n\n{later}\n\nMia Chen") != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Vielen Dank für die Angabe Ihrer Verfügbarkeit. Wir melden uns mit einer Bestätigung.",
        "Ihre Verfügbarkeit ist eingegangen. Sie erhalten in Kürze eine Terminbestätigung.",
        "Hemos recibido tu disponibilidad. En breve te enviaremos la confirmación.",
        "Recebemos sua disponibilidade. Em breve enviaremos a confirmação.",
        "Grazie per averci indicato la tua disponibilità.",
        "Je beschikbaarheid is ontvangen. We sturen je binnenkort een bevestiging.",
    ],
)
def test_a_system_receiving_the_candidates_availability_invites_to_nothing(body: str) -> None:
    assert (
        _classify(ATS, "Availability", f"Hello Robin,\n\n{body}", {}, ("greenhouse-mail.io",))
        not in ENDS_WAIT
    )


@pytest.mark.parametrize(
    "body",
    [
        "Please note I no longer work at Acme Labs. Please contact hr@acme-labs.example instead.",
        "Ich bin nicht mehr bei Acme Labs tätig. Bitte wenden Sie sich an hr@acme-labs.example.",
        "Je ne fais plus partie d'Acme Labs. Merci de contacter rh@acme-labs.example.",
        "Ik ben met ouderschapsverlof tot 1 maart. Mail voor vacatures naar hr@acme-labs.example.",
        "Ya no trabajo en Acme Labs. Por favor, escribe a rrhh@acme-labs.example.",
        "Não trabalho mais na Acme Labs. Escreva para rh@acme-labs.example.",
        "Non lavoro più in Acme Labs. Per favore scrivi a hr@acme-labs.example.",
    ],
)
def test_an_automatic_reply_saying_the_person_left_or_is_on_leave_is_away(body: str) -> None:
    assert _classify(PERSON, "Re: Following up", body) == "auto_reply_ooo"
    typed = f"Hi Robin, {body} But I wanted to tell you: we decide on Friday. Mia"
    assert _classify(PERSON, "Re: Following up", typed) == "human_reply"


@pytest.mark.parametrize(
    "subject", ["Terminbestätigung: Ihr Gespräch", "Gesprächserinnerung", "Afspraakbevestiging"]
)
def test_a_compound_confirmation_subject_from_a_relaying_system_is_logistics(subject: str) -> None:
    sender = "Lena Vogt <no-reply@personio.de>"
    body = "Hallo Robin,\n\nIhr Gespräch ist für Donnerstag, 14:00 Uhr eingeplant.\n\nLena"
    assert _classify(sender, subject, body, {}, ("personio.de",)) == "scheduling_notice"


@pytest.mark.parametrize(
    "body",
    [
        "Acme Labs heeft me vandaag gebeld voor een referentie. Klonk positief!",
        "Hoy me llamaron de Acme Labs para pedirme referencias tuyas. ¡Muy interesados!",
        "A Acme Labs me ligou hoje pedindo referências suas. Pareciam interessados!",
        "Oggi mi ha chiamato Acme Labs per delle referenze su di te. Molto interessati!",
    ],
)
def test_a_referee_telling_the_company_called_them_is_an_outsider(body: str) -> None:
    referee = "Jan Peters <jan.peters@oldjob.example>"
    assert _classify(referee, "Referentie", f"Hoi Robin, {body} Jan") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for getting in touch! I'm travelling this week, so replies will be slow.",
        "Vielen Dank für Ihre Nachricht. Ich bin derzeit auf Dienstreise und antworte später.",
        "Merci pour votre message. Je suis actuellement en déplacement et répondrai plus tard.",
        "Bedankt voor je bericht. Ik ben momenteel op reis en reageer later.",
        "Gracias por tu mensaje. Estoy de viaje y responderé más tarde.",
        "Obrigado pela mensagem. Estou viajando e respondo depois.",
        "Grazie per il messaggio. Sono in trasferta e risponderò più tardi.",
    ],
)
def test_an_automatic_reply_saying_its_writer_travels_is_away(body: str) -> None:
    assert _classify(PERSON, "Re: Following up", f"{body}\n\nMia") == "auto_reply_ooo"


def test_a_contract_offered_in_german_is_an_offer() -> None:
    body = "Gerne möchten wir Sie in unserem Team begrüßen und Ihnen einen Vertrag anbieten."
    assert _classify(PERSON, "Update", f"Hallo Robin,\n\n{body}\n\nMia") == "offer"
    second = "Gerne würden wir Sie am Dienstag zum Zweitgespräch in unserem Team begrüßen."
    assert _classify(PERSON, "Update", f"Hallo Robin,\n\n{second}\n\nMia") == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Robin, the client came back - still interviewing, decision by Friday. Dan",
        "Hallo Robin, der Kunde hat sich gemeldet – Entscheidung bis Freitag. Dan",
        "Hola Robin, el cliente me ha contestado: deciden el viernes. Dan",
    ],
)
def test_a_mailbox_opening_with_its_holders_first_name_is_a_persons(body: str) -> None:
    agency = "Dan P <danpryce.recruits@mail.example>"
    assert _classify(agency, "Update", body) == "human_reply"
    team = "Acme Labs Careers <careers@acme-labs.example>"
    ack = "Thanks for your message. We aim to reply within 5 working days."
    assert _classify(team, "Re: Update", ack) == "ats_automated"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for coming in. It was close, but we've offered the place to someone with more "
        "experience on the tools.",
        "We have given the job to another applicant who could start sooner.",
        "Wir haben den Ausbildungsplatz an jemand anderen vergeben.",
        "Wir haben die Stelle einer anderen Bewerberin angeboten.",
        "Nous avons proposé le poste à une autre personne.",
        "We hebben de stageplek aan een andere kandidaat gegeven.",
        "Le dimos el puesto a otro candidato.",
        "Oferecemos a vaga a outra pessoa.",
        "Abbiamo assegnato il tirocinio a una candidata con più esperienza.",
    ],
)
def test_the_post_given_to_someone_else_in_the_active_voice_is_a_rejection(body: str) -> None:
    assert _classify(PERSON, "Re: the role", f"Hi Robin,\n\n{body}\n\nMia") == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We have not offered the job to anyone yet, still deciding.",
        "If we offer the role to another candidate I'll tell you straight away.",
        "Todavía no hemos ofrecido el puesto a nadie. Te escribo el lunes.",
        "We hebben de functie nog aan niemand aangeboden.",
        "Avant de proposer le poste à quelqu'un d'autre, êtes-vous toujours intéressé ?",
    ],
)
def test_a_post_not_yet_given_to_anyone_is_no_rejection(body: str) -> None:
    assert _classify(PERSON, "Re: the role", f"Hi Robin,\n\n{body}\n\nMia") == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Chased the client this morning, they're just finishing the last interview.",
        "We're wrapping up the final round this week and will decide on Monday.",
        "Wir beenden gerade die letzte Gesprächsrunde und melden uns nächste Woche.",
        "Le client termine le dernier entretien cette semaine, je reviens vers vous lundi.",
        "Ze ronden vandaag het laatste gesprek af, maandag weet ik meer.",
        "Están terminando la última entrevista; te digo algo el lunes.",
        "O cliente está finalizando a última entrevista e te retorno na segunda.",
        "Stanno concludendo l'ultimo colloquio, ti aggiorno lunedì.",
    ],
)
def test_a_round_the_company_is_finishing_invites_nobody(body: str) -> None:
    assert _classify(PERSON, "Re: any news?", f"Hi Robin,\n\n{body}\n\nMia") == "human_reply"


@pytest.mark.parametrize(
    "body",
    [
        "Great news: you're through to the final interview. Could you do Tuesday at 10?",
        "Please complete the take-home exercise by Friday.",
        "Gerne laden wir Sie zur letzten Runde mit der Geschäftsführung ein.",
        "Nous terminons le processus par un dernier entretien : êtes-vous disponible jeudi ?",
        "Ti proponiamo l'ultimo colloquio con il direttore giovedì alle 10.",
    ],
)
def test_a_last_round_offered_to_the_reader_still_invites(body: str) -> None:
    assert _classify(PERSON, "Next steps", f"Hi Robin,\n\n{body}\n\nMia") == "next_round"


@pytest.mark.parametrize(
    ("from_", "subject", "body"),
    [
        (
            "Gemma Stone via Hirely <no-reply@hirely.example>",
            "Re: Store Manager",
            "Hi Robin, thanks for checking in. Tom is away until Monday, so bear with us. Gemma",
        ),
        (
            "Mariela Ruiz via Talento Sur <notificaciones@talentosur.example>",
            "Re: Supervisora",
            "¡Hola Robin! El cliente todavía está viendo perfiles, te aviso.\nMariela",
        ),
        (
            "Eva Smit via Werkplaats <no-reply@werkplaats-ats.example>",
            "Re: sollicitatie",
            "Hoi Robin, dank voor je geduld, we beslissen volgende week. Groet, Eva",
        ),
        (
            "Julia Braun via Bewerbungsportal <noreply@portal-hr.example>",
            "AW: Ihre Bewerbung",
            "Hallo Robin, danke für die Nachfrage, wir entscheiden bald. Viele Grüße, Julia",
        ),
    ],
)
def test_a_person_relayed_by_a_service_followup_does_not_know_answers(
    from_: str, subject: str, body: str
) -> None:
    assert _classify(from_, subject, body) == "human_reply"


def test_a_relaying_service_passes_on_only_what_a_person_signs() -> None:
    relay = "Gemma Stone via Hirely <no-reply@hirely.example>"
    ack = "Thanks for applying to Acme Labs. We will review it and get back to you."
    assert _classify(relay, "Your application", ack) == "ats_automated"
    pitch = "Hi Robin, I'm hiring for a Shift Lead at Othercorp Foods - open to a chat? Gemma"
    assert _classify(relay, "Opportunity at Othercorp Foods", pitch) == "unrelated"
    meetup = "Pat Lee via Meetup <info@meetup.example>"
    event = "Pat Lee scheduled a new event: Product Managers drinks, Thursday 7pm. RSVP now."
    assert _classify(meetup, "New event in your group", event) == "unrelated"


@pytest.mark.parametrize(
    ("mailbox", "subject", "body"),
    [
        (
            "sollicitatie",
            "Automatisch antwoord: Re: vraag",
            "Bedankt voor je e-mail aan Personeelszaken. We reageren doorgaans binnen 5 werkdagen.",
        ),
        (
            "trabalheconosco",
            "Resposta automática: Re: candidatura",
            "Obrigado pelo seu e-mail. Respondemos em até 5 dias úteis.",
        ),
        (
            "lavoraconnoi",
            "Risposta automatica: Re: candidatura",
            "Grazie per la sua e-mail. Risponderemo entro 5 giorni lavorativi.",
        ),
        (
            "postulaciones",
            "Respuesta automática: Re: mi postulación",
            "Gracias por tu correo. Respondemos en un plazo de 5 días hábiles.",
        ),
        (
            "emploi",
            "Réponse automatique : Re: ma candidature",
            "Merci pour votre message. Nous répondons sous 5 jours ouvrés.",
        ),
    ],
)
def test_the_mailbox_applications_go_to_acknowledges_without_anyone_away(
    mailbox: str, subject: str, body: str
) -> None:
    address = f"{mailbox}@acme-labs.example"
    assert _classify(address + " <" + address + ">", subject, body, AWAY) == "ats_automated"
    away = "Ik ben afwezig tot en met maandag. Voor dringende zaken belt u de receptie."
    assert _classify(address + " <" + address + ">", subject, away, AWAY) == "auto_reply_ooo"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Reminder: assessment centre tomorrow", "Your assessment centre starts tomorrow at 9:00."),
        ("Erinnerung: Probearbeiten", "Ihr Probearbeiten findet am Samstag um 8 Uhr statt."),
        ("Lembrete: dinâmica amanhã", "A dinâmica de grupo acontece amanhã às 14h."),
        ("Recordatorio", "Te recordamos que la dinámica de grupo es mañana a las 10:00."),
        ("Herinnering: proefdag", "Je proefdag is vrijdag om 9:00. Meld je bij de receptie."),
        ("Promemoria", "Ti ricordiamo che la dinamica di gruppo si terrà domani alle 10:00."),
        ("Rappel", "Rappel : votre journée de recrutement a lieu jeudi à 9h."),
    ],
)
def test_a_reminder_of_an_assessment_held_as_an_event_is_logistics(subject: str, body: str) -> None:
    sender = "Acme Labs <no-reply@acme-labs.example>"
    assert _classify(sender, subject, body) == "scheduling_notice"
    task = "You have not yet completed your online assessment. Please complete it by Friday."
    assert _classify(sender, "Reminder: complete your assessment", task) == "ats_automated"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Rescheduled: Audit Senior interview", "Your meeting has been moved to Wed 13 May 17:30."),
        ("Verschoben: Vorstellungsgespräch", "Ihre Besprechung wurde auf Donnerstag verschoben."),
        ("Reporté : Entretien RH", "Votre réunion a été déplacée au jeudi 14 mai à 10h00."),
        ("Reprogramada: Entrevista técnica", "Tu reunión se ha movido al jueves a las 10:00."),
        ("Verplaatst: sollicitatiegesprek", "Je vergadering is verplaatst naar donderdag 10:00."),
    ],
)
def test_a_meeting_services_notice_about_an_interview_is_logistics(subject: str, body: str) -> None:
    service = "Meetly <no-reply@meetly.example>"
    assert _classify(service, subject, body) == "scheduling_notice"


@pytest.mark.parametrize(
    "subject",
    [
        "Rescheduled: Book club",
        "Rescheduled: Interview with Othercorp Analytics",
        "Confirmed: Yoga session",
        "Reminder: Podcast interview recording",
    ],
)
def test_a_meeting_services_notice_about_something_else_is_unrelated(subject: str) -> None:
    service = "Meetly <no-reply@meetly.example>"
    assert _classify(service, subject, "Your meeting has been moved to Wed 13 May.") == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hey! Did Acme get back to you about the final interview yet? Fingers crossed x",
        "¡Hola! ¿Te han dicho algo de Acme sobre la segunda entrevista? ¡Suerte!",
        "E aí, já tiveste notícias da Acme sobre a entrevista final? Boa sorte!",
        "Ciao! Hai saputo qualcosa da Acme per il secondo colloquio? In bocca al lupo",
        "Hoi! Al iets gehoord van Acme over het tweede gesprek? Duimen!",
    ],
)
def test_a_friend_asking_about_a_round_by_name_ends_no_wait(body: str) -> None:
    assert _classify("Sam Reed <sam.reed@mail.example>", "any news?", body) == "unrelated"
    agency = "Matt Lowe <matt@bridge-recruit.example>"
    passes_on = "Any news? The client would like to invite you to a final interview. Matt"
    assert _classify(agency, "Acme", passes_on) == "next_round"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Acme Careers <careers@acme-labs.example>",
            "Re: Update on my application",
            "Hi Robin, thank you for your email. We aim to respond to all enquiries within 5 "
            "working days. Acme Careers Team",
        ),
        (
            "Acme Karriere <karriere@acme-labs.example>",
            "AW: Nachfrage",
            "Hallo Robin, vielen Dank für Ihre Nachricht. Wir melden uns innerhalb von 5 "
            "Werktagen. Ihr Karriere-Team",
        ),
        (
            "Recrutement Acme <recrutement@acme-labs.example>",
            "RE: Suivi",
            "Bonjour Robin, nous avons bien reçu votre message et y répondrons sous 5 jours "
            "ouvrés. L'équipe Recrutement",
        ),
        (
            "Selección Acme <seleccion@acme-labs.example>",
            "RE: Seguimiento",
            "Hola Robin, hemos recibido tu mensaje. Te responderemos en un plazo de 5 días "
            "hábiles. Equipo de Selección",
        ),
    ],
)
def test_a_shared_mailbox_template_greeting_by_name_and_signed_by_a_team_is_automatic(
    sender: str, subject: str, body: str
) -> None:
    assert _classify(sender, subject, body) == "ats_automated"
    signed = body.rsplit(".", 1)[0] + ". Kind regards,\nJonas Keller"
    assert _classify(sender.replace("Acme", "Jonas Keller", 1), subject, signed) == "human_reply"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Accepted: Final interview - Robin Seeker", ""),
        ("Angenommen: Zweitgespräch Robin Seeker", "Mia Chen hat diese Einladung angenommen."),
        ("Accepté : Deuxième entretien", "Mia Chen a accepté cette invitation."),
        ("Geaccepteerd: Tweede gesprek", "Mia Chen heeft deze uitnodiging geaccepteerd."),
        ("Aceptado: Segunda entrevista", "Mia Chen ha aceptado esta invitación."),
        ("Aceito: Segunda entrevista", "Mia Chen aceitou este convite."),
        ("Accettato: Secondo colloquio", "Mia Chen ha accettato questo invito."),
    ],
)
def test_an_interviewers_calendar_answer_to_an_invitation_is_a_calendar_message(
    subject: str, body: str
) -> None:
    assert _classify(PERSON, subject, body) == "calendar_invite"
    typed = "Hi Robin, good news - we'd like to invite you to a final interview. Mia"
    assert _classify(PERSON, "Accepted: your application", typed) == "next_round"


@pytest.mark.parametrize(
    "body",
    [
        "Gerne bieten wir Ihnen die Stelle als Lagerist an, Start am 1. April.",
        "Wir bieten dir hiermit einen Arbeitsvertrag als Koch ab Mai an.",
        "Ich biete Ihnen gerne den Ausbildungsplatz zum Elektroniker an.",
    ],
)
def test_a_post_offered_with_the_german_verb_split_is_an_offer(body: str) -> None:
    assert _classify(PERSON, "Ergebnis", f"Hallo Robin,\n{body}\nMia") == "offer"
    slot = "Für das Zweitgespräch bieten wir Ihnen den Dienstag um 10 Uhr an. Passt Ihnen das?"
    assert _classify(PERSON, "Zweitgespräch", f"Hallo Robin,\n{slot}\nMia") == "next_round"

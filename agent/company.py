"""Which company an interview is with, and for which position.

The company's domain is the one with the most votes among the interviewers, the other company
people and the organizer (never a free-mail or scheduler domain; an agency's own domain never
counts when the text says a client is behind it).

Its name is the one the invite writes. Companies name themselves in the title ("Acme - Senior
Analyst", "Interview (Acme)", "@ Acme"), the organizer's or a shared mailbox's display name
("Acme Recruiting", "Acme via Greenhouse") and signatures ("Talent Team - Acme Rocketry GmbH");
their mail domain spells that name, often shortened ("acmerobo.com", "acme-rd.com":
words whole, cut short or by their initials). So the name is the phrase of the invite that
spells most of the domain; with none, a known company's name or the domain's label in words.
With no company domain, the name is the one the title or the organizer gives; when an agency
arranges the interview, the client it names ("our client, Acme Bank AG"), or none.
The position is read only from words that name a job, never from the meeting's kind.
"""

from __future__ import annotations

import re
import zoneinfo
from functools import lru_cache

from agent import domains, org_kinds
from agent.invite import Invite, conference_text
from agent.legal_forms import (
    LABEL_ENDINGS,
    as_said,
    form_length,
    is_form,
    last_words,
    without_legal_forms,
)
from agent.lexicon import MYSELF, STAGE, STRONG, WEAK
from agent.model import Person
from agent.names import affiliation, is_title
from agent.people import (
    NOT_NAME_WORDS,
    RECRUITING_FUNCTION_WORDS,
    company_humans,
    is_system,
    looks_like_person,
)
from agent.textscan import Gated, fold, lazy, led

NOT_ALNUM = lazy(r"[^a-z0-9]")
# Letters that no accent-stripping makes ASCII, as mail domains spell them ("Wisłotech" at
# wislotech.pl, "Søren" as soren).
_ASCII = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "þ": "th",
                        "ı": "i", "&": "and"})  # fmt: skip
# Every other ASCII character maps to itself, written out: ``translate`` looks each distinct
# character up once, and one the table lacks costs a raised and caught LookupError.
_ASCII.update({i: chr(i) for i in range(128) if i not in _ASCII})


def clear_caches() -> None:
    for cached in (
        squash,
        _spelled,
        _generic,
        name_at_start,
        _label_chunks,
        _label_filters,
        _first_letters,
        _company_key,
    ):
        cached.cache_clear()


@lru_cache(maxsize=4096)
def squash(text: str) -> str:
    """Letters and digits only, folded: the key a name is compared with a domain label by."""
    # cached: the same title words and domain labels are squashed again for every candidate
    if text.isascii() and text.isalnum():  # letters and digits only: nothing to drop or fold
        return text.lower()
    return NOT_ALNUM.sub("", fold(text).translate(_ASCII))


# --------------------------------------------------------------------------- the domain


def trading_name(name: str | None) -> str | None:
    """The name the company trades under: ``name`` without the legal forms written after it
    (cleanco's and the eval README's: "Alcaraz Hermanos S.L." -> "Alcaraz Hermanos"), as a
    letter says it; a form spelled out as a word ("Company") or joined to the name ("Marks &
    Co") stays."""
    return as_said(name) if name else None


def company_domain(ctx: Invite, interviewers: list[Person], agency: str | None) -> str | None:
    """The domain with the most votes: 2 for each interviewer, 1 for each other company human
    and for the organizer; a tie goes to the domain seen first."""
    counted: dict[str, int] = {}
    for person in interviewers:
        reg = domains.registrable_domain(person.email)
        if reg and _employer(ctx, reg) and reg != agency:
            counted[reg] = counted.get(reg, 0) + 2
    for reg, votes in _participant_votes(ctx, agency).items():  # in the order first seen
        counted[reg] = counted.get(reg, 0) + votes
    if not counted:
        return None
    top = max(counted.values())
    tied = [reg for reg, votes in counted.items() if votes == top]
    if len(tied) > 1:  # the one the title names ("Interview (Acme Trust)"), else the first
        for reg in tied:
            label = reg.split(".", 1)[0]
            if any(spelled(label, p) * 2 >= len(squash(label)) for p in _title_phrases(ctx)):
                return reg
    return tied[0]


def _title_phrases(ctx: Invite) -> list[str]:
    return _phrases(ctx.my_title)


def _employer(ctx: Invite, reg: str) -> bool:
    """Can ``reg`` be a hiring company's domain: no free mail, scheduler, job board or the
    user's own?"""
    return not (
        domains.is_free_mail(reg)
        or domains.is_ats(reg)
        or reg in ctx.my_domains
        or domains.is_job_board(reg)
    )


def _participant_votes(ctx: Invite, agency: str | None) -> dict[str, int]:
    """The company humans' and the organizer's votes (counted once per event: the domain is
    sought before and after the interviewers are known)."""
    if ctx.votes is None or ctx.votes[0] != agency:
        votes: dict[str, int] = {}
        for human in company_humans(ctx):
            reg = domains.registrable_domain(human.email)
            if reg and reg != agency and _employer(ctx, reg):
                votes[reg] = votes.get(reg, 0) + 1
        org_reg = _organizer_domain(ctx)
        if org_reg and org_reg != agency:
            votes[org_reg] = votes.get(org_reg, 0) + 1
        ctx.votes = (agency, votes)
    return ctx.votes[1]


def _organizer_domain(ctx: Invite) -> str | None:
    """The organizer's employer domain, when the organizer is someone else at a company."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or domains.is_calendar_system(organizer.email):
        return None
    reg = domains.registrable_domain(organizer.email)
    if not reg or not _employer(ctx, reg):
        return None
    return reg


# Recruiters who work for an agency say so, and call the hiring company their client.
_CLIENT_WORD = (
    r"client|cliente|clientes|mandant|mandanten|mandat|auftraggeber|klant|opdrachtgever|kunde|"
    r"kunden"
)
#: The words that make "client" a business's function, a team or a job, not an agency's
#: client ("the client services team", "Client Success Manager", "client-facing").
_CLIENT_FUNCTION = (
    r"(?![\s-]+(?:services?|success|relations?|relationships?|partners?|managers?|management|"
    r"teams?|accounts?|onboarding|experience|support|care|facing|side|base|portal|directors?|"
    r"executives?|leads?|advis[eo]rs?|solutions|operations|delivery|engagement|servicing|"
    r"data|list|meetings?|work|projects?|contacts?|feedback|journey|insights?|partnerships?)\b)"
)
_AGENCY = Gated(
    lazy(
        r"\b(?:(?:our|my|a|the|confidential|for (?:a|our|my))\s+(?:\w+\s+){0,2}client"
        + _CLIENT_FUNCTION
        + r"|"
        # "(client: Acme Bank)", "Mandant: Acme Bank AG": the client named as a field
        r"(?:" + _CLIENT_WORD + r")(?=\s*:)|"
        r"on behalf of|recruitment agency|headhunt\w*|executive search|search firm|"
        # an agency's trade, not a company's own staffing office ("Bank Staffing")
        r"staffing (?:agency|agencies|firm|company|partner|consultan\w*|specialists?)|"
        # what only an agency does: "before I put you forward to Acme"
        r"put(?:ting)? you forward|submit(?:ted|ting)? your (?:profile|cv|application)|"
        r"personalberatung|personaldienstleist\w*|mandant\w*|cabinet de recrutement|"
        r"notre client|nuestro cliente|nosso cliente|nostro cliente|onze (?:klant|opdrachtgever)|"
        # German calls an agency's client its "Kunde" too, one of them ("unser Kunde X", "im
        # Auftrag unseres Kunden"; not "unsere Kunden", its customers, nor "bei unserem Kunden",
        # where a consultancy's people work)
        r"unser kunde|unseres kunden|"
        r"werving en selectie|consultora de (?:seleccion|rrhh|recursos humanos))\b"
    ),
    *("client", "on behalf of", "recruitment agency", "staffing", "headhunt", "executive search"),
    *("search firm", "personal", "mandant", "cabinet de recrutement", "cliente", "klant"),
    *("kunde", "auftraggeber"),
    *("opdrachtgever", "werving en selectie", "consultora de", "unser", "forward", "submit"),
)


#: A recruiting agency's trade, as its domain spells it ("fieldstone-recruit", "acmestaffing",
#: "fenlowsearch", "kestrowtalent"; not "acmeresearch").
_AGENCY_LABEL = lazy(
    r"recruit|staffing|personnel|headhunt|resourcing|personaldienst|(?<!re)search|talent"
)


def _addresses(ctx: Invite) -> str:
    organizer = ctx.event.organizer
    found = [organizer.email or ""] if organizer else []
    return " ".join(found + [p.email or "" for p in company_humans(ctx)])


def agency_domain(ctx: Invite) -> str | None:
    """The recruiting agency's domain when the text says a client is behind it; not a domain
    the client's own name spells ("scheduled on behalf of Acme Recruiting" at acme.com: a
    scheduler writing for the company, no agency)."""
    said = agency_said(ctx)
    if not said and not _AGENCY_LABEL.search(_addresses(ctx)):
        return None  # (a fast test: no address spells an agency's trade)
    organizer = ctx.event.organizer
    if organizer and not ctx.user_owned and is_system(organizer) is None:
        found = domains.registrable_domain(organizer.email)
    elif company := company_humans(ctx):
        found = domains.registrable_domain(company[0].email)
    else:  # only the agency's shared mailbox ("Acme Talento" at seleccion@acmetalento)
        found = _organizer_domain(ctx)
    if found and not said and not _AGENCY_LABEL.search(found.split(".", 1)[0]):
        return None
    if found:
        label = found.split(".", 1)[0]
        if any(spelled(label, name) * 2 >= len(squash(label)) for name in _clients(ctx)):
            return None
    return found


# --------------------------------------------------------------------------- names in the text

# Words of a recruiting function or a mailbox, not of a company's name ("Acme Talent Team",
# "Recrutement - Acme", "Personalabteilung"), folded; in the languages invites are written in.
_FUNCTION_WORDS = frozenset(
    [
        *RECRUITING_FUNCTION_WORDS,
        # the status a calendar or a scheduler writes before a title ("Scheduled: ...")
        "scheduled",
        "rescheduled",
        "confirmed",
        "updated",
        "booked",
        "canceled",
        "cancelled",
        "invitation",
        "einladung",
        "convocation",
        "convocatoria",
        "invitacion",
        "convite",
        "convocacao",
        "uitnodiging",
        "invito",
        "convocazione",
        "reminder",
        "tentative",
        "candidate",
        "candidates",
        "recruiter",
        "acquisition",
        "team",
        "teams",
        "people",
        "job",
        "interview",
        "scheduler",
        "coordination",
        "coordinator",
        "calendar",
        "staffing",
        "graduate",
        "graduates",
        "campus",
        "human",
        "resources",
        "cell",
        "desk",
        "via",
        "reply",
        "do",
        "not",
        "werving",
        "selectie",
        "personal",
        "bewerbermanagement",
        "karriere",
        "atraccion",
        "atracao",
        "l'equipe",
        "recursos",
        "humanos",
        "gestion",
        "personas",
        "ufficio",
        "personale",
        "risorse",
        "umane",
        # the selection and the vacancies a mailbox is named for ("Selezione Acme", "Vagas
        # Acme", "Vacantes Acme", "Stellen Acme", "Vacatures Acme")
        "selezione",
        "vagas",
        "vacantes",
        "empleo",
        "emprego",
        "stellen",
        "vacatures",
        # a careers mailbox's invitation ("Lavora con noi", "Werken bij ...")
        "lavora",
        "lavorare",
        "trabaja",
        "trabalhe",
        "travaillez",
        "rejoignez",
        "werken",
        # the possessives a letter signs its team with ("Your Acme team", "Ihr Team von Acme",
        # "Votre équipe Acme", "Uw team van Acme")
        "your",
        "ihr",
        "ihre",
        "dein",
        "deine",
        "euer",
        "votre",
        "vos",
        "uw",
        "jullie",
        "vuestro",
        "vuestra",
        "vostro",
        "vostra",
        # a team in the other languages, and the programme a mailbox recruits for ("Programa
        # Trainee Quorval", "Equipe Trainee Quorval", "Quorval Graduate Programme")
        "equipe",
        "equipo",
        "equipa",
        "trainee",
        "trainees",
        "programa",
        "programme",
        "program",
        "programm",
        "programma",
        "becas",
        "praktikum",
        "estagio",
    ]
)
#: Words of a recruiting function: after a company's name, they and what follows name its team,
#: mailbox or portal ("Acme Freight Recruitment Centre", "Acme Careers Portal", "Acme Candidate
#: Experience"), not the company.
_TEAM_START = frozenset(
    {"recruiting", "recruitment", "recruiter", "recruiters", "talent", "talents", "careers",
     "career", "candidate", "candidates", "hiring", "hr", "rh", "rrhh", "karriere",
     "recrutement", "reclutamiento", "recrutamento", "rekrutacja", "werving", "bewerbermanagement",
     "personalabteilung",
     # a careers mailbox's invitation ("Dolcevita Lavora con noi", "Trabaja con nosotros")
     "lavora", "lavorare", "trabaja", "trabalhe", "travaillez", "rejoignez", "werken"}
)  # fmt: skip
_ORDINAL = lazy(r"\d+(?:st|nd|rd|th|er|e|o|a|º|ª)\.?")
#: Words for a coffee that end the names of cafés ("Blue Kettle Coffee").
_VENUE_KINDS = frozenset({"cafe", "coffee", "caffe", "kaffee"})
#: Words after a company's name that name its premises or a mailbox of it.
_PLACE_WORDS = frozenset({"hq", "office", "reception", "inbox", "mailbox", "enquiries"})
#: "for" in the languages of invites: what follows it in a title is often the job.
_FOR = frozenset({"for", "fur", "pour", "para", "per", "voor"})
# Words that join the words of a name ("Office for River Management", "Banco de Galicia").
_JOINERS = frozenset(
    [
        "of",
        "for",
        "de",
        "do",
        "da",
        "das",
        "dos",
        "del",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "les",
        "des",
        "van",
        "von",
        "und",
        "and",
        "y",
        "e",
        "et",
        "&",
        "zu",
        "of",
        "the",
    ]
)
_NAME_TOKEN = lazy(r"[^\s,;:|()\[\]<>\"“”„«»]+")
# Where one phrase ends and the next begins: separators of titles, signatures and lists.
_PHRASE_SPLIT = led(lazy(r"\s*(?:\||–|—|·|•|:|/|\s-\s|<>|\(|\)|\[|\]|;|\bvia\b|\n)\s*"))
# "@ Acme", "at Acme", "bei Acme", "chez Acme", "en Acme", "na Acme", "presso Acme", "bij Acme"
_AT_COMPANY = lazy(
    r"(?:^|\s)(?:@|at|bei|beim|chez|en|em|na|no|presso|bij)\s+(?P<name>[^\s@].*)$", re.I
)
# "the Data Engineer role at Acme", "Ingenieur bei Acme": a company after a job's place.
_AT_ROLE = led(
    lazy(
        r"\b(?i:role|position|job|opening|vacancy|team|stelle|poste|puesto|vacante|vaga|cargo|"
        r"posizione|vacature|functie)\s+"
        r"(?i:at|bei|chez|en|em|na|no|presso|bij)\s+(?P<name>[A-ZÀ-ÞŁ].*)"
    )
)
_BEHALF = Gated(
    lazy(
        r"\b(?:on behalf of|em nome d[aeo]s?|en nombre del?|au nom d(?:e|u|es)|"
        r"im (?:auftrag|namen) (?:von|des|der)|per conto d(?:i|el|ella)|namens|"
        r"(?:a|in) nome d(?:i|el|ella|ei))\s+(?P<name>\S.*)",
        re.I,
    ),
    *("on behalf of", "em nome d", "en nombre de", "au nom d", "im auftrag", "im namen"),
    *("per conto d", "namens", " nome d"),
)
#: The bodies and office-holders of an organisation its own people write for ("on behalf of the
#: Selection Committee", "au nom du jury", "im Namen des Vorstands", "en nombre del Consejo de
#: Dirección", "namens de sollicitatiecommissie", "a nome della commissione"), folded: the
#: writer's own employer, never a client an agency names.
_OWN_BODIES = frozenset(
    {"board", "boards", "committee", "panel", "trustees", "governors", "directors", "partners",
     "management", "team", "department", "school", "principal", "headteacher", "head",
     "chair", "chairperson", "chairman", "faculty", "company", "firm", "organisation",
     "organization", "trust", "practice", "council", "jury", "conseil", "comite", "commission",
     "direction", "equipe", "l'equipe", "vorstand", "vorstands", "geschaftsfuhrung",
     "geschaeftsfuehrung", "kommission", "aufsichtsrat", "leitung", "direktion", "personalrat",
     "consejo", "comision", "tribunal", "direccion", "junta", "equipo", "conselho", "comissao",
     "diretoria", "direcao", "banca", "equipa", "consiglio", "commissione", "direzione",
     "giunta", "bestuur", "directie", "commissie", "raad", "administracion", "administration",
     "gerencia", "governing", "body"}
)  # fmt: skip
#: Compounds that name such a body ("Auswahlkommission", "sollicitatiecommissie").
_BODY_COMPOUND = lazy(r"\w{3,}(?:kommission|commissie|ausschuss|vorstand|bestuur)")
#: Words that say which body it is ("the Selection Committee", "the interview panel").
_BODY_QUALIFIERS = frozenset(
    {"selection", "interview", "interviewing", "hiring", "search", "recruitment", "recruiting",
     "appointments", "appointment", "appointing", "executive", "leadership", "senior",
     "academic", "whole", "entire", "full", "de", "seleccion", "selecao", "selezione",
     "recrutement", "recrutamento", "reclutamiento"}
)  # fmt: skip
#: The words before a body's noun: articles, possessives, the contracted prepositions.
_DETERMINERS = frozenset(
    {"the", "our", "my", "its", "their", "his", "her", "le", "la", "les", "l'", "du", "des",
     "del", "della", "dello", "dei", "degli", "delle", "da", "do", "das", "dos", "der", "die",
     "dem", "den", "het", "il", "lo", "el", "los", "las", "nuestro", "nuestra", "notre", "nos",
     "unser", "unseres", "unserer", "unsere", "nostro", "nostra", "nosso", "nossa", "onze",
     "ons", "a", "o"}
)  # fmt: skip
#: The prepositions that join a body to its organisation ("the Board of Westmoor Bank").
_BODY_OF = frozenset(
    {"of", "at", "for", "de", "du", "des", "der", "van", "di", "della", "del", "da", "do",
     "bei", "chez", "von", "dell'", "d'"}
)  # fmt: skip


def _is_body(word: str) -> bool:
    return word in _OWN_BODIES or bool(_BODY_COMPOUND.fullmatch(word))


def _own_body(words: list[str]) -> int | None:
    """When ``words`` (what follows "on behalf of") start with a body of an organisation ("the
    Board of Governors", "the interview panel", "du jury"): where that body's words end; else
    None ("Acme Bank", "the Westshire Council": a name of its own before the noun)."""
    at = 0
    while at < len(words) and fold(words[at]) in _DETERMINERS:
        at += 1
    found = None
    for index in range(at, min(at + 3, len(words))):
        word = fold(words[index]).strip(".,;:!?)")
        if word.startswith(("l'", "l’")) and len(word) > 2:
            word = word[2:]
        if _is_body(word):
            found = index + 1
            break
        if word not in _BODY_QUALIFIERS:
            return None
    if found is None:
        return None
    # "the Board of Management", "el Consejo de Administración": the body's own name goes on
    while (
        found + 1 < len(words)
        and fold(words[found]) in _BODY_OF
        and _is_body(fold(words[found + 1]).strip(".,;:!?)"))
    ):
        found += 2
    return found


def _organisation_after(words: list[str], end: int) -> str | None:
    """The organisation a body's words are followed by ("the Directors of Quorval" ->
    "Quorval"), when a name follows."""
    if end >= len(words) or fold(words[end]) not in _BODY_OF:
        return None
    rest = words[end + 1 :]
    if rest and fold(rest[0]) in _DETERMINERS and rest[0][:1].islower():
        rest = rest[1:]
    if not rest or not _is_name_word(rest[0]):
        return None
    return name_at_start(" ".join(rest))


def _behalf_name(text: str) -> str | None:
    """The name written after "on behalf of" (``text``): the organisation itself, not a body of
    it ("on behalf of the Board of Governors" names none; "the Directors of Quorval" Quorval)."""
    words = text.split(None, 16)
    end = _own_body(words)
    name = name_at_start(text) if end is None else _organisation_after(words, end)
    if name and fold(name.split()[0]).strip(".") in _ADDRESSED:
        return None  # "im Namen von Herrn Vogt", "on behalf of Mr Ruiz": a person
    return name


def _addresses_person(word: str) -> bool:
    """Is ``word`` how a person is addressed or titled before their name ("Herr", "Dr.")?"""
    folded = fold(word).strip(".,")
    return folded in _HONORIFICS or folded in _ADDRESSED


#: How a person is addressed by name ("Mr Ruiz", "Herrn Vogt"), which no business's name starts
#: with (unlike "Dr", as in some brands).
_ADDRESSED = frozenset(
    {"mr", "mrs", "ms", "miss", "herr", "herrn", "frau", "m", "mme", "mlle", "sr", "sra", "srta",
     "sig", "sigra", "dhr", "mevr", "pan", "pani"}
)  # fmt: skip


# "our client, the Acme Bank": the article in lower case is the sentence's; capitalised ("Client:
# De Gouden Leeuw") it starts the name
_CLIENT = lazy(
    r"\b(?:" + _CLIENT_WORD + r")\b" + _CLIENT_FUNCTION + r"[\s,:(]+"
    r"(?-i:(?:the|der|die|das|el|la|le|o|a|il|de|het)\s+)?"
    r"(?P<name>\S.*)",
    re.I,
)
# "before I put you forward to Acme", "submitted your profile to Acme": the agency's client
_FORWARD = lazy(
    r"\b(?:put(?:ting)? you forward|submit(?:ted|ting)? your (?:profile|cv|application))\s+"
    r"(?:to|for|with)\s+(?-i:(?:the\s+)?)(?P<name>[A-ZÀ-ÞŁ][^\n]*)",
    re.I,
)
_TIME_WORD = lazy(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|uhr)?\b|\b\d+\b", re.I)


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[0] == "&")


@lru_cache(maxsize=8192)
def name_at_start(text: str) -> str | None:
    """The company name a text starts with: capitalised words and the small words that join
    them, up to and including a legal form ("Lojas Vento Sul S.A. Não responda" -> "Lojas Vento
    Sul S.A."); function words at either end dropped ("Acme Talent" -> "Acme")."""
    words: list[str] = []
    squashed: list[str] = []
    form_end = 0  # the words up to the end of the longest legal form read so far
    team_after = False  # "The Acme team": a team's word in lower case ends the name
    ends = last_words()
    tokens = text.split(None, _LONGEST_NAME)
    for index, token in enumerate(tokens):
        if (
            token.endswith(("'s", "’s"))
            and len(token) > 3
            and (index + 1 == len(tokens) or tokens[index + 1][:1].islower())
        ):
            words.append(token[:-2])  # "Acme Health's finance team" (not "St Ann's School")
            squashed.append(squash(token[:-2]))
            break
        bare = token.rstrip('.,;:!?)]"”»')
        if not bare or not (bare[0].isalnum() or bare == "&") or len(words) >= _LONGEST_NAME:
            break
        if "@" in bare or "://" in bare or _CONTRACTION.search(bare):
            break  # an address, a link, "You'll", "We're": no word of a name
        if bare in _PRONOUN_I and (
            bare != "I" or index + 1 == len(tokens) or tokens[index + 1][:1].islower()
        ):
            break  # "on behalf of the Board I am writing": English writes its "I" capitalised
        key = squash(bare)
        is_form = bool(words) and (
            key in _FORM_PIECES
            or (key in ends and _written_as_form(bare, key) and _ends_form([*squashed, key]))
        )
        if form_end and not is_form:
            team_after = fold(bare) in _FUNCTION_WORDS
            break  # a legal form ends the name
        if not (_is_name_word(bare) or fold(bare) in _JOINERS or is_form):
            team_after = fold(bare) in _FUNCTION_WORDS
            break
        words.append(token.rstrip(',;:!?)]"”»') if is_form else bare)
        squashed.append(key)
        size = form_length(squashed) if key in ends else 0
        if size and size < len(words):
            form_end = len(words)
        if bare != token and not size and not _initial(bare) and not is_form:
            break  # the sentence or the clause ends
    if form_end:
        words = words[:form_end]
    return _trimmed(words, team_after)


#: English contractions of a pronoun or "not" ("You'll", "We're", "Don't"), no name's words.
_CONTRACTION = lazy(r"\w['’](?:ll|re|ve|d|m)$|n['’]t$", re.I)
#: The English pronoun "I", which starts a clause, never a name's word ("I am", "I'd").
_PRONOUN_I = frozenset({"I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll"})
#: No company's name runs longer than this many words.
_LONGEST_NAME = 12
#: Pieces of multi-word legal forms that end none ("S.A. de C.V.", "Sp. z o.o.", "GmbH & Co.").
_FORM_PIECES = frozenset({"de", "z", "oo", "cv", "co", "kg"})


def _written_as_form(token: str, key: str) -> bool:
    """Is ``token`` written as a legal form is: with a capital or a dot ("AS", "Co.", "e.V."),
    or three letters or more ("plc", "ltd")? A short word in lower case is a word of the
    sentence ("at", "as", "se"), not the form it spells."""
    return len(key) >= 3 or "." in token or not token.islower()


def _initial(word: str) -> bool:
    return len(word) <= 2 or (word.count(".") >= 1 and len(word) <= 6)


def _ends_form(probe: list[str]) -> bool:
    """Do the last words of ``probe`` (squashed) make a legal form ("sp" "z" "oo")?"""
    return any(form_length(probe[-n:]) == n for n in range(1, min(4, len(probe)) + 1))


def _trimmed(words: list[str], team_after: bool = False) -> str | None:
    """``words`` without function words and joiners at either end, cut where a meeting's kind
    begins ("Acme Final Round" -> "Acme"); ``team_after``: a team's word follows them in lower
    case ("The Acme team": Acme's)."""
    folded = [fold(word) for word in words]
    whole = len(words)
    # ASCII folds one character at a time, so the words' folds joined are the join's fold
    ascii_only = all(word.isascii() for word in words)
    for index in range(1, len(words)):
        rest = " ".join(folded[index:]) if ascii_only else fold(" ".join(words[index:]))
        if (STRONG.match(rest) or STAGE.match(rest)) and not (
            index + 1 == len(words) and _trade_end(rest)
        ):
            words = words[:index]
            whole = index  # "De Gouden Leeuw 2e gesprek": the meeting's kind ends the name
            break
        # "Acme Logistik for Fleet Planner": the job the meeting is for is no part of the name
        if folded[index] in _FOR and JOB_NOUN.search(rest):
            words = words[:index]
            break
        if folded[index].strip(".,'’") in _TEAM_START or _people_team(folded, index):
            words = words[:index]
            break
    start, end = 0, len(words)
    while (
        start < end
        and (_generic(words[start]) or folded[start] in _JOINERS)
        and not _kind_starts(words, start, end)
        and not _particle_starts(words, start, end)
    ):
        start += 1
    while end > start and (_generic(words[end - 1]) or folded[end - 1] in _JOINERS):
        if end == len(words) and end - start >= 2 and folded[end - 1] in _VENUE_KINDS:
            break  # "Blue Kettle Café": a business of that kind, not a coffee
        if end == len(words) and end - start >= 2 and _trade_end(folded[end - 1]):
            break  # "Quorval Tech": the trade, not a technical interview
        end -= 1
    end = min(end, _address_start(folded, start, end))
    # "Acme HQ", "Acme School Office": the place or the mailbox, unless the name is no more
    # than one ordinary word ("Home Office")
    while end - start > 1 and _ORDINAL.fullmatch(folded[end - 1]):
        end -= 1  # "Acme HQ, 4th floor": a floor, a street's number
    while end - start > 1 and folded[end - 1].strip(".,'’") in _PLACE_WORDS:
        if end - start == 2 and domains.is_word(squash(words[start])):
            break
        end -= 1
    if (
        start >= 1
        and words[start - 1] in _ARTICLES
        and end > start
        and (words[start - 1] != "The" or (not team_after and _no_team_after(folded, end, whole)))
    ):
        start -= 1  # "The Red Lion", "De Gouden Leeuw", "HR Les Ateliers X": its article
    kept = words[start:end]
    if not kept or not any(w[:1].isupper() for w in kept):
        return None
    return " ".join(kept)


#: The names a company's personnel function goes by, after the company's ("Acme People
#: Services", "Acme People & Culture", "Acme Personas y Cultura", "Acme Pessoas e Cultura",
#: "Acme Mensen & Cultuur"), and the words that follow them there.
_PEOPLE = frozenset({"people", "personas", "pessoas", "mensen", "persone"})
_PEOPLE_AFTER = frozenset(
    {"team", "services", "service", "operations", "ops", "partner", "partners", "experience",
     "office", "hub", "&", "+", "and", "y", "e", "und", "et", "en", "culture", "cultura",
     "cultuur", "kultur"}
)  # fmt: skip


def _people_team(folded: list[str], index: int) -> bool:
    """Does the personnel function's name start at ``folded[index]``: a word for people ending
    the name or followed by one of its team, services or culture?"""
    word = folded[index].strip(".,'’")
    if word not in _PEOPLE:
        return False
    return index + 1 == len(folded) or folded[index + 1].strip(".,'’") in _PEOPLE_AFTER


def _trade_end(folded: str) -> bool:
    """Is ``folded`` the noun of a trade that ends a name though it also names a meeting's kind
    ("tech"), and no word of a recruiting function ("recruitment")?"""
    word = folded.strip(".,'’")
    return org_kinds.ends_name(word) and word not in _FUNCTION_WORDS


#: The articles, capitalised, that start names in the languages of invites ("The Red Lion",
#: "De Gouden Leeuw", "La Mouette", "Der Blaue Reiter") and that ``_JOINERS`` would drop. English
#: puts the article of a team before the company's name ("The Acme team" is Acme's); the other
#: languages put the team's noun first ("l'équipe Acme", "het team van Acme"), so "Les
#: Ateliers Marnay Recrutement" keeps its article.
_ARTICLES = frozenset({"The", "De", "La", "Le", "Les", "Der"})
#: The particles of family names, capitalised, that start the names of businesses named after
#: a family ("Van der Meer Bouw", "Ten Brink", "Di Stefano Costruzioni", "Du Toit Wines"); the
#: lower-case particles that may follow the first ("Van den", "Van 't", "Della").
_NAME_PARTICLES = frozenset(
    {"Van", "Vanden", "Vander", "Ten", "Ter", "Di", "Du", "Del", "Della", "Dal", "Dalla"}
)
_INNER_PARTICLES = frozenset({"der", "den", "de", "het", "'t", "la", "le", "van"})
_LOWER_PARTICLES = frozenset({"von", "van", "vom", "zu", "ten", "ter", "di", "du", "del", "della"})


def _particle_starts(words: list[str], start: int, end: int) -> bool:
    """Does a family name's particle at ``start`` start a name, a capitalised name after it
    ("Van der Meer Bouw")? Written in lower case, as the family writes it ("von Ostrau
    Treuhand AG", "van der Meer Bouw"), only where the text starts with it and a firm's name of
    two words or more follows (not "de Vries" alone)."""
    lower = start == 0 and words[0] in _LOWER_PARTICLES
    first = words[start].title() if words[start].isupper() else words[start]  # "VAN DER X"
    if first not in _NAME_PARTICLES and not lower:
        return False
    at = start + 1
    while at < end and (words[at].lower() if words[at].isupper() else words[at]) in (
        _INNER_PARTICLES
    ):
        at += 1
    if at >= end or at - start > 3 or (lower and end - at < 2):
        return False
    after = words[at]
    return after[:1].isupper() and not _generic(after) and fold(after) not in _JOINERS


def _kind_starts(words: list[str], start: int, end: int) -> bool:
    """Does the capitalised noun of a business's kind at ``start`` start a name, a proper name
    after it ("Café Hallbeck": a café, though "café" is also a meeting's kind)?"""
    if start + 1 >= end or not words[start][:1].isupper():
        return False
    after = words[start + 1]
    return (
        org_kinds.leads_name(fold(words[start]))
        and after[:1].isupper()
        and not _generic(after)
        and fold(after) not in _JOINERS
    )


def _no_team_after(folded: list[str], end: int, whole: int) -> bool:
    """Are the words ``folded[end:whole]`` cut off a name no team's or mailbox's ("The Acme
    team", "The Acme office" are Acme's): only joiners and ordinals ("De Gouden Leeuw 2e")?"""
    return all(w in _JOINERS or _ORDINAL.fullmatch(w) for w in folded[end:whole])


#: Words that name a street, written before or after its name ("45 Queen St", "Via Roma 3",
#: "12 rue des Lilas", "Calle Mayor 5", "ul. Polna 4"), in the languages invites come in.
_STREET_WORDS = frozenset(
    {"st", "street", "rd", "road", "ave", "avenue", "av", "blvd", "boulevard", "ln", "lane",
     "dr", "drive", "way", "ct", "court", "pl", "place", "sq", "square", "hwy", "highway",
     "pkwy", "parkway", "terrace", "crescent", "cres", "close", "row", "strasse", "str",
     "straße", "weg", "gasse", "platz", "allee", "rue", "chemin", "quai", "calle",
     "avenida", "paseo",
     "carrera", "rua", "travessa", "praca", "via", "viale", "piazza", "corso", "largo",
     "straat", "laan", "plein", "kade", "gracht", "ul", "ulica", "aleja", "vej", "gatan",
     "gata", "katu"}
)  # fmt: skip
#: The endings of streets written as one word ("Hauptstraße", "Havenkade", "Storgatan").
_STREET_END = lazy(
    r"[a-zäöü]{3,}(?:strasse|straße|str|weg|gasse|platz|allee|straat|laan|kade|gracht|plein|singel|"
    r"vej|gatan|gata|veien|katu)$"
)
_HOUSE_NUMBER = lazy(r"\d{1,5}[a-z]?(?:-\d{1,5}[a-z]?)?")


def _is_street(folded: str) -> bool:
    word = folded.strip(".,")
    return word in _STREET_WORDS or bool(_STREET_END.fullmatch(word))


def _address_start(folded: list[str], start: int, end: int) -> int:
    """Where a street address begins among the words ``folded[start:end]`` (``end`` if none):
    a house number with a street's word after it ("500 Harbor St"), or a street's word with a
    number after it ("Via Emilia 311", "Hauptstraße 3"). An address is where a company is, never
    its name."""
    for index in range(start, end):
        word = folded[index].strip(".,")
        if _HOUSE_NUMBER.fullmatch(word):
            if any(_is_street(w) for w in folded[index + 1 : min(end, index + 5)]):
                return index
        elif _is_street(word) and any(
            _HOUSE_NUMBER.fullmatch(w.strip(".,")) for w in folded[index + 1 : min(end, index + 4)]
        ):
            return index
    return end


@lru_cache(maxsize=8192)
def _generic(word: str) -> bool:
    folded = fold(word).strip(".,'’")
    return folded in _FUNCTION_WORDS or bool(
        STRONG.fullmatch(folded) or STAGE.fullmatch(folded) or WEAK.fullmatch(folded)
    )


def _phrases(
    text: str, grams: frozenset[str] = frozenset(), firsts: re.Pattern[str] | None = None
) -> list[str]:
    """The company-like phrases of a text, in order: each piece between separators, read from
    its start, and again from each later capitalised word ("Thanks from Acme" -> "Acme"). With
    ``grams`` (three letters in a row of a domain label), only from the words up to the first
    one holding such letters: a phrase that starts later spells less of the label. With
    ``firsts`` (``_first_letters``), only from pieces that have a word it finds."""
    found: list[str] = []
    for part in _PHRASE_SPLIT.split(text):
        for piece in _comma_pieces(part.strip()):
            if firsts is not None and not firsts.search(fold(piece).translate(_ASCII)):
                continue
            for start in _word_starts(piece, grams) if piece else ():
                name = name_at_start(piece[start:])
                if name and name not in found:
                    found.append(name)
    return found


_COMMA_BEFORE_WORD = lazy(r",\s+(?=[A-ZÀ-ÞŁ])")


def _comma_pieces(piece: str) -> list[str]:
    """``piece`` split where a comma ends a name, before a capitalised word that is no legal
    form ("Co-founder, Van der Wiel Bouw": a job, then the company); "Laboratorios
    Tepeyac Sur, S.A. de C.V." stays one name."""
    if "," not in piece:
        return [piece]
    pieces, last = [], 0
    for m in _COMMA_BEFORE_WORD.finditer(piece):
        head = piece[m.end() :].split(None, 1)[0].rstrip(",;:")
        if squash(head) in last_words() and is_form(head):
            continue
        pieces.append(piece[last : m.start()])
        last = m.end()
    pieces.append(piece[last:])
    return pieces


_CAPITALISED = lazy(r"(?<=[\s,])(?=[A-ZÀ-ÞŁŚŻ])")


def _word_starts(piece: str, grams: frozenset[str]) -> list[int]:
    starts = [0]
    # an ASCII piece folds one character at a time: its fold, cut, is the fold of its cuts
    plain = fold(piece) if grams and piece.isascii() else None
    for m in _CAPITALISED.finditer(piece):
        if (
            grams
            and (
                _has_gram(plain[starts[-1] : m.start()], grams)
                if plain is not None
                else _holds(piece[starts[-1] : m.start()], grams)
            )
            and _one_name(piece[starts[-1] : m.start()])
        ):
            break
        starts.append(m.start())
    return starts


def _one_name(segment: str) -> bool:
    """Would a name read from the start of ``segment`` run on past it: no word of the sentence
    in it ("This meeting may be recorded for quality purposes. Harlanby Health": the phrase from
    "This" stops at "meeting", so one from "Harlanby" is still to be read)?"""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _JOINERS for w in segment.split())


@lru_cache(maxsize=256)
def _first_letters(letters: str) -> re.Pattern[str]:
    """Finds, in a text folded as ``squash`` folds it, a word whose first letter or digit is
    one of ``letters``. Words are split at spaces, commas, hyphens and slashes, more often than
    a phrase's words are (``spelled``), so every word of a phrase read from the text starts with
    a letter this finds. A phrase spells a label's part only with a word that starts with the
    part's first letter (``_spelled``): a piece with no such word holds no phrase that spells
    any of the label, and is not read (most pieces of a long invite)."""
    return re.compile(r"(?:^|[\s,/-])[^a-z0-9\s,/-]*[" + re.escape(letters) + "]")


def _holds(text: str, grams: frozenset[str]) -> bool:
    return _has_gram(fold(text).translate(_ASCII), grams)


# --------------------------------------------------------------------------- the name


def company_name(ctx: Invite, domain: str | None) -> str | None:
    """The company's name: the invite's phrase that spells ``domain`` best, else a known
    company's name or the domain's label in words; with no domain, a name the invite gives."""
    if domain:
        label = domains.careers_stem(domain.split(".", 1)[0])  # "quorvalcareers": Quorval's
        best = _best_spelling(ctx, label) or _in_conference_block(ctx, label)
        if best is None:
            best = (
                _written_name(ctx, label)
                or _split_as_written(ctx, label)
                or domains.company_from_domain(domain)
            )
        kind = domains.kind_suffix(domain)
        if best and kind and squash(best) == squash(label):
            return f"{best} {kind.capitalize()}"  # "Yarrow" at yarrow.health
        return best
    found = _name_without_domain(ctx)
    return (domains.known_company(squash(found)) or found) if found else None


def _written_name(ctx: Invite, label: str) -> str | None:
    """The company the text names in one of its forms (the title's, "bei der X GmbH", "the X
    team", "applied to X"), when no phrase spells the domain ``label``: a group's or a
    shortened domain ("altavin" for "Bodegas Altamira", "nwl-gruppe" for "Nordwind Logistik
    GmbH") says less than the name the company writes. Only a name that is clearly an
    organisation's (a kind's noun or a legal form) or that spells a part of the label."""
    name = _title_company(ctx)
    if name is not None and (_org_word(name) or _has_form(name) or spelled(label, name)):
        return name
    # a title's name of more words, one of which the label holds ("Vandermolen Zorg" at
    # vdmzorg; the label's first word alone, "Quarrington" at quarringtonbay, splits it)
    key = squash(label)
    for segment in _PHRASE_SPLIT.split(ctx.my_title):
        found = _title_name(segment.strip(" -–—"), set())
        words = [squash(w) for w in found.split()] if found else []
        if len(words) >= 2 and any(len(w) >= 4 and w in key for w in words):
            return found
    return None


def _in_conference_block(ctx: Invite, label: str) -> str | None:
    """The name that spells the domain label in the invite's conferencing block, where nothing
    else writes it: an organisation's footer there names it ("Harlanby Medical Center -
    Nursing Recruitment"), and so does the account a meeting service says invites. The
    service's own words and the name of a person of the event (the host) are none."""
    text = conference_text(ctx.event.description, ctx.event.html_description)
    filters = _label_filters(label) if text else None
    if filters is None:
        return None
    grams, firsts = filters
    if grams and not _has_gram(fold(text).translate(_ASCII), grams):
        return None  # no line holds three letters of the label (most blocks: the service's own)
    people = {fold(w) for p in ctx.people if p.name for w in p.name.split()}
    found = [
        (phrase, _TEXT)
        for line in text.splitlines()
        if not grams or _has_gram(fold(line).translate(_ASCII), grams)
        for phrase in _phrases(line, grams, firsts)
        if not any((f := fold(w)) in _CONFERENCE_WORDS or f in people for w in phrase.split())
    ]
    return _best_spelling(ctx, label, found) if found else None


#: The words of the meeting services' own text in their blocks.
_CONFERENCE_WORDS = frozenset(
    {"microsoft", "teams", "zoom", "google", "meet", "webex", "meeting", "join", "calendly",
     "skype", "conference", "dial", "passcode", "pin"}
)  # fmt: skip


def _split_as_written(ctx: Invite, label: str) -> str | None:
    """The domain label in two words where the invite writes the first: "Quarrington" in the
    title and quarringtonbay.com give "Quarrington Bay", when the rest of the label is a word of
    the dictionary; else None (the label read alone). The user's own names confirm nothing."""
    key = squash(label)
    if "-" in label or "_" in label or len(key) < 6:
        return None
    mine = {squash(w) for n in ctx.me_names for w in n.split()}
    # an ASCII capital squashes to its lower case: only the label's first letter can start it
    first = key[0].upper()
    for text, _ in _sources(ctx):
        for word in _CAPITAL_WORD.findall(text):
            if word[0] != first and word[0].isascii():
                continue
            head = squash(word)
            if len(head) < 3 or len(key) - len(head) < 3 or not key.startswith(head):
                continue
            rest = key[len(head) :]
            if domains.is_word(rest) and head not in mine:
                return f"{word} {rest.capitalize()}"
    return None


_CAPITAL_WORD = lazy(r"\b[A-ZÀ-ÞŁ][\w'’]+")


#: Where a phrase was read: the title or a marked phrase ("role at Acme"), which writes the
#: name the company goes by; a mailbox's display name, which often shortens it ("Acme
#: Recruitment"); a letter's text, signature or address, which often gives it whole.
_TITLE, _DISPLAY, _TEXT = 0, 1, 2


def _sources(ctx: Invite) -> list[tuple[str, int]]:
    """The texts a company names itself in, the most telling first, each with its kind: the
    title, the organizer's and the shared mailboxes' display names, the description
    (signatures included), the location. Read once per event (the name is sought for each
    domain, and in more than one way)."""
    if ctx.sources is not None:
        return ctx.sources
    texts = [(ctx.my_title, _TITLE)]
    organizer = ctx.event.organizer
    if organizer and organizer.name and not ctx.user_owned:
        texts.append((_without_vendor(organizer.name, organizer.email), _DISPLAY))
    texts += [(p.name, _DISPLAY) for p in ctx.people if p.name and not looks_like_person(p)]
    # a person's display name may carry their employer: "Dana Whitfield | Acme Freight"
    texts += [
        (a, _DISPLAY)
        for p in ctx.people
        if p.name and looks_like_person(p) and (a := affiliation(p.name))
    ]
    texts += [(ctx.event_name, _TITLE), (ctx.body, _TEXT), (ctx.notes, _TEXT)]
    texts.append((ctx.event.location or "", _TEXT))
    ctx.sources = [(t, kind) for t, kind in texts if t]
    return ctx.sources


def _without_vendor(display: str, address: str | None) -> str:
    """A display name without the name of the tracking system that sends it, which such a
    system writes after the company's ("Acme Freight Workday", "Acme Careers - Teamtailor" at
    the system's own address)."""
    reg = domains.registrable_domain(address)
    if not reg or not domains.is_ats(reg):
        return display
    words = display.split()
    key = squash(words[-1]) if len(words) > 1 else ""
    if len(key) >= 4 and key in squash(reg.split(".", 1)[0]):
        return " ".join(words[:-1]).rstrip(" -–—|·,")
    return display


def _candidates(ctx: Invite, label: str) -> list[tuple[str, int]]:
    """The phrases that may spell ``label``, each with the kind of text it was read from:
    marked ones ("role at Acme", "on behalf of Acme") first, then those of each source in
    order. Only lines holding three letters in a row of the label are read (a word spells a
    part of the label whole or cut to 3 letters), and only their pieces with a word that
    starts as a part of the label does; the phrases of other pieces spell none of it."""
    filters = _label_filters(label)
    if filters is None:
        return []
    grams, firsts = filters
    found: dict[str, int] = {}
    marked = [m["name"] for m in _AT_COMPANY.finditer(ctx.my_title)]
    for text in (ctx.body, ctx.notes):
        if " of " in text or " de " in text or " em " in text or " im " in text:
            marked += [n for m in _BEHALF.finditer(text) if (n := _behalf_name(m["name"]))]
        marked += [m["name"] for m in _AT_ROLE.finditer(text)]
    for text in marked:
        if (name := name_at_start(text)) and name not in found:
            found[name] = _TITLE
    for text, kind in _sources(ctx):
        plain = fold(text).translate(_ASCII)  # folded once: one character per character
        if grams and not _has_gram(plain, grams):
            continue
        for line, plain_line in zip(text.splitlines(), plain.splitlines(), strict=False):
            if not grams or _has_gram(plain_line, grams):
                towns = _POSTCODE_TOWN.findall(line) if _DIGITS.search(line) else ()
                for phrase in _phrases(line, grams, firsts):
                    if phrase not in towns:  # "6300 Zug": the town of an address
                        found.setdefault(phrase, kind)
    mine = {fold(w) for n in ctx.me_names for w in n.split() if len(w) > 2}
    # "Hi Robin" greets the user: no phrase with the user's name is the company's
    return [(p, k) for p, k in found.items() if not any(fold(w) in mine for w in p.split())]


#: A town after a postcode in an address ("3600 Thun", "75011 Paris").
_POSTCODE_TOWN = lazy(r"\b\d{4,5}[ \t]+([A-ZÀ-ÞŁ][\w'’-]+(?:[ \t][A-ZÀ-ÞŁ][\w'’-]+)?)")
_DIGITS = lazy(r"\d{4}")
#: A label this short may be a name's initials.
_ACRONYM = 4


@lru_cache(maxsize=1024)  # sought for the label in each source, once per label
def _label_filters(label: str) -> tuple[frozenset[str], re.Pattern[str]] | None:
    """What a line must hold to hold a phrase that spells some of ``label``: three letters in a
    row of it (none asked of a short label, often the name's initials: "orc" for "Office for
    Rural Connectivity", nor of one with such a part: "vot-thun" for "von Ostrau Treuhand" in
    Thun) and, in a piece, a word that starts as a part of the label does; None when no phrase
    can spell it."""
    key = squash(label)
    grams = frozenset({key[i : i + 3] for i in range(len(key) - 2)} or {key})
    chunks = _label_chunks(label)
    if len(key) <= _ACRONYM or (len(chunks) > 1 and any(len(c) <= 3 for c, _ in chunks)):
        grams = frozenset()
    firsts = {part[0] for chunk, stems in chunks for part in (chunk, *stems) if part}
    # a number the label spells in words the text may write in figures, and the other way
    firsts |= {str(n)[0] for n, word in enumerate(_NUMBERS) if key.startswith(word)}
    firsts |= {_NUMBERS[int(key[0])][0]} if key[:1].isdigit() else set()
    letters = "".join(sorted(firsts))

    return (grams, _first_letters(letters)) if letters else None


def _has_gram(plain: str, grams: frozenset[str]) -> bool:
    """``any(gram in plain for gram in grams)``, a plain loop (no generator per text)."""
    for gram in grams:  # noqa: SIM110 (a plain loop: this runs for every line)
        if gram in plain:
            return True
    return False


def _best_spelling(
    ctx: Invite, label: str, candidates: list[tuple[str, int]] | None = None
) -> str | None:
    """The candidate phrase that spells the most of the domain label: at least half of it, or
    one whole part of a hyphenated label; on a tie, one that writes a legal form (the
    company's registered name), else the first. A company the bundled list knows keeps its own
    name when the text says no more than the domain."""
    key = squash(label)
    best, best_score, best_formal, best_kind = None, 0, False, _TITLE
    if candidates is None:
        candidates = _candidates(ctx, label)
    for found, kind in candidates:
        score = spelled(label, found)
        if not score:
            continue
        phrase = _without_building(label, _without_job(label, found, score), score)
        phrase = _without_district(ctx, label, phrase, score)
        formal = _has_form(phrase)
        if (
            score > best_score
            or (score == best_score and formal and not best_formal)
            or (
                score == best_score
                and formal == best_formal
                and best_kind in (_DISPLAY, _TITLE)
                and kind == _TEXT
                and (
                    _fuller(phrase, best)
                    if best_kind == _DISPLAY
                    else _kind_after(phrase, best) and _signed_team(ctx.body, set()) == phrase
                )
            )
            or (score == best_score and formal == best_formal and _sentence_before(best, phrase))
        ):
            best, best_score, best_formal, best_kind = phrase, score, formal, kind
    if best is not None:
        best = _without_kind_word(best)
        if best_kind == _DISPLAY:  # a mailbox shortens the name the letter writes with its kind
            best = _kind_written(ctx, best) or best
    known = domains.known_company(key)
    # a whole part of a hyphenated label, four letters or more, or three a registered name's
    # initials spell ("vot-thun": "von Ostrau Treuhand AG")
    enough = best_score * 2 >= len(key) or (
        "-" in label and (best_score >= 4 or (best_score >= 3 and best_formal))
    )
    if best is None or not enough:
        return known
    if known and squash(best) == key:
        return known  # "Ibm" at ibm.com: the name it goes by ("IBM")
    if best.isupper() and squash(best) == key and len(key) <= _LONGEST_ACRONYM:
        return _expanded(ctx, key) or best
    return best


#: The most letters an acronym a mailbox names an institution by has ("WNHFT").
_LONGEST_ACRONYM = 6


def _expanded(ctx: Invite, acronym: str) -> str | None:
    """The name the letter writes in full whose words' initials hold the ``acronym``'s
    letters in order, from its first ("Western Northfold Hospitals NHS Foundation Trust" for
    WNHFT): an institution's mailbox writes only the acronym its domain spells."""
    for line in ctx.body.splitlines():
        if len(line) > 90 or acronym[0] not in fold(line):
            continue
        for phrase in _phrases(line):
            words = [w for w in phrase.split() if w[:1].isupper()]
            if len(words) < len(acronym) - 1 or fold(words[0][0]) != acronym[0]:
                continue
            initials = iter(fold(w[0]) for w in words)
            if all(letter in initials for letter in acronym) and _no_person(phrase):
                return phrase
    return None


def _without_job(label: str, phrase: str, score: int) -> str:
    """``phrase`` without the job or programme its last words name, when the words before
    spell as much of the domain label ("Acme Freight Graduate Scheme" at acmefreight.com ->
    "Acme Freight"); a phrase that ends with a legal form is one name."""
    words = phrase.split()
    if len(words) < 2 or _has_form(phrase) or not _names_job(fold(phrase)):
        return phrase
    for cut in range(1, len(words)):
        rest = fold(" ".join(words[cut:]))
        if not _names_job(rest):
            break
        if spelled(label, " ".join(words[:cut])) == score:
            return " ".join(words[:cut])
    return phrase


def _sentence_before(longer: str | None, name: str) -> bool:
    """Does ``longer`` end with ``name`` after words of the event's or a programme's, a
    number among them ("Painel de Avaliação do Programa Trainee 2026 dos Supermercados X"),
    not of the name's own ("Office for X", "University of X")?"""
    if longer is None:
        return False
    full, short = longer.split(), name.split()
    if len(full) - len(short) < 2 or full[-len(short) :] != short:
        return False
    extra = full[: -len(short)]
    return any(_generic(w) or w.isdigit() for w in extra) and not _with_kind(full, short)


def _without_building(label: str, phrase: str, score: int) -> str:
    """``phrase`` without the building its last word names, when the words before spell as much
    of the domain label ("Quorval Tower" at quorval.com: the company's building, not its
    name)."""
    words = phrase.split()
    if len(words) < 2 or fold(words[-1]).strip(".,") not in _BUILDINGS:
        return phrase
    kept = " ".join(words[:-1])
    return kept if spelled(label, kept) == score else phrase


def _without_district(ctx: Invite, label: str, phrase: str, score: int) -> str:
    """``phrase`` without the district or town of a branch its last words name, when the
    location or the text writes them as a place of its own and the words before spell as much
    of the domain label ("Brewline Coffee Fitzroy" at brewline, at "12 Smith St, Fitzroy": the
    Fitzroy shop of Brewline Coffee)."""
    words = phrase.split()
    for cut in (1, 2):
        if len(words) <= cut:
            break
        kept, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if not tail[:1].isupper() or spelled(label, kept) != score:
            continue
        if _a_district(ctx, tail):
            return kept
    return phrase


def _a_district(ctx: Invite, name: str) -> bool:
    """Is ``name`` written as a place of its own in the location or the text: a part of an
    address between commas, or after a postcode ("Fitzroy VIC", "80802 München-Schwabing")?"""
    pattern = re.compile(rf"(?:^|[,\n]|\d[ \t]|-)[ \t]*{re.escape(name)}\b(?![ \t]+[A-Z]?[a-z])")
    for text in (ctx.event.location or "", ctx.body):
        if name in text and pattern.search(text):
            return True
    return False


#: The nouns of buildings that a company's name followed by one designates: a place.
_BUILDINGS = frozenset(
    {"tower", "towers", "building", "plaza", "mall", "campus", "gebaude", "turm", "torre",
     "edificio", "toren", "gebouw"}
)  # fmt: skip


def _names_job(folded: str) -> bool:
    """Does ``folded`` hold the noun of a job or of a programme for one ("Graduate Scheme",
    "Data Engineer"), not only words that also qualify a trade in a company's name ("Senior
    Care", "Lead Generation")?"""
    if _PROGRAMME.search(folded):
        return True
    return any(m.group() not in _NOT_NAMED_JOB for m in JOB_NOUN.finditer(folded))


def _names_any_job(folded: str) -> bool:
    return bool(JOB_NOUN.search(folded) or _PROGRAMME.search(folded))


def _starts_job(folded: str) -> bool:
    """Does ``folded`` start with a job or a programme ("graduate analyst", "summer
    internship")?"""
    if JOB_NOUN.match(folded) or _PROGRAMME.match(folded):
        return True
    first = folded.split(" ", 1)[0]
    return first in _PROGRAMME_TIMES and _names_any_job(folded)


#: Words before a programme that say when or for whom it runs ("Summer Internship").
_PROGRAMME_TIMES = frozenset(
    {"summer", "spring", "autumn", "fall", "winter", "early", "industrial", "seasonal",
     "undergraduate", "placement", "insight", "year", "work"}
)  # fmt: skip
_PROGRAMME = lazy(r"\b(?:scheme|internship|apprenticeship|placement)s?\b")
_NOT_NAMED_JOB = frozenset({"senior", "junior", "lead", "partner", "agent"})


def _fuller(phrase: str, than: str | None) -> bool:
    """Is ``phrase`` a fuller form of the name ``than`` ("Acme Hospitals Trust" of "Acme"):
    every word of it and more, and no person's name? The words it adds name an institution,
    or the business's kind ("Supermercados Vila Rica", "Cooperativa de Crédito Vila Rica",
    "Vila Rica Medical Group")."""
    if than is None:
        return False
    if _with_kind(phrase.split(), than.split()) or _written_out(phrase.split(), than.split()):
        return True
    if looks_like_person_name(phrase) and not _org_word(phrase):
        return False
    words = {fold(w) for w in phrase.split()}
    shorter = {fold(w) for w in than.split()}
    return len(words) > len(shorter) and shorter <= words and bool(org_kinds.INSTITUTION & words)


def _kind_after(phrase: str, than: str | None) -> bool:
    """Is ``phrase`` the name ``than`` with the noun of its kind after it ("Saltgrove Dining
    Group", "Harrow Hotels" of "Harrow"), the employer a signature names in full? A firm of
    professionals adds its profession, which it trades without ("Harrow Rees Chartered
    Accountants", "Harrow & Co Solicitors")."""
    if than is None:
        return False
    full, short = phrase.split(), than.split()
    if len(full) <= len(short) or not _with_kind(full, short) or full[0] != short[0]:
        return False
    return not any(fold(w).strip(".,") in _PROFESSIONS for w in full[len(short) :])


#: The professions a firm of professionals adds after its name, in the plural or as their
#: qualifier, in the languages of invitations.
_PROFESSIONS = frozenset(
    {"accountants", "chartered", "solicitors", "lawyers", "attorneys", "barristers",
     "architects", "surveyors", "engineers", "consultants", "dentists", "opticians", "vets",
     "veterinarians", "physiotherapists", "notaries", "advisers", "advisors", "actuaries",
     "steuerberater", "rechtsanwalte", "rechtsanwaelte", "architekten", "ingenieure",
     "avocats", "notaires", "architectes", "experts-comptables", "abogados", "asesores",
     "arquitectos", "advogados", "contadores", "avvocati", "commercialisti", "architetti",
     "advocaten", "notarissen", "architecten"}
)  # fmt: skip


def _written_out(full: list[str], short: list[str]) -> bool:
    """Is ``full`` the name ``short`` with the words a mailbox cuts short written whole ("Coop
    Ondaine" for "Coopérative Ondaine", "Hestwick Med. Centre" for "Hestwick Medical
    Centre")?"""
    if not len(short) <= len(full) <= len(short) + 1 or full == short:
        return False
    pairs = [(fold(a).rstrip("."), fold(b)) for a, b in zip(short, full, strict=False)]
    if not all(a == b or (len(a) >= 3 and b.startswith(a)) for a, b in pairs):
        return False
    extra = [fold(w).strip(".,") for w in full[len(short) :]]  # "Med." -> "Medical Centre"
    return any(a != b for a, b in pairs) and all(
        org_kinds.ends_name(w) or w in _CENTRE for w in extra
    )


#: The most words a name's kind takes before or after it ("Cooperativa de Crédito").
_KIND_WORDS = 3


def _with_kind(full: list[str], short: list[str]) -> bool:
    """Is ``full`` the name ``short`` with the noun of its kind before it ("Brasserie Hallbeck",
    "Cooperativa de Crédito Vila Rica") or after it ("Hallbeck Energy", "Vila Rica Medical
    Center"), in a few words?"""
    size, added = len(short), len(full) - len(short)
    if not 0 < added <= _KIND_WORDS:
        return False
    key = [fold(w) for w in short]
    if [fold(w) for w in full[added:]] == key and org_kinds.leads_name(fold(full[0])):
        return True
    last = fold(full[-1]).strip(".,")
    # a building's noun ends an institution's name after a word of its own ("Medical Center";
    # "Hallbeck Center" alone is a building)
    kind = org_kinds.ends_name(last) or (added >= 2 and last in _CENTRE)
    return kind and [fold(w) for w in full[:size]] == key


_CENTRE = frozenset({"center", "centre", "zentrum", "centro"})


#: A word compounded with "interview" or "talk", as Germanic languages write the kind of an
#: interview in one word ("Telefoninterview", "Fachgespräch", "Sollicitatiegesprek").
_KIND_COMPOUND = lazy(r"[a-z]+(?:interview|gesprach|gesprek)s?")


def _without_kind_word(phrase: str) -> str:
    """``phrase`` without the kind of meeting written before the name, in one word
    ("Telefoninterview Acme Labs" -> "Acme Labs")."""
    words = phrase.split()
    while len(words) > 1 and _KIND_COMPOUND.fullmatch(fold(words[0])):
        words = words[1:]
    return " ".join(words)


def _has_form(phrase: str) -> bool:
    words = [squash(w) for w in phrase.split()]
    size = form_length(words)
    return 0 < size < len(words)


def spelled(label: str, phrase: str) -> int:
    """How many letters of the domain label ``label`` the words of ``phrase`` spell: each part
    of the label between hyphens counts when the words, in order, spell it whole (each word
    whole, cut short to 3 letters or more, or by its initial; "&" as "and"; words may be
    passed over)."""
    total = _spelled_by(label, phrase)
    if _UMLAUT.search(phrase):  # German domains write "ü" as "ue": "Schönwald" at schoenwald.de
        total = max(total, _spelled_by(label, phrase.translate(_UMLAUT_SPELLING)))
    if _NUMBER.search(phrase):  # "5 Pines" at fivepines.com, "Three Oaks" at 3oaks.com
        total = max(total, _spelled_by(label, _NUMBER.sub(_other_numeral, phrase)))
    if _SHORT_FORM.search(phrase):  # "Saint Aldric's" at staldrics.org
        total = max(total, _spelled_by(label, _SHORT_FORM.sub(_other_form, phrase)))
    return total


#: Words names write whole or in their short form, as domains spell the other ("St Aldric's"
#: at saintaldrics.org, "The Pardino Company" at pardinoco.com).
_SHORT_FORMS = {
    "saint": "st", "sankt": "st", "mount": "mt", "fort": "ft", "company": "co",
    "brothers": "bros", "international": "intl", "associates": "assoc", "santa": "sta",
    "hermanos": "hnos", "compañía": "cia", "companhia": "cia", "gebroeders": "gebr",
    "gebrüder": "gebr", "fratelli": "flli",
}  # fmt: skip
_LONG_FORMS = {short: long for long, short in _SHORT_FORMS.items() if long != "sankt"}
_SHORT_FORM = lazy(r"(?i)\b(?:" + "|".join([*_SHORT_FORMS, *_LONG_FORMS]) + r")\b\.?")


def _other_form(m: re.Match[str]) -> str:
    word = m.group().rstrip(".").lower()
    return _SHORT_FORMS.get(word) or _LONG_FORMS[word]


#: Numbers as names write them, in figures or in (English) words, as domains spell the other.
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve")  # fmt: skip
_NUMBER = lazy(r"\b(?:1[0-2]|\d|(?i:" + "|".join(_NUMBERS) + r"))\b")


def _other_numeral(m: re.Match[str]) -> str:
    word = m.group()
    return _NUMBERS[int(word)] if word.isdigit() else str(_NUMBERS.index(word.lower()))


def _spelled_by(label: str, phrase: str) -> int:
    words = tuple(w for w in (squash(p) for p in _WORD_SPLIT.split(phrase)) if w)
    total = free = 0
    for chunk, stems in _label_chunks(label):
        if chunk in _FREE_PARTS:  # "acme-hr", "acme-jobs": the company's mailbox, no name
            free += len(chunk)
            continue
        if chunk and _spelled(chunk, words):
            total += len(chunk)
        else:  # "quorvalcorp": "Quorval" and its form; "getyarrow", "acmegroup"
            for stem in stems:
                if _spelled(stem, words):
                    total += len(chunk)
                    break
    return total + free if total else 0


#: Parts of a hyphenated domain label that name a company's mailbox or function, never its
#: name ("acme-hr", "acme-jobs", "acme-careers", "acme-rrhh").
_FREE_PARTS = frozenset(
    {"hr", "rh", "rrhh", "jobs", "job", "careers", "career", "talent", "recruiting", "karriere",
     "mail", "email", "team", "group", "hq", "global", "online", "app"}
)  # fmt: skip


_UMLAUT = lazy("[äöüÄÖÜ]")
#: How German spells its umlauts where they cannot be written (mail domains among them).
_UMLAUT_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


_WORD_SPLIT = lazy(r"[\s\-/]+")
_LABEL_SPLIT = lazy(r"[-_.]+")


@lru_cache(maxsize=1024)
def _label_chunks(label: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The parts of a domain label between hyphens, squashed, each with its stems (the part
    without a legal form ending it, or without a word a domain adds to the name), read once
    per label."""
    chunks = (squash(chunk) for chunk in _LABEL_SPLIT.split(label.lower()))
    return tuple((chunk, _stems(chunk)) for chunk in chunks)


def _stems(chunk: str) -> tuple[str, ...]:
    """``chunk`` without a legal form ending it ("tyrellcorp"), or without a word domains add
    to a name before or after it ("getyarrow", "joinyarrow", "quorvalgroup", "acmehq"),
    four letters or more left: the text writes the name without them."""
    found = []
    for end in (*LABEL_ENDINGS, *_LABEL_AFTER_NAME, *_REGION_CODES):
        if chunk.endswith(end) and len(chunk) - len(end) >= 4:
            found.append(chunk[: -len(end)])
    for start in _LABEL_BEFORE_NAME:
        if chunk.startswith(start) and len(chunk) - len(start) >= 4:
            found.append(chunk[len(start) :])
    return tuple(found)


#: Words a domain adds after a company's name ("acmegroup", "acmehq", "acmeapp") or before it
#: ("getacme", "tryacme", "joinacme", "theacme"), which its letters and signatures leave out.
_LABEL_AFTER_NAME = (
    "group", "grp", "global", "holdings", "hq", "app", "online", "usa", "uk", "intl",
    "international", "worldwide", "official", "team", "careers", "jobs", "karriere", "mail",
    "email",
)  # fmt: skip
_LABEL_BEFORE_NAME = (
    "get", "try", "use", "join", "hello", "meet", "with", "hey", "the",
    # a public body's: "cityofbrookvale.org", "townofelmfield.gov"
    "cityof", "townof", "countyof", "villageof", "boroughof",
)  # fmt: skip
#: The codes of states, provinces and territories a public body's domain adds after its town's
#: name ("brookvaleca.gov", "elmfieldnj.gov", "orangevillebc.ca"): the US, Canada, Australia.
_REGION_CODES = (
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
    "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj",
    "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt",
    "va", "wa", "wv", "wi", "wy", "bc", "ab", "sk", "mb", "on", "qc", "ns", "nb", "pe", "nl",
    "nsw", "vic", "qld", "tas", "act", "nt",
)  # fmt: skip


#: Small words a name's initials leave out ("Harrow & Pell": HP), squashed.
_INITIAL_GAPS = frozenset(
    {"and", "of", "the", "de", "du", "des", "der", "van", "von", "la", "le", "y", "e", "et", "und"}
)  # fmt: skip


@lru_cache(maxsize=8192)
def _spelled(chunk: str, words: tuple[str, ...]) -> bool:
    """Do ``words`` spell ``chunk`` (see ``spelled``), with at least one word whole or cut
    short, or at least two initials in a row?"""
    # Every way to spell the chunk's first letter starts a word with it: with no such word,
    # there is no spelling (the search would find none after trying every word).
    if not chunk:
        return False
    first = chunk[0]
    for word in words:
        if word[0] == first:
            break
    else:
        return False
    memo: dict[tuple[int, int, bool, int], bool] = {}
    size, count = len(chunk), len(words)

    def go(pos: int, index: int, strong: bool, initials: int) -> bool:
        if pos == size:
            return strong or initials >= 2
        if index == count:
            return False
        state = (pos, index, strong, initials)
        known = memo.get(state)
        if known is None:
            known = memo[state] = step(pos, index, strong, initials)
        return known

    def step(pos: int, index: int, strong: bool, initials: int) -> bool:
        word = words[index]
        rest = chunk[pos:]
        # this word is passed over; a joiner between initials keeps them in a row ("H&P")
        if go(pos, index + 1, strong, initials if word in _INITIAL_GAPS else 0):
            return True
        if rest.startswith(word) and go(pos + len(word), index + 1, True, 0):
            return True
        for cut in range(min(len(word) - 1, len(rest)), 2, -1):  # cut short: "mech", "tech"
            if rest[:cut] == word[:cut] and go(pos + cut, index + 1, True, 0):
                return True
        return rest[0] == word[0] and go(pos + 1, index + 1, strong, initials + 1)

    return go(0, 0, False, 0)


def _name_without_domain(ctx: Invite) -> str | None:
    """With no company domain: the client an agency names; the company a sender writes for
    ("on behalf of Acme", "Acme via Greenhouse", "Acme Recruiting"); the title's "@ Acme",
    "at Acme", "(Acme)" or a segment that is no meeting kind, job or person."""
    if agency_said(ctx):
        return client_name(ctx)
    for m in _BEHALF.finditer(f"{ctx.body}\n{ctx.notes}"):
        if name := _behalf_name(m["name"]):
            return name
    organizer = ctx.event.organizer
    if (
        organizer
        and organizer.name
        and not ctx.user_owned
        and (not looks_like_person(organizer) or _org_word(organizer.name))
        and not _vendor_signs(organizer.name, organizer.email)
        and (name := _organizer_company(organizer.name, domains.is_ats(organizer.email)))
    ):
        return _kind_written(ctx, name) or name
    return _business_mailbox(ctx) or _title_company(ctx)


def _kind_written(ctx: Invite, short: str, signed: bool = False) -> str | None:
    """The name a mailbox shortens (``short``) as the letter writes it with the noun of its
    kind ("Talentos Vila Serena" signing "Supermercados Vila Serena"); ``signed``: only on a
    line of its own, as a signature writes it (a sentence names the neighbours too)."""
    words = short.split()
    key = fold(words[-1])
    texts = (ctx.body, ctx.notes) if ctx.notes != ctx.body else (ctx.body,)
    for text in texts:
        for line in text.splitlines():
            if key in fold(line):
                for phrase in _phrases(line):
                    if _with_kind(phrase.split(), words) and not (
                        signed and phrase != line.strip(" \t-–—·,.")
                    ):
                        return phrase
    return None


def _business_mailbox(ctx: Invite) -> str | None:
    """A small business often mails from a free-mail box named for it ("thebluekettle.cafe"
    at gmail.com, signed by its owner): the invite's phrase that spells the box's name; none
    when the box is the sender's own name ("dana.ruiz71")."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or not domains.is_free_mail(organizer.email):
        return None
    local = (organizer.email or "").split("@", 1)[0]
    label = "-".join(w for w in _LABEL_SPLIT.split(re.sub(r"\d+", "", local.lower())) if w)
    if len(squash(label)) < 5:
        return None
    if (
        organizer.name
        and not _JOINED.search(organizer.name)
        and spelled(label, organizer.name) * 2 >= len(squash(label))
    ):
        return _family_business(ctx, organizer.name)  # the sender's own name
    best = _best_spelling(ctx, label)
    if best is None or (
        looks_like_person_name(best) and not _org_word(best) and not _form_follows(ctx, best)
    ):
        return None  # ("Schreinerei Huber": a business, though two capitalised words)
    return best


def _form_follows(ctx: Invite, name: str) -> bool:
    """Does the letter write a legal form after ``name``, as a sentence adds it ("I run Acme
    Verde, Lda.", "Acme Supply, LLC")? No person's name has one."""
    for text in (ctx.body, ctx.notes):
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name) :].lstrip(", ").split(None, 4)
            if (
                after
                and _abbreviated(after[0])
                and any(is_form(" ".join(after[:n])) for n in range(1, len(after) + 1))
            ):
                return True
            at = text.find(name, at + 1)
    return False


#: Legal forms written in mixed case without dots ("GmbH", "Inc", "Lda").
_MIXED_FORMS = frozenset({"gmbh", "inc", "ltd", "llc", "lda", "ltda", "corp", "plc", "sarl"})


def _abbreviated(token: str) -> bool:
    """Is ``token`` written as the abbreviation of a legal form: with dots ("S.A.", "Lda."),
    in three capitals or more ("LLC") or as the mixed-case forms no word spells are ("GmbH",
    "Inc")? Not a word of the sentence ("as", "Se") nor two capitals ("Denver, CO")."""
    bare = token.rstrip(".,;:")
    return "." in token or (len(bare) >= 3 and bare.isupper()) or fold(bare) in _MIXED_FORMS


def _family_business(ctx: Invite, sender: str) -> str | None:
    """The business an owner writing from their own free-mail box names after their family
    ("Dana Ruiz" writing of "Ruiz Roofing" or "Ruiz & Sons", "Bäckerei Ruiz", "Taller Ruiz"): a
    name the text gives on one line that starts with the sender's surname and goes on, or the
    noun of a business's kind and the surname."""
    parts = sender.split()
    if len(parts) < 2 or not parts[-1][:1].isupper():
        return None
    surname = parts[-1]
    own = {fold(p) for p in parts}
    for text in (ctx.body, ctx.notes, ctx.event.location or ""):
        if surname not in text:
            continue
        for m in re.finditer(rf"(?:(?P<kind>\w+)[ \t]+)?\b{re.escape(surname)}\b", text):
            kind = m["kind"]
            if kind and kind[:1].isupper() and org_kinds.leads_name(fold(kind)):
                return f"{kind} {surname}"  # "Bäckerei Quandt · Lindenweg 7"
            after = text[m.end() :]
            if not re.match(r"[ \t]+[A-Z&]", after):
                continue
            start = m.end() - len(surname)
            end = text.find("\n", start)
            name = name_at_start(text[start : end if end >= 0 else len(text)])
            if name and len(name.split()) >= 2 and not _names_job(fold(name)):
                first = name.split()[1]
                if not (is_title(first) or fold(first) in own):
                    return name
    return None


def _vendor_signs(display: str, address: str | None) -> bool:
    """Does a scheduler or an ATS sign with its own name ("GoodTime" at goodtime.io)? A
    company's name at a scheduler's address ("Acme Freight" at myworkday.com) is the company's."""
    reg = domains.registrable_domain(address)
    if not reg or not (
        domains.is_ats(reg)
        or domains.is_calendar_system(address or "")
        or domains.is_job_board(reg)
    ):
        return False
    label = reg.split(".", 1)[0]
    head = _DISPLAY_HEAD.split(display, maxsplit=1)[0]  # "Acme (via Greenhouse)": Acme signs
    key = squash(head)
    if len(key) >= 4 and key in squash(label):
        return True  # "Workday" at myworkday.com
    return spelled(label, head) * 2 >= len(squash(label))


#: A display name that gives a first name and the employer ("Olivia from Acme Foods",
#: "Sam @ Acme", "Lena bei Acme", "Léa chez Acme"); not a surname's particle ("de la Cruz").
_PERSON_FROM = lazy(
    r"[A-ZÀ-Þ][\w'’-]+\s+(?:from|at|@|bei|chez|bij|presso|en|em)\s+(?P<rest>[A-ZÀ-Þ&\d].*)"
)
_DISPLAY_HEAD = lazy(r"\s*(?:\(|\bvia\b|\||–|—|\s-\s)")


def _organizer_company(display: str, at_vendor: bool = False) -> str | None:
    """ "Acme Recruiting (via Greenhouse)" -> "Acme"; a name of function words only -> None.
    ``at_vendor``: sent from an ATS's address, where a name of three words or more that ends
    in an ordinary word ("Wrenfield Valley Health", not "Dana Ruiz") is the company's that the
    ATS writes for. Two words are a person's name as often ("Rose Baker", "Lena Frost": many
    surnames are ordinary words), and a person's name must never stand for the company."""
    head = _DISPLAY_HEAD.split(display, maxsplit=1)[0]
    if m := _PERSON_FROM.match(head):
        head = m["rest"]  # "Olivia from Acme Foods", "Lena bei Acme": the writer's employer
    name = name_at_start(head)
    if name and fold(name.split()[0]).strip(".,") in _OFFICES:
        return None  # "Secrétariat", "Reception": the office that answers, no name
    if name and fold(name) != fold(" ".join(head.split())):
        return name  # function words were dropped: what is left names the company
    if name and at_vendor and len(name.split()) >= 3 and domains.is_word(squash(name.split()[-1])):
        return name
    if name and len(name.split()) >= 2 and _org_word(name):
        return name  # "Acme Bank", "Brookside Care Home": no person's name
    return name if name and not looks_like_person_name(name) else None


def looks_like_person_name(text: str) -> bool:
    """Two or three capitalised words none of which is a function or job word: "Jane Doe", and
    the particles of a family name after the first ("Dana van der Wiel", "Dana Van der Wiel");
    never a name with a legal form ("Quorval S.p.A.", "Hestwick GmbH") or one that starts with
    an article no person's name starts with ("The Red Lion", "Les Ateliers Marnay")."""
    words = text.split()
    if not words or (words[0] in _NO_PERSON_ARTICLES and "," not in text):
        return False  # "De Linde", not "De Vries, Jan"
    words = [words[0]] + [w for w in words[1:] if fold(w) not in _FAMILY_PARTICLES]
    return (
        2 <= len(words) <= 3
        and all(
            w[:1].isupper() and fold(w) not in _FUNCTION_WORDS and fold(w) not in NOT_NAME_WORDS
            for w in words
        )
        and not _has_form(text)
    )


#: Articles that start the names of businesses and never a person's name as people write it,
#: the given name first (a family name alone starts with "De" only written first, "De Vries,
#: Jan"); unlike "Le", "La", "El", which start whole names ("Le Thi Mai", "El Amrani").
_NO_PERSON_ARTICLES = frozenset({"The", "De", "Les", "Der", "Het", "Los", "Las", "Il"})
#: The particles of family names, folded, which a person's name holds after the given name.
_FAMILY_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
     "la", "le", "ten", "ter", "zu", "y", "e", "'t", "bin", "binti", "al", "el"}
)  # fmt: skip


#: Two capitalised names joined by "&" or "+": a business's ("Maple & Finch"), not a person's.
_JOINED = re.compile(r"^[A-ZÀ-ÞŁ][\w'’-]+[ \t]+[&+][ \t]+[A-ZÀ-ÞŁ][\w'’-]+$")


def _title_company(ctx: Invite, agency: str | None = None) -> str | None:
    """The title's company ("@ Acme", "(Acme)", a segment that is no meeting kind, job or
    person, nor the ``agency``'s own name, as its domain label spells it); a single word the
    title alone gives ("Interview - Nurse, Ward 3 (Respiratory)") gives way to a fuller name
    the text gives ("letter from Acme Hospitals Trust", a venue the description repeats)."""
    people_words = {
        fold(w)
        for p in ctx.people
        # ("Maple & Finch": two names joined, a business's display name, no person's)
        if p.name and looks_like_person(p) and not _org_word(p.name) and not _JOINED.search(p.name)
        for w in p.name.split()
    }
    people_words |= {fold(w) for n in ctx.me_names for w in n.split()} | {MYSELF, "me"}
    title = ctx.my_title
    # "met eigenaar (Joost)", "with the owner (Dana)": the one the post names, no company
    in_parens = [
        m[2]
        for m in _IN_PARENS.finditer(title)
        if (fold(m[1] or "") not in _OWNERS or _has_form(m[2]))
        and not _REFERENCE.fullmatch(f"({m[2]})")
        # "(London office)", "(Remote)": where or how the meeting is held, noted beside it
        and not _a_place(m[2])
        and not any(fold(w) in _MEDIUM for w in m[2].split())
    ]
    outside = re.sub(r"\([^()]*\)", " | ", title)
    # "@ Acme": a company, in the title or a booking page's event name (a title too)
    marked = [m["name"] for t in (title, ctx.event_name) for m in _AT_COMPANY.finditer(t)]
    texts = marked + _PHRASE_SPLIT.split(outside) + in_parens  # a place is often in parentheses
    parens = range(len(texts) - len(in_parens), len(texts))
    texts += _PHRASE_SPLIT.split(ctx.event_name)  # a booking page's event name is a title
    lone = None
    for index, text in enumerate(texts):
        text = " ".join(_TIME_WORD.sub(" ", _after_kind(text.strip(" -–—"))).split())
        name = _title_name(text, people_words)
        if name and (squash(name) in _vendor_labels() or _the_agency(name, agency)):
            continue  # "Indeed | Interview with Acme": the job board or agency that relays it
        if name and index >= len(marked) and _met_with_affiliation(title, name, people_words):
            continue  # "Interview w/ Dana Frey (Corvane)": the person met, their firm after
        if name and lone and index in parens and _person_met(name):
            continue  # "Interview with Corvane (Dana Frey)": the firm, then the person met
        if name and (index < len(marked) or not _lone_word(ctx, name)):
            return _in_full(ctx, name, people_words)
        lone = lone or name
    named = f"{ctx.body}\n{ctx.notes}"
    for pattern in (_AT_ROLE, _APPLIED_TO):  # "the Shift Lead role at Acme", "applied to Acme"
        for m in pattern.finditer(named):
            name = name_at_start(m["name"])
            if name and _could_be_company(name, people_words) and _no_person(name):
                return name
    if signed := _signed_team(named, people_words) or _team_of(named, people_words):
        return signed
    # "Acme invites you", "letter from Acme", "an interview at Acme", "the company Acme"
    for said in (_INVITES_YOU, _LETTER_FROM, _INTERVIEW_AT, _COMPANY_NOUN, _AT_KIND):
        for m in said.finditer(named):
            name = name_at_start(m["name"])
            if said is _AT_KIND and not (name and _kind_starts(name.split(), 0, len(name.split()))):
                continue  # "au Cabinet Lemoine", not "à la gare"
            if (
                name
                and _could_be_company(name, people_words)
                and _no_person(name)
                and squash(name) not in _vendor_labels()  # "an email from Workday"
                and not _a_place(name)
            ):
                return name
    for pattern in (_AT_COMPANY, _FROM_COMPANY):
        for m in pattern.finditer(named):
            name = name_at_start(m["name"])
            if (
                name
                and _could_be_company(name, people_words)
                and not (lone and " " not in name)
                and not any(_addresses_person(w) for w in name.split())  # "bei Herr Dana Ruiz"
                and (pattern is _AT_COMPANY or _no_person(name))  # "a letter from Dana Ruiz"
                and not _a_place(name)  # "at Main Reception"
                and squash(name) not in _vendor_labels()  # "an email from Workday"
            ):
                return name
    found = _venue(ctx, people_words) or _before_address(ctx, people_words)
    if found:  # an address's "Acme House" that a signature writes "Acme House Care Home"
        found = _kind_written(ctx, found, signed=True) or found
    if found or lone:  # a word the title alone gives is the name the user goes by
        return found or (_in_full(ctx, lone, people_words) if lone else None)
    return _business_noted(ctx, people_words) if ctx.user_owned else None


def _business_noted(ctx: Invite, people_words: set[str]) -> str | None:
    """In the user's own event that names no company otherwise, the business its location or
    notes name by the noun of its kind or a legal form ("Landgasthof Adlerhorn, Dorfplatz 2",
    "Padaria Sol Nascente", notes that start "Cooperativa Vale Verde."): people note where a
    trade's interview is, at the business itself. Never a hotel, a library or a building where
    people meet."""
    location = (ctx.event.location or "").split(",", 1)[0]
    texts = [location] + [line.split(",", 1)[0] for line in ctx.notes.splitlines()[:3]]
    for text in texts:
        for phrase in _phrases(text):
            words = [fold(w).strip(".,") for w in phrase.split()]
            if not (_org_word(phrase) or _has_form(phrase)) or len(words) < 2:
                continue
            if any(w in _MEETING_PLACES or w in _BUILDING_WORDS for w in words):
                continue
            if _could_be_company(phrase, people_words) and not _a_place(phrase):
                return phrase
    return None


#: Places people meet at that employ no one they meet there.
_MEETING_PLACES = frozenset(
    {"hotel", "hotels", "inn", "library", "lobby", "coworking", "wework", "regus", "starbucks",
     "airport", "station"}
)  # fmt: skip


def _a_place(name: str) -> bool:
    """Is ``name`` a place rather than an employer: a town a time zone is named by ("an
    interview in Madrid"), a room, a floor or a part of the premises ("at Main Reception")?"""
    words = [fold(w).strip(".,") for w in name.split()]
    if " ".join(words) in _zone_cities():
        return True
    return any(w in _ROOM_WORDS or w in _PLACE_WORDS or w in _PREMISES for w in words)


#: A title's words in parentheses, with the word before them.
_IN_PARENS = lazy(r"(?:(\w+)\s*)?\(([^()]{2,60})\)")


def _met_with_affiliation(title: str, name: str, people_words: set[str]) -> bool:
    """Does ``title`` write ``name`` as the person met, with their organisation in parentheses
    after it ("Interview w/ Dana Frey (Corvane)", "Gespräch mit Lea Kohl (Hallbeck)")? People
    noting a meeting name whom they meet and add the firm; a firm named "with" is not followed
    by another firm in parentheses."""
    if not _person_met(name):
        return False
    m = _WITH_NAME_PARENS.search(title)
    if not m or fold(m["name"]) != fold(name):
        return False
    firm = name_at_start(m["firm"])
    return (
        firm is not None
        and firm == m["firm"].strip()
        and _could_be_company(firm, people_words)
        and not _a_place(firm)
    )


def _person_met(name: str) -> bool:
    """Does ``name``, which a title writes beside a firm in parentheses, read as the person met
    there ("Interview w/ Dana Frey (Corvane)", "Interview with Corvane (Dana Frey)")? People
    note the firm and whom they meet, in either order."""
    return looks_like_person_name(name) and not _org_word(name)


#: "with NAME (FIRM)" in each language's way of saying "with" ("w/", "mit", "avec", "con",
#: "met", "com").
_WITH_NAME_PARENS = lazy(
    r"(?:\bwith|\bw/|\bmit|\bavec|\bcon|\bmet|\bcom)\s+(?P<name>[^()|,;]{3,60}?)\s*"
    r"\((?P<firm>[^()]{2,60})\)",
    re.I,
)
#: The posts of those who own or run a small business, which a name in parentheses after them
#: is the holder's ("met eigenaar (Joost)", "mit Chefin (Marlene)", "con la dueña (Carmen)").
_OWNERS = frozenset(
    {"owner", "owners", "boss", "eigenaar", "eigenares", "inhaber", "inhaberin", "chef",
     "chefin", "proprietaire", "patron", "patronne", "gerant", "gerante", "dueno", "duena",
     "propietario", "propietaria", "encargado", "encargada", "titolare", "proprietario",
     "proprietaria", "dono", "dona"}
)  # fmt: skip


def _in_full(ctx: Invite, short: str, people_words: set[str]) -> str:
    """The name the description or the notes write in full where the title shortens it
    (``short``): people shorten the company in titles and write it whole once in the text.
    "Salmuera" for "Salmuera Conservas", "Brasserie Vi." for "Brasserie Vivienne", "VG Kessmann"
    (a tag of the meeting's kind before it) for "Kessmann Feinmechanik", "Borgolungo" for "Gruppo
    Alimentare Borgolungo" (a name that starts with the noun of its kind), "NBT" for "Nordby Bygg
    Tjern", "Kroonhof" for "De Kroonhof". Never a longer phrase that is a team's, a person's or
    a place's (the location's words, a building)."""
    words = short.split()
    forms = [words]
    tags = 0  # "VG Kessmann", "HM Acme": an upper-case tag before the name
    while tags < len(words) - 1 and _TAG.fullmatch(words[tags]):
        tags += 1
    if tags:
        forms.append(words[tags:])
    key = fold(forms[-1][-1])  # a word cut short ("Vi.") is the start of the whole one
    acronym = len(words) == 1 and _ACRONYM_WORD.fullmatch(short) is not None
    place = {fold(w) for w in _WORD_SPLIT.split(ctx.event.location or "")}
    texts = (ctx.body, ctx.notes) if ctx.notes != ctx.body else (ctx.body,)
    for text in texts:
        for line in text.splitlines():
            folded = fold(line)
            if key not in folded and not acronym:
                continue  # a fast test: the line holds no word the name's last word starts
            for phrase in _phrases(line):
                full = phrase.split()
                if len(full) > _LONGEST_SHORTENED or squash(phrase) == squash(short):
                    continue
                if tags and _same_words(full, forms[-1]):
                    return phrase  # "VG Quorval Health Centre": the name without the tag
                if not any(_shortens(form, full, ctx.my_title) for form in forms):
                    continue
                extra = [fold(w) for w in full if fold(w) not in {fold(x) for x in words}]
                if (
                    not any(w in place or w in _ROOM_WORDS for w in extra)
                    and fold(full[-1]) not in _BUILDING_WORDS
                    and not any(fold(w).strip(".") in _HONORIFICS for w in full)
                    and _could_be_company(phrase, people_words)
                    and not _team_follows(line, phrase)
                ):
                    return phrase
    return _venue_in_full(ctx, words) or short


def _venue_in_full(ctx: Invite, short: list[str]) -> str | None:
    """The venue the location names ("Landgasthof Adler, Dorfstraße 2", "Café Hallbeck, Wien")
    where the title writes its name without the noun of its kind ("Probearbeiten Adler"): the
    business the interview is at, by the name it trades under."""
    head = (ctx.event.location or "").split(",", 1)[0].strip()
    full = head.split()
    if not full or not all(_is_name_word(w) or fold(w) in _JOINERS for w in full):
        return None
    return head if _with_kind(full, short) else None


#: A tag written before a name in a title: the meeting's kind in capitals ("VG" for
#: Vorstellungsgespräch, "HM" for hiring manager), two or three letters.
_TAG = lazy(r"[A-Z0-9]{2,3}")
#: A name written as its initials ("NBT"), which the text may spell out.
_ACRONYM_WORD = lazy(r"[A-Z]{2,6}")
#: No name written in full runs longer than this many words.
_LONGEST_SHORTENED = 7
#: Nouns of buildings, which a name followed by one designates ("Acme Tower"): a place.
_BUILDING_WORDS = frozenset(
    {"tower", "towers", "building", "plaza", "station", "airport", "mall", "campus", "centre",
     "center", "park", "gebaude", "turm", "bahnhof", "gare", "torre", "edificio", "estacion",
     "estacao", "stazione", "toren", "gebouw"}
)  # fmt: skip


def _shortens(short: list[str], full: list[str], title: str) -> bool:
    """Does the title's ``short`` name shorten ``full``: its words start it, the last one or
    one the title cuts with a dot written in part ("Brasserie Vi."); its words end it after the
    noun of a business's kind ("Gruppo Alimentare Borgolungo"); an article starts it; or it is
    ``full``'s initials ("NBT")?"""
    if len(short) == 1 and _ACRONYM_WORD.fullmatch(short[0]):
        initials = "".join(w[0] for w in full if fold(w) not in _JOINERS)
        return len(full) >= 2 and initials.upper() == short[0]
    size = len(short)
    if size > len(full):
        return False
    if all(_same_word(a, b, title) for a, b in zip(short, full, strict=False)):
        return True
    if full[0] in _ARTICLES and [fold(w) for w in full[1:]] == [fold(w) for w in short]:
        return True
    ends = full[-size:]
    return (
        len(full) > size
        and org_kinds.leads_name(fold(full[0]))
        and all(fold(a) == fold(b) for a, b in zip(short, ends, strict=True))
    )


def _same_words(a: list[str], b: list[str]) -> bool:
    """Are ``a`` and ``b`` the same words, but for a dot after one ("Quorval & Co.")?"""
    return len(a) == len(b) and all(
        fold(x).rstrip(".") == fold(y).rstrip(".") for x, y in zip(a, b, strict=True)
    )


def _same_word(short: str, full: str, title: str) -> bool:
    """``short`` is ``full``, or ``full`` cut short where the title writes a dot after it."""
    a, b = fold(short).rstrip("."), fold(full).rstrip(".")
    if a == b:
        return True
    return (
        len(a) >= 2 and b.startswith(a) and re.search(rf"\b{re.escape(short)}\.", title) is not None
    )


def _team_follows(line: str, phrase: str) -> bool:
    """Is ``phrase`` followed in ``line`` by a team's, a mailbox's or a place's word ("the Acme
    Data team", "Acme Cloud office"): a part of the company, not its name?"""
    at = line.find(phrase)
    if at < 0:
        return False
    after = line[at + len(phrase) :].split(None, 1)
    word = fold(after[0]).strip(".,;:!?)") if after else ""
    return word in _FUNCTION_WORDS or word in _PLACE_WORDS or word in _ROOM_WORDS


#: How a person's name is addressed, which a business's name never starts with.
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "m", "mme", "sr", "sra", "sig",
     "dott", "dottssa", "ing", "mevr", "dhr", "pan", "pani"}
)  # fmt: skip


def _before_address(ctx: Invite, people_words: set[str]) -> str | None:
    """The name written just before the location's street address in the notes or the
    description ("Brightwater Foods, 12 Mill Lane", "bei Kessler Metallbau, Hauptstraße 5"):
    the business at that address."""
    location = ctx.event.location or ""
    head = location.split(",", 1)[0].strip()
    words = head.split()
    folded = [fold(w) for w in words]
    if len(words) < 2 or _address_start(folded, 0, len(words)) != 0:
        return None
    probe = " ".join(words[:2])
    for text in (ctx.notes, ctx.body):
        at = text.find(probe)
        if at <= 0:
            continue
        written = text[text.rfind("\n", 0, at) + 1 : at]
        before = written.rstrip(" ,;:-–—(@")
        before = re.sub(r"\s+(?:at|in|bei|chez|en|em|presso|bij|op)$", "", before, flags=re.I)
        # the longest phrase that ends where the address begins, with a proper noun in it
        # ("Bring ID" is an errand); a name of two words here is the business's ("Brightwater
        # Foods"), as a person is seldom at an address, unless addressed as one ("Dr. Ruiz")
        if any(fold(w).strip(".") in _HONORIFICS for w in before.split()):
            continue
        for name in _phrases(before):
            # a line that starts with one word, a comma and the address writes the name as an
            # address's first line does ("Quorval, 500 Harbor St"): a word of the dictionary
            # is a name there too, unless it names a part of the premises ("Parking, ...")
            heads = name == before and " " not in name and written.rstrip().endswith(",")
            if (
                before.endswith(name)
                and _could_be_company(name, people_words)
                and (
                    (heads and fold(name) not in _PREMISES)
                    or not all(domains.is_word(squash(w)) or w.isupper() for w in name.split())
                )
            ):
                return name
    return None


#: The parts of premises an address line may start with ("Parking, 12 Mill Lane").
_PREMISES = frozenset(
    {"parking", "entrance", "entry", "gate", "security", "visitor", "visitors", "delivery",
     "deliveries", "main", "rear", "side", "front", "back", "door", "car", "garage", "yard",
     "loading", "dock", "warehouse", "site", "depot", "unit", "shop", "store", "home",
     "house", "flat", "apartment", "address", "location", "venue", "directions", "map"}
)  # fmt: skip


def _title_name(text: str, people_words: set[str]) -> str | None:
    """The company a title's segment names; "Acme Capital Graduate Analyst Programme" ->
    "Acme Capital": a programme or job after a proper name is no part of it."""
    name = name_at_start(text)
    if not name:
        return _kind_in_lower_case(text, people_words)
    if JOB_NOUN.match(fold(text)) and not _could_be_company(text, people_words):
        return None  # "Sous chef interview": the job's words, capitalised as a title starts
    if all(fold(w) in _DEPARTMENTS for w in name.split()):
        return None  # "Ops Coordinator role", "HR chat": a department's short name
    if _could_be_company(name, people_words):
        return name
    words = name.split()
    for cut in range(1, len(words)):
        if not _starts_job(fold(" ".join(words[cut:]))):
            continue
        kept = " ".join(words[:cut])
        if fold(words[cut - 1]) in _JOINERS:
            break  # "Programa de Trainee": the job's own words
        if any(
            not domains.is_word(squash(w)) and fold(w) not in _DEPARTMENTS for w in words[:cut]
        ) and _could_be_company(kept, people_words):
            return kept
        break
    return None


#: The short names of departments written before a job ("Ops Coordinator", "HR Advisor",
#: "QA Engineer", "FP&A Analyst"), folded: a team's, no company's.
_DEPARTMENTS = frozenset(
    {"ops", "hr", "it", "qa", "bd", "sre", "ux", "ui", "pr", "fp&a", "r&d", "devops", "mlops",
     "secops", "revops", "bizops", "finops", "rrhh", "rh", "ti", "edv"}
)  # fmt: skip


def _kind_in_lower_case(text: str, people_words: set[str]) -> str | None:
    """The name a title writes after the noun of its kind typed in lower case, as people type
    their own notes ("2e gesprek bakkerij Hallbeck", "Probetag bäckerei Hallbeck", "entrevista
    panadería Orcasitas"): the kind starts the name ("Bakkerij Hallbeck")."""
    kind, _, rest = text.partition(" ")
    if not (kind.islower() and org_kinds.leads_name(fold(kind))):
        return None
    name = name_at_start(rest)
    if not name or not rest.startswith(name) or not _could_be_company(name, people_words):
        return None
    return f"{kind[0].upper()}{kind[1:]} {name}"


def _lone_word(ctx: Invite, name: str) -> bool:
    """Is ``name`` one word that no other text of the invite writes ("Respiratory", "La
    Défense": an article before it makes no more of it)?"""
    article, _, rest = name.partition(" ")
    if article in _ARTICLES and rest:
        name = rest
    if " " in name:
        return False
    word = re.compile(rf"\b{re.escape(name)}\b", re.I)
    organizer = ctx.event.organizer
    texts = (ctx.body, ctx.notes, ctx.event.location or "", organizer.name if organizer else "")
    return not any(text and word.search(text) for text in texts)


def _after_kind(text: str) -> str:
    """A title segment after the meeting's kind it starts with, and the medium before that
    ("Video interview Acme" -> "Acme", "Dinámica de grupo" -> "")."""
    words = text.split()
    skip = 0
    while skip < len(words) and (
        fold(words[skip]).strip(".,()") in _MEDIUM
        or _DURATION.fullmatch(fold(words[skip]))
        or squash(words[skip]) in _vendor_labels()
    ):
        skip += 1
    rest = fold(" ".join(words[skip:]))
    if _kind_starts(words, skip, len(words)):
        return " ".join(words[skip:])  # "Café Hallbeck": a café's name, not a coffee
    if skip < len(words) and _KIND_COMPOUND.fullmatch(fold(words[skip])):
        after = words[skip + 1 :]  # "Telefoninterview mit Acme"
    elif m := STRONG.match(rest) or STAGE.match(rest) or WEAK.match(rest):
        after = words[skip + len(rest[: m.end()].split()) :]
    else:
        return text
    # "Telephone interview with Acme Bank": the company the interview is with, not a person
    if len(after) >= 2 and fold(after[0]) in _WITH_WORDS:
        name = name_at_start(" ".join(after[1:]))
        if name and _no_person(name):
            return name
    return " ".join(after)


def _no_person(name: str) -> bool:
    """Is ``name`` no person's ("Acme", "Acme Bank"; not "Dana Ruiz")?"""
    return not looks_like_person_name(name) or _org_word(name)


_WITH_WORDS = frozenset({"with", "for", "at", "mit", "bei", "avec", "chez", "con", "com", "met"})


@lru_cache(maxsize=1)
def _vendor_labels() -> frozenset[str]:
    """The names of scheduling, interviewing and meeting services and job sites ("HireVue",
    "Zoom", "LinkedIn"), as their domains spell them: written before "interview", they say how
    it is held; a letter from one is no employer's."""
    labels = {reg.split(".", 1)[0] for reg in domains.ATS_DOMAINS | domains.PLATFORM_DOMAINS}
    labels |= domains.JOB_BOARD_LABELS
    return frozenset(labels | {"zoom", "teams", "msteams", "webex", "skype", "googlemeet"})


def _org_word(name: str) -> bool:
    """Does ``name`` end with a noun of an organisation's kind ("Acme Bank", "Acme Care
    Home")? Such a name is no person's."""
    words = [fold(w).strip(".,") for w in name.split()]
    if org_kinds.ends_name(words[-1]):
        return True
    if len(words) > 2 and name.split()[0] in _ARTICLES:
        words = words[1:]  # "Les Ateliers Marnay", "De Gouden Leeuw"
    return org_kinds.leads_name(words[0])  # "Banque Lemarin", "Grupo Alcazar"


#: A meeting's length before its kind ("15 Minute Phone Chat", "30-min call").
_DURATION = lazy(r"\d+(?:-?(?:min|mins|minute|minutes|h|hr|hrs|hour|hours))?|min|mins|"
                       r"minute|minutes|hour|hours|half-hour|minuten|minutos|minuti")  # fmt: skip
#: How an interview is held, written before its kind ("Digital interview", "Phone screen").
_MEDIUM = frozenset(
    {"video", "phone", "telephone", "telephonic", "digital", "virtual", "online", "remote",
     "recorded", "pre-recorded", "prerecorded", "one-way", "async", "asynchronous",
     "on-demand", "in-person", "face-to-face", "onsite", "on-site", "zoom", "teams", "skype",
     "webex", "meet", "web", "live"}
)  # fmt: skip
# "Thank you for applying to Acme Bank", "your application with Acme", "interest in Acme"
_APPLIED_TO = lazy(
    r"\b(?:applying|applied|application|apply|interest)\s+(?:to|at|with|in joining|in)\s+"
    r"(?P<name>[A-ZÀ-ÞŁ][^\n]*)"
)


def _signed_team(text: str, people_words: set[str]) -> str | None:
    """The company a signature line names beside a team or a job ("Acme Bank | Talent
    Acquisition", "HR Manager, Acme Bank", "Recruiting Team - Acme")."""
    for line in text.splitlines():
        if len(line) > 80 or not _SIGNATURE_SPLIT.search(line):
            continue
        pieces = [p.strip() for p in _SIGNATURE_SPLIT.split(line) if p.strip()]
        if len(pieces) < 2:
            continue
        kinds = [_team_or_job(p) for p in pieces]
        if not any(kinds):
            continue
        for piece, kind in zip(pieces, kinds, strict=True):
            name = None if kind else name_at_start(piece)
            if (
                name
                and _could_be_company(name, people_words)
                and _no_person(name)
                and squash(name) not in _vendor_labels()
            ):
                return name
    return None


def _team_of(text: str, people_words: set[str]) -> str | None:
    """The company a letter signs as its team ("The Quorval team", "Ihr Team vom Hotel
    Adler", "L'équipe de Quorval", "El equipo de Quorval", "Het team van Quorval")."""
    if not _TEAM_OF.possible(text):
        return None
    for m in _TEAM_OF.finditer(text):
        name = name_at_start(m["name"] or m["after"] or m["before"] or "")
        if not name or not _could_be_company(name, people_words) or not _no_person(name):
            continue
        if squash(name) in _vendor_labels():
            continue  # "Ihr StepStone Team", "Equipo InfoJobs": the job board's, no employer
        # before "team", ordinary words name a department as often ("The Data Platform team")
        if m["before"] and all(domains.is_word(squash(w)) for w in name.split()):
            continue
        return name
    return None


#: A signature's line that names the team of a company, in the languages of invites: its
#: name after the team's noun ("Team vom", "l'équipe de", "el equipo de", "het team van",
#: "a equipe da") or before it ("The Quorval team", "Ihr Quorval-Team").
_TEAM_OF = Gated(
    lazy(
        r"(?im)^[ \t]*(?:(?:the|your|ihr|dein|euer|votre|ton|tu|su|vuestro|el|la|le|il|lo|"
        r"vostro|het|de|jullie|uw|a|o|sua|seu|die|das)\s+)?(?:"
        # the team's noun, a preposition, the name: "Team vom Hotel Adler", "team at Quorval"
        r"(?:team|recruiting[- ]team|talent[- ]team|hiring[- ]team|staff|l['’]\s?[ée]quipe|"
        r"[ée]quipe|equipo|equipa)\s+(?:at|of|from|vom|von der|von|der|de la|de l['’]|de|"
        r"d['’]|du|des|del|da|do|di|della|dello|van|bij)\s*(?-i:(?P<name>[A-ZÀ-ÞŁ][^\n]{0,60}))|"
        # French, Spanish and Portuguese put the name right after the noun: "L'équipe Quorval"
        r"(?:l['’]\s?[ée]quipe|[ée]quipe|equipo|equipa)\s+(?-i:(?P<after>[A-ZÀ-ÞŁ][^\n]{0,60}))|"
        # the name, then the team: "The Quorval team", "Ihr Quorval-Team"
        r"(?-i:(?P<before>[A-ZÀ-ÞŁ][\w&'’.]*(?:[ ][A-ZÀ-ÞŁ&][\w&'’.]*){0,4}))[- ]"
        r"(?:recruiting |talent |hiring )?team[ \t]*[.!]?[ \t]*$)"
    ),
    *("team", "quipe", "equipo", "equipa", "staff"),
)


_SIGNATURE_SPLIT = lazy(r"\s*(?:\||,|\s[-–—·•]\s)\s*")


def _team_or_job(piece: str) -> bool:
    """Is ``piece`` a team's or a job's name ("Talent Acquisition", "HR Manager")?"""
    words = [fold(w).strip(".,'’") for w in piece.split()]
    if not words:
        return False
    if all(w in _FUNCTION_WORDS or w in _JOINERS for w in words):
        return True
    folded = fold(piece)
    return bool(JOB_NOUN.search(folded) or _LEAD_POST.search(folded)) and len(words) <= 5


#: The posts of those who found, own or run a business, as a signature writes them before its
#: name ("Founder, Acme", "Inhaberin | Acme", "Sócia - Acme"), folded.
_LEAD_POST = lazy(
    r"\b(?:co-?founder|founder|founding|ceo|cto|coo|cfo|owner|proprietor|president|"
    r"managing director|geschaftsfuhrer\w*|geschaeftsfuehrer\w*|inhaber\w*|grunder\w*|"
    r"fondat(?:eur|rice)|gerant\w*|fundador\w*|socio|socia|propietari[oa]|dono|dona|"
    r"fondat(?:ore|rice)|titolare|eigena(?:ar|resse)|oprichter|directeur|directrice|"
    r"chef(?:/owner)?)\b"
)


# "Acme Bank has invited you to an interview": an ATS writes the company's name before it
_INVITES_YOU = lazy(
    # a legal form's dots are no sentence's end ("Quorval S.r.l. has invited you")
    r"(?:^|[.!]\s+)(?P<name>[A-ZÀ-ÞŁ](?:[^\n.!?]|\.(?=\S|\s+[a-z]))*?)\s+"
    r"(?:has invited you|would like to invite you|invites you|is inviting you|vous invite|"
    r"te invita|le invita|ti invita|te ha invitado|le ha invitado|vous a invit[ée]|"
    r"t'a invit[ée]|ti ha invitato|la ha invitata|te convidou|hat sie eingeladen|"
    r"hat dich eingeladen|heeft je uitgenodigd|heeft u uitgenodigd|"
    r"convida (?:voce|você)|nodigt (?:je|u) uit|ladt sie|lädt sie|lädt dich|ladt dich)",
    re.M,
)
# An interview at a company, in a letter's sentence, in the languages of invites ("an interview
# at Quorval", "Vorstellungsgespräch bei der Quorval GmbH", "un entretien chez Quorval", "una
# entrevista para el puesto de Analista en Quorval", "un colloquio presso Quorval", "een gesprek
# bij Quorval", "uma entrevista na Quorval"): the interview's noun, a few words, the preposition
_INTERVIEW_AT = Gated(
    lazy(
        r"(?i:\b(?:interview|interviews|\w*gesprach|\w*gespräch|entretien|entrevista|"
        r"colloquio|\w*gesprek|conversa|conversacion|conversación|besuch|visit|visita|"
        r"rendez-vous|incontro)\b[^.!?\n]{0,60}?\s(?:at|bei|chez|en|em|na|no|presso|bij|"
        r"da|dalla|della)\s+(?-i:(?:der|dem|den|la|le|l['’]|el|het|the)\s+)?)"
        r"(?P<name>[A-ZÀ-ÞŁ][^\n]*)"
    ),
    *("nterview", "espr", "ntretien", "ntrevista", "olloquio", "onversa", "esuch", "isit"),
    *("endez-vous", "ncontro"),
)
# A business named by its kind's noun after a preposition of place, where the letter receives
# the candidate ("à la Librairie Papyrus", "au Cabinet Lemoine", "alla Trattoria Sole", "in
# der Bäckerei Ott", "en la Panadería Olmo", "na Padaria Sol", "bij Bakkerij Smit")
_AT_KIND = lazy(
    r"(?i:(?:\bà\s+la|\bà\s+l['’]|\bau|\baux|\balla|\ballo|\ball['’]|\bnella|\bnel|"
    r"\bin\s+der|\bim|\bin\s+de|\bin\s+het|\bbij|\ben\s+la|\ben\s+el|\bna|\bno|\bin)\s+)"
    r"(?P<name>[A-ZÀ-ÞŁ][^\n]*)"
)
# A company named after the noun "company", in the languages of invites ("la empresa Acme",
# "l'entreprise Acme", "die Firma Acme", "het bedrijf Acme", "a empresa Acme")
_COMPANY_NOUN = Gated(
    lazy(
        r"(?i:\b(?:the company|the firm|la empresa|la compañía|la compania|a empresa|"
        r"a companhia|l['’]entreprise|la société|la societe|la società|la societa|l['’]azienda|"
        r"die firma|das unternehmen|het bedrijf|de firma|de organisatie)\s+)"
        r"(?P<name>[A-ZÀ-ÞŁ][^\n]*)"
    ),
    *("company", "firm", "empresa", "compa", "entreprise", "soci", "azienda", "irma"),
    *("nternehmen", "bedrijf", "organisatie"),
)
# A letter, an invitation or a message from an organisation, whatever its name's shape ("Invite
# letter from Quorval", "Einladung von Quorval", "convite da Quorval", "uitnodiging van Quorval")
_LETTER_FROM = Gated(
    lazy(
        r"(?i:\b(?:invite|invitation|letter|e-?mail|message|einladung|schreiben|nachricht|"
        r"lettre|courrier|convocation|invitation|carta|convocatoria|invitacion|invitación|"
        r"convite|convocação|convocacao|mensagem|uitnodiging|bericht|invito|lettera|"
        r"convocazione)(?:\s+(?:letter|brief|e-?mail))?\s+(?:from|von(?:\s+der)?|de(?:\s+la)?|"
        r"da|do|del|van|dalla|dal|della)\s+)(?P<name>[A-ZÀ-ÞŁ][^\n]*)"
    ),
    # (needles without their first letter, which may be a capital)
    *("nvit", "etter", "mail", "essage", "inladung", "chreiben", "achricht", "ettre"),
    *("ourrier", "onvoca", "arta", "onvite", "ensagem", "itnodiging", "ericht"),
)
# "Invite letter from Acme Hospitals Trust", "Einladung von der Acme AG"
_FROM_COMPANY = lazy(
    r"(?:^|\s)(?:from|von(?: der| dem)?|de la part de|da parte d[ie]|por parte de)\s+"
    r"(?P<name>[A-ZÀ-ÞŁ].*)$",
    re.M,
)
#: Words of a room, a floor or a building, not of an employer's name.
_ROOM_WORDS = frozenset(
    {"room", "rooms", "hall", "floor", "suite", "level", "building", "wing", "block", "lobby",
     "reception", "raum", "saal", "salle", "sala", "zaal", "etage", "piso", "andar", "piano",
     "meeting", "teams", "zoom", "microsoft", "google"}
)  # fmt: skip


def _venue(ctx: Invite, people_words: set[str]) -> str | None:
    """The place the location names first ("Gasthaus Adler, Hauptstrasse 3"), when the
    description or the title writes it too: the employer's premises, not a room. A name of
    one word, only before a street address ("Quorval, Hauptstraße 12"), not a town's."""
    location = ctx.event.location or ""
    head, _, rest = location.partition(",")
    name = name_at_start(head.strip()) if rest else None
    if not name or not _could_be_company(name, people_words):
        return None
    if " " not in name:
        street = [fold(w) for w in rest.split()[:6]]
        if not street or _address_start(street, 0, len(street)) != 0:
            return None
        if fold(name) in _zone_cities():
            return None  # "Berlin, Hauptstraße 12": the town, written first
    if any(fold(w) in _ROOM_WORDS for w in name.split()):
        return None
    if name in ctx.body or name in ctx.notes:
        return name
    # the title writes it, as notes are typed, in lower case ("2e gesprek bakkerij Hallbeck")
    return name if re.search(rf"\b{re.escape(fold(name))}\b", ctx.folded) else None


@lru_cache(maxsize=1)
def _zone_cities() -> frozenset[str]:
    """The cities the time-zone database names its zones by ("berlin", "new york")."""
    zones = zoneinfo.available_timezones()
    return frozenset(fold(z.rpartition("/")[2].replace("_", " ")) for z in zones if "/" in z)


#: The kinds of contract a title writes beside the job, in the languages of invitations
#: ("Vendeur (CDI)", "Koch (Teilzeit)", "Cuoco (tempo determinato)"), folded.
_CONTRACTS = frozenset(
    {"cdi", "cdd", "interim", "alternance", "stage", "full-time", "part-time", "full time",
     "part time", "fixed-term", "fixed term", "permanent", "temporary", "vollzeit", "teilzeit",
     "minijob", "befristet", "unbefristet", "festanstellung", "werkstudent", "indefinido",
     "temporal", "jornada completa", "media jornada", "tiempo completo", "tiempo parcial",
     "clt", "estagio", "tempo integral", "meio periodo", "tempo indeterminato",
     "tempo determinato", "full-time/part-time", "vast", "tijdelijk", "fulltime", "parttime"}
)  # fmt: skip
#: The offices that answer a small firm's mail, which sign without its name ("Secrétariat",
#: "Sekretariat", "Segreteria", "Reception"), folded.
_OFFICES = frozenset(
    {"secretariat", "sekretariat", "secretaria", "segreteria", "secretariaat", "reception",
     "accueil", "empfang", "recepcion", "recepcao", "receptie", "front"}
)  # fmt: skip


#: The marks of a business named for its family ("Ruiz & Sons", "Ruiz e Hijos", "Ruiz &
#: Söhne", "Ruiz et Fils", "Ruiz e Figli", "Ruiz & Filhos", "Ruiz en Zonen", "Ruiz & Co").
_FAMILY_MARK = lazy(
    r"(?:&|\+|\band|\be|\bet|\by|\ben|\bund)\s+(?:sons|daughters|s[oö]hne|fils|figli|hijos|"
    r"filhos|zonen|co\b)",
    re.I,
)


def _could_be_company(name: str, people_words: set[str]) -> bool:
    words = [fold(w) for w in name.split()]
    family = _FAMILY_MARK.search(name) is not None  # "Ruiz & Sons", though Dana Ruiz takes part
    if (any(w in people_words for w in words) and not family) or _names_any_job(fold(name)):
        return False
    if all(
        w in NOT_NAME_WORDS or w in _FUNCTION_WORDS or w in _JOINERS or w in _OWNERS for w in words
    ):
        return False
    if " ".join(words) in _CONTRACTS or words[0] in _OFFICES:
        return False  # "(CDI)", "(Teilzeit)": the contract; "Secrétariat": an office's mailbox
    if words[0] in _ROOM_WORDS and any(c.isdigit() for c in words[-1]):
        return False  # "Building 3", "Suite 400", "Raum 2.14": a place, numbered
    written = name.split()
    first = 1 if _kind_starts(written, 0, len(written)) else 0  # "Café Hallbeck"
    return not any(_generic(w) for w in written[first:])


def agency_said(ctx: Invite) -> bool:
    """Does the text say a client is behind the sender? Writing "on behalf of" a body of the
    writer's own organisation ("on behalf of the Selection Committee") says none. Read once
    per event (asked for the agency's domain before and after the interviewers)."""
    if ctx.agency_said is None:
        ctx.agency_said = (
            _says_agency(ctx.folded, people := _names_of_people(ctx))
            or _says_agency(ctx.folded_body, people)
            or _agency_firm(ctx)
            # "our search for a controller for Acme GmbH": a firm searching for another one
            or any(_has_form(name) for name in _searched_for(ctx.body))
        )
    return ctx.agency_said


#: A recruiting firm's name: a name, the trade and, maybe, a legal form ("Brockhurst
#: Recruitment", "Straitwood Recruitment Pte Ltd", "Fry Personalberatung GmbH").
_FIRM = Gated(
    lazy(
        r"(?P<name>[A-ZÀ-ÞŁ][\w&'’.-]*(?:[ \t]+(?:[A-ZÀ-ÞŁ&][\w&'’.-]*|of|and|de|y|e))*?)[ \t]+"
        r"(?P<trade>Recruitment|Recruiting|Staffing|Executive Search|Personalberatung|"
        r"Personaldienstleistungen|Personalvermittlung|Recrutement|Headhunters|Headhunting|"
        r"Resourcing|Werving|Selección|Seleção|Selezione)\b(?P<after>[^\n]{0,24})"
    ),
    *("Recruit", "Staffing", "Executive Search", "Personal", "Recrutement", "Headhunt"),
    *("Resourcing",),
    *("Werving", "Selecci", "Seleç", "Selezione"),
)


def _agency_firm(ctx: Invite) -> bool:
    """Does the sender sign as a recruiting firm: the organizer's domain spelled by a name with
    the trade, the trade's letters among the domain's ("Brockhurst Recruitment" at brockhurstrec)
    or a legal form after it ("Straitwood Recruitment Pte Ltd": a firm whose business is
    recruiting)? A company's own "Acme Recruitment" mailbox is neither."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned:
        return False
    reg = domains.registrable_domain(organizer.email)
    if not reg or not _employer(ctx, reg):
        return False
    label = reg.split(".", 1)[0]
    for text in (organizer.name or "", ctx.body):
        for m in _FIRM.finditer(text):
            whole = f"{m['name']} {m['trade']}"
            score = spelled(label, whole)
            if score * 2 < len(squash(label)):
                continue
            if score > spelled(label, m["name"]) or _has_form(f"{whole}{m['after']}".rstrip()):
                return True
            if _another_employer(ctx, reg, m["name"]):
                return True
    return False


def _another_employer(ctx: Invite, reg: str, name: str) -> bool:
    """Does someone of an employer other than the sender's (``reg``) take part, one whose
    domain the firm's ``name`` spells no part of? A firm named for recruiting ("Harwick Lane
    Recruitment") that brings another company's people is an agency with its client; a
    company's own recruiting team invites its colleagues, of a sister company too."""
    for human in company_humans(ctx):
        other = domains.registrable_domain(human.email)
        if (
            other
            and other != reg
            and _employer(ctx, other)
            and not spelled(other.split(".", 1)[0], name)
        ):
            return True
    return False


def _says_agency(folded: str, people: frozenset[str] = frozenset()) -> bool:
    """Does ``folded`` say a client is behind the sender? "On behalf of" a body of the
    writer's organisation, or of one of the event's ``people`` (their names, folded: "on behalf
    of Dana Ruiz", who interviews), says none."""
    for m in _AGENCY.finditer(folded):
        if m.group() != "on behalf of":
            return True
        words = folded[m.end() : m.end() + 120].split()
        if len(words) > 1 and f"{words[0]} {words[1].strip('.,;:')}" in people:
            continue
        end = _own_body(words)
        if end is None or _organisation_after(words, end) is not None:
            return True
    return False


def _names_of_people(ctx: Invite) -> frozenset[str]:
    """The first two words of each participant's name, folded ("dana ruiz")."""
    found = set()
    for person in (*ctx.event.attendees, ctx.event.organizer):
        if person is None or not person.name:
            continue
        words = fold(person.name).split()
        if len(words) > 1 and looks_like_person(person):
            found.add(f"{words[0]} {words[1]}")
    return frozenset(found)


def _spells_a_domain(ctx: Invite, name: str) -> bool:
    """Does ``name`` spell at least half of a participant's employer domain ("Northcoast Cold
    Chain" at northcoastcold)? Then it names an organisation, however a person's name it
    looks."""
    for person in (ctx.event.organizer, *ctx.event.attendees):
        reg = domains.registrable_domain(person.email) if person else None
        if reg and _employer(ctx, reg):
            label = reg.split(".", 1)[0]
            if spelled(label, name) * 2 >= len(squash(label)):
                return True
    return False


def client_name(ctx: Invite) -> str | None:
    """The client an agency names ("bei unserem Mandanten, der Acme Bank AG", "Mandat Acme
    Bank", "on behalf of Acme Bank"); None when it keeps the client confidential or names no
    one. Read once per event (asked for the company before and after the interviewers)."""
    if ctx.client is None:
        found = _clients(ctx)
        if not found:
            ctx.client = (_titled_client(ctx),)
        else:
            # the registered name ("Nordlicht Bank AG") says more than a mention ("Nordlicht
            # Bank")
            ctx.client = (next((n for n in found if _has_form(n)), found[0]),)
    return ctx.client[0]


def _titled_client(ctx: Invite) -> str | None:
    """The company the title names when the agency's text names no client ("Interview -
    Payroll Officer - Acme Health" from an agency's consultant); not the agency itself."""
    agency = agency_domain(ctx)
    return _title_company(ctx, agency.split(".", 1)[0] if agency else None)


def _the_agency(name: str, label: str | None) -> bool:
    """Is ``name`` the agency's own, as its domain ``label`` spells it or starts with it
    ("Brockhurst" or "Brockhurst Recruitment" at brockhurstrec), after the noun of its kind
    ("Consultora Brockhurst", "Cabinet Brockhurst")?"""
    if not label:
        return False
    words = name.split()
    if len(words) > 1 and fold(words[0]) in _AGENCY_KINDS:
        name = " ".join(words[1:])
    key, word = squash(label), squash(name)
    return spelled(label, name) * 2 >= len(key) or (len(word) >= 4 and key.startswith(word))


#: The nouns an agency's name starts with in the languages of invites, folded ("Consultora
#: Lemar", "Cabinet Lemar", "Agencia Lemar", "Agenzia Lemar", "Bureau Lemar").
_AGENCY_KINDS = frozenset(
    {"consultora", "consultoria", "consultores", "consulting", "cabinet", "agence", "agencia",
     "agenzia", "agency", "bureau", "buro", "personalberatung", "beratung"}
)  # fmt: skip

#: An agency's search for a job for its client: "la búsqueda de Analista para Acme S.A.", "our
#: search for a Controller for Acme Bank", "la recherche d'un comptable pour Acme SAS", "la
#: selezione di un tecnico per Acme S.r.l.", "Suche nach einer Buchhalterin für die Acme GmbH",
#: "de werving van een planner voor Acme B.V.", "processo seletivo de analista para a Acme".
_SEARCH_FOR = Gated(
    lazy(
        r"\b(?i:b[uú]squeda|search|recherche|selezione|suche|werving|(?:processo|proceso) "
        r"(?:seletivo|de selec[cç][aã]o|de selecci[oó]n)|recruitment|recrutement|recruiting)\b"
        r"(?P<rest>[^.\n]{0,120})"
    ),
    *("squeda", "earch", "echerche", "elezione", "uche", "erving", "roceso", "rocesso"),
    *("ecruit", "ecrut"),
)
_FOR_NAME = lazy(
    r"\b(?:para|for|für|pour|per|voor)\s+(?:(?:the|die|der|el|la|le|o|a|il|de|het)\s+)?"
    r"(?=[A-ZÀ-ÞŁ])"
)


def _searched_for(text: str) -> list[str]:
    """The clients an agency's search is for: names after "for" in the sentence of a search
    that are plainly an organisation's (a legal form or the noun of its kind), never a job."""
    found = []
    for m in _SEARCH_FOR.finditer(text):
        for f in _FOR_NAME.finditer(m["rest"]):
            name = name_at_start(text[m.start("rest") + f.end() :][:160])
            if name and (_has_form(name) or _org_word(name)) and not _names_any_job(fold(name)):
                found.append(name)
                break
    return found


def _clients(ctx: Invite) -> list[str]:
    """The names the text gives as a client ("our client, Acme Bank") or as the one a sender
    writes for ("on behalf of Acme Bank"), in that order. Read once per event."""
    if ctx.clients is not None:
        return ctx.clients
    found = []
    for pattern in (_CLIENT, _BEHALF, _FORWARD):
        for text in (ctx.my_title, ctx.body, ctx.notes):
            for m in pattern.finditer(text):
                if pattern is not _BEHALF:
                    name = name_at_start(m["name"])
                else:  # "on behalf of Dana Ruiz": a colleague, no client
                    name = _behalf_name(m["name"])
                    if name and not (_no_person(name) or _spells_a_domain(ctx, name)):
                        name = None
                if name and not _generic(name.split()[0]) and fold(name) not in NOT_NAME_WORDS:
                    found.append(name)
    for text in (ctx.body, ctx.notes):
        found += _searched_for(text)
    ctx.clients = found
    return found


# --------------------------------------------------------------------------- the position

_POSITION = (
    Gated(
        lazy(
            r"\b(?:for|about) the (?P<p>[A-Z][\w\-/&,()' ]{2,60}?) "
            r"(?:role|position|opening|posting|job|vacancy)\b"
        ),
        *(" role", " position", " opening", " posting", " job", " vacancy"),
    ),
    Gated(
        lazy(
            r"(?m)^(?:Role|Position|Job|Stelle|Puesto|Poste|Vaga|Cargo|Posizione|Vacature|"
            r"Interview for|Which position are you applying for\?)\s*:?\s*\n?\s*(?P<p>[^\n]{2,80})$"
        ),
        *("Role", "Position", "Job", "Stelle", "Puesto", "Poste", "Vaga", "Cargo", "Posizione"),
        *("Vacature", "Interview for", "Which position"),
    ),
    Gated(
        lazy(
            r"\b(?:Interview for|Your virtual onsite for|interest in the|for the role of|"
            r"für die Stelle|(?:zur|die) Stelle als|(?:Stelle|Position) als|"
            r"pour le poste d[e']|au poste d[e']|para (?:el|la) (?:puesto|cargo|"
            r"vacante) de|para el cargo de|para a vaga(?: de)?|per la posizione di|"
            r"voor de vacature|for the post of|für die Position)"
            r"\s*(?P<p>[„“\"«]?[A-ZÀ-Þ][^\n.,;(„“\"»]{2,60}(?:\([^)\n]{1,20}\))?)",
        ),
        *("Interview for", "Your virtual onsite for", "interest in the", "for the role of"),
        *("Stelle", "poste", "puesto", "cargo", "vacante", "vaga", "posizione", "vacature"),
        *("post of", "Position", "Stelle als"),
    ),
    Gated(
        lazy(
            r"\b(?:re:?|about a|about an)\s+(?P<p>[\w\- ]{3,40}?)\s+(?:role|search|position)\b",
            re.I,
        ),
        *("role", "search", "position"),
    ),
    Gated(
        lazy(r"\bthe (?P<p>[A-Z][\w\- ]{2,50}?) (?:role|position|vacancy|opening|post)\b"),
        *(" role", " position", " vacancy", " opening", " post"),
    ),
)
#: Words that name a job, in the languages of invites (folded).
JOB_NOUN = lazy(
    r"\b(?:engineer|developer|entwickler\w*|analyst|analista|analyste|analist|scientist|designer|"
    r"manager|architect|"
    r"consultant|specialist|especialista|lead|director|biologist|controller|administrator|"
    r"intern|associate|technician|jef[ea]|chefe|tecnico\w*|techniker\w*|ingenieur\w*|ingeniero\w*|"
    r"ingegnere|engenheiro\w*|adviser|advisor|officer|coordinator|assistant|professor|"
    r"lecturer|teacher|nurse|accountant|auditor|partner|planner|agent|representative|"
    r"programmer|researcher|editor|writer|chef|responsable|responsabile|gerente|"
    r"sachbearbeit\w*|referent\w*|leiter\w*|leitung|medewerker|programme|program|graduate|"
    r"senior|junior|apprentice|trainee|operator|clerk|supervisor|head of|cashier|driver|"
    r"chargee? de|chargee? d'|"
    # the same jobs in the other languages of invites, in their masculine and feminine forms
    r"cientific[oa]s?|cientista|wissenschaftler\w*|desarrollador(?:a|es)?|"
    r"desenvolvedor(?:a|es)?|sviluppat(?:ore|rice)|developpeu(?:r|se)|ontwikkelaar|"
    r"programador(?:a|es)?|programmat(?:ore|rice)|disenador(?:a)?|progettista|"
    r"enfermer[oa]|enfermeir[oa]|infermier[ea]|infirmi(?:er|ere)|verpleegkundige|pfleger\w*|"
    r"abogad[oa]|advogad[oa]|avvocat[oa]|avocat(?:e)?|contador(?:a)?|contable|comptable|"
    r"buchhalter\w*|profesor(?:a)?|docente|docent|lehrer\w*|asesor(?:a)?|conseill(?:er|ere)|"
    r"berater\w*|adviseur|vendedor(?:a)?|vendeu(?:r|se)|verkaufer\w*|commess[oa]|"
    r"becari[oa]|estagiari[oa]|stagiaire|stagiair|stagista|praktikant\w*|werkstudent\w*|"
    r"technicien(?:ne)?|assistante|assistente|gestor(?:a)?|impiegat[oa]|addett[oa]|"
    # trades, care and service jobs (not those that are as often surnames: Baker, Cook, Porter)
    r"waiter|waitress|barista|bartender|cleaner|carer|caregiver|receptionist|housekeeper|"
    r"labou?rer|electrician|plumber|mechanic|pharmacist|paramedic|midwife|\w*therapist|"
    r"dentist|hygienist|solicitor|paralegal|barrister|secretary|bookkeeper|caretaker|janitor|"
    r"tutor|instructor|lifeguard|courier|gardener|landscaper|welder|machinist|operative|"
    r"hairdresser|stylist|nanny|kitchen porter|support worker|care worker|crew member|"
    r"team member|sous chef|line cook|surveyor|estimator|merchandiser|dispatcher|"
    r"camarer[oa]|cociner[oa]|serveu(?:r|se)|cuisini(?:er|ere)|camerier[ea]|cuoc[oa]|"
    r"garcom|garconete|kellner(?:in)?|jungkoch\w*|kochin|recepcionista|receptionniste|"
    r"elektriker\w*|electricista|monteur\w*|mecanic[oa]|fontaner[oa])\b"
    # a job advert's gender marks ("Lagerlogistiker (m/w/d)", "Vendeur H/F")
    r"|\b(?:m/w/d|w/m/d|m/f/d|m/f/x|h/f|f/h|m/v(?:/x)?)\b"
)
#: Phrases that name a meeting's kind, though they hold a job word ("Hiring manager chat").
_MEETING_KIND = lazy(
    r"\b(?:hiring manager|hm|recruiter|partner|team|panel|bar raiser|founder|ceo|cto)\s*"
    r"(?:chat|call|screen\w*|interview|round|session|sync|conversation|meeting)?$|"
    r"\b(?:chat|call|screen\w*|interview\w*|round|onsite|on-site|loop|session|superday|"
    r"assessment|walkthrough|deep dive|review|intro|introduction|meeting|debrief|"
    r"conversation|gesprach|entrevista|entretien|colloquio|gesprek)\b"
)


def position(ctx: Invite, company: str | None = None) -> str | None:
    """The job applied for, from a phrase that names a role or a title segment with a job noun;
    never the meeting's kind ("Hiring manager chat", "Phone screen"), the ``company``'s name
    or a reference number; else None."""
    found = _position(ctx)
    return _clean_position(found, company) if found else None


def _position(ctx: Invite) -> str | None:
    text = f"{ctx.body}\n{ctx.notes}\n{ctx.event_name}"
    for pattern in _POSITION:
        for m in pattern.finditer(text):
            found = m["p"].strip(' .,„“"«»')
            if _is_role(found):
                return _title_case(found)
    for segment in re.split(r"\s+[|–—-]\s+|\s*\|\s*|:\s+", ctx.my_title):
        segment = segment.strip()
        # "Interview with Acme for Fleet Planner": the job after "for"
        after_for = _FOR_JOB.search(segment)
        if after_for and _is_role(after_for["p"]):
            return after_for["p"].strip()
        words = segment.split()
        if _is_role(segment) and len(words) <= 8 and MYSELF not in words and "me" not in words:
            return _without_kind_word(segment)  # "Fachinterview Data Engineer"
    return None


def _clean_position(found: str, company: str | None) -> str | None:
    """A job's name without what is written around it: the company before or after it ("Acme
    Graduate Scheme", "Designer, Acme AB", "(Acme)"), "role at Acme", a reference in
    parentheses ("(Req 12-345)", "(Search #F1)"), a clause cut off ("(client"), a verb after
    it ("foi agendada", "has been scheduled") and whom it is with ("con Sra. Ruiz")."""
    text = _UNCLOSED.sub("", found).strip()
    text = _ROLE_OF.sub("", text)
    text = _AFTER_JOB.sub("", text).strip(" ,.-–—")
    text = _REFERENCE.sub("", text).strip(" ,.-–—")
    text = _TRAILING_REFERENCE.sub("", text).strip(" ,.-–—")
    if company:
        key = _company_key(company)
        # "Acme Graduate Scheme", "Acme (Marketing Manager)": the company before the job
        words = text.split()
        for cut in range(len(words) - 1, 0, -1):
            if _company_key(" ".join(words[:cut])) == key:
                text = " ".join(words[cut:])
                break
        inner = _WHOLE_PARENS.fullmatch(text)
        text = inner["inner"] if inner else text
        # "Designer, Acme AB", "Officer (Acme Trust)", "Manager at Acme": the company after it
        m = _TRAILING_PART.search(text)
        # ("Barista (Brewline Coffee Fitzroy)": the company and its branch)
        if (
            m
            and (tail := _company_key(m["tail"]))
            and (tail == key or tail.split()[0] == key.split()[0])
        ):
            text = text[: m.start()].strip()
    with_whom = _WITH_WHOM.search(text)
    if with_whom and is_title(with_whom["who"]):
        text = text[: with_whom.start()].strip()
    return text if text and JOB_NOUN.search(fold(text)) else found


@lru_cache(maxsize=1024)
def _company_key(name: str) -> str:
    return without_legal_forms(" ".join(NOT_ALNUM.sub(" ", fold(name)).split()))


_ROLE_OF = lazy(r"^(?:the\s+)?(?:role|position|post|job)\s+(?:of|as)\s+", re.I)
#: A parenthesis that the text cut off ("Partner (client").
_UNCLOSED = lazy(r"\s*\([^()]*$")
#: Words after a job's name that are no part of it: where it is, that it was scheduled.
_AFTER_JOB = led(
    lazy(
        r"\s+(?:(?:role|position|job|vacancy|post)\s+)?(?:at|@)\s+[A-ZÀ-Þ].*$|"
        r"\s+(?:presso|chez|bei)\s+\S.*$|"
        r"\s+(?:role|position|vacancy)$|"
        r"\s+(?:foi|was|has been|is|wurde|a ete|a été|ha sido|fue|è stat[oa]|e stat[oa]|werd|is)\s+"
        r"(?:agendad[ao]|marcad[ao]|scheduled|booked|confirmed|arranged|geplant|vereinbart|"
        r"planifi\w+|programad[ao]|fissat[oa]|gepland|bevestigd)\b.*$",
    )
)
#: A reference after a dash or a comma: "– Req 2026-0331", "- Réf. 2291", ", Stellen-ID 8812",
#: "– Job ID 117", "– Nº 42".
_TRAILING_REFERENCE = lazy(
    r"\s*[,–—-]\s*(?:req(?:uisition)?|ref(?:erence)?|réf(?:érence)?|job[ -]?id|stellen-?id|"
    r"kennziffer|id|no\.?|nº|n°|nr\.?|#)\.?\s*[:#]?\s*[\w-]*\d[\w-]*\s*$",
    re.I,
)
#: A reference in parentheses: a requisition, a search, a job number.
_REFERENCE = lazy(
    r"\s*\((?:[^()]*(?:\bref\b|\breq\b|#|\bid\b|\bno\.)[^()]*|[A-Z]{0,4}-?\d[\w-]{3,})\)",
    re.I,
)
_WHOLE_PARENS = lazy(r"\((?P<inner>[^()]+)\)")
_TRAILING_PART = lazy(r"(?:,\s*|\s+[-–—@]\s+|\s+at\s+|\s*\()(?P<tail>[^,()]+?)\)?$")
_WITH_WHOM = lazy(r"\s+(?:with|con|com|mit|avec|met)\s+(?P<who>\S+)")


_FOR_JOB = lazy(r"\s(?:for|für|pour|para|per|voor)\s+(?:the |a |an |le |la |el |il )?(?P<p>.+)$")


def _is_role(text: str) -> bool:
    folded = fold(text)
    return bool(JOB_NOUN.search(folded)) and not _MEETING_KIND.search(folded)


def _title_case(text: str) -> str:
    return (
        text if any(c.isupper() for c in text) else " ".join(w.capitalize() for w in text.split())
    )

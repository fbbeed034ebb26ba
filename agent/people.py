"""Who is a person in an invite, and which part each one plays.

A participant is a person unless it is a room or resource, a group or shared calendar, a
scheduler or ATS address, or a shared mailbox (``is_system``). Names are read from the text too:
itinerary lines ("10:00 - 10:45 System design - Wei Chen"), labelled lists ("Interviewers: ..."),
"with Dana and Lee", "Dana Whitfield (Hiring Manager)". ``interviewers`` then picks the
interviewers among the people, leaving out the organizer and coordinators when others are there;
a name with no address stays a person known by name only (an address is never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from agent import domains, names, org_kinds
from agent.invite import Invite, is_me, local_part
from agent.model import Attendee, Person
from agent.textscan import (
    AtLineStart,
    Gated,
    at_word_start,
    by_first_letter,
    fold,
    holds_any,
    lazy,
    led,
)

# Names and addresses repeat across a calendar's events: their keys are computed once.
name_key = lru_cache(maxsize=8192)(names.name_key)
_local_part_key = lru_cache(maxsize=8192)(names.local_part_key)
display_name = lru_cache(maxsize=8192)(names.display_name)
clean_name = lru_cache(maxsize=8192)(names.clean_name)


first_and_last = lru_cache(maxsize=8192)(names.first_and_last)
_credential = lru_cache(maxsize=8192)(names.is_credential)


def clear_caches() -> None:
    for cached in (
        name_key,
        _local_part_key,
        display_name,
        clean_name,
        first_and_last,
        _credential,
        _employer_domain,
    ):
        cached.cache_clear()
    names.parsed.cache_clear()
    names.name_parts.cache_clear()
    for rule in (
        _not_a_person,
        _names_a_group,
        _matches_by,
        _coordinator_names,
        _absent_names,
        _is_title,
        _name_word,
        _also_joining,
    ):
        rule.cache_clear()


def same_person(name: str | None, email: str | None, other_name: str | None) -> bool:
    """``names.same_person`` on cached keys."""
    key = name_key(other_name)
    return bool(key) and key in {name_key(name), _local_part_key(email)}


# --------------------------------------------------------------------------- not a person

# Local parts that name a function or a mailbox, not a person (any of their words).
_ROLE_WORDS = frozenset(
    [
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "notification",
        "notifications",
        "recruit",
        "recruiting",
        "recruitment",
        "recruiter",
        "recruiters",
        "talent",
        "talents",
        "career",
        "careers",
        "jobs",
        "job",
        "hr",
        "people",
        "interview",
        "interviews",
        "scheduling",
        "schedule",
        "scheduler",
        "calendar",
        "hiring",
        "team",
        "teams",
        "info",
        "hello",
        "contact",
        "office",
        "admin",
        "bewerbung",
        "bewerbungen",
        "bewerber",
        "candidatures",
        "candidaturas",
        "sollicitaties",
        "karriere",
        "empleo",
        "empleos",
        "seleccion",
        "selecao",
        "selection",
        "rrhh",
        "rh",
        "producer",
        "organizer",
        "organizers",
        "event",
        "events",
        "support",
        "leasing",
        "sales",
        "graduates",
        "graduate",
        "campus",
        "reclutamiento",
        "recrutamento",
        "recrutement",
        "rekrutacja",
        "werving",
        "personal",
        "personas",
        "pessoas",
        "persone",
        "personalamt",
        "vacatures",
        "candidates",
        "candidate",
        "resourcing",
        "staffing",
        "group",
        "all",
        "list",
        "committee",
        "panel",
        # mailing lists of a whole faculty, staff or membership ("cee-faculty@", "allstaff@")
        "faculty",
        "staff",
        "allstaff",
        "everyone",
        "members",
        "students",
        "dept",
        "announce",
        "kollegium",
        "personeel",
        "docenti",
        "docentes",
        "professores",
        "profesorado",
        "enseignants",
        # the desks, rotas and panels of a building or a team
        "interviewers",
        "ops",
        "operations",
        "visitors",
        "visitor",
        "reception",
        "frontdesk",
        "concierge",
        "security",
        "facilities",
        "oncall",
        "governors",
        "board",
    ]
)
_LOCAL_WORDS = lazy(r"[-_.+]+")
# Words that name a recruiting function, its team or its mailbox rather than one person or a
# company, folded, in the languages invitations are written in ("Talent Acquisition",
# "Recrutement", "RRHH", "Personalabteilung", "noreply@"). A display name built on one is a
# group; after a company's name, one starts the name of its team, not more of the company's.
RECRUITING_FUNCTION_WORDS = (
    "department",
    "recruit",
    "recruiting",
    "recruitment",
    "recruiters",
    "talent",
    "talents",
    "talento",
    "talentos",
    "career",
    "careers",
    "jobs",
    "hiring",
    "hr",
    "rh",
    "rrhh",
    "resourcing",
    "personalabteilung",
    "personalamt",
    "selection",
    "seleccion",
    "selecao",
    "reclutamiento",
    "recrutamento",
    "recrutement",
    "rekrutacja",
    "equipe",
    "equipo",
    "equipa",
    "noreply",
    "no-reply",
    "scheduling",
    "interviews",
)
RECRUITING_NAME = lazy(
    r"\b(?:recruit\w*|talent\w*|interview\w*|careers?|hiring|candidate|people team|personal|"
    r"resourcing|"
    r"bewerbung\w*|bewerber\w*|candidatur\w*|sollicitati\w*|seleccion|selecao|reclutamiento|"
    r"recrutamento|recrutement|rekrutacja|talento)\b"
)
# A display name that names a group, a team or a function, not one person (folded).
_GROUP_NAME = lazy(
    at_word_start(
        *[
            "team",
            "teams",
            "committee",
            "commission",
            "kommission",
            "comite",
            "comision",
            "commissione",
            *RECRUITING_FUNCTION_WORDS,
            "admissions",
            "office",
            "reception",
            "secretariat",
            "sekretariat",
            "segreteria",
            "secretariado",
        ],
        "human resources",
        "front desk",
        # a whole faculty, staff or membership, as mailing lists are named in each language
        *[
            "faculty",
            "everyone",
            "members",
            "students",
            "fakultat",
            "kollegium",
            "lehrerkollegium",
            "belegschaft",
            "mitarbeitende",
            "enseignants",
            "professeurs",
            "profesorado",
            "claustro",
            "docentes",
            "professores",
            "docenti",
            "medewerkers",
            "docenten",
            "personeel",
        ],
        "all staff",
        "staff list",
        "mailing list",
        "distribution list",
        "corps enseignant",
        "corpo docente",
        # panels, boards and desks ("Finance Panel", "Board of Governors", "Visitor
        # Management", "SRE On-Call")
        *[
            "interviewers",
            "jury",
            "governors",
            "tribunal",
            "banca",
            "visitor",
            "visitors",
            "facilities",
            "concierge",
            "oncall",
            "on-call",
            "ops",
        ],
        "board of",
        "security desk",
        # the staff's elected bodies, who send a member to public-sector panels
        *[
            "personalrat",
            "betriebsrat",
            "personalvertretung",
            "mitarbeitervertretung",
            "ondernemingsraad",
            "medezeggenschapsraad",
        ],
        "works council",
        "staff council",
        "comite social",
        "comite d'entreprise",
        "comite de empresa",
        "comissao de trabalhadores",
        "rappresentanza sindacale",
    )
    + r"(?!\w)"
)
#: ... and the committees whose names are glued words ("Selectiecommissie", "Auswahlgremium").
_GLUED_GROUP = ("commissie", "kommission", "gremium")


@lru_cache(maxsize=4096)  # a name is looked at in each event it takes part in
def _names_a_group(folded: str) -> bool:
    """Does a folded display name name a group, a team or a function, not one person?"""
    return _GROUP_NAME.search(folded) is not None or holds_any(folded, _GLUED_GROUP)


#: A human resources department, by the names it goes by in each language, written apart or
#: glued as in a mailbox ("gestionhumana@", "talento.humano@", "gestaodepessoas@",
#: "risorseumane@", "personeelszaken@", "Ressources Humaines").
_HR_DEPARTMENT = Gated(
    lazy(
        r"(?:gestion|gerencia|talento|capital|desarrollo|recursos|ressources|risorse|gestao|"
        r"relaciones)"
        r"[\s._-]*(?:de[\s._-]*)?(?:humana|humano|humanos|humaines|umane|pessoas|personas|"
        r"laborales)\b|personalabteilung|personalwesen|personeelszaken|"
        r"people[\s._-]*(?:ops|operations)"
    ),
    *("huma", "umane", "pessoas", "personas", "laborales", "personal", "personeel", "people"),
)
_ROOM = Gated(
    lazy(
        r"\b(?:conf(?:erence)?\s*r(?:oo)?m|room|raum|sala|resource|boardroom|\w*saal|"
        r"vergader(?:zaal|ruimte|kamer))\b|^confrm",
        re.I,
    ),
    *("conf", "room", "raum", "sala", "resource", "saal", "vergader"),
)
#: What follows a post that labels the name after it ("Coordinator: Lea Sommer").
_LABELS_AFTER = lazy(r"[ \t]*(?:[:=]|[-–—][ \t])[ \t]*[^\W\d_]")
_COORDINATOR = Gated(
    lazy(r"\b(?:coordinator|coordination|scheduler|scheduling|point of contact)\b", re.I),
    *("coordinat", "schedul", "point of contact"),
)

#: A coordinator's post, as a noun ("Coordinator", "coordinatrice", "coordinateur"), folded.
_COORDINATOR_POST = lazy(r"\bcoordinat(?:ors?|rices?|ore|ori|rici|eurs?)\b")
#: The words that make a coordinator's post a recruiting one, in each language ("Recruiting
#: Coordinator", "Talent & Onboarding Coordinator", "coordinatrice RH", "coordinateur du
#: recrutement", "coordinatore dei colloqui"), folded.
_RECRUITING_QUALIFIERS = frozenset(
    [
        "recruiting",
        "recruitment",
        "recruiter",
        "talent",
        "talents",
        "interview",
        "interviews",
        "interviewing",
        "hiring",
        "candidate",
        "candidates",
        "candidat",
        "candidats",
        "scheduling",
        "schedule",
        "hr",
        "ta",
        "people",
        "staffing",
        "resourcing",
        "selection",
        "onboarding",
        "campus",
        "acquisition",
        "experience",
        "personnel",
        "rh",
        "rrhh",
        "recrutement",
        "recrutements",
        "selezione",
        "reclutamento",
        "personale",
        "risorse",
        "ressources",
        "humaines",
        "colloqui",
        "entretiens",
        "recrutamento",
        "selecao",
        "reclutamiento",
        "seleccion",
        "werving",
        "selectie",
        "sollicitaties",
    ]
)
#: Words a post's qualifier is not: what goes before a bare post ("your coordinator", "Sam is
#: the coordinator") and what joins two qualifiers ("Talent & Onboarding Coordinator").
_BEFORE_A_BARE_POST = frozenset(
    [
        "the",
        "a",
        "an",
        "your",
        "our",
        "my",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "as",
        "is",
        "was",
        "be",
        "will",
        "and",
        "or",
        "with",
        "de",
        "het",
        "een",
        "uw",
        "onze",
        "je",
        "jouw",
        "le",
        "la",
        "les",
        "un",
        "une",
        "votre",
        "notre",
        "il",
        "lo",
        "gli",
        "una",
        "vostro",
        "vostra",
        "el",
        "los",
        "las",
        "su",
        "nuestro",
        "nuestra",
        "o",
        "os",
        "as",
        "seu",
        "sua",
    ]
)
#: ... and what follows a bare post ("Coordinator for the day", "coordinatrice du jour").
_AFTER_A_BARE_POST = frozenset(
    [
        "for",
        "of",
        "on",
        "at",
        "to",
        "in",
        "will",
        "is",
        "was",
        "du",
        "des",
        "de",
        "di",
        "del",
        "della",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "voor",
        "fur",
        "für",
        "am",
        "im",
        "der",
        "die",
        "den",
        "et",
        "y",
        "en",
        "e",
        "und",
        "da",
        "jour",
    ]
)
_JOINS_QUALIFIERS = frozenset(["and", "&", "/", "e", "et", "y", "en", "und"])
#: Seniority says nothing of the post's function ("Senior Coordinator").
_SENIORITY = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "chief",
        "head",
        "assistant",
        "associate",
        "principal",
        "interim",
        "acting",
        "deputy",
        "global",
        "regional",
        "local",
    ]
)
#: A Romance language's qualifier after the post: a preposition and a noun ("de Logística",
#: "des soins", "di reparto"), or a relational adjective ("infermieristica", "pédagogique",
#: "sanitario", "administrative", "commerciale").
_QUALIFIER_AFTER = lazy(
    r"[ \t]+(?:(?:de|di|del|della|dello|dei|delle|des|du|do|da|of)[ \t]+(?:l'|la |le |les )?"
    r"(?P<noun>[^\W\d_]+)|(?P<adjective>[^\W\d_]+(?:ic[oa]|iques?|ale|al|ai?res?|ari[oa]|"
    r"iv[oae]|ifs?|istic[oa]|ieri|iere))\b)"
)


def _post_of_another_function(folded: str, start: int, end: int) -> bool:
    """Is the coordinator's post at ``folded[start:end]`` one of another function than
    recruiting ("Nursing Coordinator", "Project Coordinator", "coordinatrice infermieristica",
    "coordinateur logistique")? Its holder has a job of their own, and may well interview; a
    bare post ("Coordinator", "your coordinator") or a recruiting one organises."""
    if not _COORDINATOR_POST.fullmatch(folded, start, end):
        return False  # "coordinating", "coordination": the verb, or a team's mailbox
    qualifiers: list[str] = []
    line_start = folded.rfind("\n", 0, start) + 1
    # the words just before, back to a stop ("Dana Kessler, Coordinator", "Dana Kessler -
    # Coordinator": none)
    before = re.split(r"[^\w \t&/-]|\d|_|[ \t]-[ \t]", folded[line_start:start])[-1]
    if not before.strip(" \t-"):
        # the post starts its part of the line: a function may follow it ("Coordinator
        # Strategic Planning", "Coordinatrice infermieristica")
        follow = re.match(r"[ \t]+([^\W\d_]+)", folded[end:])
        if follow and follow.group(1) not in _BEFORE_A_BARE_POST | _AFTER_A_BARE_POST:
            qualifiers.append(follow.group(1))
    for word in reversed(re.split(r"[ \t/-]+", before.strip(" \t-"))):
        if not word or word in _JOINS_QUALIFIERS or word in _SENIORITY:
            continue
        if not word.isalpha() or word in _BEFORE_A_BARE_POST:
            break  # "Dana Kessler, Coordinator", "your coordinator": a bare post
        qualifiers.append(word)
        if len(qualifiers) == 3:
            break
    after = _QUALIFIER_AFTER.match(folded, end)
    if after:
        qualifiers.append(after["noun"] or after["adjective"])
    return bool(qualifiers) and not any(q in _RECRUITING_QUALIFIERS for q in qualifiers)


def _names_coordinator(text: str) -> bool:
    """Does ``text`` (a post, a display name's label) name a coordinator who organises: a
    bare or recruiting one ("Recruiting Coordinator", "scheduling"), not one of another
    function ("Nursing Coordinator")?"""
    folded = fold(text)
    return any(
        not _post_of_another_function(folded, m.start(), m.end())
        for m in _COORDINATOR.finditer(folded)
    )


#: A line that names who organises, the label first ("Recruiter: Lena Frost", "Your contact -
#: Sam Lee", "Your recruiter, Ines Alvim (ines@...)", "Ansprechpartnerin: Frau Ute Kern"): that
#: person organises, and interviews only when the meeting is one-to-one with them or the text
#: names them as interviewer too.
_ORGANISER_LABEL = AtLineStart(
    r"[ \t•*\-–]*(?:your |ihr |ihre |votre |tu |su |seu |sua |il tuo |la tua |je )?"
    r"(?:recruiter|recruiterin|recruiting (?:coordinator|partner|contact)|talent partner|"
    r"(?:interview )?coordinator|point of contact|contact(?: person)?|"
    r"ansprechpartner(?:in)?|recruteur|recruteuse|charg[ée]e? de recrutement|"
    r"reclutador(?:a)?|recrutador(?:a)?|selezionatore|selezionatrice|"
    # one who sits in without scoring, labelled so ("HR observer: ...", "Protokoll: ...")
    r"(?:hr |rh |rrhh )?(?:observer|beobachter(?:in)?|observat(?:eur|rice)|observador(?:a)?|"
    r"osservat(?:ore|rice)|waarnemer|note[- ]?taker|minute[- ]?taker|protokoll(?:fuhrer(?:in)?)?|"
    r"protokollführer(?:in)?|notulist(?:e)?|verbalizzante))"
    r"[ \t]*[:,\-–—][ \t]*(?P<rest>\S.*)$",
    re.I,
)


#: A sentence that says who organises, the post first and the name after "is" ("Your
#: coordinator for the day is Sam Kit", "Ihre Ansprechpartnerin vor Ort ist Frau Ute Kern",
#: "Votre contact sur place est M. Roy", "Il tuo referente è Ugo Neri"), read in folded text.
_ORGANISER_IS = Gated(
    lazy(
        r"\b(?:your|the|ihre?|votre|vos|tu|su|sus|seu|sua|o seu|a sua|il tuo|la tua|je|uw) "
        r"(?:recruiter|recruiting contact|(?:interview )?coordinator|point of contact|"
        r"contact person|contact|ansprechpartner(?:in)?|kontaktperson|persona de contacto|"
        r"pessoa de conta(?:c)?to|conta(?:c)?to|referente|contactpersoon|recruteur|recruteuse|"
        r"charge(?:e)? de recrutement|reclutador(?:a)?|recrutador(?:a)?)"
        r"(?: (?:for the day|on the day|on site|onsite|vor ort|am tag|sur place|ce jour-la|"
        r"el dia|ese dia|no dia|nesse dia|per la giornata|in loco|op de dag|ter plaatse))? "
        r"(?:is|will be|ist|wird|est|sera|es|sera|e|sara|wordt|zal zijn) "
    ),
    *("recruit", "coordinator", "point of contact", "contact", "ansprechpartner", "kontakt"),
    *("contacto", "contato", "referente", "contactpersoon", "recrut", "reclutador"),
)


#: ... unless the sentence goes on to say they interview too.
_INTERVIEWS_TOO = lazy(
    r"interview|panel|entrevist|gesprach|entretien|colloquio|gesprek|jury|commission|kommission"
)


def is_system(person: Attendee) -> str | None:
    """Why this participant is not a person (room, group, scheduler, role mailbox), or None."""
    # cached by what decides it: hashing the whole participant for every look costs more
    return _not_a_person(person.email or "", person.name or "", person.resource, person.group)


@lru_cache(maxsize=8192)
def _not_a_person(address: str, name_: str, resource: bool, group: bool) -> str | None:
    """``is_system`` of a participant with this address, display name (as the participant
    holds it: on one line), resource and group flags."""
    local = local_part(address)
    # the name and the local part are gated as one text (no needle holds a line break, so a
    # gate that fails on both fails on each): most participants are not scanned at all
    if resource or (
        _ROOM.possible(f"{name_}\n{local}") and (_ROOM.search(name_) or _ROOM.search(local))
    ):
        return "room or resource"
    if group or domains.is_calendar_system(address):
        return "group or shared calendar"
    if domains.is_ats(address):
        return f"scheduler/ATS address at {domains.registrable_domain(address)}"
    words = [local, *_LOCAL_WORDS.split(local)]
    if not _ROLE_WORDS.isdisjoint(words) and not _looks_personal(name_, address):
        return "shared or no-reply mailbox"
    name = fold(name_)
    if name and _names_a_group(name) and not _looks_personal(name_, address):
        return "group or team mailbox"
    if _HR_DEPARTMENT.possible(f"{name}\n{local}") and (
        _HR_DEPARTMENT.search(local) or (name and _HR_DEPARTMENT.search(name))
    ):
        return "a human resources department's mailbox"
    if name and _names_a_cohort(clean_name(name_) or "", address):
        return "a list of people, not one"
    return None


def _personal_local_part(address: str) -> bool:
    """Does an address's local part read as a person's name ("wei.chen", "j-doe"): two or
    three words of letters, none a number or a word of jobs, functions or groups?"""
    words = _LOCAL_WORDS.split(local_part(address))
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w not in NOT_NAME_WORDS and w not in _ROLE_WORDS for w in words)
        and any(len(w) >= 3 for w in words)
    )


def _names_a_cohort(name: str, address: str) -> bool:
    """A display name made of job words and numbers only names a list or a cohort ("Trainee
    2026", "Staff Nurses"), not one person; so does one that ends with a job in the plural
    ("Eng Leads", "Executive Assistants"); but not beside a first.last address."""
    words = name.replace("-", " ").split()
    last = fold(words[-1].strip(".,()")) if words else ""
    if (
        len(last) > 3
        and last.endswith("s")
        and (last[:-1] in JOB_WORDS or _JOB_ENDING.search(last[:-1]))
        and (
            not _personal_local_part(address)
            or any(last.startswith(w) for w in _LOCAL_WORDS.split(local_part(address)) if w)
        )
    ):
        return True
    seen = False
    for word in name.replace("-", " ").split():
        bare = word.strip(".,()")
        if not bare or bare.isdigit():
            continue
        folded = fold(bare)
        if folded not in JOB_WORDS and folded.rstrip("s") not in JOB_WORDS:
            return False  # most names stop at their first word
        seen = True
    return seen and not _personal_local_part(address)


def looks_like_person(person: Attendee) -> bool:
    """Is this participant one person (not a room, group, scheduler or shared mailbox)?"""
    return is_system(person) is None


def _looks_personal(display: str, address: str) -> bool:
    """ "Dana Whitfield" <recruiting@...> (or "Dana Whitfield | Acme Talent") is a person even
    when the local part reads like a role; "Quillfeather Robotics - Jobs", the company's own name at
    its domain, is not."""
    name = clean_name(display) or ""
    words = fold(name).split()
    if len(words) < 2:
        return False
    given = words[0]
    if (
        _local_part_key(address) == name_key(name)
        and _personal_local_part(address)
        and given not in NOT_NAME_WORDS
        and given not in _ROLE_WORDS
        and not _names_a_group(given)
        and not RECRUITING_NAME.search(given)
    ):
        # a given name, and the address spells the whole name: "Marco Rota" at marco.rota@,
        # "Lea Morand | Morand Partners" at lea.morand@ (a founder, not the firm)
        return True
    if RECRUITING_NAME.search(fold(name)) or _names_a_group(fold(name)):
        return False
    local = _LOCAL_WORDS.split(local_part(address))
    if any(w in _ROLE_WORDS and w in local for w in words):
        return False  # "Finance Panel" at panel.finance@: the mailbox's own word, no surname
    label = re.sub(r"[^a-z0-9]", "", (domains.registrable_domain(address) or "").split(".")[0])
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    return not any(len(w) >= 4 and w in label for w in words)  # the company's name, not a person


def humans(ctx: Invite) -> list[Attendee]:
    """The participants who are people other than the user."""
    if ctx.humans is None:
        mine = ctx.me_addresses  # is_me, written out: this runs for every event
        ctx.humans = [
            p
            for p in ctx.people
            if not (p.is_self or (p.email or "").lower() in mine)
            and _not_a_person(p.email or "", p.name or "", p.resource, p.group) is None  # is_system
        ]
    return ctx.humans


def company_humans(ctx: Invite) -> list[Attendee]:
    """Humans at an employer's domain: not free mail, not the user's own employer."""
    if ctx.company_humans is None:
        ctx.company_humans = []
        if ctx.humans is not None:
            for person in ctx.humans:
                reg = _employer_domain(person.email)
                if reg and reg not in ctx.my_domains:
                    ctx.company_humans.append(person)
            return ctx.company_humans
        # ``humans``, written out after the domain: most participants (colleagues, friends at
        # free mail) are at no other employer, and are not looked at as a person at all
        mine = ctx.me_addresses
        for p in ctx.people:
            reg = _employer_domain(p.email)
            if (
                reg
                and reg not in ctx.my_domains
                and not (p.is_self or (p.email or "").lower() in mine)
                and _not_a_person(p.email or "", p.name or "", p.resource, p.group) is None
            ):
                ctx.company_humans.append(p)
    return ctx.company_humans


@lru_cache(maxsize=8192)
def _employer_domain(address: str | None) -> str | None:
    """The registrable domain of an address that is no free mail, else None."""
    reg = domains.registrable_domain(address)
    return reg if reg and not domains.is_free_mail(reg) else None


def company_mailbox(ctx: Invite) -> bool:
    """Did a company's own shared mailbox organise the event (``careers@acme.com``, ``no-reply@
    jobs.acme.com``): not a person, but the company, as a person of it would be?"""
    org = ctx.event.organizer
    if org is None or is_me(ctx, org) or is_system(org) is None:
        return False
    reg = domains.registrable_domain(org.email)
    return bool(reg) and not (
        domains.is_free_mail(reg)
        or domains.is_ats(reg)
        or domains.is_calendar_system(org.email)
        or reg in ctx.my_domains
    )


def organizer(ctx: Invite) -> Person | None:
    """The organizer, unless it is the user."""
    org = ctx.event.organizer
    if org is None or is_me(ctx, org):
        return None
    return Person(name=display_name(org.name), email=(org.email or "").lower() or None)


# --------------------------------------------------------------------------- names in text

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
#: One word of a name: a capital, then letters ("O'Brien", "Osei-Bonsu", "Paweł", "McKay").
NAME_WORD = r"[" + _UPPER + r"][^\W\d_]*(?:['’\-][" + _UPPER + r"]?[^\W\d_]+)*"
#: Titles written before names ("Dr.", "Frau", "Mme", "Dott.ssa", "Ing.", "Eng.º", "M.").
_TITLE = (
    r"(?:Dr|Dra|Prof\.ssa|Prof|Profa|Mr|Mrs|Ms|Mx|Frau|Herrn|Herr|Mme|Mlle|M|Sr|Sra|Srta|"
    r"Dott\.ssa|Dott|Ing|Eng\.?º|Eng|Ps|Lic|Licda|Dean|Mevr|Dhr|Ir|Q\.F\.B|"
    # professional titles of Italy, Spain and Latin America: architect, surveyor, lawyer,
    # accountant ("Arch. Enrico Neri", "Geom. Dario Sala", "Avv.", "Rag.", "Arq.")
    r"Arch|Arq|Avv|Geom|Rag|Sig\.ra|Sig|Mtro|Mtra)\.?"
)
_PARTICLES = r"(?:van|von|de|der|den|da|das|do|dos|del|della|di|du|la|le|ten|ter|zu|y)"
# Given names by their initials may lead ("K. S. Meenakshi", "J-P. Venter", "A.R. Rahman"); a
# middle initial with its dot may stand between the words ("Dana J. Whitfield").
NAME = (
    r"(?:" + _TITLE + r"\s+){0,3}(?:[" + _UPPER + r"](?:\.?-[" + _UPPER + r"])?\.\s*){0,3}"
    + NAME_WORD
    + r"(?:[ \t]+(?:[" + _UPPER + r"]\.[ \t]+(?=[" + _UPPER + r"]))?(?:" + _PARTICLES
    + r"[ \t]+){0,2}" + NAME_WORD + r"){0,3}"
)  # fmt: skip
_NAME_RE = lazy(NAME)
#: A time of day as itineraries write it: "10", "10:30", "10.30", "10h30", "10am", "10:30 PM".
TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[aApP]\.?[mM]\.?|[hH](?:rs?)?\b|Uhr\b)?"
#: A time zone after the times: "PST", "CET", "(ET)", "UTC+1", "GMT-05:00", "Pacific".
_ZONE = (
    r"(?:[ \t]*\(?(?:[A-Z]{1,4}T|UTC|GMT|Z|Pacific|Eastern|Central|Mountain|local time|"
    r"hora local|heure locale|Ortszeit)(?:[+\-−]\d{1,2}(?::?\d{2})?)?\)?(?![\w]))?"
)
#: An itinerary line: a bullet, a time or a range of times, a zone, a separator, then the rest.
_ITINERARY_LINE = (
    # a list's number is no time ("2) Dott. Ugo Neri", "3. Ana Ruiz"), but may lead one
    r"[ \t•*\-–]*(?:\(?\d{1,2}[.)][ \t]+(?=\d))?(?!\(?\d{1,2}[.)](?!\d))"
    + TIME + r"(?:\s*(?:[-–—]|to|bis|a|à|às|tot)\s*" + TIME + r")?" + _ZONE
    + r"[ \t]*[|:\-–—]?[ \t]*(?P<rest>[^\s|:\-–—].*)$"
)  # fmt: skip
ITINERARY = AtLineStart(_ITINERARY_LINE)
_ONE_ITINERARY_LINE = lazy(_ITINERARY_LINE)


def itinerary_line(line: str) -> str | None:
    """What an itinerary line says after its times ("11:00 - 11:45 PST | System design - Wei
    Chen" -> "System design - Wei Chen"), or None for a line that is not one."""
    m = _ONE_ITINERARY_LINE.match(line)
    return m["rest"] if m else None


#: The panel's label in each language, feminine and plural too ("Interviewers", "Avaliadoras",
#: "Gesprächspartnerinnen", "Esaminatori", "Beoordelaars"); a board, a committee or a
#: commission only when it is the interview's ("Board: half board" is none).
_PANEL_LABEL = (
    r"(?:interviewers?|panel(?:ists|lists)?|panel members|assessors?|"
    r"(?:interview|selection|hiring|search|appointments?)[ \t-]*(?:board|committee|commission)|"
    r"evaluators?|participants?|participantes?|avaliador(?:a|es|as)?|"
    r"evaluador(?:a|es|as)?|entrevistador(?:a|es|as)?|gespr[äa]chspartner\w*|teilnehmer\w*|"
    r"interviewer(?:in|innen)?|kommission|gremium|pr[üu]fer(?:in|innen)?|jury|j[úu]ri|"
    r"[ée]valuat(?:eur|rice)s?|interlocut(?:eur|rice)s?|intervenant(?:e)?s?|"
    r"commission (?:de s[ée]lection|d'entretien)|comit[éeê]|comisi[óo]n|comiss[ãa]o|tribunal|"
    r"banca examinadora|commissione|"
    r"esaminator[ei]|selezionator[ei]|valutator[ei]|intervistator[ei]|giuria|commissie|"
    r"gesprekspartners?|beoordelaars?)(?:[ \t]+(?:de|of|del|da|di|der|des)[ \t]+\w+)?"
)
#: ... after an article, a possessive or the kind of panel ("Your interviewers", "Membres du
#: jury", "Interview panel", "Auswahlkommission").
_PANEL_LABEL_LEAD = (
    r"(?:(?:your|the|our|ihre?|die|unsere|vos|votre|les|le|la|membres du|tus|sus|los|las|el|"
    r"miembros del|seus|suas|os|as|a|o|membros da|i|il|la|membri della|je|uw|de|het|"
    r"leden van de)[ \t]+(?:(?:interview(?:ing)?|selection|hiring|assessment|search|"
    r"auswahl|selectie|sollicitatie|benoemings)[ \t-]*)?|(?:interview(?:ing)?|selection|hiring|"
    r"assessment|search|auswahl|selectie|sollicitatie|benoemings)[ \t-]*)"
)
LIST_LABEL = AtLineStart(
    r"[ \t]*(?:(?:interviewed by|with|who|joining|bar raiser|assessed by|"
    r"you'?ll (?:meet|speak with)|interviewer\(s\)|" + _PANEL_LABEL + r")"
    r"[ \t]*(?:[:=\-–][ \t]*)|"
    # with a lead, only a colon labels: "Interview panel – Nurse Consultant" is a title
     + _PANEL_LABEL_LEAD + _PANEL_LABEL + r"[ \t]*[:=][ \t]*)(?P<rest>.+)$",
    re.I,
)
WITH = lazy(
    at_word_start(
        "with",
        "w/",
        "mit",
        "con",
        "avec",
        "com",
        "met",
        "speak with",
        "meet",
        "assessed by",
        "interviewed by",
        "joined by",
        # "you will meet", in the other languages of invites
        "rencontrerez",
        "rencontrer",
        "rencontrera",
        "treffen",
        "conocerás",
        "conocerá",
        "conocer a",
        "conhecerá",
        "conhecer",
        "incontrerai",
        "incontrerà",
        "incontrerete",
        "conoscerai",
        "ontmoet",
        "ontmoeten",
        # ... as a sentence starts with them ("Incontrerai Anja e Bram", "Avec Anja Roux")
        "With",
        "Mit",
        "Avec",
        "Con",
        "Com",
        "Rencontrerez",
        "Conocerás",
        "Conhecerá",
        "Incontrerai",
        "Incontrerete",
        "Conoscerai",
        "Ontmoet",
        "Interviewed by",
        "Assessed by",
        "Joined by",
    )
    + r"\s+(?:(?:the|o|a|la|el|le|der|die|l'|os|as|los|las|les)\s+)?(?P<rest>"
    + NAME
    + r"(?:\s*\([^)\n]{0,80}\))?"
    r"(?:\s*(?:,|and|und|y|e|et|en|&)\s*(?:(?:o|a|la|el|le)\s+)?"
    + NAME
    + r"(?:\s*\([^)\n]{0,80}\))?)*)"
)
NAME_WITH_ROLE = lazy(r"(?P<name>" + NAME + r")\s*\((?!\d)(?P<role>[^)\n]{2,80})\)")
#: A list under a line that ends with ":" ("Der Auswahlkommission gehören an:\n- Frau ..."),
#: its items after a bullet or a number ("1) Dott.ssa ...", "2. Ana Ruiz", "(3) ...", "a) ...").
_LIST_ITEM = lazy(r"(?m)^[ \t]*(?:[-–—•*·]|\(?\d{1,2}[.)](?!\d)|\(?[a-z]\))[ \t]*(?P<item>\S.*)$")
_CAPITAL = lazy(r"[" + _UPPER + r"]")  # how every NAME starts, titles included
_SPLIT_NAMES = led(lazy(r"\s*(?:,|;|\band\b|\bund\b|\by\b|\be\b|\bet\b|\ben\b|&|/|\+)\s*"))
_PARENS = lazy(r"\([^)]*\)")
_NAME_ADDRESS = lazy(r"(?m)^[ \t\-*•]*(?P<name>[^<>\n:]{2,80}?)\s*<(?P<email>[^<>@\s]+@[^<>\s]+)>")
_NOTE_LINE = lazy(
    r"(?m)^[ \t\-*•]*(?P<name>"
    + NAME_WORD
    + r"(?:[ \t]+"
    + NAME_WORD
    + r")?)[ \t]*:[ \t]*(?P<text>\S.*)$"
)
_SEGMENT_SPLIT = led(lazy(r"\s+[|–—-]\s+|\s*\|\s*|\s+[–—]\s*"))
_TITLE_WORD = lazy(r"^" + _TITLE + r"$", re.I)


@lru_cache(maxsize=8192)
def _is_title(word: str) -> bool:
    """``_TITLE_WORD.match(word)``, remembered per word: a calendar's names recur, and the
    titles are tried one after another (re skips no branch by its first letter under re.I)."""
    return _TITLE_WORD.match(word) is not None


# Words that are no person's name in invites (folded), one kind per paragraph: how invites
# write meetings, jobs, places, times, conferencing and greetings, in their languages.
_NOT_NAME_TEXT = (
    # meetings, their parts and formats
    """interview interviews interviewer interviewers phone screen screening technical system
    systems design coding case study take-home walkthrough deep dive bar raiser panel loop round
    final onsite virtual session sessions chat call meeting shadowing presentation whiteboard
    exercise test assessment behavioral behavioural values culture collaboration leadership
    focus break lunch coffee welcome tour visit intro introduction overview wrap up q&a questions
    agenda itinerary schedule format review prep debrief candidate candidates superday
    gesprach vorstellungsgesprach entrevista entretien colloquio gesprek sessao sesion pausa
    almuerzo dejeuner mittagessen pranzo kaffee cafe arrive arrival arrivals registration
    check-in sign-in depart departure close closing finish ankunft empfang anmeldung accueil
    arrivee llegada chegada arrivo aankomst ontvangst lesson observation task"""
    # the labels of an invitation's logistics, and the breaks and close of its day ("Fecha:",
    # "Lieu :", "Uhrzeit:", "Locatie:", "Cierre", "Mittagspause")
    """ date venue datum uhrzeit ort adresse heure lieu fecha hora lugar direccion endereco
    luogo indirizzo sede tijd locatie plaats adres dia cierre pause mittagspause middagpauze
    rh drh rrhh"""
    # places
    """ office room conference location address building floor level suite lobby reception
    street st road rd avenue ave av drive boulevard blvd square plaza
    campus site entrance strasse weg platz gasse rue calle avenida rua via piazza viale
    straat laan piso andar etage stock og sala salle raum gebaude edificio batiment"""
    # times and calendars
    """ am pm noon midnight pst pdt est edt cst cdt mst mdt utc gmt cet cest bst ist jst aest
    aedt nzdt pt et ct mt uhr hrs min mins minutes hour hours time day day's today tomorrow
    pacific eastern central mountain calendar monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december montag dienstag mittwoch donnerstag freitag lundi mardi mercredi jeudi vendredi
    lunes martes miercoles jueves viernes segunda terca quarta quinta sexta lunedi martedi
    mercoledi giovedi venerdi maandag dinsdag woensdag donderdag vrijdag"""
    # conferencing
    """ google meet zoom microsoft teams webex skype video join link dial pin passcode phone
    toll free number id"""
    # greetings, pronouns and small words
    """ please thanks thank hi hello hallo hola dear regards best welcome the a an and or with
    for of at in on to your our you we they us team's group not this that these those notes
    note optional required tbd tbc tba n/a none pairing sie ihr ihnen wir vous nous usted ustedes
    con com avec mit
    voce voces
    lei noi jij u i i'm i'll i've i'd me my mine myself eu io ich je yo ik mij mir moi
    bonjour buongiorno gentile estimado estimada liebe lieber sehr geehrte"""
    # an employer kept undisclosed ("Confidential – VP Operations", "Vertraulich")
    """ confidential confidencial confidentiel confidentielle confidenziale riservato riservata
    vertraulich vertrouwelijk undisclosed"""
)
# Words of roles, levels and functions, as job titles write them.
_JOB_TEXT = """hiring manager manager's senior junior staff principal lead head director directora
    president vice vp ceo cto coo cfo chair chairperson member members recruiter recruiting
    recruitment coordinator talent acquisition people hr engineer engineering scientist analyst
    designer developer consultant architect specialist associate intern owner partner officer
    adviser advisor assistant professor lecturer dean's department team role position contract
    external internal business operations sales marketing finance legal security product
    platform research science data software gerente diretor directeur responsable leiter
    leiterin leitung referent teamleitung entwickler analista ingeniero ingenieur tecnico
    technicien selection seleccion selecao ii iii iv
    backend frontend fullstack full-stack devops qa sdet tech gerente superintendente
    coordenador coordenadora coordinadora coordinador diretor diretora direttore directrice
    jefe jefa chefe capo hoofd responsabile psicologa psicologo psychologist nurse teacher
    accountant auditor planner representative administrator supervisor clerk trainee
    atracao atraccion talento talentos recursos humanos humanas resources human gestion
    personas pessoas reclutamiento recrutamento recrutement rekrutacja werving personal
    personale personalabteilung personalamt risorse umane ufficio"""
JOB_WORDS = frozenset(_JOB_TEXT.split())
#: The nouns of an institution's kind, no word of a person's name ("Glenmoy Community
#: Hospital (external member)"): words that are also family names ("Church") aside.
_INSTITUTION_WORDS = org_kinds.INSTITUTION - {
    "trust", "church", "society", "county", "borough", "district", "surgery", "authority",
    "charity", "department",
}  # fmt: skip
NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split()) | JOB_WORDS | _INSTITUTION_WORDS
#: How job titles end in languages that join words ("Sachgebietsleiter", "Backend-Entwickler").
_JOB_ENDING = lazy(
    r"(?:leiter|leiterin|leitung|bearbeiter|bearbeiterin|bearbeitung|referent|referentin|"
    r"entwickler|entwicklerin|manager|managerin|ingenieur|ingenieurin|techniker|technikerin|"
    r"berater|beraterin|assistent|assistentin|fachkraft|kaufmann|kauffrau|pfleger|pflegerin|"
    r"engineer|developer|analyst|officer|director|coordinator|recruiter|medewerker|teacher|"
    r"headmaster|headmistress|lehrer|lehrerin|direktor|direktorin|rektor|rektorin|chef)$"
)


def _scheduler_names() -> frozenset[str]:
    """The names scheduling systems sign invites with ("Scheduled with Ashby"): their domains'
    first labels."""
    return frozenset(d.split(".", 1)[0] for d in domains.ATS_DOMAINS)


_SCHEDULERS = _scheduler_names() | {"greenhouse", "modernloop", "ashby", "gupy", "goodtime"}


@dataclass(frozen=True)
class Named:
    """Someone named as an interviewer in text, with what their part was about."""

    name: str
    session: str | None = None
    title: str | None = None
    recruits: bool = False  # named only with a recruiting post in brackets ("(Recruiter)")


def _is_name(candidate: str, stop: frozenset[str]) -> bool:
    """Does ``candidate`` read as one person's name: one to four capitalised words (a title and
    initials aside), none a word of meetings, jobs, places, times or greetings, nor a
    scheduler's or the event's company's name?"""
    words = [w.strip(".,'’") for w in candidate.split() if not _INITIALS.fullmatch(w)]
    words = [w for w in words if w and not _is_title(w) and not _credential(w)]
    if not 1 <= len(words) <= 5:
        return False
    letters = 0
    for word in words:
        particle, fits, parts = _name_word(word)
        if particle and letters:
            continue
        if not fits:
            return False
        for part in parts:
            if part in stop:
                return False
        letters += len(word) > 1
    return letters > 0


@lru_cache(maxsize=8192)
def _name_word(word: str) -> tuple[bool, bool, tuple[str, ...]]:
    """What ``_is_name`` reads of one word, remembered (a calendar's names recur): whether it
    is a particle ("van", "de"), whether it may be a name's word whatever the event (a capital,
    no part a word of meetings, jobs or places, nor a scheduler's name, no job's ending), and
    its parts between hyphens, which the event's own words must not be."""
    folded = fold(word)
    parts = tuple(folded.split("-"))
    read = parts
    if len(parts) == 2 and len(parts[0]) <= 3 and word[len(parts[0]) + 1 :][:1].islower():
        # a given name of two syllables joined as Korean ones are romanised ("Min-jung",
        # "Do-yeon"): its first syllable may spell a short word ("min"), the second no word
        read = parts[1:]
    fits = (
        word[0].isupper()
        and not any(part in NOT_NAME_WORDS or part in _SCHEDULERS for part in read)
        and folded not in NOT_NAME_WORDS
        and not _JOB_ENDING.search(folded)
    )
    return folded in _PARTICLE_WORDS, fits, parts


_PARTICLE_WORDS = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "zu",
        "y",
    ]
)


def _first_name_in(text: str, stop: frozenset[str]) -> str | None:
    for m in _NAME_RE.finditer(text):
        if name := _name_of(m.group(0), stop):
            return name
    return None


def _name_of(found: str, stop: frozenset[str]) -> str | None:
    """A name found by ``NAME`` without the sentence's words before it ("A Larissa Moura",
    "Sie Jana Becker" -> the names), if what is left is a name."""
    words = found.split()
    while (
        len(words) > 1
        and ((first := fold(words[0].strip(".,"))) in NOT_NAME_WORDS or first in stop)
        and not _INITIALS.fullmatch(words[0])  # "A. R. Rahman": an initial, no article
    ):
        words = words[1:]
    name = " ".join(words)
    return name if _is_name(name, stop) else None


def _itinerary_names(
    text: str, stop: frozenset[str], people: Sequence[Attendee] = ()
) -> list[Named]:
    found: list[Named] = []
    for m in ITINERARY.finditer(text):
        if panel := _slot_panel(m["rest"], stop):
            found += panel
            continue
        segments = [
            s.strip() for s in _SEGMENT_SPLIT.split(_PARENS.sub("", m["rest"])) if s.strip()
        ]
        if len(segments) == 1:  # no separator: "<topic> with <name>", the name first
            segments = [s for s in reversed(_TOPIC_WITH.split(segments[0], maxsplit=1)) if s]
        if people and (several := _slot_people(segments, stop, people)):
            found += several
            continue
        named = _named_from_segments(segments, stop) or _named_in_parentheses(m["rest"], stop)
        if named:
            found.append(named)
    return found


def _slot_people(
    segments: list[str], stop: frozenset[str], people: Sequence[Attendee]
) -> list[Named]:
    """A slot's people written one after the other in one of its parts ("Jonas Wirth (he/him),
    Priya Nambiar", "Dana Lee & Sam Ortiz"): each, with the slot's session, when every one of
    them is a participant's name (a post after a comma is no one's name)."""
    for index, segment in enumerate(segments):
        parts = [p.strip() for p in _SPLIT_NAMES.split(_LEAD_IN.sub("", segment))]
        if len(parts) < 2:
            continue
        names = [_first_name_in(part, stop) for part in parts]
        if all(
            name and fold(name) == fold(part) and any(_matches(p, name) for p in people)
            for name, part in zip(names, parts, strict=True)
        ):
            session = next((s for i, s in enumerate(segments) if i != index), None)
            return [Named(_shown(name), session) for name in names if name]
    return []


def _slot_panel(rest: str, stop: frozenset[str]) -> list[Named]:
    """A slot written "<topic>: <names>" ("Formal interview: Mrs Ann Lee (Head), Mr Bo Chu"):
    each name, in its own words, with the topic as their session and what the brackets say of
    them as their title; none unless everything after the colon is names."""
    topic, colon, listed = rest.partition(":")
    if not colon or not topic.strip() or _first_name_in(topic, stop) == topic.strip():
        return []
    roles = [m.group(0)[1:-1].strip() for m in _PARENS.finditer(listed)]
    masked = iter(roles)  # the brackets' words split nothing ("Head of Sales and Marketing")
    found: list[Named] = []
    for part in _SPLIT_NAMES.split(_PARENS.sub("()", listed).strip()):
        bare = part.replace("()", "").strip()
        title = next(masked, None) if "()" in part else None
        if not bare:
            continue
        name = _first_name_in(bare, stop)
        if name is None or fold(name) != fold(bare):
            if found and not found[-1].title and _post_words(bare):
                # "Ana Ruiz, Finance Director and Sam Tolle": the post of the name before it
                found[-1] = Named(found[-1].name, found[-1].session, bare)
                continue
            return []
        found.append(Named(_shown(name), topic.strip(), title or None))
    return found


def _post_words(text: str) -> bool:
    """Is ``text`` a post in job words alone ("Finance Director", "Head of Sales")?"""
    words = fold(text).split()
    return bool(words) and all(w in JOB_WORDS or w in {"of", "for", "the"} for w in words)


def _named_in_parentheses(rest: str, stop: frozenset[str]) -> Named | None:
    """A slot written "<topic> (<name>)" ("Case study (Jonas Brandt)"): the name in the
    parentheses, the topic its session."""
    for m in _PARENS.finditer(rest):
        inside = m.group(0)[1:-1].strip()
        name = _first_name_in(inside, stop)
        topic = _PARENS.sub("", rest).strip(" \t-–—|:")
        if name and fold(name) == fold(inside) and topic:
            return Named(_shown(name), topic)
    return None


#: A slot written "<topic> with <name>" ("SQL exercise with Priya", "Fallstudie mit Jonas"):
#: the topic is that person's session.
_TOPIC_WITH = lazy(r"(?<=\w)\s+(?:with|w/|mit|con|avec|com|met)\s+(?=\S)", re.I)

#: Words that lead into a name in an itinerary's cell or a list ("with", "assessed by").
_LEAD_IN = lazy(
    r"^(?:with|w/|by|assessed by|interviewed by|led by|hosted by|mit|con|avec|com|met|"
    r"par|por|von|door|da)\s+",
    re.I,
)


def _family_name_first(head: str, tail: str, stop: frozenset[str]) -> str | None:
    """ "Hughes, Bernadette" as calendars write a name family name first: the name in its
    usual order, when a single word stands before the comma and a given name after it."""
    given = tail.strip()
    if _SPLIT_NAMES.search(given):
        return None  # "Harper, Lou, Sanjay": a list of first names
    family = head.split()
    while len(family) > 1 and fold(family[0]) in _PARTICLE_WORDS:
        family = family[1:]  # "de Wit, Bram": a family name after its particles
    if len(family) != 1 or not 1 <= len(given.split()) <= 2 or not _is_name(given, stop):
        return None
    whole = f"{given} {head.strip()}"
    return whole if _is_name(whole, stop) else None


def _named_from_segments(segments: list[str], stop: frozenset[str]) -> Named | None:
    for index, segment in enumerate(segments):
        head, _, tail = _LEAD_IN.sub("", segment).partition(",")
        name = _first_name_in(head.strip(), stop)
        if tail and (whole := _family_name_first(head.strip(), tail, stop)):
            name, tail = whole, ""  # "Hughes, Bernadette", "de Wit, Bram"
        elif name is None or fold(name) != fold(head.strip()):
            continue
        if all(_credential(w) for w in tail.split()):
            tail = ""  # "Farouk Haddad, MBA": a degree, not a post
        others = [s for i, s in enumerate(segments) if i != index]
        session = next((s for s in others if not s.lower().startswith("focus")), None)
        focus = next(
            (s.split(":", 1)[1].strip() for s in others if s.lower().startswith("focus:")), None
        )
        return Named(_shown(name), focus or session, tail.strip() or None)
    return None


def _shown(name: str) -> str:
    """A name as it is shown and greeted: without a title that came with it in the text."""
    words = name.split()
    while len(words) > 2 and _is_title(words[0]):
        words = words[1:]  # "Dr. Dana Whitfield" -> "Dana Whitfield"; "Dr. Brooks" stays
    cleaned = " ".join(words)
    return display_name(cleaned) or cleaned


#: A line that introduces a list of the people the candidate meets: it ends with ":" (spaces
#: aside) and holds one of these words before it.
_PEOPLE_LIST_LABEL = lazy(
    r"interview|panel|commi|kommission|comit|jury|assess|avalia|evalua|entrevista|meet|"
    r"particip|gehoren|membres|miembros|membri|leden|who|sprechen|rencontrer|conocer|comis|"
    r"tribunal|banca|selectie|auswahl"
)


def people_list_ends(folded: str) -> Iterator[int]:
    """Where the lines that introduce a list of the people met end, in folded text: the ends
    of ``(?m)(?:LABEL)[^\\n]*:[ \\t]*$``'s matches, found line by line (that scan tries the
    label at every position and reads each line to its end from there)."""
    start = 0
    for line in folded.split("\n"):
        head = line.rstrip(" \t")
        if head.endswith(":") and _PEOPLE_LIST_LABEL.search(folded, start, start + len(head) - 1):
            yield start + len(line)
        start += len(line) + 1


#: A heading that names the panel alone on its line, without a colon ("Panel", "Your
#: interviewers", "Le jury", "Auswahlkommission"), or first in a table's row ("Jury | Mme ..."):
#: the people met are listed under it, or after the bar.
_PANEL_HEADING = AtLineStart(
    r"[ \t#*•]*(?:(?:the|your|our|le|la|les|il|el|los|o|os|a|as|de|het|die|der|ihre?|votre|vos|"
    r"su|sus|seu|seus|sua|i|je)[ \t]+)?(?:(?:interview|interviewing|selection|hiring|"
    r"assessment|recruitment)[ \t]+)?(?:panel|panellists|panelists|interviewers|jury|"
    r"committee|commission|kommission|auswahlkommission|auswahlgremium|gremium|comite|comision|"
    r"commissione|commissie|selectiecommissie|sollicitatiecommissie|tribunal|banca|"
    r"banca examinadora|assessors|evaluators|evaluadores|avaliadores|entrevistadores|"
    r"gesprachspartner(?:innen)?|who you(?:'ll| will) meet|meet the panel)"
    r"(?:[ \t]+(?:members|membres|miembros|membri|leden|mitglieder))?[ \t*]*(?P<bar>\|[ \t]*)?"
    r"(?(bar)(?=\S)|$)",
    0,
    *("panel", "interviewer", "jury", "commi", "kommission", "gremium", "comite", "comision"),
    *("tribunal", "banca", "assessor", "evaluator", "evaluador", "avaliador", "entrevistador"),
    *("gesprachspartner", "meet"),
)


#: A line before a list that names the panel itself, not only the interview ("Your
#: interviewers:", "Sie sprechen mit:", "Vous rencontrerez :"; not "What to expect in the
#: interview:").
_PANEL_LIST_WORD = lazy(
    r"interviewer|panel|commi|kommission|comit|comis|jury|tribunal|banca|selectie|auswahl|"
    r"gesprachspartner|sprechen mit|meet|rencontrer|conocer|conhecer|incontr|ontmoet|membres|"
    r"miembros|membri|leden|mitglieder|gehoren|assessor|evaluator|evaluador|avaliador|"
    r"entrevistador"
)


def _list_starts(folded: str, panels: bool = False) -> Iterator[tuple[int, bool]]:
    """Where the lists of the people met start: after a line naming them that ends with ":"
    (with ``panels``, one naming the panel itself), after a heading naming the panel alone on
    its line, or after the bar of a table's row (and whether the list is that row's cell)."""
    if ":" in folded:
        for end in people_list_ends(folded):
            if panels and not _PANEL_LIST_WORD.search(folded, folded.rfind("\n", 0, end) + 1, end):
                continue
            yield end, False
    for m in _PANEL_HEADING.finditer(folded):
        yield m.end() - 1, m["bar"] is not None  # found in "\n" + the text


def _list_block_names(
    text: str,
    stop: frozenset[str],
    people: Sequence[Attendee] = (),
    lines: list[str] | None = None,
) -> list[Named]:
    """The names that start the items of a list under a line naming the people met; in a list
    without bullets, those of the event's participants (a line may name anything else), or in
    a table's cell, whole names (the cell ends the list). ``lines`` gets the lines of the lists
    that name the panel itself."""
    found: list[Named] = []
    for end, cell in _list_starts(fold(text), panels=lines is not None):
        rest = text[end:].lstrip("\n")
        for line in rest.splitlines():
            item = _LIST_ITEM.match(line)
            if not item:
                # a list without bullets: each line a whole name first ("Dana Lee (Chair)")
                name = _line_name(line, stop)
                # ... or one a title leads ("Ms Ana Ruiz, Director of Nursing")
                titled = bool(line.split()) and _is_title(line.split()[0])
                if name is None or not (
                    any(_matches(p, name) for p in people) or ((cell or titled) and " " in name)
                ):
                    break
                found.append(Named(_shown(name)))
                if lines is not None:
                    lines.append(line)
                if cell and "|" in line:
                    break  # the cell's end
                continue
            if lines is not None:
                lines.append(line)
            head, _, tail = _LEAD_IN.sub("", _unlabelled(item["item"])).partition(",")
            name = _first_name_in(_PARENS.sub("", head).strip(), stop)
            if name and head.strip().startswith(name.split()[0]):
                first = _family_name_first(name, _SEGMENT_SPLIT.split(tail)[0], stop)
                found.append(Named(_shown(first or name), title=_item_post(head, tail, first)))
    return found


def _item_post(head: str, tail: str, family_first: str | None) -> str | None:
    """The post a list item gives after its name, in brackets or after a comma ("Ana Ruiz
    (Headteacher)", "Ana Ruiz, Head of School - Interview"), when it names a job."""
    posts = [m.group(0)[1:-1].strip() for m in _PARENS.finditer(head)]
    if not family_first and tail.strip():
        posts.append(_SEGMENT_SPLIT.split(_PARENS.sub("", tail).strip())[0].strip())
    return next((p for p in posts if p and _names_a_job(p)), None)


#: A list item's label before the name ("Chair: Dana Lee", "Vorsitz: Frau Ute Kern",
#: "Présidente : Mme Ada Roux").
_ITEM_LABEL = lazy(r"[^:,()\n]{1,30}?[ \t]*:[ \t]*(?=\S)")


def _unlabelled(item: str) -> str:
    """A list item without a label before its name, unless what stands before the colon is
    itself a name ("Dana Lee: hiring manager")."""
    m = _ITEM_LABEL.match(item)
    if m is None:
        return item
    label = item[: m.end()].rstrip(" \t:")
    if _first_name_in(label, frozenset()) != label.strip():
        return item[m.end() :]
    # "Presidente: Prof. Ana Ruiz", "Vorsitz: Frau Ute Kern": one word before a name is a post
    rest = item[m.end() :]
    named = _first_name_in(rest, frozenset())
    if " " not in label.strip() and named and rest.startswith(named.split()[0]) and " " in named:
        return rest
    return item


def _line_name(line: str, stop: frozenset[str]) -> str | None:
    """The name a line of a list without bullets starts with, when its first part is a whole
    name ("Dana Lee (Grade 7) - chair", "Lee, Dana - Finance"), else None."""
    first = _SEGMENT_SPLIT.split(_PARENS.sub("", line).strip(), maxsplit=1)[0]
    head, _, tail = first.partition(",")
    name = _first_name_in(head.strip(), stop)
    if name is None or fold(name) != fold(head.strip()):
        return None
    return (_family_name_first(name, tail, stop) if tail.strip() else None) or name


#: The bare prepositions of WITH ("with", "mit", "con"...), as against the verbs of meeting
#: ("meet", "speak with", "interviewed by").
_BARE_WITH = frozenset({"with", "w/", "mit", "con", "avec", "com", "met"})


def _listed_names(
    text: str, stop: frozenset[str], prose_from: int = -1, people: Sequence[Attendee] = ()
) -> list[Named]:
    """Names listed under a label ("Interviewers: ..."), after "with" or a verb of meeting, in a
    list under a line naming the people met, or with a job in brackets.

    From ``prose_from`` on (an invite's description), a single word after a bare "with" is a
    person only when it is an attendee's name: prose puts tools and topics there too ("Streaming
    mit Kafka", "modelling with Python"), and in German every noun is capitalised."""
    found: list[Named] = []
    for pattern in (LIST_LABEL, WITH):
        for m in pattern.finditer(text):
            bare = (
                pattern is WITH
                and 0 <= prose_from <= m.start()
                and fold(m.group(0)[: m.start("rest") - m.start()]).split()[0] in _BARE_WITH
            )
            for part in _SPLIT_NAMES.split(_PARENS.sub("", m["rest"])):
                name = _first_name_in(part.strip(), stop)
                if not name or not part.strip().startswith(name.split()[0]):
                    continue
                if bare and len(name.split()) == 1 and not any(_matches(p, name) for p in people):
                    continue
                found.append(Named(_shown(name)))
    found += _list_block_names(text, stop, people)
    for m in names_with_roles(text):
        role = m["role"].strip()
        if not _is_name(m["name"], stop) or _names_coordinator(role):
            continue
        if not _names_a_job(role):
            continue  # "Matosinhos (Rua da Lota 210)", "Acme (Vaga 2026-01)": no job, no person
        found.append(Named(_shown(m["name"]), title=role, recruits=_recruits(role)))
    return found


def _names_a_job(text: str) -> bool:
    folded = fold(text)
    if folded.startswith("via "):
        return False  # "Acme (via Northway Talent)": the agency that relays, no one's post
    return any(
        w in JOB_WORDS or w in _PANEL_PARTS or _JOB_ENDING.search(w)
        for w in re.split(r"[\s,/&\-]+", folded)
    ) and not _PRONOUN_ROLE.search(folded)


#: The parts people play on a panel, as brackets after their names give them.
_PANEL_PARTS = frozenset(
    {
        "interviewer",
        "panelist",
        "panellist",
        "assessor",
        "evaluator",
        "examiner",
        "presidente",
        "componente",
        "vocal",
        "vocale",
        "membre",
        "mitglied",
        "lid",
        "beisitzer",
        "beisitzerin",
    }
)


_PRONOUN_ROLE = lazy(r"^\s*(?:she|he|they|her|him|them)\s*/")


def names_with_roles(text: str) -> Iterator[re.Match[str]]:
    """``NAME_WITH_ROLE.finditer(text)``, trying only capitals just before each "(".

    A match is a name, then "(": its name holds no "(", so the "(" is the first one after the
    match's start, and it spans at most six whitespace-separated words (title, three names, two
    particles), starting with a capital. So for each "(" only the capitals among the seven words
    before it can start a match, and the leftmost that does is the one ``finditer`` finds.
    (Trying every position of a long invite costs more than the rest of the names step.)"""
    pos = 0
    while (paren := text.find("(", pos)) >= 0:
        before = text[pos:paren].rsplit(None, 7)
        start = pos + len(before[0]) if len(before) == 8 else pos
        m = None
        for capital in _CAPITAL.finditer(text, start, paren):
            if m := NAME_WITH_ROLE.match(text, capital.start()):
                break
        if m is None:
            pos = paren + 1
            continue
        yield m
        pos = m.end()


#: A nickname in quotes or brackets between a given name and a family name ('Robert "Bob"
#: Reed', "Giuseppe (Peppe) Amato", "Mª José «Pepa» Ruiz").
_NICKNAME = lazy(
    r"(?<=[^\W\d_])[ \t]+(?:\(" + NAME_WORD + r"\)|[\"“„«']" + NAME_WORD + r"[\"”“»'])"
    r"(?=[ \t]+[" + _UPPER + r"])"
)
_NICKNAME_MARKS = ('"', "“", "„", "«", "'", "(")


def named_people(ctx: Invite, company_words: frozenset[str]) -> list[Named]:
    """The people the title, description and notes name as interviewers, each once ("Dana"
    and "Dana Whitfield" in one invite are one person)."""
    # words of this event that are no names (besides NOT_NAME_WORDS, which _is_name reads too)
    stop = company_words | {fold(w) for n in ctx.me_names for w in n.split()}
    body = ctx.body
    if holds_any(body, _NICKNAME_MARKS):
        # 'Robert "Bob" Reed', "Giuseppe (Peppe) Amato": the name without the nickname
        body = _NICKNAME.sub("", body)
    text = f"{ctx.my_title}\n{body}\n{ctx.notes}"
    prose = (len(ctx.my_title) + 1, len(ctx.my_title) + 1 + len(body))
    named = _itinerary_names(body, stop, ctx.people)
    named += _listed_names(text[: prose[1]], stop, prose[0], ctx.people)
    named += _listed_names(text[prose[1] :], stop)
    named += _named_together(body, stop, ctx.people)
    named += _said_to_interview(body, stop)
    unique: list[Named] = []
    for person in named:
        same = next((i for i, u in enumerate(unique) if _same_named(u.name, person.name)), None)
        if same is None:
            unique.append(person)
            continue
        kept = unique[same]
        fuller = person.name if len(person.name) > len(kept.name) else kept.name
        unique[same] = Named(
            fuller,
            kept.session or person.session,
            kept.title or person.title,
            kept.recruits and person.recruits,
        )
    # "Sam Lee (Recruiter) will meet you in the lobby": beside a panel named otherwise, one
    # named only by a recruiting post organises; named alone, they hold the screen
    if any(not n.recruits for n in unique):
        return [n for n in unique if not n.recruits]
    return unique


#: Names joined by "and" in prose ("L'entretien sera mené par Solène Parmentier et Erwan Kerbrat",
#: "Dana Whitfield and Lee Park will interview you"): the people the candidate meets.
#: (Every NAME starts with a capital: the look ahead lets re pass over the other characters
#: before it tries the whole pattern.)
_AND = (
    r"(?:and|und|et|y|e|en|&|as well as|sowie|ainsi que|así como|assim como|nonché|evenals)"
    r"\s+(?:d'|de |a )?"
)
_TOGETHER = lazy(
    r"(?=[" + _UPPER + r"])(?P<rest>" + NAME + r"(?:\s*\([^)\n]{0,80}\))?(?:\s*,\s*" + NAME
    + r"(?:\s*\([^)\n]{0,80}\))?)*\s*,?\s+" + _AND + NAME + r")"
)  # fmt: skip
#: What every match of _TOGETHER holds: "and" after a space, then a capital (every NAME starts
#: with one). Most invites have none ("and we'll"): they are not scanned.
_AND_A_NAME = lazy(r"\s" + _AND + r"[" + _UPPER + r"]")
#: ... or listed in brackets ("avec nos équipes (Solène Parmentier, Erwan Kerbrat)").
_BRACKETED = lazy(r"\((?P<rest>" + NAME + r"(?:\s*,\s*" + NAME + r")+)\)")
_TOGETHER_SPLIT = lazy(
    r"\s*(?:,|;|\band\b|\bund\b|\by\b|\be\b|\bet\b|\ben\b|&|\bas well as\b|\bsowie\b|"
    r"\bainsi que\b|\basí como\b|\bassim como\b|\bnonché\b|\bevenals\b)\s*(?:d'|de\s+|a\s+)?"
)
_JOINED = (
    " and ",
    " und ",
    " et ",
    " y ",
    " e ",
    " en ",
    " & ",
    " sowie ",
    " ainsi que ",
    " como ",
    " nonché ",
    " evenals ",
    " as well as ",
)


def _named_together(body: str, stop: frozenset[str], people: Sequence[Attendee]) -> list[Named]:
    """The attendees the text names together, joined by "and" in its own language: being named
    beside each other, they are the panel (a signature names one person)."""
    joined = holds_any(body, _JOINED) and _AND_A_NAME.search(body) is not None
    bracketed = "(" in body and "," in body
    if not (joined or bracketed):
        return []
    found: list[Named] = []
    lists = [
        *(_TOGETHER.finditer(body) if joined else ()),
        *(_BRACKETED.finditer(body) if bracketed else ()),
    ]
    for m in lists:
        parts = _TOGETHER_SPLIT.split(_PARENS.sub("", m["rest"]))
        names = [n for part in parts if (n := _first_name_in(part.strip(), stop))]
        if len(names) < 2:
            continue  # fewer than two names cannot name two attendees
        matched = [n for n in names if any(_matches(p, n) for p in people)]
        if len(matched) >= 2:
            found += [Named(_shown(n)) for n in matched]
    return found


#: The prose says the one it names just before interviews or assesses the candidate, in each
#: language ("Dana Solvik will interview you", "Küchenchef Herr Ortiz schaut Ihnen über die
#: Schulter", "Mme Roy mènera l'entretien", "Lía Soto realizará la entrevista", "Ana Reis vai
#: conduzir a entrevista", "Ugo Neri condurrà il colloquio", "Bram Smit voert het gesprek");
#: read in folded text.
_INTERVIEWS_AFTER_NAME = Gated(
    lazy(
        r"\b(?:will (?:also )?(?:be )?(?:interview(?:ing)? you|assess(?:ing)? you|"
        r"evaluat(?:e|ing) you|(?:conduct|lead|run)(?:ing)? (?:the|your) (?:interview|session|"
        r"trial|assessment)|your interviewer)|is interviewing you|interviews you|"
        r"will watch you (?:work|cook|teach|serve)|"
        r"(?:fuhrt|leitet|fuhren|leiten) (?:das|ihr|dein|euer) (?:vorstellungs)?(?:gesprach|"
        r"interview)|(?:wird|werden) (?:sie|dich|euch) (?:interviewen|beurteilen|bewerten)|"
        r"(?:wird|werden) (?:das|ihr|dein) (?:gesprach|interview) (?:fuhren|leiten)|"
        r"(?:bewertet|beurteilt) (?:sie|dich|euch)\b|schaut (?:ihnen|dir|euch) (?:dabei )?"
        r"(?:uber die schulter|zu)|ist (?:ihr|ihre|dein|deine) gesprachspartner(?:in)?|"
        r"(?:menera|conduira|animera|dirigera) (?:l'|votre )entretien|vous (?:interrogera|"
        r"evaluera|recevra (?:pour|en) (?:un |l'|votre )?entretien)|"
        r"(?:sera|est) (?:votre|ton) interlocut(?:eur|rice)|"
        r"(?:realizara|hara|conducira|llevara|dirigira) (?:la|tu|su) entrevista|"
        r"(?:le|te|la|lo|les) (?:entrevistara|evaluara)\b|(?:sera|es) (?:tu|su) "
        r"entrevistador(?:a)?|"
        r"(?:conduzira|fara|realizara|vai conduzir|vai fazer|ira conduzir|ira fazer) a "
        r"(?:sua |tua )?entrevista|(?:vai|ira) (?:te )?(?:entrevista-l[oa]|entrevistar|"
        r"avaliar)|(?:o|a|te) (?:entrevistara|avaliara)\b|sera (?:o seu|a sua|seu|sua|o teu|"
        r"a tua) entrevistador(?:a)?|"
        r"(?:condurra|terra|fara|svolgera) (?:il )?colloquio|(?:la|ti|vi|lo) (?:valutera|"
        r"intervistera)\b|sara (?:il suo|la sua|il tuo|la tua) (?:selezionat(?:ore|rice)|"
        r"intervistat(?:ore|rice)|interlocut(?:ore|rice))|"
        r"(?:voert|leidt) het gesprek|(?:zal|gaat) (?:je|u|jou) (?:interviewen|beoordelen)|"
        r"(?:beoordeelt|interviewt) (?:je|u|jou)\b|is (?:je|jouw|uw) gesprekspartner)"
    ),
    *("will ", "is interviewing", "interviews you", "fuhr", "leite", "wird", "werden"),
    *("bewertet", "beurteilt", "schaut", "gesprachspartner", "menera", "conduira"),
    *("animera", "dirigera", "vous ", "interlocut", "realizara", "hara", "conducira"),
    *("llevara", "dirigira", "entrevistara", "evaluara", "entrevistador", "conduzira"),
    *("fara", "vai ", "ira ", "avaliara", "condurra", "terra", "svolgera", "valutera"),
    *("intervistera", "sara ", "voert", "leidt", "zal ", "gaat ", "beoordeelt"),
    *("interviewt", "gesprekspartner"),
)
#: ... or names them just after: "interviewed by Dana Solvik", "l'entretien sera mené par
#: Mme Roy", "realizada por Lía Soto", "conduzida por Ana Reis", "condotto da Ugo Neri",
#: "gevoerd door Bram Smit", "geführt von Frau Ortiz".
_INTERVIEWED_BY = Gated(
    lazy(
        r"\b(?:(?:interviewed|assessed|evaluated|conducted|led) by|(?:mene|conduit|anime|"
        r"realise|dirige)e?s? par|(?:realizada|conducida|dirigida|hecha|llevada a cabo) por|"
        r"(?:conduzida|realizada|feita) (?:por|pel[oa])|(?:condotto|condotta|tenuto|svolto) "
        r"da(?:l|lla|llo)?|(?:gevoerd|afgenomen|geleid) door|(?:gefuhrt|geleitet|"
        r"durchgefuhrt) (?:von|vom|durch))\s"
    ),
    *("interviewed by", "assessed by", "evaluated by", "conducted by", "led by", " par"),
    *(" por", " pel", " da", " door", " von", " vom", " durch"),
)
#: What undoes a saying between the name and it ("Dana will not interview you").
_CONDITION = lazy(r"\b(?:if|whether|unless|wenn|falls|si)\b")
_UNSAID = lazy(r"\b(?:not|never|nicht|kein|pas|jamais|no|nunca|nao|non|mai|niet|geen)\b")


def _name_after_post(found: str, stop: frozenset[str]) -> str | None:
    """The name ``NAME`` found, past a post German writes in capitals before it ("Küchenchef
    Herr Ortiz", "Unsere Filialleiterin Jana Roth")."""
    words = found.split()
    for i in range(len(words)):
        if name := _name_of(" ".join(words[i:]), stop):
            return name
    return None


def _said_to_interview(body: str, stop: frozenset[str]) -> list[Named]:
    """The people the prose says interview or assess the candidate, one name to a saying: the
    name just before a verb of interviewing (its subject), or just after "interviewed by" (its
    agent). Named so, one the invitation leaves out interviews by name, and the organizer who
    writes of them, one to one with the candidate, only arranges."""
    folded = fold(body)
    found: list[Named] = []
    for m in _INTERVIEWS_AFTER_NAME.finditer(folded):
        start = max(folded.rfind(stop_, 0, m.start()) for stop_ in ".!?;\n") + 1
        last = None
        for b in _NAME_RE.finditer(body, start, m.start()):
            if name := _name_after_post(b.group(0), stop):
                last = (b, name)
        if last is None:
            continue
        gap = folded[last[0].end() : m.start()]
        # a post between in commas ("Dana Solvik, our CTO, will interview you") is the name's;
        # a condition before it says nothing yet ("if Dana Solvik will interview you")
        if (
            len(gap) <= 40
            and not _UNSAID.search(gap)
            and not re.search(r"[^\w\s,()'-]", gap)
            and not _CONDITION.search(folded, start, last[0].start())
        ):
            found.append(Named(_shown(last[1])))
    for m in _INTERVIEWED_BY.finditer(folded):
        after = body[m.end() : m.end() + 80]
        head = re.split(r"[.!?;:\n]", after, maxsplit=1)[0]
        named = _first_name_in(head, stop)
        if named and len(head[: head.find(named.split()[0])]) <= 40:
            found.append(Named(_shown(named)))
    return found


#: The end of a sentence after a word or a bracket (not an initial's dot: "J. Weber").
_SENTENCE_END = lazy(r"(?:(?<=[^\W\d_]{2})|(?<=\)))[.!?](?:\s|$)")


def _panel_listing(ctx: Invite) -> list[str]:
    """The names on the lines of the lists that give the panel ("Interviewers: ...", a list
    under "Der Auswahlkommission gehören an:", under a heading "Panel", in a table's "Jury"
    cell), whatever part each plays there ("Chair: ...", "replaced by ..."): none without such
    a list."""
    lines = [_SENTENCE_END.split(m["rest"], 1)[0] for m in LIST_LABEL.finditer(ctx.body)]
    _list_block_names(ctx.body, frozenset(), ctx.people, lines)
    for line in lines:
        parts = _SPLIT_NAMES.split(_PARENS.sub("", _LIST_ITEM.sub(r"\g<item>", line)))
        if any(_POST_ONLY.match(fold(part.strip())) for part in parts):
            return []  # "our Head of Data", "a member of the board": one the list does not name
    return [
        name
        for line in lines
        for b in _NAME_RE.finditer(line)
        if (name := _name_of(b.group(0), frozenset()))
    ]


#: A member a list gives by post or kind only ("our Head of Data", "the hiring manager", "a
#: member of the board", "ein Mitglied des Personalrats", "un membre du jury", "TBC").
_POST_ONLY = lazy(
    r"(?:our|the|a|an|one|someone|another|notre|nos|le|la|un|une|unser\w*|ein|eine|einer|der|"
    r"die|nuestr[oa]s?|el|uno?|una|noss[oa]s?|o|um|uma|nostr[oa]|il|onze|de|het|een|tbc|tbd|"
    r"to be confirmed|n/a)(?:\s|$)"
)


def _same_named(a: str, b: str) -> bool:
    """Do two names from one invite name one person: the same key, or a first name alone (or
    cut short) and a full name starting with it ("Dana", "Dana J. Whitfield")?"""
    if name_key(a) == name_key(b):
        return True
    return _first_name_names(a, b) or _first_name_names(b, a)


def _first_name_names(short: str, full: str) -> bool:
    """Is ``short`` one word that is the first name of ``full``, or its first syllables
    ("Facu" for Facundo)?"""
    if len(short.split()) != 1:
        return False
    first, _ = first_and_last(full)
    word = fold(short.strip(".,"))
    return bool(first) and (
        word == first
        or (len(word) >= 3 and first.startswith(word))
        or names.same_given(word, first)
    )


# --------------------------------------------------------------------------- who organises

# The text says someone only organises: they introduce, host, facilitate or open the room,
# do not score, or are the point of contact (each language's usual ways of saying so, folded).
_ONLY_ORGANISES = Gated(
    lazy(
        r"\b(?:facilitat\w*|(?:does|do|will) not (?:score|assess|evaluate|interview)|"
        r"not (?:scoring|assessing|evaluating|part of the panel)|point of contact|"
        r"(?:only|just) (?:to )?(?:introduce|open|host|organi[sz]e|kick off|welcome)|"
        r"to introduce (?:you|them|everyone)|walk you (?:over|to|through the building)|"
        r"coordinat\w*|scheduling|"
        # ... or sit in without scoring: an observer, a note or minute taker, a member without
        # a vote ("HR observer", "Segretaria verbalizzante (senza diritto di voto)")
        r"observ(?:er|ers|ing only)|take (?:the )?minutes|"
        r"(?:note|minute)[- ]?taker|non-?voting|without (?:a )?vote|"
        r"beobachter\w*|protokollfuhr\w*|protokoll fuhr\w*|schriftfuhr\w*|ohne stimmrecht|"
        r"nicht stimmberechtigt|observat(?:eur|rice)s?|prendra (?:des |les )?notes|"
        r"secretaire de seance|sans (?:voix deliberative|droit de vote)|observador(?:a|es|as)?|"
        r"tomara (?:las |as )?notas|sin (?:derecho a )?voto|secretari[oa] de actas|"
        r"sem (?:direito (?:a|de) )?voto|osservat(?:ore|rice|ori)|verbalizzant[ei]|"
        r"senza diritto di voto|waarnemer|notulist\w*|notuleert|zonder stemrecht|"
        # ... or only advise ("in an advisory capacity", "mit beratender Stimme", "avec voix
        # consultative", "non-scoring")
        r"non-?scoring|not take part in (?:the )?scoring|(?:in an |in a )?advisory (?:capacity|"
        r"role|member|only)|notes only|only to take notes|beratend\w*|voix consultative|"
        r"voz consultiva|voto consultivo|adviserende stem|"
        # ... or say they are not on the panel
        r"not (?:be )?(?:on|part of|a member of) the (?:interview |scoring |selection |"
        r"assessment )?(?:panel|committee|jury)|"
        r"(?:present|there|attend\w*|join\w*|sit\w* in) to take notes|"
        r"nicht (?:teil|mitglied) (?:des|der) (?:panels|gremiums|kommission)|"
        r"(?:ne fais|ne fait|ne ferai) pas partie du (?:jury|panel|comite)|"
        r"no (?:formo|forma|formare) parte del (?:panel|tribunal|comite)|"
        r"nao (?:faco|faz|farei) parte (?:do|da) (?:painel|banca|comissao)|"
        r"non (?:faccio|fa|faro) parte della (?:commissione|giuria)|"
        r"(?:maak|maakt) geen deel uit van (?:het|de) (?:panel|commissie)|"
        # ... or only show the way: "will meet you in the lobby and walk you between rooms"
        r"(?:walk|escort|guide|accompany) you\b|"
        r"(?:meet|greet|welcome) you (?:in|at) (?:the )?(?:lobby|reception|front desk|entrance|"
        r"gate|door)|"
        r"nur (?:zur begrussung|kurz|organisatorisch)|begrusst sie nur|"
        r"seulement pour (?:vous )?(?:accueillir|presenter)|pour vous accueillir|"
        r"solo (?:al principio|para presentar\w*|para abrir)|para presentarl\w*|"
        r"so (?:para )?abrir a sala|apresentar (?:voces|voce)|"
        r"solo per (?:presentar\w*|accoglier\w*)|alleen (?:om|ter) (?:introductie|te introduceren)|"
        # ... or will not be there
        r"(?:will not|won't|does not|doesn't|is not|isn't|are not|aren't|am not|'m not) "
        r"(?:be )?(?:attend\w*|present|joining|there|on the call|sitting in|"
        r"in the (?:room|interview|meeting))\b|"
        r"(?:ist|sind|bin) (?:beim (?:gesprach|termin|interview) )?(?:selbst )?nicht (?:dabei|"
        r"anwesend)|(?:werde|wird|werden) (?:selbst |beim (?:gesprach|termin|interview) )?"
        r"nicht (?:dabei|anwesend)|ne (?:sera|serai|seront) pas (?:present|presente|presents|la)|"
        r"no (?:estara|estaran|estare) presente|nao (?:estara|estarao|estarei) presente|"
        r"non (?:sara|saranno|saro) presente|(?:is|ben|zijn|zal|zullen) (?:zelf )?niet "
        r"aanwezig)"
    ),
    *("facilitat", "not ", "point of contact", "only", "just", "to introduce", "walk you"),
    *("coordinat", "scheduling", "nur ", "begrusst", "seulement", "pour vous accueillir"),
    *("solo", "presentarl", "so ", "apresentar", "alleen", "n't", "nicht dabei"),
    *("nicht anwesend", "ne ser", "no estar", "nao estar", "non sar", "niet aanwezig"),
    *("observ", "notes", "minutes", "taker", "voting", "vote", "beobacht", "protokoll"),
    *("schriftfuhr", "stimm", "observat", "secretaire de seance", "observador", "notas"),
    *("voto", "secretari", "osservat", "verbalizzant", "waarnemer", "notul", "stemrecht"),
    *("the panel", "the interview panel", "the committee", "the interview committee", "the jury"),
    *("the scoring", "the selection", "the assessment"),
    *("nicht teil", "nicht mitglied", "pas partie", "parte del", "parte do", "parte da"),
    *("parte della", "geen deel", "walk you", "escort you", "guide you", "accompany you"),
    *("meet you", "greet you", "welcome you"),
    *("scoring", "advisory", "notes only", "take notes", "beratend", "consultativ"),
    *("consultiva", "adviserende"),
)


def _each(heads: str, rest: str) -> tuple[str, ...]:
    """One alternative per head ("a|b" and " x": "a x", "b x"): sayings that each start with a
    letter, to be grouped by it."""
    return tuple(head + rest for head in heads.split("|"))


#: ... or takes no part in the scoring or the interview, keeps the time, joins only for the
#: introductions, receives the candidate at the door or coordinates, in the words of each
#: language ("she won't be scoring", "sie bewertet nicht", "elle ne participe pas à
#: l'entretien", "no evalúa", "cuida das instruções e do tempo", "poi vi lascio", "vous
#: accueillera à l'accueil", "heeft het gesprek gecoördineerd"). Each saying starts a word
#: with a letter, so they are grouped by it; read in folded text, sought once in the whole.
_NO_PART_SAYINGS = (
    # scoring and taking part, in English: "does not score", "won't be assessing"
    *_each(
        "does not|do not|will not|is not|are not|would not|doesn't|don't|won't|isn't|aren't|"
        "wouldn't",
        r" (?:be )?(?:scor(?:e|es|ing)|assess(?:es|ing)?|evaluat(?:e|es|ing)|vot(?:e|es|ing)|"
        r"(?:take|taking) part|participat(?:e|ing))\b",
    ),
    # ... in German, French, Spanish, Portuguese, Italian and Dutch; and keeping the minutes
    r"nimmt (?:\w+ ){0,3}nicht (?:\w+ ){0,3}teil\b",
    r"bewertet nicht\b",
    r"stimmt nicht (?:mit )?ab\b",
    r"fuhrt (?:das |auch das )?protokoll\b",
    r"protokolliert\b",
    r"ne (?:participe|participera|participent|participeront) pas\b",
    r"ne (?:prend|prendra) pas part\b",
    r"n'(?:evalue|evaluera) pas\b",
    r"n'a pas (?:de )?(?:voix|droit de vote)",
    r"ne (?:note|notera|vote|votera) pas\b",
    *_each("tient|tiendra|redige|redigera", r" (?:le )?(?:proces-verbal|compte rendu)"),
    r"no (?:participa|participara|participan|participaran|participo|participare|evalua|"
    r"evaluara|puntua|puntuara|vota|votara)\b",
    r"levanta(?:ra)? (?:el )?acta\b",
    r"nao (?:participa|participara|participam|participarao|participo|participarei|avalia|"
    r"avaliara|pontua|vota)\b",
    *_each("faz|fara|lavra|lavrara|redige", r" a ata\b"),
    r"non (?:partecipa|partecipera|partecipano|parteciperanno|partecipo|partecipero|valuta|"
    r"valutera|vota)\b",
    r"redige(?:ra)? (?:il )?verbale\b",
    r"neemt? (?:\w+ ){0,2}(?:niet|geen) deel\b",
    r"beoordeelt (?:\w+ ){0,2}niet\b",
    r"stemt niet mee\b",
    # the verbs of coordinating, not the posts ("Coordenadora de Crédito")
    r"koordinier(?:t|te|e|en)\b",
    r"coordonn(?:e|ee|era|erai)\b",
    r"coordin(?:a|o|ara|are|era|ero|eert|eer)\b",
    r"coorden(?:a|o|ou|ei|ara|arei)\b",
    r"gecoordineerd\b",
    # moderating a group exercise, not assessing it ("Sam Kit will moderate", "moderiert die
    # Gruppenübung", "la dinámica será moderada por", "facilitado por")
    r"will moderate\b",
    r"moderates\b",
    r"moderated by\b",
    r"facilitated by\b",
    r"invigilated by\b",
    r"gemodereerd door\b",
    r"moderiert von\b",
    r"moderating\b",
    r"moderiert\b",
    r"moderieren\b",
    r"moderad[oa] por\b",
    r"moderara\b",
    r"moderata da\b",
    r"moderato da\b",
    r"modereert\b",
    r"facilitad[oa] por\b",
    # keeping the time of a group exercise
    r"keeps? (?:the )?time\b",
    r"keeping (?:the )?time\b",
    r"timekeep\w*",
    r"time-keep\w*",
    r"achtet auf die zeit",
    r"zeitnehmer\w*",
    *_each("gere|gerera|garde|gardera|surveille|surveillera", " le temps"),
    *_each("gardien|gardienne|maitre|maitresse", " du temps"),
    *_each("controla|controlara|lleva|llevara|gestiona|gestionara|marca|marcara", " el tiempo"),
    *_each("cuida|cuidara|controla|controlara|marca|marcara", r" (?:\w+ \w+ e )?(?:do|o) tempo\b"),
    r"cronometr\w*",
    *_each("gestisce|gestira|controlla|controllera", r" (?:i |il )temp[io]\b"),
    r"bewaakt de tijd",
    r"tijdbewaker",
    r"houdt de tijd bij",
    # joining only for the introductions, then leaving
    *_each("do|make|handle|for", r" (?:the )?(?:intros|introductions)\b"),
    *_each(
        "then|before|afterwards",
        r" (?:i'll |i will )?(?:drop(?:ping)? (?:off|out)|leav(?:e|ing) (?:you to it|you with "
        r"the (?:team|panel|client|committee)|the call|the meeting)|step(?:ping)? (?:out|away)|"
        r"hop(?:ping)? off)",
    ),
    *_each("ferai|fera|faire", " les presentations"),
    # ... present for the introductions only: "pour les présentations uniquement", "solo para
    # las presentaciones", "apenas para as apresentações", "solo per le presentazioni"
    *_each("pour|durant|pendant", r" les presentations (?:uniquement|seulement)\b"),
    *_each("uniquement|seulement", " (?:pour|durant|pendant) les presentations"),
    *_each("solo|solamente|unicamente", " (?:para|durante) las presentaciones"),
    *_each("para|durante", r" las presentaciones (?:solamente|unicamente)\b"),
    *_each("apenas|somente|so", " (?:para|durante) as apresentacoes"),
    *_each("para|durante", r" as apresentacoes (?:apenas|somente)\b"),
    *_each("solo|soltanto|solamente|unicamente", " (?:per|durante) le presentazioni"),
    *_each("per|durante", r" le presentazioni (?:soltanto|solamente|unicamente)\b"),
    *_each("nur|lediglich", r" (?:fur|zur|bei der) (?:die )?(?:vorstellungsrunde|einfuhrung)"),
    *_each("alleen|enkel", r" (?:voor|bij) de (?:introductie|kennismaking|voorstelronde)"),
    *_each("puis|ensuite|avant de", r" (?:je )?(?:vous )?(?:laisser\w*|me retire\w*|quitter\w*)"),
    *_each("hare|hara|hacer", " las presentaciones"),
    *_each("luego|despues", " (?:me retiro|os dejo|les dejo|te dejo|me desconecto)"),
    *_each("farei|fara|fazer", " as apresentacoes"),
    *_each("depois|em seguida", " (?:eu )?(?:saio|me retiro|deixo voces|te deixo|me desconecto)"),
    *_each("faro|fara|fare", " le presentazioni"),
    *_each("poi|dopo", " (?:vi lascio|ti lascio|la lascio|esco|mi scollego|mi ritiro)"),
    *_each(
        "danach|dann|anschliessend", " (?:verabschiede ich mich|klinke ich mich aus|ubergebe ich)"
    ),
    *_each("daarna|dan|vervolgens", " (?:haak ik af|laat ik (?:je|jullie|u) |verlaat ik)"),
    r"laat (?:je|jullie|u) daarna",
    r"stel (?:jullie|u) aan elkaar voor",
    # receiving the candidate at the door and showing the way
    r"vous (?:accueiller\w*|attendr\w*|recevr\w*) (?:a|dans|au|devant) (?:l'|le |la )?"
    r"(?:accueil|reception|hall|entree|portail|loge)",
    r"vous accompagner\w* (?:jusqu|a|au|vers)",
    *_each(
        "le|te|la|os|les",
        r" (?:recibir\w*|esperar\w*) en (?:la )?(?:recepcion|entrada|porteria|vestibulo)",
    ),
    *_each("le|te|la|os|les", r" acompanar\w* (?:a|hasta)\b"),
    *_each(
        "te|lhe|o|a|vos",
        r" (?:receber\w*|esperar\w*|aguardar\w*) na (?:recepcao|entrada|portaria)",
    ),
    *_each("te|lhe|vos", r" acompanhar\w* (?:ate|a)\b"),
    r"acompanha-l[oa] (?:ate|a)\b",
    *_each(
        "ti|la|vi",
        r" (?:accoglier\w*|attender\w*|ricever\w*) (?:all'|alla |in )(?:ingresso|reception|"
        r"portineria|accoglienza)",
    ),
    *_each("ti|la|vi", r" accompagner\w* (?:fino|al|alla|in)\b"),
    *_each(
        "empfangt|erwartet|holt",
        r" (?:sie|dich) (?:\w+ ){0,2}(?:am|an der|im) (?:empfang|rezeption|eingang|foyer|pforte)",
    ),
    r"begleitet (?:sie|dich)\b",
    *_each(
        "ontvangt|haalt|wacht",
        r" (?:je|u|jou) (?:\w+ ){0,2}(?:bij|in|aan|op) de (?:receptie|ingang|hal|lobby|balie)",
    ),
    r"begeleidt (?:je|u|jou)\b",
)
#: ... as one pattern, each saying behind its first letter (no gate: its needles would cost
#: more than the scan).
_NO_PART_PLAIN = lazy(by_first_letter(_NO_PART_SAYINGS, lambda first: f"\\b{first}"))
_NO_PART = led(_NO_PART_PLAIN)
#: The text says someone named before it cannot come ("Kit is unwell", "kann nicht teilnehmen",
#: "ne pourra pas être présent"): they do not interview, nor do they organise.
_ABSENT = Gated(
    lazy(
        r"(?:can|will) no longer (?:attend|join|make it|be there|take part)|"
        r"(?:cannot|can't|is unable to|are unable to) (?:attend|join|make it|be there|take part)|"
        r"\b(?:is|are) (?:unwell|ill|off sick|no longer available)\b|"
        r"(?:kann|konnen) nicht (?:teilnehmen|dabei sein|kommen)|\b(?:ist|sind) (?:leider )?"
        r"(?:verhindert|krank|erkrankt)|ne (?:pourra|pourront) pas (?:etre present|participer|"
        r"assister|venir)|\b(?:est|sont) (?:empeche|empechee|malade|absent|absente)s?\b|"
        r"no (?:podra|podran) (?:asistir|participar|estar)|(?:esta|estan) (?:enferm[oa]s?|de baja)|"
        r"nao (?:podera|poderao) (?:participar|comparecer|estar)|(?:esta|estao) doente|"
        r"non (?:potra|potranno) (?:partecipare|essere presente|esserci)|\b(?:e|sono) "
        r"(?:malat[oaie]|assent[ei]|impossibilitat[oaie])\b|kan niet (?:aanwezig zijn|komen|"
        r"deelnemen)|\b(?:is|zijn) (?:verhinderd|ziek)\b"
    ),
    # " ill" after "is" or "are" (a bare "ill" is in every "will")
    *("no longer", "cannot", "can't", "unable to", "unwell", " ill", "off sick", "nicht"),
    *("verhindert", "krank", "ne pourr", "empech", "malade", "absent"),
    *("no podr", "enferm", "de baja", "nao poder", "doente", "non potr", "malat", "assent"),
    *("impossibilitat", "kan niet", "ziek"),
)
#: The text says someone named after it is replaced or will not come ("Ben Dray replaces Kit
#: Ember", "in place of Kit Ember", "anstelle von Frau Kern", "à la place de M. Roy").
_REPLACED = Gated(
    lazy(
        # a pronoun before the verb makes the name after it the one who steps in ("la
        # sustituye Ben", "lo sostituisce Ben", "la remplace M. Roy")
        r"(?<!\bla )(?<!\blo )(?<!\ble )(?<!\bli )(?<!\bo )(?<!\ba )(?<!\blhe )(?<!\bles )"
        r"(?<!\bihn )(?<!\bsie )"
        r"\b(?:replac(?:es|ing)|in place of|instead of|standing in for|stands? in for|"
        r"step(?:s|ping)? in for|cover(?:s|ing)? for|ersetzt|anstelle von|(?:an)?statt|vertritt|"
        r"remplace|remplacera|a la place de|au lieu de|reemplaza(?:ra)? a|en lugar de|"
        r"en vez de|sustituye a|sustituira a|substitui(?:ra)? (?:o|a)|no lugar de|em vez de|"
        r"sostituisce|sostituira|al posto di|invece di|vervangt|in plaats van)\s+"
    ),
    *("replac", "in place of", "instead of", "stand", "step", "cover", "ersetzt", "anstelle"),
    *("statt", "vertritt", "remplac", "a la place", "au lieu", "reemplaz", "en lugar", "en vez"),
    *("sustituye", "substitui", "no lugar", "em vez", "sostitui", "al posto", "invece"),
    *("vervangt", "in plaats"),
)
# The organizer says they take part: "I'll join", "with me", "la sottoscritta", "conmigo".
_I_TAKE_PART = Gated(
    lazy(
        r"\b(?:i(?:'ll| will)(?: also)? (?:be joining|join|be there|be on the call|sit in)|"
        r"(?:along )?with me\b|(?:and|y|e|et|und|en) (?:me|myself|yo|eu|moi|ich|ik|io)\b|"
        r"\b(?:be|is|are|will be|includes?|sind|serons|seremos|saremo) (?:me|myself|moi|ich|yo|eu|"
        r"io) (?:and|et|und|y|e|en)\b|"
        # "I'll lead the first part", "je mènerai la première partie": the writer interviews
        r"i(?:'ll| will) (?:lead|run|conduct|do|take|chair|open with) (?:the )?(?:first|second|"
        r"opening|first half|interview|panel|conversation)|"
        r"(?:je (?:menerai|conduirai|animerai|ferai|prendrai)|ich (?:fuhre|leite|ubernehme|"
        r"mache)|(?:conducire|dirigire|realizare|hare)|(?:conduzirei|farei|liderarei)|"
        r"(?:condurro|guidero|faro)|ik (?:leid|doe|neem)) (?:la |le |l'|den |das |die |el |a |o |"
        r"il |lo |het |de )?(?:premiere|primera|primeira|prima|ersten|erste|eerste|entretien|"
        r"entrevista|colloquio|gesprach|gesprek|interview|partie|parte|teil|deel)|"
        r"myself|conmigo|comigo|con me\b|avec moi|mit mir|met mij|"
        # a list of those met that names the writer first: "Panel: me, Dana and Sam",
        # "Jury : moi, Hélène Roux", "Gesprächspartner: ich und Frau Vogt"
        r"(?m:^[ \t*-]*(?:(?:your |the )?(?:interviewers?|panel\w*|jury|attendees|participants?|"
        r"you(?:'ll| will) meet|meeting with|with|teilnehmer\w*|gesprachspartner\w*|"
        r"intervenants|participantes|entrevistador\w*|painel|banca|avaliador\w*|intervistator\w*|"
        r"commissione|partecipanti|deelnemers|gesprekspartners?|commissie|tribunal|comite))"
        r"[ \t]*:[ \t]*(?:me|moi|ich|yo|eu|io|ik)[ \t]*(?:,|&|\+|/|and|et|und|y|e|en)[ \t])|"
        # the writer among those met, or taking part in their own words: "- moi-même, Hélène
        # ...", "Eu também participo", "I'll also take part", "je participerai", "partecipo
        # anch'io", "ik neem ook deel", "ik ben er ook bij"
        r"moi-meme|\byo mism[oa]\b|\beu mesm[oa]\b|\bio stess[oa]\b|\bikzelf\b|"
        r"i(?:'ll| will)(?: also)? (?:take part|participate|be (?:taking part|participating))|"
        r"i(?: am|'m)(?: also)? (?:taking part|participating)|"
        r"\bje (?:participe|participerai)\b|j'y participerai|"
        r"(?<!\bno )(?<!\bnao )(?<!\bnon )\b(?:(?:yo|eu) )?(?:tambien |tambem )?"
        r"(?:participo|participare|participarei|vou participar)\b|"
        r"\b(?:partecipo|partecipero) anch'io|anch'io (?:partecipo|partecipero|ci saro)|"
        r"\bik (?:neem|doe) (?:ook )?(?:deel|mee)\b|\bik ben er ook bij\b|"
        r"la sottoscritta|il sottoscritto|sottoscritt[ao]|estarei presente|estare presente|"
        r"estaremos|je serai (?:present|la)|ich (?:bin|werde) (?:auch )?dabei|"
        r"ich nehme (?:auch )?teil|ich nehme (?:(?!nicht\b)\w+ ){1,3}teil\b|"
        r"nehme ich (?:(?!nicht\b)\w+ ){0,3}teil\b|"
        # another "joins us", or "my colleague will also be there": the writer is there too
        # ("Henri se joindra à nous", "mein Kollege Marco wird ebenfalls dabei sein")
        r"\bjoin(?:s|ing)? us\b|se joindr\w* a nous|se (?:unira|uniran) a nosotros|"
        r"(?:vai|vao) se juntar a nos|se juntar(?:a|ao) a nos|si unir(?:a|anno) a noi|"
        r"(?:schliesst|schließt) sich uns an|(?:komt|sluit) (?:er |zich )?bij ons\b|"
        r"\b(?:mein|meine|my|mon|ma|mi|meu|minha|il mio|la mia|mijn) (?:kollege|kollegin|"
        r"colleague|collegue|colega|collega)\b[^.!?;\n]{1,80}?\b(?:ebenfalls|also|egalement|"
        r"aussi|tambien|tambem|anche|ook) (?:be |sera |sein )?(?:dabei|teilnehmen|anwesend|"
        r"there|present|joining|join|attend\w*|sit(?:ting)? in|presente?s?|de la partie|"
        r"estara|estarao|participara|sara|aanwezig|erbij)\b|"
        # the writer will interview the candidate: "te voy a entrevistar", "je vous recevrai"
        r"\bte voy a entrevistar|\bvoy a entrevistarte|\b(?:te|le|la|lo) entrevistare\b|"
        r"\bvou (?:te )?entrevistar|\b(?:te|o|a) entrevistarei\b|"
        r"\bje vais vous (?:interviewer|recevoir)|\bje vous recevrai\b|"
        r"\b(?:ti|la|vi) intervister[oò]\b|\bich werde (?:sie|dich) interviewen|"
        r"\bik (?:ga )?(?:je|u) interview(?:en)?\b|"
        r"i look forward to interviewing you|"
        # the writer on the panel: "I am organising it and will also join", "I'm on the
        # panel too", "je ferai partie du jury", "ich bin auch Teil des Panels"
        r"i(?: am|'m) \w+(?: \w+){0,5} and (?:will|'ll|shall) (?:also )?(?:join|sit in|"
        r"take part|be (?:on|part of|in))\b|"
        r"i(?: am|'m|'ll| will)(?: also)?(?: be)? (?:on|part of|a member of|in) the (?:\w+ )?"
        r"(?:panel|committee|interview)|"
        r"je (?:ferai|fais) (?:egalement |aussi )?partie du (?:jury|panel|comite)|"
        r"ich bin (?:auch |ebenfalls )?(?:teil|mitglied) (?:des|der) (?:panels|gremiums|"
        r"kommission|auswahlkommission)|"
        r"(?:formare|formo) parte del (?:panel|tribunal|comite)|"
        r"(?:faro|faccio) parte della (?:commissione|giuria)|"
        r"(?:farei|faco) parte (?:do|da) (?:painel|banca|comissao)|"
        r"ik (?:zit|neem) (?:ook )?(?:in|deel aan) (?:het|de) (?:panel|commissie)|"
        r"ik (?:ben|schuif) (?:er )?(?:bij|aan)|saro presente|sarò presente|"
        # the interview is led by the writer: "il colloquio sarà condotto da me"
        r"(?:conducted|led|run|held|done|chaired) by me\b|"
        r"(?:mene|menee|conduit|conduite|realise|anime|animee) par moi|"
        r"von mir (?:gefuhrt|geleitet|durchgefuhrt)|"
        r"(?:realizada|conducida|hecha|dirigida|llevada a cabo) por mi\b|"
        r"(?:conduzida|feita|realizada|conduzido|feito|realizado) por mim|"
        r"(?:condott|tenut|svolt|fatt)[oa] da me\b|door mij (?:gevoerd|afgenomen|geleid)|"
        # the writer first among those present: "saremo presenti io e l'Ing. Neri", "estaremos
        # yo y Marta", "moi et M. Dupont"
        r"\b(?:io|yo|eu|moi|ich|ik) (?:e|y|et|und|en) |"
        # the writer comes with another: "I'll be joined by", "je serai accompagnée de",
        # "estaré acompañada de", "sarò accompagnata da", "het gesprek voer ik samen met"
        r"i(?:'ll| will) be joined by|je serai accompagne\w* (?:de|par)|"
        r"(?:estare|estarei) acompa(?:n|nh)ad[oa] (?:de|do|da|por|pel[oa])|"
        r"saro accompagnat[oa] da|ich werde (?:von \w+ \w+ )?begleitet|"
        r"(?:voer|doe|houd) ik (?:samen )?met|(?:en|and|und|et|e|y) (?:mij|mir)\b|"
        # ... or another comes with the writer: "Dana will join me", "me acompañará Dana",
        # "m'accompagnera", "mi accompagnerà", "me acompanhará"
        r"\b(?:join|joining) me\b|\bme acompanar(?:a|an)\b|\bme acompanhar(?:a|ao)\b|"
        r"\bm'accompagner(?:a|ont)\b|\bmi accompagner(?:a|anno)\b|"
        # the writer speaks with the candidate in the meeting ("I'll be speaking with you along
        # with Rohit"), not after it
        r"(?:(?:i(?:'ll| will)(?: also)?(?: be)? (?:speak|speaking|talk|talking|meet|meeting|"
        r"chat|chatting) (?:with|to) you|i(?:'ll| will)(?: also)?(?: be)? interview(?:ing)? you|"
        r"ich (?:werde|will) (?:mit )?(?:ihnen|dir) (?:sprechen|reden)|ich spreche mit (?:ihnen|"
        r"dir)|(?:je m'entretiendrai|je parlerai|j'echangerai|je discuterai) avec vous|"
        r"(?:hablare|conversare|charlare) con (?:usted|contigo|vos)|(?:falarei|conversarei) com "
        r"(?:voce|vc)|(?:parlero|chiacchierero) con (?:te|lei|voi)|"
        r"ik (?:spreek|praat) (?:met )?(?:je|u|jou))\b"
        r"(?![ \t,]*(?:after|afterwards|before|beforehand|once|later|tomorrow|again|danach|"
        r"vorher|apres|ensuite|despues|antes|depois|dopo|prima|daarna|vooraf)\b)))"
    ),
    *("i'll", "i will", "with me", "me", "myself", "yo", "eu", "moi", "ich", "ik", "io"),
    *("conmigo", "comigo", "sottoscritt", "estarei", "estare", "estaremos", "je serai"),
    *("saro", "sarò", "mit mir", "met mij", "je ", "conducire", "dirigire", "realizare", "hare"),
    *("conduzirei", "farei", "liderarei", "condurro", "guidero", "faro"),
    *("i am", "i'm", "ferai", "fais", "formare", "formo", "faccio", "faco", "ik "),
    *("by me", "par moi", "von mir", "por mi", "da me", "door mij", "io e", "yo y", "eu e"),
    *("moi et", "ich und", "ik en", "ich werde", "ich will", "ich spreche", "je m'ent"),
    *("je parlerai", "je discuterai", "j'echangerai", "hablare", "conversare", "charlare"),
    *("falarei", "conversarei", "parlero", "chiacchierero", "ik spreek", "ik praat"),
    *("joined by", "accompagne", "acompan", "accompagnat", "begleitet", " ik ", "mij", "mir"),
    *("join me", "joining me", "accompagner", "nehme", "join", "joindr", "unira", "juntar"),
    *("unir", "sich uns", "bij ons", "kolleg", "colleague", "collegue", "colega", "collega"),
    *("entrevist", "interview", "recevr", "recevoir", "intervist"),
    *("moi-meme", "mism", "mesm", "stess", "ikzelf", "particip", "partecip", "ik neem"),
    *("ik doe", "ik ben er"),
)
# The text says someone it names only by their post will interview: "the hiring manager will call
# you", "Our CFO will interview you", "das Gespräch führt unsere Bereichsleiterin", "l'entretien
# sera mené par notre directeur": the organizer who sent it arranges it.
_POST = (
    r"(?:[\w-]+ ){0,3}(?:manager|director|head|lead|ceo|cfo|cto|coo|founder|panel|team|partner|vp|"
    r"president|supervisor|chief|principal|interviewers?|directeur|directrice|directeur \w+|"
    r"responsable|manager\w*|leiter\w*|leitung|chef\w*|vorgesetzt\w*|geschaftsfuhr\w*|"
    r"director\w*|director[oa]|jef[ea]|gerente|diretor[a]?|gestor[a]?|direttore|direttrice|"
    r"responsabile|leidinggevende|directeur|teamleider|manager)s?"
)
_ANOTHER_INTERVIEWS = Gated(
    lazy(
        r"\b(?:(?:our|the|your|a) " + _POST + r" (?:[\w-]+ ){0,4}?(?:will|'ll|is going to|would)"
        r" (?:\w+ )?(?:call|interview|speak|meet|join|ring|phone|talk|conduct|lead|run)|"
        r"(?:you'll|you will) (?:be )?(?:speaking|speak|meeting|meet|talking|talk) (?:with|to) "
        r"(?:our|the) "
        + _POST
        + r"|(?:interview|call|meeting|chat) with (?:our|the) "
        + _POST
        + r"\b|(?:gesprach|interview) (?:fuhrt|fuhren|leitet|leiten) "
        r"(?:unser|unsere|der|die|ihr|ihre)|"
        r"(?:unser|unsere) " + _POST + r" (?:wird|werden) (?:sie|dich) |"
        r"(?:entretien|echange) sera (?:mene|conduit|realise|anime) par "
        r"(?:notre|nos|le|la|votre)|"
        r"(?:entrevista) (?:la |lo )?(?:hara|haran|realizara|realizaran|conducira) (?:nuestr[oa]|"
        r"el|la)|(?:entrevista) sera (?:feita|conduzida|realizada) "
        r"(?:pel[oa]|por (?:noss[oa]|o|a))|"
        r"colloquio sara (?:condotto|tenuto|svolto|fatto) (?:da(?:l|lla|llo|i|gli) |"
        r"da (?!me\b|noi\b))(?:nostr[oa] )?|"
        r"gesprek (?:wordt gevoerd|voer je) (?:door|met) (?:onze|de|het))"
    ),
    *("will", "'ll", "going to", "would", "speaking", "speak", "meeting", "meet", "talk"),
    *("fuhrt", "fuhren", "leitet", "leiten", "wird", "werden", "sera", "hara", "haran"),
    *("realizara", "conducira", "gesprek", "with", "sara"),
)
#: A sentence, or a line that ends without a stop ("- Lee Park (observer, does not score)").
_SENTENCE = lazy(r"[^.!?;\n]+(?:[.!?;]+|$)", re.M)
#: A capitalised word that names a part of the company, not a person ("the Resourcing team").
_UNIT_AFTER = lazy(
    r"\s+(?:team|department|dept|office|unit|group|desk|abteilung|equipe|équipe|equipo|equipa|"
    r"afdeling|reparto|servizio|service)\b",
    re.I,
)
_PARAGRAPH_OR_SENTENCE = led(lazy(r"\n[ \t|]*\n|(?<=[a-z]{2})[.!?](?:\s|$)"))
_FIRST_PERSON = lazy(
    r"\b(?:i|i'll|i'm|me|my|yo|je|ich|eu|io|ik|me sumo|sumo|estare|estarei|saro|serai)\b"
)


#: A sentence that starts with a pronoun of the third person (and at most two words more)
#: before what it says: "she does not score", "elle ne participe pas", "sie bewertet nicht".
_PRONOUN_SUBJECT = lazy(
    r"[ \t]*(?:she|he|they|elle|elles|ils?(?= n)|sie|er|ella|ellas|él|ellos|ela|elas|ele|eles|"
    r"lui|zij|hij|ze)(?:[ \t]+[^\W\d]+){0,2}[ \t]*",
    re.I,
)


#: The words after which a passive saying names its doer ("moderated by", "moderada por",
#: "moderata da", "gemodereerd door").
_AGENT_WORDS = (" by", " por", " da", " door", " von", " par")
#: Articles a sentence starts with, capitalised: a single word after one is a noun ("Die
#: Gruppenübung", "La dinámica"), not a first name.
_ARTICLES = frozenset(
    ("die", "der", "das", "den", "dem", "the", "le", "la", "les", "el", "los", "las", "il"),
) | frozenset(("lo", "gli", "de", "het", "een", "ein", "eine", "o", "a", "os", "as"))
#: ... those of German, whose nouns are capitalised, and English's "The": before a capital they
#: start a noun; the others start names too ("De Vries", "Le Roux", "La Rosa").
_NOUN_ARTICLES = frozenset(
    ("die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "the"),
)


def _nearest_name(body: str, start: int, end: int) -> str | None:
    """The name that stands nearest before ``end`` from ``start``: the nearest whole name ("Herr
    Ortiz hat den Termin organisiert": German capitalises every noun), else the nearest word
    that may be a first name and follows no article ("den Termin"); never a team's name ("the
    Resourcing team")."""
    whole = first = None
    for b in _NAME_RE.finditer(body, start, end):
        found = b.group(0)
        if _UNIT_AFTER.match(body, b.end()):
            continue
        head, _, rest = found.partition(" ")
        if fold(head) in _ARTICLES and (not rest or fold(head) in _NOUN_ARTICLES):
            if " " not in rest.strip():
                continue  # "La" before "dinámica", "Die Gruppenübung": an article, a noun
            found = rest
        if not (n := _name_of(found, frozenset())):
            continue
        if " " in n:
            whole = n
        elif not _ARTICLE_BEFORE.search(body, max(start, b.start() - 8), b.start()):
            first = n
    return whole or first


#: An article or a possessive just before a word: the word is a noun, not a first name.
_ARTICLE_BEFORE = lazy(
    r"(?<![^\W\d_])(?:den|dem|des|der|die|das|ein|eine|einen|einem|einer|the|an|a|het|een|"
    r"le|les|un|une|el|los|las|una|unser|unsere|unseren|ihr|ihre|ihren|our|your|my)[ \t]+$",
    re.I,
)


@lru_cache(maxsize=256)  # asked for the interviewers and again for the recruiter
def _coordinator_names(body: str) -> tuple[tuple[str, ...], bool]:
    """Names the text says only organise ("Dana will facilitate; she does not score"; a
    signature "Dana Whitfield\\nRecruiting Coordinator"), and whether the writer says so of
    themself ("I'll only introduce you")."""
    found: list[str] = []
    writer = False
    folded = fold(body)
    # The sayings are sought once in the whole text: no saying reads a sentence's stop or looks
    # past its match (tests/test_detect_fast_paths.py checks the pattern), so the whole text's
    # matches are each sentence's own.
    sayings = sorted(
        [*_ONLY_ORGANISES.finditer(folded), *_NO_PART.finditer(folded)], key=lambda m: m.start()
    )
    previous = (0, 0)  # the sentence before: whom a pronoun that starts a sentence stands for
    for sentence in _SENTENCE.finditer(folded) if sayings else ():
        unnamed = False  # a saying with no name before it: the writer's, if they say "I"
        # each saying names whoever stands nearest before it, after the saying before ("HR
        # observer: Lee Park (will take notes)": the label first, then the name, then the words)
        start = sentence.start()
        for m in sayings:
            if not sentence.start() <= m.start() < sentence.end():
                continue
            at = m.start()
            if _post_of_another_function(folded, at, m.end()):
                continue  # "Mara Bellandi, Nursing Coordinator": a post of her own
            named = _nearest_name(body, start, at)
            if (
                named is None
                and start == sentence.start()
                and _PRONOUN_SUBJECT.fullmatch(body, start, at)
                and body.count("\n", previous[1], start) <= 1
            ):
                # "Lea Park will greet you; she does not score": the one the sentence before
                # names, whom "she" stands for
                named = _nearest_name(body, *previous)
            if named is None and m.group(0).endswith(_AGENT_WORDS):
                # "moderated by Sam Kit", "moderada por Sam Kit": the one named after it
                after = body[m.end() : m.end() + 60].lstrip()
                first = _first_name_in(after, frozenset())
                named = first if first and after.startswith(first.split()[0]) else None
            start = m.end()
            if named:
                found.append(named)
            else:
                unnamed = True
        previous = sentence.span()
        if unnamed and _FIRST_PERSON.search(sentence.group(0)):
            writer = True
    for m in _ORGANISER_LABEL.finditer(body):
        head = _PARENS.sub("", m["rest"]).split(",", 1)[0].strip()
        named = _first_name_in(head, frozenset())
        if named and head.startswith(named.split()[0]):
            found.append(named)
    for m in _ORGANISER_IS.finditer(folded):
        after = body[m.end() : m.end() + 80]
        if (named := _first_name_in(after, frozenset())) and after.startswith(named.split()[0]):
            rest = _SENTENCE_END.split(fold(after)[len(named) :], 1)[0]
            if not _INTERVIEWS_TOO.search(rest):  # "..., who will also interview you"
                found.append(named)
    for m in _COORDINATOR.finditer(body):
        if _post_of_another_function(folded, m.start(), m.end()):
            continue
        if _LABELS_AFTER.match(body, m.end()):
            continue  # "Your coordinator: Lea Sommer": the label's name comes after it
        window = body[max(0, m.start() - 80) : m.start()]
        # within its paragraph and sentence: a signature's name is on the line above, and a
        # name an itinerary gave before "I'll be your point of contact" is someone else's
        window = _PARAGRAPH_OR_SENTENCE.split(window)[-1]
        before = [n for n in (_name_of(b, frozenset()) for b in _NAME_RE.findall(window)) if n]
        if before:
            found.append(before[-1])
    return tuple(found), writer


@lru_cache(maxsize=256)
def _absent_names(body: str) -> tuple[str, ...]:
    """Names the text says will not come or are replaced ("Kit Ember is unwell", "Ben Dray
    replaces Kit Ember"): on the panel no longer, and organising nothing."""
    folded = fold(body)
    found: list[str] = []
    for m in _ABSENT.finditer(folded):
        start = max(folded.rfind(stop, 0, m.start()) for stop in ".!?;\n") + 1
        # the subject just before the saying ("Kit Ember can no longer attend"), not one named
        # earlier in the sentence ("let Dana know if you cannot attend")
        subject = [
            b
            for b in _NAME_RE.finditer(body, start, m.start())
            if _name_of(b.group(0), frozenset())
        ]
        if subject and m.start() - subject[-1].end() <= 25:
            gap = folded[subject[-1].end() : m.start()]
            if not re.search(r"\b(?:you|if|sie|vous|usted|voce|lei|u|je)\b", gap):
                found.append(_name_of(subject[-1].group(0), frozenset()) or "")
    for m in _REPLACED.finditer(folded):
        after = body[m.end() : m.end() + 80]
        if (named := _first_name_in(after, frozenset())) and after.startswith(named.split()[0]):
            found.append(named)
    return tuple(found)


#: How many lines from the end of an invitation its signature may stand (a closing, the name,
#: a post, a company, a footer the sending system adds).
_SIGNATURE_LINES = 8
#: The closing a letter ends with before its signature, in the languages of invitations
#: ("Kind regards,", "Viele Grüße", "Groetjes", "Cordialement", "Abs,", "Un saluto").
_CLOSING = lazy(
    r"(?:regards|best|best wishes|thanks|thank you|many thanks|cheers|sincerely|warmly|talk soon|"
    r"see you soon|grusse|gruss|grussen|gruße|gruß|grußen|groet|groeten|groetjes|mvg|cordialement|"
    r"salutations|bien a vous|a bientot|bonne journee|saludos|un saludo|atentamente|un abrazo|"
    r"abraco|abracos|abs|att|atenciosamente|cordiali saluti|saluti|un saluto|a presto|"
    r"buona giornata)[ \t!.,]*$"
)


def signer(ctx: Invite, candidates: Sequence[Attendee]) -> tuple[Attendee | None, str]:
    """The participant who signs the invitation: the name on the line after its closing
    ("Viele Grüße\nLea Schubert\nPeople & Culture"), or alone on the last line ("...\n\nRhys"),
    when it names one of ``candidates``; and what the signature says after the name (their
    post, their team), folded."""
    if not candidates or not ctx.body:
        return None, ""
    lines = ctx.body.rstrip().rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        before = lines[index - 1].strip()
        last = index == len(lines) - 1
        if not line or len(line) > 60 or line[0] in "-–—•*·":
            continue
        if not (_CLOSING.search(fold(before)) or (last and not before)):
            continue
        head = _SEGMENT_SPLIT.split(_PARENS.sub("", line).strip(), maxsplit=1)[0].strip(" ,")
        name = _first_name_in(head, frozenset())
        if (name is None or fold(name) != fold(head)) and "," in head:
            head = head.partition(",")[0].strip()  # "Mia Lund, People Partner": the post after
            name = _first_name_in(head, frozenset())
        if name is None or fold(name) != fold(head):
            continue
        person = next((p for p in candidates if _matches(p, name)), None)
        if person is not None:
            return person, fold(" ".join([line[len(head) :], *lines[index + 1 :]]))
    return None, ""


def _recruiting_signature(after: str) -> bool:
    """Does what a signature says after the name give a recruiting post or team ("People &
    Culture", "Talent Acquisition", "Chargée de recrutement", "Personalreferentin")?"""
    return bool(
        RECRUITING_NAME.search(after)
        or _HR_DEPARTMENT.search(after)
        or _recruiting_label(after)
        or _RECRUITING_POST.search(after)
    )


#: "Giles and I would like to meet you": a name, then "and I" (English writes its "I" in
#: capitals; the other languages' pronouns are in ``_I_TAKE_PART``).
_NAME_AND_I = lazy(
    r"(?P<name>" + NAME_WORD + r")[ \t]+(?:and|&)[ \t]+I[ \t]+(?:would|will|'ll|'d|shall|"
    r"look forward|are looking forward|want|are keen|are excited|are meeting|meet|interview)\b"
)


#: The text says someone named before it comes too ("Sam Kit will also join", "Herr Ott wird
#: ebenfalls teilnehmen", "M. Roy sera également présent", "Ugo Neri parteciperà anche"): one the
#: panel's list leaves out who still takes part.
_ALSO_JOINS = Gated(
    lazy(
        r"\b(?:(?:will|'ll) also (?:be )?(?:join\w*|attend\w*|present|there|interview\w*|"
        r"take part|taking part|sit in|sitting in|on the (?:call|panel))|"
        r"(?:also joins|is also joining|joins the panel|will join the panel|"
        r"(?:will join|is joining|joins) (?:as well|too))|"
        r"(?:wird|werden) (?:ebenfalls|auch) (?:dabei sein|teilnehmen|anwesend sein)|"
        r"(?:nimmt|nehmen) (?:ebenfalls|auch) (?:am \w+ )?teil|"
        r"(?:sera|seront) (?:egalement|aussi) (?:present|presente|presents|presentes|de la partie)|"
        r"(?:participera|participeront) (?:egalement|aussi)|"
        r"(?:tambien|ademas) (?:estara|estaran|participara|participaran)|"
        r"(?:estara|estaran|participara|participaran) (?:tambien|ademas)|"
        r"(?:tambem) (?:estara|estarao|participara|participarao)|"
        r"(?:estara|estarao|participara|participarao) (?:tambem)|"
        r"(?:sara|saranno|partecipera|parteciperanno) (?:anche|pure)|"
        r"(?:anche|pure) (?:sara|saranno|partecipera|parteciperanno)|"
        r"(?:is|zijn|zal|zullen) ook (?:aanwezig|erbij|bij)|(?:neemt|nemen) ook deel)\b"
    ),
    *("also", "joins", "joining", "will join", "ebenfalls", "auch", "egalement", "aussi"),
    *("tambien", "ademas", "tambem", "anche", "pure", " ook "),
)


#: One steps in for another, named before the saying: "Sam Kit will step in", "Sam Kit
#: takes her place", "Sam Kit springt ein", "Sam Kit le remplacera", "Sam Kit la sustituirá".
_STANDS_IN = Gated(
    lazy(
        r"\b(?:(?:will|'ll) )?(?:step(?:s|ping)? in|stand(?:s|ing)? in|fill(?:s|ing)? in|"
        r"take(?:s)? (?:over|(?:his|her|their) place)|replace(?:s)? (?:him|her|them))\b|"
        r"\b(?:springt|springen|uebernimmt|ubernimmt) (?:\w+ )?(?:ein|fur (?:ihn|sie))\b|"
        r"\bvertritt (?:ihn|sie)\b|"
        r"\b(?:le|la|les) remplacer(?:a|ont)\b|\bprendra sa place\b|"
        r"\b(?:lo|la|los|las) (?:sustituira|sustituiran|reemplazara|reemplazaran)\b|"
        r"\b(?:o|a|os|as) substituira\b|\bsubstitui-(?:o|a)\b|"
        r"\b(?:lo|la|li|le) sostituira\b|\bprendera il suo posto\b|"
        r"\b(?:neemt|nemen) (?:zijn|haar|hun) plaats in\b|\b(?:valt|vallen) in\b"
    ),
    *("step", "stand", "fill", "take", "replace", "springt", "springen", "bernimmt"),
    *("vertritt", "remplacer", "sa place", "sustituir", "reemplazar", "substitui", "sostituir"),
    *("suo posto", "plaats in", "valt in", "vallen in"),
)
#: ... or after it: "replaced by Sam Kit", "remplacée par M. Roy", "sustituido por", "ersetzt
#: durch", "vertreten durch", "vervangen door", "ihn vertritt Sam Kit", "lo sostituisce".
_STOOD_IN_BY = Gated(
    lazy(
        r"\b(?:replaced by|covered by|in (?:his|her|their) place,?|"
        r"(?:ersetzt|vertreten) (?:durch|von)|(?:ihn|sie) vertritt|an (?:seiner|ihrer) stelle|"
        r"remplace(?:e|s|es)? par|a sa place,?|(?:le|la|les) remplace|"
        r"(?:sustituid|reemplazad)[oa]s? por|en su lugar,?|(?:lo|la|los|las) (?:sustituye|"
        r"reemplaza)|substituid[oa]s? (?:por|pel[oa])|no seu lugar,?|"
        r"sostituit[oa] da|al suo posto,?|(?:lo|la) sostituisce|"
        r"vervangen door|in (?:zijn|haar) plaats,?)\s+"
    ),
    *("replaced by", "covered by", " place", "ersetzt", "vertreten", "vertritt", "stelle"),
    *("remplace", "sustituid", "reemplaz", "lugar", "sustituye", "substituid", "sostitui"),
    *("posto", "vervangen", "plaats"),
)


@lru_cache(maxsize=256)
def _also_joining(body: str) -> tuple[str, ...]:
    """Names the text says come too ("Sam Kit will also join") or step in for another ("Sam
    Kit will step in", "replaced by Sam Kit"), each the nearest before its saying in its
    sentence, or the one right after a saying that names them after it."""
    folded = fold(body)
    found = []
    for m in (*_ALSO_JOINS.finditer(folded), *_STANDS_IN.finditer(folded)):
        start = max(folded.rfind(stop, 0, m.start()) for stop in ".!?;\n") + 1
        if named := _nearest_name(body, start, m.start()):
            found.append(named)
    for m in _STOOD_IN_BY.finditer(folded):
        after = body[m.end() : m.end() + 80]
        if (named := _first_name_in(after, frozenset())) and after.startswith(named.split()[0]):
            found.append(named)
    return tuple(found)


def organizer_takes_part(ctx: Invite) -> bool:
    """Does the writer say that they take part ("I'll join", "with me and Dana", "Giles and
    I")?"""
    # the body as written: in ``folded_body`` the user's own name reads "me"
    if _I_TAKE_PART.holds(fold(ctx.body)):
        return True
    return " I" in ctx.body and any(
        _name_of(m["name"], frozenset()) for m in _NAME_AND_I.finditer(ctx.body)
    )


# --------------------------------------------------------------------------- interviewers


def _matches(person: Attendee, name: str) -> bool:
    """Does ``name`` name this participant?"""
    return _matches_by(person.name, person.email, name)


# asked again for the same pair: is named? which name? named only? Cached by the participant's
# name and address, what the rule reads: hashing (and comparing) a whole participant costs more
@lru_cache(maxsize=8192)
def _matches_by(their_name: str | None, email: str | None, name: str) -> bool:
    if same_person(their_name, email, name):
        return True
    first, last = first_and_last(their_name)
    words = [w for w in name.split() if not _is_title(w)]
    titled = len(words) < len(name.split())
    their_first, their_last = first_and_last(" ".join(words))
    if first and last and their_last == last and names.same_given(their_first, first):
        return True  # "Dana J. Whitfield" and "Dana Whitfield"; "Tom Reed" and "Thomas Reed"
    quoted = their_name and ('"' in their_name or "“" in their_name)
    nick = names.nickname(their_name) if quoted else ""
    if nick and (
        (their_first == nick and their_last == last)
        or (len(words) == 1 and fold(words[0].strip(".,")) == nick)
    ):
        return True  # 'Danielle "Dani" Ruiz' goes by "Dani Ruiz" and "Dani"
    if (
        first
        and their_first == first
        and their_last
        and _surname_initial(their_name) == (their_last[0])
    ):
        return True  # "Dana W." and "Dana Whitfield": a surname by its initial
    if _matches_in_part(their_name or "", email or "", first, last, words):
        return True
    local = local_part(email).split(".")
    if len(words) == 1:  # a first name only: "Kayla" is Kayla Brooks; "Dr. Brooks" too
        word = fold(words[0].strip(".,"))
        if titled:
            return bool(last) and word == last
        if word in {first, local[0]}:
            return True
        if len(word) >= 3 and bool(first) and first.startswith(word):
            return True  # "Facu": Facundo
        return names.same_given(word, first)  # "Tom": Thomas Reed; "Peggy": Margaret Doe
    if titled and len(words) == 2 and _INITIALS.fullmatch(words[0]):
        # "Mr J-P. Venter": the initials too must fit, not the surname alone
        return bool(last) and their_last == last and _initials_give(words[0], first)
    if titled or (len(words) == 2 and their_first and fold(words[0]) in _TITLES_AS_WORDS):
        return bool(last) and their_last == last  # "Dean Osei-Bonsu": the dean, by surname
    # a given name written after the family name, as Chinese, Korean and Vietnamese names are:
    # "Wei Ling" is Tan Wei Ling (weiling.tan@...)
    given = [fold(w.strip(".,")) for w in words]
    full = [fold(w) for w in (clean_name(their_name) or "").split()]
    if len(full) == len(given) + 1 and full[1:] == given:
        return True
    if "".join(given) in _LOCAL_WORDS.split(local_part(email)):
        return True
    return _partly_named(their_name, email, words)


#: The separators of an address's local part, dropped to compare it with a name's words.
_NO_SEPARATORS = str.maketrans("", "", "-_.+")


def _partly_named(their_name: str | None, email: str | None, words: list[str]) -> bool:
    """Does a full name in the text ("Dana Frey") name a participant who shows only part of
    it: a display name of the given name or the surname alone ("Dana", "Frey"), a surname
    that starts a double one ("Dana Frey-Lindqvist"), or, with no name shown, an address
    that spells it by parts and initials ("dfrey", "d.frey", "frey.d", "danaf", "dana",
    "frey")?"""
    t_first, t_last = first_and_last(" ".join(words))
    if not t_first or not t_last or len(t_first) < 2:
        return False
    shown = [fold(w) for w in (clean_name(their_name) or "").split()]
    shown = [w for w in shown if not _is_title(w)]
    local = local_part(email)
    # a name is shown (not the address's own local part again)
    if shown and "".join(shown).translate(_NO_SEPARATORS) != local.translate(_NO_SEPARATORS):
        if len(shown) == 1:
            return shown[0] in {t_first, t_last}
        first, last = first_and_last(their_name)
        return first == t_first and last.split("-")[0] == t_last != last
    parts = [p for p in _LOCAL_WORDS.split(local) if p]
    f, lst = t_first, t_last.replace("-", "")
    forms = {
        (f[0] + lst,), (f[0], lst), (lst, f[0]), (lst + f[0],), (f + lst[0],), (f, lst[0]),
        (f,), (lst,),
    }  # fmt: skip
    return tuple(parts) in forms


_INITIAL = lazy(r"(?<![^\W\d_])([" + _UPPER + r"])\.")
#: A given name, or the parts of one, by initials: "J.", "J-P.", "A.R.", "K.S."
_INITIALS = lazy(r"[" + _UPPER + r"](?:\.-?|-)(?:[" + _UPPER + r"](?:\.-?|-)?){0,2}")


def _initials_give(initials: str, given: str) -> bool:
    """Do ``initials`` ("J.", "J-P.", "JP.") spell the folded given name ``given`` ("jan-
    pieter"), one letter for each of its parts?"""
    letters = [fold(c) for c in initials if c.isalpha()]
    parts = [p for p in re.split(r"[-\s]+", given) if p]
    if not parts or not letters or not parts[0].startswith(letters[0]):
        return False
    # "A.K." for Arun (Kumar) when only the first of the given names is known
    return len(parts) == 1 or (
        len(letters) == len(parts)
        and all(p.startswith(c) for c, p in zip(letters, parts, strict=True))
    )


def _matches_in_part(their_name: str, email: str, first: str, last: str, words: list[str]) -> bool:
    """Does a name in the text (``words``, titles aside) name a participant whose display name
    gives ``first`` and ``last``, where one of the two gives part of the name: a second family
    name ("Ramón Echevarría Gil", "Ramón Echevarría"), a given name alone ("Jess" at jess@ is
    Jess Varga), or a given name by its initial ("J. Weber" is Jonas Weber; "El Idrissi, Y."
    is Youssef El Idrissi)?"""
    if len(words) < 2:
        return False
    t_first, t_last = first_and_last(" ".join(words))
    if first and t_first == first and last and t_last:
        spelt = [fold(w.strip(".,")) for w in words]
        full = [fold(w.strip(".,")) for w in (clean_name(their_name) or "").split()]
        return last in spelt or t_last in full
    local = _LOCAL_WORDS.split(local_part(email))
    if first and not last:
        return t_first == first and local[0] == first
    if last and t_last == last:
        if not first:  # the participant's given name by its initial
            initial = _INITIAL.search(their_name)
            return bool(initial and t_first.startswith(fold(initial.group(1))))
        # the text's given name by its initials: "J. Weber", "J-P. Venter" (Jan-Pieter)
        return bool(
            len(words) == 2 and _INITIALS.fullmatch(words[0]) and _initials_give(words[0], first)
        )
    return False


def _surname_initial(name: str | None) -> str | None:
    """The initial a display name gives for a surname ("Dana W." -> "w"), or None."""
    words = (clean_name(name) or "").split()
    if len(words) == 2 and len(words[1].rstrip(".")) == 1 and words[1][0].isalpha():
        return fold(words[1][0])
    return None


#: Titles that are also words before a surname in prose ("Dean Osei-Bonsu will meet you").
_TITLES_AS_WORDS = frozenset({"dean", "professor", "doctor", "judge", "captain", "chef"})


def interviewers(ctx: Invite, named: list[Named]) -> list[Person]:
    """The interviewers among the people of the event.

    A person the text names as interviewer interviews, unless the text says they only
    organise. The writer (who signs the text, else the organizer) interviews when they say they
    take part, and does not when they say they only arrange. The organizer interviews when
    named or when the meeting is one-to-one with them; a coordinator the text names does not,
    nor does an optional attendee or one whose name or signature gives a recruiting function,
    beside others who are neither or where the text names the panel. The others interview.
    Then those named with no address, by name only (one person once: "Dana" and "Dana
    Whitfield" are one)."""
    org = ctx.event.organizer
    org_email = (org.email or "").lower() if org else ""
    coordinators, writer_organises = _coordinator_names(ctx.body)
    absent = _absent_names(ctx.body)
    candidates = [
        p
        for p in humans(ctx)
        if p.response != "declined" and not any(_matches(p, a) for a in absent)
    ]
    others = [p for p in candidates if (p.email or "").lower() != org_email]
    # The writer: the organizer, else who signs the text (a participant who writes through a
    # scheduler or a team's mailbox). What the text says in the first person ("I'll only
    # introduce you", "I'll join") is theirs.
    writer = next((p for p in candidates if (p.email or "").lower() == org_email), None)
    signature = ""
    if writer is None:
        writer, signature = signer(ctx, candidates)
    said: list[bool] = []  # whether the writer says they take part: read when it matters

    def writer_takes_part() -> bool:
        if not said:
            said.append(organizer_takes_part(ctx))
        return said[0]

    # those whose invitation says they may stay away, or whose name or signature carries a
    # recruiting function: beside others who do neither, or where the text names who
    # interviews, they arrange
    arrangers = [
        p
        for p in candidates
        if p.optional
        or _labelled_recruiting(p)
        or _agency_person(p, candidates)
        or (p is writer and _recruiting_signature(signature) and not writer_takes_part())
    ]
    plain = len(candidates) - len(arrangers)
    # Where the text lists the panel, one on the invitation it neither lists nor names
    # elsewhere is no interviewer: they arrange, observe or were invited for the record.
    listing = _panel_listing(ctx) if len(others) > 1 else []
    listed = [p for p in others if any(_matches(p, n) for n in listing)]

    def is_named(p: Attendee) -> bool:
        return any(_matches(p, n.name) for n in named)

    picked: list[Attendee] = []
    for person in candidates:
        is_org = (person.email or "").lower() == org_email
        # (beside someone else, or where the text names who interviews)
        besides = len(candidates) > 1 or bool(named)
        if any(_matches(person, c) for c in coordinators) and besides:
            continue
        if person is writer and writer_organises and besides:
            continue
        if is_named(person):
            picked.append(person)
        elif is_org:
            if (
                not [p for p in others if p not in arrangers]
                and not _names_others(ctx, named, person)
                and not (_ANOTHER_INTERVIEWS.search(fold(ctx.body)) and not named)
            ) or writer_takes_part():
                picked.append(person)  # one-to-one with the organizer, or they take part
        elif (
            not (person in arrangers and (named or plain))
            and not (
                listed
                and person not in listed
                and not any(_matches(person, n) for n in _also_joining(ctx.body))
            )
            and not (
                len(candidates) > 1 and _names_coordinator(names.affiliation(person.name) or "")
            )  # "Mira Fenn (Recruiting Coordinator)" beside others arranges, named or not
        ) or (person is writer and writer_takes_part()):
            picked.append(person)
    people = [_person(p, named) for p in picked]
    # one the text names but says only organises or observes is no interviewer by name either
    unsaid = [n for n in named if not any(_same_named(n.name, c) for c in (*coordinators, *absent))]
    people += _post_holders(ctx, unsaid, people)
    return people + _name_only(ctx, unsaid, people)


def _post_holders(ctx: Invite, named: list[Named], people: list[Person]) -> list[Person]:
    """Those the text names with their post ("Dr. Ana Ruiz (Principal)", "Frau Ana Ruiz
    (Schulleiterin)") whom no participant names, at the participant whose display name is that
    post alone ("Principal - North Campus" <principal.north@...>, "Schulleitung",
    "Headteacher"): a post's own mailbox is its holder's address. One already taken for an
    interviewer under the post's name is that person, by name. A mailbox of recruiting, of a
    team or of a department stays no one's."""
    found: list[Person] = []
    for n in named:
        if not n.title or n.recruits or any(_matches(p, n.name) for p in ctx.people):
            continue
        holders = [
            p
            for p in ctx.people
            if p.email
            and p.response != "declined"
            and not p.is_self
            and is_system(p) in _POST_MAILBOX
            and _same_post(clean_name(p.name) or "", n.title)
        ]
        if len(holders) != 1:
            continue
        address = (holders[0].email or "").lower()
        person = Person(name=n.name, email=address, session=n.session, title=n.title)
        taken = next((i for i, p in enumerate(people) if p.email == address), None)
        if taken is not None:
            people[taken] = person  # "Headteacher" at headteacher@: the one named so
        elif all(p.email != address for p in found):
            found.append(person)
    return found


#: Why a post's own mailbox may be no person when nothing names its holder (a mailbox of a
#: recruiting function, a department or a team is never one person's).
_POST_MAILBOX = (None, "a list of people, not one")
_POST_GLUE = frozenset({"of", "for", "the", "de", "du", "des", "der", "die", "la", "le", "di"})


def _same_post(display: str, title: str) -> bool:
    """Does a display name spell only the post ``title`` gives ("Head of School" and "Head of
    School", "Schulleitung" and "Schulleiterin", "Direction" and "directrice")? Each of its
    words starts as one of the post's does (their first six letters, or the whole word)."""
    shown = [w for w in re.split(r"[\s/-]+", fold(display)) if w and w not in _POST_GLUE]
    post = [w for w in re.split(r"[\s/,-]+", fold(title)) if w and w not in _POST_GLUE]
    if not shown or not post or len(shown) > len(post):
        return False
    return all(any(w[:6] == t[:6] and min(len(w), len(t)) >= 4 for t in post) for w in shown)


#: ... the short forms of a recruiting function too: "R&S" (recrutamento e seleção,
#: reclutamiento y selección, recrutement et sélection), "People & Culture".
_RECRUITING_LABEL = lazy(
    r"\b(?:hr|rh|rrhh|r ?& ?s|coordinator|coordination|scheduling|people (?:&|and) culture|"
    r"sourc(?:er|ing)|werving|selectie|selezione|personalreferent\w*|personalwesen)\b"
)


def _recruiting_label(folded: str) -> bool:
    """Does the folded label or signature hold a recruiting function (``_RECRUITING_LABEL``),
    a coordinator of another function ("Nursing Coordinator") aside?"""
    return any(
        not _post_of_another_function(folded, m.start(), m.end())
        for m in _RECRUITING_LABEL.finditer(folded)
    )


#: The trades of a recruiting agency as its domain spells them ("stone-search.example",
#: "brightfold-talent.example", "werving-selectie.example").
_AGENCY_TRADE = lazy(
    r"recruit|talent|staffing|personnel|headhunt|resourcing|executivesearch|-search|search-|"
    r"searchpartners|werving|recrutement|recrutamento|reclutamiento|personalberatung|"
    r"personaldienst|seleccion|selecao"
)


def _agency_person(person: Attendee, candidates: Sequence[Attendee]) -> bool:
    """Is this participant at a recruiting agency's domain, beside people of another employer
    (the client's)? Such a consultant arranges the client's interview."""
    reg = _employer_domain(person.email)
    if not reg or not _AGENCY_TRADE.search(reg.split(".", 1)[0]):
        return False
    return any(
        (other := _employer_domain(p.email)) and other != reg for p in candidates if p is not person
    )


def _labelled_recruiting(person: Attendee) -> bool:
    """Does the display name label the person with a recruiting function ("Jana Otte
    (Recruiting)", "Tsang, Helen (Resourcing)", "Sam Lee | HR")? Where the text names who
    interviews and not them, such a person organises."""
    label = names.affiliation(person.name)
    if not label:
        return False
    folded = fold(label)
    return bool(
        RECRUITING_NAME.search(folded) or _HR_DEPARTMENT.search(folded) or _recruiting_label(folded)
    )


#: A post that recruits, as brackets after a name give it ("Sam Lee (Recruiter)", "(Talent
#: Acquisition)", "(HR)", "(Personalabteilung)"); not a hiring manager's or an interviewer's.
_RECRUITING_POST = lazy(
    r"\b(?:recruit\w*|talent (?:acquisition|partner|team)|hr|rh|rrhh|human resources|"
    r"people (?:team|ops|operations|partner)|resourcing|personalabteilung|personalreferent\w*|"
    r"recrutement|recruteu\w*|reclutamiento|reclutador\w*|recrutamento|recrutador\w*|"
    r"selezionat(?:ore|rice)|werving|recruiter)\b"
)


def _recruits(role: str) -> bool:
    """Does a bracketed post name a recruiting function, and no interviewing one?"""
    folded = fold(role)
    return bool(_RECRUITING_POST.search(folded)) and not re.search(
        r"hiring manager|interview|panel", folded
    )


def recruiter(ctx: Invite, interviewers: list[Person]) -> Person | None:
    """The person who organises for the company (recruiter or coordinator), when one with an
    address does: a coordinator the text names, else the organizer when they do not interview,
    else who signs the text and does not interview. Never a shared mailbox, a scheduler or the
    user."""
    taken = {p.email for p in interviewers if p.email}
    coordinators, _ = _coordinator_names(ctx.body)
    people = [p for p in humans(ctx) if (p.email or "").lower() not in taken]
    for person in people:
        if any(_matches(person, c) for c in coordinators):
            return Person(display_name(person.name), (person.email or "").lower() or None)
    org = ctx.event.organizer
    for person in people:
        if org is not None and (person.email or "").lower() == (org.email or "").lower():
            return Person(display_name(person.name), (person.email or "").lower() or None)
    # a scheduler or a team's mailbox sent it: the participant who signs the text writes for
    # the company
    writer, _ = signer(ctx, people)
    if writer is not None:
        return Person(display_name(writer.name), (writer.email or "").lower() or None)
    return None


def _names_others(ctx: Invite, named: list[Named], organizer: Attendee) -> bool:
    """Does the text name interviewers other than the organizer and the other attendees?"""
    return any(
        not _matches(organizer, n.name) and not any(_matches(p, n.name) for p in ctx.people)
        for n in named
    )


def _person(attendee: Attendee, named: list[Named]) -> Person:
    match = next((n for n in named if _matches(attendee, n.name)), None)
    name = display_name(attendee.name) or (match.name if match else None)
    return Person(
        name=name,
        email=(attendee.email or "").lower() or None,
        session=match.session if match else None,
        title=match.title if match else None,
    )


def _name_only(ctx: Invite, named: list[Named], people: list[Person]) -> list[Person]:
    """Named interviewers with no attendee: known by name only (their address is never guessed)."""
    out: list[Person] = []
    everyone = ctx.people
    for n in named:
        if any(_matches(p, n.name) for p in everyone):
            continue
        if any(_matches(Attendee(p.email, p.name), n.name) or p.name == n.name for p in people):
            continue
        out.append(Person(name=n.name, email=None, session=n.session, title=n.title))
    return out


def user_listed(ctx: Invite) -> list[Person]:
    """``Name <address>`` lines of the user's own text give addresses (trusted); so does a bare
    address there whose first word is a name the text gives ("Marek + Agnieszka ...
    marek.zielinski@... sent the link"), unless its line says the person recruits."""
    people = []
    for m in _NAME_ADDRESS.finditer(ctx.notes):
        email = m["email"].lower()
        if email not in ctx.me_addresses:
            people.append(Person(name=display_name(m["name"]), email=email))
    if "@" not in ctx.notes:
        return people
    listed = {p.email for p in people}
    for m in _BARE_ADDRESS.finditer(ctx.notes):
        email = m.group(0).lower().rstrip(".")
        if email in ctx.me_addresses or email in listed or is_system(Attendee(email)):
            continue
        words = [w for w in _LOCAL_WORDS.split(local_part(email)) if w]
        end = ctx.notes.find("\n", m.end())
        line = ctx.notes[ctx.notes.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else None]
        if (
            2 <= len(words) <= 3
            and all(w.isalpha() for w in words)
            and len(words[0]) >= 3
            and re.search(rf"\b{re.escape(words[0].capitalize())}\b", ctx.notes)
            and not _RECRUITING_LINE.search(fold(line))
        ):
            people.append(Person(name=" ".join(w.capitalize() for w in words), email=email))
    return people


_BARE_ADDRESS = lazy(r"(?<![<\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_RECRUITING_LINE = lazy(
    r"recruit|coordinat|\bhr\b|\brh\b|talent|sourcer|schedul|agency|agent|headhunt|"
    r"personal|selec|reclut|recrut|werving"
)


def with_sessions(people: list[Person], notes: str) -> list[Person]:
    """ "Dana: rate limiter exercise" in the user's notes: what Dana's part was about."""
    out = list(people)
    for m in _NOTE_LINE.finditer(notes):
        name, text = m["name"], m["text"].strip()
        if fold(name) in NOT_NAME_WORDS or fold(name.split()[0]) in NOT_NAME_WORDS:
            continue
        for i, person in enumerate(out):
            if _matches(Attendee(email=person.email, name=person.name), name):
                out[i] = Person(person.name, person.email, text, person.title)
                break
    return out


_SAID = lazy(
    r"(?m)^.*?\b(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)[ \t]+"
    r"(?:said|says|mentioned|told me|promised|expects?)\b(?P<text>.*)$"
)


def timetable_by(people: list[Person], notes: str, phrase: str | None) -> str | None:
    """Who stated the timetable, when the user's notes say so: "Dana: back to me in two weeks"
    or "Dana said they'd decide by Friday". Their address when the calendar gives one, else
    their name (the engine looks it up in the user's people records)."""
    if not phrase or not notes:
        return None
    wanted = fold(phrase)
    for pattern in (_NOTE_LINE, _SAID):
        for m in pattern.finditer(notes):
            if wanted not in fold(m["text"]):
                continue
            for person in people:
                if _matches(Attendee(email=person.email, name=person.name), m["name"]):
                    return person.email or person.name
    return None


def merge_people(first: list[Person], second: list[Person]) -> list[Person]:
    """``first`` and then those of ``second`` who are not in it: the same address, or a name
    that names the same person ("Bob" and "Bob Smith <bob@...>" are one, with the address)."""
    out = list(first)
    for person in second:
        same = [
            i
            for i, p in enumerate(out)
            if (p.email and p.email == person.email)
            or (p.email is None and p.name and person.name and _same_named(p.name, person.name))
        ]
        if same:
            i = same[0]
            kept = out[i]
            name = person.name if kept.email is None and person.email else kept.name
            out[i] = Person(name or person.name, kept.email or person.email, kept.session,
                            kept.title)  # fmt: skip
        else:
            out.append(person)
    return out

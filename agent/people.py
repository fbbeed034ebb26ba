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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from agent import domains, names
from agent.invite import Invite, is_me, local_part
from agent.model import Attendee, Person
from agent.textscan import AtLineStart, Gated, at_word_start, fold

# Names and addresses repeat across a calendar's events: their keys are computed once.
name_key = lru_cache(maxsize=8192)(names.name_key)
_local_part_key = lru_cache(maxsize=8192)(names.local_part_key)
display_name = lru_cache(maxsize=8192)(names.display_name)
clean_name = lru_cache(maxsize=8192)(names.clean_name)


def clear_caches() -> None:
    for cached in (name_key, _local_part_key, display_name, clean_name):
        cached.cache_clear()
    for rule in (is_system, _matches):
        rule.cache_clear()


def same_person(name: str | None, email: str | None, other_name: str | None) -> bool:
    """``names.same_person`` on cached keys."""
    key = name_key(other_name)
    return bool(key) and key in {name_key(name), _local_part_key(email)}


# --------------------------------------------------------------------------- not a person

_ROLE_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|recruit\w*|talent\w*|careers?|jobs|hr|people|"
    r"interviews?|scheduling|schedule|scheduler|calendar|hiring|team|info|hello|contact|office|"
    r"admin|bewerbung\w*|karriere|empleo|seleccion|rrhh|producer|organizers?|events?|support|"
    r"leasing|sales|noreply)(?:[-_.+].*)?$"
)
RECRUITING_NAME = re.compile(
    r"\b(?:recruit\w*|talent\w*|interview\w*|careers?|hiring|candidate|people team|personal|"
    r"bewerbung\w*|seleccion|reclutamiento|talento)\b"
)
_ROOM = Gated(
    re.compile(r"\b(?:conf(?:erence)?\s*r(?:oo)?m|room|raum|sala|resource)\b|^confrm", re.I),
    *("conf", "room", "raum", "sala", "resource"),
)
_COORDINATOR = Gated(
    re.compile(r"\b(?:coordinator|coordination|scheduler|scheduling|point of contact)\b", re.I),
    *("coordinat", "schedul", "point of contact"),
)


def _is_room(person: Attendee) -> bool:
    return person.resource or bool(
        _ROOM.search(person.name or "") or _ROOM.search(local_part(person.email))
    )


@lru_cache(maxsize=8192)
def is_system(person: Attendee) -> str | None:
    """Why this participant is not a person (room, group, scheduler, role mailbox), or None."""
    address = person.email or ""
    if _is_room(person):
        return "room or resource"
    if person.group or domains.is_calendar_system(address):
        return "group or shared calendar"
    if domains.is_ats(address):
        return f"scheduler/ATS address at {domains.registrable_domain(address)}"
    if _ROLE_MAILBOX.match(local_part(address)) and not _looks_personal(person):
        return "shared or no-reply mailbox"
    return None


def _looks_personal(person: Attendee) -> bool:
    # "Dana Whitfield" <dana@...> is a person even when the local part reads like a role.
    name = clean_name(person.name) or ""
    return bool(name) and not RECRUITING_NAME.search(fold(name)) and len(name.split()) >= 2


def humans(ctx: Invite) -> list[Attendee]:
    """The participants who are people other than the user."""
    if ctx.humans is None:
        ctx.humans = [p for p in ctx.people if not is_me(ctx, p) and is_system(p) is None]
    return ctx.humans


def company_humans(ctx: Invite) -> list[Attendee]:
    """Humans at an employer's domain: not free mail, not the user's own employer."""
    if ctx.company_humans is None:
        ctx.company_humans = []
        for person in humans(ctx):
            reg = domains.registrable_domain(person.email)
            if reg and not domains.is_free_mail(reg) and reg not in ctx.my_domains:
                ctx.company_humans.append(person)
    return ctx.company_humans


def organizer(ctx: Invite) -> Person | None:
    """The organizer, unless it is the user."""
    org = ctx.event.organizer
    if org is None or is_me(ctx, org):
        return None
    return Person(name=display_name(org.name), email=(org.email or "").lower() or None)


# --------------------------------------------------------------------------- names in text

NAME_WORD = r"[A-ZÀ-ÞŁŚŻ][a-zà-ÿ'’\-]*(?:[A-Z][a-zà-ÿ'’\-]+)?"
NAME = (
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?" + NAME_WORD
    + r"(?:[ \t]+(?:(?:van|von|de|der|den|da|del|di|du|la|le)[ \t]+)?" + NAME_WORD + r"){0,2}"
)  # fmt: skip
_NAME_RE = re.compile(NAME)
#: A time of day as itineraries write it: "10", "10:30", "10.30", "10am", "10:30 PM".
TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[aApP]\.?[mM]\.?)?"
#: An itinerary line: a bullet, a time or a range of times, a separator, then the rest.
_ITINERARY_LINE = (
    r"[ \t•*\-]*" + TIME + r"(?:\s*[-–—]\s*" + TIME + r")?"
    r"[ \t]*[|:\-–—]?[ \t]*(?P<rest>\S.*)$"
)
ITINERARY = AtLineStart(_ITINERARY_LINE)
_ONE_ITINERARY_LINE = re.compile(_ITINERARY_LINE)


def itinerary_line(line: str) -> str | None:
    """What an itinerary line says after its times ("11:00 - 11:45 | System design - Wei Chen"
    -> "System design - Wei Chen"), or None for a line that is not one."""
    m = _ONE_ITINERARY_LINE.match(line)
    return m["rest"] if m else None


LIST_LABEL = AtLineStart(
    r"[ \t]*(?:interviewers?|interviewed by|with|joining|panel(?:ists)?|bar raiser|"
    r"gesprachspartner\w*|entrevistador\w*|you'?ll (?:meet|speak with)|recruiter)"
    r"[ \t]*(?:[:=\-–][ \t]*)(?P<rest>.+)$",
    re.I,
)
WITH = re.compile(
    at_word_start("with", "w/", "mit", "con", "avec", "speak with", "meet")
    + r"\s+(?P<rest>"
    + NAME
    + r"(?:\s*\([^)\n]{0,80}\))?"
    r"(?:\s*(?:,|and|und|y|&)\s*" + NAME + r"(?:\s*\([^)\n]{0,80}\))?)*)"
)
NAME_WITH_ROLE = re.compile(r"(?P<name>" + NAME + r")\s*\((?!\d)(?P<role>[^)\n]{2,80})\)")
_CAPITAL = re.compile(r"[A-ZÀ-ÞŁŚŻ]")  # how every NAME starts, titles included
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|&|/|\+)\s*")
_PARENS = re.compile(r"\([^)]*\)")
_NAME_ADDRESS = re.compile(
    r"(?m)^[ \t\-*•]*(?P<name>[^<>\n:]{2,80}?)\s*<(?P<email>[^<>@\s]+@[^<>\s]+)>"
)
_NOTE_LINE = re.compile(
    r"(?m)^[ \t\-*•]*(?P<name>"
    + NAME_WORD
    + r"(?:[ \t]+"
    + NAME_WORD
    + r")?)[ \t]*:[ \t]*(?P<text>\S.*)$"
)
_SEGMENT_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+[–—]\s*")
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx"})

# Capitalised words that are not names in invites (folded), one kind per paragraph.
_NOT_NAME_TEXT = (
    # interviews, their parts and formats
    """interview interviews interviewer interviewers phone screen technical system systems design
    coding case study take-home walkthrough deep dive bar raiser panel loop round final onsite
    virtual session sessions chat call meeting shadowing presentation whiteboard architecture
    behavioral behavioural values culture collaboration leadership focus break lunch coffee
    intro introduction overview wrap up q&a questions agenda itinerary schedule format review
    prep debrief candidate gesprach vorstellungsgesprach entrevista"""
    # roles, levels and functions
    """ hiring manager manager's senior staff principal lead head director vp ceo cto coo cfo
    recruiter recruiting coordinator talent people hr engineer engineer's engineering scientist
    analyst designer developer consultant architect specialist associate intern owner
    entwickler analista responsable teamleitung ii iii iv role position contract external
    internal data backend frontend software product platform fleet analytics modelling modeling
    distributed ops operations sales marketing finance legal security infra infrastructure
    mobile web cloud ml ai research science genomics bioinformatician"""
    # conferencing, places and times
    """ google meet zoom microsoft teams video join link office room conference location
    address building floor lobby reception calendar pacific eastern central mountain time am pm
    day day's monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december"""
    # greetings, pronouns and small words
    """ please thanks thank hi hello hallo hola dear regards best welcome the a an and or with
    for of at in on to your our you we they us team team's group not this that these those
    notes note optional required tbd n/a none"""
)
NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())


@dataclass(frozen=True)
class Named:
    """Someone named as an interviewer in text, with what their part was about."""

    name: str
    session: str | None = None
    title: str | None = None


def _is_name(candidate: str, stop: frozenset[str]) -> bool:
    words = [w.strip(".,'’") for w in candidate.split()]
    words = [w for w in words if w.lower().rstrip(".") not in _TITLES]
    if not 1 <= len(words) <= 4:
        return False
    for word in words:
        if not (word and word[0].isupper()):
            return False
        folded = fold(word)
        if folded in NOT_NAME_WORDS or folded in stop:
            return False
    return True


def _first_name_in(text: str, stop: frozenset[str]) -> str | None:
    for m in _NAME_RE.finditer(text):
        if _is_name(m.group(0), stop):
            return m.group(0)
    return None


def _itinerary_names(text: str, stop: frozenset[str]) -> list[Named]:
    found: list[Named] = []
    for m in ITINERARY.finditer(text):
        segments = [
            s.strip() for s in _SEGMENT_SPLIT.split(_PARENS.sub("", m["rest"])) if s.strip()
        ]
        named = _named_from_segments(segments, stop)
        if named:
            found.append(named)
    return found


def _named_from_segments(segments: list[str], stop: frozenset[str]) -> Named | None:
    for index, segment in enumerate(segments):
        head, _, tail = segment.partition(",")
        if not _is_name(head.strip(), stop):
            continue
        others = [s for i, s in enumerate(segments) if i != index]
        session = next((s for s in others if not s.lower().startswith("focus")), None)
        focus = next(
            (s.split(":", 1)[1].strip() for s in others if s.lower().startswith("focus:")), None
        )
        return Named(
            display_name(head.strip()) or head.strip(), focus or session, tail.strip() or None
        )
    return None


def _listed_names(text: str, stop: frozenset[str]) -> list[Named]:
    found: list[Named] = []
    for pattern in (LIST_LABEL, WITH):
        for m in pattern.finditer(text):
            for part in _SPLIT_NAMES.split(_PARENS.sub("", m["rest"])):
                name = _first_name_in(part.strip(), stop)
                if name and part.strip().startswith(name.split()[0]):
                    found.append(Named(display_name(name) or name))
    for m in names_with_roles(text):
        if _is_name(m["name"], stop) and not _COORDINATOR.search(m["role"]):
            found.append(Named(display_name(m["name"]) or m["name"], title=m["role"].strip()))
    return found


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


def named_people(ctx: Invite, company_words: frozenset[str]) -> list[Named]:
    """The people the title, description and notes name as interviewers, each once."""
    # words of this event that are no names (besides NOT_NAME_WORDS, which _is_name reads too)
    stop = company_words | {fold(w) for n in ctx.me_names for w in n.split()}
    text = f"{ctx.my_title}\n{ctx.body}\n{ctx.notes}"
    named = _itinerary_names(ctx.body, stop) + _listed_names(text, stop)
    unique: dict[str, Named] = {}
    for person in named:
        key = name_key(person.name)
        if key and (key not in unique or (person.session and not unique[key].session)):
            unique[key] = person
    return list(unique.values())


def _coordinator_names(body: str) -> list[str]:
    """Names signed or introduced as coordinators ("Dana Whitfield\\nRecruiting Coordinator")."""
    found = []
    for m in _COORDINATOR.finditer(body):
        window = body[max(0, m.start() - 80) : m.start()]
        before = _NAME_RE.findall(window)
        if before:
            found.append(before[-1])
    return found


# --------------------------------------------------------------------------- interviewers


@lru_cache(maxsize=8192)  # asked again for the same pair: is named? which name? named only?
def _matches(person: Attendee, name: str) -> bool:
    if same_person(person.name, person.email, name):
        return True
    words = name.split()
    if len(words) == 1:  # a first name only: "Kayla" is Kayla Brooks
        first = (clean_name(display_name(person.name)) or "").split()
        local = local_part(person.email).split(".")
        return fold(words[0]) in {fold(first[0]) if first else "", local[0]}
    return False


def interviewers(ctx: Invite, named: list[Named]) -> list[Person]:
    """The interviewers: the humans named in the text, else all but the organizer and the
    coordinators when others are there; then those named with no address, by name only."""
    org = ctx.event.organizer
    org_email = (org.email or "").lower() if org else ""
    coordinators = _coordinator_names(ctx.body)
    candidates = [p for p in humans(ctx) if p.response != "declined"]
    others = [p for p in candidates if (p.email or "").lower() != org_email]

    def is_named(p: Attendee) -> bool:
        return any(_matches(p, n.name) for n in named)

    picked: list[Attendee] = []
    for person in candidates:
        is_org = (person.email or "").lower() == org_email
        if is_named(person):
            picked.append(person)
        elif (
            (is_org and others)
            or (person.optional and named)
            or any(_matches(person, c) for c in coordinators)
            and (others or named)
            or named
            and is_org
        ):
            continue
        else:
            picked.append(person)
    people = [_person(p, named) for p in picked]
    return people + _name_only(ctx, named, people)


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
        if any(same_person(p.name, p.email, n.name) for p in people):
            continue
        out.append(Person(name=n.name, email=None, session=n.session, title=n.title))
    return out


def user_listed(ctx: Invite) -> list[Person]:
    """``Name <address>`` lines of the user's own text give addresses (trusted)."""
    people = []
    for m in _NAME_ADDRESS.finditer(ctx.notes):
        email = m["email"].lower()
        if email not in ctx.me_addresses:
            people.append(Person(name=display_name(m["name"]), email=email))
    return people


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


_SAID = re.compile(
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
    """``first`` and then those of ``second`` who are not in it (by address, else by name)."""
    out = list(first)
    for person in second:
        same = [
            i
            for i, p in enumerate(out)
            if (p.email and p.email == person.email)
            or (p.email is None and same_person(person.name, person.email, p.name))
        ]
        if same:
            i = same[0]
            out[i] = Person(out[i].name or person.name, person.email, out[i].session, out[i].title)
        else:
            out.append(person)
    return out

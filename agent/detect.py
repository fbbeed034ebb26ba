"""Is this calendar event a job interview in which the user is the candidate, and who was there?

``detect`` is pure and rules-based: every decision carries short human-readable reasons, for
``followup explain``. Titles and descriptions of events organised by others are evidence only:
addresses come from the attendee and organizer fields alone, and names read from their text are
people known only by name. The user's own text (the description of an event they organised or a
personal event, and the notes kept with ``followup note``) is trusted: its ``#interview`` /
``#not-interview`` tag decides, and its ``Name <address>`` lines give addresses.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from agent import domains, names
from agent.model import Attendee, Detection, Event, Me, Person
from agent.timeline import by_first_letter, parse_timeline
from agent.timeline import fast_fold as fold

# --------------------------------------------------------------------------- gated patterns


#: The characters beyond ASCII that re.I matches to an ASCII letter (Python's re docs).
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")
_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text: several gates test the same description
    in a row. (The remembered text is held, so an identical object is the same text.)"""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    _last_lowered = (text, lowered)
    return lowered


class _Gated:
    """A pattern that cannot match without one of ``needles`` in the text: text holding none of
    them is not scanned. A substring test costs a fraction of a scan (detection must run at
    10,000 events/s), and the answer is the pattern's own. Needles of a pattern that ignores
    case are lower case, sought in the lowered text. Under re.I an ASCII letter matches its
    other case and, beyond ASCII, only "İ", "ı" (i), "ſ" (s) and the Kelvin sign (k); str.lower
    keeps every other character's position and turns no other into an ASCII letter, so the test
    is exact unless one of those four is in the text, which is then always scanned."""

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = needles
        self.ignore_case = bool(pattern.flags & re.I)

    def possible(self, text: str) -> bool:
        if self.ignore_case:
            if not text.isascii() and any(twin in text for twin in _ASCII_CASE_TWINS):
                return True
            text = _lowered(text)
        for needle in self.needles:  # noqa: SIM110 (a plain loop: this runs for every scan)
            if needle in text:
                return True
        return False

    # ``possible`` is written out in ``search`` (the most frequent call): a call spared per scan.
    def search(self, text: str) -> re.Match[str] | None:
        if self.ignore_case:
            if text.isascii() or not any(twin in text for twin in _ASCII_CASE_TWINS):
                lowered = _lowered(text)
                for needle in self.needles:
                    if needle in lowered:
                        break
                else:
                    return None
        else:
            for needle in self.needles:
                if needle in text:
                    break
            else:
                return None
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def findall(self, text: str) -> list[Any]:
        return self.pattern.findall(text) if self.possible(text) else []

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.possible(text) else text


# --------------------------------------------------------------------------- cleaning the text


class _Block:
    r"""``re.compile(OPENING + r".*?(?:" + CLOSING + r"|\Z)", flags | re.S).sub``: a block from
    its opening to its closing (or the end of the text) replaced. The tail always matches (at
    worst at the end), so a block starts where the opening first matches and ends where the
    closing first matches after it: two searches instead of a lazy scan that tries the closing
    at every character of the block. ``gate``: the needles the opening cannot match without,
    tested as ``_Gated`` tests them (the opening's flags decide the case)."""

    def __init__(self, opening: re.Pattern[str], closing: re.Pattern[str], *gate: str) -> None:
        self.opening = opening
        self.closing = closing
        self.gate = _Gated(opening, *gate)

    def sub(self, replacement: str, text: str) -> str:
        if not self.gate.possible(text):
            return text
        pieces: list[str] = []
        pos = 0
        while opening := self.opening.search(text, pos):
            closing = self.closing.search(text, opening.end())
            pieces += (text[pos : opening.start()], replacement)
            pos = closing.end() if closing else len(text)
        pieces.append(text[pos:])
        return "".join(pieces)


_HTML_TAG = re.compile(
    r"<\s*(?:br|p|div|li|ul|ol|span|a|b|i|strong|em|html|body|table|tr|td)\b", re.I
)
_HTML_BREAK = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li|/tr|/h\d)\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,500}>")
# Conferencing blocks carry hosts, numbers and PINs that are nobody's interview evidence.
_MEET_MARK = re.compile(r"-::~[:~]*::-")
_CONFERENCE_BLOCKS = (
    _Block(_MEET_MARK, _MEET_MARK, "-::~"),
    # "_{10,}" spelt as ten literal "_" then "_*": a literal start is found by a fast search
    _Block(re.compile(r"__________" r"_*\s*\n\s*Microsoft Teams", re.I), re.compile(r"__________" r"_*"),
           "microsoft teams"),
    _Block(re.compile(r"^[^\n]*is inviting you to a scheduled Zoom meeting\.?|^Join Zoom Meeting", re.M | re.I),
           re.compile(r"^Find your local number:[^\n]*", re.M | re.I), "zoom meeting"),
    _Block(re.compile(r"^Join with Google Meet:", re.M), re.compile(r"Please do not edit this section\.?"),
           "Join with Google Meet:"),
    _Block(re.compile(r"^Need to make changes to this event\?", re.M), re.compile(r"Powered by Calendly\.com"),
           "Need to make changes to this event?"),
    _Block(re.compile(r"^Join (?:Webex|the) meeting:?", re.M), re.compile(r"\n\s*\n"), "Join "),
)  # fmt: skip
_URL = re.compile(r"https?://[^\s<>\"')]+", re.I)
_URL_HOST = re.compile(r"https?://([^/\s<>\"')?#]+)", re.I)


def _url_hosts(text: str) -> list[str]:
    """``_URL_HOST.findall(text)``, each search started just before the next "://": a match
    starts at "http" or "https" right before one, so none starts earlier (a long invite costs
    a few searches, not a scan of every position)."""
    hosts: list[str] = []
    end = 0
    while (colon := text.find("://", end + 4)) >= 0:
        m = _URL_HOST.search(text, max(end, colon - 5))
        if m is None:
            break
        hosts.append(m.group(1))
        end = m.end()
    return hosts


def _plain(description: str, is_html: bool) -> str:
    text = description or ""
    if is_html or ("<" in text and _HTML_TAG.search(text)):
        text = _ANY_TAG.sub("", _HTML_BREAK.sub("\n", text))
        text = html.unescape(text)
    for block in _CONFERENCE_BLOCKS:
        text = block.sub("\n", text)
    return text.strip()


# Names and addresses repeat across a calendar's events: their keys are computed once.
name_key = lru_cache(maxsize=8192)(names.name_key)
_local_part_key = lru_cache(maxsize=8192)(names.local_part_key)
display_name = lru_cache(maxsize=8192)(names.display_name)
clean_name = lru_cache(maxsize=8192)(names.clean_name)


def clear_caches() -> None:
    """Forget every memoised lookup (benchmarks measure cold ingests; tests isolate rules)."""
    for cached in (name_key, _local_part_key, display_name, clean_name):
        cached.cache_clear()
    for rule in (_is_system, _matches, _squash, _my_addresses, _employer_domains):
        rule.cache_clear()
    domains.clear_caches()


def same_person(name: str | None, email: str | None, other_name: str | None) -> bool:
    """``names.same_person`` on cached keys."""
    key = name_key(other_name)
    return bool(key) and key in {name_key(name), _local_part_key(email)}


# --------------------------------------------------------------------------- lexicons (folded text)

_TAG_NOT = re.compile(r"#not[-_ ]?interview\b", re.I)
_TAG_YES = re.compile(r"#interview\b", re.I)

# An event about a job search that is not an interview as the candidate, or not about a job at all.
_NOT_INTERVIEW = re.compile(
    r"\b(?:prep|preparation|practice|practise|mock|rehearsal|dry[- ]run|leetcode|"
    r"podcast|webinar|meetup|meet-up|keynote|speaking|panel discussion|conference(?! call)|"
    r"exit (?:interview|conversation|meeting)|stay interview|customer interview|user interview|"
    r"user research|ux research|onboarding research|usability|research (?:session|study)|"
    r"informational|info interview|reference (?:call|check)|"
    r"offer (?:call|discussion|review|letter|chat|meeting)|sign offer|negotiat\w*|"
    r"hold|placeholder|flight|hotel|train to|uber|drive to|commute|"
    r"thank[- ]you|transcription|debrief|"
    r"grandma|grandpa|grandmother|grandfather|family|mom|dad|kids?|parent|"
    r"tenant|landlord|apartment|leasing|rental|screen protector|movie|cinema|"
    r"estimate|contractor|repair|resume review|cv review|call back|to-?do)\b"
)
# The user is on the interviewing side (a work calendar's interviewer invite).
_INTERVIEWER_SIDE = _Gated(
    re.compile(
        r"\b(?:scorecards?|interview kit|interviewer (?:guide|notes|packet)|you are the interviewer|"
        r"you're the interviewer|you will be interviewing|feedback form|on (?:the )?panel\)|"
        r"candidate\s*#|candidate\s*:\s*(?!me\b)\w|\(candidate\)|candidate packet|"
        r"candidate'?s? (?:resume|cv|profile|portfolio))"
    ),
    *("scorecard", "interview kit", "interviewer", "interviewing", "feedback form", "panel)"),
    "candidate",
)
# "Dana's portfolio": tried only where "'s portfolio" is (at every word, \w+ backtracks).
_SOMEONES_PORTFOLIO = _Gated(re.compile(r"\b\w+'s portfolio\b"), "'s portfolio")


def _interviewer_side(text: str) -> re.Match[str] | None:
    """The first of ``_INTERVIEWER_SIDE`` and ``_SOMEONES_PORTFOLIO`` in ``text``: what the
    two as one alternation would find (where both start at one place, the first one's)."""
    first = _INTERVIEWER_SIDE.search(text)
    second = _SOMEONES_PORTFOLIO.search(text)
    if second is not None and (first is None or second.start() < first.start()):
        return second
    return first


_STRONG = re.compile(
    r"\b(?:interview\w*|phone screen(?!\s*(?:protector|repair|replacement|glass|crack))\w*|"
    r"phone screening|recruiter screen\w*|technical screen\w*|hr screen\w*|initial screen\w*|"
    r"screening (?:call|interview)|virtual onsite|onsite interview|final round|round \d+|"
    r"\d+(?:st|nd|rd|th) round|bar raiser|hiring manager|hm (?:chat|call|screen)|"
    r"vorstellungsgesprach|bewerbungsgesprach|kennenlerngesprach|zweitgesprach|erstgesprach|"
    r"entrevista|entretien|sollicitatiegesprek|colloquio)"
)
_STAGE = re.compile(
    r"\b(?:technical|coding|pair programming|pairing session|system design|architecture|"
    r"deep[- ]dive|case study|take[- ]home|walkthrough|presentation|whiteboard|behaviou?ral|"
    r"culture|values|leadership|team fit|meet the team|panel|onsite|on-site|assessment|"
    r"recruiter|founder|ceo|cto|hiring|screen|screening|intro(?:ductory)? (?:call|chat)|fit call|"
    r"fachgesprach|kennenlernen|charla|loop)\b"
)
_WEAK = re.compile(
    r"\b(?:chat|call|conversation|meeting|coffee|intro|catch[- ]up|sync|talk|session|"
    r"gesprach|telefonat|termin|llamada|reunion|conversacion|cafe)\b"
)
_HIRING = re.compile(
    r"\b(?:role|position|opening|vacanc\w*|jobs?|posting|candidacy|application|applied|apply|"
    r"hiring|recruit\w*|interview\w*|search|client|headcount|stelle|bewerbung|puesto|vacante|"
    r"candidatura|seleccion|offre|poste)\b"
)
_AGENCY = _Gated(
    re.compile(
        r"\b(?:(?:our|my|a|the|confidential|for (?:a|our|my))\s+(?:\w+\s+){0,2}client|on behalf of|"
        r"recruitment agency|staffing|headhunt\w*|executive search|search firm)\b"
    ),
    *("client", "on behalf of", "recruitment agency", "staffing", "headhunt", "executive search"),
    "search firm",
)
_ROLE_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|notifications?|recruit\w*|talent\w*|careers?|jobs|hr|people|"
    r"interviews?|scheduling|schedule|scheduler|calendar|hiring|team|info|hello|contact|office|"
    r"admin|bewerbung\w*|karriere|empleo|seleccion|rrhh|producer|organizers?|events?|support|"
    r"leasing|sales|noreply)(?:[-_.+].*)?$"
)
_RECRUITING_NAME = re.compile(
    r"\b(?:recruit\w*|talent\w*|interview\w*|careers?|hiring|candidate|people team|personal|"
    r"bewerbung\w*|seleccion|reclutamiento|talento)\b"
)
_ROOM = _Gated(
    re.compile(r"\b(?:conf(?:erence)?\s*r(?:oo)?m|room|raum|sala|resource)\b|^confrm", re.I),
    *("conf", "room", "raum", "sala", "resource"),
)
_COORDINATOR = _Gated(
    re.compile(r"\b(?:coordinator|coordination|scheduler|scheduling|point of contact)\b", re.I),
    *("coordinat", "schedul", "point of contact"),
)

# --------------------------------------------------------------------------- names in text


def _at_word_start(*words: str) -> str:
    r"""``\b(?:word|...)`` for words that start with a letter, written so that re can skip
    straight to their first letters: each first letter, then a look back that no word character
    comes before it (what ``\b`` says before a letter). A pattern that starts with ``\b`` is
    tried at every position."""
    return by_first_letter(words, lambda letter: f"{letter}(?<!\\w{letter})")


_NAME_WORD = r"[A-ZÀ-ÞŁŚŻ][a-zà-ÿ'’\-]*(?:[A-Z][a-zà-ÿ'’\-]+)?"
_NAME = (
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?" + _NAME_WORD
    + r"(?:[ \t]+(?:(?:van|von|de|der|den|da|del|di|du|la|le)[ \t]+)?" + _NAME_WORD + r"){0,2}"
)  # fmt: skip
_NAME_RE = re.compile(_NAME)
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"


class _AtLineStart:
    """``re.compile("(?m)^" + BODY, flags).finditer(text)``, found as "\\n" + BODY in "\\n" +
    text: a literal start lets re skip to the line starts instead of trying every position.
    The matches hold the same groups (callers read groups, not spans). A match never ends on a
    line break (BODY ends with ``.+$`` or ``\\S.*$``), so the break before the next line is
    still there to start the next match."""

    def __init__(self, body: str, flags: int = 0, *needles: str) -> None:
        self.pattern = re.compile("\n" + body, flags | re.M)
        # the needles the lines cannot match without, tested as _Gated tests them
        self.gate = _Gated(self.pattern, *needles) if needles else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.gate is not None and not self.gate.possible(text):
            return iter(())
        return self.pattern.finditer("\n" + text)


_ITINERARY = _AtLineStart(
    r"[ \t•*\-]*" + _TIME + r"(?:\s*[-–—]\s*" + _TIME + r")?[ \t]*[|:\-–—]?[ \t]*(?P<rest>\S.*)$"
)
_LIST_LABEL = _AtLineStart(
    r"[ \t]*(?:interviewers?|interviewed by|with|joining|panel(?:ists)?|bar raiser|"
    r"gesprachspartner\w*|entrevistador\w*|you'?ll (?:meet|speak with)|recruiter)"
    r"[ \t]*(?:[:=\-–][ \t]*)(?P<rest>.+)$",
    re.I,
)
_WITH = re.compile(
    _at_word_start("with", "w/", "mit", "con", "avec", "speak with", "meet")
    + r"\s+(?P<rest>"
    + _NAME
    + r"(?:\s*\([^)\n]{0,80}\))?"
    r"(?:\s*(?:,|and|und|y|&)\s*" + _NAME + r"(?:\s*\([^)\n]{0,80}\))?)*)"
)
_NAME_WITH_ROLE = re.compile(r"(?P<name>" + _NAME + r")\s*\((?!\d)(?P<role>[^)\n]{2,80})\)")
_CAPITAL = re.compile(r"[A-ZÀ-ÞŁŚŻ]")  # how every _NAME starts, titles included
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|&|/|\+)\s*")
_PARENS = re.compile(r"\([^)]*\)")
_NAME_ADDRESS = re.compile(
    r"(?m)^[ \t\-*•]*(?P<name>[^<>\n:]{2,80}?)\s*<(?P<email>[^<>@\s]+@[^<>\s]+)>"
)
_NOTE_LINE = re.compile(
    r"(?m)^[ \t\-*•]*(?P<name>"
    + _NAME_WORD
    + r"(?:[ \t]+"
    + _NAME_WORD
    + r")?)[ \t]*:[ \t]*(?P<text>\S.*)$"
)
_SEGMENT_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s+[–—]\s*")

# Capitalised words that are not names in invites.
_NOT_NAME_WORDS = frozenset(
    ["interview", "interviews", "interviewer", "interviewers", "phone", "screen", "technical", "system", "design", "coding", "hiring", "manager", "senior", "staff", "principal", "engineer", "engineering", "data", "backend", "frontend", "software", "product", "values", "collaboration", "leadership", "break", "lunch", "team", "the", "a", "an", "and", "or", "with", "for", "of", "at", "in", "on", "to", "focus", "day", "round", "final", "loop", "chat", "call", "meeting", "google", "meet", "zoom", "microsoft", "teams", "video", "join", "link", "director", "vp", "head", "ceo", "cto", "coo", "cfo", "recruiter", "recruiting", "coordinator", "talent", "people", "hr", "culture", "platform", "fleet", "analytics", "modelling", "modeling", "distributed", "systems", "case", "study", "take-home", "walkthrough", "deep", "dive", "bar", "raiser", "panel", "lead", "shadowing", "ii", "iii", "iv", "candidate", "pacific", "eastern", "central", "mountain", "time", "am", "pm", "please", "thanks", "thank", "hi", "hello", "hallo", "hola", "dear", "regards", "best", "agenda", "onsite", "virtual", "session", "sessions", "welcome", "intro", "introduction", "overview", "wrap", "up", "q&a", "questions", "notes", "note", "coffee", "office", "room", "conference", "owner", "manager's", "your", "our", "you", "we", "they", "us", "team's", "group", "calendar", "interviews", "the", "break", "behavioral", "behavioural", "presentation", "architecture", "whiteboard", "review", "schedule", "itinerary", "location", "address", "building", "floor", "lobby", "reception", "format", "role", "position", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "engineer's", "scientist", "analyst", "designer", "developer", "entwickler", "analista", "responsable", "teamleitung", "gesprach", "vorstellungsgesprach", "entrevista", "consultant", "architect", "specialist", "associate", "intern", "contract", "external", "internal", "optional", "required", "tbd", "n/a", "none", "ops", "operations", "sales", "marketing", "finance", "legal", "security", "infra", "infrastructure", "mobile", "web", "cloud", "ml", "ai", "research", "science", "genomics", "bioinformatician", "not", "this", "that", "these", "those", "day's", "prep", "debrief"]
)  # fmt: skip


@dataclass(frozen=True)
class _Named:
    """Someone named as an interviewer in text, with what their part was about."""

    name: str
    session: str | None = None
    title: str | None = None


@dataclass(slots=True)
class _Context:
    event: Event
    me_addresses: frozenset[str]
    me_names: tuple[str, ...]
    my_domains: frozenset[str]
    user_owned: bool
    title: str
    body: str  # description without conferencing blocks (others' text unless user_owned)
    notes: str  # the user's own text: their description (own events) and `followup note`
    my_title: str = ""  # the title, the user's names as "me"
    event_name: str = ""  # a booking page's event name, from the body
    folded: str = ""  # title and booking-page event name, folded, the user's names as "me"
    folded_body: str = ""  # body folded, the user's names as "me"
    people: list[Attendee] = field(default_factory=list)
    humans: list[Attendee] | None = None  # computed once by _humans
    company_humans: list[Attendee] | None = None  # computed once by _company_humans
    ats: tuple[str, ...] | None = None  # computed once by _ats_domains
    title_segments: list[str] | None = None  # computed once by _title_segments
    name_candidates: list[str] | None = None  # computed once by _name_candidates
    votes: tuple[str | None, dict[str, int]] | None = None  # by _participant_votes, per agency
    reasons: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- participants


def _is_me(ctx: _Context, person: Attendee | None) -> bool:
    if person is None:
        return False
    return person.is_self or (person.email or "").lower() in ctx.me_addresses


def _local(address: str | None) -> str:
    return (address or "").split("@", 1)[0].lower()


def _is_room(person: Attendee) -> bool:
    return person.resource or bool(
        _ROOM.search(person.name or "") or _ROOM.search(_local(person.email))
    )


@lru_cache(maxsize=8192)
def _is_system(person: Attendee) -> str | None:
    """Why this participant is not a person (room, group, scheduler, role mailbox), or None."""
    address = person.email or ""
    if _is_room(person):
        return "room or resource"
    if person.group or domains.is_calendar_system(address):
        return "group or shared calendar"
    if domains.is_ats(address):
        return f"scheduler/ATS address at {domains.registrable_domain(address)}"
    if _ROLE_MAILBOX.match(_local(address)) and not _looks_personal(person):
        return "shared or no-reply mailbox"
    return None


def _looks_personal(person: Attendee) -> bool:
    # "Dana Whitfield" <dana@...> is a person even when the local part reads like a role.
    name = clean_name(person.name) or ""
    return bool(name) and not _RECRUITING_NAME.search(fold(name)) and len(name.split()) >= 2


def _humans(ctx: _Context) -> list[Attendee]:
    if ctx.humans is None:
        ctx.humans = [p for p in ctx.people if not _is_me(ctx, p) and _is_system(p) is None]
    return ctx.humans


def _company_humans(ctx: _Context) -> list[Attendee]:
    """Humans at an employer's domain: not free mail, not the user's own employer."""
    if ctx.company_humans is None:
        ctx.company_humans = []
        for person in _humans(ctx):
            reg = domains.registrable_domain(person.email)
            if reg and not domains.is_free_mail(reg) and reg not in ctx.my_domains:
                ctx.company_humans.append(person)
    return ctx.company_humans


def _ats_domains(ctx: _Context) -> tuple[str, ...]:
    if ctx.ats is None:
        ctx.ats = _find_ats_domains(ctx)
    return ctx.ats


def _find_ats_domains(ctx: _Context) -> tuple[str, ...]:
    found: list[str] = []
    addresses = [p.email for p in ctx.people] + _url_hosts(ctx.event.description or "")
    addresses.append(ctx.event.location or "")
    for host in addresses:
        reg = domains.ats_domain(host)
        if reg and reg not in found:
            found.append(reg)
    return tuple(found)


# --------------------------------------------------------------------------- building the context


def _participants(event: Event) -> list[Attendee]:
    people = list(event.attendees)
    seen = {(p.email or "").lower() for p in people if p.email}
    if event.organizer and (event.organizer.email or "").lower() not in seen:
        people.append(event.organizer)
    return people


@lru_cache(maxsize=64)
def _my_addresses(me: Me) -> frozenset[str]:
    return me.addresses


@lru_cache(maxsize=64)
def _employer_domains(addresses: frozenset[str]) -> frozenset[str]:
    """The registrable domains of the user's addresses that are no free mail (their employers)."""
    found = {domains.registrable_domain(a) for a in addresses}
    return frozenset(d for d in found if d and not domains.is_free_mail(d))


def _context(event: Event, me: Me, notes: str) -> _Context:
    people = _participants(event)
    me_addresses = _my_addresses(me)
    me_names = [me.name] if me.name else []
    for p in people:
        if p.is_self:
            if p.email and p.email.lower() not in me_addresses:
                me_addresses = me_addresses | {p.email.lower()}
            if p.name:
                me_names.append(p.name)
    organizer = event.organizer
    user_owned = (
        organizer is None or organizer.is_self or (organizer.email or "").lower() in me_addresses
    )
    body = _plain(event.description, event.html_description)
    # the user's own description and notes, those not blank, one per line
    own = body if user_owned and body and not body.isspace() else ""
    has_notes = notes and not notes.isspace()
    own_text = (f"{own}\n{notes}" if own else notes) if has_notes else own
    ctx = _Context(
        event=event,
        me_addresses=me_addresses,
        me_names=tuple(dict.fromkeys(me_names)),  # each one non-empty
        my_domains=_employer_domains(me_addresses),
        user_owned=user_owned,
        title=event.summary or "",
        body=body,
        notes=own_text,
        people=people,
    )
    ctx.my_title = _without_my_names(ctx, ctx.title)
    ctx.event_name = _event_name(body)
    if ctx.event_name or any("\n" in name for name in ctx.me_names):
        titled = _without_my_names(ctx, f"{ctx.title}\n{ctx.event_name}")
    else:  # the same text: no name can be found across the line break or in an empty line
        titled = ctx.my_title + "\n"
    ctx.folded = fold(titled)
    ctx.folded_body = fold(_without_my_names(ctx, body))
    return ctx


def _without_my_names(ctx: _Context, text: str) -> str:
    lowered = text.lower()
    for name in ctx.me_names:
        if name.lower() in lowered:
            text = _my_name_pattern(name).sub("me", text)
            lowered = text.lower()
    return text


@lru_cache(maxsize=64)
def _my_name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.I)


_EVENT_NAME = _Gated(re.compile(r"(?m)^Event (?:Name|Type):\s*(.+)$"), "Event ")


def _event_name(body: str) -> str:
    """A booking page's event name ("Event Name: 30 Minute Recruiter Chat") acts as a title."""
    m = _EVENT_NAME.search(body)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- the decision


def _quote(m: re.Match[str]) -> str:
    return f"'{m.group(0)}'"


def _decide(ctx: _Context) -> tuple[bool, list[str]]:
    forced = _tag_decision(ctx)
    if forced is not None:
        return forced
    title = ctx.folded
    body = ctx.folded_body
    if m := _NOT_INTERVIEW.search(title):
        return False, [f"title says {_quote(m)}: not an interview as the candidate"]
    if m := _interviewer_side(f"{title}\n{body}"):
        return False, [f"user is the interviewer: {_quote(m)}"]
    humans = _humans(ctx)
    company = _company_humans(ctx)
    if ctx.my_domains and humans and not company and _all_internal(ctx, humans):
        return False, [
            f"everyone is at the user's own employer ({', '.join(sorted(ctx.my_domains))})"
        ]
    return _positive(ctx, title, body, company)


def _all_internal(ctx: _Context, humans: list[Attendee]) -> bool:
    return all(domains.registrable_domain(p.email) in ctx.my_domains for p in humans)


def _tag_decision(ctx: _Context) -> tuple[bool, list[str]] | None:
    if _TAG_NOT.search(ctx.notes):
        return False, ["the user's notes say #not-interview"]
    if _TAG_YES.search(ctx.notes):
        return True, ["the user's notes say #interview"]
    return None


def _positive(
    ctx: _Context, title: str, body: str, company: list[Attendee]
) -> tuple[bool, list[str]]:
    if m := _STRONG.search(title):
        return True, [f"title says {_quote(m)}"]
    reasons: list[str] = []
    ats = [d for d in _ats_domains(ctx) if d not in domains.SCHEDULER_DOMAINS]
    recruiting = _recruiting_organizer(ctx)
    if company:
        reasons.append(f"external participants at {domains.registrable_domain(company[0].email)}")
    if ats:
        reasons.append(f"scheduler/ATS {ats[0]} in the invite")
    if recruiting:
        reasons.append(f"organised by a recruiting calendar ({recruiting})")
    context = bool(company or ats or recruiting)
    stage = _STAGE.search(title)
    if stage and context:
        return True, [f"title says {_quote(stage)}", *reasons]
    if recruiting and company:
        return True, reasons
    hiring = _HIRING.search(f"{title}\n{body}")
    weak = _WEAK.search(title)
    if context and hiring and (weak or ats):
        return True, [f"text mentions {_quote(hiring)}", *reasons]
    if not reasons:
        reasons.append("no interview wording and no company participants")
    elif not hiring:
        reasons.append("nothing about a job in the text")
    return False, ["not an interview: " + reasons[0], *reasons[1:]]


def _recruiting_organizer(ctx: _Context) -> str | None:
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned:
        return None
    label = f"{organizer.name or ''} {_local(organizer.email)}"
    return organizer.name or organizer.email if _RECRUITING_NAME.search(fold(label)) else None


# --------------------------------------------------------------------------- names from text


def _is_name(candidate: str, stop: frozenset[str]) -> bool:
    words = [w.strip(".,'’") for w in candidate.split()]
    words = [
        w for w in words if w.lower().rstrip(".") not in {"dr", "prof", "mr", "mrs", "ms", "mx"}
    ]
    if not 1 <= len(words) <= 4:
        return False
    for word in words:
        if not (word and word[0].isupper()):
            return False
        folded = fold(word)
        if folded in _NOT_NAME_WORDS or folded in stop:
            return False
    return True


def _first_name_in(text: str, stop: frozenset[str]) -> str | None:
    for m in _NAME_RE.finditer(text):
        if _is_name(m.group(0), stop):
            return m.group(0)
    return None


def _itinerary_names(text: str, stop: frozenset[str]) -> list[_Named]:
    found: list[_Named] = []
    for m in _ITINERARY.finditer(text):
        segments = [
            s.strip() for s in _SEGMENT_SPLIT.split(_PARENS.sub("", m["rest"])) if s.strip()
        ]
        named = _named_from_segments(segments, stop)
        if named:
            found.append(named)
    return found


def _named_from_segments(segments: list[str], stop: frozenset[str]) -> _Named | None:
    for index, segment in enumerate(segments):
        head, _, tail = segment.partition(",")
        if not _is_name(head.strip(), stop):
            continue
        others = [s for i, s in enumerate(segments) if i != index]
        session = next((s for s in others if not s.lower().startswith("focus")), None)
        focus = next(
            (s.split(":", 1)[1].strip() for s in others if s.lower().startswith("focus:")), None
        )
        return _Named(
            display_name(head.strip()) or head.strip(), focus or session, tail.strip() or None
        )
    return None


def _listed_names(text: str, stop: frozenset[str]) -> list[_Named]:
    found: list[_Named] = []
    for pattern in (_LIST_LABEL, _WITH):
        for m in pattern.finditer(text):
            for part in _SPLIT_NAMES.split(_PARENS.sub("", m["rest"])):
                name = _first_name_in(part.strip(), stop)
                if name and part.strip().startswith(name.split()[0]):
                    found.append(_Named(display_name(name) or name))
    for m in _names_with_roles(text):
        if _is_name(m["name"], stop) and not _COORDINATOR.search(m["role"]):
            found.append(_Named(display_name(m["name"]) or m["name"], title=m["role"].strip()))
    return found


def _names_with_roles(text: str) -> Iterator[re.Match[str]]:
    """``_NAME_WITH_ROLE.finditer(text)``, trying only capitals just before each "(".

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
            if m := _NAME_WITH_ROLE.match(text, capital.start()):
                break
        if m is None:
            pos = paren + 1
            continue
        yield m
        pos = m.end()


def _named_people(ctx: _Context, company_words: frozenset[str]) -> list[_Named]:
    # words of this event that are no names (besides _NOT_NAME_WORDS, which _is_name reads too)
    stop = company_words | {fold(w) for n in ctx.me_names for w in n.split()}
    text = f"{ctx.my_title}\n{ctx.body}\n{ctx.notes}"
    named = _itinerary_names(ctx.body, stop) + _listed_names(text, stop)
    unique: dict[str, _Named] = {}
    for person in named:
        key = name_key(person.name)
        if key and (key not in unique or (person.session and not unique[key].session)):
            unique[key] = person
    return list(unique.values())


def _coordinator_names(body: str) -> list[str]:
    """Names signed or introduced as coordinators ("Dana Whitfield\\nRecruiting Coordinator")."""
    names = []
    for m in _COORDINATOR.finditer(body):
        window = body[max(0, m.start() - 80) : m.start()]
        found = _NAME_RE.findall(window)
        if found:
            names.append(found[-1])
    return names


# --------------------------------------------------------------------------- interviewers


@lru_cache(maxsize=8192)  # asked again for the same pair: is named? which name? named only?
def _matches(person: Attendee, name: str) -> bool:
    if same_person(person.name, person.email, name):
        return True
    words = name.split()
    if len(words) == 1:  # a first name only: "Kayla" is Kayla Brooks
        first = (clean_name(display_name(person.name)) or "").split()
        local = _local(person.email).split(".")
        return fold(words[0]) in {fold(first[0]) if first else "", local[0]}
    return False


def _interviewers(ctx: _Context, named: list[_Named]) -> list[Person]:
    organizer = ctx.event.organizer
    org_email = (organizer.email or "").lower() if organizer else ""
    coordinators = _coordinator_names(ctx.body)
    candidates = [p for p in _humans(ctx) if p.response != "declined"]
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


def _person(attendee: Attendee, named: list[_Named]) -> Person:
    match = next((n for n in named if _matches(attendee, n.name)), None)
    name = display_name(attendee.name) or (match.name if match else None)
    return Person(
        name=name,
        email=(attendee.email or "").lower() or None,
        session=match.session if match else None,
        title=match.title if match else None,
    )


def _name_only(ctx: _Context, named: list[_Named], people: list[Person]) -> list[Person]:
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


def _user_listed(ctx: _Context) -> list[Person]:
    """``Name <address>`` lines of the user's own text give addresses (trusted)."""
    people = []
    for m in _NAME_ADDRESS.finditer(ctx.notes):
        email = m["email"].lower()
        if email not in ctx.me_addresses:
            people.append(Person(name=display_name(m["name"]), email=email))
    return people


def _with_sessions(people: list[Person], notes: str) -> list[Person]:
    """ "Dana: rate limiter exercise" in the user's notes: what Dana's part was about."""
    out = list(people)
    for m in _NOTE_LINE.finditer(notes):
        name, text = m["name"], m["text"].strip()
        if fold(name) in _NOT_NAME_WORDS or fold(name.split()[0]) in _NOT_NAME_WORDS:
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


def _timetable_by(people: list[Person], notes: str, phrase: str | None) -> str | None:
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


def _merge_people(first: list[Person], second: list[Person]) -> list[Person]:
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


# --------------------------------------------------------------------------- company and position

_ROLE_WORDS = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent(?: acquisition| team)?|talento|interviews?|"
    r"interview scheduling|scheduling|candidate calendar|calendar|careers?|hiring|people(?: team)?|"
    r"hr|team|equipo de|de|coordination|personal|bewerbermanagement)\b",
    re.I,
)
_AT_COMPANY = re.compile(
    _at_word_start("at", "bei", "en", "chez", "role at", "position at")
    + r"\s+(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,3})"
)
_TEAM_OF = _Gated(
    re.compile(
        r"\((?P<name>[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,3})\s+(?:talent|recruiting|hr|people)\b",
        re.I,
    ),
    *("talent", "recruiting", "hr", "people"),  # and "(", which re finds at once (a literal start)
)
_SIGNATURE_COMPANY = _AtLineStart(
    r"(?:[^\n,]*(?:Coordinator|Recruiter|Recruiting|Talent|People|HR)[^\n,]*),\s*(?P<name>[A-Z][^\n,]{1,40})$",
    0,
    *("Coordinator", "Recruit", "Talent", "People", "HR"),
)
# The look ahead names every character a split can start with (the separators' first ones, and
# the spaces before them): other positions are passed over at once.
_TITLE_SPLIT = re.compile(
    r"(?=[\s|–—:</()awx])\s*(?:\||–|—|:|<>|/|\s-\s|\(|\)|\bat\b|\bwith\b|\bx\b)\s*"
)
_LEGAL = re.compile(
    r"[\s,]+(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|bv|nv|plc|pty|corp|corporation|co|company)\.?$",
    re.I,
)
_TIME_WORD = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d+\b", re.I)


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    # cached: the same title words and domain labels are squashed again for every candidate
    if text.isascii() and text.isalnum():  # letters and digits only: nothing to drop or fold
        return text.lower()
    return _NOT_ALNUM.sub("", fold(text))


def _company_domain(ctx: _Context, interviewers: list[Person], agency: str | None) -> str | None:
    """The domain with the most votes: 2 for each interviewer, 1 for each other company human
    and for the organizer; a tie goes to the domain seen first."""
    counted: dict[str, int] = {}
    for person in interviewers:
        reg = domains.registrable_domain(person.email)
        if reg and not domains.is_free_mail(reg) and reg not in ctx.my_domains and reg != agency:
            counted[reg] = counted.get(reg, 0) + 2
    for reg, votes in _participant_votes(ctx, agency).items():  # in the order first seen
        counted[reg] = counted.get(reg, 0) + votes
    if not counted:
        return None
    return max(counted, key=lambda d: counted[d])


def _participant_votes(ctx: _Context, agency: str | None) -> dict[str, int]:
    """The company humans' and the organizer's votes (counted once per event: the domain is
    sought before and after the interviewers are known)."""
    if ctx.votes is None or ctx.votes[0] != agency:
        votes: dict[str, int] = {}
        for human in _company_humans(ctx):
            reg = domains.registrable_domain(human.email)
            if reg and reg != agency:
                votes[reg] = votes.get(reg, 0) + 1
        org_reg = _organizer_domain(ctx)
        if org_reg and org_reg != agency:
            votes[org_reg] = votes.get(org_reg, 0) + 1
        ctx.votes = (agency, votes)
    return ctx.votes[1]


def _organizer_domain(ctx: _Context) -> str | None:
    """The organizer's employer domain, when the organizer is someone else at a company."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or domains.is_calendar_system(organizer.email):
        return None
    reg = domains.registrable_domain(organizer.email)
    if not reg or domains.is_free_mail(reg) or domains.is_ats(reg):
        return None
    return reg


def _agency_domain(ctx: _Context) -> str | None:
    """The recruiting agency's domain when the text says a client is behind it."""
    if not (_AGENCY.search(ctx.folded) or _AGENCY.search(ctx.folded_body)):
        return None
    organizer = ctx.event.organizer
    if organizer and not ctx.user_owned and _is_system(organizer) is None:
        return domains.registrable_domain(organizer.email)
    company = _company_humans(ctx)
    return domains.registrable_domain(company[0].email) if company else None


def _title_segments(ctx: _Context) -> list[str]:
    """The title (the user's names as "me") cut at separators: "Acme | Onsite" -> Acme, Onsite."""
    if ctx.title_segments is None:
        ctx.title_segments = _TITLE_SPLIT.split(ctx.my_title)
    return ctx.title_segments


def _name_candidates(ctx: _Context) -> list[str]:
    if ctx.name_candidates is None:  # asked for each domain the company name is sought for
        ctx.name_candidates = _find_name_candidates(ctx)
    return ctx.name_candidates


def _find_name_candidates(ctx: _Context) -> list[str]:
    segments = [s.strip() for s in _title_segments(ctx) if s and s.strip()]
    found = list(segments)
    organizer = ctx.event.organizer
    if organizer and organizer.name and not ctx.user_owned:
        found.append(_ROLE_WORDS.sub(" ", organizer.name))
    found += [m["name"] for m in _AT_COMPANY.finditer(f"{ctx.body}\n{ctx.notes}")]
    found += [m["name"] for m in _TEAM_OF.finditer(f"{ctx.body}\n{ctx.notes}")]
    found += [m["name"] for m in _SIGNATURE_COMPANY.finditer(ctx.body)]
    return [" ".join(c.split()).strip(" .,-") for c in found if c.strip(" .,-")]


def _company_name(ctx: _Context, company_domain: str | None) -> str | None:
    candidates = _name_candidates(ctx)
    if company_domain:
        label = _squash(company_domain.split(".", 1)[0])
        best = _best_for_label(candidates, label)
        if best is None or (_squash(best) == label and not _continued(candidates, best)):
            # The invite names the company no more fully than its domain does: the name a
            # known company goes by says more ("Cyberdyne" at cyberdyne.com, "Ibm" at ibm.com).
            known = domains.known_company(label)
            if known:
                return known
        return best or domains.company_from_domain(company_domain)
    found = _company_without_domain(ctx, candidates)
    return (domains.known_company(_squash(found)) or found) if found else None


def _continued(candidates: list[str], name: str) -> bool:
    """Does the text go on to name the company more fully: "Cyberdyne Robotics | Phone screen"
    for "Cyberdyne" (a next word that is no interview or job word)?"""
    size = len(name.split())
    head = [_squash(w) for w in name.split()]
    for cand in candidates:
        words = cand.split()
        if len(words) <= size or [_squash(w) for w in words[:size]] != head:
            continue
        following = fold(words[size])
        if (
            words[size][:1].isupper()
            and following not in _NOT_NAME_WORDS
            and not (
                _STRONG.search(following) or _STAGE.search(following) or _WEAK.search(following)
            )
        ):
            return True
    return False


def _best_for_label(candidates: list[str], label: str) -> str | None:
    best: str | None = None
    for cand in candidates:
        words = cand.split()
        if not words:
            continue
        first = _squash(words[0])
        if not label.startswith(first):
            continue  # every prefix below starts with the first word: none can match the label
        # _squash drops the spaces, so a prefix squashes to its words' squashes joined: each word
        # is squashed once (and the same words recur across candidates and events)
        squashed_words = [first] + [_squash(w) for w in words[1:]]
        for n in range(len(words), 0, -1):
            squashed = "".join(squashed_words[:n])
            exact = squashed == label or (len(squashed) >= 4 and label.startswith(squashed))
            extends = n >= 2 and len(first) >= 4 and label.startswith(first)
            if exact or (extends and cand is not candidates[0] and n == len(words) <= 3):
                prefix = " ".join(words[:n])
                if best is None or len(prefix) > len(best):
                    best = prefix
                break
    return best


def _company_without_domain(ctx: _Context, candidates: list[str]) -> str | None:
    organizer = ctx.event.organizer
    if organizer and organizer.name and not ctx.user_owned:
        stripped = " ".join(_ROLE_WORDS.sub(" ", organizer.name).split())
        if stripped and stripped != organizer.name:
            return stripped
    for m in _TEAM_OF.finditer(f"{ctx.body}\n{ctx.notes}"):
        return m["name"]
    for cand in candidates:
        cleaned = " ".join(_TIME_WORD.sub(" ", cand).split())
        if _could_be_company(cleaned):
            return cleaned
    return None


def _could_be_company(text: str) -> bool:
    folded = fold(text)
    if not text or not text[0].isupper() or _JOB_NOUN.search(folded):
        return False
    return not (_STRONG.search(folded) or _STAGE.search(folded) or _WEAK.search(folded))


_POSITION = (
    _Gated(re.compile(r"\b(?:for|about) the (?P<p>[A-Z][\w\-/&,()' ]{2,60}?) (?:role|position|opening|posting|job)\b"),
           " role", " position", " opening", " posting", " job"),
    _Gated(re.compile(r"(?m)^(?:Role|Position|Stelle|Puesto|Job)\s*:\s*(?P<p>[^\n]{2,80})$"),
           "Role", "Position", "Stelle", "Puesto", "Job"),
    _Gated(re.compile(r"\b(?:Interview for|Your virtual onsite for|interest in the|for the role of)\s+(?P<p>[A-Z][^\n.,;(]{2,60})"),
           "Interview for", "Your virtual onsite for", "interest in the", "for the role of"),
    _Gated(re.compile(r"\b(?:re:?|about a|about an)\s+(?P<p>[\w\- ]{3,40}?)\s+(?:role|search|position)\b", re.I),
           "role", "search", "position"),
    _Gated(re.compile(r"\bthe (?P<p>[A-Z][\w\- ]{2,50}?) role\b"), " role"),
)  # fmt: skip
_JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|entwickler\w*|analyst|analista|scientist|designer|manager|architect|"
    r"consultant|specialist|lead|director|biologist|controller|administrator|intern|associate)\b",
    re.I,
)


def _position(ctx: _Context) -> str | None:
    text = f"{ctx.body}\n{ctx.notes}\n{ctx.event_name}"
    for pattern in _POSITION:
        m = pattern.search(text)
        if m and _JOB_NOUN.search(m["p"]):
            return _title_case(m["p"].strip(" .,"))
    for segment in _title_segments(ctx):
        segment = segment.strip()
        if segment and _JOB_NOUN.search(segment) and len(segment.split()) <= 6:
            return segment
    return None


def _title_case(text: str) -> str:
    return (
        text if any(c.isupper() for c in text) else " ".join(w.capitalize() for w in text.split())
    )


# --------------------------------------------------------------------------- entry point


#: More attendees than this make a meeting, not an interview: a stranger's invite to thousands
#: must not become thousands of thank-you drafts (``followup mark`` still wins).
MAX_ATTENDEES = 30


def detect(event: Event, me: Me, notes: str = "") -> Detection:
    """Decide whether ``event`` is an interview of the user as candidate, and extract its facts."""
    ctx = _context(event, me, notes)
    is_interview, reasons = _decide(ctx)
    if is_interview and len(event.attendees) > MAX_ATTENDEES:
        is_interview = False
        reasons = [f"{len(event.attendees)} attendees: too many for an interview", *reasons]
    organizer = _organizer(ctx)
    ats = _ats_domains(ctx)
    if not is_interview:
        return Detection(
            False, tuple(reasons), organizer=organizer, ats_domains=ats, user_notes=ctx.notes
        )
    # Only an interview has a timetable worth parsing: most events stop above.
    timeline = parse_timeline(f"{ctx.title}\n{ctx.body}\n{notes}", _last_instant(event), event.tz)
    agency_domain = _agency_domain(ctx)
    provisional = _company_domain(ctx, [], agency_domain)
    provisional_name = _company_name(ctx, provisional)
    company_words = frozenset(fold(w) for w in (provisional_name or "").split())
    named = _named_people(ctx, company_words)
    interviewers = _with_sessions(
        _merge_people(_interviewers(ctx, named), _user_listed(ctx)), ctx.notes
    )
    company_domain = _company_domain(ctx, interviewers, agency_domain)
    agency_name = _company_name(ctx, agency_domain) if agency_domain else None
    if agency_domain and not company_domain:
        company = None
    elif company_domain == provisional:
        company = provisional_name
    else:
        company = _company_name(ctx, company_domain)
    return Detection(
        is_interview=True,
        reasons=tuple(reasons),
        company=company,
        company_domain=company_domain,
        position=_position(ctx),
        interviewers=tuple(interviewers),
        organizer=organizer,
        timeline_text=timeline.phrase if timeline else None,
        answer_date=timeline.answer_date if timeline else None,
        timetable_by=_timetable_by(interviewers, ctx.notes, timeline.phrase if timeline else None),
        user_notes=ctx.notes,
        agency=agency_name,
        ats_domains=ats,
    )


def _last_instant(event: Event) -> datetime:
    # An all-day event's end is exclusive midnight: its last day is the day before.
    return event.end_at - timedelta(microseconds=1) if event.all_day else event.end_at


def local_end_date(event: Event) -> date:
    """D: the local calendar date on which the interview ended, in the event's own zone."""
    end = _last_instant(event)
    try:
        return end.astimezone(ZoneInfo(event.tz)).date()
    except (KeyError, ValueError):
        return end.date()


def _organizer(ctx: _Context) -> Person | None:
    organizer = ctx.event.organizer
    if organizer is None or _is_me(ctx, organizer):
        return None
    return Person(name=display_name(organizer.name), email=(organizer.email or "").lower() or None)

"""An event as detection reads it: its text cleaned, its participants, the user's own words.

``read_invite`` builds one ``Invite`` per event; the rules in ``detect``, ``people`` and
``company`` read it and remember on it what several of them ask for. Titles and descriptions of
events organised by others are evidence only; the user's own text (the description of an event
they organised or a personal event, and the notes kept with ``followup note``) is trusted.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from agent import domains
from agent.lexicon import MYSELF
from agent.model import Attendee, Event, Me
from agent.textscan import Block, Gated, fold, lazy

# --------------------------------------------------------------------------- cleaning the text

_HTML_TAG = lazy(r"<\s*(?:br|p|div|li|ul|ol|span|a|b|i|strong|em|html|body|table|tr|td)\b", re.I)
_HTML_BREAK = lazy(r"<\s*(?:br\s*/?|/p|/div|/li|/tr|/h\d)\s*>", re.I)
_HTML_CELL = lazy(r"<\s*/t[dh]\s*>", re.I)  # table cells: "09:30 | Coding | Dana Whitfield"
_ANY_TAG = lazy(r"<[^>]{0,500}>")
# Conferencing blocks carry hosts, numbers and PINs that are nobody's interview evidence.
_MEET_MARK = lazy(r"-::~[:~]*::-")
CONFERENCE_BLOCKS = (
    Block(_MEET_MARK, _MEET_MARK, "-::~"),
    # "_{10,}" spelt as ten literal "_" then "_*": a literal start is found by a fast search
    Block(
        lazy(r"__________" r"_*\s*\n\s*Microsoft Teams", re.I),
        lazy(r"__________" r"_*"),
        "microsoft teams",
    ),
    Block(
        lazy(
            r"^[^\n]*is inviting you to a scheduled Zoom meeting\.?|^Join Zoom Meeting", re.M | re.I
        ),
        lazy(r"^Find your local number:[^\n]*", re.M | re.I),
        "zoom meeting",
    ),
    Block(
        lazy(r"^Join with Google Meet:", re.M),
        lazy(r"Please do not edit this section\.?"),
        "Join with Google Meet:",
    ),
    Block(  # its links end it: the answers and notes written after them are kept
        lazy(r"^Need to make changes to this event\?", re.M),
        lazy(r"^Reschedule:[^\n]*(?:\s*Powered by Calendly\.com)?|Powered by Calendly\.com", re.M),
        "Need to make changes to this event?",
    ),
    Block(lazy(r"^Join (?:Webex|the) meeting:?", re.M), lazy(r"\n\s*\n"), "Join "),
    Block(
        lazy(r"^When it's time, join the Webex meeting here\.?", re.M),
        lazy(r"^Need help\? Go to https?://help\.webex\.com[^\n]*", re.M),
        "When it's time, join the Webex meeting",
    ),
)
_URL_HOST = lazy(r"https?://([^/\s<>\"')?#]+)", re.I)


def url_hosts(text: str) -> list[str]:
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


def plain(description: str, is_html: bool) -> str:
    """The description as text: tags dropped, entities read, conferencing blocks cut out."""
    text = _untagged(description, is_html)
    for block in CONFERENCE_BLOCKS:
        text = block.sub("\n", text)
    return text.strip()


def _untagged(description: str, is_html: bool) -> str:
    text = description or ""
    if is_html or ("<" in text and _HTML_TAG.search(text)):
        text = _ANY_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_CELL.sub(" | ", text)))
        text = html.unescape(text)
    return text


def conference_text(description: str, is_html: bool) -> str:
    """The conferencing blocks ``plain`` cuts out, one after the other: an organisation sets
    its own footer in them (its name, a disclaimer), and a meeting service writes the account
    that invites ("Acme Freight is inviting you to a scheduled Zoom meeting")."""
    text = _untagged(description, is_html)
    found: list[str] = []
    for block in CONFERENCE_BLOCKS:
        if not block.gate.possible(text):
            continue
        pos = 0
        while opening := block.opening.search(text, pos):
            closing = block.closing.search(text, opening.end())
            pos = closing.end() if closing else len(text)
            found.append(text[opening.start() : pos])
    return "\n".join(found)


# --------------------------------------------------------------------------- the invite


@dataclass(slots=True)
class Invite:
    event: Event
    me_addresses: frozenset[str]
    me_names: tuple[str, ...]
    my_domains: frozenset[str]
    user_owned: bool
    title: str
    body: str  # description without conferencing blocks (others' text unless user_owned)
    notes: str  # the user's own text: their description (own events) and `followup note`
    my_title: str = ""  # the title, the user's names as ``MYSELF``
    event_name: str = ""  # a booking page's event name, from the body
    folded: str = ""  # title and booking-page event name, folded, the user's names as MYSELF
    folded_body: str = ""  # body folded, the user's names as ``MYSELF``
    people: list[Attendee] = field(default_factory=list)
    humans: list[Attendee] | None = None  # computed once by people.humans
    company_humans: list[Attendee] | None = None  # computed once by people.company_humans
    ats: tuple[str, ...] | None = None  # computed once by ats_domains
    title_segments: list[str] | None = None  # computed once by company.title_segments
    name_candidates: list[str] | None = None  # computed once by company._name_candidates
    sources: list[tuple[str, int]] | None = None  # computed once by company._sources
    client: tuple[str | None] | None = None  # computed once by company.client_name
    clients: list[str] | None = None  # computed once by company._clients
    agency_said: bool | None = None  # computed once by company.agency_said
    votes: tuple[str | None, dict[str, int]] | None = None  # by company, per agency
    reasons: list[str] = field(default_factory=list)


def read_invite(event: Event, me: Me, notes: str) -> Invite:
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
    body = plain(event.description, event.html_description)
    # the user's own description and notes, those not blank, one per line
    own = body if user_owned and body and not body.isspace() else ""
    has_notes = notes and not notes.isspace()
    own_text = (f"{own}\n{notes}" if own else notes) if has_notes else own
    ctx = Invite(
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
    if ctx.event_name or _broken(ctx.me_names):
        titled = _without_my_names(ctx, f"{ctx.title}\n{ctx.event_name}")
    else:  # the same text: no name can be found across the line break or in an empty line
        titled = ctx.my_title + "\n"
    ctx.folded = fold(titled)
    ctx.folded_body = fold(_without_my_names(ctx, body))
    return ctx


def _broken(names: tuple[str, ...]) -> bool:
    """Does one of the names hold a line break?"""
    for name in names:  # noqa: SIM110 (a plain loop, not any() over a generator)
        if "\n" in name:
            return True
    return False


def _participants(event: Event) -> list[Attendee]:
    """The attendees, and the organizer when no attendee has its address."""
    people = list(event.attendees)
    organizer = event.organizer
    if organizer:
        address = (organizer.email or "").lower()
        for p in people:  # the organizer is most often listed, and first
            if p.email and p.email.lower() == address:
                break
        else:
            people.append(organizer)
    return people


_last_me: tuple[Me | None, frozenset[str]] = (None, frozenset())


def _my_addresses(me: Me) -> frozenset[str]:
    """``me.addresses``, remembered for the last user (the same for a whole calendar; hashing
    and comparing a ``Me`` runs in Python)."""
    global _last_me
    if _last_me[0] is not me:
        _last_me = (me, me.addresses)
    return _last_me[1]


@lru_cache(maxsize=64)
def _employer_domains(addresses: frozenset[str]) -> frozenset[str]:
    """The registrable domains of the user's addresses that are no free mail (their employers)."""
    found = {domains.registrable_domain(a) for a in addresses}
    return frozenset(d for d in found if d and not domains.is_free_mail(d))


def clear_caches() -> None:
    global _last_me
    _last_me = (None, frozenset())
    _employer_domains.cache_clear()


def _without_my_names(ctx: Invite, text: str) -> str:
    """``text`` with each of the user's names as ``MYSELF``, a token no one writes: the word
    "me" in others' text is its writer ("Panel: Dana, Sam and me" from a recruiter)."""
    low = text.lower()
    for name in ctx.me_names:
        if name.lower() in low:
            text = _my_name_pattern(name).sub(MYSELF, text)
            low = text.lower()
    return text


@lru_cache(maxsize=64)
def _my_name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.I)


_EVENT_NAME = Gated(lazy(r"(?m)^Event (?:Name|Type):\s*(.+)$"), "Event ")


#: A booking page's link names its event type in its last part ("calendly.com/dana/career-
#: coaching", "cal.com/dana/mock-interview-60min").
_BOOKING_SLUG = Gated(
    lazy(
        r"https?://(?:www\.)?(?:calendly\.com|cal\.com|savvycal\.com|tidycal\.com|zcal\.co)/"
        r"[\w.-]+/(?P<slug>[a-z][\w-]{2,60})",
        re.I,
    ),
    *("calendly.com/", "cal.com/", "savvycal.com/", "tidycal.com/", "zcal.co/"),
)


def _event_name(body: str) -> str:
    """A booking page's event name ("Event Name: 30 Minute Recruiter Chat") acts as a title;
    with none, the event type its link names ("calendly.com/dana/career-coaching")."""
    m = _EVENT_NAME.search(body)
    if m:
        return m.group(1)
    link = _BOOKING_SLUG.search(body) if "://" in body else None  # a link holds "://"
    return " ".join(re.split(r"[-_]+", link["slug"])) if link else ""


# --------------------------------------------------------------------------- who is who


def is_me(ctx: Invite, person: Attendee | None) -> bool:
    if person is None:
        return False
    return person.is_self or (person.email or "").lower() in ctx.me_addresses


def local_part(address: str | None) -> str:
    return (address or "").split("@", 1)[0].lower()


def ats_domains(ctx: Invite) -> tuple[str, ...]:
    """The scheduler and ATS domains of the participants, the description's links and the
    location, each once, in the order first seen."""
    if ctx.ats is None:
        found: list[str] = []
        addresses = [p.email for p in ctx.people] + url_hosts(ctx.event.description or "")
        addresses.append(ctx.event.location or "")
        for host in addresses:
            reg = domains.ats_domain(host)
            if reg and reg not in found:
                found.append(reg)
        ctx.ats = tuple(found)
    return ctx.ats

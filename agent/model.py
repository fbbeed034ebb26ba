"""The domain of followup: calendar events, people, interviews, processes and follow-ups.

Pure values only: nothing here reads a clock, a file or the network. Instants end in ``_at`` and
are timezone-aware; local calendar dates are ``datetime.date``; durations are ``timedelta``.
"""

from __future__ import annotations

import hashlib
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from agent.policy import Policy as Policy  # the policy table, where its numbers live


class Kind(StrEnum):
    REMINDER = "reminder"  # the morning of an interview; replaced by the digest, kept for old rows
    THANK_YOU = "thank_you"
    STATUS_CHECK = "status_check"
    CHECK_IN = "check_in"
    DIGEST = "digest"  # the morning digest, to the user only: one a day (``agent.digest``)


#: The kinds a template set is written for, one process's follow-ups each (``agent.compose``).
PROCESS_KINDS = (Kind.REMINDER, Kind.THANK_YOU, Kind.STATUS_CHECK, Kind.CHECK_IN)


class FollowUpState(StrEnum):
    PLANNED = "planned"
    CREATING = "creating"
    DRAFTED = "drafted"
    SENT = "sent"
    DISMISSED = "dismissed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"
    FAILED = "failed"


#: States in which a draft exists (or may exist) in the sink and is owned by the user now.
HAS_DRAFT = frozenset({FollowUpState.DRAFTED, FollowUpState.SENT, FollowUpState.DISMISSED})
#: States that end a follow-up for good: the planner never brings these back to life.
FINAL = frozenset(
    {
        FollowUpState.SENT,
        FollowUpState.DISMISSED,
        FollowUpState.CANCELLED,
        FollowUpState.EXPIRED,
        FollowUpState.SUPERSEDED,
    }
)


class ProcessState(StrEnum):
    WAITING = "waiting"
    REPLIED = "replied"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


OUTCOMES = frozenset({ProcessState.OFFER, ProcessState.REJECTED, ProcessState.WITHDRAWN})


class Problem(StrEnum):
    NEEDS_ADDRESS = "needs_address"
    NEEDS_ARTICLE = "needs_article"
    STALE_DRAFT = "stale_draft"


# --------------------------------------------------------------------------- calendar events


@dataclass(frozen=True, slots=True)
class Attendee:
    """A participant as the calendar lists it (organizer or attendee)."""

    email: str | None
    name: str | None = None
    response: str = "needsAction"  # accepted | declined | tentative | needsAction
    resource: bool = False  # a room or other resource (CUTYPE=RESOURCE/ROOM, Google "resource")
    optional: bool = False
    is_self: bool = False  # the calendar says this is the calendar's owner
    group: bool = False  # CUTYPE=GROUP: a mailing list, never a person

    def __post_init__(self) -> None:
        if self.name and not _one_line(self.name):
            object.__setattr__(self, "name", " ".join(self.name.split()))


@dataclass(frozen=True, slots=True)
class Event:
    """One calendar event occurrence, in a calendar-neutral shape.

    ``start_at``/``end_at`` are aware; for floating and all-day events the source has already
    placed them in the user's zone. ``tz`` is the IANA zone in which local dates are counted.
    """

    uid: str
    start_at: datetime
    end_at: datetime
    tz: str
    summary: str = ""
    description: str = ""
    location: str = ""
    recurrence_id: str | None = None  # ISO text of the occurrence's original start
    all_day: bool = False
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    status: str = "confirmed"  # confirmed | tentative | cancelled
    calendar: str = ""  # which configured calendar it came from
    sequence: int = 0
    html_description: bool = False

    def __post_init__(self) -> None:
        # A title is one line wherever it is shown (status, explain, the digest, a subject): a
        # line break in it, as an escaped "\n" in a calendar file makes, would start a line
        # that looks like followup's own.
        if not _one_line(self.summary):
            object.__setattr__(self, "summary", " ".join(self.summary.split()))

    @property
    def key(self) -> str:
        """The event's identity: its UID, plus RECURRENCE-ID for one occurrence of a series."""
        return event_key(self.uid, self.recurrence_id)

    @property
    def cancelled(self) -> bool:
        return self.status.lower() == "cancelled"


def _one_line(text: str) -> bool:
    """Whether ``text`` holds no line break (nor any other control or separator)."""
    return text.isprintable() or not any(ch in text for ch in _BREAKS)


#: What ends a line for a terminal, ``str.splitlines`` or a reader: controls and separators.
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def event_key(uid: str, recurrence_id: str | None) -> str:
    return f"{uid}|{recurrence_id}" if recurrence_id else uid


# --------------------------------------------------------------------------- the user


@dataclass(frozen=True)
class Me:
    name: str
    email: str
    aliases: tuple[str, ...] = ()
    timezone: str = "UTC"
    country: str | None = None  # ISO 3166 code: whose public holidays are not working days
    subdivision: str | None = None  # a state or region of it, when its holidays differ

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset(a.lower() for a in (self.email, *self.aliases))

    def is_me(self, address: str | None) -> bool:
        return bool(address) and address.lower() in self.addresses  # type: ignore[union-attr]


# --------------------------------------------------------------------------- detection

_Frozen = TypeVar("_Frozen")


def _built_slot_by_slot(cls: type[_Frozen]) -> type[_Frozen]:
    """A frozen slots dataclass whose ``__init__`` sets each slot through its own descriptor:
    the generated one calls ``object.__setattr__`` by name for every field, which costs more
    than the rest of building one (detection builds a ``Detection`` and a few ``Person`` for
    every event, at 10,000 events/s: DESIGN.md). The same signature, defaults and frozen
    instances; fields with a default factory or ``__post_init__`` are not built so."""
    assert "__post_init__" not in vars(cls), cls
    names: list[str] = []
    params: list[str] = []
    scope: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]  # (a dataclass, as the caller knows)
        assert f.default_factory is MISSING and f.init, f.name
        names.append(f.name)
        scope[f"_set_{f.name}"] = vars(cls)[f.name].__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"\n    _set_{n}(self, {n})" for n in names)
    exec(f"def __init__(self, {', '.join(params)}):{body}", scope)  # noqa: S102 (own code)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 (mypy reads the dataclass's own signature)
    return cls


@_built_slot_by_slot
@dataclass(frozen=True, slots=True)
class Person:
    """Someone met in an interview. ``email`` is None when known only by name."""

    name: str | None
    email: str | None
    session: str | None = None  # what their part was about (itinerary or the user's notes)
    title: str | None = None  # their job title when the invite says it

    @property
    def label(self) -> str:
        return self.name or self.email or "?"


@_built_slot_by_slot
@dataclass(frozen=True, slots=True)
class Detection:
    """What detection decided about one event, and why. Pure output of ``detect``."""

    is_interview: bool
    reasons: tuple[str, ...]
    company: str | None = None
    company_domain: str | None = None  # registrable domain of the company's human participants
    position: str | None = None
    interviewers: tuple[Person, ...] = ()
    organizer: Person | None = None
    timeline_text: str | None = None  # the sentence that stated the timetable
    answer_date: date | None = None  # the date the company said it would answer
    timetable_by: str | None = None  # who stated it, when the notes say: address, else name
    user_notes: str = ""  # text the user wrote (own events): topics, per-person lines
    agency: str | None = None  # the recruiting agency, when the company is its client
    ats_domains: tuple[str, ...] = ()  # scheduler / ATS domains seen in the invite
    recruiter: Person | None = None  # who organises for the company (recruiter, coordinator)
    unsure: bool = False  # mixed evidence: not treated as an interview until the user marks it


# --------------------------------------------------------------------------- follow-ups


KEY_VERSION = "v1"


@dataclass(frozen=True, order=True)
class FollowUpKey:
    """(process, round, kind, person, ordinal): the identity of one follow-up.

    The serialisation is versioned and frozen: ``v1|p3|<event key>|thank_you|<person>|0``.
    ``round`` is the event key of the interview; a status check and its check-ins belong to
    the process's latest round. ``person`` is the stable person id, or "" for the contact-less
    kinds that go to whoever the contact is.
    """

    process: str
    round: str
    kind: Kind
    person: str = ""
    ordinal: int = 0

    def serialise(self) -> str:
        parts = (
            KEY_VERSION,
            self.process,
            self.round,
            str(self.kind),
            self.person,
            str(self.ordinal),
        )
        return "|".join(p.replace("|", "\\|") for p in parts)

    @property
    def marker(self) -> str:
        """The opaque ``X-Followup-Key`` value: a hash of the serialised key."""
        return hashlib.sha256(self.serialise().encode()).hexdigest()[:32]

    @classmethod
    def parse(cls, text: str) -> FollowUpKey:
        parts: list[str] = []
        current = ""
        escaped = False
        for ch in text:
            if escaped:
                current += ch
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == "|":
                parts.append(current)
                current = ""
            else:
                current += ch
        parts.append(current)
        if len(parts) != 6 or parts[0] != KEY_VERSION:
            raise ValueError(f"not a {KEY_VERSION} follow-up key: {text!r}")
        _, process, round_, kind, person, ordinal = parts
        return cls(process, round_, Kind(kind), person, int(ordinal))


@dataclass
class FollowUp:
    """The stored record of one follow-up (its journal row)."""

    key: FollowUpKey
    id: str  # short id "f12"
    state: FollowUpState
    due_at: datetime
    to: tuple[str, ...] = ()  # recipient addresses when known
    person_name: str | None = None
    draft_id: str | None = None  # the sink's id of the draft
    message_id: str | None = None  # Message-ID of the draft, then of the sent message
    subject: str | None = None
    thread_id: str | None = None
    problem: str | None = None
    created_at: datetime | None = None  # when the journal entry was written `creating`
    drafted_at: datetime | None = None
    sent_at: datetime | None = None
    reason: str | None = None  # why the state is what it is, for status / explain
    attempts: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> Kind:
        return self.key.kind

    @property
    def marker(self) -> str:
        """The ``X-Followup-Key`` of this follow-up's draft: its key's hash, or - for a follow-up
        whose process merged into an older one - the hash its draft was written with."""
        return self.extra.get("marker") or self.key.marker


# --------------------------------------------------------------------------- policy and articles


@dataclass(frozen=True)
class Article:
    """Something worth sharing in a check-in, from config ``articles``."""

    title: str
    url: str
    tags: tuple[str, ...] = ()

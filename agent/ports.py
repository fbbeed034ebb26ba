"""The ports followup's engine talks through: calendar source, drafts sink, mailbox watcher.

Each port is a small Protocol plus the values that cross it. Every port has an in-memory
implementation in the package (``agent.sources.memory``, ``agent.sinks.memory``,
``agent.mailbox``) and one contract test suite (``tests/contract``) that the in-memory and the
real implementations pass. The state store is ``agent.state.State``, in memory with ``":memory:"``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from agent.model import Article, Event, FollowUpKey

# --------------------------------------------------------------------------- calendar source


@dataclass(frozen=True)
class Window:
    """The span of time a calendar is read over (recurrences are expanded within it)."""

    start_at: datetime
    end_at: datetime

    def contains(self, instant: datetime) -> bool:
        return self.start_at <= instant < self.end_at


#: Calendar text past these lengths is not read: a stranger's invite with a 5 MB description
#: must not stall detection or fill the state. Sources cut titles and descriptions to them.
MAX_TITLE = 1_000
MAX_DESCRIPTION = 32 * 1024


def clipped(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters."""
    return text if len(text) <= limit else text[:limit]


@dataclass(frozen=True)
class EventError:
    """An event that could not be read; reported, never silently dropped."""

    calendar: str
    uid: str | None
    message: str


@dataclass(frozen=True)
class SyncBatch:
    """What one ``fetch`` returns.

    ``complete`` means ``events`` is every event of the calendar within ``window``: an event
    stored earlier whose time lies inside ``window`` and is missing here has disappeared (a
    cancellation). An incremental or partial result sets ``complete=False`` and lists explicit
    removals in ``removed`` (event keys). ``changed=False`` means nothing changed since
    ``cursor`` and ``events`` is empty: the engine skips re-processing.
    """

    events: tuple[Event, ...]
    cursor: str | None
    window: Window
    complete: bool = True
    changed: bool = True
    removed: tuple[str, ...] = ()
    errors: tuple[EventError, ...] = ()


class CalendarSource(Protocol):
    """One configured calendar (an ICS file or URL, a Google calendar...)."""

    @property
    def name(self) -> str:
        """A stable identifier of this calendar, used for its cursor and on its events."""
        ...

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        """Events since ``cursor`` (None: everything in ``window``).

        Raises ``agent.errors.SourceError`` when the calendar cannot be read at all.
        """
        ...


# --------------------------------------------------------------------------- drafts sink


@dataclass(frozen=True)
class Draft:
    """A composed draft, ready for any sink. Header values are already free of CR/LF."""

    #: followup's own name for the follow-up: kept in the state and the sink's record, never
    #: in the message (earlier versions wrote it as an ``X-Followup-Key`` header).
    marker: str
    message_id: str  # "<...@domain>"
    from_name: str
    from_addr: str
    to: tuple[tuple[str | None, str], ...]  # (display name, address); empty when unknown
    subject: str
    text: str
    html: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str | None = None  # a backend's own thread id (Gmail), when replying
    date_at: datetime | None = None
    recognition: str = ""  # the follow-up's plain digest, for the sink's record only


@dataclass(frozen=True)
class DraftStatus:
    """What the sink knows about a draft it created.

    ``state`` is "present" (still a draft), "sent" (the user sent it: ``message_id`` is the
    sent message's real Message-ID, ``sent_at`` when), or "gone" (deleted: dismissed).
    """

    state: str
    draft_id: str | None = None
    message_id: str | None = None
    sent_at: datetime | None = None
    thread_id: str | None = None


@dataclass(frozen=True)
class SentMessage:
    """A message the user sent (from the sink's view of sent mail)."""

    message_id: str | None
    to: tuple[str, ...]
    subject: str
    sent_at: datetime | None
    marker: str | None = None
    thread_id: str | None = None
    ours: bool = False  # the sink knows it as the copy of a draft it wrote


@dataclass(frozen=True)
class Recognition:
    """What identifies one follow-up's draft wherever it is (``agent.recognition``): among the
    drafts, in sent mail, or in the sink's record of what it wrote."""

    digest: str  # the plain digest of the follow-up's identity: what the sink's record keeps
    message_ids: tuple[str, ...]  # this version's keyed Message-ID first, then others known
    markers: tuple[str, ...] = ()  # X-Followup-Key values of drafts of earlier versions
    key: FollowUpKey | None = None  # for markers given under another process id
    to: tuple[str, ...] = ()  # fingerprint: the recipients (lower case)...
    subject: str = ""  # ...the subject...
    thread_id: str | None = None  # ...and the thread, when known
    not_before: datetime | None = None  # a copy from before this is another follow-up's
    #: Whether a Message-ID is one followup gave some draft: such a message is recognised by
    #: that Message-ID alone, never by fingerprint as another follow-up's draft.
    claimed: Callable[[str | None], bool] = field(default=lambda message_id: False, compare=False)


@dataclass(frozen=True)
class Recognised:
    """Where a follow-up's draft was found: ``state`` "present" (among the drafts, as
    ``draft_id``), "sent" (``message_id``, ``sent_at``, ``thread_id`` of the sent copy),
    "deleted" (the sink's record has it, the drafts and sent mail do not) or "none"."""

    state: str
    draft_id: str | None = None
    message_id: str | None = None
    sent_at: datetime | None = None
    thread_id: str | None = None
    how: str = ""  # what it was recognised by: "message-id", "marker", "record", "fingerprint"


NOT_FOUND = Recognised("none")


class DraftsSink(Protocol):
    """Where drafts go (a Maildir, Gmail drafts...). It never sends.

    A sink looks at its folders once per pass (``refresh`` starts a pass): every question of
    the pass is answered from that look and the drafts the sink wrote since, so a pass costs the
    same whatever the number of drafts present.
    """

    def create(self, draft: Draft) -> str:
        """Store the draft; return the sink's id for it. Raises ``SinkError``."""
        ...

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        """Is the draft still there, sent, or gone?"""
        ...

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        """Mail the user sent at or after ``since_at`` (empty when the sink cannot tell)."""
        ...

    def refresh(self) -> None:
        """A new pass: what the folders hold is looked at again on the next question."""
        ...

    def recognise(self, wanted: Recognition) -> Recognised:
        """Whether the follow-up's draft exists: among the drafts, in sent mail (matched by
        Message-ID or marker, else by fingerprint no earlier than ``wanted.not_before``), or only
        in the sink's record of what it wrote (the user deleted it)."""
        ...

    def keeps_record(self) -> bool:
        """Whether a record of the drafts this sink wrote exists, one that outlives the state
        (the Maildir journal, Gmail's record file): without it a deleted draft is not known."""
        ...


# --------------------------------------------------------------------------- mailbox watcher


@dataclass(frozen=True)
class IncomingMessage:
    """A message that reached the user, for the reply classifier."""

    id: str
    from_addr: str
    subject: str
    received_at: datetime
    from_name: str | None = None
    to: tuple[str, ...] = ()
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    thread_id: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None


@dataclass(frozen=True)
class MailBatch:
    messages: tuple[IncomingMessage, ...]
    cursor: str | None


class ArticleSource(Protocol):
    """Articles to share in check-ins from outside the config (RSS / Atom feeds). A feed that
    cannot be read is left out: it never stops a draft."""

    def articles(self) -> tuple[Article, ...]: ...


class MailboxWatcher(Protocol):
    """Messages received since a cursor (local mode has none: replies come from the CLI)."""

    def changes(self, cursor: str | None, since_at: datetime) -> MailBatch:
        """Messages after ``cursor``; with no cursor, those received at or after ``since_at``."""
        ...

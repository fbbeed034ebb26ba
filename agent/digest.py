"""The morning digest and the 48-hour watch: what needs the user today.

One draft to the user only, on any day something needs them, at ``policy.reminder.at`` (08:00)
in ``me.timezone`` or at the first pass after it: the interviews of the day (ask about next
steps and their timetable, get everyone's address), the thank-yous still unsent a day after an
interview ("send it by ..."; past the 48-hour deadline "overdue"), and the lines other rules add.
At most one a day: it is a follow-up like the others, keyed by its day (``digest_key``), so the
journal that makes drafting crash-safe makes it idempotent too. It replaces the reminder drafted
on the morning of each interview (DESIGN.md); ``policy.reminder.enabled`` and ``.at`` now set the
digest. The same items are ``status``'s conditions and lines of the daemon's log.

Each item has a stable condition name (``status --json``'s ``conditions[].kind``):

- ``interview_today``: an interview later today;
- ``thank_you_unsent``: a thank-you still unsent ``policy.thank_you.unsent_after`` (24 h) after
  its interview, with the time it is due by (``policy.thank_you.deadline``, 48 h);
- ``thank_you_overdue``: its draft still unsent after that deadline, until sent or deleted;
- ``event_missing``, ``drafts_held``, ``drafts_skipped``: the conditions ``agent.views``
  derives from the holds (``agent.holds``): an interview missing from its calendar, drafts held
  back or skipped and how to release them;
- ``unsure_events``: an event detection could not decide (``agent.views.unsure_json``), one line
  each, with the ``followup mark`` commands that decide it;
- ``cards_to_write``: the handwritten cards of an interview (``agent.views.cards_to_write``),
  listed once, in the digest of the morning after it ended; ``status`` lists them with their
  process for ``policy.cards.listed``.

Adding a line: write a contributor, a function ``(DigestData) -> Iterable[Item]`` with its own
condition name, and add it to ``CONTRIBUTORS``; when it needs data that ``DigestData`` lacks,
add a field and fill it in ``agent.store.digest_data``. The digest's templates list any
condition under a heading of its own (``templates/digest.txt.j2``).

Pure: the content is decided here from data and ``now``; the engine drafts it, ``status`` and
the daemon show it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent import holds
from agent.changes import instant_text
from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind
from agent.plan import Participant, Round, local_date
from agent.policy import Policy
from agent.views import UNSURE, ProcessView, cards_to_write, held_conditions, process_json

S = FollowUpState

INTERVIEW_TODAY = "interview_today"
THANK_YOU_UNSENT = "thank_you_unsent"
THANK_YOU_OVERDUE = "thank_you_overdue"
#: Conditions ``agent.views`` names (``held_conditions``, ``unsure_condition``).
EVENT_MISSING = "event_missing"
DRAFTS_HELD = "drafts_held"
DRAFTS_SKIPPED = "drafts_skipped"
UNSURE_EVENTS = UNSURE
CARDS_TO_WRITE = "cards_to_write"
#: The conditions ``views.status_json`` adds itself (the cards with their process): ``status``
#: does not list them twice.
SHOWN_BY_VIEWS = frozenset(
    {EVENT_MISSING, DRAFTS_HELD, DRAFTS_SKIPPED, UNSURE_EVENTS, CARDS_TO_WRITE}
)

#: A thank-you in one of these states has not been sent (nor deleted, nor given up).
_UNSENT = (S.PLANNED, S.FAILED, S.CREATING, S.DRAFTED)


@dataclass(frozen=True)
class Item:
    """One line of the digest, of ``status`` and of the daemon's log."""

    condition: str  # a stable name
    message: str  # one line, for the user
    ref: str | None = None  # what it is about: f12, i7, e41
    process: str | None = None
    due_at: datetime | None = None  # when it is due by, if it is

    def as_condition(self) -> dict[str, Any]:
        """As ``status --json`` lists it among its conditions."""
        return {
            "kind": self.condition,
            "message": self.message,
            "id": self.ref,
            "process": self.process,
            "due_at": self.due_at.isoformat() if self.due_at else None,
        }


@dataclass(frozen=True)
class TodayInterview:
    """An interview later today, with what the digest says about it."""

    interview_id: str
    process: str
    title: str
    company: str | None
    position: str | None
    start_at: datetime
    end_at: datetime
    tz: str  # the interview's own zone
    interviewers: tuple[Participant, ...]


@dataclass(frozen=True)
class DigestData:
    """What the digest is decided from: every process as planned, their follow-ups as recorded
    (by process), the instant and the user's zone."""

    views: Sequence[ProcessView]
    followups: Mapping[str, Sequence[FollowUp]]
    now: datetime
    policy: Policy
    tz: str
    unsure: Sequence[dict[str, Any]] = ()  # the events left unsure (views.unsure_json)


@dataclass(frozen=True)
class Digest:
    day: date
    interviews: tuple[TodayInterview, ...]
    items: tuple[Item, ...]  # every line, the interviews' included


Contributor = Callable[[DigestData], Iterable[Item]]


# --------------------------------------------------------------------------- the digest


def digest(data: DigestData) -> Digest:
    """What needs the user as of ``data.now``."""
    items = tuple(item for contributor in CONTRIBUTORS for item in contributor(data))
    return Digest(today(data.now, data.tz), tuple(interviews_today(data)), items)


def today(now: datetime, tz: str) -> date:
    return local_date(now, tz)


def digest_key(day: date) -> FollowUpKey:
    """The follow-up key of the digest of ``day``: one a day, whatever happens."""
    return FollowUpKey("", day.isoformat(), Kind.DIGEST)


def due_at(day: date, policy: Policy, tz: str) -> datetime:
    """When the digest of ``day`` falls due: ``policy.reminder.at`` in the user's zone."""
    return datetime.combine(day, policy.reminder_at, ZoneInfo(tz))


def to_draft(
    found: Digest, existing: FollowUp | None, now: datetime, policy: Policy, tz: str
) -> bool:
    """Whether the digest ``found`` is to be drafted now: digests are on, the morning has come,
    something needs the user, and today's digest was not drafted yet (``existing``: its row)."""
    if not policy.reminder_enabled or not found.items:
        return False
    if now < due_at(found.day, policy, tz):
        return False
    return existing is None or existing.state in (S.PLANNED, S.FAILED)


# --------------------------------------------------------------------------- the lines


def interviews_today(data: DigestData) -> list[TodayInterview]:
    """Live interviews that start later today (in the user's zone), by start; none of a
    process that has an outcome (it is over: DESIGN.md, "What ends the wait")."""
    day = today(data.now, data.tz)
    found = []
    for view in data.views:
        if view.facts.outcome is not None:
            continue
        for key, round_ in view.rounds.items():
            item = view.items.get(key)
            if not round_.live or (item is not None and item.missing_since is not None):
                continue
            if round_.start_at <= data.now or local_date(round_.start_at, data.tz) != day:
                continue
            found.append(
                TodayInterview(
                    interview_id=round_.interview_id,
                    process=view.group.pid,
                    title=round_.title,
                    company=view.group.company,
                    position=view.group.position,
                    start_at=round_.start_at,
                    end_at=round_.end_at,
                    tz=round_.tz,
                    interviewers=round_.interviewers,
                )
            )
    return sorted(found, key=lambda i: (i.start_at, i.interview_id))


def interview_items(data: DigestData) -> Iterable[Item]:
    for i in interviews_today(data):
        at = instant_text(i.start_at, data.tz, data.now)
        where = " - ".join(x for x in (i.company, i.position) if x) or i.title
        unknown = [p.name or "?" for p in i.interviewers if not p.email]
        ask = "ask about next steps and their timetable, and for everyone's address"
        if unknown:
            ask += f" (none yet for {', '.join(unknown)})"
        yield Item(
            INTERVIEW_TODAY, f"{i.interview_id} {at} {where}: {ask}", i.interview_id, i.process
        )


def thank_you_items(data: DigestData) -> Iterable[Item]:
    """Thank-yous unsent a day after their interview, and drafts unsent past the deadline."""
    policy = data.policy
    found: list[Item] = []
    for view in data.views:
        if view.facts.outcome is not None:
            continue  # an offer, a rejection or a withdrawal: no reminder to thank them now
        for f in data.followups.get(view.group.pid, ()):
            if f.kind is not Kind.THANK_YOU or f.state not in _UNSENT:
                continue
            round_ = view.rounds.get(f.key.round)
            if round_ is None or data.now < round_.end_at + policy.thank_you_unsent_after:
                continue
            if holds.shown_hold(f, view.items, view.rounds, policy) is not None:
                continue  # listed with what holds it
            deadline = round_.end_at + policy.thank_you_deadline
            overdue = data.now >= deadline
            if overdue and f.state is not S.DRAFTED:
                continue  # too late to draft: the plan has let it go
            found.append(_thank_you_item(view, round_, f, deadline, overdue, data))
    return sorted(found, key=lambda i: (i.due_at or data.now, i.ref or ""))


def _thank_you_item(
    view: ProcessView,
    round_: Round,
    f: FollowUp,
    deadline: datetime,
    overdue: bool,
    data: DigestData,
) -> Item:
    who = f.person_name or ", ".join(f.to) or "an interviewer"
    about = ", ".join(x for x in (view.group.company, round_.interview_id) if x)
    head = f"{f.id} thank-you to {who} ({about})"
    by = instant_text(deadline, data.tz, data.now)
    if overdue:
        text = f"{head} is overdue (it was due by {by}): send it today, or delete the draft"
        return Item(THANK_YOU_OVERDUE, text, f.id, view.group.pid, deadline)
    if f.state is S.DRAFTED:
        text = f"{head} is still in your drafts: send it by {by}"
    elif not f.to:
        text = (
            f'{head} has no address yet: `followup people add "{who}" ADDRESS` drafts it; '
            f"send it by {by}"
        )
    else:
        text = f"{head} is not drafted yet ({f.reason or 'it is retried each pass'}); due by {by}"
    return Item(THANK_YOU_UNSENT, text, f.id, view.group.pid, deadline)


def held_items(data: DigestData) -> Iterable[Item]:
    """Interviews missing from their calendar and drafts held back (``agent.holds``)."""
    processes = [
        process_json(v, data.followups.get(v.group.pid, ()), data.policy) for v in data.views
    ]
    for condition in held_conditions(processes, data.policy, data.tz):
        yield Item(condition["kind"], condition["message"])


def unsure_items(data: DigestData) -> Iterable[Item]:
    """Events detection could not decide: nothing is drafted for them until the user does."""
    for u in data.unsure:
        at = instant_text(datetime.fromisoformat(u["started_at"]), data.tz, data.now)
        decide = " or ".join(f"`{command}`" for command in u["decide"])
        text = f"{u['id']} {at} {u['title']}: unsure ({u['reason']}); decide with {decide}"
        yield Item(UNSURE_EVENTS, text, u["id"])


def card_items(data: DigestData) -> Iterable[Item]:
    """The handwritten cards of the interviews that ended between yesterday's digest time and
    today's, so each interview's cards are in one digest: the next morning's."""
    day = today(data.now, data.tz)
    since = due_at(day - timedelta(days=1), data.policy, data.tz)
    until = due_at(day, data.policy, data.tz)
    for card in cards_to_write(data.views, data.now, data.policy):
        if not since <= card.ended_at < until:
            continue
        about = f" ({card.company})" if card.company else ""
        text = (
            f"{card.interview_id} cards to write by hand{about}: {', '.join(card.to)}; "
            f"`followup cards {card.interview_id}` prints them"
        )
        unsent = _unsent_thank_yous(data, card.pid, card.interview_id)
        if unsent:  # this digest may be the day's only one: the emails come first
            by = instant_text(card.ended_at + data.policy.thank_you_deadline, data.tz, data.now)
            text += f"; first send the thank-you emails to {', '.join(unsent)} (by {by})"
        yield Item(CARDS_TO_WRITE, text, card.interview_id, card.pid)


def _unsent_thank_yous(data: DigestData, pid: str, interview_id: str) -> list[str]:
    """Who the interview's thank-yous still in the drafts (or still to draft) go to."""
    view = next((v for v in data.views if v.group.pid == pid), None)
    if view is None:
        return []
    rounds = {key for key, r in view.rounds.items() if r.interview_id == interview_id}
    return [
        f.person_name or ", ".join(f.to)
        for f in data.followups.get(pid, ())
        if f.kind is Kind.THANK_YOU and f.key.round in rounds and f.state in _UNSENT
    ]


#: Every source of lines, in the order the digest and ``status`` list them.
CONTRIBUTORS: tuple[Contributor, ...] = (
    interview_items,
    thank_you_items,
    held_items,
    unsure_items,
    card_items,
)

"""The planner: which follow-ups a process should have, when each falls due, and what changed.

Pure: ``plan(facts, policy, now)`` takes what is known about one process (its rounds, replies,
outcome, the mail the user sent, the follow-ups already recorded) and returns decisions;
``merge`` folds one decision into a recorded follow-up. Nothing here reads a clock or the disk.
The rules are DESIGN.md's table and "Rules that decide behaviour".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from agent.durations import add_days, off_days
from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind, Problem, ProcessState
from agent.policy import Policy, thank_you_reason
from agent.workdays import NO_HOLIDAYS, Holidays, next_working_day, says_after_holidays

S = FollowUpState

#: Status checks and check-ins of the n-th wait of a process use ordinals from n * WAIT_STRIDE:
#: the first wait's status check is 0 and its check-ins 1, 2...; a reply that states a new
#: timetable starts wait 1 (status check 100, check-ins 101...).
WAIT_STRIDE = 100
#: The step from a date to the next.
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Participant:
    """A person of a process as the planner sees them (``person_id`` is stable in the process)."""

    person_id: str
    name: str | None
    email: str | None
    session: str | None = None
    title: str | None = None
    #: the part they play when known: "recruiter" (or coordinator), "agency_recruiter",
    #: "hiring_manager", "mailbox" (a shared recruiting mailbox), "organizer"; None otherwise
    role: str | None = None


@dataclass(frozen=True)
class Round:
    """One interview event of a process."""

    interview_id: str
    event_key: str
    title: str
    start_at: datetime
    end_at: datetime
    tz: str
    interviewers: tuple[Participant, ...]
    answer_date: date  # stated, else end date + default timeline
    timeline_text: str | None = None
    cancelled: bool = False
    declined: bool = False
    timetable_by: str | None = None  # address of whoever stated the timetable
    #: who sent the invitation, when they are someone to write to (at the company, at the
    #: agency that arranged it, or a shared recruiting mailbox), with their role
    organizer: Participant | None = None
    first_seen_at: datetime | None = None
    stated_by: str | None = None  # who stated the timetable: the notes' person, else the organizer
    after_holidays: bool = False  # "we'll be in touch after the holidays"

    @property
    def live(self) -> bool:
        return not (self.cancelled or self.declined)


@dataclass(frozen=True)
class ReplyFact:
    at: datetime
    ends_wait: bool
    from_addr: str | None = None
    answer_date: date | None = None  # a new timetable stated in the reply
    timeline_text: str | None = None
    human: bool = True  # written by a person (not a no-reply or ATS address)


@dataclass(frozen=True)
class ProcessFacts:
    pid: str
    rounds: tuple[Round, ...]
    first_seen_at: datetime
    me_tz: str
    contact_override: str | None = None
    replies: tuple[ReplyFact, ...] = ()
    outcome: ProcessState | None = None
    wrote_to: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict)
    followups: Mapping[FollowUpKey, FollowUp] = field(default_factory=dict)
    people: tuple[Participant, ...] = ()
    holidays: Holidays = NO_HOLIDAYS  # the user's public holidays (me.country)


@dataclass(frozen=True)
class Decision:
    """What the plan wants for one follow-up."""

    key: FollowUpKey
    state: FollowUpState  # PLANNED, EXPIRED, SUPERSEDED or CANCELLED
    due_at: datetime
    recipient: Participant | None  # None: the user (reminder)
    reason: str
    round_id: str
    #: a status check's or a check-in's timetable: the latest one stated (a reply's, then
    #: `followup timeline`'s, then the invite's), who stated it, and whether it was "after the
    #: holidays"
    answer_date: date | None = None
    timeline_text: str | None = None
    stated_by: str | None = None
    after_holidays: bool = False


@dataclass(frozen=True)
class Plan:
    state: ProcessState
    contact: Participant | None
    decisions: tuple[Decision, ...]
    reason: str = ""
    contact_why: str = ""  # why the contact is who it is ("the recruiter who invited you")


# --------------------------------------------------------------------------- dates


def due_on(day: date, policy: Policy, tz: str, holidays: Holidays = NO_HOLIDAYS) -> datetime:
    """A date made into a due instant: ``working_hours.start`` on the next working day (not a
    weekend, not a public holiday of the user's country)."""
    day = next_working_day(day, policy.working_days, holidays)
    return datetime.combine(day, policy.working_start, ZoneInfo(tz))


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(ZoneInfo(tz)).date()


def _days_off(policy: Policy, holidays: Holidays = NO_HOLIDAYS) -> Callable[[date], bool]:
    """The days a count of business days skips: those that are not working days, and the
    user's public holidays."""
    return off_days(policy.working_days, holidays)


def default_answer_date(
    end_at: datetime, tz: str, policy: Policy, holidays: Holidays = NO_HOLIDAYS
) -> date:
    return add_days(local_date(end_at, tz), policy.default_timeline, _days_off(policy, holidays))


# --------------------------------------------------------------------------- the plan


def plan(facts: ProcessFacts, policy: Policy, now: datetime) -> Plan:
    """Every follow-up ``facts``' process should have, and the process's state."""
    if facts.rounds and _stale_on_first_sight(facts, policy):
        return Plan(ProcessState.CLOSED, None, (), "first seen long after its last interview")
    decisions: list[Decision] = []
    for round_ in facts.rounds:  # (the morning of an interview is the digest's: agent.digest)
        decisions.extend(_thank_yous(facts, round_, policy, now))
    from agent.choices import contact_choice  # the contact order's home (it imports this)

    contact, why = contact_choice(facts)
    waiting, state, reason = _waiting(facts, contact, policy, now)
    decisions.extend(waiting)
    if facts.outcome is not None:
        state, reason = facts.outcome, f"outcome: {facts.outcome}"
        decisions = [_cancel(d, f"the process ended ({facts.outcome})") for d in decisions]
    wanted = {d.key for d in decisions}
    decisions.extend(_unwanted(facts, wanted, now))
    return Plan(state, contact, tuple(decisions), reason, why)


def _stale_on_first_sight(facts: ProcessFacts, policy: Policy) -> bool:
    last_end = max(r.end_at for r in facts.rounds)
    return facts.first_seen_at > last_end + timedelta(days=policy.stale_after.days)


def _cancel(decision: Decision, reason: str) -> Decision:
    if decision.state is S.PLANNED:
        return replace(decision, state=S.CANCELLED, reason=reason)
    return decision


def _dead_round_reason(round_: Round) -> str:
    return "the interview was cancelled" if round_.cancelled else "you declined the interview"


def _thank_yous(
    facts: ProcessFacts, round_: Round, policy: Policy, now: datetime
) -> Iterable[Decision]:
    due_at = round_.end_at + policy.thank_you_delay
    for person in round_.interviewers:
        key = FollowUpKey(facts.pid, round_.event_key, Kind.THANK_YOU, person.person_id)
        state, reason = S.PLANNED, thank_you_reason(policy)
        if not round_.live:
            state, reason = S.CANCELLED, _dead_round_reason(round_)
        elif _wrote_after(facts, person, round_.end_at):
            state, reason = S.CANCELLED, f"you already wrote to {person.email} after the interview"
        elif now > round_.end_at + policy.thank_you_deadline:
            state, reason = S.EXPIRED, "more than the deadline after the interview"
        yield Decision(key, state, due_at, person, reason, round_.interview_id)


def _wrote_after(facts: ProcessFacts, person: Participant, since_at: datetime) -> bool:
    if not person.email:
        return False
    return any(t >= since_at for t in facts.wrote_to.get(person.email.lower(), ()))


def participant_for(facts: ProcessFacts, address: str) -> Participant:
    """The person of the process with this address (as a round knows them: with their role),
    else a participant known by the address only."""
    for round_ in sorted(facts.rounds, key=lambda r: r.end_at, reverse=True):
        for candidate in (*round_.interviewers, round_.organizer):
            if candidate and candidate.email and candidate.email.lower() == address.lower():
                return candidate
    for person in facts.people:
        if person.email and person.email.lower() == address.lower():
            return person
    return Participant(person_id=address.lower(), name=None, email=address.lower())


@dataclass(frozen=True)
class _Wait:
    index: int
    answer_date: date
    contact: Participant | None
    since: str  # what started it, for reasons
    timeline_text: str | None = None
    stated_by: str | None = None
    after_holidays: bool = False


def _waiting(
    facts: ProcessFacts, contact: Participant | None, policy: Policy, now: datetime
) -> tuple[list[Decision], ProcessState, str]:
    live = [r for r in facts.rounds if r.live]
    if not live:
        return [], ProcessState.CLOSED, "no interview left"
    latest = max(live, key=lambda r: r.end_at)
    waits, active = _waits(facts, latest, contact)
    decisions: list[Decision] = []
    for wait in waits:
        items = _wait_items(facts, latest, wait, policy, now)
        if wait is not active:
            items = [_cancel(d, "they replied") for d in items]
        decisions.extend(items)
    if active is None:
        return decisions, ProcessState.REPLIED, "they replied"
    last = [d for d in decisions if d.key.ordinal // WAIT_STRIDE == active.index]
    if policy.check_in_max and last and last[-1].due_at <= now:
        return decisions, ProcessState.CLOSED, "no answer after the last check-in"
    return decisions, ProcessState.WAITING, ""


def _waits(
    facts: ProcessFacts, latest: Round, contact: Participant | None
) -> tuple[list[_Wait], _Wait | None]:
    """The waits since the latest round: its own, then one per reply that stated a timetable.
    Every wait's follow-ups go to the process's contact (the contact order holds after a
    reply too); each keeps its own timetable and who stated it."""
    first = _Wait(
        0,
        latest.answer_date,
        contact,
        f"interview {latest.interview_id}",
        latest.timeline_text,
        latest.stated_by,
        latest.after_holidays,
    )
    waits = [first]
    active: _Wait | None = first
    for reply in sorted(facts.replies, key=lambda r: r.at):
        if reply.at < latest.end_at or not reply.ends_wait:
            continue
        if reply.answer_date is None:
            active = None
            continue
        active = _Wait(
            len(waits),
            reply.answer_date,
            contact,
            "their reply",
            reply.timeline_text,
            reply.from_addr if reply.human else None,
            says_after_holidays(reply.timeline_text),
        )
        waits.append(active)
    return waits, active


def _wait_items(
    facts: ProcessFacts, latest: Round, wait: _Wait, policy: Policy, now: datetime
) -> list[Decision]:
    tz = facts.me_tz
    off = _days_off(policy, facts.holidays)
    day = add_days(wait.answer_date, policy.status_check_grace, off)
    base = wait.index * WAIT_STRIDE
    kinds = [(Kind.STATUS_CHECK, base, day)]
    for n in range(1, policy.check_in_max + 1):
        day = add_days(day, policy.check_in_every, off)
        kinds.append((Kind.CHECK_IN, base + n, day))
    items = [
        Decision(
            FollowUpKey(facts.pid, latest.event_key, kind, "", ordinal),
            S.PLANNED,
            due_on(when, policy, tz, facts.holidays),
            wait.contact,
            f"answer date {wait.answer_date} ({wait.since})",
            latest.interview_id,
            wait.answer_date,
            wait.timeline_text,
            wait.stated_by,
            wait.after_holidays,
        )
        for kind, ordinal, when in kinds
    ]
    due_now = [d for d in items if d.due_at <= now]
    newest = due_now[-1] if due_now else None
    return [
        replace(d, state=S.SUPERSEDED, reason="a newer follow-up is due")
        if d in due_now and d is not newest
        else d
        for d in items
    ]


def _unwanted(facts: ProcessFacts, wanted: set[FollowUpKey], now: datetime) -> Iterable[Decision]:
    """Recorded follow-ups the plan no longer contains (a moved or cancelled round)."""
    for key, record in facts.followups.items():
        if key in wanted or record.state not in (S.PLANNED, S.FAILED, S.DRAFTED):
            continue
        if key.kind is Kind.REMINDER:  # a state from before the digest replaced reminders
            if record.state is not S.DRAFTED:  # a reminder drafted stays as it was
                yield Decision(key, S.CANCELLED, record.due_at, None, _DIGEST_NOW, "")
            continue
        yield Decision(key, S.CANCELLED, record.due_at, None, "no longer needed", "")


_DIGEST_NOW = "the morning digest replaces the reminder"


# --------------------------------------------------------------------------- merging


def merge(existing: FollowUp | None, decision: Decision) -> FollowUp | None:
    """The record after applying ``decision``; None when nothing changes (or nothing to record).

    Plans change, drafts stay: a drafted follow-up whose reason went away is marked cancelled or
    superseded with the ``stale_draft`` problem; a dismissed, sent or expired one never changes.
    """
    to = _recipient_addresses(decision)
    name = decision.recipient.name if decision.recipient else None
    if existing is None:
        if decision.state is S.CANCELLED:
            return None
        return FollowUp(
            key=decision.key,
            id="",
            state=decision.state,
            due_at=decision.due_at,
            to=to,
            person_name=name,
            reason=decision.reason,
        )
    if existing.state in (S.PLANNED, S.FAILED) or _revivable(existing, decision):
        return _update_pending(existing, decision, to, name)
    if existing.state is S.DRAFTED and decision.state in (S.CANCELLED, S.SUPERSEDED):
        return replace(
            existing, state=decision.state, problem=Problem.STALE_DRAFT, reason=decision.reason
        )
    if _restored(existing, decision):
        return replace(
            existing, state=S.DRAFTED, problem=None, reason="wanted again: the draft stands"
        )
    return None


def _restored(existing: FollowUp, decision: Decision) -> bool:
    """A drafted follow-up cancelled when its interview went is drafted again when it is back
    (the draft was kept)."""
    return (
        existing.state is S.CANCELLED
        and existing.draft_id is not None
        and existing.problem == Problem.STALE_DRAFT
        and decision.state is S.PLANNED
    )


def _revivable(existing: FollowUp, decision: Decision) -> bool:
    """A follow-up cancelled before any draft existed comes back when its reason returns."""
    return (
        existing.state is S.CANCELLED and existing.draft_id is None and decision.state is S.PLANNED
    )


def _update_pending(
    existing: FollowUp, decision: Decision, to: tuple[str, ...], name: str | None
) -> FollowUp | None:
    state = decision.state
    if state is S.PLANNED and existing.state is S.FAILED:
        state = S.FAILED  # keeps its retry count and message until the next attempt
    updated = replace(
        existing,
        state=state,
        due_at=decision.due_at,
        to=to,
        person_name=name,
        reason=decision.reason if state is not S.FAILED else existing.reason,
    )
    return None if updated == existing else updated


def _recipient_addresses(decision: Decision) -> tuple[str, ...]:
    if decision.recipient is None or not decision.recipient.email:
        return ()
    return (decision.recipient.email,)

"""What a correction changed in the plan, as the lines the command prints.

A correction (``timeline``, ``contact``, ``replied``, ``note``, ``outcome``, ``mark``,
``people``) records what the user said and re-plans at once (``agent.service``); this module
compares the plan before with the plan after and says what moved, appeared, ended or now goes
to someone else, in the user's time zone: "p3: status check moved from Fri Dec 18 to Tue Jan
12 (you recorded the timetable "by January 8")". Pure: it takes two snapshots and returns text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind, Problem
from agent.plan import WAIT_STRIDE
from agent.views import ProcessView
from agent.zones import zone_label

S = FollowUpState
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: States in which a follow-up is still to be drafted.
_PENDING = (S.PLANNED, S.FAILED)


@dataclass(frozen=True)
class ProcessLine:
    """A process as a correction compares it: what it is called, its state, its contact."""

    company: str | None
    state: str
    contact: str | None


@dataclass(frozen=True)
class PlanSnapshot:
    """The plan as ``status`` shows it: each followed process and each recorded follow-up."""

    processes: Mapping[str, ProcessLine]
    followups: Mapping[FollowUpKey, FollowUp]


def snapshot(
    views: Sequence[ProcessView], records: Mapping[str, Sequence[FollowUp]]
) -> PlanSnapshot:
    """The snapshot of ``views`` (as planned) and ``records`` (each process's follow-ups, as
    recorded after planning)."""
    processes = {
        v.group.pid: ProcessLine(
            v.group.company,
            str(v.plan.state),
            v.plan.contact.email if v.plan.contact else None,
        )
        for v in views
    }
    followups = {f.key: f for rows in records.values() for f in rows}
    return PlanSnapshot(processes, followups)


def describe(
    before: PlanSnapshot, after: PlanSnapshot, cause: str, tz: str, now: datetime
) -> list[str]:
    """One line per change from ``before`` to ``after``, each ending with ``cause`` ("you
    recorded ..."); processes first, then follow-ups by due time."""
    lines = [*_process_changes(before, after), *_followup_changes(before, after, tz, now)]
    return [f"{line} ({cause})" for line in lines]


# --------------------------------------------------------------------------- processes


def _process_changes(before: PlanSnapshot, after: PlanSnapshot) -> list[str]:
    lines = []
    for pid in sorted({*before.processes, *after.processes}, key=lambda p: int(p[1:])):
        old, new = before.processes.get(pid), after.processes.get(pid)
        if old is None and new is not None:
            what = ", ".join(x for x in (new.company, new.state) if x)
            lines.append(f"{pid}: now followed ({what})")
        elif old is not None and new is None:
            lines.append(f"{pid}: no longer followed{_company(old)}: no interview is left in it")
        elif old is not None and new is not None:
            if old.state != new.state:
                lines.append(f"{pid}: {old.state} -> {new.state}")
            if old.contact != new.contact:
                lines.append(f"{pid}: the contact is now {new.contact or 'nobody yet'}")
    return lines


def _company(line: ProcessLine) -> str:
    return f" ({line.company})" if line.company else ""


# --------------------------------------------------------------------------- follow-ups


def _followup_changes(
    before: PlanSnapshot, after: PlanSnapshot, tz: str, now: datetime
) -> list[str]:
    found: list[tuple[datetime, str]] = []
    for key in {*before.followups, *after.followups}:
        old, new = before.followups.get(key), after.followups.get(key)
        if new is None:
            continue  # rows are never deleted; a process no longer followed is said above
        if key.process not in after.processes:
            continue
        line = _followup_change(old, new, tz, now)
        if line:
            found.append((new.due_at, f"{key.process}: {line}"))
    return [line for _, line in sorted(found)]


def _followup_change(old: FollowUp | None, new: FollowUp, tz: str, now: datetime) -> str | None:
    name = label(new)
    when = when_text(new, tz, now)
    if old is None:
        if new.state in _PENDING:
            return f"{name} planned for {when}{_to(new)}"
        if new.kind is Kind.THANK_YOU and new.state is S.EXPIRED:
            return f"{name}: too late now ({new.reason})" if new.reason else f"{name}: too late"
        return None  # born superseded or cancelled: nothing the user would miss
    if old.state is not new.state:
        return _state_change(old, new, name, when)
    if new.state in _PENDING and old.due_at != new.due_at:
        return f"{name} moved from {when_text(old, tz, now)} to {when}"
    if new.state in _PENDING and old.to != new.to:
        return f"{name} now goes to {', '.join(new.to)}" if new.to else f"{name}: no address now"
    return None


def _state_change(old: FollowUp, new: FollowUp, name: str, when: str) -> str:
    if new.state in _PENDING and old.state not in _PENDING:
        return f"{name} planned again for {when}{_to(new)}"
    if new.problem == Problem.STALE_DRAFT and old.state is S.DRAFTED:
        return f"{name} no longer needed: delete its draft ({new.id})"
    word = {S.CANCELLED: "cancelled", S.SUPERSEDED: "superseded", S.EXPIRED: "too late now"}
    return f"{name} {word.get(new.state, str(new.state))}" + (
        f": {new.reason}" if new.reason else ""
    )


def _to(f: FollowUp) -> str:
    if f.kind is Kind.THANK_YOU:
        return "" if f.to else " (no address yet)"
    return f" to {', '.join(f.to)}" if f.to else " (no address yet)"


def label(f: FollowUp) -> str:
    """A follow-up as a person says it: "thank-you to Dana Whitfield", "check-in 2"."""
    if f.kind is Kind.THANK_YOU:
        return f"thank-you to {f.person_name or ', '.join(f.to) or 'an interviewer'}"
    if f.kind is Kind.CHECK_IN:
        return f"check-in {f.key.ordinal % WAIT_STRIDE}"
    return {
        Kind.STATUS_CHECK: "status check",
        Kind.REMINDER: "reminder",
    }.get(f.kind, str(f.kind).replace("_", " "))


def when_text(f: FollowUp, tz: str, now: datetime) -> str:
    """When ``f`` is due, in the user's zone: a day for the follow-ups planned by date ("Fri
    Dec 18"), a day and a time with its zone for the others ("Wed Dec 2 14:00 PST")."""
    with_time = f.kind not in (Kind.STATUS_CHECK, Kind.CHECK_IN)
    return instant_text(f.due_at, tz, now, with_time)


def instant_text(at: datetime, tz: str, now: datetime, with_time: bool = True) -> str:
    """``at`` in ``tz`` as "Wed Dec 2 14:00 PST" (the year when it is not ``now``'s; a zone
    without letters as ``UTC+05:30``, as ``agent.zones`` shows it)."""
    local = at.astimezone(ZoneInfo(tz))
    text = f"{_DAYS[local.weekday()]} {_MONTHS[local.month - 1]} {local.day}"
    if local.year != now.astimezone(ZoneInfo(tz)).year:
        text += f" {local.year}"
    if with_time:
        text += f" {local:%H:%M} {zone_label(local)}"
    return text

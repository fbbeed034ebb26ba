"""What followup shows: each process as planned now, and ``status``, ``status --json``, ``explain``.

Pure: a view is built from records read from the state (``agent.store`` reads them) and ``now``;
the renderers take views and records and return JSON-ready data or text. Nothing here reads the
state, the clock or the disk.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent import codec, evidence, holds
from agent.assemble import InterviewItem, ProcessGroup
from agent.choices import MAILBOX, organizer_contact, title_role
from agent.durations import spoken_duration
from agent.invite import plain
from agent.model import (
    Event,
    FollowUp,
    FollowUpKey,
    FollowUpState,
    Kind,
    Me,
    Person,
    Policy,
    Problem,
    ProcessState,
)
from agent.names import name_key
from agent.plan import (
    Participant,
    Plan,
    ProcessFacts,
    Round,
    default_answer_date,
    local_date,
    merge,
    plan,
)
from agent.ports import Draft, SentMessage
from agent.records import PersonRecord, ProcessRecord, ReplyRecord, StoredEvent
from agent.replies import reply_fact
from agent.safetext import one_line
from agent.series import series_rule
from agent.timeline import parse_timeline
from agent.workdays import Holidays, after_holidays, says_after_holidays
from agent.zones import local_time

S = FollowUpState


@dataclass(frozen=True)
class ProcessView:
    """A process as planned now: what ``status`` shows and what drafting works from."""

    group: ProcessGroup
    facts: ProcessFacts
    plan: Plan
    rounds: dict[str, Round]
    items: dict[str, InterviewItem]


# --------------------------------------------------------------------------- building views


def interview_item(
    stored: StoredEvent, interview_id: str, notes: Mapping[str, tuple[str | None, str]]
) -> InterviewItem:
    """A stored interview event as the planner sees it: one that vanished is cancelled."""
    assert stored.detection is not None  # only detected rows are interviews
    event = codec.event_from_dict(stored.data)
    if stored.vanished:
        event = replace(event, status="cancelled")
    timeline, note = notes.get(stored.key, (None, ""))
    return InterviewItem(
        event=event,
        detection=codec.detection_from_dict(stored.detection),
        interview_id=interview_id,
        first_seen_at=stored.first_seen_at,
        timeline_override=timeline,
        notes=note,
        missing_since=None if stored.vanished else stored.missing_since,
        missing_reads=0 if stored.vanished else stored.missing_reads,
    )


def company_organizer(item: InterviewItem) -> Person | None:
    """The event's organizer when they are someone to write to (``choices.organizer_contact``)."""
    found = organizer_contact(item)
    return found[0] if found else None


def build_round(
    item: InterviewItem,
    interviewers: Sequence[PersonRecord],
    organizer: PersonRecord | None,
    me: Me,
    policy: Policy,
) -> Round:
    """One interview of a process; ``interviewers`` are the records of the detection's
    interviewers (in its order) and ``organizer`` that of ``company_organizer``."""
    event, detection = item.event, item.detection
    tz = event.tz or me.timezone
    found = organizer_contact(item)
    org_role = found[1] if found else None
    org_email = (found[0].email or "").lower() if found else ""
    people = tuple(
        participant(r, p, org_role if (r.email or "") == org_email else title_role(p.title))
        for r, p in zip(interviewers, detection.interviewers, strict=True)
    )
    answer, text = detection.answer_date, detection.timeline_text
    holidays = Holidays(me.country, me.subdivision)
    said = f"{event.summary}\n{invite_text(event)}\n{detection.user_notes}\n{item.notes}"
    stated_by = _address_of(detection.timetable_by, people)
    if stated_by is None and found and org_role != MAILBOX:
        stated_by = org_email or None  # the invitation's timetable is its sender's
    if item.timeline_override:  # `followup timeline` wins
        parsed = parse_timeline(item.timeline_override, event.end_at, tz)
        answer = parsed.answer_date if parsed else None
        text = item.timeline_override
        said = item.timeline_override
        stated_by = _address_of(detection.timetable_by, people)
    end_day = local_date(event.end_at, tz)
    holiday_answer = (
        after_holidays(end_day, policy.working_days, holidays)
        if answer is None and says_after_holidays(said)
        else None
    )
    if holiday_answer is not None:
        default = default_answer_date(event.end_at, tz, policy, holidays)
        answer, text = max(holiday_answer, default), "after the holidays"
    return Round(
        interview_id=item.interview_id,
        event_key=event.key,
        title=event.summary,
        start_at=event.start_at,
        end_at=event.end_at,
        tz=tz,
        interviewers=people,
        answer_date=answer or default_answer_date(event.end_at, tz, policy, holidays),
        timeline_text=text if answer else None,
        cancelled=event.cancelled,
        declined=_declined(event, me),
        timetable_by=_address_of(detection.timetable_by, people),
        organizer=participant(organizer, detection.organizer, org_role) if organizer else None,
        first_seen_at=item.first_seen_at,
        stated_by=stated_by if answer else None,
        after_holidays=holiday_answer is not None,
    )


def build_view(
    group: ProcessGroup,
    record: ProcessRecord,
    rounds: dict[str, Round],
    people: Sequence[PersonRecord],
    replies: Sequence[ReplyRecord],
    recorded: Sequence[FollowUp],
    wrote_to: Mapping[str, tuple[datetime, ...]],
    me: Me,
    policy: Policy,
    now: datetime,
) -> ProcessView:
    """A process with what is known of it, and its plan as of ``now``."""
    existing: dict[FollowUpKey, FollowUp] = {f.key: f for f in recorded}
    facts = ProcessFacts(
        pid=group.pid,
        rounds=tuple(sorted(rounds.values(), key=lambda r: r.end_at)),
        first_seen_at=record.first_seen_at,
        me_tz=me.timezone,
        contact_override=record.contact,
        replies=tuple(reply_fact(r) for r in replies),
        outcome=ProcessState(record.outcome) if record.outcome else None,
        wrote_to=wrote_to,
        followups=existing,
        people=tuple(participant(p) for p in people),
        holidays=Holidays(me.country, me.subdivision),
    )
    return ProcessView(
        group=group,
        facts=facts,
        plan=plan(facts, policy, now),
        rounds=rounds,
        items={i.event.key: i for i in group.items},
    )


def participant(
    record: PersonRecord, person: Person | None = None, role: str | None = None
) -> Participant:
    return Participant(
        person_id=record.person_id,
        name=record.name,
        email=record.email,
        session=person.session if person else None,
        title=person.title if person else None,
        role=role,
    )


def wrote_to(
    sent: Sequence[SentMessage], ours: Collection[str] = frozenset()
) -> dict[str, tuple[datetime, ...]]:
    """When the user wrote to each address, leaving out followup's own drafts once sent (by
    their marker, or their Message-ID among ``ours``)."""
    found: dict[str, list[datetime]] = {}
    for message in sent:
        if message.marker or message.ours or message.sent_at is None or message.message_id in ours:
            continue
        for address in message.to:
            found.setdefault(address.lower(), []).append(message.sent_at)
    return {a: tuple(ts) for a, ts in found.items()}


def pending(views: Sequence[ProcessView]) -> list[tuple[ProcessView, FollowUp]]:
    """The follow-ups the plans want drafted (planned or failed), by due time; a new one has
    the id ``(new)``."""
    found = []
    for view in views:
        for decision in view.plan.decisions:
            existing = view.facts.followups.get(decision.key)
            merged = merge(existing, decision) or existing
            if merged is not None and merged.state in (S.PLANNED, S.FAILED):
                found.append((view, merged if merged.id else replace(merged, id="(new)")))
    return sorted(found, key=lambda p: p[1].due_at)


def invite_text(event: Event) -> str:
    return plain(event.description, event.html_description)


def _declined(event: Event, me: Me) -> bool:
    return any(
        (a.is_self or me.is_me(a.email)) and a.response.lower() == "declined"
        for a in event.attendees
    )


def _address_of(who: str | None, people: Sequence[Participant]) -> str | None:
    """An address as it is, or the known address of the interviewer with that name."""
    if who is None or "@" in who:
        return who
    wanted = name_key(who)
    return next((p.email for p in people if p.email and name_key(p.name) == wanted), None)


# --------------------------------------------------------------------------- cards


@dataclass(frozen=True)
class CardDue:
    """The cards an ended interview asks for: one per interviewer."""

    pid: str
    interview_id: str
    company: str | None
    to: tuple[str, ...]  # the interviewers' names (or addresses)
    ended_at: datetime


def cards_to_write(
    views: Sequence[ProcessView], now: datetime, policy: Policy | None = None
) -> list[CardDue]:
    """The interviews whose handwritten cards are to be written now: ended (not cancelled or
    declined) within ``policy.cards_listed``, in a process still going. The morning digest and
    ``status`` list these."""
    window = (policy or Policy()).cards_listed
    found = []
    for view in views:
        if view.plan.state not in (ProcessState.WAITING, ProcessState.REPLIED):
            continue
        for key, round_ in sorted(view.rounds.items(), key=lambda kr: kr[1].end_at):
            if not round_.live or not round_.interviewers:
                continue
            item = view.items.get(key)
            if item is not None and item.missing_since is not None:
                continue  # missing from its calendar: held, as its thank-yous are
            if not round_.end_at <= now < round_.end_at + window:
                continue
            names = tuple(p.name or p.email or "?" for p in round_.interviewers)
            found.append(
                CardDue(
                    view.group.pid, round_.interview_id, view.group.company, names, round_.end_at
                )
            )
    return found


# --------------------------------------------------------------------------- status --json


def status_json(
    now: datetime,
    conditions: list[dict[str, str]],
    views: Sequence[ProcessView],
    followups: Mapping[str, Sequence[FollowUp]],
    daemon: dict[str, Any] | None,
    policy: Policy | None = None,
    unsure: Sequence[dict[str, Any]] = (),
    zone: str | None = None,
) -> dict[str, Any]:
    """``status --json`` in CONTRACT.md's schema; ``followups``: each process's records.
    ``conditions`` are the last pass's; those that follow from the state now (missing events,
    held drafts: ``held_conditions``; events left unsure: ``unsure_condition``) are added.
    ``unsure``: the events detection left unsure (``unsure_json``); ``zone``: the user's, for
    the times the conditions' messages give."""
    policy = policy or Policy()
    processes = [
        process_json(view, followups.get(view.group.pid, ()), policy, now) for view in views
    ]
    return {
        "now": now.isoformat(),
        "conditions": conditions
        + held_conditions(processes, policy, zone)
        + unsure_condition(unsure),
        "processes": processes,
        "daemon": daemon,
        "unsure": list(unsure),
    }


# --------------------------------------------------------------------------- unsure events

UNSURE = "unsure_events"


def unsure_json(
    stored: Sequence[StoredEvent], ids: Mapping[str, str], now: datetime, policy: Policy
) -> list[dict[str, Any]]:
    """The events detection left unsure that may still matter (ended within
    ``policy.stale_after``), each with its reason in one line and the commands that decide it."""
    shown = []
    for item in stored:
        if item.detection is None or item.vanished:
            continue
        event = codec.event_from_dict(item.data)
        if event.end_at < now - policy.stale_after:
            continue
        eid = ids[item.key]
        reasons = item.detection.get("reasons") or ["unsure"]
        shown.append(
            {
                "id": eid,
                "uid": event.uid,
                "title": event.summary,
                "started_at": event.start_at.isoformat(),
                "reason": str(reasons[0]).removeprefix("unsure: "),
                "decide": [f"followup mark {eid} interview", f"followup mark {eid} not-interview"],
            }
        )
    return shown


def unsure_condition(unsure: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """One condition for the events left unsure: nothing is drafted for them until decided."""
    if not unsure:
        return []
    n = len(unsure)
    what = "1 event may be an interview" if n == 1 else f"{n} events may be interviews"
    ids = ", ".join(u["id"] for u in unsure)
    return [
        {
            "kind": UNSURE,
            "message": f"{what} ({ids}); nothing is drafted for them until you decide with "
            "`followup mark EVENT interview` or `not-interview`",
        }
    ]


def _unsure_lines(unsure: Sequence[dict[str, Any]], zone: str | None = None) -> list[str]:
    lines = []
    for u in unsure:
        lines.append(f"? {u['id']:<5} {_when(u['started_at'], zone)}  {u['title']}")
        lines.append(f"    unsure: {u['reason']}")
        lines.append(f"    decide: {u['decide'][0]}  |  {u['decide'][1]}")
    return lines


def process_json(
    view: ProcessView, followups: Sequence[FollowUp], policy: Policy, now: datetime | None = None
) -> dict[str, Any]:
    """One process of ``status --json``; ``followups``: its records."""
    contact = view.plan.contact
    known = _known_addresses(view)
    shown = []
    for f in followups:
        data = _followup_json(f, known, _interview_ids(view))
        data["held"] = holds.shown_hold(f, view.items, view.rounds, policy)
        data["interview"] = (
            view.rounds[f.key.round].interview_id if f.key.round in view.rounds else None
        )
        shown.append(data)
    return {
        "id": view.group.pid,
        "company": view.group.company,
        "position": view.group.position,
        "state": str(view.plan.state),
        "contact": contact.email if contact else None,
        "contact_name": contact.name if contact else None,
        "contact_why": view.plan.contact_why or None,
        "interviews": [_interview_json(view, key) for key in _round_order(view)],
        "followups": shown,
        "cards": [
            {"interview": c.interview_id, "to": list(c.to)}
            for c in (cards_to_write([view], now, policy) if now else ())
        ],
    }


#: What ``status`` says of the follow-ups each hold keeps back, and how to let them through.
_HELD_TEXT = {
    holds.EVENT_MISSING: "",  # said by the event_missing condition of its interview
    holds.RECIPIENTS: "held: {what} past the first {n} interviewers of {interview}; "
    "`followup release {interview}` drafts them, `followup release ID` one",
    holds.PASS_LIMIT: "held: {what} past the {n} drafts one pass writes; "
    "`followup release ID` drafts one, `followup release PROCESS` a process's",
    holds.UNRECORDED: "skipped: {what} fell due more than {span} before, and nothing records "
    "whether they were drafted before (a new or lost state); `followup release ID` drafts one",
}
#: The condition kind of each hold (stable names).
HELD_KINDS = {
    holds.RECIPIENTS: "drafts_held",
    holds.PASS_LIMIT: "drafts_held",
    holds.UNRECORDED: "drafts_skipped",
}


def held_conditions(
    processes: Sequence[dict[str, Any]], policy: Policy, zone: str | None = None
) -> list[dict[str, str]]:
    """Conditions that follow from the state: each missing interview (``event_missing``), and
    the follow-ups held back, by hold (``drafts_held``, ``drafts_skipped``), with how to release
    them."""
    found: list[dict[str, str]] = []
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for p in processes:
        for i in p["interviews"]:
            if i["missing_since"]:
                since = datetime.fromisoformat(i["missing_since"])
                text = evidence.missing_text(since, i["missing_reads"], policy, zone)
                found.append(
                    {"kind": "event_missing", "message": f"{i['id']} {i['title']}: {text}"}
                )
        for f in p["followups"]:
            why = f.get("held")
            if why in HELD_KINDS:
                scope = f.get("interview") or "" if why == holds.RECIPIENTS else ""
                groups.setdefault((why, scope), []).append(f)
    for (why, scope), held in groups.items():
        n = policy.max_recipients if why == holds.RECIPIENTS else policy.max_drafts_per_pass
        text = _HELD_TEXT[why].format(
            what=_listed(held),
            n=n,
            interview=scope,
            span=spoken_duration(policy.past_due),
        )
        found.append({"kind": HELD_KINDS[why], "message": text})
    return found


def _listed(followups: Sequence[dict[str, Any]], most: int = 8) -> str:
    ids = [f["id"] for f in followups]
    shown = ", ".join(ids[:most]) + (f" and {len(ids) - most} more" if len(ids) > most else "")
    noun = "follow-up" if len(ids) == 1 else "follow-ups"
    return f"{len(ids)} {noun} ({shown})"


def _round_order(view: ProcessView) -> list[str]:
    return sorted(view.rounds, key=lambda k: view.rounds[k].start_at)


def _interview_json(view: ProcessView, key: str) -> dict[str, Any]:
    round_, item = view.rounds[key], view.items[key]
    return {
        "id": round_.interview_id,
        "uid": item.event.uid,
        "title": item.event.summary,
        "started_at": round_.start_at.isoformat(),
        "ended_at": round_.end_at.isoformat(),
        "cancelled": round_.cancelled,
        "declined": round_.declined,
        "answer_date": round_.answer_date.isoformat(),
        "timeline_text": round_.timeline_text,
        "interviewers": [{"name": p.name, "email": p.email} for p in round_.interviewers],
        "missing_since": item.missing_since.isoformat() if item.missing_since else None,
        "missing_reads": item.missing_reads,
    }


def problem_of(f: FollowUp) -> str | None:
    if f.problem:
        return f.problem
    if f.kind is not Kind.REMINDER and not f.to and f.state in (S.PLANNED, S.DRAFTED):
        return str(Problem.NEEDS_ADDRESS)
    return None


def _known_addresses(view: ProcessView) -> dict[str, str]:
    """person id -> the address known now (it may have come after the draft was written)."""
    return {p.person_id: p.email for p in view.facts.people if p.email}


def _interview_ids(view: ProcessView) -> dict[str, str]:
    return {key: r.interview_id for key, r in view.rounds.items()}


def _followup_json(
    f: FollowUp, known: dict[str, str], interview_ids: Mapping[str, str] | None = None
) -> dict[str, Any]:
    problem = problem_of(f)
    data = {
        "id": f.id,
        "kind": str(f.kind),
        "to": list(f.to),
        "person": f.person_name,
        "state": str(f.state),
        "due_at": f.due_at.isoformat(),
        "problem": problem,
        "reason": f.reason,
    }
    if problem == Problem.NEEDS_ADDRESS and f.key.person in known:
        data["address_now"] = known[f.key.person]  # what to fill in the draft
    if f.state is S.PLANNED and problem in (Problem.NEEDS_ADDRESS, Problem.NEEDS_ARTICLE):
        data["hint"] = held_hint(f, (interview_ids or {}).get(f.key.round, "INTERVIEW"))
    return data


def held_hint(f: FollowUp, interview: str = "INTERVIEW") -> str:
    """What the user can do for a follow-up that is due but not written."""
    if f.problem == Problem.NEEDS_ADDRESS or (not f.to and f.kind is not Kind.REMINDER):
        if not f.person_name:
            return f"no one to write to: followup contact {f.key.process} ADDRESS"
        return f'no address to write to: followup people add "{f.person_name}" ADDRESS'
    if f.problem == Problem.NEEDS_ARTICLE:
        return (
            "nothing to share yet: add an article (`articles` or `article_feeds` in the "
            f'config) or an update: followup note {interview} "Update: what you did since"'
        )
    return f.reason or ""


# --------------------------------------------------------------------------- status (text)


def render_table(data: dict[str, Any], zone: str | None = None) -> str:
    """``status`` as text: every time in ``zone`` (the user's), each saying which zone."""
    lines = []
    for c in data["conditions"]:
        lines.append(f"! {c['kind']}: {c['message']}")
    failing = data.get("passes") or {}
    if failing.get("failed_passes"):
        shown = {f"{c['kind']}: {c['message']}" for c in data["conditions"]}
        said_above = failing.get("last_error") in shown
        lines.append(_failing_line(failing, zone, said_above=said_above))
    if data.get("daemon"):
        lines.append(_daemon_line(data["daemon"], zone))
    lines.extend(_unsure_lines(data.get("unsure") or (), zone))
    if not data["processes"] and failing.get("failed_passes"):
        lines.append("No interviews found yet: the passes fail (above) before reading them.")
    elif not data["processes"] and data["conditions"]:
        lines.append("No interviews found yet: see above.")
    elif not data["processes"]:
        lines.append("No interviews found yet. Run `followup tick` to read the calendar.")
    for p in data["processes"]:
        lines.extend(_process_lines(p, zone))
    return "\n".join(lines)


def _when(text: str | None, zone: str | None) -> str:
    """An ISO time from ``status --json`` as the table shows it: ``2026-12-03 14:00 PST``."""
    if not text:
        return "-"
    return local_time(datetime.fromisoformat(text), zone)


def _span(start: str, end: str, zone: str | None) -> str:
    """An interview's time: ``2026-12-02 10:00-13:00 PST`` (both ends when days differ)."""
    first, last = _when(start, zone), _when(end, zone)
    if first[:10] == last[:10] and first[16:] == last[16:]:
        return f"{first[:16]}-{last[11:]}"
    return f"{first} - {last}"


def _failing_line(p: dict[str, Any], zone: str | None, *, said_above: bool = False) -> str:
    """The failing passes; their error only when no condition above says it already."""
    n = p["failed_passes"]
    passes = "the last pass" if n == 1 else f"the last {n} passes"
    error = "as above" if said_above else p["last_error"]
    return (
        f"! {passes} failed (since {_when(p['failing_since'], zone)}), the last at "
        f"{_when(p['last_error_at'], zone)} with exit {p['last_exit']}: {error}"
    )


def _daemon_line(d: dict[str, Any], zone: str | None) -> str:
    failing = f", {d['failures']} failed passes in a row" if d["failures"] else ""
    if not d["running"]:
        return f"followup run is not running (last pass {_when(d['last_pass_at'], zone)}{failing})"
    return (
        f"followup run (pid {d['pid']}): last pass {_when(d['last_pass_at'], zone)}, "
        f"next wake-up {_when(d['next_wake_at'], zone)}{failing}"
    )


def _contact_text(p: dict[str, Any]) -> str:
    contact, why = p["contact"], p.get("contact_why") or ""
    if p["state"] != "waiting":
        return contact or "-"
    if not contact and p.get("contact_name"):
        return (
            f'{p["contact_name"]} (no address: followup people add "{p["contact_name"]}" ADDRESS)'
        )
    if not contact:
        return "- (no one to write to: followup contact " + p["id"] + " ADDRESS)"
    if why.endswith("mailbox"):
        return (
            f"{contact} (a shared mailbox, the only contact known: "
            f"followup contact {p['id']} ADDRESS to write to a person)"
        )
    return contact


def _process_lines(p: dict[str, Any], zone: str | None) -> list[str]:
    title = " - ".join(x for x in (p["company"], p["position"]) if x) or "(company unknown)"
    lines = ["", f"{p['id']}  {title}  [{p['state']}]  contact: {_contact_text(p)}"]
    for i in p["interviews"]:
        flag = " (cancelled)" if i["cancelled"] else " (declined)" if i["declined"] else ""
        flag = " (missing from the calendar)" if i.get("missing_since") else flag
        who = ", ".join(x["name"] or x["email"] for x in i["interviewers"]) or "-"
        said = f' ("{i["timeline_text"]}")' if i["timeline_text"] else " (default)"
        when = _span(i["started_at"], i["ended_at"], zone)
        lines.append(f"  {i['id']:<5} {when}  {i['title']}{flag}")
        lines.append(f"        with {who}; answer by {i['answer_date']}{said}")
    for f in p["followups"]:
        to = ", ".join(f["to"]) or (f["person"] or "-")
        problem = f"  !{f['problem']}" if f["problem"] else ""
        if f.get("address_now"):
            problem += f" (fill in {f['address_now']})"
        if f.get("held"):
            problem += f"  [held: {f['held']}]"
        if f.get("hint"):
            problem += f" - {f['hint']}"
        due = _when(f["due_at"], zone)
        lines.append(f"  {f['id']:<5} {f['kind']:<13} {f['state']:<10} due {due}  to {to}{problem}")
    for c in p.get("cards", ()):
        to = ", ".join(c["to"])
        lines.append(f"  cards to write by hand: {to} (`followup cards {c['interview']}`)")
    return lines


# --------------------------------------------------------------------------- events / explain


def event_line(
    stored: StoredEvent, eid: str, zone: str | None = None, series: Series | None = None
) -> str:
    """One line of ``followup events``: when (in ``zone``, saying which), the decision, the
    title; for a recurring series, this occurrence stands for all of it, with its rule."""
    event = codec.event_from_dict(stored.data)
    verdict = "?"
    if stored.detection is not None:
        verdict = "interview" if stored.detection["is_interview"] else "-"
        verdict = "unsure" if stored.detection.get("unsure") else verdict
    gone = " (gone)" if stored.vanished else " (cancelled)" if event.cancelled else ""
    gone = " (missing)" if stored.missing_since and not stored.vanished else gone
    when = local_time(event.start_at, zone)
    repeats = f"  ({series.text(zone)})" if series is not None else ""
    return f"{eid:<6} {when}  {verdict:<9} {event.summary}{gone}{repeats}"


@dataclass(frozen=True)
class Series:
    """The occurrences of one recurring event that ``events`` shows as one line."""

    starts: tuple[datetime, ...]  # every occurrence shown, in order
    shown: int  # the index of the occurrence the line stands on: the next one, else the last
    interviews: int  # how many of them are detected as interviews

    def text(self, zone: str | None) -> str:
        first, last = self.starts[0], self.starts[-1]
        which = "the next" if self.shown < len(self.starts) - 1 else "the last"
        judged = ""
        if 0 < self.interviews < len(self.starts):
            judged = f"; {self.interviews} of them interviews"
        return (
            f"repeats {series_rule(self.starts, zone)}: {len(self.starts)} times from "
            f"{_local_date(first, zone)} to {_local_date(last, zone)}, this one {which}{judged}"
        )


def group_series(
    events: Sequence[tuple[str, Event, bool]], now: datetime
) -> list[tuple[str, Series | None]]:
    """``events`` (key, event, is it an interview), in order, as ``events`` lists them: one
    entry per event, except that the occurrences of a recurring series make one entry, on
    the key of its next occurrence (its last when none is to come). In the order of the
    occurrence each entry stands on."""
    by_series: dict[tuple[str, str], list[tuple[str, Event, bool]]] = {}
    for key, event, interview in events:
        if event.recurrence_id is not None:
            by_series.setdefault((event.calendar, event.uid), []).append((key, event, interview))
    entries: list[tuple[datetime, str, Series | None]] = []
    for key, event, _ in events:
        if event.recurrence_id is None:
            entries.append((event.start_at, key, None))
    for members in by_series.values():
        members.sort(key=lambda m: m[1].start_at)
        if len(members) == 1:
            entries.append((members[0][1].start_at, members[0][0], None))
            continue
        shown = next((i for i, m in enumerate(members) if m[1].start_at >= now), len(members) - 1)
        series = Series(
            starts=tuple(m[1].start_at for m in members),
            shown=shown,
            interviews=sum(1 for m in members if m[2]),
        )
        entries.append((members[shown][1].start_at, members[shown][0], series))
    entries.sort(key=lambda e: (e[0], e[1]))
    return [(key, series) for _, key, series in entries]


def _local_date(at: datetime, zone: str | None) -> str:
    return (at.astimezone(ZoneInfo(zone)) if zone else at).date().isoformat()


def explain_text(stored: StoredEvent, eid: str, zone: str | None = None) -> str:
    """``followup explain``: the event as stored and why it is or is not an interview."""
    event = codec.event_from_dict(stored.data)
    span = f"{local_time(event.start_at, zone)} -> {local_time(event.end_at, zone)}"
    lines = [
        f"{eid}  {event.summary}",
        f"  uid: {one_line(event.uid)}   calendar: {event.calendar}",
        f"  {span} (the event's zone: {event.tz}), {event.status}",
    ]
    if event.organizer:
        lines.append(f"  organizer: {_who(event.organizer.name, event.organizer.email)}")
    for a in event.attendees:
        flags = (("resource", a.resource), ("group", a.group), ("you", a.is_self))
        tags = "".join(f", {t}" for t, on in flags if on)
        lines.append(f"  attendee: {_who(a.name, a.email)} [{a.response}{tags}]")
    if stored.detection is None:
        lines.append("  not detected yet: run `followup tick`")
        return "\n".join(lines)
    d = codec.detection_from_dict(stored.detection)
    decision = "INTERVIEW" if d.is_interview else "not an interview"
    if d.unsure:
        decision = f"unsure: no interview until you decide (followup mark {eid} interview)"
    lines.append(f"  decision: {decision}")
    lines.extend(f"    because {r}" for r in d.reasons)
    if d.is_interview:
        lines.append(f"  company: {d.company or '-'} ({d.company_domain or 'no domain'})")
        lines.append(f"  position: {d.position or '-'}")
        for p in d.interviewers:
            session = f" - {p.session}" if p.session else ""
            lines.append(f"  interviewer: {_who(p.name, p.email)}{session}")
        if d.timeline_text:
            lines.append(f'  timetable: "{d.timeline_text}" -> answer by {d.answer_date}')
    return "\n".join(lines)


def _who(name: str | None, email: str | None) -> str:
    if name and email:
        return f"{name} <{email}>"
    return name or email or "?"


# --------------------------------------------------------------------------- preview


def render_draft(
    f: FollowUp, draft: Draft, problem: str | None, now: datetime, zone: str | None = None
) -> str:
    """One draft as ``followup preview`` shows it: its head and its text."""
    when = "now" if f.due_at <= now else f"at {local_time(f.due_at, zone)}"
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in draft.to) or "(no address yet)"
    head = [
        f"=== {f.id} {f.kind} due {when}" + (f" [{problem}]" if problem else ""),
        f"To: {to}",
        f"Subject: {draft.subject}",
    ]
    if draft.in_reply_to:
        head.append(f"In-Reply-To: {draft.in_reply_to}")
    return "\n".join(head) + "\n\n" + draft.text.rstrip()

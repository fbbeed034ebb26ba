"""What followup tells the user: ``status`` (table and JSON), ``events``, ``explain``, ``preview``.

Everything here reads the state and returns text or JSON-ready data; the CLI prints it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from agent import codec
from agent.engine import Condition, Engine, ProcessView, Settings
from agent.model import FollowUp, FollowUpState, Kind, Problem
from agent.plan import merge
from agent.state import State

S = FollowUpState
CONDITIONS_KEY = "conditions"


def save_conditions(state: State, conditions: list[Condition]) -> None:
    state.set_meta(CONDITIONS_KEY, json.dumps([c.__dict__ for c in conditions]))


def _conditions(state: State) -> list[dict[str, str]]:
    raw = state.meta(CONDITIONS_KEY)
    return list(json.loads(raw)) if raw else []


def _engine(state: State, settings: Settings) -> Engine:
    return Engine(state, settings, sources=(), sink=None, composer=None)


# --------------------------------------------------------------------------- status


def snapshot(state: State, settings: Settings, now: datetime) -> dict[str, Any]:
    """``status --json`` in CONTRACT.md's schema."""
    engine = _engine(state, settings)
    engine.detect_changed(now)  # a note or a mark since the last pass shows at once
    views = engine.views(now)
    return {
        "now": now.isoformat(),
        "conditions": _conditions(state),
        "processes": [_process_json(state, view) for view in views],
        "daemon": _daemon_json(state),
    }


def _daemon_json(state: State) -> dict[str, Any] | None:
    """What ``followup run`` last did (None when it never ran on this state file)."""
    from agent.locks import daemon_running

    record = state.daemon()
    if record is None:
        return None
    return {
        "running": daemon_running(state.path) is not None,
        "pid": record.pid,
        "started_at": record.started_at.isoformat(),
        "last_pass_at": _iso(record.last_pass_at),
        "last_exit": record.last_exit,
        "next_wake_at": _iso(record.next_wake_at),
        "failures": record.failures,
    }


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _process_json(state: State, view: ProcessView) -> dict[str, Any]:
    contact = view.plan.contact
    return {
        "id": view.group.pid,
        "company": view.group.company,
        "position": view.group.position,
        "state": str(view.plan.state),
        "contact": contact.email if contact else None,
        "interviews": [_interview_json(view, key) for key in _round_order(view)],
        "followups": [
            _followup_json(f, _known_addresses(view)) for f in state.followups(view.group.pid)
        ],
    }


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


def _followup_json(f: FollowUp, known: dict[str, str]) -> dict[str, Any]:
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
    return data


def render_table(data: dict[str, Any]) -> str:
    lines = []
    for c in data["conditions"]:
        lines.append(f"! {c['kind']}: {c['message']}")
    if data.get("daemon"):
        lines.append(_daemon_line(data["daemon"]))
    if not data["processes"]:
        lines.append("No interviews found yet. Run `followup tick` to read the calendar.")
    for p in data["processes"]:
        lines.extend(_process_lines(p))
    return "\n".join(lines)


def _daemon_line(d: dict[str, Any]) -> str:
    if not d["running"]:
        return f"followup run is not running (last pass {(d['last_pass_at'] or '-')[:19]})"
    failing = f", {d['failures']} failed passes in a row" if d["failures"] else ""
    return (
        f"followup run (pid {d['pid']}): last pass {(d['last_pass_at'] or '-')[:19]}, "
        f"next wake-up {(d['next_wake_at'] or '-')[:19]}{failing}"
    )


def _process_lines(p: dict[str, Any]) -> list[str]:
    title = " - ".join(x for x in (p["company"], p["position"]) if x) or "(company unknown)"
    lines = ["", f"{p['id']}  {title}  [{p['state']}]  contact: {p['contact'] or '-'}"]
    for i in p["interviews"]:
        flag = " (cancelled)" if i["cancelled"] else " (declined)" if i["declined"] else ""
        who = ", ".join(x["name"] or x["email"] for x in i["interviewers"]) or "-"
        said = f' ("{i["timeline_text"]}")' if i["timeline_text"] else " (default)"
        lines.append(f"  {i['id']:<5} {i['ended_at'][:16]}  {i['title']}{flag}")
        lines.append(f"        with {who}; answer by {i['answer_date']}{said}")
    for f in p["followups"]:
        to = ", ".join(f["to"]) or (f["person"] or "-")
        problem = f"  !{f['problem']}" if f["problem"] else ""
        if f.get("address_now"):
            problem += f" (fill in {f['address_now']})"
        lines.append(
            f"  {f['id']:<5} {f['kind']:<13} {f['state']:<10} due {f['due_at'][:16]}  to {to}{problem}"
        )
    return lines


# --------------------------------------------------------------------------- events / explain


def render_events(state: State, since: date | None, show_all: bool) -> str:
    lines = []
    for stored in state.events():
        event = codec.event_from_dict(stored.data)
        if not show_all and since is not None and event.start_at.date() < since:
            continue
        eid = state.short_id("e", stored.key)
        verdict = "?"
        if stored.detection is not None:
            verdict = "interview" if stored.detection["is_interview"] else "-"
        gone = " (gone)" if stored.vanished else " (cancelled)" if event.cancelled else ""
        lines.append(
            f"{eid:<6} {event.start_at.isoformat()[:16]}  {verdict:<9} {event.summary}{gone}"
        )
    return "\n".join(lines) or "No events stored yet. Run `followup tick` to read the calendar."


def explain(state: State, key: str, config: Any) -> str:
    stored = state.event(key)
    if stored is None:
        return f"{key}: not stored"
    event = codec.event_from_dict(stored.data)
    lines = [
        f"{state.short_id('e', key)}  {event.summary}",
        f"  uid: {event.uid}   calendar: {event.calendar}",
        f"  {event.start_at.isoformat()} -> {event.end_at.isoformat()} ({event.tz}), {event.status}",
    ]
    if event.organizer:
        lines.append(f"  organizer: {_who(event.organizer.name, event.organizer.email)}")
    for a in event.attendees:
        tags = [
            t for t, on in (("resource", a.resource), ("group", a.group), ("you", a.is_self)) if on
        ]
        lines.append(
            f"  attendee: {_who(a.name, a.email)} [{a.response}{', ' + ', '.join(tags) if tags else ''}]"
        )
    if stored.detection is None:
        lines.append("  not detected yet: run `followup tick`")
        return "\n".join(lines)
    d = codec.detection_from_dict(stored.detection)
    lines.append(f"  decision: {'INTERVIEW' if d.is_interview else 'not an interview'}")
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


def preview(state: State, config: Any, now: datetime) -> str:
    """Render what would be drafted next, on a copy of the state: nothing is written."""
    from agent.engine import TickReport
    from agent.wiring import build_engine

    scratch = state.copy_to_memory()
    engine = build_engine(config, scratch)
    report = TickReport(now=now)
    engine.sync(now, report)
    engine.detect_changed(now)
    views = engine.views(now)
    pending = _pending(views, now)
    if not pending:
        return "Nothing is planned."
    due_now = [p for p in pending if p[1].due_at <= now]
    chosen = due_now or [p for p in pending if p[1].due_at == pending[0][1].due_at]
    blocks = []
    for view, f in chosen:
        composed = engine.compose(view, f, now)
        blocks.append(_render(f, composed.draft, composed.problem, now))
    return "\n\n".join(blocks)


def _pending(views: list[ProcessView], now: datetime) -> list[tuple[ProcessView, FollowUp]]:
    found = []
    for view in views:
        for decision in view.plan.decisions:
            existing = view.facts.followups.get(decision.key)
            merged = merge(existing, decision) or existing
            if merged is not None and merged.state in (S.PLANNED, S.FAILED):
                found.append((view, merged if merged.id else _with_id(merged)))
    return sorted(found, key=lambda p: p[1].due_at)


def _with_id(f: FollowUp) -> FollowUp:
    from dataclasses import replace

    return replace(f, id="(new)")


def _render(f: FollowUp, draft: Any, problem: str | None, now: datetime) -> str:
    when = "now" if f.due_at <= now else f"at {f.due_at.isoformat()}"
    to = ", ".join(f"{n} <{a}>" if n else a for n, a in draft.to) or "(no address yet)"
    head = [
        f"=== {f.id} {f.kind} due {when}" + (f" [{problem}]" if problem else ""),
        f"To: {to}",
        f"Subject: {draft.subject}",
    ]
    if draft.in_reply_to:
        head.append(f"In-Reply-To: {draft.in_reply_to}")
    return "\n".join(head) + "\n\n" + draft.text.rstrip()

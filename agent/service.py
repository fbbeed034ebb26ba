"""The application service: what the commands that read or change what followup knows do.

The CLI parses arguments and prints; every command that records something the user said
(``note``, ``timeline``, ``contact``, ``replied``, ``outcome``, ``mark``, ``people``) writes the
state through here, and ``preview`` runs a pass on a copy of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from agent.addresses import canonical
from agent.codec import event_from_dict
from agent.errors import UsageError
from agent.model import FollowUp, FollowUpKey
from agent.names import display_name, name_key
from agent.replies import stated_reply
from agent.state import State
from agent.timeline import parse_timeline
from agent.views import pending, render_draft

if TYPE_CHECKING:
    from agent.config import Config
    from agent.settings import Settings
    from agent.views import ProcessView


def open_state(config: Config) -> State:
    return State(config.state)


# --------------------------------------------------------------------------- what ids name


def event_ref(state: State, text: str) -> str:
    """The event key or calendar UID that an event or interview id (``e41``, ``i7``) or a
    calendar UID names (a mark on a UID applies to every occurrence of the series)."""
    return _resolve(state, text, "ei", "event")[1]


def event_key(state: State, text: str) -> str:
    """The stored event an event or interview id or a UID names (a series: its first)."""
    kind, ref = _resolve(state, text, "ei", "event")
    return state.event_keys_for_uid(ref)[0] if kind == "uid" else ref


def interview_key(state: State, text: str) -> str:
    kind, ref = _resolve(state, text, "ie", "interview")
    if kind == "uid":
        keys = state.event_keys_for_uid(ref)
        if len(keys) > 1:
            raise UsageError(
                f"{text} is a series; give one occurrence's id (see `followup events`)"
            )
        return keys[0]
    return ref


def process_id(state: State, text: str) -> str:
    _resolve(state, text, "p", "process")
    if state.process(text) is None:
        raise UsageError(f"no process {text!r}", hint="`followup status` prints the ids")
    return text


def _resolve(state: State, text: str, kinds: str, what: str) -> tuple[str, str]:
    """A short id (``p3``, ``i7``, ``e41``) or, for events, a calendar UID -> (kind, ref)."""
    found = state.resolve_short_id(text)
    if found and found[0] in kinds:
        return found
    if ("e" in kinds or "i" in kinds) and state.event_keys_for_uid(text):
        return ("uid", text)
    raise UsageError(
        f"no {what} {text!r}",
        hint="`followup status` and `followup events` print the ids",
    )


def valid_address(text: str) -> str:
    """``text`` as one address (``agent.addresses``); an internationalised one is fine."""
    address = canonical(text)
    if address is None or "." not in address.rpartition("@")[2]:
        raise UsageError(f"not an email address: {text!r}", hint="e.g. dana@acme.com")
    return address


# --------------------------------------------------------------------------- what the user says


def timeline(state: State, interview: str, text: str, tz: str, now: datetime) -> None:
    """``followup timeline``: the timetable the company stated, which wins over the invite's."""
    key = interview_key(state, interview)
    stored = state.event(key)
    if stored is not None:
        event = event_from_dict(stored.data)
        if parse_timeline(text, event.end_at, event.tz or tz) is None:
            raise UsageError(
                f"no date can be read from {text!r}",
                hint='say it the way they did, e.g. "within two weeks", "by Friday", "Dec 15"',
            )
    state.set_timeline(key, text, now)


def note(state: State, interview: str, text: str, now: datetime) -> None:
    state.add_note(interview_key(state, interview), text, now)


def contact(state: State, process: str, address: str, now: datetime) -> tuple[str, str]:
    """``followup contact``: who gets the status check and check-ins; (pid, address)."""
    pid = process_id(state, process)
    valid = valid_address(address)
    state.set_contact(pid, valid, now)
    return pid, valid


def replied(
    state: State, process: str, at: datetime, timeline: str | None, tz: str, now: datetime
) -> str:
    """``followup replied``: local mode has no mailbox to watch, so the user says when the
    company answered and, if they gave one, the new timetable."""
    pid = process_id(state, process)
    reply = stated_reply(pid, at, timeline, tz)
    if not state.add_reply(reply, now):
        return f"{pid}: that reply was already recorded"
    if reply.answer_date:
        return f"{pid}: reply recorded; a new wait until {reply.answer_date} ({timeline})"
    return f"{pid}: reply recorded; the status check and check-ins are cancelled"


def outcome(state: State, process: str, outcome: str, now: datetime) -> str:
    pid = process_id(state, process)
    state.set_outcome(pid, outcome, now)
    return pid


def mark(state: State, event: str, decision: str, now: datetime) -> None:
    """``followup mark``: the user's decision wins over detection, from the next pass."""
    state.set_mark(event_ref(state, event), decision, now)


def add_person(state: State, name: str, address: str, now: datetime) -> str:
    """``followup people add``: the address of someone known by name; their display form."""
    key = name_key(name)
    if not key:
        raise UsageError(f"not a name: {name!r}")
    valid = valid_address(address)
    shown = display_name(name) or name
    state.add_address(key, shown, valid, now)
    return f"{display_name(name)} <{valid}>"


def release(state: State, settings: Settings, ids: Sequence[str], now: datetime) -> list[str]:
    """``followup release``: let held follow-ups through every hold (``agent.holds``). Each id
    names a follow-up (``f12``), an interview (``i7``: its held follow-ups) or a process
    (``p3``: its held follow-ups). Returns one line per follow-up released."""
    from agent import holds, store

    views = store.load_views(state, settings, now)
    pending = {f.key: f for f in state.followups(states=list(holds.PENDING))}
    held = []
    for view in views:
        for f in state.followups(view.group.pid, states=list(holds.PENDING)):
            why = holds.hold(f, view.items, view.rounds, settings.policy)
            if why is not None:
                held.append((view, f, why))
    lines = []
    with state.transaction():
        for text in ids:
            chosen = _held_by(state, text, held, pending)
            for f, why in chosen:
                state.save_followup(holds.release(f), now, "released")
                lines.append(f"{f.id} {f.kind} released (was held: {why}); drafted when due")
    return lines


def _held_by(
    state: State,
    text: str,
    held: Sequence[tuple[ProcessView, FollowUp, str]],
    pending: dict[FollowUpKey, FollowUp],
) -> list[tuple[FollowUp, str]]:
    found = state.resolve_short_id(text)
    if found is None or found[0] not in "fip":
        raise UsageError(
            f"no follow-up, interview or process {text!r}",
            hint="`followup status` prints the ids (f12, i7, p3)",
        )
    kind, ref = found
    if kind == "f":
        key = FollowUpKey.parse(ref)
        chosen = [(f, why) for _, f, why in held if f.key == key]
        if not chosen:
            f = state.followup(key)
            what = f"is {f.state}" if f is not None and key not in pending else "is not held"
            raise UsageError(f"{text} {what}: nothing to release")
        return chosen
    if kind == "i":
        chosen = [(f, why) for _, f, why in held if f.key.round == ref]
    else:
        chosen = [(f, why) for view, f, why in held if view.group.pid == text]
    if not chosen:
        raise UsageError(f"{text}: nothing is held")
    return chosen


@dataclass(frozen=True)
class Added:
    """What ``followup people add`` changed: the person, one line per draft, the exit code."""

    person: str
    changes: tuple[str, ...]
    exit_code: int


def add_person_and_draft(
    config: Config, state: State, name: str, address: str, now: datetime
) -> Added:
    """Record the address, then plan and draft the due follow-ups that waited for it (a
    thank-you to that person, a status check to them as the contact); nothing else is drafted
    and no calendar is read."""
    from agent.engine import TickReport
    from agent.wiring import build_engine

    shown = add_person(state, name, address, now)
    valid = valid_address(address)
    engine = build_engine(config, state)
    views = engine.plan(now)
    report = TickReport(now=now)
    engine.draft_due(views, now, report, only=lambda f: valid in f.to)
    changes = [f"drafted {f.id} {f.kind} to {', '.join(f.to)}" for f in report.drafted]
    changes += [f"failed  {f.id} {f.kind}: {why}" for f, why in report.failed]
    return Added(shown, tuple(changes), report.exit_code)


# --------------------------------------------------------------------------- preview


def preview(config: Config, now: datetime) -> str:
    """Render what would be drafted next, on a copy of the state: nothing is written (without
    a state file yet, on an empty one in memory)."""
    from pathlib import Path

    from agent.engine import TickReport
    from agent.wiring import build_engine

    state = open_state(config) if Path(config.state).exists() else State(":memory:")
    scratch = state.copy_to_memory()
    engine = build_engine(config, scratch)
    engine.sync(now, TickReport(now=now))
    engine.detect_changed(now)
    found = pending(engine.views(now))
    if not found:
        return "Nothing is planned."
    due_now = [p for p in found if p[1].due_at <= now]
    chosen = due_now or [p for p in found if p[1].due_at == found[0][1].due_at]
    blocks = []
    for view, f in chosen:
        composed = engine.compose(view, f, now)
        blocks.append(render_draft(f, composed.draft, composed.problem, now))
    return "\n\n".join(blocks)

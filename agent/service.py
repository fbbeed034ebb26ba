"""The application service: what the commands that read or change what followup knows do.

The CLI parses arguments and prints; every command that records something the user said
(``note``, ``timeline``, ``contact``, ``replied``, ``outcome``, ``mark``, ``people``) writes the
state through here, and ``preview`` runs a pass on a copy of it.

A correction takes effect at once: it records what the user said, then plans every process with
the same planner a pass uses (``store.plan_all``) and records the decisions, so ``status`` shows
the new plan straight away. It writes no draft: drafting stays with ``tick`` and ``run``. What
the correction changed in the plan (``agent.changes``) is what the command prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from agent import changes, store
from agent.addresses import canonical
from agent.codec import event_from_dict
from agent.errors import UsageError
from agent.model import FollowUp, FollowUpKey
from agent.names import display_name, name_key
from agent.replies import stated_reply
from agent.state import State
from agent.timeline import parse_timeline
from agent.views import pending, render_draft
from agent.workdays import says_after_holidays

if TYPE_CHECKING:
    from agent.cards import Card
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


# --------------------------------------------------------------------------- re-planning


@dataclass(frozen=True)
class Correction:
    """What a correction command prints: what was recorded, then what changed in the plan."""

    said: str
    changes: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return [self.said, *(self.changes or ["the plan is unchanged"])]


def replan(state: State, settings: Settings, now: datetime) -> list[ProcessView]:
    """Detect what a mark or a note cleared, plan every process and record the decisions, as a
    pass does before drafting (the sent mail as the last pass read it)."""
    store.detect_changed(state, settings.me)
    return store.plan_all(state, settings, now)


def _plan_snapshot(state: State, views: list[ProcessView]) -> changes.PlanSnapshot:
    return changes.snapshot(views, state.followups_by_process())


def _corrected(
    state: State,
    settings: Settings,
    now: datetime,
    write: Callable[[], None],
    said: str,
    cause: str,
) -> Correction:
    """Record a correction (``write``) and re-plan at once. The plan is first brought up to
    ``now``, so what is printed is what the correction changed, not what time did."""
    before = _plan_snapshot(state, replan(state, settings, now))
    write()
    after = _plan_snapshot(state, replan(state, settings, now))
    return Correction(said, changes.describe(before, after, cause, settings.me.timezone, now))


# --------------------------------------------------------------------------- what the user says


def timeline(
    state: State, settings: Settings, interview: str, text: str, now: datetime
) -> Correction:
    """``followup timeline``: the timetable the company stated, which wins over the invite's."""
    key = interview_key(state, interview)
    stored = state.event(key)
    if stored is not None:
        event = event_from_dict(stored.data)
        if parse_timeline(
            text, event.end_at, event.tz or settings.me.timezone
        ) is None and not says_after_holidays(text):
            raise UsageError(
                f"no date can be read from {text!r}",
                hint='say it the way they did, e.g. "within two weeks", "by Friday", "Dec 15"',
            )
    return _corrected(
        state,
        settings,
        now,
        lambda: state.set_timeline(key, text, now),
        f"recorded the timetable for {interview}: {text}",
        f'you recorded the timetable "{text}"',
    )


def note(state: State, settings: Settings, interview: str, text: str, now: datetime) -> Correction:
    key = interview_key(state, interview)
    return _corrected(
        state,
        settings,
        now,
        lambda: state.add_note(key, text, now),
        f"noted on {interview}",
        f"you added a note to {interview}",
    )


def contact(
    state: State, settings: Settings, process: str, address: str, now: datetime
) -> Correction:
    """``followup contact``: who gets the status check and check-ins."""
    pid = process_id(state, process)
    valid = valid_address(address)
    return _corrected(
        state,
        settings,
        now,
        lambda: state.set_contact(pid, valid, now),
        f"{pid}: status checks and check-ins go to {valid}",
        f"you made {valid} the contact",
    )


def replied(
    state: State,
    settings: Settings,
    process: str,
    at: datetime,
    timeline: str | None,
    now: datetime,
) -> Correction:
    """``followup replied``: local mode has no mailbox to watch, so the user says when the
    company answered and, if they gave one, the new timetable."""
    pid = process_id(state, process)
    reply = stated_reply(pid, at, timeline, settings.me.timezone)
    added: list[bool] = []
    if reply.answer_date:
        said = f"{pid}: reply recorded; a new wait until {reply.answer_date} ({timeline})"
        cause = f'you recorded their reply with the timetable "{timeline}"'
    else:
        said = f"{pid}: reply recorded; the status check and check-ins are cancelled"
        cause = "you recorded their reply"
    done = _corrected(
        state, settings, now, lambda: added.append(state.add_reply(reply, now)), said, cause
    )
    if not added[0]:
        return Correction(f"{pid}: that reply was already recorded", done.changes)
    return done


def outcome(
    state: State, settings: Settings, process: str, outcome: str, now: datetime
) -> Correction:
    pid = process_id(state, process)
    return _corrected(
        state,
        settings,
        now,
        lambda: state.set_outcome(pid, outcome, now),
        f"{pid}: {outcome}; no further follow-ups will be drafted",
        f"you recorded the outcome: {outcome}",
    )


#: ``followup mark EVENT auto``: the event's decision goes back to detection.
AUTO = "auto"


def mark(state: State, settings: Settings, event: str, decision: str, now: datetime) -> Correction:
    """``followup mark``: the user's decision wins over detection; ``auto`` takes it back."""
    ref = event_ref(state, event)
    if decision == AUTO:
        if ref not in state.marks():
            raise UsageError(
                f"{event} carries no mark of yours",
                hint="`followup explain` says why an event is or is not an interview",
            )
        return _corrected(
            state,
            settings,
            now,
            lambda: state.clear_mark(ref, now),
            f"{event}: your mark is removed; detection decides again",
            f"you handed {event} back to detection",
        )
    word = "an interview" if decision == "interview" else "not an interview"
    return _corrected(
        state,
        settings,
        now,
        lambda: state.set_mark(ref, decision, now),
        f"{event} marked {decision}",
        f"you marked {event} {word}",
    )


def add_person(
    state: State, settings: Settings, name: str, address: str, now: datetime
) -> Correction:
    """``followup people add``: the address of someone known by name."""
    key = name_key(name)
    if not key:
        raise UsageError(f"not a name: {name!r}")
    valid = valid_address(address)
    shown = display_name(name) or name
    return _corrected(
        state,
        settings,
        now,
        lambda: state.add_address(key, shown, valid, now),
        f"{shown} <{valid}> recorded",
        f"you gave {shown} the address {valid}",
    )


def remove_person(
    state: State, settings: Settings, name: str, address: str, now: datetime
) -> Correction:
    """``followup people remove``: take back an address given with ``people add``."""
    key = name_key(name)
    if not key:
        raise UsageError(f"not a name: {name!r}")
    valid = valid_address(address)
    shown = display_name(name) or name
    if state.address_book().get(key) != valid:
        raise UsageError(
            f"{shown} <{valid}> was not added with `followup people add`",
            hint="only an address you gave can be removed; the calendar's own stay",
        )
    return _corrected(
        state,
        settings,
        now,
        lambda: state.remove_address(key, valid, now),
        f"{shown} <{valid}> removed",
        f"you removed {valid} from {shown}",
    )


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
    """What ``followup people add`` did: the correction (what changed in the plan), one line
    per draft written for what waited for the address, the exit code."""

    correction: Correction
    drafted: tuple[str, ...]
    exit_code: int


def add_person_and_draft(
    config: Config, state: State, name: str, address: str, now: datetime
) -> Added:
    """Record the address and re-plan (``add_person``), then draft the due follow-ups that
    waited for it (a thank-you to that person, a status check to them as the contact); nothing
    else is drafted and no calendar is read."""
    from agent.engine import TickReport
    from agent.wiring import build_engine, settings

    correction = add_person(state, settings(config), name, address, now)
    valid = valid_address(address)
    engine = build_engine(config, state)
    views = engine.plan(now)
    report = TickReport(now=now)
    engine.draft_due(views, now, report, only=lambda f: valid in f.to)
    drafted = [f"drafted {f.id} {f.kind} to {', '.join(f.to)}" for f in report.drafted]
    drafted += [f"failed  {f.id} {f.kind}: {why}" for f, why in report.failed]
    return Added(correction, tuple(drafted), report.exit_code)


# --------------------------------------------------------------------------- cards


def cards(config: Config, state: State, ref: str | None, now: datetime) -> list[Card]:
    """``followup cards [PROCESS|INTERVIEW]``: the handwritten notes, one per interviewer, of
    the interviews asked for (without ``ref``: those ``status`` lists, ended in the last week)."""
    from agent.cards import Card, card_text
    from agent.choices import compose_input
    from agent.compose import Composer
    from agent.model import FollowUpState, Kind
    from agent.views import cards_to_write
    from agent.wiring import settings

    chosen = settings(config)
    views = store.load_views(state, chosen, now)
    wanted: set[str] | None = None  # interview ids; None: those due now
    pid: str | None = None
    if ref is not None:
        found = state.resolve_short_id(ref)
        if found and found[0] == "p":
            pid = process_id(state, ref)
        else:
            key = interview_key(state, ref)
            wanted = {state.short_id("i", key)}
    if ref is None:
        wanted = {c.interview_id for c in cards_to_write(views, now, chosen.policy)}
    writer = Composer(config.templates)
    made: list[Card] = []
    for view in views:
        if pid is not None and view.group.pid != pid:
            continue
        for round_ in sorted(view.rounds.values(), key=lambda r: r.start_at):
            if not round_.live or (wanted is not None and round_.interview_id not in wanted):
                continue
            if pid is not None and round_.end_at > now:
                continue  # a card thanks for an interview that took place
            for person in round_.interviewers:
                thanks = FollowUpKey(
                    view.group.pid, round_.event_key, Kind.THANK_YOU, person.person_id
                )
                f = view.facts.followups.get(thanks) or FollowUp(
                    thanks, "", FollowUpState.PLANNED, round_.end_at
                )
                inp, _ = compose_input(view, f, chosen, (), now)
                name = display_name(person.name) or person.email or "?"
                made.append(Card(round_.interview_id, name, card_text(writer, inp)))
    return made


# --------------------------------------------------------------------------- preview


def preview(config: Config, now: datetime) -> str:
    """Render what would be drafted next, on a copy of the state: nothing is written (without
    a state file yet, on an empty one in memory)."""
    from pathlib import Path

    from agent.engine import TickReport
    from agent.wiring import build_engine

    state = open_state(config) if Path(config.state).exists() else State(":memory:")
    scratch = state.copy_to_memory()
    engine = build_engine(config, scratch, writes=False)
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
        problem = f"not written: {composed.held}" if composed.held else composed.problem
        blocks.append(render_draft(f, composed.draft, problem, now, config.me.timezone))
    return "\n\n".join(blocks)

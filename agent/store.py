"""The state side of a pass: what is read from the state before a decision and written after.

Each function here reads records from the ``State`` it is given, calls the pure module that owns
the decision (``detector``, ``assemble``, ``views``, ``plan``) and writes what it returned. No rule
lives here: only which rows are read and written, and in which transaction.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from agent import codec, evidence, recognition, views
from agent.assemble import (
    InterviewItem,
    ProcessGroup,
    group_interviews,
    merge_order,
    resolve_people,
)
from agent.detector import Detector, rapid_series
from agent.digest import DigestData
from agent.model import Event, Me, Person, Policy
from agent.plan import Round, merge
from agent.ports import SentMessage, SyncBatch
from agent.records import PersonRecord
from agent.replies import ReplyEffect, outcome_to_record
from agent.settings import Settings
from agent.views import ProcessView

if TYPE_CHECKING:
    from agent.state import State

log = logging.getLogger("agent.engine")

# --------------------------------------------------------------------------- events


def store_batch(
    state: State, me: Me, calendar: str, batch: SyncBatch, now: datetime, policy: Policy
) -> list[tuple[str, str]]:
    """Store the new and changed events of ``batch``, each with its detection: a row is
    written once, with what it is (detecting it as it came costs no JSON round trip); and what
    the read says of the events it lacks (``evidence``). Returns (start_at ISO, key) of each
    event stored as an interview."""
    digests = state.event_digests(calendar)
    seen = set()
    stamp = now.isoformat()
    interviews = []
    with state.transaction():
        # Marks and notes are read inside the transaction: none can slip in unseen.
        rapid = _rapid(state, batch.events, batch.complete, policy)
        detector = Detector(me, state.marks(), state.interview_notes(), rapid)
        rows = []
        for event in batch.events:
            key = event.key
            seen.add(key)
            if event.calendar != calendar:
                event = replace(event, calendar=calendar)
            data, digest, start_at, end_at = codec.encode_event_times(event)
            if digests.get(key) == digest:
                continue
            text, is_interview = detector.detect(key, event)
            if is_interview:
                interviews.append((start_at, key))
            row = (key, event.uid, calendar, start_at, end_at, event.status, data, digest, text)
            rows.append((*row, stamp, stamp))  # first seen (a new row), updated
        state.upsert_events(rows)
        # An event read again is live again, changed or not.
        state.mark_present(sorted(state.absent_keys(calendar) & seen), now)
        # Only a key stored before this batch and missing from it can be missing.
        if batch.complete and not digests.keys() <= seen:
            # Only an event whose time is inside the window read can be missing; one that
            # merely left the window stays as it was.
            inside = state.keys_in_span(calendar, batch.window.start_at, batch.window.end_at)
            state.mark_missing([k for k in inside if k not in seen], now)
        _settle_missing(state, calendar, now, policy)
        state.mark_vanished(list(batch.removed), now)  # an explicit removal: gone at once
        state.set_meta(_COMPLETE + calendar, "1" if batch.complete else "0")
    return interviews


def store_unchanged(
    state: State, calendar: str, batch: SyncBatch, now: datetime, policy: Policy
) -> None:
    """A read that found the calendar as the last one did is one more read of it: the events
    that one lacked are still absent (when it was complete)."""
    missing = state.missing(calendar)
    if not missing or state.meta(_COMPLETE + calendar) == "0":
        return
    with state.transaction():
        inside = set(state.keys_in_span(calendar, batch.window.start_at, batch.window.end_at))
        state.mark_missing([key for key, _, _ in missing if key in inside], now)
        _settle_missing(state, calendar, now, policy)


#: meta key prefix: whether the calendar's last parsed read was complete ("1") or not ("0")
_COMPLETE = "read_complete:"


def _settle_missing(state: State, calendar: str, now: datetime, policy: Policy) -> None:
    gone = evidence.gone_keys(state.missing(calendar), now, policy)
    if gone:
        log.info("%s: %d events missing long enough are gone", calendar, len(gone))
        state.mark_vanished(gone, now)


def _rapid(
    state: State, events: Sequence[Event], complete: bool, policy: Policy
) -> dict[str, timedelta]:
    """The series among ``events`` too close together to be interviews: judged on the
    occurrences read, and those stored when the read was not the whole calendar."""
    starts: dict[str, list[datetime]] = {}
    for event in events:
        if event.recurrence_id is not None:
            starts.setdefault(event.uid, []).append(event.start_at)
    if not complete and starts:
        for uid, stored in state.series_starts(list(starts)).items():
            starts[uid].extend(stored)
    return rapid_series(starts, policy.series_gap)


def detect_changed(
    state: State,
    me: Me,
    new_interviews: Sequence[tuple[str, str]] = (),
    policy: Policy | None = None,
) -> None:
    """Detect every event whose detection was cleared (a mark, a note, a vanished event, an
    interrupted pass); ``new_interviews`` (start_at, key) came with theirs. New interviews get
    their short ids here, in order of time (then key), wherever they were detected."""
    with state.transaction():
        todo = []
        for key, start_at in state.keys_to_detect_with_start():
            event = _stored_event(state, key)
            if event is not None:
                todo.append((key, start_at, event))
        series = [e.uid for _, _, e in todo if e.recurrence_id is not None]
        gap = (policy or Policy()).series_gap
        rapid = rapid_series(state.series_starts(series), gap) if series else {}
        detector = Detector(me, state.marks(), state.interview_notes(), rapid)
        results: list[tuple[str, str]] = []
        interviews = list(new_interviews)
        for key, start_at, event in todo:
            text, is_interview = detector.detect(key, event)
            results.append((key, text))
            if is_interview:
                interviews.append((start_at, key))
        state.set_detections(results)
        for _, key in sorted(interviews):
            state.short_id("i", key)


def _stored_event(state: State, key: str) -> Event | None:
    stored = state.event(key)
    return codec.event_from_dict(stored.data) if stored else None


def interviews(state: State) -> list[InterviewItem]:
    notes = state.interview_notes()
    return [
        views.interview_item(stored, state.short_id("i", stored.key), notes)
        for stored in state.interview_events()
    ]


# --------------------------------------------------------------------------- processes


def bind_processes(
    state: State,
    items: Sequence[InterviewItem],
    now: datetime,
    company_names: Sequence[tuple[str, str]] = (),
) -> list[ProcessGroup]:
    """Group interviews into processes and give each its stable id (new ones recorded)."""
    groups: list[ProcessGroup] = []
    with state.transaction():
        for g in group_interviews(items, company_names):
            older, younger = merge_order(state.process_ids_for_keys(list(g.keys)))
            pid = older or state.short_id("p", g.keys[0])
            for other in younger:
                state.merge_process(other, pid, now)
            state.bind_process_keys(pid, list(g.keys))
            state.ensure_process(pid, g.company, now)
            groups.append(ProcessGroup(pid, g.items, g.company, g.position, g.company_domain))
    return sorted(groups, key=lambda g: int(g.pid[1:]))


def _people(
    state: State, pid: str, people: Sequence[Person], address_book: dict[str, str]
) -> list[PersonRecord]:
    resolved = resolve_people(state.people(pid), pid, people, address_book)
    for record in resolved:
        state.save_person(record)
    return resolved


#: The meta key of what the user wrote to whom, as the last pass read it from the sent mail.
WROTE_TO_KEY = "wrote_to"


def load_views(
    state: State, settings: Settings, now: datetime, sent: Sequence[SentMessage] | None = None
) -> list[ProcessView]:
    """Every process as planned now. One transaction for the records the views complete
    (processes, people), and what every view reads the same read once. ``sent``: the mail the
    user sent, as read this pass; None: as the last pass read it (a command that reads no
    mailbox plans as the engine did)."""
    with state.transaction():
        groups = bind_processes(state, interviews(state), now, settings.companies)
        address_book = state.address_book()
        recorded = state.followups_by_process()
        all_rounds = [
            {
                item.event.key: _round(state, group.pid, item, address_book, settings)
                for item in group.items
            }
            for group in groups
        ]
        if sent is not None:
            wrote_to = views.wrote_to(sent, _ours(settings, all_rounds) if sent else frozenset())
        else:
            wrote_to = saved_wrote_to(state)
        found = []
        for group, rounds in zip(groups, all_rounds, strict=True):
            record = state.ensure_process(group.pid, group.company, now)
            found.append(
                views.build_view(
                    group,
                    record,
                    rounds,
                    state.people(group.pid),
                    state.replies(group.pid),
                    recorded.get(group.pid, []),
                    wrote_to,
                    settings.me,
                    settings.policy,
                    now,
                )
            )
        return found


def _round(
    state: State,
    pid: str,
    item: InterviewItem,
    address_book: dict[str, str],
    settings: Settings,
) -> Round:
    interviewers = _people(state, pid, item.detection.interviewers, address_book)
    organizer = views.company_organizer(item)
    record = _people(state, pid, [organizer], address_book)[0] if organizer else None
    return views.build_round(item, interviewers, record, settings.me, settings.policy)


def saved_wrote_to(state: State) -> dict[str, tuple[datetime, ...]]:
    """When the user wrote to each address, as the last pass read it."""
    raw = state.meta(WROTE_TO_KEY)
    if not raw:
        return {}
    return {a: tuple(datetime.fromisoformat(t) for t in ts) for a, ts in json.loads(raw).items()}


def _ours(settings: Settings, rounds: Sequence[Mapping[str, Round]]) -> frozenset[str]:
    """The Message-IDs of the thank-yous of these rounds: followup's own, once sent, are no
    mail the user wrote themselves."""
    every = [r for found in rounds for r in found.values()]
    return recognition.thank_you_ids(settings.secret, every, settings.me)


def _save_wrote_to(state: State, sent: Sequence[SentMessage], ours: frozenset[str]) -> None:
    found = views.wrote_to(sent, ours)
    state.set_meta(
        WROTE_TO_KEY, json.dumps({a: [t.isoformat() for t in ts] for a, ts in found.items()})
    )


# --------------------------------------------------------------------------- the digest


def digest_data(
    state: State,
    settings: Settings,
    now: datetime,
    found: Sequence[ProcessView] | None = None,
) -> DigestData:
    """What the digest and the 48-hour watch are decided from: the views (``found``, else as
    planned now), every follow-up as recorded now, and the events detection left unsure."""
    planned = list(found) if found is not None else load_views(state, settings, now)
    unsure_stored = state.unsure_events()
    ids = {item.key: state.short_id("e", item.key) for item in unsure_stored}
    return DigestData(
        planned,
        state.followups_by_process(),
        now,
        settings.policy,
        settings.me.timezone,
        views.unsure_json(unsure_stored, ids, now, settings.policy),
    )


# --------------------------------------------------------------------------- plans


def plan_all(
    state: State,
    settings: Settings,
    now: datetime,
    sent: Sequence[SentMessage] | None = None,
    hook: Callable[[str], None] | None = None,
) -> list[ProcessView]:
    """Plan every process and record the decisions, in one transaction: what a pass does
    before drafting, and what a correction does at once. ``sent`` as for ``load_views`` (a
    pass that read the sent mail keeps what it read, for the planning that follows)."""
    with state.transaction():
        found = load_views(state, settings, now, sent)
        if sent is not None:
            _save_wrote_to(
                state, sent, _ours(settings, [v.rounds for v in found]) if sent else frozenset()
            )
        for view in found:
            record_plan(state, view, now, hook or _no_hook)
    return found


def _no_hook(point: str) -> None:
    return None


def record_plan(
    state: State, view: ProcessView, now: datetime, hook: Callable[[str], None]
) -> None:
    """Record what the plan of ``view`` changes (each follow-up merged with its decision)."""
    for decision in view.plan.decisions:
        existing = view.facts.followups.get(decision.key)
        updated = merge(existing, decision)
        if updated is None:
            continue
        if not updated.id:
            updated = replace(updated, id=state.short_id("f", decision.key.serialise()))
        hook("before_plan")
        state.save_followup(updated, now, before=existing)
        hook("after_plan")


# --------------------------------------------------------------------------- replies


def record_reply(state: State, effect: ReplyEffect, now: datetime) -> None:
    """Record what a message did: its reply, and the outcome it states."""
    pid = effect.reply.pid
    if state.add_reply(effect.reply, now):
        reasons = "; ".join(effect.reasons)
        log.info("%s: %s from %s (%s)", pid, effect.reply.cls, effect.reply.from_addr, reasons)
    outcome = outcome_to_record(state.process(pid), effect)
    if outcome is not None:
        state.set_outcome(pid, outcome, now)


# --------------------------------------------------------------------------- the state's beginning


@dataclass(frozen=True)
class Beginning:
    """When this state began (it vouches for what fell due since), and whether the drafts sink
    kept a record of its drafts then (it vouches for what fell due before:
    ``recognition.unvouched``)."""

    at: datetime
    record: bool


_BEGAN = "began_at"
_RECORD = "record_at_start"


def beginning(state: State, now: datetime, keeps_record: Callable[[], bool]) -> Beginning:
    """The state's beginning, recorded on first need: a state from before this was recorded
    began with its first audit entry; a new one now, and the sink is asked then whether it keeps
    a record (later passes see the answer of that moment, whatever they write since)."""
    began, record = state.meta(_BEGAN), state.meta(_RECORD)
    if began is None or record is None:
        with state.transaction():
            began = state.first_audit_at() or now.isoformat()
            record = "1" if keeps_record() else "0"
            state.set_meta(_BEGAN, began)
            state.set_meta(_RECORD, record)
    return Beginning(datetime.fromisoformat(began), record == "1")

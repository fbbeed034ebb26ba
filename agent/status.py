"""What followup tells the user: ``status`` (table and JSON), ``events`` and ``explain``.

Each function reads the records it shows from the state it is given (through ``agent.store``,
which first detects what changed since the last pass, so a mark or a note shows at once) and
hands them to ``agent.views``, which decides what is shown. No engine is built.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from agent import codec, digest, health, store
from agent.records import Condition
from agent.redact import redact_urls
from agent.settings import Settings
from agent.views import (
    Series,
    event_line,
    explain_text,
    group_series,
    render_table,
    status_json,
)

if TYPE_CHECKING:
    from agent.state import State

CONDITIONS_KEY = "conditions"
__all__ = [
    "CONDITIONS_KEY",
    "explain",
    "render_events",
    "render_table",
    "save_conditions",
    "snapshot",
]


def save_conditions(state: State, conditions: list[Condition]) -> None:
    """The conditions ``status`` shows, their URLs redacted (a feed's address is its secret)."""
    shown = [{**c.__dict__, "message": redact_urls(c.message)} for c in conditions]
    state.set_meta(CONDITIONS_KEY, json.dumps(shown))


def _conditions(state: State) -> list[dict[str, str]]:
    raw = state.meta(CONDITIONS_KEY)
    return list(json.loads(raw)) if raw else []


def snapshot(state: State, settings: Settings, now: datetime) -> dict[str, Any]:
    """``status --json`` in CONTRACT.md's schema."""
    # a note or a mark since the last pass shows
    store.detect_changed(state, settings.me, policy=settings.policy)
    views = store.load_views(state, settings, now)
    followups = {view.group.pid: state.followups(view.group.pid) for view in views}
    # What needs the user (the digest's lines); those status_json adds itself are left out here.
    needs = store.digest_data(state, settings, now, views)
    found = digest.digest(needs)
    watch = [i.as_condition() for i in found.items if i.condition not in digest.SHOWN_BY_VIEWS]
    data = status_json(
        now,
        _conditions(state) + watch,
        views,
        followups,
        _daemon_json(state),
        settings.policy,
        needs.unsure,
        settings.me.timezone,
    )
    data["passes"] = health.as_json(state)  # the last error, since when, how many failed
    data["digest"] = _digest_json(state, found.day)
    return data


def _digest_json(state: State, day: date) -> dict[str, Any] | None:
    """Today's morning digest, once drafted (or tried): its id and state."""
    f = state.followup(digest.digest_key(day))
    if f is None:
        return None
    return {"date": day.isoformat(), "id": f.id, "state": str(f.state), "due_at": _iso(f.due_at)}


def _daemon_json(state: State) -> dict[str, Any] | None:
    """What ``followup run`` last did (None when it never ran on this state file)."""
    record = state.daemon()
    if record is None:
        return None
    return {
        "running": state.daemon_running() is not None,
        "pid": record.pid,
        "started_at": record.started_at.isoformat(),
        "last_pass_at": _iso(record.last_pass_at),
        "last_exit": record.last_exit,
        "next_wake_at": _iso(record.next_wake_at),
        "failures": record.failures,
    }


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def render_events(
    state: State,
    since: date | None,
    show_all: bool,
    now: datetime | None = None,
    zone: str | None = None,
    each: bool = False,
) -> str:
    """``followup events``: a recurring series is one line (its next occurrence, its rule),
    unless ``each``; times in ``zone``. Ids are given only to the events shown."""
    rows = []
    for stored in state.events():
        event = codec.event_from_dict(stored.data)
        if not show_all and since is not None and _local_day(event.start_at, zone) < since:
            continue
        interview = bool(stored.detection and stored.detection.get("is_interview"))
        rows.append((stored, event, interview))
    by_key = {stored.key: stored for stored, _, _ in rows}
    entries: list[tuple[str, Series | None]]
    if each or now is None:
        entries = [(stored.key, None) for stored, _, _ in rows]
    else:
        entries = group_series([(s.key, e, i) for s, e, i in rows], now)
    lines = [
        event_line(by_key[key], state.short_id("e", key), zone, series) for key, series in entries
    ]
    return "\n".join(lines) or "No events stored yet. Run `followup tick` to read the calendar."


def _local_day(at: datetime, zone: str | None) -> date:
    from zoneinfo import ZoneInfo

    return (at.astimezone(ZoneInfo(zone)) if zone else at).date()


def explain(state: State, key: str, zone: str | None = None) -> str:
    stored = state.event(key)
    if stored is None:
        return f"{key}: not stored"
    return explain_text(stored, state.short_id("e", key), zone)

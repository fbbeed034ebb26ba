"""An in-memory calendar source: the events a test (or an embedding program) put in it.

It behaves like a real source for the engine: ``fetch`` returns the events overlapping the
window as a complete snapshot, with a cursor that changes whenever the contents change, and
``changed=False`` when neither the contents nor the window changed since that cursor.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable

from agent.model import Event
from agent.ports import EventError, SyncBatch, Window
from agent.sources.window import overlaps, window_text


class MemoryCalendar:
    """A calendar held in memory; implements ``agent.ports.CalendarSource``."""

    def __init__(
        self,
        name: str = "memory",
        events: Iterable[Event] = (),
        errors: Iterable[EventError] = (),
    ) -> None:
        self._name = name
        # A fresh token per instance: a cursor from another calendar never matches this one.
        self._token = uuid.uuid4().hex[:12]
        self._revision = 0
        self._events: dict[str, Event] = {}
        self._errors: list[EventError] = list(errors)
        self.add(*events)

    @property
    def name(self) -> str:
        return self._name

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events.values())

    def add(self, *events: Event) -> None:
        """Add events, replacing any with the same key (UID plus RECURRENCE-ID)."""
        for event in events:
            self._events[event.key] = dataclasses.replace(event, calendar=self._name)
        self._revision += 1

    def replace(self, *events: Event) -> None:
        """Make these events the whole contents of the calendar."""
        self._events.clear()
        self.add(*events)

    def remove(self, *keys: str) -> None:
        """Remove the events with these keys (``Event.key``); unknown keys are ignored."""
        for key in keys:
            self._events.pop(key, None)
        self._revision += 1

    def report(self, *errors: EventError) -> None:
        """Make the next batches carry these per-event errors (a bad event in the calendar)."""
        self._errors.extend(errors)
        self._revision += 1

    def clear_errors(self) -> None:
        self._errors.clear()
        self._revision += 1

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        current = self._cursor(window)
        if cursor == current:
            return SyncBatch(events=(), cursor=current, window=window, changed=False)
        events = tuple(e for e in self._events.values() if overlaps(e, window))
        return SyncBatch(events=events, cursor=current, window=window, errors=tuple(self._errors))

    def _cursor(self, window: Window) -> str:
        state = {"memory": self._token, "revision": self._revision, "window": window_text(window)}
        return json.dumps(state, sort_keys=True)

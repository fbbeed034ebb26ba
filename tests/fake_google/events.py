"""Turning followup's ``Event`` into the Google Calendar resource ``events.list`` returns for it.

Tests describe calendars with ``agent.model.Event`` values and put them in the fake through
``resource``, the inverse of ``agent.google.calendar.to_event``; instances of a series get
Google's instance id, ``recurringEventId`` and ``originalStartTime``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from agent.model import Attendee, Event


def google_id(uid: str) -> str:
    return hashlib.sha1(uid.encode()).hexdigest()[:20]  # hex digits are base32hex, as Google's


def resource(event: Event) -> dict[str, Any]:
    base = google_id(event.uid)
    r: dict[str, Any] = {
        "kind": "calendar#event",
        "id": base,
        "iCalUID": event.uid,
        "status": event.status,
        "summary": event.summary,
        "sequence": event.sequence,
        "start": _time(event, event.start_at),
        "end": _time(event, event.end_at),
    }
    if event.description:
        r["description"] = event.description
    if event.location:
        r["location"] = event.location
    if event.recurrence_id:
        original = datetime.strptime(event.recurrence_id, "%Y-%m-%dT%H:%M:%SZ")
        r["id"] = f"{base}_{original.strftime('%Y%m%dT%H%M%SZ')}"
        r["recurringEventId"] = base
        r["originalStartTime"] = {
            "dateTime": original.replace(tzinfo=UTC).isoformat(),
            "timeZone": event.tz,
        }
    if event.organizer:
        r["organizer"] = {"email": event.organizer.email, "displayName": event.organizer.name}
    if event.attendees:
        r["attendees"] = [_attendee(a) for a in event.attendees]
    return r


def _time(event: Event, instant: datetime) -> dict[str, str]:
    if event.all_day:
        return {"date": instant.date().isoformat()}
    return {"dateTime": instant.isoformat(), "timeZone": event.tz}


def _attendee(a: Attendee) -> dict[str, Any]:
    out: dict[str, Any] = {"email": a.email, "responseStatus": a.response}
    if a.name:
        out["displayName"] = a.name
    if a.resource:
        out["resource"] = True
    if a.optional:
        out["optional"] = True
    if a.is_self:
        out["self"] = True
    return out

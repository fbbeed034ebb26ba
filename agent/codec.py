"""Events and detections to and from JSON-ready dicts, for the state file.

The digest of an event's dict tells the engine whether an event changed since the last pass,
so unchanged events are not detected again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from agent.model import Attendee, Detection, Event, Person

_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_ATTENDEE_FIELDS = tuple(f.name for f in fields(Attendee))


def event_to_dict(event: Event) -> dict[str, Any]:
    """The same dict as ``dataclasses.asdict`` (digests stay the same), built field by field:
    ``asdict`` deep-copies every value, and a cold pass converts every event of the calendar."""
    data = {name: getattr(event, name) for name in _EVENT_FIELDS}
    data["start_at"] = event.start_at.isoformat()
    data["end_at"] = event.end_at.isoformat()
    data["organizer"] = _attendee(event.organizer) if event.organizer else None
    data["attendees"] = [_attendee(a) for a in event.attendees]
    return data


def _attendee(attendee: Attendee) -> dict[str, Any]:
    return {name: getattr(attendee, name) for name in _ATTENDEE_FIELDS}


def event_from_dict(data: dict[str, Any]) -> Event:
    fields = dict(data)
    fields["start_at"] = datetime.fromisoformat(fields["start_at"])
    fields["end_at"] = datetime.fromisoformat(fields["end_at"])
    fields["organizer"] = Attendee(**fields["organizer"]) if fields.get("organizer") else None
    fields["attendees"] = tuple(Attendee(**a) for a in fields.get("attendees") or ())
    return Event(**fields)


def digest(data: dict[str, Any]) -> str:
    return encode(data)[1]


def encode(data: dict[str, Any]) -> tuple[str, str]:
    """The JSON text to store and its digest, from one serialisation."""
    text = json.dumps(data, sort_keys=True)
    return text, hashlib.sha256(text.encode()).hexdigest()


def detection_to_dict(detection: Detection) -> dict[str, Any]:
    """The same dict as ``dataclasses.asdict``, built field by field (it runs once per event)."""
    data = {name: getattr(detection, name) for name in _DETECTION_FIELDS}
    data["reasons"] = list(detection.reasons)
    data["interviewers"] = [_person(p) for p in detection.interviewers]
    data["organizer"] = _person(detection.organizer) if detection.organizer else None
    data["ats_domains"] = list(detection.ats_domains)
    data["answer_date"] = detection.answer_date.isoformat() if detection.answer_date else None
    return data


_DETECTION_FIELDS = tuple(f.name for f in fields(Detection))
_PERSON_FIELDS = tuple(f.name for f in fields(Person))


def _person(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in _PERSON_FIELDS}


def detection_from_dict(data: dict[str, Any]) -> Detection:
    fields = dict(data)
    fields["reasons"] = tuple(fields.get("reasons") or ())
    fields["interviewers"] = tuple(Person(**p) for p in fields.get("interviewers") or ())
    fields["organizer"] = Person(**fields["organizer"]) if fields.get("organizer") else None
    fields["ats_domains"] = tuple(fields.get("ats_domains") or ())
    answer = fields.get("answer_date")
    fields["answer_date"] = date.fromisoformat(answer) if answer else None
    return Detection(**fields)

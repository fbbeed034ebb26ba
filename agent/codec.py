"""Events and detections to and from JSON-ready dicts, for the state file.

The digest of an event's dict tells the engine whether an event changed since the last pass,
so unchanged events are not detected again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import date, datetime
from json.encoder import encode_basestring_ascii as _string
from typing import Any

from agent.addresses import canonical
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
    organizer = fields.get("organizer")
    fields["organizer"] = _stored_attendee(organizer) if organizer else None
    fields["attendees"] = tuple(_stored_attendee(a) for a in fields.get("attendees") or ())
    return Event(**fields)


def _stored_attendee(data: dict[str, Any]) -> Attendee:
    """An attendee as stored; its address in today's form (an earlier version may have kept a
    ``mailto:`` parameter or a domain in another spelling)."""
    email = data.get("email")
    checked = canonical(email)
    if email and checked != email:
        data = {**data, "email": checked}
    return Attendee(**data)


def encode(data: dict[str, Any]) -> tuple[str, str]:
    """The JSON text to store and its digest, from one serialisation."""
    text = json.dumps(data, sort_keys=True)
    return text, hashlib.sha256(text.encode()).hexdigest()


def encode_event(event: Event) -> tuple[str, str]:
    """``encode(event_to_dict(event))``, written directly: the same text, so the same digest."""
    return encode_event_times(event)[:2]


def encode_event_times(event: Event) -> tuple[str, str, str, str]:
    """``encode_event`` and the event's start and end in ISO text, written once for both.

    A cold pass encodes every event of the calendar; building a dict per event and per attendee
    for ``json.dumps`` to sort and walk costs several times more. A value of a type the writer
    below does not know (never from the sources) takes the general path."""
    start_at, end_at = event.start_at.isoformat(), event.end_at.isoformat()
    try:
        if not _WRITERS_MATCH:
            raise _Unusual
        text = _event_text(event, start_at, end_at)
    except _Unusual:
        text, digest = encode(event_to_dict(event))
        return text, digest, start_at, end_at
    return text, hashlib.sha256(text.encode()).hexdigest(), start_at, end_at


class _Unusual(Exception):
    pass


def _bool(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _Unusual


def _text(value: object) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    raise _Unusual


def _int(value: object) -> str:
    if type(value) is int:
        return int.__repr__(value)
    raise _Unusual


#: id(attendee) -> (attendee, its JSON text): a source hands the same Attendee object to every
#: event its person attends. Keyed by identity (held, so the id is not reused): value equality
#: would take ``True`` and ``1`` for the same.
_ATTENDEE_TEXT: dict[int, tuple[Attendee, str]] = {}


def _attendee_text(a: Attendee) -> str:
    entry = _ATTENDEE_TEXT.get(id(a))
    if entry is not None and entry[0] is a:
        return entry[1]
    # keys in sorted order, as json.dumps(sort_keys=True) writes them
    text = (
        f'{{"email": {_text(a.email)}, "group": {_bool(a.group)}, '
        f'"is_self": {_bool(a.is_self)}, "name": {_text(a.name)}, '
        f'"optional": {_bool(a.optional)}, "resource": {_bool(a.resource)}, '
        f'"response": {_text(a.response)}}}'
    )
    if len(_ATTENDEE_TEXT) >= 8192:
        _ATTENDEE_TEXT.clear()
    _ATTENDEE_TEXT[id(a)] = (a, text)
    return text


def _event_text(e: Event, start_at: str, end_at: str) -> str:
    organizer = _attendee_text(e.organizer) if e.organizer is not None else "null"
    attendees = ", ".join([_attendee_text(a) for a in e.attendees])
    return (
        f'{{"all_day": {_bool(e.all_day)}, "attendees": [{attendees}], '
        f'"calendar": {_text(e.calendar)}, "description": {_text(e.description)}, '
        f'"end_at": {_string(end_at)}, '
        f'"html_description": {_bool(e.html_description)}, "location": {_text(e.location)}, '
        f'"organizer": {organizer}, "recurrence_id": {_text(e.recurrence_id)}, '
        f'"sequence": {_int(e.sequence)}, "start_at": {_string(start_at)}, '
        f'"status": {_text(e.status)}, "summary": {_text(e.summary)}, "tz": {_text(e.tz)}, '
        f'"uid": {_text(e.uid)}}}'
    )


def detection_text(detection: Detection) -> str:
    """``json.dumps(detection_to_dict(detection))``, written directly (the same text)."""
    try:
        if not _WRITERS_MATCH:
            raise _Unusual
        return _detection_text(detection)
    except _Unusual:
        return json.dumps(detection_to_dict(detection))


def _strings(values: tuple[str, ...]) -> str:
    return ", ".join([_text(v) for v in values])


def _person_text(p: Person) -> str:
    return (
        f'{{"name": {_text(p.name)}, "email": {_text(p.email)}, '
        f'"session": {_text(p.session)}, "title": {_text(p.title)}}}'
    )


def _detection_text(d: Detection) -> str:
    if type(d.reasons) is not tuple or type(d.interviewers) is not tuple:
        raise _Unusual
    if type(d.ats_domains) is not tuple:
        raise _Unusual
    answer = d.answer_date
    if answer is not None and type(answer) is not date:
        raise _Unusual
    interviewers = ", ".join([_person_text(p) for p in d.interviewers])
    organizer = _person_text(d.organizer) if d.organizer is not None else "null"
    recruiter = _person_text(d.recruiter) if d.recruiter is not None else "null"
    # fields in their declared order, as detection_to_dict builds the dict
    return (
        f'{{"is_interview": {_bool(d.is_interview)}, "reasons": [{_strings(d.reasons)}], '
        f'"company": {_text(d.company)}, "company_domain": {_text(d.company_domain)}, '
        f'"position": {_text(d.position)}, "interviewers": [{interviewers}], '
        f'"organizer": {organizer}, "timeline_text": {_text(d.timeline_text)}, '
        f'"answer_date": {_string(answer.isoformat()) if answer is not None else "null"}, '
        f'"timetable_by": {_text(d.timetable_by)}, "user_notes": {_text(d.user_notes)}, '
        f'"agency": {_text(d.agency)}, "ats_domains": [{_strings(d.ats_domains)}], '
        f'"recruiter": {recruiter}, "unsure": {_bool(d.unsure)}}}'
    )


def detection_to_dict(detection: Detection) -> dict[str, Any]:
    """The same dict as ``dataclasses.asdict``, built field by field (it runs once per event)."""
    data = {name: getattr(detection, name) for name in _DETECTION_FIELDS}
    data["reasons"] = list(detection.reasons)
    data["interviewers"] = [_person(p) for p in detection.interviewers]
    data["organizer"] = _person(detection.organizer) if detection.organizer else None
    data["recruiter"] = _person(detection.recruiter) if detection.recruiter else None
    data["ats_domains"] = list(detection.ats_domains)
    data["answer_date"] = detection.answer_date.isoformat() if detection.answer_date else None
    return data


_DETECTION_FIELDS = tuple(f.name for f in fields(Detection))
_PERSON_FIELDS = tuple(f.name for f in fields(Person))

#: The direct writers above write these fields (sorted for events, declared order for
#: detections, as json.dumps meets them); a model that has others takes the general path.
_WRITERS_MATCH = (
    sorted(_EVENT_FIELDS)
    == ["all_day", "attendees", "calendar", "description", "end_at", "html_description"]
    + ["location", "organizer", "recurrence_id", "sequence", "start_at", "status", "summary"]
    + ["tz", "uid"]
    and sorted(_ATTENDEE_FIELDS)
    == ["email", "group", "is_self", "name", "optional", "resource", "response"]
    and _DETECTION_FIELDS
    == ("is_interview", "reasons", "company", "company_domain", "position", "interviewers")
    + ("organizer", "timeline_text", "answer_date", "timetable_by", "user_notes", "agency")
    + ("ats_domains", "recruiter", "unsure")
    and _PERSON_FIELDS == ("name", "email", "session", "title")
)


def _person(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in _PERSON_FIELDS}


def detection_from_dict(data: dict[str, Any]) -> Detection:
    fields = dict(data)
    fields["reasons"] = tuple(fields.get("reasons") or ())
    fields["interviewers"] = tuple(Person(**p) for p in fields.get("interviewers") or ())
    fields["organizer"] = Person(**fields["organizer"]) if fields.get("organizer") else None
    fields["recruiter"] = Person(**fields["recruiter"]) if fields.get("recruiter") else None
    fields["ats_domains"] = tuple(fields.get("ats_domains") or ())
    answer = fields.get("answer_date")
    fields["answer_date"] = date.fromisoformat(answer) if answer else None
    return Detection(**fields)

"""From detected interview events to processes and people with stable ids: the decisions.

A process is one application: events group by the registrable domain of the company's human
participants, else by the normalised company name; when one event ties a name to a domain, the
two groups merge under the older process id. A person gets a stable id within a process on
first sight (by address, else by name) and keeps it when an address turns up later.

Pure: these functions take what the state holds and return what to record; ``agent.store``
reads and writes the state around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from agent import domains
from agent.legal_forms import without_legal_forms
from agent.model import Detection, Event, Person
from agent.names import display_name, local_part_key, name_key
from agent.records import PersonRecord
from agent.textscan import fold


def company_key(company: str) -> str:
    """ "Quillfeather Robotics, Inc." and "quillfeather robotics" give the same key."""
    text = re.sub(r"[^\w\s]", " ", fold(company))
    return without_legal_forms(" ".join(text.split()))


def grouping_keys(event: Event, detection: Detection) -> list[str]:
    keys = []
    if detection.company_domain:
        keys.append(f"d:{detection.company_domain.lower()}")
    if detection.company:
        keys.append(f"n:{company_key(detection.company)}")
    if not keys:
        keys.append(f"u:{event.uid}")
    return keys


def components(keys_per_item: Sequence[Sequence[str]]) -> list[list[int]]:
    """Items that share a key, directly or through others, form one component (union-find)."""
    parent = list(range(len(keys_per_item)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, keys in enumerate(keys_per_item):
        for key in keys:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(keys_per_item)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


@dataclass(frozen=True)
class InterviewItem:
    event: Event
    detection: Detection
    interview_id: str
    first_seen_at: datetime
    timeline_override: str | None
    notes: str
    missing_since: datetime | None = None  # absent from its calendar's reads since (evidence)
    missing_reads: int = 0


@dataclass
class ProcessGroup:
    pid: str
    items: list[InterviewItem]
    company: str | None
    position: str | None
    company_domain: str | None


@dataclass(frozen=True)
class Grouping:
    """Interviews of one process before its id is known: its grouping keys, sorted."""

    keys: tuple[str, ...]
    items: list[InterviewItem]  # by start
    company: str | None
    position: str | None
    company_domain: str | None


def group_interviews(
    items: Sequence[InterviewItem], company_names: Sequence[tuple[str, str]] = ()
) -> list[Grouping]:
    """Group interviews into processes. ``company_names`` are the user's own names for
    companies (the ``companies`` config)."""
    keys = [grouping_keys(i.event, i.detection) for i in items]
    groupings = []
    for component in components(keys):
        members = sorted((items[i] for i in component), key=lambda i: i.event.start_at)
        domain = _latest(m.detection.company_domain for m in members)
        groupings.append(
            Grouping(
                keys=tuple(sorted({k for i in component for k in keys[i]})),
                items=members,
                company=users_name(
                    company_names, domain, _latest(m.detection.company for m in members)
                ),
                position=_latest(m.detection.position for m in members),
                company_domain=domain,
            )
        )
    return groupings


def merge_order(existing: Sequence[str]) -> tuple[str | None, list[str]]:
    """The process id a grouping keeps among those its keys already have (the older: merges go
    under it), and the younger ids merged into it; None when the grouping is new."""
    ordered = sorted(existing, key=lambda p: int(p[1:]))
    if not ordered:
        return None, []
    return ordered[0], ordered[1:]


def users_name(
    company_names: Sequence[tuple[str, str]], domain: str | None, detected: str | None
) -> str | None:
    """The user's name for a company (by its mail domain, else by the name detected), else the
    name detected. A key with a dot and no space is a domain: ``jobs.acme.com`` is ``acme.com``."""
    for given, name in company_names:
        if "." in given and " " not in given:
            if domain and domains.registrable_domain(given) == domain.lower():
                return name
        elif detected and company_key(given) == company_key(detected):
            return name
    return detected


def _latest(values: Iterable[str | None]) -> str | None:
    found = [v for v in values if v]
    return found[-1] if found else None


# --------------------------------------------------------------------------- people


def resolve_people(
    known: Sequence[PersonRecord],
    pid: str,
    people: Sequence[Person],
    address_book: dict[str, str],
) -> list[PersonRecord]:
    """The process's person record for each of ``people`` (``known``: the process's records),
    created or completed as needed; each is to be saved."""
    known = list(known)
    resolved = []
    for person in people:
        record = _match(known, person)
        email = person.email or (
            address_book.get(name_key(person.name) or "") if person.name else None
        )
        if record is None:
            record = PersonRecord(
                pid=pid,
                person_id=_new_person_id(person, email),
                name=display_name(person.name),
                name_key=name_key(person.name),
                email=email.lower() if email else None,
            )
            known.append(record)
        elif (record.email is None and email) or (record.name is None and person.name):
            record = PersonRecord(
                pid,
                record.person_id,
                record.name or display_name(person.name),
                record.name_key or name_key(person.name),
                record.email or (email.lower() if email else None),
            )
            known = [record if k.person_id == record.person_id else k for k in known]
        resolved.append(record)
    return resolved


def _match(known: list[PersonRecord], person: Person) -> PersonRecord | None:
    email = person.email.lower() if person.email else None
    if email:
        for record in known:
            if record.email == email:
                return record
    keys = {name_key(person.name), local_part_key(email)} - {None}
    for record in known:
        if record.email and email and record.email != email:
            continue  # two different addresses are two people, whatever their names
        # the key computed again from the name too: a record keyed by an older fold still matches
        record_keys = {record.name_key, name_key(record.name), local_part_key(record.email)}
        record_keys -= {None}
        if keys & record_keys:
            return record
    return None


def _new_person_id(person: Person, email: str | None) -> str:
    if email:
        return email.lower()
    return f"n:{name_key(person.name) or 'unknown'}"

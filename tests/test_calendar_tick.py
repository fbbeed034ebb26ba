"""The development corpora's events as one real ICS calendar, ticked as a user's machine ticks it.

Each part of ``shared/eval/interviews-dev.jsonl`` (tune, check; split as ``shared/eval/split``
splits it) is written as one ``.ics`` file, and followup ticks two hours after each event ends,
in time order, drafting into a Maildir. Then, on the drafts themselves:

- no draft goes to a no-reply, scheduler (ATS), room or group address, and no thank-you to a
  shared mailbox (a status check may go to one when it is the only contact known: its count is
  printed);
- no greeting, recipient name or recalled topic is a non-person or a time fragment;
- of the labelled interviewers with an address, on a confirmed event the user did not decline,
  the share who get exactly one thank-you; and the share of thank-yous that went to someone who
  did not interview. Both are printed for each part and held to floors (``FLOORS``); the targets
  are >= 0.95 and <= 0.02 (a missed interview, the detection's part, costs its interviewers'
  thank-yous).
"""

from __future__ import annotations

import json
import mailbox
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, vCalAddress
from icalendar import Event as IcsEvent

from agent import domains
from agent.config import load_config
from agent.evaluation import event_from_line
from agent.model import FollowUpState, Kind
from agent.state import State
from agent.wiring import build_engine
from tests.test_evaluation import needs_corpus, split_corpus

ME = "alex.candidate@gmail.com"
WORK = "alex@currentjob.com"
#: What each part reached, held as bounds (move them only the better way): (the least share of
#: interviewers thanked exactly once, the largest share of thank-yous to non-interviewers).
FLOORS = {"tune": (1.0, 0.0), "check": (1.0, 0.042)}
TARGET_ONE, TARGET_WRONG = 0.95, 0.02

_PARTSTAT = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE"}
# Addresses no draft may go to: no-reply senders, rooms, groups and lists.
_NO_ONE_LOCAL = re.compile(
    r"(?:^|[-_.+])(?:no-?reply|do-?not-?reply|noreply|notifications?|team|room|rooms|resource|"
    r"sala|raum|committee|selcom|list|all)(?:$|[-_.+])"
)
# Shared mailboxes of a function: never thanked (the contact of last resort, see choices.py).
_SHARED_LOCAL = re.compile(
    r"(?:^|[-_.+])(?:careers?|jobs|recruit\w*|talent\w*|hr|people|scheduling|interviews?|"
    r"hiring|selection|graduates|personalamt|info)(?:$|[-_.+])"
)
# What a greeting or a recalled topic must never be: a time, a zone, a place or a system.
_TIME_FRAGMENT = re.compile(
    r"^(?:\d.*|(?i:a\.?m\.?|p\.?m\.?|utc|gmt|cet|cest|uhr)|[A-Z]{1,4}T|h\d*)$"
)
_NOT_A_NAME = frozenset(
    [
        "street",
        "st",
        "road",
        "avenue",
        "floor",
        "level",
        "suite",
        "room",
        "building",
        "hall",
        "reception",
        "lobby",
        "office",
        "greenhouse",
        "lever",
        "ashby",
        "workday",
        "goodtime",
        "calendly",
        "gupy",
        "recruitee",
        "modernloop",
        "teams",
        "zoom",
        "meet",
        "google",
        "webex",
        "team",
        "recruiting",
        "talent",
        "careers",
        "jobs",
        "candidate",
        "interview",
    ]
)


def _ics(lines: list[dict[str, Any]]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//followup tests//development corpora//EN")
    cal.add("version", "2.0")
    for number, line in enumerate(lines, 1):
        event, _ = event_from_line(line, number)
        vevent = IcsEvent()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", datetime(2025, 1, 1))
        if event.all_day:
            vevent.add("dtstart", event.start_at.date())
            vevent.add("dtend", event.end_at.date())
        else:  # in the event's own zone, as calendars write it (TZID), not a bare offset
            vevent.add("dtstart", event.start_at.astimezone(ZoneInfo(event.tz)))
            vevent.add("dtend", event.end_at.astimezone(ZoneInfo(event.tz)))
        vevent.add("summary", event.summary)
        if event.description:
            vevent.add("description", event.description)
        if event.location:
            vevent.add("location", event.location)
        vevent.add("status", (event.status or "confirmed").upper())
        if event.organizer and event.organizer.email:
            vevent.add("organizer", _address(event.organizer.email, event.organizer.name))
        for a in event.attendees:
            if not a.email:
                continue
            params = {"PARTSTAT": _PARTSTAT.get(a.response, "NEEDS-ACTION")}
            if a.resource:
                params["CUTYPE"] = "RESOURCE"
            if a.optional:
                params["ROLE"] = "OPT-PARTICIPANT"
            vevent.add("attendee", _address(a.email, a.name, params), encode=True)
        cal.add_component(vevent)
    cal.add_missing_timezones()
    return cal.to_ical()


def _address(email: str, name: str | None, params: dict[str, str] | None = None) -> vCalAddress:
    value = vCalAddress(f"mailto:{email}")
    if name:
        value.params["CN"] = name
    for key, param in (params or {}).items():
        value.params[key] = param
    return value


def _tick_through(lines: list[dict[str, Any]], home: Path) -> tuple[State, list[Any]]:
    (home / "calendar.ics").write_bytes(_ics(lines))
    (home / "config.yaml").write_text(
        f"me: {{name: Alex Candidate, email: {ME}, aliases: [{WORK}], "
        "timezone: America/Los_Angeles}\n"
        "calendar: {ics: calendar.ics, window: {past: 30d, future: 30d}}\n"
        "drafts: {maildir: Drafts}\nstate: followup.db\n"
        "policy: {reminder: {enabled: false}}\n"
    )
    config = load_config(home / "config.yaml")
    state = State(config.state)
    engine = build_engine(config, state)
    ends = sorted({event_from_line(line, n)[0].end_at for n, line in enumerate(lines, 1)})
    for end in ends:
        engine.tick(end + timedelta(hours=2))
    box = mailbox.Maildir(home / "Drafts", create=False)
    return state, list(box)


def _labelled(
    lines: list[dict[str, Any]], statuses: tuple[str, ...] = ("confirmed",)
) -> set[tuple[str, str]]:
    """(event id, address) of each labelled interviewer with an address, on an event of one of
    ``statuses`` (confirmed by default) that the user did not decline."""
    found = set()
    for line in lines:
        if not line.get("is_interview") or (line.get("status") or "confirmed") not in statuses:
            continue
        selves = [a for a in line.get("attendees") or [] if a.get("self")]
        if any(a.get("response") == "declined" for a in selves):
            continue
        found |= {(line["id"], e.lower()) for e in line.get("interviewers") or []}
    return found


def _non_people(lines: list[dict[str, Any]], shared: bool) -> set[str]:
    """The corpora's addresses that are no person: rooms, schedulers, no-reply senders,
    groups and lists, Google's group calendars; with ``shared``, shared mailboxes too."""
    found = set()
    for line in lines:
        for a in [*(line.get("attendees") or []), line.get("organizer") or {}]:
            email = (a.get("email") or "").lower()
            if not email:
                continue
            local = email.split("@", 1)[0]
            if (
                a.get("resource")
                or domains.is_ats(email)
                or domains.is_calendar_system(email)
                or _NO_ONE_LOCAL.search(local)
                or (shared and _SHARED_LOCAL.search(local))
            ):
                found.add(email)
    return found


def _detected(state: State, lines: list[dict[str, Any]]) -> set[str]:
    """The ids of the events detection took for interviews."""
    found = set()
    for number, line in enumerate(lines, 1):
        stored = state.event(event_from_line(line, number)[0].key)
        if stored and (stored.detection or {}).get("is_interview"):
            found.add(line["id"])
    return found


def _real(lines: list[dict[str, Any]]) -> set[str]:
    return {line["id"] for line in lines if line.get("is_interview")}


def _greeting(message: Any) -> str:
    part = message.get_body(preferencelist=("plain",)) if message.is_multipart() else message
    text = part.get_content() if hasattr(part, "get_content") else str(part.get_payload())
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    m = re.match(r"^(?:Hi|Hello|Dear|Hallo|Hola|Bonjour|Olá|Ciao)\b\s*(.*?),?$", first)
    return m.group(1).strip() if m else ""


def _not_a_person(text: str) -> str | None:
    for word in re.split(r"[\s,]+", text.strip()):
        bare = word.strip(".()'\"")
        if bare and (_TIME_FRAGMENT.match(bare) or bare.lower() in _NOT_A_NAME):
            return bare
    return None


@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize("part", ["tune", "check"])
def test_the_corpora_ticked_as_a_calendar_thank_each_interviewer_once(
    part: str, tmp_path: Path
) -> None:
    path = split_corpus("interviews", tmp_path)[part]
    lines = [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw]
    home = tmp_path / "home"
    home.mkdir()
    state, drafts = _tick_through(lines, home)

    rows = {f.message_id: f for f in state.followups()}
    bad: list[str] = []
    no_one, mailboxes = _non_people(lines, shared=False), _non_people(lines, shared=True)
    thanks: Counter[tuple[str, str]] = Counter()
    to_mailboxes = 0
    for message in drafts:
        row = rows[str(message["Message-ID"])]
        to = [a.lower() for a in row.to]
        bad += [f"{row.id}: a draft to {a}" for a in to if a in no_one]
        to_mailboxes += any(a in mailboxes for a in to)
        if row.kind is Kind.THANK_YOU:
            bad += [f"{row.id}: a thank-you to the mailbox {a}" for a in to if a in mailboxes]
            uid = row.key.round.split("|", 1)[0]
            thanks.update((uid, a) for a in to)
            greeting = _greeting(message)
            if fragment := _not_a_person(greeting):
                bad.append(f"{row.id}: greeting {greeting!r} ({fragment!r})")
            if fragment := _not_a_person(row.person_name or ""):
                bad.append(f"{row.id}: recipient {row.person_name!r} ({fragment!r})")
    for row in state.followups():
        if row.state is FollowUpState.DRAFTED and not row.to and row.kind is not Kind.REMINDER:
            bad.append(f"{row.id}: a draft without a recipient")
    for number, line in enumerate(lines, 1):  # the topics a thank-you recalls
        stored = state.event(event_from_line(line, number)[0].key)
        detection = (stored.detection or {}) if stored else {}
        for person in detection.get("interviewers") or []:
            topic = person.get("session") or ""
            if topic and (_TIME_FRAGMENT.match(topic.strip()) or _not_a_person(topic) == topic):
                bad.append(f"{line['id']}: topic {topic!r} for {person.get('name')}")
    assert not bad, "\n".join(bad)

    labelled = _labelled(lines)
    # the interviewers of a tentative interview interviewed too: a thank-you to them is no
    # thank-you to someone who did not interview, though only confirmed ones must get one
    interviewed = _labelled(lines, ("confirmed", "tentative"))
    once = sum(1 for key in labelled if thanks[key] == 1)
    wrong = sum(n for key, n in thanks.items() if key not in interviewed)
    share_once = once / len(labelled)
    share_wrong = wrong / max(1, sum(thanks.values()))
    detected = _detected(state, lines)
    print(
        f"\n{part}: {once}/{len(labelled)} labelled interviewers thanked exactly once "
        f"({share_once:.3f}, target {TARGET_ONE}; of the others, "
        f"{sum(1 for k in labelled if thanks[k] != 1 and k[0] not in detected)} on interviews "
        f"not detected); {wrong}/{sum(thanks.values())} thank-yous to people who did not "
        f"interview ({share_wrong:.3f}, target <= {TARGET_WRONG}; "
        f"{sum(n for k, n in thanks.items() if k not in interviewed and k[0] not in _real(lines))}"
        f" on events that are no interview); {to_mailboxes} status checks or check-ins to a"
        " shared mailbox, the only contact known"
    )
    missed = sorted(key for key in labelled if thanks[key] != 1)
    floor_once, most_wrong = FLOORS[part]
    assert share_once >= floor_once, missed
    assert share_wrong <= most_wrong, sorted(k for k in thanks if k not in interviewed)


def test_the_calendar_writer_keeps_an_events_people_and_times(tmp_path: Path) -> None:
    line = {
        "id": "t-1", "summary": "Interview", "description": "", "status": "confirmed",
        "start": "2026-03-02T10:00:00", "end": "2026-03-02T11:00:00", "tz": "Europe/Berlin",
        "organizer": {"email": "ana@firma.example", "name": "Ana Roth"},
        "attendees": [
            {"email": ME, "self": True, "response": "accepted"},
            {"email": "raum-1@firma.example", "name": "Raum 1", "resource": True},
        ],
    }  # fmt: skip
    text = _ics([line]).decode()
    assert "TZID=Europe/Berlin:20260302T100000" in text
    assert "CUTYPE=RESOURCE" in text and "mailto:ana@firma.example" in text
    assert date(2026, 3, 2).isoformat().replace("-", "") in text

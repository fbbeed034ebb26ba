"""Two processes that turn out to be one application (an event ties a company name to a
domain) merge under the older id - and nothing already drafted is drafted again."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent import codec
from agent.compose import Composer
from agent.engine import Engine, Settings, TickReport
from agent.model import Attendee, Detection, Event, Me, Person, Policy
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.state import State

LA = ZoneInfo("America/Los_Angeles")
ME = Me("Alex Candidate", "alex@example.com", timezone="America/Los_Angeles")
ALEX = Attendee("alex@example.com", "Alex Candidate", "accepted")
DANA = Person("Dana Whitfield", "dana@acme.example")
WEI = Person("Wei Chen", "wei.chen@gmail.com")
SAM = Person("Sam Lee", "sam@acme.example")


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=LA)


def event(uid: str, day: int, person: Person) -> Event:
    guest = Attendee(person.email, person.name, "accepted")
    return Event(
        uid=uid,
        start_at=at(day, 10),
        end_at=at(day, 11),
        tz="America/Los_Angeles",
        summary=f"Interview ({uid})",
        organizer=guest,
        attendees=(ALEX, guest),
    )


# What detection decided, fixed here so the test is about merging, not about detection.
DETECTIONS = {
    "screen": Detection(True, ("test",), "Acme", "acme.example", "Backend Engineer", (DANA,)),
    "panel": Detection(True, ("test",), "Acme Robotics", None, "Backend Engineer", (WEI,)),
    "final": Detection(
        True, ("test",), "Acme Robotics", "acme.example", "Backend Engineer", (SAM,)
    ),
}


def engine(state: State, calendar: MemoryCalendar, sink: MemorySink) -> Engine:
    settings = Settings(me=ME, policy=Policy(reminder_enabled=False))
    return Engine(state, settings, [calendar], sink, Composer())


def tick(path: Path, calendar: MemoryCalendar, sink: MemorySink, now: datetime) -> None:
    state = State(path)
    try:
        eng = engine(state, calendar, sink)
        eng.sync(now, TickReport(now=now))
        eng.detect_changed(now)
        with state.transaction():
            for key, detection in DETECTIONS.items():
                if state.event(key) is not None:
                    state.set_detection(key, codec.detection_to_dict(detection))
        eng.tick(now)
    finally:
        state.close()


def test_a_merge_keeps_drafted_follow_ups_and_drafts_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "followup.db"
    calendar = MemoryCalendar("cal", [event("screen", 1, DANA), event("panel", 2, WEI)])
    sink = MemorySink()
    tick(path, calendar, sink, at(2, 13))
    state = State(path)
    assert len(state.process_ids()) == 2  # "Acme" at acme.example, and "Acme Robotics"
    state.close()
    assert Counter(a for d in sink.drafts.values() for _, a in d.to) == {
        DANA.email: 1,
        WEI.email: 1,
    }

    calendar.add(event("final", 3, SAM))  # ties "Acme Robotics" to acme.example
    tick(path, calendar, sink, at(3, 12))
    state = State(path)
    (pid,) = state.process_ids()
    assert pid == "p1"  # the older id
    thanks = {f.to[0]: f for f in state.followups(pid) if f.kind == "thank_you"}
    state.close()
    assert Counter(a for d in sink.drafts.values() for _, a in d.to) == {
        DANA.email: 1,
        WEI.email: 1,
        SAM.email: 1,
    }
    # Wei's follow-up moved under p1 and still knows its draft by the marker it carries.
    wei = thanks[WEI.email]
    assert wei.key.process == "p1" and wei.state == "drafted"
    assert sink.drafts[wei.draft_id].marker == wei.marker != wei.key.marker  # type: ignore[index]

    sink.user_deletes(wei.draft_id)  # type: ignore[arg-type]
    tick(path, calendar, sink, at(3, 13))
    state = State(path)
    moved = next(f for f in state.followups("p1") if f.to == (WEI.email,))
    state.close()
    assert moved.state == "dismissed"
    assert replace(moved, state=wei.state).marker == wei.marker

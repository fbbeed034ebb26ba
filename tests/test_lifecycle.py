"""Whole lifecycles through the engine, over weeks of simulated time and across restarts:
thank-yous -> status check -> check-ins -> stop on reply or outcome, with nothing for cancelled,
declined or non-interview events, and never two drafts for one follow-up."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.compose import Composer
from agent.engine import Engine, Settings
from agent.errors import SinkError
from agent.model import Article, Attendee, Event, Kind, Me, Policy, ProcessState
from agent.ports import Draft
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.state import ReplyRecord, State

LA = ZoneInfo("America/Los_Angeles")
ME = Me(name="Alex Candidate", email="alex@example.com", timezone="America/Los_Angeles")
POLICY = Policy(reminder_enabled=False)
#: Two articles on the interview's subjects: one for each check-in (never one twice).
ARTICLES = (
    Article("Designing rate limiters", "https://example.org/rate-limiters", ("rate limiter",)),
    Article("Notes on system design", "https://example.org/system-design", ("system design",)),
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LA)


def person(name: str, email: str, response: str = "accepted") -> Attendee:
    return Attendee(email=email, name=name, response=response)


ALEX = person("Alex Candidate", "alex@example.com")
WEI = person("Wei Chen", "wei.chen@acmerobotics.example")
DANA = person("Dana Whitfield", "dana.whitfield@acmerobotics.example")
ANIKA = person("Anika Patel", "anika.patel@acmerobotics.example")

ONSITE = Event(
    uid="acme-onsite",
    start_at=at("2026-12-02T10:00"),  # a Wednesday
    end_at=at("2026-12-02T13:00"),
    tz="America/Los_Angeles",
    summary="Onsite interview: Senior Backend Engineer - Acme Robotics",
    description=(
        "Hi Alex,\n\nWe are excited to host you for your onsite interview for the Senior "
        "Backend Engineer role.\n\nItinerary\n10:00 System design - Wei Chen\n"
        "11:00 Coding: rate limiter exercise - Dana Whitfield\n12:00 Team and values - "
        "Anika Patel\n\nWe aim to get back to you within two weeks.\n"
    ),
    organizer=Attendee(email="no-reply@greenhouse.io", name="Acme Robotics Recruiting"),
    attendees=(ALEX, WEI, DANA, ANIKA),
)
DENTIST = Event(
    uid="dentist",
    start_at=at("2026-12-01T08:00"),
    end_at=at("2026-12-01T09:00"),
    tz="America/Los_Angeles",
    summary="Dentist",
)


@dataclass
class World:
    """The user's calendar and mailbox, and a followup restarted from its state file each pass."""

    path: Path
    calendar: MemoryCalendar
    sink: MemorySink
    policy: Policy = POLICY

    def engine(self, state: State) -> Engine:
        settings = Settings(me=ME, policy=self.policy, articles=ARTICLES)
        return Engine(state, settings, [self.calendar], self.sink, Composer())

    def tick(self, when: str) -> list[str]:
        state = State(self.path)  # a restart every pass
        try:
            report = self.engine(state).tick(at(when))
        finally:
            state.close()
        return [f"{f.kind}:{','.join(f.to)}" for f in report.drafted]

    def state(self) -> State:
        return State(self.path)

    def followups(self) -> dict[str, str]:
        state = self.state()
        try:
            return {
                f"{f.kind}:{f.key.ordinal}:{','.join(f.to)}": str(f.state)
                for f in state.followups()
            }
        finally:
            state.close()

    def draft_for(self, kind: Kind, to: str | None = None) -> str:
        for draft_id, draft in self.sink.drafts.items():
            if draft.marker and self._kind_of(draft) == kind and (to is None or to in _to(draft)):
                return draft_id
        raise AssertionError(f"no {kind} draft to {to}")

    def _kind_of(self, draft: Draft) -> Kind:
        state = self.state()
        try:
            return next(f.kind for f in state.followups() if f.key.marker == draft.marker)
        finally:
            state.close()


def _to(draft: Draft) -> list[str]:
    return [address for _, address in draft.to]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield World(tmp_path / "followup.db", MemoryCalendar("cal", [ONSITE, DENTIST]), MemorySink())


def all_markers_unique(sink: MemorySink) -> bool:
    markers = Counter(d.marker for d in sink.drafts.values())
    markers.update(s.marker for s in sink.sent if s.marker)
    return all(n == 1 for n in markers.values())


def test_the_whole_lifecycle_on_the_right_days(world: World) -> None:
    assert world.tick("2026-12-02T13:30") == []  # not due yet
    drafted = world.tick("2026-12-02T14:00")
    assert sorted(drafted) == sorted(f"thank_you:{p.email}" for p in (WEI, DANA, ANIKA))
    assert world.tick("2026-12-02T14:05") == []  # nothing twice

    # Each panelist's note recalls their own session.
    bodies = {_to(d)[0]: d.text for d in world.sink.drafts.values()}
    assert "system design" in bodies[WEI.email].lower()
    assert "rate limiter" in bodies[DANA.email].lower()
    assert bodies[WEI.email] != bodies[DANA.email].replace("Dana", "Wei")

    dana_thanks = world.sink.user_sends(
        world.draft_for(Kind.THANK_YOU, DANA.email), at=at("2026-12-02T15:00")
    )
    world.sink.user_deletes(world.draft_for(Kind.THANK_YOU, WEI.email))
    world.tick("2026-12-02T16:00")
    states = world.followups()
    assert states[f"thank_you:0:{DANA.email}"] == "sent"
    assert states[f"thank_you:0:{WEI.email}"] == "dismissed"
    assert states[f"thank_you:0:{ANIKA.email}"] == "drafted"

    # "within two weeks" of Wed 2 Dec -> 16 Dec; + one week grace -> Wed 23 Dec 09:00.
    assert world.tick("2026-12-23T08:59") == []
    assert world.tick("2026-12-23T09:00") == [f"status_check:{DANA.email}"]
    check_id = world.draft_for(Kind.STATUS_CHECK)
    check = world.sink.drafts[check_id]
    assert check.in_reply_to == dana_thanks.message_id  # the thread of the sent thank-you
    assert check.subject.startswith("Re: ")
    world.sink.user_sends(check_id, at=at("2026-12-23T10:00"))

    # Check-ins every two weeks from the status check's date: Wed 6 Jan, Wed 20 Jan.
    assert world.tick("2027-01-06T08:00") == []
    assert world.tick("2027-01-06T09:00") == [f"check_in:{DANA.email}"]
    world.sink.user_deletes(world.draft_for(Kind.CHECK_IN))
    assert world.tick("2027-01-20T09:00") == [f"check_in:{DANA.email}"]
    assert world.tick("2027-03-01T09:00") == []
    assert all_markers_unique(world.sink)
    state = world.state()
    assert state.followups(states=["dismissed"])  # the deleted check-in stays dismissed
    state.close()


def test_a_reply_stops_the_status_check_and_check_ins(world: World) -> None:
    world.tick("2026-12-02T14:00")
    state = world.state()
    (pid,) = state.process_ids()
    state.add_reply(
        ReplyRecord(pid, at("2026-12-10T10:00"), "human_reply", "cli", message_id="r1"),
        at("2026-12-10T10:00"),
    )
    state.close()
    for day in ("2026-12-23T09:00", "2027-01-06T09:00", "2027-01-20T09:00"):
        assert world.tick(day) == []


def test_an_outcome_ends_everything(world: World) -> None:
    world.tick("2026-12-02T14:00")
    state = world.state()
    (pid,) = state.process_ids()
    state.set_outcome(pid, "rejected", at("2026-12-05T10:00"))
    state.close()
    assert world.tick("2026-12-23T09:00") == []
    assert world.tick("2027-01-20T09:00") == []


def test_nothing_for_a_cancelled_or_declined_interview_or_an_ordinary_event(world: World) -> None:
    cancelled = replace(ONSITE, uid="c1", status="cancelled")
    declined = replace(
        ONSITE, uid="c2", attendees=(person("Alex Candidate", "alex@example.com", "declined"), WEI)
    )
    world.calendar.replace(cancelled, declined, DENTIST)
    for day in ("2026-12-02T14:00", "2026-12-23T09:00", "2027-01-20T09:00"):
        assert world.tick(day) == []


def test_an_interview_that_disappears_from_the_calendar_is_cancelled(world: World) -> None:
    world.tick("2026-12-02T12:00")  # seen before it ends
    world.calendar.remove(ONSITE.key)
    assert world.tick("2026-12-02T14:00") == []


def test_an_interview_that_leaves_the_window_is_not_cancelled(world: World) -> None:
    world.tick("2026-12-02T14:00")
    # 200 days later the onsite lies outside the 120-day window: it is no longer in the batch.
    world.tick("2027-06-20T09:00")
    state = world.state()
    stored = state.event(ONSITE.key)
    assert stored is not None and not stored.vanished
    assert [f.kind for f in state.followups(states=["cancelled"])] == []
    assert len(state.followups(states=["drafted"])) >= 3
    state.close()


def test_no_thank_you_to_someone_the_user_already_wrote_to(world: World) -> None:
    from agent.ports import SentMessage

    world.sink.sent.append(
        SentMessage(
            message_id="<own@x>",
            to=(DANA.email,),
            subject="Thanks!",
            sent_at=at("2026-12-02T13:20"),
        )
    )
    drafted = world.tick("2026-12-02T14:00")
    assert f"thank_you:{DANA.email}" not in drafted
    assert len(drafted) == 2


def test_a_moved_interview_moves_its_plan(world: World) -> None:
    world.tick("2026-12-01T09:00")
    moved = replace(
        ONSITE, start_at=at("2026-12-04T10:00"), end_at=at("2026-12-04T13:00"), sequence=2
    )
    world.calendar.add(moved)
    assert world.tick("2026-12-02T14:00") == []
    assert len(world.tick("2026-12-04T14:00")) == 3


def test_the_first_run_over_an_old_calendar_drafts_nothing_old(world: World) -> None:
    # followup installed in late January: the thank-yous expired, and of the status check and the
    # check-ins only the most recent due one is drafted.
    drafted = world.tick("2027-01-07T09:00")
    assert drafted == [f"check_in:{WEI.email}"]


# --------------------------------------------------------------------------- failures


class FlakySink(MemorySink):
    """Refuses drafts to one address, as a sink that rejects one recipient would."""

    def __init__(self, refuse: str) -> None:
        super().__init__()
        self.refuse = refuse

    def create(self, draft: Draft) -> str:
        if self.refuse in _to(draft):
            raise SinkError("the mail service refused the draft")
        return super().create(draft)


def test_one_failure_never_stops_the_others_and_is_retried(world: World) -> None:
    world.sink = FlakySink(refuse=DANA.email)
    state = world.state()
    report = world.engine(state).tick(at("2026-12-02T14:00"))
    assert report.exit_code == 1
    assert len(report.drafted) == 2 and len(report.failed) == 1
    assert state.followups(states=["failed"])[0].to == (DANA.email,)
    world.sink.refuse = "nobody"
    again = world.engine(state).tick(at("2026-12-02T15:00"))
    assert [f.to for f in again.drafted] == [(DANA.email,)] and again.exit_code == 0
    state.close()


class Crash(BaseException):
    pass


@pytest.mark.parametrize(
    "point", ["before_journal", "after_journal", "after_create", "after_drafted"]
)
def test_an_interruption_at_any_point_gives_neither_duplicate_nor_loss(
    world: World, point: str
) -> None:
    state = world.state()
    engine = world.engine(state)

    def crash(name: str) -> None:
        if name == point:
            raise Crash(name)

    engine.hook = crash
    with pytest.raises(Crash):
        engine.tick(at("2026-12-02T14:00"))
    state.close()
    world.tick("2026-12-02T14:10")
    world.tick("2026-12-02T14:20")
    recipients = sorted(_to(d)[0] for d in world.sink.drafts.values())
    assert recipients == sorted([WEI.email, DANA.email, ANIKA.email])
    assert world.followups() == {
        f"thank_you:0:{p.email}": "drafted" for p in (WEI, DANA, ANIKA)
    } | {k: v for k, v in world.followups().items() if not k.startswith("thank_you")}


def test_status_shows_the_process(world: World) -> None:
    world.tick("2026-12-02T14:00")
    state = world.state()
    views = world.engine(state).views(at("2026-12-02T14:00"))
    (view,) = views
    assert view.group.company and "acme" in view.group.company.lower()
    assert view.plan.state is ProcessState.WAITING
    state.close()


def test_time_zone_of_due_times(world: World) -> None:
    # The status check is due at 09:00 in the user's zone, whatever zone the tick runs in.
    world.tick("2026-12-02T14:00")
    state = world.state()
    check = next(f for f in state.followups() if f.kind is Kind.STATUS_CHECK)
    assert check.due_at.astimezone(LA) == at("2026-12-23T09:00")
    state.close()

"""A hypothesis state machine over the engine with in-memory ports: whatever the order of
passes, restarts, interruptions, calendar changes, replies, user sends and deletes, and clock
jumps, each follow-up key has at most one draft, and nothing is drafted after an outcome."""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from agent.compose import Composer
from agent.engine import Engine, Settings
from agent.model import Attendee, Event, FollowUpState, Me, Policy
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.state import ReplyRecord, State

pytestmark = pytest.mark.slow  # a stateful property test over many passes

LA = ZoneInfo("America/Los_Angeles")
ME = Me(name="Alex Candidate", email="alex@example.com", timezone="America/Los_Angeles")
START = datetime(2026, 10, 28, 9, 0, tzinfo=LA)  # the week before the autumn DST change
POINTS = ["before_journal", "after_journal", "after_create", "after_drafted"]


def interview(uid: str, start_at: datetime, people: int) -> Event:
    attendees = tuple(
        Attendee(email=f"person{i}@acme.example", name=f"Person{i} Example", response="accepted")
        for i in range(people)
    )
    return Event(
        uid=uid,
        start_at=start_at,
        end_at=start_at + timedelta(hours=1),
        tz="America/Los_Angeles",
        summary=f"Interview: Backend Engineer at Acme ({uid})",
        description=(
            "Interview for the Backend Engineer role. We will get back to you within a week."
        ),
        organizer=Attendee(email="recruiting@acme.example", name="Acme Recruiting"),
        attendees=(
            Attendee(email="alex@example.com", name="Alex Candidate", response="accepted"),
            *attendees,
        ),
    )


class Interrupted(BaseException):
    pass


class FollowupMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp())
        self.calendar = MemoryCalendar("cal", [interview("round-1", START + timedelta(days=1), 2)])
        self.sink = MemorySink()
        self.now = START
        self.rounds = 1
        self.outcome_at: datetime | None = None
        self.drafted_after_outcome = 0

    def teardown(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def _engine(self, state: State, crash_at: str | None = None) -> Engine:
        def hook(point: str) -> None:
            if point == crash_at:
                raise Interrupted(point)

        settings_ = Settings(me=ME, policy=Policy())
        return Engine(state, settings_, [self.calendar], self.sink, Composer(), hook=hook)

    def _pass(self, crash_at: str | None = None) -> None:
        state = State(self.dir / "followup.db")  # every pass is a restart
        try:
            report = self._engine(state, crash_at).tick(self.now)
            if self.outcome_at is not None:
                self.drafted_after_outcome += len(report.drafted)
        except Interrupted:
            pass
        finally:
            state.close()

    @rule(hours=st.integers(min_value=0, max_value=24 * 12))
    def time_passes_and_a_pass_runs(self, hours: int) -> None:
        self.now += timedelta(hours=hours)
        self._pass()

    @rule(hours=st.integers(min_value=1, max_value=48))
    def the_clock_jumps_back(self, hours: int) -> None:
        self.now -= timedelta(hours=hours)
        self._pass()

    @rule(point=st.sampled_from(POINTS), hours=st.integers(min_value=0, max_value=72))
    def a_pass_is_interrupted(self, point: str, hours: int) -> None:
        self.now += timedelta(hours=hours)
        self._pass(crash_at=point)

    @rule()
    def the_same_pass_runs_twice(self) -> None:
        self._pass()
        self._pass()

    @rule(pick=st.integers(min_value=0, max_value=50))
    def the_user_sends_a_draft(self, pick: int) -> None:
        if self.sink.drafts:
            ids = sorted(self.sink.drafts)
            self.sink.user_sends(ids[pick % len(ids)], at=self.now)

    @rule(pick=st.integers(min_value=0, max_value=50))
    def the_user_deletes_a_draft(self, pick: int) -> None:
        if self.sink.drafts:
            ids = sorted(self.sink.drafts)
            self.sink.user_deletes(ids[pick % len(ids)])

    @rule(days=st.integers(min_value=1, max_value=20), people=st.integers(min_value=1, max_value=3))
    def a_new_round_is_scheduled(self, days: int, people: int) -> None:
        self.rounds += 1
        self.calendar.add(
            interview(f"round-{self.rounds}", self.now + timedelta(days=days), people)
        )

    @rule(hours=st.integers(min_value=-48, max_value=48))
    def the_latest_round_moves(self, hours: int) -> None:
        latest = max(self.calendar.events, key=lambda e: e.start_at)
        moved = latest.start_at + timedelta(hours=hours)
        self.calendar.add(replace(latest, start_at=moved, end_at=moved + timedelta(hours=1)))

    @rule()
    def the_latest_round_is_cancelled(self) -> None:
        latest = max(self.calendar.events, key=lambda e: e.start_at)
        self.calendar.add(replace(latest, status="cancelled"))

    @rule(with_timeline=st.booleans())
    def the_company_replies(self, with_timeline: bool) -> None:
        state = State(self.dir / "followup.db")
        try:
            for pid in state.process_ids():
                answer = (self.now + timedelta(days=10)).date() if with_timeline else None
                reply = ReplyRecord(
                    pid,
                    self.now,
                    "human_reply",
                    "cli",
                    message_id=f"r{self.now}",
                    answer_date=answer,
                )
                state.add_reply(reply, self.now)
        finally:
            state.close()

    @rule()
    def an_outcome_is_recorded(self) -> None:
        state = State(self.dir / "followup.db")
        try:
            for pid in state.process_ids():
                state.set_outcome(pid, "rejected", self.now)
                self.outcome_at = self.now
        finally:
            state.close()

    @invariant()
    def at_most_one_draft_per_follow_up_key(self) -> None:
        markers = Counter(d.marker for d in self.sink.drafts.values())
        markers.update(s.marker for s in self.sink.sent if s.marker)
        assert all(n == 1 for n in markers.values()), markers

    @invariant()
    def nothing_is_drafted_after_an_outcome(self) -> None:
        assert self.drafted_after_outcome == 0

    @invariant()
    def every_draft_is_known_to_the_state(self) -> None:
        path = self.dir / "followup.db"
        if not path.exists():
            return
        state = State(path)
        try:
            journal = {f.key.marker: f for f in state.followups()}
            assert state.integrity_ok()
        finally:
            state.close()
        for draft in self.sink.drafts.values():
            record = journal.get(draft.marker)
            assert record is not None
            # a draft that exists is never recorded as merely planned (it would be created again)
            assert record.state not in (FollowUpState.PLANNED, FollowUpState.FAILED)


FollowupMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
TestFollowupMachine = FollowupMachine.TestCase

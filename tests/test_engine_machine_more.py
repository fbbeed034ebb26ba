"""The engine state machine of ``test_engine_machine``, with more of what a real life throws at
it: a second company, interviews that vanish from the calendar (and come back), a source that
delivers the same batch twice, sends that come back with a rewritten Message-ID, interruptions
at every hook point of the engine (sync, detect, plan, reconcile, journal, sink), and a clock
that jumps forward across the spring DST change. Besides the first machine's invariants: a
completed pass leaves no journal row ``creating``, and every recipient was an attendee or
organizer."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule

from agent.model import Attendee, Event, FollowUpState
from agent.ports import SyncBatch, Window
from agent.sources.memory import MemoryCalendar
from agent.state import State

pytestmark = pytest.mark.slow  # a stateful property test over many passes

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from reliability.crash import POINTS
    from test_engine_machine import LA, FollowupMachine, Interrupted, interview
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.reliability.crash import POINTS
    from tests.test_engine_machine import LA, FollowupMachine, Interrupted, interview

SPRING_FORWARD = datetime(2027, 3, 14, 1, 0, tzinfo=LA)  # 02:00 does not exist that night


class EchoCalendar(MemoryCalendar):
    """A source that can deliver its last batch once more, as a retried request would."""

    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.last: SyncBatch | None = None
        self.echo = False

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        if self.echo and self.last is not None:
            self.echo = False
            return self.last
        batch = super().fetch(cursor, window)
        if batch.changed:
            self.last = batch
        return batch


class LifeMachine(FollowupMachine):
    def __init__(self) -> None:
        super().__init__()
        self.calendar = EchoCalendar("cal", list(self.calendar.events))
        self.companies = 1
        self.completed = True
        self.closed: set[str] = set()  # processes with an outcome
        self.vanished: list[Event] = []  # interviews removed from the calendar, to come back
        self.invited = _addresses(self.calendar)  # everyone ever invited, vanished events too

    def _pass(self, crash_at: str | None = None) -> None:
        state = State(self.dir / "followup.db")  # every pass is a restart
        try:
            report = self._engine(state, crash_at).tick(self.now)
            closed = [f for f in report.drafted if f.key.process in self.closed]
            self.drafted_after_outcome += len(closed)
            if crash_at is None:  # an interrupted pass leaves its journal row for the next one
                self.completed = not state.followups(states=[FollowUpState.CREATING])
        except Interrupted:
            pass
        finally:
            state.close()

    @rule()
    def an_outcome_is_recorded(self) -> None:
        """Overrides the first machine's: an outcome ends its own process, not a later one."""
        state = State(self.dir / "followup.db")
        try:
            for pid in state.process_ids():
                state.set_outcome(pid, "rejected", self.now)
                self.closed.add(pid)
        finally:
            state.close()

    @rule(point=st.sampled_from(POINTS), hours=st.integers(min_value=0, max_value=72))
    def a_pass_is_interrupted_anywhere(self, point: str, hours: int) -> None:
        self.now += timedelta(hours=hours)
        self._pass(crash_at=point)
        self._pass()  # the restart

    @rule(days=st.integers(min_value=0, max_value=10), people=st.integers(min_value=1, max_value=3))
    def another_company_interviews(self, days: int, people: int) -> None:
        self.companies += 1
        domain = f"company{self.companies}.example"
        event = interview(f"co{self.companies}", self.now + timedelta(days=days), people)
        attendees = tuple(
            replace(a, email=a.email.replace("acme.example", domain)) if a.email else a
            for a in event.attendees
        )
        self.calendar.add(
            replace(
                event,
                attendees=attendees,
                organizer=Attendee(email=f"recruiting@{domain}", name="Recruiting"),
                summary=f"Interview: Backend Engineer at Company{self.companies}",
            )
        )

    @rule()
    def an_interview_vanishes(self) -> None:
        if len(self.calendar.events) > 1:
            latest = max(self.calendar.events, key=lambda e: e.start_at)
            self.calendar.remove(latest.key)
            self.vanished.append(latest)

    @rule()
    def a_vanished_interview_comes_back(self) -> None:
        """A read is evidence, not the truth: an event missing from a read may return."""
        if self.vanished:
            self.calendar.add(self.vanished.pop())

    @rule()
    def the_same_batch_is_delivered_twice(self) -> None:
        self.calendar.echo = True
        self._pass()

    @rule(pick=st.integers(min_value=0, max_value=50))
    def the_user_sends_and_the_service_rewrites_the_message_id(self, pick: int) -> None:
        if self.sink.drafts:
            ids = sorted(self.sink.drafts)
            self.sink.user_sends(ids[pick % len(ids)], message_id=f"<rw{pick}@mail>", at=self.now)

    @rule(hours=st.integers(min_value=0, max_value=4))
    def the_clock_jumps_forward_across_spring_dst(self, hours: int) -> None:
        if self.now < SPRING_FORWARD:
            self.now = SPRING_FORWARD + timedelta(hours=hours)
            self._pass()

    @invariant()
    def a_completed_pass_leaves_no_journal_row_creating(self) -> None:
        assert self.completed

    @invariant()
    def every_recipient_was_invited(self) -> None:
        self.invited |= _addresses(self.calendar)  # invariants run after every step
        for draft in self.sink.drafts.values():
            assert {address for _, address in draft.to} <= self.invited


def _addresses(calendar: MemoryCalendar) -> set[str]:
    found = {a.email for e in calendar.events for a in e.attendees if a.email}
    return found | {e.organizer.email for e in calendar.events if e.organizer and e.organizer.email}


LifeMachine.TestCase.settings = settings(max_examples=15, stateful_step_count=20, deadline=None)
TestLifeMachine = LifeMachine.TestCase

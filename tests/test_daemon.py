"""The daemon loop on a simulated clock: polls, due times, schedule's morning job, DST, clock
jumps, failures and stopping; then the real pass (engine, Maildir, state) driven by that clock."""

from __future__ import annotations

import logging
import mailbox
import random
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.config import load_config
from agent.daemon import Backoff, Daemon, LivePass, PassOutcome, WallClockJobs
from agent.errors import SourceError, StateError
from agent.model import FollowUpState, Kind
from agent.state import State
from tests.daemon_support import (
    SimClock,
    interview_ics,
    schedule_on,
    system_zone,
    write_config,
)

LA = ZoneInfo("America/Los_Angeles")
POLL = timedelta(minutes=5)


def at(text: str) -> datetime:
    """A Los Angeles wall-clock time, e.g. ``at("2026-11-01 01:30")`` (the first, PDT, one), as
    a UTC instant (an ambiguous local time never compares equal across zones: PEP 495)."""
    return datetime.fromisoformat(text).replace(tzinfo=LA).astimezone(UTC)


class Recorder:
    """A pass that records when it ran; its outcomes can be scripted."""

    def __init__(self, due: list[datetime] | None = None, fail: int = 0) -> None:
        self.at: list[datetime] = []
        self.due = sorted(due or [])
        self.fail = fail

    def __call__(self, now: datetime) -> PassOutcome:
        self.at.append(now)
        self.due = [d for d in self.due if d > now]
        if self.fail:
            self.fail -= 1
            raise SourceError("calendar unreachable")
        return PassOutcome(ok=True, next_due_at=self.due[0] if self.due else None)


def gaps(instants: list[datetime]) -> set[timedelta]:
    return {b - a for a, b in zip(instants, instants[1:], strict=False)}


def run_loop(clock: SimClock, recorder: Recorder, jobs: WallClockJobs | None = None) -> None:
    Daemon(recorder, POLL, clock.now, clock.sleep, clock.stop, jobs).run()


# --------------------------------------------------------------------------- polls and due times


def test_polls_are_exact_across_the_fall_back_night() -> None:
    start, end = at("2026-11-01 00:00"), at("2026-11-01 04:00")
    clock = SimClock(start, end)
    recorder = Recorder()
    run_loop(clock, recorder)
    # 01:00-02:00 happens twice that night: 5 real hours, a pass every 5 real minutes
    assert gaps(recorder.at) == {POLL}
    real = end.astimezone(UTC) - start.astimezone(UTC)
    assert real == timedelta(hours=5)
    assert len(recorder.at) == real // POLL  # the stop comes at 04:00, before its pass


def test_polls_are_exact_across_the_spring_forward_night() -> None:
    start, end = at("2026-03-08 00:00"), at("2026-03-08 04:00")
    clock = SimClock(start, end)
    recorder = Recorder()
    run_loop(clock, recorder)
    assert gaps(recorder.at) == {POLL}
    assert len(recorder.at) == timedelta(hours=3) // POLL  # 02:00-03:00 never happens


def test_a_due_time_between_polls_gets_a_pass_at_that_instant() -> None:
    start = at("2026-11-01 00:00")
    due = [start + timedelta(minutes=7, seconds=13), at("2026-11-01 01:31")]
    clock = SimClock(start, start + timedelta(hours=3))
    recorder = Recorder(due=list(due))
    run_loop(clock, recorder)
    for instant in due:
        assert recorder.at.count(instant) == 1
    assert max(gaps(recorder.at)) <= POLL


def test_a_clock_set_back_neither_stalls_nor_doubles() -> None:
    start = at("2026-06-01 12:00")
    clock = SimClock(start, start + timedelta(hours=1))
    clock.jumps[start + timedelta(minutes=12)] = -timedelta(hours=2)
    recorder = Recorder()
    run_loop(clock, recorder)
    # after the jump the clock reads 10:12; the next pass comes one poll later, not at 12:15
    after_jump = [t for t in recorder.at if t < start]
    assert after_jump and after_jump[0] == at("2026-06-01 10:12") + POLL
    assert max(gaps(after_jump)) == POLL == min(gaps(after_jump))


def test_a_clock_set_forward_gives_one_pass_not_a_burst() -> None:
    start = at("2026-06-01 12:00")
    clock = SimClock(start, start + timedelta(hours=5))
    clock.jumps[start + timedelta(minutes=3)] = timedelta(hours=3)
    recorder = Recorder()
    run_loop(clock, recorder)
    jumped = start + timedelta(hours=3, minutes=3)
    assert recorder.at[:2] == [start, jumped]
    assert recorder.at[2] == jumped + POLL


# --------------------------------------------------------------------------- schedule's morning job


def test_the_morning_job_runs_at_8_local_once_a_day_across_dst(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with system_zone(monkeypatch, "America/Los_Angeles"):
        clock = SimClock(at("2026-10-30 20:00"), at("2026-11-03 09:00"))
        schedule_on(monkeypatch, clock)
        jobs = WallClockJobs(time(8, 0), "America/Los_Angeles")
        recorder = Recorder()
        Daemon(recorder, timedelta(hours=7), clock.now, clock.sleep, clock.stop, jobs).run()
    mornings = [t.astimezone(LA) for t in recorder.at if t.astimezone(LA).time() == time(8, 0)]
    assert [m.date().isoformat() for m in mornings] == [
        "2026-10-31",
        "2026-11-01",  # the fall-back day
        "2026-11-02",
        "2026-11-03",
    ]
    assert len(set(recorder.at)) == len(recorder.at)  # no instant served twice


def test_the_morning_job_follows_me_timezone_when_the_machine_is_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with system_zone(monkeypatch, "UTC"):
        clock = SimClock(at("2026-06-01 20:00"), at("2026-06-02 09:00"))
        schedule_on(monkeypatch, clock)
        jobs = WallClockJobs(time(8, 0), "America/Los_Angeles")
        recorder = Recorder()
        Daemon(recorder, timedelta(hours=24), clock.now, clock.sleep, clock.stop, jobs).run()
    assert at("2026-06-02 08:00") in recorder.at


# --------------------------------------------------------------------------- failures and stopping


def test_a_failing_pass_backs_off_with_bounded_jitter_and_keeps_running() -> None:
    start = at("2026-06-01 12:00")
    clock = SimClock(start, start + timedelta(hours=6))
    recorder = Recorder(fail=8)
    backoff = Backoff(timedelta(seconds=30), timedelta(minutes=10), random.Random(3))
    Daemon(recorder, POLL, clock.now, clock.sleep, clock.stop, None, backoff).run()
    waits = [b - a for a, b in zip(recorder.at, recorder.at[1:9], strict=False)]
    for n, wait in enumerate(waits):
        step = min(timedelta(seconds=30) * 2**n, timedelta(minutes=10))
        assert step / 2 <= wait <= step  # jittered, doubling, never above the cap
    assert gaps(recorder.at[8:]) == {POLL}  # recovered: back to polling


def test_a_bug_in_a_pass_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    start = at("2026-06-01 12:00")
    clock = SimClock(start, start + timedelta(minutes=30))
    calls: list[datetime] = []

    def broken(now: datetime) -> PassOutcome:
        calls.append(now)
        raise KeyError("boom")

    with caplog.at_level(logging.INFO, "agent.daemon"):
        Daemon(broken, POLL, clock.now, clock.sleep, clock.stop).run()
    assert len(calls) > 3
    assert "internal error in a pass: KeyError" in caplog.text


def test_stop_ends_the_loop_at_once() -> None:
    start = at("2026-06-01 12:00")
    clock = SimClock(start, start + timedelta(days=1))
    stops = iter([False, True])
    recorder = Recorder()
    Daemon(recorder, POLL, clock.now, clock.sleep, lambda: next(stops)).run()
    assert recorder.at == [start]


# --------------------------------------------------------------------------- the real pass


@pytest.fixture
def calendar(tmp_path: Path) -> Path:
    # an onsite at 14:00-15:00 on 2026-11-02 with two panelists; a screen that same morning
    # (08:30-09:00) so its reminder is due before it starts
    return interview_ics(
        tmp_path / "cal.ics",
        [
            ("onsite@acme.example", at("2026-11-02 14:00"), at("2026-11-02 15:00"), 2),
            ("screen@other.example", at("2026-11-03 08:30"), at("2026-11-03 09:00"), 1),
        ],
    )


def live_daemon(
    tmp_path: Path, calendar: Path, clock: SimClock, poll: str = "1h"
) -> tuple[State, Daemon]:
    config = load_config(write_config(tmp_path, calendar, poll=poll))
    state = State(config.state)
    live = LivePass(config, state, clock.stop)
    jobs = WallClockJobs(config.policy.reminder_at, config.me.timezone)
    daemon = Daemon(live, config.poll_interval, clock.now, clock.sleep, clock.stop, jobs)
    return state, daemon


def test_the_daemon_drafts_the_digest_at_8_and_thank_yous_at_their_due_time(
    tmp_path: Path, calendar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with system_zone(monkeypatch, "America/Los_Angeles"):
        clock = SimClock(at("2026-11-01 20:17"), at("2026-11-03 12:00"))
        schedule_on(monkeypatch, clock)
        state, daemon = live_daemon(tmp_path, calendar, clock, poll="3h")
        daemon.run()
    done = [f for f in state.followups() if f.state is FollowUpState.DRAFTED]
    digests = {f.key.round: f for f in done if f.kind is Kind.DIGEST}
    # one each morning with an interview, at 08:00 sharp (schedule's job, between two polls)
    assert {day: f.drafted_at for day, f in digests.items()} == {
        "2026-11-02": at("2026-11-02 08:00"),
        "2026-11-03": at("2026-11-03 08:00"),
    }
    assert {f.to for f in digests.values()} == {("alex@example.com",)}  # to the user only
    thanks = sorted(f.drafted_at for f in done if f.kind is Kind.THANK_YOU)  # type: ignore[type-var]
    assert thanks == [at("2026-11-02 16:00")] * 2 + [at("2026-11-03 10:00")]
    drafts = mailbox.Maildir(tmp_path / "Drafts", create=False)
    assert sum(1 for m in drafts if m["To"] == "Alex Candidate <alex@example.com>") == 2
    assert len(drafts) == len(done)
    record = state.daemon()
    assert record is not None and record.last_exit == 0


def test_an_unreachable_calendar_is_a_condition_not_a_crash(
    tmp_path: Path, calendar: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = SimClock(at("2026-11-01 20:00"), at("2026-11-02 02:00"))
    state, daemon = live_daemon(tmp_path, calendar, clock)
    calendar.unlink()
    with caplog.at_level(logging.INFO, "agent.daemon"):
        daemon.run()
    assert len(daemon.passes) >= 3
    assert "source_unreachable" in caplog.text and "retrying in" in caplog.text
    from agent.status import snapshot
    from agent.wiring import settings

    config = load_config(tmp_path / "config.yaml")
    data = snapshot(state, settings(config), clock.now())
    kinds = [c["kind"] for c in data["conditions"]]
    assert kinds == ["source_unreachable"]
    assert data["daemon"]["failures"] >= 3 and data["daemon"]["last_exit"] == 4
    assert data["daemon"]["running"] is False  # the loop was not started through serve()


def test_a_pass_that_cannot_get_the_pass_lock_backs_off(
    tmp_path: Path, calendar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.locks import pass_lock

    monkeypatch.setenv("FOLLOWUP_PASS_WAIT", "0")
    clock = SimClock(at("2026-11-01 20:00"), at("2026-11-01 21:00"))
    state, daemon = live_daemon(tmp_path, calendar, clock)
    with pass_lock(str(tmp_path / "state" / "followup.db")):
        daemon.run()
    assert len(daemon.passes) >= 2
    assert [c.kind for c in _conditions(state)] == ["state_locked"]


def _conditions(state: State) -> list[StateError | object]:
    import json
    from types import SimpleNamespace

    return [SimpleNamespace(**c) for c in json.loads(state.meta("conditions") or "[]")]


def test_logs_say_each_decision(
    tmp_path: Path, calendar: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = SimClock(at("2026-11-02 15:30"), at("2026-11-02 16:30"))
    _, daemon = live_daemon(tmp_path, calendar, clock)
    with caplog.at_level(logging.INFO, "agent.daemon"):
        daemon.run()
    lines = [r.getMessage() for r in caplog.records if r.name == "agent.daemon"]
    drafted = [line for line in lines if line.startswith("drafted ")]
    assert len(drafted) == 2
    assert all(" thank_you (p1) to p" in line for line in drafted)


def test_the_log_says_what_needs_you_once(
    tmp_path: Path, calendar: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # the onsite ended at 15:00 yesterday: its thank-yous are drafted late, still unsent a day on
    clock = SimClock(at("2026-11-03 15:30"), at("2026-11-03 18:30"))
    _, daemon = live_daemon(tmp_path, calendar, clock)
    with caplog.at_level(logging.INFO, "agent.daemon"):
        daemon.run()
    assert len(daemon.passes) == 3
    lines = [r.getMessage() for r in caplog.records if r.name == "agent.daemon"]
    said = [line for line in lines if line.startswith("needs you: thank_you")]
    assert len(said) == 2  # one line per thank-you, not one per pass
    cards = [line for line in lines if line.startswith("needs you: cards_to_write: ")]
    assert len(cards) == 1 and "`followup cards i1` prints them" in cards[0]
    assert all(
        line.startswith("needs you: thank_you_unsent: ")
        and "still in your drafts: send it by Wed Nov 4 15:00 PST" in line
        for line in said
    )


def test_an_unchanged_passes_store_nothing_new(tmp_path: Path, calendar: Path) -> None:
    clock = SimClock(at("2026-11-01 20:00"), at("2026-11-01 23:00"))
    state, daemon = live_daemon(tmp_path, calendar, clock)
    daemon.run()
    assert len(daemon.passes) == 3  # 20:00, 21:00, 22:00; the stop comes at 23:00
    events = state.audit_log()
    assert not [e for e in events if e[0] > at("2026-11-01 20:00").astimezone(UTC).isoformat()]


def test_the_digest_comes_at_the_first_pass_after_8_and_once_a_day(
    tmp_path: Path, calendar: Path
) -> None:
    from agent.wiring import build_engine

    config = load_config(write_config(tmp_path, calendar))
    state = State(config.state)
    engine = build_engine(config, state)
    report = engine.tick(at("2026-11-02 10:17"))  # the daemon was off at 08:00
    (digest,) = report.drafted
    assert digest.kind is Kind.DIGEST and digest.due_at == at("2026-11-02 08:00")
    (draft,) = list(mailbox.Maildir(tmp_path / "Drafts", create=False))
    assert draft["To"] == "Alex Candidate <alex@example.com>"
    body = draft.get_payload(decode=True).decode()
    assert "Person" in body and "followup timeline" in body  # who, and how to record the answer
    assert "14:00" in body and "no address yet" not in body
    assert not build_engine(config, state).tick(at("2026-11-02 11:00")).drafted  # not twice


def test_no_digest_on_a_day_nothing_needs_you(tmp_path: Path, calendar: Path) -> None:
    from agent.wiring import build_engine

    config = load_config(write_config(tmp_path, calendar))
    state = State(config.state)
    # the onsite has started; the screen is tomorrow; nothing is a day old yet
    report = build_engine(config, state).tick(at("2026-11-02 14:05"))
    assert not report.drafted
    assert not [f for f in state.followups() if f.kind in (Kind.DIGEST, Kind.REMINDER)]

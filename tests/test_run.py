"""``followup run``: the daemon drafts at its due time, between two polls (on an injected clock the
test moves, so nothing races the machine's speed; the real latency is measured by ``bench/``), one
daemon per state file (a second ``followup run`` process exits 5 naming the holder), and, as a
real process on real time, SIGTERM mid-pass leaving a consistent state."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import load_config
from agent.daemon import serve
from agent.model import FollowUpState
from agent.state import State
from tests.daemon_support import interview_ics, write_config

ROOT = Path(__file__).resolve().parent.parent

#: A whole calendar of due thank-yous in one pass: the per-pass bound is raised to its most (100).
NO_REMINDER_NO_BOUND = "policy: {reminder: {enabled: false}, limits: {drafts_per_pass: 100}}\n"


def start_daemon(config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "agent", "--config", str(config), "run"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def drafts_in(folder: Path) -> list[str]:
    cur = folder / "Drafts" / "cur"
    return sorted(os.listdir(cur)) if cur.exists() else []


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.005)
    return False


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    return process.returncode, err


class ManualClock:
    """The daemon's injected clock and sleeper, moved by the test: a sleep records the instant
    the daemon means to wake at and returns once the test has moved the clock there (or asked it
    to stop), so nothing depends on how fast the machine is."""

    def __init__(self, start_at: datetime) -> None:
        self.now_at = start_at
        self.wakes: list[datetime] = []  # one per sleep, in order
        self.stopping = False
        self._changed = threading.Condition()

    def now(self) -> datetime:
        with self._changed:
            return self.now_at

    def sleep(self, seconds: float) -> None:
        with self._changed:
            wake = self.now_at + timedelta(seconds=seconds)
            self.wakes.append(wake)
            self._changed.notify_all()
            self._changed.wait_for(lambda: self.stopping or self.now_at >= wake)

    def stop(self) -> bool:
        with self._changed:
            return self.stopping

    def asleep(self, times: int) -> datetime:
        """Wait for the daemon's ``times``-th sleep; the instant it means to wake at."""
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.wakes) >= times, timeout=60), "hung"
            return self.wakes[times - 1]

    def move_to(self, at: datetime) -> None:
        with self._changed:
            self.now_at = at
            self._changed.notify_all()

    def end(self) -> None:
        with self._changed:
            self.stopping = True
            self._changed.notify_all()


def test_run_drafts_at_the_due_time_and_holds_one_daemon_per_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    start_at = datetime(2026, 12, 2, 20, 0, 3, tzinfo=UTC)
    due_at = start_at + timedelta(minutes=2)  # between two polls (every 5 minutes)
    end_at = due_at - timedelta(hours=1)  # thank-you delay: 1 h
    ics = interview_ics(
        tmp_path / "cal.ics", [("i1@acme.example", end_at - timedelta(hours=1), end_at, 1)]
    )
    config_path = write_config(tmp_path, ics, extra=NO_REMINDER_NO_BOUND)
    config = load_config(config_path)
    clock = ManualClock(start_at)
    exits: list[int] = []

    def run() -> None:  # what `followup run` does once its signal handlers are in place
        state = State(config.state)
        try:
            exits.append(serve(config, state, clock.stop, clock.sleep, clock.now))
        finally:
            state.close()

    caplog.set_level(logging.INFO, logger="agent.daemon")
    daemon = threading.Thread(target=run)
    daemon.start()
    try:
        assert clock.asleep(1) == due_at  # the first pass plans to wake at the due time
        assert drafts_in(tmp_path) == []  # not before it
        second = start_daemon(config_path)  # a second `followup run` on the same state
        _, err = second.communicate(timeout=60)
        assert second.returncode == 5 and f"pid {os.getpid()}" in err, err
        assert main(["--config", str(config_path), "status", "--json"]) == 0
        shown = json.loads(capsys.readouterr()[0])["daemon"]
        assert shown["running"] and shown["pid"] == os.getpid() and shown["last_exit"] == 0

        clock.move_to(due_at)
        clock.asleep(2)  # the pass at the due time is done
        assert len(drafts_in(tmp_path)) == 1
        drafted = State(config.state)
        try:
            (thanks,) = [f for f in drafted.followups() if f.state is FollowUpState.DRAFTED]
        finally:
            drafted.close()
        assert thanks.kind == "thank_you" and thanks.drafted_at == due_at
    finally:
        clock.end()
        daemon.join(timeout=60)
    assert exits == [0]
    log = caplog.text
    assert "drafted f" in log and "thank_you" in log and "Traceback" not in log


@pytest.mark.slow
def test_sigterm_in_the_middle_of_a_pass_leaves_a_consistent_state(tmp_path: Path) -> None:
    ended_at = datetime.now(UTC) - timedelta(hours=2)
    interviews = [
        (f"i{n}@acme{n}.example", ended_at - timedelta(hours=1), ended_at, 10) for n in range(10)
    ]
    ics = interview_ics(tmp_path / "cal.ics", interviews)
    config = write_config(tmp_path, ics, extra=NO_REMINDER_NO_BOUND)
    daemon = start_daemon(config)
    try:
        # the first pass of a process that imports followup, on a machine perhaps busy
        assert wait_for(lambda: drafts_in(tmp_path), 120), "no draft"
    finally:
        code, log = stop(daemon)
    assert code == 0, log
    assert "Traceback" not in log
    state = State(tmp_path / "state" / "followup.db")
    followups = state.followups()
    states = [f.state for f in followups]
    drafted = [f for f in followups if f.state is FollowUpState.DRAFTED]
    assert FollowUpState.CREATING not in states
    assert 0 < len(drafted) < 100, "SIGTERM came after the pass: nothing to prove"
    assert len(drafts_in(tmp_path)) == len(drafted)
    assert state.integrity_ok()
    state.close()
    # the next pass drafts the rest, with no duplicate
    assert main(["--config", str(config), "tick"]) == 0
    assert len(drafts_in(tmp_path)) == 100

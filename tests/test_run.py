"""``followup run`` as a real process on real time: a draft within 5 s of its due time, one daemon
per state file (exit 5 naming the holder), and SIGTERM mid-pass leaving a consistent state."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.cli import main
from agent.model import FollowUpState
from agent.state import State
from tests.daemon_support import interview_ics, write_config

ROOT = Path(__file__).resolve().parent.parent


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
    _, err = process.communicate(timeout=10)
    return process.returncode, err


def test_a_draft_appears_within_5_s_of_its_due_time_and_one_daemon_per_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    due_at = (datetime.now(UTC) + timedelta(seconds=2)).replace(microsecond=0)  # ICS: seconds
    end_at = due_at - timedelta(hours=1)  # thank-you delay: 1 h
    ics = interview_ics(
        tmp_path / "cal.ics", [("i1@acme.example", end_at - timedelta(hours=1), end_at, 1)]
    )
    config = write_config(tmp_path, ics)
    daemon = start_daemon(config)
    try:
        assert wait_for(lambda: (tmp_path / "state" / "followup.db.daemon.lock").exists(), 5)
        time.sleep(0.3)
        code = main(["--config", str(config), "run"])
        _, err = capsys.readouterr()
        assert code == 5
        assert f"pid {daemon.pid}" in err
        assert wait_for(lambda: drafts_in(tmp_path), 8), "no draft"
        late = (datetime.now(UTC) - due_at).total_seconds()
        assert 0 <= late < 5
        assert main(["--config", str(config), "status", "--json"]) == 0
        shown = json.loads(capsys.readouterr()[0])["daemon"]
        assert shown["running"] and shown["pid"] == daemon.pid and shown["last_exit"] == 0
    finally:
        code, log = stop(daemon)
    assert code == 0, log
    assert "drafted f" in log and "thank_you" in log
    assert "Traceback" not in log


@pytest.mark.slow
def test_sigterm_in_the_middle_of_a_pass_leaves_a_consistent_state(tmp_path: Path) -> None:
    ended_at = datetime.now(UTC) - timedelta(hours=2)
    interviews = [
        (f"i{n}@acme{n}.example", ended_at - timedelta(hours=1), ended_at, 12) for n in range(12)
    ]
    ics = interview_ics(tmp_path / "cal.ics", interviews)
    config = write_config(tmp_path, ics, extra="policy: {reminder: {enabled: false}}\n")
    daemon = start_daemon(config)
    try:
        assert wait_for(lambda: drafts_in(tmp_path), 15), "no draft"
    finally:
        code, log = stop(daemon)
    assert code == 0, log
    assert "Traceback" not in log
    state = State(tmp_path / "state" / "followup.db")
    followups = state.followups()
    states = [f.state for f in followups]
    drafted = [f for f in followups if f.state is FollowUpState.DRAFTED]
    assert FollowUpState.CREATING not in states
    assert 0 < len(drafted) < 144, "SIGTERM came after the pass: nothing to prove"
    assert len(drafts_in(tmp_path)) == len(drafted)
    assert state.integrity_ok()
    state.close()
    # the next pass drafts the rest, with no duplicate
    assert main(["--config", str(config), "tick"]) == 0
    assert len(drafts_in(tmp_path)) == 144

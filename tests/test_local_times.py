"""Every time followup shows or logs is in the user's zone and says which: the status table
(an interview's start and end, due times, passes), preview, explain, and the log of `tick` and
`run` (times in America/Los_Angeles here, though the passes run on UTC instants)."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import load_config
from agent.daemon import LivePass
from agent.state import State

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
SHOWN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)? (PST|PDT)\b")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\ndrafts: {maildir: Drafts}\nstate: state/followup.db\n"
    )
    return config


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> str:
    assert main(["--config", str(config), *args]) == 0
    return capsys.readouterr().out


def test_status_shows_each_time_in_the_users_zone_saying_which(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    table = run(capsys, demo, "status", "--now", NOW)
    assert not ISO.search(table), table  # no bare ISO text with its offset cut off
    onsite = next(line for line in table.splitlines() if "Onsite interview" in line)
    assert "2026-12-02 10:00-13:00 PST" in onsite  # start and end, and the zone
    dues = [line for line in table.splitlines() if " due " in line]
    assert dues and all(SHOWN.search(line.split(" due ")[1]) for line in dues)


def test_preview_and_explain_say_the_zone(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    shown = run(capsys, demo, "preview", "--now", NOW)
    assert re.search(r"due (now|at \d{4}-\d\d-\d\d \d\d:\d\d PST)", shown)
    eid = next(
        line.split()[0]
        for line in run(capsys, demo, "events", "--now", NOW).splitlines()
        if "Onsite" in line
    )
    explained = run(capsys, demo, "explain", eid)
    assert "2026-12-02 10:00 PST -> 2026-12-02 13:00 PST" in explained


def test_the_daemon_logs_due_times_in_the_users_zone(
    demo: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = load_config(demo)
    state = State(config.state)
    with caplog.at_level(logging.INFO, logger="agent.daemon"):
        LivePass(config, state, lambda: False)(datetime(2026, 12, 3, 19, 0, tzinfo=UTC))
    decisions = [r.getMessage() for r in caplog.records if ", due " in r.getMessage()]
    assert decisions
    for message in decisions:
        due = message.split(", due ")[1]
        assert SHOWN.match(due), message
        assert "+00:00" not in message and not ISO.search(message)


@pytest.mark.slow  # a real followup process: a second and more
def test_log_lines_carry_their_zone(demo: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "agent", "--config", str(demo), "-vv", "tick", "--now", NOW],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    logged = [line for line in done.stderr.splitlines() if " INFO " in line or " DEBUG " in line]
    assert logged
    assert all(SHOWN.match(line) for line in logged), logged[:3]

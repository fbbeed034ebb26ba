"""Operations: what a machine does to followup. SIGTERM in the middle of ``tick`` and of ``run``
leaves a consistent state; a second daemon on the same state refuses with a clear message; a
schema migration backs the state file up first; a full disk, an unusable state folder or an
unwritable Maildir is a clear error with its exit code (CONTRACT.md), never a traceback, and
the next pass after the fault clears drafts each follow-up once."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agent.cli import main
from agent.errors import EXIT_PARTIAL, EXIT_STATE
from agent.state import MIGRATIONS, SCHEMA_VERSION, State

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from reliability import crash
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.reliability import crash

NOW = "2026-12-03T10:00"  # the morning after the crash suite's interviews: 19 thank-yous due
DRAFTS_DUE = 20  # and the morning digest


def home_at(tmp_path: Path, day: datetime = crash.INTERVIEW_DAY) -> Path:
    return crash.make_home(tmp_path / "home", day)


def followup(home: Path, *args: str, limit_bytes: int | None = None) -> subprocess.Popen[str]:
    def limit() -> None:  # Python ignores SIGXFSZ: a write past the limit fails with EFBIG
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    command = [sys.executable, "-m", "agent", "--config", str(home / "config.yaml"), *args]
    return subprocess.Popen(
        command,
        env=crash._env(None),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def markers(home: Path) -> Counter[str]:
    return crash._identities(home / "Mail" / "Drafts")


def assert_consistent(home: Path, drafts: int = DRAFTS_DUE) -> None:
    """One draft per key, every due follow-up drafted, and a sound state file."""
    found = markers(home)
    assert all(n == 1 for n in found.values()), found
    assert len(found) == drafts
    db = sqlite3.connect(home / "state" / "followup.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        states = Counter(s for (s,) in db.execute("SELECT state FROM followups"))
    finally:
        db.close()
    assert states["creating"] == 0 and states["failed"] == 0
    assert states["drafted"] == drafts


def wait_for(condition: object, seconds: float = 180) -> None:
    """Wait until ``condition`` holds; the limit only keeps a broken run from hanging (a
    loaded machine may take a minute to start the pass and draft)."""
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


# --------------------------------------------------------------------------- signals


@pytest.mark.slow
def test_sigterm_in_the_middle_of_a_tick_leaves_a_consistent_state(tmp_path: Path) -> None:
    home = home_at(tmp_path)
    proc = followup(home, "tick", "--now", NOW)
    wait_for(lambda: markers(home))  # the pass is drafting
    proc.send_signal(signal.SIGTERM)
    code, _, err = finish(proc)
    assert code in (-signal.SIGTERM, 0) and "Traceback" not in err
    assert 0 < len(markers(home)) <= DRAFTS_DUE
    assert finish(followup(home, "tick", "--now", NOW))[0] == 0
    assert_consistent(home)


@pytest.mark.slow
def test_sigterm_stops_the_daemon_between_two_drafts(tmp_path: Path) -> None:
    # The daemon reads the real clock: interviews yesterday, so thank-yous are due now.
    yesterday = datetime.now(crash.TZ) - timedelta(days=1)
    home = home_at(tmp_path, yesterday)
    # Whether the morning digest is due depends on the hour it runs at: it is left out here.
    with (home / "config.yaml").open("a") as config:
        config.write("policy: {reminder: {enabled: false}}\n")
    proc = followup(home, "run")
    wait_for(lambda: markers(home))
    proc.send_signal(signal.SIGTERM)
    code, _, err = finish(proc)
    assert code == 0, err
    assert "Traceback" not in err
    assert finish(followup(home, "tick"))[0] == 0
    assert_consistent(home, drafts=DRAFTS_DUE - 1)


@pytest.mark.slow
def test_a_second_daemon_on_the_same_state_refuses(tmp_path: Path) -> None:
    home = home_at(tmp_path)
    first = followup(home, "run")
    lock = home / "state" / "followup.db.daemon.lock"
    try:
        wait_for(lambda: lock.exists() and lock.read_text().strip() == str(first.pid))
        code, _, err = finish(followup(home, "run"))
        assert code == EXIT_STATE
        assert "already running" in err and str(first.pid) in err and "Traceback" not in err
    finally:
        first.send_signal(signal.SIGTERM)
        assert finish(first)[0] == 0


# --------------------------------------------------------------------------- migrations


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_migration_backs_the_state_file_up_first(tmp_path: Path, version: int) -> None:
    path = tmp_path / "followup.db"
    db = sqlite3.connect(path, isolation_level=None)
    for target in range(1, version + 1):
        db.executescript(MIGRATIONS[target])
        db.execute(f"PRAGMA user_version={target}")
    db.execute("INSERT INTO meta(key, value) VALUES ('kept', 'yes')")
    db.close()
    State(path).close()
    backup = tmp_path / f"followup.db.bak-v{version}"
    assert backup.stat().st_mode & 0o777 == 0o600
    saved = sqlite3.connect(backup)
    try:
        assert saved.execute("PRAGMA user_version").fetchone()[0] == version
        assert saved.execute("SELECT value FROM meta WHERE key='kept'").fetchone()[0] == "yes"
    finally:
        saved.close()
    upgraded = State(path)
    try:
        assert upgraded.version == SCHEMA_VERSION and upgraded.meta("kept") == "yes"
    finally:
        upgraded.close()


# --------------------------------------------------------------------------- full disks


@pytest.mark.slow
@pytest.mark.parametrize("limit_bytes", [4_096, 150_000])
def test_a_full_disk_is_exit_5_and_the_next_pass_recovers(tmp_path: Path, limit_bytes: int) -> None:
    home = home_at(tmp_path)
    code, out, err = finish(followup(home, "tick", "--now", NOW, limit_bytes=limit_bytes))
    assert code == EXIT_STATE, (out, err)
    assert "cannot write the state file" in err and "disk full" in err
    assert "Traceback" not in err and "internal error" not in err
    assert finish(followup(home, "tick", "--now", NOW))[0] == 0
    assert_consistent(home)


def test_an_unusable_state_folder_is_exit_5(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    (home / "state").write_text("a file where the state folder should be")
    assert main(["--config", str(home / "config.yaml"), "tick", "--now", NOW]) == EXIT_STATE
    err = capsys.readouterr().err
    assert "state" in err and "Traceback" not in err


def test_an_unwritable_maildir_is_exit_1_and_each_draft_comes_once_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    drafts = home / "Mail" / "Drafts"
    for sub in ("tmp", "new"):
        (drafts / sub).mkdir(parents=True)
    (drafts / "cur").write_text("a file where the Maildir's cur/ should be")
    argv = ["--config", str(home / "config.yaml"), "tick", "--now", NOW]
    assert main(argv) == EXIT_PARTIAL
    captured = capsys.readouterr()
    assert "drafts Maildir" in captured.out and "Traceback" not in captured.err
    (drafts / "cur").unlink()
    (drafts / "cur").mkdir()
    assert main(argv) == 0
    assert_consistent(home)


@pytest.mark.slow
def test_the_state_and_its_lock_files_stay_private_after_a_pass(tmp_path: Path) -> None:
    home = home_at(tmp_path)
    assert finish(followup(home, "tick", "--now", NOW))[0] == 0
    folder = home / "state"
    assert folder.stat().st_mode & 0o777 == 0o700
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert os.listdir(folder)

"""followup's own files: never written through a symbolic link, private from the start, and a
damaged or read-only state file said to be so, with what to do (CONTRACT.md's exit 5).

Each test plants what an attacker or an accident leaves (a link where a lock, the journal or the
state will be; a damaged page; a file the user may not write) and runs the real command."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from agent.cli import main
from agent.errors import EXIT_PARTIAL, EXIT_STATE
from tests.test_operations import NOW, home_at

TARGET_TEXT = "a file the user cares about\n"


def _tick(home: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["--config", str(home / "config.yaml"), *extra, "tick", "--now", NOW])
    out, err = capsys.readouterr()
    return code, out, err


def _command(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--config", str(home / "config.yaml"), *args])
    out, err = capsys.readouterr()
    return code, out + err


def _victim(tmp_path: Path) -> Path:
    victim = tmp_path / "victim.txt"
    victim.write_text(TARGET_TEXT, encoding="utf-8")
    return victim


# --------------------------------------------------------------------------- symbolic links


@pytest.mark.parametrize(
    "planted", ["followup.db.pass.lock", "followup.db", "followup.db-wal", "followup.db-shm"]
)
def test_a_link_planted_beside_the_state_is_refused_and_its_target_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], planted: str
) -> None:
    home = home_at(tmp_path)
    victim = _victim(tmp_path)
    (home / "state").mkdir(mode=0o700)
    (home / "state" / planted).symlink_to(victim)
    code, out, err = _tick(home, capsys)
    assert code == EXIT_STATE, (out, err)
    assert "symbolic link" in err and "Traceback" not in err
    assert victim.read_text(encoding="utf-8") == TARGET_TEXT
    assert victim.stat().st_mode & 0o777 == 0o644  # not made private either: not touched


def test_a_link_at_the_drafts_journal_is_refused_and_its_target_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    victim = _victim(tmp_path)
    drafts = home / "Mail" / "Drafts"
    for sub in ("tmp", "new", "cur"):
        (drafts / sub).mkdir(parents=True, mode=0o700)
    (drafts / "followup-drafts.jsonl").symlink_to(victim)
    code, out, err = _tick(home, capsys)
    assert code == EXIT_PARTIAL, (out, err)
    assert "symbolic link" in out + err
    assert victim.read_text(encoding="utf-8") == TARGET_TEXT
    assert not list((drafts / "cur").iterdir())  # no draft without its journal line
    status_code, shown = _command(home, capsys, "status", "--now", NOW)
    assert status_code == 0 and "sink_unreachable" in shown and "symbolic link" in shown
    (drafts / "followup-drafts.jsonl").unlink()  # once the link is gone, drafts come
    assert _tick(home, capsys)[0] == 0
    assert len(list((drafts / "cur").iterdir())) > 3


def test_a_link_at_the_maildir_cur_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    drafts = home / "Mail" / "Drafts"
    for sub in ("tmp", "new"):
        (drafts / sub).mkdir(parents=True, mode=0o700)
    (drafts / "cur").symlink_to(elsewhere)
    code, out, err = _tick(home, capsys)
    assert code == EXIT_PARTIAL and "symbolic link" in out + err
    assert not list(elsewhere.iterdir())


def test_followup_init_writes_the_config_readable_by_the_user_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "conf" / "config.yaml"
    old = os.umask(0o022)
    try:
        assert main(["init", str(target)]) == 0
        first = target.stat().st_mode & 0o777
        assert main(["init", "--force", str(target)]) == 0
    finally:
        os.umask(old)
    assert first == 0o600 and target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["config.yaml"]  # no temporary left


# --------------------------------------------------------------------------- damaged state


def _checkpoint(db_path: Path) -> None:
    """Everything in the file itself (the WAL copied back), as after the last pass ended."""
    gc.collect()  # the in-process commands' connections
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    finally:
        db.close()


def _corrupt_a_middle_page(db_path: Path) -> None:
    page_size = 4096
    pages = db_path.stat().st_size // page_size
    assert pages >= 6, pages  # a real state file of several pages
    with db_path.open("r+b") as f:
        f.seek((pages // 2) * page_size)
        f.write(bytes(range(256)) * (page_size // 256))


def test_a_state_damaged_in_a_middle_page_exits_5_with_the_restore_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    assert _tick(home, capsys)[0] == 0
    db_path = home / "state" / "followup.db"
    _checkpoint(db_path)
    _corrupt_a_middle_page(db_path)
    for args in (["tick", "--now", NOW], ["status", "--now", NOW], ["events"], ["run"]):
        code, shown = _command(home, capsys, *args)
        assert code == EXIT_STATE, (args, shown)
        assert "damaged" in shown and "Traceback" not in shown and "internal error" not in shown
        assert "bak-v" in shown and "start afresh" in shown, shown
        assert "is not drafted again" in shown  # what starting afresh does
    code, shown = _command(home, capsys, "doctor")
    assert code == EXIT_PARTIAL and "damaged" in shown and "start afresh" in shown, shown


# --------------------------------------------------------------------------- read-only state


def _immutable(path: Path) -> bool:
    """Make ``path`` unwritable even for root (tests run as root in CI); False if impossible."""
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    return done.returncode == 0


def test_a_read_only_state_still_lets_status_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = home_at(tmp_path)
    assert _tick(home, capsys)[0] == 0
    writable_code, writable = _command(home, capsys, "status", "--json", "--now", NOW)
    state = home / "state"
    _checkpoint(state / "followup.db")
    for side in state.glob("followup.db-*"):
        side.unlink()  # as after the last connection closed
    files = [state / "followup.db", state]
    if os.geteuid() == 0:
        made = [p for p in files if _immutable(p)]
        if len(made) < len(files):
            for p in made:
                subprocess.run(["chattr", "-i", str(p)], check=False)
            pytest.skip("chattr +i is not available here")
    else:
        for p in files:
            p.chmod(0o500 if p.is_dir() else 0o400)
    try:
        code, shown = _command(home, capsys, "status", "--json", "--now", NOW)
        assert code == 0, shown
        assert shown == writable and writable_code == 0
        code, shown = _command(home, capsys, "events")
        assert code == 0 and "interview" in shown
        code, shown = _command(home, capsys, "tick", "--now", NOW)
        assert code == EXIT_STATE and "read-only" in shown and "Traceback" not in shown
    finally:
        if os.geteuid() == 0:
            for p in files:
                subprocess.run(["chattr", "-i", str(p)], check=False)
        else:
            for p in files:
                p.chmod(0o700 if p.is_dir() else 0o600)


def test_the_imap_and_caldav_caches_are_private_and_never_written_through_a_link(
    tmp_path: Path,
) -> None:
    from agent.sinks.imap import CacheFile, Snapshot
    from agent.sources.caldav import CalDavCache

    target = tmp_path / "target"
    target.write_text("the user's file")
    for path, save in (
        (tmp_path / "imap-cache.json", lambda p: CacheFile(p).save(Snapshot())),
        (tmp_path / "caldav-cache.json", lambda p: CalDavCache(p).save()),
    ):
        path.symlink_to(target)
        save(path)
        assert target.read_text() == "the user's file"  # replaced, not written through
        assert not path.is_symlink() and oct(path.stat().st_mode & 0o777) == "0o600"

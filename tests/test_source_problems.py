"""A calendar that cannot be used says what is wrong, once: in `tick`'s exit code and stderr, in
`status`, in the daemon's log; never "nothing due", never a warning twice."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from agent.cli import main
from agent.config import load_config
from agent.daemon import LivePass
from agent.state import State

NOW = "2026-12-03T11:00"


def setup(tmp_path: Path, content: bytes) -> Path:
    (tmp_path / "cal.ics").write_bytes(content)
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: A, email: alex@example.com, timezone: UTC}\n"
        "calendar: {ics: cal.ics}\ndrafts: {maildir: Drafts}\nstate: s.db\n"
    )
    return config


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def refuse_reading(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable: by its mode, or (for root, whom modes do not stop) at open."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open = os.open

    def refused(file: Any, flags: int, *args: Any, **kw: Any) -> int:
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refused)


CASES = [
    (b"", "source_unusable", "is empty"),
    (b"   \r\n", "source_unusable", "is empty"),
    (b"hello, not a calendar\n", "source_unusable", "is not an iCalendar file"),
    (b"<html><body>Sign in</body></html>", "source_unusable", "is not an iCalendar file"),
]


@pytest.mark.parametrize(("content", "kind", "said"), CASES)
def test_an_unusable_calendar_is_said_once_with_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, kind: str, said: str
) -> None:
    config = setup(tmp_path, content)
    code, out, err = run(capsys, config, "tick", "--now", NOW)
    assert code == 4
    assert "nothing due" not in out
    assert err.count(said) == 1, err
    assert err.count("cal.ics") == 1, err  # the calendar named once, not "name: calendar name"
    assert err.startswith(f"{kind}: calendar {tmp_path / 'cal.ics'}")
    code, out, _ = run(capsys, config, "status", "--now", NOW)
    assert out.count(said) == 1
    assert f"! {kind}: calendar" in out
    assert "Run `followup tick`" not in out
    code, out, _ = run(capsys, config, "status", "--json", "--now", NOW)
    assert [c["kind"] for c in json.loads(out)["conditions"]] == [kind]


def test_a_refused_file_is_not_called_unreachable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = setup(tmp_path, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    refuse_reading(tmp_path / "cal.ics", monkeypatch)
    code, out, err = run(capsys, config, "tick", "--now", NOW)
    assert code == 4
    assert err.splitlines()[0] == (
        f"source_refused: calendar file {tmp_path / 'cal.ics'} cannot be read: permission denied"
    )
    assert "unreachable" not in err and "nothing due" not in out
    _, out, _ = run(capsys, config, "status", "--json", "--now", NOW)
    assert [c["kind"] for c in json.loads(out)["conditions"]] == ["source_refused"]


def test_a_missing_file_is_still_unreachable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path, b"")
    (tmp_path / "cal.ics").unlink()
    code, _, err = run(capsys, config, "tick", "--now", NOW)
    assert code == 4
    assert err.startswith("source_unreachable: calendar file") and "does not exist" in err


def test_an_empty_calendar_is_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    code, out, err = run(capsys, config, "tick", "--now", NOW)
    assert (code, out.strip(), err) == (0, "nothing due", "")


def test_the_daemon_logs_an_unusable_calendar_once_per_pass(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    config = load_config(setup(tmp_path, b"not a calendar"))
    state = State(config.state)
    with caplog.at_level(logging.DEBUG, logger="agent.daemon"):
        LivePass(config, state, lambda: False)(datetime(2026, 12, 3, 11, tzinfo=ZoneInfo("UTC")))
    lines = [r for r in caplog.records if "not an iCalendar file" in r.getMessage()]
    assert len(lines) == 1
    assert lines[0].getMessage().startswith("source_unusable: calendar")


def test_a_broken_event_is_warned_about_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(
        tmp_path,
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:broken@x\r\n"
        b"DTSTART:not-a-date\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    code, _, err = run(capsys, config, "tick", "--now", NOW)
    assert err.count("broken@x") == 1, err

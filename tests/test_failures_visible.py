"""Failures are visible: a pass that fails, for a reason followup knows or for a bug, is
recorded, and ``status`` says the last error, since when, and how many passes failed; sign-in
problems exit 3 and say what to do (CONTRACT.md), whatever is in the files involved."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import load_config
from agent.daemon import LivePass
from agent.engine import Engine
from agent.errors import EXIT_AUTH, EXIT_INTERNAL, EXIT_SOURCE
from agent.state import State
from tests.fake_google import FakeGoogle
from tests.fake_google.fixtures import fake  # noqa: F401 - a fixture
from tests.test_google_auth import config_file
from tests.test_hostile import CONFIG, GOOD, NOW

LATER = ("2026-12-03T11:05", "2026-12-03T11:10")


def _home(tmp_path: Path) -> Path:
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path / "config.yaml"


def _run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_failed_passes_are_counted_and_status_says_the_last_error_and_since_when(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _home(tmp_path)  # the calendar file is not there yet: every pass fails (exit 4)
    for now in (NOW, *LATER):
        assert _run(capsys, config, "tick", "--now", now)[0] == EXIT_SOURCE
    code, text = _run(capsys, config, "status", "--json", "--now", LATER[1])
    passes = json.loads(text)["passes"]
    assert code == 0 and passes["failed_passes"] == 3 and passes["last_exit"] == EXIT_SOURCE
    assert passes["failing_since"].startswith("2026-12-03T11:00")
    assert passes["last_error_at"].startswith("2026-12-03T11:10")
    assert "calendar.ics" in passes["last_error"]
    code, table = _run(capsys, config, "status", "--now", LATER[1])
    assert "the last 3 passes failed (since 2026-12-03 11:00 PST)" in table
    assert "calendar.ics" in table and "Run `followup tick`" not in table
    (tmp_path / "calendar.ics").write_text(GOOD, encoding="utf-8", newline="")
    assert _run(capsys, config, "tick", "--now", "2026-12-03T11:15")[0] == 0
    passes = json.loads(_run(capsys, config, "status", "--json", "--now", NOW)[1])["passes"]
    assert passes["failed_passes"] == 0 and passes["last_exit"] == 0
    assert "calendar.ics" in passes["last_error"]  # what last went wrong is still told
    assert "passes failed" not in _run(capsys, config, "status", "--now", NOW)[1]


def test_a_bug_in_every_daemon_pass_is_counted_and_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_path = _home(tmp_path)
    (tmp_path / "calendar.ics").write_text(GOOD, encoding="utf-8", newline="")

    def bug(self: Engine, now: datetime, **kw: object) -> None:  # a fault injected in the pass
        raise KeyError("an unforeseen calendar")

    monkeypatch.setattr(Engine, "tick", bug)
    config = load_config(config_path)
    state = State(config.state)
    live = LivePass(config, state, stop=lambda: False)
    for minute in (0, 5, 10):
        with pytest.raises(KeyError):
            live(datetime(2026, 12, 3, 19, minute, tzinfo=UTC))
    monkeypatch.undo()
    data = json.loads(_run(capsys, config_path, "status", "--json", "--now", NOW)[1])
    assert data["daemon"]["failures"] == 3 and data["daemon"]["last_exit"] == EXIT_INTERNAL
    assert data["passes"]["failed_passes"] == 3
    assert data["passes"]["last_error"] == "internal error: KeyError: 'an unforeseen calendar'"
    table = _run(capsys, config_path, "status", "--now", NOW)[1]
    assert "the last 3 passes failed (since 2026-12-03 11:00 PST)" in table  # 19:00 UTC
    assert "with exit 70: internal error: KeyError" in table and "3 failed passes" in table


# --------------------------------------------------------------------------- sign-in problems


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ('{"web": {"client_id": "x", "client_secret": "y"}}', "web application's client"),
        ("{not json", "not one Google gives"),
        ("[1, 2]", "a JSON list"),
        ('{"installed": {"client_id": "x"}}', "lacks client_secret"),
    ],
)
def test_auth_with_a_client_file_of_the_wrong_kind_exits_3_saying_what_to_do(
    fake: FakeGoogle,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    said: str,
) -> None:
    config = config_file(fake, tmp_path)
    (tmp_path / "client_secret.json").write_text(content, encoding="utf-8")
    code, text = _run(capsys, config, "auth", "--no-browser")
    assert code == EXIT_AUTH, text
    assert said in text and "Desktop app" in text and "Traceback" not in text


def test_auth_on_a_busy_port_exits_3_saying_what_to_do(
    fake: FakeGoogle,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = config_file(fake, tmp_path)
    with socket.socket() as busy:
        busy.bind(("localhost", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, text = _run(capsys, config, "auth", "--no-browser", "--port", str(port))
    assert code == EXIT_AUTH, text
    assert f"port {port}" in text and "--port" in text and "Traceback" not in text


@pytest.mark.parametrize("token", ["[]", '["a", "b"]', '"text"', "null", "7"])
def test_a_token_file_that_is_no_sign_in_asks_to_sign_in_again(
    fake: FakeGoogle,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    token: str,
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    config = config_file(fake, tmp_path)
    (tmp_path / "token.json").write_text(token, encoding="utf-8")
    code, text = _run(capsys, config, "tick", "--now", NOW)
    assert code == EXIT_AUTH, text
    assert "not a saved sign-in" in text and "followup auth" in text
    status = json.loads(_run(capsys, config, "status", "--json", "--now", NOW)[1])
    assert [c["kind"] for c in status["conditions"]] == ["needs_auth"]
    assert status["passes"]["failed_passes"] == 1 and status["passes"]["last_exit"] == EXIT_AUTH

"""``followup doctor`` tells the truth about a setup: one line per check, each problem and
warning with its fix; a misspelt Sent folder and a drafts folder that cannot be created fail, a
Sent folder with no mail yet is a warning; each calendar says how many events and interviews it
holds; the Google token says its scopes and when it expires."""

from __future__ import annotations

import mailbox
import re
import shutil
from pathlib import Path

import pytest

from agent.cli import main
from tests.fake_google import FakeGoogle

ROOT = Path(__file__).resolve().parent.parent


def setup(tmp_path: Path, drafts: str = "Drafts", extra: str = "") -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        f"calendar: {{ics: demo.ics}}\ndrafts: {{maildir: {drafts}{extra}}}\n"
        "state: state/followup.db\n"
    )
    return config


def doctor(capsys: pytest.CaptureFixture[str], config: Path) -> tuple[int, list[str]]:
    code = main(["--config", str(config), "doctor"])
    return code, capsys.readouterr().out.splitlines()


def line(lines: list[str], start: str) -> str:
    found = [x for x in lines if x.startswith(start)]
    assert len(found) == 1, lines
    return found[0]


def sent_folder(path: Path, messages: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(path, create=True)
    for n in range(messages):
        box.add(f"From: alex@example.com\nSubject: note {n}\n\nthanks\n")


def test_a_good_setup_is_one_ok_line_per_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent_folder(tmp_path / "Mail" / "Sent", 2)
    code, lines = doctor(capsys, setup(tmp_path, extra=", sent_maildir: Mail/Sent"))
    assert code == 0 and lines[-1] == "no problems found"
    assert line(lines, "ok: config: ").endswith("config.yaml is valid")
    assert line(lines, "ok: state folder ").endswith(
        "does not exist yet; the first pass creates it"
    )
    assert line(lines, "ok: drafts folder ").endswith("the first pass creates it")
    assert line(lines, "ok: sent folder ").endswith("a Maildir holding 2 messages")
    calendar = line(lines, "ok: calendar ")
    assert "63 events from 120 days back to 365 days ahead" in calendar
    assert "3 interviews" in calendar and "1 recurring series" in calendar
    assert line(lines, "ok: templates: ") == "ok: templates: the packaged ones render"
    assert line(lines, "ok: state file ").endswith("not there yet; the first pass creates it")


def test_a_misspelt_sent_folder_fails_and_names_the_one_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent_folder(tmp_path / "Mail" / "Sent", 1)
    code, lines = doctor(capsys, setup(tmp_path, extra=", sent_maildir: Mail/sent"))
    assert code == 1 and lines[-1] == "1 problem"
    problem = line(lines, "problem: sent folder ")
    assert f"{tmp_path / 'Mail' / 'sent'}: does not exist" in problem
    assert f"fix: did you mean {tmp_path / 'Mail' / 'Sent'}?" in problem


def test_a_sent_folder_that_is_no_maildir_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Sent").mkdir()
    (tmp_path / "Sent" / "notes.txt").write_text("not mail")
    code, lines = doctor(capsys, setup(tmp_path, extra=", sent_maildir: Sent"))
    assert code == 1
    assert "is not a Maildir" in line(lines, "problem: sent folder ")


def test_a_sent_folder_with_no_mail_yet_is_a_warning_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent_folder(tmp_path / "Sent", 0)
    code, lines = doctor(capsys, setup(tmp_path, extra=", sent_maildir: Sent"))
    assert code == 0 and lines[-1] == "no problems found, 1 warning"
    warning = line(lines, "warning: sent folder ")
    assert "no mail in it yet" in warning and "; fix: " in warning


def test_a_drafts_folder_that_cannot_be_created_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Mail").write_text("a file where a folder should be")
    code, lines = doctor(capsys, setup(tmp_path, drafts="Mail/Drafts"))
    assert code == 1
    problem = line(lines, "problem: drafts folder ")
    assert f"cannot be created: {tmp_path / 'Mail'} is not a folder" in problem
    assert "fix: create it, or point drafts.maildir" in problem


def test_a_drafts_folder_holding_other_things_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "Drafts").mkdir()
    (tmp_path / "Drafts" / "report.pdf").write_bytes(b"%PDF")
    code, lines = doctor(capsys, setup(tmp_path))
    assert code == 1 and "not a Maildir" in line(lines, "problem: drafts folder ")


def test_a_calendar_that_cannot_be_used_fails_with_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path)
    (tmp_path / "demo.ics").write_text("<html>Sign in</html>")
    code, lines = doctor(capsys, config)
    assert code == 1
    problem = line(lines, "problem: calendar ")
    assert "is not an iCalendar file" in problem and "; fix: " in problem


def test_an_empty_calendar_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = setup(tmp_path)
    (tmp_path / "demo.ics").write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    code, lines = doctor(capsys, config)
    assert code == 0 and "holds no events" in line(lines, "warning: calendar ")


def test_a_templates_folder_that_is_not_there_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path)
    (tmp_path / "templates").mkdir()
    config.write_text(config.read_text() + "templates: templats\n")
    code, lines = doctor(capsys, config)
    assert code == 1
    assert "did you mean" in line(lines, "problem: templates folder ")


def test_an_invalid_config_is_a_problem_line_per_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup(tmp_path)
    config.write_text(config.read_text() + "poll_interval: 99999999w\npol: 1\n")
    code, lines = doctor(capsys, config)
    assert code == 1
    assert any("poll_interval" in x and "too long" in x for x in lines)
    assert any("pol: unknown key" in x for x in lines)
    assert all(x.startswith("problem: config: ") for x in lines[:-1])


def test_the_google_token_line_gives_its_scopes_and_expiry(
    fake: FakeGoogle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_google_auth import config_file

    path = config_file(fake, tmp_path)
    fake.write_token(tmp_path / "token.json")
    fake.calendar.put("primary", [])
    code, lines = doctor(capsys, path)
    token = line(lines, "ok: google token ")
    assert "gmail.modify" in token and "calendar.events.readonly" in token
    assert re.search(r"the access token expires \d{4}-\d\d-\d\d \d\d:\d\d UTC and renews", token)
    assert line(lines, "ok: gmail: ") == "ok: gmail: answers; drafts can be written"

"""People known only by name: never a guessed address, never one from someone else's text; the
thank-you is still drafted (greeting by name, no recipient) and flagged ``needs_address``; an
address recorded with ``followup people add`` reaches later follow-ups."""

from __future__ import annotations

import json
import mailbox
import shutil
from pathlib import Path

import pytest

from agent.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "engine"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copy(FIXTURES / "name-only-panel.ics", tmp_path / "cal.ics")
    (tmp_path / "config.yaml").write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/New_York}\n"
        "calendar: {ics: cal.ics}\n"
        "drafts: {maildir: Drafts}\n"
        "state: followup.db\n"
        "policy: {reminder: {enabled: false}}\n"
    )
    return tmp_path


def cli(home: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--config", str(home / "config.yaml"), *args])
    return code, capsys.readouterr().out


def test_a_name_only_panelist_gets_a_draft_without_a_recipient(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(home, capsys, "tick", "--now", "2026-12-02T14:00")[0] == 0
    box = mailbox.Maildir(home / "Drafts", create=False)
    jane = next(m for m in box if "Jane" in m.get_payload(decode=True).decode())
    assert jane["To"] is None  # no guessed address, and not the one written in the invite
    assert "evil.example" not in jane.as_string()
    assert "Hi Jane," in jane.get_payload(decode=True).decode()
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T14:00")
    (process,) = json.loads(out)["processes"]
    problems = {f["person"]: f["problem"] for f in process["followups"] if f["kind"] == "thank_you"}
    assert problems["Jane Doe"] == "needs_address"
    assert problems["Gavin Belson"] is None


def test_people_add_reaches_later_follow_ups_and_leaves_the_draft_alone(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(home, capsys, "tick", "--now", "2026-12-02T14:00")
    assert cli(home, capsys, "people", "add", "Doe, Jane", "Jane.Doe@Hooli.example")[0] == 0
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T15:00")
    (process,) = json.loads(out)["processes"]
    assert cli(home, capsys, "contact", process["id"], "jane.doe@hooli.example")[0] == 0
    interviewers = process["interviews"][0]["interviewers"]
    assert {"name": "Jane Doe", "email": "jane.doe@hooli.example"} in interviewers
    cli(home, capsys, "tick", "--now", "2026-12-23T09:00")
    box = mailbox.Maildir(home / "Drafts", create=False)
    to = sorted(str(m["To"]) for m in box)
    assert "Jane Doe <jane.doe@hooli.example>" in to  # the status check reaches her
    assert "None" in to  # the earlier thank-you stays as it was, for the user to fill in
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-23T09:00")
    (process,) = json.loads(out)["processes"]
    (jane_thanks,) = [
        f for f in process["followups"] if f["kind"] == "thank_you" and f["person"] == "Jane Doe"
    ]
    assert jane_thanks["problem"] == "needs_address"
    assert jane_thanks["address_now"] == "jane.doe@hooli.example"
    assert (
        "fill in jane.doe@hooli.example"
        in cli(home, capsys, "status", "--now", "2026-12-23T09:00")[1]
    )


def test_people_add_rejects_a_bad_address(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["--config", str(home / "config.yaml"), "people", "add", "Jane Doe", "jane at hooli"]
    )
    assert code == 2


def test_the_person_who_stated_the_timetable_in_the_users_notes_is_the_contact(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(home, capsys, "tick", "--now", "2026-12-02T14:00")
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T14:00")
    (process,) = json.loads(out)["processes"]
    assert process["contact"] == "gavin.belson@hooli.example"  # the organizer, until the notes say
    iid = process["interviews"][0]["id"]
    assert cli(home, capsys, "people", "add", "Jane Doe", "jane.doe@hooli.example")[0] == 0
    assert cli(home, capsys, "note", iid, "Jane: they will decide within ten days")[0] == 0
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T15:00")
    (process,) = json.loads(out)["processes"]
    assert process["interviews"][0]["answer_date"] == "2026-12-12"
    assert process["contact"] == "jane.doe@hooli.example"

"""People known only by name: never a guessed address, never one from someone else's text; no
draft is written without an address: the thank-you waits, flagged ``needs_address``, and
``followup people add`` drafts what waited for the address and reaches later follow-ups."""

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


def test_a_name_only_panelist_waits_for_an_address_no_draft_is_written_without_one(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = cli(home, capsys, "tick", "--now", "2026-12-02T14:00")
    assert code == 0
    assert "waiting" in out and "Jane Doe" in out and "followup people add" in out
    box = mailbox.Maildir(home / "Drafts", create=False)
    assert all(m["To"] for m in box)  # only Gavin's thank-you: to his address
    assert not any("evil.example" in m.as_string() for m in box)  # never an address from text
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T14:00")
    (process,) = json.loads(out)["processes"]
    thanks = {f["person"]: f for f in process["followups"] if f["kind"] == "thank_you"}
    assert thanks["Jane Doe"]["problem"] == "needs_address"
    assert thanks["Jane Doe"]["state"] == "planned"
    assert thanks["Gavin Belson"]["state"] == "drafted"


def test_people_add_drafts_what_waited_for_the_address_and_says_what_it_changed(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(home, capsys, "tick", "--now", "2026-12-02T14:00")
    code, out = cli(
        home, capsys, "people", "add", "Doe, Jane", "Jane.Doe@Hooli.example",
        "--now", "2026-12-02T15:00",
    )  # fmt: skip
    assert code == 0
    assert "Jane Doe <jane.doe@hooli.example> recorded" in out
    assert "drafted" in out and "thank_you to jane.doe@hooli.example" in out
    box = mailbox.Maildir(home / "Drafts", create=False)
    jane = [m for m in box if "jane.doe@hooli.example" in str(m["To"])]
    assert len(jane) == 1 and "Hi Jane," in jane[0].get_payload(decode=True).decode()
    # said again, nothing waits any more: nothing is drafted twice
    code, out = cli(
        home, capsys, "people", "add", "Jane Doe", "jane.doe@hooli.example",
        "--now", "2026-12-02T15:05",
    )  # fmt: skip
    assert code == 0 and "nothing was waiting" in out
    assert len(list(mailbox.Maildir(home / "Drafts", create=False))) == len(list(box))
    # and later follow-ups reach her once she is the contact
    code, out = cli(home, capsys, "status", "--json", "--now", "2026-12-02T15:10")
    (process,) = json.loads(out)["processes"]
    assert cli(home, capsys, "contact", process["id"], "jane.doe@hooli.example")[0] == 0
    interviewers = process["interviews"][0]["interviewers"]
    assert {"name": "Jane Doe", "email": "jane.doe@hooli.example"} in interviewers
    cli(home, capsys, "tick", "--now", "2026-12-23T09:00")
    to = [str(m["To"]) for m in mailbox.Maildir(home / "Drafts", create=False)]
    assert to.count("Jane Doe <jane.doe@hooli.example>") == 2  # the thank-you, the status check
    assert "None" not in to


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

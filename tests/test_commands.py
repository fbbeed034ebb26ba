"""The everyday commands, each with its output and exit code: init (also answering its prompts in a
terminal), preview, events, explain, mark, people add, doctor."""

from __future__ import annotations

import json
import mailbox
import os
import pty
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli import main
from agent.config import load_config

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"
BEFORE = "2026-12-02T14:30"  # the onsite ended at 13:00; its thank-yous are due at 14:00

NAME_ONLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//followup tests//EN
BEGIN:VEVENT
UID:panel@acme.example
DTSTAMP:20260101T000000Z
DTSTART:20261202T180000Z
DTEND:20261202T200000Z
SUMMARY:Interview: Backend Engineer - Acme
DESCRIPTION:Itinerary\\n10:00 - 11:00  System design - Jane Doe
ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example
ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Rita Recruiter:mailto:rita@acme.example
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def config_for(folder: Path, ics: str = "demo.ics") -> Path:
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        f"calendar: {{ics: {ics}}}\n"
        "drafts: {maildir: Drafts}\n"
        "state: state/followup.db\n"
    )
    return config


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    return config_for(tmp_path)


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def event_id(capsys: pytest.CaptureFixture[str], config: Path, title: str) -> str:
    _, out, _ = run(capsys, config, "events", "--all")
    return next(line.split()[0] for line in out.splitlines() if title in line)


# --------------------------------------------------------------------------- init


def test_init_writes_a_starter_that_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "conf" / "config.yaml"
    code = main(["init", str(target)])
    out, _ = capsys.readouterr()
    assert code == 0 and f"wrote {target}" in out
    config = load_config(target)
    assert config.me.email == "you@example.com"
    assert config.calendar.ics == (str(tmp_path / "conf" / "calendar.ics"),)
    assert "# poll_interval: 5m" in target.read_text()  # commented, documented defaults
    code = main(["init", str(target)])
    _, err = capsys.readouterr()
    assert code == 2 and "exists already" in err and "--force" in err


def _init_in_a_terminal(target: Path, answers: str) -> tuple[int, str]:
    main_fd, child_fd = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "agent", "init", str(target)],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env=env,
    )
    os.close(child_fd)
    os.write(main_fd, answers.encode())
    code = process.wait(timeout=20)
    return code, _read_all(main_fd)


def test_init_in_a_terminal_asks_for_name_email_zone_and_calendar(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    answers = "Zoë O'Brien\nzoe@example.org\nPST\n\nhttps://cal.example/secret/basic.ics\n\n\n"
    code, shown = _init_in_a_terminal(target, answers)
    assert code == 0, shown
    for question in ("Your name", "Your email address", "Your time zone", "Calendar (.ics"):
        assert question in shown
    assert "PST: using America/Los_Angeles" in shown
    config = load_config(target)
    assert (config.me.name, config.me.email) == ("Zoë O'Brien", "zoe@example.org")
    assert config.me.timezone == "America/Los_Angeles"
    assert config.calendar.ics == ("https://cal.example/secret/basic.ics",)


def test_init_asks_again_for_an_invalid_email_and_an_unknown_zone(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    answers = "Zoë\nzoe@\nzoe at example.org\nzoe@example.org\nMars/Olympus\nIST\n\nc.ics\n\n\n"
    code, shown = _init_in_a_terminal(target, answers)
    assert code == 0, shown
    assert shown.count("Your email address") == 3
    assert "'zoe@' is not an email address; try again" in shown
    assert "'Mars/Olympus' is not a time zone" in shown
    assert "IST: using Asia/Kolkata (IST is also Irish Standard Time (Europe/Dublin)" in shown
    config = load_config(target)
    assert (config.me.email, config.me.timezone) == ("zoe@example.org", "Asia/Kolkata")


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed with the child
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode(errors="replace")


# --------------------------------------------------------------------------- preview


def test_preview_renders_what_is_due_and_writes_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, demo, "preview", "--now", BEFORE)
    assert code == 0
    blocks = out.split("=== ")[1:]
    assert len(blocks) == 3  # the onsite's three panelists
    assert all(b.startswith("(new) thank_you due now") for b in blocks)
    assert "To: Dana Whitfield <dana.whitfield@acmerobotics.example>" in out
    assert "Subject: " in out and "Alex Candidate" in out
    assert not (demo.parent / "Drafts").exists()
    assert not list(demo.parent.rglob("*.db"))  # not even an empty state file
    code, out, _ = run(capsys, demo, "status", "--json", "--now", BEFORE)
    assert json.loads(out)["processes"] == []  # nothing was recorded either


def test_preview_after_a_pass_shows_the_next_one(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    code, out, _ = run(capsys, demo, "preview", "--now", NOW)
    assert code == 0
    assert out.startswith("=== f") and "status_check due at 2026-12-2" in out
    assert "Acme" in out or "Globex" in out


def test_preview_with_nothing_planned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.ics").write_text("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n")
    code, out, _ = run(capsys, config_for(tmp_path, "empty.ics"), "preview", "--now", NOW)
    assert (code, out.strip()) == (0, "Nothing is planned.")


# --------------------------------------------------------------------------- events, explain, mark


def test_events_lists_ids_and_decisions(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo, "events")
    assert (code, out.strip()) == (
        0,
        "No events stored yet. Run `followup tick` to read the calendar.",
    )
    run(capsys, demo, "tick", "--now", NOW)
    code, out, _ = run(capsys, demo, "events", "--since", "2026-12-01")
    lines = out.splitlines()
    assert code == 0
    onsite = next(line for line in lines if "Onsite interview" in line)
    assert onsite.split()[0].startswith("e") and " interview " in onsite
    assert any("Dentist" in line and " - " in line for line in lines)
    assert any("Initech" in line and line.endswith("(cancelled)") for line in lines)
    assert all(line.split()[1] >= "2026-12-01" for line in lines)  # nothing before --since
    _, everything, _ = run(capsys, demo, "events", "--all")
    assert "Yoga class" in everything
    code, _, err = run(capsys, demo, "events", "--since", "soon")
    assert code == 2 and "--since wants a date" in err


def test_explain_gives_every_signal(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    eid = event_id(capsys, demo, "Onsite interview")
    code, out, _ = run(capsys, demo, "explain", eid)
    assert code == 0
    assert out.startswith(f"{eid}  Onsite interview")
    assert "decision: INTERVIEW" in out and "    because " in out
    assert "company: Acme Robotics (acmerobotics.example)" in out
    assert "interviewer: Dana Whitfield <dana.whitfield@acmerobotics.example>" in out
    assert 'timetable: "' in out and "answer by 2026-12-16" in out
    code, by_uid, _ = run(capsys, demo, "explain", "demo-acme-onsite@followup.example")
    assert code == 0 and by_uid == out
    dentist = event_id(capsys, demo, "Dentist")
    code, out, _ = run(capsys, demo, "explain", dentist)
    assert code == 0 and "decision: not an interview" in out
    code, _, err = run(capsys, demo, "explain", "e999")
    assert code == 2 and "no event 'e999'" in err


def test_mark_overrides_detection(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    dentist = event_id(capsys, demo, "Dentist")
    code, out, _ = run(capsys, demo, "mark", dentist, "interview", "--now", NOW)
    assert code == 0 and out.splitlines()[0] == f"{dentist} marked interview"
    assert f"waiting) (you marked {dentist} an interview)" in out  # its facts were read
    run(capsys, demo, "tick", "--now", NOW)
    _, out, _ = run(capsys, demo, "explain", dentist)
    assert "decision: INTERVIEW" in out and "because you marked it interview" in out
    # a series by its UID: every occurrence
    assert run(capsys, demo, "mark", "demo-yoga@followup.example", "interview")[0] == 0
    run(capsys, demo, "tick", "--now", NOW)
    _, out, _ = run(capsys, demo, "events", "--all", "--each")
    yoga = [line for line in out.splitlines() if "Yoga class" in line]
    assert len(yoga) > 3 and all(" interview " in line for line in yoga)
    onsite = event_id(capsys, demo, "Onsite interview")
    assert run(capsys, demo, "mark", onsite, "not-interview")[0] == 0
    run(capsys, demo, "tick", "--now", NOW)
    _, out, _ = run(capsys, demo, "status", "--json", "--now", NOW)
    assert not [p for p in json.loads(out)["processes"] if "Acme" in (p["company"] or "")]
    code, _, err = run(capsys, demo, "mark", onsite, "maybe")
    assert code == 2 and "invalid choice" in err


def test_people_add_gives_a_name_its_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cal.ics").write_text(NAME_ONLY)
    config = config_for(tmp_path, "cal.ics")
    run(capsys, config, "tick", "--now", "2026-12-02T12:30")  # before the thank-you is due
    code, out, _ = run(
        capsys, config, "people", "add", "Doe, Jane", "Jane.Doe@Acme.example",
        "--now", "2026-12-02T12:35",
    )  # fmt: skip
    assert (code, out.strip().splitlines()) == (
        0,
        [
            "Jane Doe <jane.doe@acme.example> recorded",
            "p1: thank-you to Jane Doe now goes to jane.doe@acme.example"
            " (you gave Jane Doe the address jane.doe@acme.example)",
            "nothing was waiting for this address; later follow-ups reach it",
        ],
    )
    code, out, _ = run(capsys, config, "tick", "--now", "2026-12-02T13:30")
    assert (code, out.strip()) == (0, "drafted f1 thank_you to jane.doe@acme.example")
    (draft,) = list(mailbox.Maildir(tmp_path / "Drafts", create=False))
    assert draft["To"] == "Jane Doe <jane.doe@acme.example>"
    code, _, err = run(capsys, config, "people", "add", "Jane Doe", "not-an-address")
    assert code == 2 and "not an email address" in err
    code, _, err = run(capsys, config, "people", "add", "  ", "jane@acme.example")
    assert code == 2 and "not a name" in err


# --------------------------------------------------------------------------- doctor


def test_doctor_finds_nothing_wrong_with_a_good_setup(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    code, out, _ = run(capsys, demo, "doctor")
    lines = out.splitlines()
    assert (code, lines[-1]) == (0, "no problems found")
    assert all(line.startswith("ok: ") for line in lines[:-1])
    assert any(line.startswith("ok: calendar ") and "3 interviews" in line for line in lines)
    assert os.listdir(demo.parent / "Drafts" / "tmp") == []  # its probe is gone


def test_doctor_lists_one_line_per_problem(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo.parent
    (folder / "demo.ics").unlink()
    (folder / "Drafts").write_text("a file where the Maildir should be")
    templates = folder / "templates"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Hi {{ recipient.first_name \n")
    (folder / "state").mkdir()
    (folder / "state" / "followup.db").write_bytes(b"not a database " * 200)
    demo.write_text(demo.read_text() + "templates: templates\n")
    code, out, _ = run(capsys, demo, "doctor")
    lines = [line for line in out.splitlines() if line.startswith("problem: ")]
    assert code == 1 and out.splitlines()[-1] == "4 problems"
    assert all("; fix: " in line for line in lines)
    assert any("calendar" in line and "does not exist" in line for line in lines)
    assert any(line.startswith("problem: drafts folder ") for line in lines)
    assert any(line.startswith("problem: templates:") and "thank_you" in line for line in lines)
    assert any(line.startswith("problem: state file ") and "damaged" in line for line in lines)
    assert len(lines) == 4


def test_doctor_on_a_newer_state_and_a_bad_config(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, demo, "tick", "--now", NOW)
    db = sqlite3.connect(demo.parent / "state" / "followup.db")
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    code, out, _ = run(capsys, demo, "doctor")
    assert (
        code == 1
        and (
            f"problem: state file {demo.parent / 'state' / 'followup.db'}: "
            "is from a newer followup (schema 99); fix: upgrade followup"
        )
        in out.splitlines()
    )
    demo.write_text(demo.read_text() + "pol_interval: 5m\n")
    code, out, _ = run(capsys, demo, "doctor")
    assert code == 1 and "pol_interval" in out


# --------------------------------------------------------------------------- service files


def test_the_service_files_run_the_daemon_and_restart_only_on_failure() -> None:
    import configparser
    import plistlib

    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read(ROOT / "contrib" / "systemd" / "followup.service")
    assert unit["Service"]["ExecStart"] == "%h/.local/bin/followup run"
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Service"]["RestartPreventExitStatus"].split() == ["2", "5"]
    assert unit["Install"]["WantedBy"] == "default.target"  # a user unit
    with open(ROOT / "contrib" / "launchd" / "org.followup.agent.plist", "rb") as f:
        agent = plistlib.load(f)
    assert agent["ProgramArguments"][1:] == ["run"]
    assert agent["KeepAlive"] == {"SuccessfulExit": False}
    assert "followup run" in (ROOT / "README.md").read_text()


# --------------------------------------------------------------------------- companies


def test_the_users_company_names_win_in_drafts_and_status(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo.open("a") as f:
        f.write('companies: {"@globex.example": "Globex Corporation", "acme robotics": "ACME"}\n')
    code, _, _ = run(capsys, demo, "tick", "--now", NOW)
    assert code == 0
    drafts = [m.get_payload(decode=True).decode() for m in mailbox.Maildir(demo.parent / "Drafts")]
    assert any("Globex Corporation" in body for body in drafts)
    assert any("ACME" in body for body in drafts)
    assert not any("Acme Robotics" in body for body in drafts)
    _, out, _ = run(capsys, demo, "status", "--json")
    companies = {p["company"] for p in json.loads(out)["processes"]}
    assert {"Globex Corporation", "ACME"} <= companies
    # A change of name applies at once, with no new detection: the calendar did not change.
    demo.write_text(demo.read_text().replace('"Globex Corporation"', '"Globex Inc."'))
    _, out, _ = run(capsys, demo, "status", "--json")
    assert "Globex Inc." in {p["company"] for p in json.loads(out)["processes"]}

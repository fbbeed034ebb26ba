"""Corrections take effect at once: each command that changes what followup knows re-plans
before it returns, prints what changed, takes ``--now``, writes no draft, and can be undone.

Every test drives the real command line on the demo calendar (an Acme onsite that ended Wed 2
Dec 13:00, a Globex phone screen Thu 3 Dec 09:00-09:30, Los Angeles time) and reads ``status``
right after the correction, with no pass in between.
"""

from __future__ import annotations

import json
import mailbox
import shutil
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from agent.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"  # the day after the onsite: its thank-yous are drafted
DANA = "dana.whitfield@acmerobotics.example"


def config_for(folder: Path, extra: str = "") -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", folder / "demo.ics")
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Drafts" + extra + "}\n"
        "state: state/followup.db\n"
    )
    return config


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return config_for(tmp_path)


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def status(capsys: pytest.CaptureFixture[str], config: Path, now: str = NOW) -> dict[str, Any]:
    code, out, _ = run(capsys, config, "status", "--json", "--now", now)
    assert code == 0
    return dict(json.loads(out))


def process(data: dict[str, Any], company: str) -> dict[str, Any]:
    return next(p for p in data["processes"] if company in (p["company"] or ""))


def followups(p: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in p["followups"] if f["kind"] == kind]


def drafts(config: Path) -> int:
    folder = config.parent / "Drafts"
    return len(list(mailbox.Maildir(folder, create=False))) if folder.exists() else 0


def ticked(capsys: pytest.CaptureFixture[str], config: Path, now: str = NOW) -> None:
    assert run(capsys, config, "tick", "--now", now)[0] == 0


# --------------------------------------------------------------------------- each command


def test_timeline_moves_the_status_check_at_once_and_says_so(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    before = drafts(demo)
    code, out, _ = run(capsys, demo, "timeline", "i1", "by January 8", "--now", NOW)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "recorded the timetable for i1: by January 8"
    assert (
        "p1: status check moved from Wed Dec 23 to Fri Jan 15 2027 "
        '(you recorded the timetable "by January 8")' in lines
    )
    acme = process(status(capsys, demo), "Acme")  # no pass in between
    assert acme["interviews"][0]["answer_date"] == "2027-01-08"
    (check,) = followups(acme, "status_check")
    assert check["due_at"] == "2027-01-15T09:00:00-08:00"  # answer date + a week's grace
    assert drafts(demo) == before  # a correction writes no draft


def test_contact_changes_who_gets_the_status_check_at_once(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    code, out, _ = run(capsys, demo, "contact", "p1", DANA, "--now", NOW)
    assert code == 0
    assert f"p1: the contact is now {DANA} (you made {DANA} the contact)" in out
    assert f"p1: status check now goes to {DANA}" in out
    acme = process(status(capsys, demo), "Acme")
    assert acme["contact"] == DANA
    assert [f["to"] for f in followups(acme, "status_check")] == [[DANA]]


def test_replied_cancels_the_wait_at_once_and_counts_from_now(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    later = "2026-12-10T10:00"  # without --at the reply is at --now
    code, out, _ = run(
        capsys, demo, "replied", "p1", "--timeline", "within two weeks", "--now", later
    )
    assert code == 0
    assert (
        out.splitlines()[0] == "p1: reply recorded; a new wait until 2026-12-24 (within two weeks)"
    )
    assert "p1: status check cancelled: they replied" in out
    assert "p1: status check planned for Thu Dec 31" in out  # Dec 24 + a week
    acme = process(status(capsys, demo, later), "Acme")
    checks = {f["state"]: f["due_at"] for f in followups(acme, "status_check")}
    assert checks == {
        "cancelled": "2026-12-23T09:00:00-08:00",
        "planned": "2026-12-31T09:00:00-08:00",
    }


def test_outcome_ends_the_process_at_once(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ticked(capsys, demo)
    code, out, _ = run(capsys, demo, "outcome", "p1", "rejected", "--now", NOW)
    assert code == 0 and "p1: waiting -> rejected (you recorded the outcome: rejected)" in out
    acme = process(status(capsys, demo), "Acme")
    assert acme["state"] == "rejected"
    later = [f for f in acme["followups"] if f["kind"] in ("status_check", "check_in")]
    assert {f["state"] for f in later} == {"cancelled"}


def test_a_note_that_states_a_timetable_replans_at_once(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    note = "Next steps: Jordan said they will get back to me within three weeks"
    code, out, _ = run(capsys, demo, "note", "i3", note, "--now", NOW)
    assert code == 0 and out.splitlines()[0] == "noted on i3"
    assert "p3: status check moved from Thu Dec 24 to Thu Dec 31 (you added a note to i3)" in out
    globex = process(status(capsys, demo), "Globex")
    assert globex["interviews"][0]["answer_date"] == "2026-12-24"
    # a note that changes nothing says so
    code, out, _ = run(capsys, demo, "note", "i3", "Maria: the platform team", "--now", NOW)
    assert out.splitlines() == ["noted on i3", "the plan is unchanged"]


def test_mark_plans_at_once_and_auto_hands_the_event_back(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    listed = run(capsys, demo, "events", "--all")[1]
    coffee = next(line.split()[0] for line in listed.splitlines() if "Coffee" in line)
    code, out, _ = run(capsys, demo, "mark", coffee, "interview", "--now", NOW)
    assert code == 0 and out.splitlines()[0] == f"{coffee} marked interview"
    assert f"p4: now followed (waiting) (you marked {coffee} an interview)" in out
    assert [p["id"] for p in status(capsys, demo)["processes"]] == ["p1", "p2", "p3", "p4"]

    code, out, _ = run(capsys, demo, "mark", coffee, "auto", "--now", NOW)
    assert code == 0
    assert out.splitlines() == [
        f"{coffee}: your mark is removed; detection decides again",
        "p4: no longer followed: no interview is left in it "
        f"(you handed {coffee} back to detection)",
    ]
    assert [p["id"] for p in status(capsys, demo)["processes"]] == ["p1", "p2", "p3"]
    code, _, err = run(capsys, demo, "mark", coffee, "auto", "--now", NOW)
    assert code == 2 and "carries no mark of yours" in err

    # an interview marked not-interview leaves status at once, and comes back as it was
    before = process(status(capsys, demo), "Globex")
    assert run(capsys, demo, "mark", "i3", "not-interview", "--now", NOW)[0] == 0
    assert not [p for p in status(capsys, demo)["processes"] if p["company"] == "Globex"]
    code, out, _ = run(capsys, demo, "mark", "i3", "auto", "--now", NOW)
    assert "p3: now followed (Globex, waiting)" in out
    assert process(status(capsys, demo), "Globex") == before


def test_people_add_and_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "cal.ics").write_text(NAME_ONLY)
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: cal.ics}\ndrafts: {maildir: Drafts}\nstate: followup.db\n"
    )
    early = "2026-12-02T12:30"  # the interview ended at 12:00; its thank-you is due at 13:00
    ticked(capsys, config, early)
    code, out, _ = run(
        capsys, config, "people", "add", "Jane Doe", "jane@acme.example", "--now", early
    )
    assert code == 0
    assert "p1: thank-you to Jane Doe now goes to jane@acme.example" in out
    (thanks,) = followups(process(status(capsys, config, early), "Acme"), "thank_you")
    assert (thanks["to"], thanks["problem"]) == (["jane@acme.example"], None)

    code, out, _ = run(
        capsys, config, "people", "remove", "Jane Doe", "jane@acme.example", "--now", early
    )
    assert code == 0 and out.splitlines() == [
        "Jane Doe <jane@acme.example> removed",
        "p1: thank-you to Jane Doe: no address now (you removed jane@acme.example from Jane Doe)",
    ]
    (thanks,) = followups(process(status(capsys, config, early), "Acme"), "thank_you")
    assert (thanks["to"], thanks["problem"]) == ([], "needs_address")
    # only an address the user gave can be taken back
    code, _, err = run(
        capsys, config, "people", "remove", "Rita Recruiter", "rita@acme.example", "--now", early
    )
    assert code == 2 and "was not added with `followup people add`" in err


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


# --------------------------------------------------------------------------- the plan a pass made


def test_a_correction_plans_with_the_mail_the_last_pass_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The user wrote to Dana themselves, so the pass cancelled her thank-you; a correction,
    which reads no mailbox, must not bring it back."""
    config = config_for(tmp_path, ", sent_maildir: Sent")
    sent = mailbox.Maildir(tmp_path / "Sent", create=True)
    message = EmailMessage()
    message["From"] = "Alex Candidate <alex@example.com>"
    message["To"] = DANA
    message["Subject"] = "Thanks for today"
    message["Date"] = format_datetime(datetime.fromisoformat("2026-12-02T13:20:00-08:00"))
    message.set_content("Thank you, Dana.")
    sent.add(message)
    ticked(capsys, config, "2026-12-02T13:30")  # before the thank-yous fall due at 14:00
    acme = process(status(capsys, config, "2026-12-02T13:30"), "Acme")
    to = [f["to"] for f in followups(acme, "thank_you")]
    assert len(to) == 2 and [DANA] not in to
    run(capsys, config, "note", "i1", "Dana: rate limiter exercise", "--now", "2026-12-02T13:40")
    acme = process(status(capsys, config, "2026-12-02T13:40"), "Acme")
    assert [f["to"] for f in followups(acme, "thank_you")] == to
    code, out, _ = run(capsys, config, "tick", "--now", "2026-12-02T14:05")
    assert code == 0 and DANA not in out and out.count("drafted") == 2


def test_corrections_without_now_use_the_clock_and_bad_now_is_a_usage_error(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ticked(capsys, demo)
    assert run(capsys, demo, "note", "i1", "Wei: event pipelines")[0] == 0
    code, _, err = run(capsys, demo, "outcome", "p1", "offer", "--now", "yesterday")
    assert code == 2 and "ISO-8601" in err

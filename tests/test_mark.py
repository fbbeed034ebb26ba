"""``followup mark eN interview`` completes the job: the event's people, company, position and
timetable are read as an interview's, and the thank-yous are planned (through the CLI)."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from tests.test_commands import config_for, event_id, run

# A one-to-one the rules leave alone: a coffee with someone at a company, nothing about a job.
COFFEE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//followup tests//EN
BEGIN:VEVENT
UID:coffee@brightwave.example
DTSTAMP:20260101T000000Z
DTSTART:20261202T180000Z
DTEND:20261202T190000Z
SUMMARY:Coffee with Dana
DESCRIPTION:Dana Holt (Head of Data) and Lee Park will join.\\nWe'll get back to you with
  in two weeks.
ORGANIZER;CN=Dana Holt:mailto:dana.holt@brightwave.example
ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Dana Holt:mailto:dana.holt@brightwave.example
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lee Park:mailto:lee.park@brightwave.example
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def test_marking_an_event_an_interview_reads_its_people_company_and_timetable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cal.ics").write_text(COFFEE)
    config = config_for(tmp_path, "cal.ics")
    run(capsys, config, "tick", "--now", "2026-12-02T12:30")
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T12:30")
    assert json.loads(out)["processes"] == []  # the rules alone see no interview
    coffee = event_id(capsys, config, "Coffee with Dana")
    code, _, _ = run(capsys, config, "mark", coffee, "interview", "--now", "2026-12-02T12:30")
    assert code == 0
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T12:30")
    (process,) = json.loads(out)["processes"]
    assert process["company"].replace(" ", "") == "BrightWave"  # from its people's domain
    (interview,) = process["interviews"]
    assert {p["email"] for p in interview["interviewers"]} == {
        "dana.holt@brightwave.example",
        "lee.park@brightwave.example",
    }
    assert interview["answer_date"] == "2026-12-16"  # "within two weeks", not the default
    thanks = [f for f in process["followups"] if f["kind"] == "thank_you"]
    assert sorted(t for f in thanks for t in f["to"]) == [
        "dana.holt@brightwave.example",
        "lee.park@brightwave.example",
    ]
    _, out, _ = run(capsys, config, "explain", coffee)
    assert "because you marked it interview" in out and "company: Bright Wave" in out
    code, out, _ = run(capsys, config, "tick", "--now", "2026-12-02T14:30")
    assert code == 0
    drafts = list(mailbox.Maildir(tmp_path / "Drafts", create=False))
    assert sorted(d["To"] for d in drafts) == [
        "Dana Holt <dana.holt@brightwave.example>",
        "Lee Park <lee.park@brightwave.example>",
    ]


def test_marking_an_interview_not_one_drops_its_follow_ups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cal.ics").write_text(COFFEE.replace("Coffee with Dana", "Interview with Dana"))
    config = config_for(tmp_path, "cal.ics")
    run(capsys, config, "tick", "--now", "2026-12-02T12:30")
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T12:30")
    assert len(json.loads(out)["processes"]) == 1
    eid = event_id(capsys, config, "Interview with Dana")
    run(capsys, config, "mark", eid, "not-interview", "--now", "2026-12-02T12:30")
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T12:30")
    assert json.loads(out)["processes"] == []


PAIR = (
    COFFEE.replace("Coffee with Dana", "Alex <> Dana")
    .replace("alex@example.com", "alex.candidate@gmail.com")
    .replace(
        "DESCRIPTION:Dana Holt (Head of Data) and Lee Park will join.\\n"
        "We'll get back to you with\n"
        "  in two weeks.\n",
        "",
    )
)


def test_status_lists_an_unsure_event_with_its_reason_and_the_commands_that_decide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cal.ics").write_text(PAIR)
    config = config_for(tmp_path, "cal.ics")
    # a personal address: with an employer's, a meeting titled with names is everyday work
    config.write_text(config.read_text().replace("alex@example.com", "alex.candidate@gmail.com"))
    code, _, _ = run(capsys, config, "tick", "--now", "2026-12-02T14:30")
    assert code == 0
    # nothing to strangers: the one draft is the user's morning digest, which lists the event
    (digest,) = list(mailbox.Maildir(tmp_path / "Drafts", create=True))
    assert digest["To"] == "Alex Candidate <alex.candidate@gmail.com>"
    eid = event_id(capsys, config, "Alex <> Dana")
    body = digest.get_payload(decode=True).decode()
    assert f"followup mark {eid} interview" in body and "Alex <> Dana" in body
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T14:30")
    data = json.loads(out)
    assert data["processes"] == []
    (unsure,) = data["unsure"]
    assert unsure["id"] == eid and unsure["title"] == "Alex <> Dana"
    assert unsure["reason"] and "\n" not in unsure["reason"]
    assert unsure["decide"] == [
        f"followup mark {eid} interview",
        f"followup mark {eid} not-interview",
    ]
    assert [c["kind"] for c in data["conditions"]] == ["unsure_events"]
    _, text, _ = run(capsys, config, "status", "--now", "2026-12-02T14:30")
    assert f"followup mark {eid} interview" in text and "Alex <> Dana" in text
    _, events, _ = run(capsys, config, "events", "--all")
    assert " unsure " in events
    run(capsys, config, "mark", eid, "not-interview", "--now", "2026-12-02T14:30")
    _, out, _ = run(capsys, config, "status", "--json", "--now", "2026-12-02T14:30")
    assert json.loads(out)["unsure"] == [] and json.loads(out)["conditions"] == []

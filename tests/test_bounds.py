"""Bounded by design: no invite can make followup write drafts by the hundred.

Each test starts from the trigger: an invite listing twenty strangers, a calendar with forty
interviews due at once, a series of interviews a minute apart. What is held is said in
``status`` with the command that releases it, and ``followup release`` drafts it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from agent.cli import main
from agent.engine import Settings
from agent.model import Attendee, Event
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.status import snapshot

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from test_lifecycle import ALEX, ME, ONSITE, World, at, person
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.test_lifecycle import ALEX, ME, ONSITE, World, at, person

STRANGERS = tuple(person(f"Stranger {n}", f"someone{n}@domain{n}.example") for n in range(20))
CROWDED = replace(ONSITE, uid="crowded", description="", attendees=(ALEX, *STRANGERS))


def status_of(world: World, when: str) -> dict[str, object]:
    state = world.state()
    try:
        return snapshot(state, Settings(me=ME, policy=world.policy), at(when))
    finally:
        state.close()


def conditions(data: dict[str, object], kind: str) -> list[str]:
    return [c["message"] for c in data["conditions"] if c["kind"] == kind]  # type: ignore[index, union-attr]


@pytest.fixture
def crowded(tmp_path: Path) -> Iterator[World]:
    yield World(tmp_path / "followup.db", MemoryCalendar("cal", [CROWDED]), MemorySink())


def test_an_invite_to_twenty_strangers_drafts_fifteen_and_holds_the_rest(crowded: World) -> None:
    drafted = crowded.tick("2026-12-02T14:00")
    assert len(drafted) == 15
    assert set(drafted) == {f"thank_you:someone{n}@domain{n}.example" for n in range(15)}
    assert crowded.tick("2026-12-02T15:00") == []  # held, not drafted later

    shown = status_of(crowded, "2026-12-02T15:01")
    (message,) = conditions(shown, "drafts_held")
    assert "5 follow-ups" in message and "`followup release i1`" in message
    held = [f for p in shown["processes"] for f in p["followups"] if f["held"]]  # type: ignore[union-attr, attr-defined]
    assert {f["held"] for f in held} == {"recipients"} and len(held) == 5


def test_a_real_panel_stays_under_the_bound(tmp_path: Path) -> None:
    panel = replace(ONSITE, uid="panel", description="", attendees=(ALEX, *STRANGERS[:12]))
    world = World(tmp_path / "f.db", MemoryCalendar("cal", [panel]), MemorySink())
    assert len(world.tick("2026-12-02T14:00")) == 12


def _interview(n: int) -> Event:
    domain = f"company{n}.example"
    return replace(
        ONSITE,
        uid=f"iv{n}",
        summary=f"Interview: Backend Engineer - Company{n}",
        description="",
        organizer=Attendee(email=f"recruiting@{domain}", name="Recruiting"),
        attendees=(ALEX, person(f"Interviewer {n}", f"interviewer@{domain}")),
    )


def test_a_pass_writes_at_most_thirty_drafts_and_holds_the_rest(tmp_path: Path) -> None:
    world = World(
        tmp_path / "f.db", MemoryCalendar("cal", [_interview(n) for n in range(40)]), MemorySink()
    )
    assert len(world.tick("2026-12-02T14:00")) == 30
    assert world.tick("2026-12-02T15:00") == []  # the rest stays held
    shown = status_of(world, "2026-12-02T15:01")
    (message,) = conditions(shown, "drafts_held")
    assert message.startswith("held: 10 follow-ups") and "followup release" in message
    held = [f for p in shown["processes"] for f in p["followups"] if f["held"]]  # type: ignore[union-attr, attr-defined]
    assert {f["held"] for f in held} == {"pass_limit"}
    assert {f["state"] for f in held} == {"planned"}


# --------------------------------------------------------------------------- the command


@pytest.fixture
def crowded_config(tmp_path: Path) -> Path:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followup tests//EN",
        "BEGIN:VEVENT",
        "UID:crowded",
        "DTSTAMP:20261101T000000Z",
        "DTSTART:20261202T180000Z",
        "DTEND:20261202T210000Z",
        "SUMMARY:Onsite interview: Senior Backend Engineer - Acme Robotics",
        "ORGANIZER;CN=Recruiting:mailto:recruiting@acme.example",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        *(
            f"ATTENDEE;PARTSTAT=ACCEPTED;CN=Stranger {n}:mailto:someone{n}@domain{n}.example"
            for n in range(20)
        ),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    (tmp_path / "cal.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: cal.ics}\n"
        "drafts: {maildir: Drafts}\n"
        "state: followup.db\n"
        "policy: {reminder: {enabled: false}}\n",
        encoding="utf-8",
    )
    return config


def test_release_drafts_what_was_held(
    crowded_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--config", str(crowded_config)]
    assert main([*args, "tick", "--now", "2026-12-02T14:00"]) == 0
    assert capsys.readouterr().out.count("drafted ") == 15
    assert main([*args, "status", "--json", "--now", "2026-12-02T14:05"]) == 0
    data = json.loads(capsys.readouterr().out)
    held = [f["id"] for p in data["processes"] for f in p["followups"] if f["held"]]
    interview = data["processes"][0]["interviews"][0]["id"]

    assert main([*args, "release", held[0], "--now", "2026-12-02T14:06"]) == 0
    assert f"{held[0]} thank_you released" in capsys.readouterr().out
    assert main([*args, "tick", "--now", "2026-12-02T14:10"]) == 0
    assert capsys.readouterr().out.count("drafted ") == 1

    assert main([*args, "release", interview, "--now", "2026-12-02T14:11"]) == 0
    assert capsys.readouterr().out.count(" released ") == 4
    assert main([*args, "tick", "--now", "2026-12-02T14:15"]) == 0
    assert capsys.readouterr().out.count("drafted ") == 4
    assert main([*args, "tick", "--now", "2026-12-02T14:20"]) == 0
    assert capsys.readouterr().out.strip() == "nothing due"


def test_release_of_something_not_held_says_so(
    crowded_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--config", str(crowded_config)]
    main([*args, "tick", "--now", "2026-12-02T14:00"])
    capsys.readouterr()
    assert main([*args, "release", "f1"]) == 2
    assert "nothing to release" in capsys.readouterr().err
    assert main([*args, "release", "x9"]) == 2
    assert "no follow-up, interview or process" in capsys.readouterr().err


# --------------------------------------------------------------------------- series


def _series_config(tmp_path: Path, rule: str) -> Path:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followup tests//EN",
        "BEGIN:VEVENT",
        "UID:series",
        "DTSTAMP:20261101T000000Z",
        "DTSTART:20261201T180000Z",
        "DTEND:20261201T184500Z",
        rule,
        "SUMMARY:Interview: Senior Backend Engineer - Acme Robotics",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana@acme.example",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Dana Whitfield:mailto:dana@acme.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    (tmp_path / "cal.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: cal.ics}\n"
        "drafts: {maildir: Drafts}\n"
        "state: followup.db\n",
        encoding="utf-8",
    )
    return config


@pytest.mark.slow
def test_an_interview_every_minute_is_no_interview_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _series_config(tmp_path, "RRULE:FREQ=MINUTELY;COUNT=9999")
    args = ["--config", str(config)]
    assert main([*args, "tick", "--now", "2026-12-03T12:00"]) == 0
    assert capsys.readouterr().out.strip() == "nothing due"
    assert not list(tmp_path.glob("Drafts/cur/*"))
    assert main([*args, "explain", "series", "--now", "2026-12-03T12:00"]) == 0
    out = capsys.readouterr().out
    assert "not an interview" in out and "1 minute apart" in out


def test_a_daily_series_of_interviews_is_still_interviews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _series_config(tmp_path, "RRULE:FREQ=DAILY;COUNT=3")
    args = ["--config", str(config)]
    assert main([*args, "tick", "--now", "2026-12-03T12:00"]) == 0
    assert "drafted" in capsys.readouterr().out  # a thank-you for the one that just ended

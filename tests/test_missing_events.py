"""A read is evidence, not the truth: an event a calendar stops listing is missing, not gone.

Each test starts from the trigger: a one-read gap of an interview then its return, a calendar
file cut off once, an interview deleted for good, one cancelled outright.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.compose import Composer
from agent.engine import Engine, Settings
from agent.model import Me, Policy
from agent.sinks.memory import MemorySink
from agent.sources.ics import IcsSource
from agent.sources.memory import MemoryCalendar
from agent.state import State
from agent.status import snapshot

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from test_lifecycle import ANIKA, DANA, DENTIST, ME, ONSITE, POLICY, WEI, World, at
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.test_lifecycle import ANIKA, DANA, DENTIST, ME, ONSITE, POLICY, WEI, World, at

PANEL = sorted(f"thank_you:{p.email}" for p in (WEI, DANA, ANIKA))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield World(tmp_path / "followup.db", MemoryCalendar("cal", [ONSITE, DENTIST]), MemorySink())


def status_of(world: World, when: str) -> dict[str, object]:
    state = world.state()
    try:
        return snapshot(state, Settings(me=ME, policy=POLICY), at(when))
    finally:
        state.close()


def kinds(data: dict[str, object]) -> list[str]:
    return [c["kind"] for c in data["conditions"]]  # type: ignore[index, union-attr]


def test_a_one_read_gap_holds_the_drafts_and_the_return_brings_them(world: World) -> None:
    world.tick("2026-12-02T12:00")  # seen before it ends
    world.calendar.remove(ONSITE.key)  # a half-written file, an empty answer for one poll
    assert world.tick("2026-12-02T14:00") == []  # due, but held: the onsite is missing

    shown = status_of(world, "2026-12-02T14:01")
    assert "event_missing" in kinds(shown)
    (process,) = shown["processes"]  # type: ignore[misc]
    (onsite,) = process["interviews"]
    assert onsite["missing_since"] and onsite["missing_reads"] == 1
    thanks = [f for f in process["followups"] if f["kind"] == "thank_you"]
    assert {f["held"] for f in thanks} == {"event_missing"}
    assert {f["state"] for f in thanks} == {"planned"}

    world.calendar.add(ONSITE)  # back, unchanged
    assert sorted(world.tick("2026-12-02T14:10")) == PANEL
    shown = status_of(world, "2026-12-02T14:11")
    assert "event_missing" not in kinds(shown)
    assert world.tick("2026-12-02T15:00") == []  # and only once


def test_an_interview_gone_for_three_reads_over_a_day_is_cancelled(world: World) -> None:
    world.tick("2026-12-02T12:00")
    world.calendar.remove(ONSITE.key)
    for when in ("2026-12-02T14:00", "2026-12-02T14:05", "2026-12-02T14:10"):
        assert world.tick(when) == []  # three reads, but within minutes: still missing
    assert "cancelled" not in world.followups().values()
    assert world.tick("2026-12-03T14:30") == []  # the fourth read, a day after the first
    states = world.followups()
    assert {s for k, s in states.items() if k.startswith("thank_you")} == {"cancelled"}
    assert "event_missing" not in kinds(status_of(world, "2026-12-03T14:31"))


def test_one_read_a_day_later_is_not_enough(world: World) -> None:
    world.tick("2026-12-02T12:00")
    world.calendar.remove(ONSITE.key)
    world.tick("2026-12-02T14:00")
    world.tick("2026-12-03T15:00")  # two reads over a day: not three
    assert "cancelled" not in world.followups().values()
    world.calendar.add(ONSITE)
    assert sorted(world.tick("2026-12-03T15:05")) == PANEL  # within the 48 hours still


def test_an_interview_cancelled_outright_is_cancelled_at_once(world: World) -> None:
    world.tick("2026-12-02T12:00")
    world.calendar.add(replace(ONSITE, status="cancelled", sequence=1))
    assert world.tick("2026-12-02T14:00") == []
    states = world.followups()
    assert {s for k, s in states.items() if k.startswith("thank_you")} == {"cancelled"}


def test_a_kept_draft_stands_again_when_its_interview_returns(world: World) -> None:
    world.policy = replace(POLICY, missing_reads=1, missing_span=timedelta(0))
    assert sorted(world.tick("2026-12-02T14:00")) == PANEL
    world.calendar.remove(ONSITE.key)
    world.tick("2026-12-02T15:00")  # gone at once with this policy: the drafts are stale
    states = world.followups()
    assert {s for k, s in states.items() if k.startswith("thank_you")} == {"cancelled"}
    world.calendar.add(ONSITE)
    assert world.tick("2026-12-02T16:00") == []  # nothing drafted twice
    states = world.followups()
    assert {s for k, s in states.items() if k.startswith("thank_you")} == {"drafted"}
    state = world.state()
    assert {f.problem for f in state.followups(states=["drafted"])} == {None}
    state.close()
    assert len(world.sink.drafts) == 3


# --------------------------------------------------------------------------- ICS files

ZONE = "America/New_York"
ME_NY = Me(name="Alex Candidate", email="alex@example.com", timezone=ZONE)
START = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # a Tuesday


def _stamp(at_: datetime) -> str:
    return at_.strftime("%Y%m%dT%H%M%SZ")


def _vevent(uid: str, start: datetime, summary: str, people: list[tuple[str, str]]) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T000000Z",
        f"DTSTART:{_stamp(start)}",
        f"DTEND:{_stamp(start + timedelta(hours=1))}",
        f"SUMMARY:{summary}",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        *(f"ATTENDEE;PARTSTAT=ACCEPTED;CN={name}:mailto:{mail}" for name, mail in people),
        "END:VEVENT",
    ]
    return "\r\n".join(lines) + "\r\n"


def big_calendar(events: int = 1000, interviews: int = 60, seed: int = 7) -> str:
    """A busy calendar: ``interviews`` panel interviews at as many companies over three days,
    among ordinary meetings."""
    rng = random.Random(seed)
    parts = [HEAD]
    step = events // interviews
    for i in range(events):
        start = START + timedelta(days=rng.randint(-20, 40), hours=rng.randint(0, 8))
        if i % step == 0 and i // step < interviews:
            n = i // step
            company = f"company{n}.example"
            panel = [(f"Person{n}x{k} Panel", f"p{k}@{company}") for k in range(3)]
            start = START + timedelta(days=n % 3, hours=n % 6)
            parts.append(_vevent(f"iv{n}", start, f"Interview: Engineer at Company{n}", panel))
        else:
            people = [("Pat Friend", "pat@gmail.com")]
            parts.append(_vevent(f"m{i}", start, f"Team sync {i}", people))
    return "".join(parts) + "END:VCALENDAR\r\n"


HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup tests//EN\r\n"
#: When the passes run: every six hours over the interviews' days, then for the status checks.
PASSES = [START - timedelta(days=1) + timedelta(hours=6 * n) for n in range(18)] + [
    START + timedelta(days=d) for d in (10, 22, 24, 36)
]


def cut_short(text: str) -> str:
    """A half-written file: the first two fifths, cut inside an event."""
    return text[: len(text) * 2 // 5]


def cut_clean(text: str) -> str:
    """A file a sync tool wrote half of, yet well formed: no sign that it is incomplete."""
    kept = text[: len(text) * 2 // 5]
    return kept[: kept.rindex("END:VEVENT\r\n")] + "END:VEVENT\r\nEND:VCALENDAR\r\n"


def _drafts_over_weeks(tmp_path: Path, name: str, cut: Callable[[str], str] | None) -> list[str]:
    """A pass at each of ``PASSES``; the sixth finds the file cut by ``cut``."""
    text = big_calendar(events=400, interviews=24)
    path = tmp_path / f"{name}.ics"
    path.write_text(text, encoding="utf-8")
    sink = MemorySink()
    state = State(tmp_path / f"{name}.db")
    source = IcsSource(str(path), name="cal", default_tz=ZONE)
    policy = replace(Policy(), max_drafts_per_pass=1000)
    engine = Engine(state, Settings(me=ME_NY, policy=policy), [source], sink, Composer())
    drafted: list[str] = []
    for n, now in enumerate(PASSES):
        if cut is not None and n in (5, 6):
            path.write_text(cut(text) if n == 5 else text, encoding="utf-8")
        report = engine.tick(now)
        drafted += [f"{f.kind}:{','.join(f.to)}:{f.due_at.isoformat()}" for f in report.drafted]
    state.close()
    return sorted(drafted)


@pytest.mark.slow
def test_a_calendar_cut_once_yields_the_drafts_of_one_never_cut(tmp_path: Path) -> None:
    whole = _drafts_over_weeks(tmp_path, "whole", None)
    assert len(whole) > 80
    assert _drafts_over_weeks(tmp_path, "short", cut_short) == whole
    assert _drafts_over_weeks(tmp_path, "clean", cut_clean) == whole


def test_a_calendar_file_cut_off_marks_nothing_missing(tmp_path: Path) -> None:
    text = big_calendar(events=100, interviews=10)
    path = tmp_path / "cal.ics"
    path.write_text(text, encoding="utf-8")
    state = State(":memory:")
    source = IcsSource(str(path), name="cal", default_tz=ZONE)
    engine = Engine(state, Settings(me=ME_NY), [source], MemorySink(), Composer())
    engine.tick(START - timedelta(days=1))
    path.write_text(text[: len(text) // 3], encoding="utf-8")
    engine.tick(START - timedelta(hours=20))
    assert [e.key for e in state.events() if e.missing_since or e.vanished] == []


def test_a_file_that_stays_without_the_interview_cancels_it_after_a_day(tmp_path: Path) -> None:
    """Reads of an unchanged file count: a deleted interview is not missing forever."""
    people = [("Dana Whitfield", "dana@acme.example")]
    interview = _vevent("iv", START + timedelta(days=3), "Interview: Engineer at Acme", people)
    path = tmp_path / "cal.ics"
    head = HEAD
    other = _vevent("m1", START, "Team sync", [("Pat Friend", "pat@gmail.com")])
    path.write_text(head + interview + other + "END:VCALENDAR\r\n", encoding="utf-8")
    state = State(":memory:")
    source = IcsSource(str(path), name="cal", default_tz=ZONE)
    engine = Engine(state, Settings(me=ME_NY), [source], MemorySink(), Composer())
    engine.tick(START)
    path.write_text(head + other + "END:VCALENDAR\r\n", encoding="utf-8")
    for hours in (1, 2, 12):
        engine.tick(START + timedelta(hours=hours))
    assert state.event("iv") is not None and not state.event("iv").vanished  # type: ignore[union-attr]
    engine.tick(START + timedelta(hours=26))  # the file unchanged: a fifth read, a day on
    stored = state.event("iv")
    assert stored is not None and stored.vanished
    assert {f.state for f in state.followups() if f.kind != "digest"} == {"cancelled"}


def test_missing_interviews_show_in_status_text(world: World) -> None:
    from agent.views import render_table

    world.tick("2026-12-02T12:00")
    world.calendar.remove(ONSITE.key)
    world.tick("2026-12-02T14:00")
    text = render_table(status_of(world, "2026-12-02T14:01"))  # type: ignore[arg-type]
    assert "! event_missing: i1 " in text
    assert "(missing from the calendar)" in text
    assert "[held: event_missing]" in text

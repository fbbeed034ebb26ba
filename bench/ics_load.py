"""Bench: loading a big calendar through ``IcsSource.fetch`` against the libraries' own floor.

The floor is what icalendar and recurring-ical-events need anyway: ``Calendar.from_ical`` plus
``recurring_ical_events.of(cal).between(window)``. DESIGN.md allows the whole cold tick 1.25x
the floor's time and 1.5x its memory, so the source's share must stay well inside that.

    .venv/bin/python bench/ics_load.py [--events 5000] [--series 400] [--repeat 5]

Prints the best-of-N wall time and the tracemalloc peak of each, their ratios, and the cost of
an unchanged fetch (the cursor says nothing changed).

    .venv/bin/python bench/ics_load.py --scaling

Loads generated calendars of 1,000 to 16,000 events (and the same events as that many separate
calendars in one file, libical's ``large.ics`` shape) and prints the time per MB, which stays
flat when loading is linear in the size.

    .venv/bin/python bench/ics_load.py --corpus DIR [DIR ...]

Loads every ``.ics`` file under the folders (e.g. ``tests/fixtures/ics-corpus`` or a checkout of
another project's test data), each over a window around its own dates, and prints how many
loaded, were refused as not a calendar, crashed or lost a lone event silently, the total time
and the slowest files.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import icalendar  # noqa: E402
import recurring_ical_events  # noqa: E402

from agent.ports import Window  # noqa: E402
from agent.sources.ics import IcsSource  # noqa: E402

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
WINDOW = Window(NOW - timedelta(days=120), NOW + timedelta(days=365))
ZONES = ["America/New_York", "Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo"]


def generate(events: int, series: int, seed: int = 7) -> str:
    """A calendar of single events and weekly series (some with overrides and EXDATEs)."""
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup bench//EN"]
    for i in range(events - series):
        lines += _vevent(rng, f"single-{i}@bench.example", rng.randint(-150, 400))
    for i in range(series):
        uid = f"series-{i}@bench.example"
        day = rng.randint(-200, 200)
        lines += _vevent(rng, uid, day, rrule=f"FREQ=WEEKLY;COUNT={rng.randint(4, 30)}")
        if i % 4 == 0:  # an override that cancels the third occurrence
            lines += _vevent(rng, uid, day + 14, recurrence_day=day + 14, status="CANCELLED")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _vevent(
    rng: random.Random,
    uid: str,
    day: int,
    *,
    rrule: str | None = None,
    recurrence_day: int | None = None,
    status: str = "CONFIRMED",
) -> list[str]:
    zone = rng.choice(ZONES)
    start = (NOW + timedelta(days=day)).replace(hour=rng.randint(8, 17), minute=0)
    stamp = start.strftime("%Y%m%dT%H%M%S")
    end = (start + timedelta(minutes=rng.choice([30, 45, 60]))).strftime("%Y%m%dT%H%M%S")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID={zone}:{stamp}",
        f"DTEND;TZID={zone}:{end}",
        f"SUMMARY:Interview {uid} - Backend Engineer",
        "DESCRIPTION:Next steps: we will get back to you within two weeks."
        "\\nJoin: https://meet.example/abc",
        "LOCATION:Video call",
        f"STATUS:{status}",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@acme.example",
        "ATTENDEE;CN=Alex Candidate;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:alex@example.com",
        "ATTENDEE;CN=Wei Chen;PARTSTAT=TENTATIVE;ROLE=OPT-PARTICIPANT:mailto:wei.chen@acme.example",
        "ATTENDEE;CN=Room 4;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED:mailto:room4@acme.example",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
        lines.append(f"EXDATE;TZID={zone}:{(start + timedelta(days=7)).strftime('%Y%m%dT%H%M%S')}")
    if recurrence_day is not None:
        lines.append(f"RECURRENCE-ID;TZID={zone}:{stamp}")
    lines.append("END:VEVENT")
    return lines


def floor(path: Path) -> int:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return len(recurring_ical_events.of(cal).between(WINDOW.start_at, WINDOW.end_at))


def ours(path: Path) -> int:
    batch = IcsSource(str(path), default_tz="America/Los_Angeles").fetch(None, WINDOW)
    assert not batch.errors, batch.errors[:3]
    return len(batch.events)


def best_times(path: Path, repeat: int) -> tuple[float, float, int, int]:
    """Best-of-``repeat`` times of the floor and of ours, run alternately so that a busy
    machine slows both alike."""
    floor_s, ours_s, counts = [], [], (0, 0)
    for _ in range(repeat):
        runs = []
        for run in (floor, ours):
            gc.collect()
            started = time.perf_counter()
            runs.append(run(path))
            (floor_s if run is floor else ours_s).append(time.perf_counter() - started)
        counts = (runs[0], runs[1])
    return min(floor_s), min(ours_s), *counts


def peak_memory(run: Callable[[Path], int], path: Path) -> int:
    gc.collect()
    tracemalloc.start()
    run(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def unchanged_cost(path: Path, repeat: int) -> float:
    source = IcsSource(str(path), default_tz="America/Los_Angeles")
    cursor = source.fetch(None, WINDOW).cursor
    started = time.perf_counter()
    for _ in range(repeat):
        assert not source.fetch(cursor, WINDOW).changed
    return (time.perf_counter() - started) / repeat


def scaling() -> None:
    """Time per MB of generated calendars of growing size, as one calendar and as many."""
    print("events   MB   one calendar s/MB   one calendar per event s/MB")
    for events in (1000, 2000, 4000, 8000, 16000):
        text = generate(events, events // 10)
        split = _one_calendar_each(text)
        with tempfile.TemporaryDirectory() as folder:
            rates = []
            for name, body in (("one.ics", text), ("many.ics", split)):
                path = Path(folder) / name
                path.write_text(body)
                started = time.perf_counter()
                ours(path)
                rates.append((time.perf_counter() - started) / (path.stat().st_size / 2**20))
        size = len(text) / 2**20
        print(f"{events:6d} {size:5.1f}   {rates[0]:17.2f}   {rates[1]:27.2f}")


#: A zone definition as exports write one into each calendar (the rules of Europe/Berlin).
_VTIMEZONE = "\r\n".join(
    [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "",
    ]
)


def _one_calendar_each(text: str) -> str:
    """The same events, each in a VCALENDAR of its own with its own zone definition, one
    after another in one file (libical's ``large.ics`` shape)."""
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup bench//EN\r\n" + _VTIMEZONE
    body = text.split("\r\n", 3)[3].removesuffix("END:VCALENDAR\r\n")
    parts = body.split("BEGIN:VEVENT\r\n")[1:]
    return "".join(f"{head}BEGIN:VEVENT\r\n{part}END:VCALENDAR\r\n" for part in parts)


def corpus(folders: list[str]) -> None:
    """Load every .ics file under ``folders``; print what happened and how long it took."""
    from agent.errors import SourceError
    from tests.corpus_support import expected, load

    paths = sorted(p for folder in folders for p in Path(folder).rglob("*.ics") if p.is_file())
    timings: list[tuple[float, Path]] = []
    refused, crashed, lost, events, problems = [], [], [], 0, 0
    started = time.perf_counter()
    for path in paths:
        began = time.perf_counter()
        try:
            batch = load(path)
        except SourceError as e:
            refused.append((path, e.message))
        except Exception as e:  # a crash is what this counts
            crashed.append((path, f"{type(e).__name__}: {e}"))
        else:
            events += len(batch.events)
            problems += len(batch.errors)
            seen = {e.uid for e in batch.events} | {e.uid for e in batch.errors}
            missing = [
                x.uid for x in expected(path.read_bytes(), batch.window) if x.uid not in seen
            ]
            if missing:
                lost.append((path, missing))
        timings.append((time.perf_counter() - began, path))
    total = time.perf_counter() - started
    print(f"{len(paths)} files in {total:.1f} s: {len(paths) - len(refused) - len(crashed)} loaded")
    print(f"  {events} occurrences, {problems} reported problems")
    print(f"  {len(refused)} refused as not a calendar, {len(crashed)} crashed, {len(lost)} lost")
    for path, why in refused:
        print(f"  refused {path}: {why}")
    for path, why in crashed:
        print(f"  CRASHED {path}: {why}")
    for path, uids in lost:
        print(f"  LOST {path}: {uids[:3]}")
    for seconds, path in sorted(timings, reverse=True)[:10]:
        print(f"  {seconds:6.2f} s  {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--series", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scaling", action="store_true", help="time per MB as files grow")
    parser.add_argument("--corpus", nargs="+", metavar="DIR", help="load every .ics file under")
    args = parser.parse_args()
    if args.scaling:
        return scaling()
    if args.corpus:
        return corpus(args.corpus)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ics"
        path.write_text(generate(args.events, args.series))
        # Warm both paths once: imports and tzdata caches are not what is measured.
        floor(path), ours(path)
        floor_s, ours_s, floor_n, ours_n = best_times(path, args.repeat)
        floor_mb, ours_mb = peak_memory(floor, path) / 2**20, peak_memory(ours, path) / 2**20
        idle = unchanged_cost(path, 100)
        size_mb = path.stat().st_size / 2**20
    print(f"calendar: {args.events} VEVENTs ({args.series} weekly series), {size_mb:.1f} MB")
    print(f"occurrences in window: floor {floor_n}, IcsSource {ours_n}")
    print(
        f"time   floor {floor_s:7.3f} s   IcsSource {ours_s:7.3f} s   ratio {ours_s / floor_s:.2f}"
    )
    print(
        f"memory floor {floor_mb:7.1f} MB  IcsSource {ours_mb:7.1f} MB  "
        f"ratio {ours_mb / floor_mb:.2f}"
    )
    print(f"unchanged fetch: {idle * 1e3:.3f} ms ({idle / ours_s:.5f} of a cold fetch)")


if __name__ == "__main__":
    main()

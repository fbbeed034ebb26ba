"""Bench: the DESIGN.md performance targets for the local default (ICS + Maildir), printed.

    .venv/bin/python bench/run_bench.py [--events 5000] [--series 400] [--interviews 30,300]

1. cold ingest: ``tick`` on a new state over a generated calendar, against the floor that
   icalendar + recurring-ical-events need to parse and expand it over the same window (target:
   at most 1.25x the time, 1.5x the tracemalloc peak), for each interview mix (30 and 300 by
   default), floor and tick timed alternately, best of ``--repeat`` each;
2. an unchanged re-tick against the cold one (target: at most 0.25x);
3. due -> draft latency with ``followup run`` (target: under 5 s);
4. idle RSS of ``followup run`` (target: at most 60 MB);
5. ``followup status`` start time (target: under 0.3 s).

Figures only; nothing is asserted (timed tests are flaky; this is for people and CI logs).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell"]
FIRST = ["Dana", "Wei", "Maria", "Sam", "Priya", "Jordan", "Anika", "Tom", "Lena", "Omar"]
LAST = ["Whitfield", "Chen", "Santos", "Lee", "Patel", "Blake", "Novak", "Haddad", "Kim"]


# --------------------------------------------------------------------------- the calendar


def generate(events: int, series: int, interviews: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup bench//EN"]
    for i in range(interviews):
        lines += _interview(rng, i)
    for i in range(events - series - interviews):
        lines += _event(rng, f"single-{i}@bench.example", rng.randint(-150, 400), "Lunch with Sam")
    for i in range(series):
        day = rng.randint(-200, 200)
        rrule = f"RRULE:FREQ=WEEKLY;COUNT={rng.randint(4, 30)}"
        lines += _event(rng, f"series-{i}@bench.example", day, "Team sync", [rrule])
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def _stamp(day: int, hour: int) -> str:
    at = NOW.replace(hour=0) + timedelta(days=day, hours=hour)
    return at.strftime("%Y%m%dT%H%M%SZ")


def _event(
    rng: random.Random, uid: str, day: int, summary: str, extra: list[str] | None = None
) -> list[str]:
    hour = rng.randint(14, 23)
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{_stamp(day, hour)}",
        f"DTEND:{_stamp(day, hour + 1)}",
        f"SUMMARY:{summary} {uid[:12]}",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Pat Friend:mailto:pat@gmail.com",
        *(extra or []),
        "END:VEVENT",
    ]


def _interview(rng: random.Random, i: int) -> list[str]:
    company = f"{rng.choice(COMPANIES)}{i % 40}"
    day, hour = rng.randint(-100, 60), rng.randint(15, 22)
    people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(1, 4))]
    lines = [
        "BEGIN:VEVENT",
        f"UID:interview-{i}@bench.example",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{_stamp(day, hour)}",
        f"DTEND:{_stamp(day, hour + 1)}",
        f"SUMMARY:Interview: Backend Engineer - {company.title()}",
        "DESCRIPTION:Next steps: we will get back to you within two weeks.",
        f"ORGANIZER;CN=Rita Recruiter:mailto:rita@{company}.example",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
    ]
    for first, last in people:
        address = f"{first}.{last}@{company}.example".lower()
        lines.append(f"ATTENDEE;PARTSTAT=ACCEPTED;CN={first} {last}:mailto:{address}")
    return [*lines, "END:VEVENT"]


# --------------------------------------------------------------------------- measuring


def measure(fn: Callable[[], Any]) -> tuple[float, int]:
    """Wall time and tracemalloc peak of one call."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def floor(ics: Path) -> None:
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    window = (NOW - timedelta(days=120), NOW + timedelta(days=365))
    list(recurring_ical_events.of(calendar).between(*window))


def config_file(folder: Path, ics: Path) -> Path:
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        f"calendar: {{ics: {ics}}}\n"
        "drafts: {maildir: Drafts}\n"
        "state: state/followup.db\n"
        "poll_interval: 5m\n"
    )
    return config


def ticks(folder: Path, ics: Path, repeat: int) -> dict[str, float]:
    """Floor and cold tick (new state each time) timed alternately, so that the machine's other
    work weighs on both alike (best of ``repeat`` each); then memory, and an unchanged re-tick."""
    from agent.config import load_config
    from agent.state import State
    from agent.wiring import build_engine

    config = load_config(config_file(folder, ics))
    engines = []

    def cold() -> Any:
        # a new state file and a new Maildir each time: nothing is known yet
        n = len(engines)
        fresh = replace(config, state=folder / f"state-{n}.db")
        fresh = replace(fresh, drafts=replace(config.drafts, maildir=folder / f"D{n}"))
        engines.append(build_engine(fresh, State(fresh.state)))
        return engines[-1].tick(NOW)

    floors, colds = [], []
    for _ in range(repeat):  # timed without tracemalloc, which slows Python code 2-3x
        floors.append(best(lambda: floor(ics), 1))
        colds.append(best(cold, 1))
    _, floor_peak = measure(lambda: floor(ics))
    _, cold_peak = measure(cold)
    warm = engines[0]
    again = best(lambda: warm.tick(NOW + timedelta(minutes=5)), repeat)
    return {
        "floor_s": min(floors),
        "floor_peak": floor_peak,
        "cold_s": min(colds),
        "cold_peak": cold_peak,
        "retick_s": again,
    }


# --------------------------------------------------------------------------- the daemon


def _ics_with_due(folder: Path, seconds: float) -> tuple[Path, datetime]:
    due_at = (datetime.now(UTC) + timedelta(seconds=seconds)).replace(microsecond=0)
    end_at = due_at - timedelta(hours=1)
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//followup bench//EN",
            "BEGIN:VEVENT",
            "UID:due@bench.example",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART:{(end_at - timedelta(hours=1)).strftime('%Y%m%dT%H%M%SZ')}",
            f"DTEND:{end_at.strftime('%Y%m%dT%H%M%SZ')}",
            "SUMMARY:Interview: Backend Engineer - Acme",
            "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example",
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Dana Whitfield:mailto:dana@acme.example",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    path = folder / "due.ics"
    path.write_text(text)
    return path, due_at


def daemon_figures(folder: Path) -> dict[str, float]:
    """Due -> draft latency and idle RSS of ``followup run`` on a one-interview calendar."""
    folder = folder / "daemon"
    folder.mkdir()
    ics, due_at = _ics_with_due(folder, 3)
    config = config_file(folder, ics)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "agent", "--config", str(config), "run"],
        stderr=subprocess.DEVNULL,
        env=env,
    )
    cur = folder / "Drafts" / "cur"
    try:
        deadline = time.monotonic() + 30
        while not (cur.exists() and os.listdir(cur)) and time.monotonic() < deadline:
            time.sleep(0.002)
        latency = (datetime.now(UTC) - due_at).total_seconds()
        time.sleep(1.0)  # idle now: the next wake-up is minutes away
        rss = _rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"latency_s": latency, "idle_rss_mb": rss, "exit": float(process.returncode)}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def status_start(folder: Path, repeat: int) -> float:
    shutil_demo = folder / "demo"
    shutil_demo.mkdir()
    demo_ics = shutil_demo / "demo.ics"
    demo_ics.write_bytes((ROOT / "examples" / "demo.ics").read_bytes())
    config = config_file(shutil_demo, demo_ics)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "agent", "--config", str(config)]
    subprocess.run([*base, "tick", "--now", "2026-12-03T11:00"], env=env, capture_output=True)
    return best(
        lambda: subprocess.run([*base, "status"], env=env, capture_output=True, check=True),
        repeat,
    )


# --------------------------------------------------------------------------- report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--series", type=int, default=400)
    parser.add_argument(
        "--interviews",
        type=lambda text: [int(n) for n in text.split(",")],
        default=[30, 300],
        help="interviews in the calendar; several (comma-separated) measure one calendar each",
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    mb = 1024 * 1024
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for interviews in args.interviews:
            mix = folder / f"mix-{interviews}"
            mix.mkdir()
            ics = mix / "big.ics"
            ics.write_text(generate(args.events, args.series, interviews))
            tick = ticks(mix, ics, args.repeat)
            size = f"{args.events} events, {args.series} series, {interviews} interviews"
            print(f"calendar: {size}")
            print(
                f"floor (icalendar + recurring-ical-events): {tick['floor_s']:.3f} s, "
                f"peak {tick['floor_peak'] / mb:.1f} MB"
            )
            _line(
                "cold tick",
                f"{tick['cold_s']:.3f} s",
                tick["cold_s"] / tick["floor_s"],
                1.25,
                "x floor time",
            )
            _line(
                "cold tick memory",
                f"{tick['cold_peak'] / mb:.1f} MB",
                tick["cold_peak"] / tick["floor_peak"],
                1.5,
                "x floor peak",
            )
            _line(
                "unchanged re-tick",
                f"{tick['retick_s']:.3f} s",
                tick["retick_s"] / tick["cold_s"],
                0.25,
                "x cold",
            )
        daemon = daemon_figures(folder)
        status_s = status_start(folder, args.repeat)
    _line("due -> draft with run", f"{daemon['latency_s']:.2f} s late", daemon["latency_s"], 5, "s")
    _line("idle RSS of run", f"{daemon['idle_rss_mb']:.1f} MB", daemon["idle_rss_mb"], 60, "MB")
    _line("followup status start", f"{status_s:.3f} s", status_s, 0.3, "s")
    print(f"(run exited {int(daemon['exit'])} on SIGTERM)")


def _line(what: str, figure: str, ratio: float, target: float, unit: str) -> None:
    verdict = "ok" if ratio <= target else "MISSED"
    print(f"{what:<24} {figure:>16}   {ratio:6.2f} (target <= {target:g} {unit})  {verdict}")


if __name__ == "__main__":
    main()

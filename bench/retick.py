"""Bench: a pass with nothing new, with 100, 1,000 and 5,000 drafts present.

    .venv/bin/python bench/retick.py [--drafts 100,1000,5000] [--repeat 3]

For each count, a calendar of interviews that end together (four interviewers each, at as many
companies) is drafted once by a cold ``tick``; then the pass is run again with nothing new, as
``followup tick`` does it (a new engine and sink: the drafts folder read as a new process reads
it). Two shapes are timed:

- *own*: every draft present is followup's own (the calendar grows with the count);
- *others*: the calendar stays at 100 drafts and the rest of the drafts folder is other mail
  (the user's own drafts), so only the folder grows.

The target (issue "Cost that grows right"): the re-tick stays within 2x from 100 to 5,000 drafts.
Figures only; nothing is asserted (timed tests are flaky; this is for people and CI logs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

END = datetime(2026, 6, 1, 17, 0, tzinfo=UTC)  # the interviews end; thank-yous due an hour on
PER_INTERVIEW = 4


def _stamp(at: datetime) -> str:
    return at.strftime("%Y%m%dT%H%M%SZ")


def calendar(interviews: int) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup bench//EN"]
    for i in range(interviews):
        domain = f"company{i}.example"
        lines += [
            "BEGIN:VEVENT",
            f"UID:interview-{i}@bench.example",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART:{_stamp(END - timedelta(hours=1))}",
            f"DTEND:{_stamp(END)}",
            f"SUMMARY:Interview: Backend Engineer - Company{i}",
            f"ORGANIZER;CN=Rita Recruiter:mailto:rita@{domain}",
            "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
            *(
                f"ATTENDEE;PARTSTAT=ACCEPTED;CN=Person{k} Panel{i}:mailto:p{k}@{domain}"
                for k in range(PER_INTERVIEW)
            ),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def home(folder: Path, interviews: int) -> Path:
    (folder / "cal.ics").write_text(calendar(interviews), encoding="utf-8")
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: UTC}\n"
        "calendar: {ics: cal.ics}\n"
        "drafts: {maildir: Mail/Drafts, sent_maildir: Mail/Sent}\n"
        "state: followup.db\n"
        "policy: {reminder: {enabled: false}}\n",
        encoding="utf-8",
    )
    return config


def others(drafts: Path, count: int) -> None:
    """The user's own drafts: ordinary messages in the same folder."""
    for n in range(count):
        msg = EmailMessage()
        msg["From"] = "alex@example.com"
        msg["To"] = f"friend{n}@example.org"
        msg["Subject"] = f"Notes {n}"
        msg["Message-ID"] = f"<own{n}@example.com>"
        msg.set_content("A draft of my own.\n")
        (drafts / "cur" / f"own{n}.bench:2,DS").write_bytes(msg.as_bytes())


def one_pass(config_path: Path, now: datetime) -> tuple[float, int]:
    """A pass as ``followup tick`` runs it (a new engine, a new sink); its time and drafts."""
    from agent.config import load_config
    from agent.state import State
    from agent.wiring import build_engine

    started = time.perf_counter()
    config = load_config(config_path)
    # every draft in one cold pass (the config caps the bound at 100)
    if hasattr(config.policy, "max_drafts_per_pass"):
        config = replace(config, policy=replace(config.policy, max_drafts_per_pass=10**6))
    state = State(config.state)
    try:
        report = build_engine(config, state).tick(now)
    finally:
        state.close()
    return time.perf_counter() - started, len(report.drafted)


def measure(drafts: int, shape: str, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        own = drafts if shape == "own" else min(drafts, 100)
        config = home(folder, own // PER_INTERVIEW)
        cold, written = one_pass(config, END + timedelta(hours=2))
        if shape == "others":
            others(folder / "Mail" / "Drafts", drafts - written)
        present = len(list((folder / "Mail" / "Drafts" / "cur").iterdir()))
        again = []
        for n in range(repeat):
            elapsed, new = one_pass(config, END + timedelta(hours=3, minutes=n))
            assert new == 0, "a pass with nothing new drafted something"
            again.append(elapsed)
        return {"present": present, "cold_s": cold, "retick_s": min(again)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", default="100,1000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.drafts.split(",")]
    print(f"{'shape':<7} {'drafts':>7} {'cold tick':>10} {'re-tick':>9} {'vs first':>9}")
    for shape in ("own", "others"):
        first = None
        for count in counts:
            got = measure(count, shape, args.repeat)
            first = first or got["retick_s"]
            print(
                f"{shape:<7} {got['present']:>7.0f} {got['cold_s']:>9.2f}s "
                f"{got['retick_s']:>8.3f}s {got['retick_s'] / first:>8.2f}x",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

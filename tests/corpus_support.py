"""Reading a calendar file as the corpus test and the bench do: a window around its own dates,
and which of its events must come out (or be reported).

Most test-suite calendars lie in the past, so a window around today would load nothing and prove
nothing (``notes/google-apis.md`` §5.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent.ports import SyncBatch, Window
from agent.sources.ics import IcsSource

#: The window spans at most this long from the file's first date: enough for the series of a
#: test file, without expanding daily rules over decades.
LONGEST = timedelta(days=3 * 365)
MARGIN = timedelta(days=2)
FALLBACK = Window(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
_DATE = re.compile(rb"^DTSTART[^\r\n:]*:(\d{8})", re.M | re.I)
_BLOCK = re.compile(rb"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", re.S | re.I)
_FOLD = re.compile(rb"(?:\r?\n)+[ \t]")


def dates(data: bytes) -> list[datetime]:
    found = []
    for text in _DATE.findall(_FOLD.sub(b"", data)):
        try:
            found.append(datetime.strptime(text.decode(), "%Y%m%d").replace(tzinfo=UTC))
        except ValueError:
            continue  # 20171032 and the like
    return found


def window_covering(data: bytes) -> Window:
    """From a little before the first event's DTSTART to a little after the last (at most
    LONGEST). Time zone definitions start in 1601 or 1970: their dates are not counted."""
    events = b"".join(_BLOCK.findall(_FOLD.sub(b"", data))) or data
    days = [d for d in dates(events) if 1900 <= d.year <= 2200]
    if not days:
        return FALLBACK
    first = min(days)
    return Window(first - MARGIN, min(max(days), first + LONGEST) + MARGIN)


@dataclass(frozen=True)
class Expected:
    """A lone event (no recurrence) that lies well inside the window: it must come out or be
    reported."""

    uid: str
    day: datetime


def expected(data: bytes, window: Window) -> list[Expected]:
    result = []
    for block in _BLOCK.findall(_FOLD.sub(b"", data)):
        if re.search(rb"^(RRULE|RDATE|RECURRENCE-ID)[;:]", block, re.M | re.I):
            continue
        uid = re.search(rb"^UID[^:\r\n]*:(.*?)\s*$", block, re.M | re.I)
        days = dates(block)
        if not uid or len(days) != 1 or not uid.group(1).strip():
            continue
        inside = window.start_at + MARGIN <= days[0] <= window.end_at - MARGIN
        if inside:
            result.append(Expected(uid.group(1).strip().decode("utf-8", "replace"), days[0]))
    return result


def load(path: Path) -> SyncBatch:
    window = window_covering(path.read_bytes())
    return IcsSource(str(path), name=path.name, default_tz="America/New_York").fetch(None, window)

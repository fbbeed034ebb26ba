"""How a recurring series repeats, read from its occurrences: "every Monday at 18:30".

``events`` shows a series as one line; the rule it gives is worked out from the occurrences as
the user's clock shows them (a calendar's RRULE is not kept once the series is expanded):
every day, every weekday, every Monday (or every 2 weeks on Tuesday and Thursday), every month
on the 15th or on the 2nd Sunday, every year on 3 Dec, else "at irregular times". Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

MONTHS_A_YEAR = 12


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINALS = ("1st", "2nd", "3rd", "4th", "5th")


def series_rule(starts: Sequence[datetime], zone: str | None = None) -> str:
    """How a series repeats, read from its occurrences as the user's clock shows them:
    "every day at 09:30", "every weekday at 09:30", "every Monday at 18:30", "every 2 weeks on
    Tuesday and Thursday", "every month on the 15th", "every month on the 2nd Sunday", "every
    year on 3 Dec"; "at irregular times" when no rule fits them all."""
    local = sorted({_in_zone(at, zone) for at in starts})
    if len(local) < 2:
        return "once"
    times = {at.strftime("%H:%M") for at in local}
    at_time = f" at {next(iter(times))}" if len(times) == 1 else ""
    days = sorted({at.date() for at in local})
    rule = _day_rule(days)
    return f"{rule}{at_time}" if rule else "at irregular times"


def _day_rule(days: Sequence[date]) -> str | None:
    """The rule the days follow; a day left out here and there (a holiday, a moved
    occurrence) does not change it."""
    gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
    usual = max(set(gaps), key=gaps.count)
    weekdays = sorted({d.weekday() for d in days})
    if usual == 1 and len(weekdays) == 7:
        return "every day"
    if usual == 1 and weekdays == [0, 1, 2, 3, 4]:
        return "every weekday"
    weeks = _week_rule(days, weekdays)
    if weeks:
        return weeks
    if len({d.day for d in days}) == 1 and _least(_months_apart(days)) == 1:
        return f"every month on the {_ordinal_day(days[0].day)}"
    nth = {((d.day - 1) // 7, d.weekday()) for d in days}
    if len(nth) == 1 and _least(_months_apart(days)) == 1 and next(iter(nth))[0] < 4:
        n, weekday = next(iter(nth))
        return f"every month on the {_ORDINALS[n]} {_DAY_NAMES[weekday]}"
    years = {b.year - a.year for a, b in zip(days, days[1:], strict=False)}
    if len({(d.month, d.day) for d in days}) == 1 and _least(years) == 1:
        return f"every year on {days[0].day} {days[0]:%b}"
    return None


def _week_rule(days: Sequence[date], weekdays: list[int]) -> str | None:
    """ "every Monday", "every 2 weeks on Tuesday and Thursday": the days fall on the same
    weekdays, in weeks a fixed number apart (a week left out here and there aside)."""
    mondays = sorted({d - timedelta(days=d.weekday()) for d in days})
    week_gaps = {(b - a).days // 7 for a, b in zip(mondays, mondays[1:], strict=False)}
    every = _least(week_gaps)
    if every is None or any(gap % every for gap in week_gaps):
        return None
    per_week: dict[date, set[int]] = {}
    for d in days:
        per_week.setdefault(d - timedelta(days=d.weekday()), set()).add(d.weekday())
    full = sum(1 for found in per_week.values() if found == set(weekdays))
    if full * 2 < len(per_week):  # most weeks must have every one of the days
        return None
    names = [_DAY_NAMES[w] for w in weekdays]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"every {listed}" if every == 1 else f"every {every} weeks on {listed}"


def _least(values: set[int]) -> int | None:
    positive = [v for v in values if v > 0]
    return min(positive) if positive else None


def _months_apart(days: Sequence[date]) -> set[int]:
    return {
        (b.year - a.year) * MONTHS_A_YEAR + b.month - a.month
        for a, b in zip(days, days[1:], strict=False)
    }


def _ordinal_day(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _in_zone(at: datetime, zone: str | None) -> datetime:
    return at.astimezone(ZoneInfo(zone)) if zone else at

"""Durations as people write them in followup's config: ``90m``, ``48h``, ``2w``, ``2 weeks``,
``10 days``, ``1 hour 30 minutes``, ``3 business days``, or ISO-8601 ``P2W``.

``parse_duration`` takes minutes, hours, days and weeks, in the short form (``1h30m``), in words
(``2 weeks``, ``a day``, ``1 hour and 30 minutes``) or as an ISO-8601 duration (``PT90M``,
``P1DT2H``); ``parse_days`` is for the keys counted in whole days and takes only days and weeks;
``parse_day_span`` also takes business days (``3 business days``, ``5 working days``), which are
not a fixed length: ``add_days`` counts them from a date, skipping the days ``off_days`` says are
off (weekends by default; the user's working days and a holiday calendar plug in there).
``format_duration`` writes a ``timedelta`` back in the short form, ``spoken_duration`` as a
sentence says it. Nothing longer than ``LONGEST`` is accepted: longer spans are typing mistakes,
and dates past year 9999 do not exist.
Every error is a ``ValueError`` whose message is meant for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from datetime import date, timedelta

_UNITS = {
    "w": timedelta(weeks=1),
    "d": timedelta(days=1),
    "h": timedelta(hours=1),
    "m": timedelta(minutes=1),
    "s": timedelta(seconds=1),  # ISO-8601 only (PT30S); the short form stops at minutes
}
_DAY_UNITS = frozenset({"w", "d"})
#: The longest duration accepted, and the most business days: about ten years.
LONGEST = timedelta(weeks=520)
MOST_BUSINESS_DAYS = 520 * 5
_EXAMPLES = "e.g. 90m, 48h, 2d, 2w, 2 weeks or P2W"
_UNIT_NAMES = "m (minutes), h (hours), d (days) or w (weeks)"

#: Unit words as people write them, to the short unit.
_UNIT_WORDS = {
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), "m"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "h"),
    **dict.fromkeys(("d", "day", "days"), "d"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), "w"),
}
_NO_FIXED_LENGTH = frozenset({"mo", "mon", "month", "months", "y", "yr", "yrs", "year", "years"})
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_BUSINESS = r"(?:business|working|work)[ -]?days?|workdays?"
_NUMBER = r"(?:\d+\s*|(?:" + "|".join(_NUMBER_WORDS) + r")\s+)"
_PART = re.compile(rf"(?P<n>{_NUMBER})(?P<unit>{_BUSINESS}|[a-z]+)", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\+)?\s*", re.IGNORECASE)
_ISO = re.compile(
    r"P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?"
)
_BUSINESS_KEY = "business"


@dataclass(frozen=True)
class BusinessDays:
    """A span counted in working days ("3 business days"): how many calendar days it lasts
    depends on the day it starts from (``add_days``)."""

    days: int

    def __str__(self) -> str:
        return f"{self.days} business day{'' if self.days == 1 else 's'}"


#: What the keys counted in days hold: a fixed number of days, or business days.
DaySpan = timedelta | BusinessDays


def parse_duration(text: object) -> timedelta:
    """Read a duration: ``90m``, ``48h``, ``2w``, ``1h30m``, ``2 weeks``, ``P2W``, ``PT90M``."""
    return _fixed(text, _components(text))


def parse_days(text: object) -> timedelta:
    """Read a duration counted in whole days: ``10d``, ``2w``, ``10 days``, ``P2W`` (no hours)."""
    parts = _components(text)
    _whole_days(text, parts)
    return _fixed(text, parts)


def parse_day_span(text: object) -> DaySpan:
    """Read a span counted in days: ``10d``, ``2 weeks``, or ``3 business days``."""
    parts = _components(text)
    if _BUSINESS_KEY in parts:
        return BusinessDays(parts[_BUSINESS_KEY])
    _whole_days(text, parts)
    return _fixed(text, parts)


def weekend(day: date) -> bool:
    """Saturday and Sunday: the days off when nothing else is known."""
    return day.weekday() >= 5


def off_days(
    working: Collection[int] = range(5), holidays: Container[date] = ()
) -> Callable[[date], bool]:
    """The days a business-day count skips: those whose weekday (0 = Monday) is not in
    ``working``, and the ``holidays`` (any container of dates, e.g. a ``holidays`` calendar)."""
    working_days = frozenset(working)

    def is_off(day: date) -> bool:
        return day.weekday() not in working_days or day in holidays

    return is_off


def add_days(start: date, span: DaySpan, is_off: Callable[[date], bool] = weekend) -> date:
    """The date ``span`` after ``start``: calendar days as they are, business days counted on
    the days ``is_off`` does not skip (so "3 business days" from a Friday is a Wednesday)."""
    if isinstance(span, timedelta):
        return start + timedelta(days=span.days)
    day, left, skipped = start, span.days, 0
    while left:
        day += timedelta(days=1)
        if is_off(day):
            skipped += 1
            if skipped > 366:
                raise ValueError(f"no working day in the year after {day - timedelta(days=366)}")
            continue
        left, skipped = left - 1, 0
    return day


def format_duration(delta: timedelta) -> str:
    """The short form of ``delta``: ``2w``, ``3d``, ``1h30m``, ``1d2h`` (``0m`` for zero)."""
    if delta < timedelta(0):
        return "-" + format_duration(-delta)
    seconds = round(delta.total_seconds())
    if seconds == 0:
        return "0m"
    if seconds % (7 * 86400) == 0:
        return f"{seconds // (7 * 86400)}w"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    amounts = ((days, "d"), (hours, "h"), (minutes, "m"), (secs, "s"))
    return "".join(f"{n}{unit}" for n, unit in amounts if n)


_SPOKEN_UNITS = ((7 * 86400, "week"), (86400, "day"), (3600, "hour"), (60, "minute"), (1, "second"))


def spoken_duration(delta: timedelta) -> str:
    """``delta`` as a sentence says it: "48 hours", "2 weeks", "10 days", "1 hour", "90 minutes".

    Whole weeks in weeks; from three days on, whole days in days; below that, in hours, as the
    advice is given ("within 48 hours"); else the largest unit that counts it whole.
    """
    seconds = round(abs(delta.total_seconds()))
    if seconds == 0:
        return "0 minutes"
    for size, unit in _SPOKEN_UNITS:
        if seconds % size or (unit == "day" and seconds < 3 * 86400):
            continue
        n = seconds // size
        return f"{n} {unit}{'' if n == 1 else 's'}"
    return "0 minutes"


def _whole_days(text: object, parts: dict[str, int]) -> None:
    if _BUSINESS_KEY in parts:
        raise ValueError(
            f"{text!r} counts business days, which this key does not take: "
            "write calendar days (e.g. 5d, 1w)"
        )
    if set(parts) - _DAY_UNITS:
        raise ValueError(f"{text!r} is counted in whole days: use d or w (e.g. 3d, 2w)")


def _fixed(text: object, parts: dict[str, int]) -> timedelta:
    if _BUSINESS_KEY in parts:
        raise ValueError(
            f"{text!r} counts business days, which this key does not take: "
            "write a fixed length (e.g. 48h, 5d)"
        )
    seconds = sum(int(_UNITS[unit].total_seconds()) * n for unit, n in parts.items())
    if seconds > LONGEST.total_seconds():
        raise ValueError(f"{text!r} is too long: at most {format_duration(LONGEST)} (ten years)")
    return timedelta(seconds=seconds)


def _components(text: object) -> dict[str, int]:
    """The amount of each unit in ``text``, e.g. ``{"h": 1, "m": 30}``."""
    if not isinstance(text, str):
        if isinstance(text, int | float) and not isinstance(text, bool):
            raise ValueError(f"{text!r} has no unit: write a number and a unit, {_EXAMPLES}")
        raise ValueError(f"{text!r} is not a duration: write a number and a unit, {_EXAMPLES}")
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"an empty text is not a duration: write {_EXAMPLES}")
    if stripped[:1] in "Pp":
        return _iso_components(stripped)
    return _spoken_components(stripped)


def _spoken_components(text: str) -> dict[str, int]:
    if re.fullmatch(r"[+-]?\d+(\.\d*)?", text):
        raise ValueError(f"{text!r} has no unit: write a number and a unit, {_EXAMPLES}")
    if text.startswith("-"):
        raise ValueError(f"{text!r}: a duration cannot be negative")
    matches = _spoken_parts(text)
    if matches is None:
        hint = " (whole numbers only: 90m rather than 1.5h)" if "." in text or "," in text else ""
        raise ValueError(f"{text!r} is not a duration{hint}: write {_EXAMPLES}")
    parts: dict[str, int] = {}
    for match in matches:
        number, unit = match["n"].strip().lower(), match["unit"].lower()
        amount = _NUMBER_WORDS[number] if number in _NUMBER_WORDS else int(number)
        if re.fullmatch(_BUSINESS, unit):
            key = _BUSINESS_KEY
        elif unit in _UNIT_WORDS:
            key = _UNIT_WORDS[unit]
        elif unit in _NO_FIXED_LENGTH:
            raise ValueError(
                f"{text!r}: months and years have no fixed length; use weeks or days (4w)"
            )
        else:
            raise ValueError(f"{text!r}: unknown unit {match['unit']!r}; use {_UNIT_NAMES}")
        parts[key] = parts.get(key, 0) + amount
    if _BUSINESS_KEY in parts:
        if len(parts) > 1:
            raise ValueError(f"{text!r}: give business days on their own (e.g. 3 business days)")
        if parts[_BUSINESS_KEY] > MOST_BUSINESS_DAYS:
            raise ValueError(f"{text!r} is too long: at most {MOST_BUSINESS_DAYS} business days")
    return parts


def _spoken_parts(text: str) -> list[re.Match[str]] | None:
    """Each number and unit of ``text`` in turn, or None when anything else is in it."""
    found: list[re.Match[str]] = []
    pos = 0
    while True:
        match = _PART.match(text, pos)
        if match is None:
            return None
        found.append(match)
        pos = match.end()
        if pos == len(text):
            return found
        pos = _SEPARATOR.match(text, pos).end()  # type: ignore[union-attr]  # it matches ""


def _iso_components(text: str) -> dict[str, int]:
    match = _ISO.fullmatch(text.upper())
    if not match:
        raise ValueError(
            f"{text!r} is not an ISO-8601 duration: write e.g. P2W, P3D, PT90M, P1DT2H"
        )
    found = {unit: int(n) for unit, n in match.groupdict().items() if n is not None}
    if "y" in found or "mo" in found:
        raise ValueError(
            f"{text!r}: years and months have no fixed length; use weeks or days (P4W)"
        )
    return found

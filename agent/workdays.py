"""Working days: the user's weekend and public holidays, and "after the holidays".

A status check or a check-in that falls on a weekend or on a public holiday of the user's
country (``me.country``, optional ``me.subdivision``; the ``holidays`` library) moves to the
next working morning: nobody wants a follow-up on Christmas Day. A company that says it will be
in touch "after the holidays" gets no status check before the first working days of January.
Pure: the holiday tables are computed, not read; the ``holidays`` package is imported on first
use, so commands that plan nothing do not pay for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from agent.textscan import fold

#: How far a due date may be moved before the search stops (a year of holidays is not a thing).
_MAX_SHIFT = 31


@dataclass(frozen=True)
class Holidays:
    """The public holidays of a country (ISO 3166 code) and optional subdivision; ``None``:
    weekends only."""

    country: str | None = None
    subdivision: str | None = None

    def __contains__(self, day: object) -> bool:
        if self.country is None or not isinstance(day, date):
            return False
        return day in _table(self.country, self.subdivision)

    def name(self, day: date) -> str | None:
        """The holiday's name on ``day``, or None."""
        if self.country is None:
            return None
        found = _table(self.country, self.subdivision).get(day)
        return str(found) if found else None


NO_HOLIDAYS = Holidays()


@cache
def _table(country: str, subdivision: str | None) -> Any:
    import holidays  # about a tenth of a second: only when a date is planned

    return holidays.country_holidays(country, subdiv=subdivision)


def supported(country: str, subdivision: str | None = None) -> str | None:
    """Why ``country`` / ``subdivision`` cannot be used (a message for the user), or None."""
    import holidays

    countries = holidays.list_supported_countries()
    if country not in countries:
        return f"{country!r} is not a country code the holidays library knows (e.g. US, GB, DE)"
    if subdivision is not None and subdivision not in countries[country]:
        known = ", ".join(countries[country][:12])
        return f"{subdivision!r} is not a subdivision of {country} (e.g. {known})"
    return None


def is_working_day(day: date, working_days: frozenset[int], holidays: Holidays) -> bool:
    return day.weekday() in working_days and day not in holidays


def next_working_day(day: date, working_days: frozenset[int], holidays: Holidays) -> date:
    """``day`` itself when it is a working day, else the next one."""
    for _ in range(_MAX_SHIFT):
        if is_working_day(day, working_days, holidays):
            return day
        day += timedelta(days=1)
    return day


# --------------------------------------------------------------------------- after the holidays

_AFTER_HOLIDAYS = re.compile(
    r"\b(?:after|past|following|once)\s+(?:the\s+)?(?:christmas\s+|winter\s+|festive\s+|"
    r"year[- ]end\s+)?(?:holidays?|holiday\s+season|festive\s+season|break|christmas|new\s+year)"
    r"|\b(?:in|into|early\s+in|at\s+the\s+start\s+of)\s+the\s+new\s+year\b"
    r"|\bnach\s+den\s+feiertagen\b|\bapres\s+les\s+fetes\b|\bdespues\s+de\s+las\s+fiestas\b"
)


def says_after_holidays(text: str | None) -> bool:
    """Does ``text`` promise an answer after the year-end holidays ("we'll be in touch after
    the holidays", "early in the new year")?"""
    return bool(text) and bool(_AFTER_HOLIDAYS.search(fold(text or "")))


def after_holidays(said_on: date, working_days: frozenset[int], holidays: Holidays) -> date | None:
    """The first working day of January after the year-end holidays, as seen on ``said_on``
    (November to early January); None at other times of the year, when "the holidays" are
    some other ones."""
    if said_on.month >= 11:
        year = said_on.year + 1
    elif said_on.month == 1 and said_on.day <= 6:
        year = said_on.year
    else:
        return None
    return next_working_day(date(year, 1, 2), working_days, holidays)

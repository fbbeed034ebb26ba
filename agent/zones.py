"""Time zones as people name them: "PST", "CET", "IST", "Eastern", as well as IANA names.

``zone_meant`` reads what someone typed and returns the IANA zone they most likely mean, with
a note when the name is ambiguous (IST is India, Ireland and Israel) or when the zone differs
somewhere (Arizona keeps MST all summer). Abbreviations name the zone that follows daylight
saving as people's clocks do: "EST" typed in July still means New York, not the fixed UTC-5 that
tzdata's legacy ``EST`` zone is. ``describe`` says a zone back the way a message shows it.
"""

from __future__ import annotations

import difflib
import zoneinfo
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache


@dataclass(frozen=True)
class ZoneGuess:
    """The IANA zone meant by a name someone typed; ``note`` when another reading exists."""

    zone: str
    note: str | None = None
    exact: bool = False  # the text was an IANA name already


_NORTH_AMERICA = {
    "pacific": "America/Los_Angeles",
    "mountain": "America/Denver",
    "central": "America/Chicago",
    "eastern": "America/New_York",
    "atlantic": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
}

#: Abbreviation (and everyday name) -> (zone, note). Standard and summer forms name one zone.
ABBREVIATIONS: dict[str, tuple[str, str | None]] = {
    **{a: ("America/Los_Angeles", None) for a in ("PST", "PDT", "PT", "PACIFIC")},
    **{
        a: ("America/Denver", "Arizona keeps standard time all year: America/Phoenix")
        for a in ("MST", "MDT", "MT", "MOUNTAIN")
    },
    **{
        a: ("America/Chicago", "CST is also China Standard Time (Asia/Shanghai)")
        for a in ("CST", "CDT", "CT")
    },
    "CENTRAL": ("America/Chicago", "Central European Time is CET (Europe/Berlin)"),
    **{a: ("America/New_York", None) for a in ("EST", "EDT", "ET", "EASTERN")},
    **{
        a: ("America/Halifax", "AST is also Arabia Standard Time (Asia/Riyadh)")
        for a in ("AST", "ADT")
    },
    **{a: ("America/St_Johns", None) for a in ("NST", "NDT", "NEWFOUNDLAND")},
    **{a: ("America/Anchorage", None) for a in ("AKST", "AKDT", "ALASKA")},
    **{a: ("Pacific/Honolulu", None) for a in ("HST", "HAST", "HAWAII")},
    "GMT": ("Europe/London", "for UTC all year round, write UTC"),
    "BST": ("Europe/London", "BST is also Bangladesh Standard Time (Asia/Dhaka)"),
    **{a: ("Europe/Lisbon", None) for a in ("WET", "WEST")},
    **{
        a: (
            "Europe/Berlin",
            "every Central European zone keeps the same clock (Europe/Paris, Europe/Madrid...)",
        )
        for a in ("CET", "CEST", "MET", "MEST")
    },
    **{
        a: ("Europe/Athens", "Eastern European zones keep the same clock (Europe/Helsinki...)")
        for a in ("EET", "EEST")
    },
    "MSK": ("Europe/Moscow", None),
    "IST": (
        "Asia/Kolkata",
        "IST is also Irish Standard Time (Europe/Dublin) and Israel Standard Time "
        "(Asia/Jerusalem)",
    ),
    "PKT": ("Asia/Karachi", None),
    "SGT": ("Asia/Singapore", None),
    "HKT": ("Asia/Hong_Kong", None),
    "JST": ("Asia/Tokyo", None),
    "KST": ("Asia/Seoul", None),
    **{a: ("Australia/Sydney", "Queensland keeps standard time: Australia/Brisbane")
       for a in ("AEST", "AEDT")},
    **{a: ("Australia/Adelaide", None) for a in ("ACST", "ACDT")},
    "AWST": ("Australia/Perth", None),
    **{a: ("Pacific/Auckland", None) for a in ("NZST", "NZDT")},
    "BRT": ("America/Sao_Paulo", None),
    "ART": ("America/Argentina/Buenos_Aires", None),
    "SAST": ("Africa/Johannesburg", None),
    "WAT": ("Africa/Lagos", None),
    "CAT": ("Africa/Maputo", None),
    "EAT": ("Africa/Nairobi", None),
}  # fmt: skip
#: Names that are fine as they are, however they are written.
_UTC = {"UTC", "Z", "ZULU", "UCT", "UNIVERSAL", "COORDINATED UNIVERSAL TIME"}


def zone_meant(text: str) -> ZoneGuess | None:
    """The IANA zone ``text`` means, or None when it names none."""
    name = " ".join(text.split())
    if not name:
        return None
    key = _key(name)
    if key in _UTC:
        return ZoneGuess("UTC", exact=name == "UTC")
    if key in ABBREVIATIONS:
        zone, note = ABBREVIATIONS[key]
        return ZoneGuess(zone, note)
    if is_zone(name) and "/" in name:
        return ZoneGuess(name, exact=True)
    folded = _zones_by_fold().get(name.casefold().replace(" ", "_"))
    if folded:
        return ZoneGuess(folded)  # europe/paris, new york
    by_city = _zones_by_city().get(name.casefold().replace(" ", "_"))
    if by_city:
        return ZoneGuess(by_city)
    return None


def suggestion(text: str) -> str:
    """What to write instead of ``text``, for a message: a zone and why, or close names."""
    guess = zone_meant(text)
    if guess is not None and not guess.exact:
        note = f"; {guess.note}" if guess.note else ""
        return f"write {guess.zone}{note}"
    close = difflib.get_close_matches(text, sorted(zoneinfo.available_timezones()), n=1)
    return f"did you mean {close[0]}?" if close else "e.g. Europe/Paris, America/New_York, UTC"


def describe(zone: str, at: datetime | None = None) -> str:
    """``zone`` as messages show it: its name and, at ``at``, its abbreviation (``PST``)."""
    if at is None:
        return zone
    abbreviation = at.astimezone(zoneinfo.ZoneInfo(zone)).tzname() or ""
    return f"{zone} ({abbreviation})" if abbreviation and abbreviation[0].isalpha() else zone


def local_time(at: datetime, zone: str | None = None) -> str:
    """``at`` as followup shows a time: in ``zone`` (else its own), minutes, and which zone it
    is in: ``2026-12-03 13:00 PST``, ``2026-12-03 09:00 UTC-03:00`` (a zone with no letters)."""
    if zone is not None:
        at = at.astimezone(zoneinfo.ZoneInfo(zone))
    return f"{at:%Y-%m-%d %H:%M} {zone_label(at)}"


def zone_label(at: datetime) -> str:
    """The zone of ``at`` as a reader knows it: ``PST``, ``CET``, ``UTC``, else ``UTC+05:30``."""
    name = at.tzname() or ""
    if name[:1].isalpha() and name not in ("GMT",):
        return name
    offset = at.utcoffset()
    if offset is None:
        return "local time"
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _key(name: str) -> str:
    upper = name.upper().removesuffix(" TIME").removesuffix(" STANDARD").strip()
    return upper


@lru_cache(maxsize=1)
def _zones_by_fold() -> dict[str, str]:
    return {zone.casefold(): zone for zone in zoneinfo.available_timezones() if "/" in zone}


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """The last part of each zone, folded (``new_york`` -> America/New_York), when one zone
    has it."""
    found: dict[str, list[str]] = {}
    for zone in zoneinfo.available_timezones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            found.setdefault(zone.rpartition("/")[2].casefold(), []).append(zone)
    return {city: sorted(zones)[0] for city, zones in found.items() if len(zones) == 1}

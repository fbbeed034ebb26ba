"""Durations as people write them in followup's config: ``90m``, ``48h``, ``2w`` or ISO-8601 ``P2W``.

``parse_duration`` takes minutes, hours, days and weeks (short form, possibly combined: ``1h30m``)
or an ISO-8601 duration (``PT90M``, ``P1DT2H``); ``parse_days`` is for the keys counted in whole
days and takes only days and weeks; ``format_duration`` writes a ``timedelta`` back in the short
form, ``spoken_duration`` as a sentence says it. Every error is a ``ValueError`` whose message is meant for the user.
"""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {
    "w": timedelta(weeks=1),
    "d": timedelta(days=1),
    "h": timedelta(hours=1),
    "m": timedelta(minutes=1),
    "s": timedelta(seconds=1),  # ISO-8601 only (PT30S); the short form stops at minutes
}
_DAY_UNITS = frozenset({"w", "d"})
_EXAMPLES = "e.g. 90m, 48h, 2d, 2w or P2W"
_UNIT_NAMES = "m (minutes), h (hours), d (days) or w (weeks)"

_SHORT = re.compile(r"\s*(?:\d+\s*[a-z]+\s*)+", re.IGNORECASE)
_SHORT_PART = re.compile(r"(\d+)\s*([a-z]+)", re.IGNORECASE)
_ISO = re.compile(
    r"P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?"
)


def parse_duration(text: object) -> timedelta:
    """Read a duration: ``90m``, ``48h``, ``2w``, ``1h30m``, ``P2W``, ``PT90M``, ``P1DT2H``."""
    return _total(_components(text))


def parse_days(text: object) -> timedelta:
    """Read a duration counted in whole days: ``10d``, ``2w``, ``P2W``, ``P10D`` (no hours)."""
    parts = _components(text)
    finer = sorted(set(parts) - _DAY_UNITS)
    if finer:
        raise ValueError(f"{text!r} is counted in whole days: use d or w (e.g. 3d, 2w)")
    return _total(parts)


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


def _total(parts: dict[str, int]) -> timedelta:
    return sum((_UNITS[unit] * n for unit, n in parts.items()), timedelta(0))


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
    return _short_components(stripped)


def _short_components(text: str) -> dict[str, int]:
    if re.fullmatch(r"[+-]?\d+(\.\d*)?", text):
        raise ValueError(f"{text!r} has no unit: write a number and a unit, {_EXAMPLES}")
    if text.startswith("-"):
        raise ValueError(f"{text!r}: a duration cannot be negative")
    if not _SHORT.fullmatch(text):
        hint = " (whole numbers only: 90m rather than 1.5h)" if "." in text or "," in text else ""
        raise ValueError(f"{text!r} is not a duration{hint}: write {_EXAMPLES}")
    parts: dict[str, int] = {}
    for number, unit in _SHORT_PART.findall(text):
        key = unit.lower()
        if key not in _UNITS or key == "s":
            raise ValueError(f"{text!r}: unknown unit {unit!r}; use {_UNIT_NAMES}")
        parts[key] = parts.get(key, 0) + int(number)
    return parts


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

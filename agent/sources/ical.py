"""Turn iCalendar text into followup events: parse, repair, expand, convert.

Pure: bytes, a window and the user's zone in; events and per-event errors out. It follows the
loading recipe of ``notes/google-apis.md`` §5.1 so that real-world files load without losing
anything silently:

1. decode and scan the text (``ical_text``: encodings, folds, lines that are not iCalendar,
   truncation), then parse it in one go; when icalendar fails on that, check the calendar's
   properties and zones one by one and parse the events in groups, halving a failing group
   until the bad event is isolated, reported and dropped;
2. repair the *source* components before anything reads their times: drop VEVENTs without a
   readable DTSTART, derive a UID where one is missing, map Windows and vendor zone names to
   IANA zones, read unknown zones in the user's zone (and say so), drop the unreadable values
   of RDATE and EXDATE one by one, and report lines icalendar skipped;
3. apply X-WR-TIMEZONE (``x_wr_timezone``; a Windows name mapped, an unknown one reported),
   cut off rules that never occur, expand recurrences over the window in one go, and only
   when that fails expand series by series, to report the bad one and keep the rest;
4. convert every occurrence - cancelled ones included - into an ``Event``; one moved by a
   RANGE=THISANDFUTURE override keeps its own original start as its recurrence id.

Error messages start with ``dropped:`` (the component is lost) or ``warning:`` (the event is
still returned, read in a way the file did not quite say). ``Loaded.complete`` is False when
the text shows the file was cut off.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import warnings
from calendar import isleap
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.prop import vBroken
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from agent.addresses import canonical
from agent.model import Attendee, Event
from agent.ports import MAX_DESCRIPTION, MAX_TITLE, EventError, Window, clipped
from agent.sources.ical_text import NotACalendarError, Scanned, decode, referenced_zones, scan
from agent.sources.window import overlaps

log = logging.getLogger(__name__)

#: Properties whose values are dates or times, and so carry a TZID that may need repair.
_TIMED = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
#: A VEVENT with any of these is (part of) a recurring series.
_RECURRING = ("RRULE", "RDATE", "RECURRENCE-ID")
#: Padding of the window handed to recurring-ical-events: it compares floating and all-day
#: times with the window in its own way, so we ask for a little more and filter exactly after.
_PAD = timedelta(days=1)
_RESPONSES = {
    "ACCEPTED": "accepted",
    "DECLINED": "declined",
    "TENTATIVE": "tentative",
    # The attendee handed their place to someone else: they will not be there.
    "DELEGATED": "declined",
}
_HTML = re.compile(r"<(?:br|p|div|a|b|i|u|ul|ol|li|span|html|body|strong|em|table)\b[^>]*>", re.I)
_UID_LINE = re.compile(r"^UID(?:;[^:\r\n]*)?:(.*?)\s*$", re.M | re.I)


@dataclass
class Loaded:
    """What one load produced: the occurrences in the window and what went wrong.

    ``complete`` is False when the text shows it was cut off (no END:VCALENDAR, a component
    never ended): the events are read as far as they go, but what is missing may exist.
    """

    events: list[Event] = field(default_factory=list)
    errors: list[EventError] = field(default_factory=list)
    complete: bool = True


def load(
    data: bytes, window: Window, *, default_tz: str, calendar: str, shown: str | None = None
) -> Loaded:
    """Read iCalendar ``data`` into the events overlapping ``window``.

    ``calendar`` names the events and errors; ``shown`` names the calendar in logs (a feed
    URL's secret left out). Raises ``NotACalendarError`` when the data is not a calendar;
    every smaller problem is reported in ``Loaded.errors``.
    """
    report = _Reporter(calendar, shown or calendar)
    with warnings.catch_warnings():
        # icalendar warns about guessed zones on stderr; what matters is reported below.
        warnings.simplefilter("ignore")
        scanned = scan(decode(data))
        for note in scanned.notes:
            report.add(note.uid, f"{note.kind}: {note.message}")
        cal = _parse(scanned, report)
        zone = ZoneInfo(default_tz)
        recurring = _repair(cal, zone, report)
        cal = _standard_times(cal, zone, report)
        occurrences = _expand(cal, window, zone, report)
        context = _Context(zone, default_tz, calendar, recurring, _shifts(cal, zone))
        events = _convert(occurrences, context, report)
        inside = [e for e in events if overlaps(e, window)]
    return Loaded(inside, report.errors, scanned.complete)


@dataclass
class _Reporter:
    calendar: str
    shown: str
    errors: list[EventError] = field(default_factory=list)
    _warned: set[tuple[str | None, str]] = field(default_factory=set)

    def dropped(self, uid: str | None, message: str) -> None:
        self.add(uid, f"dropped: {message}")

    def warning(self, uid: str | None, message: str) -> None:
        self.add(uid, f"warning: {message}")

    def warning_once(self, uid: str | None, message: str) -> None:
        """A warning that several properties of one event would otherwise repeat."""
        if (uid, message) not in self._warned:
            self._warned.add((uid, message))
            self.warning(uid, message)

    def add(self, uid: str | None, message: str) -> None:
        log.info("%s: %s: %s", self.shown, uid or "(no UID)", message)
        self.errors.append(EventError(self.calendar, uid, message))


# --------------------------------------------------------------------------- 1. parse


def _parse(scanned: Scanned, report: _Reporter) -> icalendar.Calendar:
    """The calendar icalendar makes of the scanned parts, in one parse when it can.

    When that parse fails, the calendar's properties and VTIMEZONEs are checked one by one and
    the events parsed in groups, each group with only the zones it names: a bad event costs a
    few small parses, not one of the whole file per event.
    """
    header = "\r\n".join(scanned.properties)
    timezones = [text for _, text in scanned.timezones]
    try:
        return _from_ical(_wrap(header, timezones, scanned.events))
    except Exception as whole:  # icalendar raises assorted types; the groups below report them
        log.info("%s: whole-file parse failed (%s); parsing in parts", report.shown, whole)
    header = _good_header(scanned.properties, report)
    zones = _good_timezones(header, scanned.timezones, report)
    cal = _from_ical(_wrap(header, list(zones.values()), []))
    for start in range(0, len(scanned.events), _GROUP):
        group = scanned.events[start : start + _GROUP]
        for component in _parse_halves(header, zones, group, report):
            cal.add_component(component)
    return cal


#: Events parsed together when the whole file would not parse.
_GROUP = 64


def _from_ical(text: str) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(text)
    if not isinstance(cal, icalendar.Calendar):
        raise NotACalendarError("no VCALENDAR in it")
    return cal


def _wrap(header: str, timezones: Sequence[str], chunks: Sequence[str]) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", header, *timezones, *chunks, "END:VCALENDAR", ""])


def _good_header(properties: list[str], report: _Reporter) -> str:
    """The calendar's own properties that icalendar can read; each one it cannot is reported."""
    header = "\r\n".join(properties)
    try:
        _from_ical(_wrap(header, [], []))
        return header
    except Exception:  # find the culprits below
        pass
    good = []
    for line in properties:
        try:
            _from_ical(_wrap(line, [], []))
            good.append(line)
        except Exception as e:  # one bad calendar property must not stop the calendar
            report.warning(None, f"skipped a calendar property that cannot be read: {e}")
    return "\r\n".join(good)


def _good_timezones(
    header: str, timezones: list[tuple[str, str]], report: _Reporter
) -> dict[str, str]:
    good = {}
    for tzid, text in timezones:
        try:
            _from_ical(_wrap(header, [text], []))
            good[tzid] = text
        except Exception as e:  # a broken VTIMEZONE only loses its own definition
            if _iana_zone(tzid) is None:  # else its name says all the repair reads of it
                report.dropped(None, f"the VTIMEZONE {tzid!r} could not be read: {e}")
    return good


def _parse_halves(
    header: str, zones: dict[str, str], events: list[str], report: _Reporter
) -> Iterator[icalendar.cal.Component]:
    """Parse events together, halving a group that fails until the culprit is alone."""
    if not events:
        return
    named = set().union(*(referenced_zones(text) for text in events))
    timezones = [text for tzid, text in zones.items() if tzid in named]
    try:
        cal = _from_ical(_wrap(header, timezones, events))
    except Exception as e:  # icalendar's errors have no common base class
        if len(events) == 1:
            report.dropped(_uid_in(events[0]), f"VEVENT could not be read: {e}")
            return
        middle = len(events) // 2
        yield from _parse_halves(header, zones, events[:middle], report)
        yield from _parse_halves(header, zones, events[middle:], report)
        return
    yield from (c for c in cal.subcomponents if c.name != "VTIMEZONE")


def _uid_in(chunk: str) -> str | None:
    match = _UID_LINE.search(chunk)
    return match.group(1).strip() if match else None


# --------------------------------------------------------------------------- 2. repair


def _repair(cal: icalendar.Calendar, zone: ZoneInfo, report: _Reporter) -> set[str]:
    """Fix the source VEVENTs in place; return the UIDs that belong to recurring series."""
    defined = {str(c["TZID"]) for c in cal.subcomponents if c.name == "VTIMEZONE" and "TZID" in c}
    zones = _ZoneResolver(zone, defined)
    recurring: set[str] = set()
    kept = []
    for component in cal.subcomponents:
        if component.name == "VEVENT":
            if not _repair_event(component, zones, report):
                continue
            if any(name in component for name in _RECURRING):
                recurring.add(str(component["UID"]))
        kept.append(component)
    cal.subcomponents = kept
    return recurring


def _repair_event(event: icalendar.cal.Component, zones: _ZoneResolver, report: _Reporter) -> bool:
    """Repair one VEVENT; False when it must be dropped (reported)."""
    uid = str(event["UID"]) if "UID" in event else None
    start = event.get("DTSTART")
    if start is None or isinstance(start, (vBroken, list)):
        what = "has no DTSTART" if start is None else "has an unreadable DTSTART"
        report.dropped(uid, f"the event {what}")
        return False
    if uid is None:
        event["UID"] = _derived_uid(event)
    uid = str(event["UID"])
    _report_unread(event, uid, report)
    for name in ("RDATE", "EXDATE"):
        _salvage_dates(event, name, uid, report)
    for name in _TIMED:
        if name in event:
            _rezone_property(event, name, zones, uid, report)
    return True


#: Properties left out when they cannot be parsed (the event is read without them, reported).
_FALLBACK = ("DTEND", "DURATION", "SEQUENCE")


def _report_unread(event: icalendar.cal.Component, uid: str, report: _Reporter) -> None:
    """Say which lines icalendar skipped, and which times it could not read."""
    for name, message in getattr(event, "errors", ()):
        if name is None:  # a line, not a property's value (those are handled where read)
            report.warning(uid, f"skipped a line icalendar cannot read: {_clip(str(message))}")
    for name in _FALLBACK:
        if isinstance(event.get(name), vBroken):
            report.warning(uid, f"unreadable {name} {_clip(str(event[name]))!r} ignored")
            del event[name]


def _clip(text: str, most: int = 160) -> str:
    return text if len(text) <= most else text[:most] + "…"


def _derived_uid(event: icalendar.cal.Component) -> str:
    """A stable stand-in UID: the same event text gives the same id on every read."""
    start = event["DTSTART"]
    ical = start.to_ical()
    text = ical.decode() if isinstance(ical, bytes) else str(ical)
    seed = f"{start.params.get('TZID', '')}|{text}|{event.get('SUMMARY', '')}"
    return "followup-derived-" + hashlib.sha256(seed.encode()).hexdigest()[:24]


def _salvage_dates(event: icalendar.cal.Component, name: str, uid: str, report: _Reporter) -> None:
    """Extra or excluded dates that cannot be read are lost one by one, not the series.

    icalendar marks a whole RDATE or EXDATE line broken when one of its values is; each
    value of the line is read again on its own, and only the unreadable ones are left out
    (as are times of day without a date, which say nothing about a day).
    """
    values = _as_list(event.get(name))
    if all(_readable(v) for v in values):
        return
    del event[name]
    lost: list[str] = []
    for value in values:
        kept = value if _readable(value) else _readable_dates(value, lost)
        if kept is not None:
            _append_property(event, name, kept)
    report.warning(uid, f"unreadable {name} {', '.join(map(repr, lost))} ignored")


def _readable(value: object) -> bool:
    if isinstance(value, vBroken):
        return False
    dts = getattr(value, "dts", None)
    return dts is None or all(_a_date(getattr(d, "dt", None)) for d in dts)


def _a_date(value: object) -> bool:
    """A date, a date-time or a period (a pair): what RDATE and EXDATE may hold."""
    return isinstance(value, (date, tuple))


def _readable_dates(prop: object, lost: list[str]) -> object | None:
    params = dict(getattr(prop, "params", {}))
    tzid = params.get("TZID")
    good: list[Any] = []
    raw = prop if isinstance(prop, vBroken) else _ical_text(prop)
    for part in str(raw).split(","):
        try:
            read = icalendar.prop.vDDDLists.from_ical(part.strip(), tzid)
        except Exception:  # icalendar raises several types for a bad date
            read = []
        if read and all(_a_date(d) for d in read):
            good.extend(read)
        else:
            lost.append(part.strip())
    return icalendar.prop.vDDDLists(good, params=params) if good else None


def _ical_text(prop: object) -> str:
    ical = prop.to_ical()  # type: ignore[attr-defined]
    return ical.decode() if isinstance(ical, bytes) else str(ical)


class _ZoneResolver:
    """What a TZID means: an IANA zone, a Windows name mapped to one, the file's own
    VTIMEZONE, or nothing known (then the user's zone)."""

    def __init__(self, default: ZoneInfo, defined: set[str]) -> None:
        self.default = default
        self._defined = defined
        self._cache: dict[str, ZoneInfo | None] = {}

    def resolve(self, tzid: str) -> ZoneInfo | None:
        """The IANA zone a TZID stands for; None when it is neither IANA nor Windows."""
        if tzid not in self._cache:
            self._cache[tzid] = _iana_zone(tzid)
        return self._cache[tzid]

    def is_defined(self, tzid: str) -> bool:
        """Does the file carry a VTIMEZONE for this TZID (which icalendar then applies)?"""
        return tzid in self._defined


def _iana_zone(tzid: str) -> ZoneInfo | None:
    """The zone of an IANA name, a Windows name, or a vendor's globally unique name
    ("/mozilla.org/20070129_1/Europe/Berlin", "/citadel.org/20190914_1/Europe/Berlin")."""
    text = tzid.strip().strip('"').strip()
    cleaned = text.strip("/")
    for candidate in (cleaned, WINDOWS_TO_OLSON.get(cleaned)):
        if candidate and (found := _zone(candidate)) is not None:
            return found
    parts = cleaned.split("/")
    if text.startswith("/") or "." in parts[0]:
        for first in range(1, len(parts)):
            if (found := _zone("/".join(parts[first:]))) is not None:
                return found
    return None


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _rezone_property(
    event: icalendar.cal.Component,
    name: str,
    zones: _ZoneResolver,
    uid: str,
    report: _Reporter,
) -> None:
    """Put the property's times in the zone its TZID means, before anything else reads them.

    icalendar gives a Windows name with a VTIMEZONE an ad-hoc zone (no IANA name, kept in a
    process-wide cache where the first file's definition wins), and an unknown name a naive
    time that X-WR-TIMEZONE would then silently re-zone.
    """
    props = _as_list(event[name])
    if all(isinstance(p, vBroken) or "TZID" not in getattr(p, "params", {}) for p in props):
        return
    values: list[object] = []
    changed = False
    for prop in props:
        value = _value_of(prop)
        tzid = getattr(prop, "params", {}).get("TZID")
        target = _target_zone(str(tzid), zones, uid, report) if tzid and value is not None else None
        if target is None or not _needs_zone(value, target):
            values.append(prop)
            continue
        values.append(_rezoned(value, target))
        changed = True
    if changed:
        _replace_values(event, name, values)


def _target_zone(tzid: str, zones: _ZoneResolver, uid: str, report: _Reporter) -> tzinfo | None:
    """The zone to read a TZID's times in; None to keep what icalendar made of it."""
    found = zones.resolve(tzid)
    if found is not None:
        return found
    if zones.is_defined(tzid):
        return None
    report.warning_once(uid, f"time zone {tzid!r} is unknown; times read in {zones.default.key}")
    return zones.default


def _needs_zone(value: object, zone: tzinfo) -> bool:
    if isinstance(value, (list, tuple)):
        return any(_needs_zone(v, zone) for v in value)
    return isinstance(value, datetime) and value.tzinfo is not zone


def _value_of(prop: object) -> object | None:
    """The decoded value(s) of a date property: a datetime/date, a period, or a list of them."""
    if isinstance(prop, vBroken):
        return None
    if isinstance(prop, icalendar.prop.vDDDLists):
        return [d.dt for d in prop.dts]
    return getattr(prop, "dt", None)


def _rezoned(value: object, zone: tzinfo) -> object:
    if isinstance(value, list):
        return [_rezoned(v, zone) for v in value]
    if isinstance(value, tuple):
        return tuple(_rezoned(v, zone) for v in value)
    if isinstance(value, datetime):
        # The wall time is what the file wrote; only the zone it is read in changes.
        return value.replace(tzinfo=zone)
    return value


def _replace_values(event: icalendar.cal.Component, name: str, values: list[object]) -> None:
    del event[name]
    for value in values:
        if isinstance(value, (list, datetime, date, tuple)):
            event.add(name, value)
        else:  # an untouched property object
            _append_property(event, name, value)


def _append_property(event: icalendar.cal.Component, name: str, prop: object) -> None:
    existing = event.get(name)
    if existing is None:
        event[name] = prop
    elif isinstance(existing, list):
        existing.append(prop)
    else:
        event[name] = [existing, prop]


def _standard_times(
    cal: icalendar.Calendar, zone: ZoneInfo, report: _Reporter
) -> icalendar.Calendar:
    """Apply X-WR-TIMEZONE (Google's, Apple's feeds) to the floating and UTC times.

    A Windows or vendor name is mapped to its IANA zone; one that names no zone is reported,
    and the times stay as written (floating ones then read in the user's zone).
    """
    value = _first(cal.get("X-WR-TIMEZONE"))
    if value is None:
        return cal
    found = _iana_zone(str(value))
    if found is None:
        report.warning(
            None,
            f"X-WR-TIMEZONE {str(value)!r} is not a known time zone; "
            f"times without a zone are read in {zone.key}",
        )
        return cal
    return x_wr_timezone.to_standard(cal, timezone=found)


def _shifts(cal: icalendar.Calendar, zone: ZoneInfo) -> dict[tuple[str, date], timedelta]:
    """How far each RANGE=THISANDFUTURE override moves the rest of its series.

    recurring-ical-events moves the later occurrences but gives every one of them the
    override's RECURRENCE-ID; keyed by (UID, that RECURRENCE-ID), the shift lets each
    occurrence get back its own original start.
    """
    shifts = {}
    for component in cal.subcomponents:
        rid = component.get("RECURRENCE-ID") if component.name == "VEVENT" else None
        if rid is None or isinstance(rid, (vBroken, list)) or not _this_and_future(rid):
            continue
        try:
            start = _start_of(component)
            shift = _as_kind(start, zone) - _as_kind(rid.dt, zone, like=start)
        except (TypeError, ValueError, AttributeError):
            continue  # an odd override: its occurrences keep the library's RECURRENCE-ID
        shifts[(str(component["UID"]), _rid_key(rid.dt, zone))] = shift
    return shifts


def _this_and_future(prop: object) -> bool:
    params = getattr(prop, "params", {})
    return str(params.get("RANGE", "")).upper() == "THISANDFUTURE"


def _as_kind(value: date, zone: ZoneInfo, like: date | None = None) -> date:
    """A date stays a date and a date-time becomes aware, so that the two subtract."""
    kind = like if like is not None else value
    if isinstance(kind, datetime):
        return _aware(value, zone)
    return value.date() if isinstance(value, datetime) else value


def _rid_key(value: date, zone: ZoneInfo) -> date:
    return _aware(value, zone).astimezone(UTC) if isinstance(value, datetime) else value


# --------------------------------------------------------------------------- 3. expand


def _expand(
    cal: icalendar.Calendar, window: Window, zone: ZoneInfo, report: _Reporter
) -> list[icalendar.cal.Component]:
    """The occurrences overlapping the window (padded), cancelled ones included.

    Lone events - no recurrence, no other VEVENT with their UID - are taken as they are:
    recurring-ical-events would copy each one, which is most of its time on a real calendar.
    The series go through it in one call, and only when that fails series by series.
    """
    start, end = window.start_at - _PAD, window.end_at + _PAD
    singles, rest = _split_singles(cal)
    rest = _bounded(rest, start, end, zone, report)
    found = [c for c in singles if _single_overlaps(c, start, end, zone)]
    part = icalendar.Calendar(cal)
    part.subcomponents = rest
    try:
        return found + list(recurring_ical_events.of(part).between(start, end))
    except Exception as e:  # recurring-ical-events raises many types; find the bad series
        log.info("%s: expansion failed (%s); expanding series by series", report.shown, e)
    return found + list(_expand_halves(_series(rest), start, end, report))


#: A series is skipped (and reported) when expanding it would step through more occurrences
#: than ``_MAX_STEPS`` from its start, or yield more than ``_MAX_OCCURRENCES`` in the window:
#: ``FREQ=SECONDLY`` without an end would otherwise take all the time and memory there is.
_MAX_STEPS = 100_000
_MAX_OCCURRENCES = 10_000
_PERIODS = {
    "SECONDLY": timedelta(seconds=1),
    "MINUTELY": timedelta(minutes=1),
    "HOURLY": timedelta(hours=1),
    "DAILY": timedelta(days=1),
    "WEEKLY": timedelta(weeks=1),
    "MONTHLY": timedelta(days=28),
    "YEARLY": timedelta(days=365),
}
#: Rule parts that can multiply the occurrences of one period (some only filter: an upper bound).
_BY_PARTS = ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")


def _bounded(
    components: list[icalendar.cal.Component],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    report: _Reporter,
) -> list[icalendar.cal.Component]:
    """``components`` without the series too large to expand (each reported once)."""
    skipped: set[str] = set()
    for component in components:
        if component.name != "VEVENT" or "RRULE" not in component:
            continue
        uid = str(component["UID"])
        if _never_occurs(component):
            del component["RRULE"]
            report.warning(
                uid,
                "its RRULE names days that never occur (such as 30 February); only its "
                "DTSTART is read",
            )
            continue
        steps, inside = _rule_bounds(component, start, end, zone)
        if (steps > _MAX_STEPS or inside > _MAX_OCCURRENCES) and uid not in skipped:
            skipped.add(uid)
            report.dropped(
                uid,
                f"the series repeats too often to expand (up to {max(steps, inside):,} "
                f"occurrences; at most {_MAX_OCCURRENCES:,} in the window are read)",
            )
    return [c for c in components if c.name != "VEVENT" or str(c.get("UID")) not in skipped]


#: The longest month of each number; 29 February needs a leap year the rule can reach.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _never_occurs(component: icalendar.cal.Component) -> bool:
    """Does every RRULE ask only for month days no month it reaches has (30 February)?

    dateutil looks for such a day period by period up to the year 9999: seconds per series
    with FREQ=DAILY, on every parse.
    """
    try:
        begins = _start_of(component)
        return all(_rule_never_occurs(rule, begins) for rule in _as_list(component["RRULE"]))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return False  # an unreadable rule: the expansion reports it


def _rule_never_occurs(rule: Any, begins: date) -> bool:
    days = [int(str(d)) for d in _as_list(rule.get("BYMONTHDAY"))]
    if not days:
        return False
    freq = str(_first(rule.get("FREQ")) or "").upper()
    interval = max(1, int(str(_first(rule.get("INTERVAL")) or 1)))
    months = {int(str(m)) for m in _as_list(rule.get("BYMONTH"))} or set(range(1, 13))
    if freq == "MONTHLY":  # the months its interval steps onto
        step = math.gcd(interval, 12)
        months = {m for m in months if (m - begins.month) % step == 0}
    leap = not (freq == "YEARLY" and interval % 4 == 0 and not isleap(begins.year))
    for month in months:
        longest = 28 if month == 2 and not leap else _MONTH_DAYS[(month - 1) % 12]
        if any(1 <= abs(day) <= longest for day in days):
            return False
    return True


def _rule_bounds(
    component: icalendar.cal.Component, start: datetime, end: datetime, zone: ZoneInfo
) -> tuple[int, int]:
    """Upper bounds on (occurrences from the series' start to the window's end, those inside)."""
    try:
        begins_at = _aware(_start_of(component), zone)
        rules = _as_list(component["RRULE"])
        steps = sum(_occurrences(r, begins_at, end, zone) for r in rules)
        inside = sum(_occurrences(r, max(begins_at, start), end, zone) for r in rules)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError):
        return 0, 0  # an unreadable rule: the expansion reports it
    return steps, inside


def _occurrences(rule: Any, from_at: datetime, to_at: datetime, zone: ZoneInfo) -> int:
    """At most how many times ``rule`` occurs between ``from_at`` and ``to_at``."""
    period = _PERIODS.get(str(_first(rule.get("FREQ")) or "").upper())
    if period is None:
        return 0
    until = _first(rule.get("UNTIL"))
    if isinstance(until, date):
        to_at = min(to_at, _aware(until, zone))
    if to_at < from_at:
        return 0
    interval = max(1, int(str(_first(rule.get("INTERVAL")) or 1)))
    per_period = 1
    for part in _BY_PARTS:
        per_period *= max(1, len(_as_list(rule.get(part))))
    bound = ((to_at - from_at) // (period * interval) + 1) * per_period
    count = _first(rule.get("COUNT"))
    return min(bound, int(str(count))) if count is not None else bound


def _split_singles(
    cal: icalendar.Calendar,
) -> tuple[list[icalendar.cal.Component], list[icalendar.cal.Component]]:
    """(lone VEVENTs, everything else). Repeated UIDs stay with the library, which keeps the
    highest SEQUENCE of them."""
    counts = Counter(str(c["UID"]) for c in cal.subcomponents if c.name == "VEVENT")
    singles, rest = [], []
    for component in cal.subcomponents:
        lone = component.name == "VEVENT" and counts[str(component["UID"])] == 1
        if lone and not any(name in component for name in _RECURRING):
            singles.append(component)
        else:
            rest.append(component)
    return singles, rest


def _single_overlaps(
    component: icalendar.cal.Component, start: datetime, end: datetime, zone: ZoneInfo
) -> bool:
    try:
        begins = _start_of(component)
        begins_at = _aware(begins, zone)
        ends_at = max(_aware(_end_of(component, begins), zone), begins_at)
    except Exception:  # an unreadable time: let the conversion report it
        return True
    return begins_at < end and (ends_at > start or begins_at >= start)


def _series(components: list[icalendar.cal.Component]) -> list[list[icalendar.cal.Component]]:
    """The VEVENTs grouped by UID: a master and its overrides expand together."""
    groups: dict[str, list[icalendar.cal.Component]] = {}
    for component in components:
        if component.name == "VEVENT":
            groups.setdefault(str(component["UID"]), []).append(component)
    return list(groups.values())


def _expand_halves(
    series: list[list[icalendar.cal.Component]],
    start: datetime,
    end: datetime,
    report: _Reporter,
) -> Iterator[icalendar.cal.Component]:
    """Expand groups of series, halving a group that fails until the bad series is alone."""
    if not series:
        return
    part = icalendar.Calendar()
    part.subcomponents = [c for group in series for c in group]
    try:
        yield from list(recurring_ical_events.of(part).between(start, end))
        return
    except Exception as e:  # as above: no common base class to catch
        if len(series) == 1:
            yield from _without_rules(series[0], start, end, e, report)
            return
    middle = len(series) // 2
    yield from _expand_halves(series[:middle], start, end, report)
    yield from _expand_halves(series[middle:], start, end, report)


def _without_rules(
    series: list[icalendar.cal.Component],
    start: datetime,
    end: datetime,
    error: Exception,
    report: _Reporter,
) -> Iterator[icalendar.cal.Component]:
    """A series that cannot be expanded, read without its RRULE (its DTSTART, its RDATEs and
    overrides); dropped when even that fails. Either way reported."""
    uid = str(series[0]["UID"])
    why = _clip(f"{type(error).__name__}: {error}")
    if any("RRULE" in c for c in series):
        for component in series:
            component.pop("RRULE", None)
        part = icalendar.Calendar()
        part.subcomponents = series
        try:
            found = list(recurring_ical_events.of(part).between(start, end))
        except Exception:  # noqa: BLE001 - reported as the series' loss below
            pass
        else:
            report.warning(
                uid, f"its recurrence cannot be read ({why}); only its own dates are read"
            )
            yield from found
            return
    report.dropped(uid, f"the series could not be expanded: {why}")


# --------------------------------------------------------------------------- 4. convert


@dataclass(frozen=True)
class _Context:
    zone: ZoneInfo
    default_tz: str
    calendar: str
    recurring: set[str]
    shifts: dict[tuple[str, date], timedelta]


def _convert(
    occurrences: Iterable[icalendar.cal.Component], context: _Context, report: _Reporter
) -> Iterator[Event]:
    attendees = _AttendeeCache()
    for occurrence in occurrences:
        try:
            yield _event(occurrence, context, attendees)
        except Exception as e:  # one odd occurrence must not stop the calendar
            report.dropped(str(occurrence.get("UID")), f"the event could not be read: {e}")


def _event(occ: icalendar.cal.Component, context: _Context, people: _AttendeeCache) -> Event:
    start_raw = _start_of(occ)
    all_day = not isinstance(start_raw, datetime)
    tz = _event_tz(start_raw, context.default_tz)
    zone = context.zone if tz == context.default_tz else ZoneInfo(tz)
    start_at = _aware(start_raw, context.zone).astimezone(zone)
    end_at = max(_aware(_end_of(occ, start_raw), context.zone).astimezone(zone), start_at)
    uid = str(occ["UID"])
    description, html = _description(occ)
    return Event(
        uid=uid,
        start_at=start_at,
        end_at=end_at,
        tz=tz,
        summary=clipped(_text(occ, "SUMMARY"), MAX_TITLE),
        description=description,
        location=_text(occ, "LOCATION"),
        recurrence_id=_recurrence_id(occ, start_raw, context) if uid in context.recurring else None,
        all_day=all_day,
        organizer=people.get(occ.get("ORGANIZER")),
        attendees=tuple(a for a in map(people.get, _as_list(occ.get("ATTENDEE"))) if a),
        status=(_text(occ, "STATUS") or "confirmed").lower(),
        calendar=context.calendar,
        sequence=_sequence(occ),
        html_description=html,
    )


def _start_of(occ: icalendar.cal.Component) -> date:
    value = getattr(occ["DTSTART"], "dt", None)
    if not isinstance(value, date):
        raise ValueError(f"DTSTART is {type(value).__name__}, not a date or date-time")
    return value


def _event_tz(start: date, default_tz: str) -> str:
    """The IANA zone local dates are counted in: the event's own, else the user's.

    UTC, floating and all-day times say nothing about where the event happens, so the
    user's local day is the one that matters.
    """
    key = getattr(getattr(start, "tzinfo", None), "key", None)
    if not key or key in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        return default_tz
    return str(key)


def _aware(value: date, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(), tzinfo=zone)
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _end_of(occ: icalendar.cal.Component, start: date) -> date:
    """DTEND, else DTSTART + DURATION, else a day for a date and nothing for a time."""
    end = occ.get("DTEND")
    if end is not None and not isinstance(end, (vBroken, list)):
        return _same_kind(end.dt, start)
    duration = occ.get("DURATION")
    if isinstance(duration, vBroken):
        duration = None  # reported as ignored when the event was repaired
    if duration is not None and isinstance(getattr(duration, "dt", None), timedelta):
        return start + duration.dt
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _same_kind(end: date, start: date) -> date:
    """An end of the start's kind: mixed date/date-time pairs exist in the wild."""
    if isinstance(start, datetime) or not isinstance(end, datetime):
        return end
    return end.date() if end.date() > start else start + timedelta(days=1)


def _recurrence_id(occ: icalendar.cal.Component, start: date, context: _Context) -> str:
    """The occurrence's original start as ISO-8601 text: UTC for times, the date for all-day.

    recurring-ical-events gives every occurrence a RECURRENCE-ID: the original start for a
    plain occurrence, the file's value for an override (whose own zone may differ, hence UTC).
    An occurrence moved by a RANGE=THISANDFUTURE override gets its own original start back.
    """
    prop = occ.get("RECURRENCE-ID")
    original = prop.dt if prop is not None and not isinstance(prop, vBroken) else start
    if prop is not None and _this_and_future(prop):
        shift = context.shifts.get((str(occ["UID"]), _rid_key(original, context.zone)))
        if shift is not None:
            original = start - shift
    if isinstance(original, datetime) and not isinstance(start, datetime):
        # Exchange writes a date-time RECURRENCE-ID for an all-day series: its local date.
        original = original.date()
    if not isinstance(original, datetime):
        return original.isoformat()
    return _aware(original, context.zone).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _description(occ: icalendar.cal.Component) -> tuple[str, bool]:
    """The plain DESCRIPTION when there is one, else Outlook's HTML X-ALT-DESC."""
    plain = clipped(_text(occ, "DESCRIPTION"), MAX_DESCRIPTION)
    if plain:
        return plain, bool(_HTML.search(plain))
    alt = _first(occ.get("X-ALT-DESC"))
    if alt is not None and "html" in str(getattr(alt, "params", {}).get("FMTTYPE", "")).lower():
        return clipped(str(alt).strip(), MAX_DESCRIPTION), True
    return "", False


def _text(occ: icalendar.cal.Component, name: str) -> str:
    value = _first(occ.get(name))
    return "" if value is None else str(value).strip()


def _sequence(occ: icalendar.cal.Component) -> int:
    try:
        return int(str(_first(occ.get("SEQUENCE")) or 0))
    except (TypeError, ValueError):
        return 0


class _AttendeeCache:
    """Attendees converted once per property object.

    recurring-ical-events copies a series' components per occurrence but shares their
    property values, so a weekly series with five guests converts five, not five per week.
    The cache keeps each property alive, so its ``id`` cannot be reused while cached.
    """

    def __init__(self) -> None:
        self._seen: dict[int, tuple[object, Attendee | None]] = {}

    def get(self, prop: object) -> Attendee | None:
        prop = _first(prop)
        if prop is None:
            return None
        hit = self._seen.get(id(prop))
        if hit is None:
            hit = (prop, _attendee(str(prop), getattr(prop, "params", {})))
            self._seen[id(prop)] = hit
        return hit[1]


def _attendee(value: str, params: Callable[..., object] | dict[str, object]) -> Attendee | None:
    get = params.get  # type: ignore[union-attr]
    email = _email(value) or _email(str(get("EMAIL") or ""))
    name = _common_name(get("CN"))
    if name and email and name.lower() == email:
        name = None  # Google and Apple repeat the address as the name: it says nothing more
    if email is None and name is None:
        return None
    cutype = str(get("CUTYPE") or "").upper()
    role = str(get("ROLE") or "").upper()
    return Attendee(
        email=email,
        name=name,
        response=_RESPONSES.get(str(get("PARTSTAT") or "").upper(), "needsAction"),
        resource=cutype in ("RESOURCE", "ROOM"),
        optional=role in ("OPT-PARTICIPANT", "NON-PARTICIPANT"),
        group=cutype == "GROUP",
    )


def _email(value: str) -> str | None:
    # mailto: and its ?subject=... parameters, folding's white space, IDN domains, a list
    # ("a@x,b@y") or a display form ("x <a@y>"): agent.addresses, the one rule for addresses.
    return canonical(value)


def _common_name(value: object) -> str | None:
    """The CN parameter as one name: a comma splits an unquoted value into a list
    (``CN=Doe, Jane``), which is still one person's name."""
    parts = value if isinstance(value, list) else [value]
    name = ", ".join(str(p).strip().strip('"').strip() for p in parts if p is not None)
    return name.strip(", ") or None


def _first(value: object) -> object:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]

"""Every number of the advice in one table: when each follow-up falls due, and when it is too late.

Each field of ``Policy`` is one row: the config key that sets it (CONTRACT.md), its default as a
user writes it, its type and what it means. Everything else is derived from this table: the
defaults of ``Policy()``, the ``policy`` keys of the config spec (type, doc and default, hence
``config.example.yaml``), the policy lines of ``followup init``'s starter file, and the reason
texts that quote a number (``thank_you_reason``). ``tests/test_policy.py`` fails when a decision
module writes one of these numbers itself.

The value types (``ValueKind``) say how a written value is read; the config reads every policy key,
and a few others (``drafts.html``, ``calendar.window``), with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import time, timedelta
from typing import Any, Generic, TypeVar, cast

from agent.durations import (
    BusinessDays,
    DaySpan,
    parse_day_span,
    parse_days,
    parse_duration,
    spoken_duration,
)

T = TypeVar("T")
S = TypeVar("S", timedelta, DaySpan)

#: A default as the user writes it in YAML: ``"48h"``, ``2``, ``true``, ``[mon, tue]``, ``"09:00"``.
Written = str | int | bool | list[str]


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True)
class ValueKind(Generic[T]):
    """A type of setting: its name in messages, and how a written value is read (a
    ``ValueError`` whose message is meant for the user when it cannot be)."""

    name: str
    read: Callable[[object], T]


def shown(value: object) -> str:
    """``value`` as a message quotes it: text in quotes, anything else as YAML."""
    return repr(value) if isinstance(value, str) else yaml_text(value)


def yaml_text(value: object) -> str:
    """``value`` as one line of YAML, e.g. ``[mon, tue]``, ``'09:00'``, ``true``."""
    import yaml  # only to show a value: deciding needs no YAML

    text = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=10_000)
    return text.removesuffix("\n").removesuffix("\n...").strip()


def _positive(read: Callable[[object], S]) -> Callable[[object], S]:
    def positive(value: object) -> S:
        result = read(value)
        empty = result.days == 0 if isinstance(result, BusinessDays) else result <= timedelta(0)
        if empty:
            raise ValueError(f"{shown(value)}: must be longer than zero")
        return result

    return positive


def read_time(value: object) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d\d)", value.strip()) if isinstance(value, str) else None
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f'{shown(value)} is not a time of day: write "HH:MM", e.g. "09:00"')
    return time(int(match[1]), int(match[2]))


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAMES = {name: i for names in (WEEKDAYS, _FULL_WEEKDAYS) for i, name in enumerate(names)}


def _weekday(value: object) -> int:
    name = value.strip().lower() if isinstance(value, str) else None
    if name not in _WEEKDAY_NAMES:
        raise ValueError(f"{shown(value)} is not a day: use {', '.join(WEEKDAYS)}")
    return _WEEKDAY_NAMES[name]


def read_weekdays(value: object) -> frozenset[int]:
    """A list of day names (a single name counts as a list of one) -> weekday numbers, Monday 0."""
    items = value if isinstance(value, list) else [value]
    days, errors = set(), []
    for i, item in enumerate(items):
        try:
            days.add(_weekday(item))
        except ValueError as e:
            errors.append(f"item {i + 1}: {e}" if len(items) > 1 else str(e))
    if errors:
        raise ValueError("; ".join(errors))
    if not days:
        raise ValueError("give at least one working day")
    return frozenset(days)


def read_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{shown(value)}: expected true or false")
    return value


#: The largest count a key takes (``policy.check_in.max``): more is a typing mistake, and the
#: planner lays out every one.
MOST = 100


def read_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MOST:
        raise ValueError(f"{shown(value)}: expected a whole number from 0 to {MOST}")
    return value


DURATION = ValueKind("duration (m, h, d, w)", parse_duration)
POSITIVE_DURATION = ValueKind("duration (m, h, d, w), above zero", _positive(parse_duration))
DAYS = ValueKind("duration in days (d, w)", parse_days)
POSITIVE_DAYS = ValueKind("duration in days (d, w), above zero", _positive(parse_days))
#: Days, weeks, or business days ("3 business days": the working days, skipping the others).
DAY_SPAN = ValueKind("days, weeks or business days", parse_day_span)
POSITIVE_DAY_SPAN = ValueKind("days, weeks or business days, above zero", _positive(parse_day_span))
TIME = ValueKind('time of day "HH:MM"', read_time)
WEEKDAY_LIST = ValueKind("list of days (mon..sun)", read_weekdays)
BOOL = ValueKind("true or false", read_bool)
COUNT = ValueKind(f"whole number, 0 to {MOST}", read_count)


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Row:
    """One number of the advice: the ``Policy`` field, its config key, default, type, meaning."""

    field: str
    key: str
    default: Written
    kind: ValueKind[Any]
    meaning: str

    @property
    def value(self) -> Any:
        """The default, read."""
        return self.kind.read(self.default)


_ROW = "policy row"


def _row(key: str, default: Written, kind: ValueKind[T], meaning: str) -> T:
    """A field of ``Policy`` whose default is ``default`` read as ``kind``; the rest of the row
    rides along in the field's metadata."""
    made = field(default=kind.read(default), metadata={_ROW: (key, default, kind, meaning)})
    return cast(T, made)


@dataclass(frozen=True)
class Policy:
    """When follow-ups fall due: one field per number of the advice (config ``policy``)."""

    # fmt: off
    thank_you_delay: timedelta = _row(
        "policy.thank_you.delay", "1h", DURATION,
        "How long after the interview ends it is drafted.")
    thank_you_deadline: timedelta = _row(
        "policy.thank_you.deadline", "48h", DURATION,
        "No thank-you is drafted once the interview ended longer ago than this.")
    thank_you_unsent_after: timedelta = _row(
        "policy.thank_you.unsent_after", "24h", DURATION,
        "A thank-you still unsent this long after the interview is listed in the morning "
        "digest and in status (past the deadline: overdue, until sent or deleted).")
    status_check_grace: DaySpan = _row(
        "policy.status_check.grace", "1w", DAY_SPAN,
        "Days to wait after the date the company said it would answer (or business days: "
        "\"3 business days\" skips the days that are not working days).")
    default_timeline: DaySpan = _row(
        "policy.status_check.default_timeline", "2w", DAY_SPAN,
        "The timetable assumed when the company stated none, counted from the interview.")
    check_in_every: DaySpan = _row(
        "policy.check_in.every", "2w", POSITIVE_DAY_SPAN,
        "Time between check-ins.")
    check_in_max: int = _row(
        "policy.check_in.max", 2, COUNT,
        "How many check-ins at most (0: none).")
    working_days: frozenset[int] = _row(
        "policy.working_hours.days", ["mon", "tue", "wed", "thu", "fri"], WEEKDAY_LIST,
        "Working days: mon, tue, wed, thu, fri, sat, sun.")
    working_start: time = _row(
        "policy.working_hours.start", "09:00", TIME,
        "Start of the working day, in me.timezone.")
    reminder_enabled: bool = _row(
        "policy.reminder.enabled", True, BOOL,
        "Set to false for no morning digest (status still lists what needs you).")
    reminder_at: time = _row(
        "policy.reminder.at", "08:00", TIME,
        "When the digest falls due, in me.timezone.")
    stale_after: timedelta = _row(
        "policy.stale_after", "60d", DAYS,
        "A process first seen when older than this is closed, with no drafts.")
    missing_reads: int = _row(
        "policy.missing.reads", 3, COUNT,
        "An event absent from this many complete reads of its calendar is gone (its follow-ups "
        "cancelled); until then its due drafts are held.")
    missing_span: timedelta = _row(
        "policy.missing.span", "24h", DURATION,
        "The time those reads must span at least.")
    series_gap: timedelta = _row(
        "policy.limits.series_gap", "12h", DURATION,
        "A series whose occurrences are closer together than this is not an interview process.")
    max_recipients: int = _row(
        "policy.limits.recipients", 15, COUNT,
        "Thank-yous drafted at most for one interview; the rest are held until released.")
    max_drafts_per_pass: int = _row(
        "policy.limits.drafts_per_pass", 30, COUNT,
        "Drafts written at most in one pass; the rest are held until released.")
    past_due: timedelta = _row(
        "policy.limits.past_due", "24h", DURATION,
        "With no record of what was drafted before (a new or lost state), a follow-up that "
        "fell due longer ago than this is skipped until released.")
    cards_listed: timedelta = _row(
        "policy.cards.listed", "7d", DAYS,
        "How long after an interview `status` lists its handwritten cards to write.")
    # fmt: on


#: The table, in order: one ``Row`` per field of ``Policy``.
TABLE: tuple[Row, ...] = tuple(Row(f.name, *f.metadata[_ROW]) for f in fields(Policy))
ROWS_BY_KEY: dict[str, Row] = {row.key: row for row in TABLE}


def policy_from(values: dict[str, Any]) -> Policy:
    """A ``Policy`` from values read for each config key (``{"policy.check_in.max": 3, ...}``)."""
    return Policy(**{row.field: values[row.key] for row in TABLE if row.key in values})


# --------------------------------------------------------------------------- texts


def thank_you_reason(policy: Policy) -> str:
    """Why a thank-you is planned: "thank you within 48 hours"."""
    return f"thank you within {spoken_duration(policy.thank_you_deadline)}"


def written(row: Row) -> str:
    """The default as CONTRACT.md writes it: ``48h``, ``2``, ``true``, ``[mon, tue]``,
    ``"09:00"`` (a time in quotes, so YAML does not read it as a number)."""
    value = row.default
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    if row.kind is TIME:
        return f'"{value}"'
    return str(value)


def starter_lines() -> list[str]:
    """The ``policy`` block of a starter config, each section on one line, every default shown:
    ``thank_you: {delay: 1h, deadline: 48h}``."""
    lines: dict[str, str] = {}  # top-level name under policy -> its line
    for row in TABLE:
        section, _, name = row.key.removeprefix("policy.").rpartition(".")
        if not section:
            lines[name] = f"{name}: {written(row)}"
        elif section in lines:
            lines[section] = lines[section][:-1] + f", {name}: {written(row)}}}"
        else:
            lines[section] = f"{section}: {{{name}: {written(row)}}}"
    return list(lines.values())

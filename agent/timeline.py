"""When did the company say it would answer? ``parse_timeline`` turns a sentence into a date.

The conventions are those of ``shared/eval/CONVENTIONS.md`` part A: every count starts from D, the
local calendar date of the interview's end in its own zone; ranges take their upper bound; business
days skip Saturday and Sunday only; a bare weekday is strictly after D; distractors (offer
deadlines, start dates, notice periods, take-home deadlines, the candidate's own promises) are
ignored; vague words give None. With several promises the earliest wins, unless a later correction
replaces them. English, German and Spanish.

The text is matched after ``textscan.fold`` (lower case without accents, one character per
character), so match positions map straight back onto the original and ``Timeline.phrase`` is
the user's wording.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from agent.textscan import by_first_letter, fold


@dataclass(frozen=True)
class Timeline:
    """The date the company said it would answer, and the words that said it."""

    answer_date: date
    phrase: str


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    day: date | None  # None: an anchor-relative phrase ("the day after") resolved later
    kind: str = "promise"  # promise | relative


# --------------------------------------------------------------------------- vocabularies

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "ein paar": 3,
    "paar": 3, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "un par de": 2, "par de": 2,
    "unos": 3, "unos pocos": 3, "unas": 3, "unas pocas": 3, "pocos": 3,
}  # fmt: skip
#: The number words and digits a span starts with, in the order they are tried.
_NUM_ALTERNATIVES = (
    r"\d{1,3}", "a couple of", "a couple", "couple of", "couple", "a few", "few", "ein paar",
    "un par de", "unos pocos", "unas pocas", "unos", "unas", "an", "a", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "einer", "einem", "einen", "eine", "ein", "zwei", "drei", "vier", "funf", "sechs", "sieben",
    "acht", "neun", "zehn", "una", "uno", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete",
    "ocho", "nueve", "diez",
)  # fmt: skip


_NUM = by_first_letter(_NUM_ALTERNATIVES)
_RANGE_SEP = r"\s*(?:-|to|or|bis|oder|o|a|y|und)\s*"

_WEEKDAYS = {
    "monday": 0, "mon": 0, "montag": 0, "lunes": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "dienstag": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "mittwoch": 2, "miercoles": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "donnerstag": 3, "jueves": 3,
    "friday": 4, "fri": 4, "freitag": 4, "viernes": 4,
    "saturday": 5, "samstag": 5, "sabado": 5, "sonnabend": 5,
    "sunday": 6, "sonntag": 6, "domingo": 6,
}  # fmt: skip
_WD = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"

_MONTHS = {
    "january": 1, "jan": 1, "januar": 1, "janner": 1, "enero": 1,
    "february": 2, "feb": 2, "februar": 2, "febrero": 2,
    "march": 3, "mar": 3, "marz": 3, "marzo": 3,
    "april": 4, "apr": 4, "abril": 4,
    "may": 5, "mai": 5, "mayo": 5,
    "june": 6, "jun": 6, "juni": 6, "junio": 6,
    "july": 7, "jul": 7, "juli": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8,
    "september": 9, "sep": 9, "sept": 9, "septiembre": 9, "setiembre": 9,
    "october": 10, "oct": 10, "oktober": 10, "okt": 10, "octubre": 10,
    "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "dezember": 12, "dez": 12, "diciembre": 12,
}  # fmt: skip
_MON = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

#: A weekday naming an explicit date ("Friday, January 8", "Thursday 8 January") is part of
#: that date, not a second, earlier promise.
_WEEKDAY_LABEL = r"(?:\b" + _WD + r",?\s+(?:the\s+)?)?"

_NEXT_WEEK = (
    r"(?:next week|nachste woche|nachsten woche|nachster woche|la proxima semana|proxima semana|"
    r"la semana que viene|semana que viene)"
)


# --------------------------------------------------------------------------- date arithmetic


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _next_week_day(d: date, weekday: int) -> date:
    """That weekday in the Mon-Sun week after D's (for a weekend D: the coming week)."""
    return _monday(d) + timedelta(days=7 + weekday)


def _after_weekday(d: date, weekday: int) -> date:
    """The first such weekday strictly after D."""
    return d + timedelta(days=(weekday - d.weekday() - 1) % 7 + 1)


def _business_days(d: date, n: int) -> date:
    day = d
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _next_occurrence(d: date, month: int, day: int) -> date | None:
    """A year-less date at its next occurrence on or after D."""
    for year in (d.year, d.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= d:
            return candidate
    return None


def _day_number_after(d: date, day: int) -> date | None:
    """The first date strictly after D whose day of the month is ``day``."""
    year, month = d.year, d.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if candidate > d:
                return candidate
        year, month = _add_months(date(year, month, 1), 1)
    return None


def _number(text: str) -> int:
    text = " ".join(text.split())
    return int(text) if text.isdigit() else _NUMBER_WORDS.get(text, 0)


# --------------------------------------------------------------------------- rules

Resolver = Callable[[re.Match[str], date, bool], date | None]


def _span(m: re.Match[str], d: date, _americas: bool) -> date | None:
    n = max(_number(m["n"]), _number(m["n2"] or "0"), _number(m["n3"] or "0"))
    unit = m["unit"]
    if n <= 0:
        return None
    if unit.startswith(("bus", "biz", "bd", "work", "werk", "arbeits", "dias hab", "dias lab")):
        return _business_days(d, n)
    if unit.startswith(("working week", "business week")):
        return _business_days(d, 5 * n)
    if unit.startswith(("w", "sem")):
        return d + timedelta(days=7 * n)
    if unit.startswith(("h", "stund", "hora")):
        return d + timedelta(days=n // 24) if n % 24 == 0 else None
    return d + timedelta(days=n)


def _fixed(days: int) -> Resolver:
    return lambda _m, d, _a: d + timedelta(days=days)


def _this_friday(_m: re.Match[str], d: date, _a: bool) -> date:
    return d if d.weekday() == 4 else _after_weekday(d, 4)


def _next_week(weekday: int) -> Resolver:
    return lambda _m, d, _a: _next_week_day(d, weekday)


def _weekday_next_week(m: re.Match[str], d: date, _a: bool) -> date:
    days = [_WEEKDAYS[w] for w in (m["wd"], m["wd2"]) if w]
    return _next_week_day(d, max(days))


def _next_weekday(m: re.Match[str], d: date, _a: bool) -> date:
    return _next_week_day(d, _WEEKDAYS[m["wd"]])


def _bare_weekday(m: re.Match[str], d: date, _a: bool) -> date:
    return _after_weekday(d, _WEEKDAYS[m["wd"]])


def _month_end_rule(offset: int) -> Resolver:
    def resolve(_m: re.Match[str], d: date, _a: bool) -> date:
        return _month_end(*_add_months(d, offset))

    return resolve


def _mid_month(_m: re.Match[str], d: date, _a: bool) -> date:
    if d.day < 15:
        return d.replace(day=15)
    year, month = _add_months(d, 1)
    return date(year, month, 15)


def _mid_named(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, _MONTHS[m["mon"].rstrip(".")], 15)


def _early_next_month(_m: re.Match[str], d: date, _a: bool) -> date:
    year, month = _add_months(d, 1)
    return date(year, month, 7)


def _early_named(m: re.Match[str], d: date, _a: bool) -> date | None:
    month = _MONTHS[m["mon"].rstrip(".")]
    seventh = _next_occurrence(d, month, 7)
    if seventh is None or (d.month == month and d.day > 7):
        return seventh
    return seventh


def _quarter_end(_m: re.Match[str], d: date, _a: bool) -> date:
    last_month = (d.month - 1) // 3 * 3 + 3
    return _month_end(d.year, last_month)


def _christmas(_m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, 12, 24)


def _between_years(_m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, 12, 31)


def _iso_week(m: re.Match[str], d: date, _a: bool) -> date | None:
    week = int(m["week"])
    for year in (d.year, d.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= d:
            return friday
    return None


def _iso_date(m: re.Match[str], _d: date, _a: bool) -> date | None:
    try:
        return date(int(m["y"]), int(m["mo"]), int(m["dd"]))
    except ValueError:
        return None


def _with_year(m: re.Match[str], month: int, day: int, d: date) -> date | None:
    year = m["y"] if "y" in m.groupdict() else None
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, month, day)
        except ValueError:
            return None
    return _next_occurrence(d, month, day)


def _numeric_date(m: re.Match[str], d: date, americas: bool) -> date | None:
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." and not m["y"] and m[0].count(".") < 2:
        return None  # "3.5" is a number, "15.12." a date
    if m["sep"] == "." or a > 12:
        day, month = a, b
    elif b > 12:
        month, day = a, b
    else:
        month, day = (a, b) if americas else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _with_year(m, month, day, d)


def _month_day(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _with_year(m, _MONTHS[m["mon"].rstrip(".")], int(m["dd"]), d)


def _day_only(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _day_number_after(d, int(m["dd"]))


_SPAN_UNIT = (
    r"(?P<unit>business days?|business weeks?|working weeks?|working days?|biz days?|bd|"
    r"werktagen|werktage|werktag|arbeitstagen|arbeitstage|arbeitstag|dias habiles|dias laborables|"
    r"days?|weeks?|wks?|hours?|hrs?|h|tagen|tage|tag|wochen|woche|stunden|stunde|dias|dia|"
    r"semanas|semana|horas|hora)"
)

_RULES: list[tuple[re.Pattern[str], Resolver]] = [
    # relative days first: "the day after tomorrow" must beat "tomorrow"
    (re.compile(r"\b(?:the day after tomorrow|ubermorgen|pasado manana)\b"), _fixed(2)),
    (
        re.compile(
            r"\b(?:tomorrow|(?<!guten )morgen(?! fruh\b)(?!s\b)|(?<!la )(?<!por la )manana)\b"
        ),
        _fixed(1),
    ),
    (re.compile(r"\b(?:eod|end of (?:the )?day|cob|close of business)\b"), _fixed(0)),
    (re.compile(r"\b(?:today(?!'s)|heute|hoy)\b"), _fixed(0)),
    # spans: "within 5-7 business days", "in a week or two", "dos o tres semanas", "48h"
    (
        re.compile(
            r"(?<![\w:/.])(?P<n>"
            + _NUM
            + r")(?:"
            + _RANGE_SEP
            + r"(?P<n2>"
            + _NUM
            + r"))?\s*-?\s*"
            + _SPAN_UNIT
            + r"(?:\s+(?:or|o|oder)\s+(?P<n3>two|three|zwei|drei|dos|tres|so))?\b"
        ),
        _span,
    ),
    (re.compile(r"\b(?:a|one|within a|in a)\s+fortnight\b"), _fixed(14)),
    # weeks
    (
        re.compile(
            r"\b(?:early|beginning of|start of|anfang|a principios de|principios de) (?:the )?"
            + _NEXT_WEEK
            + r"\b"
        ),
        _next_week(1),
    ),
    (
        re.compile(
            r"\b(?:mid|middle of|mitte|a mediados de|mediados de)[ -](?:the )?" + _NEXT_WEEK + r"\b"
        ),
        _next_week(2),
    ),
    (
        re.compile(
            r"\b(?P<wd>"
            + _WD
            + r")(?:\s*(?:,|or|oder|o|y|and|und|/)\s*(?P<wd2>"
            + _WD
            + r"))?\s+(?:of\s+)?"
            + _NEXT_WEEK
            + r"\b"
        ),
        _weekday_next_week,
    ),
    (re.compile(r"\b" + _NEXT_WEEK + r",?\s+(?:on\s+)?(?P<wd>" + _WD + r")\b"), _weekday_next_week),
    (
        re.compile(
            r"(?:\b(?:end of|late|by end of|ende|a finales de|finales de|a fin de|fin de)\s*(?:the )?)?"
            + _NEXT_WEEK
            + r"\b"
        ),
        _next_week(4),
    ),
    (
        re.compile(
            r"\b(?:end of (?:the |this )?week|end of week|eow|this week|before the weekend|"
            r"ende der woche|ende dieser woche|diese woche|vor dem wochenende|esta semana|"
            r"a finales de (?:la |esta )?semana|fin de semana)\b"
        ),
        _this_friday,
    ),
    (
        re.compile(
            r"\b(?:next|nachsten|nachster|nachste|el proximo|la proxima|proximo|proxima) (?P<wd>"
            + _WD
            + r")\b"
        ),
        _next_weekday,
    ),
    # months and named periods
    (
        re.compile(
            r"\b(?:end of next month|ende nachsten monats|ende des nachsten monats|"
            r"a finales del (?:mes que viene|proximo mes))\b"
        ),
        _month_end_rule(1),
    ),
    (
        re.compile(
            r"\b(?:end of (?:the |this )?month|month[- ]end|end of month|eom|ende des monats|"
            r"monatsende|ende (?:dieses|diesen) monats|a finales de mes|finales de mes|"
            r"a finales de este mes|fin de mes|final de mes)\b"
        ),
        _month_end_rule(0),
    ),
    (
        re.compile(
            r"\b(?:mid-month|mid month|middle of (?:the |this )?month|mitte des monats|"
            r"mitte (?:dieses|diesen) monats|a mediados de mes|mediados de mes|a mediados de este mes)\b"
        ),
        _mid_month,
    ),
    (
        re.compile(
            r"\b(?:mid-|mid |middle of |mitte |a mediados de |mediados de )(?P<mon>"
            + _MON
            + r")(?!\w)"
        ),
        _mid_named,
    ),
    (
        re.compile(
            r"\b(?:early next month|beginning of next month|start of next month|"
            r"anfang (?:des )?nachsten monats|a principios del (?:mes que viene|proximo mes))\b"
        ),
        _early_next_month,
    ),
    (
        re.compile(
            r"\b(?:first week of|early|beginning of|anfang|a principios de|principios de) (?P<mon>"
            + _MON
            + r")(?!\w)"
        ),
        _early_named,
    ),
    (
        re.compile(
            r"\b(?:end of (?:the |this )?quarter|quarter[- ]end|quartalsende|ende des quartals)\b"
        ),
        _quarter_end,
    ),
    (re.compile(r"\b(?:before christmas|vor weihnachten|antes de navidad)\b"), _christmas),
    (re.compile(r"\bzwischen den jahren\b"), _between_years),
    (re.compile(r"\b(?:ende )?(?:kw|calendar week|cw)\s*(?P<week>\d{1,2})\b"), _iso_week),
    # explicit dates
    (re.compile(r"(?<![\d.])(?P<y>20\d\d)-(?P<mo>\d{1,2})-(?P<dd>\d{1,2})(?!\d)"), _iso_date),
    (
        re.compile(
            r"(?<![\d./:])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>20\d\d|\d\d)?)?(?![\d/:])"
        ),
        _numeric_date,
    ),
    (
        re.compile(
            _WEEKDAY_LABEL
            + r"\b(?P<mon>"
            + _MON
            + r")\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>20\d\d))?(?![\d:])"
        ),
        _month_day,
    ),
    (
        re.compile(
            _WEEKDAY_LABEL
            + r"(?<![\d.])(?P<dd>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<mon>"
            + _MON
            + r")(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?(?!\w)"
        ),
        _month_day,
    ),
    (re.compile(r"\b(?:(?:" + _WD + r"),?\s+)?the (?P<dd>\d{1,2})(?:st|nd|rd|th)\b"), _day_only),
    (
        re.compile(
            r"\b(?:el|am|den) (?P<dd>\d{1,2})\.?(?=[\s,.;!?]|$)(?!\s*(?:de\s+)?" + _MON + r")"
        ),
        _day_only,
    ),
    (re.compile(r"\b(?P<wd>" + _WD + r")\b"), _bare_weekday),
]

# Which cheap flag a rule needs (same order as _RULES): a rule whose flag is off cannot match,
# so most of the thirty scans are skipped on ordinary text (detection must run at 10,000/s).
_GATES = (
    "after_tomorrow", "tomorrow", "eod", "today", "span", "misc", "next_week", "next_week",
    "next_week", "next_week", "next_week", "week", "wd", "month", "month", "month", "mon",
    "month", "mon", "misc", "misc", "misc", "kw", "iso", "numdate", "mon", "mon", "ordinal",
    "day_article", "wd",
)  # fmt: skip
# The gates and the trigger below read one pass over the text: its \w+ words and whether it has a
# digit. "\bmes\b" holds exactly when "mes" is one of the words, "\d...", only when a digit is
# there; plain substrings are tested with ``in``. Each flag is exactly its documented regex, only
# cheaper: a handful of set and substring tests instead of fifteen scans of the whole text.
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_MONTH_WORDS = frozenset(_MONTHS)
# the units of (?:days?|wks?|weeks?|hours?|hrs?|h|bd|tage?n?|wochen?|stunden?|dias?|semanas?|horas?)
_SPAN_WORDS = frozenset(
    {
        "day", "days", "wk", "wks", "week", "weeks", "hour", "hours", "hr", "hrs", "h", "bd",
        "tag", "tage", "tagn", "tagen", "woche", "wochen", "stunde", "stunden", "dia", "dias",
        "semana", "semanas", "hora", "horas",
    }
)  # fmt: skip
_NEXT_WEEK_PHRASES = (
    "next week", "nachste woche", "nachsten woche", "nachster woche", "proxima semana",
    "semana que viene",
)  # fmt: skip
_KW = re.compile(r"\b(?:kw|cw|calendar week)\s*\d")
_ISO = re.compile(r"20\d\d-\d")
_DAY_ARTICLE = re.compile(r"\b(?:el|am|den) \d")


class _Scan(NamedTuple):  # a tuple: built for every text, cheaper than a frozen dataclass
    text: str  # folded
    words: frozenset[str]  # its \w+ runs
    digit: bool  # does it hold a \d?
    joined: str  # the words once each, space-separated: a shorter haystack for letters-only needles


# ASCII text's \w+ runs are its runs of letters, digits and "_": blanking every other character
# and splitting on spaces finds them in a fraction of the time of a findall (on bytes, whose
# ``translate`` is a plain table lookup, cheaper than the dict one of ``str.translate``).
_ASCII_NON_WORD = bytes(i if re.fullmatch(r"\w", chr(i)) else 32 for i in range(256))
_ASCII_DIGITS = b"0123456789"  # \d in an ASCII text


def _words(folded: str) -> frozenset[str]:
    """``frozenset(_WORD.findall(folded))``."""
    if folded.isascii():
        return frozenset(folded.encode().translate(_ASCII_NON_WORD).decode().split())
    return frozenset(_WORD.findall(folded))


def _has_digit(folded: str) -> bool:
    """``_DIGIT.search(folded) is not None``: an ASCII text's digits are deleted, not searched."""
    if folded.isascii():
        raw = folded.encode()
        return len(raw.translate(None, _ASCII_DIGITS)) < len(raw)
    return _DIGIT.search(folded) is not None


def _scan(folded: str) -> _Scan:
    words = _words(folded)
    return _Scan(folded, words, _has_digit(folded), " ".join(words))


# The three gates that look just after a digit, in one scan that stops at digits only: the
# lookahead consumes nothing, so every digit is tried, and the group that matched names the gate.
# At one digit the alternatives exclude each other (the next characters differ), so each gate is
# open exactly when its own regex finds a match.
_AFTER_DIGIT = re.compile(
    r"\d(?=(?P<numdate>[/.]\d)|(?P<ordinal>(?:st|nd|rd|th)\b)|"
    r"(?P<span>(?:days?|wks?|weeks?|hours?|hrs?|h|bd|tage?n?|wochen?|stunden?|dias?|semanas?|"
    r"horas?)\b))"
)


def _flags(scan: _Scan) -> set[str]:
    """The names of the gates that are open; each comment is the regex the test equals.

    A needle of letters only lies within one word, so it is sought in ``joined`` (each word once,
    shorter than the text); other needles are sought in the text."""
    text, words, joined = scan.text, scan.words, scan.joined
    flags = set()
    tomorrow = "tomorrow" in joined
    if tomorrow or "ubermorgen" in joined or "pasado" in joined:  # tomorrow|ubermorgen|pasado
        flags.add("after_tomorrow")
    if tomorrow or "morgen" in joined or "manana" in joined:  # tomorrow|morgen|manana
        flags.add("tomorrow")
    # \beod\b|end of (?:the )?day|\bcob\b|close of
    if (
        "eod" in words
        or "cob" in words
        or "end of day" in text
        or "end of the day" in text
        or "close of" in text
    ):
        flags.add("eod")
    if "hoy" in words or "today" in joined or "heute" in joined:  # today|heute|\bhoy\b
        flags.add("today")
    after_digit = {m.lastgroup for m in _AFTER_DIGIT.finditer(text)} if scan.digit else set()
    # (?:\b|\d)(?:days?|wks?|...|horas?)\b|werktag|arbeitstag|biz|business|working
    if (
        not words.isdisjoint(_SPAN_WORDS)
        or "werktag" in joined
        or "arbeitstag" in joined
        or "biz" in joined
        or "business" in joined
        or "working" in joined
        or "span" in after_digit
    ):
        flags.add("span")
    # fortnight|quarter|quartal|christmas|weihnacht|navidad|jahren
    if (
        "fortnight" in joined
        or "quarter" in joined
        or "quartal" in joined
        or "christmas" in joined
        or "weihnacht" in joined
        or "navidad" in joined
        or "jahren" in joined
    ):
        flags.add("misc")
    # \b(?:kw|cw|calendar week)\s*\d
    if (
        scan.digit
        and ("kw" in joined or "cw" in joined or "calendar week" in text)
        and _KW.search(text)
    ):
        flags.add("kw")
    if "week" in joined or "woche" in joined or "semana" in joined:  # week|woche|semana
        flags.add("week")
        # next week|nachste woche|...|semana que viene (_NEXT_WEEK: five of the week rules need it)
        if any(phrase in text for phrase in _NEXT_WEEK_PHRASES):
            flags.add("next_week")
    if "mes" in words or "month" in joined or "monat" in joined:  # month|monat|\bmes\b
        flags.add("month")
    if not words.isdisjoint(_WEEKDAY_WORDS):  # \b(?:monday|...)\b
        flags.add("wd")
    if not words.isdisjoint(_MONTH_WORDS):  # \b(?:january|...)\.?(?!\w)
        flags.add("mon")
    if scan.digit:
        if _ISO.search(text):  # 20\d\d-\d
            flags.add("iso")
        if "numdate" in after_digit:  # \d[/.]\d
            flags.add("numdate")
        if "ordinal" in after_digit:  # \d(?:st|nd|rd|th)\b
            flags.add("ordinal")
        # \b(?:el|am|den) \d
        if not words.isdisjoint(("el", "am", "den")) and _DAY_ARTICLE.search(text):
            flags.add("day_article")
    return flags


# "the day after" / "a day later": relative to an anchor named just before ("back on the 14th")
_RELATIVE = re.compile(
    r"\b(?:the day after|a day later|the next day|am tag danach|al dia siguiente)\b"
)
_RELATIVE_WORDS = frozenset({"day", "danach", "siguiente"})  # one of them is in every phrase

# A sentence without any of these cannot hold a timetable: skip the rules (speed). The trigger is
#   \d | (?:monday|...)\b | \b(?:january|...)\.?(?!\w) | kw|week|woche|...|hour
# tested cheapest part first; only a weekday at the end of a longer word needs a scan.
_TRIGGER_WORDS = (
    "kw", "week", "woche", "semana", "day", "tag", "dia", "month", "monat", "mes", "tomorrow",
    "morgen", "manana", "today", "heute", "hoy", "eod", "cob", "eom", "fortnight", "christmas",
    "weihnacht", "navidad", "jahren", "quarter", "hour",
)  # fmt: skip
_WEEKDAY_AT_WORD_END = re.compile(_WD + r"\b")


def _triggered(scan: _Scan) -> bool:
    if scan.digit or not scan.words.isdisjoint(_MONTH_WORDS):
        return True
    joined = scan.joined  # the trigger words are letters only: each lies within one word
    for needle in _TRIGGER_WORDS:  # noqa: SIM110 (a plain loop: a generator costs more here)
        if needle in joined:
            return True
    return _WEEKDAY_AT_WORD_END.search(scan.text) is not None


# --------------------------------------------------------------------------- context filters

_CLAUSE_BREAK = re.compile(
    r"[;!?\n()]|\.(?=\s|$)|,|:(?=\s)|\s-\s|\b(?:since|because|but|while|although|weil|da|aber|"
    r"porque|pero|aunque)\b"
)
# [;!?\n]|\.(?=\s+[a-z(\"'0-9]|$), written to start with one character class: the search then skips
# to those characters at once instead of trying the pattern at every position. The same match at
# every position: the character is taken, then it is one of ";!?\n", or a "." with that lookahead.
_SENTENCE_BREAK = re.compile(r"[;!?\n.](?:(?<=[;!?\n])|(?<=\.)(?=\s+[a-z(\"'0-9]|$))")

_DISTRACTOR = re.compile(
    r"\b(?:valid|validity|expir\w*|deadline|gultig|caduca\w*|vence\w*|"  # offer deadlines
    r"start|starts|started|starting|start date|begin(?:s|ning)? (?:work|on|in)|empez\w*|comienz\w*|"
    r"incorpor\w*|eintritt\w*|antritt\w*|anfangen|beginnen|"  # start dates
    r"notice|kundigungsfrist\w*|preaviso|"  # notice periods
    r"been open|open for|offen|abiert[oa]|"  # how long the role has been open
    r"availability|available|free|verfugbar\w*|disponib\w*|"  # next-round windows
    r"take-home|take home|assignment|exercise|submission|hausaufgabe|prueba|"  # candidate's deadlines
    r"i promised|i'll send|i will send|i need to|i have to|i must|i owe|i could|told them i|"
    r"reminder|thank-you note|thank you note|note to send|"  # the candidate's own promises
    r"glassdoor|reddit|rumou?r|heard from a friend|"  # hearsay
    r"minutes?|mins?|minuten|minutos|"  # durations of the meeting itself
    r"(?:is|are|'s|was) (?:out|away|off)|out of (?:the )?office|on leave|vacation|urlaub|vacaciones)\b"
)
_ANCHOR = re.compile(
    r"\b(?:back (?:from \w+ )?on|back from \w+|back (?:in|at) (?:the )?office|returns?|returning|"
    r"zuruck am|wieder da am|regresa|vuelve|until|bis zum|hasta)\b"
)
_REQUEST = re.compile(
    r"\b(?:asked (?:them|her|him|for)|i asked|we asked|requested|i want(?:ed)?)\b"
)
_AGREED = re.compile(r"\b(?:agreed|agree|confirmed|said yes|zugesagt|aceptaron)\b")
_NO_COMMIT = re.compile(
    r"\b(?:can't promise|cannot promise|can not promise|couldn't promise|no promises|"
    r"can't commit|cannot commit|won't commit|wouldn't commit|not commit|no guarantee|"
    r"keine zusage|nichts versprechen|no (?:pueden|podemos) prometer)\b"
)
_CORRECTION = re.compile(
    r"\b(?:actually|correct(?:ed|ion)|scratch that|update:|eigentlich|korrigier\w*|"
    r"en realidad|mejor dicho|i mean)\b"
)
# Every _CORRECTION match holds one of these: text without them is not scanned (speed).
_CORRECTION_NEEDLES = (
    "actually", "correct", "scratch that", "update:", "eigentlich", "korrigier", "en realidad",
    "mejor dicho", "i mean",
)  # fmt: skip
_RANGE_OR = re.compile(r"^[\s,'\"]*(?:or|oder|o|bzw\.?|or at the latest)[\s'\"]*$")
# a weekday alone needs a preposition before it or a promise word in its sentence
_WEEKDAY_PREP = re.compile(
    r"(?:\b(?:by|on|until|till|til|before|this|bis|am|vor|para el|el|antes del?)\s+$)"
)
_PROMISE_WORD = re.compile(
    r"\b(?:hear|decid\w*|decision|feedback|update|answer|back|follow|reach|know|contact|respond\w*|"
    r"response|result\w*|news|revert|confirm\w*|call|email|latest|status|outcome|verdict|"
    r"melden|ruckmeldung|entscheid\w*|antwort\w*|bescheid|respuesta|responder\w*|contact\w*|"
    r"noticias|llam\w*|escrib\w*|decisi\w*)"
)


_WD_ONLY = re.compile(_WD)
_BARE_WORD = re.compile(_WD + r"|today|heute|hoy")


#: How far a clause or sentence is looked for on either side of a date. Real sentences are far
#: shorter; the limit keeps a hostile description (one endless "sentence" full of dates) from
#: costing time that grows with the square of its length.
_REACH = 2000


@lru_cache(maxsize=64)  # a hit's clause is wanted twice: is it an anchor, is it a promise
def _bounds(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    """The clause or sentence around ``text[start:end]``: from the break before it to the next."""
    left = max(0, start - _REACH)
    for m in pattern.finditer(text, left, start):
        left = m.end()
    limit = min(len(text), end + _REACH)
    right_match = pattern.search(text, end, limit)
    return left, right_match.start() if right_match else limit


def _clause(text: str, hit: _Hit) -> str:
    left, right = _bounds(_CLAUSE_BREAK, text, hit.start, hit.end)
    return text[left : hit.start] + " " + text[hit.end : right]


def _sentence(text: str, hit: _Hit) -> str:
    left, right = _bounds(_SENTENCE_BREAK, text, hit.start, hit.end)
    return text[left:right]


# --------------------------------------------------------------------------- the parser


def _local_date(end_at: datetime, tz: str) -> date:
    try:
        zone = ZoneInfo(tz)
    except (KeyError, ValueError):
        return end_at.date()
    if end_at.tzinfo is None:
        return end_at.date()
    return end_at.astimezone(zone).date()


def _raw_hits(scan: _Scan, d: date, americas: bool) -> list[_Hit]:
    folded = scan.text
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    flags = _flags(scan)
    for gate, (pattern, resolve) in zip(_GATES, _RULES, strict=True):
        if gate not in flags:
            continue
        for m in pattern.finditer(folded):
            start, end = m.span()
            if start == end or any(s < end and start < e for s, e in taken):
                continue
            day = resolve(m, d, americas)
            if day is None:
                continue
            taken.append((start, end))
            hits.append(_Hit(start, end, day))
    relative = _RELATIVE.finditer(folded) if not scan.words.isdisjoint(_RELATIVE_WORDS) else ()
    for m in relative:
        if not any(s < m.end() and m.start() < e for s, e in taken):
            hits.append(_Hit(m.start(), m.end(), None, "relative"))
    return sorted(hits, key=lambda h: h.start)


def _needs_context(folded: str, hit: _Hit) -> bool:
    """A bare weekday or "today" is a promise only with "by"/"on" before it or a promise word."""
    return _BARE_WORD.fullmatch(folded[hit.start : hit.end]) is not None


def _is_promise(folded: str, hit: _Hit) -> bool:
    clause = _clause(folded, hit)
    if _DISTRACTOR.search(clause):
        return False
    sentence = _sentence(folded, hit)
    if _NO_COMMIT.search(sentence):
        return False
    if _REQUEST.search(sentence) and not _AGREED.search(folded):
        return False
    if _needs_context(folded, hit):
        before = folded[max(0, hit.start - 12) : hit.start]
        context = sentence if _WD_ONLY.fullmatch(folded[hit.start : hit.end]) else clause
        return bool(_WEEKDAY_PREP.search(before) or _PROMISE_WORD.search(context))
    return True


def _is_anchor(folded: str, hit: _Hit) -> bool:
    left, _ = _bounds(_CLAUSE_BREAK, folded, hit.start, hit.end)
    return bool(_ANCHOR.search(folded[left : hit.start]))


def _merge_ranges(folded: str, hits: list[_Hit]) -> list[_Hit]:
    """ "Friday, or Monday at the latest": two dates joined by "or" are one range, upper bound."""
    merged: list[_Hit] = []
    for hit in hits:
        if (
            merged
            and merged[-1].day
            and hit.day
            and _RANGE_OR.match(folded[merged[-1].end : hit.start])
        ):
            last = merged.pop()
            hit = _Hit(last.start, hit.end, max(last.day, hit.day))  # type: ignore[type-var]
        merged.append(hit)
    return merged


def _promises(folded: str, hits: list[_Hit]) -> list[_Hit]:
    kept: list[_Hit] = []
    anchor: date | None = None
    for hit in hits:
        if hit.kind == "relative":
            if anchor is not None:
                kept.append(_Hit(hit.start, hit.end, anchor + timedelta(days=1)))
            continue
        if _is_anchor(folded, hit):
            anchor = hit.day
            continue
        if _is_promise(folded, hit):
            kept.append(hit)
    return kept


def _choose(folded: str, hits: list[_Hit]) -> _Hit | None:
    if not hits:
        return None
    corrections = _corrections(folded)
    if corrections:
        later = [h for h in hits if h.start >= corrections[-1]]
        if later:
            return later[0]
    return min(hits, key=lambda h: (h.day, h.start))


def _corrections(folded: str) -> list[int]:
    """Where each correction ("actually", "scratch that") ends: ``_CORRECTION``, scanned only
    when one of its words is there (most texts correct nothing, and the scan reads them all)."""
    if not any(needle in folded for needle in _CORRECTION_NEEDLES):
        return []
    return [m.end() for m in _CORRECTION.finditer(folded)]


def parse_timeline(text: str, end_at: datetime, tz: str) -> Timeline | None:
    """The date the company said it would answer by, counted from ``end_at``'s local date in ``tz``.

    None when the text holds no dated promise (vague words, distractors only, no commitment).
    """
    folded = fold(text)
    scan = _scan(folded)
    if not _triggered(scan):
        return None
    d = _local_date(end_at, tz)
    americas = tz.startswith("America/")
    hits = _merge_ranges(folded, _raw_hits(scan, d, americas))
    chosen = _choose(folded, _promises(folded, hits))
    if chosen is None or chosen.day is None:
        return None
    return Timeline(chosen.day, text[chosen.start : chosen.end].strip())

"""When did the company say it would answer? ``parse_timeline`` turns a sentence into a date.

The conventions are those of ``shared/eval/CONVENTIONS.md`` part A: every count starts from D, the
local calendar date of the interview's end in its own zone; ranges take their upper bound; business
days skip Saturday and Sunday only; a bare weekday is strictly after D; vague words give None. With
several promises the earliest wins, unless a later correction replaces them. English, German,
French, Dutch, Spanish, Portuguese and Italian.

A number or a date is a timetable only next to a promise by the company to answer: in its clause a
word of answering (hear, decision, feedback, let you know, Rückmeldung, retour, respuesta,
resposta, riscontro, terugkoppeling, ...), or a short note that says nothing else ("Early next
week.", "Recruiter: 2-3 wks"), or words reported from the company ("they said two weeks").
Floors, rooms, phone and meeting numbers, the interview's own date, offer deadlines, start dates,
notice periods, requests to the candidate and the candidate's own promises never are.

The text is matched after ``textscan.fold`` (lower case without accents, one character per
character), so match positions map straight back onto the original and ``Timeline.phrase`` is
the user's wording.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from agent.textscan import by_first_letter, fold, holds_any, lazy, led


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
    # date | span | eod (the end of a day) | relative | relative week | after N (weekday N after)
    kind: str = "date"


# --------------------------------------------------------------------------- vocabularies
# Folded spellings (lower case, no accents) of the seven languages: en, de, fr, nl, es, pt, it.

_NUMBER_WORDS = {
    # en
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "couple": 2, "a couple": 2, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
    # de
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
    "vierzehn": 14, "funfzehn": 15, "zwanzig": 20, "ein paar": 3, "paar": 3,
    # fr
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "quelques": 3,
    # nl
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12, "veertien": 14, "vijftien": 15, "twintig": 20, "een paar": 3, "enkele": 3,
    # es
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "un par de": 2,
    "par de": 2, "unos": 3, "unos pocos": 3, "unas": 3, "unas pocas": 3, "pocos": 3,
    "algunos": 3, "algunas": 3,
    # pt
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "doze": 12, "vinte": 20, "alguns": 3, "algumas": 3, "uns": 3, "umas": 3,
    # it
    "un'": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "un paio di": 2,
    "paio di": 2, "qualche": 3, "alcuni": 3, "alcune": 3,
    # about ten: "une dizaine de jours", "una decena de días", "uma dezena de dias", "una decina"
    "dizaine de": 10, "decena de": 10, "dezena de": 10, "decina di": 10,
}  # fmt: skip
#: English "a"/"an" count only before an English unit ("a week"); "a semana que vem" is a phrase.
_ENGLISH_ARTICLES = frozenset({"a", "an"})
#: The number words and digits a span starts with; the longer of two that share a start first.
_NUM_ALTERNATIVES = (r"\d{1,3}", *sorted(_NUMBER_WORDS, key=lambda w: (-len(w), w)))


_NUM = by_first_letter(_NUM_ALTERNATIVES)
#: a number ends where a word does, or right after a digit ("48h") or an elision ("un'ora")
_NUM_END = r"(?:(?<=[\d'])|(?!\w))"
_RANGE_SEP = r"\s*(?:-|to|or|and|bis|oder|und|ou|et|a|o|y|e|ed|tot|of|en)\s+|\s*-\s*"

_WEEKDAYS = {
    "monday": 0, "montag": 0, "lundi": 0, "maandag": 0, "lunes": 0, "segunda": 0, "lunedi": 0,
    "tuesday": 1, "dienstag": 1, "mardi": 1, "dinsdag": 1, "martes": 1, "terca": 1, "martedi": 1,
    "wednesday": 2, "mittwoch": 2, "mercredi": 2, "woensdag": 2, "miercoles": 2, "quarta": 2,
    "mercoledi": 2,
    "thursday": 3, "donnerstag": 3, "jeudi": 3, "donderdag": 3, "jueves": 3, "quinta": 3,
    "giovedi": 3,
    "friday": 4, "freitag": 4, "vendredi": 4, "vrijdag": 4, "viernes": 4, "sexta": 4,
    "venerdi": 4,
    "saturday": 5, "samstag": 5, "sonnabend": 5, "samedi": 5, "zaterdag": 5, "sabado": 5,
    "sabato": 5,
    "sunday": 6, "sonntag": 6, "dimanche": 6, "zondag": 6, "domingo": 6, "domenica": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4,
}  # fmt: skip
#: Portuguese weekdays are ordinals ("segunda" is also "second"): without "-feira" one is a day
#: only where no noun follows it ("na quarta.", "até sexta que vem", not "segunda entrevista").
_PT_ORDINAL_DAYS = ("segunda", "terca", "quarta", "quinta", "sexta")
_PT_DAY_FOLLOW = r"(?=\s*(?:$|[^\w\s]|(?:que|ou|e|pela|de|da|as|a|no|na|ate|em)\b))"
#: "mon" is also French for "my": the English short forms stand only before a date, a stop or
#: the end
_SHORT_DAYS = ("mon", "tues", "tue", "weds", "wed", "thurs", "thur", "thu", "fri")
_SHORT_DAY_FOLLOW = (
    r"(?=\.|\s*[,;:!?)/\n]|\s*\d|\s*$|\s+w/|\s+(?:latest|at|by|or|and|with|eod|cob|eob|am|pm|morning|"
    r"afternoon|evening|lunchtime|next)\b)"
)
_FULL_DAYS = sorted(
    (w for w in _WEEKDAYS if w not in _PT_ORDINAL_DAYS and w not in _SHORT_DAYS),
    key=lambda w: (-len(w), w),
)
_WD = (
    "(?:"
    + by_first_letter(_FULL_DAYS)
    + r"|(?:segunda|terca|quarta|quinta|sexta)(?:[- ]feira\b|"
    + _PT_DAY_FOLLOW
    # "até sexta": after "until", an ordinal is a day ("até segunda ordem" is no date)
    + r"|(?<=ate segunda)(?! ordem)\b|(?:(?<=ate terca)|(?<=ate quarta)|(?<=ate quinta)|"
    + r"(?<=ate sexta))\b)|(?:"
    + "|".join(_SHORT_DAYS)
    + r")\b"
    + _SHORT_DAY_FOLLOW
    + ")"
)

_MONTHS = {
    "january": 1, "jan": 1, "januar": 1, "janner": 1, "janvier": 1, "januari": 1, "enero": 1,
    "janeiro": 1, "gennaio": 1,
    "february": 2, "feb": 2, "februar": 2, "fevrier": 2, "februari": 2, "febrero": 2,
    "fevereiro": 2, "febbraio": 2,
    "march": 3, "mar": 3, "marz": 3, "mars": 3, "maart": 3, "marzo": 3, "marco": 3,
    "april": 4, "apr": 4, "avril": 4, "abril": 4, "aprile": 4,
    "may": 5, "mai": 5, "mei": 5, "mayo": 5, "maio": 5, "maggio": 5,
    "june": 6, "jun": 6, "juni": 6, "juin": 6, "junio": 6, "junho": 6, "giugno": 6,
    "july": 7, "jul": 7, "juli": 7, "juillet": 7, "julio": 7, "julho": 7, "luglio": 7,
    "august": 8, "aug": 8, "aout": 8, "augustus": 8, "agosto": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9, "septiembre": 9, "setiembre": 9,
    "setembro": 9, "settembre": 9,
    "october": 10, "oct": 10, "oktober": 10, "okt": 10, "octobre": 10, "octubre": 10,
    "outubro": 10, "ottobre": 10,
    "november": 11, "nov": 11, "novembre": 11, "noviembre": 11, "novembro": 11,
    "december": 12, "dec": 12, "dezember": 12, "dez": 12, "decembre": 12, "diciembre": 12,
    "dezembro": 12, "dicembre": 12,
}  # fmt: skip
#: A month's name; only a short form takes a dot ("15 Sept."), so "on 12 May." ends a sentence.
_MONTH_SHORT = ("sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "okt", "nov",
                "dec", "dez")  # fmt: skip
_MON = (
    "(?:"
    + by_first_letter(sorted(set(_MONTHS) - set(_MONTH_SHORT), key=lambda w: (-len(w), w)))
    + "|"
    + by_first_letter(_MONTH_SHORT)
    + r"\.?)"
)

#: A weekday naming an explicit date ("Friday, January 8", "vendredi 8 janvier", "sexta-feira,
#: dia 8") is part of that date, not a second, earlier promise: sought back from the date.
_WEEKDAY_LABEL = lazy(
    r"\b" + _WD + r",?\s+(?:\(\s*)?(?:(?:the|den|le|el|il|o dia|dia)\s+)?$"  # "Friday (20/11)"
)

_NEXT_WEEK = (
    r"(?:next week|next wk|(?:nachste|nachsten|nachster|kommende|kommenden|kommender) "
    r"woche|proxima semana|semana proxima|semana que viene|semana que entra|semana entrante|"
    r"semaine prochaine|semaine qui vient|volgende week|komende week|semana que vem|"
    r"settimana prossima|settimana che viene|"
    r"prossima settimana|settimana entrante)"
)
#: The articles and prepositions between a part word ("end of", "fin de", "meados da") and a week
#: or month phrase.
_ART = r"(?:(?:the|der|die|des|la|de la|de|del|da|do|della|van de|van|het)\s+)?"
_EARLY = (
    r"(?:early|beginning of|start of|anfang|(?:a |al )?principios? de|(?:a )?inicios? de|"
    r"(?:au |en )?debut(?: de)?|(?:in het )?begin(?: van)?|"
    r"(?:no |ao )?(?:inicio|comeco)(?: da| de)?|(?:all'|ad |a )?inizio(?: della| di)?)"
)
_MID = (
    r"(?:mid|middle of|mitte|(?:a )?mediados de|(?:a )?mitad de|mi(?=-)|(?:au |en )?milieu(?: de)?|"
    r"midden(?: van)?|halverwege|half|medio|(?:no |em )?(?:meio|meados)(?: da| de)?|"
    r"(?:a )?meta(?: della| di)?)"
)
_END = (
    r"(?:end of|late|by end of|ende|(?:a )?finales de|(?:a |al )?final de|"
    r"(?:a la |en )?fin(?: de)?|"
    r"(?:aan het )?einde?(?: van)?|(?:no |ao )?(?:fim|final)(?: da| de)?|"
    r"(?:alla |entro )?fine(?: della| di)?)"
)
#: A part of a week or month before its phrase: "early" (Tuesday), "mid" (Wednesday), "end" or
#: "late" (Friday), sought back from the phrase ("Anfang KW 42", "fin de la semaine prochaine").
_PART = lazy(
    r"\b(?:(?P<early>" + _EARLY + r")|(?P<mid>" + _MID + r")|" + _END + r")(?:\s+|-)"
    r"(?:(?:the|der|die|des|la|de la|de|del|da|do|della|van de|van|het|of|in)\s+)?$"
)
_HEDGE = (
    r"(?:probably|likely|maybe|perhaps|hopefully|wahrscheinlich|vermutlich|vielleicht|"
    r"probablement|sans doute|probablemente|seguramente|quizas|provavelmente|talvez|"
    r"probabilmente|forse|waarschijnlijk|misschien)"
)

#: Span units: the kind of each (its last word is the one a text is gated on).
_UNITS = {
    "business days": "bday", "business day": "bday", "working days": "bday",
    "working day": "bday", "work days": "bday", "biz days": "bday", "biz day": "bday",
    "bd": "bday", "bds": "bday", "werktagen": "bday", "werktage": "bday", "werktag": "bday",
    "arbeitstagen": "bday", "arbeitstage": "bday", "arbeitstag": "bday",
    "jours ouvres": "bday", "jours ouvrables": "bday", "jour ouvrable": "bday",
    "jour ouvre": "bday", "semaines ouvrees": "bweek", "semaines ouvrables": "bweek",
    "semaine ouvree": "bweek", "werkdagen": "bday", "werkdag": "bday", "dias habiles": "bday",
    "dias laborables": "bday", "dia habil": "bday", "dias uteis": "bday", "dia util": "bday",
    "giorni lavorativi": "bday", "giorno lavorativo": "bday", "gg lavorativi": "bday",
    "business weeks": "bweek", "business week": "bweek", "working weeks": "bweek",
    "working week": "bweek", "work weeks": "bweek", "arbeitswochen": "bweek",
    "arbeitswoche": "bweek", "werkweken": "bweek", "werkweek": "bweek",
    "settimane lavorative": "bweek", "semanas habiles": "bweek", "semanas laborables": "bweek",
    "semanas uteis": "bweek",
    "days": "day", "day": "day", "tagen": "day", "tage": "day", "tag": "day", "jours": "day",
    "jour": "day", "dagen": "day", "dag": "day", "dias": "day", "dia": "day", "giorni": "day",
    "giorno": "day", "gg": "day",
    "weeks": "week", "week": "week", "wks": "week", "wk": "week", "wochen": "week",
    "woche": "week", "semaines": "week", "semaine": "week", "weken": "week", "semanas": "week",
    "semana": "week", "settimane": "week", "settimana": "week",
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "h": "hour", "stunden": "hour",
    "stunde": "hour", "std": "hour", "heures": "hour", "heure": "hour", "uur": "hour",
    "horas": "hour", "hora": "hour", "ore": "hour", "ora": "hour",
    "months": "month", "month": "month", "monaten": "month", "monate": "month",
    "monat": "month", "mois": "month", "maanden": "month", "maand": "month", "meses": "month",
    "mes": "month", "mesi": "month", "mese": "month",
}  # fmt: skip
_ENGLISH_UNITS = frozenset(
    {"day", "days", "week", "weeks", "wk", "wks", "hour", "hours", "hr", "hrs", "h", "month",
     "months", "business days", "business day", "working days", "working day", "work days",
     "biz days", "biz day", "bd", "bds", "business weeks", "business week", "working weeks",
     "working week", "work weeks"}
)  # fmt: skip
_UNIT = by_first_letter(sorted(_UNITS, key=lambda w: (-len(w), w)))
#: "in acht Tagen", "huit jours", "quince días", "quindici giorni": a week and a fortnight are said
#: as eight days in French and German, and as fifteen days (a word, not a numeral) in French,
#: Spanish, Portuguese and Italian.
_WEEK_AS_EIGHT_DAYS = frozenset({"jours", "jour", "tagen", "tage"})
_FORTNIGHT_AS_FIFTEEN_DAYS = frozenset({"jours", "dias", "giorni"})


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


def _weekday(name: str) -> int:
    return _WEEKDAYS[name.replace("-", " ").split()[0].rstrip(".")]


def _span(m: re.Match[str], d: date, _a: bool) -> date | None:
    numbers = [m["n"], m["n2"], m["n3"]]
    n = max(_number(x) for x in numbers if x)
    unit = " ".join(m["unit"].split())
    kind = _UNITS[unit]
    if n <= 0:
        return None
    if " ".join(m["n"].split()) in _ENGLISH_ARTICLES and unit not in _ENGLISH_UNITS:
        return None  # "a semana que vem" is next week, not a span of one
    if kind == "bday":
        return _business_days(d, n)
    if kind == "bweek":
        return _business_days(d, 5 * n)
    if kind == "week":
        return d + timedelta(days=7 * n)
    if kind == "hour":
        return d + timedelta(days=n // 24) if n % 24 == 0 else None
    if kind == "month":
        year, month = _add_months(d, n)
        return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))
    if n == 8 and unit in _WEEK_AS_EIGHT_DAYS:
        n = 7  # "huit jours", "dans les 8 jours", "in acht Tagen": a week
    elif (
        n == 15
        and unit in _FORTNIGHT_AS_FIFTEEN_DAYS
        and not any(x.isdigit() for x in numbers if x)
    ):
        n = 14  # "quinze jours", "quince días", "quindici giorni" as words; "15 días" is literal
    return d + timedelta(days=n)


def _fixed(days: int) -> Resolver:
    return lambda _m, d, _a: d + timedelta(days=days)


def _next_or_two(m: re.Match[str], d: date, _a: bool) -> date:
    """ "the next week or two": a span of two (or, "or so", one)."""
    n = 2 if m["n"] == "two" else 1
    return d + timedelta(days=n * (7 if m["unit"] == "week" else 1))


def _end_of_day(_m: re.Match[str], d: date, _a: bool) -> date:
    return d


#: "two weeks from today": today is where the count starts, not the date.
_FROM = lazy(r"(?:\bfrom|\bab|\bde|\bd'|\bda|\bvanaf|\bdesde|\bsince)\s*$")


def _today(m: re.Match[str], d: date, _a: bool) -> date | None:
    return None if _FROM.search(m.string, max(0, m.start() - 8), m.start()) else d


def _half_month(m: re.Match[str], d: date, _a: bool) -> date | None:
    """ "the first half of June", "primeira quinzena do mês que vem": its 15th or its last day."""
    if m["mon"]:
        end = _named_month_end(m, d, _a)
        if end is None:
            return None
        year, month = end.year, end.month
    else:
        year, month = _add_months(d, 1 if m["next"] or m["next2"] else 0)
    return date(year, month, 15) if m["first"] else _month_end(year, month)


def _week_after_next(_m: re.Match[str], d: date, _a: bool) -> date:
    return _next_week_day(d, 4) + timedelta(days=7)


def _fortnight(m: re.Match[str], d: date, _a: bool) -> date:
    return d + timedelta(days=7 if m["w"] == "huitaine" else 14)


def _this_friday(_m: re.Match[str], d: date, _a: bool) -> date:
    return d if d.weekday() == 4 else _after_weekday(d, 4)


def _next_week(weekday: int) -> Resolver:
    return lambda _m, d, _a: _next_week_day(d, weekday)


def _weekday_next_week(m: re.Match[str], d: date, _a: bool) -> date:
    days = [_weekday(w) for w in (m["wd"], m["wd2"]) if w]
    return _next_week_day(d, max(days))


def _next_weekday(m: re.Match[str], d: date, _a: bool) -> date:
    return _next_week_day(d, _weekday(m["wd"] or m["wd2"]))


def _bare_weekday(m: re.Match[str], d: date, _a: bool) -> date:
    return _after_weekday(d, _weekday(m["wd"]))


def _weekday_week(m: re.Match[str], d: date, _a: bool) -> date:
    """ "Friday week", "a week on Friday": a week after the bare weekday."""
    return _after_weekday(d, _weekday(m["wd"] or m["wd2"])) + timedelta(days=7)


def _weeks_and_a_half(m: re.Match[str], d: date, _a: bool) -> date:
    """ "a week and a half", "anderthalb Wochen", "deux semaines et demie": half a week more,
    the half day counted whole (a range's upper bound)."""
    word = m["n"] or m["n2"] or "1"
    n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)
    return d + timedelta(days=-(-(14 * n + 7) // 2))


def _after_weekend(_m: re.Match[str], d: date, _a: bool) -> date:
    """ "after the weekend": the Monday after it, the first Monday strictly after D."""
    return _after_weekday(d, 0)


def _month_end_rule(offset: int) -> Resolver:
    def resolve(_m: re.Match[str], d: date, _a: bool) -> date:
        return _month_end(*_add_months(d, offset))

    return resolve


def _named_month_end(m: re.Match[str], d: date, _a: bool) -> date | None:
    month = _MONTHS[m["mon"].rstrip(".")]
    for year in (d.year, d.year + 1):
        end = _month_end(year, month)
        if end >= d:
            return end
    return None


def _mid_month(_m: re.Match[str], d: date, _a: bool) -> date:
    if d.day < 15:
        return d.replace(day=15)
    year, month = _add_months(d, 1)
    return date(year, month, 15)


def _mid_named(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, _MONTHS[m["mon"].rstrip(".")], 15)


def _german_month_part(m: re.Match[str], d: date, _a: bool) -> date | None:
    """ "erste Juniwoche": 7 June; "erste Junihälfte": the 15th; the second or last: its end."""
    end = _named_month_end(m, d, _a)
    if end is None:
        return None
    if m["first"]:
        return end.replace(day=7 if m["part"] == "woche" else 15)
    return end


def _mid_week(_m: re.Match[str], d: date, _a: bool) -> date:
    """ "zur Wochenmitte": the Wednesday after D."""
    return _after_weekday(d, 2)


def _early_next_month(_m: re.Match[str], d: date, _a: bool) -> date:
    year, month = _add_months(d, 1)
    return date(year, month, 7)


def _early_named(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, _MONTHS[m["mon"].rstrip(".")], 7)


def _mid_next_month(_m: re.Match[str], d: date, _a: bool) -> date:
    year, month = _add_months(d, 1)
    return date(year, month, 15)


def _numbered_quarter_end(m: re.Match[str], d: date, _a: bool) -> date | None:
    """ "Q2": the last day of that quarter, at its next end on or after D."""
    last_month = int(m["q"]) * 3
    for year in (d.year, d.year + 1):
        end = _month_end(year, last_month)
        if end >= d:
            return end
    return None


def _quarter_end(_m: re.Match[str], d: date, _a: bool) -> date:
    last_month = (d.month - 1) // 3 * 3 + 3
    return _month_end(d.year, last_month)


def _christmas(_m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, 12, 24)


def _between_years(_m: re.Match[str], d: date, _a: bool) -> date | None:
    return _next_occurrence(d, 12, 31)


def _part_of_week(m: re.Match[str]) -> int:
    """The weekday a part word before the match names: Tuesday early in a week, Wednesday in the
    middle, Friday at its end or with no part word."""
    part = _PART.search(m.string, max(0, m.start() - 40), m.start())
    return 1 if part and part["early"] else 2 if part and part["mid"] else 4


def _part_of_next_week(m: re.Match[str], d: date, _a: bool) -> date:
    return _next_week_day(d, _part_of_week(m))


def _iso_week(m: re.Match[str], d: date, _a: bool) -> date | None:
    """A week number's Friday, its Tuesday when early in it, its Wednesday in the middle."""
    week = int(m["week"] or m["nth"])
    day = _part_of_week(m) + 1
    for year in (d.year, d.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            continue
        if friday >= d:
            return friday - timedelta(days=5 - day)
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
    found = _next_occurrence(d, month, day)
    # "Update 3 Mar:" written two days before the interview: a date just past, not a promise
    # almost a year ahead (no one promises an answer half a year out)
    return found if found is None or (found - d).days <= _FAR_AHEAD else None


#: Days ahead beyond which a date written without its year is one just past.
_FAR_AHEAD = 183


def _numeric_date(m: re.Match[str], d: date, month_first: bool) -> date | None:
    if m["sep"] == "." and not m["y"] and m[0].count(".") < 2:
        return None  # "3.5" is a number, "15.12." a date
    return _day_and_month(m, d, month_first, dotted=m["sep"] == ".")


def _day_and_month(
    m: re.Match[str], d: date, month_first: bool, dotted: bool = False
) -> date | None:
    """The date of two numbers ``a`` and ``b``: a number over 12 is the day; otherwise the
    order the user's zone writes (``month_first``); a dotted date is always day first."""
    a, b = int(m["a"]), int(m["b"])
    if dotted or a > 12:
        day, month = a, b
    elif b > 12:
        month, day = a, b
    else:
        month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _with_year(m, month, day, d)


def _dashed_date(m: re.Match[str], d: date, month_first: bool) -> date | None:
    return _day_and_month(m, d, month_first)


def _dashed_with_weekday(m: re.Match[str], d: date, month_first: bool) -> date | None:
    """ "vrijdag 20-11", "viernes 20-11", "Friday 12-4": a dashed date only where its weekday
    agrees with it; "Friday 10-12" whose 10 December is no Friday is a time range."""
    found = _day_and_month(m, d, month_first)
    return found if found is not None and found.weekday() == _weekday(m["wd"]) else None


def _month_day(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _with_year(m, _MONTHS[m["mon"].rstrip(".")], int(m["dd"]), d)


def _first_of_month(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _with_year(m, _MONTHS[m["mon"].rstrip(".")], 1, d)


def _day_only(m: re.Match[str], d: date, _a: bool) -> date | None:
    return _day_of_month(m, int(m["dd"]), d)


def _day_of_month(m: re.Match[str], day: int, d: date) -> date | None:
    """The first date after D with that day of the month; "of next month" names the month."""
    if not 1 <= day <= 31:
        return None
    if _NEXT_MONTH_AFTER.match(m.string, m.end()):
        year, month = _add_months(d, 1)
        return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None
    return _day_number_after(d, day)


#: "the 20th of next month", "le 20 du mois prochain", "am 20. nächsten Monats", "el 20 del mes
#: que viene", "il 20 del mese prossimo", "de 20e van volgende maand", "dia 20 do mês que vem".
_NEXT_MONTH_AFTER = lazy(
    r"\s*(?:(?:of|du|del|de|do|da|di|van|des|dem)\s+)?(?:the\s+)?(?:next month|following month|"
    r"mois (?:prochain|suivant)|mes que viene|proximo mes|mes siguiente|mes que vem|mes seguinte|"
    r"mese prossimo|prossimo mese|mese successivo|volgende maand|(?:nachsten|kommenden|folgenden) "
    r"monats)\b"
)


def _ordinal_day(m: re.Match[str], d: date, _a: bool) -> date | None:
    """ "the 20th", "by 20th", "de 20e": a day of the month with an ordinal ending."""
    return _day_of_month(m, int(m["dd"] or m["dd2"]), d)


#: After "by the", "before the", "uiterlijk de" an ordinal is a day whatever follows ("by the 14th
#: either way", "uiterlijk de 15e laten weten"), unless a noun it counts follows ("by the 3rd
#: round", "voor de 2e ronde").
_BY_ORDINAL = (
    r"(?:(?<=\bby )|(?<=\bbefore )|(?<=\bno later than )|(?<=\buiterlijk )|(?<=\bten laatste )|"
    r"(?<=\bvoor )|(?<=\bw/c ))(?:(?:the|de) )?(?P<dd2>\d{1,2})(?:st|nd|rd|th|ste|de|e)\b"
    r"(?!\s*-?\s*(?:floor|fl|"
    r"storey|story|level|round|interview|stage|step|phase|time|times|place|attempt|year|years|"
    r"anniversary|birthday|candidate|person|day|days|week|weeks|month|months|quarter|grade|"
    r"edition|version|draft|position|percentile|verdieping|etage|ronde|gesprek|"
    r"sollicitatiegesprek|fase|stap|keer|plaats|kandidaat|dag|dagen|week|weken|maand|jaar)\b)"
)


#: What may follow a day of the month said alone ("by the 20th.", "le 15 au plus tard"): a stop
#: or a small word. "The 4th floor", "el 15%", "den 3. Stock", "il 2 colloquio" are not dates.
_DAY_FOLLOW = (
    r"(?=\s*(?:$|[.,;!?)\"'\]]|(?:at|or|and|of|latest|when|if|so|then|with|by|hopefully|probably|"
    r"um|oder|und|spatestens|mit|wenn|dann|ou|et|au|avec|quand|o|y|a|al|con|cuando|e|com|quando|"
    r"ed|entro|en|uiterlijk|op|met|als|of|"
    # a purpose after the day: "meets on the 12th to decide", "le 12 pour trancher"
    r"(?:to|pour|para|per|om)(?!\s+(?:the\s+|le\s+|el\s+|il\s+|o\s+|de\s+)?\d)|"
    # "by the 14th either way", "le 15 quand même", "il 20 comunque", "de 15e sowieso"
    r"either|regardless|anyway|anyhow|instead|whatever|as|once|because|since|though|unless|"
    r"sowieso|jedenfalls|stattdessen|plutot|quand meme|de toute facon|en tout cas|"
    r"de todas formas|de todos modos|en cualquier caso|de qualquer (?:forma|jeito)|comunque|"
    r"in ogni caso|invece|hoe dan ook|in (?:ieder|elk) geval|toch|back|zuruck|terug)\b|"
    r"(?:de|del|di|do|da|van|of|des|du) (?:este|ese|esse|questo|deze|this|the|ce|dieses|diesen|"
    r"mes|month|mois|maand|mese|next|proximo|prossimo|volgende)\b|"
    r"(?:nachsten|kommenden|folgenden) monats\b))"
)
_TIME_AFTER = r"(?!\s*(?:[:h]\d|h\b|uhr\b|am\b|pm\b|hrs?\b|heures?\b|horas?\b|ore\b|uur\b|%))"


class _Spec(NamedTuple):
    pattern: str
    resolve: Resolver
    words: Iterable[str] | None  # every match holds one (None: the weekday or month words)
    digit: bool = False  # every match holds a digit
    also: Iterable[str] = ()  # ... and one of these words
    before: re.Pattern[str] | None = None  # what ends just before a match is part of it


#: The end of this week, a Friday: "end of the week", "Ende der Woche", "within the week", "dans la
#: semaine", "in settimana"; each alternative starts with its first letter (grouped for speed).
_THIS_WEEK = (
    "end of the week", "end of this week", r"end of week(?!\s*\d)", "eow", "this week",
    "week's end",
    "before the weekend",
    "by the weekend", "ende der woche", "ende dieser woche", "noch diese woche", "diese woche",
    "vor dem wochenende", "bis zum wochenende", "esta semana", "a finales de (?:la |esta )?semana",
    "finales de (?:la |esta )?semana", "el fin de semana", "fin de semana",
    "o fim de semana", "fim de semana", "o final de semana", "final de semana",
    "a la fin de (?:la |cette )?semaine(?!\\s*\\d)",
    "en fin de (?:la |cette )?semaine(?!\\s*\\d)", "fin de (?:la |cette )?semaine(?!\\s*\\d)",
    "cette semaine",
    "avant le week-?end", "deze week", "einde? (?:van )?(?:de|deze) week", "voor het weekend",
    "essa semana", "nesta semana", "nessa semana", "o (?:fim|final) (?:da|desta|dessa) semana",
    "fim (?:da|desta|dessa) semana", "final (?:da|desta|dessa) semana", "questa settimana",
    "la fine (?:della |di questa )?settimana", "fine (?:della |di questa )?settimana",
    "entro la settimana", "within the week(?! of| following| after)", "in the course of the week",
    "during the course of the week", "later this week", "innerhalb der woche",
    "im laufe der woche", "dans (?:le courant de )?la semaine(?! d| suivant| qui suit)",
    "en el transcurso de la semana", "durante (?:la|a) semana",
    "dentro de la semana(?! siguiente| posterior)",
    "ao longo da semana", "nel corso della settimana", "in settimana(?! successiv)",
    "binnen de week(?! na| volgend)",
    "in de loop van de week", "later deze week",
)  # fmt: skip
#: The second word of a "next week" ("next", "nächste", "prochaine", "que viene", "prossima"...).
_NEXT_WEEK_WORDS = frozenset(
    {
        "next", "nachste", "nachsten", "nachster", "kommende", "kommenden",
        "kommender", "proxima", "viene", "entrante", "prochaine", "volgende", "komende", "vem",
        "prossima", "entra", "vient",
    }
)  # fmt: skip
_THIS_WEEK_WORDS = frozenset(
    {
        "this", "end", "eow", "before", "by", "ende", "diese", "dieser", "vor", "bis", "esta",
        "finales", "fin", "cette", "avant", "deze", "eind", "einde", "voor", "essa", "nesta",
        "nessa", "fim", "final", "questa", "fine", "entro", "within", "course", "later",
        "innerhalb", "laufe", "dans", "transcurso", "durante", "dentro", "longo", "corso", "in",
        "binnen", "loop",
    }
)  # fmt: skip
_NEXT_DAY_WORDS = frozenset(
    {
        "next", "nachsten", "nachster", "nachste", "proximo", "proxima", "prossimo", "prossima",
        "volgende", "prochain", "viene", "vem",
    }
)  # fmt: skip
_END_WORDS = frozenset(
    {
        "end", "ende", "finales", "final", "fin", "eind", "einde", "fim", "fine",
    }
)  # fmt: skip
_MID_WORDS = frozenset(
    {
        "mid", "middle", "mitte", "mediados", "mi", "milieu", "midden", "half", "medio",
        "halverwege", "meados", "meta",
    }
)  # fmt: skip
_EARLY_WORDS = frozenset(
    {
        "first", "early", "beginning", "start", "anfang", "erste", "ersten", "erster",
        "principios", "primera", "debut", "premiere", "begin", "eerste", "inicio", "comeco",
        "primeira", "inizio", "primi", "prima",
    }
)  # fmt: skip
#: A week number's word and number, perhaps glued ("kw42"): the rule's scan is run only then.
_WEEK_NUMBER = lazy(
    r"(?:kw|cw|calendar week|kalenderwoche|week|semaine|semana|settimana|sem\.|wk)\s*\d|"
    r"\d\.\s*(?:kw|kalenderwoche)\b"
)
_WEEK_NUMBER_NEEDLES = ("kw", "cw", "week", "woche", "semaine", "semana", "settimana", "sem", "wk")

_RULES_SPEC: list[_Spec] = [
    # relative days first: "the day after tomorrow" must beat "tomorrow"
    _Spec(
        r"\b(?:(?:the )?day after tomorrow|ubermorgen|pasado manana|apres[- ]demain|overmorgen|"
        r"depois de amanha|dopodomani)\b",
        _fixed(2),
        ("tomorrow", "ubermorgen", "manana", "demain", "overmorgen", "amanha", "dopodomani"),
        False,
    ),
    _Spec(
        r"\b(?:tomorrow|tmrw|tmr|tomoz|(?<!guten )(?<!heute )(?<!goede )morgen(?!s\b)|"
        r"(?<!la )(?<!por la )(?<!de la )(?<!esta )manana|demain|amanha|domani|domattina|"
        r"morgen(?:ochtend|middag|avond|vroeg))\b",
        _fixed(1),
        (
            "tomorrow",
            "tmrw",
            "tmr",
            "tomoz",
            "morgen",
            "manana",
            "demain",
            "amanha",
            "domani",
            "domattina",
            "morgenochtend",
            "morgenmiddag",
            "morgenavond",
            "morgenvroeg",
        ),
        False,
    ),
    _Spec(
        r"\b(?:eod|end of (?:the )?(?:business )?day|cob|(?:close|end) of business|tonight|"
        r"(?:on )?the same day|later today|"
        r"this (?:evening|afternoon)|heute (?:abend|nachmittag)|cet apres-midi|"
        r"esta (?:noche|tarde)|hoje a (?:noite|tarde)|esta noite|oggi pomeriggio|vanmiddag|"
        r"(?:en )?fin de (?:la )?journee|ce soir|vanavond|stasera|in giornata|in serata|"
        r"am (?:selben|gleichen) tag|noch heute|le jour meme|le meme jour|el mismo dia|"
        r"no mesmo dia|ainda hoje|lo stesso giorno|dezelfde dag|nog vandaag)\b",
        _end_of_day,
        (
            "eod",
            "day",
            "cob",
            "business",
            "tonight",
            "evening",
            "afternoon",
            "abend",
            "nachmittag",
            "midi",
            "noche",
            "tarde",
            "noite",
            "pomeriggio",
            "vanmiddag",
            "journee",
            "soir",
            "vanavond",
            "stasera",
            "giornata",
            "serata",
            "tag",
            "heute",
            "jour",
            "dia",
            "hoje",
            "giorno",
            "dag",
            "vandaag",
        ),
        False,
    ),  # fmt: skip
    _Spec(
        r"\b(?:today|heute|hoy|aujourd'hui|vandaag|hoje|oggi)\b(?!'s)",
        _today,
        ("today", "heute", "hoy", "aujourd", "vandaag", "hoje", "oggi"),
        False,
    ),
    # "Friday week", "a week on Friday" (British), "vendredi en huit", "Montag in einer Woche",
    # "maandag over een week": a week after the bare weekday; before the spans, whose "a week"
    # it holds
    _Spec(
        r"\b(?:(?P<wd>" + _WD + r") (?:week|en huit|in (?:einer woche|acht tagen)|over (?:een week|"
        r"acht dagen))|a week (?:on |from |this )?(?P<wd2>" + _WD + r"))\b",
        _weekday_week,
        ("week", "huit", "woche", "tagen", "dagen"),
        False,
        also=_WEEKDAYS,
    ),
    # "a week and a half", before the span "a week" it holds
    _Spec(
        r"\b(?:(?P<n>a|an|one|two|three|\d) (?:weeks?|wks?) and a half|(?P<n2>a|one|two|three|\d)"
        r" and a half weeks?|(?:anderthalb|eineinhalb) wochen|anderhal(?:f|ve) week|"
        r"(?:een )?week en een hal(?:f|ve)|"
        r"(?:une )?semaine et demie|"
        r"(?:una )?semana y media|(?:uma )?semana e meia|(?:una )?settimana e mezz[oa])\b",
        _weeks_and_a_half,
        ("half", "wochen", "week", "demie", "media", "meia", "mezza", "mezzo"),
        False,
    ),
    # "after the weekend": the Monday after it; before "fin de semana" (this week's Friday)
    _Spec(
        r"\b(?:after the weekend|(?:direkt |gleich )?nach dem wochenende|"
        r"(?:des |juste )?apres le week-?end|na het weekend|(?:despues|luego|pasado) (?:del|el) "
        r"fin de semana|(?:depois|apos|passado) (?:do|o) (?:fim de semana|final de semana)|"
        r"dopo il (?:fine settimana|weekend)|passato il (?:fine settimana|weekend))\b",
        _after_weekend,
        ("weekend", "wochenende", "end", "semana", "settimana"),
        False,
        also=(
            "after",
            "nach",
            "apres",
            "na",
            "despues",
            "luego",
            "pasado",
            "depois",
            "apos",
            "passado",
            "dopo",
            "passato",
        ),
    ),
    # spans: "within 5-7 business days", "in a week or two", "dos o tres semanas", "48h"
    _Spec(
        r"(?<![\w:/.])(?P<n>"
        + _NUM
        + r")"
        + _NUM_END
        + r"(?:(?:"
        + _RANGE_SEP
        + r")(?P<n2>"
        + _NUM
        + r")"
        + _NUM_END
        + r")?\s*-?\s*(?P<unit>"
        + _UNIT
        + r")(?:\s+(?:or|o|oder|ou|of)\s+(?P<n3>two|three|four|five|ten|zwei|drei|vier|funf|zehn|"
        r"dos|tres|cuatro|cinco|diez|deux|trois|quatre|cinq|dix|dois|quatro|dez|due|tre|quattro|"
        r"cinque|dieci|twee|drie|vijf|tien|so))?\b",
        _span,
        {unit.split()[-1] for unit in _UNITS},
        False,
    ),
    _Spec(
        r"\b(?:(?P<first>first|erste[nr]?|premiere|eerste|primera|primeira|prima)|second|"
        r"zweite[nr]?|seconde|deuxieme|tweede|segunda|seconda) (?:half|halfte|quinzaine|helft|"
        r"quincena|quinzena|quindicina) (?:of|von|des|du|de|van|del|do|di|della)\s+(?:(?P<mon>"
        + _MON
        + r")(?!\w)|(?:(?:this|the|dieses|ce|deze|este|el|o|esse|questo|il) )?(?P<next>next )?"
        r"(?:month|monats?|mois|maand|mes|mese)(?P<next2> (?:que vem|que viene|prochain|prossimo|"
        r"proximo))?\b)",
        _half_month,
        ("half", "halfte", "quinzaine", "helft", "quincena", "quinzena", "quindicina"),
        False,
    ),
    _Spec(
        r"\b(?:(?:a|one|within a|in a|sous|une|la|dans la|en una|una|uma|numa|em uma)\s+)?"
        r"(?P<w>fortnight|quinzaine|quincena|quinzena|huitaine)\b",
        _fortnight,
        ("fortnight", "quinzaine", "quincena", "quinzena", "huitaine"),
        False,
    ),
    # "dans la semaine suivant l'entretien", "within the week following the interview": a week
    _Spec(
        r"\b(?:within|in|dans|innerhalb|in|dentro de|en|em|entro|nella|binnen) (?:the|la|der|de|a|"
        r"una|uma)? ?(?:week|semaine|woche|semana|settimana) (?:following|after|suivant|qui suit|"
        r"nach|siguiente a|posterior a|seguinte a|apos|successiva a|dopo|na|volgend op)\b",
        _fixed(7),
        ("week", "semaine", "woche", "semana", "settimana"),
        False,
    ),
    _Spec(
        r"\b(?:the )?next (?P<unit>day|week)\s+or\s+(?P<n>two|so)\b",
        _next_or_two,
        ("day", "week"),
        False,
        also=("next",),
    ),
    # weeks
    _Spec(
        r"\b(?:the )?week after next|ubernachste[nr]? woche\b",
        _week_after_next,
        ("week", "woche"),
        False,
        also=("next", "ubernachste", "ubernachsten", "ubernachster"),
    ),
    _Spec(
        r"\b(?P<wd>"
        + _WD
        + r")(?:\s*(?:,|or|oder|o|ou|of|y|and|und|et|e|/)\s*(?P<wd2>"
        + _WD
        + r"))?\s+(?:(?:of|de|der|da|della|van)\s+)?(?:(?:the|la|a|die)\s+)?"
        + _NEXT_WEEK
        + r"\b",
        _weekday_next_week,
        ("week", "wk", "woche", "semana", "semaine", "settimana"),
        False,
        also=_NEXT_WEEK_WORDS,
    ),
    _Spec(
        r"\b"
        + _NEXT_WEEK
        + r",?\s+(?:"
        + _HEDGE
        + r",?\s+)?(?:(?:on|am|el|le|il|op|na|no|a|em)\s+)?(?P<wd>"
        + _WD
        + r")\b(?:\s*(?:,|or|oder|o|ou|of|y|and|und|et|e|/)\s*(?:(?:on|am|el|le|il|op|na|no|a|em)"
        + r"\s+)?(?P<wd2>"
        + _WD
        + r")\b)?",  # "la semana que viene, el jueves o el viernes": the later day
        _weekday_next_week,
        ("week", "wk", "woche", "semana", "semaine", "settimana"),
        False,
        also=_NEXT_WEEK_WORDS,
    ),
    _Spec(
        r"\b" + _NEXT_WEEK + r"\b",
        _part_of_next_week,
        ("week", "wk", "woche", "semana", "semaine", "settimana"),
        False,
        also=_NEXT_WEEK_WORDS,
        before=_PART,  # "early next week", "Mitte nächster Woche", "end of next week"
    ),
    _Spec(
        r"\b" + by_first_letter(_THIS_WEEK) + r"\b",
        _this_friday,
        ("week", "eow", "weekend", "woche", "wochenende", "semana", "semaine", "settimana"),
        False,
        also=_THIS_WEEK_WORDS,
    ),
    _Spec(
        r"\b(?:next|nachsten|nachster|nachste|el proximo|la proxima|proximo|proxima|il prossimo|"
        r"la prossima|prossimo|prossima|volgende)\s+(?P<wd>"
        + _WD
        + r")\b|\b(?P<wd2>"
        + _WD
        + r")\s+(?:prochain|que viene|que vem|prossimo|prossima|proximo|proxima)\b",
        _next_weekday,
        None,  # filled in below: the weekday words
        False,
        also=_NEXT_DAY_WORDS,
    ),
    # months and named periods
    _Spec(
        r"\b(?:end of next month|ende (?:des )?(?:nachsten|kommenden) monats|"
        r"(?:a )?finales del (?:mes que viene|proximo mes)|fin(?:al)? del (?:mes que viene|"
        r"proximo mes)|fin du mois prochain|einde? (?:van )?(?:de )?volgende maand|"
        r"(?:fim|final) do (?:mes que vem|proximo mes)|fine (?:del )?(?:mese prossimo|"
        r"prossimo mese))\b",
        _month_end_rule(1),
        ("month", "monats", "mes", "mois", "maand", "mese"),
        False,
    ),
    _Spec(
        r"\b(?:end of (?:the |this )?month|month[- ]end|month's end|end of month|eom|"
        r"ende (?:des|dieses|diesen) monats|monatsende|(?:a )?finales de(?: este)? mes|"
        r"(?:a )?finales del mes|(?:a )?fin(?:al)? del? (?:este )?mes|"
        r"(?:a la )?fin (?:du|de ce|de) "
        r"mois|einde? (?:van )?(?:de|deze) maand|(?:o )?(?:fim|final) (?:do|deste|de) mes|"
        r"fine (?:del |di questo |di )?mese|"
        # later in this month: its end ("later this month", "im Laufe des Monats")
        r"later (?:this|in the) month|im laufe (?:des|dieses) monats|(?:dans le )?courant du mois|"
        r"en el (?:transcurso|curso) del mes|no decorrer do mes|ao longo do mes|nel corso del mese|"
        r"in de loop van de maand)\b",
        _month_end_rule(0),
        ("month", "eom", "monats", "monatsende", "mes", "mois", "maand", "mese"),
        False,
    ),
    _Spec(
        r"\b(?:end of|ende|(?:a )?finales de|fin(?:al)? de|fin|einde?|(?:fim|final) de|"
        r"fine(?: di)?|(?:the )?last week of|letzte[nr]? woche (?:im|des|von)|(?:la )?derniere "
        r"semaine de|(?:la )?ultima semana de|(?:a )?ultima semana de|(?:l')?ultima settimana di|"
        r"(?:de )?laatste week van)\s+(?P<mon>" + _MON + r")(?!\w)",
        _named_month_end,
        None,  # the month words
        False,
        also=_END_WORDS | {"last", "letzte", "letzten", "letzter", "derniere", "ultima", "laatste"},
    ),
    # the middle of next month: its 15th
    _Spec(
        r"\b(?:(?:the )?(?:mid-?|middle of )next month|mitte (?:des )?(?:nachsten|kommenden) "
        r"monats|(?:a )?mediados del (?:mes que viene|proximo mes)|(?:a la )?mi-mois prochain|"
        r"(?:au |en )?milieu du mois prochain|(?:halverwege|midden) volgende maand|"
        r"(?:em )?(?:meados|meio) do (?:proximo mes|mes que vem)|(?:a )?meta del (?:prossimo mese|"
        r"mese prossimo))\b",
        _mid_next_month,
        ("month", "monats", "mes", "mois", "maand", "mese"),
        False,
        also=_MID_WORDS | {"middle"},
    ),
    _Spec(
        r"\b(?:mid-?month|mid month|middle of (?:the |this )?month|mitte (?:des|dieses|diesen) "
        r"monats|monatsmitte|(?:a )?mediados de(?: este)? mes|mediados del mes|(?:a la )?mi-mois|"
        r"(?:au |en )?milieu (?:du|de) mois|(?:halverwege|midden|half) (?:van )?de maand|"
        r"(?:em )?(?:meados|meio) do mes|(?:a )?meta (?:del )?mese)\b",
        _mid_month,
        ("month", "midmonth", "monats", "monatsmitte", "mes", "mois", "maand", "mese"),
        False,
    ),
    _Spec(
        r"\b(?:mid-|mid |middle of |mitte |(?:a )?mediados de |(?:a la )?mi-|(?:au )?milieu de |"
        r"midden |half |medio |halverwege |(?:em )?meados de |(?:a )?meta (?:di )?)(?P<mon>"
        + _MON
        + r")(?!\w)",
        _mid_named,
        None,  # the month words
        False,
        also=_MID_WORDS,
    ),
    _Spec(
        r"\b(?:early next month|(?:beginning|start|(?:the )?first week) of next month|"
        r"(?:in der )?erste[nr]? woche (?:des )?(?:nachsten|kommenden) monats|"
        r"(?:la )?premiere semaine du mois prochain|(?:la )?primera semana del (?:mes que viene|"
        r"proximo mes)|(?:a )?primeira semana do (?:mes que vem|proximo mes)|(?:la )?prima "
        r"settimana del (?:mese prossimo|prossimo mese)|(?:de )?eerste week van volgende maand|"
        r"anfang (?:des )?(?:nachsten|kommenden) monats|(?:a )?principios del (?:mes que viene|"
        r"proximo mes)|(?:au )?debut (?:du|de) mois prochain|begin (?:van )?(?:de )?volgende maand|"
        r"(?:no )?(?:inicio|comeco) do (?:mes que vem|proximo mes)|(?:all')?inizio (?:del )?"
        r"(?:mese prossimo|prossimo mese)|ai primi del (?:mese prossimo|prossimo mese))\b",
        _early_next_month,
        ("month", "monats", "mes", "mois", "maand", "mese"),
        False,
    ),
    _Spec(
        r"\b(?:first week of|early|beginning of|start of|anfang|erste[nr]? woche (?:im|des|von)|"
        r"(?:a )?principios de|primera semana de|(?:au )?debut(?: de)?|(?:la )?premiere semaine de|"
        r"begin|eerste week van|(?:no )?(?:inicio|comeco) de|primeira semana de|"
        r"(?:all')?inizio(?: di)?|(?:ai )?primi di|prima settimana di)\s+(?P<mon>"
        + _MON
        + r")(?!\w)",
        _early_named,
        None,  # the month words
        False,
        also=_EARLY_WORDS,
    ),
    # a quarter by its number: "by end of Q2", "in Q3": its last day
    _Spec(
        r"\b(?:by|in|during|before|until|within|end of|by end of|bis|im|ende|vor|en|"
        r"fin(?: du| de)?|avant|durante|antes de|ate|no|final do|nel|entro|fine|in het|eind|"
        r"voor)\s+(?:the\s+)?q(?P<q>[1-4])\b",
        _numbered_quarter_end,
        ("q1", "q2", "q3", "q4"),
        True,
    ),
    _Spec(
        r"\b(?:end of (?:the |this )?quarter|quarter[- ]end|quartalsende|ende (?:des|dieses) "
        r"quartals|(?:a )?(?:fin|final|finales) del? trimestre|fin du trimestre|einde? van het "
        r"kwartaal|(?:fim|final) (?:do|de) trimestre|fine (?:del )?trimestre)\b",
        _quarter_end,
        ("quarter", "quartalsende", "quartals", "trimestre", "kwartaal"),
        False,
    ),
    _Spec(
        r"\b(?:before christmas|vor weihnachten|antes de navidad|avant noel|"
        r"voor (?:de )?kerst(?:mis)?|antes do natal|prima di natale)\b",
        _christmas,
        ("christmas", "weihnachten", "navidad", "noel", "kerst", "kerstmis", "natal", "natale"),
        False,
    ),
    _Spec(r"\bzwischen den jahren\b", _between_years, ("jahren",), False),
    _Spec(
        r"\b(?:kw|cw|calendar week|kalenderwoche|week|semaine|semana|settimana|sem\.|wk)\s*"
        r"(?P<week>\d{1,2})\b|"
        r"(?<![\d.])(?P<nth>\d{1,2})\.\s*(?:kw|kalenderwoche)\b",  # "in der 47. KW"
        _iso_week,
        (),  # opened by _WEEK_NUMBER, which also finds "kw42"
        True,
        before=_PART,  # "Anfang KW 42", "end of week 48"
    ),
    # explicit dates
    _Spec(r"(?<![\d.])(?P<y>20\d\d)-(?P<mo>\d{1,2})-(?P<dd>\d{1,2})(?!\d)", _iso_date, None, True),
    # a dashed date with its year: "20-05-2026", "5-20-2026" (the zone's order when both fit)
    _Spec(
        r"(?<![\d./:-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>20\d\d)(?![\d/:-])",
        _dashed_date,
        (),  # opened by _DASHED_YEAR
        True,
        before=_WEEKDAY_LABEL,
    ),
    _Spec(
        r"(?<![\d./:-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
        r"(?:(?P=sep)(?P<y>20\d\d|\d\d)?)?(?![\d/:])(?!\s+of\s)",  # not "3/4 of the panel"
        _numeric_date,
        None,
        True,
        before=_WEEKDAY_LABEL,  # "venerdì 18/12", "Freitag, 18.12.": the weekday names the date
    ),
    _Spec(
        r"(?<![\d.])(?P<dd>\d{1,2})(?:(?:st|nd|rd|th|er|re|e|eme|ste|de|o|a)?\s+|[.°]\s*)"
        r"(?:(?:of|de|di|del)\s+)?(?P<mon>" + _MON + r")(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?(?!\w)",
        _month_day,
        None,  # the month words
        True,
        before=_WEEKDAY_LABEL,
    ),
    # the first of a month in words: "the first of June", "le premier juin", "el primero de
    # junio", "o primeiro de junho", "il primo giugno", "am ersten Juni", "de eerste juni"
    _Spec(
        r"\b(?:first|premier|primero|primeiro|primo|ersten?|eerste)\s+(?:(?:of|de|di)\s+)?"
        r"(?P<mon>" + _MON + r")(?!\w)",
        _first_of_month,
        None,  # the month words
        False,
        also=("first", "premier", "primero", "primeiro", "primo", "erste", "ersten", "eerste"),
        before=_WEEKDAY_LABEL,
    ),
    _Spec(
        r"\b(?P<mon>"
        + _MON
        + r")\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>20\d\d))?(?![\d:])"
        + _TIME_AFTER,
        _month_day,
        None,  # the month words
        True,
        before=_WEEKDAY_LABEL,
    ),
    _Spec(
        r"\b(?:the|de|by|on|before|until|till|for) (?P<dd>\d{1,2})(?:st|nd|rd|th|ste|de|e)\b"
        + _DAY_FOLLOW
        + "|"
        + _BY_ORDINAL,
        _ordinal_day,
        ("the", "de", "by", "on", "before", "until", "till", "for", "uiterlijk", "voor", "c"),
        True,
        before=_WEEKDAY_LABEL,
    ),
    _Spec(
        r"\b(?:el|del|am|den|dem|zum|le|du|il|dia|au|al|ao) (?P<dd>\d{1,2})(?:(?<=[amnu] \d)\."
        r"(?=\s+[a-z])|(?<=[amnu] \d\d)\.(?=\s+[a-z])|(?:\.|er|o|°)?"
        + _TIME_AFTER
        + _DAY_FOLLOW
        + ")",
        _day_only,
        ("el", "del", "am", "den", "dem", "zum", "le", "du", "il", "dia", "au", "al", "ao"),
        True,
        before=_WEEKDAY_LABEL,  # "quinta, dia 28", "Donnerstag, den 28."
    ),
    # a weekday with a dashed date it agrees with: "vrijdag 20-11", "Friday, 12-4-2026"
    _Spec(
        r"\b(?P<wd>"
        + _WD
        + r"),?\s+(?:(?:the|den|le|el|il|o dia|dia|de|op)\s+)?(?<![\d-])(?P<a>\d{1,2})-"
        r"(?P<b>\d{1,2})(?:-(?P<y>20\d\d|\d\d))?(?![\d:/-]|\.\d)" + _TIME_AFTER,
        _dashed_with_weekday,
        None,  # the weekday words
        True,
    ),
    # a weekday with its day of the month: "giovedì 28", "jeudi 28", "Thursday 28" (not "Friday
    # 10am", "Friday 2 weeks")
    _Spec(
        r"\b(?P<wd>"
        + _WD
        + r"),?\s+(?P<dd>\d{1,2})(?!\.\d)(?:\.|er|o|°)?(?![\d/:-])"  # not "Friday 10.30"
        + _TIME_AFTER
        + _DAY_FOLLOW,
        _day_only,
        None,  # the weekday words
        True,
    ),
    # a month as a whole: "sometime in June", "courant juin", "im Laufe des Juni", "durante junio",
    # "no decorrer de junho", "nel corso di giugno": its last day (a range's upper bound)
    _Spec(
        r"\b(?:(?:some ?time|at some point) in|during|(?:dans le )?courant(?: de)?|"
        r"im(?: laufe des)?|en el (?:transcurso|curso) de|durante(?: el mes de)?|no decorrer de|"
        r"ao longo de|nel corso di|in de loop van|ergens in)\s+(?P<mon>" + _MON + r")(?!\w)",
        _named_month_end,
        None,  # the month words
        False,
    ),
    # German compounds: "in der ersten Juniwoche", "in der zweiten Junihälfte"
    _Spec(
        r"\b(?:(?P<first>erste[nr]?)|zweite[nr]?|letzte[nr]?) (?P<mon>"
        + "|".join(sorted((m for m in _MONTHS if len(m) > 3), key=lambda w: (-len(w), w)))
        + r")(?P<part>woche|halfte)\b",
        _german_month_part,
        (
            "erste",
            "ersten",
            "erster",
            "zweite",
            "zweiten",
            "zweiter",
            "letzte",
            "letzten",
            "letzter",
        ),
        False,
    ),
    # the middle of this week: "by midweek", "zur Wochenmitte", "en milieu de semaine"
    _Spec(
        r"\b(?:(?:by |around )?mid-?week|(?:zur |in der |gegen )?wochenmitte|(?:en )?milieu de "
        r"(?:la )?semaine|(?:a )?mitad de (?:la )?semana|(?:no |em )?meio da semana|(?:a )?meta "
        r"(?:della )?settimana|midden (?:in|van) de week)\b",
        _mid_week,
        ("midweek", "week", "wochenmitte", "semaine", "semana", "settimana"),
        False,
        also=("mid", "midweek", "wochenmitte", "milieu", "mitad", "meio", "meta", "midden"),
    ),
    _Spec(r"\b(?P<wd>" + _WD + r")\b(?!'s)", _bare_weekday, None, False),
]


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    resolve: Resolver
    words: frozenset[str]  # a match holds one of these as a whole word (empty: no word needed)
    digit: bool  # a match holds a digit
    also: frozenset[str]  # ... and one of these (empty: no second word needed)
    before: re.Pattern[str] | None  # what ends just before a match is part of it


_WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_MONTH_WORDS = frozenset(_MONTHS)


def _compile(spec: _Spec) -> _Rule:
    pattern = led(lazy(spec.pattern))  # the same matches, tried only where one can start
    words = spec.words
    if words is None:
        words = _WEEKDAY_WORDS if "(?P<wd>" in spec.pattern else _MONTH_WORDS
    return _Rule(
        pattern,
        spec.resolve,
        frozenset(words),
        spec.digit,
        frozenset(spec.also),
        spec.before,
    )


_RULES = [_compile(spec) for spec in _RULES_SPEC]
_SPAN_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _span)  # also "48h"
_WEEK_NUMBER_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _iso_week)
_NUMERIC_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _numeric_date)
_ISO_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _iso_date)
_DASHED_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _dashed_date)
_ORDINAL_RULE = next(i for i, rule in enumerate(_RULES) if rule.resolve is _ordinal_day)

# Each word names the rules that may match where it is (a bit per rule): the rules a text needs are
# found from the few of its words that are in this table, in one set intersection.
_WORD_RULES: dict[str, int] = {}
for _index, _rule in enumerate(_RULES):
    for _word in _rule.words:
        _WORD_RULES[_word] = _WORD_RULES.get(_word, 0) | 1 << _index
_GATE_WORDS = frozenset(_WORD_RULES)
_NEEDS_DIGIT = sum(1 << i for i, rule in enumerate(_RULES) if rule.digit)
_SECOND_WORDS = [(1 << i, rule.also) for i, rule in enumerate(_RULES) if rule.also]
_ALL_RULES = (1 << len(_RULES)) - 1
#: Words of rules that need no digit: a text without a digit and without these has no date.
_WORDS_WITHOUT_DIGIT = frozenset(
    w for w, bits in _WORD_RULES.items() if bits & ~_NEEDS_DIGIT & _ALL_RULES
)

# What follows a digit opens three gates: a unit glued to it ("48h", "3wks"), a numeric date
# ("15/12", "15.12."), an ordinal ("20th", "20e"). The lookahead consumes nothing, so every digit
# is tried, and the group that matched names the gate.
_GLUED_UNITS = sorted({u for u in _UNITS if " " not in u}, key=lambda w: (-len(w), w))
_AFTER_DIGIT = lazy(
    r"\d(?=(?P<numdate>[/.]\d)|(?P<ordinal>(?:st|nd|rd|th|ste|de|e)\b)|(?P<glued>"
    + by_first_letter(_GLUED_UNITS)
    + r"\b))"
)
_ISO = lazy(r"20\d\d-\d")
_DASHED_YEAR = lazy(r"\d-\d{1,2}-20\d\d")


class _Scan(NamedTuple):  # a tuple: built for every text, cheaper than a frozen dataclass
    text: str  # folded
    words: frozenset[str]  # its \w+ runs
    digit: bool  # does it hold a \d?
    joined: str  # the words once each, space-separated: a shorter haystack for letters-only needles


# The gates read one pass over the text: its \w+ words and whether it has a digit.
_WORD = lazy(r"\w+")
_DIGIT = lazy(r"\d")
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


def _triggered(scan: _Scan) -> bool:
    """Can any rule match? Only with a digit or one of the words a rule without digits needs."""
    return scan.digit or not scan.words.isdisjoint(_TRIGGER_WORDS)


def _open_rules(scan: _Scan) -> int:
    """The rules that may match in this text, a bit each: a rule whose words are all absent, or
    that needs a digit the text lacks, cannot match (most of the forty scans are skipped)."""
    bits = 0
    for word in scan.words & _GATE_WORDS:
        bits |= _WORD_RULES[word]
    for bit, also in _SECOND_WORDS:
        if bits & bit and scan.words.isdisjoint(also):
            bits &= ~bit
    if not scan.digit:
        return bits & ~_NEEDS_DIGIT
    after = {m.lastgroup for m in _AFTER_DIGIT.finditer(scan.text)}
    if "glued" in after:
        bits |= 1 << _SPAN_RULE
    if "ordinal" not in after:
        bits &= ~(1 << _ORDINAL_RULE)
    if "numdate" in after:
        bits |= 1 << _NUMERIC_RULE
    if "-" in scan.text:
        if _ISO.search(scan.text):
            bits |= 1 << _ISO_RULE
        if _DASHED_YEAR.search(scan.text):
            bits |= 1 << _DASHED_RULE
    # "KW 42", "kw42", "semaine 46": a week word (perhaps glued to the number) then a number
    joined = scan.joined
    if holds_any(joined, _WEEK_NUMBER_NEEDLES) and _WEEK_NUMBER.search(scan.text):
        bits |= 1 << _WEEK_NUMBER_RULE
    return bits


# "the day after", "the following week": relative to the date named just before ("back on the
# 14th", "the panel meets on 20 May"); with none, to the interview ("Bescheid am selben Tag,
# spätestens am nächsten Tag").
_RELATIVE = lazy(
    r"\b(?:(?P<day>the day after|a day later|the (?:next|following) day|am (?:tag danach|"
    r"nachsten tag|folgenden tag)|le lendemain|le jour suivant|(?:al|el) dia (?:siguiente|despues)|"
    r"(?:no|o) dia seguinte|il giorno (?:dopo|seguente|successivo)|de (?:volgende dag|dag erna|"
    r"dag daarna))|(?P<week>the (?:following|next) week|the week after(?! next)|"
    r"(?:in )?der (?:darauf)?folgenden woche|die woche (?:danach|darauf)|la semaine (?:suivante|"
    r"d'apres)|la semana (?:siguiente|despues)|(?:na )?semana seguinte|la settimana (?:successiva|"
    r"seguente|dopo)|de week (?:erna|daarna|erop)))\b"
)
#: "the day after our board meeting", "le lendemain du comité": a meeting of the company's
#: own, which the text does not date.
_UNDATED_EVENT_AFTER = lazy(
    r"\s+(?:of |from )?(?:(?:the|our|their|its|his|her|next|der|dem|des|du|de la|la|le|el|del|"
    r"do|da|il|della|het|de)\s+)?(?:[a-z'-]+\s+)?(?:board|committee|trustees|governors|council|"
    r"leadership|vorstand\w*|aufsichtsrat\w*|gremium\w*|comite|conseil|consejo|junta|conselho|"
    r"diretoria|consiglio|bestuur\w*|raad)\b"
)
_RELATIVE_WORDS = frozenset(
    {"day", "tag", "lendemain", "jour", "dia", "giorno", "dag", "week", "woche", "semaine",
     "semana", "settimana"}
)  # fmt: skip
#: ... and every one of them holds one of these too
_RELATIVE_AFTER = frozenset(
    {"after", "later", "next", "following", "danach", "darauf", "nachsten", "folgenden",
     "darauffolgenden", "lendemain", "suivant", "suivante", "apres", "siguiente", "despues",
     "seguinte", "dopo", "seguente", "successivo", "successiva", "volgende", "erna", "daarna",
     "erop"}
)  # fmt: skip
#: "that afternoon", "ese mismo día", "quel pomeriggio": the day of the date named before ("the
#: team meets next Thursday and I'll call you that afternoon"); with none, the interview's.
_SAME_DAY = lazy(
    r"\b(?:(?:later )?that (?:same )?(?:afternoon|evening|morning|night|day)|"
    r"an (?:diesem|dem|jenem) (?:tag|nachmittag|abend)|am (?:selben|gleichen) (?:nachmittag|"
    r"abend)|ce jour-la|cet apres-midi-la|ce soir-la|le soir meme|"
    r"ese (?:mismo )?dia|esa (?:misma )?(?:tarde|noche)|(?:nesse|naquele) (?:mesmo )?dia|"
    r"(?:nessa|naquela) (?:mesma )?(?:tarde|noite)|quel (?:giorno|pomeriggio)|quella sera|"
    r"die(?:zelfde)? (?:dag|middag|avond))\b"
)
_SAME_DAY_WORDS = frozenset(
    {"afternoon", "evening", "morning", "night", "day", "tag", "nachmittag", "abend", "la",
     "meme", "dia", "tarde", "noche", "noite", "giorno", "pomeriggio", "sera", "dag", "middag",
     "avond"}
)  # fmt: skip
#: ... and every one of them holds one of these too
_SAME_DAY_BEFORE = frozenset(
    {"that", "diesem", "dem", "jenem", "selben", "gleichen", "ce", "cet", "le", "ese", "esa",
     "nesse", "naquele", "nessa", "naquela", "quel", "quella", "die", "diezelfde"}
)  # fmt: skip
_TRIGGER_WORDS = _WORDS_WITHOUT_DIGIT | _RELATIVE_WORDS | _SAME_DAY_WORDS


# --------------------------------------------------------------------------- who promised what

# A gender ending in brackets ("informé(e)", "reçu(e)s") ends no clause.
_CLAUSE_BREAK = lazy(
    r"[;!?\n]|\((?![a-z]{1,2}\))|(?<!\([a-z])(?<!\([a-z]{2})\)|\.(?=['\"]?(?:\s|$))|,|:(?=\s)|"
    r"\s-\s|\b(?:since|because|but|while|although|and|then|weil|"
    r"aber|und|dann|porque|pero|aunque|luego|puis|et|car|mais|parce que|maar|omdat|toen|daarna|"
    r"pois|depois|perche|ma|poi)\b"
)
# [!?\n.](?:(?<=[!?\n])|(?<=\.)(?=\s+[a-z(\"'0-9]|$)): a sentence ends at a stop, not at ";" (a
# clause there often says what the promise is about: "Über das Ergebnis informieren wir Sie;
# erfahrungsgemäß dauert dies bis zu vier Wochen").
_SENTENCE_BREAK = lazy(r"[!?\n.](?:(?<=[!?\n])|(?<=\.)(?=['\"]?(?:\s+[a-z(\"'0-9]|$)))")

#: Words by which the company says it will answer: hear, decide, let know, feedback...
_ANSWER = lazy(
    r"\b(?:"
    # en
    r"hear(?:s|d|ing)?|get(?:ting)? back|got back|come back to|be back (?:to|in touch)|"
    r"(?:circle|circling|loop|looping) back|"
    r"back to (?:you|me|us|him|her|all|everyone|candidates)|let(?:ting)? (?:\w+ ){0,3}know|"
    r"(?:'ll|will|should|would|'d|to|gonna) (?:\w+ )?know|reach(?:ing)? out|in touch|"
    r"touch base|(?:call|ring|(?:tele)?phone|e-?mail|text|ping|message|write|confirm|contact)"
    r"(?:s|ed|ing)? (?:(?:to|with) (?!us\b))?(?:you|me|him|her|us|everyone|everybody|back|"
    r"(?:all|every|each)(?: (?:the |of the )?(?:candidates?|applicants?))?|(?:the )?"
    r"(?:candidates|applicants))\b|(?:will|'ll|"
    r"shall|would|'d|(?<!access )to|should) (?:\w+ )?(?:call|ring|(?:tele)?phone|e-?mail|text|ping|"
    r"message|"
    r"write|confirm|contact)|"
    r"respond\w*|respons(?:e|es)|repl(?:y|ies|ied)|revert\w*|follow(?:s|ing)?[ -]up|notif\w*|"
    r"inform(?:s|ed|ing)? (?:you|me|him|her|all|every\w*|each|candidates|applicants)|"
    r"informer\w*|informier\w*|"
    r"informar\w*|informamos|informeremo|informiamo|"
    r"communicat\w*|decid\w*|decision\w*|feedback|answer\w*|results?|outcome\w*|news|verdict|"
    r"resolucion|resolucao|risoluzione|"
    r"close (?:the |our |this )?(?:process|search|recruitment|selection)|"
    # "close this out", "close out the search"
    r"clos(?:e|es|ing) (?:(?:this|it|things|everything|the (?:process|search|role|position|"
    r"hiring|recruitment|selection|vacancy|req)) )?out\b|"
    r"finali[sz](?:e|ed|es|ing|ation)|"
    r"(?:chiudere|chiuderemo|chiudiamo) (?:la |il )?(?:selezion\w*|processo|ricerca)|"
    r"(?:cerrar|cerraremos|cerramos) (?:el |la )?(?:proceso|seleccion|busqueda)|"
    r"(?:fechar|fecharemos|fechamos|encerrar|encerraremos) (?:o |a )?(?:processo|selecao)|"
    r"(?:clore|clorerons|cloturer|finaliser) (?:le |la )?(?:processus|recrutement|selection)|"
    r"(?:abschlie(?:ss|\u00df)en|abgeschlossen|abschlu(?:ss|\u00df))|(?:afronden|afgerond)|"
    # the process brought to its end: "wrap things up", "boucler le recrutement", "concluir el
    # proceso" (not the interviews: "wrap up the interviews on Friday")
    r"wrap(?:s|ping|ped)? (?:(?:things|it|everything|this|the (?:process|search|hiring|"
    r"recruitment|selection)) )?up(?! (?:[a-z']+ ){0,3}?(?:interviews?|rounds?|calls?|meetings?|"
    r"conversations?|chats?|candidates?|sessions?|visits?)\b)|"
    r"boucl\w* (?:le |la |les )?(?:recrutement|processus|selection|procedure)|"
    r"conclu\w* (?:(?:the|le|la|el|o|a|il|de|het) )?(?:process|processus|recrutement|proceso|"
    r"processo|selection|seleccion|selecao|selezione|procedure|procedimiento|procedura|search|"
    r"recruitment|hiring)|"
    # offers made to the chosen: "we'll be making offers", "faranno le offerte"
    r"(?:make|making|made|extend|extending|send|sending|issue|issuing) (?:\w+ )?offers|"
    r"(?:fare|faranno|faremo|fanno|fara) (?:le |delle )?offerte|"
    r"(?:hacer|haran|haremos|hara|hacen) (?:las |unas )?ofertas|"
    r"(?:fazer|farao|faremos|fara|fazem) (?:as )?propostas|"
    r"(?:offres|propositions) (?:seront|sont) (?:faites|envoyees|transmises)|"
    r"faire (?:des|les) (?:offres|propositions)|"
    r"(?:doen|doet|doe) (?:\w+ ){0,2}(?:een )?aanbod|"
    # the appointment made: "wants the appointment made by", "la nomination sera faite"
    r"appointment (?:\w+ )?(?:made|decided|confirmed|announced)|(?:make|making|made) (?:the|an|"
    r"their|its|our|a) (?:appointment|hire|hiring decision)|appoint (?:someone|somebody|a|the)|"
    r"nomination|nombramiento|nomeacao|benoeming|ernennung|berufung|"
    r"nomina (?:\w+ )?(?:arrivera|sara|verra|avverra|uscira)|"
    # what to count on: "count on three weeks", "reken op drie weken", "comptez trois semaines"
    r"count on|reckon (?:on|with)|rechnen (?:sie|du|wir|ihr) (?:\w+ )?mit|rechnet mit|"
    r"comptez|(?:cuenta|cuente|cuentes) con|calcul[ae]|(?:conte|conta) com|calcol[ai]|"
    r"(?:conta|conti) su|reken(?:t)? (?:maar |dan )?op|"
    r"(?:be|been|being|get|gets|are|is) (?:informed|notified|contacted|told|called|advised)|"
    r"word (?:from|on|back)|next steps?|yes/no|yes or no|(?:an|the|our|a formal|formal|written) "
    r"offer|offer letter|sign(?:s|ed)? off|keep (?:you|me) posted|"
    r"update\w*|give us|allow us|bear with us|at the (?:very |absolute )?latest|no later than|"
    r"latest by|by latest|feed(?:s|ing)? back|fed back|(?:sit|hang) tight|"
    # "comms by EOM": the communication of the outcome, not a team ("Head of Comms")
    r"(?<!of )(?<!the )(?<!our )(?<!on )(?<!via )(?:comms|fb|f/b)"
    r"(?= (?:by|within|before|expected|due|eta|early|end|mid)\b|$)|"
    # "give you a ring", "drop me a line": a call or a note to come
    r"(?:'ll|will|would|'d|to|gonna|should|shall) (?:\w+ )?(?:give|drop|send) (?:you|me|him|her|"
    r"us|all) (?:a |an )?(?:call|ring|bell|buzz|shout|line|note|email|e-mail|text|message)|"
    # the outcome, a letter or a call received: "you'll receive a letter within 10 days"
    r"(?:receive|receives|expect|expecting|(?:'ll|will|should|would|gonna|'d) (?:\w+ )?get) "
    r"(?:a |an |the |our |their |your )?(?:\w+ )?(?:letter|call|phone call|decision|contract|"
    r"offer)\b|"
    # the company sending a contract, an offer, a letter: "we'll send the contract by Wednesday"
    r"(?:(?:'ll|will|would|'d|gonna|shall) |(?:are|is|'re|'s) (?:going to )?)(?:\w+ )?"
    r"(?:send|sending|e-?mail|e-?mailing|post|posting|issue|issuing|forward|forwarding) "
    r"(?:(?:you|me|him|her|over|out) )*(?:the|a|an|our|your|their|his|her) (?:\w+ ){0,2}?"
    r"(?:contracts?|offers?|paperwork|letters?|agreements?)\b|"
    # offers made or released ("offers are released mid-May", "offers go out Friday")
    r"offers (?:\w+ ){0,2}?(?:released|made|sent|issued|extended|out)|"
    r"(?:e-?mail|call|message|text|letter|word) from|"
    r"make (?:up )?(?:the|a|their|its|our|his|her) (?:call|decision|choice|selection|minds?)|"
    r"either way|tell(?:s|ing)? (?:you|me|him|her|us|all|everyone|candidates)|"
    # news to come: "we'll know more", "wissen wir mehr", "nous en saurons plus"
    r"know more|(?:wissen|wei(?:ss|\u00df)) (?:wir|ich|sie|er|man) (?:\w+ )?mehr|mehr wissen|"
    r"en saur\w* plus|sabr\w* mas|saber(?:emos|a|ao|ei)\b|sapr\w* (?:di )?piu|"
    r"weten (?:we|wij|ze|zij) meer|meer weten|"
    # de
    r"meld\w*|ruckmeld\w*|zuruckmeld\w*|bescheid|entscheid\w*|entschied\w*|antwort\w*|"
    r"beantwort\w*|ergebnis\w*|hor(?:en|t|st|e)|nachricht\w*|informier\w*|mitteil\w*|zusagen?|"
    r"absagen?|ruckruf\w*|zuruckruf\w*|(?:rufen|ruft|rufe) (?:\w+ ){0,4}?an\b|anruf\w*|kontakt\w*|"
    r"(?:kommen|komme|kommt) (?:\w+ ){1,3}zuruck|(?:aller)?spatestens|"
    r"(?:kommen|komme|kommt) (?:\w+ ){0,5}?auf (?:sie|dich|euch|mich|uns) zu|zukommen|"
    r"(?:wahl|auswahl) (?:\w+ ){0,3}?(?:treffen|getroffen)|"
    r"(?:schreib|schrieb|mail)\w* (?:mir|ihnen|dir|uns|euch|allen|jedem|jeder|den (?:bewerber|"
    r"kandidat)\w*)\b|"
    r"(?:erhalten|erhaltst|erhalt|bekommen|bekommst|bekommt|kriegen|kriegst|kriegt|erwarten|"
    r"erwartet) (?:\w+ ){0,4}?(?:post|brief|anruf|vertrag|angebot)\b|"
    r"(?:schicken|senden|ubermitteln|ubersenden|schickt|sendet) (?:wir |sie |er )?(?:ihnen|dir|"
    r"euch|mir) (?:\w+ ){0,3}?(?:vertrag|arbeitsvertrag|angebot|vertragsangebot)\b|"
    r"(?:vertrag|angebot)\w* (?:\w+ ){0,4}?(?:zukommen lassen|zuschicken|zusenden|schicken wir|"
    r"senden wir)|(?:auswahl|personal|einstellungs|besetzungs)entscheid\w*|"
    # fr
    r"retour\w*|revien\w*|reviendr\w*|revenir|reven(?:ons|ez|ant)|recontact\w*|contact\w*|repon\w*|resultat\w*|"
    r"nouvelles|au courant|(?:faire|ferons|fera|ferai|fais|fait) savoir|"
    # "je vous rappelle lundi", not the reminder "nous vous rappelons que l'entretien ..."
    r"(?:rap|ap)pel(?:er|le|les|lent|lez|lons|lera|lerai|lerons|leront|lerez)\b"
    r"(?! (?:que|qu'|l'|la|le|les|votre|vos|de|d'|aux?)\b)|"
    r"(?:vous|te|t'|me|m'|nous) ?ecri(?:s|t|vons|vez|vent|ra|rai|rons|ront|rez)\b|"
    r"tranch(?:e|ent|er|era|eront|erons)\b|(?:leur|son|notre) choix|"
    r"(?:saur\w*|en saur\w*) quelque chose|confirmer(?:a|ai|ons|ont|ez)|au plus tard|"
    r"(?:donner|donnerons|donnera) suite|"
    r"(?:vous|tu) (?:aurez|auras|saurez|sauras)|communiqu\w*|tiendr\w* inform\w*|"
    r"tenir inform\w*|(?:de|sur) la suite|"
    r"(?:recev|recoi|recu|attend)\w* (?:\w+ ){0,3}?(?:courrier|lettre|appel|contrat)\b|"
    r"(?:vous|te|t'|lui) ?(?:envoy|envoi|enverr|transmet|transmettr|adress)\w* (?:\w+ ){0,3}?"
    r"(?:contrat|offre|proposition|promesse d'embauche|courrier|lettre)\b|"
    # nl
    r"hoor\w*|horen|(?:laten|laat|late) (?:\w+ ){0,8}?weten|terugkoppel\w*|koppel\w* (?:\w+ ){0,3}"
    r"terug|reactie|reage\w*|bericht\w*|uitslag|beslissing\w*|besluit\w*|beslis\w*|antwoord\w*|"
    r"(?:ontvang|krijg|verwacht)\w* (?:\w+ ){0,3}?(?:brief|telefoontje|contract)\b|"
    r"(?:sturen|stuurt|versturen|verstuurt|mailen|mailt) (?:we |wij |ze |zij |hij )?(?:je|jou|u|"
    r"jullie) (?:\w+ ){0,2}?(?:contract|arbeidscontract|aanbod|voorstel|brief)\b|"
    r"(?:contract|aanbod|voorstel)\w* (?:\w+ ){0,3}?(?:sturen|versturen|mailen) "
    r"(?:we|wij|ze|zij)\b|"
    r"uitsluitsel|(?:maken|maakt) (?:\w+ ){0,3}?(?:een |de |hun )?keuze|keuze (?:\w+ ){0,2}?"
    r"(?:maken|gemaakt|bekend)|(?:schrijven|schrijft|schrijf) (?:je|jou|u|jullie|alle|iedere?|"
    r"elke)\b|aangeschreven|aanschrijven|bellen|"
    r"bel(?:t|len we)? (?:je|jou|u|ik|we|me|mij|ons|hem|haar)|terugbel\w*|terugkom\w*|"
    r"(?<!e-)mail\w*|"  # "we mailen je", "een mail": not the e-mail a reminder comes by
    r"(?:komen|kom|komt) (?:\w+ ){0,3}terug|uiterlijk|"
    # es
    r"respuesta\w*|contest\w*|noticias|novedades|decision\w*|resultado\w*|avis\w*|llam\w*|"
    r"(?:recib|esper|aguard)\w* (?:\w+ ){0,3}?(?:carta|contrato)\b|"
    # es, pt: the company sending a contract or an offer ("te enviamos el contrato")
    r"(?:(?:te|le|les|os|lhe|lhes|vos) (?:envi|mand)\w*|(?:enviar|mandar)(?:emos|an|a|ao|ei)|"
    r"(?:vamos|van|va|vao|vai) (?:a )?(?:te |le |lhe )?(?:enviar|mandar)) (?:\w+ ){0,2}?"
    r"(?:contrato|oferta|propuesta|proposta|carta)\b|"
    r"escrib\w*|devolucion\w*|comunic\w*|"
    r"(?:decir|diremos|dicen|decimos|dira|diran|digan|dire|digo) algo|"
    r"(?:me|te|le|les|nos|os) (?:dira|diran|diria|dirian|diremos|dicen|decimos|van a decir|"
    r"vamos a decir)|"
    r"(?:contar|contamos|contaremos|cuentan|contaran|contara) algo|sabr\w* algo|"
    r"(?:me|nos) (?:cuentan|contaran|confirman)|confirmar(?:a|an|e|emos)\b|"
    # the present for a near future, right before when: "te confirmamos el 3/11", "ti
    # confermiamo entro venerdì", "on vous confirme d'ici lundi", "te confirmamos até sexta"
    r"(?:te|le|les|os|lo|se lo|te lo|ti|vi|la|vous|lhe|lhes) (?:confirm(?:amos|an|o|e|ons)|"
    r"conferm(?:iamo|ano|o))(?= (?:(?:el|il|le|o|a|no|na|dia)\b(?!\s+[a-z])|(?:antes|para|"
    r"hasta|entro|prima|d'ici|avant|ate)\b))|"
    # "me diront", "vão me dizer", "ti diremo": telling the candidate
    r"(?:me|te|vous|nous|lui|leur) (?:dira|diront|dirons|direz)|"
    r"(?:me|te|lhe|nos) (?:dira|dirao|diremos|dizem|dizemos)|(?:vao|vai|vamos) (?:me|te|lhe) dizer|"
    r"(?:mi|ti|le|gli|ci|vi) (?:dira|diranno|diremo|dicono|diciamo)|"
    r"(?:hacer|haremos|hacemos|hara) saber|(?:la|una|su) eleccion|a mas tardar|"
    r"retroalimentacion|como maximo|"
    # pt
    r"resposta\w*|retorn\w*|devolutiva|posicao|posicionamento|novidades|decisao|contat\w*|"
    r"(?:receb|esper|aguard)\w* (?:\w+ ){0,3}?(?:carta|ligacao|telefonema|contrato)\b|"
    r"escrev\w*|lig(?:ar|am|amos|aremos|arei|ara|arao|o|uem)\b|(?:me|te|lhe|nos) liga\b|"
    r"no maximo|saber\w* algo|(?:a|uma|sua) escolha|confirmar(?:ei|emos|a|ao)\b|"
    # it
    r"rispost\w*|rispond\w*|riscontr\w*|esit[oi]|notizie|(?:far|faremo|faro|fara|faranno|fate|"
    r"facciamo|farete|faccia|faccio|fanno|fa|farai) sapere|"
    r"(?<!si )richiam(?:a|ano|iamo|o|era|eranno|eremo|ero)\b(?! (?:la|l') ?(?:sua |vostra )?"
    r"attenzione)|sapr\w* qualcosa|"
    # to know something: "dovrei sapere qualcosa", "should know something", "sollte etwas wissen"
    r"(?:know|sapere|saber|savoir) (?:something|qualcosa|algo|quelque chose)|"
    r"etwas (?:\w+ )?wissen|iets (?:\w+ )?weten|"
    r"conferm(?:era|eranno|eremo|ero)\b|(?:la|una|sua) scelta|sentiamo|sentirci|risentiamo|"
    r"risentirci|(?:ri)?contatt\w*|chiam\w*|"
    r"(?:ricev|aspett|attend)\w* (?:\w+ ){0,3}?(?:lettera|telefonata|contratto)\b|graduatori\w*|"
    r"(?:(?:ti|le|vi|gli) (?:invi|mand)\w*|(?:invier|mander)(?:emo|a|anno|o)) (?:\w+ ){0,2}?"
    r"(?:contratto|offerta|proposta|lettera)\b|"
    r"scriv\w*|aggiorn\w*|al piu tardi|novita|(?:ri)?sentir(?:emo|ete|anno|ci|si)|"
    # a decision in other words: "resolverá", "délibérera", "de knoop doorhakken", "sciogliere
    # la riserva", "bater o martelo"
    r"resolv\w*|resuelv\w*|deliber\w*|knoop (?:\w+ )?door\w*|sciogl\w* (?:la )?riserva|"
    r"bat\w* o martelo"
    r")\b"
)

#: Who speaks for the company in a note, and the words that report what they said.
_COMPANY = lazy(
    r"\b(?:recruit\w*|hr|rh|rrhh|drh|hm|hiring|manager\w*|agency|agence|agentur|agencia|agenzia|"
    r"bureau|cabinet|consultor\w*|consultant\w*|headhunter\w*|talent\w*|personal\w*|panel|"
    r"client\w*|kunde|mandant\w*|recrut\w*|reclut\w*|selezion\w*|werving\w*|they|she|he|"
    r"they'll|she'll|he'll|sie|elle|ella|ela|lei|zij|ze)\b"
)
_SAYS = (
    r"said|says|say|told (?:me|us)|mentioned|estimated|quoted|reckons?|according to|"
    r"sagte|sagt|sagen|meinte|meint|hiess es|laut|a dit|m'a dit|ont dit|disent|dit|selon|d'apres|"
    r"dijo|dijeron|dice|dicen|comento|comentaron|segun|disse|disseram|diz|dizem|falou|falaram|"
    # "segundo", "secondo" say "according to", not "the second round"
    r"segundo(?! (?:round|turno|etapa|fase|entrevista|rodada|passo|encontro|ronda|colloquio))|"
    r"ha detto|hanno detto|dicono|secondo(?! (?:round|colloquio|turno|step|fase|incontro|giro|"
    r"livello|appuntamento|tempo))|zei|zeiden|zegt|zeggen|volgens|make that|"
    r"change that to|now says|corrected (?:it )?to|corrig\w*|korrigier\w*|rettific\w*"
)
#: English "per Sam: Friday", never right before the date nor Italian "per il colloquio di oggi"
#: (for the interview), "per oggi".
_PER = (
    r"per(?! (?:il|lo|la|l'|i|gli|le|un|una|uno|un'|questo|questa|quel\w*|ogni|tutt\w*|noi|"
    r"me|te|voi|lei|lui|favore|cui|via|[a-z]+are)\b)"
)
_REPORTED = lazy(
    r"\b(?:(?:" + _SAYS + r")[\W_]*(?:\w+[\W_]+){0,3}|" + _PER + r"[\W_]+(?:\w+[\W_]+){1,3})$"
)

#: The words that report speech, anywhere ("a RH disse que não, só na semana que vem").
_SAID_ANYWHERE = lazy(r"\b(?:" + _SAYS + "|" + _PER + r")\b")

#: Dates that belong to something else, in the clause of the date: an offer's validity, a start
#: date, a notice period, how long the role is open, the candidate's availability or a task's due
#: date, the length of the meeting.
_DISTRACTOR = lazy(
    r"\b(?:"
    r"valid\w*|gultig\w*|valable|validez|vigencia|validade|validita|geldig\w*|expir\w*|"
    r"verfall\w*|vervalt|caduc\w*|vence\w*|scad\w*|deadline|bewerbungsfrist|date limite|"
    r"fecha limite|data limite|accept\w*|annehm\w*|annahme|aceptar|aceitar|accettare|"
    # signing, in any form: "has to be signed within 3 days", "firmata entro il 23"
    r"(?:sign|signs|signed|signing|signature)(?![ -]off)|unterschreiben|unterschrieben|"
    r"unterzeichn\w*|unterschrift|signer|signee?s?|firmar|firmad[oa]s?|assinar|assinad[oa]s?|"
    r"assinatura|firmare|firmat[oaie]|tekenen|getekend|ondertekenen|ondertekend|"
    r"bedenkzeit|delai de reflexion|"
    # an offer until a date: how long it stands ("the offer stands until 30 June")
    r"(?:offer|angebot|offre|oferta|proposta|offerta|aanbod)\w* (?:\w+ ){0,3}?(?:until|till|bis|"
    r"jusqu'(?:au|a)|hasta|ate|fino (?:al|a)|tot)|"  # offers
    r"start\w*|begin(?:s|ning)? (?:work|on|in|the job|the role)|commenc\w*|join(?:s|ing)? "
    r"(?:us|the team|on)|onboard\w*|first day|eintritt\w*|antritt\w*|arbeitsbeginn|anfangen|"
    r"beginnen|demarr\w*|prise de (?:poste|fonction)|entree en fonction|empez\w*|comienz\w*|"
    r"comenz\w*|incorpor\w*|arranc\w*|comec(?:ar|a|aria|aremos)|admissao|iniciar|iniziare|"
    r"inizierebbe|(?<!\ba )partir\w*|decorren\w*|presa (?:di )?servizio|aanvang|indienst\w*|"
    r"in dienst|"
    # the start named as a noun: "l'inizio è previsto per", "o início é dia", "data de início"
    r"(?<!\w)l'inizio|data di inizio|(?<!\w)o inicio|data (?:de|do) inicio|"
    r"notice|kundigung\w*|preavis|preaviso|aviso previo|preavviso|opzeg\w*|"  # start, notice
    r"probation\w*|probezeit|periode d'essai|periodo de (?:prueba|experiencia)|"
    r"periodo di prova|proeftijd|"  # probation
    r"been open|open (?:for|since)|ausgeschrieben|offen seit|ouvert depuis|publicad\w*|"
    r"aberta (?:ha|desde)|aperta da|staat open|"  # how long the role has been open
    r"availab\w*|verfugbar\w*|disponib\w*|beschikba\w*|"  # the candidate's availability
    r"fallig|abgabe\w*|a rendre|a remettre|"
    r"inleverdatum|take-?home|"  # tasks
    r"minutes?|mins?|minuten|minutos|minuti|duration|dauer|duree|duracion|duracao|durata|duur"
    r")\b"
)
#: The candidate's own promises and errands, and the company asking the candidate to act by a date.
_CANDIDATE = lazy(
    r"\b(?:"
    r"i (?:need|have|must|should|promised|want|plan|ought) to (?:\w+ ){0,2}?(?:send|submit|e-?mail|"
    r"call|reply|respond|write|follow|chase|ping|check|confirm|return|decide|accept|sign|complete|"
    r"finish|prepare|share|upload|forward|get back|let them)|"
    r"i(?:'ll| will|'m going to| am going to) (?:\w+ ){0,2}?(?:send|submit|e-?mail|call|reply|give|"
    r"drop|ring|feed back|"
    r"respond|write|follow|chase|ping|check|confirm|return|decide|accept|sign|complete|finish|"
    r"prepare|share|upload|forward|get back|let)\b(?!\s+(?:to\s+)?(?:you|u)\b)|"
    r"i promised|i owe|told them i|i said i(?:'d| would)|"
    # the candidate's own follow-up if no news comes: "if I haven't heard by Friday", "wenn ich
    # bis Freitag nichts höre", "si je n'ai pas de nouvelles vendredi", "se não tiver notícias"
    r"if i (?:haven't|have not|don't|do not|hadn't) (?:heard|hear)|wenn ich (?:\w+ ){0,3}?nichts "
    r"(?:hore|gehort)|si (?:je )?n'ai (?:pas|rien) (?:de nouvelles|eu|de retour|recu)|"
    r"si no (?:se|tengo noticias|me dicen)|se (?:eu )?nao (?:tiver|receber|souber)|"
    r"se non (?:sento|ho notizie|ricevo|so)|als ik (?:\w+ ){0,3}?niets (?:hoor|gehoord)|"
    # ... or the company asking them to call: "they asked me to call them Friday"
    r"(?:asked|told) me to (?:call|ring|phone|e-?mail|contact|chase|follow up|check in)|"
    r"(?:baten|bat) mich,? (?:\w+ ){0,4}?(?:anzurufen|zu melden|nachzuhaken)|"
    r"m'(?:ont|a) demande de (?:les |la |le |lui )?(?:rappeler|appeler|relancer|recontacter)|"
    r"me (?:pidieron|pidio) que (?:les |le )?(?:llamara|escribiera|contactara)|"
    r"(?:pediram|pediu) (?:que eu|para eu|pra eu) (?:ligasse|ligar|escrevesse|escrever)|"
    r"mi (?:hanno|ha) chiesto di (?:richiamar|chiamar|ricontattar|scriver)\w*|"
    r"(?:vroegen|vroeg) (?:of ik|me) (?:\w+ ){0,3}?(?:terug)?(?:bel|mail)\w*|"
    # what the candidate would have to do by then: "if there's an offer, I'd have to reply
    # within 48h", "il faudra répondre sous 48h", "müsste ich binnen 48h zusagen"
    r"i(?:'d| would|'ll| will) (?:need|have) to (?:reply|respond|answer|decide|accept|confirm|"
    r"sign)|(?:il )?faudra(?: que je)? (?:y )?(?:repondre|accepter|decider|confirmer|signer|"
    r"donner (?:ma|une) reponse)|(?:ich )?musste (?:ich )?(?:\w+ ){0,4}?(?:antworten|zusagen|"
    r"entscheiden|annehmen|unterschreiben)|(?:tendria|tendre|habria|habra) que (?:responder|"
    r"contestar|decidir|aceptar|confirmar|firmar)|(?:teria|terei|tera) (?:que|de) (?:responder|"
    r"decidir|aceitar|confirmar|assinar)|(?:dovrei|dovro|bisognera|bisognerebbe) (?:\w+ )?"
    r"(?:rispondere|decidere|accettare|confermare|firmare)|(?:moet|zou) ik (?:\w+ ){0,4}?"
    r"(?:reageren|antwoorden|beslissen|accepteren|tekenen)|"
    r"ich (?:muss|sollte|soll|habe \w+ versprochen)|(?:schicke|sende|reiche) ich|"
    r"ich (?:schreib|mail)\w*|(?:schreibe|maile) ich|"
    r"je (?:vais )?(?:les |la |le |lui )?(?:rappel|appel|ecri)\w*|"
    r"(?:ligo|escrevo|mando|retorno) (?:para )?(?:eles|elas|a empresa)|eu (?:ligo|escrevo)|"
    r"li (?:richiamo|chiamo|risento)|(?:richiamo|chiamo|scrivo) io|"
    r"je (?:dois|leur)|j'ai promis|je (?:vais )?(?:leur )?(?:envoyer|envoie|enverrai|relancer|"
    r"relance)\b|tengo que|prometi|les (?:mando|envio|escribo|llamo|contesto|respondo|dije que|"
    r"aviso)|(?:mandar|enviar|escribir|llamar|contestar|responder|avisar)les|tenho que|"
    r"(?:mandar|enviar|ligar|escrever|responder|avisar) (?:para )?(?:eles|elas|a empresa)|"
    r"devo|ho promesso|gli (?:mando|invio|scrivo|rispondo|dico)|"
    r"ik (?:moet|beloofde|stuur|mail|bel)|heb (?:ik )?beloofd|"
    r"my (?:references|portfolio|documents|paperwork|answer|decision|thank)|"
    r"meine (?:unterlagen|referenzen|zeugnisse|antwort|entscheidung)|"
    r"mes (?:references|documents)|mis (?:referencias|documentos)|"
    r"(?:minhas|meus) (?:referencias|documentos)|(?:le mie|i miei) (?:referenze|documenti)|"
    r"mijn (?:referenties|documenten)|"
    # the company asks the candidate: "please confirm by Friday", "let us know", "your answer"
    r"please (?:\w+ ){0,2}?(?:send|submit|return|complete|confirm|reply|respond|feed back|"
    r"let us know|"
    r"get back to us|share|upload|sign|book|choose|select|pick|fill|provide|bring)|"
    r"kindly (?:send|submit|return|complete|confirm|reply|respond|share|upload|sign|provide)|"
    r"(?<!'ll )(?<!'d )(?<!they )(?<!will )(?<!would )(?<!to )(?:let us know|get back to us)|"
    r"send us|reply to us|you (?:need|have|must|will need|'ll need|are "
    r"asked) to|you(?:'ll| will)? have until|your (?:availability|confirmation|documents|"
    r"references)|(?:need|needs|want|wants|require|requires)\s+(?:your|an?|the)\s+(?:answer|"
    r"response|reply|decision|acceptance)|(?:await|awaiting|look forward to|expect|expecting) "
    r"your (?:answer|response|reply|decision)|(?:answer|response|reply|decision|(?<!will )(?<!'ll )"
    r"respond(?:ing)?) (?:on|to) (?:the|your|our|this) offer|"
    # time given to the candidate to decide: "you have 48 hours to accept", "tienes 5 días para"
    r"you(?:'ll| will|'d| would)? (?:have|get|are given)\s+(?:\w+\s+){0,4}?to (?:decide|accept|"
    r"respond|reply|consider|think|sign|confirm|answer)|(?:vous avez|tu as)\s+(?:\w+\s+){0,4}?pour "
    r"(?:decider|accepter|repondre|confirmer|reflechir)|(?:tienes|tiene usted|tenes)\s+(?:\w+\s+)"
    r"{0,4}?para (?:decidir|aceptar|responder|confirmar|pensarlo)|(?:voce tem|tem)\s+(?:\w+\s+)"
    r"{0,4}?para (?:decidir|aceitar|responder|confirmar)|(?:hai|ha)\s+(?:\w+\s+){0,4}?per "
    r"(?:decidere|accettare|rispondere|confermare)|"
    r"je hebt\s+(?:\w+\s+){0,4}?om (?:te )?(?:beslissen|"
    r"accepteren|reageren|bevestigen)|(?:sie haben|du hast)\s+(?:\w+\s+){0,4}?(?:zeit|bedenkzeit)|"
    r"bitte (?:\w+ ){0,3}?(?:senden|schicken|bestatigen|antworten|einreichen|hochladen|mitteilen|"
    r"melden)|teilen sie uns|geben sie uns (?:bescheid|ihre)|lassen sie uns|senden sie uns|"
    r"ihre (?:ruckmeldung|antwort|entscheidung|unterlagen|verfugbarkeit|zusage|absage)|"
    r"brauchen (?:wir )?(?:ihre|eine|die) (?:antwort|zusage|ruckmeldung|entscheidung)|"
    r"merci de (?:bien vouloir )?(?:nous|confirmer|renvoyer|envoyer|repondre|retourner|indiquer)|"
    r"veuillez|faites-nous|tenez-nous|envoyez-nous|votre (?:confirmation|disponibilite)|"
    r"(?:attendons|attend|besoin de) votre (?:reponse|decision|retour)|"
    r"por favor (?:\w+ ){0,2}?(?:envia|envie|manda|mande|confirma|confirme|responde|responda|"
    r"contesta|conteste|indica)|favor de|(?:envia|confirma|responde|contesta|avisa|indica)nos|"
    r"haznos saber|haganos saber|nos (?:confirmes|envies|respondas|avises|indiques|informe|envie|"
    r"confirme|avise|responda)|(?:tu|su|sua) (?:confirmacion|confirmacao|disponibilidad|"
    r"disponibilidade)|(?:necesitamos|esperamos|aguardamos|precisamos da|esperamos a|aguardamos a)"
    r" (?:tu|su|sua|tua) (?:respuesta|resposta|decision|decisao)|(?:envie|confirme|avise|"
    r"informe)-nos|"
    r"per favore|(?:la|ti|vi) preghiamo|(?:inviate|conferma|fate|rispondete|comunicate)ci|"
    r"facci sapere|ci (?:faccia|invii|confermi|risponda|comunichi)|la (?:tua|sua) (?:conferma|"
    r"disponibilita)|(?:attendiamo|aspettiamo|ci serve|bisogno della) (?:la )?(?:tua|sua) "
    r"(?:risposta|decisione)|"
    r"graag (?:\w+ ){0,3}?(?:ontvangen|sturen|bevestigen)|stuur ons|"
    r"laat (?:het )?ons (?:\w+ )?weten|"
    r"bevestig|gelieve|(?:jouw|uw) (?:reactie|antwoord|beslissing|beschikbaarheid)|"
    r"(?:hebben|willen|graag) je (?:reactie|antwoord|beslissing)|"
    # a request that opens its clause with the verb: "Stuur je referenties uiterlijk vrijdag",
    # "Envoyez vos documents avant lundi", "Manda tus referencias antes del viernes"
    r"^(?:stuur|bezorg|lever|upload|schick|schicke|sende|schicken sie|senden sie|reichen sie|"
    r"envoyez|envoie|transmettez|transmets|renvoyez|envia|envie|manda|mande|sube|suba|invia|"
    r"inviate|invii|mandate|carica) (?:je|jouw|uw|ons|uns|mir|ihre|deine|vos|tes|votre|ton|ta|"
    r"tus|sus|tu|su|seus|suas|teus|tuas|seu|sua|i tuoi|le tue|il tuo|la tua|ci|nos|los|las)"
    r")\b"
)
#: A sentence that starts with a verb is the writer's own errand: "Follow up Thursday."
_ERRAND = lazy(
    r"^\W*(?:note to self:?\s*|to-?do:?\s*)?(?:follow[ -]up|chase|ping|nudge|send|e-?mail|call|"
    r"write|prepare|submit|reply|relancer|nachfassen|nachhaken|nabellen|navragen|sollecitare|"
    r"cobrar)\b(?!\s+(?:you|u)\b)(?!\s+(?:back\s+)?(?:expected|due|promised|likely)\b)"
    # ... not a label: "Email from the recruiter: ...", "E-mail: «...»"
    r"(?!\s*[:«\"(])(?!\s+(?:from|von|de|da|van|di|of)\b)"
)
#: Notes to self, anywhere in the sentence: "Reminder: send thank-you note within 24h!"
_REMINDER = lazy(
    r"\b(?:reminder|remind me|remember to|don't forget|do not forget|to-?do|thank-?you (?:note|"
    r"email)|erinnerung|nicht vergessen|rappel|penser a|ne pas oublier|recordatorio|no olvid\w*|"
    r"lembrete|nao esquec\w*|promemoria|ricordar\w*|non dimentic\w*|herinnering|niet vergeten|"
    r"vergeet niet)\b"
)
#: Third-party hearsay is not the company's promise: "a friend who works there says three weeks".
_HEARSAY = lazy(
    r"\b(?:glassdoor|reddit|kununu|forum\w*|rumou?r\w*|gerucht\w*|geruchte|rumeur\w*|boato\w*|"
    # (not the company's own news: "if you haven't heard from us within 3 weeks")
    r"heard from(?! (?:us|them|her|him|me|the (?:company|recruiter|team|hiring manager|employer|"
    r"agency)|hr)\b)|friend\w*|acquaintance\w*|freund\w*|bekannte[rn]?|ami|amie|copain\w*|"
    r"connaissance|amig[oa]s?|conocid[oa]s?|conhecid[oa]s?|amic[oa]|amici|conoscent\w*|vriend\w*|"
    r"kennis(?:sen)?|ex-?(?:employee|colleague|mitarbeiter\w*|salarie|empleado|funcionario|"
    r"dipendente)|former (?:employee|colleague)s?|ehemalige[rn]?|oud-medewerker\w*|"
    r"someone (?:who works|at)|people (?:say|said)|"
    # a friend, but not a friendly word of address ("Thanks mate, ...", "Cheers pal")
    r"(?<!thanks )(?<!cheers )(?<!hey )(?<!hi )(?<!ta )(?<!no worries )"
    r"(?:mates?|pals?|buddy|buddies|cousins?|neighbou?rs?)|kumpel|pote|"
    r"who works (?:there|at)|die (?:dort|da) "
    r"arbeitet|qui y travaille|que trabaja (?:ahi|alli|alla)|que trabalha (?:la|ali)|che ci lavora|"
    r"die daar werkt)\b"
)
#: "Apparently", said of the clause it stands in: hearsay there, but after the date's clause of a
#: sentence that says who told the date ("Recruiter says week 47 - apparently they plan in ISO
#: weeks") it speaks of something else.
_HEARSAY_ADVERB = lazy(
    r"\b(?:apparently|reportedly|supposedly|angeblich|parait-il|apparemment|al parecer|"
    r"por lo visto|pelo visto|ao que parece|a quanto pare|naar verluidt)\b"
)
_NO_COMMIT = lazy(
    r"\b(?:can't promise|cannot promise|can not promise|couldn't promise|no promises|"
    r"can't commit|cannot commit|won't commit|wouldn't commit|not commit|no guarantee|"
    r"keine zusage|nichts versprechen|keine verbindliche|no (?:pueden|podemos) prometer|"
    r"sin compromiso|ne (?:peut|peuvent|pouvons) (?:rien )?(?:pas )?(?:promettre|garantir)|"
    r"sans engagement|nao (?:podem|podemos|pode) prometer|sem compromisso|"
    r"non (?:possiamo|possono) (?:promettere|garantire)|nessuna garanzia|"
    r"(?:kunnen|kan) (?:niets|geen|niks) (?:beloven|garanderen)|geen garantie)\b"
)
#: A return or a limit named before a date ("back on the 14th", "until the 20th"), or an absence
#: in its clause ("bis zum 20. im Urlaub"), makes it a date others count from, not a
#: promise,
#: unless the clause promises an answer ("we'll reply until Friday").
_UNTIL = lazy(
    r"\b(?:back (?:from \w+ )?on|back from \w+|back (?:in|at) (?:the )?office|returns?|returning|"
    r"until|till|zuruck am|wieder (?:da|im buro) am|bis(?! zu\b)|regresa|vuelve|hasta|"
    r"ab (?:dem|den)|"
    r"jusqu'(?:au|a)|"
    r"de retour|rentre|terug op|tot en met|tot|volta|fino al|fino a|torna|rientra)\b"
)
_AWAY = lazy(
    r"\b(?:on leave|out of (?:the )?office|(?:is|are|'s|was) (?:out|away|off)|travell?ing|"
    r"pto|(?:off )?sick|annual leave|krank\w*|malade|enferm[oa]|de baja|doente|malat[oa]|ziek|"
    r"vacation|holidays?|urlaub|verreist|dienstreise|abwesend|vacaciones|de viaje|conge|congés|"
    r"absent|en deplacement|vakantie|afwezig|ferias|viajando|viagem|ferie|in viaggio|assente)\b"
)
#: The writer's own promise, anywhere in the sentence: "Ich habe versprochen, bis Montag zu
#: antworten."
_PROMISED = lazy(
    r"\b(?:i promised|i've promised|i have promised|ich habe (?:\w+ )?versprochen|versprach ich|"
    r"j'ai promis|prometi|ho promesso|(?:ik )?heb (?:\w+ )?beloofd|beloofde ik|told them i|"
    r"i said i(?:'d| would))\b"
)
_REQUEST = lazy(
    r"\b(?:asked (?:them|her|him)|i asked|we asked|i (?:\w+ )?requested|i want(?:ed)?|"
    r"perguntei|pregunte|ich (?:habe )?(?:gefragt|fragte)|"
    r"ich habe (?:um|nach)|j'ai demande|(?:le|les) pedi|pedi|ho chiesto|ik vroeg|"
    r"heb (?:ik )?gevraagd)\b"
)
_AGREED = lazy(
    r"\b(?:agreed|agree|confirmed|said yes|zugesagt|einverstanden|accepte|d'accord|aceptaron|"
    r"de acuerdo|concordaram|aceitaram|accettato|d'accordo|akkoord|stemden in|"
    # the answer to the request, yes in each language
    r"(?:^|[:\"«„“]\s*|\b(?:said|dijo|disse|a dit|sagte|ha detto|zei) (?:que |che |dat )?)"
    r"(?:yes|ja|oui|si|sim|sure|of course|claro|certo|certamente|natuurlijk|bien sur)\b|"
    r"no problem|kein problem|sans probleme|sin problema|sem problema|nessun problema|geen "
    r"probleem|bekommen wir hin|das geht|ca marche|"
    # "that's fine", "passt", "ça leur va", "le pareció bien", "tudo bem", "va bene", "prima"
    r"(?:that's|that is|it's|it is|was|were) (?:fine|ok|okay|alright|all right|doable)|"
    r"that works|works for (?:them|her|him|us)|fine (?:by|with) (?:them|her|him|us)|"
    r"(?:ist|war|sei|waere|ware) (?:\w+ )?(?:in ordnung|ok|okay)|passt|geht klar|"
    r"(?:ca|cela) (?:leur |lui |nous )?(?:va|allait|convient|convenait)|pas de souci|"
    r"(?:le|les|nos) (?:parecio|parece|vino|viene) bien|tudo bem|pode ser|sem problemas?|"
    r"va bene|andava bene|(?:vond|vonden|vindt|vinden) (?:\w+ ){0,3}?(?:prima|goed|oke|ok)|"
    r"(?:is|was) (?:\w+ )?prima|geen punt)\b",
    re.M,
)
_CORRECTION = lazy(
    r"\b(?:actually|correct(?:ed|ion)|scratch that|make that|change that to|update:|eigentlich|"
    r"korrigier\w*|en realidad|mejor dicho|corrig\w*|en fait|na verdade|anzi|in realta|"
    r"rettific\w*|eigenlijk|i mean|sino|sondern|bensi|but rather|me equivoque|me confundi|"
    r"ich habe mich (?:geirrt|vertan)|je me suis trompe\w*|mi sono sbagliat\w*|me enganei|"
    r"enganei-me|ik vergiste me|ik heb me vergist|korrektur|correccion|correcao|correzione|"
    r"correctie|rectif\w*|change of plans?|(?:doch|nun doch|jetzt doch) (?:erst|schon|noch)|"
    r"toch (?:pas|al|nog)|"
    # a later message: "then they emailed to say", "got an email an hour later:", "dann schrieb
    # sie", "puis elle a écrit", "luego me escribieron", "depois mandaram", "poi mi hanno scritto"
    r"(?:then|later|afterwards) (?:\w+ ){0,2}(?:e-?mailed|wrote|called|rang|texted|messaged)|"
    r"(?:e-?mail|message|call|text) (?:\w+ ){0,3}later|"
    r"(?:dann|spater|danach) (?:\w+ ){0,2}(?:schrieb|mailte|rief)|"
    r"(?:puis|plus tard|ensuite) (?:[\w']+ ){0,3}(?:ecrit|appele|envoye)|"
    r"(?:luego|despues|mas tarde) (?:\w+ ){0,2}(?:escribi\w*|llam(?:o|aron)|mand(?:o|aron))|"
    r"(?:depois|mais tarde) (?:\w+ ){0,2}(?:escreve\w*|ligou|ligaram|mandaram|mandou)|"
    r"(?:poi|dopo|piu tardi) (?:\w+ ){0,2}(?:scritto|chiamato|mandato)|"
    r"(?:later|daarna) (?:\w+ ){0,2}(?:mailde|schreef|belde))\b"
)
#: "... so please expect news by Friday instead": a correction said after its date, which
#: replaces the promises before the clause that holds it.
_INSTEAD = lazy(
    r"\b(?:instead(?! of)|stattdessen|statt dessen|plutot(?! que)|a la place(?! de)|en su lugar|"
    r"en vez de eso|em vez disso|ao inves disso|invece|in plaats daarvan)\b"
)
_INSTEAD_NEEDLES = (
    "instead", "statt", "plutot", "a la place", "en su lugar", "en vez", "em vez", "ao inves",
    "invece", "in plaats",
)  # fmt: skip
#: What was said first, and later changed: "Originally end of this week ... now Wednesday",
#: "Eerst zei ze twee weken", "Al principio dijeron el viernes", "Inizialmente venerdì".
_EARLIER = lazy(
    r"\b(?:originally|at first|initially|first (?:they|she|he|it|hr|the recruiter) (?:said|was|"
    r"told)|ursprunglich|anfangs|zunachst hie(?:ss|\u00df) es|erst hie(?:ss|\u00df) es|"
    r"initialement|au depart|au debut|d'abord|al principio|en un principio|inicialmente|"
    r"primero(?! de)|originalmente|a principio|primeiro(?! de)|all'inizio|inizialmente|"
    r"in origine|in un primo momento|prima (?:ha|hanno) detto|eerst|aanvankelijk|oorspronkelijk|"
    r"in eerste instantie)\b"
)
_EARLIER_NEEDLES = (
    "original", "at first", "initial", "first ", "ursprunglich", "anfangs", "hie", "au depart",
    "au debut", "d'abord", "principio", "primero", "primeiro", "all'inizio", "inizialmente",
    "in origine", "primo momento", "prima ha", "eerst", "aanvankelijk", "oorspronkelijk",
    "eerste instantie",
)  # fmt: skip
# Every _CORRECTION match holds one of these: text without them is not scanned (speed).
_CORRECTION_NEEDLES = (
    "actually", "correct", "scratch that", "make that", "change that", "update:", "eigentlich",
    "korrigier", "en realidad", "mejor dicho", "corrig", "en fait", "na verdade", "anzi",
    "in realta", "rettific", "eigenlijk", "i mean", "sino", "sondern", "bensi", "but rather",
    "equivoque", "confundi", "geirrt", "vertan", "trompe", "sbagliat", "enganei", "vergis",
    "korrektur", "correccion", "correcao", "correzione", "correctie", "rectif", "change of plan",
    "doch ", "toch ", "mailed", "wrote", "called", "rang", "texted", "messaged", "later",
    "schrieb", "mailte", "rief", "ecrit", "appele", "envoye", "escribi", "llam", "mand",
    "escreve", "ligou", "ligaram", "scritto", "chiamato", "mandato", "mailde", "schreef", "belde",
)  # fmt: skip

#: Whole sentences that are not the company's promise (hearsay, no commitment, notes to self, the
#: writer's own promise), and clauses whose date belongs to something else: each one scan.
#: How long it took before, not a promise: "last time they took 2 weeks".
_BEFORE_NOW = lazy(
    r"\b(?:last (?:time|round)|(?:the )?previous (?:time|round)|letztes mal|beim letzten mal|"
    r"la derniere fois|la ultima vez|(?:da )?ultima vez|l'ultima volta|(?:de )?vorige keer)\b"
)
_NOT_THEIRS = lazy("|".join(p.pattern for p in (_HEARSAY, _NO_COMMIT, _BEFORE_NOW)))
#: ... and the writer's own, in the part of the sentence that holds the date ("I told them I'd
#: send references by Friday; they'll come back to me the week after next").
_MINE = lazy("|".join(p.pattern for p in (_REMINDER, _PROMISED)))
#: "Won't hear anything before Friday", "pas de réponse avant vendredi", "geen antwoord voor
#: vrijdag": a date nothing comes before is when the wait may start, not a promise (unless it
#: is the condition of one: "if you don't hear from us before Friday, ...").
_NOT_BEFORE = lazy(
    r"\b(?:before|until|till|prior to|vor|avant|antes del?|antes da|antes do|prima di|prima del|"
    r"voor|eerder dan)\s+(?:(?:the|dem|der|le|la|el|il|de|het)\s+)?$"
)
_NEGATION = lazy(
    # (not "whether or not", "if not sooner", "no matter what")
    r"\b(?:no(?! matter)|(?<!or )(?<!if )not|won't|don't|doesn't|nothing|never|keine?|nicht|nichts|"
    r"pas|rien|aucune?|nada|"
    r"ninguna?|nao|nenhuma?|non|niente|nessuna?|geen|niet|niets)\b|n't\b"
)
_CONDITION = lazy(r"\b(?:if|unless|falls|wenn|si|se|als|indien|qualora)\b")
_NOT_AN_ANSWER = lazy(_DISTRACTOR.pattern + "|" + _CANDIDATE.pattern)

#: "On Monday the recruiter told me they'd decide within a week", "Today the HM said two weeks":
#: a day followed by someone saying something is when it was said, not the promised date.
_WHEN_SAID = lazy(r"(?:" + _WD + r"|today|heute|hoy|aujourd'hui|vandaag|hoje|oggi)")
_SAID_THEN = lazy(
    r"[\s,]*(?:\w+\s+){0,3}?(?:said|told|mentioned|e-?mailed|called|wrote|texted|messaged|replied|"
    r"rang|phoned|explained|sagte|meinte|schrieb|erklarte|rief|a dit|m'a dit|a ecrit|a appele|"
    r"a explique|dijo|escribio|llamo|explico|disse|escreveu|ligou|explicou|ha detto|ha scritto|"
    r"ha chiamato|ha spiegato|zei|schreef|belde|vertelde)\b(?:\s+(?:me|us|mir|uns|moi|nous|nos|"
    r"mi|ci|mij|ons))?\s+\w"
)

#: "... by Thursday, said Sam.": who said the date, after it, to the end of the sentence.
_ATTRIBUTION = lazy(
    r"\s*,\s*(?:\w+\s+){0,2}?(?:said|says|zei|zegt|sagte|sagt|meinte|a dit|dit|dijo|dice|disse|"
    r"diz|ha detto)\b(?:\s+\w+){0,3}\s*(?:[.!?;\n]|$)"
)

#: "It takes up to four weeks": how long the answer named elsewhere in the sentence takes.
_TAKES = lazy(
    r"\b(?:takes?|taking|will take|dauert|dauern|braucht|brauchen|dure|durera|prend|prendra|"
    r"tarda|tardara|tardan|demora|demorara|leva|levara|richiede|richiedera|ci vuole|ci vorra|"
    r"ci vorranno|duurt|duren)\b"
)

#: Words a note may hold beside its date and still say only when ("Recruiter: early next week
#: probably", "Within 48 hrs per recruiter", "by the end of the quarter at the latest").
_FILLER = frozenset(
    {
        # en
        "eta", "by", "within", "in", "on", "before", "until", "till", "til", "around", "about",
        "approx", "approximately", "roughly", "latest", "the", "a", "an", "of", "for", "from",
        "per", "according", "to", "at", "or", "so", "and", "ish", "max", "maximum", "most", "least",
        "no", "later", "than", "next", "this", "probably", "prob", "likely", "maybe", "perhaps",
        "hopefully", "possibly", "expected", "aiming", "aim", "target", "targeting",
        "tentatively", "sometime", "give", "take", "said", "says", "say", "told", "me", "us",
        "they", "she", "he", "we", "it", "is", "be", "d", "re", "ll", "s", "will", "would",
        "should", "recruiter", "recruiters", "hr", "hm", "hiring", "manager", "agency", "panel",
        "team", "client", "company",
        # de
        "bis", "innerhalb", "von", "vor", "spatestens", "ca", "etwa", "ungefahr", "zirka",
        "circa", "am", "im", "zum", "zur", "der", "die", "das", "den", "dem", "des", "ein",
        "eine", "einer", "wahrscheinlich", "vermutlich", "vielleicht", "hoffentlich",
        "voraussichtlich", "laut", "sagt", "sagte", "meinte", "recruiterin", "personaler",
        "personalerin", "sie", "er", "wir", "es", "oder", "und", "noch", "schon", "aber",
        # fr
        "ici", "avant", "sous", "dans", "en", "le", "la", "les", "l", "au", "aux", "du", "de",
        "vers", "environ", "plus", "tard", "probablement", "sans", "doute", "peut", "etre",
        "normalement", "selon", "apres", "dit", "il", "elle", "ils", "nous", "ou", "et",
        "recruteur", "recruteuse", "cabinet", "rh",
        # es
        "para", "antes", "dentro", "el", "los", "las", "del", "al", "hacia", "aproximadamente",
        "mas", "tardar", "como", "maximo", "probablemente", "quizas", "quiza", "tal", "vez",
        "seguramente", "segun", "dijo", "dijeron", "dice", "dicen", "ella", "ellos", "o", "y",
        "reclutador", "reclutadora", "rrhh", "consultora", "cliente", "hasta", "sobre", "muy",
        "tarde",
        # pt
        "ate", "em", "na", "nos", "nas", "os", "as", "do", "da", "daqui", "cerca", "menos",
        "provavelmente", "talvez", "possivelmente", "segundo", "disse", "disseram", "ele", "eles",
        "e", "recrutador", "recrutadora", "prazo", "por", "volta", "mais",
        # it
        "entro", "tra", "fra", "lo", "gli", "i", "di", "della", "verso", "piu", "tardi",
        "probabilmente", "forse", "presumibilmente", "secondo", "ha", "detto", "lei", "lui",
        "loro", "selezionatore", "selezionatrice", "massimo", "ma",
        # nl
        "binnen", "voor", "op", "over", "rond", "ongeveer", "uiterlijk", "het", "een", "van",
        "tegen", "waarschijnlijk", "misschien", "hopelijk", "volgens", "zei", "zegt", "zij",
        "hij", "ze", "klant", "zijn", "laatst", "laatste", "ten",
        # hedges: "at the very latest", "realistically", "if not sooner", "either way"
        "very", "absolute", "absolutely", "realistically", "honestly", "ideally", "worst", "best",
        "case", "sooner", "earlier", "if", "not", "either", "way", "regardless", "anyway",
        "allerspatestens", "realistisch", "realistischerweise", "ehrlich", "gesagt",
        "idealerweise", "sowieso", "jedenfalls", "realistement", "honnetement", "idealement",
        "siendo", "realistas", "sinceramente", "idealmente", "realisticamente", "comunque",
        "gezien", "eerlijk", "gezegd", "idealiter", "hoe", "dan", "ook",
        "sure", "definitely", "certainly", "sicher", "bestimmt", "surement", "certainement",
        "seguro", "certamente", "sicuramente", "zeker",
        # a correction restates when: "sorry, scratch that: early next week"
        "actually", "correction", "corrected", "sorry", "scratch", "that", "rather", "instead",
        "eigentlich", "korrektur", "korrigiert", "plutot", "mejor", "dicho",
        "corrijo", "aliás", "alias", "anzi", "correzione", "eigenlijk", "correctie",
        # "it'll be Wednesday now", "ce sera mercredi", "wird es Mittwoch", "het wordt woensdag"
        "now", "wird", "werden", "jetzt", "nun", "ce", "sera", "seront", "maintenant",
        "ahora", "vai", "ser", "agora", "sara", "ora", "wordt", "nu", "finally", "finalement",
        "finalmente", "schliesslich", "schlie\u00dflich", "uiteindelijk",
        # how long the wait takes: "it takes a week or two", "het duurt", "ça prend", "ci vuole"
        "takes", "taking", "could", "might", "can", "dauert", "duurt", "prend", "prendra",
        "cela", "tarda", "tardara", "demora", "demorara", "leva", "levara", "isso", "ci",
        "vuole", "vogliono", "vorra", "vorranno", "unos", "unas", "uns", "umas",
        # a range: "between one and two weeks", "zwischen", "entre", "tussen"
        "between", "zwischen", "entre", "tussen",
    }
)  # fmt: skip
#: A note longer than this is an invitation or a letter: its dates need their own promise words.
_NOTE_LENGTH = 200


#: How far a clause or a sentence is looked for on either side of a date. Real ones are far
#: shorter; the limit keeps a hostile description (one endless "sentence" full of dates) from
#: costing time that grows with the square of its length.
_CLAUSE_REACH = 200
_SENTENCE_REACH = 400


@lru_cache(maxsize=64)  # a hit's clause and sentence are wanted several times
def _bounds(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    """The clause or sentence around ``text[start:end]``: from the break before it to the next."""
    reach = _CLAUSE_REACH if pattern is _CLAUSE_BREAK else _SENTENCE_REACH
    left = max(0, start - reach)
    for m in pattern.finditer(text, left, start):
        left = m.end()
    limit = min(len(text), end + reach)
    right_match = pattern.search(text, end, limit)
    return left, right_match.start() if right_match else limit


def _outside(text: str, left: int, right: int, hits: list[_Hit]) -> str:
    """``text[left:right]`` with every date in it blanked."""
    pieces, at = [], left
    for hit in hits:
        if hit.end <= left or hit.start >= right:
            continue
        pieces.append(text[at : max(at, hit.start)])
        at = max(at, hit.end)
    pieces.append(text[at:right])
    return " ".join(" ".join(pieces).split())


#: A time of day says when too: "by 5pm on the 9th", "Freitag 17 Uhr", "vendredi midi".
_TIME_OF_DAY = lazy(
    r"\d{1,2}(?:am|pm|h|uhr|u)?|\d\d|noon|midday|morning|afternoon|evening|lunchtime|mittag|"
    r"nachmittag|vormittag|abend|uhr|matin|midi|soir|mediodia|manana|tarde|noche|manha|noite|"
    r"mattina|pomeriggio|sera|ochtend|middag|avond"
)


def _only_when(words: str) -> bool:
    """Does this stretch say nothing but when (only filler words beside its dates, and perhaps
    who said it at its end: "Early next week per Dana", "bis Freitag laut Frau Weber")?"""
    found = _WORD.findall(words)
    odd = [
        i
        for i, word in enumerate(found)
        if word not in _FILLER and not _TIME_OF_DAY.fullmatch(word)
    ]
    if not odd:
        return True
    first = odd[0]
    return (
        len(found) - first <= 2
        and first > 0
        and (found[first - 1] in _REPORTERS or found[first - 2 : first] == ["according", "to"])
    )


#: The words after which a note names who said its date ("per", "laut", "selon", "según").
_REPORTERS = frozenset({"per", "laut", "selon", "apres", "segun", "segundo", "volgens"})


def _asked(folded: str, s_left: int, c_left: int, start: int) -> bool:
    """Is the date the candidate's request? A request in the sentence makes its dates the
    candidate's, but not one the company then answers with, after the request's clause
    ("I asked for this week; HR said no, only next week")."""
    s_right = _bounds(_SENTENCE_BREAK, folded, start, start)[1]
    if _REQUEST.search(folded, s_left, s_right) is None:
        return False
    return not _answers_request(folded, s_left, c_left, start)


def _answers_request(folded: str, s_left: int, c_left: int, start: int) -> bool:
    """Does the company answer the candidate's request before this date, in a clause of its
    own: "I asked for Friday; the recruiter said next Wednesday instead"?"""
    asked = list(_REQUEST.finditer(folded, s_left, start))
    return (
        bool(asked)
        and asked[-1].end() <= c_left
        and bool(_SAID_ANYWHERE.search(folded, asked[-1].end(), start))
    )


#: What follows from what was said before: "so", "daher", "donc", "así que", "então", "quindi".
_SO = lazy(
    r"\b(?:so|therefore|hence|which means|also|daher|deshalb|deswegen|darum|donc|du coup|alors|"
    r"asi que|por eso|por lo que|entonces|por isso|entao|logo|quindi|percio|dunque|dus|daarom|"
    r"zodat)\b"
)


#: A span said as a lead time before something: "48 hours in advance", "24 Stunden vorher",
#: "48h à l'avance", "con 48 horas de antelación", "48 ore prima", "48 uur van tevoren".
_LEAD_TIME = lazy(
    r"\s*(?:before(?:hand)?|prior|in advance|ahead|earlier|vorher|zuvor|im voraus|vor (?:dem|der|"
    r"ihrem|deinem|beginn)|(?:a|d') ?l?'?avance|avant|auparavant|de antelacion|de antemano|antes|"
    r"de antecedencia|com antecedencia|di anticipo|in anticipo|prima|van tevoren|vooraf|tevoren|"
    r"ervoor|voor (?:het|de|je|uw))\b"
)


#: Why, after a date: "as", "since", "weil", "car", "ya que", "já que", "dato che", "omdat".
_REASON = lazy(
    r"\b(?:as|since|because|given that|seeing as|weil|da(?= (?:sie|er|die|der|das|wir|ich|man)\b)|"
    r"zumal|car|puisque|vu que|comme|ya que|puesto que|dado que|porque|pois|ja que|visto que|"
    r"perche|poiche|dato che|visto che|siccome|omdat|aangezien|want)\b"
)
#: A date that is what the answer comes after: "we'll know after tonight's service", "après le
#: service de ce soir", "dopo stasera". It is when the wait may end at the earliest, no promise.
_AFTER_DATE = lazy(
    r"\b(?:after|nach|apres|despues(?: de| del)?|tras|depois(?: de| do| da)?|apos|dopo|"
    r"na(?= (?:de|het) ))\s+"
    r"(?:(?:(?:the|le|la|l'|el|il|lo|o|a|de|het|dem|der|den|die)\s*)?[a-z]+\s+"
    r"(?:of|de|di|del|della|van|von|do|da|des|du)\s+)?$"
)


def _judge(folded: str, hit: _Hit, hits: list[_Hit]) -> str:
    """``promise``, ``anchor`` (a return or absence another date counts from) or ``other``."""
    if hit.kind == "span" and _LEAD_TIME.match(folded, hit.end):
        return "other"  # "reply at least 48 hours in advance": a lead time, not an answer
    if hit.kind in ("date", "eod") and _AFTER_DATE.search(
        folded, max(0, hit.start - 40), hit.start
    ):
        return "other"
    c_left, c_right = _bounds(_CLAUSE_BREAK, folded, hit.start, hit.end)
    s_left, s_right = _bounds(_SENTENCE_BREAK, folded, hit.start, hit.end)
    # "feedback by the 14th - then emailed later: actually by the 17th": a correction replaces
    # the promise before it, and its clause starts at the correction
    # (in its sentence too: "Answer by Wednesday. Change of plans: Friday.")
    corrected = [end for end in _corrections(folded) if s_left <= end <= hit.start]
    clause = _outside(folded, c_left, c_right, hits)
    if corrected and corrected[-1] < c_left and not _only_when(clause):
        corrected = []  # "Actually, I might be away Monday": a clause of its own after it
    if corrected:
        c_left = max(c_left, corrected[-1])
        clause = _outside(folded, c_left, c_right, hits)
    # "the HM is off sick, so it'll be Wednesday next week": the absence is the reason for the
    # date after it, which is no return
    r_left = s_left  # where what is said of the date starts
    away = _AWAY.search(folded, s_left, hit.start)
    if away and (then := _SO.search(folded, max(away.end(), c_left - 12), hit.start)):
        c_left = r_left = max(c_left, then.end())
        clause = _outside(folded, c_left, c_right, hits)
    note = len(folded) <= _NOTE_LENGTH
    answer = _ANSWER.search(clause) is not None or (
        bool(corrected) and _ANSWER.search(folded, 0, corrected[-1]) is not None
    )
    if not answer and c_left - 2 > s_left and folded[c_left - 1] == "," and _only_when(clause):
        # "informieren wir Sie schriftlich, voraussichtlich in KW 12": a clause that says only
        # when, after a comma that ends the clause saying who answers (and of nothing else)
        p_left = max(s_left, _bounds(_CLAUSE_BREAK, folded, c_left - 2, c_left - 1)[0])
        before = _outside(folded, p_left, c_left - 1, hits)
        answer = bool(_ANSWER.search(before)) and not _NOT_AN_ANSWER.search(before)
    said = False  # "they said two weeks", "it takes up to four weeks" (to answer)
    if not answer:
        bare = note and _only_when(clause)
        # "actually Wednesday, as the MD is out": an absence given after the date as its reason
        reason = _REASON.search(folded, hit.end, c_right)
        why = _outside(folded, c_left, reason.start(), hits) if reason else clause
        if _AWAY.search(why) or (_UNTIL.search(folded, c_left, hit.start) and not bare):
            return "anchor"  # "back on the 14th", "out until the 20th"; a bare "bis Freitag" is by
        said = (
            _REPORTED.search(folded, max(s_left, hit.start - 60), hit.start) is not None
            or (_answers_request(folded, s_left, c_left, hit.start))
            or (
                _TAKES.search(clause) is not None
                and _ANSWER.search(_outside(folded, s_left, s_right, hits)) is not None
            )
        )
        if not said and not bare:
            return "other"  # most dates of an invitation end here: no word of answering
    if (
        _NOT_BEFORE.search(folded, max(c_left, hit.start - 24), hit.start)
        and _NEGATION.search(folded, c_left, c_right)
        and not _CONDITION.search(folded, c_left, hit.start)
    ):
        return "other"  # "no decision before the end of the month": not before, not by
    if (
        _WHEN_SAID.fullmatch(folded, hit.start, hit.end)
        and _SAID_THEN.match(folded, hit.end)
        and not _ATTRIBUTION.match(folded, hit.end)
    ):
        return "other"  # "On Monday the recruiter told me ...": when it was said
    sentence = folded[s_left:s_right]
    if (
        _NOT_THEIRS.search(folded, *_bounds(_PART_BREAK, folded, hit.start, hit.end))
        or _HEARSAY_ADVERB.search(folded, s_left, c_right)
        or (
            _HEARSAY_ADVERB.search(folded, c_right, s_right)
            and not _SAID_ANYWHERE.search(folded, s_left, hit.start)
        )
        or _MINE.search(folded, *_bounds(_PART_BREAK, folded, hit.start, hit.end))
        or (_asked(folded, s_left, c_left, hit.start) and not _AGREED.search(folded))
        or _not_an_answer(folded, (c_left, c_right), hit, hits, clause)
        or _ERRAND.match(sentence)
    ):
        return "other"
    if answer or said:
        return "promise"
    # a short note whose clause says only when: the rest of its sentence says whose answer it is
    # (the words of a correction say nothing of it: "Change of plans: Friday.")
    # (a clause that dates something else with a date of its own is that date's: "Within 24
    # hours - the contract starts on the 12th")
    named = _with_corrections(folded, hits) if corrected else hits
    rest = _outside(
        folded, r_left, s_right, _with_their_clauses(folded, hit, named, s_left, s_right)
    )
    if _NOT_AN_ANSWER.search(rest) or _ERRAND.match(rest):
        return "other"
    if _ANSWER.search(rest) or _COMPANY.search(rest) or _only_when(rest):
        return "promise"
    # a note that opens with when, then turns to something else: "Within 10 working days; a
    # second round would be on site."
    p_left, p_right = _bounds(_PART_BREAK, folded, hit.start, hit.end)
    if not folded[:p_left].strip() and _only_when(_outside(folded, p_left, p_right, hits)):
        return "promise"
    return "other"


def _with_their_clauses(
    folded: str, hit: _Hit, hits: list[_Hit], s_left: int, s_right: int
) -> list[_Hit]:
    """``hits`` and the clauses of the sentence's other dates that say what those dates are
    (a start, a deadline: ``_NOT_AN_ANSWER``), in text order: what is said of them is theirs."""
    spans = []
    for other in hits:
        if other is hit or other.day is None and other.kind == "date":
            continue  # a correction's words
        if not s_left <= other.start < s_right:
            continue
        left, right = _bounds(_CLAUSE_BREAK, folded, other.start, other.end)
        if left <= hit.start < right:
            continue
        if _NOT_AN_ANSWER.search(_outside(folded, left, right, hits)):
            # ... with the word that joins it on ("since", "car", "porque")
            for m in _CLAUSE_BREAK.finditer(folded, max(s_left, left - 12), left):
                if m.end() == left and m.start() > hit.end:
                    left = m.start()
            spans.append(_Hit(left, right, None))
    return sorted([*hits, *spans], key=lambda h: h.start) if spans else hits


def _with_corrections(folded: str, hits: list[_Hit]) -> list[_Hit]:
    """The dates and the correction words ("actually", "change of plans"), in text order."""
    words = [_Hit(m.start(), m.end(), None) for m in _CORRECTION.finditer(folded)]
    return sorted([*hits, *words], key=lambda h: h.start)


#: A note's parts: its sentences, and the stretches a ";" divides them into.
_PART_BREAK = lazy(_SENTENCE_BREAK.pattern + "|;")

#: "they'll let me know Friday whether I can start": the start is the news they give, not a start
#: date (a date after it still is one: "whether I can start on the 1st").
_WHETHER_START = lazy(
    r"\b(?:(?:whether|if) i (?:can|could|may|might|will|'ll|would|get to) (?:\w+ )?start|"
    r"ob ich (?:\w+ ){0,3}?(?:anfangen|beginnen|starten|einsteigen)|"
    r"si (?:je|j') ?(?:peux|pourrai|pourrais|vais) (?:\w+ )?(?:commencer|demarrer|debuter)|"
    r"si (?:yo )?(?:puedo|podre|podria|voy a) (?:\w+ )?(?:empezar|comenzar|iniciar|incorporarme)|"
    r"se (?:eu )?(?:posso|poderei|poderia|vou) (?:\w+ )?(?:comecar|iniciar)|"
    r"se (?:io )?(?:posso|potro|potrei) (?:\w+ )?(?:iniziare|cominciare)|"
    r"of ik (?:\w+ ){0,3}?(?:beginnen|starten))\b"
)


def _not_an_answer(
    folded: str, bounds: tuple[int, int], hit: _Hit, hits: list[_Hit], clause: str
) -> bool:
    """Does the clause say the date belongs to something else (``_NOT_AN_ANSWER``), once a
    start that is the news itself ("whether I can start") after the date is set aside?"""
    if _NOT_AN_ANSWER.search(clause) is None:
        return False
    left, right = bounds
    news = [m for m in _WHETHER_START.finditer(folded, left, right) if m.start() >= hit.end]
    if not news:
        return True
    spans = sorted([*hits, *(_Hit(m.start(), m.end(), None) for m in news)], key=lambda h: h.start)
    return _NOT_AN_ANSWER.search(_outside(folded, left, right, spans)) is not None


# --------------------------------------------------------------------------- the parser


#: The zones of the United States and Canada (tzdata's zone.tab, and the old names that link to
#: them), where "05/06" is May 6. Everywhere else, Latin America included, it is 5 June.
_MONTH_FIRST_ZONES = frozenset(
    {
        "Adak", "Anchorage", "Atikokan", "Atka", "Blanc-Sablon", "Boise", "Cambridge_Bay",
        "Chicago", "Coral_Harbour", "Creston", "Dawson", "Dawson_Creek", "Denver", "Detroit",
        "Edmonton", "Fort_Nelson", "Fort_Wayne", "Glace_Bay", "Goose_Bay", "Halifax",
        "Indiana/Indianapolis", "Indiana/Knox", "Indiana/Marengo", "Indiana/Petersburg",
        "Indiana/Tell_City", "Indiana/Vevay", "Indiana/Vincennes", "Indiana/Winamac",
        "Indianapolis", "Inuvik", "Iqaluit", "Juneau", "Kentucky/Louisville",
        "Kentucky/Monticello", "Knox_IN", "Los_Angeles", "Louisville", "Menominee", "Metlakatla",
        "Moncton", "Montreal", "New_York", "Nipigon", "Nome", "North_Dakota/Beulah",
        "North_Dakota/Center", "North_Dakota/New_Salem", "Pangnirtung", "Phoenix", "Rainy_River",
        "Rankin_Inlet", "Regina", "Resolute", "Shiprock", "Sitka", "St_Johns", "Swift_Current",
        "Thunder_Bay", "Toronto", "Vancouver", "Whitehorse", "Winnipeg", "Yakutat", "Yellowknife",
    }
)  # fmt: skip


def _month_first(tz: str) -> bool:
    """Numeric dates read month first in the United States and Canada only."""
    if tz.startswith(("US/", "Canada/")) or tz in ("Pacific/Honolulu", "Navajo"):
        return True
    return tz.startswith("America/") and tz[8:] in _MONTH_FIRST_ZONES


@lru_cache(maxsize=64)
def _zone(tz: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(tz)
    except (KeyError, ValueError):
        return None


def _local_date(end_at: datetime, tz: str) -> date:
    zone = _zone(tz)
    if zone is None or end_at.tzinfo is None:
        return end_at.date()
    return end_at.astimezone(zone).date()


def _raw_hits(scan: _Scan, d: date, month_first: bool, rules: int | None = None) -> list[_Hit]:
    """Every date the rules find; ``rules`` (a bit per rule) defaults to those the gates open."""
    folded = scan.text
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    bits = _open_rules(scan) if rules is None else rules
    if not scan.words.isdisjoint(_FOLLOWING_WORDS):  # "the following Wednesday": not a bare one
        for m in _FOLLOWING_WEEKDAY.finditer(folded):
            day_name = next(name for name in m.groups() if name)
            taken.append(m.span())
            hits.append(_Hit(m.start(), m.end(), None, f"after {_weekday(day_name)}"))
    for index, rule in enumerate(_RULES):
        if not bits >> index & 1:
            continue
        resolve = rule.resolve
        for m in rule.pattern.finditer(folded):
            start, end = m.span()
            if rule.before is not None and start:
                part = rule.before.search(folded, max(0, start - 40), start)
                start = part.start() if part else start
            if start == end or any(s < end and start < e for s, e in taken):
                continue
            day = resolve(m, d, month_first)
            if day is None:
                continue
            taken.append((start, end))
            hits.append(_Hit(start, end, day, _KINDS.get(resolve, "date")))
    words = scan.words
    relative = (
        _RELATIVE.finditer(folded)
        if not words.isdisjoint(_RELATIVE_WORDS) and not words.isdisjoint(_RELATIVE_AFTER)
        else ()
    )
    for m in relative:
        if not any(s < m.end() and m.start() < e for s, e in taken):
            if _UNDATED_EVENT_AFTER.match(folded, m.end()):
                continue  # "the day after our board meeting": counted from no date given
            kind = "relative" if m["day"] else "relative week"
            hits.append(_Hit(m.start(), m.end(), None, kind))
    if not words.isdisjoint(_SAME_DAY_WORDS) and not words.isdisjoint(_SAME_DAY_BEFORE):
        for m in _SAME_DAY.finditer(folded):
            if _FROM_THAT.search(folded, max(0, m.start() - 12), m.start()):
                continue  # "a week from that day": where a span counts from
            if not any(s < m.end() and m.start() < e for s, e in taken):
                hits.append(_Hit(m.start(), m.end(), None, "relative same"))
    return _in_context(folded, d, sorted(hits, key=lambda h: h.start))


_FROM_THAT = lazy(r"\b(?:from|a partir de|vanaf|ab|desde|da)\s+$")

#: The kind of date a rule finds, where it matters: the end of a day joins a named day, a span
#: after "then" counts from the date someone returns.
_KINDS: dict[Resolver, str] = {_end_of_day: "eod", _span: "span", _fortnight: "span"}

#: "the following Wednesday", "le vendredi suivant": the first such day after the date before it.
_FOLLOWING_WEEKDAY = lazy(
    r"\bthe following ("
    + _WD
    + r")\b|\b(?:le|el|o|il|de|der|am|den|na|no)\s+("
    + _WD
    + r")\s+(?:suivant|siguiente|seguinte|successivo|seguente|daarop|erna)\b|"
    r"\b(?:am|den) darauffolgenden (" + _WD + r")\b"
)

# The patterns above that most texts are scanned with, each led by a look ahead for the
# characters its matches start with (``textscan.led``): the same matches, found faster.
(_RELATIVE, _CLAUSE_BREAK, _ANSWER, _COMPANY, _REPORTED, _UNTIL, _AWAY, _REQUEST, _AGREED) = (
    led(p)
    for p in (
        _RELATIVE,
        _CLAUSE_BREAK,
        _ANSWER,
        _COMPANY,
        _REPORTED,
        _UNTIL,
        _AWAY,
        _REQUEST,
        _AGREED,
    )
)
(_CORRECTION, _NOT_THEIRS, _MINE, _NOT_AN_ANSWER, _WHEN_SAID, _TAKES, _FOLLOWING_WEEKDAY) = (
    led(p)
    for p in (
        _CORRECTION, _NOT_THEIRS, _MINE, _NOT_AN_ANSWER, _WHEN_SAID, _TAKES, _FOLLOWING_WEEKDAY
    )
)  # fmt: skip
_FOLLOWING_WORDS = frozenset(
    {"following", "suivant", "siguiente", "seguinte", "successivo", "seguente", "daarop", "erna",
     "darauffolgenden"}
)  # fmt: skip

#: "w/c 8 June", "the week of the 20th", "semaine du 8 juin": that week, whose last working day
#: wins (a week is a range).
_WEEK_OF = led(
    lazy(
        r"\b(?:(?:the )?week of|w/c|week (?:commencing|beginning|starting)|(?:in der )?woche vom|"
        r"(?:la )?semaine du|(?:la )?semana del?|(?:la )?settimana del|(?:de )?week van)"
        r"\s+(?:the\s+)?$"
    )
)
#: "a week after that", "zwei Tage danach": counted from the date named before, not from D.
_AFTER_THAT = lazy(
    # ("after this round", "after this interview" is the interview itself: counted from D)
    r"\s+(?:after (?:that|it|this(?! (?:round|interview|meeting|call|conversation|chat|session|"
    r"stage|step|visit|discussion)))|later|thereafter|danach|spater|darauf|apres|plus tard|despues|"
    r"mas tarde|depois|mais tarde|dopo|piu tardi|daarna|later|"
    # "a week from then", "ab dann", "a partir de ese día", "da quel giorno", "vanaf dan"
    r"from (?:then|that (?:date|day|point))|after then|ab (?:dann|diesem tag)|von da an|"
    r"a partir de (?:la|ce jour|cette date|ahi|entonces|ese dia|esa fecha)|"
    r"a partir da(?:i|quele dia|quela data)|da (?:allora|quel giorno|quella data)|"
    r"vanaf (?:dan|die dag|dat moment)|"
    # ... or from a return: "48 hours of getting back", "tras su regreso", "dal rientro"
    r"(?:of|after) (?:(?:his|her|their|the) return|(?:getting|coming|being) back)|"
    r"(?:once|when) (?:he|she|they)(?:'s|'re| is| are)? back|nach (?:ihrer|seiner|der) "
    r"ruckkehr|tras su (?:regreso|vuelta)|(?:despues de|a) su (?:regreso|vuelta)|"
    r"(?:apos (?:o|a)|depois d(?:o|a)) (?:seu |sua )?(?:retorno|volta|regresso)|"
    r"(?:dal|dopo il|al) (?:suo )?(?:rientro|ritorno)|na (?:zijn|haar|hun) (?:terugkeer|"
    r"terugkomst))\b"
)
#: Someone's return, before or after its date: "back on", "vuelve el", "rientra il", "volta dia",
#: "am 18. zurück", "de 18e terug".
_RETURN_BEFORE = lazy(
    r"\b(?:back (?:from \w+ )?on|returns?(?: on)?|returning(?: on)?|zuruck am|"
    r"wieder (?:da|im buro) am|regresa|vuelve|rentre|revient|de retour|terug op|volta|regressa|"
    r"torna|rientra|ritorna)\s+(?:(?:the|el|le|il|dia|o dia|am|op|de|on|a|al)\s+)?$"
)
_BACK_AFTER = lazy(r"\s*(?:terug|zuruck|back)\b")
_ADJACENT = lazy(r"[\s,]*(?:(?:on|by|at|am|um|le|el|il|op|de|a|al|ao|alle)\s+)?$")


def _in_context(folded: str, d: date, hits: list[_Hit]) -> list[_Hit]:
    """Dates read with their neighbours: the end of day of a named day is that day ("COB
    Friday", "Friday EOD"); "the week of" a date is that week's Friday; a span "after that" counts
    from the date before it."""
    kept: list[_Hit] = []
    for index, hit in enumerate(hits):
        if hit.day is None:
            kept.append(hit)
            continue
        if hit.kind == "eod":
            neighbours = hits[index - 1 : index] + hits[index + 1 : index + 2]
            if any(_ADJACENT.fullmatch(_gap(folded, hit, other)) for other in neighbours):
                continue
        day = hit.day
        week_of = _WEEK_OF.search(folded, max(0, hit.start - 30), hit.start) or (
            folded.startswith("du ", hit.start)  # "la semaine du 18": the day holds its "du"
            and folded.endswith("semaine ", max(0, hit.start - 8), hit.start)
        )
        if week_of and day.weekday() < 5:
            day += timedelta(days=4 - day.weekday())
        elif kept and kept[-1].day and _AFTER_THAT.match(folded, hit.end):
            day = kept[-1].day + (day - d)
            base = kept[-1]
            if _RETURN_BEFORE.search(folded, max(0, base.start - 30), base.start) or (
                _BACK_AFTER.match(folded, base.end)
            ):  # "back on the 18th, answer within 48 hours of that": a return, not a promise
                kept[-1] = _Hit(base.start, base.end, base.day, "return")
        kept.append(_Hit(hit.start, hit.end, day, hit.kind))
    return kept


def _gap(folded: str, one: _Hit, other: _Hit) -> str:
    return (
        folded[one.end : other.start] if one.end <= other.start else folded[other.end : one.start]
    )


#: "at the latest" in each language: after the later day of a range, or set off by commas
#: between its days ("Friday or, at the latest, Monday", "el viernes o, como muy tarde, el lunes").
_LATEST = (
    r"(?:at the (?:very |absolute )?latest|latest|at (?:the )?most|(?:aller)?spatestens|"
    r"au plus tard|a mas tardar|como muy tarde|lo mas tarde|como maximo|no maximo|"
    r"(?:o|no) mais tardar|al piu tardi|al massimo|uiterlijk|op (?:zijn|z'n) laatst|ten laatste|"
    r"hooguit)"
)
_RANGE_OR = lazy(
    r"^[\s,'\"]*(?:(?:or|oder|o|ou|of|oppure|bzw\.?|/)\s*(?:at the (?:very )?latest\s*)?|"
    r"(?:(?:or|oder|o|ou|of|oppure)[\s,]+)?(?:(?:but|aber|mais|pero|mas|ma|maar)\s+)?"
    + _LATEST
    + r"(?:\s+(?:aber|but))?\s*|(?:or )?(?:maybe|perhaps|possibly|probably|"
    r"eventuell|vielleicht|peut-etre|quizas|quiza|talvez|forse|misschien)\s*)[\s,'\"]*(?:(?:on|by|"
    r"the|am|bis|zum|le|el|il|na|no|ate|a|em|op|entro|hasta)\s+)*$"
)


#: "tomorrow, Thursday latest", "vendredi, lundi au plus tard": the later day named as the
#: latest after a comma is the end of a range.
_LIST_GAP = lazy(
    r"^[\s,'\"]*(?:(?:or|oder|o|ou|of|oppure)\s+)?(?:(?:the|am|le|el|il|na|no|a|op|de)\s+)?$"
)
_LATEST_AFTER = lazy(r"[\s,]*" + _LATEST + r"\b")


#: "Interviews run until Friday, then we'll decide within a week": a span after "then" counts from
#: the date someone or something returns or ends.
_THEN = lazy(
    r"\b(?:then|after that|afterwards|thereafter|danach|dann|anschliessend|ensuite|puis|apres|"
    r"despues|luego|depois|em seguida|poi|dopo|daarna|dan|vervolgens)\b"
)


def _promises(folded: str, d: date, hits: list[_Hit]) -> list[_Hit]:
    """The dates the company promised, a range ("Friday, or Monday at the latest") as its end."""
    kept: list[_Hit] = []
    before = d  # "the day after" counts from the date named before it, else from the interview
    anchor: date | None = None
    # spans counted from another event ("two weeks of the closing date"), and that event's date
    from_event: dict[int, tuple[_Hit, int] | None] = {}
    event_named: dict[int, str] = {}  # the text with the event's name blanked: no distractor
    for hit in hits:
        of = _OF_EVENT.match(folded, hit.end) if hit.kind == "span" else None
        if of and of["det"] not in _OWN and (_OTHER_EVENT.search(of["what"]) or _refers_back(of)):
            # "... after the last visit, and ours was the last one": counted from the interview
            if not _OURS_WAS_LAST.search(folded, of.end()):
                from_event[hit.start] = _from_event(folded, hit, hits, d)
            blank = " " * (of.end() - of.start())
            event_named[hit.start] = f"{folded[: of.start()]}{blank}{folded[of.end() :]}"
    anchors = {found[1] for found in from_event.values() if found is not None}
    anchor_end = -1  # where the last absence or return ends ("out Monday and Tuesday")
    previous: _Hit | None = None  # the date a relative one ("the day after") counts from
    for hit in hits:
        relative = hit.day is None
        if relative:
            hit = _Hit(hit.start, hit.end, _relative_day(hit.kind, before), hit.kind)
        before = hit.day  # type: ignore[assignment]
        counted_from, previous = previous, hit
        verdict = (
            "anchor"
            if hit.kind == "return"
            else _judge(event_named.get(hit.start, folded), hit, hits)
        )
        if anchor_end >= 0 and _LIST_JOIN.fullmatch(folded, anchor_end, hit.start):
            verdict = "anchor"  # listed with an absence's day, it is one too
        if verdict == "anchor":
            anchor, anchor_end = hit.day, hit.end
        between = bool(
            kept
            and kept[-1] is counted_from
            and _AND_GAP.match(folded, kept[-1].end, hit.start)
            and _BETWEEN.search(folded, max(0, kept[-1].start - 24), kept[-1].start)
        )
        if verdict == "other" and kept and kept[-1] is counted_from:
            # "el lunes, o el martes como muy tarde": a later day that only says when, joined
            # to a promise as its range's end, is part of that promise
            gap = folded[kept[-1].end : hit.start]
            c_left, c_right = _bounds(_CLAUSE_BREAK, folded, hit.start, hit.end)
            if (_RANGE_OR.match(gap) or between) and _only_when(
                _outside(folded, c_left, c_right, hits)
            ):
                verdict = "promise"
        if verdict != "promise":
            continue
        if (
            relative
            and kept
            and kept[-1] is counted_from
            and _BODY_MEETS.search(
                folded, *_bounds(_CLAUSE_BREAK, folded, counted_from.start, counted_from.end)
            )
        ):
            kept.pop()  # "the panel meets on the 12th and will ring the day after": its event
        if anchor is not None and hit.kind == "span" and hit.day is not None:
            c_left, _ = _bounds(_CLAUSE_BREAK, folded, hit.start, hit.end)
            if _THEN.search(folded, max(0, c_left - 16), hit.start):
                hit = _Hit(hit.start, hit.end, anchor + (hit.day - d), hit.kind)
        if hit.start in from_event:
            counted = from_event[hit.start]
            if counted is None:
                continue  # counted from an event the text does not date: no date stated
            hit = counted[0]
        elif hit.start in anchors:
            continue  # the date of the event a span counts from
        gap = folded[kept[-1].end : hit.start] if kept else ""
        if kept and (
            between
            or _RANGE_OR.match(gap)
            or (_LIST_GAP.match(gap) and _LATEST_AFTER.match(folded, hit.end))
        ):
            last = kept.pop()
            hit = _Hit(last.start, hit.end, max(last.day, hit.day))  # type: ignore[type-var]
        kept.append(hit)
    return kept


#: A panel, board or jury meeting or deliberating: the event a relative promise ("the day
#: after", "le lundi suivant") counts from, no answer itself.
_BODY_MEETS = lazy(
    r"\b(?:meets|meet|meeting|convenes?|sits|deliberat\w*|decides?|"
    r"tagt|tagen|trifft sich|treffen sich|berat\w*|entscheid\w*|sitzung|"
    r"se reuni\w*|deliber\w*|tranch\w*|decid\w*|reunion|reuniao|"
    r"vergader\w*|beslis\w*|komt (?:[\w-]+ )?bijeen|"
    r"se reune\w*|si riuniscono|si riunisce|riunione)\b"
)

#: "between the 18th and the 20th", "zwischen dem 18. und 20.", "entre le 18 et le 20", "tra il
#: 18 e il 20", "tussen 18 en 20": a range, whose upper bound applies.
_BETWEEN = lazy(r"\b(?:between|zwischen|entre|tra|fra|tussen)\s+(?:\w+\s+){0,2}$")
_AND_GAP = lazy(
    r"\s*(?:and|und|et|y|e|en)\s+(?:(?:the|dem|den|le|el|il|o|os|a|as|de|dia|dias)\s+)*"
)

#: What joins the days of one list: "Monday and Tuesday", "lundi, mardi".
_LIST_JOIN = lazy(r"\s*(?:,|&|and|or|und|oder|et|ou|y|o|e|en|of)\s*")

#: "within two weeks of the closing date", "10 Tage nach Ende der Ausschreibung": a span counted
#: from an event; from the interview itself ("a week after our conversation") it counts from D.
_OF_EVENT = lazy(
    r"\s+(?:of|after|from|following|nach|ab|apres|suivant|despues de|tras|a partir de|apos|"
    r"depois de|dopo|dalla data (?:di|del)|na|vanaf)\s+(?:(?P<det>the|our|your|this|that|today's|"
    r"dem|der|des|la|le|l'|el|los|las|o|a|os|as|il|lo|de|het)\s*)?"
    r"(?P<what>[a-z'-]+(?: [a-z'-]+){0,2})"
)
#: The interview itself ("your onsite", "today's panel", "our call") is where a span counts from
#: anyway; another event is named by what sets it apart: a closing date, a deadline, the last
#: or the next round, the end of something.
_OWN = frozenset({"our", "your", "this", "today's"})
#: "within 2 working days of that": counted from the date named before ("a week after that"
#: already is, as a span after a return).
_BACK_REFERENCE = frozenset({"that", "then", "it", "which"})


def _refers_back(of: re.Match[str]) -> bool:
    return of.group(0).split()[0] == "of" and of["what"].split()[0] in _BACK_REFERENCE


_OTHER_EVENT = lazy(
    r"\b(?:last|final|next|closing|close|second|third|remaining|other|all|deadline|letzte\w*|"
    r"nachste\w*|zweite\w*|ende|bewerbungsfrist|ausschreibung|derni\w*|prochain\w*|ultim\w*|"
    r"proxim\w*|prossim\w*|laatste|volgende|cierre|cloture|chiusura|sluiting|fin|fim|fine|"
    r"einde|end|"
    # a meeting of the company's own body: "two weeks after the board meeting"
    r"board|committee|trustees|governors|council|vorstand\w*|aufsichtsrat\w*|gremium\w*|comite|"
    r"conseil|consejo|junta|conselho|diretoria|consiglio|bestuur\w*|raad|"
    # an offer made or received, or a document received: "within 10 days of the offer"
    r"offer|angebot\w*|offre|oferta|proposta|offerta|aanbod|receipt|erhalt|reception|recepcion|"
    r"recebimento|ricevimento|ontvangst)\b"
)


#: The interview was the last of them: "ours was the last one", "ich war die Letzte", "le nôtre
#: était le dernier", "el nuestro fue el último", "o meu foi o último", "il mio era l'ultimo".
_OURS_WAS_LAST = lazy(
    r"\b(?:(?:ours|mine|i|we) (?:was|were|am|are|'m|'re)|(?:unser(?:e|es|er)?|meins|meines|ich|"
    r"wir) (?:war|waren|bin|sind)|(?:le notre|la notre|le mien|la mienne) (?:etait|est|a ete)|"
    r"(?:j'etais|nous etions|je suis|nous sommes)|(?:el nuestro|la nuestra|el mio|la mia|yo) "
    r"(?:fue|era|fui)|(?:o nosso|a nossa|o meu|a minha|eu) (?:foi|era|fui)|(?:il nostro|la nostra|"
    r"il mio|la mia|io) (?:era|e stat[oa]|ero|sono stat[oa])|(?:de onze|het onze|de mijne|ik|wij|"
    r"we) (?:was|waren))\s+(?:(?:the|das|der|die|le|la|el|o|a|il|l'|de|het)\s*)?"
    r"(?:last|final|letzte\w*|dernier\w*|ultim\w*|laatste)\b"
)


def _from_event(folded: str, span: _Hit, hits: list[_Hit], d: date) -> tuple[_Hit, int] | None:
    """A span counted from an event: from the date the text gives nearest to it (in its
    sentence first), with where that date is; None when no date is given."""
    if span.day is None:
        return None
    s_left, s_right = _bounds(_SENTENCE_BREAK, folded, span.start, span.end)
    dated = [h for h in hits if h is not span and h.day is not None and h.kind != "span"]
    if not dated:
        return None
    near = [h for h in dated if s_left <= h.start < s_right] or dated
    anchor = min(near, key=lambda h: abs(h.start - span.start))
    assert anchor.day is not None
    if _BUSINESS_SPAN.search(folded, span.start, span.end):  # working days count on from it
        count = sum(
            (d + timedelta(days=i)).weekday() < 5 for i in range(1, (span.day - d).days + 1)
        )
        return _Hit(
            span.start, span.end, _business_days(anchor.day, count), span.kind
        ), anchor.start
    return _Hit(span.start, span.end, anchor.day + (span.day - d), span.kind), anchor.start


#: A span of business days, in the words of ``_UNITS``.
_BUSINESS_SPAN = lazy(
    r"business|working|biz|\bbd\b|werktag|arbeitstag|habil|laborabl|util|lavorativ|ouvr|werkdag"
)


def _relative_day(kind: str, before: date) -> date:
    """The day after the date before, the Friday of its next week, or the weekday after it."""
    if kind == "relative same":
        return before
    if kind == "relative":
        return before + timedelta(days=1)
    if kind == "relative week":
        return _next_week_day(before, 4)
    return _after_weekday(before, int(kind.split()[1]))


def _choose(folded: str, hits: list[_Hit]) -> _Hit | None:
    if not hits:
        return None
    corrections = _corrections(folded)
    if corrections:
        later = [h for h in hits if h.start >= corrections[-1]]
        if later:
            return later[0]
    return min(hits, key=lambda h: (h.day, h.start))


@lru_cache(maxsize=16)  # asked for each date of a text, and once more to choose
def _corrections(folded: str) -> tuple[int, ...]:
    """Where each correction ("actually", "scratch that") ends: ``_CORRECTION``, scanned only
    when one of its words is there (most texts correct nothing, and the scan reads them all)."""
    found: list[int] = []
    if holds_any(folded, _CORRECTION_NEEDLES):
        found = [m.end() for m in _CORRECTION.finditer(folded)]
    if holds_any(folded, _INSTEAD_NEEDLES):
        # said after its date: the correction starts with the clause that holds it
        starts = [_bounds(_CLAUSE_BREAK, folded, m.start(), m.end())[0] for m in
                  _INSTEAD.finditer(folded)]  # fmt: skip
        found = sorted(found + starts)
    if holds_any(folded, _EARLIER_NEEDLES):
        # "Originally Friday. ...": what comes after the clause it opens replaces it
        for m in _EARLIER.finditer(folded):
            for end in _CLAUSE_BREAK.finditer(folded, m.end()):
                if folded[m.end() : end.start()].strip(" ,:"):
                    found.append(end.start())
                    break
        found = sorted(found)
    return tuple(found)


#: Where a reply's quote of older mail starts: "> " lines, "On Mon, 9 Nov, Sam wrote:", "Le 12/01
#: ... a écrit :", "-----Original Message-----", an Outlook "From: ... Sent: ..." header.
_QUOTE = lazy(
    r"^(?:>|(?:on|am|le|el|em|il|op) [^\n]{4,160}?(?:wrote|schrieb|a ecrit|escribio|escreveu|"
    r"ha scritto|schreef)\b[^\n]*$|-{2,} ?(?:original message|ursprungliche nachricht|"
    r"message d'origine|mensaje original|mensagem original|messaggio originale|"
    r"oorspronkelijk bericht) ?-{2,}|(?:from|von|de|da|van): [^\n]*\n(?:sent|gesendet|envoye|"
    r"enviado|inviato|verzonden): )",
    re.M,
)
_QUOTE_NEEDLES = (
    "\n>", "wrote", "schrieb", "a ecrit", "escribio", "escreveu", "ha scritto", "schreef",
    "original", "ursprungliche", "d'origine", "oorspronkelijk", "sent: ", "gesendet: ",
    "envoye: ", "enviado: ", "inviato: ", "verzonden: ",
)  # fmt: skip


def _quote_start(folded: str) -> int | None:
    """Where the older mail a reply quotes starts (None: no quote, or the text is all quote)."""
    if "\n" not in folded or not holds_any(folded, _QUOTE_NEEDLES):
        return None  # a quote starts on a line of its own, after the message
    m = _QUOTE.search(folded)
    return m.start() if m and m.start() > 0 else None


#: A line that opens with who speaks for the company: "Recruiter:", "Council HR:", "Head chef:",
#: "Hiring lead said:", "Personalerin:", "Recruteuse :", "Reclutadora:", "Selezionatrice:". Its
#: last word names a role (not "HR call:", a topic, nor "Me:" or "Note to self:").
_SPEAKER = lazy(
    r"^[^\S\n]*(?P<who>[a-z][\w'&./() -]{0,48}?)[^\S\n]*"
    r"(?P<said>\b(?:said|says|wrote|writes|told me|"
    r"sagte|sagt|schrieb|schreibt|a dit|dit|a ecrit|dijo|dice|escribio|disse|diz|escreveu|"
    r"ha detto|dice|ha scritto|zei|zegt|schreef)[^\S\n]*)?:(?=\s)",
    re.M,
)
_ROLE = lazy(
    r"(?:recruit\w*|recrut\w*|reclut\w*|selezion\w*|werv\w*|hr|rh|rrhh|drh|hm|talent|manager\w*|"
    r"lead|head|chef\w*|director\w*|directeur|directrice|diretor\w*|direttor\w*|direktor\w*|"
    r"leiter\w*|leidinggevende|teamleider|owner|eigenaar|inhaber\w*|titolare|dono|dona|dueno|"
    r"duena|boss|baas|capo|jefe|jefa|chefe|patron\w*|gerente|gerant\w*|gestor\w*|"
    r"geschaftsfuhrer\w*|responsable|responsabile|responsavel|supervisor\w*|coordinator\w*|"
    r"officer|interviewer\w*|partner\w*|founder\w*|ceo|cto|coo|cfo|vp|principal|personaler\w*|"
    r"personal\w*|berater\w*|consult\w*|headhunter\w*|agency|agent|agentur|agence|agencia|"
    r"agenzia|bureau|cabinet|panel|client\w*|employer|firm|firma|company|empresa|entreprise|"
    r"azienda|bedrijf|unternehmen|council|school|office|clinic|practice|store|shop)"
)
_REPORTERS_WHO = frozenset({"she", "he", "sie", "er", "elle", "il", "ella", "el", "ela", "ele",
                            "lei", "lui", "zij", "ze", "hij"})  # fmt: skip
#: The first person, as a subject or an owner: the writer (in the company's voice, the company).
#: (Not French "je", which is Dutch "you".)
_FIRST_PERSON = lazy(r"\b(?:i|ich|j(?=')|yo|eu|io|ik|my|mein\w*|mijn)\b")


def _in_company_voice(folded: str, company_wrote: int) -> str:
    """``folded`` with the first person masked where the company speaks: its first
    ``company_wrote`` characters (an invitation it sent), and each line after a label that names
    who speaks for it ("Recruiter: I'll confirm tomorrow"). "I'll confirm", "ich melde mich"
    are then the company's promise, not the candidate's own."""
    spans = [(0, company_wrote)] if company_wrote > 0 else []
    if ":" in folded:
        for m in _SPEAKER.finditer(folded):
            words = _WORD.findall(m["who"])
            if words and (
                _ROLE.fullmatch(words[-1])
                or (len(words) == 1 and words[0] in _REPORTERS_WHO and m["said"])
            ):
                line_end = folded.find("\n", m.end())
                spans.append((m.end(), len(folded) if line_end < 0 else line_end))
    if not spans:
        return folded
    chars = list(folded)
    for left, right in spans:
        for m in _FIRST_PERSON.finditer(folded, left, right):
            chars[m.start() : m.end()] = "x" * (m.end() - m.start())
    return "".join(chars)


def parse_timeline(text: str, end_at: datetime, tz: str, company_wrote: int = 0) -> Timeline | None:
    """The date the company said it would answer by, counted from ``end_at``'s local date in ``tz``.

    ``company_wrote``: the text's first characters that the company wrote (an invitation it
    sent), whose first person is the company. None when the text holds no dated promise (vague
    words, distractors only, no commitment).
    """
    folded = _in_company_voice(fold(text), company_wrote)
    scan = _scan(folded)
    if not _triggered(scan):
        return None
    d = _local_date(end_at, tz)
    month_first = _month_first(tz)
    promises = _promises(folded, d, _raw_hits(scan, d, month_first))
    quoted = _quote_start(folded)
    if quoted is not None and any(h.start < quoted for h in promises):
        promises = [h for h in promises if h.start < quoted]  # the newest message's promise
    chosen = _choose(folded, promises)
    if chosen is None or chosen.day is None:
        return None
    return Timeline(chosen.day, text[chosen.start : chosen.end].strip())

"""People's names as calendars write them: normalising, matching, and the name to greet by.

"Chen, Wei", "Wei Chen", "WHITFIELD Dana", "Dr. Anika Patel", "Dana Whitfield (she/her)",
"Dana Whitfield | Acme", "Dana J. Whitfield" and ``wei.chen@...`` have to be recognised as the
people they are, and greeted by a first name only when it is certain. The parts of a name (title,
first, middle, last, suffix, nickname) come from the maintained ``nameparser`` library; this
module only cleans what calendars add around a name (pronouns, a company after a bar) and adds the
titles of the languages invites are written in.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from nameparser import HumanName
from nameparser.config import Constants

from agent.textscan import fold, lazy, led

if TYPE_CHECKING:
    from nicknames import NickNamer

# Titles and honorifics written before names in invites, beyond nameparser's own (lower case,
# without dots): French, Italian, Spanish, Portuguese, German and Dutch forms, professional
# titles (Ing., Dott.ssa, Eng.º, Ps., Lic.), and "M." for Monsieur.
_EXTRA_TITLES = (
    "mme", "mlle", "mm", "dott", "dottssa", "dottoressa", "dottore", "ing", "ingeniero", "eng",
    "engº", "engo", "lic", "licda", "ps", "psic", "arq", "arch", "avv", "geom", "rag", "sig",
    "sigra", "sra", "srta", "dra", "dr", "drs", "mr", "mrs", "ms", "mx", "herr", "frau", "mevr",
    "dhr", "ir", "prof", "profa", "profssa", "qfb", "cp", "mtro", "mtra",
)  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"})
_SPLIT = lazy(r"[\s._\-+]+")
_TAG = lazy(r"<[^>]*>")
# What calendars write after a name that is not part of it: pronouns, a company or a team after
# a bar or a dash, a parenthesised note ("(she/her)", "(Acme)", "(external)").
_PARENS = lazy(r"\s*[(\[][^()\[\]]*[)\]]")
_AFTER_BAR = led(lazy(r"\s+(?:\||[-–—·•@])\s+.*$|\s*\|.*$"))
_PRONOUNS = lazy(
    r"\b(?:she|he|they|her|him|them|hers|his|theirs|ze|xe|er|sie|ihm|ihr|il|elle|ela|ele|ella|"
    r"el)\s*/\s*\w+(?:\s*/\s*\w+)?\b",
    re.I,
)


#: Credentials written after a name that nameparser does not list (nursing, finance, HR and
#: teaching in the United Kingdom and North America): "Dee Harrow, MSN" is Dee Harrow, not
#: someone called MSN.
_EXTRA_CREDENTIALS = (
    "msn", "bsn", "cne", "ccrn", "cnl", "otr", "mrcp", "frcs", "acca", "fcca", "cima", "ceng",
    "frsa", "pgce", "qts", "beng", "meng", "cipd", "mcipd", "fcipd", "chartered",
    # surveying, pharmacy, accounting, nursing and building in the United Kingdom and the
    # Commonwealth ("MRICS", "MRPharmS", "CA(SA)", "RGN")
    "mrics", "frics", "arics", "mrpharms", "frpharms", "ca", "rgn", "rmn", "mciob", "fciob",
    "mcips", "acma", "fcma", "cgma", "acca",
)  # fmt: skip


@cache
def _constants() -> Constants:
    constants = Constants()
    constants.titles.add(*_EXTRA_TITLES)
    constants.suffix_acronyms.add(*_EXTRA_CREDENTIALS)
    # a word alone before a surname is a first name ("Dean" is also a title in nameparser)
    constants.first_name_titles.remove(*list(constants.first_name_titles))
    return constants


class _Parts:
    """The parts of a plain name ("Dana Whitfield", "Mei Lin Harcourt"), as HumanName has them."""

    __slots__ = ("title", "first", "middle", "last")

    def __init__(self, first: str, middle: str, last: str) -> None:
        self.title, self.first, self.middle, self.last = "", first, middle, last


_PLAIN_WORD = lazy(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@lru_cache(maxsize=8192)  # a name's key, first and last name and greeting all read its parts
def name_parts(name: str) -> HumanName | _Parts:
    """The parts of a cleaned name. A plain name of one to three words (no title, comma,
    initial, suffix or capitals-only surname) is split as nameparser splits it, without
    parsing; every other name is parsed by nameparser (a parse costs a fraction of a
    millisecond, and most names in a calendar are plain)."""
    words = name.split()
    if (
        1 <= len(words) <= 3
        and all(_PLAIN_WORD.fullmatch(w) for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not any(fold(w) in _titles() or fold(w) in _SUFFIXES or is_credential(w) for w in words)
    ):
        if len(words) == 1:
            return _Parts(words[0], "", "")
        return _Parts(words[0], " ".join(words[1:-1]), words[-1])
    return parsed(name)


@lru_cache(maxsize=8192)
def parsed(name: str) -> HumanName:
    """The parts of a cleaned name (cached: the same names recur across a calendar)."""
    words = name.split()
    if len(words) >= 3 and words[0] == "M.":  # "M. Jean Dupont": Monsieur, not an initial
        parts = HumanName(" ".join(words[1:]), constants=_constants())
        parts.title = "M."
        return parts
    return HumanName(name, constants=_constants())


def clean_name(name: str | None) -> str | None:
    """A display name without quotes, extra spaces, an address, pronouns or what follows a
    bar ("Dana Whitfield (she/her) | Acme" -> "Dana Whitfield"); None when empty."""
    if not name:
        return None
    text = _TAG.sub(" ", name) if "<" in name else name
    text = text.strip().strip("\"'").strip()
    if "(" in text or "[" in text:
        text = _PARENS.sub(" ", text)
    if "/" in text:
        text = _PRONOUNS.sub(" ", text)
    text = _AFTER_BAR.sub("", text)
    text = " ".join(text.split()).strip(" ,-")
    if not text or "@" in name and "@" in text:
        return None
    return text or None


_AFFILIATION = lazy(r"\s+(?:\||[-–—·•@])\s+(.+)$|\s*\|\s*(.+)$|[(\[]([^()\[\]]+)[)\]]")
_AFFILIATION_MARKS = frozenset("|-–—·•@([")  # one of these is in every match


def affiliation(name: str | None) -> str | None:
    """What a display name says of the person's organisation: what follows a bar or a dash, or
    a parenthesised note that is no pronoun ("Dana Whitfield | Acme Freight" -> "Acme Freight",
    "Dana Whitfield (Acme)" -> "Acme"); None when it says none."""
    if not name or _AFFILIATION_MARKS.isdisjoint(name):  # most names hold no mark
        return None
    for m in _AFFILIATION.finditer(name):
        text = next(group for group in m.groups() if group).strip()
        if text and "@" not in text and not _PRONOUNS.fullmatch(text):
            return text
    return None


def _word_key(word: str) -> str:
    return fold(word).strip(".,'’")


def _tokens(name: str) -> list[str]:
    """The words of a name that identify the person: first and last names, no title, middle
    initial, suffix or nickname ("Dr. Dana J. Whitfield, PhD" -> dana, whitfield)."""
    parts = name_parts(name)
    first, middle, last = parts.first, parts.middle, parts.last
    words = f"{first} {last}".split()
    # a middle name that is a word, not an initial, is part of the name ("Mei Lin Harcourt")
    words += [w for w in middle.split() if len(w.rstrip(".")) > 1]
    tokens = [_word_key(w) for w in words]
    # a word without a letter (an emoji, a stray mark) is no part of whom a name names
    return [t for t in tokens if t and t not in _SUFFIXES and any(c.isalpha() for c in t)]


def name_key(name: str | None) -> str | None:
    """An order-free key for a name: "Chen, Wei", "Wei Chen" and "Wei J. Chen (he/him)" give
    the same key."""
    cleaned = clean_name(name)
    if not cleaned:
        return None
    tokens = _tokens(cleaned)
    return " ".join(sorted(tokens)) if tokens else None


def first_and_last(name: str | None) -> tuple[str, str]:
    """The folded first and last name ("" when unknown or only an initial): "Dana J. Whitfield"
    -> (dana, whitfield); "WHITFIELD Dana" -> (dana, whitfield); "Kayla" -> (kayla, "")."""
    cleaned = clean_name(name)
    if not cleaned:
        return "", ""
    given = _first_name(cleaned)
    if " " in given or len(given.rstrip(".")) <= 1:
        given = ""
    parts = name_parts(cleaned)
    words = [parts.first, *parts.middle.split(), *parts.last.split()]
    last = next((w for w in reversed(words) if _word_key(w) != fold(given)), "")
    if len(last.rstrip(".")) <= 1:
        last = ""
    return fold(given), _word_key(last)


def nickname(name: str | None) -> str:
    """The folded name a display name gives in quotes as the one the person goes by
    ('Danielle "Dani" Ruiz' -> "dani"), or ""."""
    cleaned = clean_name(name)
    if not cleaned or not any(q in cleaned for q in "\"'“”‘’"):
        return ""
    return _word_key(getattr(name_parts(cleaned), "nickname", "") or "")


def local_part_key(email: str | None) -> str | None:
    """The name key of an address's local part, when it reads as a name (wei.chen@ ->
    "chen wei")."""
    if not email or "@" not in email:
        return None
    local = email.split("@", 1)[0]
    tokens = [t for t in _SPLIT.split(fold(local)) if t and not t.isdigit()]
    if len(tokens) < 2:
        return None
    return " ".join(sorted(tokens))


def same_person(name: str | None, email: str | None, other_name: str | None) -> bool:
    """Does ``other_name`` name the person known as ``name`` / ``email``?"""
    key = name_key(other_name)
    if not key:
        return False
    return key in {name_key(name), local_part_key(email)} - {None}


def greeting_name(name: str | None, email: str | None = None) -> str:
    """The name to greet someone by: the first name when certain, else the full name.

    "Chen, Wei" -> "Wei"; "Dr. Anika Patel" -> "Anika"; "WHITFIELD Dana" -> "Dana" (a surname
    in capitals comes first); "Prof. R. Subramaniam" -> "Prof. Subramaniam" (an initial is no
    name to greet by). With only an address, the first part of a first.last local part; with
    nothing certain, "" (templates then greet without a name).
    """
    cleaned = clean_name(name)
    if cleaned:
        return _given_first_order(cleaned, email) or _first_name(cleaned)
    if email and "@" in email:
        local = email.split("@", 1)[0]
        parts = [p for p in _SPLIT.split(local) if p.isalpha()]
        if len(parts) >= 2:
            return parts[0].capitalize()
    return ""


@cache
def _nicknamer() -> NickNamer:
    """The curated table of English given names and their short forms (the ``nicknames``
    package), read on first use so that commands which never compare names start without it."""
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=8192)
def same_given(short: str, given: str) -> bool:
    """Is the folded given name ``short`` the same as ``given`` or a usual short form of it
    ("tom" and "thomas", "bill" and "william", "peggy" and "margaret", "kate" and "katherine")?"""
    if short == given:
        return True
    if not short or not given:
        return False
    table = _nicknamer()
    return given in table.canonicals_of(short) or short in table.canonicals_of(given)


def _given_first_order(name: str, email: str | None) -> str | None:
    """The given name of a name written family name first, as Chinese, Korean and Vietnamese
    names are, when the address writes it given name first: "Tan Wei Ling" at weiling.tan@ ->
    "Wei Ling", "Kim Min-jun" at minjun.kim@ -> "Min-jun", "Nguyen Van An" at an.nguyen@ ->
    "An"."""
    words = name.split()
    if len(words) < 2 or not email or "@" not in email:
        return None
    parts = [fold(p) for p in _SPLIT.split(email.split("@", 1)[0]) if p.isalpha()]
    if len(parts) < 2 or fold(words[0]) != parts[-1]:
        return None
    for start in range(1, len(words)):
        given = words[start:]
        if "".join(re.sub(r"[^a-z]", "", fold(w)) for w in given) == parts[0]:
            return " ".join(_titlecase(w) if w.isupper() else w for w in given)
    return None


def _first_name(name: str) -> str:
    words = name.split()
    upper = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
    if "," not in name and upper and len(upper) < len(words):
        # "WHITFIELD Dana": a surname in capitals first; the given name is the other word.
        given = [w for w in words if w not in upper and _word_key(w) not in _titles()]
        if given:
            return _titlecase(given[0])
    parts = name_parts(name)
    first = parts.first
    if first and len(first.rstrip(".")) > 1 and not initials(first):
        return _titlecase(first) if (len(words) > 1 or first[:1].isupper()) else first
    if parts.title and parts.last:  # "Prof. R. Subramaniam": by title and surname
        return f"{parts.title} {parts.last}"
    if first and parts.last:  # "R. Subramaniam", "K. S. Meenakshi": the full name
        return " ".join(w for w in (first, parts.middle, parts.last) if w)
    return first or parts.last or name


_INITIALS = lazy(r"[^\W\d_](?:[.\-]+[^\W\d_])*[.\-]*")


def initials(word: str) -> bool:
    """Is ``word`` a name by its initials ("J.", "A.K.", "J-P.", "M.-L."), no name of its own?"""
    return (
        _INITIALS.fullmatch(word) is not None
        and (len(word) == 1 or "." in word or "-" in word)
        and not any(c.islower() for c in word)
    )


@cache
def _titles() -> frozenset[str]:
    return frozenset(t.replace(".", "") for t in _constants().titles)


def is_title(word: str) -> bool:
    """Is ``word`` a title or an honorific written before a name ("Herr", "Dr.", "Sister")?"""
    return fold(word).replace(".", "") in _titles()


def _titlecase(word: str) -> str:
    if word.isupper() or word.islower():
        return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))
    return word


def display_name(name: str | None) -> str | None:
    """A name in the order people write it: "Chen, Wei" -> "Wei Chen"; capitals softened."""
    cleaned = clean_name(name)
    if not cleaned:
        return None
    if "," in cleaned:
        last, _, rest = cleaned.partition(",")
        given, _, suffix = rest.partition(",")
        if given.strip() and not _is_credential(given.strip()):
            cleaned = _given_first(last.split(), given.split(), suffix.strip())
    # capitals softened, but not a credential's ("MBA", "PhD", "RN") nor a name's suffix
    return " ".join(
        _titlecase(w)
        if w.isupper() and len(w) > 1 and not _is_credential(w) and not initials(w)
        else w
        for w in cleaned.split()
    )


def _given_first(family: list[str], given: list[str], after: str) -> str:
    """ "Last, First" in the order people write it: titles written before the family name go
    before the whole name, and credentials after the given name after it ("Dr. Weiß, Thomas"
    -> "Dr. Thomas Weiß"; "KOWALSKI, DANA RN BSN" -> "DANA KOWALSKI, RN, BSN")."""
    titles: list[str] = []
    while len(family) > 1 and is_title(family[0]):
        titles.append(family.pop(0))
    credentials: list[str] = []
    while len(given) > 1 and _is_credential(given[-1]):
        credentials.insert(0, given.pop())
    after = ", ".join([*credentials, *([after] if after else [])])
    return " ".join([*titles, *given, *family]) + (f", {after}" if after else "")


def is_credential(word: str) -> bool:
    """Is ``word`` a degree or a licence as written after names: in capitals or with a capital
    inside ("PhD", "MBA", "RN", "MSc"), never a capitalised given name ("Ed", "Ma")?"""
    bare = word.strip(".,'’")
    if len(bare) < 2 or not (bare.isupper() or any(c.isupper() for c in bare[1:])):
        return False
    key = _word_key(bare)
    constants = _constants()
    return key in _SUFFIXES or key in constants.suffix_acronyms


def _is_credential(word: str) -> bool:
    """Is ``word`` a suffix or a credential ("Jr", "PhD", "RN", "MSN"), as written after a
    name? Letters in capitals are read against nameparser's list of credentials too."""
    key = _word_key(word)
    if key in _SUFFIXES:
        return True
    constants = _constants()
    return word.strip(".,").isupper() and (
        key in constants.suffix_acronyms or key in constants.suffix_not_acronyms
    )

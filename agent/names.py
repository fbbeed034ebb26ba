"""People's names as calendars write them: normalising, matching, and the name to greet by.

"Chen, Wei", "Wei Chen", "WHITFIELD Dana", "Dr. Anika Patel" and ``wei.chen@...`` have to be
recognised as the people they are, and greeted by a first name only when it is certain.
"""

from __future__ import annotations

import re

from agent.textscan import fold

_TITLES = frozenset(
    {
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
        "prof",
        "sir",
        "dame",
        "herr",
        "frau",
        "sr",
        "sra",
        "srta",
        "don",
        "dona",
    }
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq"})
_SPLIT = re.compile(r"[\s._\-+]+")
_TAG = re.compile(r"<[^>]*>")
_SPACES_COMMAS = re.compile(r"[\s,]+")


def clean_name(name: str | None) -> str | None:
    """A display name without quotes, extra spaces or an address in it; None when empty."""
    if not name:
        return None
    text = _TAG.sub(" ", name) if "<" in name else name
    text = text.strip().strip("\"'").strip()
    text = " ".join(text.split())
    if not text or "@" in text:
        return None
    return text


def _tokens(name: str) -> list[str]:
    text = name
    if "," in text:  # "Chen, Wei" -> "Wei Chen"; "Chen, Wei, PhD" keeps the suffix last
        last, _, rest = text.partition(",")
        text = f"{rest} {last}"
    words = [w for w in _SPACES_COMMAS.split(fold(text)) if w]
    words = [w.rstrip(".") for w in words]
    return [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]


def name_key(name: str | None) -> str | None:
    """An order-free key for a name: "Chen, Wei" and "Wei Chen" give the same key."""
    cleaned = clean_name(name)
    if not cleaned:
        return None
    tokens = _tokens(cleaned)
    return " ".join(sorted(tokens)) if tokens else None


def local_part_key(email: str | None) -> str | None:
    """The name key of an address's local part, when it reads as a name (wei.chen@ -> "chen wei")."""
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
    in capitals comes first). With only an address, the first part of a first.last local part;
    with nothing certain, "" (templates then greet without a name).
    """
    cleaned = clean_name(name)
    if cleaned:
        return _first_name(cleaned)
    if email and "@" in email:
        local = email.split("@", 1)[0]
        parts = [p for p in _SPLIT.split(local) if p.isalpha()]
        if len(parts) >= 2:
            return parts[0].capitalize()
    return ""


def _first_name(name: str) -> str:
    if "," in name:
        last, _, rest = name.partition(",")
        rest_words = [w for w in rest.split() if w.rstrip(".").lower() not in _TITLES | _SUFFIXES]
        if rest_words:
            return _titlecase(rest_words[0])
        return _titlecase(last.strip())
    words = [w for w in name.split() if w.rstrip(".").lower() not in _TITLES]
    if not words:
        return name
    upper = [w for w in words if len(w) > 1 and w.isupper()]
    if upper and len(upper) < len(words):
        # "WHITFIELD Dana": a surname in capitals first; the given name is the other word.
        given = [w for w in words if w not in upper]
        return _titlecase(given[0])
    return _titlecase(words[0]) if len(words) > 1 or words[0][:1].isupper() else words[0]


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
        if rest.strip():
            cleaned = f"{rest.strip()} {last.strip()}"
    return " ".join(_titlecase(w) if w.isupper() and len(w) > 1 else w for w in cleaned.split())

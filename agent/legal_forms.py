"""The legal forms companies write after their names ("Acme Rocketry, Inc.", "Brzozówka Sp. z o.o.",
"Laboratorios Tepeyac Sur, S.A. de C.V."): one list.

The forms are those of the maintained ``cleanco`` library (legal forms of many countries) and
those ``shared/eval/README.md`` lists. Grouping processes strips them from company names
(``assemble.company_key``); reading a company's name from text ends the name after its form
(``company``); a domain label that ends with one is read as name and form
(``brindlewoodltd.com`` -> "Brindlewood Ltd", in ``domains``). The scorer's comparison in
``evaluation`` keeps its own fixed list on purpose: it is the eval spec, not a rule of followup.
"""

from __future__ import annotations

import re
from functools import cache

#: Each form as matched (lower case, no punctuation) -> as companies spell it, for the forms a
#: domain label can end with (see ``LABEL_ENDINGS``).
LEGAL_FORMS = {
    "inc": "Inc", "llc": "LLC", "ltd": "Ltd", "limited": "Limited", "gmbh": "GmbH", "ag": "AG",
    "sa": "SA", "sas": "SAS", "bv": "BV", "nv": "NV", "plc": "PLC", "pty": "Pty", "corp": "Corp",
    "corporation": "Corporation", "co": "Co", "company": "Company",
}  # fmt: skip

#: The forms a domain label may end with: those that end no common word ("co" ends "costco",
#: "ag" ends "swag"), in the order they are tried.
LABEL_ENDINGS = ("gmbh", "corp", "inc", "llc", "ltd", "plc")

#: Forms the README lists that cleanco spells otherwise or lacks (lower case, words).
_README_FORMS = (
    "inc", "llc", "llp", "lp", "ltd", "limited", "pvt", "private", "pte", "pty", "plc", "corp",
    "corporation", "co", "company", "gmbh co kg", "gmbh", "kg", "ag", "se", "ev", "sa",
    "sa de cv", "de cv", "sas", "sarl", "spa", "srl", "bv", "nv", "lda", "ltda", "oy", "ab", "as",
    "aps", "kk", "sp z oo",
)  # fmt: skip

#: Forms in common use that cleanco lacks: Spain's one-owner companies (S.L.U., S.A.U.) and
#: cooperatives (S. Coop.), Germany's sole trader (e.K.), mini-company (UG
#: (haftungsbeschränkt)) and non-profit company (gGmbH), Italy's simplified and cooperative
#: companies (S.r.l.s., S.c.a r.l.), Portugal's one-owner company (Unipessoal, Lda.), Brazil's
#: one-owner company (EIRELI).
_MORE_FORMS = (
    "slu", "sau", "s coop", "ek", "ug", "ug haftungsbeschränkt", "ggmbh", "srls", "scarl",
    "sca rl", "unipessoal lda", "eireli",
)  # fmt: skip

_WORDS = re.compile(r"[^\W_]+")


@cache
def _forms() -> frozenset[tuple[str, ...]]:
    """Every legal form as a tuple of its words (lower case, accents kept as cleanco has them)."""
    from cleanco import prepare_default_terms  # imported lazily: it builds its table on load

    found = {tuple(parts) for _, parts in prepare_default_terms() if "&" not in parts}
    found |= {tuple(form.split()) for form in (*_README_FORMS, *_MORE_FORMS)}
    return frozenset(found)


@cache
def _longest() -> int:
    return max(len(form) for form in _forms())


@cache
def last_words() -> frozenset[str]:
    """The words a legal form can end with: no other word ends one (a fast first test)."""
    return frozenset(form[-1] for form in _forms())


def form_length(words: list[str]) -> int:
    """How many of the last ``words`` (lower case, no punctuation) are a legal form; 0 if none."""
    forms = _forms()
    for size in range(min(_longest(), len(words)), 0, -1):
        if tuple(words[-size:]) in forms:
            return size
    return 0


def is_form(text: str) -> bool:
    """Is ``text`` ("S.A.", "Sp. z o.o.", "GmbH") a legal form and nothing else?"""
    words = _form_words(text)
    return bool(words) and form_length(words) == len(words)


def _form_words(text: str) -> list[str]:
    # "S.A." -> "sa", "Sp. z o.o." -> "sp z oo": dots join the letters of one form's word
    return [w for w in _WORDS.findall(text.lower().replace(".", "")) if w]


def without_legal_forms(text: str) -> str:
    """``text`` (folded, punctuation as spaces) without its trailing legal forms, repeatedly
    ("quillfeather robotics co ltd" -> "quillfeather robotics"); a text that is only a form is
    kept."""
    words = text.split()
    while len(words) > 1:
        size = form_length(words)
        if not size or size == len(words):
            break
        words = words[:-size]
    return " ".join(words)


#: Words that join two names into one company ("Marks & Co", "Smith and Company"): a form after
#: one of them belongs to the name.
_JOINERS = frozenset({"&", "+", "and", "und", "et", "y", "e", "en"})
#: Forms spelled out as words, which a letter keeps ("The Walt Disney Company", "Microsoft
#: Corporation"): only abbreviations ("Inc.", "S.L.", "GmbH") are paperwork.
_SPOKEN = frozenset({"company", "corporation", "limited", "incorporated", "private"})


def as_said(name: str) -> str:
    """The company's name as a letter says it, without its trailing legal forms
    ("Alborada Seguros, S.L." -> "Alborada Seguros", "Mirae Co., Ltd." -> "Mirae"). A name
    that is only a form, a form joined to the name ("Marks & Co") and a form spelled out as a
    word ("Company", "Corporation") are kept."""
    tokens = name.split()
    while len(tokens) > 1:
        words: list[str] = []
        starts: list[int] = []  # the token each word comes from
        for index, token in enumerate(tokens):
            for word in _form_words(token):
                words.append(word)
                starts.append(index)
        size = form_length(words)
        if not size or size == len(words) or words[-1] in _SPOKEN:
            break
        cut = starts[len(words) - size]
        if cut == 0 or tokens[cut - 1].lower().strip(",") in _JOINERS:
            break
        tokens = tokens[:cut]
        tokens[-1] = tokens[-1].rstrip(",")
    return " ".join(tokens)

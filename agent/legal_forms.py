"""The legal forms companies write after their names ("Acme Robotics, Inc."): one list.

Grouping processes strips them from company names (``assemble.company_key``); a domain label that
ends with one is read as name and form (``contosoltd.com`` -> "Contoso Ltd", in ``domains``).
The scorer's comparison in ``evaluation`` keeps its own fixed list on purpose: it is the eval
spec (``shared/eval/README.md``), not a rule of followup.
"""

from __future__ import annotations

import re

#: Each form as matched (lower case, no punctuation) -> as companies spell it.
LEGAL_FORMS = {
    "inc": "Inc", "llc": "LLC", "ltd": "Ltd", "limited": "Limited", "gmbh": "GmbH", "ag": "AG",
    "sa": "SA", "sas": "SAS", "bv": "BV", "nv": "NV", "plc": "PLC", "pty": "Pty", "corp": "Corp",
    "corporation": "Corporation", "co": "Co", "company": "Company",
}  # fmt: skip

#: The forms a domain label may end with: those that end no common word ("co" ends "costco",
#: "ag" ends "swag"), in the order they are tried.
LABEL_ENDINGS = ("gmbh", "corp", "inc", "llc", "ltd", "plc")

_TRAILING = re.compile(r"\b(?:" + "|".join(LEGAL_FORMS) + r")\b\.?$")


def without_legal_forms(text: str) -> str:
    """``text`` (folded, punctuation as spaces) without its trailing legal forms, repeatedly
    ("acme robotics co ltd" -> "acme robotics"); a text that is only a form is kept."""
    while True:
        stripped = _TRAILING.sub("", text).strip()
        if stripped == text or not stripped:
            return text
        text = stripped

"""Email addresses as followup keeps them: one form, checked wherever an address comes in.

Addresses come from calendars (an ICS ``ATTENDEE`` is a ``mailto:`` URI; Google lists plain
addresses), from the config and the command line, from the state written by earlier versions,
and from the headers of mail in the drafts and sent folders. ``canonical`` turns each into one
form, or None when it is no single usable address:

- the ``mailto:`` scheme and the URI's parameters (``?subject=...&body=...``) are dropped and
  its %-escapes decoded; white space (from a folded calendar line) is removed;
- the syntax is checked by email-validator (RFC 5322 and 6531: no quoted local part, no IP
  literal, no list; reserved names such as ``localhost`` or ``.invalid`` are refused; a domain
  without a dot is accepted, as intranets have them);
- the domain is in its Unicode form (IDNA 2008 with UTS #46 mapping: ``BÜCHER.example`` and
  ``xn--bcher-kva.example`` are both ``bücher.example``), and the whole address lower case,
  as followup compares addresses.

``header_parts`` gives what a message header needs: the local part and the ASCII (IDNA) domain.
A local part that is not ASCII can only be written in a UTF-8 header (RFC 6532).
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote

from email_validator import EmailNotValidError, validate_email

_MAILTO = "mailto:"


def canonical(text: str | None) -> str | None:
    """``text`` as one address in followup's form, or None when it is not one."""
    if not text:
        return None
    return _canonical(text)


@lru_cache(maxsize=8192)
def _canonical(text: str) -> str | None:
    value = "".join(_repaired(text).split())
    if value[: len(_MAILTO)].lower() == _MAILTO:
        value = unquote(value[len(_MAILTO) :].partition("?")[0])
    try:
        checked = validate_email(
            value,
            check_deliverability=False,
            allow_smtputf8=True,
            allow_quoted_local=False,
            allow_domain_literal=False,
            globally_deliverable=False,
            test_environment=True,
        )
    except (EmailNotValidError, ValueError, TypeError):
        return None
    return f"{checked.local_part}@{checked.domain}".lower()


def _repaired(text: str) -> str:
    """Header bytes that Python's parser kept as surrogates (a UTF-8 header), decoded."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def comparable(text: str) -> str:
    """``text`` in the form addresses are compared in: canonical, else as written, lower case
    (mail in the folders may carry what followup would not accept; it is still compared)."""
    return canonical(text) or text.strip().lower()


def header_parts(address: str) -> tuple[str, str]:
    """The local part and the ASCII domain of a canonical address, for a message header."""
    local, _, domain = address.rpartition("@")
    return local, _ascii_domain(domain)


@lru_cache(maxsize=1024)
def _ascii_domain(domain: str) -> str:
    if domain.isascii():
        return domain
    import idna

    return idna.encode(domain, uts46=True).decode("ascii")


def ascii_domain(address: str) -> str:
    """The domain of ``address`` in its ASCII (IDNA) form, for a Message-ID."""
    return header_parts(address)[1]

"""Turning a composed ``Draft`` into a standard email message, safely.

Every header value passes through ``sanitize_header`` first: calendar text is untrusted, and a
title such as ``"Hi\\r\\nBcc: evil@x"`` must stay one line of a Subject, never become a header.
Addresses go through ``email.headerregistry.Address`` so non-ASCII names are RFC 2047 encoded.
The message uses ``email.policy.default`` (LF line ends, as files in a Maildir have); a backend
that talks SMTP-like protocols re-serialises it with ``email.policy.SMTP``. Headers are written
without folding (lines up to RFC 5322's 998): Python's folder drops the space between two
RFC 2047 encoded words it splits a non-ASCII subject into, so "Re: Café ¡Hola" could reach the
hiring manager as "Re: Café¡Hola". Subjects are kept short enough never to need folding.
"""

from __future__ import annotations

import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime

from agent.addresses import canonical, header_parts
from agent.errors import SinkError
from agent.ports import Draft
from agent.safetext import BIDI_CONTROLS

#: Unicode categories that can break a header line: controls (CR, LF, NEL...) and the
#: line / paragraph separators that ``str.splitlines`` (used inside ``email``) splits on.
_BREAKING_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
#: Directional overrides, embeddings and isolates: in a display name they make a mail client
#: show text in another order than it is (an address that reads like another one). Dropped.
_BIDI_CONTROLS = BIDI_CONTROLS


def sanitize_header(value: str | None) -> str:
    """``value`` as one clean header line: control characters become spaces, runs collapse."""
    if not value:
        return ""
    cleaned = "".join(
        " " if unicodedata.category(ch) in _BREAKING_CATEGORIES else ch
        for ch in value
        if ch not in _BIDI_CONTROLS
    )
    return " ".join(cleaned.split())


#: Headers unfolded: see the module's docstring.
_UNFOLDED = default_policy.clone(max_line_length=998)
#: For a message to a local part that is not ASCII: headers in UTF-8 (RFC 6532).
_UTF8 = default_policy.clone(utf8=True)
_UTF8_UNFOLDED = _UTF8.clone(max_line_length=998)
#: Characters of a Subject; even in 4-byte characters, encoded it stays under 998 bytes.
SUBJECT_MAX = 150


def subject_line(value: str | None) -> str:
    """The Subject as written: one clean line, cut at a word before ``SUBJECT_MAX`` characters."""
    line = sanitize_header(value)
    if len(line) <= SUBJECT_MAX:
        return line
    cut = line[: SUBJECT_MAX - 1]
    if " " in cut[SUBJECT_MAX // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "\u2026"


def to_email(draft: Draft) -> EmailMessage:
    """The draft as an ``EmailMessage`` (text/plain, or multipart/alternative with HTML).

    Domains are written in their ASCII (IDNA) form; a local part that is not ASCII makes the
    message's headers UTF-8 (RFC 6532), the only way to write it. Raises ``SinkError`` when an
    address cannot be used in a header.
    """
    sender = _address(draft.from_name, draft.from_addr)
    to = tuple(_address(name, addr) for name, addr in draft.to)
    utf8 = not all(a.username.isascii() for a in (sender, *to))
    msg = EmailMessage(policy=_UTF8 if utf8 else default_policy)
    msg["From"] = sender
    if to:
        msg["To"] = to
    msg["Subject"] = subject_line(draft.subject)
    if draft.date_at is not None:
        msg["Date"] = format_datetime(draft.date_at)
    msg["Message-ID"] = sanitize_header(draft.message_id)
    _set_thread_headers(msg, draft)
    msg.set_content(draft.text, charset="utf-8")
    if draft.html is not None:
        msg.add_alternative(draft.html, subtype="html", charset="utf-8")
        for part in msg.iter_parts():
            # ``add_alternative`` gives each part a MIME-Version of its own: RFC 2045 wants one,
            # in the message's head (a second one is how a tool's hand shows).
            del part["MIME-Version"]
    # the body is encoded already (76-character lines); headers unfolded
    msg.policy = _UTF8_UNFOLDED if utf8 else _UNFOLDED
    return msg


def _address(name: str | None, addr: str) -> Address:
    display = sanitize_header(name)
    spec = sanitize_header(addr)
    address = canonical(spec)
    try:
        if address is None:  # kept from an earlier version's state: as it is, if it parses
            return Address(display_name=display, addr_spec=spec)
        local, domain = header_parts(address)
        written = spec.rpartition("@")[0]
        if written.lower() == local:
            local = written  # a local part's case is the owner's to read
        return Address(display_name=display, username=local, domain=domain)
    except (ValueError, IndexError) as e:  # the header parser raises both on bad input
        raise SinkError(f"cannot put the address {spec!r} in a draft: {e}") from e


def _set_thread_headers(msg: EmailMessage, draft: Draft) -> None:
    if draft.in_reply_to:
        msg["In-Reply-To"] = sanitize_header(draft.in_reply_to)
    references = [sanitize_header(r) for r in draft.references if sanitize_header(r)]
    if references:
        msg["References"] = " ".join(references)

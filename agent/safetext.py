"""Text from outside shown safely: on the terminal and in the log.

Calendar titles, names, UIDs, file names and error messages quoting them are data written by
strangers. On a terminal, an escape sequence in them would be obeyed: clear the screen, set the
window title, write to the clipboard (OSC 52), or hide what follows. In a log, a line break
would start a line that looks like followup's own. So:

- ``terminal_text`` is what reaches the terminal: every ECMA-48 sequence (CSI, OSC, DCS and the
  other string controls, in their 7-bit ``ESC`` and 8-bit C1 forms) is removed with its payload;
  any other C0 or C1 control, DEL, and the bidirectional overrides, embeddings and isolates
  (which show text in another order than it is) are removed too. Line feeds and tabs stay: the
  terminal writer gets whole lines of followup's own layout.
  ``terminal_data`` does the same to each string of a JSON document.
- ``one_line`` is what a log record's message becomes: the same sequences and controls shown
  escaped (``\\n``, ``\\x1b``, ``\\u202e``) rather than obeyed, so each record stays one line.

``SafeStream`` applies ``terminal_text`` to everything the CLI writes (``agent.cli.main``
installs it on stdout and stderr) and ``SafeFormatter`` applies ``one_line`` and
``agent.redact.redact_urls`` to every log record: the boundary is crossed in these two places,
whatever the command.
"""

from __future__ import annotations

import logging
import re
from typing import Any, TextIO

from agent.redact import redact_urls

#: Directional overrides, embeddings and isolates (U+202A-E, U+2066-9).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_ESC = "\x1b"
#: ECMA-48: CSI (``ESC [`` or U+009B) up to its final byte; the string controls OSC, DCS, SOS,
#: PM, APC (``ESC ] P X ^ _`` or U+009D, 0090, 0098, 009E, 009F) up to ST (``ESC \\``, U+009C)
#: or BEL (which ends OSC in practice) or the end of the line; any other ``ESC`` and the byte
#: after it.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x7e]?",
)
#: Every C0 control but tab and line feed, DEL, every C1 control, the bidi controls.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "\u2028\u2029]"
)
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def terminal_text(text: str) -> str:
    """``text`` as it may reach a terminal: escape sequences and control characters removed."""
    if text.isprintable() or not text:
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


def one_line(text: str) -> str:
    """``text`` as one log line: line breaks, escape sequences and other controls escaped."""
    if text.isprintable():
        return text
    return _ANY_CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def terminal_data(value: Any) -> Any:
    """JSON-ready ``value`` with ``terminal_text`` applied to every string in it: JSON escapes
    a control character, but a script printing the value (``jq -r``) would obey it."""
    if isinstance(value, str):
        return terminal_text(value)
    if isinstance(value, dict):
        return {terminal_data(k): terminal_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [terminal_data(v) for v in value]
    return value


class SafeFormatter(logging.Formatter):
    """A log record's message as one line with its URLs redacted (tracebacks, at ``--debug``,
    keep their lines; the stream they are written to removes escape sequences)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        record.message = one_line(redact_urls(record.message))
        return super().formatMessage(record)


class SafeStream:
    """A text stream that writes ``terminal_text`` of what it is given (with its URLs redacted
    when ``redact``: errors and logs never need a secret); all else is the inner stream's."""

    def __init__(self, inner: TextIO, *, redact: bool = False) -> None:
        self.inner = inner
        self.redact = redact

    def write(self, text: str) -> int:
        self.inner.write(terminal_text(redact_urls(text) if self.redact else text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

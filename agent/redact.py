"""URLs as followup shows them: the secret parts of a calendar feed's address left out.

A published calendar's address is its password. Google's "secret address" carries it in a path
segment (``/private-0123.../basic.ics``), iCloud's in the last segment of the path, Outlook's in
two, others in the query (``?token=...``) or in user information (``https://user:pw@host``).
``redact_url`` keeps what tells the user which calendar it is (scheme, host, port, the short
path segments) and replaces every long path segment, every query value, the user information
and the fragment with ``…``. It is the one rule; ``agent.sources`` and every message, log line
and ``status`` or ``doctor`` output use it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

#: A path segment this long (after %-decoding) may be a token and is not shown.
LONG_SEGMENT = 16
HIDDEN = "…"
#: A URL inside free text: a scheme followed by anything up to white space or a quote.
_URL_IN_TEXT = re.compile(r"\b(?:https?|webcal|wss?|ftp)://[^\s\"'<>`]+", re.IGNORECASE)


def redact_url(url: str) -> str:
    """``url`` with its secrets hidden: long path segments, query values, user info, fragment."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
        host = parts.hostname or ""
    except ValueError:  # a port that is not a number, brackets that do not close
        return f"{url.split(':', 1)[0]}://{HIDDEN}"
    segments = [_segment(s) for s in parts.path.split("/")]
    path = "/".join(segments)
    query = "&".join(_parameter(p) for p in parts.query.split("&") if p) if parts.query else ""
    shown = f"{parts.scheme}://{HIDDEN + '@' if parts.username else ''}{host}{port}{path}"
    if query:
        shown += f"?{query}"
    if parts.fragment:
        shown += f"#{HIDDEN}"
    return shown


def _segment(segment: str) -> str:
    return HIDDEN if len(unquote(segment)) >= LONG_SEGMENT else segment


def _parameter(pair: str) -> str:
    name, equals, _value = pair.partition("=")
    return f"{name}={HIDDEN}" if equals else HIDDEN


def redact_urls(text: str) -> str:
    """``text`` with every URL in it redacted (error messages, log lines)."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(_redact_match, text)


def _redact_match(match: re.Match[str]) -> str:
    # A URL quoted in prose keeps its closing punctuation outside: "(see https://x/y)."
    url = match.group(0)
    stripped = url.rstrip(".,;:!?)]}")
    return redact_url(stripped) + url[len(stripped) :]

"""Google's failures, classified by status and reason (never by matching message text).

``retryable`` says whether a read may be tried again (429, 5xx, 403 rate limits, as Google's
guidance lists them); ``as_error`` turns an ``HttpError`` into followup's error for the port
that met it: 401 and missing permissions are ``AuthError`` (exit 3, "run `followup auth`"),
everything else the port's own transient error (``SourceError`` for a calendar,
``SinkError`` for drafts).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from agent.errors import AuthError, FollowupError

if TYPE_CHECKING:
    from googleapiclient.errors import HttpError

RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
PERMISSION_REASONS = frozenset(
    {"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "authError"}
)
AUTH_HINT = "run `followup auth` to sign in to Google again"


def status_of(error: HttpError) -> int:
    return int(error.resp.status)


def reasons_of(error: HttpError) -> frozenset[str]:
    """The ``reason`` of each entry in the error body's ``errors`` and ``details`` lists."""
    try:
        body = json.loads(error.content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return frozenset()
    inner = body.get("error") if isinstance(body, dict) else None
    if not isinstance(inner, dict):
        return frozenset()
    entries: list[Any] = [*inner.get("errors", []), *inner.get("details", [])]
    return frozenset(str(e["reason"]) for e in entries if isinstance(e, dict) and "reason" in e)


def is_rate_limit(error: HttpError) -> bool:
    status = status_of(error)
    return status == 429 or (status == 403 and bool(reasons_of(error) & RATE_REASONS))


def retryable(error: HttpError) -> bool:
    return status_of(error) >= 500 or is_rate_limit(error)


def as_error(error: HttpError, what: str, kind: type[FollowupError]) -> FollowupError:
    """followup's error for ``error`` met while doing ``what`` ("reading calendar primary")."""
    status = status_of(error)
    if status == 401:
        return AuthError(f"Google did not accept the sign-in while {what}", hint=AUTH_HINT)
    if status == 403 and reasons_of(error) & PERMISSION_REASONS:
        return AuthError(
            f"followup lacks a Google permission while {what}",
            hint="run `followup auth` and grant every permission asked for",
        )
    label = "rate limited" if is_rate_limit(error) else f"HTTP {status}"
    detail = f": {error.reason}" if getattr(error, "reason", "") else ""
    found = kind(f"Google {label} while {what}{detail}")
    found.rate_limited = is_rate_limit(error)
    return found

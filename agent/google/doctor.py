"""``followup doctor``'s Google checks: one line per check, each problem with its fix.

The token file is there, readable only by the user, holds a refresh token and every scope
followup needs (the line says which, and when the access token expires); the access token
refreshes (so a dead sign-in shows here, not in the middle of a pass); Gmail answers at the
configured API root. Calendars are fetched by the local checks.
"""

from __future__ import annotations

import stat
from datetime import UTC
from zoneinfo import ZoneInfo

from agent.config import Config
from agent.doctor import OK, PROBLEM, Finding
from agent.errors import FollowupError, SinkError

AUTH = "run `followup auth`"


def check_google(config: Config) -> list[Finding]:
    from agent.google import SCOPES
    from agent.google.auth import load_credentials, missing_scopes

    google = config.google
    subject = f"google token {google.token}"
    try:
        creds = load_credentials(google.token, google.token_uri)
    except FollowupError as e:
        return [Finding(PROBLEM, subject, e.message, e.hint or AUTH)]
    findings = _token_mode(config, subject)
    if not creds.refresh_token:
        findings.append(Finding(PROBLEM, subject, "holds no refresh token", AUTH))
    findings.extend(
        Finding(PROBLEM, subject, f"permission not granted: {scope}", f"{AUTH} and tick every box")
        for scope in missing_scopes(creds)
    )
    if findings:
        return findings
    scopes = ", ".join(scope.rpartition("/")[2] for scope in SCOPES)
    findings.append(
        Finding(
            OK, subject, f"signed in, every permission granted ({scopes}); {_expiry(creds, config)}"
        )
    )
    if config.drafts.gmail:
        findings.append(_reachable(config))
    return findings


def _expiry(creds: object, config: Config) -> str:
    from agent.zones import local_time

    expiry = getattr(creds, "expiry", None)
    if expiry is None:
        return "the access token is fetched at the first request"
    at = expiry.replace(tzinfo=UTC) if expiry.tzinfo is None else expiry
    shown = local_time(at.astimezone(ZoneInfo(config.me.timezone)))
    return f"the access token expires {shown} and renews itself"


def _token_mode(config: Config, subject: str) -> list[Finding]:
    mode = stat.S_IMODE(config.google.token.stat().st_mode)
    if mode & 0o077:
        return [Finding(PROBLEM, subject, f"is readable by others (mode {mode:o})", "chmod 600 it")]
    return []


def _reachable(config: Config) -> Finding:
    """A refresh if one is due, then ``getProfile`` (the cheapest Gmail call)."""
    from agent.google.client import GoogleClient, RetryPolicy
    from agent.google.history import profile_history_id

    client = GoogleClient.from_config(config.google, RetryPolicy(attempts=1, timeout=10.0))
    try:
        profile_history_id(client, SinkError)
    except FollowupError as e:
        return Finding(
            PROBLEM, "gmail", e.message, e.hint or "check google.api_root and the network"
        )
    return Finding(OK, "gmail", "answers; drafts can be written")

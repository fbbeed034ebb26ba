"""``followup doctor``'s Google checks: one actionable line per problem.

The token file is there, readable only by the user, holds a refresh token and every scope
followup needs; the access token refreshes (so a dead sign-in shows here, not in the middle of
a pass); Gmail answers at the configured API root. Calendars are fetched by the local checks.
"""

from __future__ import annotations

import stat

from agent.config import Config
from agent.errors import FollowupError, SinkError

AUTH = "run `followup auth`"


def check_google(config: Config) -> list[str]:
    from agent.google.auth import load_credentials, missing_scopes

    google = config.google
    try:
        creds = load_credentials(google.token, google.token_uri)
    except FollowupError as e:
        return [f"google: {e.message} ({e.hint or AUTH})"]
    problems = _token_mode(config)
    if not creds.refresh_token:
        problems.append(f"google: the token holds no refresh token; {AUTH}")
    problems.extend(
        f"google: permission not granted: {scope}; {AUTH} and tick every box"
        for scope in missing_scopes(creds)
    )
    if config.drafts.gmail and not problems:
        problems.extend(_reachable(config))
    return problems


def _token_mode(config: Config) -> list[str]:
    mode = stat.S_IMODE(config.google.token.stat().st_mode)
    if mode & 0o077:
        return [
            f"google: {config.google.token} is readable by others (mode {mode:o}); chmod 600 it"
        ]
    return []


def _reachable(config: Config) -> list[str]:
    """A refresh if one is due, then ``getProfile`` (the cheapest Gmail call)."""
    from agent.google.client import GoogleClient, RetryPolicy
    from agent.google.history import profile_history_id

    client = GoogleClient.from_config(config.google, RetryPolicy(attempts=1, timeout=10.0))
    try:
        profile_history_id(client, SinkError)
    except FollowupError as e:
        return [f"google: {e.message}" + (f" ({e.hint})" if e.hint else "")]
    return []

"""The Google OAuth token: the installed-app flow, the token file, refreshes.

``followup auth`` runs google-auth-oauthlib's installed-app flow on the user's own desktop
client and writes the token atomically with mode 0600 (a temporary file created 0600 in the
same folder, then renamed). ``Session`` loads it, points refreshes at ``google.token_uri``
(the library ignores the file's own, notes 0.14), refreshes when due and writes the token back
after every refresh. A dead refresh token (``invalid_grant``: revoked, or a Testing-mode app's
weekly expiry) becomes ``AuthError`` (exit 3, "run `followup auth`"); no network is transient.
Token values are never logged.
"""

from __future__ import annotations

import errno
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent.errors import AuthError, UsageError
from agent.google import SCOPES
from agent.google.transport import ConnectionLost, OneShotHttp
from agent.safefiles import write_private

if TYPE_CHECKING:
    from google.oauth2.credentials import Credentials

    from agent.config import GoogleConfig

log = logging.getLogger(__name__)

AUTH_HINT = "run `followup auth` to sign in to Google again"
AUTH_RETRY = "run `followup auth` again"
CLIENT_HINT = (
    "in Google Cloud Console, APIs & Services > Credentials, create an OAuth client ID of type "
    '"Desktop app", download its JSON, point google.client_secret at it and run `followup auth`'
)
_CLIENT_KEYS = ("client_id", "client_secret", "auth_uri", "token_uri")
FLOW_TIMEOUT_SECONDS = 300


# --------------------------------------------------------------------------- the token file


def write_token(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, the file never readable by others."""
    write_private(path, text)


def load_credentials(token_path: Path, token_uri: str | None = None) -> Credentials:
    """The stored credentials, refreshes pointed at ``token_uri`` when one is configured."""
    from google.oauth2.credentials import Credentials

    try:
        info = json.loads(token_path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise AuthError(f"no Google token at {token_path}", hint="run `followup auth`") from e
    except (OSError, ValueError) as e:
        raise AuthError(f"the Google token {token_path} cannot be read: {e}", hint=AUTH_HINT) from e
    if not isinstance(info, dict):
        raise AuthError(
            f"the Google token {token_path} is not a saved sign-in "
            f"(it holds a JSON {_json_kind(info)})",
            hint=AUTH_HINT,
        )
    try:
        creds = Credentials.from_authorized_user_info(info)
    except (ValueError, TypeError, AttributeError, KeyError) as e:
        raise AuthError(f"the Google token {token_path} is incomplete: {e}", hint=AUTH_HINT) from e
    if token_uri:
        creds = _with_token_uri(creds, token_uri)
    return creds


def _with_token_uri(creds: Credentials, token_uri: str) -> Credentials:
    """``with_token_uri`` drops the expiry; put it back so a valid token is not refreshed."""
    moved = creds.with_token_uri(token_uri)
    moved.expiry = creds.expiry
    return moved


def missing_scopes(creds: Credentials, wanted: Sequence[str] = SCOPES) -> list[str]:
    granted = set(creds.granted_scopes or creds.scopes or ())
    return [s for s in wanted if s not in granted]


# --------------------------------------------------------------------------- the session


class Session:
    """Credentials in use by one process: signs requests, refreshes, saves refreshed tokens.

    The token file is read at the first request, so building the ports never fails for want of
    a token: the pass that needs Google reports it (``AuthError``, exit 3).
    """

    def __init__(
        self,
        token_path: Path,
        http: OneShotHttp,
        token_uri: str | None = None,
        creds: Credentials | None = None,
    ) -> None:
        self.token_path = token_path
        self.token_uri = token_uri
        self.http = http
        self._creds = creds

    @classmethod
    def open(cls, config: GoogleConfig, http: OneShotHttp) -> Session:
        return cls(config.token, http, config.token_uri)

    @property
    def creds(self) -> Credentials:
        if self._creds is None:
            self._creds = load_credentials(self.token_path, self.token_uri)
        return self._creds

    def authorize(self, method: str, uri: str, headers: dict[str, str]) -> None:
        """Add the bearer token to ``headers``; refresh first when the token is due."""
        if not self.creds.valid:
            self.refresh()
        self.creds.apply(headers)

    def refresh(self) -> None:
        """Get a new access token and save it; ``AuthError`` when Google refuses for good."""
        from google.auth.exceptions import RefreshError, TransportError
        from google_auth_httplib2 import Request

        creds = self.creds
        try:
            creds.refresh(Request(self.http))
        except RefreshError as e:
            if getattr(e, "retryable", False):
                raise ConnectionLost(f"token refresh: {_refresh_reason(e)}", sent=False) from e
            raise AuthError(
                f"Google refused the saved sign-in ({_refresh_reason(e)})", hint=AUTH_HINT
            ) from e
        except TransportError as e:
            raise ConnectionLost(f"token refresh: {e}", sent=False) from e
        write_token(self.token_path, creds.to_json())
        log.info("refreshed the Google access token and saved it to %s", self.token_path)


def _refresh_reason(error: Exception) -> str:
    """``invalid_grant: Token has been expired or revoked.`` and the like; never a token."""
    details = error.args[1] if len(error.args) > 1 else None
    if isinstance(details, dict) and details.get("error"):
        text = str(details["error"])
        description = details.get("error_description")
        return f"{text}: {description}" if description else text
    return type(error).__name__


# --------------------------------------------------------------------------- the flow


def run_flow(
    config: GoogleConfig, *, port: int = 0, open_browser: bool = True, prompt: str = ""
) -> Credentials:
    """The installed-app flow in a browser; writes the token and returns the credentials.

    ``port`` 0 takes a free port; a fixed one is what an SSH tunnel needs with
    ``open_browser=False`` (``ssh -L PORT:localhost:PORT``).
    """
    from google_auth_oauthlib.flow import InstalledAppFlow
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    client = _client_config(_client_secret(config))
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")  # a user may untick a scope
    flow = InstalledAppFlow.from_client_config(client, scopes=list(SCOPES))
    try:
        creds = flow.run_local_server(
            host="localhost",
            port=port,
            open_browser=open_browser,
            timeout_seconds=FLOW_TIMEOUT_SECONDS,
            authorization_prompt_message=prompt,
            success_message="followup is signed in to Google. You may close this window.",
            prompt="consent",
            access_type="offline",
        )
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            raise AuthError(
                f"port {port} on localhost is in use by another program",
                hint="pick another with --port, or leave --port out to take a free one",
            ) from e
        raise AuthError(f"the sign-in could not listen on localhost: {e}", hint=AUTH_RETRY) from e
    except (OAuth2Error, ValueError) as e:  # refused consent, a state mismatch, no answer
        raise AuthError(f"the Google sign-in did not complete: {e}", hint=AUTH_RETRY) from e
    if not creds.refresh_token:
        raise AuthError("Google sent no refresh token", hint="run `followup auth` again")
    lacking = missing_scopes(creds)
    if lacking:
        raise AuthError(
            "Google sign-in is missing permissions followup needs",
            problems=[f"not granted: {s}" for s in lacking],
            hint="run `followup auth` again and tick every box on the consent screen",
        )
    write_token(config.token, creds.to_json())
    return creds  # type: ignore[no-any-return]


def _client_secret(config: GoogleConfig) -> Path:
    secret = config.client_secret
    if secret is None:
        raise UsageError(
            "google.client_secret is not set",
            hint="download your desktop OAuth client's JSON and set google.client_secret",
        )
    if not secret.is_file():
        raise UsageError(f"no OAuth client file at {secret}", hint="see README, section Google")
    return secret


def _client_config(path: Path) -> dict[str, Any]:
    """The desktop client in ``path``, checked: a file of another kind is said to be one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:  # ValueError: not JSON, not UTF-8
        raise AuthError(
            f"the OAuth client file {path} is not one Google gives: {e}", hint=CLIENT_HINT
        ) from e
    if not isinstance(data, dict) or not isinstance(data.get("installed"), dict):
        kinds = [k for k in ("web",) if isinstance(data, dict) and k in data]
        what = f"a {kinds[0]} application's" if kinds else f"a JSON {_json_kind(data)}, not a"
        raise AuthError(
            f"the OAuth client file {path} is {what} client; followup signs in as a desktop app",
            hint=CLIENT_HINT,
        )
    installed = data["installed"]
    missing = [k for k in _CLIENT_KEYS if not isinstance(installed.get(k), str) or not installed[k]]
    if missing:
        raise AuthError(
            f"the OAuth client file {path} lacks {', '.join(missing)}", hint=CLIENT_HINT
        )
    return data


def _json_kind(value: object) -> str:
    kinds = {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else kinds.get(type(value), "object")

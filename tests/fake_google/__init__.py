"""A local, stateful fake of the Google APIs followup uses, for the real googleapiclient.

``FakeGoogle`` serves Calendar v3 (``/calendar/v3/...``), Gmail v1 (``/gmail/v1/...``) and an
OAuth token endpoint (``/token``) on 127.0.0.1 from a thread. Point followup at it with
``google.api_root = fake.api_root`` and ``google.token_uri = fake.token_uri``. It checks every
request against the discovery documents, records them all (``requests``, ``count``), lists what
Google would refuse or followup must never do (``violations``: a test fixture fails on any),
and takes scripted faults (``fail``). Access tokens are its own: ``issue_token`` makes a token
file's contents, ``expire_access_tokens`` makes every API call answer 401 until a refresh, and
``revoke`` makes refreshes answer ``invalid_grant``.
"""

from __future__ import annotations

import copy
import itertools
import json
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.fake_google.calendar import FakeCalendar
from tests.fake_google.gmail import FakeGmail
from tests.fake_google.server import TOKEN_PATH, Fault, Recorded, Reply, Server

CLIENT_ID = "fake-client.apps.googleusercontent.com"
CLIENT_SECRET = "fake-secret"
GRANTED = (
    "https://www.googleapis.com/auth/gmail.modify "
    "https://www.googleapis.com/auth/calendar.events.readonly"
)


class FakeGoogle:
    def __init__(
        self, calendar: FakeCalendar | None = None, gmail: FakeGmail | None = None
    ) -> None:
        self.calendar = calendar or FakeCalendar()
        self.gmail = gmail or FakeGmail()
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.codes: set[str] = set()
        self.issued: list[str] = []  # every token and code handed out (none may reach a log)
        self._ids = itertools.count(1)
        g = self.gmail
        self.server = Server(
            handlers={
                "calendar.events.list": self.calendar.events_list,
                "gmail.users.getProfile": g.get_profile,
                "gmail.users.history.list": g.history_list,
                "gmail.users.drafts.create": g.drafts_create,
                "gmail.users.drafts.list": g.drafts_list,
                "gmail.users.drafts.get": g.drafts_get,
                "gmail.users.messages.list": g.messages_list,
                "gmail.users.messages.get": g.messages_get,
                "gmail.users.threads.get": g.threads_get,
            },
            check_auth=self._authorized,
            token_handler=self._token,
        )
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeGoogle:
        self.port = self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def clone(self) -> FakeGoogle:
        """A copy, not started, of the calendars, the mailbox and the tokens (not the requests):
        the crash suite runs each trial on its own copy of the Google a pass began with."""
        twin = FakeGoogle(copy.deepcopy(self.calendar), copy.deepcopy(self.gmail))
        twin.access_tokens = set(self.access_tokens)
        twin.refresh_tokens = set(self.refresh_tokens)
        twin.codes = set(self.codes)
        twin.issued = list(self.issued)
        twin._ids = copy.copy(self._ids)
        return twin

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_root(self) -> str:
        return self.url + "/"

    @property
    def token_uri(self) -> str:
        return self.url + TOKEN_PATH

    # ------------------------------------------------------------------ records and faults

    @property
    def requests(self) -> list[Recorded]:
        return list(self.server.requests)

    @property
    def violations(self) -> list[str]:
        return [*self.server.violations, *self.calendar.violations, *self.gmail.violations]

    def count(self, method_id: str | None = None) -> int:
        return sum(1 for r in self.server.requests if method_id in (None, r.method_id))

    def calls(self) -> list[str]:
        return [r.method_id or r.path for r in self.server.requests]

    def clear_requests(self) -> None:
        with self.server.lock:
            self.server.requests.clear()

    def fail(self, method_id: str, action: str = "status", *, times: int = 1, **kw: Any) -> None:
        """Script a fault for the next ``times`` calls of ``method_id`` (see ``Fault``)."""
        with self.server.lock:
            self.server.faults.append(Fault(method_id, action, times=times, **kw))

    # ------------------------------------------------------------------ tokens

    def issue_token(self, *, expired: bool = False) -> dict[str, Any]:
        """A token file's contents, as ``Credentials.to_json`` writes it after ``followup auth``."""
        access, refresh = self._new("at"), self._new("rt")
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        expiry = datetime.now(UTC) + (timedelta(hours=-1) if expired else timedelta(hours=1))
        return {
            "token": access,
            "refresh_token": refresh,
            "token_uri": "https://oauth2.googleapis.com/token",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scopes": GRANTED.split(),
            "expiry": expiry.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }

    def write_token(self, path: Path, *, expired: bool = False) -> Path:
        path.write_text(json.dumps(self.issue_token(expired=expired)), encoding="utf-8")
        path.chmod(0o600)
        return path

    def client_secret(self, path: Path) -> Path:
        """A desktop OAuth client file whose token endpoint is this fake."""
        installed = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "auth_uri": self.url + "/auth",
            "token_uri": self.token_uri,
            "redirect_uris": ["http://localhost"],
        }
        path.write_text(json.dumps({"installed": installed}), encoding="utf-8")
        return path

    def new_code(self) -> str:
        code = self._new("code")
        self.codes.add(code)
        return code

    def expire_access_tokens(self) -> None:
        self.access_tokens.clear()

    def revoke(self) -> None:
        self.access_tokens.clear()
        self.refresh_tokens.clear()

    def _new(self, prefix: str) -> str:
        """A token no log line could contain by chance (``at-3-9f2c...``)."""
        value = f"{prefix}-{next(self._ids)}-{secrets.token_hex(8)}"
        self.issued.append(value)
        return value

    def _authorized(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        return scheme == "Bearer" and token in self.access_tokens

    def _token(self, form: dict[str, list[str]]) -> Reply:
        grant = form.get("grant_type", [""])[0]
        if grant == "refresh_token" and form.get("refresh_token", [""])[0] in self.refresh_tokens:
            return self._grant(refresh=None)
        if grant == "authorization_code" and form.get("code", [""])[0] in self.codes:
            self.codes.discard(form["code"][0])
            refresh = self._new("rt")
            self.refresh_tokens.add(refresh)
            return self._grant(refresh=refresh)
        reply = {
            "error": "invalid_grant",
            "error_description": "Token has been expired or revoked.",
        }
        return Reply(400, reply)

    def _grant(self, refresh: str | None) -> Reply:
        access = self._new("at")
        self.access_tokens.add(access)
        body: dict[str, Any] = {
            "access_token": access,
            "expires_in": 3599,
            "scope": GRANTED,
            "token_type": "Bearer",
        }
        if refresh:
            body["refresh_token"] = refresh
        return Reply(200, body)

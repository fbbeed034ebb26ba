"""The HTTP transport under googleapiclient: one request, one attempt, never resent.

googleapiclient's ``num_retries``, httplib2's own connection retries and google-auth-httplib2's
401 retry each resend a request on their own (notes/google-apis.md 0.3, 0.11, 0.13), which turns
one ``drafts.create`` into two drafts when the first was stored but its answer lost. This module
replaces all of them: ``OneShotHttp`` speaks httplib2's ``request()`` interface over
``http.client``, opens a fresh connection per request and makes exactly one attempt, and
``AuthorizedHttp`` adds the bearer token without ever repeating a request. Retrying is decided
above, in ``agent.google.client``, and only for reads.

A failure is raised as ``ConnectionLost`` whose ``sent`` says whether the request may have
reached the server (the connection broke after the request was written): a write that failed
that way may have been stored.
"""

from __future__ import annotations

import http.client
import logging
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httplib2

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 30.0


class ConnectionLost(httplib2.HttpLib2Error):
    """No answer: the server was unreachable, hung up, or was too slow.

    ``sent`` is True when the request was written before the failure, so the server may have
    acted on it. (An ``httplib2.HttpLib2Error`` so google-auth reports it as a ``TransportError``
    when it happens during a token refresh.)
    """

    def __init__(self, message: str, *, sent: bool) -> None:
        super().__init__(message)
        self.sent = sent


class OneShotHttp:
    """httplib2's ``request()`` interface, one attempt per call, no redirects, no cache."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        redirections: int = 0,
        connection_type: Any = None,
    ) -> tuple[httplib2.Response, bytes]:
        parts = urlsplit(uri)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        connection = self._connect(parts.scheme, parts.hostname or "", parts.port)
        sent = False
        try:
            connection.request(method, target or "/", body=body, headers=dict(headers or {}))
            sent = True
            response = connection.getresponse()
            content = response.read()
            return httplib2.Response(response), content
        except (OSError, http.client.HTTPException) as e:
            raise ConnectionLost(f"{method} {parts.path}: {_describe(e)}", sent=sent) from e
        finally:
            connection.close()

    def _connect(self, scheme: str, host: str, port: int | None) -> http.client.HTTPConnection:
        if scheme == "https":
            return http.client.HTTPSConnection(host, port, timeout=self.timeout)
        return http.client.HTTPConnection(host, port, timeout=self.timeout)

    def close(self) -> None:
        """Nothing to close: every request has its own connection."""


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


#: Adds the ``Authorization`` header to ``headers`` (refreshing the token when it is due).
Authorizer = Callable[[str, str, dict[str, str]], None]


class AuthorizedHttp:
    """``OneShotHttp`` plus the bearer token; a 401 is returned as it is, never retried here."""

    def __init__(self, authorize: Authorizer, http: OneShotHttp) -> None:
        self._authorize = authorize
        self.http = http

    def request(
        self,
        uri: str,
        method: str = "GET",
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        redirections: int = 0,
        connection_type: Any = None,
    ) -> tuple[httplib2.Response, bytes]:
        signed = dict(headers or {})
        self._authorize(method, uri, signed)
        return self.http.request(uri, method, body, signed)

    def close(self) -> None:
        self.http.close()

"""The Google services and the one place their requests run.

``GoogleClient`` builds the Calendar and Gmail services from the discovery documents bundled
with google-api-python-client (no network), on ``AuthorizedHttp`` over ``OneShotHttp`` (one
attempt per request), pointed at ``google.api_root`` when configured: Calendar at
``{api_root}calendar/v3/``, Gmail at ``{api_root}gmail/v1/`` (``api_endpoint`` replaces the
root *and* the service path, notes 0.8). ``read`` runs an idempotent request with a few bounded,
jittered retries on rate limits, 5xx and lost connections, and one token refresh on a 401;
``write`` runs a request exactly once, and when it fails says whether it may have been stored.
An answer that is not a JSON object (a garbled body) counts as no answer: a read tries again,
a write may have been stored.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agent.errors import FollowupError, SinkError
from agent.google.errors import as_error, is_rate_limit, retryable, status_of
from agent.google.transport import (
    DEFAULT_TIMEOUT_SECONDS,
    AuthorizedHttp,
    ConnectionLost,
    OneShotHttp,
)

if TYPE_CHECKING:
    from agent.config import GoogleConfig
    from agent.google.auth import Session

log = logging.getLogger(__name__)

#: Failures of a write after which it was certainly not stored (Google refused it up front).
NOT_STORED = frozenset({400, 404})


@dataclass(frozen=True)
class RetryPolicy:
    """How reads are retried: ``attempts`` in all, waits doubling from ``first_delay``."""

    attempts: int = 4
    first_delay: float = 1.0
    max_delay: float = 10.0
    timeout: float = DEFAULT_TIMEOUT_SECONDS

    def delay(self, attempt: int) -> float:
        return min(self.max_delay, self.first_delay * 2**attempt) * random.uniform(0.5, 1.0)


class Garbled(ValueError):
    """The answer was not the JSON object the API promises (googleapiclient hands back the raw
    text when it cannot parse it)."""


def _answer(result: Any, what: str) -> dict[str, Any]:
    if not isinstance(result, dict):
        raise Garbled(f"{what}: the answer was not JSON ({type(result).__name__})")
    return result


class Absent(Exception):
    """The request's target is not there (a status the caller asked to handle itself)."""

    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


class GoogleClient:
    def __init__(
        self,
        session: Session,
        api_root: str | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self.session = session
        self.api_root = api_root
        self.retry = retry or RetryPolicy()
        self.http = AuthorizedHttp(session.authorize, session.http)
        self._sleep = sleep
        self._services: dict[str, Any] = {}

    @classmethod
    def from_config(cls, config: GoogleConfig, retry: RetryPolicy | None = None) -> GoogleClient:
        from agent.google.auth import Session

        policy = retry or RetryPolicy()
        return cls(Session.open(config, OneShotHttp(policy.timeout)), config.api_root, policy)

    # ------------------------------------------------------------------ services

    def gmail(self) -> Any:
        return self._service("gmail", "v1", "")

    def calendar(self) -> Any:
        return self._service("calendar", "v3", "calendar/v3/")

    def _service(self, name: str, version: str, path: str) -> Any:
        if name not in self._services:
            from googleapiclient.discovery import build

            options = {"api_endpoint": self.api_root + path} if self.api_root else None
            self._services[name] = build(
                name,
                version,
                http=self.http,
                static_discovery=True,
                cache_discovery=False,
                client_options=options,
            )
        return self._services[name]

    # ------------------------------------------------------------------ running requests

    def read(
        self,
        request: Any,
        what: str,
        kind: type[FollowupError],
        absent: Collection[int] = (),
    ) -> dict[str, Any]:
        """Run an idempotent request; ``Absent`` for a status in ``absent``."""
        from googleapiclient.errors import HttpError

        last = self.retry.attempts - 1
        refreshed = False
        for attempt in range(self.retry.attempts):
            try:
                return _answer(request.execute(num_retries=0), what)
            except HttpError as e:
                status = status_of(e)
                if status in absent:
                    raise Absent(status) from e
                if status == 401 and not refreshed:
                    refreshed = True
                    self.session.refresh()  # the token was refused: a new one, then once more
                    continue
                if retryable(e) and attempt < last:
                    self._wait(attempt, what, f"HTTP {status}")
                    continue
                raise as_error(e, what, kind) from e
            except (ConnectionLost, Garbled) as e:
                if attempt < last:
                    self._wait(attempt, what, str(e))
                    continue
                raise kind(f"Google cannot be reached while {what}: {e}") from e
        raise kind(f"Google did not answer while {what}")  # pragma: no cover - loop returns

    def write(self, request: Any, what: str) -> dict[str, Any]:
        """Run a non-idempotent request once; ``SinkError.stored_maybe`` when the answer is lost."""
        from googleapiclient.errors import HttpError

        try:
            return _answer(request.execute(num_retries=0), what)
        except HttpError as e:
            error = as_error(e, what, SinkError)
            if isinstance(error, SinkError):
                error.stored_maybe = _maybe_stored(e)
            raise error from e
        except ConnectionLost as e:
            raise SinkError(f"Google did not answer while {what}: {e}", stored_maybe=e.sent) from e
        except Garbled as e:  # an answer came, so the request was acted on
            raise SinkError(f"Google's answer was garbled while {what}", stored_maybe=True) from e

    def _wait(self, attempt: int, what: str, why: str) -> None:
        delay = self.retry.delay(attempt)
        log.info("%s: %s; trying again in %.1f s", what, why, delay)
        self._sleep(delay)


def _maybe_stored(error: Any) -> bool:
    """Only a refusal up front proves nothing was stored; a 5xx may come after the store."""
    status = status_of(error)
    refused = status in NOT_STORED or (status == 403 and not is_rate_limit(error))
    return not refused

"""How the passes have been going, for ``status``: the last error, since when, and how many passes
in a row failed.

Every pass of ``run`` and of ``tick`` records its outcome, whatever ended it: a problem the user
can act on (``FollowupError``, with its exit code) or a bug (exit 70). A pass failed when it
exited with anything but 0. The record is one JSON value in the state's meta table; writing it
never stops a pass (the state itself may be what failed: the log and the exit code say it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from agent.errors import EXIT_INTERNAL, EXIT_OK, FollowupError
from agent.redact import redact_urls

if TYPE_CHECKING:
    from agent.engine import TickReport
    from agent.state import State

log = logging.getLogger(__name__)

KEY = "pass_health"


@dataclass(frozen=True)
class PassHealth:
    """The last pass and the run of failures up to it (``failed_passes`` 0: it went well)."""

    last_pass_at: str
    last_exit: int
    failed_passes: int = 0
    failing_since: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None


def read(state: State) -> PassHealth | None:
    raw = state.meta(KEY)
    if not raw:
        return None
    try:
        return PassHealth(**json.loads(raw))
    except (ValueError, TypeError):
        return None


def as_json(state: State) -> dict[str, Any] | None:
    """What ``status --json`` shows under ``passes``."""
    health = read(state)
    return asdict(health) if health else None


def record(state: State, now: datetime, exit_code: int, error: str | None) -> None:
    """Record one pass's outcome; ``error`` is what went wrong when ``exit_code`` is not 0."""
    previous = read(state)
    at = now.isoformat()
    if exit_code == EXIT_OK:
        health = PassHealth(
            at,
            exit_code,
            last_error=previous.last_error if previous else None,
            last_error_at=previous.last_error_at if previous else None,
        )
    else:
        failing = previous is not None and previous.failed_passes > 0
        health = PassHealth(
            at,
            exit_code,
            failed_passes=(previous.failed_passes if previous and failing else 0) + 1,
            failing_since=previous.failing_since if previous and failing else at,
            last_error=redact_urls(error or f"exit {exit_code}"),
            last_error_at=at,
        )
    try:
        state.set_meta(KEY, json.dumps(asdict(health)))
    except FollowupError as e:  # the state's own errors: damaged, read-only, a full disk
        log.debug("could not record the pass's outcome: %s", e)


class PassOutcome:
    """Filled in by the pass that went to its end: its exit code and first problem."""

    def __init__(self) -> None:
        self.exit_code = EXIT_OK
        self.error: str | None = None

    def done(self, report: TickReport) -> None:
        self.exit_code = report.exit_code
        problems = [f"{f.id} {f.kind}: {why}" for f, why in report.failed]
        problems += [f"{c.kind}: {c.message}" for c in report.conditions]
        self.error = problems[0] if problems else None


@contextmanager
def recorded_pass(state: State, now: datetime) -> Iterator[PassOutcome]:
    """Around one pass: records how it ended, whatever ended it, then lets the error go on."""
    outcome = PassOutcome()
    try:
        yield outcome
    except FollowupError as e:
        record(state, now, e.exit_code, e.message)
        raise
    except Exception as e:
        record(state, now, EXIT_INTERNAL, f"internal error: {type(e).__name__}: {e}")
        raise
    record(state, now, outcome.exit_code, outcome.error)

"""The report of one pass (``TickReport``) and the conditions a failing service adds to it.

The engine and the drafting step fill it; ``tick`` prints it, ``run`` logs it, ``health``
records how the pass ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from agent.errors import EXIT_AUTH, EXIT_OK, EXIT_PARTIAL, EXIT_SOURCE, AuthError, FollowupError
from agent.model import FollowUp
from agent.ports import EventError
from agent.records import Condition

log = logging.getLogger("agent.engine")

#: Called with a point's name at each step that writes (crash tests kill the process there):
#: after_sync, after_detect, before_plan / after_plan, before_reconcile / after_reconcile,
#: before_journal, after_journal, after_create, after_drafted; the IMAP sink, given the same
#: hook, adds after_append (the server stored the draft; not yet recorded).
Hook = Callable[[str], None]


@dataclass
class TickReport:
    now: datetime
    drafted: list[FollowUp] = field(default_factory=list)
    failed: list[tuple[FollowUp, str]] = field(default_factory=list)
    waiting: list[FollowUp] = field(default_factory=list)  # due, but no address to send to
    conditions: list[Condition] = field(default_factory=list)
    event_errors: list[EventError] = field(default_factory=list)
    source_failed: bool = False
    auth_failed: bool = False
    stopped: bool = False  # told to stop before every due follow-up was drafted
    held: list[tuple[FollowUp, str]] = field(default_factory=list)  # due, not drafted: why
    recognised: list[FollowUp] = field(default_factory=list)  # found drafted, sent or deleted

    @property
    def exit_code(self) -> int:
        if self.auth_failed:
            return EXIT_AUTH
        if self.source_failed:
            return EXIT_SOURCE
        return EXIT_PARTIAL if self.failed else EXIT_OK


def needs_auth(report: TickReport, error: AuthError) -> None:
    """The pass cannot go on without a sign-in: said once, with what to do."""
    report.auth_failed = True
    if not any(c.kind == "needs_auth" for c in report.conditions):
        log.warning("authorization needed: %s", error)
        report.conditions.append(Condition("needs_auth", f"{error} - run `followup auth`"))


def trouble(kind: str, error: FollowupError, message: str | None = None) -> Condition:
    """The condition for a service that failed: ``rate_limited`` when it refused for too many
    requests, else ``kind`` (``source_unreachable``, ``sink_unreachable``)."""
    return Condition("rate_limited" if error.rate_limited else kind, message or str(error))


def once(report: TickReport, condition: Condition) -> None:
    if not any(c.kind == condition.kind for c in report.conditions):
        report.conditions.append(condition)

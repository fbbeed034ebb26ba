"""A read is evidence, not the truth: when an event that a calendar no longer lists is gone.

An event absent from a complete read of its calendar (inside the window read) is *missing*: its
due drafts are held (``agent.holds``) and ``status`` says so. Only once it has been absent from
at least ``policy.missing_reads`` complete reads spanning at least ``policy.missing_span`` is it
gone, and its follow-ups cancelled. A read the source knows is incomplete (``SyncBatch.complete``
False: a file cut off, a resync) is no evidence of absence, and an event read again is live
again, whatever it was marked. An explicit cancellation (STATUS:CANCELLED, an event Google
reports deleted) is the calendar saying so, not an absence: it cancels at once.

Pure: ``agent.store`` counts the reads and applies what these functions decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from agent.durations import spoken_duration
from agent.policy import Policy


def gone(missing_since: datetime, reads: int, now: datetime, policy: Policy) -> bool:
    """Whether an event missing since ``missing_since`` from ``reads`` complete reads (this one
    included) is gone."""
    return reads >= policy.missing_reads and now - missing_since >= policy.missing_span


def gone_keys(
    missing: Iterable[tuple[str, datetime, int]], now: datetime, policy: Policy
) -> list[str]:
    """The keys among (key, missing since, reads) that are gone now."""
    return [key for key, since, reads in missing if gone(since, reads, now, policy)]


def missing_text(since: datetime, reads: int, policy: Policy, zone: str | None = None) -> str:
    """What ``status`` says of a missing event (the time in ``zone``, the user's)."""
    from agent.zones import local_time

    times = "read" if reads == 1 else f"{reads} reads"
    return (
        f"missing from the calendar's last {times} since {local_time(since, zone)}; its drafts "
        f"are held, and its follow-ups cancelled once it is missing from "
        f"{policy.missing_reads} reads over {spoken_duration(policy.missing_span)}"
    )

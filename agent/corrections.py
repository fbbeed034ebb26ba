"""Corrections the user records from the command line that need more than one state write.

``followup replied``: local mode has no mailbox to watch, so the user says when the company
answered and, if they gave one, the new timetable, counted from the day of the reply.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agent.errors import UsageError
from agent.state import ReplyRecord, State


def record_reply(
    state: State, config: Any, pid: str, at: datetime, timeline: str | None, now: datetime
) -> str:
    answer_date = None
    if timeline:
        from agent.timeline import parse_timeline

        parsed = parse_timeline(timeline, at, config.me.timezone)
        if parsed is None:
            raise UsageError(
                f"no date can be read from {timeline!r}",
                hint='say it the way they did, e.g. "by the 15th", "next week"',
            )
        answer_date = parsed.answer_date
    reply = ReplyRecord(
        pid=pid,
        at=at,
        cls="human_reply",
        origin="cli",
        timeline_text=timeline,
        answer_date=answer_date,
        message_id=f"cli:{at.isoformat()}",
    )
    if not state.add_reply(reply, now):
        return f"{pid}: that reply was already recorded"
    if answer_date:
        return f"{pid}: reply recorded; a new wait until {answer_date} ({timeline})"
    return f"{pid}: reply recorded; the status check and check-ins are cancelled"

"""Window arithmetic shared by the calendar sources: which events a window shows, and when a
moved window still counts as the one a cursor was read over.

Kept apart from ``ics`` so that the in-memory source does not import the iCalendar libraries.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from agent.model import Event
from agent.ports import Window


def overlaps(event: Event, window: Window) -> bool:
    """Does the event take up any time inside the window?

    A zero-length event counts when its instant lies inside, so a deadline at the window's
    start is not lost.
    """
    if event.start_at >= window.end_at:
        return False
    return event.end_at > window.start_at or window.contains(event.start_at)


def window_text(window: Window) -> list[str]:
    """The window as JSON-friendly text, for cursors."""
    return [window.start_at.isoformat(), window.end_at.isoformat()]


def window_from_text(text: object) -> Window | None:
    """The window a cursor recorded, or None when the text is not one."""
    if not (isinstance(text, list) and len(text) == 2):
        return None
    try:
        start_at, end_at = (datetime.fromisoformat(str(part)) for part in text)
    except ValueError:
        return None
    if start_at.tzinfo is None or end_at.tzinfo is None:
        return None
    return Window(start_at, end_at)


def close_enough(read: Window | None, wanted: Window, slack: timedelta) -> bool:
    """Was ``read`` within ``slack`` of ``wanted`` at both ends?

    The configured window is relative to now, so it moves every tick; re-reading an unchanged
    calendar for a few hours' drift at its far edges would make every tick a cold one.
    """
    if read is None:
        return False
    return abs(read.start_at - wanted.start_at) < slack and abs(read.end_at - wanted.end_at) < slack

"""Google Calendar as a calendar source: a full sync bounded to the window, then ``syncToken``.

The first fetch (and any fetch whose window has drifted more than a day from the one read, or
whose cursor is unreadable) lists the calendar over the window with ``singleEvents=true`` (so
recurrences come expanded, one event per occurrence) and ``showDeleted=true`` (so cancelled
occurrences are seen), page by page, and returns a complete snapshot. Later fetches pass only
the stored ``syncToken`` - never with ``timeMin``/``timeMax``/``orderBy``, which Google refuses -
and return what changed, ``complete=False``, with deletions as cancelled events or ``removed``
keys. A 410 (token expired) is answered with a full resync that is also ``complete=False``: a
resync never cancels what it did not see. An idle fetch costs one ``events.list``.

A deleted event may come back with nothing but its Google ``id``, so the cursor keeps the map
from Google ids to calendar UIDs where the two differ, to name the event that went.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.addresses import canonical
from agent.errors import SourceError
from agent.google.client import Absent, GoogleClient
from agent.model import Attendee, Event, event_key
from agent.ports import MAX_DESCRIPTION, MAX_TITLE, EventError, SyncBatch, Window, clipped
from agent.sources.window import close_enough, overlaps, window_from_text, window_text

log = logging.getLogger(__name__)

PAGE_SIZE = 250
WINDOW_SLACK = timedelta(days=1)
CURSOR_VERSION = 1
_HTML = re.compile(r"<(?:br|p|div|a|b|i|u|ul|ol|li|span|html|body|strong|em|table)\b[^>]*>", re.I)


@dataclass
class _Cursor:
    sync_token: str
    window: list[str]  # the window the last full sync read
    uids: dict[str, str] = field(default_factory=dict)  # Google id -> iCalUID, where they differ

    def dumps(self) -> str:
        data = {"v": CURSOR_VERSION, "sync": self.sync_token, "window": self.window}
        return json.dumps({**data, "uids": self.uids}, sort_keys=True)

    @classmethod
    def loads(cls, text: str | None) -> _Cursor | None:
        try:
            data = json.loads(text) if text else None
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("v") != CURSOR_VERSION:
            return None
        if not isinstance(data.get("sync"), str) or not isinstance(data.get("uids"), dict):
            return None
        return cls(data["sync"], list(data.get("window") or []), dict(data["uids"]))

    def uid_of(self, google_id: str) -> str:
        return self.uids.get(google_id) or _default_uid(google_id)


@dataclass
class _Listing:
    items: list[dict[str, Any]]
    sync_token: str


class GoogleCalendarSource:
    """One Google calendar; implements ``agent.ports.CalendarSource``."""

    def __init__(self, client: GoogleClient, calendar_id: str, default_tz: str) -> None:
        self.client = client
        self.calendar_id = calendar_id
        self.default_tz = default_tz

    @property
    def name(self) -> str:
        return f"google:{self.calendar_id}"

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        previous = _Cursor.loads(cursor)
        if previous is None or not close_enough(
            window_from_text(previous.window), window, WINDOW_SLACK
        ):
            return self._full(window, previous, complete=True)
        try:
            listing = self._list({"syncToken": previous.sync_token})
        except Absent:
            log.info("%s: the sync token expired; reading the window again", self.name)
            return self._full(window, previous, complete=False)
        return self._changes(listing, previous, window)

    # ------------------------------------------------------------------ the two syncs

    def _full(self, window: Window, previous: _Cursor | None, *, complete: bool) -> SyncBatch:
        bounds = {"timeMin": _rfc3339(window.start_at), "timeMax": _rfc3339(window.end_at)}
        listing = self._list(bounds)
        # A complete read sees every event that can still go; a resync keeps what it knew.
        known = dict(previous.uids) if previous and not complete else {}
        cursor = _Cursor(listing.sync_token, window_text(window), known)
        events, removed, errors = self._convert(listing.items, cursor, None)
        return SyncBatch(
            events=tuple(events),
            cursor=cursor.dumps(),
            window=window,
            complete=complete,
            removed=tuple(removed) if not complete else (),
            errors=tuple(errors),
        )

    def _changes(self, listing: _Listing, previous: _Cursor, window: Window) -> SyncBatch:
        cursor = _Cursor(listing.sync_token, previous.window, dict(previous.uids))
        if not listing.items:
            return SyncBatch(events=(), cursor=cursor.dumps(), window=window, changed=False)
        events, removed, errors = self._convert(listing.items, cursor, window)
        return SyncBatch(
            events=tuple(events),
            cursor=cursor.dumps(),
            window=window,
            complete=False,
            removed=tuple(removed),
            errors=tuple(errors),
        )

    def _list(self, params: dict[str, str]) -> _Listing:
        """Every page of one ``events.list``; ``Absent`` on 410 (only a sync token gets one)."""
        events = self.client.calendar().events()
        items: list[dict[str, Any]] = []
        page: str | None = None
        while True:
            request = events.list(
                calendarId=self.calendar_id,
                singleEvents=True,
                showDeleted=True,
                maxResults=PAGE_SIZE,
                pageToken=page,
                **params,
            )
            answer = self.client.read(
                request, f"reading calendar {self.calendar_id}", SourceError, absent=(410,)
            )
            items.extend(answer.get("items", []))
            page = answer.get("nextPageToken")
            if not page:
                return _Listing(items, str(answer.get("nextSyncToken") or ""))

    # ------------------------------------------------------------------ items to events

    def _convert(
        self, items: list[dict[str, Any]], cursor: _Cursor, window: Window | None
    ) -> tuple[list[Event], list[str], list[EventError]]:
        """Events, removed keys and errors; ``window`` drops changes that lie outside it."""
        for item in items:
            _learn_uid(item, cursor)
        events: list[Event] = []
        removed: list[str] = []
        errors: list[EventError] = []
        for item in items:
            if _is_bare_deletion(item):
                removed.extend(self._removed_key(item, cursor))
                continue
            try:
                event = to_event(item, self.default_tz, self.name)
            except (KeyError, ValueError, TypeError) as e:
                uid = item.get("iCalUID") or item.get("id")
                errors.append(EventError(self.name, uid, f"the event could not be read: {e}"))
                continue
            if window is None or event.cancelled or overlaps(event, window):
                events.append(event)
        return events, removed, errors

    def _removed_key(self, item: dict[str, Any], cursor: _Cursor) -> Iterator[str]:
        series = item.get("recurringEventId")
        if series:
            original = item.get("originalStartTime")
            if original:
                yield event_key(cursor.uid_of(series), recurrence_text(original))
            return
        yield event_key(cursor.uid_of(item["id"]), None)


# --------------------------------------------------------------------------- conversion


def to_event(item: dict[str, Any], default_tz: str, calendar: str) -> Event:
    """A Google event resource (one occurrence) as an ``agent.model.Event``."""
    start, end = item["start"], item["end"]
    all_day = "date" in start
    tz = start.get("timeZone") or default_tz
    start_at = _when(start, tz)
    end_at = max(_when(end, tz), start_at)
    description = clipped(item.get("description") or "", MAX_DESCRIPTION)
    attendees = tuple(_attendee(a) for a in item.get("attendees", []))
    original = item.get("originalStartTime")
    return Event(
        uid=item.get("iCalUID") or _default_uid(item["id"]),
        start_at=start_at,
        end_at=end_at,
        tz=tz,
        summary=clipped(item.get("summary") or "", MAX_TITLE),
        description=description,
        location=item.get("location") or "",
        recurrence_id=recurrence_text(original)
        if item.get("recurringEventId") and original
        else None,
        all_day=all_day,
        organizer=_organizer(item.get("organizer"), attendees),
        attendees=attendees,
        status=(item.get("status") or "confirmed").lower(),
        calendar=calendar,
        sequence=int(item.get("sequence") or 0),
        html_description=bool(_HTML.search(description)),
    )


def _when(part: dict[str, Any], tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if "dateTime" in part:
        value = datetime.fromisoformat(part["dateTime"])
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(part.get("timeZone") or tz))
        return value.astimezone(zone)
    return datetime.combine(date.fromisoformat(part["date"]), time(0), zone)


def recurrence_text(original: dict[str, Any]) -> str:
    """``originalStartTime`` as the RECURRENCE-ID text ICS sources use (UTC ``...Z``, or a date)."""
    if "dateTime" in original:
        instant = datetime.fromisoformat(original["dateTime"])
        return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return str(original["date"])


def _attendee(a: dict[str, Any]) -> Attendee:
    return Attendee(
        email=canonical(a.get("email")),
        name=a.get("displayName"),
        response=a.get("responseStatus") or "needsAction",
        resource=bool(a.get("resource")),
        optional=bool(a.get("optional")),
        is_self=bool(a.get("self")),
    )


def _organizer(org: dict[str, Any] | None, attendees: tuple[Attendee, ...]) -> Attendee | None:
    """The organizer, answering as they do in the guest list (an organizer has accepted)."""
    if not org:
        return None
    email = canonical(org.get("email"))
    listed = next(
        (a for a in attendees if email and (a.email or "").lower() == email.lower()), None
    )
    return Attendee(
        email=email,
        name=org.get("displayName"),
        response=listed.response if listed else "accepted",
        is_self=bool(org.get("self")),
    )


def _is_bare_deletion(item: dict[str, Any]) -> bool:
    """A cancelled item without times: Google promises only its id (and series fields)."""
    return (item.get("status") == "cancelled") and "start" not in item


def _learn_uid(item: dict[str, Any], cursor: _Cursor) -> None:
    uid = item.get("iCalUID")
    if not uid:
        return
    key = item.get("recurringEventId") or item["id"]
    if uid != _default_uid(key):
        cursor.uids[key] = uid


def _default_uid(google_id: str) -> str:
    """The iCalUID Google gives events created in Google Calendar."""
    return f"{google_id}@google.com"


def _rfc3339(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

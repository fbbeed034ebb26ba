"""A stateful Calendar v3 ``events.list``: windows, pages, sync tokens, deletions, 410.

Calendars hold event resources as ``events.list(singleEvents=true)`` returns them (one resource
per occurrence, ``recurringEventId`` and ``originalStartTime`` on instances). Each change stamps
the event with a sequence number; a sync token is the number at the time it was handed out, so
an incremental list returns what changed since, deletions included. Like Google it refuses a
sync token combined with ``timeMin``/``timeMax``/``orderBy``/``q``/``updatedMin``/``iCalUID``
(400) and answers 410 to a token that ``expire_sync_tokens`` invalidated. With
``minimal_cancelled`` a deleted event comes back with only ``id`` (plus ``recurringEventId`` and
``originalStartTime`` on instances), the least Google promises.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.fake_google.server import GoogleError

NOT_WITH_SYNC_TOKEN = ("timeMin", "timeMax", "orderBy", "q", "updatedMin", "iCalUID")


@dataclass
class CalendarData:
    time_zone: str
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    stamps: dict[str, int] = field(default_factory=dict)  # event id -> sequence of last change
    token_floor: int = 0


class FakeCalendar:
    def __init__(self, time_zone: str = "America/Los_Angeles") -> None:
        self.time_zone = time_zone
        self.calendars: dict[str, CalendarData] = {}
        self.sequence = 0
        self.page_size = 250
        self.empty_first_page = False  # Google may send an empty page with a nextPageToken
        self.minimal_cancelled = False
        self.violations: list[str] = []

    # ------------------------------------------------------------------ controls

    def calendar(self, calendar_id: str) -> CalendarData:
        return self.calendars.setdefault(calendar_id, CalendarData(self.time_zone))

    def put(self, calendar_id: str, events: list[dict[str, Any]]) -> None:
        """Make ``events`` the calendar's whole contents; the others are deleted."""
        data = self.calendar(calendar_id)
        keep = {e["id"] for e in events}
        for event_id, event in list(data.events.items()):
            if event_id not in keep and event.get("status") != "cancelled":
                self.delete(calendar_id, event_id)
        for event in events:
            if data.events.get(event["id"]) != event:
                self.upsert(calendar_id, event)

    def upsert(self, calendar_id: str, event: dict[str, Any]) -> None:
        data = self.calendar(calendar_id)
        data.events[event["id"]] = copy.deepcopy(event)
        data.stamps[event["id"]] = self._next()

    def delete(self, calendar_id: str, event_id: str) -> None:
        data = self.calendar(calendar_id)
        data.events[event_id]["status"] = "cancelled"
        data.stamps[event_id] = self._next()

    def expire_sync_tokens(self) -> None:
        floor = self._next()  # tokens handed out from now on are worth this much or more
        for data in self.calendars.values():
            data.token_floor = floor

    def _next(self) -> int:
        self.sequence += 1
        return self.sequence

    # ------------------------------------------------------------------ events.list

    def events_list(
        self, method_id: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        q = {k: v[0] for k, v in query.items()}
        data = self.calendars.get(params["calendarId"])
        if data is None:
            raise GoogleError(404, "Not Found", "notFound")
        if "syncToken" in q:
            items, floor = self._incremental(data, q)
        else:
            items, floor = self._full(data, q), 0
        return self._page(data, items, q, floor)

    def _incremental(self, data: CalendarData, q: dict[str, str]) -> tuple[list[Any], int]:
        clash = [name for name in NOT_WITH_SYNC_TOKEN if name in q]
        if clash:
            self.violations.append(f"syncToken combined with {clash}")
            raise GoogleError(400, f"syncToken cannot be combined with {clash}", "invalid")
        since = int(q["syncToken"].rpartition("-")[2])
        if since < data.token_floor:
            raise GoogleError(
                410, "Sync token is no longer valid, a full sync is required.", "fullSyncRequired"
            )
        return [e for i, e in self._ordered(data) if data.stamps[i] > since], since

    def _full(self, data: CalendarData, q: dict[str, str]) -> list[dict[str, Any]]:
        low = _instant(q["timeMin"]) if "timeMin" in q else None
        high = _instant(q["timeMax"]) if "timeMax" in q else None
        deleted = q.get("showDeleted") == "true"
        found = []
        for _, event in self._ordered(data):
            if event.get("status") == "cancelled" and not deleted:
                continue
            start, end = _span(event)
            if start is not None and end is not None:
                if low is not None and end <= low:  # timeMin: exclusive bound on the end
                    continue
                if high is not None and start >= high:  # timeMax: exclusive bound on the start
                    continue
            found.append(event)
        return found

    def _ordered(self, data: CalendarData) -> list[tuple[str, dict[str, Any]]]:
        return sorted(data.events.items())

    def _page(
        self, data: CalendarData, items: list[dict[str, Any]], q: dict[str, str], floor: int
    ) -> dict[str, Any]:
        size = min(int(q.get("maxResults", 250)), self.page_size)
        offset = int(q["pageToken"].partition(":")[2]) if "pageToken" in q else 0
        if self.empty_first_page and "pageToken" not in q:
            page, rest = [], bool(items)
        else:
            page, rest = items[offset : offset + size], offset + size < len(items)
            offset += size
        answer: dict[str, Any] = {
            "kind": "calendar#events",
            "timeZone": data.time_zone,
            "items": [self._shown(e) for e in page],
        }
        if rest:
            answer["nextPageToken"] = f"page:{offset if page else 0}"
        else:
            answer["nextSyncToken"] = f"sync-{self.sequence}"
        return answer

    def _shown(self, event: dict[str, Any]) -> dict[str, Any]:
        if event.get("status") != "cancelled" or not self.minimal_cancelled:
            return copy.deepcopy(event)
        keys = ("id", "status", "recurringEventId", "originalStartTime")
        return {k: copy.deepcopy(event[k]) for k in keys if k in event}


def _instant(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise GoogleError(400, f"timeMin/timeMax need an offset: {text}", "badRequest")
    return value


def _span(event: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    def when(part: dict[str, Any] | None) -> datetime | None:
        if not part:
            return None
        if "dateTime" in part:
            return datetime.fromisoformat(part["dateTime"].replace("Z", "+00:00"))
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(part.get("timeZone") or "UTC")
        return datetime.fromisoformat(part["date"]).replace(tzinfo=zone)

    return when(event.get("start")), when(event.get("end"))

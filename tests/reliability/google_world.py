"""The crash suite's scenario on Google: the same six onsite interviews, in the fake Google.

``crash.py`` runs its passes against a Maildir or, with ``google=True``, against a fake Google
(``tests.fake_google``) served from the harness process on 127.0.0.1, port 0. Each trial gets its
own copy of the Google a pass began with (``FakeGoogle.clone``), so trials run side by side;
``point_at`` writes the home's config for that copy's port and a token that has expired, so every
pass also refreshes it (and may be killed while writing it back). The user's hands are Gmail's:
``user_acts`` sends a third of the drafts from the Gmail UI (a new Message-ID each time) and deletes
another third and those without an address. ``markers`` counts the messages of each follow-up over
Gmail's drafts and sent mail (``Message.identity``); ``send_requests`` counts requests to a send
path (there must be none).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.fake_google import FakeGoogle

UTC = ZoneInfo("UTC")
TZ_NAME = "America/Los_Angeles"
CALENDAR = "primary"
ME = {"name": "Alex Candidate", "email": "alex@example.com", "timezone": TZ_NAME}


def _local(name: str) -> str:
    return name.lower().replace(" ", ".")


def event_resource(
    index: int, company: str, domain: str, panel: Sequence[str], day: datetime
) -> dict[str, Any]:
    """``crash._vevent``'s interview as the resource ``events.list`` returns."""
    start_at = day.replace(hour=9 + index, minute=0, second=0, microsecond=0)
    itinerary = "\n".join(
        f"{9 + index}:{15 * i:02d} Session {i + 1} - {n}" for i, n in enumerate(panel)
    )
    people = [("Alex Candidate", ME["email"], True)]
    people += [(n, f"{_local(n)}@{domain}", False) for n in panel]
    return {
        "kind": "calendar#event",
        "id": f"crash{index:04d}",
        "iCalUID": f"crash-{index}@followup.example",
        "status": "confirmed",
        "summary": f"Onsite interview: Backend Engineer - {company}",
        "description": f"Your onsite for the Backend Engineer role.\n\nItinerary\n{itinerary}"
        "\n\nNext steps: we will get back to you within two weeks.",
        "sequence": 0,
        "start": {"dateTime": start_at.isoformat(), "timeZone": TZ_NAME},
        "end": {"dateTime": (start_at + timedelta(hours=1)).isoformat(), "timeZone": TZ_NAME},
        "organizer": {"email": f"recruiting@{domain}", "displayName": f"Recruiting {company}"},
        "attendees": [_attendee(*person) for person in people],
    }


def _attendee(name: str, email: str, is_self: bool) -> dict[str, Any]:
    found: dict[str, Any] = {"email": email, "displayName": name, "responseStatus": "accepted"}
    if is_self:
        found["self"] = True
    return found


def new_fake(companies: Sequence[tuple[str, str, Sequence[str]]], day: datetime) -> FakeGoogle:
    """A fake Google (not started) whose primary calendar holds the interviews."""
    fake = FakeGoogle()
    events = [event_resource(i, *company, day) for i, company in enumerate(companies)]
    fake.calendar.put(CALENDAR, events)
    return fake


def point_at(home: Path, fake: FakeGoogle) -> None:
    """The home's config for ``fake`` (started), with an expired token to refresh."""
    fake.client_secret(home / "client_secret.json")
    fake.write_token(home / "token.json", expired=True)
    config = {
        "me": ME,
        "calendar": {"google": {"calendars": [CALENDAR]}},
        "drafts": {"gmail": {}},
        "state": "state/followup.db",
        "google": {
            "client_secret": "client_secret.json",
            "token": "token.json",
            "api_root": fake.api_root,
            "token_uri": fake.token_uri,
        },
    }
    (home / "config.yaml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML


def user_acts(fake: FakeGoogle, at: datetime) -> None:
    """The user's day in Gmail: drafts without an address deleted; of the others, a third sent,
    a third deleted."""
    gmail = fake.gmail
    ordered = sorted(
        gmail.drafts, key=lambda d: (gmail.messages[gmail.drafts[d]].header("To") or "", d)
    )
    for i, draft_id in enumerate(ordered):
        if not gmail.messages[gmail.drafts[draft_id]].header("To") or i % 3 == 1:
            gmail.user_deletes(draft_id)
        elif i % 3 == 0:
            gmail.user_sends(draft_id, at=(at + timedelta(minutes=i)).astimezone(UTC))


def markers(fake: FakeGoogle) -> tuple[Counter[str], Counter[str]]:
    """The follow-ups of Gmail's drafts, and of its sent messages (``Message.identity``)."""
    gmail = fake.gmail
    drafts: Counter[str] = Counter()
    sent: Counter[str] = Counter()
    for message in gmail.messages.values():
        key = message.identity()
        if "DRAFT" in message.labels:
            drafts[key] += 1
        elif "SENT" in message.labels:
            sent[key] += 1
    return drafts, sent


def send_requests(fake: FakeGoogle) -> int:
    """Requests that reached a send path, and anything else Google would refuse."""
    sends = sum(1 for r in fake.requests if r.path.rstrip("/").endswith("/send"))
    return sends + len(fake.violations)

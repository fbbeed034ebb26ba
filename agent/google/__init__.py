"""followup's Google backends: Google Calendar in, Gmail drafts out, the Gmail mailbox watched.

``auth`` holds the OAuth token (installed-app flow, atomic 0600 token file, re-saved after each
refresh); ``transport`` is the HTTP object under googleapiclient, one that never resends a
request; ``client`` builds the services and runs requests (bounded retries for reads, none for
writes) and ``errors`` turns library failures into followup's errors. ``calendar``, ``gmail``
and ``mailbox`` are the three ports. googleapiclient is imported only in here, and only when a
Google backend is configured, so commands such as ``followup status`` stay fast.
"""

from __future__ import annotations

GMAIL_MODIFY = "https://www.googleapis.com/auth/gmail.modify"
CALENDAR_EVENTS_READONLY = "https://www.googleapis.com/auth/calendar.events.readonly"

#: Everything followup asks for. No Gmail scope allows drafts without send, so "never send" is
#: enforced in code (no send method is ever called), not by the scope.
SCOPES = (GMAIL_MODIFY, CALENDAR_EVENTS_READONLY)

"""Gmail's change log, read once per pass and shared by the mailbox watcher and the drafts sink.

An idle pass on Google may cost one ``events.list`` per calendar and one ``history.list`` in
all (DESIGN.md), yet both the watcher (new mail) and the sink (sent and deleted drafts) need to
know what changed. ``MailLedger`` is what they share in one process: the history id up to which
changes are known, the message ids deleted and the SENT messages added since the sink last
looked, and whether a ``history.list`` already ran this pass (``fresh``). The watcher runs first
in a pass (``Engine.tick``: watch mail, then sent mail, then reconcile) and hands what it read
to the ledger; the sink's ``sent_since``, once per pass, then needs no request of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.errors import FollowupError
from agent.google.client import GoogleClient

HISTORY_PAGE = 500
HISTORY_TYPES = ["messageAdded", "messageDeleted"]


@dataclass
class HistoryRead:
    records: list[dict[str, Any]]
    history_id: str


@dataclass
class MailLedger:
    history_id: str | None = None  # None: the sink has not read the mailbox yet
    fresh: bool = False
    deleted: set[str] = field(default_factory=set)
    sent_added: dict[str, str] = field(default_factory=dict)  # message id -> thread id

    def absorb(self, start: str, read: HistoryRead) -> None:
        """Take in the history read from ``start``, if it leaves no gap after what is known."""
        if self.history_id is None or int(start) > int(self.history_id):
            return  # not in step: the sink reads from its own position
        known = int(self.history_id)
        for record in read.records:
            if int(record.get("id", 0)) > known:
                self._take(record)
        self.history_id = read.history_id
        self.fresh = True

    def _take(self, record: dict[str, Any]) -> None:
        for entry in record.get("messagesDeleted", []):
            self.deleted.add(entry["message"]["id"])
        for entry in record.get("messagesAdded", []):
            message = entry["message"]
            if "SENT" in message.get("labelIds", []):
                self.sent_added[message["id"]] = message.get("threadId", "")

    def reset(self) -> None:
        self.history_id = None
        self.fresh = False
        self.deleted.clear()
        self.sent_added.clear()


def read_history(client: GoogleClient, start: str, kind: type[FollowupError]) -> HistoryRead:
    """Every history record after ``start``; ``client.Absent`` (404) when it is too old."""
    history = client.gmail().users().history()
    records: list[dict[str, Any]] = []
    page: str | None = None
    while True:
        request = history.list(
            userId="me",
            startHistoryId=start,
            historyTypes=HISTORY_TYPES,
            maxResults=HISTORY_PAGE,
            pageToken=page,
        )
        answer = client.read(request, "reading Gmail's history", kind, absent=(404,))
        records.extend(answer.get("history", []))
        page = answer.get("nextPageToken")
        if not page:
            return HistoryRead(records, str(answer.get("historyId") or start))


def profile_history_id(client: GoogleClient, kind: type[FollowupError]) -> str:
    answer = client.read(
        client.gmail().users().getProfile(userId="me"), "reading the Gmail profile", kind
    )
    return str(answer["historyId"])

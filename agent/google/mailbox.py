"""The Gmail mailbox watcher: new mail for the reply classifier, from Gmail's history.

With a cursor (a Gmail history id) ``changes`` reads ``history.list`` from it - one request
when nothing arrived - and fetches each message added since that is not the user's own (not
SENT, DRAFT, SPAM, TRASH or a chat). Without a cursor, or when Gmail answers 404 because the
history id is too old, it starts again: the history id from ``getProfile`` becomes the cursor
and the mail received since ``since_at`` is listed with ``after:<epoch seconds>`` (Gmail reads
a date there as midnight PST). What it reads is handed to the ``MailLedger`` it shares with the
drafts sink, so the sink needs no history request of its own in the same pass.
"""

from __future__ import annotations

import base64
import email
import email.policy
import logging
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from typing import Any, cast

from agent.addresses import comparable
from agent.errors import SourceError
from agent.google.client import Absent, GoogleClient
from agent.google.history import HistoryRead, MailLedger, profile_history_id, read_history
from agent.mail import sanitize_header
from agent.ports import IncomingMessage, MailBatch

log = logging.getLogger(__name__)

NOT_INCOMING = frozenset({"SENT", "DRAFT", "SPAM", "TRASH", "CHAT"})
PAGE = 500
#: A first read of a large inbox stops here (newest first): older mail is not a fresh reply.
MAX_FULL_READ = 500


class GmailWatcher:
    """Implements ``agent.ports.MailboxWatcher`` on Gmail."""

    def __init__(self, client: GoogleClient, ledger: MailLedger | None = None) -> None:
        self.client = client
        self.ledger = ledger or MailLedger()

    def changes(self, cursor: str | None, since_at: datetime) -> MailBatch:
        self.ledger.fresh = False
        if cursor and cursor.isdigit():
            try:
                read = read_history(self.client, cursor, SourceError)
            except Absent:
                log.info("Gmail's history no longer reaches %s; reading recent mail", cursor)
            else:
                self.ledger.absorb(cursor, read)
                return MailBatch(tuple(self._added(read)), read.history_id)
        return self._full(since_at)

    # ------------------------------------------------------------------ the two reads

    def _added(self, read: HistoryRead) -> list[IncomingMessage]:
        deleted = {e["message"]["id"] for r in read.records for e in r.get("messagesDeleted", [])}
        wanted: dict[str, None] = {}
        for record in read.records:
            for entry in record.get("messagesAdded", []):
                message = entry["message"]
                if NOT_INCOMING & set(message.get("labelIds", [])) or message["id"] in deleted:
                    continue
                wanted[message["id"]] = None
        return [m for m in map(self._message, wanted) if m is not None]

    def _full(self, since_at: datetime) -> MailBatch:
        history_id = profile_history_id(self.client, SourceError)
        query = f"after:{int(since_at.timestamp()) - 1} -in:sent -in:drafts -in:chats"
        found = [m for m in map(self._message, self._search(query)) if m is not None]
        fresh = sorted((m for m in found if m.received_at >= since_at), key=lambda m: m.received_at)
        return MailBatch(tuple(fresh), history_id)

    def _search(self, query: str) -> list[str]:
        messages = self.client.gmail().users().messages()
        ids: list[str] = []
        page: str | None = None
        while len(ids) < MAX_FULL_READ:
            request = messages.list(userId="me", q=query, maxResults=PAGE, pageToken=page)
            answer = self.client.read(request, "searching recent mail", SourceError)
            ids.extend(m["id"] for m in answer.get("messages", []))
            page = answer.get("nextPageToken")
            if not page:
                break
        return ids[:MAX_FULL_READ]

    def _message(self, gmail_id: str) -> IncomingMessage | None:
        request = self.client.gmail().users().messages().get(userId="me", id=gmail_id, format="raw")
        try:
            answer = self.client.read(request, "reading a message", SourceError, absent=(404,))
        except Absent:
            return None  # gone again before we looked
        if NOT_INCOMING & set(answer.get("labelIds", [])):
            return None
        return incoming(answer)


def incoming(answer: dict[str, Any]) -> IncomingMessage:
    """A ``format=raw`` Gmail message as an ``IncomingMessage``."""
    raw = base64.urlsafe_b64decode(answer["raw"] + "=" * (-len(answer["raw"]) % 4))
    msg = cast(EmailMessage, email.message_from_bytes(raw, policy=email.policy.default))
    name, address = parseaddr(str(msg["From"] or ""))
    return IncomingMessage(
        id=str(answer["id"]),
        from_addr=comparable(address),
        from_name=name or None,
        subject=sanitize_header(str(msg["Subject"] or "")),
        received_at=datetime.fromtimestamp(int(answer.get("internalDate") or 0) / 1000, UTC),
        to=tuple(comparable(a) for _, a in getaddresses([str(msg["To"] or "")]) if a),
        body=_text(msg) or str(answer.get("snippet") or ""),
        headers={k: sanitize_header(str(v)) for k, v in msg.items()},
        thread_id=answer.get("threadId"),
        message_id=_header(msg, "Message-ID"),
        in_reply_to=_header(msg, "In-Reply-To"),
    )


def _header(msg: EmailMessage, name: str) -> str | None:
    value = msg[name]
    return sanitize_header(str(value)) or None if value is not None else None


def _text(msg: EmailMessage) -> str:
    """The plain-text body, else the HTML one with its tags dropped."""
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = str(part.get_content())
    except (LookupError, ValueError):  # an unknown charset or a broken part
        return ""
    if part.get_content_type() == "text/html":
        import re

        content = re.sub(r"<[^>]+>", " ", content)
    return content.strip()

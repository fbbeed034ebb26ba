"""The IMAP mailbox watcher: new mail in the INBOX (and All Mail where the server has it) for the
reply classifier.

The cursor records each watched folder's UIDVALIDITY and UIDNEXT. A pass asks each folder's
STATUS (one command each) and, when UIDNEXT moved, fetches only the messages from the old UIDNEXT
on; without a cursor, or when the folder's UIDVALIDITY changed, it reads the mail received since
``since_at`` (the newest ``MAX_FULL_READ`` of it). Drafts and, in All Mail, the user's own
messages are left out; a message in both folders comes once. Which process a message answers
(In-Reply-To, References, the sender) and what it says is ``agent.replies``' to decide.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import getaddresses, parseaddr
from typing import TYPE_CHECKING, Any, cast

from agent.addresses import comparable
from agent.imap.session import ImapSession, Status
from agent.mail import sanitize_header
from agent.model import Me
from agent.ports import IncomingMessage, MailBatch

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger(__name__)

CURSOR_VERSION = 1
#: A first read of a large INBOX stops here (newest first): older mail is not a fresh reply.
MAX_FULL_READ = 500
#: Of each message, this much is read: the headers and the first text parts.
BODY_BYTES = 256 * 1024
#: Messages fetched per FETCH command.
CHUNK = 50
#: IMAP's SINCE compares dates in the server's zone: ask from a day earlier.
SINCE_MARGIN = timedelta(days=1)
_BODY_ITEM = f"BODY.PEEK[]<0.{BODY_BYTES}>".encode()


class ImapWatcher:
    """Implements ``agent.ports.MailboxWatcher`` on an IMAP account."""

    def __init__(self, session: ImapSession, me: Me | None = None) -> None:
        self.session = session
        mine = [me.email, *me.aliases] if me else []
        self._mine = {comparable(a) for a in mine}

    def folders(self) -> list[str]:
        found = self.session.folders()
        return ["INBOX", *([found.all_mail] if found.all_mail else [])]

    def changes(self, cursor: str | None, since_at: datetime) -> MailBatch:
        known = _load(cursor)
        seen_ids: set[str] = set()
        messages: list[IncomingMessage] = []
        positions: dict[str, list[int]] = {}
        for folder in self.folders():
            status = self.session.status(folder)
            positions[folder] = [status.uidvalidity, status.uidnext]
            before = known.get(folder)
            if before is not None and before[0] == status.uidvalidity:
                found = self._from_uid(folder, before[1]) if status.uidnext > before[1] else []
            else:
                if before is not None:
                    log.info("IMAP %s: %s has a new UIDVALIDITY", self.session.shown, folder)
                found = self._since(folder, since_at, status)
            for message in found:
                key = message.message_id or message.id
                if key in seen_ids:
                    continue
                seen_ids.add(key)
                messages.append(message)
        messages.sort(key=lambda m: m.received_at)
        return MailBatch(tuple(messages), json.dumps({"v": CURSOR_VERSION, "f": positions}))

    # ------------------------------------------------------------------ reading

    def _from_uid(self, folder: str, first_uid: int) -> list[IncomingMessage]:
        # "n:*" names the last message even when its UID is below n
        uids = [u for u in self.session.uids(folder, ["UID", f"{first_uid}:*"]) if u >= first_uid]
        return self._messages(folder, uids)

    def _since(self, folder: str, since_at: datetime, status: Status) -> list[IncomingMessage]:
        if status.messages == 0:
            return []
        day = (since_at - SINCE_MARGIN).date()
        uids = self.session.uids(folder, ["SINCE", day])[-MAX_FULL_READ:]
        return [m for m in self._messages(folder, uids) if m.received_at >= since_at]

    def _messages(self, folder: str, uids: Sequence[int]) -> list[IncomingMessage]:
        if not uids:
            return []

        def fetch(client: IMAPClient) -> list[IncomingMessage]:
            validity = self.session.selected(client, folder)
            found = []
            for start in range(0, len(uids), CHUNK):
                chunk = list(uids[start : start + CHUNK])
                items = [_BODY_ITEM, b"INTERNALDATE", b"FLAGS"]
                for uid, data in client.fetch(chunk, items).items():
                    message = self._incoming(folder, validity, int(uid), data)
                    if message is not None:
                        found.append(message)
            return found

        return self.session.run(f"reading new mail in {folder}", fetch)

    def _incoming(
        self, folder: str, validity: int, uid: int, data: dict[bytes, Any]
    ) -> IncomingMessage | None:
        flags = {f.lower() for f in data.get(b"FLAGS") or ()}
        if b"\\draft" in flags:
            return None
        raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), None)
        if not raw:
            return None
        message = incoming(f"{folder}:{validity}:{uid}", bytes(raw), data.get(b"INTERNALDATE"))
        if folder != "INBOX" and message.from_addr in self._mine:
            return None  # the user's own mail, in All Mail
        return message


def _load(cursor: str | None) -> dict[str, list[int]]:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
        if data.get("v") != CURSOR_VERSION:
            return {}
        return {str(k): [int(v[0]), int(v[1])] for k, v in data["f"].items()}
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return {}


def incoming(message_id: str, raw: bytes, internal: Any) -> IncomingMessage:
    """A fetched message as an ``IncomingMessage``."""
    msg = cast(EmailMessage, message_from_bytes(raw, policy=default_policy))
    name, address = parseaddr(_get(msg, "From"))
    if isinstance(internal, datetime):
        received = (internal if internal.tzinfo else internal.astimezone()).astimezone(UTC)
    else:
        received = datetime.now(UTC)
    return IncomingMessage(
        id=message_id,
        from_addr=comparable(address),
        from_name=name or None,
        subject=_get(msg, "Subject"),
        received_at=received,
        to=tuple(comparable(a) for _, a in getaddresses([_get(msg, "To")]) if a),
        body=body_text(msg),
        headers=_headers(msg),
        message_id=_get(msg, "Message-ID") or None,
        in_reply_to=_get(msg, "In-Reply-To") or None,
    )


#: What the email package raises on malformed headers and parts in other people's mail.
_ERRORS = (ValueError, TypeError, IndexError, AttributeError, LookupError)


def _get(msg: EmailMessage, name: str) -> str:
    try:
        value = msg[name]
    except _ERRORS:
        return ""
    return sanitize_header(str(value)) if value is not None else ""


def _headers(msg: EmailMessage) -> dict[str, str]:
    found: dict[str, str] = {}
    for key in msg:
        try:
            found[key] = sanitize_header(str(msg[key]))
        except _ERRORS:
            continue
    return found


def body_text(msg: EmailMessage) -> str:
    """The plain-text body, else the HTML one with its tags dropped."""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        content = str(part.get_content())
    except _ERRORS:
        return ""
    if part.get_content_type() == "text/html":
        content = re.sub(r"<[^>]+>", " ", content)
    return content.strip()

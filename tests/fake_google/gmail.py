"""A stateful Gmail v1: drafts, messages, threads, labels, history - and the user's hands.

Where Google's behaviour is unknown the fake models both cases: a created draft keeps its
Message-ID or gets a new one (``replace_draft_message_ids``), and so does a sent message
(``replace_sent_message_ids``, on by default: the harder case); custom headers such as
``X-Followup-Key`` (written by earlier versions of followup) are kept. ``Message.written_as`` is
the Message-ID of the message followup created, carried to its sent copy: the tests' way to count
one message per follow-up whatever Gmail did to the header; the API never shows it. A draft the
user discards is gone for good (``user_deletes``, as Gmail's "Discard draft" and
``drafts.delete``), or moved to Trash (``user_trashes``, as a mail client over IMAP does); Trash
is searched only with ``includeSpamTrash``. A draft joins the thread it names only when Gmail's
rule holds (the subject matches and In-Reply-To/References name a message of the thread), else it
starts a new thread. ``messages.list`` understands the few search operators followup uses and
records any other as a violation; ``after:``/``before:`` must be epoch seconds (Gmail reads dates
as midnight PST). ``expire_history`` makes older history ids 404.
"""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr, parsedate_to_datetime
from typing import Any, cast

from tests.fake_google.server import GoogleError

INCOMING_LABELS = frozenset({"INBOX", "UNREAD"})


@dataclass
class Message:
    id: str
    thread_id: str
    labels: set[str]
    raw: bytes
    internal_ms: int
    history_id: int = 0
    written_as: str | None = None  # test-side only: the Message-ID followup wrote

    def identity(self) -> str:
        """The follow-up this message is the draft or sent copy of, to the tests."""
        return self.written_as or self.header("Message-ID") or ""

    def parsed(self) -> EmailMessage:
        return cast(EmailMessage, email.message_from_bytes(self.raw, policy=email.policy.default))

    def header(self, name: str) -> str | None:
        value = self.parsed()[name]
        return str(value) if value is not None else None


@dataclass
class HistoryEntry:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message: Message
    labels: tuple[str, ...] = ()


@dataclass
class FakeGmail:
    address: str = "alex@example.com"
    replace_draft_message_ids: bool = False
    replace_sent_message_ids: bool = True
    messages: dict[str, Message] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    history: list[HistoryEntry] = field(default_factory=list)
    history_id: int = 1000
    history_floor: int = 0
    page_size: int = 100
    violations: list[str] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------------ the user's hands

    def user_sends(
        self,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> Message:
        """Send from the Gmail UI: the draft goes, a SENT message with a new Message-ID comes."""
        draft = self.messages[self.drafts.pop(draft_id)]
        self._remove(draft)
        msg = draft.parsed()
        if message_id or self.replace_sent_message_ids:
            del msg["Message-ID"]
            msg["Message-ID"] = message_id or f"<CAfake{next(self._ids)}@mail.gmail.com>"
        if not keep_marker:
            del msg["X-Followup-Key"]
        if at is not None:
            del msg["Date"]
            msg["Date"] = format_datetime(at)
        when = at or datetime.now(UTC)
        copy = self._add(msg.as_bytes(), draft.thread_id, {"SENT"}, when)
        copy.written_as = draft.written_as
        return copy

    def user_deletes(self, draft_id: str) -> None:
        self._remove(self.messages[self.drafts.pop(draft_id)])

    def user_trashes(self, draft_id: str) -> Message:
        """A mail client deletes the draft into Trash (over IMAP: a copy into Trash, the draft
        expunged): the draft is gone and a message with the same headers is in Trash."""
        msg = self.messages[self.drafts.pop(draft_id)]
        self._remove(msg)
        trashed = self._add(msg.raw, msg.thread_id, {"TRASH"}, _ms_to_dt(msg.internal_ms))
        trashed.written_as = msg.written_as
        return trashed

    def empty_trash(self) -> None:
        for msg in [m for m in self.messages.values() if "TRASH" in m.labels]:
            self._remove(msg)

    def user_edits(self, draft_id: str) -> str:
        """An edit in the Gmail UI replaces the draft's message; the draft id stays."""
        old = self.messages[self.drafts[draft_id]]
        self._remove(old)
        new = self._add(old.raw, old.thread_id, {"DRAFT"}, _ms_to_dt(old.internal_ms))
        new.written_as = old.written_as
        self.drafts[draft_id] = new.id
        return draft_id

    def deliver(
        self,
        raw: bytes,
        at: datetime,
        thread_of: str | None = None,
        labels: frozenset[str] = INCOMING_LABELS,
    ) -> Message:
        """Mail arrives; ``thread_of`` a message id whose thread it joins."""
        thread = self.messages[thread_of].thread_id if thread_of else self._new_id("t")
        return self._add(raw, thread, set(labels), at)

    def expire_history(self) -> None:
        self.history_floor = self.history_id + 1

    def draft_messages(self) -> list[EmailMessage]:
        return [self.messages[m].parsed() for m in self.drafts.values()]

    def thread(self, thread_id: str) -> list[Message]:
        return sorted(
            (m for m in self.messages.values() if m.thread_id == thread_id),
            key=lambda m: m.internal_ms,
        )

    # ------------------------------------------------------------------ storage

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):012x}"

    def _add(self, raw: bytes, thread_id: str, labels: set[str], at: datetime) -> Message:
        self.history_id += 1
        msg = Message(self._new_id("m"), thread_id, labels, raw, int(at.timestamp() * 1000))
        msg.history_id = self.history_id
        self.messages[msg.id] = msg
        self.history.append(HistoryEntry(self.history_id, "messageAdded", msg))
        return msg

    def _remove(self, msg: Message) -> None:
        self.history_id += 1
        del self.messages[msg.id]
        self.history.append(HistoryEntry(self.history_id, "messageDeleted", msg))

    # ------------------------------------------------------------------ API: profile, history

    def get_profile(self, mid: str, params: dict[str, str], q: Any, body: Any) -> dict[str, Any]:
        return {
            "emailAddress": self.address,
            "messagesTotal": len(self.messages),
            "threadsTotal": len({m.thread_id for m in self.messages.values()}),
            "historyId": str(self.history_id),
        }

    def history_list(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        start = int(_one(query, "startHistoryId") or 0)
        if start < self.history_floor or start == 0:
            raise GoogleError(404, "Requested entity was not found.", "notFound")
        kinds = set(query.get("historyTypes", [])) or None
        label = _one(query, "labelId")
        entries = [
            e
            for e in self.history
            if e.id > start
            and (kinds is None or e.kind in kinds)
            and (label is None or label in e.message.labels)
        ]
        page, token = _paged(entries, query, self.page_size)
        answer: dict[str, Any] = {
            "history": [_history_json(e) for e in page],
            "historyId": str(self.history_id),
        }
        if token:
            answer["nextPageToken"] = token
        if not answer["history"]:
            del answer["history"]  # Google leaves an empty list out
        return answer

    # ------------------------------------------------------------------ API: drafts

    def drafts_create(
        self, mid: str, params: dict[str, str], query: Any, body: Any
    ) -> dict[str, Any]:
        message = (body or {}).get("message") or {}
        if "raw" not in message:
            raise GoogleError(400, "Invalid draft: message.raw is required", "invalidArgument")
        raw = base64.urlsafe_b64decode(message["raw"] + "=" * (-len(message["raw"]) % 4))
        parsed = cast(EmailMessage, email.message_from_bytes(raw, policy=email.policy.default))
        written_as = str(parsed["Message-ID"] or "") or None
        if self.replace_draft_message_ids:
            del parsed["Message-ID"]
            parsed["Message-ID"] = f"<draft{next(self._ids)}@mail.gmail.com>"
            raw = parsed.as_bytes()
        thread = self._thread_for(parsed, message.get("threadId"))
        when = parsed["Date"].datetime if parsed["Date"] else datetime.now(UTC)
        msg = self._add(raw, thread, {"DRAFT"}, when)
        msg.written_as = written_as
        draft_id = self._new_id("r")
        self.drafts[draft_id] = msg.id
        return {"id": draft_id, "message": _minimal(msg)}

    def _thread_for(self, parsed: EmailMessage, thread_id: str | None) -> str:
        if not thread_id:
            return self._new_id("t")
        members = self.thread(thread_id)
        if not members:
            raise GoogleError(404, "Requested entity was not found.", "notFound")
        ids = {m.header("Message-ID") for m in members}
        refs = set(str(parsed["References"] or "").split()) | {str(parsed["In-Reply-To"] or "")}
        subjects = {_bare_subject(m.header("Subject") or "") for m in members}
        if ids & refs and _bare_subject(str(parsed["Subject"] or "")) in subjects:
            return thread_id
        return self._new_id("t")  # Gmail's threading rule not met: a thread of its own

    def drafts_list(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        if _one(query, "q"):
            self.violations.append("drafts.list with q: followup reads the headers instead")
        items = sorted(self.drafts.items(), key=lambda kv: -self.messages[kv[1]].internal_ms)
        page, token = _paged(items, query, self.page_size)
        answer: dict[str, Any] = {
            "drafts": [{"id": d, "message": _minimal(self.messages[m])} for d, m in page],
            "resultSizeEstimate": len(items),
        }
        if token:
            answer["nextPageToken"] = token
        return answer

    def drafts_get(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        message_id = self.drafts.get(params["id"])
        if message_id is None:
            raise GoogleError(404, "Requested entity was not found.", "notFound")
        return {"id": params["id"], "message": self._shown(self.messages[message_id], query)}

    # ------------------------------------------------------------------ API: messages, threads

    def messages_get(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        msg = self.messages.get(params["id"])
        if msg is None:
            raise GoogleError(404, "Requested entity was not found.", "notFound")
        return self._shown(msg, query)

    def threads_get(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        members = self.thread(params["id"])
        if not members:
            raise GoogleError(404, "Requested entity was not found.", "notFound")
        return {"id": params["id"], "messages": [self._shown(m, query) for m in members]}

    def messages_list(
        self, mid: str, params: dict[str, str], query: dict[str, list[str]], body: Any
    ) -> dict[str, Any]:
        test = self._search(_one(query, "q") or "")
        hidden = set() if _one(query, "includeSpamTrash") == "true" else {"SPAM", "TRASH"}
        found = sorted(
            (m for m in self.messages.values() if test(m) and not m.labels & hidden),
            key=lambda m: -m.internal_ms,
        )
        page, token = _paged(found, query, self.page_size)
        answer: dict[str, Any] = {
            "messages": [{"id": m.id, "threadId": m.thread_id} for m in page],
            "resultSizeEstimate": len(found),
        }
        if token:
            answer["nextPageToken"] = token
        if not page:
            del answer["messages"]
        return answer

    def _search(self, q: str) -> Any:
        tests = [self._term(term) for term in q.split()]
        return lambda m: all(t(m) for t in tests)

    def _term(self, term: str) -> Any:
        negate = term.startswith("-")
        name, _, value = term.lstrip("-").partition(":")
        test = self._positive_term(name.lower(), value)
        return (lambda m: not test(m)) if negate else test

    def _positive_term(self, name: str, value: str) -> Any:
        places = {
            "sent": "SENT",
            "drafts": "DRAFT",
            "inbox": "INBOX",
            "chats": "CHAT",
            "trash": "TRASH",
        }
        if name == "in" and value in places:
            return lambda m: places[value] in m.labels
        if name in ("after", "before"):
            if not value.isdigit():
                self.violations.append(f"{name}:{value}: use epoch seconds, not a date")
                return lambda m: False
            edge = int(value) * 1000
            return (
                (lambda m: m.internal_ms > edge)
                if name == "after"
                else (lambda m: m.internal_ms < edge)
            )
        if name == "rfc822msgid":
            return lambda m: (m.header("Message-ID") or "").strip("<>") == value.strip("<>")
        if name == "from":
            return lambda m: value.lower() in parseaddr(m.header("From") or "")[1].lower()
        self.violations.append(f"messages.list: search operator {name!r} not understood")
        return lambda m: False

    def _shown(self, msg: Message, query: dict[str, list[str]]) -> dict[str, Any]:
        shape = _one(query, "format") or "full"
        shown = _minimal(msg)
        shown.update(
            internalDate=str(msg.internal_ms),
            historyId=str(msg.history_id),
            snippet=_snippet(msg),
            sizeEstimate=len(msg.raw),
        )
        if shape == "raw":
            shown["raw"] = base64.urlsafe_b64encode(msg.raw).decode()
        elif shape == "metadata":
            wanted = {h.lower() for h in query.get("metadataHeaders", [])}
            headers = [
                {"name": k, "value": str(v)}
                for k, v in msg.parsed().items()
                if not wanted or k.lower() in wanted
            ]
            shown["payload"] = {"headers": headers}
        elif shape == "full":
            shown["payload"] = _payload(msg.parsed())
        return shown


# --------------------------------------------------------------------------- helpers


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


def _paged(items: list[Any], query: dict[str, list[str]], page_size: int) -> tuple[list[Any], str]:
    size = min(int(_one(query, "maxResults") or page_size), page_size)
    offset = int(_one(query, "pageToken") or 0)
    page = items[offset : offset + size]
    return page, (str(offset + size) if offset + size < len(items) else "")


def _minimal(msg: Message) -> dict[str, Any]:
    return {"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)}


def _history_json(entry: HistoryEntry) -> dict[str, Any]:
    ref = _minimal(entry.message)
    item: dict[str, Any] = {"id": str(entry.id), "messages": [ref]}
    key = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted"}[entry.kind]
    item[key] = [{"message": ref}]
    return item


def _snippet(msg: Message) -> str:
    body = msg.parsed().get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return " ".join(str(text).split())[:200]


def _payload(msg: EmailMessage) -> dict[str, Any]:
    headers = [{"name": k, "value": str(v)} for k, v in msg.items()]
    if msg.is_multipart():
        return {
            "mimeType": msg.get_content_type(),
            "headers": headers,
            "parts": [_payload(cast(EmailMessage, p)) for p in msg.iter_parts()],
        }
    data = msg.get_payload(decode=True) or b""
    return {
        "mimeType": msg.get_content_type(),
        "headers": headers,
        "body": {"size": len(data), "data": base64.urlsafe_b64encode(data).decode()},
    }


def _bare_subject(subject: str) -> str:
    return re.sub(r"^(\s*(re|aw|fwd?)\s*:\s*)+", "", subject, flags=re.I).strip().casefold()


def _ms_to_dt(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def parse_date(value: str) -> datetime:
    return parsedate_to_datetime(value)

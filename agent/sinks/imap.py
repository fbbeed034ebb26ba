"""Drafts in an IMAP account's Drafts folder: written once, found again, never sent.

``create`` APPENDs the message of ``agent.mail.to_email`` (the same MIME and threading headers as
every backend) into Drafts with ``\\Draft`` and ``\\Seen``; the id it hands out is
``<UIDVALIDITY>:<UID>``, from the APPENDUID answer where the server has UIDPLUS, else found by
its Message-ID. A line of the local record (``followup-imap-*.jsonl`` beside the state) is
written first: it outlives the draft, to tell a sent draft from a deleted one by recipient and
subject. A connection lost during the APPEND is ``SinkError(stored_maybe=True)``: the engine
looks for the draft by its marker on the next pass before writing it again.

What the Drafts and Sent folders hold is kept in a cache file beside the state (``Snapshot``):
each pass asks each folder's STATUS once (UIDVALIDITY, UIDNEXT, MESSAGES, HIGHESTMODSEQ) and reads
only what changed - the headers of messages whose UID is new and, for Drafts, the UIDs still
there - so a pass over folders that did not change costs the same few commands whatever they
hold. A new UIDVALIDITY reads the folder again. Every question of a pass (``find``, ``inspect``,
``sent_since``) is answered from that one look; ``refresh`` starts a new pass.

A draft that left Drafts was sent when its copy is in Sent (by ``X-Followup-Key``, else
Message-ID, else recipient and subject within a day: ``agent.sinks.match_sent``), else deleted;
one found under another UID with its marker or Message-ID was edited and saved again.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent.errors import SinkError
from agent.imap.session import Folders, Headers, ImapSession, Status
from agent.mail import sanitize_header, to_email
from agent.ports import NOT_FOUND, Draft, DraftStatus, Recognised, Recognition, SentMessage
from agent.safefiles import write_private
from agent.sinks import (
    CLOCK_SKEW,
    MailIndex,
    RecordFile,
    Seen,
    match_sent,
    missing_status,
    record_of,
    sent_found,
)

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from agent.config import Config

log = logging.getLogger(__name__)

CACHE_VERSION = 1
#: Sent mail older than this before the earliest date asked for is dropped from the cache.
SENT_KEEP = timedelta(days=7)
#: IMAP's SINCE compares dates in the server's zone: ask from a little earlier.
SINCE_MARGIN = timedelta(days=2)


def _utc_now() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- the folders' cache


@dataclass
class FolderView:
    """What followup last saw of one folder."""

    name: str
    status: Status
    items: dict[int, Headers] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        s = self.status
        return {
            "name": self.name,
            "status": [s.uidvalidity, s.uidnext, s.messages, s.modseq],
            "items": [h.as_json() for h in self.items.values()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FolderView:
        validity, uidnext, messages, modseq = data["status"]
        items = [Headers.from_json(item) for item in data["items"]]
        return cls(
            str(data["name"]),
            Status(int(validity), int(uidnext), int(messages), modseq),
            {h.uid: h for h in items},
        )


@dataclass
class Snapshot:
    folders: Folders | None = None
    drafts: FolderView | None = None
    sent: FolderView | None = None
    sent_floor: datetime | None = None  # sent mail from this date on is in ``sent``

    def as_json(self) -> dict[str, Any]:
        f = self.folders
        return {
            "v": CACHE_VERSION,
            "folders": [f.drafts, f.sent, f.all_mail, [list(p) for p in f.how]] if f else None,
            "drafts": self.drafts.as_json() if self.drafts else None,
            "sent": self.sent.as_json() if self.sent else None,
            "sent_floor": self.sent_floor.isoformat() if self.sent_floor else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Snapshot:
        if data.get("v") != CACHE_VERSION:
            return cls()
        raw = data.get("folders")
        folders = (
            Folders(raw[0], raw[1], raw[2], tuple((str(a), str(b)) for a, b in raw[3]))
            if raw
            else None
        )
        floor = data.get("sent_floor")
        return cls(
            folders=folders,
            drafts=FolderView.from_json(data["drafts"]) if data.get("drafts") else None,
            sent=FolderView.from_json(data["sent"]) if data.get("sent") else None,
            sent_floor=datetime.fromisoformat(floor) if floor else None,
        )


class CacheFile:
    """The snapshot kept between processes: private, replaced atomically; lost or damaged,
    the folders are read again."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def load(self) -> Snapshot:
        if self.path is None:
            return Snapshot()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Snapshot.from_json(data)
        except FileNotFoundError:
            return Snapshot()
        except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
            log.info("%s cannot be read (%s); the folders are read again", self.path, e)
            return Snapshot()

    def save(self, snapshot: Snapshot) -> None:
        if self.path is None:
            return
        try:
            write_private(self.path, json.dumps(snapshot.as_json(), ensure_ascii=False))
        except OSError as e:  # a cache: the next pass reads the folders again
            log.warning("cannot write %s: %s", self.path, e.strerror)


# --------------------------------------------------------------------------- the record


def local_files(config: Config, username: str, host: str) -> tuple[Path, Path]:
    """The record of an account's drafts, beside the config (it outlives the state), and the
    cache of its folders, beside the state."""
    account = re.sub(r"[^A-Za-z0-9@._-]", "_", f"{username}@{host}")
    record = config.path.parent / f"imap-drafts-{account}.jsonl"
    return record, Path(config.state).parent / f"followup-imap-{account}.cache"


# --------------------------------------------------------------------------- the sink


class ImapSink:
    """Implements ``agent.ports.DraftsSink`` on an IMAP account's Drafts folder."""

    def __init__(
        self,
        session: ImapSession,
        record_path: Path,
        cache_path: Path | None = None,
        clock: Callable[[], datetime] = _utc_now,
        *,
        use_uidplus: bool = True,
        hook: Callable[[str], None] | None = None,
    ) -> None:
        self.session = session
        #: the engine's hook (``agent.engine.Hook``): ``after_append`` once the server stored
        #: a draft, before its UID is looked up and recorded (crash tests kill the process there)
        self._hook = hook or (lambda point: None)
        self._record = RecordFile(record_path, "the record of IMAP drafts")
        self.cache = CacheFile(cache_path)
        self._clock = clock
        self._use_uidplus = use_uidplus
        self._snapshot = self.cache.load()
        self._looked = False  # the folders were looked at in this pass
        if self._snapshot.folders is not None:
            session.know_folders(self._snapshot.folders)

    # ------------------------------------------------------------------ the port

    def create(self, draft: Draft) -> str:
        stamped = draft if draft.date_at else replace(draft, date_at=self._clock())
        message = to_email(stamped)
        data = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        folder = self._drafts_folder()
        provisional = f"pending:{sanitize_header(draft.marker)}"
        record = record_of(provisional, stamped, stamped.date_at or self._clock())
        # The record goes first: a line for a draft that never landed is harmless, while a
        # draft without its line could not be told deleted once it is gone.
        self._record.append(record)
        flags = [b"\\Draft", b"\\Seen"]

        def append(client: IMAPClient) -> Any:
            return client.append(folder, data, flags=flags, msg_time=stamped.date_at)

        answer = self.session.run(f"writing a draft into {folder}", append, retry=False)
        self._hook("after_append")
        uid = self._appended_uid(answer, folder, record.message_id)
        draft_id = f"{uid[0]}:{uid[1]}" if uid else provisional
        if uid:
            self._record.append(replace(record, draft_id=draft_id))
        if uid and self._snapshot.drafts and self._snapshot.drafts.status.uidvalidity == uid[0]:
            self._snapshot.drafts.items[uid[1]] = Headers(
                uid=uid[1],
                message_id=record.message_id,
                marker=record.marker,
                to=record.to,
                subject=record.subject,
                date_at=stamped.date_at,
            )
        return draft_id

    def inspect(self, draft_id: str, marker: str, message_id: str | None) -> DraftStatus:
        snapshot = self._look()
        view = snapshot.drafts
        wanted = sanitize_header(marker)
        records = self._record.index()
        record = records.get(draft_id) or records.by_marker(wanted)
        known_id = message_id or (record.message_id if record else None)
        present = self._present(view, draft_id, wanted, known_id)
        if present is not None and view is not None:
            new_id = self._id(view, present.uid)
            return DraftStatus("present", draft_id=new_id, message_id=present.message_id)
        if record is not None:
            self._sent_from(snapshot, record.created_at - CLOCK_SKEW)
        sent = [as_sent(h) for h in (snapshot.sent.items.values() if snapshot.sent else ())]
        return missing_status(draft_id, match_sent(record, wanted, message_id, sent))

    def sent_since(self, since_at: datetime) -> list[SentMessage]:
        """Sent mail at or after ``since_at``, each copy of a draft written here marked."""
        snapshot = self._look()
        self._sent_from(snapshot, since_at)
        items = snapshot.sent.items.values() if snapshot.sent else ()
        found = sorted(
            (as_sent(h) for h in items if h.date_at is not None and h.date_at >= since_at),
            key=lambda s: s.sent_at or since_at,
        )
        return self._record.index().mark(found)

    def recognise(self, wanted: Recognition) -> Recognised:
        """Among the drafts, in sent mail since the follow-up fell due (by Message-ID, marker or
        fingerprint), else in the record of what this sink wrote (then deleted by the user)."""
        snapshot = self._look()
        drafts = snapshot.drafts
        if drafts is not None:
            hit = MailIndex(drafts.items.values(), _seen).find(wanted)
            if hit is not None:
                found, how = hit
                return Recognised("present", self._id(drafts, found.uid), found.message_id, how=how)
        if wanted.not_before is not None:
            self._sent_from(snapshot, wanted.not_before)
        sent = [as_sent(h) for h in (snapshot.sent.items.values() if snapshot.sent else ())]
        copy = MailIndex(sent, seen_of_sent).find(wanted)
        if copy is not None:
            return sent_found(copy[0], copy[1])
        record = self._record.index().find(wanted)
        if record is None:
            return NOT_FOUND
        present = self._present(drafts, record.draft_id, record.marker, record.message_id)
        if present is not None and drafts is not None:
            return Recognised(
                "present", self._id(drafts, present.uid), present.message_id, how="record"
            )
        match = match_sent(record, record.marker, record.message_id, sent)
        if match is not None:
            return sent_found(match, "record")
        return Recognised("deleted", draft_id=record.draft_id, how="record")

    def keeps_record(self) -> bool:
        return self._record.exists()

    def _sent_from(self, snapshot: Snapshot, since_at: datetime) -> None:
        """Make the cached sent mail reach back to ``since_at``."""
        if snapshot.sent is None:
            return
        if snapshot.sent_floor is None or since_at < snapshot.sent_floor:
            self._load_sent(snapshot, since_at)
            self.cache.save(snapshot)

    def refresh(self) -> None:
        """A new pass: the next question looks at the folders again."""
        self._looked = False

    # ------------------------------------------------------------------ looking

    def folders(self) -> Folders:
        return self.session.folders()

    def _drafts_folder(self) -> str:
        folders = self.folders()
        if not folders.drafts:
            raise SinkError(
                f"IMAP {self.session.shown}: no Drafts folder found (by SPECIAL-USE or name)",
                hint="name it in drafts.imap.folder",
            )
        return folders.drafts

    def _look(self) -> Snapshot:
        """The folders as they are now, read once per pass."""
        if self._looked:
            return self._snapshot
        snapshot = self._snapshot
        try:
            changed = self._look_at_folders(snapshot)
        except SinkError as e:
            if "NONEXISTENT" not in str(e).upper() and "doesn't exist" not in str(e):
                raise
            # a folder was renamed or removed since it was found: find them again
            snapshot.folders = self.session.folders(refresh=True)
            changed = self._look_at_folders(snapshot)
        if snapshot.folders != self.session.folders():
            snapshot.folders = self.session.folders()
            changed = True
        if changed:
            self.cache.save(snapshot)
        self._looked = True
        return snapshot

    def _look_at_folders(self, snapshot: Snapshot) -> bool:
        folders = self.folders()
        changed = False
        drafts_name = self._drafts_folder()
        status = self.session.status(drafts_name)
        view = snapshot.drafts
        if view is None or view.name != drafts_name or view.status != status:
            snapshot.drafts = self._read_drafts(view, drafts_name, status)
            changed = True
        if folders.sent:
            status = self.session.status(folders.sent)
            view = snapshot.sent
            if view is None or view.name != folders.sent or view.status != status:
                snapshot.sent = self._read_sent(snapshot, folders.sent, status)
                changed = True
        elif snapshot.sent is not None:
            snapshot.sent = None
            changed = True
        return changed

    def _read_drafts(self, old: FolderView | None, name: str, status: Status) -> FolderView:
        same = old is not None and old.name == name
        if same and old is not None and old.status.uidvalidity == status.uidvalidity:
            items = dict(old.items)
            if status.uidnext > old.status.uidnext:
                for h in self.session.headers_from(name, old.status.uidnext):
                    items[h.uid] = h
            present = set(self.session.uids(name, ["UNDELETED"]))
            items = {uid: h for uid, h in items.items() if uid in present}
            missing = present - set(items)
            for h in self.session.headers(name, missing):  # e.g. a cache cut short
                items[h.uid] = h
        else:
            if old is not None and same:
                log.info(
                    "IMAP %s: %s has a new UIDVALIDITY; reading it again", self.session.shown, name
                )
            present = set(self.session.uids(name, ["UNDELETED"]))
            items = {h.uid: h for h in self.session.headers(name, present)}
        return FolderView(name, status, items)

    def _read_sent(self, snapshot: Snapshot, name: str, status: Status) -> FolderView:
        old = snapshot.sent
        if old is not None and old.name == name and old.status.uidvalidity == status.uidvalidity:
            items = dict(old.items)
            if status.uidnext > old.status.uidnext:
                for h in self.session.headers_from(name, old.status.uidnext):
                    items[h.uid] = h
            return FolderView(name, status, items)
        view = FolderView(name, status)
        if snapshot.sent_floor is not None:
            snapshot.sent = view
            self._load_sent(snapshot, snapshot.sent_floor)
        return view

    def _load_sent(self, snapshot: Snapshot, since_at: datetime) -> None:
        view = snapshot.sent
        if view is None:
            return
        day = (since_at - SINCE_MARGIN).date()
        uids = self.session.uids(view.name, ["SINCE", day])
        for h in self.session.headers(view.name, [u for u in uids if u not in view.items]):
            view.items[h.uid] = h
        floor = since_at if snapshot.sent_floor is None else min(since_at, snapshot.sent_floor)
        # mail sent long before anything asked is no longer needed
        keep_from = since_at - SENT_KEEP
        view.items = {
            uid: h for uid, h in view.items.items() if h.date_at is None or h.date_at >= keep_from
        }
        snapshot.sent_floor = max(floor, keep_from)

    # ------------------------------------------------------------------ helpers

    def _present(
        self, view: FolderView | None, draft_id: str, marker: str, message_id: str | None
    ) -> Headers | None:
        if view is None:
            return None
        validity, _, uid = draft_id.partition(":")
        if validity.isdigit() and uid.isdigit() and int(validity) == view.status.uidvalidity:
            found = view.items.get(int(uid))
            if found is not None:
                return found
        items = sorted(view.items.values(), key=lambda h: -h.uid)  # the latest save first
        by_marker = next((h for h in items if marker and h.marker == marker), None)
        if by_marker is not None:
            return by_marker
        return next((h for h in items if message_id and h.message_id == message_id), None)

    def _id(self, view: FolderView, uid: int) -> str:
        return f"{view.status.uidvalidity}:{uid}"

    def _appended_uid(self, answer: Any, folder: str, message_id: str) -> tuple[int, int] | None:
        text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
        found = re.search(r"\[APPENDUID (\d+) (\d+)\]", text, re.IGNORECASE)
        if found and self._use_uidplus:
            return int(found.group(1)), int(found.group(2))
        return self._uid_by_message_id(folder, message_id)

    def _uid_by_message_id(self, folder: str, message_id: str) -> tuple[int, int] | None:
        def search(client: IMAPClient) -> tuple[int, int] | None:
            answer = self.session.examine(client, folder)
            validity = int(answer.get(b"UIDVALIDITY") or 0)
            uids = client.search(["HEADER", "Message-ID", message_id])
            return (validity, max(int(u) for u in uids)) if uids and validity else None

        return self.session.run(f"finding the draft just written in {folder}", search)


def as_sent(h: Headers) -> SentMessage:
    return SentMessage(
        message_id=h.message_id, to=h.to, subject=h.subject, sent_at=h.date_at, marker=h.marker
    )


def _seen(h: Headers) -> Seen:
    return Seen(h.message_id, h.marker, h.to, h.subject, h.date_at)


def seen_of_sent(message: SentMessage) -> Seen:
    return Seen(message.message_id, message.marker, message.to, message.subject, message.sent_at)

"""The drafts-sink contract run on the in-memory sink and on the Maildir sink."""

from __future__ import annotations

import email
import mailbox
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path
from typing import cast

import pytest

from agent.sinks.maildir import MaildirSink
from agent.sinks.memory import MemorySink

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from contract.drafts_contract import DraftsSinkContract
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.contract.drafts_contract import DraftsSinkContract


def parse(data: bytes) -> EmailMessage:
    return cast(EmailMessage, email.message_from_bytes(data, policy=default))


class TestMemorySink(DraftsSinkContract):
    @pytest.fixture
    def sink(self) -> MemorySink:
        return MemorySink()

    def user_sends(
        self,
        sink: MemorySink,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> None:
        sink.user_sends(draft_id, message_id, at, keep_marker=keep_marker)

    def user_deletes(self, sink: MemorySink, draft_id: str) -> None:
        sink.user_deletes(draft_id)

    def user_edits(self, sink: MemorySink, draft_id: str) -> str:
        return sink.user_edits(draft_id)

    def read_back(self, sink: MemorySink, draft_id: str) -> EmailMessage:
        return parse(sink.messages[draft_id].as_bytes())


class TestMaildirSink(DraftsSinkContract):
    """The user's mail client is played with ``mailbox.Maildir``, as any client would do it."""

    @pytest.fixture
    def sink(self, tmp_path: Path) -> MaildirSink:
        return MaildirSink(tmp_path / "Drafts", tmp_path / "Sent")

    def user_sends(
        self,
        sink: MaildirSink,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> None:
        path = sink.path_of(draft_id)
        assert path is not None and sink.sent_dir is not None
        msg = parse(path.read_bytes())
        if message_id:
            msg.replace_header("Message-ID", message_id)
        if not keep_marker:
            del msg["X-Followup-Key"]
        if at:
            msg.replace_header("Date", format_datetime(at))
        copy = mailbox.MaildirMessage(msg.as_bytes())
        copy.set_subdir("cur")
        copy.set_flags("S")
        mailbox.Maildir(sink.sent_dir, create=True).add(copy)
        path.unlink()

    def user_deletes(self, sink: MaildirSink, draft_id: str) -> None:
        mailbox.Maildir(sink.drafts_dir, create=False).remove(draft_id)

    def user_edits(self, sink: MaildirSink, draft_id: str) -> str:
        folder = mailbox.Maildir(sink.drafts_dir, create=False)
        edited = mailbox.MaildirMessage(folder.get_bytes(draft_id))
        edited.set_subdir("cur")
        edited.set_flags("DS")
        new_id = folder.add(edited)
        folder.remove(draft_id)
        return new_id

    def read_back(self, sink: MaildirSink, draft_id: str) -> EmailMessage:
        path = sink.path_of(draft_id)
        assert path is not None
        return parse(path.read_bytes())

"""The IMAP drafts sink against a real Dovecot: the drafts contract, and IMAP's own ways."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from agent.sinks.imap import ImapSink
from tests.contract.drafts_contract import DraftsSinkContract
from tests.imap_support import (
    client_deletes,
    client_edits,
    client_sends,
    read_draft,
    sink_for,
)
from tests.servers import Dovecot


class TestImapSink(DraftsSinkContract):
    @pytest.fixture
    def sink(self, dovecot: Dovecot, tmp_path: Path) -> ImapSink:
        self.server = dovecot
        self.user = dovecot.new_user()
        return sink_for(dovecot, self.user, tmp_path)

    def user_sends(
        self,
        sink: ImapSink,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> None:
        client_sends(
            self.server, self.user, draft_id, message_id=message_id, at=at, keep_marker=keep_marker
        )
        sink.refresh()

    def user_deletes(self, sink: ImapSink, draft_id: str) -> None:
        client_deletes(self.server, self.user, draft_id)
        sink.refresh()

    def user_edits(self, sink: ImapSink, draft_id: str) -> str:
        new_id = client_edits(self.server, self.user, draft_id)
        sink.refresh()
        return new_id

    def read_back(self, sink: ImapSink, draft_id: str) -> EmailMessage:
        return read_draft(self.server, self.user, draft_id)

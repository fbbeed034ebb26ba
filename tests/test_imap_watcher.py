"""The IMAP mailbox watcher against a real Dovecot: the mailbox contract, and IMAP's own ways."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from agent.imap.watcher import ImapWatcher
from agent.ports import IncomingMessage
from tests.contract.mailbox_contract import MailboxHarness, MailboxWatcherContract
from tests.imap_support import deliver, session_for
from tests.servers import Dovecot


def as_bytes(message: IncomingMessage) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{message.from_name} <{message.from_addr}>"
    msg["To"] = ", ".join(message.to)
    msg["Subject"] = message.subject
    msg["Date"] = format_datetime(message.received_at)
    if message.message_id:
        msg["Message-ID"] = message.message_id
    if message.in_reply_to:
        msg["In-Reply-To"] = message.in_reply_to
    for name, value in message.headers.items():
        msg[name] = value
    msg.set_content(message.body)
    return msg.as_bytes()


class ImapHarness:
    def __init__(self, server: Dovecot) -> None:
        self.server = server
        self.user = server.new_user()
        self.watcher = ImapWatcher(session_for(server, self.user))

    def deliver(self, message: IncomingMessage) -> None:
        deliver(self.server, self.user, as_bytes(message), message.received_at)


class TestImapWatcher(MailboxWatcherContract):
    @pytest.fixture
    def harness(self, dovecot: Dovecot) -> MailboxHarness:
        return ImapHarness(dovecot)

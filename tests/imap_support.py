"""Playing the user of an IMAP account on the test Dovecot: a mail client that sends, deletes
and edits drafts, and a correspondent whose mail reaches the INBOX."""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Any, cast

from imapclient import IMAPClient

from agent.config import ImapConfig, TlsConfig
from agent.imap.session import ImapSession
from agent.sinks.imap import ImapSink
from tests.servers import PASSWORD, Dovecot


def imap_config(server: Dovecot, user: str, **tls: Any) -> ImapConfig:
    return ImapConfig(
        host=server.host,
        port=server.port,
        username=user,
        password_command=None,
        password_env="FOLLOWUP_TEST_IMAP_PASSWORD",
        folder=None,
        sent_folder=None,
        tls=TlsConfig(mode="starttls", ca_file=tls.get("ca_file", server.tls.ca_file)),
    )


def session_for(server: Dovecot, user: str) -> ImapSession:
    return ImapSession(imap_config(server, user), password=lambda: PASSWORD)


def sink_for(server: Dovecot, user: str, folder: Path | None = None, **kw: Any) -> ImapSink:
    record = folder / "record.jsonl" if folder else None
    cache = folder / "imap.cache" if folder else None
    return ImapSink(session_for(server, user), record, cache, **kw)


@contextmanager
def mail_client(server: Dovecot, user: str) -> Iterator[IMAPClient]:
    """Another mail client on the same account (what the user's own program does)."""
    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=30)
    client.starttls(ssl.create_default_context(cafile=str(server.tls.ca_file)))
    client.login(user, PASSWORD)
    try:
        yield client
    finally:
        client.logout()


def split_id(draft_id: str) -> tuple[int, int]:
    validity, _, uid = draft_id.partition(":")
    return int(validity), int(uid)


def raw_message(client: IMAPClient, folder: str, uid: int) -> bytes:
    client.select_folder(folder)
    return cast(bytes, client.fetch([uid], [b"BODY.PEEK[]"])[uid][b"BODY[]"])


def parsed(data: bytes) -> EmailMessage:
    """A message as a mail client reads it (IMAP's CRLF line ends as the platform's)."""
    return cast(
        EmailMessage, message_from_bytes(data.replace(b"\r\n", b"\n"), policy=default_policy)
    )


def remove(client: IMAPClient, folder: str, uid: int) -> None:
    client.select_folder(folder)
    client.add_flags([uid], [b"\\Deleted"])
    client.expunge()


def client_sends(
    server: Dovecot,
    user: str,
    draft_id: str,
    *,
    message_id: str | None = None,
    at: datetime | None = None,
    keep_marker: bool = True,
) -> None:
    """What a mail client does on sending: a copy goes to Sent, the draft leaves Drafts."""
    _, uid = split_id(draft_id)
    with mail_client(server, user) as client:
        data = raw_message(client, "Drafts", uid)
        text = data.decode("utf-8", "surrogateescape")
        if not keep_marker:
            text = re.sub(r"(?im)^X-Followup-Key:.*\r?\n", "", text)
        if message_id:
            text = re.sub(r"(?im)^Message-ID:.*$", f"Message-ID: {message_id}", text, count=1)
        if at is not None:
            text = re.sub(r"(?im)^Date:.*$", f"Date: {format_datetime(at)}", text, count=1)
        client.append("Sent", text.encode("utf-8", "surrogateescape"), [b"\\Seen"], msg_time=at)
        remove(client, "Drafts", uid)


def client_deletes(server: Dovecot, user: str, draft_id: str) -> None:
    with mail_client(server, user) as client:
        remove(client, "Drafts", split_id(draft_id)[1])


def client_edits(server: Dovecot, user: str, draft_id: str) -> str:
    """A client saves an edited draft as a new message and removes the old one."""
    _, uid = split_id(draft_id)
    with mail_client(server, user) as client:
        data = raw_message(client, "Drafts", uid)
        edited = data.replace(b"Thank you for your time.", b"Thank you so much for your time.")
        answer = client.append("Drafts", edited, [b"\\Draft", b"\\Seen"])
        remove(client, "Drafts", uid)
    found = re.search(rb"APPENDUID (\d+) (\d+)", answer)
    assert found
    return f"{int(found.group(1))}:{int(found.group(2))}"


def read_draft(server: Dovecot, user: str, draft_id: str) -> EmailMessage:
    with mail_client(server, user) as client:
        return parsed(raw_message(client, "Drafts", split_id(draft_id)[1]))


def deliver(server: Dovecot, user: str, data: bytes, at: datetime, folder: str = "INBOX") -> None:
    """Mail arrives at ``at`` (its internal date): written as a delivery agent does, since
    Dovecot takes a date in the future given to APPEND for now."""
    server.fill(user, folder, [data.replace(b"\r\n", b"\n")], at=at)

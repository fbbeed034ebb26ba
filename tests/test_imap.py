"""IMAP's own ways, on a real Dovecot: a draft stored but not recorded is found again and never
written twice, a new UIDVALIDITY, TLS verified or pinned, a refused sign-in, the folders found,
and the cost of a pass that finds nothing new."""

from __future__ import annotations

import dataclasses
import shutil
import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from agent.errors import AuthError, SinkError
from agent.imap.session import CHUNK, ImapSession, _by_name
from agent.imap.watcher import MAX_FULL_READ, ImapWatcher
from agent.sinks.imap import ImapSink
from tests.contract.drafts_contract import make_draft, present, wanted
from tests.imap_support import imap_config, mail_client, session_for, sink_for, split_id
from tests.servers import PASSWORD, Dovecot


def test_a_draft_stored_before_the_answer_was_lost_is_found_and_not_written_again(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.new_user()
    first = sink_for(dovecot, user, tmp_path)
    draft_id = first.create(make_draft())
    # the process dies before recording ``draft_id``: the next one looks for the marker
    again = sink_for(dovecot, user, tmp_path)
    assert present(again, make_draft()) == draft_id
    assert again.inspect("pending:" + "a" * 32, "a" * 32, None).draft_id == draft_id


def test_without_appenduid_the_draft_is_found_by_its_message_id(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.new_user()
    sink = sink_for(dovecot, user, tmp_path, use_uidplus=False)
    draft_id = sink.create(make_draft())
    assert split_id(draft_id)[1] == 1
    assert present(sink, make_draft()) == draft_id


def test_a_lost_connection_during_append_may_have_stored(dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.new_user()
    sink = sink_for(dovecot, user, tmp_path)
    sink.refresh()
    sink.recognise(wanted(make_draft("x" * 32)))  # connected, folders known
    client = sink.session.client()
    client._imap.sock.shutdown(socket.SHUT_RDWR)  # the network goes away under the APPEND
    with pytest.raises(SinkError) as caught:
        sink.create(make_draft())
    assert caught.value.stored_maybe


def test_a_new_uidvalidity_finds_the_drafts_again(dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.new_user()
    sink = sink_for(dovecot, user, tmp_path)
    draft = make_draft()
    draft_id = sink.create(draft)
    with mail_client(dovecot, user) as client:  # the folder is made again (a server move)
        client.select_folder("Drafts")
        data = client.fetch([split_id(draft_id)[1]], [b"BODY.PEEK[]"])
        raw = next(iter(data.values()))[b"BODY[]"]
        client.close_folder()
        client.rename_folder("Drafts", "Old")
        client.create_folder("Drafts")
        client.append("Drafts", raw, [b"\\Draft"])
    sink.refresh()
    status = sink.inspect(draft_id, draft.marker, draft.message_id)
    assert status.state == "present"
    assert status.draft_id is not None and status.draft_id != draft_id
    assert split_id(status.draft_id)[0] != split_id(draft_id)[0]


def test_the_folders_are_found_by_special_use(dovecot: Dovecot) -> None:
    folders = session_for(dovecot, dovecot.new_user()).folders()
    assert (folders.drafts, folders.sent) == ("Drafts", "Sent")
    assert (folders.found_by("drafts"), folders.found_by("sent")) == ("special-use", "special-use")


def test_without_special_use_common_names_are_used() -> None:
    listed = [((b"\\HasNoChildren",), "INBOX.Sent Items"), ((), "INBOX.Drafts"), ((), "INBOX")]
    assert _by_name(listed, ("Drafts", "Draft")) == "INBOX.Drafts"
    assert _by_name(listed, ("Sent", "Sent Items")) == "INBOX.Sent Items"
    assert _by_name([((b"\\Noselect",), "Drafts")], ("Drafts",)) is None


# --------------------------------------------------------------------------- TLS and sign-in


def test_implicit_tls_with_a_pinned_certificate(dovecot: Dovecot) -> None:
    config = imap_config(dovecot, dovecot.new_user())
    tls = dataclasses.replace(config.tls, mode="implicit", ca_file=None)
    pinned = dataclasses.replace(
        config,
        port=dovecot.tls_port,
        tls=dataclasses.replace(tls, fingerprint=dovecot.tls.fingerprint),
    )
    assert ImapSession(pinned, password=lambda: PASSWORD).folders().drafts == "Drafts"
    wrong = dataclasses.replace(pinned, tls=dataclasses.replace(tls, fingerprint="00" * 32))
    with pytest.raises(SinkError, match="not the pinned one"):
        ImapSession(wrong, password=lambda: PASSWORD).folders()


def test_an_untrusted_certificate_is_refused_before_the_password(dovecot: Dovecot) -> None:
    config = imap_config(dovecot, dovecot.new_user())
    untrusted = dataclasses.replace(config, tls=dataclasses.replace(config.tls, ca_file=None))
    asked = []
    session = ImapSession(untrusted, password=lambda: asked.append(1) or PASSWORD)
    with pytest.raises(SinkError, match="not trusted"):
        session.folders()
    assert asked == []


def test_a_wrong_password_needs_auth(dovecot: Dovecot) -> None:
    session = ImapSession(imap_config(dovecot, dovecot.new_user()), password=lambda: "wrong")
    with pytest.raises(AuthError, match="refused the sign-in"):
        session.folders()


# --------------------------------------------------------------------------- cost of a pass


def _mail(n: int, at: datetime) -> bytes:
    return (
        f"From: Sender {n} <sender{n}@example.org>\nTo: alex@example.com\n"
        f"Subject: Newsletter {n}\nDate: {format_datetime(at)}\nMessage-ID: <n{n}@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\n\nHello.\n"
    ).encode()


def _unchanged_pass_commands(dovecot: Dovecot, tmp_path: Path, count: int) -> tuple[int, int]:
    """Commands of a first pass and of an unchanged pass (each a new process), over an account
    with ``count`` messages in each of INBOX, Drafts and Sent."""
    user = dovecot.new_user()
    at = datetime.now(UTC) - timedelta(days=3)
    old = at - timedelta(days=400)  # most mail is older than anything followup asks about
    for folder in ("INBOX", "Drafts", "Sent"):
        dovecot.fill(user, folder, [_mail(n, old) for n in range(count - 2)], old, resync=False)
        dovecot.fill(user, folder, [_mail(count + n, at) for n in range(2)], at, resync=False)

    def one_pass(cursor: str | None) -> tuple[int, str | None]:
        session = session_for(dovecot, user)
        watcher = ImapWatcher(session)
        sink = ImapSink(session, tmp_path / f"{user}.jsonl", tmp_path / f"{user}.cache")
        batch = watcher.changes(cursor, at - timedelta(days=1))
        sink.sent_since(at - timedelta(days=1))
        sink.inspect("1:1", "a" * 32, None)
        session.close()
        return session.commands, batch.cursor

    try:
        first, cursor = one_pass(None)
        unchanged, _ = one_pass(cursor)
    finally:  # thousands of files: gone now, not in the session's teardown
        shutil.rmtree(dovecot.maildir(user), ignore_errors=True)
    return first, unchanged


#: Four times the most a command reads at once (``session.CHUNK``) and the most a first read
#: takes whole (``watcher.MAX_FULL_READ``): a command per chunk or per message would show.
LARGE = 4 * max(CHUNK, MAX_FULL_READ)


@pytest.mark.slow  # fills a mailbox with 6,000 messages
def test_an_unchanged_pass_costs_the_same_with_10_and_2000_messages(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    _, small = _unchanged_pass_commands(dovecot, tmp_path, 10)
    _, large = _unchanged_pass_commands(dovecot, tmp_path, LARGE)
    # STARTTLS, CAPABILITY, LOGIN, STATUS of INBOX, Drafts and Sent, LOGOUT
    assert small == large <= 8

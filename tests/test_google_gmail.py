"""Gmail drafts sink and mailbox watcher against the fake Google, with the real googleapiclient:
the drafts-sink and mailbox contracts, then what only Gmail does - the exact create request,
faults on create that must never yield two drafts, threading, the sent/deleted tell, history
404, and never a request to a send path (the ``fake`` fixture fails on one)."""

from __future__ import annotations

import base64
import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

import pytest

from agent.errors import AuthError, SinkError
from agent.google.client import GoogleClient
from agent.google.gmail import GmailSink, SinkId
from agent.google.history import MailLedger
from agent.google.mailbox import GmailWatcher
from agent.ports import IncomingMessage
from tests.contract.drafts_contract import (
    CREATED_AT,
    DraftsSinkContract,
    make_draft,
    present,
)
from tests.contract.mailbox_contract import MailboxHarness, MailboxWatcherContract, message
from tests.fake_google import FakeGoogle

CREATE = "gmail.users.drafts.create"


def gmail_id(sink_id: str) -> str:
    return SinkId.parse(sink_id).draft_id


def parse(raw: bytes) -> EmailMessage:
    return cast(EmailMessage, email.message_from_bytes(raw, policy=email.policy.default))


# --------------------------------------------------------------------------- the contracts


class TestGmailSink(DraftsSinkContract):
    @pytest.fixture
    def sink(self, fake: FakeGoogle, client: GoogleClient, tmp_path: Path) -> GmailSink:
        self.fake = fake
        return GmailSink(client, record=tmp_path / "gmail-drafts.jsonl")

    def user_sends(
        self,
        sink: Any,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> None:
        gid = gmail_id(draft_id)
        own = self.fake.gmail.messages[self.fake.gmail.drafts[gid]].header("Message-ID")
        self.fake.gmail.user_sends(
            gid, message_id=message_id or own, at=at, keep_marker=keep_marker
        )

    def user_deletes(self, sink: Any, draft_id: str) -> None:
        self.fake.gmail.user_deletes(gmail_id(draft_id))

    def user_edits(self, sink: Any, draft_id: str) -> str:
        self.fake.gmail.user_edits(gmail_id(draft_id))
        return draft_id  # Gmail keeps a draft's id across edits; its message changes

    def read_back(self, sink: Any, draft_id: str) -> EmailMessage:
        gid = gmail_id(draft_id)
        raw = self.fake.gmail.messages[self.fake.gmail.drafts[gid]].raw
        return parse(raw.replace(b"\r\n", b"\n"))  # a client reads CRLF as line ends


class GmailHarness:
    def __init__(self, fake: FakeGoogle, client: GoogleClient) -> None:
        self.fake = fake
        self.watcher = GmailWatcher(client)

    def deliver(self, message: IncomingMessage) -> None:
        self.fake.gmail.deliver(raw_of(message), message.received_at)


def raw_of(m: IncomingMessage) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{m.from_name} <{m.from_addr}>" if m.from_name else m.from_addr
    msg["To"] = ", ".join(m.to)
    msg["Subject"] = m.subject
    if m.message_id:
        msg["Message-ID"] = m.message_id
    if m.in_reply_to:
        msg["In-Reply-To"] = m.in_reply_to
    for name, value in m.headers.items():
        msg[name] = value
    msg.set_content(m.body)
    return msg.as_bytes()


class TestGmailWatcher(MailboxWatcherContract):
    @pytest.fixture
    def harness(self, fake: FakeGoogle, client: GoogleClient) -> MailboxHarness:
        return GmailHarness(fake, client)


# --------------------------------------------------------------------------- creating


@pytest.fixture
def sink(client: GoogleClient) -> GmailSink:
    return GmailSink(client)


def test_create_sends_json_raw_and_thread_id(fake: FakeGoogle, sink: GmailSink) -> None:
    sink.create(make_draft())
    (request,) = [r for r in fake.requests if r.method_id == CREATE]
    assert request.path == "/gmail/v1/users/me/drafts" and request.query == {"alt": ["json"]}
    raw = request.json()["message"]["raw"]
    sent = parse(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    assert sent["Message-ID"] == make_draft().message_id
    assert "threadId" not in request.json()["message"]


@pytest.mark.parametrize(
    "action",
    ["store_then_fail", "store_then_drop", pytest.param("slow", marks=pytest.mark.slow)],
)
@pytest.mark.parametrize("replace_ids", [False, True])
def test_a_lost_answer_is_stored_maybe_and_found_once(
    fake: FakeGoogle, client: GoogleClient, action: str, replace_ids: bool
) -> None:
    fake.gmail.replace_draft_message_ids = replace_ids
    fake.fail(CREATE, action, seconds=60.0)  # a slow answer is held until the client gives up
    sink = GmailSink(client)
    patience, client.session.http.timeout = client.session.http.timeout, 0.5
    with pytest.raises(SinkError) as failure:
        sink.create(make_draft())
    client.session.http.timeout = patience  # the look that follows is not about a timeout
    assert failure.value.stored_maybe
    assert fake.count(CREATE) == 1  # never resent, by any layer
    found = present(sink, make_draft())
    assert found is not None and len(fake.gmail.drafts) == 1
    assert gmail_id(found) in fake.gmail.drafts


@pytest.mark.parametrize(
    ("status", "reason"), [(429, None), (403, "rateLimitExceeded"), (500, None), (503, None)]
)
def test_a_refused_create_is_not_retried(
    fake: FakeGoogle, sink: GmailSink, status: int, reason: str | None
) -> None:
    fake.fail(CREATE, status=status, reason=reason)
    with pytest.raises(SinkError) as failure:
        sink.create(make_draft())
    assert failure.value.stored_maybe and fake.count(CREATE) == 1
    assert present(sink, make_draft()) is None


def test_a_400_is_certainly_not_stored(fake: FakeGoogle, sink: GmailSink) -> None:
    fake.fail(CREATE, status=400, reason="invalidArgument")
    with pytest.raises(SinkError) as failure:
        sink.create(make_draft())
    assert not failure.value.stored_maybe


def test_an_expired_access_token_is_refreshed_and_saved(
    fake: FakeGoogle, sink: GmailSink, google_config: Any
) -> None:
    before = google_config.token.read_text()
    fake.expire_access_tokens()
    assert sink.sent_since(CREATED_AT) == []
    assert fake.count("oauth.token") == 1
    assert google_config.token.read_text() != before
    assert oct(google_config.token.stat().st_mode & 0o777) == "0o600"


def test_invalid_grant_is_an_auth_error(fake: FakeGoogle, client: GoogleClient) -> None:
    client.session.creds.expiry = datetime(2020, 1, 1)  # due for a refresh
    fake.revoke()
    with pytest.raises(AuthError) as failure:
        GmailSink(client).create(make_draft())
    assert failure.value.exit_code == 3 and "followup auth" in (failure.value.hint or "")
    assert fake.count(CREATE) == 0 and fake.count("oauth.token") == 1


def test_a_401_on_create_is_an_auth_error_and_not_resent(fake: FakeGoogle, sink: GmailSink) -> None:
    fake.revoke()
    with pytest.raises(AuthError):
        sink.create(make_draft())
    assert fake.count(CREATE) == 1 and fake.count("oauth.token") == 0


def test_no_network_is_transient(client: GoogleClient) -> None:
    client.api_root = "http://127.0.0.1:9/"  # the discard port: nothing listens
    with pytest.raises(SinkError) as failure:
        GmailSink(client).create(make_draft())
    assert not failure.value.stored_maybe  # nothing was sent


# --------------------------------------------------------------------------- sent, deleted, thread


def test_sent_gets_gmails_new_message_id_and_thread(fake: FakeGoogle, sink: GmailSink) -> None:
    draft = make_draft()
    draft_id = sink.create(draft)
    sent = fake.gmail.user_sends(gmail_id(draft_id), at=CREATED_AT + timedelta(hours=1))
    status = sink.inspect(draft_id, draft.marker, draft.message_id)
    assert status.state == "sent"
    assert status.message_id == sent.header("Message-ID") != draft.message_id
    assert status.thread_id == sent.thread_id


def test_a_reply_joins_the_thread(fake: FakeGoogle, sink: GmailSink) -> None:
    first = make_draft()
    sent = fake.gmail.user_sends(gmail_id(sink.create(first)), at=CREATED_AT)
    reply = make_draft(
        "b" * 32,
        subject="Re: " + first.subject,
        in_reply_to=sent.header("Message-ID"),
        references=(sent.header("Message-ID") or "",),
        thread_id=sent.thread_id,
    )
    reply_id = sink.create(reply)
    assert SinkId.parse(reply_id).thread_id == sent.thread_id
    body = [r.json() for r in fake.requests if r.method_id == CREATE][-1]
    assert body["message"]["threadId"] == sent.thread_id


def test_an_idle_look_costs_one_history_request(fake: FakeGoogle, client: GoogleClient) -> None:
    ledger = MailLedger()
    sink, watcher = GmailSink(client, ledger), GmailWatcher(client, ledger)
    draft_id = sink.create(make_draft())
    cursor = watcher.changes(None, CREATED_AT).cursor
    sink.sent_since(CREATED_AT)
    fake.clear_requests()
    cursor = watcher.changes(cursor, CREATED_AT).cursor
    sink.sent_since(CREATED_AT)
    assert sink.inspect(draft_id, "a" * 32, None).state == "present"
    assert fake.calls() == ["gmail.users.history.list"]
    fake.gmail.user_deletes(gmail_id(draft_id))
    watcher.changes(cursor, CREATED_AT)
    sink.sent_since(CREATED_AT)
    assert sink.inspect(draft_id, "a" * 32, None).state == "gone"


def test_history_404_reads_recent_mail_again(fake: FakeGoogle, client: GoogleClient) -> None:
    watcher = GmailWatcher(client)
    fake.gmail.deliver(raw_of(message(1)), datetime.now(UTC))
    first = watcher.changes(None, datetime.now(UTC) - timedelta(days=1))
    fake.gmail.expire_history()
    fake.gmail.deliver(raw_of(message(2)), datetime.now(UTC))
    batch = watcher.changes(first.cursor, datetime.now(UTC) - timedelta(days=1))
    assert [m.message_id for m in batch.messages] == ["<m1@acme.example>", "<m2@acme.example>"]
    searches = [
        r.query["q"][0] for r in fake.requests if r.method_id == "gmail.users.messages.list"
    ]
    assert all(q.split()[0].removeprefix("after:").isdigit() for q in searches)

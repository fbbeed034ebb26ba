"""The Maildir sink beyond the shared contract: the file on disk, the journal, errors, headers."""

from __future__ import annotations

import email
import mailbox
import os
import stat
import unicodedata
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.errors import SinkError
from agent.mail import SUBJECT_MAX, sanitize_header, subject_line, to_email
from agent.sinks.maildir import JOURNAL_NAME, HeaderScanner, MaildirSink

try:
    from contract.drafts_contract import CREATED_AT, make_draft, present
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.contract.drafts_contract import CREATED_AT, make_draft, present


def parse(data: bytes) -> EmailMessage:
    return cast(EmailMessage, email.message_from_bytes(data, policy=default))


@pytest.fixture
def sink(tmp_path: Path) -> MaildirSink:
    return MaildirSink(tmp_path / "mail" / "Drafts", tmp_path / "mail" / "Sent")


def test_the_draft_is_in_cur_with_the_draft_flag(sink: MaildirSink) -> None:
    key = sink.create(make_draft())
    assert os.listdir(sink.drafts_dir / "cur") == [f"{key}:2,D"]
    assert os.listdir(sink.drafts_dir / "new") == os.listdir(sink.drafts_dir / "tmp") == []


def test_mailbox_maildir_reads_it(sink: MaildirSink) -> None:
    draft = make_draft()
    key = sink.create(draft)
    folder = mailbox.Maildir(sink.drafts_dir, create=False)
    assert list(folder.keys()) == [key]  # the journal file beside cur/ is not a message
    message = folder[key]
    assert (message.get_subdir(), message.get_flags()) == ("cur", "D")
    assert message["Message-ID"] == draft.message_id
    assert "X-Followup-Key" not in message  # nothing in a draft shows a tool


def test_the_folders_are_private(sink: MaildirSink) -> None:
    key = sink.create(make_draft())
    for folder in ("", "cur", "new", "tmp"):
        assert stat.S_IMODE((sink.drafts_dir / folder).stat().st_mode) == 0o700
    assert stat.S_IMODE((sink.drafts_dir / "cur" / f"{key}:2,D").stat().st_mode) == 0o600


def test_an_existing_empty_folder_gets_its_subfolders(tmp_path: Path) -> None:
    (tmp_path / "Drafts").mkdir()
    sink = MaildirSink(tmp_path / "Drafts")
    key = sink.create(make_draft())
    assert present(sink, make_draft()) == key


def test_the_file_parses_back_to_the_same_message(sink: MaildirSink) -> None:
    draft = make_draft(
        from_name="Zoë Ångström",
        to=(("José Núñez", "jose@acme.example"),),
        subject="Merci - entretien Ingénieur",
        text="Bonjour José,\n\nMerci pour l'entretien.\n",
        in_reply_to="<a@b>",
        references=("<a@b>",),
    )
    path = sink.path_of(sink.create(draft))
    assert path is not None
    data = path.read_bytes()
    head = data.split(b"\n\n", 1)[0]
    assert head.isascii() and b"=?utf-8?" in head  # RFC 2047 encoded words
    parsed, built = parse(data), to_email(draft)
    assert parsed.items() == built.items()
    assert parsed.get_content() == built.get_content() == draft.text


def test_a_draft_without_a_date_gets_the_clock(tmp_path: Path) -> None:
    now = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    sink = MaildirSink(tmp_path / "Drafts", clock=lambda: now)
    path = sink.path_of(sink.create(make_draft(date_at=None)))
    assert path is not None and parse(path.read_bytes())["Date"].datetime == now


def test_without_a_sent_folder_a_missing_draft_is_gone(tmp_path: Path) -> None:
    sink = MaildirSink(tmp_path / "Drafts")
    draft = make_draft()
    key = sink.create(draft)
    mailbox.Maildir(sink.drafts_dir, create=False).remove(key)
    assert sink.inspect(key, draft.marker, draft.message_id).state == "gone"
    assert sink.sent_since(CREATED_AT) == []


def sent_copy(sink: MaildirSink, key: str, at: datetime, message_id: str) -> None:
    """A client that gives the message a new Message-ID."""
    path = sink.path_of(key)
    assert path is not None and sink.sent_dir is not None
    msg = parse(path.read_bytes())
    del msg["X-Followup-Key"]
    msg.replace_header("Message-ID", message_id)
    msg.replace_header("Date", email.utils.format_datetime(at))
    mailbox.Maildir(sink.sent_dir, create=True).add(msg.as_bytes())
    path.unlink()


def test_recipient_and_subject_are_remembered_across_restarts(sink: MaildirSink) -> None:
    draft = make_draft()
    key = sink.create(draft)
    sent_copy(sink, key, CREATED_AT + timedelta(hours=1), "<client.1@mail.example>")
    restarted = MaildirSink(sink.drafts_dir, sink.sent_dir)
    status = restarted.inspect(key, draft.marker, None)
    assert (status.state, status.message_id) == ("sent", "<client.1@mail.example>")
    assert (sink.drafts_dir / JOURNAL_NAME).is_file()


def test_a_torn_journal_line_is_skipped(sink: MaildirSink) -> None:
    draft = make_draft()
    key = sink.create(draft)
    with (sink.drafts_dir / JOURNAL_NAME).open("a") as journal:
        journal.write('{"id": "torn", "mark')
    sent_copy(sink, key, CREATED_AT, "<client.2@mail.example>")
    assert sink.inspect(key, draft.marker, None).state == "sent"


def test_garbage_files_do_not_stop_a_scan(sink: MaildirSink) -> None:
    key = sink.create(make_draft())
    (sink.drafts_dir / "cur" / "garbage:2,S").write_bytes(b"\xff\xfe\x00 not mail \r\n\r\n\x00")
    (sink.drafts_dir / "new" / "odd").write_bytes(
        b"Date: not a date\nTo: <<<\nSubject: =?x?q?\n\nx"
    )
    assert present(sink, make_draft()) == key


def test_header_scans_are_cached_by_name_mtime_and_size(sink: MaildirSink) -> None:
    key = sink.create(make_draft())
    scanner = HeaderScanner(sink.drafts_dir)
    (first,) = scanner.scan()
    path = first.path
    info = path.stat()
    # The same size and mtime, different bytes: a cached scan does not re-read the file...
    data = path.read_bytes().replace(b"a" * 32, b"b" * 32)
    path.write_bytes(data)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert scanner.scan()[0].message_id == f"<followup.{'a' * 32}@example.com>"
    # ...and a changed mtime makes it read the file again.
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    assert scanner.scan()[0].message_id == f"<followup.{'b' * 32}@example.com>"
    assert scanner.scan()[0].key == key


def test_a_maildir_that_cannot_be_created_is_a_sink_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    sink = MaildirSink(tmp_path / "file" / "Drafts")
    with pytest.raises(SinkError, match="cannot create the drafts Maildir"):
        sink.create(make_draft())


def test_an_unusable_address_is_a_sink_error(sink: MaildirSink) -> None:
    with pytest.raises(SinkError, match="address"):
        sink.create(make_draft(to=(("Dana", "not an address"),)))
    assert os.listdir(sink.drafts_dir / "cur") == []


def test_sent_since_reads_new_and_cur(sink: MaildirSink) -> None:
    assert sink.sent_dir is not None
    sink.sent_dir.parent.mkdir(parents=True)
    sent = mailbox.Maildir(sink.sent_dir, create=True)
    for n, (hours, subdir) in enumerate([(1, "new"), (30, "cur"), (40, "new")]):
        msg = EmailMessage()
        msg["To"] = "Wei.Chen@Acme.example"
        msg["Subject"] = f"Message {n}"
        msg["Message-ID"] = f"<m{n}@mail.example>"
        msg["Date"] = email.utils.format_datetime(CREATED_AT + timedelta(hours=hours))
        copy = mailbox.MaildirMessage(msg.as_bytes())
        copy.set_subdir(subdir)
        sent.add(copy)
    late = sorted(sink.sent_since(CREATED_AT + timedelta(hours=2)), key=lambda m: m.subject)
    assert [(m.message_id, m.to, m.subject) for m in late] == [
        ("<m1@mail.example>", ("wei.chen@acme.example",), "Message 1"),
        ("<m2@mail.example>", ("wei.chen@acme.example",), "Message 2"),
    ]


# --------------------------------------------------------------------------- header values


@pytest.mark.slow
@given(st.text())
def test_sanitize_header_leaves_no_line_breaks(value: str) -> None:
    clean = sanitize_header(value)
    assert clean == clean.strip()
    assert all(unicodedata.category(c) not in {"Cc", "Zl", "Zp"} for c in clean)
    assert len(clean.splitlines()) <= 1


@given(st.text(min_size=1))
def test_no_subject_adds_a_header(subject: str) -> None:
    msg = parse(to_email(make_draft(subject=subject)).as_bytes())
    assert sorted(msg.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert str(msg["Subject"]) == subject_line(subject)
    assert len(subject_line(subject)) <= SUBJECT_MAX


def test_a_non_ascii_subject_keeps_its_spaces_through_the_file() -> None:
    # Python's header folder drops the space between encoded words it splits a long
    # non-ASCII subject into; followup's headers are never folded.
    subject = "Re: Vielen Dank für das Gespräch – Senior Backend Engineer bei Müller & Söhne ¡Hola!"
    msg = parse(to_email(make_draft(subject=subject)).as_bytes())
    assert str(msg["Subject"]) == subject


def test_a_very_long_subject_is_cut_at_a_word() -> None:
    subject = "Thank you - " + "Principal Distributed Systems Engineer " * 10
    line = subject_line(subject)
    assert len(line) <= SUBJECT_MAX and line.endswith("\u2026")
    assert subject.startswith(line[:-1].rstrip())

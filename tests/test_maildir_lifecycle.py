"""The local default end to end: ICS file in, Maildir drafts out, and the user's mail client in
between - sending a draft (a copy lands in the Sent Maildir, sometimes with a new Message-ID)
or deleting it."""

from __future__ import annotations

import mailbox
import shutil
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest

from agent.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    (tmp_path / "config.yaml").write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Mail/Drafts, sent_maildir: Mail/Sent}\n"
        "state: followup.db\n"
        "policy: {reminder: {enabled: false}}\n"
    )
    return tmp_path


def tick(home: Path, now: str) -> int:
    return main(["--config", str(home / "config.yaml"), "tick", "--now", now])


def drafts(home: Path) -> mailbox.Maildir:
    return mailbox.Maildir(home / "Mail" / "Drafts", create=False)


def sent(home: Path) -> mailbox.Maildir:
    (home / "Mail").mkdir(exist_ok=True)
    return mailbox.Maildir(home / "Mail" / "Sent", create=True)


def client_sends(
    home: Path, to_fragment: str, *, new_message_id: str | None = None, date: str
) -> Message:
    """What a mail client does: the draft leaves Drafts and a copy lands in Sent."""
    box = drafts(home)
    key, msg = next((k, m) for k, m in box.items() if to_fragment in (m["To"] or ""))
    copy = message_from_bytes(msg.as_bytes())
    if new_message_id:
        del copy["Message-ID"]
        copy["Message-ID"] = new_message_id
    del copy["Date"]
    copy["Date"] = date
    box.remove(key)
    sent(home).add(copy)
    return copy


def client_deletes(home: Path, to_fragment: str) -> None:
    box = drafts(home)
    key = next(k for k, m in box.items() if to_fragment in (m["To"] or ""))
    box.remove(key)


def test_sent_and_deleted_drafts_are_told_apart_and_the_status_check_threads(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tick(home, "2026-12-03T11:00") == 0
    assert len(drafts(home)) == 4
    client_sends(
        home,
        "dana.whitfield",
        new_message_id="<rewritten@mail.example>",
        date="Thu, 03 Dec 2026 12:00:00 -0800",
    )
    client_deletes(home, "wei.chen")
    capsys.readouterr()
    assert tick(home, "2026-12-03T13:00") == 0
    capsys.readouterr()
    assert (
        main(
            ["--config", str(home / "config.yaml"), "status", "--json", "--now", "2026-12-03T13:00"]
        )
        == 0
    )
    import json

    data = json.loads(capsys.readouterr().out)
    acme = next(p for p in data["processes"] if p["company"] == "Acme Robotics")
    states = {f["to"][0]: f["state"] for f in acme["followups"] if f["kind"] == "thank_you"}
    assert states["dana.whitfield@acmerobotics.example"] == "sent"
    assert states["wei.chen@acmerobotics.example"] == "dismissed"
    assert states["anika.patel@acmerobotics.example"] == "drafted"

    # Dana's thank-you was sent, so she becomes the contact only if nobody better is known;
    # make her the contact and check the status check replies in her thread.
    assert (
        main(
            [
                "--config",
                str(home / "config.yaml"),
                "contact",
                acme["id"],
                "dana.whitfield@acmerobotics.example",
            ]
        )
        == 0
    )
    assert tick(home, "2026-12-23T09:00") == 0
    check = next(m for m in drafts(home) if m["In-Reply-To"])
    assert check["In-Reply-To"] == "<rewritten@mail.example>"
    assert "<rewritten@mail.example>" in check["References"]
    assert check["Subject"].startswith("Re: Thank you")
    assert check["To"].endswith("<dana.whitfield@acmerobotics.example>")


def test_no_thank_you_to_someone_already_written_to_after_the_interview(home: Path) -> None:
    own = Message()
    own["From"] = "Alex Candidate <alex@example.com>"
    own["To"] = "Maria Santos <maria.santos@globex.example>"
    own["Subject"] = "Great talking today"
    own["Date"] = "Thu, 03 Dec 2026 09:45:00 -0800"
    own["Message-ID"] = "<own@example.com>"
    own.set_payload("Thanks Maria!")
    sent(home).add(own)
    assert tick(home, "2026-12-03T11:00") == 0
    recipients = [m["To"] for m in drafts(home)]
    assert len(recipients) == 3
    assert not any("maria.santos" in r for r in recipients)


def test_a_draft_is_never_written_twice_even_when_the_state_is_lost_mid_pass(home: Path) -> None:
    # The journal says `creating` (the pass died after the journal write): the next pass finds
    # the draft by its Message-ID instead of writing another.
    assert tick(home, "2026-12-03T11:00") == 0
    import sqlite3

    db = sqlite3.connect(home / "followup.db")
    db.execute("UPDATE followups SET state='creating' WHERE state='drafted'")
    db.commit()
    db.close()
    assert tick(home, "2026-12-03T11:05") == 0
    assert len(drafts(home)) == 4
    message_ids = [m["Message-ID"] for m in drafts(home)]
    assert len(set(message_ids)) == 4

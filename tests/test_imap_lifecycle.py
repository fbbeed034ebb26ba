"""An IMAP account and a CalDAV calendar end to end (a Fastmail-style mail server: Dovecot with
SPECIAL-USE folders and STARTTLS; a Nextcloud-style calendar server: Radicale, found from its
base address): the demo interviews in the calendar, drafts in the account's Drafts folder, the
user's mail client sending one (with a new Message-ID) and deleting another, the status check in
the sent one's thread, a company's answer read from the INBOX - the same drafts, threads and
times as with a Maildir."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.cli import main
from tests.imap_support import (
    client_deletes,
    client_sends,
    deliver,
    mail_client,
    parsed,
    raw_message,
)
from tests.servers import PASSWORD, Dovecot, Radicale

ROOT = Path(__file__).resolve().parent.parent
LA = ZoneInfo("America/Los_Angeles")
pytestmark = pytest.mark.slow  # whole passes of followup against a real server


def calendar_on(server: Radicale, user: str) -> None:
    """The demo calendar's events on the CalDAV server, one resource per UID."""
    import caldav
    import icalendar

    dav = caldav.DAVClient(url=server.url, username=user, password=PASSWORD)
    cal = dav.principal().make_calendar(name="Calendar")
    demo = icalendar.Calendar.from_ical((ROOT / "examples" / "demo.ics").read_bytes())
    zones = [c for c in demo.subcomponents if c.name == "VTIMEZONE"]
    by_uid: dict[str, icalendar.Calendar] = {}
    for event in demo.walk("VEVENT"):
        uid = str(event["UID"])
        if uid not in by_uid:
            by_uid[uid] = icalendar.Calendar()
            by_uid[uid].add("PRODID", "-//followup tests//EN")
            by_uid[uid].add("VERSION", "2.0")
            for zone in zones:
                by_uid[uid].add_component(zone)
        by_uid[uid].add_component(event)
    for n, one in enumerate(by_uid.values()):
        url = f"{str(cal.url).rstrip('/')}/event-{n}.ics"
        answer = dav.request(url, "PUT", one.to_ical().decode(), {"Content-Type": "text/calendar"})
        assert answer.status == 201


@pytest.fixture
def account(
    dovecot: Dovecot, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    user = dovecot.new_user()
    calendar_user = radicale.new_user()
    calendar_on(radicale, calendar_user)
    (tmp_path / "config.yaml").write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar:\n"
        "  caldav:\n"
        f"    url: {radicale.url}\n"
        f"    username: {calendar_user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
        "    calendars: [Calendar]\n"
        "drafts:\n"
        "  imap:\n"
        f"    host: {dovecot.host}\n"
        f"    port: {dovecot.port}\n"
        f"    username: {user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
        f"    tls: {{mode: starttls, ca_file: {dovecot.tls.ca_file}}}\n"
        "state: followup.db\n"
        "policy: {reminder: {enabled: false}}\n"
    )
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", PASSWORD)
    monkeypatch.chdir(tmp_path)
    yield user


def run(*args: str) -> int:
    return main(["--config", "config.yaml", *args])


def tick(now: str) -> int:
    return run("tick", "--now", now)


def drafts(server: Dovecot, user: str) -> dict[str, EmailMessage]:
    """The drafts in the account, by draft id."""
    with mail_client(server, user) as client:
        info = client.select_folder("Drafts", readonly=True)
        validity = int(info[b"UIDVALIDITY"])
        return {
            f"{validity}:{uid}": parsed(raw_message(client, "Drafts", uid))
            for uid in client.search(["UNDELETED"])
        }


def draft_to(server: Dovecot, user: str, fragment: str) -> str:
    return next(i for i, m in drafts(server, user).items() if fragment in str(m["To"] or ""))


def status(capsys: pytest.CaptureFixture[str], now: str) -> dict[str, object]:
    capsys.readouterr()
    assert run("status", "--json", "--now", now) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_drafts_threads_and_replies_on_an_imap_account(
    dovecot: Dovecot, account: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tick("2026-12-03T11:00") == 0
    first = drafts(dovecot, account)
    assert len(first) == 4
    assert all(m["Date"].datetime == datetime(2026, 12, 3, 11, tzinfo=LA) for m in first.values())

    client_sends(
        dovecot,
        account,
        draft_to(dovecot, account, "dana.whitfield"),
        message_id="<rewritten@mail.example>",
        at=datetime(2026, 12, 3, 12, tzinfo=LA),
    )
    client_deletes(dovecot, account, draft_to(dovecot, account, "wei.chen"))
    assert tick("2026-12-03T13:00") == 0
    data = status(capsys, "2026-12-03T13:00")
    acme = next(p for p in data["processes"] if p["company"] == "Acme Robotics")  # type: ignore[attr-defined]
    states = {f["to"][0]: f["state"] for f in acme["followups"] if f["kind"] == "thank_you"}
    assert states["dana.whitfield@acmerobotics.example"] == "sent"
    assert states["wei.chen@acmerobotics.example"] == "dismissed"
    assert states["anika.patel@acmerobotics.example"] == "drafted"

    assert run("contact", acme["id"], "dana.whitfield@acmerobotics.example") == 0
    assert tick("2026-12-23T09:00") == 0
    check = next(m for m in drafts(dovecot, account).values() if m["In-Reply-To"])
    assert check["In-Reply-To"] == "<rewritten@mail.example>"
    assert "<rewritten@mail.example>" in check["References"]
    assert check["Subject"].startswith("Re: Thank you")
    assert check["To"].addresses[0].addr_spec == "dana.whitfield@acmerobotics.example"

    # Dana answers the thank-you that was sent: the INBOX is read and the wait ends
    answer = EmailMessage()
    answer["From"] = "Dana Whitfield <dana.whitfield@acmerobotics.example>"
    answer["To"] = "alex@example.com"
    answer["Subject"] = "Re: " + str(check["Subject"])
    answer["Message-ID"] = "<answer.1@acmerobotics.example>"
    answer["In-Reply-To"] = "<rewritten@mail.example>"
    answer["References"] = "<rewritten@mail.example>"
    answer["Date"] = "Wed, 23 Dec 2026 10:00:00 -0800"
    answer.set_content("Hi Alex,\n\nThanks for checking in, great to hear from you!\n\nDana\n")
    deliver(dovecot, account, answer.as_bytes(), datetime(2026, 12, 23, 10, tzinfo=LA))
    assert tick("2026-12-23T11:00") == 0
    data = status(capsys, "2026-12-23T11:00")
    acme = next(p for p in data["processes"] if p["company"] == "Acme Robotics")  # type: ignore[attr-defined]
    assert acme["state"] == "replied"


def test_a_draft_is_never_written_twice_when_the_record_was_lost(
    dovecot: Dovecot, account: str
) -> None:
    assert tick("2026-12-03T11:00") == 0
    db = sqlite3.connect("followup.db")
    db.execute("UPDATE followups SET state='creating' WHERE state='drafted'")
    db.commit()
    db.close()
    assert tick("2026-12-03T11:05") == 0
    message_ids = [m["Message-ID"] for m in drafts(dovecot, account).values()]
    assert len(message_ids) == len(set(message_ids)) == 4


def test_doctor_signs_in_and_names_the_folders_and_calendars(
    account: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run("doctor") == 0
    out = capsys.readouterr().out
    assert "ok: imap: drafts folder 'Drafts' (by special-use)" in out
    assert "ok: imap: sent folder 'Sent' (by special-use)" in out
    assert "ok: caldav: calendar 'Calendar' found" in out
    assert "no problems found" in out

"""``followup init`` in a terminal offers IMAP mail and CalDAV calendars with the settings of the
common providers, says which need an app password, refuses Outlook.com (OAuth only) and writes
a config that loads - driven through the CLI with answers typed on a terminal."""

from __future__ import annotations

import os
import pty
import stat
import subprocess
import sys
from pathlib import Path

from agent.config import load_config

ROOT = Path(__file__).resolve().parent.parent
FINGERPRINT = ":".join(["AB", "CD", "EF", "01"] * 8)
ME = "Alex Candidate\nalex@example.org\nEurope/Berlin\n"


def init_typing(target: Path, answers: str) -> tuple[int, str]:
    """``followup init`` on a terminal with ``answers`` typed: (exit code, what it showed)."""
    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "agent", "init", str(target)],
        stdin=child_fd,
        stdout=child_fd,
        stderr=child_fd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(child_fd)
    os.write(main_fd, answers.encode())
    code = process.wait(timeout=30)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the terminal closed with the child
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    return code, b"".join(chunks).decode(errors="replace")


def test_fastmail_for_mail_and_calendar_asks_the_login_once(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    # calendar 3 (Fastmail): user name and password command; mail "fastmail": both kept
    answers = ME + "3\n\npass show fastmail/app\nfastmail\n\n\n"
    code, shown = init_typing(target, answers)
    assert code == 0, shown
    assert "Fastmail needs an app password" in shown
    assert "Outlook.com or Microsoft 365 (not supported yet)" in shown  # the menu says so
    config = load_config(target)
    caldav = config.calendar.caldav
    assert caldav is not None
    assert (caldav.url, caldav.username) == ("https://caldav.fastmail.com/", "alex@example.org")
    assert caldav.password_command == "pass show fastmail/app"
    imap = config.drafts.imap
    assert imap is not None
    assert (imap.host, imap.port, imap.tls.mode) == ("imap.fastmail.com", 993, "implicit")
    assert (imap.username, imap.password_command) == ("alex@example.org", "pass show fastmail/app")
    assert "pass show fastmail/app" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_nextcloud_and_proton_bridge_with_a_pinned_certificate(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    answers = (
        ME
        + "nextcloud\nhttps://cloud.example.org/\nalex\n$NEXTCLOUD_PASSWORD\n"
        + "6\nalex@proton.example\n$BRIDGE PASSWORD\n$BRIDGE_PASSWORD\nAB:CD\n"
        + FINGERPRINT
        + "\n"
    )
    code, shown = init_typing(target, answers)
    assert code == 0, shown
    assert "Nextcloud: use an app password" in shown
    assert "the user name and password the Bridge shows" in shown
    assert "'BRIDGE PASSWORD' is not the name of an environment variable; try again" in shown
    assert "'AB:CD' is not a SHA-256 fingerprint" in shown
    config = load_config(target)
    caldav = config.calendar.caldav
    assert caldav is not None
    assert caldav.url == "https://cloud.example.org/remote.php/dav"
    assert (caldav.username, caldav.password_env) == ("alex", "NEXTCLOUD_PASSWORD")
    imap = config.drafts.imap
    assert imap is not None
    assert (imap.host, imap.port, imap.tls.mode) == ("127.0.0.1", 1143, "starttls")
    assert (imap.username, imap.password_env) == ("alex@proton.example", "BRIDGE_PASSWORD")
    assert imap.tls.fingerprint == FINGERPRINT.replace(":", "").lower()


def test_outlook_is_refused_and_the_question_asked_again(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    answers = ME + "icloud\n\n\noutlook\n5\n9\n1\n~/Mail/Drafts\n"
    code, shown = init_typing(target, answers)
    assert code == 0, shown
    assert "iCloud needs an app-specific password" in shown
    assert shown.count("Outlook.com and Microsoft 365 are not supported yet") == 2
    assert "'9' is none of 1 to 7" in shown
    config = load_config(target)
    assert config.calendar.caldav is not None
    assert config.calendar.caldav.url == "https://caldav.icloud.com/"
    assert config.calendar.caldav.password_command == "pass show icloud"
    assert config.drafts.imap is None
    assert config.drafts.maildir == Path.home() / "Mail" / "Drafts"


def test_google_calendar_and_gmail_write_the_google_section(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    code, shown = init_typing(target, ME + "2\n2\n")
    assert code == 0, shown
    assert shown.count("followup auth") >= 1
    config = load_config(target)
    assert config.calendar.google_calendars == ("primary",)
    assert config.drafts.gmail
    assert config.google.client_secret == tmp_path / "client_secret.json"


def test_another_imap_and_caldav_server_take_their_addresses(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    answers = (
        ME
        + "6\nftp://dav.example.org\nhttps://dav.example.org/cal/\n\n\n"
        + "7\nmail.example.org\n99999\n143\n\n\n"
    )
    code, shown = init_typing(target, answers)
    assert code == 0, shown
    assert "is not an http(s) URL; try again" in shown
    assert "'99999' is not a port number from 1 to 65535" in shown
    config = load_config(target)
    assert config.calendar.caldav is not None
    assert config.calendar.caldav.url == "https://dav.example.org/cal/"
    assert config.calendar.caldav.password_command == "pass show caldav"
    imap = config.drafts.imap
    assert imap is not None
    assert (imap.host, imap.port, imap.tls.mode) == ("mail.example.org", 143, "starttls")
    assert imap.password_command == "pass show imap"


def test_the_end_of_input_at_a_provider_prompt_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    code, shown = init_typing(target, ME + "3\n\x04")
    assert code == 66, shown
    assert 'input ended at the prompt "CalDAV user name"; nothing was written' in shown
    assert "Traceback" not in shown
    assert not target.exists()

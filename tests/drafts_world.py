"""A user's followup over a calendar, with the drafts read back as the recipient would read them.

``DraftsWorld`` runs the real command line over a config on the local default (an ``.ics`` file
in, a Maildir of drafts out) or on Gmail (the fake Google, driven by the real googleapiclient):
the tests in ``test_drafts_*.py`` ask both the same questions about what the drafts say.
"""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

import pytest

from agent.cli import main
from agent.ports import Window
from agent.sources.ics import IcsSource
from tests.fake_google import FakeGoogle
from tests.fake_google.events import resource

ROOT = Path(__file__).resolve().parent.parent
DEMO_ICS = (ROOT / "examples" / "demo.ics").read_text(encoding="utf-8")
LA = "America/Los_Angeles"


@dataclass
class Mail:
    """One draft as its recipient would get it."""

    message: EmailMessage

    def header(self, name: str) -> str:
        value = self.message[name]
        return str(value) if value is not None else ""

    @property
    def to(self) -> str:
        return self.header("To")

    @property
    def subject(self) -> str:
        return self.header("Subject")

    @property
    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        assert part is not None, "a draft without a text part"
        return cast(EmailMessage, part).get_content()

    @property
    def html(self) -> str | None:
        part = self.message.get_body(preferencelist=("html",))
        return cast(EmailMessage, part).get_content() if part is not None else None

    @property
    def core(self) -> str:
        """The body without its greeting and its signature: what differs between two people."""
        lines = self.text.strip().splitlines()
        return "\n".join(lines[1:-2]).strip()

    def __repr__(self) -> str:
        return f"Mail(to={self.to!r}, subject={self.subject!r})\n{self.text}"


@dataclass
class DraftsWorld:
    backend: str  # "maildir" or "gmail"
    home: Path
    fake: FakeGoogle | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        return self.home / "config.yaml"

    def configure(self, **extra: Any) -> None:
        """The config, with ``extra`` top-level keys (``me`` keys merge into the user's)."""
        self.extra.update(extra)
        me = {"name": "Alex Candidate", "email": "alex@example.com", "timezone": LA}
        me.update(self.extra.get("me", {}))
        config: dict[str, Any] = {"me": me, "state": "followup.db"}
        config.update({k: v for k, v in self.extra.items() if k != "me"})
        config.setdefault("policy", {"reminder": {"enabled": False}})
        if self.backend == "maildir":
            config["calendar"] = {"ics": "calendar.ics"}
            config["drafts"] = {"maildir": "Mail/Drafts", "sent_maildir": "Mail/Sent"}
        else:
            assert self.fake is not None
            config["calendar"] = {"google": {"calendars": ["primary"]}}
            config["drafts"] = {"gmail": {}}
            config["google"] = {
                "client_secret": "client_secret.json",
                "token": "token.json",
                "api_root": self.fake.api_root,
                "token_uri": self.fake.token_uri,
            }
        if "html" in self.extra:
            config["drafts"]["html"] = self.extra["html"]
            config.pop("html")
        self.config_path.write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML

    def calendar(self, ics: str) -> None:
        """The user's calendar is now ``ics``."""
        if self.backend == "maildir":
            (self.home / "calendar.ics").write_text(ics, encoding="utf-8")
            return
        assert self.fake is not None
        path = self.home / "import.ics"
        path.write_text(ics, encoding="utf-8")
        now = datetime(2026, 12, 1, tzinfo=UTC)
        window = Window(now - timedelta(days=400), now + timedelta(days=400))
        batch = IcsSource(str(path), default_tz=LA).fetch(None, window)
        self.fake.calendar.put("primary", [resource(e) for e in batch.events])

    def cli(self, *args: str) -> int:
        return main(["--config", str(self.config_path), *args])

    def tick(self, now: str) -> int:
        return self.cli("tick", "--now", now)

    def status(self, now: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
        capsys.readouterr()
        assert self.cli("status", "--json", "--now", now) == 0
        data: dict[str, Any] = json.loads(capsys.readouterr().out)
        return data

    def status_text(self, now: str, capsys: pytest.CaptureFixture[str]) -> str:
        capsys.readouterr()
        assert self.cli("status", "--now", now) == 0
        return capsys.readouterr().out

    def mails(self) -> list[Mail]:
        """Every draft there is now, as its recipient would read it."""
        if self.backend == "maildir":
            box = self.home / "Mail" / "Drafts"
            if not box.exists():
                return []
            raws = [m.as_bytes() for m in mailbox.Maildir(box, create=False)]
        else:
            assert self.fake is not None
            gmail = self.fake.gmail
            raws = [gmail.messages[m].raw for m in gmail.drafts.values()]
        return [Mail(_parse(raw)) for raw in raws]

    def user_deletes(self, which: Callable[[Mail], bool]) -> None:
        """The user deletes the drafts ``which`` picks, in their mail client or in Gmail."""
        if self.backend == "maildir":
            box = mailbox.Maildir(self.home / "Mail" / "Drafts", create=False)
            for key in [k for k, m in box.items() if which(Mail(_parse(m.as_bytes())))]:
                box.remove(key)
            return
        assert self.fake is not None
        gmail = self.fake.gmail
        for draft, message in list(gmail.drafts.items()):
            if which(Mail(_parse(gmail.messages[message].raw))):
                gmail.user_deletes(draft)

    def mails_to(self, fragment: str) -> list[Mail]:
        return [m for m in self.mails() if fragment in m.to]


def _parse(raw: bytes) -> EmailMessage:
    return cast(EmailMessage, email.message_from_bytes(raw, policy=email.policy.default))


def make_world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftsWorld:
    """The world of ``request.param`` ("maildir" or "gmail"), configured, calendar empty."""
    backend = request.param
    fake = None
    if backend == "gmail":
        monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
        fake = request.getfixturevalue("fake")
        fake.client_secret(tmp_path / "client_secret.json")
        fake.write_token(tmp_path / "token.json")
    world = DraftsWorld(backend, tmp_path, fake)
    world.configure()
    return world


def vevent(
    uid: str,
    start: str,
    end: str,
    summary: str,
    *,
    description: str = "",
    organizer: tuple[str, str] | None = None,
    attendees: tuple[tuple[str, str], ...] = (),
    tz: str = LA,
) -> str:
    """One VEVENT; ``start``/``end`` as "20261202T100000" in ``tz``; people as (name, address)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T000000Z",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{_escape(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={_param(organizer[0])}:mailto:{organizer[1]}")
    people = (("Alex Candidate", "alex@example.com"), *attendees)
    for name, address in people:
        lines.append(f"ATTENDEE;PARTSTAT=ACCEPTED;CN={_param(name)}:mailto:{address}")
    lines.append("END:VEVENT")
    return "\n".join(lines)


def calendar(*events: str) -> str:
    zone = DEMO_ICS[DEMO_ICS.index("BEGIN:VTIMEZONE") : DEMO_ICS.index("END:VTIMEZONE") + 13]
    head = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//followup//tests//EN\n"
    return head + zone + "\n" + "\n".join(events) + "\nEND:VCALENDAR\n"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _param(text: str) -> str:
    return f'"{text}"' if any(c in text for c in ",;:") else text

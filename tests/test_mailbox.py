"""The mailbox port: its contract on the in-memory watcher, and what the engine learns from
replies (a reply ends the wait, an auto-reply does not, a stated timetable starts a new wait,
a rejection closes the process)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.compose import Composer
from agent.engine import Engine, Settings
from agent.mailbox import MemoryMailbox
from agent.model import Kind, Policy
from agent.ports import IncomingMessage
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.state import State
from tests.contract.mailbox_contract import MailboxHarness, MailboxWatcherContract, message
from tests.test_lifecycle import DENTIST, ME, ONSITE

LA = ZoneInfo("America/Los_Angeles")


class MemoryHarness:
    def __init__(self) -> None:
        self.watcher = MemoryMailbox()

    def deliver(self, message: IncomingMessage) -> None:
        self.watcher.deliver(message)


class TestMemoryMailbox(MailboxWatcherContract):
    @pytest.fixture
    def harness(self) -> MailboxHarness:
        return MemoryHarness()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LA)


class Setup:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.calendar = MemoryCalendar("cal", [ONSITE, DENTIST])
        self.sink = MemorySink()
        self.mailbox = MemoryMailbox()
        self.settings = Settings(me=ME, policy=Policy(reminder_enabled=False))

    def tick(self, when: str) -> list[str]:
        state = State(self.path)
        try:
            engine = Engine(
                state, self.settings, [self.calendar], self.sink, Composer(), self.mailbox
            )
            return [str(f.kind) for f in engine.tick(at(when)).drafted]
        finally:
            state.close()

    def process_state(self) -> str:
        from agent.status import snapshot

        state = State(self.path)
        try:
            data = snapshot(state, self.settings, at("2026-12-11T09:00"))
            return str(data["processes"][0]["state"])
        finally:
            state.close()


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    return Setup(tmp_path / "followup.db")


def reply(n: int, when: str, body: str, **kw: object) -> IncomingMessage:
    fields: dict[str, object] = {
        "from_addr": "dana.whitfield@acmerobotics.example",
        "subject": "Re: Thank you - Senior Backend Engineer",
        "in_reply_to": None,
    }
    fields.update(kw)
    return message(n, at(when), body=body, **fields)


def test_a_human_reply_cancels_the_status_check(setup: Setup) -> None:
    setup.tick("2026-12-02T14:00")
    setup.mailbox.deliver(reply(1, "2026-12-10T10:00", "Thanks Alex, great to meet you!"))
    setup.tick("2026-12-10T11:00")
    assert setup.tick("2026-12-23T09:00") == []
    assert setup.process_state() == "replied"


def test_an_out_of_office_reply_does_not(setup: Setup) -> None:
    setup.tick("2026-12-02T14:00")
    ooo = reply(
        1,
        "2026-12-02T15:00",
        "I am out of the office until December 8 with limited access to email.",
        headers={"Auto-Submitted": "auto-replied"},
        subject="Automatic reply: Thank you",
    )
    setup.mailbox.deliver(ooo)
    assert setup.tick("2026-12-23T09:00") == [str(Kind.STATUS_CHECK)]


def test_a_reply_with_a_new_timetable_starts_a_new_wait(setup: Setup) -> None:
    setup.tick("2026-12-02T14:00")
    setup.mailbox.deliver(
        reply(
            1,
            "2026-12-21T10:00",
            "Hi Alex, thanks for your patience. We will decide by Friday, January 8.",
        )
    )
    setup.tick("2026-12-21T11:00")
    assert setup.tick("2026-12-23T09:00") == []  # the old status check is cancelled
    assert setup.tick("2027-01-15T09:00") == [str(Kind.STATUS_CHECK)]  # 8 Jan + one week


def test_a_rejection_records_the_outcome(setup: Setup) -> None:
    setup.tick("2026-12-02T14:00")
    setup.mailbox.deliver(
        reply(
            1,
            "2026-12-09T10:00",
            "Thank you for your time. "
            "Unfortunately we have decided to move forward with another candidate.",
        )
    )
    setup.tick("2026-12-09T11:00")
    assert setup.process_state() == "rejected"
    assert setup.tick("2027-01-20T09:00") == []


def test_mail_from_an_unrelated_company_is_ignored(setup: Setup) -> None:
    setup.tick("2026-12-02T14:00")
    setup.mailbox.deliver(
        reply(
            1,
            "2026-12-10T10:00",
            "Hi Alex, are you open to new roles?",
            from_addr="recruiter@globex.example",
            in_reply_to=None,
        )
    )
    setup.tick("2026-12-10T11:00")
    assert setup.tick("2026-12-23T09:00") == [str(Kind.STATUS_CHECK)]

"""The morning digest and the 48-hour watch.

One draft to the user on a day something needs them: the day's interviews, thank-yous still
unsent a day after their interview ("send it by" the 48-hour deadline, in the user's zone),
those past it ("overdue"), interviews missing from the calendar. At most one a day; sent and
deleted thank-yous drop out, read from the Sent Maildir and from Gmail. The same lines are
``status``'s conditions.

The acme onsite of ``tests/test_lifecycle`` ends Wed 2 Dec 13:00 Los Angeles time: its
thank-yous are drafted at 14:00, unsent after Thu 3 Dec 13:00, overdue after Fri 4 Dec 13:00.
"""

from __future__ import annotations

import json
import mailbox
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest

from agent import digest, store
from agent.cli import main
from agent.compose import Composer
from agent.engine import Engine, Settings
from agent.model import Kind, Me, Policy
from agent.sinks.memory import MemorySink
from agent.sources.memory import MemoryCalendar
from agent.state import State
from tests.fake_google import FakeGoogle
from tests.fake_google.events import resource
from tests.test_lifecycle import ANIKA, DANA, DENTIST, ME, ONSITE, WEI, at

ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- what it says


class Pass:
    """followup on in-memory ports: the engine's passes, and the digest as of any instant."""

    def __init__(self, me: Me = ME, policy: Policy | None = None) -> None:
        self.state = State(":memory:")
        self.calendar = MemoryCalendar("cal", [ONSITE, DENTIST])
        self.sink = MemorySink()
        self.settings = Settings(me=me, policy=policy or Policy())
        self.engine = Engine(self.state, self.settings, [self.calendar], self.sink, Composer())

    def tick(self, when: str) -> list[str]:
        return [f"{f.kind}:{','.join(f.to)}" for f in self.engine.tick(at(when)).drafted]

    def items(self, when: str) -> list[digest.Item]:
        data = store.digest_data(self.state, self.settings, at(when))
        return list(digest.digest(data).items)

    def draft_to(self, address: str) -> str:
        return next(i for i, d in self.sink.drafts.items() if d.to and d.to[0][1] == address)


def kinds(items: list[digest.Item]) -> list[str]:
    return [i.condition for i in items]


def but_cards(items: list[digest.Item]) -> list[digest.Item]:
    """The lines besides the handwritten cards of the morning after an interview."""
    return [i for i in items if i.condition != digest.CARDS_TO_WRITE]


def test_a_thank_you_is_listed_a_day_after_the_interview_then_overdue_after_two() -> None:
    world = Pass()
    assert len(world.tick("2026-12-02T14:00")) == 3
    # a day is not over yet: only the cards, in the morning after the interview
    assert kinds(world.items("2026-12-03T12:59")) == ["cards_to_write"]
    assert kinds(world.items("2026-12-03T13:00")) == ["thank_you_unsent"] * 3 + ["cards_to_write"]
    unsent = but_cards(world.items("2026-12-03T13:00"))
    assert {i.due_at for i in unsent} == {at("2026-12-04T13:00")}  # the 48-hour deadline
    assert all(
        "is still in your drafts: send it by Fri Dec 4 13:00 PST" in i.message for i in unsent
    )
    assert any("Dana Whitfield (Acme Robotics, i1)" in i.message for i in unsent)
    overdue = world.items("2026-12-04T13:00")
    assert kinds(overdue) == ["thank_you_overdue"] * 3
    assert all("is overdue (it was due by Fri Dec 4 13:00 PST)" in i.message for i in overdue)
    assert kinds(world.items("2026-12-20T09:00")) == ["thank_you_overdue"] * 3  # until acted on


def test_the_handwritten_cards_are_in_the_digest_of_the_morning_after_only() -> None:
    """The advice: an email now, a handwritten note as well. The morning after the interview
    the digest lists its cards, once; an outcome ends them with the process."""
    world = Pass()
    world.tick("2026-12-02T14:00")
    (cards,) = world.items("2026-12-03T08:00")
    assert cards.condition == "cards_to_write" and cards.ref == "i1"
    assert cards.message.startswith(
        "i1 cards to write by hand (Acme Robotics): Wei Chen, Dana Whitfield, Anika Patel; "
        "`followup cards i1` prints them"
    )
    assert not [i for i in world.items("2026-12-04T08:00") if i.condition == "cards_to_write"]
    (pid,) = {f.key.process for f in world.state.followups() if f.key.process}
    world.state.set_outcome(pid, "rejected", at("2026-12-02T18:00"))
    assert world.items("2026-12-03T08:00") == []  # nothing left to do for that process


def test_sent_and_deleted_thank_yous_drop_out() -> None:
    world = Pass()
    world.tick("2026-12-02T14:00")
    world.sink.user_sends(world.draft_to(str(DANA.email)), at=at("2026-12-02T17:00"))
    world.sink.user_deletes(world.draft_to(str(WEI.email)))
    world.tick("2026-12-03T13:00")  # the pass learns what the user did
    left, cards = world.items("2026-12-03T13:00")
    assert left.condition == "thank_you_unsent" and "Anika Patel" in left.message
    assert "first send the thank-you emails to Anika Patel (by" in cards.message


def test_due_by_is_said_in_the_users_zone_and_the_numbers_are_the_policys() -> None:
    berlin = replace(ME, timezone="Europe/Berlin")
    world = Pass(berlin, Policy(thank_you_unsent_after=timedelta(hours=12)))
    world.tick("2026-12-02T14:00")
    assert but_cards(world.items("2026-12-03T00:59")) == []
    found = but_cards(world.items("2026-12-03T01:00"))  # 12 hours on
    assert kinds(found) == ["thank_you_unsent"] * 3
    assert all("send it by Fri Dec 4 22:00 CET" in i.message for i in found)


def test_the_days_interviews_until_they_start() -> None:
    world = Pass()
    world.tick("2026-12-01T18:00")
    assert world.items("2026-12-01T23:59") == []  # tomorrow's is not today's
    (today,) = world.items("2026-12-02T07:00")
    assert today.condition == "interview_today" and today.ref == "i1"
    assert today.message.startswith("i1 Wed Dec 2 10:00 PST Acme Robotics - Senior Backend")
    assert "ask about next steps and their timetable, and for everyone's address" in today.message
    assert world.items("2026-12-02T10:00") == []  # it has started


def test_a_missing_interview_is_listed_with_what_holds_its_drafts() -> None:
    world = Pass()
    world.tick("2026-12-02T12:00")
    world.calendar.remove(ONSITE.key)
    world.tick("2026-12-02T14:00")  # missing from one read: its thank-yous are held
    found = world.items("2026-12-03T08:00")
    assert kinds(found) == ["event_missing"]
    assert found[0].message.startswith("i1 ")


def test_one_digest_a_day_from_the_morning_on_and_none_on_a_quiet_day() -> None:
    world = Pass()
    assert world.tick("2026-12-02T07:59") == []  # before 08:00: not yet
    assert world.tick("2026-12-02T08:00") == ["digest:alex@example.com"]
    assert world.tick("2026-12-02T09:00") == []  # once a day
    (draft,) = world.sink.drafts.values()
    assert draft.subject == "Your day, Wednesday: 1 interview"
    assert "10:00 - Onsite interview: Senior Backend Engineer - Acme Robotics (i1)" in draft.text
    assert "- Dana Whitfield (Coding: rate limiter exercise) <dana.whitfield@" in draft.text
    world.tick("2026-12-02T14:00")  # the thank-yous
    # the morning after: the handwritten cards, and the thank-yous to send first
    assert world.tick("2026-12-03T08:00") == ["digest:alex@example.com"]
    thursday = world.sink.drafts[max(world.sink.drafts, key=lambda d: int(d[1:]))]
    assert thursday.subject == "Your day, Thursday: cards to write"
    assert "`followup cards i1` prints them" in thursday.text
    assert world.tick("2026-12-03T13:05") == []  # one a day
    # Friday: the thank-yous a day old are listed; the cards were Thursday's
    assert world.tick("2026-12-04T08:00") == ["digest:alex@example.com"]
    assert kinds(world.items("2026-12-04T08:00")) == ["thank_you_unsent"] * 3
    off = Pass(policy=Policy(reminder_enabled=False))
    assert off.tick("2026-12-02T08:00") == []
    assert kinds(off.items("2026-12-02T08:00")) == ["interview_today"]  # status still says so


def test_the_digest_survives_a_lost_answer_without_a_second_draft() -> None:
    class LosesOneAnswer(MemorySink):
        lose = True

        def create(self, draft: Any) -> str:
            draft_id = super().create(draft)
            if self.lose:
                self.lose = False
                from agent.errors import SinkError

                raise SinkError("the answer was lost", stored_maybe=True)
            return draft_id

    world = Pass()
    world.sink = LosesOneAnswer()
    world.engine = Engine(world.state, world.settings, [world.calendar], world.sink, Composer())
    assert world.tick("2026-12-02T08:00") == []  # stored, but the answer was lost
    assert world.tick("2026-12-02T08:05") == []  # found by its marker, not written again
    assert len(world.sink.drafts) == 1
    (row,) = [f for f in world.state.followups() if f.kind is Kind.DIGEST]
    assert row.state == "drafted"


# --------------------------------------------------------------------------- local default


def client_sends(home: Path, path: Path, when: datetime) -> None:
    """A mail client sends a draft: it leaves Drafts and a copy lands in Sent."""
    message = message_from_bytes(path.read_bytes())
    del message["Date"]
    message["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S %z")
    sent = mailbox.Maildir(home / "Sent", create=True)
    sent.add(message)
    path.unlink()


def draft_files(home: Path) -> dict[str, Path]:
    """To -> the draft file (the digests left out)."""
    found: dict[str, Path] = {}
    for path in (home / "Drafts" / "cur").iterdir():
        to = str(message_from_bytes(path.read_bytes())["To"])
        if "alex@example.com" not in to:
            found[to] = path
    return found


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def by_date(messages: list[Message]) -> list[Message]:
    return sorted(messages, key=lambda m: parsedate_to_datetime(str(m["Date"])))


def digests(home: Path) -> list[Message]:
    """The digests in the drafts Maildir, oldest first."""
    found = [message_from_bytes(p.read_bytes()) for p in (home / "Drafts" / "cur").iterdir()]
    return by_date([m for m in found if "alex@example.com" in str(m["To"])])


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> str:
    assert main(["--config", str(home / "config.yaml"), *args]) == 0
    return capsys.readouterr().out


def status(capsys: pytest.CaptureFixture[str], home: Path, when: str) -> dict[str, Any]:
    return dict(json.loads(run(capsys, home, "status", "--json", "--now", when)))


def test_the_48_hour_watch_on_the_local_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo calendar, drafts in a Maildir, the mail client's Sent Maildir."""
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    (tmp_path / "config.yaml").write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Drafts, sent_maildir: Sent}\n"
        "state: followup.db\n"
    )
    mailbox.Maildir(tmp_path / "Sent", create=True)
    out = run(capsys, tmp_path, "tick", "--now", "2026-12-02T14:05")
    assert out.count("thank_you") == 3 and "digest" not in out  # nothing needed the user today
    drafts = draft_files(tmp_path)
    dana = next(p for k, p in drafts.items() if "dana.whitfield" in k)
    client_sends(tmp_path, dana, at("2026-12-02T16:00"))
    next(p for k, p in drafts.items() if "wei.chen" in k).unlink()  # deleted

    # Thursday 08:05: the Globex screen is at 09:00; the onsite's thank-yous are not a day old
    assert "drafted f" in run(capsys, tmp_path, "tick", "--now", "2026-12-03T08:05")
    (thursday,) = digests(tmp_path)
    text = body(thursday)
    assert thursday["Subject"] == "Your day, Thursday: 1 interview, cards to write"
    assert "09:00 - Globex - Phone screen (Platform Engineer) with Maria Santos" in text
    assert "Thank-you notes to send" not in text  # not a day old yet
    assert "Handwritten cards to write" in text and "`followup cards i1` prints them" in text
    # the cards' line asks for the one thank-you left in the drafts first (Dana's was sent)
    assert "first send the thank-you emails to Dr. Anika Patel (by Fri Dec 4 13:00 PST)" in text

    # Thursday 13:30: status shows the one still unsent (Dana's was sent, Wei's deleted)
    data = status(capsys, tmp_path, "2026-12-03T13:30")
    (anika,) = [c for c in data["conditions"] if c["kind"].startswith("thank_you_")]
    assert anika["kind"] == "thank_you_unsent" and "Dr. Anika Patel" in anika["message"]
    assert anika["due_at"] == "2026-12-04T13:00:00-08:00"
    assert data["digest"]["date"] == "2026-12-03" and data["digest"]["state"] == "drafted"
    table = run(capsys, tmp_path, "status", "--now", "2026-12-03T13:30")
    assert "! thank_you_unsent: " in table and "send it by Fri Dec 4 13:00 PST" in table

    # Friday 08:05: the digest asks for Anika's thank-you by 13:00; a second pass adds nothing
    run(capsys, tmp_path, "tick", "--now", "2026-12-04T08:05")
    run(capsys, tmp_path, "tick", "--now", "2026-12-04T08:30")
    friday = digests(tmp_path)[1]
    text = body(friday)
    assert len(digests(tmp_path)) == 2
    assert "Thank-you notes to send" in text
    assert (
        "thank-you to Dr. Anika Patel (Acme Robotics, i1) is still in your drafts: "
        "send it by Fri Dec 4 13:00 PST" in text
    )
    assert "Dana" not in text.split("Thank-you notes")[1] and "Wei Chen" not in text

    # Saturday 08:05: Anika's is overdue; the Globex thank-you (drafted Friday) is a day old
    run(capsys, tmp_path, "tick", "--now", "2026-12-05T08:05")
    saturday = digests(tmp_path)[2]
    text = body(saturday)
    assert saturday["Subject"] == "Your day, Saturday: 1 thank-you to send, 1 overdue"
    assert "Anika Patel (Acme Robotics, i1) is overdue (it was due by Fri Dec 4 13:00 PST)" in text
    assert (
        "Maria Santos (Globex, i3) is still in your drafts: send it by Sat Dec 5 09:30 PST" in text
    )


# --------------------------------------------------------------------------- Gmail


@pytest.fixture
def gmail_home(fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    fake.client_secret(tmp_path / "client_secret.json")
    fake.write_token(tmp_path / "token.json")
    fake.calendar.put("primary", [resource(ONSITE), resource(DENTIST)])
    config = {
        "me": {"name": "Alex Candidate", "email": "alex@example.com", "timezone": ONSITE.tz},
        "calendar": {"google": {"calendars": ["primary"]}},
        "drafts": {"gmail": {}},
        "state": "followup.db",
        "google": {
            "client_secret": "client_secret.json",
            "token": "token.json",
            "api_root": fake.api_root,
            "token_uri": fake.token_uri,
        },
    }
    (tmp_path / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
    return tmp_path


def gmail_drafts(fake: FakeGoogle) -> dict[str, Message]:
    return {d: fake.gmail.messages[m].parsed() for d, m in fake.gmail.drafts.items()}


def gmail_digests(fake: FakeGoogle) -> list[str]:
    """The digests' subjects and texts, oldest first."""
    found = [m for m in gmail_drafts(fake).values() if "alex@example.com" in str(m["To"])]
    return [str(m["Subject"]) + "\n" + body(m) for m in by_date(found)]


def test_the_48_hour_watch_on_gmail(
    gmail_home: Path, fake: FakeGoogle, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, gmail_home, "tick", "--now", "2026-12-02T14:00").count("thank_you") == 3
    by_to = {str(m["To"]): d for d, m in gmail_drafts(fake).items()}
    dana = next(d for to, d in by_to.items() if str(DANA.email) in to)
    wei = next(d for to, d in by_to.items() if str(WEI.email) in to)
    fake.gmail.user_sends(dana, at=at("2026-12-02T15:00").astimezone(UTC))
    fake.gmail.user_deletes(wei)

    # Thursday 13:30: the first pass after the thank-yous are a day old drafts the digest
    out = run(capsys, gmail_home, "tick", "--now", "2026-12-03T13:30")
    assert "digest to alex@example.com" in out
    (thursday,) = gmail_digests(fake)
    assert thursday.startswith("Your day, Thursday: 1 thank-you to send, cards to write\n")
    assert f"thank-you to {ANIKA.name} (Acme Robotics, i1) is still in your drafts" in thursday
    thanks = thursday.split("Handwritten cards")[0]
    assert str(DANA.name) not in thanks and str(WEI.name) not in thanks  # sent, deleted
    assert f"first send the thank-you emails to {ANIKA.name} (by" in thursday
    conditions = status(capsys, gmail_home, "2026-12-03T13:30")["conditions"]
    assert [c["kind"] for c in conditions] == ["thank_you_unsent"]


def test_overdue_on_gmail_until_sent_and_one_digest_despite_a_lost_answer(
    gmail_home: Path, fake: FakeGoogle, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, gmail_home, "tick", "--now", "2026-12-02T14:00")
    # a lost answer while writing Saturday's digest: found again, never written twice
    fake.fail("gmail.users.drafts.create", "store_then_drop")
    argv = ["--config", str(gmail_home / "config.yaml"), "tick", "--now", "2026-12-05T08:05"]
    assert main(argv) == 1  # "looked for next pass"
    capsys.readouterr()
    run(capsys, gmail_home, "tick", "--now", "2026-12-05T08:10")
    run(capsys, gmail_home, "tick", "--now", "2026-12-05T09:00")
    (saturday,) = gmail_digests(fake)
    assert "Your day, Saturday: 3 overdue" in saturday
    assert (
        f"{ANIKA.name} (Acme Robotics, i1) is overdue (it was due by Fri Dec 4 13:00 PST)"
        in saturday
    )
    # Anika's is sent at last: the watch ends for hers
    anika = next(d for d, m in gmail_drafts(fake).items() if str(ANIKA.email) in str(m["To"]))
    fake.gmail.user_sends(anika, at=at("2026-12-05T10:00").astimezone(UTC))
    run(capsys, gmail_home, "tick", "--now", "2026-12-05T10:05")
    conditions = status(capsys, gmail_home, "2026-12-05T10:05")["conditions"]
    overdue = [c["message"] for c in conditions if c["kind"] == "thank_you_overdue"]
    assert len(overdue) == 2 and not [m for m in overdue if str(ANIKA.name) in m]

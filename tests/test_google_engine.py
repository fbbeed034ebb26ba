"""followup end to end on Google: the engine, built by ``agent.wiring`` from a config that points
at the fake Google, ticking over simulated weeks with the real googleapiclient. Thank-yous are
created once whatever happens to the answers, the user's sends and deletes in Gmail are learned,
the status check threads on the sent thank-you, a reply stops it, a 410 cancels nothing, a dead
sign-in is exit 3 with ``needs_auth``, and an idle pass costs two requests."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from agent import cli
from agent.config import Config, load_config
from agent.engine import Engine
from agent.state import State
from agent.wiring import build_engine
from tests.fake_google import FakeGoogle
from tests.fake_google.events import resource
from tests.fake_google.gmail import Message
from tests.test_lifecycle import ANIKA, DANA, DENTIST, ONSITE, WEI, at

CREATE = "gmail.users.drafts.create"


@dataclass
class World:
    fake: FakeGoogle
    path: Path  # the config file

    def config(self) -> Config:
        return load_config(self.path)

    def engine(self) -> tuple[Engine, State]:
        config = self.config()
        state = State(config.state)
        return build_engine(config, state), state

    def tick(self, when: str) -> list[str]:
        """One pass of a freshly started followup (a cron `tick`)."""
        engine, state = self.engine()
        try:
            report = engine.tick(at(when))
        finally:
            state.close()
        return sorted(f"{f.kind}:{','.join(f.to)}" for f in report.drafted)

    def states(self) -> dict[str, str]:
        state = State(self.config().state)
        try:
            return {f"{f.kind}:{','.join(f.to)}": str(f.state) for f in state.followups()}
        finally:
            state.close()

    def drafts(self) -> dict[str, Message]:
        """Gmail draft id -> its message."""
        gmail = self.fake.gmail
        return {d: gmail.messages[m] for d, m in gmail.drafts.items()}

    def draft_to(self, address: str) -> str:
        return next(d for d, m in self.drafts().items() if address in (m.header("To") or ""))


@pytest.fixture
def world(fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    fake.client_secret(tmp_path / "client_secret.json")
    fake.write_token(tmp_path / "token.json")
    fake.calendar.put("primary", [resource(ONSITE), resource(DENTIST)])
    config = {
        "me": {"name": "Alex Candidate", "email": "alex@example.com", "timezone": ONSITE.tz},
        "calendar": {"google": {"calendars": ["primary"]}},
        "drafts": {"gmail": {}},
        "state": "followup.db",
        "policy": {"reminder": {"enabled": False}},
        "google": {
            "client_secret": "client_secret.json",
            "token": "token.json",
            "api_root": fake.api_root,
            "token_uri": fake.token_uri,
        },
    }
    path = tmp_path / "config.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    return World(fake, path)


THANKS = sorted(f"thank_you:{p.email}" for p in (WEI, DANA, ANIKA))


def one_draft_per_marker(world: World) -> bool:
    """One draft per follow-up: by the Message-ID followup wrote, whatever Gmail made of it."""
    written = Counter(m.identity() for m in world.drafts().values())
    return all(n == 1 for n in written.values())


@pytest.mark.slow
@pytest.mark.parametrize("replace_ids", [False, True])
def test_thank_yous_are_created_once_despite_a_dropped_answer(
    world: World, replace_ids: bool
) -> None:
    world.fake.gmail.replace_draft_message_ids = replace_ids
    world.fake.fail(CREATE, "store_then_drop")
    first = world.tick("2026-12-02T14:00")
    assert len(first) == 2  # the third was stored, but its answer was lost
    assert len(world.drafts()) == 3
    world.tick("2026-12-02T14:10")  # recognised, not created again
    assert world.fake.count(CREATE) == 3 and len(world.drafts()) == 3
    assert sorted(k for k, v in world.states().items() if v == "drafted") == THANKS
    assert one_draft_per_marker(world)


def test_store_then_fail_and_a_slow_answer_give_one_draft_each(world: World) -> None:
    world.fake.fail(CREATE, "store_then_fail", status=503)
    world.fake.fail(CREATE, "status", status=429)  # refused: nothing stored, drafted next pass
    world.tick("2026-12-02T14:00")
    world.tick("2026-12-02T14:10")
    assert sorted(k for k, v in world.states().items() if v == "drafted") == THANKS
    assert len(world.drafts()) == 3 and one_draft_per_marker(world)


def test_sent_and_deleted_in_gmail_then_the_status_check_threads(world: World) -> None:
    assert world.tick("2026-12-02T14:00") == THANKS
    sent = world.fake.gmail.user_sends(world.draft_to(DANA.email), at=at("2026-12-02T15:00"))
    world.fake.gmail.user_deletes(world.draft_to(WEI.email))
    world.tick("2026-12-02T16:00")
    states = world.states()
    assert states[f"thank_you:{DANA.email}"] == "sent"
    assert states[f"thank_you:{WEI.email}"] == "dismissed"
    assert states[f"thank_you:{ANIKA.email}"] == "drafted"

    assert world.tick("2026-12-23T09:00") == [f"status_check:{DANA.email}"]
    check = world.drafts()[world.draft_to(DANA.email)]
    new_id = sent.header("Message-ID")
    assert new_id and new_id != sent.written_as
    assert check.header("In-Reply-To") == new_id  # Gmail's new Message-ID, not followup's
    assert new_id in (check.header("References") or "").split()
    thanks_subject = sent.header("Subject") or ""
    assert check.header("Subject") == f"Re: {thanks_subject}"
    assert not (check.header("Subject") or "").startswith("Re: Re:")
    assert check.thread_id == sent.thread_id  # Gmail's threading rule held
    assert world.tick("2026-12-23T09:30") == []


def test_a_reply_in_the_thread_means_no_status_check(world: World) -> None:
    world.tick("2026-12-02T14:00")
    sent = world.fake.gmail.user_sends(world.draft_to(DANA.email), at=at("2026-12-02T15:00"))
    world.tick("2026-12-02T16:00")
    reply = (
        f"From: Dana Whitfield <{DANA.email}>\r\nTo: alex@example.com\r\n"
        f"Subject: Re: {sent.header('Subject')}\r\nMessage-ID: <reply.1@acmerobotics.example>\r\n"
        f"In-Reply-To: {sent.header('Message-ID')}\r\n\r\n"
        "Thanks Alex, it was great meeting you. We will be in touch soon.\r\n"
    )
    world.fake.gmail.deliver(reply.encode(), at("2026-12-08T10:00"), thread_of=sent.id)
    world.tick("2026-12-08T11:00")
    assert world.tick("2026-12-23T09:00") == []
    states = world.states()
    assert states[f"status_check:{DANA.email}"] == "cancelled"
    assert len(world.drafts()) == 2  # the two thank-yous not sent


def test_410_resyncs_and_cancels_nothing(world: World) -> None:
    world.tick("2026-12-02T12:00")
    world.fake.calendar.expire_sync_tokens()
    world.fake.calendar.minimal_cancelled = True
    assert world.tick("2026-12-02T14:00") == THANKS
    syncs = [r.query for r in world.fake.requests if r.method_id == "calendar.events.list"]
    assert "syncToken" in syncs[-2] and "timeMin" in syncs[-1]


def test_a_deleted_interview_cancels_its_thank_yous(world: World) -> None:
    world.tick("2026-12-02T12:00")
    world.fake.calendar.minimal_cancelled = True  # Google promises only the id
    world.fake.calendar.delete("primary", resource(ONSITE)["id"])
    assert world.tick("2026-12-02T14:00") == []


def test_an_idle_pass_costs_one_events_list_and_one_history_list(world: World) -> None:
    engine, state = world.engine()  # the daemon: one process, many passes
    try:
        engine.tick(at("2026-12-02T14:00"))
        engine.tick(at("2026-12-02T14:05"))
        world.fake.clear_requests()
        engine.tick(at("2026-12-02T14:10"))
        assert sorted(world.fake.calls()) == ["calendar.events.list", "gmail.users.history.list"]
    finally:
        state.close()


def test_invalid_grant_is_exit_3_and_needs_auth(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.fake.write_token(world.path.parent / "token.json", expired=True)
    world.fake.revoke()
    code = cli.main(["--config", str(world.path), "tick", "--now", "2026-12-02T14:00"])
    assert code == 3
    assert "followup auth" in capsys.readouterr().err
    assert cli.main(["--config", str(world.path), "status", "--json"]) == 0
    conditions = json.loads(capsys.readouterr().out)["conditions"]
    assert [c["kind"] for c in conditions] == ["needs_auth"]
    assert world.fake.count(CREATE) == 0


def test_no_thank_you_to_someone_the_user_already_wrote_to_from_gmail(world: World) -> None:
    own = (
        f"From: Alex Candidate <alex@example.com>\r\nTo: Wei Chen <{WEI.email}>\r\n"
        "Subject: Thanks for today\r\nMessage-ID: <own.1@mail.gmail.com>\r\n\r\nThanks, Wei!\r\n"
    )
    world.fake.gmail.deliver(own.encode(), at("2026-12-02T13:30"), labels=frozenset({"SENT"}))
    assert world.tick("2026-12-02T14:00") == sorted(f"thank_you:{p.email}" for p in (DANA, ANIKA))

"""The drafts folder is the truth about drafts: a lost or moved-aside state drafts nothing again.

Each test starts from the trigger the restore hint itself gives: drafts written, some sent
(by a client that keeps the Message-ID, or one that rewrites it and drops every header of
ours), some deleted, then the state file moved aside - on a Maildir through the command line,
and on Gmail through the fake Google, where a sent message and even a draft may get a new
Message-ID and a discarded draft is gone for good.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from datetime import timedelta
from email import message_from_bytes
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

import pytest

from agent.cli import main
from agent.keyfile import KEY_NAME
from agent.model import FollowUpKey, Kind
from agent.recognition import message_id
from agent.state import RESTORE_HINT
from tests.contract.drafts_contract import written_by_an_earlier_version
from tests.fake_google import FakeGoogle
from tests.test_google_engine import World, world  # noqa: F401 (the Gmail world fixture)
from tests.test_lifecycle import DANA, WEI, at

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"  # the demo's four thank-yous are due


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Mail/Drafts, sent_maildir: Mail/Sent}\n"
        "state: state/followup.db\n",
        encoding="utf-8",
    )
    return config


def cli(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out + err


def files(folder: Path) -> list[Path]:
    return sorted(p for sub in ("new", "cur") for p in (folder / sub).glob("*") if p.is_file())


def read(path: Path) -> Message:
    return message_from_bytes(path.read_bytes())


def client_sends(home: Path, path: Path, minutes: int, new_id: bool) -> None:
    """A mail client sends the draft: it leaves Drafts, a copy lands in Sent."""
    copy = read(path)
    del copy["Date"]
    copy["Date"] = format_datetime(at(NOW) + timedelta(minutes=minutes))
    if new_id:
        del copy["Message-ID"]
        copy["Message-ID"] = f"<rewritten.{minutes}@mail.example>"
    sent = home / "Mail" / "Sent"
    for sub in ("tmp", "new", "cur"):
        (sent / sub).mkdir(parents=True, exist_ok=True)
    (sent / "cur" / f"{path.name.split(':')[0]}:2,S").write_bytes(copy.as_bytes())
    path.unlink()


def move_aside(state: Path) -> None:
    """What the restore hint says: the state file (and its side files) moved aside."""
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{state}{suffix}")
        if side.exists():
            side.rename(Path(f"{side}.aside"))


def followup_states(capsys: pytest.CaptureFixture[str], config: Path, now: str) -> list[str]:
    code, out = cli(capsys, config, "status", "--json", "--now", now)
    assert code == 0, out
    data = json.loads(out)
    return sorted(
        f"{f['kind']}:{','.join(f['to'])}:{f['state']}"
        for p in data["processes"]
        for f in p["followups"]
        if f["kind"] == "thank_you"
    )


def test_a_state_moved_aside_drafts_nothing_again_on_a_maildir(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo.parent
    code, out = cli(capsys, demo, "tick", "--now", NOW)
    assert code == 0 and out.count("drafted ") == 5  # four thank-yous, the morning digest
    drafts = [p for p in files(home / "Mail" / "Drafts") if "alex@" not in str(read(p)["To"])]
    client_sends(home, drafts[0], 5, new_id=False)
    client_sends(home, drafts[1], 6, new_id=True)  # a new Message-ID: the journal knows it
    drafts[2].unlink()  # deleted: only the journal beside the drafts knows it was written
    cli(capsys, demo, "tick", "--now", "2026-12-03T11:20")  # learned by the state...
    before = followup_states(capsys, demo, "2026-12-03T11:30")

    move_aside(home / "state" / "followup.db")
    code, out = cli(capsys, demo, "tick", "--now", "2026-12-03T11:30")
    assert code == 0 and "drafted " not in out, out
    assert len(files(home / "Mail" / "Drafts")) == 2  # a thank-you and the digest
    assert len(files(home / "Mail" / "Sent")) == 2
    assert followup_states(capsys, demo, "2026-12-03T11:31") == before
    assert [s.rsplit(":", 1)[1] for s in before].count("dismissed") == 1

    # and nothing later either: the status checks come once, the thank-yous never again
    code, out = cli(capsys, demo, "tick", "--now", "2026-12-23T10:00")
    assert "thank_you" not in out
    move_aside(home / "state" / "followup.db")
    code, out = cli(capsys, demo, "tick", "--now", "2026-12-23T10:30")
    assert code == 0 and "drafted " not in out, out


def test_without_the_record_old_follow_ups_are_skipped_and_released_on_request(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo.parent
    cli(capsys, demo, "tick", "--now", NOW)
    for path in files(home / "Mail" / "Drafts"):
        path.unlink()  # the user deleted every draft...
    (home / "Mail" / "Drafts" / "followup-drafts.jsonl").unlink()  # ...and the journal
    move_aside(home / "state" / "followup.db")

    # The next day the phone screen's thank-you (due 10:30 yesterday) is still within
    # its 48 hours, but nothing can tell whether it was drafted and deleted: it is skipped.
    code, out = cli(capsys, demo, "tick", "--now", "2026-12-04T13:30")
    drafted = [line for line in out.splitlines() if line.startswith("drafted ")]
    assert code == 0 and [line.split()[2:] for line in drafted] == [
        ["digest", "to", "alex@example.com"]  # the user's morning digest says what was skipped
    ], out
    code, out = cli(capsys, demo, "status", "--json", "--now", "2026-12-04T13:31")
    data = json.loads(out)
    (skipped,) = [c["message"] for c in data["conditions"] if c["kind"] == "drafts_skipped"]
    held = [f for p in data["processes"] for f in p["followups"] if f["held"] == "unrecorded"]
    assert [f["to"] for f in held] == [["maria.santos@globex.example"]]
    assert held[0]["id"] in skipped and "followup release" in skipped

    code, out = cli(capsys, demo, "release", held[0]["id"], "--now", "2026-12-04T13:32")
    assert code == 0, out
    code, out = cli(capsys, demo, "tick", "--now", "2026-12-04T13:35")
    assert out.count("drafted ") == 1 and "maria.santos@globex.example" in out


def test_the_message_id_shows_no_tool_and_its_key_is_kept_beside_the_config(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = demo.parent
    cli(capsys, demo, "tick", "--now", NOW)
    key = home / KEY_NAME
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert key.read_text().strip() not in (home / "state" / "followup.db").read_bytes().decode(
        "latin-1"
    )
    for path in files(home / "Mail" / "Drafts"):
        mid = str(read(path)["Message-ID"])
        assert re.fullmatch(r"<[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}@example\.com>", mid)
        assert "followup" not in mid.lower()
    written = {str(read(p)["Message-ID"]) for p in files(home / "Mail" / "Drafts")}
    cli(capsys, demo, "tick", "--now", "2026-12-03T11:05")
    assert key.read_text() == key.read_text()  # the same key: nothing new written
    round_ = FollowUpKey("p1", "x", Kind.THANK_YOU, "a@b.example")
    secret = bytes.fromhex(key.read_text().strip())
    assert message_id(secret, round_, "alex@example.com") != message_id(
        b"another key", round_, "alex@example.com"
    )
    assert len(written) == 5  # four thank-yous and the morning digest, each its own


def test_the_restore_hint_says_what_starting_afresh_does() -> None:
    assert "drafts again" not in RESTORE_HINT
    assert "recognised" in RESTORE_HINT and "not drafted again" in RESTORE_HINT


# --------------------------------------------------------------------------- Gmail


def _gmail_states(world: World) -> list[str]:  # noqa: F811
    return sorted(f"{k}:{v}" for k, v in world.states().items() if k.startswith("thank_you"))


@pytest.mark.parametrize("replace_ids", [False, True])
def test_a_state_moved_aside_drafts_nothing_again_on_gmail(
    world: World,  # noqa: F811
    fake: FakeGoogle,
    replace_ids: bool,
) -> None:
    fake.gmail.replace_draft_message_ids = replace_ids  # Gmail may give drafts its own ids
    assert len(world.tick("2026-12-02T14:00")) == 3
    gmail = fake.gmail
    for draft_id, msg in list(world.drafts().items()):
        to = msg.header("To") or ""
        if WEI.email in to:
            # a new Message-ID, as Gmail gives a sent message, and none of our headers
            gmail.user_sends(draft_id, keep_marker=False, at=at("2026-12-02T14:03"))
        elif DANA.email in to:
            gmail.user_deletes(draft_id)  # discarded: gone for good, not even in Trash
    world.tick("2026-12-02T14:05")  # the sent and the deleted one learned
    before = _gmail_states(world)
    assert {s.rsplit(":", 1)[1] for s in before} == {"sent", "dismissed", "drafted"}

    state = Path(world.config().state)
    move_aside(state)
    creates = fake.count("gmail.users.drafts.create")
    assert world.tick("2026-12-02T14:30") == []
    assert fake.count("gmail.users.drafts.create") == creates
    assert _gmail_states(world) == before


def test_a_draft_moved_to_trash_is_known_deleted_without_any_record(
    world: World,  # noqa: F811
    fake: FakeGoogle,
) -> None:
    world.tick("2026-12-02T14:00")
    (first, *_) = world.drafts()
    fake.gmail.user_trashes(first)
    (Path(world.path).parent / "gmail-drafts.jsonl").unlink()
    move_aside(Path(world.config().state))
    assert world.tick("2026-12-02T14:30") == []
    assert sorted(v for k, v in world.states().items() if k.startswith("thank_you")) == [
        "dismissed",
        "drafted",
        "drafted",
    ]


# --------------------------------------------------------------------------- cost


def test_a_pass_with_nothing_new_looks_at_the_drafts_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thousand drafts cost one look per pass, not one per draft (which made a re-tick
    quadratic: 1,000 drafts took 6-7 s)."""
    from agent.compose import Composer
    from agent.engine import Engine, Settings
    from agent.model import Policy
    from agent.sinks import maildir
    from agent.sources.memory import MemoryCalendar
    from agent.state import State
    from tests.test_bounds import _interview
    from tests.test_lifecycle import ME

    interviews = [_interview(n) for n in range(120)]
    calendar = MemoryCalendar("cal", interviews)
    policy = Policy(reminder_enabled=False, max_drafts_per_pass=1000)
    state = State(tmp_path / "followup.db")
    settings = Settings(me=ME, policy=policy)

    def engine() -> tuple[Engine, maildir.MaildirSink]:  # a new `followup tick` each time
        sink = maildir.MaildirSink(tmp_path / "Drafts", tmp_path / "Sent")
        return Engine(state, settings, [calendar], sink, Composer()), sink

    drafted = engine()[0].tick(at("2026-12-02T14:00")).drafted
    assert len(drafted) == 120
    looks: list[Path] = []
    scan = maildir.HeaderScanner.scan

    def counted(self: maildir.HeaderScanner) -> list[maildir.MessageHeaders]:
        looks.append(self.root)
        return scan(self)

    monkeypatch.setattr(maildir.HeaderScanner, "scan", counted)
    report = engine()[0].tick(at("2026-12-02T15:00"))
    assert report.drafted == [] and report.failed == []
    assert looks.count(tmp_path / "Drafts") <= 1
    assert looks.count(tmp_path / "Sent") <= 1


def test_drafts_of_an_earlier_version_are_recognised_by_a_new_state(tmp_path: Path) -> None:
    """Drafts written before this version carry X-Followup-Key (a hash of the key with its
    process id) and a <followup.MARKER@...> Message-ID; a new state numbers processes afresh,
    yet finds them, present or sent, and drafts nothing again."""
    from agent.compose import Composer
    from agent.engine import Engine, Settings
    from agent.model import Policy
    from agent.ports import Draft
    from agent.recognition import legacy_message_id
    from agent.sinks.maildir import MaildirSink
    from agent.sources.memory import MemoryCalendar
    from agent.state import State
    from tests.test_lifecycle import ANIKA, DENTIST, ME, ONSITE

    sink = MaildirSink(tmp_path / "Drafts", tmp_path / "Sent")
    with written_by_an_earlier_version(sink):
        for n, person in enumerate((WEI, DANA, ANIKA)):
            key = FollowUpKey("p7", ONSITE.key, Kind.THANK_YOU, person.email or "")
            sink.create(
                Draft(
                    marker=key.marker,
                    message_id=legacy_message_id(key.marker, ME.email),
                    from_name=ME.name,
                    from_addr=ME.email,
                    to=((person.name, person.email or ""),),
                    subject=f"Thank you ({n})",
                    text="Thank you.\n",
                    date_at=at("2026-12-02T14:00"),
                )
            )
    (first, *_) = files(tmp_path / "Drafts")
    sent = read(first)
    del sent["Message-ID"]
    sent["Message-ID"] = "<rewritten@mail.example>"  # sent by a client that rewrote its id
    (tmp_path / "Sent" / "cur").mkdir(parents=True)
    (tmp_path / "Sent" / "cur" / "s1:2,S").write_bytes(sent.as_bytes())
    first.unlink()

    state = State(tmp_path / "followup.db")  # a new state: this process is p1, not p7
    settings = Settings(me=ME, policy=Policy(reminder_enabled=False))
    calendar = MemoryCalendar("cal", [ONSITE, DENTIST])
    report = Engine(state, settings, [calendar], sink, Composer()).tick(at("2026-12-02T15:00"))
    assert report.drafted == []
    assert sorted(str(f.state) for f in report.recognised) == ["drafted", "drafted", "sent"]
    assert {f.key.process for f in report.recognised} == {"p1"}


def test_a_draft_of_one_follow_up_is_never_taken_for_another_with_the_same_subject() -> None:
    """Two rounds with the same interviewer get thank-yous with the same recipient and subject:
    the first one's draft carries its own Message-ID, so it is never the second one's (by
    fingerprint) and the second is still written. A Message-ID rewritten by a client is still
    matched by fingerprint."""
    from datetime import UTC, datetime

    from agent.ports import Recognition
    from agent.recognition import is_own_message_id
    from agent.sinks import MailIndex, Seen

    secret = b"k" * 32
    first = FollowUpKey("p1", "round-1", Kind.THANK_YOU, "dana")
    second = FollowUpKey("p1", "round-2", Kind.THANK_YOU, "dana")
    at_ = datetime(2026, 12, 3, 11, tzinfo=UTC)
    drafted = Seen(message_id(secret, first, "alex@example.com"), None,
                   ("dana@acme.example",), "Thank you", at_)  # fmt: skip
    index = MailIndex([drafted], lambda seen: seen)
    wanted = Recognition(
        digest="d2",
        message_ids=(message_id(secret, second, "alex@example.com"),),
        to=("dana@acme.example",),
        subject="Thank you",
        not_before=at_ - timedelta(hours=1),
        claimed=lambda mid: is_own_message_id(secret, mid),
    )
    assert is_own_message_id(secret, drafted.message_id)
    assert not is_own_message_id(b"other" * 8, drafted.message_id)
    assert index.find(wanted) is None
    rewritten = MailIndex([Seen("<CAF00@mail.example>", None, drafted.to, "Thank you", at_)],
                          lambda seen: seen)  # fmt: skip
    assert rewritten.find(wanted) is not None

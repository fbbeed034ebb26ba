"""Crash consistency of a real ``followup tick``: SIGKILL at chosen points, restart, check.

A scenario (``Scenario``) is a home folder - a generated calendar of many interviews with
panels, a config, a Maildir for drafts and one for sent mail - and the passes a user's machine
makes over six weeks: the morning digests, the thank-yous, a mail client that sends some drafts
and deletes others, the status checks and the check-ins. ``Baseline`` runs each pass once without
faults, keeping a copy of the home before it and the follow-up states after it (the expected
result), and counts in-process how often each engine hook point is reached.

A trial copies the home from before one pass and runs ``followup tick`` as a process of its own
(forked from a warmed zygote, ``zygote.py``; ``--exec``: started as ``python -m agent``) with
``$FOLLOWUP_CRASH_AT=<point>:<n>`` (``agent.wiring.crash_hook``: SIGKILL at the n-th time the
engine reaches ``point``), or kills it after a random delay (any instant, inside the sink's file
writes included); it restarts the pass with the next fault, and finally without one, until a pass
completes. Then it checks the home: each follow-up key has at most one message in Drafts and
Sent together, no follow-up that the baseline drafted or saw sent is lost, no draft file is
unknown to the state, every follow-up ends in the state the baseline reached, and the state file
passes ``PRAGMA integrity_check``.

With ``google=True`` the same calendar is in a fake Google (``google_world.py``) and the drafts
go to its Gmail: each trial runs on its own copy of the Google the pass began with, every pass
refreshes the token, and the check counts markers over Gmail's drafts and sent mail and counts
requests to a send path (there must be none).

With ``imap`` the calendar is the same file and the drafts go to the Drafts folder of an account
on a real Dovecot (``imap_world.py``): each trial runs on its own copy of the mailbox the pass
began with, and besides the engine's points a pass is killed at ``after_append``, inside the
sink, between the server's answer to APPEND and the record of the draft. The check counts
markers over the Drafts and Sent folders.

Run as a script (``scripts/crash-run``, ``--google`` or ``--imap``) for the full run;
``tests/test_crash.py`` runs a sample of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import Message
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

try:  # as crash.py is imported: reliability.crash (tests/ on sys.path) or tests.reliability.crash
    from reliability import google_world, imap_world
    from reliability.zygote import Zygote
except ImportError:  # run as ``python -m tests.reliability.crash``
    from tests.reliability import google_world, imap_world
    from tests.reliability.zygote import Zygote

if TYPE_CHECKING:
    from tests.fake_google import FakeGoogle
    from tests.servers import Dovecot

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("America/Los_Angeles")
#: Where a test's mail client keeps the Message-ID it replaced (followup ignores the header):
#: the checks count one message per follow-up by the Message-ID followup wrote.
WRITTEN_AS = imap_world.WRITTEN_AS
ME_EMAIL = "alex@example.com"  # me.email of CONFIG
KEY_NAME = "followup.key"  # beside config.yaml (agent.keyfile)
#: Every hook point of ``agent.engine.Hook``.
POINTS = (
    "after_sync",
    "after_detect",
    "before_plan",
    "after_plan",
    "before_reconcile",
    "after_reconcile",
    "before_journal",
    "after_journal",
    "after_create",
    "after_drafted",
)
#: Points inside a sink (the IMAP sink's, between the server's answer and the record).
SINK_POINTS = ("after_append",)
ALL_POINTS = POINTS + SINK_POINTS
TIMED = "timer"  # SIGKILL after a delay
TERM = "term"  # SIGTERM after a delay
ASIDE = "aside"  # not a kill: the state file is moved aside before the next attempt
#: Follow-up states in which a draft of followup's may still sit in Drafts.
WITH_DRAFT = {"drafted", "cancelled", "superseded"}
#: A pass that was not killed must end with one of these (CONTRACT.md: 0 ok, 1 partial).
COMPLETED = (0, 1)
KILLED = (-signal.SIGKILL, -signal.SIGTERM)

# --------------------------------------------------------------------------- the calendar

COMPANIES = (
    ("Acme Robotics", "acmerobotics.example", ("Wei Chen", "Dana Whitfield", "Anika Patel")),
    ("Globex", "globex.example", ("Maria Santos", "Tom Becker", "Ines Duarte", "Raj Iyer")),
    ("Initech", "initech.example", ("Peter Gibbons", "Joanna Lee", "Bill Lumbergh")),
    ("Umbrella Labs", "umbrellalabs.example", ("Ada Wong", "Leon Kennedy", "Claire Redfield")),
    ("Hooli", "hooli.example", ("Gavin Belson", "Jian Yang", "Monica Hall", "Dinesh Chugtai")),
    ("Stark Industries", "starkindustries.example", ("Pepper Potts", "Happy Hogan")),
)
INTERVIEW_DAY = datetime(2026, 12, 2, tzinfo=TZ)  # a Wednesday


def _stamp(at: datetime) -> str:
    return at.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    chunks = [line[i : i + 70] for i in range(0, len(line), 70)]
    return "\r\n ".join(chunks)


def _vevent(
    index: int, company: str, domain: str, panel: Sequence[str], day: datetime
) -> list[str]:
    start_at = day.replace(hour=9 + index, minute=0, second=0, microsecond=0)
    local = lambda name: name.lower().replace(" ", ".")  # noqa: E731
    itinerary = "\\n".join(
        f"{9 + index}:{15 * i:02d} Session {i + 1} - {n}" for i, n in enumerate(panel)
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:crash-{index}@followup.example",
        f"DTSTAMP:{_stamp(day - timedelta(days=10))}",
        f"DTSTART:{_stamp(start_at)}",
        f"DTEND:{_stamp(start_at + timedelta(hours=1))}",
        f"SUMMARY:Onsite interview: Backend Engineer - {company}",
        f"DESCRIPTION:Your onsite for the Backend Engineer role.\\n\\nItinerary\\n{itinerary}"
        "\\n\\nNext steps: we will get back to you within two weeks.",
        f"ORGANIZER;CN=Recruiting {company}:mailto:recruiting@{domain}",
        "ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:alex@example.com",
        *(f"ATTENDEE;PARTSTAT=ACCEPTED;CN={n}:mailto:{local(n)}@{domain}" for n in panel),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return [_fold(line) for line in lines]


def calendar_text(day: datetime = INTERVIEW_DAY) -> str:
    """Six onsite interviews with panels on ``day`` (in Los Angeles), from 09:00 on the hour."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup//crash suite//EN"]
    for index, (company, domain, panel) in enumerate(COMPANIES):
        lines += _vevent(index, company, domain, panel, day)
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


CONFIG = """\
me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}
calendar: {ics: calendar.ics}
drafts: {maildir: Mail/Drafts, sent_maildir: Mail/Sent}
state: state/followup.db
"""


def make_home(home: Path, day: datetime = INTERVIEW_DAY) -> Path:
    home.mkdir(parents=True)
    (home / "calendar.ics").write_text(calendar_text(day))
    (home / "config.yaml").write_text(CONFIG)
    return home


# --------------------------------------------------------------------------- the mail client


def message_files(maildir: Path) -> list[Path]:
    return sorted(p for sub in ("new", "cur") for p in (maildir / sub).glob("*") if p.is_file())


def _read(path: Path) -> Message:
    return message_from_bytes(path.read_bytes())


def client_sends(home: Path, path: Path, at: datetime, new_message_id: bool) -> None:
    """What a mail client does: the draft leaves Drafts and a copy lands in Sent."""
    copy = _read(path)
    del copy["Date"]
    copy["Date"] = format_datetime(at)
    if new_message_id:
        copy[WRITTEN_AS] = str(copy["Message-ID"])  # the tests' record, ignored by followup
        del copy["Message-ID"]
        copy["Message-ID"] = f"<rewritten.{path.name.split(':')[0]}@mail.example>"
    sent = home / "Mail" / "Sent"
    for sub in ("tmp", "new", "cur"):
        (sent / sub).mkdir(parents=True, exist_ok=True)
    (sent / "cur" / f"{path.name.split(':')[0]}:2,S").write_bytes(copy.as_bytes())
    path.unlink()


def user_acts(home: Path, at: datetime) -> None:
    """The user's day: drafts without an address deleted; of the others, a third sent, a third
    deleted."""
    drafts = message_files(home / "Mail" / "Drafts")
    ordered = sorted(drafts, key=lambda p: (str(_read(p)["To"]), p.name))
    for i, path in enumerate(ordered):
        if not _read(path)["To"] or i % 3 == 1:
            path.unlink()
        elif i % 3 == 0:
            client_sends(home, path, at + timedelta(minutes=i), new_message_id=i % 2 == 0)


@dataclass(frozen=True)
class Phase:
    now: str  # --now of the pass, in me.timezone
    user_acts_after: bool = False


PHASES = (
    Phase("2026-12-02T08:30"),  # the morning digest
    Phase("2026-12-03T10:00", user_acts_after=True),  # the thank-yous
    Phase("2026-12-23T10:00", user_acts_after=True),  # sends seen; the status checks
    Phase("2027-01-07T10:00"),  # the check-ins
)


def at_of(now: str) -> datetime:
    return datetime.fromisoformat(now).replace(tzinfo=TZ)


# --------------------------------------------------------------------------- one pass


def tick_command(home: Path, now: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "agent",
        "--config",
        str(home / "config.yaml"),
        "tick",
        "--now",
        now,
    ]


def _env(fault: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_CRASH_AT"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["FOLLOWUP_PASS_WAIT"] = "10"
    env["OAUTHLIB_INSECURE_TRANSPORT"] = "1"  # the fake Google's token endpoint is http
    env[imap_world.PASSWORD_ENV] = imap_world.PASSWORD  # the test Dovecot's
    if fault:
        env["FOLLOWUP_CRASH_AT"] = fault
    return env


def run_tick(home: Path, now: str, fault: str | None = None, zygote: Zygote | None = None) -> int:
    """One ``followup tick`` process; its return code (-9 when killed). ``zygote``: forked
    from it (``zygote.py``), else started as ``python -m agent``."""
    kind, _, delay = (fault or "").partition(":")
    if zygote is not None:
        timed = kind in (TIMED, TERM)
        code, stderr = zygote.run(
            tick_command(home, now)[3:],
            _env(None if timed else fault),
            kill_after=float(delay) if timed else None,
            signum=signal.SIGTERM if kind == TERM else signal.SIGKILL,
        )
        if code not in (*COMPLETED, *KILLED):
            raise RuntimeError(f"tick exited {code}: {stderr[-2000:]}")
        return code
    if kind in (TIMED, TERM):
        return _run_timed(home, now, float(delay), signal.SIGTERM if kind == TERM else None)
    done = subprocess.run(
        tick_command(home, now), env=_env(fault), capture_output=True, timeout=120, check=False
    )
    if done.returncode not in (*COMPLETED, *KILLED):
        raise RuntimeError(f"tick exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return done.returncode


def _run_timed(home: Path, now: str, delay: float, signum: int | None) -> int:
    proc = subprocess.Popen(
        tick_command(home, now), env=_env(None), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signum or signal.SIGKILL)
    proc.wait()
    assert proc.stderr is not None
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    if proc.returncode not in (*COMPLETED, *KILLED):
        raise RuntimeError(f"tick exited {proc.returncode}: {stderr[-2000:]}")
    return proc.returncode


# --------------------------------------------------------------------------- the baseline


@dataclass
class Baseline:
    """Each pass run once without faults: the home before it, the states after, the points."""

    root: Path
    google: bool = False
    imap: Dovecot | None = None  # the server holding the drafts (IMAP)
    user: str = ""  # the baseline's account on it
    expected: list[dict[str, str]] = field(default_factory=list)  # follow-up key -> state
    points: list[Counter[str]] = field(default_factory=list)  # hook point -> times reached
    seconds: list[float] = field(default_factory=list)  # a clean pass's duration
    fakes: list[FakeGoogle] = field(default_factory=list)  # Google as each pass began (google)
    zygote: Zygote | None = None  # the passes forked from it (else ``python -m agent``)

    def before(self, phase: int) -> Path:
        return self.root / f"before-{phase}"

    def mailbox(self, phase: int) -> Path:
        """The IMAP account's folders as pass ``phase`` began."""
        return self.root / f"mailbox-{phase}"

    @classmethod
    def build(
        cls,
        root: Path,
        google: bool = False,
        phases: int = len(PHASES),
        imap: Dovecot | None = None,
        counted: Collection[int] | None = None,
        zygote: Zygote | None = None,
    ) -> Baseline:
        """The first ``phases`` passes (all by default) run once without faults; ``imap``: the
        drafts in an account on that server; the hook points are counted in the passes
        ``counted`` (all by default; the others count none); ``zygote``: every pass of the
        baseline and of its trials forked from it."""
        baseline = cls(root, google, imap, zygote=zygote)
        home = make_home(root / "home")
        if imap is not None:
            baseline.user = imap_world.new_user(imap, "crash")
            imap_world.first_login(imap, baseline.user)
            imap_world.point_at(home, imap, baseline.user)
        with maybe_google(google) as fake:
            for index, phase in enumerate(PHASES[:phases]):
                baseline._snapshot(home, index, fake, counted is None or index in counted)
                if fake is not None:
                    google_world.point_at(home, fake)
                started = time.monotonic()
                code = run_tick(home, phase.now, zygote=zygote)
                baseline.seconds.append(time.monotonic() - started)
                if code not in COMPLETED:
                    raise RuntimeError(f"the clean pass at {phase.now} exited {code}")
                baseline.expected.append(followup_states(home))
                if phase.user_acts_after:
                    acts_at = at_of(phase.now) + timedelta(hours=1)
                    if fake is not None:
                        google_world.user_acts(fake, acts_at)
                    elif imap is not None:
                        imap_world.user_acts(imap, baseline.user, acts_at)
                    else:
                        user_acts(home, acts_at)
        return baseline

    def _snapshot(self, home: Path, index: int, fake: FakeGoogle | None, count: bool) -> None:
        shutil.copytree(home, self.before(index))
        if fake is not None:
            self.fakes.append(fake.clone())
        if self.imap is not None:
            imap_world.save_mailbox(self.imap, self.user, self.mailbox(index))
        if not count:
            self.points.append(Counter())
            return
        now = PHASES[index].now
        imap = self.on_imap(index)
        try:
            self.points.append(
                count_points(self.before(index), now, self.root / "count", fake, imap)
            )
        finally:
            if imap is not None:
                shutil.rmtree(imap[0].maildir(imap[1]), ignore_errors=True)

    def on_imap(self, phase: int) -> tuple[Dovecot, str, str] | None:
        """A new account holding the mailbox pass ``phase`` began with, and the baseline's
        account it copies (None unless on IMAP)."""
        if self.imap is None:
            return None
        user = imap_world.new_user(self.imap, "trial")
        imap_world.restore_mailbox(self.imap, self.mailbox(phase), user)
        return self.imap, user, self.user

    def fake_of(self, phase: int) -> FakeGoogle | None:
        """A started copy of the Google pass ``phase`` began with (None on a Maildir)."""
        return self.fakes[phase].clone().start() if self.google else None


@contextmanager
def maybe_google(google: bool) -> Iterator[FakeGoogle | None]:
    """A started fake Google holding the interviews (None for the Maildir scenario)."""
    if not google:
        yield None
        return
    fake = google_world.new_fake(COMPANIES, INTERVIEW_DAY).start()
    try:
        yield fake
    finally:
        fake.stop()


@contextmanager
def insecure_token_uri() -> Iterator[None]:
    """oauthlib refuses an http token URI unless told (the fake's, in this process)."""
    name = "OAUTHLIB_INSECURE_TRANSPORT"
    saved = os.environ.get(name)
    os.environ[name] = "1"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


def count_points(
    before: Path,
    now: str,
    scratch: Path,
    fake: FakeGoogle | None = None,
    imap: tuple[Dovecot, str, str] | None = None,
) -> Counter[str]:
    """How often each hook point is reached in a clean pass (in-process, on a copy; ``imap``:
    the server, the account holding the copy of the mailbox, the account copied)."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(before, scratch)
    twin = fake.clone().start() if fake is not None else None
    if twin is not None:
        google_world.point_at(scratch, twin)
    if imap is not None:
        imap_world.point_at(scratch, *imap)
    reached: Counter[str] = Counter()
    try:
        with insecure_token_uri(), imap_world.password_set():
            tick_in_process(scratch, now, hook=lambda point: reached.update([point]))
    finally:
        if twin is not None:
            twin.stop()
    shutil.rmtree(scratch)
    return reached


def tick_in_process(home: Path, now: str, hook: Callable[[str], None] | None = None) -> None:
    """A pass of ``followup tick`` in this process (``hook``: the engine's)."""
    from agent.config import load_config
    from agent.state import State
    from agent.wiring import build_engine

    config = load_config(home / "config.yaml")
    state = State(config.state)
    try:
        build_engine(config, state, hook=hook).tick(at_of(now))
    finally:
        state.close()


def followup_states(home: Path) -> dict[str, str]:
    db = sqlite3.connect(home / "state" / "followup.db")
    try:
        return dict(db.execute("SELECT key, state FROM followups").fetchall())
    finally:
        db.close()


# --------------------------------------------------------------------------- checking


@dataclass
class Check:
    """What one home shows after its pass completed."""

    duplicates: int = 0  # extra messages for one follow-up key (Drafts and Sent together)
    losses: int = 0  # follow-ups the baseline drafted or saw sent, now without them
    orphans: int = 0  # draft files whose key the state does not know, or thinks undrafted
    mismatches: list[str] = field(default_factory=list)  # key: expected -> actual
    integrity_ok: bool = True
    sends: int = 0  # requests to a send path (or refused by the fake Google)

    @property
    def ok(self) -> bool:
        clean = not (self.duplicates or self.losses or self.orphans or self.mismatches)
        return clean and self.integrity_ok and not self.sends


def _identities(maildir: Path) -> Counter[str]:
    """Messages per follow-up: by the Message-ID followup wrote (``WRITTEN_AS`` where the
    client replaced it)."""
    found: Counter[str] = Counter()
    for path in message_files(maildir):
        message = _read(path)
        found[str(message[WRITTEN_AS] or message["Message-ID"] or "")] += 1
    return found


def check_home(
    home: Path,
    expected: dict[str, str],
    fake: FakeGoogle | None = None,
    imap: tuple[Dovecot, str] | None = None,
    fresh_state: bool = False,
) -> Check:
    """``fresh_state``: the state was moved aside during the pass, so the new one holds only what
    it learned from the folders: every follow-up the baseline drafted or saw sent must still
    have its one message (no duplicate, no loss) and be drafted, sent or dismissed, but the
    rows the old state kept of what never reached a folder (cancelled, superseded, expired)
    are not compared."""
    check = Check()
    db = sqlite3.connect(home / "state" / "followup.db")
    try:
        check.integrity_ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT key, state, data FROM followups").fetchall()
    finally:
        db.close()
    actual = {key: state for key, state, _ in rows}
    identity_of = _identities_of(home)
    marker_state = {identity_of(key): state for key, state, _ in rows}
    if fake is not None:
        drafts, sent = google_world.markers(fake)
        check.sends = google_world.send_requests(fake)
    elif imap is not None:
        drafts, sent = imap_world.markers(*imap)
    else:
        drafts, sent = _identities(home / "Mail" / "Drafts"), _identities(home / "Mail" / "Sent")
    both = drafts + sent
    check.duplicates = sum(n - 1 for n in both.values() if n > 1)
    if fresh_state:  # a morning digest of an earlier day is no follow-up a new state plans
        earlier = _earlier_digests(expected)
        expected = {key: state for key, state in expected.items() if key not in earlier}
        drafts = Counter({m: n for m, n in drafts.items() if m not in map(identity_of, earlier)})
    check.orphans = sum(1 for m in drafts if marker_state.get(m) not in WITH_DRAFT)
    if fresh_state:
        for key, state in expected.items():
            got = actual.get(key)
            if state in ("drafted", "sent") and (
                got not in ("drafted", "sent", "dismissed") or not both[identity_of(key)]
            ):
                check.losses += 1
                check.mismatches.append(f"{key}: {state} -> {got}")
        return check
    for key, state in expected.items():
        got = actual.get(key)
        if got != state:
            check.mismatches.append(f"{key}: {state} -> {got}")
        if state in ("drafted", "sent") and (got != state or not both[identity_of(key)]):
            check.losses += 1
    check.mismatches += [f"{key}: none -> {actual[key]}" for key in actual if key not in expected]
    return check


def _earlier_digests(expected: dict[str, str]) -> set[str]:
    """The morning digests of days before the pass's own (the latest day among them)."""
    from agent.model import FollowUpKey, Kind

    digests = {k: FollowUpKey.parse(k).round for k in expected}
    digests = {k: day for k, day in digests.items() if FollowUpKey.parse(k).kind is Kind.DIGEST}
    latest = max(digests.values(), default="")
    return {key for key, day in digests.items() if day < latest}


def _identities_of(home: Path) -> Callable[[str], str]:
    """The Message-ID the follow-up of a state key has in its draft (``agent.recognition``)."""
    from agent.keyfile import load_key
    from agent.model import FollowUpKey
    from agent.recognition import message_id

    loaded = load_key(home / KEY_NAME, create=False)
    secret = loaded[0] if loaded else b""
    return lambda key: message_id(secret, FollowUpKey.parse(key), ME_EMAIL)


# --------------------------------------------------------------------------- trials


@dataclass(frozen=True)
class Trial:
    phase: int
    faults: tuple[str, ...]  # "<point>:<n>" or "timer:<seconds>", one per attempt


@dataclass
class TrialResult:
    trial: Trial
    kills: list[str]  # the faults that killed a pass
    attempts: int
    check: Check


def run_trial(baseline: Baseline, trial: Trial, scratch: Path) -> TrialResult:
    home = scratch / "home"
    shutil.copytree(baseline.before(trial.phase), home)
    fake = baseline.fake_of(trial.phase)
    imap = baseline.on_imap(trial.phase)
    try:
        if fake is not None:
            google_world.point_at(home, fake)
        if imap is not None:
            imap_world.point_at(home, *imap)
        now = PHASES[trial.phase].now
        kills, attempts = _until_complete(home, now, trial.faults, baseline.zygote)
        account = (imap[0], imap[1]) if imap is not None else None
        aside = ASIDE in trial.faults
        check = check_home(home, baseline.expected[trial.phase], fake, account, fresh_state=aside)
    finally:
        if fake is not None:
            fake.stop()
        if imap is not None:
            shutil.rmtree(imap[0].maildir(imap[1]), ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    return TrialResult(trial, kills, attempts, check)


def _until_complete(
    home: Path, now: str, faults: Sequence[str], zygote: Zygote | None = None
) -> tuple[list[str], int]:
    """Run the pass with each fault in turn, then without, until one completes: the faults
    that killed a pass, and the processes started."""
    kills: list[str] = []
    attempts = 0
    code = KILLED[0]
    for fault in faults:
        if fault == ASIDE:  # what the restore hint says to do: start afresh
            move_state_aside(home)
            continue
        attempts += 1
        code = run_tick(home, now, fault, zygote)
        if code not in KILLED:
            break
        kills.append(fault)
    while code in KILLED:  # restart until a pass completes
        attempts += 1
        code = run_tick(home, now, zygote=zygote)
    return kills, attempts


def move_state_aside(home: Path) -> None:
    """The state file and its side files renamed: the next pass begins a new state."""
    state = home / "state" / "followup.db"
    for suffix in ("", "-wal", "-shm"):
        side = Path(f"{state}{suffix}")
        if side.exists():
            side.rename(Path(f"{side}.aside"))


def point_faults(baseline: Baseline, rng: random.Random) -> list[tuple[int, str]]:
    """One (phase, "point:n") for every point in every pass that reaches it, n at random."""
    found = []
    for phase, reached in enumerate(baseline.points):
        for point in ALL_POINTS:
            if reached[point]:
                found.append((phase, f"{point}:{rng.randint(1, reached[point])}"))
    return found


def plan_trials(baseline: Baseline, kills: int, rng: random.Random) -> list[Trial]:
    """Trials worth about ``kills`` kills: every point once, the state moved aside in each
    pass, then chains of 1-4 mixed faults (one in ten followed by the state moved aside)."""
    trials = [Trial(phase, (fault,)) for phase, fault in point_faults(baseline, rng)]
    trials += aside_trials(baseline, rng)
    return trials + _chains(baseline, kills - len(trials), rng)


def _chains(baseline: Baseline, kills: int, rng: random.Random) -> list[Trial]:
    """Trials of 1-4 faults each, about ``kills`` faults in all."""
    trials: list[Trial] = []
    planned = 0
    while planned < kills:
        phase = rng.randrange(len(PHASES))
        chain = tuple(_random_fault(baseline, phase, rng) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.1:
            chain = (*chain, ASIDE)
        trials.append(Trial(phase, chain))
        planned += len(chain)
    return trials


def quick_trials(baseline: Baseline, rng: random.Random) -> list[Trial]:
    """A sample for the test suite: each point once where it is reached most, three chains."""
    trials = []
    for point in ALL_POINTS:
        phase = max(range(len(PHASES)), key=lambda i: baseline.points[i][point])
        reached = baseline.points[phase][point]
        if reached:
            trials.append(Trial(phase, (f"{point}:{rng.randint(1, reached)}",)))
    for phase in (1, 2, 3):
        chain = [_random_fault(baseline, phase, rng) for _ in range(2)]
        timed = f"{TIMED if phase != 2 else TERM}:{baseline.seconds[phase] * 0.6:.3f}"
        trials.append(Trial(phase, (*chain, timed)))
    return trials + aside_trials(baseline, rng, phases=(1, 2, 3))


def aside_trials(baseline: Baseline, rng: random.Random, phases: Sequence[int] = ()) -> list[Trial]:
    """The state moved aside mid-way: a pass killed while drafting, then started afresh."""
    trials = []
    for phase in phases or range(len(PHASES)):
        reached = baseline.points[phase]
        point = "after_create" if reached["after_create"] else "after_sync"
        trials.append(Trial(phase, (f"{point}:{rng.randint(1, reached[point])}", ASIDE)))
    return trials


#: The quick Google and IMAP samples stop after the thank-yous (a few seconds in all) and
#: need the points counted in that pass only.
QUICK_GOOGLE_PHASES = 2
QUICK_COUNTED = (1,)


def quick_google_trials(baseline: Baseline, rng: random.Random) -> list[Trial]:
    """A sample on Google: the thank-you pass killed around its Gmail calls, and once at sync."""
    reached = baseline.points[1]
    trials = [
        Trial(1, (f"{point}:{rng.randint(1, reached[point])}",))
        for point in ("after_journal", "after_create")
    ]
    timed = f"{TIMED}:{baseline.seconds[1] * 0.6:.3f}"
    trials.append(Trial(1, ("before_journal:2", "after_drafted:1", timed)))
    trials.append(Trial(0, ("after_sync:1", "after_plan:1")))
    return trials + aside_trials(baseline, rng, phases=(1,))


def quick_imap_trials(baseline: Baseline, rng: random.Random) -> list[Trial]:
    """A sample on IMAP: the thank-you pass killed between APPEND and the record (in the sink,
    and in the engine), then a chain ending at a random instant."""
    reached = baseline.points[1]
    trials = [
        Trial(1, (f"{point}:{rng.randint(1, reached[point])}",))
        for point in ("after_append", "after_create")
    ]
    timed = f"{TIMED}:{baseline.seconds[1] * 0.6:.3f}"
    first = f"after_journal:{rng.randint(1, reached['after_journal'])}"
    trials.append(Trial(1, (first, "after_append:2", timed)))
    return trials + aside_trials(baseline, rng, phases=(1,))


def _random_fault(baseline: Baseline, phase: int, rng: random.Random) -> str:
    if rng.random() < 0.25:
        kind = rng.choice((TIMED, TIMED, TERM))
        return f"{kind}:{rng.uniform(0.05, baseline.seconds[phase]):.3f}"
    reached = baseline.points[phase]
    point = rng.choice([p for p in ALL_POINTS if reached[p]])
    # later attempts reach fewer points (work already done), so small n kill more often
    return f"{point}:{rng.randint(1, max(1, reached[point] // 2))}"


# --------------------------------------------------------------------------- the run


@dataclass
class Figures:
    """What a run found, for the script's output and docs/RELIABILITY.md."""

    crash_points: int = 0  # passes killed
    by_point: Counter[str] = field(default_factory=Counter)
    trials: int = 0
    asides: int = 0  # trials where the state was moved aside mid-way
    passes: int = 0  # followup processes started
    duplicates: int = 0
    losses: int = 0
    orphans: int = 0
    mismatches: int = 0
    integrity_failures: int = 0
    sends: int = 0  # send requests (and other refused requests) seen by the fake Google
    follow_ups: int = 0  # follow-up rows checked per trial, summed
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def add(self, result: TrialResult, expected: int) -> None:
        self.trials += 1
        self.asides += ASIDE in result.trial.faults
        self.passes += result.attempts
        self.crash_points += len(result.kills)
        self.by_point.update(k.split(":", 1)[0] for k in result.kills)
        check = result.check
        self.duplicates += check.duplicates
        self.losses += check.losses
        self.orphans += check.orphans
        self.mismatches += len(check.mismatches)
        self.integrity_failures += 0 if check.integrity_ok else 1
        self.sends += check.sends
        self.follow_ups += expected
        if not check.ok:
            self.failures.append(f"{result.trial}: {check}")

    def as_dict(self) -> dict[str, object]:
        data = dict(vars(self))
        data["by_point"] = dict(sorted(self.by_point.items()))
        data["seconds"] = round(self.seconds, 1)
        return data


def run(
    kills: int | None,
    seed: int = 0,
    workers: int | None = None,
    progress: Callable[[Figures], None] | None = None,
    google: bool = False,
    imap: bool = False,
    server: Dovecot | None = None,
    fork: bool = True,
) -> Figures:
    """Build the baseline, run trials worth about ``kills`` kills (None: the quick sample);
    ``google``: against the fake Google instead of a Maildir; ``imap``: into an IMAP account
    on ``server`` (a Dovecot started for the run when None); ``fork``: each pass forked from a
    warmed zygote (``zygote.py``), else started as ``python -m agent``."""
    started = time.monotonic()
    rng = random.Random(seed)
    figures = Figures()
    with (
        tempfile.TemporaryDirectory(prefix="followup-crash-") as tmp,
        ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool,
        imap_world.started_dovecot(server) if imap else nullcontext() as dovecot,
        Zygote() if fork else nullcontext() as zygote,
    ):
        phases = _phases(kills, google or imap)
        counted = QUICK_COUNTED if kills is None and (google or imap) else None
        root = Path(tmp) / "baseline"
        baseline = Baseline.build(root, google, phases, dovecot, counted, zygote)
        trials = _first_trials(baseline, kills, rng)
        while trials:
            scratches = [Path(tmp) / f"trial-{figures.trials + i}" for i in range(len(trials))]
            pairs = zip(trials, scratches, strict=True)
            for result in pool.map(lambda pair: run_trial(baseline, *pair), pairs):
                figures.add(result, len(baseline.expected[result.trial.phase]))
                if progress is not None:
                    progress(figures)
            # a planned fault may not be reached once a restart has less to do: top up
            missing = 0 if kills is None else kills - figures.crash_points
            trials = _chains(baseline, missing, rng) if missing > 0 else []
    figures.seconds = time.monotonic() - started
    return figures


def _phases(kills: int | None, remote: bool) -> int:
    return QUICK_GOOGLE_PHASES if kills is None and remote else len(PHASES)


def _first_trials(baseline: Baseline, kills: int | None, rng: random.Random) -> list[Trial]:
    if kills is not None:
        return plan_trials(baseline, kills, rng)
    if baseline.imap is not None:
        return quick_imap_trials(baseline, rng)
    return quick_google_trials(baseline, rng) if baseline.google else quick_trials(baseline, rng)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=500, help="crash points to try (about)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--google", action="store_true", help="against the fake Google")
    parser.add_argument(
        "--imap", action="store_true", help="drafts into an IMAP account on a real Dovecot"
    )
    parser.add_argument(
        "--exec",
        action="store_true",
        help="start each pass as `python -m agent` (slower) instead of forking a warmed one",
    )
    args = parser.parse_args(argv)
    if args.google and args.imap:
        parser.error("give --google or --imap, not both")

    def progress(f: Figures) -> None:
        if not args.json and f.trials % 25 == 0:
            print(f"  {f.trials} trials, {f.crash_points} kills ...", file=sys.stderr)

    figures = run(
        args.kills, args.seed, args.workers, progress, args.google, args.imap, fork=not args.exec
    )
    if args.json:
        print(json.dumps(figures.as_dict(), indent=2))
    else:
        print(render(figures))
    return 0 if not figures.failures else 1


def render(f: Figures) -> str:
    lines = [
        f"crash points tried: {f.crash_points} (passes killed) in {f.trials} trials "
        f"({f.asides} with the state moved aside mid-way), "
        f"{f.passes} followup processes, {f.seconds:.0f} s",
        *(f"  {point}: {n}" for point, n in sorted(f.by_point.items())),
        f"duplicates: {f.duplicates}",
        f"losses: {f.losses}",
        f"orphan drafts: {f.orphans}",
        f"state mismatches: {f.mismatches} (of {f.follow_ups} follow-ups checked)",
        f"integrity_check failures: {f.integrity_failures}",
        f"send requests: {f.sends}",
        *(f"FAILED {failure}" for failure in f.failures),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())

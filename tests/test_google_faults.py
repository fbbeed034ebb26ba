"""Faults on the fake Google, through ``followup tick`` (the CLI, in-process) and the daemon.

Each case injects one fault that persists for a whole pass (429, 403 rate limit, 500, 503,
store-then-fail, store-then-drop, one answer slower than the timeout, a reset connection, a garbled
body, a 410 sync token, a 404 history id, a revoked sign-in, an API root that does not resolve)
when the thank-yous fall due, and checks: the tick exits with the documented code and no traceback,
reads were retried a bounded number of times and writes never, the state is intact (integrity, one
Gmail draft per follow-up key, nothing lost), ``status --json`` shows the condition; then the fault
clears and the next tick drafts what was due, exactly once, with no condition left.
``$FOLLOWUP_GOOGLE_PACE`` runs the real retry policy a hundred times faster with the real request
timeout, so no answer races a clock; the one case about a timeout gets a short one, and the fake
holds that answer until the client hangs up. The waits themselves are checked on the client with a
recording sleep, and the daemon's back-off with a simulated clock. What
``tests/test_google_engine.py`` covers (once-only drafts when one answer is lost, 410 cancelling
nothing, ``invalid_grant`` at exit 3) is not repeated there.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import pytest

from agent import cli, wiring
from agent.config import GoogleConfig, load_config
from agent.daemon import Backoff, Daemon, LivePass
from agent.errors import EXIT_AUTH, EXIT_OK, EXIT_PARTIAL, EXIT_SOURCE, SourceError
from agent.google.auth import Session
from agent.google.client import GoogleClient, RetryPolicy
from agent.google.transport import OneShotHttp
from agent.state import State
from agent.status import CONDITIONS_KEY
from agent.wiring import PACE_ENV
from tests.daemon_support import SimClock
from tests.fake_google import FakeGoogle
from tests.test_google_engine import CREATE, THANKS, World, one_draft_per_marker, world
from tests.test_lifecycle import at

__all__ = ["world"]  # the fixture, used by name

EVENTS = "calendar.events.list"
WARM, FAULT, CLEAR = "2026-12-02T12:00", "2026-12-02T14:00", "2026-12-02T14:10"
ATTEMPTS = RetryPolicy().attempts
NOWHERE = "http://followup-no-such-host.invalid/"
#: A slow answer is held until the client gives up (at most HOLD s); the client's timeout for the
#: cases about it, far above what a loopback answer takes even on a loaded machine.
HOLD, TIMEOUT = 60.0, 2.0


@dataclass(frozen=True)
class Case:
    name: str
    inject: Callable[[World], None]
    exit_code: int
    conditions: tuple[str, ...]  # the kinds `status --json` shows after the faulty pass
    bounds: dict[str, int] = field(default_factory=dict)  # method id -> most requests in the pass
    clear: Callable[[World], None] = lambda w: w.fake.server.faults.clear()
    drafted_in_fault: bool = False  # the faulty pass itself drafts the thank-yous (else the next)
    timeout: float | None = None  # the request timeout in seconds, when not the real one


def fail(method: str, action: str = "status", **kw: Any) -> Callable[[World], None]:
    return lambda w: w.fake.fail(method, action, times=1000, **kw)


def set_api_root(root: str | None) -> Callable[[World], None]:
    def edit(w: World) -> None:
        config = json.loads(w.path.read_text())
        config["google"]["api_root"] = root or w.fake.api_root
        w.path.write_text(json.dumps(config))

    return edit


def revoke(w: World) -> None:
    w.fake.write_token(w.path.parent / "token.json", expired=True)
    w.fake.revoke()


def sign_in_again(w: World) -> None:
    w.fake.write_token(w.path.parent / "token.json")  # what `followup auth` leaves


RATE_403 = {"status": 403, "reason": "rateLimitExceeded"}
#: The calendar read retried; the thank-yous, known from the pass before, drafted all the same.
READ = {EVENTS: ATTEMPTS, CREATE: 3}
ONCE = {CREATE: 3}  # one attempt per thank-you, never resent

CASES = [
    Case("429", fail(EVENTS, status=429), EXIT_SOURCE, ("rate_limited",), READ,
         drafted_in_fault=True),
    Case("403 rate limit", fail(CREATE, **RATE_403), EXIT_PARTIAL, ("rate_limited",), ONCE),
    Case("500", fail(CREATE, status=500), EXIT_PARTIAL, ("sink_unreachable",), ONCE),
    Case("503", fail(EVENTS, status=503), EXIT_SOURCE, ("source_unreachable",), READ,
         drafted_in_fault=True),
    Case("503 twice", lambda w: w.fake.fail(EVENTS, status=503, times=2), EXIT_OK, (),
         {EVENTS: 3, CREATE: 3}, drafted_in_fault=True),
    Case("store then fail", fail(CREATE, "store_then_fail", status=503), EXIT_PARTIAL,
         ("sink_unreachable",), ONCE),
    Case("store then drop", fail(CREATE, "store_then_drop"), EXIT_PARTIAL, ("sink_unreachable",),
         ONCE),
    Case("slower than the timeout", lambda w: w.fake.fail(CREATE, "slow", seconds=HOLD),
         EXIT_PARTIAL, ("sink_unreachable",), ONCE, timeout=TIMEOUT),  # one answer, held
    Case("connection reset", fail(EVENTS, "drop"), EXIT_SOURCE, ("source_unreachable",), READ,
         drafted_in_fault=True),
    Case("malformed JSON", fail(CREATE, "garble"), EXIT_PARTIAL, ("sink_unreachable",), ONCE),
    Case("410 sync token", lambda w: w.fake.calendar.expire_sync_tokens(), EXIT_OK, (),
         {EVENTS: 2, CREATE: 3}, drafted_in_fault=True),
    Case("404 history", lambda w: w.fake.gmail.expire_history(), EXIT_OK, (),
         {"gmail.users.history.list": 2, CREATE: 3}, drafted_in_fault=True),
    Case("401 invalid_grant", revoke, EXIT_AUTH, ("needs_auth",), {CREATE: 0}, sign_in_again),
    Case("unresolvable API root", set_api_root(NOWHERE), EXIT_SOURCE,
         ("source_unreachable", "sink_unreachable"),
         {CREATE: 0}, set_api_root(None)),  # Gmail is unreachable too: nothing is created
]  # fmt: skip


def tick(w: World, when: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--config", str(w.path), "tick", "--now", when])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def conditions(w: World, capsys: pytest.CaptureFixture[str], now: str) -> list[str]:
    assert cli.main(["--config", str(w.path), "status", "--json", "--now", now]) == 0
    return [c["kind"] for c in json.loads(capsys.readouterr().out)["conditions"]]


def drafted(w: World) -> list[str]:
    return sorted(k for k, v in w.states().items() if v == "drafted")


def intact(w: World) -> None:
    """Integrity, one draft per key, and no thank-you lost (each drafted or still journalled)."""
    db = sqlite3.connect(load_config(w.path).state)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    assert one_draft_per_marker(w)
    states = w.states()
    assert all(states.get(key) in ("planned", "failed", "creating", "drafted") for key in THANKS)


#: Cases that wait on a real timeout or a failing name lookup.
SLOW_CASES = {"slower than the timeout", "unresolvable API root"}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.name, marks=pytest.mark.slow if c.name in SLOW_CASES else ())
        for c in CASES
    ],
)
def test_a_fault_is_survived_shown_and_recovered_from(
    world: World, case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PACE_ENV, "0.01")  # the real retry policy, a hundred times faster
    if case.timeout is not None:
        paced = wiring.google_retry()
        assert paced is not None
        monkeypatch.setattr(wiring, "google_retry", lambda: replace(paced, timeout=case.timeout))
    assert tick(world, WARM, capsys)[0] == EXIT_OK  # cursors and history ids in place
    world.fake.clear_requests()
    case.inject(world)

    code, output = tick(world, FAULT, capsys)
    assert code == case.exit_code, output
    assert "Traceback" not in output
    for method, most in case.bounds.items():
        assert world.fake.count(method) <= most, world.fake.calls()
    intact(world)
    assert (drafted(world) == THANKS) == case.drafted_in_fault
    shown = conditions(world, capsys, FAULT)
    assert set(shown) == set(case.conditions), shown

    case.clear(world)
    code, output = tick(world, CLEAR, capsys)
    assert code == EXIT_OK, output
    assert drafted(world) == THANKS
    assert len(world.drafts()) == 3 and one_draft_per_marker(world)
    assert conditions(world, capsys, CLEAR) == []


# --------------------------------------------------------------------------- the waits


READ_FAULTS = {
    "429": ("status", {"status": 429}),
    "403 rate limit": ("status", RATE_403),
    "500": ("status", {"status": 500}),
    "503": ("status", {"status": 503}),
    "slower than the timeout": ("slow", {"seconds": HOLD}),
    "connection reset": ("drop", {}),
    "malformed JSON": ("garble", {}),
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.slow if n in SLOW_CASES else ()) for n in READ_FAULTS],
)
def test_a_read_is_retried_a_bounded_number_of_times_with_jittered_doubling_waits(
    fake: FakeGoogle, google_config: GoogleConfig, name: str
) -> None:
    action, kw = READ_FAULTS[name]
    waits: list[float] = []
    # the default waits, recorded instead of slept; the real timeout but where it is the point
    policy = RetryPolicy(timeout=0.15) if name in SLOW_CASES else RetryPolicy()
    session = Session.open(google_config, OneShotHttp(policy.timeout))
    client = GoogleClient(session, google_config.api_root, policy, sleep=waits.append)
    fake.calendar.put("primary", [])
    fake.fail(EVENTS, action, times=1000, **kw)
    request = client.calendar().events().list(calendarId="primary")
    with pytest.raises(SourceError) as raised:
        client.read(request, "reading calendar primary", SourceError)
    assert fake.count(EVENTS) == policy.attempts
    steps = [min(policy.max_delay, policy.first_delay * 2**i) for i in range(policy.attempts - 1)]
    assert len(waits) == len(steps)
    assert all(step / 2 <= wait <= step for wait, step in zip(waits, steps, strict=True)), waits
    assert len(set(waits)) == len(waits)  # jittered: not the bare doubling
    assert raised.value.rate_limited == name.endswith(("429", "rate limit"))


# --------------------------------------------------------------------------- the daemon


def stored_conditions(state: State) -> list[str]:
    return [c["kind"] for c in json.loads(state.meta(CONDITIONS_KEY) or "[]")]


@pytest.mark.slow
def test_the_daemon_backs_off_on_a_persistent_429_and_drafts_once_it_clears(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PACE_ENV, "0.01")
    world.fake.fail(EVENTS, status=429, times=1000)
    config = load_config(world.path)
    state = State(config.state)
    try:
        clock = SimClock(at(FAULT), at(FAULT) + timedelta(hours=1))
        live = LivePass(config, state, clock.stop)
        backoff = Backoff(rng=random.Random(6))
        daemon = Daemon(
            live, config.poll_interval, clock.now, clock.sleep, clock.stop, None, backoff
        )
        daemon.run()
        gaps = [
            (b - a).total_seconds() for a, b in zip(daemon.passes, daemon.passes[1:], strict=False)
        ]
        assert 4 <= len(daemon.passes) <= 10, gaps  # 30 s doubling, jittered: no busy loop
        assert gaps == sorted(gaps) and gaps[0] >= 15, gaps
        assert stored_conditions(state) == ["rate_limited"]
        assert world.fake.count(CREATE) == 0

        world.fake.server.faults.clear()
        clock.until_at += timedelta(minutes=5)
        Daemon(live, config.poll_interval, clock.now, clock.sleep, clock.stop).run()
        assert stored_conditions(state) == []
    finally:
        state.close()
    assert drafted(world) == THANKS
    assert len(world.drafts()) == 3 and one_draft_per_marker(world)

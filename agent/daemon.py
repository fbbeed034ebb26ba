"""The daemon behind ``followup run``: a pass every ``poll_interval`` and at each due time.

Wake-ups are instants computed in UTC from an injected clock: the earlier of the next poll, the
earliest due time of a follow-up still to draft, and the next wall-clock job. ``schedule`` owns
the wall-clock jobs (a pass at ``policy.reminder.at`` each morning, for the digest: local time
is what the user means); it runs on naive local time, so it is never asked for a due instant, and
its next run is turned into an instant here rather than read through ``idle_seconds()``, whose
naive subtraction is an hour off across a DST change. No sleep is longer than the poll interval,
and a clock that jumps back re-bases the next poll, so neither a DST change nor a clock jump
stalls or doubles a pass. A failing pass is logged, recorded for ``status`` and retried after a
bounded, jittered back-off; the loop keeps running. ``stop`` is asked between follow-ups and after
each sleep: SIGTERM ends the loop with the state consistent.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from agent.durations import spoken_duration
from agent.errors import EXIT_AUTH, EXIT_INTERNAL, EXIT_OK, EXIT_STATE, FollowupError
from agent.state import DaemonRecord, State
from agent.zones import local_time

if TYPE_CHECKING:
    import schedule

    from agent.config import Config
    from agent.engine import Engine, TickReport

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Sleeper = Callable[[float], object]  # returns early when told to stop
Stop = Callable[[], bool]

#: The first retry after a failed pass, and the longest wait between retries.
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)


@dataclass(frozen=True)
class PassOutcome:
    """What one pass leaves for the loop: did it work, and when is the next follow-up due."""

    ok: bool
    next_due_at: datetime | None = None


PassFn = Callable[[datetime], PassOutcome]


# --------------------------------------------------------------------------- back-off


@dataclass
class Backoff:
    """Doubling delays from ``base`` up to ``cap``, each scaled by a jitter in [0.5, 1]."""

    base: timedelta = BACKOFF_BASE
    cap: timedelta = BACKOFF_CAP
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def failed(self) -> timedelta:
        """Count one more failure; the delay before the next attempt."""
        self.failures += 1
        step = min(self.cap, self.base * 2 ** min(self.failures - 1, 30))
        return step * self.rng.uniform(0.5, 1.0)

    def succeeded(self) -> None:
        self.failures = 0


# --------------------------------------------------------------------------- wall-clock jobs


class WallClockJobs:
    """``schedule``'s jobs: a pass at ``at`` (in ``tz``) every day; ``None`` for no job.

    schedule runs on the system's naive local time; ``at`` is re-expressed in it after each run,
    so a user whose ``me.timezone`` is not the machine's still gets 08:00 in their own zone.
    """

    def __init__(self, at: time | None, tz: str) -> None:
        import schedule

        self._at = at
        self._tz = ZoneInfo(tz)
        self._scheduler = schedule.Scheduler()
        self._fired = False
        self._register()

    def _register(self) -> None:
        self._scheduler.clear()
        if self._at is None:
            return
        local = _system_local_time(self._at, self._tz, _today_in(self._tz))
        job: schedule.Job = self._scheduler.every().day.at(local.strftime("%H:%M:%S"))
        job.do(self._fire)

    def _fire(self) -> None:
        self._fired = True

    def run_pending(self) -> bool:
        """Run the jobs whose time has come; True when one asked for a pass."""
        self._fired = False
        self._scheduler.run_pending()
        if self._fired:
            self._register()
        return self._fired

    def next_at(self) -> datetime | None:
        """The next job's instant (schedule's naive local time, read as the system's zone)."""
        naive = self._scheduler.next_run
        return naive.astimezone(UTC) if naive is not None else None


def _today_in(tz: ZoneInfo) -> date:
    import schedule

    # schedule's own clock, so that the job and the date it is computed for agree
    return schedule.datetime.datetime.now().astimezone(tz).date()


def _system_local_time(at: time, tz: ZoneInfo, day: date) -> time:
    """``at`` on ``day`` in ``tz``, as the system's local wall-clock time."""
    return datetime.combine(day, at, tz).astimezone().time()


# --------------------------------------------------------------------------- the loop


class Daemon:
    """The loop: one pass at start, then one at each wake-up that has something to do."""

    def __init__(
        self,
        run_pass: PassFn,
        poll: timedelta,
        clock: Clock,
        sleep: Sleeper,
        stop: Stop,
        jobs: WallClockJobs | None = None,
        backoff: Backoff | None = None,
        on_wake_planned: Callable[[datetime], None] | None = None,
    ) -> None:
        self._run_pass = run_pass
        self._poll = poll
        self._clock = clock
        self._sleep = sleep
        self._stop = stop
        self._jobs = jobs
        self._backoff = backoff or Backoff()
        self._on_wake_planned = on_wake_planned or (lambda at: None)
        self.passes: list[datetime] = []
        self._last_pass_at = datetime.min.replace(tzinfo=UTC)
        self._next_poll_at = self._last_pass_at
        self._next_due_at: datetime | None = None

    def run(self) -> None:
        self._pass(self._clock())
        while not self._stop():
            self._sleep(self._seconds_to_wake(self._clock()))
            if self._stop():
                break
            now = self._clock()
            asked = self._jobs.run_pending() if self._jobs else False
            if asked or self._should_pass(now):
                self._pass(now)

    def wake_at(self, now: datetime) -> datetime:
        """The next instant worth waking for (never later than one poll interval from now)."""
        if now < self._last_pass_at:  # the clock went back: poll a full interval from now
            self._last_pass_at = now
            self._next_poll_at = min(self._next_poll_at, now + self._poll)
        candidates = [self._next_poll_at, now + self._poll]
        if self._next_due_at is not None:
            candidates.append(self._next_due_at)
        job_at = self._jobs.next_at() if self._jobs else None
        if job_at is not None:
            candidates.append(job_at)
        return min(candidates)

    def _seconds_to_wake(self, now: datetime) -> float:
        wake = self.wake_at(now)
        self._on_wake_planned(wake)
        return max(0.0, (wake - now).total_seconds())

    def _should_pass(self, now: datetime) -> bool:
        if now >= self._next_poll_at:
            return True
        return self._next_due_at is not None and now >= self._next_due_at

    def _pass(self, now: datetime) -> None:
        self.passes.append(now)
        self._last_pass_at = now
        try:
            outcome = self._run_pass(now)
        except FollowupError as e:
            log.warning("pass failed: %s", e)
            outcome = PassOutcome(ok=False, next_due_at=self._next_due_at)
        except Exception as e:  # a bug: keep serving the due drafts, say where to report it
            log.error("internal error in a pass: %s: %s (please report it)", type(e).__name__, e)
            log.debug("traceback", exc_info=True)
            outcome = PassOutcome(ok=False, next_due_at=self._next_due_at)
        self._next_due_at = outcome.next_due_at
        if outcome.ok:
            self._backoff.succeeded()
            self._next_poll_at = now + self._poll
            return
        delay = self._backoff.failed()
        self._next_poll_at = now + delay
        log.warning("retrying in %d s", int(delay.total_seconds()))


# --------------------------------------------------------------------------- the real pass


class LivePass:
    """One pass of ``followup run`` on the real ports: pass lock, tick, conditions, logs."""

    def __init__(self, config: Config, state: State, stop: Stop) -> None:
        from agent.wiring import build_engine

        self._config = config
        self._state = state
        self._stop = stop
        self._engine: Engine = build_engine(config, state)
        self._record = DaemonRecord(pid=os.getpid(), started_at=datetime.now(UTC))
        self._failures = 0
        self._said: set[tuple[str, str]] = set()  # what needs the user, as last logged

    def __call__(self, now: datetime) -> PassOutcome:
        from agent.health import recorded_pass
        from agent.locks import pass_lock
        from agent.status import save_conditions

        mark = self._state.last_audit_id()
        try:
            with pass_lock(self._config.state), recorded_pass(self._state, now) as outcome:
                report = self._engine.tick(now, stop=self._stop)
                save_conditions(self._state, report.conditions)
                outcome.done(report)
        except FollowupError as e:
            self._save(now, e.exit_code, ok=False)
            self._record_failure(e)
            raise
        except Exception:  # a bug: counted and shown by `status` like any failed pass
            self._save(now, EXIT_INTERNAL, ok=False)
            raise
        finally:
            with _quiet():
                log_decisions(self._state, mark, self._config.me.timezone)
        ok = not report.source_failed
        self._log_report(report)
        self._log_needs_you(now)
        self._save(now, report.exit_code, ok=ok)
        return PassOutcome(ok=ok, next_due_at=self._state.next_due_at(now))

    def _log_report(self, report: TickReport) -> None:
        for condition in report.conditions:
            log.warning("%s: %s", condition.kind, condition.message)
        for error in report.event_errors:
            log.warning("%s: event %s: %s", error.calendar, error.uid or "?", error.message)
        if report.stopped:
            log.info("stopped before drafting everything due; the rest is drafted next time")

    def _log_needs_you(self, now: datetime) -> None:
        """A log line for each thing that needs the user (``agent.digest``: an interview today,
        a thank-you unsent a day after its interview...) when it first does."""
        with _quiet():
            items = self._engine.needs_you(now).items
            current = {(i.condition, i.ref or i.message) for i in items}
            for item in items:
                if (item.condition, item.ref or item.message) not in self._said:
                    log.info("needs you: %s: %s", item.condition, item.message)
            self._said = current

    def _record_failure(self, e: FollowupError) -> None:
        from agent.records import Condition
        from agent.status import save_conditions

        kinds = {EXIT_STATE: "state_locked", EXIT_AUTH: "needs_auth"}
        kind = kinds.get(e.exit_code, "source_unreachable")
        with _quiet():  # the state itself may be what failed; the log line says it
            save_conditions(self._state, [Condition(kind, e.message)])

    def _save(self, now: datetime, exit_code: int, *, ok: bool) -> None:
        self._failures = 0 if ok else self._failures + 1
        self._record = replace(
            self._record, last_pass_at=now, last_exit=exit_code, failures=self._failures
        )
        with _quiet():
            self._state.save_daemon(self._record)

    def planned_wake(self, at: datetime) -> None:
        """Remember the next wake-up, for ``status``."""
        if self._record.next_wake_at == at:
            return
        self._record = replace(self._record, next_wake_at=at)
        with _quiet():
            self._state.save_daemon(self._record)


@contextmanager
def _quiet() -> Iterator[None]:
    """Bookkeeping for ``status`` never stops the daemon."""
    try:
        yield
    except (FollowupError, sqlite3.Error) as e:
        log.debug("could not record the daemon's state: %s", e)


def log_decisions(state: State, after: int, zone: str | None = None) -> None:
    """One log line per decision the pass recorded in the audit log."""
    for subject, action, detail in state.audit_since(after):
        journal = detail.endswith("-> creating")  # the step before "drafted": detail only
        log.log(
            logging.DEBUG if journal else logging.INFO,
            "%s",
            describe(state, subject, action, detail, zone),
        )


def describe(state: State, subject: str, action: str, detail: str, zone: str | None = None) -> str:
    """An audit entry as a sentence: ``drafted f12 thank_you (p3) to dana@acme.com: drafted``."""
    found = state.resolve_short_id(subject) if subject[:1] == "f" else None
    f = None
    if found is not None:
        from agent.model import FollowUpKey

        f = state.followup(FollowUpKey.parse(found[1]))
    if f is None:
        return f"{subject}: {action} {detail}".rstrip()
    change, _, reason = detail.partition(": ")
    after = change.rpartition(" -> ")[2] or change
    to_you = str(f.kind) in ("reminder", "digest")
    to = "you" if to_you else ", ".join(f.to) or "(address needed)"
    process = f" ({f.key.process})" if f.key.process else ""
    due = local_time(f.due_at, zone)
    said = f"{after} {subject} {f.kind}{process} to {to}, due {due}"
    return f"{said}: {reason}" if reason and reason != after else said


# --------------------------------------------------------------------------- serving


def serve(config: Config, state: State, stop: Stop, sleep: Sleeper, clock: Clock) -> int:
    """``followup run`` after the CLI installed its signal handlers: exit code when stopped."""
    from agent.locks import daemon_lock

    with daemon_lock(config.state):
        live = LivePass(config, state, stop)
        policy = config.policy
        jobs = WallClockJobs(
            policy.reminder_at if policy.reminder_enabled else None, config.me.timezone
        )
        daemon = Daemon(
            live, config.poll_interval, clock, sleep, stop, jobs, on_wake_planned=live.planned_wake
        )
        log.info(
            "followup run: pid %d, polling every %s; times in %s",
            os.getpid(),
            spoken_duration(config.poll_interval),
            config.me.timezone,
        )
        daemon.run()
        log.info("stopped")
    return EXIT_OK


def system_clock() -> datetime:
    return datetime.now(UTC)

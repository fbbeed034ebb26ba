"""Builds the real ports and the engine from a loaded config.

Backends are imported here, where they are chosen, so a command that needs none of them (say,
``followup status``) never pays for importing them. ``$FOLLOWUP_CRASH_AT`` is a test hook read
here and nowhere else (see ``crash_hook``).
"""

from __future__ import annotations

import os
import signal

from agent.config import Config
from agent.engine import Engine, Hook, Settings
from agent.errors import UsageError
from agent.mailbox import NoMailbox
from agent.ports import CalendarSource, DraftsSink
from agent.state import State


def settings(config: Config) -> Settings:
    return Settings(
        me=config.me,
        policy=config.policy,
        window_past=config.calendar.window_past,
        window_future=config.calendar.window_future,
        articles=config.articles,
        html=config.drafts.html,
    )


def open_state(config: Config) -> State:
    return State(config.state)


def calendar_sources(config: Config) -> list[CalendarSource]:
    if config.calendar.google_calendars is not None:
        raise UsageError(
            "the Google Calendar backend is not available in this version of followup",
            hint="use calendar.ics with your calendar's secret iCal address for now",
        )
    from agent.sources.ics import ics_sources

    return list(ics_sources(list(config.calendar.ics), config.me.timezone))


def drafts_sink(config: Config) -> DraftsSink:
    if config.drafts.gmail or config.drafts.maildir is None:
        raise UsageError(
            "the Gmail drafts backend is not available in this version of followup",
            hint="use drafts.maildir for now",
        )
    from agent.sinks.maildir import MaildirSink

    return MaildirSink(config.drafts.maildir, config.drafts.sent_maildir)


def composer(config: Config) -> object:
    from agent.compose import Composer

    return Composer(config.templates)


#: Test hook for the crash suite (tests/reliability/crash.py), never set in normal use:
#: ``FOLLOWUP_CRASH_AT=<point>:<n>`` kills the process with SIGKILL the n-th time the engine
#: reaches ``<point>`` (a name from ``agent.engine.Hook``, or ``any``).
CRASH_ENV = "FOLLOWUP_CRASH_AT"


def crash_hook(spec: str) -> Hook:
    """The engine hook of ``$FOLLOWUP_CRASH_AT``: SIGKILL at the n-th time ``point`` is reached."""
    point, _, count = spec.rpartition(":")
    if not point or not count.isdigit() or int(count) < 1:
        raise UsageError(f"${CRASH_ENV} must be POINT:N (N >= 1), not {spec!r}")
    reached = 0

    def hook(name: str) -> None:
        nonlocal reached
        if point in (name, "any"):
            reached += 1
            if reached == int(count):
                os.kill(os.getpid(), signal.SIGKILL)

    return hook


def build_engine(config: Config, state: State, hook: Hook | None = None) -> Engine:
    spec = os.environ.get(CRASH_ENV)
    if hook is None and spec:
        hook = crash_hook(spec)
    return Engine(
        state=state,
        settings=settings(config),
        sources=calendar_sources(config),
        sink=drafts_sink(config),
        composer=composer(config),  # type: ignore[arg-type]
        mailbox=NoMailbox(),
        hook=hook,
    )

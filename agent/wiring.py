"""Builds the real ports and the engine from a loaded config.

Backends are imported here, where they are chosen, so a command that needs none of them (say,
``followup status``) never pays for importing them. ``$FOLLOWUP_CRASH_AT`` and
``$FOLLOWUP_GOOGLE_PACE`` are test hooks read here and nowhere else (see ``crash_hook`` and
``google_retry``).
"""

from __future__ import annotations

import os
import signal
from dataclasses import replace
from typing import TYPE_CHECKING

from agent.config import Config
from agent.engine import Engine, Hook
from agent.errors import UsageError
from agent.mailbox import NoMailbox
from agent.ports import ArticleSource, CalendarSource, DraftsSink, MailboxWatcher
from agent.settings import Settings
from agent.state import State

if TYPE_CHECKING:
    from agent.google.backend import GoogleBackend
    from agent.google.client import RetryPolicy
    from agent.imap.session import ImapSession


def settings(config: Config) -> Settings:
    return Settings(
        me=config.me,
        policy=config.policy,
        window_past=config.calendar.window_past,
        window_future=config.calendar.window_future,
        articles=config.articles,
        html=config.drafts.html,
        companies=config.companies,
    )


def google_backend(config: Config) -> GoogleBackend:
    """The Google ports' shared client; imports googleapiclient, so only when configured."""
    from agent.google.backend import GoogleBackend

    return GoogleBackend.open(config.google, google_retry())


#: Test hook for the fault suite (tests/test_google_faults.py), never set in normal use:
#: ``FOLLOWUP_GOOGLE_PACE=<factor>`` multiplies the Google retry waits (0.01: the real policy,
#: a hundred times faster). The request timeout stays the real one, so an answer that is merely
#: late on a loaded machine is never mistaken for a lost one.
PACE_ENV = "FOLLOWUP_GOOGLE_PACE"


def google_retry() -> RetryPolicy | None:
    """The Google retry policy: the default, or the one whose waits ``$FOLLOWUP_GOOGLE_PACE``
    scales."""
    from agent.google.client import RetryPolicy

    pace = os.environ.get(PACE_ENV)
    if not pace:
        return None
    try:
        factor = float(pace)
    except ValueError:
        factor = 0.0
    if not 0 < factor <= 1:
        raise UsageError(f"${PACE_ENV} must be a number in (0, 1], not {pace!r}")
    normal = RetryPolicy()
    return replace(
        normal, first_delay=normal.first_delay * factor, max_delay=normal.max_delay * factor
    )


def uses_google(config: Config) -> bool:
    return config.calendar.google_calendars is not None or config.drafts.gmail


def imap_session(config: Config) -> ImapSession | None:
    """The IMAP connection the drafts sink and the mailbox watcher share (opened when first
    used), or None without ``drafts.imap``."""
    if config.drafts.imap is None:
        return None
    from agent.imap.session import ImapSession

    return ImapSession(config.drafts.imap)


def calendar_sources(config: Config, google: GoogleBackend | None = None) -> list[CalendarSource]:
    if config.calendar.caldav is not None:
        from agent.sources.caldav import caldav_sources

        return list(caldav_sources(config.calendar.caldav, config.me.timezone, config.state))
    calendars = config.calendar.google_calendars
    if calendars is not None:
        backend = google or google_backend(config)
        return list(backend.calendars(calendars, config.me.timezone))
    from agent.sources.ics import ics_sources

    return list(ics_sources(list(config.calendar.ics), config.me.timezone))


#: The record of the drafts written to Gmail, beside the config (it outlives the state): Gmail
#: deletes a discarded draft for good, so only this record knows it was written.
GMAIL_RECORD = "gmail-drafts.jsonl"


def drafts_sink(
    config: Config,
    google: GoogleBackend | None = None,
    imap: ImapSession | None = None,
    hook: Hook | None = None,
) -> DraftsSink:
    if config.drafts.gmail:
        record = config.path.parent / GMAIL_RECORD
        return (google or google_backend(config)).sink(record)
    if config.drafts.imap is not None:
        from agent.sinks.imap import ImapSink, local_files

        session = imap or imap_session(config)
        assert session is not None
        record, cache = local_files(config, config.drafts.imap.username, session.config.host)
        return ImapSink(session, record, cache, hook=hook)
    if config.drafts.maildir is None:
        raise UsageError(
            "no drafts backend configured", hint="set drafts.maildir, drafts.gmail or drafts.imap"
        )
    from agent.sinks.maildir import MaildirSink

    return MaildirSink(config.drafts.maildir, config.drafts.sent_maildir)


def mailbox_watcher(
    config: Config, google: GoogleBackend | None = None, imap: ImapSession | None = None
) -> MailboxWatcher:
    """Gmail's inbox when the drafts go to Gmail, the IMAP account's when they go there; local
    mode learns of replies by hand."""
    if config.drafts.gmail:
        return (google or google_backend(config)).watcher()
    if config.drafts.imap is not None:
        from agent.imap.watcher import ImapWatcher

        session = imap or imap_session(config)
        assert session is not None
        return ImapWatcher(session, config.me)
    return NoMailbox()


def composer(config: Config) -> object:
    from agent.compose import Composer

    return Composer(config.templates)


#: Test hook for the crash suite (tests/reliability/crash.py), never set in normal use:
#: ``FOLLOWUP_CRASH_AT=<point>:<n>`` kills the process with SIGKILL the n-th time the engine
#: reaches ``<point>`` (a name from ``agent.engine.Hook``, ``after_append`` inside the IMAP
#: sink, or ``any``).
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


def drafts_key(config: Config, create: bool = True) -> tuple[bytes, bool]:
    """The key of the drafts' Message-IDs, beside the config (created on first use), and
    whether it was created now; without ``create`` and no key yet, a passing one (``preview``
    writes nothing)."""
    from agent.keyfile import key_path, load_key

    found = load_key(key_path(config.path), create=create)
    return found if found is not None else (os.urandom(32), True)


def build_engine(
    config: Config, state: State, hook: Hook | None = None, *, writes: bool = True
) -> Engine:
    spec = os.environ.get(CRASH_ENV)
    if hook is None and spec:
        hook = crash_hook(spec)
    google = google_backend(config) if uses_google(config) else None
    secret, new_key = drafts_key(config, create=writes)
    imap = imap_session(config)
    return Engine(
        state=state,
        settings=replace(settings(config), secret=secret, new_key=new_key),
        sources=calendar_sources(config, google),
        sink=drafts_sink(config, google, imap, hook),
        composer=composer(config),  # type: ignore[arg-type]
        mailbox=mailbox_watcher(config, google, imap),
        hook=hook,
        articles=article_feeds(config),
    )


def article_feeds(config: Config) -> ArticleSource | None:
    """The configured article feeds, read only when a check-in is drafted."""
    if not config.article_feeds:
        return None
    from agent.feeds import FeedArticles

    return FeedArticles(config.article_feeds)

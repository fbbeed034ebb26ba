"""``followup doctor``: checks each part followup needs and lists every problem, one per line.

The local parts: the config is valid; each calendar can be fetched and parsed; the drafts
Maildir can be written; the templates render; the state file is intact and of a known schema.
Checks change nothing (the state file is opened read-only; the Maildir probe is a file in its
``tmp/``, removed at once; a missing Maildir is not created). Each check returns a list of
problems; a backend adds its own to ``backend_checks`` (the Google one: token present and valid).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from agent.config import Config
from agent.errors import FollowupError

Check = Callable[[Config], list[str]]


def diagnose(config_path: str | None) -> list[str]:
    """Every problem found, in the order of the checks; [] when all is well."""
    from agent.config import find_config, load_config

    try:
        config = load_config(find_config(config_path))
    except FollowupError as e:
        return [e.message, *e.problems]
    problems: list[str] = []
    for check in (*LOCAL_CHECKS, *backend_checks(config)):
        problems.extend(check(config))
    return problems


def check_calendars(config: Config) -> list[str]:
    """Each calendar is fetched and parsed, as a first pass would."""
    from agent.ports import Window
    from agent.wiring import calendar_sources

    try:
        sources = calendar_sources(config)
    except FollowupError as e:
        return [f"calendar: {e.message}"]
    now = datetime.now(UTC)
    window = Window(now - config.calendar.window_past, now + config.calendar.window_future)
    problems = []
    for source in sources:
        try:
            source.fetch(None, window)
        except FollowupError as e:
            problems.append(f"calendar: {e.message}" + (f" ({e.hint})" if e.hint else ""))
    return problems


def check_drafts(config: Config) -> list[str]:
    """The drafts Maildir can be written: a probe file in its ``tmp/``, or, when the Maildir does
    not exist yet, its nearest existing folder is writable (the first pass creates it there)."""
    folder = config.drafts.maildir
    if folder is None:
        return []  # another backend: its own checks
    if not (folder / "tmp").is_dir():
        return _creatable(folder)
    probe = folder / "tmp" / f"followup-doctor-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        return [f"drafts: the Maildir {folder} cannot be written: {e.strerror or e}"]
    return []


def _creatable(folder: Path) -> list[str]:
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return [f"drafts: the Maildir {folder} cannot be created: {existing} is not a folder"]
    if not os.access(existing, os.W_OK | os.X_OK):
        return [f"drafts: the Maildir {folder} cannot be created: {existing} is not writable"]
    return []


def check_templates(config: Config) -> list[str]:
    from agent.compose import Composer

    try:
        return [f"templates: {p}" for p in Composer(config.templates).check()]
    except FollowupError as e:
        return [f"templates: {e.message}"]


def check_state(config: Config) -> list[str]:
    """Integrity and schema version, on a read-only connection (no migration happens here)."""
    from agent.state import SCHEMA_VERSION

    path = Path(config.state)
    if str(path) == ":memory:" or not path.exists():
        return []  # the first pass creates it
    if not os.access(path, os.R_OK | os.W_OK):
        return [f"state: {path} cannot be read and written by this user"]
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except sqlite3.DatabaseError as e:
        from agent.state import RESTORE_HINT

        return [f"state: {path} is damaged ({e}); {RESTORE_HINT}"]
    if verdict != "ok":
        from agent.state import RESTORE_HINT

        return [f"state: {path} failed its integrity check: {verdict}; {RESTORE_HINT}"]
    if version > SCHEMA_VERSION:
        return [f"state: {path} is from a newer followup (schema {version}); upgrade followup"]
    return []


LOCAL_CHECKS: tuple[Check, ...] = (check_calendars, check_drafts, check_templates, check_state)


def backend_checks(config: Config) -> list[Check]:
    """Checks of the non-local backends the config uses.

    The Google backend adds its checks here (token present, readable 0600, refreshable).
    """
    from agent.wiring import uses_google

    if not uses_google(config):
        return []
    from agent.google.doctor import check_google

    return [check_google]

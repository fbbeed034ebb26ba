"""``followup doctor``: checks each part followup needs, one line per check, each with a fix.

The checks: the config is valid; every configured path and folder (the state file's folder, the
drafts Maildir, the Sent Maildir, the templates folder) exists or can be created, can be written
and is what it should be; each calendar can be fetched and parsed, with how many events and
interviews it holds in the window; the templates render; the state file is intact and of a
known schema; a backend adds its own (the Google one: the token, its scopes and expiry).

A ``Finding`` is ``ok``, a ``warning`` (worth knowing, nothing fails: a Sent folder with no mail
yet) or a ``problem`` (followup cannot work as configured: a misspelt Sent folder, a drafts
folder that cannot be created). Checks change nothing: the state file is opened read-only; the
Maildir probe is a file in its ``tmp/``, removed at once; a missing Maildir is not created.
"""

from __future__ import annotations

import difflib
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from agent.config import Config
from agent.errors import FollowupError

OK, WARNING, PROBLEM = "ok", "warning", "problem"


@dataclass(frozen=True)
class Finding:
    """One check's outcome: ``subject`` is what was checked, ``said`` what was found, ``fix``
    what to do about it (for a warning or a problem)."""

    level: str
    subject: str
    said: str
    fix: str | None = None

    @property
    def line(self) -> str:
        fix = f"; fix: {self.fix}" if self.fix and self.level != OK else ""
        return f"{self.level}: {self.subject}: {self.said}{fix}"


Check = Callable[[Config], list[Finding]]


def checkup(config_path: str | None) -> list[Finding]:
    """Every check's finding, in the order of the checks."""
    from agent.config import find_config, load_config

    try:
        path = find_config(config_path)
        config = load_config(path)
    except FollowupError as e:
        found = [Finding(PROBLEM, "config", e.message, e.hint)]
        return found + [
            Finding(PROBLEM, "config", p, "correct it in the config file") for p in e.problems
        ]
    findings = [Finding(OK, "config", f"{config.path} is valid")]
    for check in (*LOCAL_CHECKS, *backend_checks(config)):
        findings.extend(check(config))
    return findings


def diagnose(config_path: str | None) -> list[str]:
    """The problems alone, each as ``subject: what is wrong (fix)``; [] when there is none."""
    return [
        f"{f.subject}: {f.said}" + (f" ({f.fix})" if f.fix else "")
        for f in checkup(config_path)
        if f.level == PROBLEM
    ]


# --------------------------------------------------------------------------- calendars


def check_calendars(config: Config) -> list[Finding]:
    """Each calendar is fetched and parsed as a first pass would, and its events detected."""
    from agent.ports import Window
    from agent.wiring import calendar_sources

    try:
        sources = calendar_sources(config)
    except FollowupError as e:
        return [Finding(PROBLEM, "calendar", e.message, e.hint)]
    now = datetime.now(UTC)
    window = Window(now - config.calendar.window_past, now + config.calendar.window_future)
    findings = []
    for source in sources:
        subject = f"calendar {source.name}"
        try:
            batch = source.fetch(None, window)
        except FollowupError as e:
            fix = e.hint or "check calendar.ics (a path, or the calendar's iCal address)"
            findings.append(Finding(PROBLEM, subject, e.message, fix))
            continue
        findings.append(_calendar_finding(config, subject, batch))
    return findings


def _calendar_finding(config: Config, subject: str, batch: object) -> Finding:
    from agent.detector import Detector, rapid_series
    from agent.ports import SyncBatch

    assert isinstance(batch, SyncBatch)
    events = batch.events
    starts: dict[str, list[datetime]] = {}
    for event in events:
        if event.recurrence_id is not None:
            starts.setdefault(event.uid, []).append(event.start_at)
    detector = Detector(config.me, {}, {}, rapid_series(starts, config.policy.series_gap))
    interviews = sum(1 for event in events if detector.detect(event.key, event)[1])
    back, ahead = _days(config.calendar.window_past), _days(config.calendar.window_future)
    counted = (
        f"{_count(len(events), 'event')} from {back} back to {ahead} ahead, "
        f"{_count(interviews, 'interview')}, {_count(len(starts), 'recurring series', '')}"
    )
    if batch.errors:
        return Finding(
            WARNING,
            subject,
            f"{counted}; {_count(len(batch.errors), 'event')} could not be read "
            f"({batch.errors[0].message})",
            "`followup -v tick` lists each; the rest are read as usual",
        )
    if not events:
        return Finding(
            WARNING,
            subject,
            f"readable, but it holds no events from {back} back to {ahead} ahead",
            "check that it is the calendar your interviews are in",
        )
    return Finding(OK, subject, f"readable: {counted}")


def _days(delta: object) -> str:
    from agent.durations import spoken_duration

    return spoken_duration(delta)  # type: ignore[arg-type]


def _count(n: int, noun: str, plural: str = "s") -> str:
    return f"{n} {noun}{'' if n == 1 else plural}"


# --------------------------------------------------------------------------- folders


def check_drafts(config: Config) -> list[Finding]:
    """The drafts Maildir can be written: a probe file in its ``tmp/``, or, when the Maildir does
    not exist yet, its nearest existing folder is writable (the first pass creates it there)."""
    folder = config.drafts.maildir
    if folder is None:
        return []  # another backend: its own checks
    subject = f"drafts folder {folder}"
    fix = "create it, or point drafts.maildir at a folder you can write"
    if not folder.exists():
        blocked = _not_creatable(folder)
        if blocked:
            return [
                Finding(PROBLEM, subject, f"does not exist and cannot be created: {blocked}", fix)
            ]
        return [Finding(OK, subject, "does not exist yet; the first pass creates it")]
    if not folder.is_dir():
        return [Finding(PROBLEM, subject, "is a file, not a folder", fix)]
    if not _is_maildir(folder):
        if any(folder.iterdir()):
            return [
                Finding(
                    PROBLEM,
                    subject,
                    "is a folder with other things in it, not a Maildir (cur/, new/, tmp/)",
                    "point drafts.maildir at an empty or new folder, or at a Maildir",
                )
            ]
        return [Finding(OK, subject, "an empty folder; the first pass makes it a Maildir")]
    probe = folder / "tmp" / f"followup-doctor-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        return [Finding(PROBLEM, subject, f"cannot be written: {e.strerror or e}", fix)]
    return [
        Finding(OK, subject, f"a writable Maildir holding {_count(_mail_count(folder), 'message')}")
    ]


def check_sent(config: Config) -> list[Finding]:
    """The Sent Maildir, when given: it must be there (followup never creates it) and be a
    Maildir; with no mail in it yet, sent drafts cannot be told from deleted ones."""
    folder = config.drafts.sent_maildir
    if folder is None:
        return []
    subject = f"sent folder {folder}"
    if not folder.is_dir():
        close = _close_folders(folder)
        hint = f"did you mean {' or '.join(str(c) for c in close)}? " if close else ""
        return [
            Finding(
                PROBLEM,
                subject,
                "does not exist" if not folder.exists() else "is not a folder",
                f"{hint}point drafts.sent_maildir at the Maildir your mail client keeps sent "
                "mail in",
            )
        ]
    if not _is_maildir(folder):
        return [
            Finding(
                PROBLEM,
                subject,
                "is not a Maildir (no cur/ and new/ in it)",
                "point drafts.sent_maildir at the Maildir your mail client keeps sent mail in",
            )
        ]
    if not os.access(folder / "cur", os.R_OK | os.X_OK):
        return [Finding(PROBLEM, subject, "cannot be read by this user", "let this user read it")]
    count = _mail_count(folder)
    if count == 0:
        return [
            Finding(
                WARNING,
                subject,
                "a Maildir with no mail in it yet: a sent draft cannot be told from a deleted one",
                "nothing, if you have sent nothing from this account yet; else check that your "
                "mail client saves sent mail there",
            )
        ]
    return [Finding(OK, subject, f"a Maildir holding {_count(count, 'message')}")]


def check_state_folder(config: Config) -> list[Finding]:
    """The state file's folder exists or can be created, and can be written."""
    path = Path(config.state)
    if str(path) == ":memory:":
        return []
    folder = path.parent
    subject = f"state folder {folder}"
    fix = "create it, or point state at a file in a folder you can write"
    if folder.is_dir():
        if not os.access(folder, os.W_OK | os.X_OK):
            return [Finding(PROBLEM, subject, "cannot be written by this user", fix)]
        return [Finding(OK, subject, "writable")]
    blocked = _not_creatable(folder)
    if blocked:
        return [Finding(PROBLEM, subject, f"does not exist and cannot be created: {blocked}", fix)]
    return [Finding(OK, subject, "does not exist yet; the first pass creates it")]


def check_templates_folder(config: Config) -> list[Finding]:
    folder = config.templates
    if folder is None:
        return []
    subject = f"templates folder {folder}"
    if not folder.is_dir():
        close = _close_folders(folder)
        hint = f"did you mean {' or '.join(str(c) for c in close)}? " if close else ""
        return [
            Finding(
                PROBLEM,
                subject,
                "does not exist" if not folder.exists() else "is not a folder",
                f"{hint}point templates at your templates folder, or leave the key out",
            )
        ]
    names = sorted(p.name for p in folder.glob("*.j2"))
    if not names:
        return [
            Finding(
                WARNING,
                subject,
                "holds no templates (*.j2): the packaged ones are used",
                "add templates named as the packaged ones (thank_you.txt.j2, ...)",
            )
        ]
    return [Finding(OK, subject, f"{_count(len(names), 'template')} of your own")]


def _is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _mail_count(folder: Path) -> int:
    count = 0
    for sub in ("cur", "new"):
        try:
            count += sum(1 for entry in os.scandir(folder / sub) if not entry.name.startswith("."))
        except OSError:
            continue
    return count


def _not_creatable(folder: Path) -> str | None:
    """Why ``folder`` cannot be created, or None when it can."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing} is not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} is not writable"
    return None


def _close_folders(folder: Path) -> list[Path]:
    """Folders beside ``folder`` with a name close to its (``sent`` for ``Sent``, ``.Sent``)."""
    parent = folder.parent
    try:
        names = [p.name for p in parent.iterdir() if p.is_dir()]
    except OSError:
        return []
    folded = {name.casefold().lstrip("."): name for name in names}
    wanted = folder.name.casefold().lstrip(".")
    found = difflib.get_close_matches(wanted, list(folded), n=2, cutoff=0.6)
    return [parent / folded[name] for name in found]


# --------------------------------------------------------------------------- templates, state


def check_templates(config: Config) -> list[Finding]:
    from agent.compose import Composer

    which = "your templates and the packaged ones" if config.templates else "the packaged ones"
    try:
        problems = Composer(config.templates).check()
    except FollowupError as e:
        return [Finding(PROBLEM, "templates", e.message, e.hint or "correct the template")]
    if not problems:
        return [Finding(OK, "templates", f"{which} render")]
    return [
        Finding(PROBLEM, "templates", p, "correct the template, or remove it") for p in problems
    ]


def check_state(config: Config) -> list[Finding]:
    """Integrity and schema version, on a read-only connection (no migration happens here)."""
    from agent.state import RESTORE_HINT, SCHEMA_VERSION

    path = Path(config.state)
    subject = f"state file {path}"
    if str(path) == ":memory:":
        return []
    if not path.exists():
        return [Finding(OK, subject, "not there yet; the first pass creates it")]
    if not os.access(path, os.R_OK | os.W_OK):
        return [
            Finding(PROBLEM, subject, "cannot be read and written by this user", "chmod u+rw it")
        ]
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        finally:
            db.close()
    except sqlite3.DatabaseError as e:
        return [Finding(PROBLEM, subject, f"is damaged ({e})", RESTORE_HINT)]
    if verdict != "ok":
        return [Finding(PROBLEM, subject, f"failed its integrity check: {verdict}", RESTORE_HINT)]
    if version > SCHEMA_VERSION:
        return [
            Finding(
                PROBLEM,
                subject,
                f"is from a newer followup (schema {version})",
                "upgrade followup",
            )
        ]
    return [Finding(OK, subject, f"intact (schema {version})")]


LOCAL_CHECKS: tuple[Check, ...] = (
    check_state_folder,
    check_drafts,
    check_sent,
    check_templates_folder,
    check_calendars,
    check_templates,
    check_state,
)


def backend_checks(config: Config) -> list[Check]:
    """Checks of the non-local backends the config uses.

    The Google backend adds its checks here (token present, readable 0600, its scopes and
    expiry, refreshable).
    """
    from agent.wiring import uses_google

    checks: list[Check] = []
    if config.drafts.imap is not None or config.calendar.caldav is not None:
        from agent.imap.doctor import check_caldav, check_imap

        checks += [check_imap, check_caldav]
    if not uses_google(config):
        return checks
    from agent.google.doctor import check_google

    return [*checks, check_google]

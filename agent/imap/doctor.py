"""``followup doctor``'s IMAP and CalDAV checks: sign in, say which folders and calendars were
found, and what is missing."""

from __future__ import annotations

from agent.config import Config
from agent.doctor import OK, PROBLEM, Finding
from agent.errors import FollowupError


def check_imap(config: Config) -> list[Finding]:
    """The sign-in, and the Drafts and Sent folders (by SPECIAL-USE or by name)."""
    from agent.imap.session import ImapSession

    if config.drafts.imap is None:
        return []
    session = ImapSession(config.drafts.imap)
    try:
        folders = session.folders()
    except FollowupError as e:
        return [Finding(PROBLEM, "imap", e.message, e.hint)]
    finally:
        session.close()
    found = [Finding(OK, "imap", f"signed in as {session.shown}")]
    for role, name, fix in (
        ("drafts", folders.drafts, "name it in drafts.imap.folder"),
        ("sent", folders.sent, "name it in drafts.imap.sent_folder"),
    ):
        if name:
            found.append(
                Finding(OK, "imap", f"{role} folder {name!r} (by {folders.found_by(role)})")
            )
        else:
            found.append(
                Finding(PROBLEM, "imap", f"no {role} folder found (SPECIAL-USE or name)", fix)
            )
    if folders.all_mail:
        found.append(Finding(OK, "imap", f"replies are also read from {folders.all_mail!r}"))
    return found


def check_caldav(config: Config) -> list[Finding]:
    """The sign-in, and the calendars found."""
    caldav = config.calendar.caldav
    if caldav is None:
        return []
    from agent.sources.caldav import CalDavSource

    try:
        calendars = CalDavSource(caldav, config.me.timezone).discover()
    except FollowupError as e:
        return [Finding(PROBLEM, "caldav", e.message, e.hint)]
    if not calendars:
        return [Finding(PROBLEM, "caldav", "the account has no calendars", "check the url")]
    return [Finding(OK, "caldav", f"calendar {name!r} found") for name in calendars.values()]

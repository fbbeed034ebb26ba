"""``followup init``: a commented starter config, filled in from answers when run in a terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from agent.errors import InputEnded
from agent.policy import starter_lines
from agent.safefiles import write_private

STARTER = """\
# followup configuration. Every key is documented in config.example.yaml in the repository.
me:
  name: {name}
  email: {email}
  # aliases: [you@work.example]        # other addresses that are also you
  {timezone}

calendar:
  # a file, or your calendar's secret iCal address (Google: Settings > Integrate calendar)
  ics: {calendar}
  # or a CalDAV server (Fastmail https://caldav.fastmail.com/, iCloud https://caldav.icloud.com/,
  # Nextcloud https://your.cloud/remote.php/dav; each needs an app password):
  # caldav: {{url: https://caldav.fastmail.com/, username: you@fastmail.com,
  #          password_command: pass show calendar}}
  # window: {{past: 120d, future: 365d}}

drafts:
  maildir: {maildir}                  # a Maildir any mail client opens; created if missing
  # or your mail account's Drafts folder over IMAP (replies are then read from its INBOX):
  # imap: {{host: imap.fastmail.com, username: you@fastmail.com, password_command: pass show mail}}
  #   Fastmail imap.fastmail.com, iCloud imap.mail.me.com (both need an app password),
  #   Proton Bridge 127.0.0.1 port 1143 with tls: {{fingerprint: ...}}.
  #   Outlook.com and Microsoft 365 are not supported yet (they allow OAuth sign-in only).
  # sent_maildir: ~/Mail/Sent          # lets followup tell a sent draft from a deleted one
  # html: false

# poll_interval: 5m
# policy:
{policy}
# articles:
#   - {{title: "Event sourcing in practice", url: "https://example.org/es", tags: [backend]}}
"""


TIMEZONE_LEFT_OUT = "# timezone: America/Los_Angeles      # default: this machine's zone"


def _ask(question: str, default: str, check: Callable[[str], str] | None = None) -> str:
    """The answer to ``question`` (``default`` when none is typed); asked again, with what is
    wrong, until ``check`` accepts it (``check`` returns the value to keep, or raises
    ValueError with a message for the user)."""
    while True:
        try:
            answer = input(f"{question} [{default}]: ").strip() or default
        except EOFError:
            print(file=sys.stderr)  # the prompt's line stays unfinished otherwise
            raise InputEnded(
                f'input ended at the prompt "{question}"; nothing was written'
            ) from None
        if check is None:
            return answer
        try:
            return check(answer)
        except ValueError as e:
            print(f"  {e}; try again (Ctrl-C to stop)", file=sys.stderr)


def checked_email(text: str) -> str:
    from agent.config import email_address

    return email_address(text)


def checked_zone(text: str) -> str:
    """The IANA zone ``text`` means: an abbreviation becomes the zone people mean by it, said
    back with a note where it is ambiguous (IST, CST)."""
    from agent.zones import is_zone, zone_meant

    guess = zone_meant(text)
    if guess is None:
        if is_zone(text):
            return text
        from agent.zones import suggestion

        raise ValueError(f"{text!r} is not a time zone ({suggestion(text)})")
    if not guess.exact:
        note = f" ({guess.note})" if guess.note else ""
        print(f"  {text}: using {guess.zone}{note}", file=sys.stderr)
    return guess.zone


def starter_text(
    name: str, email: str, calendar: str, maildir: str, timezone: str | None = None
) -> str:
    # JSON strings are valid YAML scalars: whatever the user typed stays one value.
    return STARTER.format(
        name=json.dumps(name),
        email=json.dumps(email),
        timezone=f"timezone: {json.dumps(timezone)}" if timezone else TIMEZONE_LEFT_OUT,
        calendar=json.dumps(calendar),
        maildir=json.dumps(maildir),
        policy="\n".join(f"#   {line}" for line in starter_lines()),
    )


def write_starter(target: Path, *, interactive: bool) -> None:
    name, email = "Your Name", "you@example.com"
    calendar, maildir = "calendar.ics", "~/Mail/followup/Drafts"
    timezone = None
    if interactive:
        from agent.config import system_timezone

        name = _ask("Your name", name)
        email = _ask("Your email address", email, checked_email)
        timezone = _ask("Your time zone", system_timezone(), checked_zone)
        calendar = _ask("Calendar (.ics file or URL)", calendar)
        maildir = _ask("Drafts Maildir", maildir)
    # 0600: the config may hold a calendar's secret address
    write_private(target, starter_text(name, email, calendar, maildir, timezone))

"""``followup init``: a commented starter config, filled in from answers when run in a terminal.

In a terminal it asks the user's name, address and time zone, where the interviews are (an ICS
file or link, Google Calendar, or a CalDAV server: Fastmail, iCloud, Nextcloud, another) and
where the drafts go (a Maildir, Gmail, or an IMAP account: Fastmail, iCloud, Proton Mail Bridge,
another; Outlook.com and Microsoft 365 are refused, they allow OAuth sign-in only), with each
provider's settings filled in and a word on the app password it needs. A password is never
asked: a command that prints it, or an environment variable's name (``$NAME``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import InputEnded
from agent.policy import starter_lines
from agent.safefiles import write_private

if TYPE_CHECKING:
    from agent.config import ValueType

STARTER = """\
# followup configuration. Every key is documented in config.example.yaml in the repository.
me:
  name: {name}
  email: {email}
  # aliases: [you@work.example]        # other addresses that are also you
  {timezone}

calendar:
{calendar}
  # window: {{past: 120d, future: 365d}}

drafts:
{drafts}
  # html: false
{google}
# poll_interval: 5m
# policy:
{policy}
# articles:
#   - {{title: "Event sourcing in practice", url: "https://example.org/es", tags: [backend]}}
"""

ICS_SECTION = """\
  # a file, or your calendar's secret iCal address (Google: Settings > Integrate calendar)
  ics: {calendar}
  # or a CalDAV server (Fastmail https://caldav.fastmail.com/, iCloud https://caldav.icloud.com/,
  # Nextcloud https://your.cloud/remote.php/dav; each needs an app password):
  # caldav: {{url: https://caldav.fastmail.com/, username: you@fastmail.com,
  #          password_command: pass show calendar}}"""

MAILDIR_SECTION = """\
  maildir: {maildir}                  # a Maildir any mail client opens; created if missing
  # or your mail account's Drafts folder over IMAP (replies are then read from its INBOX):
  # imap: {{host: imap.fastmail.com, username: you@fastmail.com, password_command: pass show mail}}
  #   Fastmail imap.fastmail.com, iCloud imap.mail.me.com (both need an app password),
  #   Proton Bridge 127.0.0.1 port 1143 with tls: {{fingerprint: ...}}.
  #   Outlook.com and Microsoft 365 are not supported yet (they allow OAuth sign-in only).
  # sent_maildir: ~/Mail/Sent          # lets followup tell a sent draft from a deleted one"""

GOOGLE_SECTION = """
google:
  # the OAuth client file of your Google Cloud project (README: Google Calendar and Gmail);
  # then run `followup auth`
  client_secret: {client_secret}
  # token: token.json                  # default: beside the state file
"""

TIMEZONE_LEFT_OUT = "# timezone: America/Los_Angeles      # default: this machine's zone"

# --------------------------------------------------------------------------- providers


@dataclass(frozen=True)
class Provider:
    """A mail or calendar service and the settings followup needs for it."""

    key: str  # what the user may type instead of the number
    label: str  # as the menu shows it
    host: str = ""  # IMAP server
    port: int = 993
    url: str = ""  # CalDAV address
    password: str = ""  # which password it takes, and where the user makes one
    refused: str = ""  # why followup cannot use it (yet)


APP_PASSWORDS = {
    "fastmail": "Fastmail needs an app password: Settings > Privacy & Security > App passwords",
    "icloud": "iCloud needs an app-specific password: appleid.apple.com > Sign-In and Security",
    "nextcloud": "Nextcloud: use an app password (Settings > Security > Devices & sessions)",
    "proton": "Proton Mail Bridge: the user name and password the Bridge shows, not your Proton "
    "password",
}

CALENDARS = (
    Provider("ics", "an .ics file or link (Outlook, Proton: the calendar's iCal address)"),
    Provider("google", "Google Calendar (signs in to Google; needs `followup auth`)"),
    Provider(
        "fastmail",
        "Fastmail (CalDAV; app password)",
        url="https://caldav.fastmail.com/",
        password=APP_PASSWORDS["fastmail"],
    ),
    Provider(
        "icloud",
        "iCloud (CalDAV; app-specific password)",
        url="https://caldav.icloud.com/",
        password=APP_PASSWORDS["icloud"],
    ),
    Provider("nextcloud", "Nextcloud (CalDAV; app password)", password=APP_PASSWORDS["nextcloud"]),
    Provider("caldav", "another CalDAV server"),
)

MAIL = (
    Provider("maildir", "a Maildir folder (any mail client opens it)"),
    Provider("gmail", "Gmail (signs in to Google; needs `followup auth`)"),
    Provider(
        "fastmail",
        "Fastmail (IMAP; app password)",
        host="imap.fastmail.com",
        password=APP_PASSWORDS["fastmail"],
    ),
    Provider(
        "icloud",
        "iCloud Mail (IMAP; app-specific password)",
        host="imap.mail.me.com",
        password=APP_PASSWORDS["icloud"],
    ),
    Provider(
        "outlook",
        "Outlook.com or Microsoft 365 (not supported yet)",
        refused="Outlook.com and Microsoft 365 are not supported yet: they allow only OAuth "
        "sign-in over IMAP. Choose a Maildir (1) and use the Outlook calendar's iCal link",
    ),
    Provider(
        "proton",
        "Proton Mail, through Proton Mail Bridge (IMAP on this machine)",
        host="127.0.0.1",
        port=1143,
        password=APP_PASSWORDS["proton"],
    ),
    Provider("imap", "another IMAP server"),
)

# --------------------------------------------------------------------------- asking


def _ask(
    question: str,
    default: str,
    check: Callable[[str], str] | None = None,
    *,
    optional: bool = False,
) -> str:
    """The answer to ``question`` (``default`` when none is typed; with no default an answer
    is needed unless ``optional``); asked again, with what is wrong, until ``check`` accepts it
    (``check`` returns the value to keep, or raises ValueError with a message for the user)."""
    shown = f"{question} [{default}]: " if default else f"{question}: "
    while True:
        try:
            answer = input(shown).strip() or default
        except EOFError:
            print(file=sys.stderr)  # the prompt's line stays unfinished otherwise
            raise InputEnded(
                f'input ended at the prompt "{question}"; nothing was written'
            ) from None
        if not answer and optional:
            return ""
        try:
            if not answer:
                raise ValueError("an answer is needed")
            return answer if check is None else check(answer)
        except ValueError as e:
            print(f"  {e}; try again (Ctrl-C to stop)", file=sys.stderr)


def _choose(title: str, question: str, choices: Sequence[Provider]) -> Provider:
    """One of ``choices``, by its number or its name, from a numbered menu."""
    print(title)
    for number, choice in enumerate(choices, 1):
        print(f"  {number}  {choice.label}")

    def pick(answer: str) -> str:
        text = answer.strip().lower()
        found = [
            c
            for n, c in enumerate(choices, 1)
            if text == str(n) or (len(text) > 1 and c.key.startswith(text))
        ]
        if len(found) != 1:
            raise ValueError(f"{answer!r} is none of 1 to {len(choices)}")
        if found[0].refused:
            raise ValueError(found[0].refused)
        return found[0].key

    key = _ask(question, "1", pick)
    return next(c for c in choices if c.key == key)


def _note(text: str) -> None:
    print(f"  {text}", file=sys.stderr)


def _value_check(kind: ValueType) -> Callable[[str], str]:
    """A check of ``_ask`` from a config value type: the text as typed, when the type takes it."""

    def check(text: str) -> str:
        assert kind.parse is not None
        kind.parse(text, Path.cwd())
        return text

    return check


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


def checked_password(text: str) -> str:
    """A command that prints the password, or ``$NAME`` of an environment variable holding it."""
    from agent.config import COMMAND, ENV_NAME

    kind = ENV_NAME if text.startswith("$") else COMMAND
    _value_check(kind)(text.removeprefix("$"))
    return text


def checked_port(text: str) -> str:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise ValueError(f"{text!r} is not a port number from 1 to 65535")
    return str(int(text))


# --------------------------------------------------------------------------- sections


@dataclass(frozen=True)
class Login:
    """A user name and where its password comes from (a command, or ``$NAME``)."""

    username: str
    password: str

    def lines(self, indent: str) -> list[str]:
        if self.password.startswith("$"):
            source = f"password_env: {json.dumps(self.password[1:])}"
        else:
            source = f"password_command: {json.dumps(self.password)}"
        return [
            f"{indent}username: {json.dumps(self.username)}",
            f"{indent}{source}  # never the password itself",
        ]


@dataclass(frozen=True)
class Section:
    """A ``calendar`` or ``drafts`` section as written, and whether it needs Google's."""

    text: str
    google: bool = False


def ics_section(calendar: str) -> Section:
    return Section(ICS_SECTION.format(calendar=json.dumps(calendar)))


def maildir_section(maildir: str) -> Section:
    return Section(MAILDIR_SECTION.format(maildir=json.dumps(maildir)))


def caldav_section(provider: Provider, url: str, login: Login) -> Section:
    lines = [f"  # {provider.password}"] if provider.password else []
    lines += [
        "  caldav:",
        f"    url: {json.dumps(url)}",
        *login.lines("    "),
        "    # calendars: [Calendar]          # default: every calendar of the account",
    ]
    return Section("\n".join(lines))


def imap_section(
    provider: Provider, host: str, port: int, login: Login, fingerprint: str = ""
) -> Section:
    lines = [f"  # {provider.password}"] if provider.password else []
    lines += [
        "  imap:                              # replies are read from its INBOX",
        f"    host: {json.dumps(host)}",
        f"    port: {port}",
        *login.lines("    "),
    ]
    if fingerprint:
        lines.append(f"    tls: {{fingerprint: {json.dumps(fingerprint)}}}")
    elif provider.key == "proton":
        lines += [
            "    # the Bridge's own certificate, pinned by its SHA-256 fingerprint "
            "(see the README):",
            "    # tls: {fingerprint: ...}",
        ]
    return Section("\n".join(lines))


GOOGLE_CALENDAR = Section("  google: {calendars: [primary]}    # add other calendar ids", True)
GMAIL = Section("  gmail: {}", True)


def starter_text(
    name: str,
    email: str,
    calendar: str | Section,
    maildir: str | Section,
    timezone: str | None = None,
    client_secret: str = "client_secret.json",
) -> str:
    """The config file: ``calendar`` an ICS file or link, or a whole section; ``maildir`` the
    drafts Maildir, or a whole section."""
    calendar = ics_section(calendar) if isinstance(calendar, str) else calendar
    drafts = maildir_section(maildir) if isinstance(maildir, str) else maildir
    google = calendar.google or drafts.google
    # JSON strings are valid YAML scalars: whatever the user typed stays one value.
    return STARTER.format(
        name=json.dumps(name),
        email=json.dumps(email),
        timezone=f"timezone: {json.dumps(timezone)}" if timezone else TIMEZONE_LEFT_OUT,
        calendar=calendar.text,
        drafts=drafts.text,
        google=GOOGLE_SECTION.format(client_secret=json.dumps(client_secret)) if google else "",
        policy="\n".join(f"#   {line}" for line in starter_lines()),
    )


# --------------------------------------------------------------------------- the questions


def _login(what: str, email: str, provider: Provider, earlier: Login | None) -> Login:
    if provider.password:
        _note(provider.password)
    username = _ask(f"{what} user name", earlier.username if earlier else email)
    password = _ask(
        f"{what} password: a command that prints it, or $VARIABLE",
        earlier.password if earlier else f"pass show {provider.key}",
        checked_password,
    )
    return Login(username, password)


def ask_calendar(email: str) -> tuple[Section, Provider, Login | None]:
    """Where the interviews are: the section, the provider, the login given (CalDAV)."""
    from agent.config import URL

    provider = _choose("Where are your interviews?", "Calendar", CALENDARS)
    if provider.key == "ics":
        return ics_section(_ask("Calendar (.ics file or URL)", "calendar.ics")), provider, None
    if provider.key == "google":
        _note("then put your Google OAuth client file beside the config and run `followup auth`")
        return GOOGLE_CALENDAR, provider, None
    url = provider.url
    if provider.key == "nextcloud":
        base = _ask("Your Nextcloud's address (https://...)", "", _value_check(URL))
        url = base.rstrip("/") + ("" if "/remote.php/" in base else "/remote.php/dav")
    elif not url:
        url = _ask("CalDAV server address (https://...)", "", _value_check(URL))
    login = _login("CalDAV", email, provider, None)
    return caldav_section(provider, url, login), provider, login


def ask_mail(email: str, calendar: Provider, calendar_login: Login | None) -> Section:
    """Where the drafts go; an account shared with the calendar suggests the same login."""
    from agent.config import FINGERPRINT, TEXT

    provider = _choose("Where should the drafts go?", "Mail", MAIL)
    if provider.key == "maildir":
        return maildir_section(_ask("Drafts Maildir", "~/Mail/followup/Drafts"))
    if provider.key == "gmail":
        if calendar.key != "google":
            _note(
                "then put your Google OAuth client file beside the config and run `followup auth`"
            )
        return GMAIL
    host, port = provider.host, provider.port
    if not host:
        host = _ask("IMAP server (host name)", "", _value_check(TEXT))
        port = int(_ask("Port (993: TLS; 143: STARTTLS)", "993", checked_port))
    earlier = calendar_login if calendar.key == provider.key else None
    login = _login("IMAP", email, provider, earlier)
    fingerprint = ""
    if provider.key == "proton":
        _note(
            "the Bridge's certificate is its own: its SHA-256 fingerprint is printed by "
            "openssl s_client -starttls imap -connect 127.0.0.1:1143 | "
            "openssl x509 -fingerprint -sha256 -noout"
        )
        fingerprint = _ask(
            "Bridge certificate fingerprint (SHA-256; Enter: add it later)",
            "",
            _value_check(FINGERPRINT),
            optional=True,
        )
    return imap_section(provider, host, port, login, fingerprint)


def write_starter(target: Path, *, interactive: bool) -> None:
    name, email = "Your Name", "you@example.com"
    calendar: str | Section = "calendar.ics"
    drafts: str | Section = "~/Mail/followup/Drafts"
    timezone = None
    if interactive:
        from agent.config import system_timezone

        name = _ask("Your name", name)
        email = _ask("Your email address", email, checked_email)
        timezone = _ask("Your time zone", system_timezone(), checked_zone)
        calendar, provider, login = ask_calendar(email)
        drafts = ask_mail(email, provider, login)
    # 0600: the config may hold a calendar's secret address
    write_private(target, starter_text(name, email, calendar, drafts, timezone))

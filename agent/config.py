"""followup's configuration: the spec of every key as data, its lookup, loading and validation.

``SPEC`` is the one table of keys (path, type, default, doc). Validation walks the YAML against it
and collects every problem before raising a single ``ConfigError``; ``example_yaml()`` renders the
documented ``config.example.yaml`` from the same table, so the reference cannot drift from the code.
Relative paths in a config file are relative to that file's folder; ``~`` is expanded; URLs are
kept as they are. The result is a frozen ``Config``.
"""

from __future__ import annotations

import difflib
import os
import re
import textwrap
import zoneinfo
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from agent import policy
from agent.addresses import canonical
from agent.durations import format_duration
from agent.errors import ConfigError
from agent.model import Article, Me
from agent.policy import Policy
from agent.policy import shown as _shown
from agent.policy import yaml_text as _yaml_text
from agent.zones import suggestion, zone_meant

CONFIG_ENV = "FOLLOWUP_CONFIG"
CONFIG_NAME = "config.yaml"
APP_NAME = "followup"
STATE_NAME = "followup.db"
TOKEN_NAME = "token.json"
INIT_HINT = "run `followup init` to write a starter config, or pass --config FILE"

# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class CalDavConfig:
    url: str
    username: str
    password_command: str | None
    password_env: str | None
    calendars: tuple[str, ...] | None  # names (or URLs); None: every calendar of the account


@dataclass(frozen=True)
class CalendarConfig:
    ics: tuple[str, ...]  # absolute paths or URLs
    google_calendars: tuple[str, ...] | None  # None when not using Google
    window_past: timedelta
    window_future: timedelta
    caldav: CalDavConfig | None = None


@dataclass(frozen=True)
class TlsConfig:
    mode: str  # "implicit" (TLS from the start) or "starttls"
    ca_file: Path | None = None
    fingerprint: str | None = None  # SHA-256 of the server's certificate, hex


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    username: str
    password_command: str | None
    password_env: str | None
    folder: str | None  # the Drafts folder; None: found by SPECIAL-USE or name
    sent_folder: str | None
    tls: TlsConfig


@dataclass(frozen=True)
class DraftsConfig:
    maildir: Path | None
    sent_maildir: Path | None
    html: bool
    gmail: bool
    imap: ImapConfig | None = None


@dataclass(frozen=True)
class GoogleConfig:
    client_secret: Path | None
    token: Path
    api_root: str | None
    token_uri: str | None


@dataclass(frozen=True)
class Config:
    path: Path
    me: Me
    calendar: CalendarConfig
    drafts: DraftsConfig
    state: Path
    templates: Path | None
    poll_interval: timedelta
    policy: Policy
    articles: tuple[Article, ...]
    google: GoogleConfig
    companies: tuple[tuple[str, str], ...] = ()  # (domain or name, the name to use)
    article_feeds: tuple[str, ...] = ()  # RSS / Atom feeds: absolute paths or URLs


# --------------------------------------------------------------------------- value types

#: Reads one YAML value (relative paths against the folder given); raises ValueError for the user.
Parser = Callable[[Any, Path], Any]


@dataclass(frozen=True)
class ValueType:
    """What a key holds: its name in the docs and its parser (None for the kinds of sections)."""

    name: str
    parse: Parser | None = None


def _text(value: Any, base: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected text, got {_shown(value)}")
    return value.strip()


def _email(value: Any, base: Path) -> str:
    text = _text(value, base)
    if "<" in text:
        raise ValueError(f"{text!r}: write the bare address, e.g. alex@example.com")
    if canonical(text) is None or "." not in text.rpartition("@")[2]:
        raise ValueError(f"{text!r} is not an email address")
    return text


def email_address(text: str) -> str:
    """``text`` when it is an email address as ``me.email`` takes it; ValueError otherwise."""
    return _email(text, Path())


def _timezone(value: Any, base: Path) -> str:
    """An IANA zone. An abbreviation (PST, CET, IST) or a legacy name tzdata keeps for it (EST
    is a fixed UTC-5 there, never New York's summer time) is refused with the zone meant."""
    name = _text(value, base)
    guess = zone_meant(name)
    if guess is not None and guess.exact:
        return name
    if guess is not None:
        raise ValueError(f"{name!r} is not an IANA time zone name: {suggestion(name)}")
    if not _is_zone(name):
        raise ValueError(f"{name!r} is not an IANA time zone ({suggestion(name)})")
    return name


def _is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _path(value: Any, base: Path) -> Path:
    path = expand_user(_text(value, base))
    return Path(os.path.normpath(path if path.is_absolute() else base / path))


def expand_user(text: str) -> Path:
    """``text`` as a path with ``~`` and ``~user`` expanded; ValueError for the user when it
    names no user or holds a character no file name can (a NUL, a line break)."""
    bad = next((c for c in text if c in "\0\r\n"), None)
    if bad is not None:
        raise ValueError(f"{text!r} is not a path: it holds the control character {bad!r}")
    try:
        return Path(text).expanduser()
    except RuntimeError:  # ~user of an unknown user, or no home directory to expand ~ to
        user = text[1:].split("/", 1)[0]
        who = f"there is no user {user!r}" if user else "this user has no home directory"
        raise ValueError(f"{text!r}: {who} to expand ~{user} to") from None


_URL_SCHEMES = ("http://", "https://", "webcal://")


def _source(value: Any, base: Path) -> str:
    text = _text(value, base)
    if text.lower().startswith(_URL_SCHEMES):
        return checked_url(text)
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]+://", text):
        raise ValueError(f"{text!r}: a calendar is a file path or an http, https or webcal URL")
    return str(_path(text, base))


def _country(value: Any, base: Path) -> str:
    from agent.workdays import supported

    code = _text(value, base).upper()
    problem = supported(code)
    if problem:
        raise ValueError(problem)
    return code


def _url(value: Any, base: Path) -> str:
    text = _text(value, base)
    if not re.match(r"https?://[^/\s]+", text, re.IGNORECASE):
        raise ValueError(f"{text!r} is not an http(s) URL")
    return checked_url(text)


def checked_url(text: str) -> str:
    """``text`` when it is a URL that can be fetched; ValueError naming what is wrong."""
    from urllib.parse import urlsplit

    blank = next((c for c in text if c.isspace() or ord(c) < 32), None)
    if blank is not None:
        raise ValueError(f"{text!r} is not a valid URL: it holds the character {blank!r}")
    try:
        parts = urlsplit(text)
        port = parts.port  # ValueError for a port that is not a number or above 65535
    except ValueError as e:
        reason = str(e)
        if "IPv6" in reason:
            reason = "the [ of an IPv6 address is not closed" if "[" in text else reason
        elif "Port" in reason:
            reason = "the port must be a number from 1 to 65535"
        raise ValueError(f"{text!r} is not a valid URL: {reason}") from None
    if not parts.hostname:
        raise ValueError(f"{text!r} is not a valid URL: it names no host")
    if port == 0:
        raise ValueError(f"{text!r} is not a valid URL: the port must be a number from 1 to 65535")
    return text


def _port(value: Any, base: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError(f"expected a port number from 1 to 65535, got {_shown(value)}")
    return value


def _tls_mode(value: Any, base: Path) -> str:
    text = _text(value, base).lower()
    if text not in ("implicit", "starttls"):
        raise ValueError(f"expected implicit or starttls, got {_shown(value)}")
    return text


def _fingerprint(value: Any, base: Path) -> str:
    text = _text(value, base)
    digits = re.sub(r"[\s:]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise ValueError(f"{text!r} is not a SHA-256 fingerprint (64 hex digits, colons allowed)")
    return digits


def _env_name(value: Any, base: Path) -> str:
    text = _text(value, base)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        raise ValueError(f"{text!r} is not the name of an environment variable")
    return text


def _command(value: Any, base: Path) -> str:
    import shlex

    text = _text(value, base)
    try:
        if not shlex.split(text):
            raise ValueError("the command is empty")
    except ValueError as e:
        raise ValueError(f"{text!r} is not a command: {e}") from None
    return text


def _api_root(value: Any, base: Path) -> str:
    url = _url(value, base)
    return url if url.endswith("/") else url + "/"


def _list_of(parse: Parser, *, non_empty: bool = False) -> Parser:
    """A list of values read by ``parse``; a single value counts as a list of one."""

    def parse_list(value: Any, base: Path) -> tuple[Any, ...]:
        items = value if isinstance(value, list) else [value]
        if non_empty and not items:
            raise ValueError("give at least one")
        results, errors = [], []
        for i, item in enumerate(items):
            try:
                results.append(parse(item, base))
            except ValueError as e:
                errors.append(f"item {i + 1}: {e}" if len(items) > 1 else str(e))
        if errors:
            raise ValueError("; ".join(errors))
        return tuple(results)

    return parse_list


def _company_names(value: Any, base: Path) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ValueError(
            f'expected a mapping of domain or name to name, e.g. {{acme.com: "Acme Rocketry"}}, '
            f"got {_shown(value)}"
        )
    pairs = []
    for given, name in value.items():
        if not isinstance(given, str) or not given.strip().lstrip("@").strip():
            raise ValueError(f"{_shown(given)}: expected a domain or a company name as the key")
        if not isinstance(name, str) or not name.strip() or "\n" in name or "\r" in name:
            raise ValueError(
                f"{given}: expected the company's name on one line, got {_shown(name)}"
            )
        pairs.append((given.strip().lstrip("@").strip(), " ".join(name.split())))
    return tuple(pairs)


SECTION = ValueType("section")  # a mapping of further keys; absent means all defaults
CHOICE = ValueType("choice")  # a mapping whose presence selects a backend (`gmail: {}`)
LIST_OF_SECTIONS = ValueType("list of mappings")
TEXT = ValueType("text", _text)
TEXTS = ValueType("text or list of text", _list_of(_text))
SOME_TEXTS = ValueType("text or non-empty list of text", _list_of(_text, non_empty=True))
EMAIL = ValueType("email address", _email)
EMAILS = ValueType("list of email addresses", _list_of(_email))
TIMEZONE = ValueType("IANA time zone", _timezone)
PATH = ValueType("path", _path)
SOURCES = ValueType("path or URL, or a list of them", _list_of(_source, non_empty=True))
FEEDS = ValueType("path or URL, or a list of them", _list_of(_source))
COUNTRY = ValueType("country code (ISO 3166)", _country)
URL = ValueType("URL", _url)
API_ROOT = ValueType("URL ending in /", _api_root)
PORT = ValueType("port number", _port)
TLS_MODE = ValueType("implicit or starttls", _tls_mode)
FINGERPRINT = ValueType("SHA-256 fingerprint", _fingerprint)
ENV_NAME = ValueType("environment variable name", _env_name)
COMMAND = ValueType("command", _command)


def _of_kind(kind: policy.ValueKind[Any]) -> ValueType:
    """A value type of the policy table as a config value type."""
    return ValueType(kind.name, lambda value, base: kind.read(value))


#: The policy table's value types; the config reads a few other keys with them too.
KINDS: dict[policy.ValueKind[Any], ValueType] = {
    kind: _of_kind(kind)
    for kind in (
        policy.DURATION,
        policy.POSITIVE_DURATION,
        policy.DAYS,
        policy.POSITIVE_DAYS,
        policy.DAY_SPAN,
        policy.POSITIVE_DAY_SPAN,
        policy.TIME,
        policy.WEEKDAY_LIST,
        policy.BOOL,
        policy.COUNT,
    )
}
DURATION, POSITIVE_DURATION = KINDS[policy.DURATION], KINDS[policy.POSITIVE_DURATION]
TIME, BOOL = KINDS[policy.TIME], KINDS[policy.BOOL]
COMPANY_NAMES = ValueType("mapping of domain or name to name", _company_names)

# --------------------------------------------------------------------------- the spec


@dataclass(frozen=True)
class Key:
    """One config key. ``path`` is dotted; fields of list items are ``articles[].title``."""

    path: str
    type: ValueType
    doc: str
    default: Any = None  # as a YAML value, the way a user would write it; None: no default
    default_doc: str | None = None  # how to describe a default computed at load time
    required: bool = False
    example: Any = None  # what config.example.yaml shows (the default when None)
    commented: bool = False  # shown commented out in config.example.yaml

    @property
    def name(self) -> str:
        return self.path.rpartition(".")[2]

    @property
    def parent(self) -> str:
        return self.path.rpartition(".")[0]

    @property
    def is_section(self) -> bool:
        return self.type in (SECTION, CHOICE, LIST_OF_SECTIONS)


def _policy_keys(section: str) -> tuple[Key, ...]:
    """The keys of the policy table directly under ``section``, as the table gives them."""
    return tuple(
        Key(row.key, KINDS[row.kind], row.meaning, default=row.default)
        for row in policy.TABLE
        if row.key.rpartition(".")[0] == section
    )


SPEC: tuple[Key, ...] = (
    Key("me", SECTION, "Who you are: drafts are written from you, and your addresses are never "
        "taken for an interviewer's."),
    Key("me.name", TEXT, "Your name, as the drafts are signed and sent.", required=True,
        example="Alex Candidate"),
    Key("me.email", EMAIL, "Your address: the drafts' From, and the domain of their Message-ID.",
        required=True, example="alex@example.com"),
    Key("me.aliases", EMAILS, "Other addresses that are also you.", default=[],
        example=["alex@work.example"]),
    Key("me.timezone", TIMEZONE, "IANA time zone for dates, working hours, the digest and --now "
        "values given without an offset.", default_doc="the system's",
        example="America/Los_Angeles"),
    Key("me.country", COUNTRY, "Whose public holidays are not working days: status checks and "
        "check-ins never fall due on one.", default_doc="the country of me.timezone",
        example="US", commented=True),
    Key("me.subdivision", TEXT, "The state or region of me.country, when its public holidays "
        "differ (`CA`, `BY`).", default_doc="none", example="CA", commented=True),
    Key("calendar", SECTION, "Where interviews are found: give one of `ics`, `google` or "
        "`caldav`.",
        required=True),
    Key("calendar.ics", SOURCES, "An .ics file or an http, https or webcal URL, or a list of "
        "them. A relative path is relative to this file's folder.", example="examples/demo.ics"),
    Key("calendar.google", CHOICE, "Read Google Calendar instead of `ics` (needs the `google` "
        "section and `followup auth`).", commented=True),
    Key("calendar.google.calendars", SOME_TEXTS, "Ids of the Google calendars to read; "
        "`primary` is your main one.", default=["primary"]),
    Key("calendar.caldav", CHOICE, "Read a CalDAV server instead of `ics` (Fastmail, iCloud, "
        "Nextcloud...): the calendars are found from the server's address.", commented=True),
    Key("calendar.caldav.url", URL, "The server's CalDAV address: your provider's, or for "
        "Nextcloud the address ending in /remote.php/dav.", required=True,
        example="https://caldav.fastmail.com/"),
    Key("calendar.caldav.username", TEXT, "Your user name on the server (often your address).",
        required=True, example="alex@example.com"),
    Key("calendar.caldav.password_command", COMMAND, "A command that prints the password (an app "
        "password where the provider has them), e.g. `pass show caldav`. Never the password "
        "itself.", default_doc="none", example="pass show calendar/fastmail"),
    Key("calendar.caldav.password_env", ENV_NAME, "Or: the environment variable holding the "
        "password.", default_doc="none", example="FOLLOWUP_CALDAV_PASSWORD", commented=True),
    Key("calendar.caldav.calendars", SOME_TEXTS, "Names of the calendars to read (as the server "
        "shows them).", default_doc="every calendar of the account", example=["Calendar"],
        commented=True),
    Key("calendar.window", SECTION, "How far back and ahead calendars are read."),
    Key("calendar.window.past", DURATION, "How far back.", default="120d"),
    Key("calendar.window.future", DURATION, "How far ahead.", default="365d"),
    Key("drafts", SECTION, "Where drafts are put for you to review and send: give one of "
        "`maildir`, `gmail` or `imap`.", required=True),
    Key("drafts.maildir", PATH, "The Maildir that receives the drafts (created if missing).",
        example="demo-out/Drafts"),
    Key("drafts.sent_maildir", PATH, "Optional Maildir holding copies of sent mail, to tell a sent "
        "draft from a dismissed one.", default_doc="none", example="Mail/Sent", commented=True),
    Key("drafts.html", BOOL, "Set to true to add an HTML alternative part to each draft.",
        default=False),
    Key("drafts.gmail", CHOICE, "Put the drafts in Gmail instead of `maildir` (needs the `google` "
        "section and `followup auth`).", commented=True),
    Key("drafts.imap", CHOICE, "Put the drafts in the Drafts folder of an IMAP account instead "
        "of `maildir` (Fastmail, iCloud, Proton Bridge, your own server...); replies are read "
        "from its INBOX.", commented=True),
    Key("drafts.imap.host", TEXT, "The IMAP server.", required=True, example="imap.fastmail.com"),
    Key("drafts.imap.port", PORT, "Its port: 993 for TLS, 143 (or a bridge's) for STARTTLS.",
        default_doc="993, or 143 with tls.mode starttls", example=993),
    Key("drafts.imap.username", TEXT, "Your user name on the server (often your address).",
        required=True, example="alex@example.com"),
    Key("drafts.imap.password_command", COMMAND, "A command that prints the password (an app "
        "password where the provider has them), e.g. `pass show mail/fastmail`. Never the "
        "password itself.", default_doc="none", example="pass show mail/fastmail"),
    Key("drafts.imap.password_env", ENV_NAME, "Or: the environment variable holding the "
        "password.", default_doc="none", example="FOLLOWUP_IMAP_PASSWORD", commented=True),
    Key("drafts.imap.folder", TEXT, "The drafts folder.", default_doc="the one marked \\Drafts, "
        "else one with a usual name", example="Drafts", commented=True),
    Key("drafts.imap.sent_folder", TEXT, "The sent-mail folder, to tell a sent draft from a "
        "deleted one.", default_doc="the one marked \\Sent, else one with a usual name",
        example="Sent", commented=True),
    Key("drafts.imap.tls", SECTION, "How the connection is encrypted and the server checked (it "
        "always is)."),
    Key("drafts.imap.tls.mode", TLS_MODE, "TLS from the start (`implicit`) or after connecting "
        "(`starttls`).", default_doc="implicit, or starttls on ports 143 and 1143",
        example="implicit"),
    Key("drafts.imap.tls.ca_file", PATH, "A CA certificate file to trust instead of the system's "
        "(a company or home server).", default_doc="the system's", example="ca.pem",
        commented=True),
    Key("drafts.imap.tls.fingerprint", FINGERPRINT, "The SHA-256 fingerprint of the server's own "
        "certificate, for a local bridge's self-signed one (Proton Bridge).", default_doc="none",
        example="AB:CD:...", commented=True),
    Key("state", PATH, "The SQLite file where followup keeps what it has seen and drafted.",
        default_doc="followup.db in the user data dir", example="demo-out/followup.db"),
    Key("templates", PATH, "A folder of your own templates; each replaces the packaged template of "
        "the same name.", default_doc="the packaged ones", example="my-templates", commented=True),
    Key("poll_interval", POSITIVE_DURATION, "How often `followup run` reads the calendars.",
        default="5m"),
    Key("policy", SECTION, "When follow-ups fall due. Due times move to the next working day."),
    Key("policy.thank_you", SECTION, "The thank-you note after each interview."),
    *_policy_keys("policy.thank_you"),
    Key("policy.status_check", SECTION, "The note asking where things stand once the company's "
        "timetable has passed."),
    *_policy_keys("policy.status_check"),
    Key("policy.check_in", SECTION, "Later check-ins while nothing is heard."),
    *_policy_keys("policy.check_in"),
    Key("policy.working_hours", SECTION, "Drafts fall due on working days, at the start of the "
        "day at the earliest."),
    *_policy_keys("policy.working_hours"),
    Key(
        "policy.reminder",
        SECTION,
        "The morning digest, to you only, on any day something needs you: the day's "
        "interviews, thank-yous still unsent.",
    ),
    *_policy_keys("policy.reminder"),
    *_policy_keys("policy"),
    Key("policy.missing", SECTION, "An event a calendar no longer lists: held, then gone."),
    *_policy_keys("policy.missing"),
    Key("policy.limits", SECTION, "Bounds no calendar can push followup past."),
    *_policy_keys("policy.limits"),
    Key("policy.cards", SECTION, "The handwritten cards that follow the thank-you emails."),
    *_policy_keys("policy.cards"),
    Key("articles", LIST_OF_SECTIONS, "Things worth sharing in a check-in when relevant. Each has "
        "a title and a url, and optional tags (topics it is relevant to).", default=[],
        example=[{"title": "Event sourcing in practice", "url": "https://example.org/es",
                  "tags": ["backend", "architecture"]}]),
    Key("articles[].title", TEXT, "What the article is called.", required=True),
    Key("articles[].url", URL, "Where to read it.", required=True),
    Key("articles[].tags", TEXTS, "Topics it is relevant to.", default=[]),
    Key("article_feeds", FEEDS, "RSS or Atom feeds (paths or URLs) whose entries are shared in "
        "check-ins like `articles`, read when a check-in is drafted; a feed that cannot be read "
        "is left out.", default=[], example=["https://example.org/blog/feed.xml"],
        commented=True),
    Key("companies", COMPANY_NAMES, "Your own names for companies, used in drafts and "
        "`status` instead of the name read from the invites; each is given by mail domain "
        "(`acme.com`) or by the name read (`Acme`).", default={},
        example={"acme.example": "Acme Rocketry"}, commented=True),
    Key("google", SECTION, "Google settings, used only with a Google backend.", commented=True),
    Key("google.client_secret", PATH, "The OAuth client file (installed app) from the Google "
        "Cloud console.", default_doc="none", example="client_secret.json"),
    Key("google.token", PATH, "Where `followup auth` writes the token (mode 0600).",
        default_doc="token.json beside the state file", example="token.json"),
    Key("google.api_root", API_ROOT, "Calendar is reached at {api_root}calendar/v3/, Gmail at "
        "{api_root}gmail/v1/.", default_doc="Google's", example="https://www.googleapis.com/"),
    Key("google.token_uri", URL, "Where token refreshes go (tests point it at a fake).",
        default_doc="Google's", example="https://oauth2.googleapis.com/token"),
)  # fmt: skip

SPEC_BY_PATH: dict[str, Key] = {key.path: key for key in SPEC}
#: Sections of which exactly one of these keys must be given.
ONE_OF: dict[str, tuple[str, ...]] = {
    "calendar": ("ics", "google", "caldav"),
    "drafts": ("maildir", "gmail", "imap"),
}


def _children(parent: str) -> list[Key]:
    return [key for key in SPEC if key.parent == parent]


# --------------------------------------------------------------------------- lookup and loading


def find_config(explicit: str | None = None) -> Path:
    """The config file to use: ``--config``, then ``$FOLLOWUP_CONFIG``, then the user config dir."""
    if explicit:
        return _existing(_given_path(explicit, "--config"), "--config")
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return _existing(_given_path(from_env, f"${CONFIG_ENV}"), f"${CONFIG_ENV}")
    default = user_config_path()
    if default.is_file():
        return default
    raise ConfigError(
        f"no configuration found: neither --config nor ${CONFIG_ENV} given, and no {default}; "
        "run `followup init` to write one",
        hint=INIT_HINT,
    )


def _given_path(text: str, source: str) -> Path:
    try:
        return expand_user(text)
    except ValueError as e:
        raise ConfigError(f"{source} {e}") from None


def _existing(path: Path, source: str) -> Path:
    try:
        is_folder = path.is_dir()
        found = is_folder or path.exists()
    except OSError as e:  # a name too long, a folder that may not be searched
        raise ConfigError(f"config file {path} (from {source}) cannot be read: {e.strerror}") from e
    if is_folder:
        raise ConfigError(f"config file {path} (from {source}) is a folder, not a file")
    if not found:
        raise ConfigError(
            f"config file {path} (from {source}) does not exist; `followup init {path}` writes one",
            hint=INIT_HINT,
        )
    return path


def user_config_path() -> Path:
    """``config.yaml`` in the user config dir (platformdirs, app ``followup``)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME)) / CONFIG_NAME


def default_state_path() -> Path:
    """``followup.db`` in the user data dir (platformdirs, app ``followup``)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME)) / STATE_NAME


def system_timezone(
    environ: Mapping[str, str] | None = None,
    localtime: Path = Path("/etc/localtime"),
    timezone_file: Path = Path("/etc/timezone"),
) -> str:
    """The system's IANA zone: from ``$TZ``, the ``/etc/localtime`` link, ``/etc/timezone``;
    else UTC."""
    env = os.environ if environ is None else environ
    for candidate in (_zone_from_tz(env.get("TZ")), _zone_from_link(localtime)):
        if candidate and _is_zone(candidate):
            return candidate
    try:
        from_file = timezone_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        from_file = ""
    return from_file if from_file and _is_zone(from_file) else "UTC"


def _zone_from_tz(value: str | None) -> str | None:
    if not value:
        return None
    name = value.removeprefix(":")
    return _zone_from_name(name) if name.startswith("/") else name


def _zone_from_link(localtime: Path) -> str | None:
    try:
        target = os.readlink(localtime)
    except OSError:
        return None
    return _zone_from_name(str(localtime.parent / target))


def _zone_from_name(path: str) -> str | None:
    _, found, name = path.partition("zoneinfo/")
    return name.removeprefix("posix/").removeprefix("right/") if found else None


def load_config(path: Path) -> Config:
    """Read, validate and resolve the config at ``path``; every problem goes in one ConfigError."""
    path = Path(os.path.abspath(_given_path(str(path), "config file")))
    raw = _read_yaml(path)
    validator = _Validator(path.parent)
    tree = validator.section(raw, "", "")
    problems = validator.problems + _cross_checks(tree)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise ConfigError(f"{path}: {count} in the configuration", problems=problems)
    return _build(tree, path)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist", hint=INIT_HINT) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from e
    try:
        data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML {_yaml_error_text(e)}") from e
    if data is None:
        raise ConfigError(f"{path}: the file is empty", hint=INIT_HINT)
    if not isinstance(data, dict):
        raise ConfigError(
            f"{path}: the top level must be a mapping of keys (me:, calendar:, drafts:, ...)"
        )
    return data


def _yaml_error_text(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return f": {problem}"
    return f"at line {mark.line + 1}, column {mark.column + 1}: {problem}"


class _Loader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys and has no YAML 1.1 base-60 numbers.

    Without this, ``start: 9:00`` would be read as the number 540, and a key given twice would
    silently take the second value.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value != "<<":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while reading a mapping",
                        node.start_mark,
                        f"key {key_node.value!r} is given twice",
                        key_node.start_mark,
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_INT, _FLOAT)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _INT,
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)

# --------------------------------------------------------------------------- validation


class _Validator:
    """Walks the YAML against ``SPEC``, converting values and collecting every problem."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.problems: list[str] = []

    def section(self, raw: Mapping[Any, Any], parent: str, shown: str) -> dict[str, Any]:
        """The converted values of one mapping; ``parent`` is its spec path, ``shown`` its
        prefix."""
        children = _children(parent)
        self._reject_unknown(raw, children, shown)
        out: dict[str, Any] = {}
        for key in children:
            where = shown + key.name
            if _given(raw, key):
                self._given(key, raw[key.name], where, out)
            else:
                self._absent(key, where, out)
        self._check_one_of(raw, parent, shown)
        return out

    def _given(self, key: Key, value: Any, where: str, out: dict[str, Any]) -> None:
        if key.type is LIST_OF_SECTIONS:
            out[key.name] = self._list_of_sections(key, value, where)
        elif key.is_section:
            if value is not None and not isinstance(value, dict):
                self.problems.append(f"{where}: expected a mapping of keys, got {_shown(value)}")
                return
            out[key.name] = self.section(value or {}, key.path, where + ".")
        else:
            assert key.type.parse is not None
            try:
                out[key.name] = key.type.parse(value, self.base)
            except ValueError as e:
                self.problems.append(f"{where}: {e}")

    def _absent(self, key: Key, where: str, out: dict[str, Any]) -> None:
        if key.required:
            self.problems.append(f"{where}: missing, and it is required. {key.doc}")
        elif key.type is SECTION:
            out[key.name] = self.section({}, key.path, where + ".")
        elif key.type is LIST_OF_SECTIONS:
            out[key.name] = []
        elif key.type is not CHOICE:
            parse = key.type.parse
            assert parse is not None
            out[key.name] = None if key.default is None else parse(key.default, self.base)

    def _list_of_sections(self, key: Key, value: Any, where: str) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            self.problems.append(f"{where}: expected a list, got {_shown(value)}")
            return []
        items = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                items.append(self.section(item, key.path + "[]", f"{where}[{i}]."))
            else:
                self.problems.append(f"{where}[{i}]: expected a mapping, got {_shown(item)}")
        return items

    def _reject_unknown(self, raw: Mapping[Any, Any], children: list[Key], shown: str) -> None:
        names = [key.name for key in children]
        for name in raw:
            if name not in names:
                self.problems.append(
                    f"{shown}{name}: unknown key{_suggestion(str(name), names, shown)}"
                )

    def _check_one_of(self, raw: Mapping[Any, Any], parent: str, shown: str) -> None:
        if parent not in ONE_OF:
            return
        names = ONE_OF[parent]
        given = [name for name in names if _given(raw, SPEC_BY_PATH[f"{parent}.{name}"])]
        where = shown.rstrip(".")
        if not given:
            self.problems.append(f"{where}: give {_either(names)}")
        elif len(given) == 2:
            self.problems.append(f"{where}: give {_either(given)}, not both")
        elif len(given) > 2:
            self.problems.append(f"{where}: give only one of {_either(given)}")


def _either(names: list[str] | tuple[str, ...]) -> str:
    quoted = [f"`{name}`" for name in names]
    return ", ".join(quoted[:-1]) + f" or {quoted[-1]}" if len(quoted) > 1 else quoted[0]


def _given(raw: Mapping[Any, Any], key: Key) -> bool:
    """Whether ``raw`` gives ``key``: a null leaf counts as left out, a null section as empty."""
    return key.name in raw and (raw[key.name] is not None or key.is_section)


def _suggestion(name: str, siblings: list[str], shown: str) -> str:
    close = difflib.get_close_matches(name, siblings, n=1)
    if close:
        return f" (did you mean `{shown}{close[0]}`?)"
    elsewhere = {key.name: key.path for key in SPEC if "[]" not in key.path}
    close = difflib.get_close_matches(name, list(elsewhere), n=1)
    if close:
        return f" (did you mean `{elsewhere[close[0]]}`?)"
    return f"; known keys here: {', '.join(siblings)}" if siblings else ""


def _cross_checks(tree: dict[str, Any]) -> list[str]:
    """Problems that involve two keys, once each is valid on its own."""
    problems = []
    thank_you = tree.get("policy", {}).get("thank_you", {})
    delay, deadline = thank_you.get("delay"), thank_you.get("deadline")
    if delay is not None and deadline is not None and delay > deadline:
        problems.append(
            f"policy.thank_you.delay: {format_duration(delay)} is after the deadline "
            f"({format_duration(deadline)}), so no thank-you would ever be drafted"
        )
    me = tree.get("me", {})
    if me.get("subdivision") is not None:
        from agent.workdays import supported

        country = me.get("country") or country_of_zone(me.get("timezone") or system_timezone())
        problem = supported(country, me["subdivision"]) if country else "give me.country too"
        if problem:
            problems.append(f"me.subdivision: {problem}")
    drafts = tree.get("drafts", {})
    for other in ("gmail", "imap"):
        if drafts.get("sent_maildir") and other in drafts:
            problems.append(f"drafts.sent_maildir: only used with drafts.maildir, not with {other}")
    for where, section in (
        ("drafts.imap", drafts.get("imap")),
        ("calendar.caldav", tree.get("calendar", {}).get("caldav")),
    ):
        if section is None:
            continue
        given = [k for k in ("password_command", "password_env") if section.get(k)]
        if not given:
            problems.append(
                f"{where}: give password_command or password_env (the password itself never "
                "goes in this file)"
            )
        elif len(given) == 2:
            problems.append(f"{where}: give password_command or password_env, not both")
    imap = drafts.get("imap") or {}
    tls = imap.get("tls") or {}
    if tls.get("ca_file") and tls.get("fingerprint"):
        problems.append("drafts.imap.tls: give ca_file or fingerprint, not both")
    return problems


# --------------------------------------------------------------------------- building the result


def _build(tree: dict[str, Any], path: Path) -> Config:
    state = tree["state"] or default_state_path()
    return Config(
        path=path,
        me=_me(tree["me"]),
        calendar=_calendar(tree["calendar"]),
        drafts=_drafts(tree["drafts"]),
        state=state,
        templates=tree["templates"],
        poll_interval=tree["poll_interval"],
        policy=_policy(tree["policy"]),
        articles=tuple(Article(a["title"], a["url"], a["tags"]) for a in tree["articles"]),
        google=_google(tree["google"], state),
        companies=tree["companies"],
        article_feeds=tuple(tree["article_feeds"] or ()),
    )


def _me(me: dict[str, Any]) -> Me:
    zone = me["timezone"] or system_timezone()
    country = me["country"] or country_of_zone(zone)
    return Me(me["name"], me["email"], me["aliases"], zone, country, me["subdivision"])


def country_of_zone(zone: str) -> str | None:
    """The country of an IANA zone (tzdata's zone.tab: "America/Los_Angeles" -> US), when the
    holidays library knows it; None for UTC and the like."""
    from importlib import resources

    from agent.workdays import supported

    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None
    for line in table.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#") and fields[2] == zone:
            return fields[0] if supported(fields[0]) is None else None
    return None


def _calendar(calendar: dict[str, Any]) -> CalendarConfig:
    google = calendar.get("google")
    caldav = calendar.get("caldav")
    return CalendarConfig(
        ics=calendar["ics"] or (),
        google_calendars=google["calendars"] if google is not None else None,
        window_past=calendar["window"]["past"],
        window_future=calendar["window"]["future"],
        caldav=CalDavConfig(
            url=caldav["url"],
            username=caldav["username"],
            password_command=caldav["password_command"],
            password_env=caldav["password_env"],
            calendars=caldav["calendars"],
        )
        if caldav is not None
        else None,
    )


#: Ports where a server speaks STARTTLS rather than TLS from the start (IMAP's own, and the
#: one Proton Bridge listens on).
STARTTLS_PORTS = (143, 1143)


def _drafts(drafts: dict[str, Any]) -> DraftsConfig:
    return DraftsConfig(
        maildir=drafts["maildir"],
        sent_maildir=drafts["sent_maildir"],
        html=drafts["html"],
        gmail="gmail" in drafts,
        imap=_imap(drafts["imap"]) if drafts.get("imap") is not None else None,
    )


def _imap(imap: dict[str, Any]) -> ImapConfig:
    tls = imap["tls"]
    port = imap["port"]
    mode = tls["mode"] or ("starttls" if port in STARTTLS_PORTS else "implicit")
    return ImapConfig(
        host=imap["host"],
        port=port or (143 if mode == "starttls" else 993),
        username=imap["username"],
        password_command=imap["password_command"],
        password_env=imap["password_env"],
        folder=imap["folder"],
        sent_folder=imap["sent_folder"],
        tls=TlsConfig(mode=mode, ca_file=tls["ca_file"], fingerprint=tls["fingerprint"]),
    )


def _policy(section: dict[str, Any]) -> Policy:
    """The ``policy`` section read (every key has a value: given, else the table's default)."""
    values = {}
    for row in policy.TABLE:
        node: Any = section
        for name in row.key.split(".")[1:]:
            node = node[name]
        values[row.key] = node
    return policy.policy_from(values)


def _google(google: dict[str, Any], state: Path) -> GoogleConfig:
    return GoogleConfig(
        client_secret=google["client_secret"],
        token=google["token"] or state.parent / TOKEN_NAME,
        api_root=google["api_root"],
        token_uri=google["token_uri"],
    )


# --------------------------------------------------------------------------- documentation

EXAMPLE_HEADER = """\
# followup configuration: every key, with what it does and its default.
# Generated from agent/config.py (SPEC) by `python -m agent.config`: edit SPEC, not this file.
# Required: me.name, me.email, calendar, drafts. Every other key may be left out.
# Durations are a number and a unit: m (minutes), h (hours), d (days), w (weeks), e.g. 90m,
# 48h, 2w, in words (2 weeks, 10 days, 90 minutes) or ISO-8601 (P2W), at most ten years; keys
# counted in days take days and weeks, and grace, default_timeline and every also business days
# ("3 business days": working days only). Relative paths are relative to this file's folder.
# As it stands this file runs the demo (`followup --config config.example.yaml tick`):
# examples/demo.ics in, drafts out in demo-out/Drafts.
"""


def example_yaml() -> str:
    """The documented example config (``config.example.yaml``), rendered from ``SPEC``."""
    lines = [EXAMPLE_HEADER.rstrip("\n")]
    for key in _children(""):
        lines.append("")
        lines.extend(_render(key, 0, key.commented))
    return "\n".join(lines) + "\n"


def reference() -> Iterator[tuple[str, str, str, str]]:
    """(path, type, default, doc) for every key: the reference table, for docs and ``--help``."""
    for key in SPEC:
        yield key.path, key.type.name, _default_text(key), key.doc


def _default_text(key: Key) -> str:
    if key.required:
        return "required"
    if key.default_doc is not None:
        return key.default_doc
    return "" if key.default is None else _yaml_text(key.default)


def _render(key: Key, indent: int, commented: bool) -> list[str]:
    pad = " " * indent
    width = 100 - indent - 2
    lines = [f"{pad}# {line}" for line in textwrap.wrap(_doc_line(key), width)]
    return lines + _render_value(key, indent, commented)


def _doc_line(key: Key) -> str:
    if key.required:
        return f"{key.doc} Required."
    default = _default_text(key)
    return f"{key.doc} Default: {default}." if default and not key.is_section else key.doc


def _render_value(key: Key, indent: int, commented: bool) -> list[str]:
    """The key's own lines, after its doc comment; commented out (``# key: ...``) if asked."""
    pad = " " * indent + ("# " if commented else "")
    if key.type is LIST_OF_SECTIONS:
        items = key.example if key.example is not None else key.default
        return [f"{pad}{key.name}:"] + [f"{pad}  - {_shown(item)}" for item in items]
    if key.is_section:
        children = _children(key.path)
        if not children:
            return [f"{pad}{key.name}: {{}}"]
        lines = [f"{pad}{key.name}:"]
        for child in children:
            lines.extend(_render(child, indent + 2, commented or child.commented))
        return lines
    value = key.example if key.example is not None else key.default
    shown = f'"{value}"' if key.type is TIME else _yaml_text(value)  # as CONTRACT.md writes it
    return [f"{pad}{key.name}: {shown}"]


if __name__ == "__main__":
    import sys

    sys.stdout.write(example_yaml())

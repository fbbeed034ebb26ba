"""One IMAP connection, shared by the drafts sink and the mailbox watcher of an account.

The connection is opened at the first question of a pass and kept (a daemon's next pass reuses
it, and opens a new one when the server closed it meanwhile). TLS is always on: implicit (port
993) or STARTTLS, the server's certificate verified against the system's CAs, ``tls.ca_file``,
or pinned by its SHA-256 fingerprint (``tls.fingerprint``, for a local bridge's self-signed
certificate) before the password is sent. The password comes from ``agent.passwords``.

Folders are found by their SPECIAL-USE attributes (RFC 6154), else by their common names, in one
LIST; ``status`` asks a folder's UIDVALIDITY, UIDNEXT, MESSAGES (and HIGHESTMODSEQ with
CONDSTORE) without selecting it. ``commands`` counts the commands sent, for tests and ``doctor``.
"""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import logging
import socket
import ssl
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar

from agent.addresses import comparable
from agent.errors import AuthError, FollowupError, SinkError
from agent.mail import sanitize_header

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from agent.config import ImapConfig

log = logging.getLogger(__name__)
T = TypeVar("T")

TIMEOUT = 30.0
#: UIDs fetched per FETCH command.
CHUNK = 500
#: Headers followup reads of a draft or a sent message.
HEADER_FIELDS = (
    b"MESSAGE-ID",
    b"X-FOLLOWUP-KEY",
    b"TO",
    b"CC",
    b"SUBJECT",
    b"DATE",
    b"IN-REPLY-TO",
    b"REFERENCES",
)
HEADER_ITEM = b"BODY.PEEK[HEADER.FIELDS (" + b" ".join(HEADER_FIELDS) + b")]"

#: Common names of the folders, for servers without SPECIAL-USE (compared case-insensitively,
#: as the last part of the folder's name).
DRAFTS_NAMES = ("Drafts", "Draft", "Draft Messages", "Entwürfe", "Brouillons", "Borradores")
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "Gesendet",
    "Gesendete Elemente",
    "Envoyés",
    "Enviados",
)
ALL_NAMES = ("All Mail",)


@dataclass(frozen=True)
class Folders:
    """Where the account keeps drafts, sent mail and (some servers) all mail, and how each
    was found: "special-use", "name" or "config"."""

    drafts: str | None
    sent: str | None
    all_mail: str | None = None
    how: tuple[tuple[str, str], ...] = ()

    def found_by(self, role: str) -> str:
        return dict(self.how).get(role, "")


@dataclass(frozen=True)
class Status:
    uidvalidity: int
    uidnext: int
    messages: int
    modseq: int | None = None


@dataclass(frozen=True)
class Headers:
    """What followup reads of one message in a folder."""

    uid: int
    message_id: str | None
    marker: str | None
    to: tuple[str, ...]  # lower-case addresses, To and Cc
    subject: str
    date_at: datetime | None  # the Date header, else the internal date
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    deleted: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "mid": self.message_id,
            "marker": self.marker,
            "to": list(self.to),
            "subject": self.subject,
            "date": self.date_at.isoformat() if self.date_at else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Headers:
        date = data.get("date")
        return cls(
            uid=int(data["uid"]),
            message_id=data.get("mid"),
            marker=data.get("marker"),
            to=tuple(str(a) for a in data.get("to") or ()),
            subject=str(data.get("subject") or ""),
            date_at=datetime.fromisoformat(date) if date else None,
        )


class ImapSession:
    """A lazily opened, verified, logged-in IMAP connection to one account."""

    def __init__(
        self,
        config: ImapConfig,
        password: Callable[[], str] | None = None,
        timeout: float = TIMEOUT,
    ) -> None:
        self.config = config
        self._password = password
        self.timeout = timeout
        self.commands = 0  # commands sent over every connection of this session
        self.connections = 0
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._validity = 0
        self._folders: Folders | None = None

    @property
    def shown(self) -> str:
        return f"{self.config.username}@{self.config.host}:{self.config.port}"

    # ------------------------------------------------------------------ the connection

    def client(self) -> IMAPClient:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def close(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                client.logout()

    def drop(self) -> None:
        """Forget the connection without a word to the server (it is broken)."""
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                client.shutdown()

    def run(self, what: str, call: Callable[[IMAPClient], T], *, retry: bool = True) -> T:
        """``call`` on the connection; a broken connection is opened again once when ``retry``
        (the command changes nothing, so asking twice is safe). Errors become followup's:
        ``SinkError`` (``stored_maybe`` unless ``retry``: the command may have been carried
        out), ``AuthError`` for a refused sign-in."""
        from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

        reused = self._client is not None
        try:
            return call(self.client())
        except (LoginError, AuthError, SinkError):
            raise
        except (IMAPClientAbortError, imaplib.IMAP4.abort, OSError) as e:
            self.drop()
            if retry and reused:
                log.info("IMAP %s: connection lost (%s); connecting again", self.shown, e)
                return self.run(what, call, retry=False)
            raise SinkError(
                f"IMAP {self.shown}: {what}: the connection failed: {_why(e)}",
                stored_maybe=not retry,
            ) from e
        except (IMAPClientError, imaplib.IMAP4.error) as e:
            raise SinkError(f"IMAP {self.shown}: {what}: the server said {_why(e)}") from e

    def _connect(self) -> IMAPClient:
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        config = self.config
        context = self._tls_context()
        implicit = config.tls.mode == "implicit"
        try:
            client = IMAPClient(
                config.host,
                port=config.port,
                ssl=implicit,
                ssl_context=context if implicit else None,
                timeout=self.timeout,
            )
        except ssl.SSLCertVerificationError as e:
            raise self._tls_refused(e) from e
        except (OSError, imaplib.IMAP4.error) as e:
            raise SinkError(
                f"IMAP {self.shown}: cannot connect: {_why(e)}",
                hint="check drafts.imap.host and port, and that the server is up",
            ) from e
        self._count(client)
        self.connections += 1
        try:
            if not implicit:
                if not client.has_capability("STARTTLS"):
                    raise SinkError(
                        f"IMAP {self.shown} offers no STARTTLS: the password is not sent "
                        "unencrypted",
                        hint="use the server's TLS port (993) with drafts.imap.tls.mode: implicit",
                    )
                client.starttls(context)
            self._check_pin(client)
            client.login(config.username, self.password())
        except LoginError as e:
            _shut(client)
            raise AuthError(
                f"IMAP {self.shown}: the server refused the sign-in: {_why(e)}",
                hint="check drafts.imap.username and the password (an app password where the "
                "provider asks for one)",
            ) from e
        except ssl.SSLCertVerificationError as e:
            _shut(client)
            raise self._tls_refused(e) from e
        except FollowupError:
            _shut(client)
            raise
        except (OSError, imaplib.IMAP4.error) as e:
            _shut(client)
            raise SinkError(f"IMAP {self.shown}: cannot sign in: {_why(e)}") from e
        return client

    def password(self) -> str:
        if self._password is not None:
            return self._password()
        from agent.passwords import read_password

        return read_password(self.config.password_command, self.config.password_env, WHERE)

    def _count(self, client: IMAPClient) -> None:
        imap = client._imap
        command = imap._command

        def counted(name: str, *args: Any) -> Any:
            self.commands += 1
            return command(name, *args)

        imap._command = counted

    def _tls_context(self) -> ssl.SSLContext:
        tls = self.config.tls
        if tls.fingerprint:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # the fingerprint is checked instead
            return context
        return ssl.create_default_context(cafile=str(tls.ca_file) if tls.ca_file else None)

    def _check_pin(self, client: IMAPClient) -> None:
        pinned = self.config.tls.fingerprint
        if not pinned:
            return
        sock = client._imap.sock
        der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        got = hashlib.sha256(der).hexdigest() if der else ""
        if got != normal_fingerprint(pinned):
            raise SinkError(
                f"IMAP {self.shown}: the server's certificate is not the pinned one "
                f"(its SHA-256 fingerprint is {colons(got) or 'unknown'})",
                hint="if the bridge made a new certificate, put its fingerprint in "
                "drafts.imap.tls.fingerprint",
            )

    def _tls_refused(self, e: ssl.SSLCertVerificationError) -> SinkError:
        return SinkError(
            f"IMAP {self.shown}: the server's certificate is not trusted: {e.verify_message or e}",
            hint="for a local bridge, give drafts.imap.tls.ca_file or tls.fingerprint",
        )

    # ------------------------------------------------------------------ folders

    def folders(self, refresh: bool = False) -> Folders:
        if self._folders is None or refresh:
            self._folders = self.run("listing folders", self._find_folders)
        return self._folders

    def know_folders(self, folders: Folders) -> None:
        """Folders found by an earlier process (the sink's cache): no LIST needed."""
        if self._folders is None:
            self._folders = folders

    def _find_folders(self, client: IMAPClient) -> Folders:
        listed = [(tuple(flags), str(name)) for flags, _, name in client.list_folders()]
        config = self.config
        how: list[tuple[str, str]] = []

        def pick(role: str, given: str | None, flag: bytes, names: Sequence[str]) -> str | None:
            if given:
                how.append((role, "config"))
                return given
            found = _by_flag(listed, flag)
            if found:
                how.append((role, "special-use"))
                return found
            found = _by_name(listed, names)
            if found:
                how.append((role, "name"))
            return found

        drafts = pick("drafts", config.folder, b"\\Drafts", DRAFTS_NAMES)
        sent = pick("sent", config.sent_folder, b"\\Sent", SENT_NAMES)
        all_mail = pick("all", None, b"\\All", ALL_NAMES)
        return Folders(drafts, sent, all_mail, tuple(how))

    # ------------------------------------------------------------------ reading folders

    def status(self, folder: str) -> Status:
        def ask(client: IMAPClient) -> Status:
            what = [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"]
            if client.has_capability("CONDSTORE"):
                what.append(b"HIGHESTMODSEQ")
            if self._selected == folder:
                # STATUS of the selected folder may be stale on some servers: unselect it
                if client.has_capability("UNSELECT"):
                    client.unselect_folder()
                else:
                    client.close_folder()
                self._selected = None
            got = client.folder_status(folder, what)
            modseq = got.get(b"HIGHESTMODSEQ")
            return Status(
                int(got[b"UIDVALIDITY"]),
                int(got[b"UIDNEXT"]),
                int(got[b"MESSAGES"]),
                int(modseq) if modseq is not None else None,
            )

        return self.run(f"reading the state of {folder}", ask)

    def examine(self, client: IMAPClient, folder: str) -> dict[bytes, Any]:
        """Select ``folder`` read-only (on this connection)."""
        answer = dict(client.select_folder(folder, readonly=True))
        self._selected = folder
        self._validity = int(answer.get(b"UIDVALIDITY") or 0)
        return answer

    def selected(self, client: IMAPClient, folder: str) -> int:
        """Select ``folder`` read-only unless it is selected already; its UIDVALIDITY."""
        if self._selected != folder:
            self.examine(client, folder)
        return self._validity

    def uids(self, folder: str, criteria: Sequence[Any]) -> list[int]:
        def search(client: IMAPClient) -> list[int]:
            self.selected(client, folder)
            return sorted(int(u) for u in client.search(list(criteria)))

        return self.run(f"searching {folder}", search)

    def headers(self, folder: str, uids: Iterable[int]) -> list[Headers]:
        """The headers of these messages of ``folder`` (those still there)."""
        wanted = sorted(set(uids))
        if not wanted:
            return []

        def fetch(client: IMAPClient) -> list[Headers]:
            self.selected(client, folder)
            found: list[Headers] = []
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                answer = client.fetch(chunk, [HEADER_ITEM, b"INTERNALDATE", b"FLAGS"])
                found.extend(read_headers(uid, data) for uid, data in answer.items())
            return [h for h in found if h.uid in set(wanted)]

        return self.run(f"reading {folder}", fetch)

    def headers_from(self, folder: str, first_uid: int) -> list[Headers]:
        """Headers of the messages of ``folder`` from ``first_uid`` on (new since then)."""

        # "n:*" names the last message even when its UID is below n
        uids = [u for u in self.uids(folder, ["UID", f"{first_uid}:*"]) if u >= first_uid]
        return self.headers(folder, uids)


WHERE = "drafts.imap"


def _shut(client: IMAPClient) -> None:
    with contextlib.suppress(imaplib.IMAP4.error, OSError):
        client.shutdown()


def _by_flag(listed: Sequence[tuple[tuple[bytes, ...], str]], flag: bytes) -> str | None:
    wanted = flag.lower()
    return next((name for flags, name in listed if wanted in {f.lower() for f in flags}), None)


def _by_name(listed: Sequence[tuple[tuple[bytes, ...], str]], names: Sequence[str]) -> str | None:
    usable = [
        (name, name.replace("\\", "/").replace(".", "/").rsplit("/", 1)[-1].casefold())
        for flags, name in listed
        if b"\\noselect" not in {f.lower() for f in flags}
    ]
    for wanted in names:
        found = next((name for name, last in usable if last == wanted.casefold()), None)
        if found:
            return found
    return None


def read_headers(uid: int, data: dict[bytes, Any]) -> Headers:
    """One FETCH answer (header fields, INTERNALDATE, FLAGS) as ``Headers``.

    Parsed with the email package's light compat32 policy and its address and date helpers: a
    first look at a large folder reads thousands of these."""
    raw = next((v for k, v in data.items() if k.startswith(b"BODY[")), b"") or b""
    msg = HeaderParser(policy=compat32).parsestr(bytes(raw).decode("utf-8", "replace"))
    internal = data.get(b"INTERNALDATE")
    if isinstance(internal, datetime):
        internal = internal if internal.tzinfo else internal.astimezone()
        internal = internal.astimezone(UTC)
    flags = {f.lower() for f in data.get(b"FLAGS") or ()}
    return Headers(
        uid=int(uid),
        message_id=header(msg, "Message-ID") or None,
        marker=header(msg, "X-Followup-Key") or None,
        to=addresses(msg, "To") + addresses(msg, "Cc"),
        subject=header(msg, "Subject"),
        date_at=date_of(msg) or (internal if isinstance(internal, datetime) else None),
        in_reply_to=header(msg, "In-Reply-To") or None,
        references=tuple(header(msg, "References").split()),
        deleted=b"\\deleted" in flags,
    )


#: What the email package raises on malformed headers in other people's mail.
_HEADER_ERRORS = (ValueError, TypeError, IndexError, AttributeError, LookupError)


def header(msg: Message, name: str) -> str:
    """A header's value, RFC 2047 words decoded, as one clean line."""
    value = msg.get(name)
    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (*_HEADER_ERRORS, HeaderParseError):
        text = str(value)
    return sanitize_header(text)


def addresses(msg: Message, name: str) -> tuple[str, ...]:
    try:
        found = getaddresses([str(v) for v in msg.get_all(name, [])])
    except _HEADER_ERRORS:
        return ()
    return tuple(comparable(addr) for _, addr in found if "@" in addr)


def date_of(msg: Message) -> datetime | None:
    value = msg.get("Date")
    if not value:
        return None
    try:
        found = parsedate_to_datetime(str(value))
    except (*_HEADER_ERRORS, OverflowError):
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def normal_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as lower-case hex without separators."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


def colons(hex_digest: str) -> str:
    return ":".join(hex_digest[i : i + 2] for i in range(0, len(hex_digest), 2)).upper()


def _why(e: BaseException) -> str:
    text = str(e)
    if isinstance(e, socket.timeout):
        return "no answer in time"
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return sanitize_header(text) or type(e).__name__

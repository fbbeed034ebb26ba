"""CalDAV calendars (Fastmail, iCloud, Nextcloud, Radicale...) as one calendar source, with the
maintained ``caldav`` client.

Discovery from the server's address: the principal, its calendar home, its calendars, chosen by
name (``calendar.caldav.calendars``, every one when not given); the calendars found are kept in
the cursor, so later passes skip discovery. Each pass sends each calendar one sync-collection
REPORT (RFC 6578) with the token of the last one: nothing changed, nothing more is asked and the
batch says so; else the changed resources are fetched (by their ETags) and the deleted ones
dropped. A token the server refuses (expired, or a server that lost its history) is answered
with a full resync. The resources' iCalendar text is cached beside the state (``CalDavCache``),
and every batch that changed is the whole calendar, parsed by ``agent.sources.ical`` exactly as
an ICS file (the same event model, zones and repairs): complete, so a cancelled event is seen.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from agent.errors import AuthError, SourceError, SourceRefused
from agent.ports import SyncBatch, Window
from agent.redact import redact_url
from agent.safefiles import write_private
from agent.sources.window import close_enough, window_from_text, window_text

if TYPE_CHECKING:
    from agent.config import CalDavConfig

log = logging.getLogger(__name__)

CURSOR_VERSION = 1
WINDOW_SLACK = timedelta(days=1)
TIMEOUT = 30.0
WHERE = "calendar.caldav"


@dataclass
class _Cursor:
    calendars: dict[str, str]  # calendar URL -> its display name
    tokens: dict[str, str]  # calendar URL -> sync token
    window: list[str]
    names: list[str] | None  # the names asked for when the calendars were found

    def dumps(self) -> str:
        return json.dumps(
            {
                "v": CURSOR_VERSION,
                "calendars": self.calendars,
                "tokens": self.tokens,
                "window": self.window,
                "names": self.names,
            },
            sort_keys=True,
        )

    @classmethod
    def loads(cls, text: str | None) -> _Cursor | None:
        try:
            data = json.loads(text) if text else None
            if not isinstance(data, dict) or data.get("v") != CURSOR_VERSION:
                return None
            return cls(
                {str(k): str(v) for k, v in data["calendars"].items()},
                {str(k): str(v) for k, v in data["tokens"].items()},
                [str(w) for w in data["window"]],
                [str(n) for n in data["names"]] if data.get("names") is not None else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


@dataclass
class CalDavCache:
    """The iCalendar text of every resource read, by calendar URL then resource URL."""

    path: Path | None
    resources: dict[str, dict[str, str]] = field(default_factory=dict)
    loaded: bool = False

    def load(self) -> None:
        if self.loaded or self.path is None:
            self.loaded = True
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.resources = {str(c): dict(r) for c, r in data["resources"].items()}
        except FileNotFoundError:
            self.resources = {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            log.info("%s cannot be read (%s); the calendars are read again", self.path, e)
            self.resources = {}
        self.loaded = True

    def save(self) -> None:
        if self.path is None:
            return
        try:
            write_private(self.path, json.dumps({"resources": self.resources}, ensure_ascii=False))
        except OSError as e:  # a cache: the next pass asks the server again
            log.warning("cannot write %s: %s", self.path, e.strerror)


class CalDavSource:
    """The selected calendars of one CalDAV account; implements ``CalendarSource``."""

    def __init__(
        self,
        config: CalDavConfig,
        default_tz: str,
        cache_path: Path | None = None,
        password: Callable[[], str] | None = None,
    ) -> None:
        self.config = config
        self.default_tz = default_tz
        self.cache = CalDavCache(cache_path)
        self._password = password
        self._client: Any = None
        self.requests: list[str] = []  # the HTTP methods sent, for tests and doctor
        host = urlsplit(config.url).hostname or "server"
        self._name = f"caldav:{config.username}@{host}"
        self._shown = redact_url(config.url)

    @property
    def name(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"CalDavSource({self._shown!r})"

    # ------------------------------------------------------------------ the port

    def fetch(self, cursor: str | None, window: Window) -> SyncBatch:
        previous = _Cursor.loads(cursor)
        names = list(self.config.calendars) if self.config.calendars is not None else None
        if previous is None or previous.names != names or not previous.calendars:
            calendars = self.discover()
            previous = None
        else:
            calendars = previous.calendars
        self.cache.load()
        tokens: dict[str, str] = {}
        changed = previous is None or not close_enough(
            window_from_text(previous.window), window, WINDOW_SLACK
        )
        for url in calendars:
            token = previous.tokens.get(url) if previous else None
            if url not in self.cache.resources:
                token = None  # the cache was lost: read the calendar whole
            new_token, moved = self._sync(url, token)
            tokens[url] = new_token
            changed = changed or moved
        for url in list(self.cache.resources):
            if url not in calendars:
                del self.cache.resources[url]
                changed = True
        read = _Cursor(calendars, tokens, window_text(window), names)
        if not changed and previous is not None:
            kept = _Cursor(calendars, tokens, previous.window, names)
            return SyncBatch(events=(), cursor=kept.dumps(), window=window, changed=False)
        self.cache.save()
        return self._batch(read, window)

    # ------------------------------------------------------------------ the server

    def client(self) -> Any:
        if self._client is None:
            import caldav

            password = self.password()
            self._client = caldav.DAVClient(  # type: ignore[operator]
                url=self.config.url,
                username=self.config.username,
                password=password,
                timeout=int(TIMEOUT),
            )
            self._count(self._client)
        return self._client

    def password(self) -> str:
        if self._password is not None:
            return self._password()
        from agent.passwords import read_password

        return read_password(self.config.password_command, self.config.password_env, WHERE)

    def _count(self, client: Any) -> None:
        request = client.request

        def counted(url: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
            self.requests.append(method.upper())
            return request(url, method, *args, **kwargs)

        client.request = counted

    def discover(self) -> dict[str, str]:
        """Calendar URL -> name, of the calendars asked for (all when none were named)."""
        found = self._call("finding the calendars", lambda: self._list_calendars())
        wanted = self.config.calendars
        if wanted is None:
            return found
        chosen: dict[str, str] = {}
        missing = []
        for name in wanted:
            match = [u for u, n in found.items() if n.casefold() == name.casefold() or u == name]
            if not match:
                missing.append(name)
            chosen.update((u, found[u]) for u in match)
        if missing:
            raise SourceError(
                f"CalDAV {self._shown}: no calendar named {', '.join(map(repr, missing))}",
                hint=f"the account has: {', '.join(sorted(found.values())) or 'no calendars'}",
            )
        return chosen

    def _list_calendars(self) -> dict[str, str]:
        principal = self.client().principal()
        found: dict[str, str] = {}
        for cal in principal.calendars():
            url = str(cal.url)
            try:
                name = cal.get_display_name() or ""
            except Exception:  # a server without displayname: the URL's last part
                name = ""
            found[url] = str(name or url.rstrip("/").rsplit("/", 1)[-1])
        return found

    def _sync(self, url: str, token: str | None) -> tuple[str, bool]:
        """One sync-collection REPORT from ``token``; the new token and whether anything
        changed. A refused token reads the calendar whole."""
        import caldav
        from caldav.lib import error

        cal = caldav.Calendar(client=self.client(), url=url)  # type: ignore[operator]
        stored = self.cache.resources.setdefault(url, {})
        if token:
            try:
                got = self._call(
                    "reading changes",
                    lambda: cal.objects_by_sync_token(
                        sync_token=token, load_objects=True, disable_fallback=True
                    ),
                )
            except (SourceError, AuthError) as e:
                # RFC 6578: a token the server no longer knows is refused with 403 (the
                # valid-sync-token precondition) or another DAV error; a real sign-in problem
                # shows again in the full read below
                if not isinstance(e.__cause__, error.DAVError | error.ReportError):
                    raise
                log.info("CalDAV %s refused the sync token (%s); reading it whole", url, e)
            else:
                moved = False
                for gone in got.deleted_urls or ():
                    moved = stored.pop(str(gone), None) is not None or moved
                for obj in got.objects:
                    key = str(obj.url.canonical() if hasattr(obj.url, "canonical") else obj.url)
                    if key in (str(u) for u in got.deleted_urls or ()):
                        continue
                    data = obj.data
                    if data is not None and stored.get(key) != str(data):
                        stored[key] = str(data)
                        moved = True
                return str(got.sync_token), moved
        got = self._call(
            "reading the calendar",
            lambda: cal.objects_by_sync_token(sync_token=None, load_objects=True),
        )
        fresh = {}
        for obj in got.objects:
            key = str(obj.url.canonical() if hasattr(obj.url, "canonical") else obj.url)
            if obj.data is not None:
                fresh[key] = str(obj.data)
        self.cache.resources[url] = fresh
        return str(got.sync_token), True

    def _call(self, what: str, call: Callable[[], Any]) -> Any:
        from caldav.lib import error

        try:
            return call()
        except error.AuthorizationError as e:
            raise AuthError(
                f"CalDAV {self._shown}: the server refused the sign-in ({what})",
                hint="check calendar.caldav.username and the password (an app password where "
                "the provider asks for one)",
            ) from e
        except error.NotFoundError as e:
            raise SourceRefused(f"CalDAV {self._shown}: {what}: not found: {_why(e)}") from e
        except (error.DAVError, error.ReportError) as e:
            raise SourceError(f"CalDAV {self._shown}: {what}: {_why(e)}") from e
        except OSError as e:
            raise SourceError(f"CalDAV {self._shown}: {what}: cannot connect: {_why(e)}") from e
        except Exception as e:  # the HTTP library's own connection errors
            if type(e).__module__.split(".")[0] in ("requests", "niquests", "urllib3"):
                raise SourceError(f"CalDAV {self._shown}: {what}: cannot connect: {_why(e)}") from e
            raise

    # ------------------------------------------------------------------ parsing

    def _batch(self, cursor: _Cursor, window: Window) -> SyncBatch:
        from agent.sources import ical

        texts = [
            data
            for url in sorted(self.cache.resources)
            for _, data in sorted(self.cache.resources[url].items())
        ]
        if not texts:
            return SyncBatch(events=(), cursor=cursor.dumps(), window=window)
        data = "\r\n".join(t.strip() for t in texts).encode("utf-8") + b"\r\n"
        loaded = ical.load(
            data, window, default_tz=self.default_tz, calendar=self.name, shown=self._shown
        )
        return SyncBatch(
            events=tuple(loaded.events),
            cursor=cursor.dumps(),
            window=window,
            complete=loaded.complete,
            errors=tuple(loaded.errors),
        )


def caldav_sources(config: CalDavConfig, default_tz: str, state: Path) -> list[CalDavSource]:
    return [CalDavSource(config, default_tz, cache_path(config, state))]


def cache_path(config: CalDavConfig, state: Path) -> Path:
    host = urlsplit(config.url).hostname or "server"
    account = re.sub(r"[^A-Za-z0-9@._-]", "_", f"{config.username}@{host}")
    digest = hashlib.sha256(config.url.encode()).hexdigest()[:8]
    return Path(state).parent / f"followup-caldav-{account}-{digest}.json"


def _why(e: BaseException) -> str:
    return " ".join(str(e).split())[:300] or type(e).__name__

"""The fake Google's HTTP side: a thread serving 127.0.0.1 on a free port.

Every request is recorded (``requests``), matched to its discovery method and checked
(``violations`` lists anything Google would refuse or that followup must never do - above all
any request to a send path). Faults are scripted per method id: an error status (429, 403
rateLimitExceeded, 500, 503...), store-then-fail (do the work, answer 500), store-then-drop
(do the work, close the connection without a word), drop, a slow answer (do the work, then hold
the answer until the client hangs up, or ``seconds`` at most: a client's timeout is reached by
construction, not by racing a clock), or a garbled one (do the work, answer 200 with a body that
is not JSON). The token endpoint
is ``POST /token`` (method id ``oauth.token``).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fake_google.discovery import Routes

TOKEN_PATH = "/token"
TOKEN_METHOD = "oauth.token"


@dataclass(frozen=True)
class Recorded:
    method_id: str | None
    http_method: str
    path: str
    query: dict[str, list[str]]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Fault:
    method_id: str
    action: str  # "status" | "store_then_fail" | "store_then_drop" | "drop" | "slow" | "garble"
    status: int = 500
    reason: str | None = None
    seconds: float = 0.0
    times: int = 1


@dataclass
class Reply:
    status: int
    body: Any
    content_type: str = "application/json"
    hold: float = 0.0  # seconds to hold the answer unless the client hangs up first


class GoogleError(Exception):
    """Answer with Google's error body."""

    def __init__(self, status: int, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


def error_body(status: int, message: str, reason: str | None) -> dict[str, Any]:
    errors = [{"reason": reason, "domain": "global", "message": message}] if reason else []
    return {"error": {"code": status, "message": message, "errors": errors}}


Handler = Callable[[str, dict[str, str], dict[str, list[str]], Any], Any]


@dataclass
class Server:
    handlers: dict[str, Handler]  # method id -> handler(path params, query, body)
    check_auth: Callable[[str | None], bool]
    token_handler: Callable[[dict[str, list[str]]], Reply]
    routes: Routes = field(default_factory=lambda: Routes("gmail.v1", "calendar.v3"))
    lock: threading.RLock = field(default_factory=threading.RLock)
    requests: list[Recorded] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    _httpd: ThreadingHTTPServer | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> int:
        server = self

        class RequestHandler(_Handler):
            fake = server

        self._httpd = _QuietServer(("127.0.0.1", 0), RequestHandler)
        self._httpd.daemon_threads = True
        httpd = self._httpd
        threading.Thread(target=lambda: httpd.serve_forever(0.02), daemon=True).start()
        return int(self._httpd.server_address[1])

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    # ------------------------------------------------------------------ faults

    def fault_for(self, method_id: str | None) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method_id == method_id and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    # ------------------------------------------------------------------ dispatch

    def dispatch(self, method: str, raw_path: str, headers: Any, body: bytes) -> Reply | None:
        """The reply, or None to drop the connection without answering."""
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query, keep_blank_values=True)
        if parts.path == TOKEN_PATH and method == "POST":
            return self._token(query, body)
        match = self.routes.match(method, parts.path, query)
        method_id = match.method.id if match.method else None
        with self.lock:
            self.requests.append(Recorded(method_id, method, parts.path, query, body))
            self.violations.extend(f"{method} {raw_path}: {p}" for p in match.problems)
            if parts.path.rstrip("/").endswith("/send"):
                self.violations.append(f"a send path was requested: {method} {parts.path}")
                return Reply(403, error_body(403, "followup must never send", "forbidden"))
        if match.method is None or match.problems:
            return Reply(400, error_body(400, "; ".join(match.problems), "badRequest"))
        if not self.check_auth(headers.get("Authorization")):
            return Reply(401, error_body(401, "Invalid Credentials", "authError"))
        return self._run(match.method.id, match.path_params, query, body)

    def _run(
        self, method_id: str, params: dict[str, str], query: dict[str, list[str]], body: bytes
    ) -> Reply | None:
        fault = self.fault_for(method_id)
        if fault is not None and fault.action == "status":
            return Reply(fault.status, error_body(fault.status, "injected", fault.reason))
        if fault is not None and fault.action == "drop":
            return None
        handler = self.handlers.get(method_id)
        if handler is None:
            with self.lock:
                self.violations.append(f"the fake does not implement {method_id}")
            return Reply(501, error_body(501, f"{method_id} not implemented", None))
        try:
            with self.lock:
                result = handler(method_id, params, query, json.loads(body) if body else None)
        except GoogleError as e:
            return Reply(e.status, error_body(e.status, str(e), e.reason))
        if fault is not None and fault.action == "store_then_fail":
            return Reply(fault.status, error_body(fault.status, "backend error", "backendError"))
        if fault is not None and fault.action == "store_then_drop":
            return None
        if fault is not None and fault.action == "garble":  # the work is done; the body is not JSON
            return Reply(200, b'{"kind": "truncated", "id": ', "application/json")
        if fault is not None and fault.action == "slow":  # the work is done; the answer is late
            return Reply(200, result, hold=fault.seconds)
        return Reply(200, result)

    def _token(self, query: dict[str, list[str]], body: bytes) -> Reply | None:
        form = parse_qs(body.decode("utf-8"))
        with self.lock:
            self.requests.append(Recorded(TOKEN_METHOD, "POST", TOKEN_PATH, query, body))
        fault = self.fault_for(TOKEN_METHOD)
        if fault is not None and fault.action == "drop":
            return None
        if fault is not None and fault.action == "status":
            reason = fault.reason or "invalid_grant"
            return Reply(fault.status, {"error": reason, "error_description": "injected"})
        with self.lock:
            return self.token_handler(form)


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up (a ``followup tick`` killed mid-request) is no error worth a
    traceback on the harness's stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    fake: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        reply = self.fake.dispatch(self.command, self.path, self.headers, body)
        if reply is None:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if reply.hold and self._client_hangs_up_within(reply.hold):
            self.close_connection = True  # the client gave up waiting: nobody to tell
            return
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up waiting (a slow answer): nobody to tell
            self.close_connection = True

    def _client_hangs_up_within(self, seconds: float) -> bool:
        """Wait for the client to close the connection (it sends nothing more while it waits for
        the answer), for ``seconds`` at most."""
        self.connection.settimeout(seconds)
        try:
            return self.connection.recv(1) == b""
        except TimeoutError:
            return False
        except OSError:  # reset by the client
            return True
        finally:
            self.connection.settimeout(None)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

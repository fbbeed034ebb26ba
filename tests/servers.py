"""Real mail and calendar servers for the tests: Dovecot (IMAP) and Radicale (CalDAV) on loopback.

Each runs from a temporary folder on free loopback ports, started with a timeout and stopped at
the end of the session (``tests/conftest.py`` holds the fixtures). Dovecot speaks STARTTLS on one
port and implicit TLS on another, with a certificate made here for ``127.0.0.1`` by a CA made
here (``Tls``); any user name logs in with the password ``PASSWORD`` (a static password
database), so each test takes a mailbox of its own by logging in under a new name. Radicale
keeps its collections in a folder and takes any user with ``PASSWORD`` too (an htpasswd file
written as users are asked for).

A server that is not installed makes its tests skip with the reason, unless the run requires
the servers (``CI`` or ``FOLLOWUP_REQUIRE_SERVERS`` set): then it is a failure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PASSWORD = "correct-horse-battery-staple"
START_TIMEOUT = 20.0


def servers_required() -> bool:
    """Whether a missing server fails the run (CI) rather than skipping its tests."""
    flags = (os.environ.get("CI", ""), os.environ.get("FOLLOWUP_REQUIRE_SERVERS", ""))
    return any(flag.strip().lower() not in ("", "0", "false", "no") for flag in flags)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, deadline: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {START_TIMEOUT:.0f} s")


# --------------------------------------------------------------------------- TLS


@dataclass(frozen=True)
class Tls:
    """A CA and a server certificate for 127.0.0.1 / localhost it signed, as PEM files."""

    ca_file: Path
    cert_file: Path
    key_file: Path
    fingerprint: str  # SHA-256 of the server certificate (DER), hex with colons

    @classmethod
    def make(cls, folder: Path) -> Tls:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        now = dt.datetime.now(dt.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "followup test CA")])
        ca = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                critical=True,
            )
            .sign(ca_key, hashes.SHA256())
        )
        key = ec.generate_private_key(ec.SECP256R1())
        names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        folder.mkdir(parents=True, exist_ok=True)
        pem = serialization.Encoding.PEM
        (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
        (folder / "cert.pem").write_bytes(cert.public_bytes(pem))
        (folder / "key.pem").write_bytes(
            key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
        digest = cert.fingerprint(hashes.SHA256()).hex()
        fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2)).upper()
        return cls(folder / "ca.pem", folder / "cert.pem", folder / "key.pem", fingerprint)


# --------------------------------------------------------------------------- Dovecot

DOVECOT_CONF = """\
first_valid_uid = 1
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:{dir}/mail/%u
mail_plugins = $mail_plugins
default_internal_user = dovecot
default_login_user = dovenull
default_internal_group = dovecot
login_trusted_networks =
imap_capability = +{extra_capability}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={dir}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = create
  }}
  mailbox Archive {{
    special_use = \\All
    auto = no
  }}
}}
"""


def dovecot_missing() -> str | None:
    """Why Dovecot cannot be started here, or None."""
    for tool in ("dovecot", "doveadm"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            return f"{tool} is not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "Dovecot is started as root in the tests"
    return None


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs: a process that exited but is not reaped yet (a zombie, as a
    daemon's master is until the init process collects it) does not."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def _tool(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


class Dovecot:
    """One Dovecot on loopback: STARTTLS on ``port``, implicit TLS on ``tls_port``."""

    host = "127.0.0.1"

    def __init__(self, folder: Path, tls: Tls) -> None:
        self.dir = folder
        self.tls = tls
        self.port = free_port()
        self.tls_port = free_port()
        self.conf = folder / "dovecot.conf"
        self._users = 0
        self._pid = 0

    def start(self) -> Dovecot:
        for sub in ("run", "state", "mail"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.dir, 0o755)
        text = DOVECOT_CONF.format(
            dir=self.dir,
            cert=self.tls.cert_file,
            key=self.tls.key_file,
            imap_port=self.port,
            imaps_port=self.tls_port,
            password=PASSWORD,
            extra_capability="",
        )
        self.conf.write_text(text.replace("imap_capability = +\n", ""))
        shutil.chown(self.dir / "mail", "dovecot", "dovecot")
        # The master forks and its children keep standard output: a file, never a pipe.
        with (self.dir / "start.log").open("wb") as out:
            done = subprocess.run(
                [_tool("dovecot"), "-c", str(self.conf)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                timeout=START_TIMEOUT,
                check=False,
            )
        if done.returncode != 0:
            log = (self.dir / "start.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"dovecot did not start: {log}")
        deadline = time.monotonic() + START_TIMEOUT
        wait_for_port(self.port, deadline)
        wait_for_port(self.tls_port, deadline)
        pid_file = self.dir / "run" / "master.pid"
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        with contextlib.suppress(OSError, ValueError):
            self._pid = int(pid_file.read_text().strip())
        return self

    def stop(self) -> None:
        pid = self._pid
        if pid:  # what ``doveadm stop`` does, without its wait of seconds for the exit
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        else:
            subprocess.run(
                [_tool("doveadm"), "-c", str(self.conf), "stop"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                timeout=START_TIMEOUT,
                check=False,
            )
        deadline = time.monotonic() + 5
        while pid and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid and _alive(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)

    def new_user(self, prefix: str = "alex") -> str:
        """A user name no test used yet: its mailbox is empty."""
        self._users += 1
        return f"{prefix}{self._users}-{os.getpid()}"

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """The Maildir behind ``folder`` of ``user`` (exists once the user logged in)."""
        root = self.dir / "mail" / user
        return root if folder == "INBOX" else root / f".{folder.replace('/', '.')}"

    def doveadm(self, *args: str) -> str:
        done = subprocess.run(
            [_tool("doveadm"), "-c", str(self.conf), *args],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {done.stderr.decode()[-2000:]}")
        return done.stdout.decode()

    def fill(
        self,
        user: str,
        folder: str,
        messages: list[bytes],
        at: dt.datetime | None = None,
        resync: bool = True,
    ) -> None:
        """Put ``messages`` into ``folder`` as files, the way a delivery agent does (no IMAP):
        their internal date is ``at`` (the file's time), or now. Dovecot indexes them when the
        folder is next opened."""
        root = self.maildir(user, folder)
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        self._fills = getattr(self, "_fills", 0) + 1
        stamp = int(time.time())
        when = at.timestamp() if at is not None else None
        for i, data in enumerate(messages):
            path = root / "cur" / f"{stamp}.M{i}F{self._fills}P{os.getpid()}.followup-test:2,"
            path.write_bytes(data)
            if when is not None:
                os.utime(path, (when, when))
        for path in (self.maildir(user), root, *(root / sub for sub in ("cur", "new", "tmp"))):
            shutil.chown(path, "dovecot", "dovecot")
        for path in (root / "cur").iterdir():
            shutil.chown(path, "dovecot", "dovecot")
        if resync:
            self.doveadm("force-resync", "-u", user, folder)


# --------------------------------------------------------------------------- Radicale


def radicale_missing() -> str | None:
    try:
        import radicale  # noqa: F401
    except ImportError:
        return "Radicale is not installed (pip install -e '.[test]')"
    return None


class Radicale:
    """One Radicale on loopback (plain HTTP: the CalDAV client's TLS is that of ``requests``)."""

    host = "127.0.0.1"

    def __init__(self, folder: Path) -> None:
        self.dir = folder
        self.port = free_port()
        self.users_file = folder / "users"
        self._proc: subprocess.Popen[bytes] | None = None
        self._users = 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def start(self) -> Radicale:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.users_file.write_text("")
        config = self.dir / "config"
        config.write_text(
            "[server]\n"
            f"hosts = {self.host}:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.users_file}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[storage]\n"
            f"filesystem_folder = {self.dir / 'collections'}\n"
            "[logging]\n"
            "level = warning\n"
            "mask_passwords = True\n"
        )
        log = (self.dir / "radicale.log").open("wb")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_for_port(self.port, time.monotonic() + START_TIMEOUT, self._proc)
        return self

    def stop(self) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def new_user(self, prefix: str = "alex") -> str:
        self._users += 1
        user = f"{prefix}{self._users}"
        with self.users_file.open("a") as f:
            f.write(f"{user}:{PASSWORD}\n")
        return user


# --------------------------------------------------------------------------- fixtures


def _unavailable(why: str) -> None:
    import pytest

    if servers_required():
        pytest.fail(f"{why}; the servers are required in this run (CI or FOLLOWUP_REQUIRE_SERVERS)")
    pytest.skip(why)


def _server_dir(prefix: str) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)  # Dovecot's mail processes run as the dovecot user
    return folder


def dovecot_server() -> Iterator[Dovecot]:
    why = dovecot_missing()
    if why:
        _unavailable(why)
    folder = _server_dir("followup-dovecot-")
    server = Dovecot(folder / "server", Tls.make(folder / "tls"))
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def radicale_server() -> Iterator[Radicale]:
    why = radicale_missing()
    if why:
        _unavailable(why)
    folder = _server_dir("followup-radicale-")
    server = Radicale(folder / "server")
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

"""Real ``followup`` processes without paying Python's start each time: a fork server.

A ``followup tick`` started as ``python -m agent`` spends most of its time before the pass:
importing the agent and compiling its patterns (about a second of CPU, the pass itself a tenth
of that on the crash scenario). The crash runs start hundreds of passes, so they start them
from a *zygote* instead: one process that imports the agent, warms it with a clean pass of its
own on a scratch home (``warm``), and then forks a child per pass. Each child is a real process
of its own (its own files, locks and SQLite connections, killed by a real signal) that runs
``agent.cli.main`` as ``python -m agent`` does and exits with its code.

The zygote is single-threaded (it forks, so it holds no lock a thread could leave taken). For each
pass a client connects to its Unix socket and sends one JSON request; the zygote forks a
*waiter*, which forks the pass, optionally signals it after a delay, reaps it and answers with
its exit status (``-9`` when killed by SIGKILL, as ``subprocess`` reports it). The zygote exits
when its standard input closes (the test process that started it is gone).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[2]
READY = "ready"


class Zygote:
    """A started zygote: ``run`` starts one pass and returns its exit status."""

    def __init__(self, startup_timeout: float = 180.0) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="followup-zygote-")
        self.address = str(Path(self._folder.name) / "socket")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.zygote", self.address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert self._proc.stdout is not None
        ready, _, _ = select.select([self._proc.stdout], [], [], startup_timeout)
        line = self._proc.stdout.readline().decode().strip() if ready else ""
        if line != READY:
            self.close()
            raise RuntimeError(f"the zygote did not start (it said {line!r})")

    def run(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        kill_after: float | None = None,
        signum: int = signal.SIGKILL,
        timeout: float = 120.0,
    ) -> tuple[int, str]:
        """Run ``followup ARGV`` in a forked child with ``env``: its exit status (negative: the
        signal that ended it) and the end of its standard error. ``kill_after``: send it
        ``signum`` when it still runs after that many seconds."""
        request = {"argv": list(argv), "env": dict(env), "kill_after": kill_after, "signum": signum}
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(self.address)
            conn.sendall(json.dumps(request).encode() + b"\n")
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        if not answer:
            raise RuntimeError("the zygote's waiter closed without an answer")
        reply = json.loads(answer)
        return int(reply["status"]), str(reply["stderr"])

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()  # the zygote exits when its stdin closes
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._folder.cleanup()

    def __enter__(self) -> Zygote:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# --------------------------------------------------------------------------- the zygote's side


def warm() -> None:
    """Import what a pass imports and run the crash scenario's clean passes in this process
    (on a scratch home): the patterns compiled on first use are compiled before any fork."""
    import agent.cli  # noqa: F401
    import agent.google.backend  # noqa: F401
    import agent.google.calendar  # noqa: F401
    import agent.google.gmail  # noqa: F401
    import agent.imap.session  # noqa: F401
    import agent.sinks.imap  # noqa: F401
    from tests.reliability import crash

    with tempfile.TemporaryDirectory(prefix="followup-zygote-warm-") as tmp:
        home = crash.make_home(Path(tmp) / "home")
        for phase in crash.PHASES:
            crash.tick_in_process(home, phase.now)
            if phase.user_acts_after:
                crash.user_acts(home, crash.at_of(phase.now))


def _child(request: dict[str, object], stderr_fd: int) -> None:
    """The pass itself (in the forked child): ``python -m agent ARGV``, then exit."""
    code: object = 1
    try:
        # as Python starts: SIGINT raises KeyboardInterrupt, SIGTERM and SIGCHLD do the default
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.dup2(stderr_fd, 2)
        os.close(devnull)
        os.close(stderr_fd)
        env = request["env"]
        assert isinstance(env, dict)
        os.environ.clear()
        os.environ.update(env)
        from agent.cli import main

        argv = request["argv"]
        assert isinstance(argv, list)
        code = main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code
    except BaseException:  # noqa: BLE001 - as an uncaught error ends ``python -m agent``
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # a closed stream at exit, as Python ignores
                stream.flush()
        atexit._run_exitfuncs()
        os._exit(code if isinstance(code, int) else 1)


def _waiter(conn: socket.socket) -> None:
    """In the forked waiter: read the request, fork the pass, signal it if asked, reap it and
    answer with its status and the end of its standard error."""
    status = 255
    stderr = ""
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # reap our own child with waitpid
        data = b""
        while not data.endswith(b"\n"):
            chunk = conn.recv(65536)
            if not chunk:
                os._exit(0)
            data += chunk
        request = json.loads(data)
        with tempfile.TemporaryFile() as err:
            pid = os.fork()
            if pid == 0:
                conn.close()
                _child(request, os.dup(err.fileno()))
            status = _wait(pid, request.get("kill_after"), int(request.get("signum") or 9))
            err.seek(0)
            stderr = err.read().decode(errors="replace")[-4000:]
        conn.sendall(json.dumps({"status": status, "stderr": stderr}).encode())
    finally:
        conn.close()
        os._exit(0)


def _wait(pid: int, kill_after: object, signum: int) -> int:
    if isinstance(kill_after, int | float):
        fd = os.pidfd_open(pid)
        try:
            ended, _, _ = select.select([fd], [], [], float(kill_after))
            if not ended:
                os.kill(pid, signum)  # not yet reaped, so the pid is still the child's
        finally:
            os.close(fd)
    _, raw = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(raw)


def serve(address: str, prepare: Callable[[], None] = warm) -> None:
    prepare()
    assert threading.active_count() == 1, "a zygote forks: it must hold no other thread"
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # waiters are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(address)
    listener.listen(64)
    print(READY, flush=True)
    stdin = sys.stdin.fileno()
    while True:
        readable, _, _ = select.select([listener, stdin], [], [])
        if stdin in readable and not os.read(stdin, 4096):
            return  # the test process is gone, or done with us
        if listener in readable:
            conn, _ = listener.accept()
            if os.fork() == 0:
                listener.close()
                _waiter(conn)
            conn.close()


if __name__ == "__main__":
    serve(sys.argv[1])

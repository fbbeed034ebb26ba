"""The two locks of CONTRACT.md: the daemon lock (held by ``run`` for its life) and the pass lock
(held by each pass of ``run`` or ``tick``; a second pass waits up to 30 s).

``fcntl.flock`` on files beside the state file: the kernel releases them when the process dies,
so a killed pass never leaves a stale lock behind. A symbolic link at a lock's path is refused
(exit 5): the pass records its pid in the lock, which would truncate the link's target.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agent.errors import StateError
from agent.safefiles import open_private

PASS_WAIT_SECONDS = 30.0


def _lock_path(state_path: Path | str, role: str) -> Path:
    return Path(f"{state_path}.{role}.lock")


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _open(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return open_private(path, os.O_RDWR | os.O_CREAT, "the lock file", StateError)
    except OSError as e:
        raise StateError(f"cannot create the lock file {path}: {e.strerror}") from e


def _holder(fd: int) -> str:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 64).decode(errors="replace").strip() or "unknown"


def _record_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, str(os.getpid()).encode())


def _pass_wait() -> float:
    """30 s, or ``$FOLLOWUP_PASS_WAIT`` seconds (scripts that would rather fail fast)."""
    try:
        return float(os.environ.get("FOLLOWUP_PASS_WAIT", PASS_WAIT_SECONDS))
    except ValueError:
        return PASS_WAIT_SECONDS


@contextmanager
def pass_lock(state_path: Path | str, wait_seconds: float | None = None) -> Iterator[None]:
    """Held for one pass; a second pass waits up to ``wait_seconds``, then StateError (exit 5)."""
    if wait_seconds is None:
        wait_seconds = _pass_wait()
    if str(state_path) == ":memory:":
        yield
        return
    path = _lock_path(state_path, "pass")
    fd = _open(path)
    try:
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise StateError(
                    f"another followup pass (pid {_holder(fd)}) has held {path} "
                    f"for more than {wait_seconds:.0f} s"
                )
            time.sleep(0.2)
        _record_pid(fd)
        yield
    finally:
        os.close(fd)


@contextmanager
def daemon_lock(state_path: Path | str) -> Iterator[None]:
    """Held by ``followup run`` for its life; a second daemon fails at once naming the holder."""
    path = _lock_path(state_path, "daemon")
    fd = _open(path)
    try:
        if not _try_lock(fd):
            raise StateError(
                f"followup run is already running on {state_path} (pid {_holder(fd)})",
                hint="stop it first, or point this one at another state file",
            )
        _record_pid(fd)
        yield
    finally:
        os.close(fd)


def daemon_running(state_path: Path | str) -> str | None:
    """The pid of the ``followup run`` holding the daemon lock, or None when none does."""
    path = _lock_path(state_path, "daemon")
    if str(state_path) == ":memory:" or not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            return None  # nobody holds it (the lock goes with this fd when it is closed)
        return _holder(fd)
    finally:
        os.close(fd)

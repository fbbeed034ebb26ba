"""followup's own files opened safely: private, written whole, and never through a symbolic link.

A link planted where followup keeps a file (the state's lock, the drafts journal, the state
itself) would make every pass write to whatever the link names: truncate it (a lock records
its pid), append to it (the journal), or write a database over it. Only the last component of
a path is refused: a folder of the path that is a link (a home on another disk) is the user's
choice. Each opener raises the caller's error class, so the exit code is the one of the file's
owner (CONTRACT.md: 5 for the state and its locks).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from agent.errors import FollowupError

LINK_HINT = "remove the link; followup does not follow symbolic links for its own files"


def link_error(path: Path | str, what: str, error: type[FollowupError]) -> FollowupError:
    return error(f"{what} {path} is a symbolic link", hint=LINK_HINT)


def refuse_link(path: Path | str, what: str, error: type[FollowupError]) -> None:
    """Raise ``error`` when ``path`` is a symbolic link (a missing path is fine)."""
    if os.path.islink(path):
        raise link_error(path, what, error)


def open_private(
    path: Path | str, flags: int, what: str, error: type[FollowupError], mode: int = 0o600
) -> int:
    """``os.open`` that refuses a symbolic link at ``path``; new files are created ``mode``."""
    try:
        return os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC, mode)
    except OSError as e:
        if e.errno == errno.ELOOP or os.path.islink(path):
            raise link_error(path, what, error) from e
        raise


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole (a temporary file in the same folder, then a rename),
    readable by its owner only. A link at ``path`` is replaced, never written through."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600, O_EXCL
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

"""The secret key of the drafts' Message-IDs: a file beside the config, never in the state.

A draft's Message-ID is a keyed hash of its follow-up (``agent.recognition``): with the key, a
new or restored state recognises every draft and sent copy written before; without it, nobody
can tell the Message-ID from any other. The key is created on first use - 32 random bytes,
written as hex to a private file (0600) that appears whole or not at all (written aside, then
linked into place, so two passes starting at once agree on one key) - and never follows a
symbolic link.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from agent.errors import ConfigError
from agent.safefiles import open_private, refuse_link

KEY_NAME = "followup.key"
KEY_BYTES = 32
WHAT = "the drafts' key file"


def key_path(config_path: Path) -> Path:
    """Where the key of the config at ``config_path`` is kept: beside it."""
    return config_path.parent / KEY_NAME


def load_key(path: Path, create: bool = True) -> tuple[bytes, bool] | None:
    """The key at ``path``, and whether it was created now; created when missing and
    ``create`` (else None)."""
    refuse_link(path, WHAT, ConfigError)
    try:
        return _read(path), False
    except FileNotFoundError:
        if not create:
            return None
    created = _create(path)
    return _read(path), created


def _read(path: Path) -> bytes:
    fd = open_private(path, os.O_RDONLY, WHAT, ConfigError)
    with os.fdopen(fd, "r", encoding="ascii", errors="replace") as f:
        text = f.read().strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise ConfigError(
            f"{WHAT} {path} is damaged",
            hint="restore it from a backup; or remove it, and drafts written before are then "
            "recognised by their recipients and subject only",
        )
    return key


def _create(path: Path) -> bool:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}"
        fd = open_private(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, WHAT, ConfigError)
        try:
            os.write(fd, (secrets.token_hex(KEY_BYTES) + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # never over a key that another pass created meanwhile
            return True
        except FileExistsError:
            return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    except OSError as e:
        raise ConfigError(f"cannot write {WHAT} {path}: {e.strerror}") from e

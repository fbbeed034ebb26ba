"""Passwords for mail and calendar servers, never written in the config file.

A config names where the password is: ``password_command`` (a command whose first line of
output is the password, such as ``pass show mail/fastmail`` or ``security find-generic-password
-w -s fastmail``) or ``password_env`` (the name of an environment variable). The command runs
without a shell, with the user's terminal for a passphrase prompt, and a deadline.
"""

from __future__ import annotations

import os
import shlex
import subprocess

from agent.errors import AuthError, ConfigError

#: How long a password command may take (a GPG agent asking for a passphrase included).
COMMAND_DEADLINE = 120.0


def read_password(command: str | None, env: str | None, where: str) -> str:
    """The password ``where`` (``drafts.imap``, ``calendar.caldav``) says how to find.

    Raises ``AuthError`` (exit 3) when the command fails or the variable is unset or empty.
    """
    if env:
        value = os.environ.get(env, "")
        if not value:
            raise AuthError(
                f"{where}.password_env: the environment variable {env} is not set or empty",
                hint=f"export {env}=<your app password> before running followup",
            )
        return value
    if not command:
        raise ConfigError(f"{where}: give password_command or password_env")
    try:
        argv = shlex.split(command)
    except ValueError as e:
        raise ConfigError(f"{where}.password_command: {e}") from None
    if not argv:
        raise ConfigError(f"{where}.password_command is empty")
    try:
        done = subprocess.run(argv, stdout=subprocess.PIPE, timeout=COMMAND_DEADLINE, check=False)
    except FileNotFoundError:
        raise AuthError(
            f"{where}.password_command: {argv[0]} is not installed or not on the PATH"
        ) from None
    except (OSError, subprocess.TimeoutExpired) as e:
        raise AuthError(f"{where}.password_command failed: {e}") from None
    if done.returncode != 0:
        raise AuthError(
            f"{where}.password_command exited with {done.returncode}",
            hint="run it yourself to see why (a locked password store, a wrong entry name)",
        )
    lines = done.stdout.decode("utf-8", errors="replace").splitlines()
    password = lines[0].strip("\r\n") if lines else ""
    if not password:
        raise AuthError(f"{where}.password_command printed no password")
    return password

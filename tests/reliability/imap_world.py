"""The crash suite's scenario on IMAP: the same calendar file, the drafts in a real Dovecot.

``crash.py`` runs its passes with the drafts in the Drafts folder of an account on a Dovecot
(``tests/servers.py``) on loopback, STARTTLS with the test CA, the password from an environment
variable. Each trial gets its own copy of the mailbox a pass began with: the account's folder
(Dovecot's Maildir with its UID lists and indexes, so UIDVALIDITY and UIDs stay as they were) is
copied under a new user name, and ``point_at`` writes the home's config for that user and
renames the files followup keeps per account (the record of drafts, the folders' cache). The
user's hands are a mail client's: ``user_acts`` sends a third of the drafts (a copy into Sent,
with a new Message-ID every other time, the draft removed) and deletes another third and the
drafts without an address (the digest). ``markers`` counts the messages of each follow-up over
the Drafts and Sent folders, by the Message-ID followup wrote (``WRITTEN_AS`` keeps it where the
client replaced it).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email import message_from_bytes
from pathlib import Path
from typing import cast

from imapclient import IMAPClient

from tests.imap_support import mail_client, raw_message, remove
from tests.servers import PASSWORD, Dovecot, Tls, dovecot_missing

#: The environment variable the home's config names for the password.
PASSWORD_ENV = "FOLLOWUP_CRASH_IMAP_PASSWORD"
_names = itertools.count(1)


def new_user(server: Dovecot, prefix: str) -> str:
    """A user name no trial used (safe from several threads)."""
    return f"{prefix}{next(_names)}-{os.getpid()}"


@contextmanager
def started_dovecot(given: Dovecot | None) -> Iterator[Dovecot]:
    """``given``, or a Dovecot started here for the run and stopped after it."""
    if given is not None:
        yield given
        return
    why = dovecot_missing()
    if why:
        raise SystemExit(f"the IMAP crash run needs Dovecot: {why}")
    folder = Path(tempfile.mkdtemp(prefix="followup-crash-dovecot-"))
    folder.chmod(0o755)  # Dovecot's mail processes run as the dovecot user
    server = Dovecot(folder / "server", Tls.make(folder / "tls"))
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def password_set() -> Iterator[None]:
    """The password in this process's environment (the in-process pass that counts points)."""
    saved = os.environ.get(PASSWORD_ENV)
    os.environ[PASSWORD_ENV] = PASSWORD
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(PASSWORD_ENV, None)
        else:
            os.environ[PASSWORD_ENV] = saved


def _account(user: str, server: Dovecot) -> str:
    """How ``agent.sinks.imap.local_files`` names the account in its files."""
    return re.sub(r"[^A-Za-z0-9@._-]", "_", f"{user}@{server.host}")


def point_at(home: Path, server: Dovecot, user: str, previous: str | None = None) -> None:
    """The home's config for ``user`` on ``server``; the per-account files of ``previous`` (the
    user whose mailbox was copied) renamed for ``user``."""
    if previous is not None and previous != user:
        old, new = _account(previous, server), _account(user, server)
        for path in [*home.glob(f"*{old}*"), *home.glob(f"*/*{old}*")]:
            path.rename(path.with_name(path.name.replace(old, new)))
    config = {
        "me": {"name": "Alex Candidate", "email": "alex@example.com", "timezone": TZ_NAME},
        "calendar": {"ics": "calendar.ics"},
        "drafts": {
            "imap": {
                "host": server.host,
                "port": server.port,
                "username": user,
                "password_env": PASSWORD_ENV,
                "tls": {"mode": "starttls", "ca_file": str(server.tls.ca_file)},
            }
        },
        "state": "state/followup.db",
    }
    (home / "config.yaml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML


TZ_NAME = "America/Los_Angeles"
#: Where the tests' mail client keeps a Message-ID it replaced on sending: the tests' record of
#: which follow-up a sent copy is (followup ignores the header).
WRITTEN_AS = "X-Test-Written-As"


def first_login(server: Dovecot, user: str) -> None:
    """Log in once, so that Dovecot makes the account's folders."""
    with mail_client(server, user) as client:
        client.list_folders()


def save_mailbox(server: Dovecot, user: str, to: Path) -> None:
    """A copy of the account's folders as they are (no client may be logged in)."""
    shutil.copytree(server.maildir(user), to, symlinks=True)


def restore_mailbox(server: Dovecot, saved: Path, user: str) -> None:
    """``saved`` as the folders of ``user`` (a name not used yet), owned by Dovecot's user."""
    target = server.maildir(user)
    shutil.copytree(saved, target, symlinks=True)
    for folder, subs, files in os.walk(target):
        shutil.chown(folder, "dovecot", "dovecot")
        for name in (*subs, *files):
            os.lchown(os.path.join(folder, name), *_dovecot_ids())


def _dovecot_ids() -> tuple[int, int]:
    import grp
    import pwd

    return pwd.getpwnam("dovecot").pw_uid, grp.getgrnam("dovecot").gr_gid


def _drafts(client: IMAPClient) -> list[tuple[str, int]]:
    """(To, UID) of each draft in Drafts."""
    client.select_folder("Drafts")
    uids = client.search(["UNDELETED"])
    found = client.fetch(uids, [b"BODY.PEEK[HEADER.FIELDS (TO)]"]) if uids else {}
    heads = {
        uid: cast(bytes, data[b"BODY[HEADER.FIELDS (TO)]"]).decode("utf-8", "replace")
        for uid, data in found.items()
    }
    return sorted((heads[uid].partition(":")[2].strip(), uid) for uid in uids)


def user_acts(server: Dovecot, user: str, at: datetime) -> None:
    """The user's day in a mail client: drafts without an address deleted; of the others, a
    third sent (every other one with a new Message-ID), a third deleted."""
    with mail_client(server, user) as client:
        for i, (to, uid) in enumerate(_drafts(client)):
            if not to or i % 3 == 1:
                remove(client, "Drafts", uid)
            elif i % 3 == 0:
                data = raw_message(client, "Drafts", uid)
                if i % 2 == 0:
                    written = re.search(rb"(?im)^Message-ID:(.*)$", data)
                    original = written.group(1).strip() if written else b""
                    head = f"Message-ID: <rewritten.{uid}@mail.example>\r\n{WRITTEN_AS}: "
                    replaced = head.encode() + original
                    data = re.sub(
                        rb"(?im)^Message-ID:.*$", replaced.replace(b"\\", b"\\\\"), data, count=1
                    )
                # a file in Sent, as the mail server's delivery writes it: the internal date
                # is the send time, even where that is later than this machine's clock
                server.fill(user, "Sent", [data.replace(b"\r\n", b"\n")], at + timedelta(minutes=i))
                remove(client, "Drafts", uid)


def markers(server: Dovecot, user: str) -> tuple[Counter[str], Counter[str]]:
    """Messages per follow-up in Drafts, and in Sent: by the Message-ID followup wrote."""
    found: list[Counter[str]] = []
    fields = f"MESSAGE-ID {WRITTEN_AS.upper()}"
    with mail_client(server, user) as client:
        for folder in ("Drafts", "Sent"):
            client.select_folder(folder, readonly=True)
            uids = client.search(["UNDELETED"])
            counted: Counter[str] = Counter()
            if uids:
                item = f"BODY.PEEK[HEADER.FIELDS ({fields})]".encode()
                for data in client.fetch(uids, [item]).values():
                    head = cast(bytes, data[f"BODY[HEADER.FIELDS ({fields})]".encode()])
                    headers = message_from_bytes(head)
                    counted[str(headers[WRITTEN_AS] or headers["Message-ID"] or "")] += 1
            found.append(counted)
    return found[0], found[1]

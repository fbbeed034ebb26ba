"""Secrets and permissions: no code path can reach a send method; the state folder is 0700 and
its files 0600, the drafts Maildir too; the Google token is rewritten 0600 on refresh and never
appears in the logs, even at the most verbose level."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent.wiring import PACE_ENV
from tests.fake_google import FakeGoogle
from tests.fake_google.events import resource
from tests.fake_google.fixtures import fake  # noqa: F401 - a fixture
from tests.test_lifecycle import DENTIST, ONSITE

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from reliability import crash
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.reliability import crash

PACKAGE = Path(__file__).resolve().parent.parent / "agent"
#: Names whose call or import could send mail.
SEND_NAMES = {"send", "send_message", "sendmail", "send_draft", "smtplib", "SMTP", "SMTP_SSL"}
#: Gmail's send endpoints, as a URL or a discovery method id would name them.
SEND_PATHS = re.compile(r"(?:drafts|messages)(?:/|\.)send\b|/send\b", re.I)


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _send_uses(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in SEND_NAMES:
            found.append(f"attribute .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in SEND_NAMES:
            found.append(f"name {node.id}")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            found += [f"import {n}" for n in names if n.split(".")[0] in SEND_NAMES]
        elif _is_send_path(node):
            found.append(f"string {ast.unparse(node)}")
    return found


def _is_send_path(node: ast.AST) -> bool:
    """A string naming a send endpoint; prose (docstrings, messages) may say it is never used."""
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return False
    return bool(SEND_PATHS.search(node.value)) and " " not in node.value.strip()


@pytest.mark.slow
def test_no_code_path_can_reach_a_send_method() -> None:
    found = {
        str(path.relative_to(PACKAGE)): uses
        for path in _sources()
        if (uses := _send_uses(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}
    assert len(_sources()) > 20  # the scan saw the package


def test_the_scan_would_see_a_send_call() -> None:
    # A guard on the guard: the forms a send would take are all caught.
    for code in (
        "service.users().drafts().send(userId='me', body=b).execute()",
        "service.users().messages().send(userId='me', body=b)",
        "import smtplib",
        "from smtplib import SMTP",
        "url = 'gmail/v1/users/me/drafts/send'",
        "method = 'gmail.users.messages.send'",
    ):
        assert _send_uses(ast.parse(code)), code


# --------------------------------------------------------------------------- permissions


@pytest.mark.slow
def test_the_local_default_keeps_state_and_drafts_private(tmp_path: Path) -> None:
    home = crash.make_home(tmp_path / "home")
    assert crash.run_tick(home, "2026-12-03T10:00") == 0
    state, drafts = home / "state", home / "Mail" / "Drafts"
    for folder in (state, drafts, *(drafts / sub for sub in ("tmp", "new", "cur"))):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    files = [*state.iterdir(), drafts / "followup-drafts.jsonl", *(drafts / "cur").iterdir()]
    assert len(files) > 3
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o600, path


# --------------------------------------------------------------------------- tokens


@pytest.fixture
def google_home(fake: FakeGoogle, tmp_path: Path) -> Path:  # noqa: F811 - the fixture
    fake.client_secret(tmp_path / "client_secret.json")
    fake.write_token(tmp_path / "token.json", expired=True)  # the pass must refresh it
    fake.calendar.put("primary", [resource(ONSITE), resource(DENTIST)])
    config = {
        "me": {"name": "Alex Candidate", "email": "alex@example.com", "timezone": ONSITE.tz},
        "calendar": {"google": {"calendars": ["primary"]}},
        "drafts": {"gmail": {}},
        "state": "state/followup.db",
        "google": {
            "client_secret": "client_secret.json",
            "token": "token.json",
            "api_root": fake.api_root,
            "token_uri": fake.token_uri,
        },
    }
    (tmp_path / "config.yaml").write_text(json.dumps(config), encoding="utf-8")
    return tmp_path


def _secrets(token_file: Path) -> list[str]:
    token = json.loads(token_file.read_text(encoding="utf-8"))
    return [token["token"], token["refresh_token"], token["client_secret"]]


@pytest.mark.slow
def test_tokens_never_reach_the_logs_and_stay_0600(google_home: Path, fake: FakeGoogle) -> None:  # noqa: F811
    before = _secrets(google_home / "token.json")
    env = crash._env(None) | {"OAUTHLIB_INSECURE_TRANSPORT": "1"}
    command = [sys.executable, "-m", "agent", "--config", str(google_home / "config.yaml")]
    done = subprocess.run(
        [*command, "-vv", "tick", "--now", "2026-12-02T14:00"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "drafted" in done.stdout and "DEBUG" in done.stderr  # it did log, verbosely
    after = _secrets(google_home / "token.json")
    assert after[0] != before[0]  # refreshed and written back
    assert (google_home / "token.json").stat().st_mode & 0o777 == 0o600
    for secret in {*before, *after}:
        assert secret not in done.stderr and secret not in done.stdout
    assert not [r for r in fake.server.requests if SEND_PATHS.search(r.path)]


def _tick_vv(home: Path, when: str) -> subprocess.CompletedProcess[str]:
    env = crash._env(None) | {"OAUTHLIB_INSECURE_TRANSPORT": "1", PACE_ENV: "0.01"}
    command = [sys.executable, "-m", "agent", "--config", str(home / "config.yaml")]
    return subprocess.run(
        [*command, "-vv", "tick", "--now", when],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_tokens_stay_out_of_the_logs_through_faults_and_a_refused_sign_in(
    google_home: Path,
    fake: FakeGoogle,  # noqa: F811
) -> None:
    fake.fail("calendar.events.list", status=401)  # a token refused mid-pass: refreshed again
    fake.fail("gmail.users.getProfile", status=503)  # retried, with a log line
    fake.fail("gmail.users.drafts.create", "garble")  # an answer that is not JSON
    faulty = _tick_vv(google_home, "2026-12-02T14:00")
    assert faulty.returncode == 1, faulty.stderr
    assert fake.count("oauth.token") == 2 and "trying again" in faulty.stderr
    fake.write_token(google_home / "token.json", expired=True)
    fake.revoke()  # invalid_grant: exit 3, the refusal explained
    refused = _tick_vv(google_home, "2026-12-02T14:10")
    assert refused.returncode == 3 and "invalid_grant" in refused.stderr, refused.stderr
    assert len(fake.issued) >= 6
    for done in (faulty, refused):
        for secret in fake.issued:
            assert secret not in done.stderr and secret not in done.stdout

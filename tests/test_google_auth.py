"""``followup auth`` (the real installed-app flow, its token exchange at the fake Google) and
``followup doctor``'s Google checks. Only process edges are replaced: the browser, and stdout
for the headless case, each played by a "user" who follows the sign-in link."""

from __future__ import annotations

import io
import json
import re
import socket
import threading
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from agent import cli
from agent.doctor import diagnose
from agent.google import SCOPES
from tests.fake_google import FakeGoogle


def config_file(fake: FakeGoogle, folder: Path, *, gmail: bool = True) -> Path:
    fake.client_secret(folder / "client_secret.json")
    config = {
        "me": {"name": "Alex Candidate", "email": "alex@example.com", "timezone": "UTC"},
        "calendar": {"google": {"calendars": ["primary"]}},
        "drafts": {"gmail": {}} if gmail else {"maildir": "Drafts"},
        "state": "followup.db",
        "google": {
            "client_secret": "client_secret.json",
            "api_root": fake.api_root,
            "token_uri": fake.token_uri,
        },
    }
    path = folder / "config.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def consent(fake: FakeGoogle, url: str) -> None:
    """The user signs in and Google redirects the browser to followup's local server."""
    query = parse_qs(urlsplit(url).query)
    redirect = query["redirect_uri"][0]
    assert set(query["scope"][0].split()) == set(SCOPES)
    assert query["access_type"] == ["offline"] and query["prompt"] == ["consent"]
    code = fake.new_code()
    target = f"{redirect}?code={code}&state={query['state'][0]}&scope={'+'.join(SCOPES)}"
    threading.Thread(target=lambda: urllib.request.urlopen(target, timeout=5).read()).start()


class Browser:
    def __init__(self, fake: FakeGoogle) -> None:
        self.fake = fake
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        consent(self.fake, url)
        return True


@pytest.fixture(autouse=True)
def insecure_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake's token endpoint is http


def test_auth_opens_a_browser_and_writes_the_token_0600(
    fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = Browser(fake)
    monkeypatch.setattr("webbrowser.get", lambda using=None: browser)
    path = config_file(fake, tmp_path)
    assert cli.main(["--config", str(path), "auth"]) == 0
    token = tmp_path / "token.json"  # default: beside the state file
    assert oct(token.stat().st_mode & 0o777) == "0o600"
    saved = json.loads(token.read_text())
    assert saved["refresh_token"] in fake.refresh_tokens
    assert urlsplit(parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]).port
    assert fake.count("oauth.token") == 1


class Terminal(io.StringIO):
    """stdout of a headless machine: the user copies the printed link into their browser."""

    def __init__(self, fake: FakeGoogle) -> None:
        super().__init__()
        self.fake = fake

    def write(self, text: str) -> int:
        found = re.search(r"https?://\S+state=\S+", text)
        if found:
            consent(self.fake, found.group(0))
        return super().write(text)


def test_auth_without_a_browser_on_a_fixed_port(
    fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_browser(using: Any = None) -> Any:
        raise AssertionError("--no-browser must not open a browser")

    monkeypatch.setattr("webbrowser.get", no_browser)
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        port = probe.getsockname()[1]
    terminal = Terminal(fake)
    monkeypatch.setattr("sys.stdout", terminal)
    path = config_file(fake, tmp_path)
    assert cli.main(["--config", str(path), "auth", "--port", str(port), "--no-browser"]) == 0
    printed = terminal.getvalue()
    assert f"ssh -L {port}:localhost:{port}" in printed
    assert f"redirect_uri=http%3A%2F%2Flocalhost%3A{port}%2F" in printed
    assert (tmp_path / "token.json").exists()


def test_auth_without_a_client_file_is_a_usage_error(fake: FakeGoogle, tmp_path: Path) -> None:
    path = config_file(fake, tmp_path)
    (tmp_path / "client_secret.json").unlink()
    assert cli.main(["--config", str(path), "auth"]) == 2


# --------------------------------------------------------------------------- doctor


def test_doctor_is_happy_with_a_good_token(fake: FakeGoogle, tmp_path: Path) -> None:
    path = config_file(fake, tmp_path)
    fake.write_token(tmp_path / "token.json")
    fake.calendar.put("primary", [])
    assert [p for p in diagnose(str(path)) if "google" in p or "calendar" in p] == []
    assert fake.count("gmail.users.getProfile") == 1


def test_doctor_names_each_token_problem(fake: FakeGoogle, tmp_path: Path) -> None:
    path = config_file(fake, tmp_path)
    fake.calendar.put("primary", [])
    assert any("no Google token" in p and "followup auth" in p for p in diagnose(str(path)))
    token = fake.write_token(tmp_path / "token.json", expired=True)
    token.chmod(0o644)
    fake.revoke()
    problems = [p for p in diagnose(str(path)) if p.startswith(("google token", "gmail"))]
    assert any("readable by others" in p for p in problems)
    token.chmod(0o600)
    problems = [p for p in diagnose(str(path)) if p.startswith(("google token", "gmail"))]
    assert len(problems) == 1 and "invalid_grant" in problems[0] and "followup auth" in problems[0]

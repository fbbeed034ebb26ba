"""pytest fixtures over the fake Google: import them into a test module to use them.

``fake`` is a started ``FakeGoogle`` that fails the test, at teardown, on any violation
(an unknown method or parameter, a send path, a date in a Gmail search...). ``google_config``
points followup's Google settings at it with a fresh token; ``client`` is the real
``GoogleClient`` over it, with retries that do not wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import GoogleConfig
from agent.google.client import GoogleClient, RetryPolicy
from tests.fake_google import FakeGoogle

QUICK = RetryPolicy(attempts=3, first_delay=0.0, max_delay=0.0, timeout=2.0)


@pytest.fixture
def fake() -> Iterator[FakeGoogle]:
    server = FakeGoogle().start()
    try:
        yield server
    finally:
        server.stop()
    assert server.violations == [], "requests Google would refuse or followup must not make"


@pytest.fixture
def google_config(
    fake: FakeGoogle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> GoogleConfig:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the fake's token endpoint is http
    return GoogleConfig(
        client_secret=fake.client_secret(tmp_path / "client_secret.json"),
        token=fake.write_token(tmp_path / "token.json"),
        api_root=fake.api_root,
        token_uri=fake.token_uri,
    )


@pytest.fixture
def client(google_config: GoogleConfig) -> GoogleClient:
    return GoogleClient.from_config(google_config, QUICK)

"""Fixtures shared by test modules: the fake Google's (``fake``, ``google_config``, ``client``)
and the real servers' (``dovecot``, ``radicale``: ``tests/servers.py``)."""

from collections.abc import Iterator

import pytest

from tests.fake_google.fixtures import client, fake, google_config
from tests.servers import Dovecot, Radicale, dovecot_server, radicale_server

__all__ = ["client", "dovecot", "fake", "google_config", "radicale"]


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot on loopback for the whole session; each test logs in as a user of its own."""
    yield from dovecot_server()


@pytest.fixture(scope="session")
def radicale() -> Iterator[Radicale]:
    """A Radicale on loopback for the whole session; each test uses a user of its own."""
    yield from radicale_server()

"""Fixtures shared by test modules: the fake Google's (``fake``, ``google_config``, ``client``)
and the real servers' (``dovecot``, ``radicale``: ``tests/servers.py``); and the order the tests
run in: the slow ones first."""

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``slow`` tests first, each group in its own order. ``scripts/test`` hands the tests
    to its workers one at a time (``--maxschedchunk 1``): the long ones start at once and the
    workers end together on the short ones, instead of one worker ending alone on a long test
    it took late."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)

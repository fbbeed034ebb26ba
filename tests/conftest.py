"""Fixtures shared by test modules: the fake Google's (``fake``, ``google_config``, ``client``)."""

from tests.fake_google.fixtures import client, fake, google_config

__all__ = ["client", "fake", "google_config"]

"""What one pass needs from the config: the user, the policy, the calendar window, the articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from agent.model import Article, Me, Policy


@dataclass(frozen=True)
class Settings:
    me: Me
    policy: Policy = field(default_factory=Policy)
    window_past: timedelta = timedelta(days=120)
    window_future: timedelta = timedelta(days=365)
    articles: tuple[Article, ...] = ()
    html: bool = False
    companies: tuple[tuple[str, str], ...] = ()  # the user's names for companies (config)
    #: the key of the drafts' Message-IDs (``agent.keyfile``, ``agent.recognition``)
    secret: bytes = field(default=b"", repr=False)
    #: the key was created for this pass: this config never drafted anything before it
    new_key: bool = False

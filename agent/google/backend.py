"""The Google ports of one configuration, built together so they share what they should.

One ``GoogleClient`` (one token, refreshed and saved in one place) serves the calendars, the
drafts sink and the mailbox watcher; the sink and the watcher share one ``MailLedger`` so a pass
reads Gmail's history once. ``agent.wiring`` calls this only when a Google backend is configured.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from agent.config import GoogleConfig
from agent.google.calendar import GoogleCalendarSource
from agent.google.client import GoogleClient, RetryPolicy
from agent.google.gmail import GmailSink
from agent.google.history import MailLedger
from agent.google.mailbox import GmailWatcher


@dataclass
class GoogleBackend:
    client: GoogleClient
    ledger: MailLedger = field(default_factory=MailLedger)

    @classmethod
    def open(cls, config: GoogleConfig, retry: RetryPolicy | None = None) -> GoogleBackend:
        return cls(GoogleClient.from_config(config, retry))

    def calendars(self, ids: tuple[str, ...], default_tz: str) -> list[GoogleCalendarSource]:
        return [GoogleCalendarSource(self.client, cid, default_tz) for cid in ids]

    def sink(self, record: Path | None = None) -> GmailSink:
        """The drafts sink; ``record``: where it keeps the record of the drafts it wrote."""
        return GmailSink(self.client, self.ledger, record=record)

    def watcher(self) -> GmailWatcher:
        return GmailWatcher(self.client, self.ledger)

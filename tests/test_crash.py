"""Crash consistency, the quick samples (on a Maildir, on the fake Google and on a real IMAP
server): real ``followup tick`` processes killed with SIGKILL at every engine hook point (and
after a random delay), restarted until a pass completes. No duplicate, no loss, no orphan draft,
the states the clean run reached, an intact state file, and on Google not one send request. The
full runs (500+ crash points) are ``scripts/crash-run [--google | --imap]``; see
``tests/reliability/crash.py``."""

from __future__ import annotations

import pytest

from tests.servers import Dovecot

try:  # pytest puts tests/ on sys.path (rootdir-relative imports need a tests/__init__.py)
    from reliability.crash import POINTS, render, run
except ImportError:  # pragma: no cover - the layout with tests/ as a package
    from tests.reliability.crash import POINTS, render, run

pytestmark = pytest.mark.slow  # real processes killed at every hook point


def test_killed_passes_leave_neither_duplicates_nor_losses() -> None:
    figures = run(kills=None, seed=6)
    assert figures.crash_points >= 15, render(figures)
    assert set(POINTS) <= set(figures.by_point), render(figures)
    assert figures.failures == [], render(figures)
    assert (figures.duplicates, figures.losses, figures.orphans, figures.mismatches) == (0, 0, 0, 0)
    assert figures.integrity_failures == 0


def test_killed_passes_on_google_leave_one_gmail_draft_per_key_and_send_nothing() -> None:
    figures = run(kills=None, seed=6, google=True)
    assert figures.crash_points >= 5, render(figures)
    assert {"after_journal", "after_create", "after_sync"} <= set(figures.by_point)
    assert figures.failures == [], render(figures)
    assert (figures.duplicates, figures.losses, figures.orphans, figures.mismatches) == (0, 0, 0, 0)
    assert (figures.integrity_failures, figures.sends) == (0, 0)


def test_killed_between_append_and_the_record_an_imap_draft_is_never_doubled_nor_lost(
    dovecot: Dovecot,
) -> None:
    figures = run(kills=None, seed=6, imap=True, server=dovecot)
    assert figures.by_point["after_append"] >= 2, render(figures)  # the server stored it
    assert {"after_create", "after_journal"} <= set(figures.by_point), render(figures)
    assert figures.failures == [], render(figures)
    assert (figures.duplicates, figures.losses, figures.orphans, figures.mismatches) == (0, 0, 0, 0)
    assert figures.integrity_failures == 0

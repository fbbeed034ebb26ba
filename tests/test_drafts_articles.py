"""Check-ins that carry something real: a relevant article never shared before with that person
or process (from the config or from RSS / Atom feeds, a broken feed never blocking a draft), or
an update from the user's notes; with neither, no check-in, and ``status`` asks for one. Read as
text, on the local default and on Gmail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.feeds import parse_feed
from tests.drafts_world import DEMO_ICS, DraftsWorld, Mail, calendar, make_world, vevent
from tests.fake_google.fixtures import fake

__all__ = ["fake"]

RATE_LIMITERS = {
    "title": "Designing rate limiters for fleet APIs",
    "url": "https://example.org/rate-limiters",
    "tags": ["rate limiter"],
}
FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Engineering notes</title>
  <id>urn:example:feed</id>
  <updated>2026-12-20T00:00:00Z</updated>
  <entry>
    <title>Token buckets and the rate limiter exercise, revisited</title>
    <link href="https://blog.example.org/token-buckets"/>
    <id>urn:example:1</id>
    <updated>2026-12-20T00:00:00Z</updated>
    <category term="rate limiter"/>
  </entry>
  <entry>
    <title>Gardening in winter</title>
    <link href="https://blog.example.org/gardening"/>
    <id>urn:example:2</id>
    <updated>2026-12-19T00:00:00Z</updated>
  </entry>
</feed>
"""


@pytest.fixture(params=["maildir", "gmail"])
def world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftsWorld:
    return make_world(request, tmp_path, monkeypatch)


def check_ins(world: DraftsWorld) -> list[Mail]:
    return [m for m in world.mails() if "article" in m.subject or "thinking of" in m.subject]


def run_to_the_check_ins(world: DraftsWorld) -> None:
    world.calendar(DEMO_ICS)
    for now in ("2026-12-03T11:00", "2026-12-23T09:30", "2027-01-06T09:30"):
        assert world.tick(now) == 0


def test_an_article_is_never_shared_twice_and_a_check_in_needs_something_real(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    world.configure(articles=[RATE_LIMITERS])
    run_to_the_check_ins(world)
    (first,) = [m for m in world.mails_to("jordan.blake") if RATE_LIMITERS["url"] in m.text]
    assert "the rate limiter exercise" in first.text  # the session the article speaks to
    assert "rate limiter)" not in first.text and "(rate" not in first.text  # no tags
    before = len(world.mails())
    assert world.tick("2027-01-20T09:30") == 0
    assert len(world.mails()) == before  # nothing new to share: no empty check-in
    status: dict[str, Any] = world.status("2027-01-20T09:30", capsys)
    acme = status["processes"][0]
    (waiting,) = [f for f in acme["followups"] if f["problem"] == "needs_article"]
    assert 'followup note i1 "Update: ' in waiting["hint"]
    note = "Update: shipped a token bucket rate limiter for our public API at work"
    assert world.cli("note", "i1", note) == 0
    assert world.tick("2027-01-20T10:00") == 0
    (update,) = [m for m in world.mails_to("jordan.blake") if "token bucket" in m.text]
    assert "Since we spoke, I shipped a token bucket rate limiter" in update.text
    assert RATE_LIMITERS["url"] not in update.text
    assert "?" not in update.text


def test_a_deleted_check_in_does_not_free_its_article(world: DraftsWorld) -> None:
    world.configure(articles=[RATE_LIMITERS])
    run_to_the_check_ins(world)
    sent = [m for m in world.mails() if RATE_LIMITERS["url"] in m.text]
    assert len(sent) == 1
    world.user_deletes(lambda mail: RATE_LIMITERS["url"] in mail.text)
    assert world.tick("2027-01-20T09:30") == 0
    assert not [m for m in world.mails() if RATE_LIMITERS["url"] in m.text]


def test_feeds_are_article_sources_and_a_broken_feed_blocks_nothing(
    world: DraftsWorld,
) -> None:
    (world.home / "feed.xml").write_text(FEED, encoding="utf-8")
    world.configure(
        article_feeds=["http://127.0.0.1:9/unreachable.xml", "feed.xml", "missing.xml"],
        html=True,
    )
    run_to_the_check_ins(world)
    (check_in,) = [m for m in world.mails() if "token-buckets" in m.text]
    assert '"Token buckets and the rate limiter exercise, revisited"' in check_in.text
    assert "gardening" not in check_in.text.lower()  # unrelated: never shared
    html = check_in.html or ""
    assert '<a href="https://blog.example.org/token-buckets">Token buckets' in html


def test_a_feed_is_read_with_feedparser() -> None:
    articles = parse_feed(FEED.encode())
    assert [a.url for a in articles] == [
        "https://blog.example.org/token-buckets",
        "https://blog.example.org/gardening",
    ]
    assert articles[0].tags == ("rate limiter",)
    with pytest.raises(ValueError):
        parse_feed(b"<html><body>not a feed</body>")


def test_a_check_in_shares_no_article_that_matches_only_a_word_of_the_job_title(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Engineering Manager" shares one word with the tag "data engineering": no reason to send.
    pipelines = {
        "title": "Backfilling event pipelines without downtime",
        "url": "https://example.org/backfills",
        "tags": ["streaming", "data engineering"],
    }
    world.configure(articles=[pipelines])
    world.calendar(
        calendar(
            vevent(
                "em-interview",
                "20261202T100000",
                "20261202T110000",
                "Larchmont Payments - Engineering Manager interview",
                description="Looking forward to talking about the Payments Core team.",
                organizer=("Ines Vallory", "ines.vallory@larchmontpay.example"),
                attendees=(("Ines Vallory", "ines.vallory@larchmontpay.example"),),
            )
        )
    )
    for now in ("2026-12-02T13:00", "2026-12-23T09:30", "2027-01-06T09:30"):
        assert world.tick(now) == 0
    assert not [m for m in world.mails() if pipelines["url"] in m.text]
    status: dict[str, Any] = world.status("2027-01-06T09:30", capsys)
    problems = [f["problem"] for p in status["processes"] for f in p["followups"]]
    assert "needs_article" in problems


def test_a_check_in_finds_its_article_in_what_the_invitation_said_the_interview_covers(
    world: DraftsWorld,
) -> None:
    kafka = {
        "title": "Exactly-once delivery with Kafka",
        "url": "https://example.org/kafka",
        "tags": ["kafka", "streaming"],
    }
    world.configure(articles=[kafka])
    world.calendar(
        calendar(
            vevent(
                "de-interview",
                "20261202T100000",
                "20261202T110000",
                "Interview: Senior Data Engineer - Tern Labs",
                description="Focus areas: modelling in dbt, streaming with Kafka.",
                organizer=("Bo Lindahl", "bo.lindahl@ternlabs.example"),
                attendees=(("Bo Lindahl", "bo.lindahl@ternlabs.example"),),
            )
        )
    )
    for now in ("2026-12-02T13:00", "2026-12-23T09:30", "2027-01-06T09:30"):
        assert world.tick(now) == 0
    (check_in,) = [m for m in world.mails() if kafka["url"] in m.text]
    assert check_in.text.startswith("Hi Bo,")

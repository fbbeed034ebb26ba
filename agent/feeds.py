"""Article feeds: the entries of RSS and Atom feeds (``article_feeds``), as articles a check-in
may share next to the config's ``articles``.

I/O at the edge: the engine asks for the feeds' articles once a pass, only when a check-in is
being drafted. Each feed is read with the calendar feeds' limits (one deadline for the whole
download, a size cap) and parsed by ``feedparser``; a feed that cannot be read or parsed is
logged and left out, so a broken feed never stops a draft. An entry's tags are its categories.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agent.errors import FollowupError
from agent.model import Article
from agent.redact import redact_url

log = logging.getLogger(__name__)

#: At most this many entries of one feed are considered (the newest, as the feed orders them).
MAX_ENTRIES = 50
#: A feed larger than this is not an article feed.
MAX_FEED_BYTES = 5 * 1024 * 1024
#: One deadline for the whole download of a feed, in seconds.
FEED_DEADLINE = 10.0


class FeedArticles:
    """The articles of some feeds (paths or http(s) URLs); implements ``ports.ArticleSource``."""

    def __init__(self, feeds: Sequence[str], deadline: float = FEED_DEADLINE) -> None:
        self.feeds = tuple(feeds)
        self.deadline = deadline

    def articles(self) -> tuple[Article, ...]:
        found: list[Article] = []
        for feed in self.feeds:
            try:
                found.extend(parse_feed(self._read(feed)))
            except (FollowupError, OSError, ValueError) as e:
                log.warning("article feed %s left out: %s", _shown(feed), e)
        return tuple(found)

    def _read(self, feed: str) -> bytes:
        if not feed.lower().startswith(("http://", "https://")):
            data = Path(feed).read_bytes()
            if len(data) > MAX_FEED_BYTES:
                raise ValueError("larger than an article feed")
            return data
        from agent.sources.feed import download

        fetched = download(
            feed,
            {"Accept": "application/atom+xml, application/rss+xml, application/xml"},
            deadline=self.deadline,
            max_bytes=MAX_FEED_BYTES,
            shown=_shown(feed),
            unchanged_ok=False,
        )
        assert fetched is not None  # unchanged_ok=False: a 304 is an error
        return _decoded(fetched.data, fetched.encoding)


def parse_feed(data: bytes) -> list[Article]:
    """The entries of an RSS or Atom document as articles: title, link, categories as tags.
    Entries without a title or an http(s) link are skipped; a document that is no feed gives
    ``ValueError``."""
    import feedparser

    parsed: Any = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.get("entries"):
        raise ValueError(f"not a feed ({parsed.get('bozo_exception')})")
    articles = []
    for entry in parsed.get("entries", [])[:MAX_ENTRIES]:
        title = " ".join(str(entry.get("title", "")).split())
        link = str(entry.get("link", "")).strip()
        if not title or not link.lower().startswith(("http://", "https://")):
            continue
        tags = tuple(" ".join(str(t.get("term", "")).split()) for t in entry.get("tags", []) or [])
        articles.append(Article(title, link, tuple(t for t in tags if t)))
    return articles


def _decoded(data: bytes, encoding: str) -> bytes:
    """The body as sent, decompressed when it came gzipped, never past ``MAX_FEED_BYTES``."""
    if encoding.lower() not in ("gzip", "x-gzip"):
        return data
    import zlib

    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = unzip.decompress(data, MAX_FEED_BYTES + 1)
    except zlib.error as e:
        raise ValueError(f"a broken gzip body: {e}") from e
    if len(out) > MAX_FEED_BYTES:
        raise ValueError("larger than an article feed")
    return out


def _shown(feed: str) -> str:
    return redact_url(feed) if "://" in feed else feed

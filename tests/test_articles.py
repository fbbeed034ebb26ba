"""Choosing the article a check-in shares."""

from __future__ import annotations

from agent.articles import choose_article, score, shared_terms, terms
from agent.model import Article

EVENTS = Article(
    "Event sourcing in practice", "https://example.org/es", ("backend", "architecture")
)
LIMITS = Article("Rate limiters at scale", "https://example.org/rl", ("distributed systems",))
DESIGN = Article("Design systems for product teams", "https://example.org/ds", ("frontend",))
CONTEXT = "Senior Backend Engineer Acme\nDana: rate limiter exercise\nTopics: distributed systems"


def test_the_article_with_the_most_overlap_wins() -> None:
    assert choose_article([EVENTS, LIMITS, DESIGN], CONTEXT, set()) == LIMITS


def test_config_order_breaks_ties() -> None:
    first = Article("Backend notes", "https://example.org/1")
    second = Article("More backend notes", "https://example.org/2")
    assert choose_article([first, second], "backend", set()) == first
    assert choose_article([second, first], "backend", set()) == second


def test_an_article_already_shared_is_never_chosen_again() -> None:
    shared = {"https://example.org/rl/"}  # a trailing slash is the same address
    assert choose_article([EVENTS, LIMITS], CONTEXT, shared) == EVENTS
    assert choose_article([LIMITS], CONTEXT, {"https://example.org/rl"}) is None


def test_no_overlap_no_article() -> None:
    assert choose_article([EVENTS, LIMITS], "Pastry chef at Le Bistro", set()) is None
    assert choose_article([], CONTEXT, set()) is None


def test_stop_words_and_interview_words_do_not_count() -> None:
    article = Article("The interview: how to do it", "https://example.org/x", ("job",))
    assert score(article, "The interview for the job, and how it went") == 0


def test_matching_ignores_case_accents_and_plurals() -> None:
    article = Article("Café SYSTEMS", "https://example.org/c")
    assert score(article, "cafe system") == 2
    assert terms("APIs and C++") == {"api", "c++"}


def test_shared_terms_give_the_reason_tags_first() -> None:
    assert shared_terms(LIMITS, CONTEXT) == ["distributed systems", "rate limiters"]
    assert shared_terms(EVENTS, "event sourcing at Acme", exclude=["Acme"]) == ["event sourcing"]
    assert shared_terms(EVENTS, "Acme", exclude=["Acme"]) == []

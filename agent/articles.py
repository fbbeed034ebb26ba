"""Choosing the article a check-in shares: relevant to the interview, never shared twice.

Relevance is plain word overlap between an article's title and tags and the interview's
context (notes, position, company, sessions), case- and accent-insensitive, ignoring stop-words.
An article with no overlap at all is never chosen: an unrelated article is worse than none
(notes/email-craft.md), so the caller flags the follow-up ``needs_article`` instead. A tagged
article is relevant only through a whole tag ("data engineering", not "engineering" of
"Engineering Manager") or two words of its title: one shared word is a coincidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agent.model import Article
from agent.textscan import fold


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string (long word lists read better that way)."""
    return frozenset(text.split())


_WORD = re.compile(r"[a-z0-9]+(?:[+#][a-z0-9+#]*)?")
_WORD_SPLIT = re.compile(r"[^\s,.;:!?()\"']+")

# Common English words, plus words every interview's context contains: matching on them would
# make any article look relevant.
_STOP_WORDS = word_set(
    """
    a about above after again all also am an and any are as at be because been before being
    between both but by can could did do does doing done down during each few for from further
    get got had has have having he her here hers him his how i if in into is it its just me
    more most my no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they this those
    through to too under until up very was we were what when where which while who whom why
    will with would you your yours new way ways use using via vs versus part one two three
    interview interviews interviewing interviewer role position job call meeting round onsite
    screen chat team notes next steps step week weeks day days
    """
)


def terms(text: str) -> set[str]:
    """The comparable words of ``text``: folded, without stop-words, plurals reduced."""
    return {_stem(w) for w in _WORD.findall(fold(text)) if w not in _STOP_WORDS}


def _stem(word: str) -> str:
    # Enough stemming that "systems" meets "system" and "APIs" meets "API"; both sides get it.
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _article_terms(article: Article) -> set[str]:
    return terms(" ".join((article.title, *article.tags)))


def normalise_url(url: str) -> str:
    """A URL in the form used to compare "already shared": trimmed, no trailing slash."""
    return url.strip().rstrip("/")


def score(article: Article, context_text: str) -> int:
    """How many distinct words of the article's title and tags occur in the context."""
    return len(_article_terms(article) & terms(context_text))


def choose_article(
    articles: Sequence[Article], context_text: str, already_shared: set[str]
) -> Article | None:
    """The most relevant article not yet shared; config order breaks ties; None without overlap."""
    shared = {normalise_url(u) for u in already_shared}
    context = terms(context_text)
    best: Article | None = None
    best_score = 0
    for article in articles:
        if normalise_url(article.url) in shared:
            continue
        if not relevant(article, context):
            continue
        overlap = len(_article_terms(article) & context)
        if overlap > best_score:  # strictly greater: the earlier article wins a tie
            best, best_score = article, overlap
    return best


def relevant(article: Article, context: set[str]) -> bool:
    """Does the article speak to the context's ``terms``? Without tags, any word of its title
    does; with tags, a whole tag or two words of the title."""
    title = terms(article.title) & context
    if not article.tags:
        return bool(title)
    whole_tag = any(terms(tag) and terms(tag) <= context for tag in article.tags)
    return whole_tag or len(title) >= 2


def shared_terms(article: Article, context_text: str, exclude: Iterable[str] = ()) -> list[str]:
    """The article's own tags and title phrases that the context mentions, tags first.

    For the sentence that says why the article fits; ``exclude`` drops words (the company's
    name, say) that make a match but not a reason. Adjacent matching title words stay one
    phrase: "Rate limiters at scale" gives "rate limiters".
    """
    context = terms(context_text) - terms(" ".join(exclude))
    found: list[str] = []
    seen: set[str] = set()
    for phrase in (*article.tags, *_title_phrases(article.title, context)):
        phrase_terms = terms(phrase)
        if phrase_terms and phrase_terms <= context and not phrase_terms <= seen:
            found.append(" ".join(phrase.split()))
            seen |= phrase_terms
    return found


def _title_phrases(title: str, context: set[str]) -> list[str]:
    words = _WORD_SPLIT.findall(title)
    if words and words[0][:1].isupper() and words[0][1:].islower():
        # The title's capital is the sentence's, not the word's: "Event sourcing" -> "event".
        words[0] = words[0].lower()
    phrases: list[list[str]] = [[]]
    for word in words:
        word_terms = terms(word)
        if word_terms and word_terms <= context:
            phrases[-1].append(word)
        elif phrases[-1]:
            phrases.append([])
    return [" ".join(p) for p in phrases if p]

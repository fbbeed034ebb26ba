"""The drafts journal: what each answer of the drafts sink makes of a follow-up.

A follow-up is journalled ``creating`` before the sink is asked to create its draft and
``drafted`` after; a row left ``creating`` is found in the sink (``drafted``), else among the
mail sent since (``sent``), else planned again. A draft the sink no longer holds was sent or
deleted by the user. Pure: the engine asks the sink and records what these functions return.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from agent.assemble import company_key
from agent.choices import Composed
from agent.model import FollowUp, FollowUpState, Policy
from agent.ports import DraftStatus, Recognised, SentMessage

S = FollowUpState
#: Mail sent since this long before the thank-you deadline is read, to learn what was sent.
SENT_MARGIN = timedelta(days=2)


def sent_since(now: datetime, policy: Policy, creating: Sequence[FollowUp]) -> datetime:
    """From when the user's sent mail is read: far enough back for the thank-you deadline and
    for every row still ``creating``."""
    since = now - policy.thank_you_deadline - SENT_MARGIN
    return min([since, *(f.created_at or f.due_at for f in creating)])


def creating(f: FollowUp, composed: Composed, company: str | None, now: datetime) -> FollowUp:
    """The journal row written before the sink is called."""
    draft = composed.draft
    extra = dict(f.extra)
    if composed.article is not None:
        extra["article_url"] = composed.article.url
        extra["company"] = company_key(company) if company else ""
    if composed.update:
        extra["update"] = composed.update
    if draft.references:
        extra["references"] = " ".join(draft.references)
    return replace(
        f,
        state=S.CREATING,
        created_at=now,
        subject=draft.subject,
        message_id=draft.message_id,
        to=tuple(a for _, a in draft.to),
        problem=composed.problem,
        reason=None,
        extra=extra,
    )


_HELD_REASONS = {
    "needs_address": "waiting for an address to write to",
    "needs_article": "waiting for an article or an update to share",
}


def held(f: FollowUp, problem: str) -> FollowUp:
    """A follow-up due but not drafted (no address, nothing to share): it stays planned, with
    the problem ``status`` shows, and is drafted on the pass after the user supplies it."""
    return replace(f, problem=problem, reason=_HELD_REASONS.get(problem, problem))


def drafted(journal: FollowUp, draft_id: str, now: datetime) -> FollowUp:
    return replace(journal, state=S.DRAFTED, draft_id=draft_id, drafted_at=now, reason="drafted")


def failed(f: FollowUp, error: str) -> FollowUp:
    """A follow-up the sink refused: tried again next pass."""
    return replace(f, state=S.FAILED, attempts=f.attempts + 1, reason=error)


def settle_creating(
    f: FollowUp, seen: Recognised, sent: Sequence[SentMessage], now: datetime
) -> FollowUp:
    """A row left ``creating`` by an interruption, once the sink was asked for its draft
    (``seen``) and the mail sent since was read. A record of the draft without the draft is the
    trace of the interrupted attempt: not stored."""
    if seen.state == "present":
        reason = "found after an interruption"
        return replace(f, state=S.DRAFTED, draft_id=seen.draft_id, drafted_at=now, reason=reason)
    if seen.state == "sent":
        return replace(
            f,
            state=S.SENT,
            message_id=seen.message_id or f.message_id,
            sent_at=seen.sent_at or now,
            thread_id=seen.thread_id or f.thread_id,
            reason="sent before the journal caught up",
        )
    match = sent_match(f, sent)
    if match is not None:
        return replace(
            f,
            state=S.SENT,
            message_id=match.message_id or f.message_id,
            sent_at=match.sent_at,
            thread_id=match.thread_id,
            reason="sent before the journal caught up",
        )
    return replace(f, state=S.PLANNED, reason="not stored by the sink: will be created again")


def inspected(f: FollowUp, status: DraftStatus, now: datetime) -> FollowUp | None:
    """What the user did with a draft, from the sink's answer; None when nothing changed."""
    if status.state == "present":
        if status.draft_id and status.draft_id != f.draft_id:
            return replace(f, draft_id=status.draft_id)
        return None
    if status.state == "sent":
        return replace(
            f,
            state=S.SENT,
            message_id=status.message_id or f.message_id,
            sent_at=status.sent_at or now,
            thread_id=status.thread_id or f.thread_id,
            problem=None,
            reason="you sent it",
        )
    return replace(f, state=S.DISMISSED, problem=None, reason="you deleted the draft")


def sent_match(f: FollowUp, sent: Sequence[SentMessage]) -> SentMessage | None:
    """The sent message that is this follow-up's draft: its marker, else the same recipients
    and subject sent after it was journalled."""
    since = f.created_at or f.due_at
    for message in sent:
        if message.marker == f.marker:
            return message
    for message in sent:
        if message.sent_at and message.sent_at < since:
            continue
        if (
            f.to
            and set(a.lower() for a in f.to) == set(message.to)
            and message.subject == f.subject
        ):
            return message
    return None

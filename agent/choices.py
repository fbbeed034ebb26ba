"""Per-draft choices: who a follow-up goes to, which article a check-in shares, which thread
it replies in, and everything else the draft is composed from.

Pure: each function takes the process's view (``agent.views``) and what the state says was
shared before, and returns data. The contact of a process is chosen by the planner
(``plan.choose_contact``); a decision may name its own recipient (a reply that started a new
wait names whoever wrote it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from agent import recognition
from agent.articles import choose_article
from agent.assemble import InterviewItem, company_key
from agent.compose import ComposeInput
from agent.errors import FollowupError
from agent.facts import team_name
from agent.invite import plain
from agent.model import Article, FollowUp, FollowUpState, Kind, Person, Problem
from agent.plan import WAIT_STRIDE, Participant, Round
from agent.ports import Draft, SentMessage
from agent.settings import Settings
from agent.views import ProcessView

S = FollowUpState
#: A check-in's article counts as shared with a company once drafted (and when sent).
SHARED_STATES = (S.DRAFTED, S.SENT)


@dataclass(frozen=True)
class Composed:
    draft: Draft
    problem: str | None  # needs_address / needs_article
    article: Article | None


def compose_input(
    view: ProcessView,
    f: FollowUp,
    settings: Settings,
    shared: Sequence[tuple[str, str | None]],
    now: datetime,
) -> tuple[ComposeInput, str | None]:
    """What the draft of ``f`` is composed from, and its problem flag so far. ``shared``:
    (article URL, company key) of the articles shared before (``SHARED_STATES``)."""
    round_ = view.rounds.get(f.key.round)
    item = view.items.get(f.key.round)
    if round_ is None or item is None:
        raise FollowupError(f"the interview of {f.id} is no longer known")
    article, problem = choose_for(view, f, item, settings.articles, shared)
    reply_to, references = thread(view, f)
    me = settings.me
    return ComposeInput(
        kind=f.kind,
        marker=f.marker,
        message_id=recognition.message_id(settings.secret, f.key, me.email),
        me=me,
        company=view.group.company,
        position=view.group.position,
        interview_title=item.event.summary,
        interview_start_at=item.event.start_at,
        interview_end_at=item.event.end_at,
        interview_tz=round_.tz,
        recipient=recipient(view, f, round_),
        interviewers=tuple(person(p) for p in round_.interviewers),
        timeline_text=round_.timeline_text,
        answer_date=round_.answer_date,
        notes="\n".join(t for t in (item.detection.user_notes, item.notes) if t),
        article=article,
        reply_to=reply_to,
        references=references,
        ordinal=f.key.ordinal % WAIT_STRIDE,
        round_number=_round_number(view, round_),
        interview_id=round_.interview_id,
        created_at=now,
        html=settings.html,
        team=_team(view, item),
    ), problem


def draft_problem(f: FollowUp, draft: Draft, problem: str | None) -> str | None:
    """A draft to someone with no address yet is flagged for the user to fill in."""
    if f.kind is not Kind.REMINDER and not draft.to:
        return problem or Problem.NEEDS_ADDRESS
    return problem


def recipient(view: ProcessView, f: FollowUp, round_: Round) -> Person | None:
    """The reminder goes to the user; a thank-you to its interviewer; a status check or a
    check-in to the process's contact, or to whom its decision names."""
    if f.kind is Kind.REMINDER:
        return None
    if f.kind is Kind.THANK_YOU:
        for p in round_.interviewers:
            if p.person_id == f.key.person:
                return person(p)
        return None
    contact = view.plan.contact
    for decision in view.plan.decisions:
        if decision.key == f.key and decision.recipient is not None:
            contact = decision.recipient
    return person(contact) if contact else None


def choose_for(
    view: ProcessView,
    f: FollowUp,
    item: InterviewItem,
    articles: Sequence[Article],
    shared: Sequence[tuple[str, str | None]],
) -> tuple[Article | None, str | None]:
    """A check-in's article: the most relevant to the interview's notes, position, company and
    title, never one shared with that company before; none fits -> ``needs_article``."""
    if f.kind is not Kind.CHECK_IN:
        return None, None
    texts = (
        item.detection.user_notes,
        item.notes,
        view.group.position or "",
        view.group.company or "",
        item.event.summary,
    )
    context = " ".join(t for t in texts if t)
    company = company_key(view.group.company) if view.group.company else None
    before = {url for url, shared_with in shared if shared_with == company}
    article = choose_article(articles, context, before)
    return article, (None if article else Problem.NEEDS_ARTICLE)


def thread(view: ProcessView, f: FollowUp) -> tuple[SentMessage | None, tuple[str, ...]]:
    """The latest message of this process the user sent to the recipient, to reply in, and
    the References it carried."""
    if f.kind not in (Kind.STATUS_CHECK, Kind.CHECK_IN):
        return None, ()
    to = recipient(view, f, view.rounds[f.key.round])
    if to is None or not to.email:
        return None, ()
    sent = [
        s
        for s in view.facts.followups.values()
        if s.state is S.SENT and to.email.lower() in (a.lower() for a in s.to)
    ]
    if not sent:
        return None, ()
    latest = max(sent, key=lambda s: s.sent_at or s.due_at)
    message = SentMessage(
        message_id=latest.message_id,
        to=latest.to,
        subject=latest.subject or "",
        sent_at=latest.sent_at,
        thread_id=latest.thread_id,
    )
    previous = tuple(r for r in latest.extra.get("references", "").split() if r)
    return message, previous


def _team(view: ProcessView, item: InterviewItem) -> str:
    event = item.event
    text = f"{event.summary}\n{plain(event.description, event.html_description)}"
    return team_name(text, view.group.company)


def person(p: Participant) -> Person:
    return Person(name=p.name, email=p.email, session=p.session, title=p.title)


def _round_number(view: ProcessView, round_: Round) -> int:
    ordered = sorted(view.rounds.values(), key=lambda r: r.start_at)
    return ordered.index(round_) + 1

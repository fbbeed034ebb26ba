"""Per-draft choices: who a follow-up goes to, which article a check-in shares, which thread
it replies in, and everything else the draft is composed from.

Pure: each function takes the process's view (``agent.views``) and what the state says was
shared before, and returns data.

**The contact** (``contact_choice``), who gets the status check and the check-ins, in this
order: the user's ``followup contact``; the recruiter who wrote or invited (the agency's
recruiter when an agency arranged the interview); else the person who stated the latest
timetable; else the hiring manager; else a person who organised the interview at the company,
the first interviewer the user thanked, the first interviewer. A shared recruiting mailbox
(careers@, recruiting@) only when it is the only contact; a no-reply or ATS sender never. The
order holds after a reply too, and a person with an address comes before one without.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from agent import domains, recognition
from agent.articles import choose_article
from agent.assemble import InterviewItem, company_key
from agent.compose import ComposeInput
from agent.errors import FollowupError
from agent.facts import stated_focus, team_name, updates
from agent.invite import plain
from agent.model import (
    Article,
    Attendee,
    FollowUp,
    FollowUpKey,
    FollowUpState,
    Kind,
    Person,
    Problem,
)
from agent.people import is_system
from agent.plan import WAIT_STRIDE, Participant, ProcessFacts, Round, participant_for
from agent.ports import Draft, SentMessage
from agent.records import Shared
from agent.settings import Settings
from agent.textscan import fold

if TYPE_CHECKING:
    from agent.views import ProcessView

S = FollowUpState
#: A check-in's article counts as shared with a company once drafted (and when sent).
SHARED_STATES = (S.DRAFTED, S.SENT)


@dataclass(frozen=True)
class Composed:
    draft: Draft
    problem: str | None  # needs_address / needs_article
    article: Article | None
    update: str = ""
    held: str | None = None  # why the draft is not written now (``held``)


def compose_input(
    view: ProcessView,
    f: FollowUp,
    settings: Settings,
    shared: Sequence[Shared],
    now: datetime,
    articles: Sequence[Article] | None = None,
) -> tuple[ComposeInput, str | None]:
    """What the draft of ``f`` is composed from, and its problem flag so far. ``shared``: what
    earlier drafts shared; ``articles``: the articles to choose from (the config's and the
    feeds'; the config's when not given)."""
    round_ = view.rounds.get(f.key.round)
    item = view.items.get(f.key.round)
    if round_ is None or item is None:
        raise FollowupError(f"the interview of {f.id} is no longer known")
    to = recipient(view, f, round_)
    pool = settings.articles if articles is None else articles
    article, problem = choose_for(view, f, item, pool, shared, to)
    notes = "\n".join(t for t in (item.detection.user_notes, item.notes) if t)
    update = choose_update(view, f, notes, shared) if article is None else ""
    if update:
        problem = None
    reply_to, references = thread(view, f)
    decision = next((d for d in view.plan.decisions if d.key == f.key), None)
    waiting = decision is not None and f.kind in (Kind.STATUS_CHECK, Kind.CHECK_IN)
    timeline_text = round_.timeline_text
    answer_date = round_.answer_date
    stated_by = round_.stated_by
    holidays = round_.after_holidays
    if waiting and decision is not None and decision.answer_date is not None:
        timeline_text, answer_date = decision.timeline_text, decision.answer_date
        stated_by, holidays = decision.stated_by, decision.after_holidays
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
        recipient=to,
        interviewers=tuple(person(p) for p in round_.interviewers),
        timeline_text=timeline_text,
        answer_date=answer_date,
        notes=notes,
        article=article,
        reply_to=reply_to,
        references=references,
        ordinal=f.key.ordinal % WAIT_STRIDE,
        round_number=_round_number(view, round_),
        thanked_before=_thanked_before(view, round_),
        interview_id=round_.interview_id,
        created_at=now,
        html=settings.html,
        team=_team(view, item),
        timetable_by=person(participant_for(view.facts, stated_by)) if stated_by else None,
        after_holidays=holidays,
        update=update,
        focus=stated_focus(
            plain(item.event.description, item.event.html_description), view.group.position
        ),
    ), problem


def held(f: FollowUp, inp: ComposeInput) -> str | None:
    """Why the draft of ``f`` is not written now, or None: a draft with no recipient is never
    written (``status`` asks for the address), nor a check-in with nothing to share (``status``
    asks for an article or a note)."""
    if f.kind is Kind.REMINDER:
        return None
    if inp.recipient is None or not inp.recipient.email:
        return Problem.NEEDS_ADDRESS
    if f.kind is Kind.CHECK_IN and inp.article is None and not inp.update:
        return Problem.NEEDS_ARTICLE
    return None


def draft_problem(f: FollowUp, draft: Draft, problem: str | None) -> str | None:
    """A draft to someone with no address yet is flagged for the user to fill in."""
    if f.kind is not Kind.REMINDER and not draft.to:
        return problem or Problem.NEEDS_ADDRESS
    return problem


def choose_update(view: ProcessView, f: FollowUp, notes: str, shared: Sequence[Shared]) -> str:
    """A check-in's update from the user's notes ("Update: ..."), never one told to this
    process before: the newest first."""
    if f.kind is not Kind.CHECK_IN:
        return ""
    told = {s.update for s in shared if s.process == view.group.pid and s.key != _key(f)}
    for sentence in reversed(updates(notes)):
        if sentence not in told:
            return sentence
    return ""


def _key(f: FollowUp) -> str:
    return f.key.serialise()


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
    shared: Sequence[Shared],
    to: Person | None = None,
) -> tuple[Article | None, str | None]:
    """A check-in's article: the most relevant to the interview's notes, position, company,
    title, sessions, the interviewers' job titles and the invitation's text, never one shared
    before with that company, that process or that person; none fits -> ``needs_article``."""
    if f.kind is not Kind.CHECK_IN:
        return None, None
    sessions = tuple(p.session or "" for p in item.detection.interviewers)
    titles = tuple(p.title or "" for p in item.detection.interviewers)
    texts = (
        item.detection.user_notes,
        item.notes,
        view.group.position or "",
        view.group.company or "",
        item.event.summary,
        *sessions,
        *titles,
        plain(item.event.description, item.event.html_description),
    )
    context = " ".join(t for t in texts if t)
    company = company_key(view.group.company) if view.group.company else None
    address = (to.email or "").lower() if to else ""
    before = {
        s.article_url
        for s in shared
        if s.article_url
        and s.key != _key(f)
        and (
            (company and s.company == company)
            or s.process == view.group.pid
            or (address and address in (a.lower() for a in s.to))
        )
    }
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
    # A shared mailbox is greeted without a name ("Hello,"), not as "Hi Larkspur,".
    name = None if p.role == MAILBOX else p.name
    return Person(name=name, email=p.email, session=p.session, title=p.title)


def _round_number(view: ProcessView, round_: Round) -> int:
    ordered = sorted(view.rounds.values(), key=lambda r: r.start_at)
    return ordered.index(round_) + 1


def _thanked_before(view: ProcessView, round_: Round) -> int:
    """How many interviewers the process's earlier rounds had."""
    return sum(len(r.interviewers) for r in view.rounds.values() if r.start_at < round_.start_at)


# --------------------------------------------------------------------------- roles

RECRUITER = "recruiter"
AGENCY_RECRUITER = "agency_recruiter"
HIRING_MANAGER = "hiring_manager"
MAILBOX = "mailbox"
ORGANIZER = "organizer"

_RECRUITING_TITLE = re.compile(
    r"\b(?:recruit\w*|talent\w*|sourc(?:er|ing)|coordinator|coordination|scheduler|hr|"
    r"human resources|people partner|people operations|people team|personalreferent\w*|"
    r"reclutador\w*|recruteu\w*|chargee? de recrutement)\b"
)
_HIRING_MANAGER_TITLE = re.compile(r"\b(?:hiring manager|hm)\b")


def title_role(title: str | None) -> str | None:
    """The role a job title says: "Recruiting Coordinator" -> recruiter, "Hiring Manager" ->
    hiring manager; None for any other title."""
    folded = fold(title or "")
    if _HIRING_MANAGER_TITLE.search(folded):
        return HIRING_MANAGER
    if _RECRUITING_TITLE.search(folded):
        return RECRUITER
    return None


def _signed_title(name: str | None, text: str) -> str | None:
    """The line that follows a name signed in the invitation ("Jordan Blake\\nRecruiting
    Coordinator, Acme"), or the words after it on its own line ("Jordan Blake, Recruiter")."""
    if not name:
        return None
    lines = [line.strip() for line in text.splitlines()]
    wanted = fold(name)
    for i, line in enumerate(lines):
        folded = fold(line)
        if not folded.startswith(wanted):
            continue
        rest = line[len(name) :].strip(" ,-|\u2013\u2014()")
        if rest:
            return rest
        following = next((x for x in lines[i + 1 : i + 3] if x), None)
        if following and len(following.split()) <= 8:
            return following
    return None


def organizer_contact(item: InterviewItem) -> tuple[Person, str] | None:
    """Who sent the invitation and their role, when they are someone to write to: a person at
    the company (a recruiter when their name, address or signature says so), the recruiter of
    the agency that arranged it, or a shared recruiting mailbox. None for the user, a no-reply
    or scheduler address, a group, or someone at a domain that is neither."""
    org = item.detection.organizer
    if org is None or not org.email:
        return None
    email = org.email.lower()
    domain = (item.detection.company_domain or "").lower()
    reg = domains.registrable_domain(email) or ""
    local = email.partition("@")[0]
    why_not = is_system(Attendee(email=email, name=org.name)) or ""
    if _no_reply(email) or why_not.startswith(("room", "group or shared", "scheduler")):
        return None
    if _SHARED_LOCAL.match(local) or why_not.startswith("shared"):
        return (org, MAILBOX) if not domain or reg == domain else None
    # Otherwise a person, even when the name reads like a team ("Rita Recruiter" <rita@...>):
    # the address is theirs.
    at_company = bool(domain) and (reg == domain or email.endswith("@" + domain))
    # An agency arranged it when detection names one, or when the person who organises for
    # the company (``Detection.recruiter``) and sent the invitation writes from another
    # organisation's domain and does not interview ("Interview at Quarry Co (via Brightpath)").
    outside = not at_company and not domains.is_free_mail(reg)
    at_agency = outside and (bool(item.detection.agency) or _organises_for_them(item, email))
    if not (at_company or at_agency):
        return None
    if at_agency:
        return org, AGENCY_RECRUITER
    event = item.event
    text = f"{event.description}\n{item.detection.user_notes}"
    label = " ".join(x for x in (org.name, email.split("@")[0].replace(".", " ")) if x)
    signed = _signed_title(org.name, text)
    role = title_role(org.title) or title_role(signed) or title_role(label)
    interviewer = next(
        (p for p in item.detection.interviewers if p.email and p.email.lower() == email), None
    )
    if role is None and interviewer is not None:
        role = title_role(interviewer.title)
    return org, role or ORGANIZER


def _organises_for_them(item: InterviewItem, email: str) -> bool:
    """Is ``email`` the recruiter detection found, and no interviewer?"""
    found = item.detection.recruiter
    if found is None or (found.email or "").lower() != email:
        return False
    return all((p.email or "").lower() != email for p in item.detection.interviewers)


#: The local part of a shared mailbox, whatever display name it carries.
_SHARED_LOCAL = re.compile(
    r"^(?:recruit\w*|talent\w*|careers?|jobs?|hr|people|interviews?|scheduling|schedul\w*|"
    r"hiring|staffing|team|info|hello|contact|office|bewerbung\w*|karriere|rrhh|empleo)"
    r"(?:[-_.+].*)?$"
)
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|mailer)")


def _no_reply(address: str | None) -> bool:
    local, _, domain = (address or "").lower().partition("@")
    return bool(_NO_REPLY.match(local)) or domains.is_ats(domain)


def _writable(p: Participant | None) -> bool:
    """Someone a follow-up may go to: never a no-reply or ATS address."""
    return p is not None and not _no_reply(p.email)


# --------------------------------------------------------------------------- the contact


def contact_choice(facts: ProcessFacts) -> tuple[Participant | None, str]:
    """Who gets the status check and check-ins, and why (the order in the module's doc)."""
    if facts.contact_override:
        return participant_for(facts, facts.contact_override), "you chose this contact"
    live = sorted((r for r in facts.rounds if r.live), key=lambda r: r.end_at, reverse=True)
    if not live:
        return None, ""
    steps: list[tuple[str, Iterable[Participant | None]]] = [
        ("the agency recruiter who arranged the interview", _agency(live)),
        ("the recruiter who wrote to you", _writers(facts, live)),
        ("the recruiter who invited you", _organizers(live, RECRUITER)),
        ("a recruiter of the interview", _with_role(live, RECRUITER)),
        ("who stated the timetable", [_stated_by(facts, live)]),
        ("the hiring manager", _with_role(live, HIRING_MANAGER)),
        ("who organised the interview", _organizers(live, ORGANIZER)),
        ("the first interviewer you thanked", [_first_thanked(facts, live)]),
        ("the first interviewer", [p for r in live[:1] for p in r.interviewers]),
        ("the only contact, a shared recruiting mailbox", _organizers(live, MAILBOX)),
    ]
    without_address: tuple[Participant, str] | None = None
    for why, found in steps:
        for person in found:
            if not _writable(person):
                continue
            assert person is not None
            if person.role == MAILBOX and not why.endswith("mailbox"):
                continue  # a shared mailbox only when nobody else is known
            if person.email:
                return person, why
            without_address = without_address or (person, why)
    return without_address if without_address else (None, "")


def _agency(live: Sequence[Round]) -> list[Participant]:
    return [r.organizer for r in live if r.organizer and r.organizer.role == AGENCY_RECRUITER]


def _organizers(live: Sequence[Round], role: str) -> list[Participant]:
    return [r.organizer for r in live if r.organizer and (r.organizer.role or ORGANIZER) == role]


def _with_role(live: Sequence[Round], role: str) -> list[Participant]:
    return [p for r in live for p in r.interviewers if p.role == role]


def _writers(facts: ProcessFacts, live: Sequence[Round]) -> list[Participant]:
    """People who wrote to the user about this process and did not interview them: the
    recruiter who wrote."""
    interviewers = {p.email.lower() for r in facts.rounds for p in r.interviewers if p.email}
    found = []
    for reply in sorted(facts.replies, key=lambda r: r.at, reverse=True):
        address = (reply.from_addr or "").lower()
        if not address or not reply.human or address in interviewers:
            continue
        person = participant_for(facts, address)
        if person.role in (None, RECRUITER, AGENCY_RECRUITER, ORGANIZER):
            found.append(person)
    return found


def _stated_by(facts: ProcessFacts, live: Sequence[Round]) -> Participant | None:
    """Who stated the latest timetable: a reply's writer, else the invite's."""
    latest = live[0]
    for reply in sorted(facts.replies, key=lambda r: r.at, reverse=True):
        if reply.at >= latest.end_at and reply.answer_date and reply.human and reply.from_addr:
            return participant_for(facts, reply.from_addr)
    who = latest.stated_by
    return participant_for(facts, who) if who else None


def _first_thanked(facts: ProcessFacts, live: Sequence[Round]) -> Participant | None:
    for round_ in sorted(live, key=lambda r: r.end_at):
        for person in round_.interviewers:
            key = FollowUpKey(facts.pid, round_.event_key, Kind.THANK_YOU, person.person_id)
            record = facts.followups.get(key)
            if record is not None and record.state is S.SENT:
                return person
    return None

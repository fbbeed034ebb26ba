"""Is this calendar event a job interview in which the user is the candidate, and who was there?

``detect`` is pure and rules-based: every decision carries short human-readable reasons, for
``followup explain``. Where each rule lives: the words in ``lexicon``, who is a person and which
part they play in ``people``, the company and position in ``company``, the event's cleaned text
in ``invite``, the timetable in ``timeline``; the fast scans they use in ``textscan``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from agent import company, domains, invite, people
from agent.invite import Invite, read_invite
from agent.lexicon import (
    HIRING,
    NOT_INTERVIEW,
    STAGE,
    STRONG,
    TAG_NOT,
    TAG_YES,
    WEAK,
    interviewer_side,
)
from agent.model import Attendee, Detection, Event, Me
from agent.textscan import fold
from agent.timeline import parse_timeline

#: More attendees than this make a meeting, not an interview: a stranger's invite to thousands
#: must not become thousands of thank-you drafts (``followup mark`` still wins).
MAX_ATTENDEES = 30


def detect(event: Event, me: Me, notes: str = "") -> Detection:
    """Decide whether ``event`` is an interview of the user as candidate, and extract its facts."""
    ctx = read_invite(event, me, notes)
    is_interview, reasons = _decide(ctx)
    if is_interview and len(event.attendees) > MAX_ATTENDEES:
        is_interview = False
        reasons = [f"{len(event.attendees)} attendees: too many for an interview", *reasons]
    organizer = people.organizer(ctx)
    ats = invite.ats_domains(ctx)
    if not is_interview:
        return Detection(
            False, tuple(reasons), organizer=organizer, ats_domains=ats, user_notes=ctx.notes
        )
    # Only an interview has a timetable worth parsing: most events stop above.
    timeline = parse_timeline(f"{ctx.title}\n{ctx.body}\n{notes}", _last_instant(event), event.tz)
    agency_domain = company.agency_domain(ctx)
    provisional = company.company_domain(ctx, [], agency_domain)
    provisional_name = company.company_name(ctx, provisional)
    company_words = frozenset(fold(w) for w in (provisional_name or "").split())
    named = people.named_people(ctx, company_words)
    found = people.merge_people(people.interviewers(ctx, named), people.user_listed(ctx))
    interviewers = people.with_sessions(found, ctx.notes)
    company_domain = company.company_domain(ctx, interviewers, agency_domain)
    agency_name = company.company_name(ctx, agency_domain) if agency_domain else None
    if agency_domain and not company_domain:
        company_name = company.client_name(ctx)
    elif company_domain == provisional:
        company_name = provisional_name
    else:
        company_name = company.company_name(ctx, company_domain)
    phrase = timeline.phrase if timeline else None
    return Detection(
        is_interview=True,
        reasons=tuple(reasons),
        company=company_name,
        company_domain=company_domain,
        position=company.position(ctx),
        interviewers=tuple(interviewers),
        organizer=organizer,
        timeline_text=phrase,
        answer_date=timeline.answer_date if timeline else None,
        timetable_by=people.timetable_by(interviewers, ctx.notes, phrase),
        user_notes=ctx.notes,
        agency=agency_name,
        ats_domains=ats,
        recruiter=people.recruiter(ctx, interviewers),
    )


# --------------------------------------------------------------------------- the decision


def _decide(ctx: Invite) -> tuple[bool, list[str]]:
    forced = _tag_decision(ctx)
    if forced is not None:
        return forced
    title = ctx.folded
    body = ctx.folded_body
    if m := NOT_INTERVIEW.search(title):
        return False, [f"title says {_quote(m)}: not an interview as the candidate"]
    if m := interviewer_side(f"{title}\n{body}"):
        return False, [f"user is the interviewer: {_quote(m)}"]
    humans = people.humans(ctx)
    company_humans = people.company_humans(ctx)
    if ctx.my_domains and humans and not company_humans and _all_internal(ctx, humans):
        return False, [
            f"everyone is at the user's own employer ({', '.join(sorted(ctx.my_domains))})"
        ]
    return _positive(ctx, title, body, company_humans)


def _tag_decision(ctx: Invite) -> tuple[bool, list[str]] | None:
    if TAG_NOT.search(ctx.notes):
        return False, ["the user's notes say #not-interview"]
    if TAG_YES.search(ctx.notes):
        return True, ["the user's notes say #interview"]
    return None


def _positive(
    ctx: Invite, title: str, body: str, company_humans: list[Attendee]
) -> tuple[bool, list[str]]:
    if m := STRONG.search(title):
        return True, [f"title says {_quote(m)}"]
    reasons: list[str] = []
    ats = [d for d in invite.ats_domains(ctx) if d not in domains.SCHEDULER_DOMAINS]
    recruiting = _recruiting_organizer(ctx)
    if company_humans:
        first = domains.registrable_domain(company_humans[0].email)
        reasons.append(f"external participants at {first}")
    if ats:
        reasons.append(f"scheduler/ATS {ats[0]} in the invite")
    if recruiting:
        reasons.append(f"organised by a recruiting calendar ({recruiting})")
    context = bool(company_humans or ats or recruiting)
    stage = STAGE.search(title)
    if stage and context:
        return True, [f"title says {_quote(stage)}", *reasons]
    if recruiting and (company_humans or people.company_mailbox(ctx)):
        return True, reasons
    hiring = HIRING.search(f"{title}\n{body}")
    weak = WEAK.search(title)
    if context and hiring and (weak or ats):
        return True, [f"text mentions {_quote(hiring)}", *reasons]
    if not reasons:
        reasons.append("no interview wording and no company participants")
    elif not hiring:
        reasons.append("nothing about a job in the text")
    return False, ["not an interview: " + reasons[0], *reasons[1:]]


def _all_internal(ctx: Invite, humans: list[Attendee]) -> bool:
    return all(domains.registrable_domain(p.email) in ctx.my_domains for p in humans)


def _recruiting_organizer(ctx: Invite) -> str | None:
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned:
        return None
    label = f"{organizer.name or ''} {invite.local_part(organizer.email)}"
    if people.RECRUITING_NAME.search(fold(label)):
        return organizer.name or organizer.email
    return None


def _quote(m: re.Match[str]) -> str:
    return f"'{m.group(0)}'"


# --------------------------------------------------------------------------- dates and caches


def _last_instant(event: Event) -> datetime:
    # An all-day event's end is exclusive midnight: its last day is the day before.
    return event.end_at - timedelta(microseconds=1) if event.all_day else event.end_at


def local_end_date(event: Event) -> date:
    """D: the local calendar date on which the interview ended, in the event's own zone."""
    end = _last_instant(event)
    try:
        return end.astimezone(ZoneInfo(event.tz)).date()
    except (KeyError, ValueError):
        return end.date()


def clear_caches() -> None:
    """Forget every memoised lookup (benchmarks measure cold ingests; tests isolate rules)."""
    invite.clear_caches()
    people.clear_caches()
    company.clear_caches()
    domains.clear_caches()

"""Is this calendar event a job interview in which the user is the candidate, and who was there?

``detect`` is pure and rules-based: every decision carries short human-readable reasons, for
``followup explain``. The decision weighs evidence rather than taking the first word that
matches (``_decide``):

1. the user's own tag (#interview, #not-interview) decides;
2. an interview word qualified away from the user as candidate ("exit interview", "podcast
   interview", "mock interview", "nanny interview", "her interview") decides;
3. what speaks for an interview is weighed: the title (a word for an interview, a hiring stage,
   a job), who organised it (a recruiting calendar, an ATS), who takes part (people from a
   company), whether the title names the user, whether the user typed it (and, for their own
   call or meeting with someone, whether their notes name the post or an interview); an event
   with none of these is no interview (most events stop here);
4. evidence that the user is not the candidate decides: they are the interviewer (a scorecard,
   "you're interviewing"), everyone is at their employer, their employer organised it, it is on
   their work calendar with nobody from another company, the user's own title names applicants,
   the text says it is not part of any selection (or, of a chat or a visit, that the user is
   not assessed), the title names an event for many applicants (a webinar, an open day, a fair)
   or holds a slot (a hold, a tentative slot, a possible round), a company writes of the
   user's child, the text names a pupil's admission and no post, a reporter asks for comment,
   an insurer asks about the user's claim, the user's own note speaks of a friend's interview,
   the invitation was written to the organizer who shared it;
5. what speaks for another kind of event is weighed against: the title, organizer or text
   naming travel, a to-do, press, sports, a doctor, a school, a webinar, a demo, a customer
   visit, coaching, a hold, a repair, an offer, an exam, a study, a programme's admissions,
   volunteering, investors or a grant, a home to rent; a text that pays the user for their
   time, names them a speaker or a show's guest, or says where a piece about them appears (and
   names no post); a recurring series;
6. enough evidence is an interview; some, but mixed or thin, is *unsure* (``Detection.unsure``:
   followup drafts nothing for it and ``status`` asks the user to decide); none is not one. A
   company's event whose title names no interview outright is unsure, however much it weighs,
   when its text explains itself without a word of a candidacy (no job, application, recruiter,
   CV, terms of a post or step only hiring has).

Where each rule lives: the words in ``lexicon``, who is a person and which part they play in
``people``, the company and position in ``company``, the event's cleaned text in ``invite``,
the timetable in ``timeline``; the fast scans they use in ``textscan`` and ``lexicon.Words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from agent import company, domains, invite, people, textscan
from agent.invite import Invite, is_me, read_invite
from agent.lexicon import (
    ACTING,
    ADMISSION,
    AMBIGUOUS_STAGE,
    ANY_BODY,
    ANY_ORGANIZER,
    ANY_START,
    ANY_TITLE,
    APPLICANTS,
    APPLIED,
    BARE_FINAL,
    BODY_VETOES,
    CANDIDACY,
    CANDIDATE_IN_TITLE,
    CONTEXTS,
    FOR_A_POST,
    FOR_MANY,
    HIRING,
    HOLD_IN_BODY,
    HOLD_TITLE,
    INTERVIEW,
    JOB,
    JOB_APPLICATION,
    JOB_INTERVIEW,
    KINDS_AGAINST_ANY_TITLE,
    KINDS_AGAINST_UNNAMED,
    MAYBE_INTERVIEW,
    MEETING_WORDS,
    MYSELF,
    NAMED_STAGE,
    NOT_ASSESSED,
    NOT_MY_CANDIDACY,
    NOT_SELECTION,
    PAID_FOR_TIME,
    PANEL_ROLE,
    POST,
    POSTING,
    PRESS_PIECE,
    PRESS_REQUEST,
    QUALIFIED,
    RECRUITER,
    RECRUITING_ORGANIZER,
    ROLE,
    SETS_APART,
    SOMEONE_ELSES,
    SPEAKER_PART,
    STAGE_HINT,
    TAG_NOT,
    TAG_YES,
    TALK_ABOUT_JOB,
    TITLE_EVIDENCE,
    TITLE_PARTS,
    TITLE_PREFIX,
    TRADE_HIRED,
    TRIAL_LESSON,
    TRIAL_PANEL,
    YOUR_APPLICATION,
    YOUR_CHILD,
    YOUR_CLAIM,
    interviewer_side,
)
from agent.model import Attendee, Detection, Event, Me
from agent.textscan import fold
from agent.timeline import parse_timeline

#: More attendees than this make a meeting, not an interview: a stranger's invite to thousands
#: must not become thousands of thank-you drafts (``followup mark`` still wins).
MAX_ATTENDEES = 30


def detect(event: Event, me: Me, notes: str = "", marked: bool = False) -> Detection:
    """Decide whether ``event`` is an interview of the user as candidate, and extract its facts.
    ``marked``: the user marked it an interview (``followup mark``): its facts are extracted as
    an interview's whatever the rules decide (their reasons are kept)."""
    ctx = read_invite(event, me, notes)
    is_interview, unsure, reasons = _decide(ctx)
    if marked:
        is_interview, unsure = True, False
    elif is_interview and len(event.attendees) > MAX_ATTENDEES:
        is_interview = False
        reasons = [f"{len(event.attendees)} attendees: too many for an interview", *reasons]
    organizer = people.organizer(ctx)
    ats = invite.ats_domains(ctx)
    if not is_interview:
        return Detection(
            False,
            tuple(reasons),
            organizer=organizer,
            ats_domains=ats,
            user_notes=ctx.notes,
            unsure=unsure,
        )
    # Only an interview has a timetable worth parsing: most events stop above.
    # (the invitation the company sent speaks for it: "I'll share next steps within a week")
    sent = 0 if ctx.user_owned else len(ctx.title) + 1 + len(ctx.body)
    text = f"{ctx.title}\n{ctx.body}\n{notes}"
    timeline = parse_timeline(text, _last_instant(event), event.tz, company_wrote=sent)
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
        company=company.trading_name(company_name),
        company_domain=company_domain,
        position=company.position(ctx, company_name),
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

#: At least this much evidence makes an interview; less, but some, leaves the event unsure.
INTERVIEW_AT = 3
#: What each kind of evidence weighs. For: the title names an interview (3) or says a word that
#: names one only in hiring (2), a hiring stage (2; at work 1) or a hint of one (1; from people
#: at a company, outside work, 2), a job (1); the organizer recruits or an ATS sent it (2),
#: people from a company take part (1), the title names the user (1), the user typed it (1);
#: the text speaks of a job (1; not at work) or of an interview (1). Against: the title or the
#: organizer names another kind of event (4), the text does (2), a recurring series (2).
TITLE_CONTEXT, BODY_CONTEXT, RECURRING = 4, 2, 2


@dataclass(slots=True)
class _Evidence:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)

    def add(self, weight: int, reason: str) -> None:
        self.score += weight
        (self.reasons if weight > 0 else self.against).append(reason)


def _decide(ctx: Invite) -> tuple[bool, bool, list[str]]:
    """(interview?, unsure?, reasons): the decision first, then the evidence it rests on."""
    forced = _tag_decision(ctx)
    if forced is not None:
        return forced[0], False, forced[1]
    title = _without_prefixes(ctx.folded)
    spoken = _speaks(title)  # most titles: one scan finds nothing
    trade = False  # a company invites the user to a trade's interview ("Roofer interview")
    if spoken and (m := QUALIFIED.search(title)):
        trade = _trade_hires_the_user(ctx, m)
        if not (trade or _user_is_the_candidate(ctx, m)):
            return False, False, [f"title says {_quote(m)}: not a job interview as the candidate"]
    ev = _Evidence()
    at_work = _at_work(ctx)
    company_humans = people.company_humans(ctx)
    said = named = only_job = False
    if spoken:
        said, named, only_job = _title_evidence(ctx, title, ev, at_work, bool(company_humans))
        only_job = only_job or trade
    silent = not ev.reasons  # the title names nothing an interview is made of
    about_a_job = not said and not silent  # the title names a job, no interview
    organised = _participant_evidence(ctx, company_humans, ev)
    names_me = _names_me(ctx, title) and not ctx.user_owned and not at_work
    if names_me:
        # a company's person who titles a meeting with the user alone by their full name, as a
        # recruiter or a scheduler does ("Dana Holt and Robin Seeker", "Robin Seeker <> Acme"),
        # is meeting a candidate; a first name ("Robin <> Dana") is any acquaintance's, and a
        # text that says what the meeting is (a review, a renewal) is left to decide
        full = (
            ctx.my_title != ctx.title
            and not ctx.folded_body.strip()
            and bool(company_humans)
            and len(people.humans(ctx)) == len(company_humans)
            and len({domains.registrable_domain(p.email) for p in company_humans}) == 1
        )
        ev.add(2 if full else 1, "the title names the user" + (" in full" if full else ""))
    # A title that names only the meeting's medium or its people ("Teams meeting", "Alex and
    # Dana") says nothing of what it is: from a company, the text says it.
    from_company = (company_humans or organised) and not at_work
    # A small employer writes from a free-mail address: a person who invites the user about a
    # job ("Coffee re the bookkeeping job"), or books them through a scheduling page, is one
    # when the text says it is an interview or asks about the user's application.
    from_person = (
        not from_company and not at_work and not ctx.user_owned and bool(people.humans(ctx))
    )
    # what the person's text must say: their title names a job or they booked through a page
    booked = from_person and (about_a_job or bool(invite.ats_domains(ctx)))
    # the user's own event named for a job ("Sales Lead - Brightwave") whose notes say it is
    # an interview ("video interview by Friday") is one
    own_job = about_a_job and ctx.user_owned and not at_work
    # a small business's own mailbox ("hello@", "info@") that names a job in the title is the
    # business: its text says whether it meets the user about their application ("thanks for
    # your CV"); a word such as "interview" alone may be a clinic's or a gym's
    by_mailbox = about_a_job and not from_company and not from_person and not at_work
    by_mailbox = by_mailbox and not ctx.user_owned and people.company_mailbox(ctx)
    if (silent and from_company) or (about_a_job and from_person) or own_job:
        m = INTERVIEW.search(ctx.folded_body)
        if m and not ((from_person or own_job) and QUALIFIED.search(ctx.folded_body)):
            ev.add(2, f"the text speaks of an interview ({_quote(m)})")
            said = True
    if not said and ((silent and from_company) or from_person or by_mailbox):
        m = APPLIED.search(ctx.folded_body)
        if m is None and ((silent and from_company) or booked):
            m = YOUR_APPLICATION.search(ctx.folded_body)
            # "your application" is for a job beside one; "Ihre Bewerbung" is for a job alone
            if m and not JOB_APPLICATION.search(m.group(0)):
                m = m if POSTING.search(ctx.folded_body) else None
        if m is not None and by_mailbox and not _for_a_job(ctx, m):
            m = None  # a gym's or a course's mailbox thanks for applying too
        if m is not None:
            ev.add(2, f"the text speaks of the user's application ({_quote(m)})")
            said = True
    if silent and ctx.user_owned and not at_work and ctx.folded_body:
        # the user's own event named for a person, a company or a medium ("Call w/ Dana
        # (Acme)") is what their notes say it is
        said = _own_notes(ctx, title, ev)
    if not (said or organised or (company_humans and (names_me or ev.score > 1))):
        return False, False, ["not an interview: nothing says so", *ev.reasons]
    veto = _veto(ctx, title, company_humans, at_work)
    if veto is not None:
        return False, False, [veto]
    body = ctx.folded_body
    if ctx.event.location:
        body = f"{body}\n{fold(ctx.event.location)}"
    _context_evidence(ctx, title, body, ev, named, only_job)
    if ctx.event.recurrence_id:
        ev.add(-RECURRING, "a recurring series")
    if -2 < ev.score < INTERVIEW_AT:  # what the text says can still change the answer
        # at work, roles, positions and hiring are everyday words; a job there is no evidence
        if not at_work and (m := HIRING.search(body)):
            ev.add(1, f"the text speaks of a job ({_quote(m)})")
        if not said and (m := INTERVIEW.search(body)):
            ev.add(1, f"the text speaks of an interview ({_quote(m)})")
    if ev.score >= INTERVIEW_AT:
        if not (named or organised or ctx.user_owned) and _says_nothing_of_a_candidacy(ctx, title):
            first = ev.reasons[0] if ev.reasons else "some evidence"
            why = "the text says what the meeting is about and names no job or application"
            return False, True, [f"unsure: {first}, but {why}", *ev.reasons[1:], *ev.against]
        return True, False, [*ev.reasons, *ev.against]
    if ev.score > 0 and (said or organised or names_me):
        why = ev.against[0] if ev.against else "not enough to be sure"
        first = ev.reasons[0] if ev.reasons else "some evidence"
        return False, True, [f"unsure: {first}, but {why}", *ev.reasons[1:], *ev.against[1:]]
    if ev.against:
        return False, False, [f"not an interview: {ev.against[0]}", *ev.reasons, *ev.against[1:]]
    return False, False, ["not an interview: too little says so", *ev.reasons]


#: An application that can only be for a job: with a CV or a cover letter.
_JOB_PAPERS = re.compile(r"\b(?:cv|resume|lebenslauf|curriculum|cover letter)\b")


def _for_a_job(ctx: Invite, applied: re.Match[str]) -> bool:
    """Is the application ``applied`` speaks of one for a job: it names the user's CV, or the
    text names a post?"""
    return bool(_JOB_PAPERS.search(applied.group(0)) or POSTING.search(ctx.folded_body))


def _own_notes(ctx: Invite, title: str, ev: _Evidence) -> bool:
    """Weigh the notes of the user's own event whose title names a meeting or its people but
    nothing an interview is made of ("Call w/ Dana (Acme)"): notes that speak of an interview
    or of the post ("phone screen", "pour le poste de comptable"), or that name a post and a
    recruiter or a job's title ("Stelle Lagerleitung, Recruiterin hat angerufen", "vaga de
    auxiliar"), make it the user's interview; notes about a contact (networking, a referral, a
    promotion) or another's interview do not. Whether the notes said so."""
    notes = ctx.folded_body
    if not (SETS_APART.search(title) or MEETING_WORDS.search(title)):
        return False  # "Gym", "Dentist": notes beside another errand
    if QUALIFIED.search(notes) or SOMEONE_ELSES.search(notes) or NOT_MY_CANDIDACY.search(notes):
        return False
    m = INTERVIEW.search(notes) or APPLIED.search(notes)
    if m is None:
        found = [f for f in (POST.search(notes), ROLE.search(notes), RECRUITER.search(notes)) if f]
        if len(found) < 2:
            return False
        m = found[0]
    ev.add(2, f"the user's notes speak of a post or an interview ({_quote(m)})")
    ev.add(1, "the user's own event")
    return True


#: A company's text of at least this many words says what the meeting is about.
EXPLAINS = 12


def _says_nothing_of_a_candidacy(ctx: Invite, title: str) -> bool:
    """Does a company's invitation whose title names no interview outright (a word that names one
    only in hiring, "entretien", "Kennenlernen"; a stage hint; a chat) explain itself in a text
    of some words without a word of a candidacy: no job, post or application, no recruiter, no
    CV, no terms of a post, no step only hiring has? A meeting with a bank, a school or a
    programme names none; one about a job names at least one of them. Read only for an event
    the evidence would make an interview."""
    body = ctx.folded_body
    if body.count(" ") + body.count("\n") < EXPLAINS:
        return False
    for text in (title, body):
        if CANDIDACY.search(text) is not None or ROLE.search(text) is not None:
            return False
        for m in NAMED_STAGE.finditer(text):
            if not AMBIGUOUS_STAGE.fullmatch(m.group(0)):
                return False
    return True


@lru_cache(maxsize=4096)
def _speaks(title: str) -> bool:
    """Does the title say anything an interview is made of, or qualify one away? Remembered per
    title: a calendar's titles recur ("Standup", "Weekly sync"), and the scan reads hundreds of
    words at every word of the title."""
    return TITLE_EVIDENCE.search(title) is not None


def _tag_decision(ctx: Invite) -> tuple[bool, list[str]] | None:
    if "#" not in ctx.notes:  # both tags start with it (most events have no notes)
        return None
    if TAG_NOT.search(ctx.notes):
        return False, ["the user's notes say #not-interview"]
    if TAG_YES.search(ctx.notes):
        return True, ["the user's notes say #interview"]
    return None


def _without_prefixes(folded: str) -> str:
    """The title and booking-page name, each line without a calendar's prefix ("Canceled:")."""
    if ":" not in folded:
        return folded
    return "\n".join(TITLE_PREFIX.sub("", line) for line in folded.split("\n"))


def _title_evidence(
    ctx: Invite, title: str, ev: _Evidence, at_work: bool, strangers: bool
) -> tuple[bool, bool, bool]:
    """Weigh what the title says; whether it says interview (a word for one, a hiring stage, or
    a hint of one in the user's own words or from a company), whether it names an interview
    outright, and whether what it names is a job's and nothing else's ("Vorstellungsgespräch",
    a trial lesson before a panel). At work, where "deep dive" and "panel" are everyday
    meetings, a stage is a hint only; outside work, people from a company meeting the user
    about something "technical" or "leadership" are holding a selection stage."""
    said = named = only_job = False
    post = None  # a trial lesson or an audition tells nothing without what it is for
    if m := INTERVIEW.search(title):
        ev.add(3, f"title says {_quote(m)}")
        said = named = True
        only_job = JOB_INTERVIEW.search(title) is not None
    elif (trial := TRIAL_LESSON.search(title)) and (post := _for_a_post(ctx, title, trial)):
        reason = f"title names a trial lesson or an audition for a post ({_quote(trial)}"
        ev.add(3, f"{reason}, {_quote(post)})")
        said = named = only_job = True
    elif m := MAYBE_INTERVIEW.search(title):
        ev.add(2, f"title says {_quote(m)}")
        said = True
    if (m := NAMED_STAGE.search(title)) or (
        (m := BARE_FINAL.search(title))
        and (JOB.search(title) is not None or PANEL_ROLE.search(title) is not None)
    ):
        ev.add(1 if at_work else 2, f"title names a hiring stage ({_quote(m)})")
        said = said or not at_work
    elif m := TALK_ABOUT_JOB.search(title):
        # a meeting about a post is about filling it: with the user, outside work, for them
        ev.add(1 if at_work else 2, f"title says the meeting is about a job ({_quote(m)})")
        said = said or not at_work
    elif m := STAGE_HINT.search(title):
        from_company = strangers and not at_work and not ctx.user_owned
        ev.add(2 if from_company else 1, f"title says {_quote(m)}")
        said = said or ctx.user_owned or from_company
    if m := JOB.search(title):
        ev.add(1, f"title names a job ({_quote(m)})")
    if ctx.user_owned and ev.score >= 2:
        ev.add(1, "the user's own event")
    return said, named, only_job


def _participant_evidence(ctx: Invite, company_humans: list[Attendee], ev: _Evidence) -> bool:
    """Weigh who takes part and who sent it; whether a recruiter or an ATS did."""
    if company_humans:
        first = domains.registrable_domain(company_humans[0].email)
        ev.add(1, f"external participants at {first}")
    elif people.company_mailbox(ctx):  # careers@acme.com speaks for Acme as its people would
        organizer = domains.registrable_domain(
            ctx.event.organizer.email if ctx.event.organizer else ""
        )
        ev.add(1, f"sent from a company's mailbox at {organizer}")
    ats = [d for d in invite.ats_domains(ctx) if d not in domains.SCHEDULER_DOMAINS]
    recruiting = _recruiting_organizer(ctx)
    if recruiting:
        ev.add(2, f"organised by a recruiting calendar ({recruiting})")
    elif ats:
        ev.add(2, f"scheduler/ATS {ats[0]} in the invite")
    return bool(recruiting or ats)


#: Trial words for a performance: an actor's (``ACTING``) is for a part, amateur or paid.
_AUDITION = re.compile(r"audi|vors(?:piel|ingen)|vortanzen")


def _for_a_post(ctx: Invite, title: str, trial: re.Match[str]) -> re.Match[str] | None:
    """What says a trial lesson or an audition chooses the user for a post, in the title or the
    text: the post or the user's application (``FOR_A_POST``); on a school's or an ensemble's
    invitation, who watches and the class taught (``TRIAL_PANEL``), unless it casts a part in
    a show. A pupil's trial lesson names what is learnt ("Proefles yoga"), an amateur's
    audition the show. Read only for a title that names one."""
    watched = not ctx.user_owned and not (
        _AUDITION.match(trial.group(0)) and (ACTING.search(title) or ACTING.search(ctx.folded_body))
    )
    for text in (title, ctx.folded_body):
        if m := FOR_A_POST.search(text) or YOUR_APPLICATION.search(text) or APPLIED.search(text):
            return m
        if watched and (m := TRIAL_PANEL.search(text)):
            return m
    return None


#: "interview" qualified by who is interviewed: a candidate or an applicant.
_CANDIDATE_INTERVIEW = re.compile(r"candidat|applicant|kandidat|bewerber|aspirant")


def _user_is_the_candidate(ctx: Invite, qualified: re.Match[str]) -> bool:
    """Does a "candidate interview" title name the user as that candidate? A company's
    scheduler may title the candidate's invite as the interviewers' ("Candidate Interview -
    Alex Rivera"): the user named there, on an invite from outside their job, is the one
    interviewed."""
    return (
        _CANDIDATE_INTERVIEW.search(qualified.group(0)) is not None
        and ctx.my_title != ctx.title
        and not ctx.user_owned
        and not _at_work(ctx)
    )


def _trade_hires_the_user(ctx: Invite, qualified: re.Match[str]) -> bool:
    """Is a trade's interview ("Electrician interview", "Carer interview") the user's own for
    that trade? A company that invites the user to it and writes of the user's application
    hires them; a family chooses its carer or tutor, sometimes through an agency that invites
    them, and is not asked about its application."""
    if TRADE_HIRED.search(qualified.group(0)) is None or ctx.user_owned:
        return False
    if not _from_another_company(ctx) or _at_work(ctx):
        return False
    body = ctx.folded_body
    return bool(YOUR_APPLICATION.search(body) or APPLIED.search(body))


def _names_me(ctx: Invite, title: str) -> bool:
    """Does the title name the user: their full name, or their first name paired with another
    ("Alex <> Priya", "Alex / Acme")?"""
    if ctx.my_title != ctx.title:
        return True
    for first in _first_names(ctx.me_names):
        if first in title and _pairs(first).search(title):
            return True
    return False


@lru_cache(maxsize=64)
def _first_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The user's first names, folded (each name's first word; none of a blank name)."""
    return tuple(fold(name.split()[0]) for name in names if name.split())


@lru_cache(maxsize=64)
def _pairs(first: str) -> re.Pattern[str]:
    sep = r"\s*(?:<>|<->|/|&|\+|\||\bx\b|\band\b|\bund\b|\bet\b|\by\b|\ben\b)\s*"
    name = re.escape(first)
    return re.compile(rf"(?:^|[-:|]\s*)\b{name}{sep}\w|\w{sep}{name}\b")


def _veto(ctx: Invite, title: str, company_humans: list[Attendee], at_work: bool) -> str | None:
    """Evidence that decides alone that the user is not the candidate, as the reason to give."""
    text = f"{title}\n{ctx.folded_body}"
    if ctx.user_owned and "me" in text:  # the user's own text: its "me" is the user
        text = _ME.sub(MYSELF, text)
    if m := interviewer_side(text):
        return f"user is the interviewer: {_quote(m)}"
    humans = people.humans(ctx)
    if ctx.my_domains and humans and not company_humans and _all_internal(ctx, humans):
        return f"everyone is at the user's own employer ({', '.join(sorted(ctx.my_domains))})"
    organizer = ctx.event.organizer
    if organizer is not None and not ctx.user_owned:
        reg = domains.registrable_domain(organizer.email)
        if reg and reg in ctx.my_domains:
            return f"organised at the user's own employer ({reg}): the user interviews"
    if at_work and not company_humans and not _from_another_company(ctx):
        return "on the user's work calendar with nobody from another company: the user interviews"
    if at_work and ctx.user_owned and is_me(ctx, organizer) and people.humans(ctx):
        # no candidate invites people to their interview from their employer's calendar
        return "the user organised it on their work calendar: their own work, not a candidacy"
    if ctx.my_domains and (m := CANDIDATE_IN_TITLE.search(title)):
        return f"title names someone else as the candidate ({_quote(m)})"
    if ctx.user_owned and (m := APPLICANTS.search(title)):
        return f"the user's own title names applicants ({_quote(m)}): the user interviews"
    # the sayings below are sought only in a text that holds one of them (most hold none)
    says = BODY_VETOES.search(ctx.folded_body) is not None
    if says and (m := NOT_SELECTION.search(ctx.folded_body)):
        return f"the invitation says {_quote(m)}"
    # that the user is not assessed decides for a chat or a visit, not for a slot of an
    # interview ("the lunch is not assessed")
    if (
        says
        and (m := NOT_ASSESSED.search(ctx.folded_body))
        and not (INTERVIEW.search(title) or NAMED_STAGE.search(title))
    ):
        return f"the invitation says {_quote(m)}"
    if m := FOR_MANY.search(title):
        return f"the title names an event for many applicants ({_quote(m)})"
    if m := HOLD_TITLE.search(title):
        return f"the title holds a slot ({_quote(m)}): no interview yet"
    if says and not ctx.user_owned and (m := YOUR_CHILD.search(ctx.folded_body)):
        return f"the invitation is about the user's child ({_quote(m)})"
    if says and (m := ADMISSION.search(ctx.folded_body)) and not _names_a_post(ctx, title):
        return f"the invitation is about an admission ({_quote(m)}), not a job"
    if m := PRESS_REQUEST.search(ctx.folded_body):
        return f"the invitation asks for a comment for the press ({_quote(m)})"
    if says and (m := YOUR_CLAIM.search(ctx.folded_body)):
        return f"the invitation is about the user's insurance claim ({_quote(m)})"
    if ctx.user_owned and (m := SOMEONE_ELSES.search(f"{title}\n{ctx.folded_body}")):
        return f"the user's note is about someone else's interview ({_quote(m)})"
    if (addressee := _written_to_the_organizer(ctx, title)) is not None:
        return f"the invitation is written to {addressee}, who shared it: their interview"
    if ctx.user_owned and not company_humans and (invited := _invited_by_name(ctx, title)):
        return f"the user invited {invited} to it by name: the user interviews"
    return None


def _names_a_post(ctx: Invite, title: str) -> bool:
    """Does the invitation name a post: a job in the title, a post or the user's CV in the text?
    A school's admission of a pupil names none; a school's interview of a teacher or an
    admissions officer speaks of admissions and names the post."""
    body = ctx.folded_body
    return bool(JOB.search(title) or POST.search(body) or _JOB_PAPERS.search(body))


#: How a letter greets its reader by name, in each language (folded): the name it greets.
_GREETING = re.compile(
    r"(?:^|\n|[.!?][ \t]+)(?:dear|hi|hello|hey|hallo|liebe|lieber|sehr geehrte|bonjour|cher|"
    r"chere|hola|estimad[oa]|querid[oa]|ola|oi|prezad[oa]|ciao|gentile|car[oa]|beste|geachte)"
    r"[ \t]+(?P<name>[\w'-]+)"
)


def _written_to_the_organizer(ctx: Invite, title: str) -> str | None:
    """The organizer (not the user) whom the title names in full and the text greets by their
    first name: an invitation written to them ("Interview Confirmation - Jordan Lee ...",
    "Dear Jordan, ..."), which they shared with the user. Their interview, not the user's."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or not organizer.name or ctx.my_title != ctx.title:
        return None  # a title naming the user too is a meeting of the two, greeted either way
    first, last = people.first_and_last(organizer.name)
    if not (first and last and f"{first} {last}" in " ".join(title.split())):
        return None
    if any(m["name"] == first for m in _GREETING.finditer(ctx.folded_body)):
        return people.display_name(organizer.name)
    return None


def _invited_by_name(ctx: Invite, title: str) -> str | None:
    """Someone the user invited to their own event and named in its title: a candidate does
    not invite their interviewer; an employer invites the applicant, nanny or contractor. A
    person whose family name is the firm's the title names ("Dana Keough" beside "Keough &
    Sons", "Moreau et Fils") is that employer."""
    for person in people.humans(ctx):
        words = [w for w in fold(person.name or "").split() if len(w) > 2]
        found = [m for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", title)]
        if found and not any(_FAMILY_FIRM.match(title, m.end()) for m in found):
            return person.name
    return None


#: After a family's name, the words that make it a firm's: "& Sons", "und Söhne", "e Figli".
_FAMILY_FIRM = re.compile(
    r"(?:'s)?\s*(?:&|\+|and|und|et|e|y|en)\s*(?:sons?|daughters?|co\b|company|partners?|"
    r"sohne|soehne|tochter|fils|filles|cie|hijos|hijas|filhos|filhas|figli|figlie|zonen|"
    r"dochters|zn\b)"
)


def _from_another_company(ctx: Invite) -> bool:
    """Was the event sent from a company's own address (not free mail, not a scheduler, not
    the user's employer)?"""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned:
        return False
    reg = domains.registrable_domain(organizer.email)
    return (
        bool(reg)
        and not domains.is_free_mail(reg)
        and not domains.is_ats(reg)
        and (reg not in ctx.my_domains)
    )


def _at_work(ctx: Invite) -> bool:
    """The user takes part as an employee: with an address at their employer's domain, beside
    a colleague at it, or while they also have a free-mail address (so this one is the job's).
    A personal address on a domain of one's own is no employer."""
    employers = ctx.my_domains
    if not employers:
        return False
    # the user's addresses and the others among the people (``is_me``, written out: one pass)
    me = ctx.me_addresses
    mine: list[str] = []
    others: list[Attendee] = []
    for p in ctx.people:
        if p.is_self or (p.email or "").lower() in me:
            if p.email:
                mine.append(p.email)
        else:
            others.append(p)
    if "@" in ctx.event.calendar:
        mine.append(ctx.event.calendar)
    for address in mine:
        if domains.registrable_domain(address) in employers:
            break
    else:
        return False
    if _has_free_mail(me):
        return True
    for p in others:  # noqa: SIM110 (a plain loop, not any() over a generator)
        if domains.registrable_domain(p.email) in employers:
            return True
    return False


@lru_cache(maxsize=64)
def _has_free_mail(addresses: frozenset[str]) -> bool:
    """Is one of the user's addresses free mail (so an address at an employer is the job's)?"""
    return any(domains.is_free_mail(domains.registrable_domain(a)) for a in addresses)


def _context_evidence(
    ctx: Invite, title: str, body: str, ev: _Evidence, named: bool, only_job: bool
) -> None:
    """Weigh the other kinds of event the title, the organizer or the body name. A title that
    names an interview outright (``named``) is read without the parts that name the job:
    "Interview - Travel Nurse - Riverside Clinic" names a job and an employer, no journey; one
    that names a job interview (``only_job``: "Vorstellungsgespräch - Redakteur - Stadtzeitung")
    is no other kind of event, unless it says it is a hold or a to-do."""
    lines = title.split("\n")
    starts = any(ANY_START.match(line) for line in lines)
    words = title if ANY_TITLE.search(title) else ""
    if words and named:
        words = _without_job_parts(lines)
    organizer = ctx.event.organizer
    org_text = ""
    if organizer is not None and not ctx.user_owned:
        address = (organizer.email or "").lower().replace("@", " ").replace(".", " ")
        org_text = fold(f"{organizer.name or ''} {address}")
        org_text = org_text if ANY_ORGANIZER.search(org_text) else ""
    kind, hold = HOLD_IN_BODY
    if m := hold.search(body):
        ev.add(-BODY_CONTEXT, f"the text speaks of {kind} ({_quote(m)})")
    # no employer pays a candidate for their time with a voucher, or bills them as a speaker
    if m := PAID_FOR_TIME.search(body):
        ev.add(-TITLE_CONTEXT, f"the text pays the user for their time ({_quote(m)}): a study")
    # a piece about the user in an edition or on air is the press's, unless a post is named
    if (m := PRESS_PIECE.search(body)) and not _names_a_post(ctx, title):
        ev.add(-TITLE_CONTEXT, f"the text speaks of a piece for the press ({_quote(m)})")
    if m := SPEAKER_PART.search(body):
        ev.add(-TITLE_CONTEXT, f"the text names the user a speaker ({_quote(m)})")
    # The title and the organizer say what an event is; the body counts where the title does
    # not name an interview outright.
    body = body if not named and ANY_BODY.search(body) else ""
    if only_job:
        org_text = ""
    if not (starts or words or org_text or body):
        return
    for kind, start, anywhere, by_organizer, in_body in CONTEXTS:
        m = None
        if starts and start is not None:
            m = next(filter(None, map(start.match, lines)), None)
            # "Electrician interview" from the firm: the trade is the post, not the visit
            if m is not None and only_job and ROLE.plain.fullmatch(m.group(0)):
                m = None
        if (
            m is None
            and words
            and anywhere
            and (not only_job or kind in KINDS_AGAINST_ANY_TITLE)
            and not (kind in KINDS_AGAINST_UNNAMED and (named or JOB.search(title)))
        ):
            m = anywhere.search(words)
        if m is not None:
            ev.add(-TITLE_CONTEXT, f"the title says {kind} ({_quote(m)})")
        elif org_text and by_organizer is not None and (m := by_organizer.search(org_text)):
            ev.add(-TITLE_CONTEXT, f"the organizer is {kind} ({_quote(m)})")
        if body and in_body is not None and (m := in_body.search(body)):
            ev.add(-BODY_CONTEXT, f"the text speaks of {kind} ({_quote(m)})")


def _without_job_parts(lines: list[str]) -> str:
    """The title without its parts that name a job ("Onboarding Specialist")."""
    kept = []
    for line in lines:
        kept += [part for part in TITLE_PARTS.split(line) if not ROLE.search(part)]
    return "\n".join(kept)


def _all_internal(ctx: Invite, humans: list[Attendee]) -> bool:
    return all(domains.registrable_domain(p.email) in ctx.my_domains for p in humans)


def _recruiting_organizer(ctx: Invite) -> str | None:
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or not _recruits(organizer.name, organizer.email):
        return None
    return organizer.name or organizer.email


# cached by name and address: hashing (and comparing) the whole participant costs more
@lru_cache(maxsize=4096)
def _recruits(name: str | None, email: str | None) -> bool:
    """Does the organizer's name or mailbox say it recruits ("Acme Talent", careers@)?"""
    label = f"{name or ''} {invite.local_part(email)}"
    return RECRUITING_ORGANIZER.search(fold(label)) is not None


#: The word "me", which in the user's own text is the user.
_ME = re.compile(r"\bme\b")


def _quote(m: re.Match[str]) -> str:
    """The words found, as said to the user: their own names read "me"."""
    return f"'{m.group(0).replace(MYSELF, 'me')}'"


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
    _recruits.cache_clear()
    _has_free_mail.cache_clear()
    _first_names.cache_clear()
    _speaks.cache_clear()
    textscan.clear_caches()
    invite.clear_caches()
    people.clear_caches()
    company.clear_caches()
    domains.clear_caches()

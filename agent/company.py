"""Which company an interview is with, and for which position.

The company's domain is the one with the most votes among the interviewers, the other company
people and the organizer (an agency's own domain never counts when the text says a client is
behind it). Its name is the longest title segment or text candidate that spells the domain's
first label ("Acme Robotics | Onsite" at acmerobotics.com), else a known company's name or the
label split into words. With no company domain, the name comes from the organizer's name, a
"(Acme Talent)" mention or the title. The position is read only from words that name a job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent import domains
from agent.invite import Invite
from agent.lexicon import STAGE, STRONG, WEAK
from agent.model import Person
from agent.people import NOT_NAME_WORDS, company_humans, is_system
from agent.textscan import AtLineStart, Gated, at_word_start, fold

_ROLE_WORDS = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent(?: acquisition| team)?|talento|interviews?|"
    r"interview scheduling|scheduling|candidate calendar|calendar|careers?|hiring|people(?: team)?|"
    r"hr|team|equipo de|de|coordination|personal|bewerbermanagement)\b",
    re.I,
)
_COMPANY_WORDS = r"(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,3})"
AT_COMPANY = re.compile(
    at_word_start("at", "bei", "en", "chez", "role at", "position at") + r"\s+" + _COMPANY_WORDS
)
_TEAM_OF = Gated(
    re.compile(r"\(" + _COMPANY_WORDS + r"\s+(?:talent|recruiting|hr|people)\b", re.I),
    *("talent", "recruiting", "hr", "people"),  # and "(", which re finds at once (a literal start)
)
SIGNATURE_COMPANY = AtLineStart(
    r"(?:[^\n,]*(?:Coordinator|Recruiter|Recruiting|Talent|People|HR)[^\n,]*),"
    r"\s*(?P<name>[A-Z][^\n,]{1,40})$",
    0,
    *("Coordinator", "Recruit", "Talent", "People", "HR"),
)
# The look ahead names every character a split can start with (the separators' first ones, and
# the spaces before them): other positions are passed over at once.
TITLE_SPLIT = re.compile(
    r"(?=[\s|–—:</()awx])\s*(?:\||–|—|:|<>|/|\s-\s|\(|\)|\bat\b|\bwith\b|\bx\b)\s*"
)
_TIME_WORD = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d+\b", re.I)
_AGENCY = Gated(
    re.compile(
        r"\b(?:(?:our|my|a|the|confidential|for (?:a|our|my))\s+(?:\w+\s+){0,2}client|on behalf of|"
        r"recruitment agency|staffing|headhunt\w*|executive search|search firm)\b"
    ),
    *("client", "on behalf of", "recruitment agency", "staffing", "headhunt", "executive search"),
    "search firm",
)
NOT_ALNUM = re.compile(r"[^a-z0-9]")


def clear_caches() -> None:
    squash.cache_clear()


@lru_cache(maxsize=4096)
def squash(text: str) -> str:
    """Letters and digits only, folded: the key a name is compared with a domain label by."""
    # cached: the same title words and domain labels are squashed again for every candidate
    if text.isascii() and text.isalnum():  # letters and digits only: nothing to drop or fold
        return text.lower()
    return NOT_ALNUM.sub("", fold(text))


# --------------------------------------------------------------------------- the domain


def company_domain(ctx: Invite, interviewers: list[Person], agency: str | None) -> str | None:
    """The domain with the most votes: 2 for each interviewer, 1 for each other company human
    and for the organizer; a tie goes to the domain seen first."""
    counted: dict[str, int] = {}
    for person in interviewers:
        reg = domains.registrable_domain(person.email)
        if reg and not domains.is_free_mail(reg) and reg not in ctx.my_domains and reg != agency:
            counted[reg] = counted.get(reg, 0) + 2
    for reg, votes in _participant_votes(ctx, agency).items():  # in the order first seen
        counted[reg] = counted.get(reg, 0) + votes
    if not counted:
        return None
    return max(counted, key=lambda d: counted[d])


def _participant_votes(ctx: Invite, agency: str | None) -> dict[str, int]:
    """The company humans' and the organizer's votes (counted once per event: the domain is
    sought before and after the interviewers are known)."""
    if ctx.votes is None or ctx.votes[0] != agency:
        votes: dict[str, int] = {}
        for human in company_humans(ctx):
            reg = domains.registrable_domain(human.email)
            if reg and reg != agency:
                votes[reg] = votes.get(reg, 0) + 1
        org_reg = _organizer_domain(ctx)
        if org_reg and org_reg != agency:
            votes[org_reg] = votes.get(org_reg, 0) + 1
        ctx.votes = (agency, votes)
    return ctx.votes[1]


def _organizer_domain(ctx: Invite) -> str | None:
    """The organizer's employer domain, when the organizer is someone else at a company."""
    organizer = ctx.event.organizer
    if organizer is None or ctx.user_owned or domains.is_calendar_system(organizer.email):
        return None
    reg = domains.registrable_domain(organizer.email)
    if not reg or domains.is_free_mail(reg) or domains.is_ats(reg):
        return None
    return reg


def agency_domain(ctx: Invite) -> str | None:
    """The recruiting agency's domain when the text says a client is behind it."""
    if not (_AGENCY.search(ctx.folded) or _AGENCY.search(ctx.folded_body)):
        return None
    organizer = ctx.event.organizer
    if organizer and not ctx.user_owned and is_system(organizer) is None:
        return domains.registrable_domain(organizer.email)
    company = company_humans(ctx)
    return domains.registrable_domain(company[0].email) if company else None


# --------------------------------------------------------------------------- the name


def title_segments(ctx: Invite) -> list[str]:
    """The title (the user's names as "me") cut at separators: "Acme | Onsite" -> Acme, Onsite."""
    if ctx.title_segments is None:
        ctx.title_segments = TITLE_SPLIT.split(ctx.my_title)
    return ctx.title_segments


def _name_candidates(ctx: Invite) -> list[str]:
    if ctx.name_candidates is None:  # asked for each domain the company name is sought for
        ctx.name_candidates = _find_name_candidates(ctx)
    return ctx.name_candidates


def _find_name_candidates(ctx: Invite) -> list[str]:
    segments = [s.strip() for s in title_segments(ctx) if s and s.strip()]
    found = list(segments)
    organizer = ctx.event.organizer
    if organizer and organizer.name and not ctx.user_owned:
        found.append(_ROLE_WORDS.sub(" ", organizer.name))
    found += [m["name"] for m in AT_COMPANY.finditer(f"{ctx.body}\n{ctx.notes}")]
    found += [m["name"] for m in _TEAM_OF.finditer(f"{ctx.body}\n{ctx.notes}")]
    found += [m["name"] for m in SIGNATURE_COMPANY.finditer(ctx.body)]
    return [" ".join(c.split()).strip(" .,-") for c in found if c.strip(" .,-")]


def company_name(ctx: Invite, domain: str | None) -> str | None:
    """The company's name: the invite's own spelling of ``domain``, else a known company's name
    or the domain's label in words; with no domain, a name the invite gives."""
    candidates = _name_candidates(ctx)
    if domain:
        label = squash(domain.split(".", 1)[0])
        best = best_for_label(candidates, label)
        if best is None or (squash(best) == label and not _continued(candidates, best)):
            # The invite names the company no more fully than its domain does: the name a
            # known company goes by says more ("Cyberdyne" at cyberdyne.com, "Ibm" at ibm.com).
            known = domains.known_company(label)
            if known:
                return known
        return best or domains.company_from_domain(domain)
    found = _company_without_domain(ctx, candidates)
    return (domains.known_company(squash(found)) or found) if found else None


def _continued(candidates: list[str], name: str) -> bool:
    """Does the text go on to name the company more fully: "Cyberdyne Robotics | Phone screen"
    for "Cyberdyne" (a next word that is no interview or job word)?"""
    size = len(name.split())
    head = [squash(w) for w in name.split()]
    for cand in candidates:
        words = cand.split()
        if len(words) <= size or [squash(w) for w in words[:size]] != head:
            continue
        following = fold(words[size])
        if (
            words[size][:1].isupper()
            and following not in NOT_NAME_WORDS
            and not (STRONG.search(following) or STAGE.search(following) or WEAK.search(following))
        ):
            return True
    return False


def best_for_label(candidates: list[str], label: str) -> str | None:
    """The longest candidate prefix that spells the domain label ``label`` (squashed)."""
    best: str | None = None
    for cand in candidates:
        words = cand.split()
        if not words:
            continue
        first = squash(words[0])
        if not label.startswith(first):
            continue  # every prefix below starts with the first word: none can match the label
        # squash drops the spaces, so a prefix squashes to its words' squashes joined: each word
        # is squashed once (and the same words recur across candidates and events)
        squashed_words = [first] + [squash(w) for w in words[1:]]
        for n in range(len(words), 0, -1):
            squashed = "".join(squashed_words[:n])
            exact = squashed == label or (len(squashed) >= 4 and label.startswith(squashed))
            extends = n >= 2 and len(first) >= 4 and label.startswith(first)
            if exact or (extends and cand is not candidates[0] and n == len(words) <= 3):
                prefix = " ".join(words[:n])
                if best is None or len(prefix) > len(best):
                    best = prefix
                break
    return best


def _company_without_domain(ctx: Invite, candidates: list[str]) -> str | None:
    organizer = ctx.event.organizer
    if organizer and organizer.name and not ctx.user_owned:
        stripped = " ".join(_ROLE_WORDS.sub(" ", organizer.name).split())
        if stripped and stripped != organizer.name:
            return stripped
    for m in _TEAM_OF.finditer(f"{ctx.body}\n{ctx.notes}"):
        return m["name"]
    for cand in candidates:
        cleaned = " ".join(_TIME_WORD.sub(" ", cand).split())
        if _could_be_company(cleaned):
            return cleaned
    return None


def _could_be_company(text: str) -> bool:
    folded = fold(text)
    if not text or not text[0].isupper() or _JOB_NOUN.search(folded):
        return False
    return not (STRONG.search(folded) or STAGE.search(folded) or WEAK.search(folded))


# --------------------------------------------------------------------------- the position

_POSITION = (
    Gated(
        re.compile(
            r"\b(?:for|about) the (?P<p>[A-Z][\w\-/&,()' ]{2,60}?) "
            r"(?:role|position|opening|posting|job)\b"
        ),
        *(" role", " position", " opening", " posting", " job"),
    ),
    Gated(
        re.compile(r"(?m)^(?:Role|Position|Stelle|Puesto|Job)\s*:\s*(?P<p>[^\n]{2,80})$"),
        *("Role", "Position", "Stelle", "Puesto", "Job"),
    ),
    Gated(
        re.compile(
            r"\b(?:Interview for|Your virtual onsite for|interest in the|for the role of)"
            r"\s+(?P<p>[A-Z][^\n.,;(]{2,60})"
        ),
        *("Interview for", "Your virtual onsite for", "interest in the", "for the role of"),
    ),
    Gated(
        re.compile(
            r"\b(?:re:?|about a|about an)\s+(?P<p>[\w\- ]{3,40}?)\s+(?:role|search|position)\b",
            re.I,
        ),
        *("role", "search", "position"),
    ),
    Gated(re.compile(r"\bthe (?P<p>[A-Z][\w\- ]{2,50}?) role\b"), " role"),
)
_JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|entwickler\w*|analyst|analista|scientist|designer|manager|architect|"
    r"consultant|specialist|lead|director|biologist|controller|administrator|intern|associate)\b",
    re.I,
)


def position(ctx: Invite) -> str | None:
    """The job applied for, from a phrase that names a role or a title segment with a job noun."""
    text = f"{ctx.body}\n{ctx.notes}\n{ctx.event_name}"
    for pattern in _POSITION:
        m = pattern.search(text)
        if m and _JOB_NOUN.search(m["p"]):
            return _title_case(m["p"].strip(" .,"))
    for segment in title_segments(ctx):
        segment = segment.strip()
        if segment and _JOB_NOUN.search(segment) and len(segment.split()) <= 6:
            return segment
    return None


def _title_case(text: str) -> str:
    return (
        text if any(c.isupper() for c in text) else " ".join(w.capitalize() for w in text.split())
    )

"""Did the company answer? ``classify_reply`` sorts one incoming message into the nine classes
of ``shared/eval/CONVENTIONS.md`` part B, applying its rules in their order: calendar objects,
unrelated mail, stated outcomes, next-round invitations, scheduling notices, away messages, other
automated mail, and last whatever a person wrote. Headers are hints; the content decides.

The classifier reads no clock. When a reply states a new timetable, ``ReplyVerdict.timeline`` is the
phrase; ``mail_effect`` turns it into a date with ``parse_timeline`` against the reply's own date.

Below the classifier, what a message does to a process (pure, like the rest): ``process_of``
places it, ``mail_effect`` / ``stated_reply`` give the reply to record (it ends the wait when
its class is in ``ENDS_WAIT``, a stated timetable starts a new wait) and the outcome it states;
``reply_fact`` is a recorded reply as the planner sees it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING

from agent import domains
from agent.errors import UsageError
from agent.model import Me
from agent.plan import ReplyFact
from agent.ports import IncomingMessage
from agent.records import ProcessRecord, ReplyRecord
from agent.textscan import fold
from agent.timeline import Timeline, parse_timeline

if TYPE_CHECKING:
    from agent.views import ProcessView

CLASSES = (
    "human_reply",
    "next_round",
    "rejection",
    "offer",
    "scheduling_notice",
    "auto_reply_ooo",
    "ats_automated",
    "calendar_invite",
    "unrelated",
)
#: The classes that end the wait: they cancel a pending status check and its check-ins.
ENDS_WAIT = frozenset({"human_reply", "next_round", "rejection", "offer"})


@dataclass(frozen=True)
class ReplyVerdict:
    cls: str
    ends_wait: bool
    reasons: tuple[str, ...]
    timeline: str | None = None  # the phrase stating a new timetable, when the reply has one


# --------------------------------------------------------------------------- lexicons (folded)

_REJECTION = re.compile(
    r"not (?:be )?(?:moving|move|going) forward|won'?t be moving forward|will not be (?:moving|progressing)|"
    r"not (?:be )?progressing|decided to (?:go|move|proceed) (?:forward )?with (?:another|other|a different)|"
    r"go(?:ne|ing)? (?:forward )?with (?:a|another|an internal|other) candidate|different direction|"
    r"(?:position|role|vacancy) has (?:now )?been filled|filled the (?:role|position)|internal candidate|"
    r"(?:position|role|requisition|req) (?:has been|was) (?:cancel+ed|closed|withdrawn)|closing the process|"
    r"decided not to (?:extend|make) an offer|(?:extended|made) (?:the|an) offer to (?:another|a different)|"
    r"(?:we're|we are|we will|we'll) (?:going to )?pass\b|regret to inform|unfortunately|"
    r"not (?:been )?successful|unsuccessful|other candidates? (?:whose|who)|"
    r"continuar con otr[oa]|no (?:vamos a|podemos) (?:continuar|seguir)|lamentamos|"
    r"leider|absage|nicht weiter berucksichtigen|anderen? (?:kandidat|bewerber)\w*|"
    r"ne (?:pas )?donner suite|pas retenue?"
)
_OFFER = re.compile(
    r"extend (?:you )?an offer|offer letter|review offer|(?:pleased|happy|delighted|thrilled) to offer|"
    r"verbal offer|offer (?:for|of employment)|job offer|your offer\b|an offer for|"
    r"oferta (?:de trabajo|laboral)|carta de oferta|vertragsangebot|arbeitsvertrag|"
    r"(?:ein|unser) angebot|proposition d'embauche"
)
_NEXT_ROUND = re.compile(
    r"next round|second (?:interview|round|chat|call|conversation|stage)|final (?:onsite|interview|round|loop)|"
    r"move forward to|moving you forward|selected to move|invite you to|would like to invite|"
    r"(?:schedule|book|select) (?:your|a|an) (?:\w+ )?(?:interview|call|chat)(?: time)?|"
    r"select an interview time|share your availability|availability for|"
    r"(?:do|complete|work on) (?:a|an|our|the) (?:short |brief |small )?take[- ]?home|"
    r"case study|keep going|continue the conversation|virtual onsite|want you back|meet (?:with )?(?:our|the) |"
    r"are you free|would you be free|next stage|siguiente fase|proxima fase|segunda entrevista|"
    r"nachste runde|zweitgesprach|zweites gesprach|zweite runde|calendly\.com/"
)
_LOGISTICS = re.compile(
    r"confirm\w*|booked|scheduled|rescheduled|reschedule|cancel+ed|reminder|itinerary|instead of|"
    r"video link|join (?:the|your)|here are the details|bestatig\w*|confirmacion|confirmada|"
    r"einwahl|update to your interview|now be with"
)
_INTERVIEWISH = re.compile(
    r"interview|session|meeting|event|itinerary|onsite|call|chat|termin|entrevista|round|panel"
)
_OOO = re.compile(
    r"out of (?:the )?office|\booo\b|on (?:parental |annual |maternity |paternity )?leave|on vacation|"
    r"on holiday|away from (?:the office|my desk)|limited (?:access|connectivity)|currently travel+ing|"
    r"(?:respond|reply|get back to you) (?:when|on) (?:i'm|i am) back|abwesend|im urlaub|au(?:ss|ß)er haus|"
    r"fuera de la oficina|ausente|de vacaciones|absente? du bureau|je suis absente?|afwezig|met vakantie"
)
_OOO_SUBJECT = re.compile(
    r"^(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|abwesenheit|"
    r"automatische antwort|respuesta automatica|reponse automatique|automatisch antwoord|"
    r"risposta automatica|ooo)\b"
)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hallo|hola|bonjour|liebe|lieber|guten tag)\b[^\n]{0,40}[,!\n]"
)
_TRANSACTIONAL = re.compile(
    r"\b(?:your order|order #?\d+|has shipped|on its way|track your package|receipt|invoice|"
    r"newsletter|subscription|discount|\d+% off|premium)\b"
)
_HIRING = re.compile(
    r"\b(?:interview\w*|application|applied|role|position|candidac\w*|candidate|recruit\w*|hiring|"
    r"next steps?|offer|team|bewerbung|stelle|puesto|candidatura|entrevista|proceso)\b"
)
_FORWARD = re.compile(r"-{3,}\s*forwarded message\s*-{3,}|^from:\s", re.M)
_VENDOR_NAMES = re.compile(
    r"^(?:calendly|greenhouse|lever|ashby|workday|goodtime|smartrecruiters|personio|linkedin|"
    r"indeed|xing|cal\.com)\b"
)
_SENDER_ROLE = re.compile(
    r"\b(?:recruiting|recruitment|talent(?: acquisition| team)?|interviews?|scheduling|coordination|"
    r"careers?|hiring|hr|team|people)\b"
)


# --------------------------------------------------------------------------- helpers


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _company_label(company_domain: str | None) -> str:
    reg = domains.registrable_domain(company_domain) or ""
    return _squash(reg.split(".", 1)[0]) if reg else ""


def _names_company(text: str, label: str) -> bool:
    """Does ``text`` name the company whose domain label is ``label`` ("Northwind" for northwindtraders)?"""
    if not label:
        return False
    squashed = _squash(text)
    if label in squashed:
        return True
    words = [_squash(w) for w in re.findall(r"[A-Z][\w'&\-]+", text)]
    return any(len(w) >= 4 and label.startswith(w) for w in words)


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value.lower()
    return ""


def _automated(from_addr: str, headers: Mapping[str, str]) -> str | None:
    """Why the message looks machine-sent, or None."""
    auto = _header(headers, "Auto-Submitted")
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    if _header(headers, "X-Autoreply") or _header(headers, "X-Autorespond"):
        return "X-Autoreply header"
    if domains.is_ats(from_addr):
        return f"sent by {domains.registrable_domain(from_addr)}"
    local = from_addr.split("@", 1)[0].lower()
    if re.match(r"(?:no-?reply|do-?not-?reply|notifications?|mailer|bounce)", local):
        return f"no-reply sender {from_addr}"
    if _header(headers, "Precedence") in {"bulk", "list", "junk"}:
        return "Precedence: bulk"
    return None


def _is_self_forward(from_name: str | None, to: str) -> bool:
    """The candidate forwarding mail to themself from another of their addresses."""
    to_name, _ = parseaddr(to)
    return bool(from_name and to_name and fold(from_name) == fold(to_name))


def _own_part(body: str) -> str:
    """The sender's own words: the body above a forwarded message."""
    m = _FORWARD.search(body)
    return body[: m.start()] if m else body


# --------------------------------------------------------------------------- the rules, in order


def _unrelated(
    from_addr: str, from_name: str, subject: str, body: str, company_domain: str | None,
    headers: Mapping[str, str],
) -> str | None:  # fmt: skip
    label = _company_label(company_domain)
    sender = domains.registrable_domain(from_addr)
    text = f"{subject}\n{body}"
    if domains.is_platform(from_addr):
        return f"platform notification from {sender}"
    if company_domain and sender == domains.registrable_domain(company_domain):
        folded = fold(text)
        if _TRANSACTIONAL.search(folded) and not _HIRING.search(folded):
            return f"{sender} mail that is not about hiring"
        return None
    if domains.is_ats(from_addr):
        brand = _SENDER_ROLE.sub(" ", fold(from_name)).strip()
        if brand and not _VENDOR_NAMES.match(brand) and not _names_company(from_name, label):
            return f"ATS mail on behalf of {from_name}, not {company_domain}"
        return None
    if _header(headers, "Precedence") in {"bulk", "list"} or _header(headers, "List-Unsubscribe"):
        return f"bulk mail from {sender}"
    if not _names_company(text, label) and not _names_company(text, company_domain or ""):
        return f"third party {sender} does not mention {company_domain}"
    return None


def classify_reply(
    from_addr: str,
    from_name: str | None,
    subject: str,
    headers: Mapping[str, str],
    body: str,
    company_domain: str | None,
    ats_domains: Sequence[str] = (),
    to: str = "",
) -> ReplyVerdict:
    """Classify one message about the process with ``company_domain`` (CONVENTIONS.md B).

    ``to`` (the To header) only serves to recognise the user forwarding mail to themself.
    """
    name = from_name or ""
    folded_subject = fold(subject)
    content = fold(f"{subject}\n{body}")
    own = fold(f"{subject}\n{_own_part(body)}")
    automated = _automated(from_addr, headers)
    if "text/calendar" in _header(headers, "Content-Type"):
        return _verdict("calendar_invite", "a calendar object (text/calendar)")
    if _is_self_forward(name, to) and automated is None:
        return _verdict("ats_automated", "the user forwarding a message to themself")
    if reason := _unrelated(from_addr, name, subject, body, company_domain, headers):
        return _verdict("unrelated", reason)
    if m := _REJECTION.search(content):
        return _verdict("rejection", f"says {m.group(0)!r}", body)
    if (m := _OFFER.search(content)) and not _OOO_SUBJECT.match(folded_subject):
        return _verdict("offer", f"says {m.group(0)!r}", body)
    ooo = _ooo(folded_subject, body, headers)
    if ooo is None and (m := _NEXT_ROUND.search(own)):
        return _verdict("next_round", f"invites to a further stage: {m.group(0)!r}", body)
    if automated and _LOGISTICS.search(content) and _INTERVIEWISH.search(content) and ooo is None:
        return _verdict("scheduling_notice", f"interview logistics ({automated})")
    if ooo:
        return _verdict("auto_reply_ooo", ooo)
    if automated:
        return _verdict("ats_automated", f"automated: {automated}")
    return _verdict("human_reply", f"written by {name or from_addr}", body)


def _ooo(folded_subject: str, body: str, headers: Mapping[str, str]) -> str | None:
    folded = fold(body)
    m = _OOO.search(folded)
    if _OOO_SUBJECT.match(folded_subject):
        return "away message (subject)"
    auto = _header(headers, "Auto-Submitted") or _header(headers, "X-Autoreply")
    if m and auto:
        return f"away message ({m.group(0)!r}, auto-reply headers)"
    if m and m.start() < 120 and not _GREETING.match(folded):
        return f"canned away message ({m.group(0)!r})"
    return None


_REFERENCE_END = datetime(2000, 1, 3, 12, 0)  # only to test whether a timetable is stated at all


def _verdict(cls: str, reason: str, body: str = "") -> ReplyVerdict:
    timeline = None
    if cls in ENDS_WAIT and body:
        found = parse_timeline(body, _REFERENCE_END, "UTC")
        timeline = found.phrase if found else None
    return ReplyVerdict(cls, cls in ENDS_WAIT, (reason,), timeline)


def reply_timeline(body: str, received_at: datetime, tz: str) -> Timeline | None:
    """The new timetable a reply states, counted from the local date it was received."""
    return parse_timeline(body, received_at, tz)


# --------------------------------------------------------------------------- what a reply does


def reply_fact(record: ReplyRecord) -> ReplyFact:
    """A recorded reply as the planner sees it: does it end the wait, does it start a new one."""
    return ReplyFact(
        at=record.at,
        ends_wait=record.cls in ENDS_WAIT,
        from_addr=record.from_addr,
        answer_date=record.answer_date,
        timeline_text=record.timeline_text,
    )


@dataclass(frozen=True)
class ReplyEffect:
    """What one message does to its process: the reply recorded (it ends the wait when its
    class does, and starts a new wait when it states a timetable) and the outcome it states."""

    reply: ReplyRecord
    outcome: str | None  # "offer" or "rejected": the process ends
    reasons: tuple[str, ...]


def mail_effect(
    message: IncomingMessage, views: Sequence[ProcessView], me: Me
) -> ReplyEffect | None:
    """What a message from the mailbox does: None when it is the user's own or belongs to no
    process; else its class (``classify_reply``) and the timetable it states, counted from
    the day it came."""
    if me.is_me(message.from_addr):
        return None  # the user's own mail is not an answer
    view = process_of(message, views)
    if view is None:
        return None
    verdict = classify_reply(
        message.from_addr,
        message.from_name,
        message.subject,
        message.headers,
        message.body,
        view.group.company_domain,
        _ats_domains(view),
        ",".join(message.to),
    )
    parsed = None
    if verdict.ends_wait and verdict.timeline:
        parsed = reply_timeline(message.body, message.received_at, me.timezone)
    reply = ReplyRecord(
        pid=view.group.pid,
        at=message.received_at,
        cls=verdict.cls,
        origin="mailbox",
        from_addr=message.from_addr.lower(),
        timeline_text=parsed.phrase if parsed else None,
        answer_date=parsed.answer_date if parsed else None,
        message_id=message.message_id or message.id,
        thread_id=message.thread_id,
    )
    outcome = {"offer": "offer", "rejection": "rejected"}.get(verdict.cls)
    return ReplyEffect(reply, outcome, verdict.reasons)


def stated_reply(pid: str, at: datetime, timeline: str | None, tz: str) -> ReplyRecord:
    """``followup replied``: the user says the company answered at ``at``, perhaps with a new
    timetable, counted from the day of the reply."""
    answer_date = None
    if timeline:
        parsed = parse_timeline(timeline, at, tz)
        if parsed is None:
            raise UsageError(
                f"no date can be read from {timeline!r}",
                hint='say it the way they did, e.g. "by the 15th", "next week"',
            )
        answer_date = parsed.answer_date
    return ReplyRecord(
        pid=pid,
        at=at,
        cls="human_reply",
        origin="cli",
        timeline_text=timeline,
        answer_date=answer_date,
        message_id=f"cli:{at.isoformat()}",
    )


def outcome_to_record(record: ProcessRecord | None, effect: ReplyEffect) -> str | None:
    """The outcome a reply records: the one it states, unless one is recorded already."""
    if effect.outcome is None or record is None or record.outcome is not None:
        return None
    return effect.outcome


def process_of(message: IncomingMessage, views: Sequence[ProcessView]) -> ProcessView | None:
    """The process a message belongs to: its thread, else its sender's company or scheduler."""
    for view in views:
        for f in view.facts.followups.values():
            if message.thread_id and f.thread_id == message.thread_id:
                return view
            if message.in_reply_to and f.message_id == message.in_reply_to:
                return view
    sender = domains.registrable_domain(message.from_addr)
    for view in views:
        if sender and sender == view.group.company_domain:
            return view
    for view in views:
        if sender and sender in _ats_domains(view) and _names_process(view, message):
            return view
    return None


def _ats_domains(view: ProcessView) -> tuple[str, ...]:
    found = {d for item in view.items.values() for d in item.detection.ats_domains}
    return tuple(sorted(found))


def _names_process(view: ProcessView, message: IncomingMessage) -> bool:
    company = (view.group.company or "").lower()
    return bool(company) and company in f"{message.subject}\n{message.body}".lower()

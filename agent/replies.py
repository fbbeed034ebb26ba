"""Did the company answer? ``classify_reply`` sorts one incoming message into the nine classes
of ``shared/eval/CONVENTIONS.md`` part B, applying its rules in their order: calendar objects,
unrelated mail (decided by who writes: the company, an ATS for it or for another company, a
platform, an agency relaying the company, a friend or a recruiter pitching another job), away
messages (which never state an outcome), stated outcomes, invitations to a further stage apart
from the logistics of a round already arranged, other automated mail, and last whatever a person
wrote. It reads the sender's own words apart from quoted history, in the languages whose phrases
``agent/reply_words.py`` lists. Headers are hints; the content decides.

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
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import getaddresses
from functools import cache
from typing import TYPE_CHECKING

from agent import domains
from agent import reply_words as words
from agent.errors import UsageError
from agent.lexicon import QUALIFIED
from agent.model import Me
from agent.plan import ReplyFact, local_date
from agent.ports import IncomingMessage
from agent.records import ProcessRecord, ReplyRecord
from agent.textscan import fold, lazy
from agent.timeline import Timeline, parse_timeline
from agent.workdays import NO_HOLIDAYS, after_holidays, says_after_holidays

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


# --------------------------------------------------------------------------- reading a message

_PLAIN = str.maketrans(
    {
        "ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
        "\u2014": "-", "\u2011": "-", "\u00a0": " ", "¿": "", "¡": "", "ß": "ss",
    }
)  # fmt: skip


def fold_mail(text: str) -> str:
    """Lower case without accents, ligatures, typographic quotes or dashes ("Wisłotech" ->
    "wislotech", "we’re" -> "we're"): the form the phrases of ``reply_words`` are written in."""
    folded = fold(text)
    return folded if folded.isascii() else folded.translate(_PLAIN)


_WRAPPED = lazy(r"[ \t]+|(?<=\S)[ \t]*\n[ \t]*(?=\S)")
# German written for every gender: "eine*n andere*n Kandidat*in", "Bewerber:innen",
# "Kandidat_innen", "Mitarbeiter/in" read as the plain words "einen anderen Kandidatin".
_GENDER_MARK = lazy(r"(?<=[a-z])(?:[*:_](?=(?:innen|in|n|r|e|en|er)\b)|/(?=innen\b|in\b))")


def _flat(text: str) -> str:
    """One space between words, a wrapped line joined to the next (a phrase broken by a line end
    still reads as one); blank lines stay. Gender marks inside words drop out."""
    return _GENDER_MARK.sub("", _WRAPPED.sub(" ", text))


# A subject prefix that forwards (Fwd, FW, WG, TR, RV, ENC, I, Doorst) after any reply prefixes.
_FORWARD_SUBJECT = lazy(
    r"^\s*(?:(?:re|aw|sv|antw|r|res|rif|ref)\s*:\s*)*(?:fwd?|wg|tr|rv|enc|i|doorst|wtr|inoltro)\s*:"
)
_REPLY_SUBJECT = lazy(r"^\s*(?:re|aw|sv|antw|r|res|rif|ref)\s*:")
# Where the sender's own words end: a forwarded or original message, or "On ... wrote:".
_SEPARATOR = lazy(
    r"^[ \t>]*(?:"
    r"-{2,}\s*(?:original message|forwarded message|ursprungliche nachricht|weitergeleitete "
    r"nachricht|message d'origine|message transfere|oorspronkelijk bericht|doorgestuurd bericht|"
    r"mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|messaggio "
    r"originale|messaggio inoltrato)\s*-{2,}"
    r"|begin forwarded message:"
    r"|(?:on|am|le|el|em|il|op) (?:[^\n]|\n(?!\s*\n)){4,200}?"
    r"(?:wrote|schrieb|a ecrit|escribio|escreveu|ha scritto|schreef)\s*:"
    r"|(?:from|von|de|van|da)\s*:[^\n]*\n[ \t>]*(?:sent|gesendet|envoye|enviado|verzonden|inviato|"
    r"date|datum|fecha|data|subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s*:)",
    re.M,
)
_FORWARD_MARK = lazy(
    r"forwarded message|weitergeleitete nachricht|message transfere|doorgestuurd bericht|mensaje "
    r"reenviado|mensagem encaminhada|messaggio inoltrato|begin forwarded message"
)
_QUOTED_LINE = lazy(r"^[ \t]*>.*$", re.M)
_AUTO_REPLIED = ("auto-replied", "auto_reply", "autoreply")
_GREETING = lazy(
    r"^\s*(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|liebe|lieber|guten tag|hoi|beste|"
    r"geachte|ola|oi|olá|ciao|buongiorno|gentile|caro|cara|estimad[oa]|querid[oa])\b"
    r"[\s,]+([^\s,!.:;\-]+)"
)
_NOBODY = frozenset(
    {
        "sender", "there", "all", "team", "sir", "madam", "candidate", "applicant", "colleague",
        "colleagues", "everyone", "friend", "customer", "user", "remitente", "expediteur",
        "absender", "afzender", "remetente", "mittente", "collega", "tous", "todos", "tutti",
        "allemaal", "zusammen", "damen", "mesdames", "monsieur", "madame", "senor", "senora",
        "herr", "frau", "mr", "ms", "mrs", "m",
    }
)  # fmt: skip


@dataclass(frozen=True)
class _Mail:
    """One message as the rules read it: folded texts and what its sender is."""

    subject: str  # folded
    own: str  # the sender's own words, folded, subject first
    news: str  # own words plus any forwarded message (what the sender passes on)
    forwarded: bool  # the message passes on another message
    passed_on: str  # that message, folded
    relation: str  # company, ats, platform or third_party
    machine: str | None  # why a machine wrote it, or None
    group_mailbox: bool
    signs_as_person: bool
    team_signs: bool  # the message closes with a team's name ("Your Careers Team")
    via_person: bool  # a person's message relayed by a service ("Dana Whitfield via Hirely")
    greets_by_name: bool


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value.lower()
    return ""


def _split_body(body: str, forward_subject: bool) -> tuple[str, str]:
    """The sender's own words, and the message they forward (empty when none).

    Quoted history under a reply ("On ... wrote:", "-----Original Message-----", "> ...") is
    what was said before and is dropped; under a forward it is the news passed on."""
    m = _SEPARATOR.search(body)
    if m is None:
        return _QUOTED_LINE.sub("", body), ""
    own, rest = body[: m.start()], body[m.start() :]
    forwards = forward_subject or bool(_FORWARD_MARK.search(m.group(0)))
    own = _QUOTED_LINE.sub("", own)
    return own, (re.sub(r"^[ \t]*>[ \t]?", "", rest, flags=re.M) if forwards else "")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold_mail(text))


def _company_label(company_domain: str | None) -> str:
    reg = domains.registrable_domain(company_domain) or ""
    return _squash(reg.split(".", 1)[0]) if reg else ""


def _names_company(text: str, label: str) -> bool:
    """Does ``text`` name the company whose domain label is ``label`` ("Northwind" for
    northwindtraders, "Wisłotech" for wislotech, "Lojas Maré Alta" for marealta)?"""
    if not label or not text:
        return False
    if label in _squash(text):
        return True
    words = [_squash(w) for w in re.findall(r"[A-ZÀ-Þ][\w'&\-]+", text)]
    if any(len(w) >= 4 and label.startswith(w) for w in words):
        return True
    # An acronym of the name the domain spells ("WWI" for wideworldimporters)
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z]{3,5}\b", text)}
    return bool(acronyms) and _initials(label) in acronyms


def _abbreviates(company_domain: str | None, name: str) -> bool:
    """The company's domain spells its name short: one part of the domain is a whole word of
    the name and the other parts the initials of its other words or of a compound's parts
    ("sw-hallenbach" for "Stadtwerke Hallenbach", "ksk-tellingen" for "Kreissparkasse
    Tellingen")."""
    reg = domains.registrable_domain(company_domain)
    if not reg:
        return False
    parts = [p for p in re.split(r"-+", fold_mail(reg.split(".", 1)[0])) if p]
    names = [_squash(w) for w in name.split() if _squash(w)]
    whole = [p for p in parts if len(p) >= 4 and p in names]
    if not whole or len(parts) < 2:
        return False
    rest = [w for w in names if w not in whole]
    short = [p for p in parts if p not in whole]
    return bool(rest) and all(len(p) <= 4 and any(_letters_of(p, w) for w in rest) for p in short)


def _letters_of(short: str, word: str) -> bool:
    """``short`` starts ``word`` and its other letters follow in order ("ksk" in
    "kreissparkasse")."""
    if not word.startswith(short[0]):
        return False
    at = 1
    for letter in short[1:]:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


@cache
def _initials(label: str) -> str:
    parts = domains.words_of_label(label)
    return "".join(p[0] for p in parts) if len(parts) >= 3 else ""


def _same_organisation(address: str, company_domain: str | None) -> bool:
    """The sender writes from the company's domain, or from another domain carrying its name
    (``acme.de`` or ``acme-careers.com`` for ``acme.com``)."""
    sender = domains.registrable_domain(address)
    company = domains.registrable_domain(company_domain)
    if not sender or not company:
        return False
    if sender == company:
        return True
    mine, theirs = _company_label(sender), _company_label(company)
    return len(theirs) >= 4 and len(mine) >= 4 and (theirs in mine or mine in theirs)


def _relation(address: str, company_domain: str | None, ats_domains: Sequence[str]) -> str:
    """Who sends: the company, an ATS (a job platform too, when it relays this process: the
    application it sent on), a platform, or a third party."""
    sender = domains.registrable_domain(address)
    known = {domains.registrable_domain(d) for d in ats_domains}
    relays = sender is not None and sender in known
    if domains.is_platform(address) and not relays:
        return "platform"
    if _same_organisation(address, company_domain):
        return "company"
    if domains.is_ats(address) or relays:
        return "ats"
    return "third_party"


def _first_name(to: str) -> str | None:
    for name, _ in getaddresses([to]):
        words = fold_mail(name).replace(",", " ").split()
        if words:
            return words[0]
    return None


def _greets_by_name(own_body: str, to: str) -> bool:
    """The message opens by greeting its reader by name, as a person writes; away messages and
    autoresponders greet nobody ("Dear Sender", "Hi!", "Thanks for your message")."""
    head = own_body.lstrip()[:80]
    opening = re.split(r"[.!?:;\n]", head, maxsplit=1)[0]
    first = _first_name(to)
    if first and len(first) > 1:
        return first in re.findall(r"[a-z]+", fold_mail(opening))
    m = _GREETING.match(fold_mail(opening))
    if not m or m.group(1) in _NOBODY:
        return False
    name = opening[m.start(1) : m.end(1)]  # the original case: a name is capitalised
    return name[:1].isupper()


def _signs_as_person(from_name: str, own_body: str) -> bool:
    """The body closes with the sender's own first or full name, as a person signs ("Mia",
    "Best, Mia", "- Mia Chen"); "Mia Chen via Greenhouse" or "Mia Chen | Acme" sign as Mia Chen."""
    person = re.split(r"\s+(?:via|from|at|@|\||-)\s+|[(|,]", fold_mail(from_name))[0]
    words = person.split()
    if not words or _SENDER_ROLE.search(person):
        return False  # "Othercorp Talent", "Acme Recruiting": a team signs with its own name
    names = {words[0], " ".join(words)}
    lines = [re.sub(r"[^\w' ]", " ", fold_mail(line)).split() for line in own_body.splitlines()]
    lines = [line for line in lines if line]
    if lines and (last := _LAST_SENTENCE.search(fold_mail(own_body.rstrip()))):
        lines.append(re.sub(r"[^\w' ]", " ", last.group(1)).split())  # "... tomorrow. Matt"
    for line in lines[-5:]:
        if any(w in _TEAM_WORDS for w in line):
            continue  # "The Acme Team", "L'équipe Acme": a team signs, not a person
        if len(line) <= 4 and any(" ".join(line[-n:]) in names for n in (1, len(words))):
            return True
    return False


#: The words after the last full stop of a body written on one line: "... by Friday. Mia".
_LAST_SENTENCE = lazy(r"(?:[.!?]|\s[-\u2013\u2014])\s+([^.!?\n]{1,40})$")


def _team_signs(own_body: str) -> bool:
    """The body closes with a team's name ("Northwind Careers Team", "L'équipe Recrutement",
    "Ihr Karriere-Team"), on its last line or after its last full stop: no person signs."""
    lines = [line for line in fold_mail(own_body).splitlines() if line.strip()]
    if not lines:
        return False
    last = _LAST_SENTENCE.search(lines[-1])
    tails = [lines[-1]] if last is None else [lines[-1], last.group(1)]
    return any(
        len(words_) <= 6 and any(w in _TEAM_WORDS for w in words_)
        for words_ in (re.sub(r"[^\w' ]", " ", tail).split() for tail in tails)
    )


_TEAM_WORDS = frozenset(
    {
        "team", "teams", "l'equipe", "equipe", "equipo", "squadra", "staff", "crew",
        "department", "abteilung", "ufficio", "departamento", "afdeling", "service",
    }
)  # fmt: skip


def _headers_say_machine(headers: Mapping[str, str]) -> bool:
    auto = _header(headers, "Auto-Submitted")
    return bool(
        (auto and auto != "no")
        or _header(headers, "Precedence") in {"bulk", "list", "junk", "auto_reply"}
        or _header(headers, "List-Unsubscribe")
        or _header(headers, "X-Autoreply")
    )


_NAME_WORD = lazy(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+")


def _name_part(from_name: str) -> str:
    """The display name before what it adds of the sender's organisation or relay ("Dana
    Whitfield" in "Dana Whitfield via Acme" or "Dana Whitfield | Acme")."""
    return re.split(r"\s+(?:via|from|at|@|\||-)\s+|[(|,]", from_name)[0]


def _persons_name(from_name: str) -> str | None:
    """The person's name a display name carries, folded ("dana whitfield" in "Dana Whitfield
    via Acme"): two to four capitalised words, none a team or vendor word."""
    parts = re.split(r"\s+(?:via|from|at|@)\s+|[(|,]", from_name)[0].split()
    if not 2 <= len(parts) <= 4 or not all(_NAME_WORD.fullmatch(p) for p in parts):
        return None
    folded = fold_mail(" ".join(parts))
    if _SENDER_ROLE.search(folded) or _VENDOR_NAMES.match(folded):
        return None
    return folded


def _a_persons_name(from_name: str, local: str) -> bool:
    """A display name that is a person's ("Dana Whitfield"), which an ATS uses when it relays
    that person's message, and the address carrying one of its words
    (``dana.whitfield@hire.lever.co``)."""
    folded = _persons_name(from_name)
    return bool(folded) and any(len(w) > 2 and w in local for w in (folded or "").split())


def _named_mailbox(from_name: str, local: str, label: str) -> bool:
    """A mailbox one person holds, whatever role word it adds: a part of its address opens with
    the first name the display name opens with ("Lerato M" at ``lerato.mokoena.recruits@``,
    "Dan P" at ``danpryce.recruits@``, "Tom Hale" at ``tom.hr@``), a name that is no team's or
    company's."""
    first = _name_part(from_name).split()[:1]
    if not first or not _NAME_WORD.fullmatch(first[0]) or len(first[0]) < 3:
        return False
    name = fold_mail(first[0])
    if _SENDER_ROLE.search(name) or _VENDOR_NAMES.match(name) or _names_company(first[0], label):
        return False
    return any(
        part.startswith(name) and (part == name or not words.GROUP_LOCAL.search(part))
        for part in re.split(r"[._+-]", local)
    )  # "dan.p.recruits@", "danpryce.recruits@"


def _relays_message(from_name: str, own_body: str) -> bool:
    """An ATS passing on the words of the person its sender line names: a line announcing a
    message from them ("Dana Whitfield sent you a message:", "Nachricht von Dana Whitfield")
    followed by the message itself, quoted or after the colon. A bare "you have a new
    message, log in to read it" passes on nothing."""
    name = _persons_name(from_name)
    if not name:
        return False
    for m in words.RELAYED_MESSAGE.finditer(own_body):
        line_start = own_body.rfind("\n", 0, m.start()) + 1
        line_end = own_body.find("\n", m.end())
        line_end = len(own_body) if line_end < 0 else line_end
        line = own_body[line_start:line_end]
        if name.split()[0] not in line:
            continue
        rest = own_body[line_end:].strip()
        quoted = '"' in line[m.end() - line_start :] or rest.startswith(('"', "\u00ab"))
        if (line.rstrip().endswith(":") or quoted) and len(rest.split()) >= 5:
            return True
    return False


_RECEIPT_REASONS = ("a mail system's read or delivery receipt",)


def _machine(
    address: str, headers: Mapping[str, str], relation: str, person: bool, text: str
) -> str | None:
    """Why the message looks machine-written, or None."""
    auto = _header(headers, "Auto-Submitted")
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    if "multipart/report" in _header(headers, "Content-Type"):
        return f"{_RECEIPT_REASONS[0]} (multipart/report)"
    if m := words.RECEIPT_SUBJECT.match(text):
        return f"{_RECEIPT_REASONS[0]} ({m.group(0).strip()!r})"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"):
        if _header(headers, name):
            return f"{name} header"
    if _header(headers, "Precedence") in {"bulk", "list", "junk", "auto_reply"}:
        return f"Precedence: {_header(headers, 'Precedence')}"
    if _header(headers, "List-Unsubscribe") or _header(headers, "List-Id"):
        return "mailing-list headers"
    if relation == "ats" and not person:
        return f"sent by {domains.registrable_domain(address)}"
    relayed = relation == "ats" and person  # an ATS passes people's replies on from no-reply@
    if not relayed and words.NO_REPLY_LOCAL.match(address.split("@", 1)[0].lower()):
        return f"no-reply sender {address}"
    if m := words.AUTO_TEXT.search(text):
        return f"says {m.group(0)!r}"
    ack = words.ACK_APPLICATION.search(text)
    if ack and words.REVIEWS_APPLICATION.search(text) and not words.STAGE.search(text):
        return f"acknowledges the application ({ack.group(0)!r})"
    return None


#: A display name that a relaying service writes: the person's name, then "via" and its own.
_VIA_PERSON = lazy(r"^[^<@]+?\s+via\s+\S")


def _read(
    from_addr: str, from_name: str, subject: str, headers: Mapping[str, str], body: str,
    company_domain: str | None, ats_domains: Sequence[str], to: str,
) -> _Mail:  # fmt: skip
    folded_subject = fold_mail(subject)
    own_body, forwarded = _split_body(fold_mail(body), bool(_FORWARD_SUBJECT.match(folded_subject)))
    raw_own = body[: len(own_body)] if not forwarded else body
    relation = _relation(from_addr, company_domain, ats_domains)
    # "Dana Whitfield via Hirely", signed Dana: a service followup does not know relays a person
    via_person = bool(
        relation == "third_party"
        and _VIA_PERSON.search(from_name)
        and _persons_name(from_name)
        and _signs_as_person(from_name, own_body)
    )
    local = from_addr.split("@", 1)[0].lower()
    label = _company_label(company_domain)
    person = (
        relation != "platform"
        and not _names_company(_name_part(from_name), label)
        and (
            _signs_as_person(from_name, own_body)
            or (
                relation == "ats"
                and not _headers_say_machine(headers)
                and (_a_persons_name(from_name, local) or _relays_message(from_name, own_body))
            )
        )
    )
    own = f"{folded_subject}\n{_flat(own_body)}"
    machine = _machine(from_addr, headers, "ats" if via_person else relation, person, own)
    if relation == "ats" and person and _REPLY_SUBJECT.match(folded_subject):
        machine = None  # a person's answer under the candidate's subject, relayed by an ATS
    group = (
        bool(words.GROUP_LOCAL.search(local))
        and not person
        and not _named_mailbox(from_name, local, label)
    )
    return _Mail(
        subject=folded_subject,
        own=own,
        news=f"{own}\n{_flat(forwarded)}" if forwarded else own,
        forwarded=bool(forwarded.strip()),
        passed_on=_flat(forwarded),
        relation=relation,
        machine=machine,
        group_mailbox=group,
        signs_as_person=person,
        team_signs=_team_signs(own_body),
        via_person=via_person,
        greets_by_name=_greets_by_name(raw_own if raw_own else body, to),
    )


def _stated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` stated as a fact: not inside a condition ("if you are not
    selected", "successful candidates will receive an offer") earlier in its sentence."""
    for m in pattern.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if not words.CONDITION.search(text, start, m.start()):
            return m
    return None


def _assigned_task(mail: _Mail, asked: str) -> re.Match[str] | None:
    """A system or shared mailbox setting the reader a task as their next step, after a round
    they had or as what comes next ("Thanks for speaking with Owen. The next stage is a
    take-home exercise", "The next step in your application is a one-way video interview"), in
    a sentence with no condition ("if shortlisted, ..."); a process described to all sets none."""
    task = _further_stage(words.TASK, asked)
    if task is None:
        return None
    start = max(asked.rfind(".", 0, task.start()), asked.rfind("\n", 0, task.start()), 0)
    ends = [i for i in (asked.find(".", task.end()), asked.find("\n", task.end())) if i >= 0]
    if words.CONDITION.search(asked, start, min(ends, default=len(asked))):
        return None
    after_round = words.AFTER_ROUND.search(mail.own)
    return task if after_round or words.NEXT_IS.search(mail.own) else None


def _invitation(text: str) -> re.Match[str] | None:
    """An invitation to a further step stated as a fact (``_stated``); availability asked for
    starting the job ("are you available to start in March?", "disponibilidade para início")
    invites to no meeting."""
    for m in words.INVITE.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if words.CONDITION.search(text, start, m.start()):
            continue
        after = re.split(r"[.!?\n]", text[m.end() : m.end() + 40], maxsplit=1)[0]
        if words.START_OF_WORK.search(after):
            continue
        if _THANKED_OR_RECEIVED_BEFORE.search(text, max(start, m.start() - 50), m.start()) or (
            _RECEIVED_AFTER.match(after)
        ):
            continue  # "thanks for sending your availability", "Ihre Verfügbarkeit ist eingegangen"
        return m
    return None


#: What the candidate sent, thanked for or received: "thanks for sharing your availability",
#: "vielen Dank für die Angabe Ihrer", "hemos recibido tu", "grazie per averci indicato la tua".
_THANKED_OR_RECEIVED_BEFORE = lazy(
    r"(?:\b(?:thanks?|thank you|danke|dank|merci|bedankt|gracias|obrigad[oa]|grazie)\b"
    r"|\b(?:received|erhalten|recu|bien recu|ontvangen|recibido|recibimos|recebemos|recebido|"
    r"ricevuto)\b)[^.,;!?\n]{0,40}$"
)
_RECEIVED_AFTER = lazy(
    r"\s*(?:\w+\s+){0,3}?(?:received|eingegangen|erhalten|bien recue?s?|recue?s?|ontvangen|"
    r"recibida|recebida|ricevuta)\b"
)


def _further_stage(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A further stage named as one to come (``_stated``), not one the candidate has been
    through: thanked for, with its results in, held yesterday ("thanks for the case study",
    "the presentation went well")."""
    for m in pattern.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if words.CONDITION.search(text, start, m.start()):
            continue
        if words.PAST_STAGE_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue
        if words.STAGE_UNDER_WAY.search(text, max(start, m.start() - 40), m.start()):
            continue  # "they're just finishing the last interview": where the process is
        if _past_after(text, m):
            continue
        return m
    return None


def _past_after(text: str, m: re.Match[str]) -> bool:
    """The words right after a named stage date it in the past ("... yesterday", "... went
    well")."""
    after = re.split(r"[.!?\n]", text[m.end() : m.end() + 30], maxsplit=1)[0]
    return bool(words.PAST_STAGE_AFTER.search(after))


def _rejection(text: str) -> re.Match[str] | None:
    """A rejection stated as a fact, not a closing of the process that is only planned or has a
    date ("we hope to close the process by Friday"): its sentence is a timetable."""
    for m in words.REJECTION.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        if words.CONDITION.search(text, start, m.start()):
            continue
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        if words.PLANNED_CLOSE.search(text, start, min(ends, default=len(text))):
            continue
        return m
    return None


# --------------------------------------------------------------------------- the rules, in order


def _unrelated(mail: _Mail, from_name: str, from_addr: str, subject: str, body: str,
               company_domain: str | None) -> str | None:  # fmt: skip
    """Why the message is not about this company's process (CONVENTIONS.md B rule 2), or None."""
    label = _company_label(company_domain)
    sender = domains.registrable_domain(from_addr)
    if mail.relation == "platform":
        return f"platform notification from {sender}"
    about_me = bool(
        words.YOUR_PROCESS.search(mail.news)
        or _rejection(mail.news)
        or _stated(words.OFFER, mail.news)
        or _stated(words.INVITE, mail.news)
    )
    if (m := words.JOB_ALERT.search(mail.own)) and not about_me:
        return f"a job alert ({m.group(0)!r})"
    if mail.relation == "company":
        if advert := _company_advert(mail, from_addr):
            return f"{sender} {advert}"
        selling = words.TRANSACTIONAL.search(mail.own) or _bulk(mail)
        if selling and not words.HIRING.search(mail.own):
            return f"{sender} mail that is not about hiring"
        prospect = words.PROSPECT.search(mail.own)
        if prospect and not words.HIRING.search(mail.news) and not about_me:
            return f"{sender} writing to a customer ({prospect.group(0)!r})"
        if _mailing_list(mail) and not about_me:
            return f"a mailing from {sender}, not about the application"
        about_work = (
            words.HIRING.search(mail.news)
            or words.STATUS_SUBJECT.match(mail.subject)
            or words.AWAY.search(mail.own)
            or words.AWAY_SUBJECT.match(mail.subject)
        )
        if not (about_work or about_me or _personal(mail)):
            return f"{sender} mail to many, not about hiring"
        pitch = _pitch_aside(mail)
        if pitch and not _passes_on(_aside_cut(mail), company_domain)[0]:
            return f"a recruiter pitching another job beside the process ({pitch!r})"
        return None
    names_it = any(_names_company(text, label) for text in (from_name, from_addr, subject, body))
    other = None if names_it else _other_organisation(f"{subject}\n{body}", label)
    if mail.relation == "ats":
        brand = _SENDER_ROLE.sub(" ", fold_mail(from_name)).strip()
        if not names_it and (elsewhere := _other_organisation(subject, label)):
            return f"ATS mail about {elsewhere} (its subject), not {company_domain}"
        if names_it or mail.signs_as_person:
            return None
        if other:
            return f"ATS mail about {other}, not {company_domain}"
        if (
            brand
            and not _VENDOR_NAMES.match(brand)
            and brand in fold_mail(f"{subject}\n{body}")
            and not _abbreviates(company_domain, brand)
        ):
            return f"ATS mail on behalf of {from_name}, not {company_domain}"
        return None
    # A third party: an agency, a friend, another company, a mailing list, a networking site,
    # or a vendor sending for the company that followup does not know.
    if m := words.PLATFORM_TEXT.search(mail.own):
        return f"a networking site's notification ({m.group(0)!r})"
    if _bulk(mail) and not (names_it and about_me):
        return f"bulk mail from {sender}"
    if rumour := _hearsay(mail):
        return f"hearsay from outside the company ({rumour})"
    company_mail = _from_company(mail.passed_on, company_domain)
    passes_on, forwarded_news = _passes_on(mail, company_domain)
    if (m := words.OUTSIDER.search(mail.own)) and not _company_word(mail, forwarded_news):
        return f"written from outside the company ({m.group(0)!r})"
    if own := _senders_own_process(mail, from_addr, subject, body):
        return f"{sender} writing about its own process at {own}"
    # A mailing to many: an event or a newsletter "invites" only to itself; an unsubscribe line
    # may close a vendor's mail that passes the company's word on.
    mailing = words.HIRING_AD.search(mail.own) or words.NEWSLETTER.search(mail.own)
    outcome = forwarded_news or _rejection(mail.own) or _stated(words.OFFER, mail.own)
    if mailing and not _personal(mail) and not outcome:
        return f"a mailing from {sender} ({mailing.group(0)!r})"
    if (m := words.MASS_MAIL.search(mail.own)) and not _personal(mail) and not passes_on:
        return f"a mailing from {sender} ({m.group(0)!r})"
    # ... asking about a round by name passes nothing on ("did they get back to you about the
    # final interview?"): only what the company said or decided does
    if (m := words.ASKS_NEWS.search(mail.own)) and not _company_word(mail, forwarded_news):
        return f"someone outside the company asking for news ({m.group(0)!r})"
    found = words.PITCH.search(mail.own) or words.SEARCH_PITCH.search(mail.own)
    if found and not passes_on:
        return f"a recruiter pitching another job ({found.group(0)!r})"
    # the clause that waits on the client ("while we wait for the client's feedback") passes
    # nothing on
    if (pitch := _pitch_aside(mail)) and not _passes_on(_aside_cut(mail), company_domain)[0]:
        return f"a recruiter pitching another job ({pitch!r})"
    if not company_domain or names_it or company_mail or _owner_answers(mail, from_addr, label):
        return None
    if other:
        return f"third party {sender} writes about {other}"
    if forwarded_news or words.RELAY.search(mail.own):
        return None
    if _from_private_address(mail) or mail.via_person:
        return None
    if _away(mail, {}):
        return None  # an agency consultant's away message: it names no client, but is one
    if _meeting_service_notice(mail):
        return None
    # Unsure who this is (another company, a friend): a message that ends no wait.
    return f"third party {sender} does not mention {company_domain}"


def _meeting_service_notice(mail: _Mail) -> bool:
    """A video-meeting or calendar service's status notice about a job interview ("Rescheduled:
    Audit Senior interview", "Verschoben: Vorstellungsgespräch"): such services never name the
    host's company, so an interview with nobody else named is the process's own."""
    if not words.STATUS_SUBJECT.match(mail.subject):
        return False
    m = words.JOB_INTERVIEW.search(mail.subject)
    return bool(
        m
        and not QUALIFIED.search(mail.subject)
        and not words.NAMED_WITH.match(mail.subject, m.end())
    )


def _from_private_address(mail: _Mail) -> bool:
    """Someone at the company writing from their personal mailbox, who says so and writes about
    the hiring ("writing from my personal email as I can't get into my work account: one more
    interview on Friday"), greeting the reader or signing by name."""
    return bool(
        _personal(mail)
        and words.PRIVATE_ADDRESS.search(mail.own)
        and (words.HIRING.search(mail.own) or words.STAGE.search(mail.own))
    )


def _passes_on(mail: _Mail, company_domain: str | None) -> tuple[bool, bool]:
    """Does the message pass on the company's word (a relay of the client, a stated outcome, an
    invitation, a further stage), and is that a forwarded message of the company's?"""
    company_mail = _from_company(mail.passed_on, company_domain)
    # A forwarded message from someone else's address is another organisation's news.
    elsewhere = not company_mail and "@" in mail.passed_on
    forwarded_news = (
        mail.forwarded
        and not elsewhere
        and bool(
            company_mail
            or _rejection(mail.passed_on)
            or _stated(words.OFFER, mail.passed_on)
            or words.INVITE.search(mail.passed_on)
        )
    )
    passes_on = forwarded_news or bool(
        words.RELAY_CLIENT.search(mail.own)
        or _rejection(mail.own)
        or _stated(words.OFFER, mail.own)
        or words.INVITE.search(mail.own)
        or words.STAGE.search(mail.own)
    )
    return passes_on, forwarded_news


def _senders_own_process(mail: _Mail, from_addr: str, subject: str, body: str) -> str | None:
    """Another employer writing about its own process: the sender's organisation (its mail
    domain, not a free-mail one) named as the one interviewed with or applied to ("thanks for
    interviewing with us at Othercorp", "here at Othercorp"), while the writer speaks for
    nobody else (no client, no "their hiring manager")."""
    sender = domains.registrable_domain(from_addr)
    if not sender or domains.is_free_mail(sender):
        return None
    own_label = _company_label(sender)
    speaks_for_another = words.RELAY.search(mail.own) or words.PITCH.search(mail.own)
    if len(own_label) < 4 or speaks_for_another:
        return None
    cut = _SEPARATOR.search(fold_mail(body))
    own_text = f"{subject}\n{body[: cut.start()] if cut else body}"
    for m in _OTHER_ORGANISATION.finditer(_flat(own_text)):
        name = re.split(r"\.\s", m.group(1))[0].rstrip(".")
        if _names_company(name, own_label):
            return name
    return None


def _company_word(mail: _Mail, forwarded_news: bool) -> bool:
    """The message passes on what the company said or decided: a forwarded message of theirs,
    a relay of the client, a stated outcome or an invitation (a stage merely named is not)."""
    return forwarded_news or bool(
        words.RELAY_CLIENT.search(mail.own)
        or _rejection(mail.own)
        or _stated(words.OFFER, mail.own)
        or words.INVITE.search(mail.own)
    )


def _pitch_aside(mail: _Mail) -> str | None:
    """A recruiter setting the pending process aside ("separate from", "unabhängig von", "sans
    lien avec", "in parallel to") or waiting on it ("while we wait for their feedback", "I know
    you're waiting on them") to pitch a search, a mandate or another role of their own: the
    pitch, else None. Without the aside, a recruiter's "would you be open to a call?" may be
    about the process."""
    found = _aside_and_pitch(mail)
    return f"{found[0].group(0)} ... {found[1].group(0)}" if found else None


def _aside_and_pitch(mail: _Mail) -> tuple[re.Match[str], re.Match[str]] | None:
    aside = words.ASIDE.search(mail.own) or words.WAITING.search(mail.own)
    if not aside:
        return None
    pitch = (
        words.SEARCH_PITCH.search(mail.own)
        or words.OTHER_ROLE.search(mail.own)
        or words.HAVE_ROLE.search(mail.own)
        or words.OTHER_CLIENT.search(mail.own)
        or (words.PITCH.search(mail.own) if words.ASIDE.search(mail.own) else None)
    )
    return (aside, pitch) if pitch else None


def _aside_cut(mail: _Mail) -> _Mail:
    """The message without the clause that sets the process aside ("while we wait for the
    client's feedback, ...") and without the pitch: the client named in the aside passes
    nothing on, and an invitation in or after the pitch's sentence ("a client of mine would
    love to interview you; are you free Tuesday?") is the pitch's own."""
    found = _aside_and_pitch(mail)
    if not found:
        return mail
    aside, pitch = found
    own = mail.own
    end = re.search(r"[,.;:!?\n]", own[aside.end() :])
    stop = aside.end() + end.start() if end else len(own)
    sentence = max(own.rfind(mark, 0, pitch.start()) for mark in ".!?\n") + 1
    if sentence > stop:
        kept = own[: aside.start()] + own[stop:sentence]
    else:
        kept = own[: min(aside.start(), sentence)]
    return replace(mail, own=kept)


def _company_advert(mail: _Mail, from_addr: str) -> str | None:
    """The company's own mass mailing (an unsubscribe line, list headers, a news@ or events@
    mailbox) that sells something or advertises jobs and events to many, rather than writing
    about the reader's application: shop mail, newsletters, open days."""
    local = from_addr.split("@", 1)[0].lower()
    mass = _bulk(mail) or words.MASS_MAIL.search(mail.own) or words.MARKETING_LOCAL.search(local)
    if not mass:
        return None
    if m := words.SELLING.search(mail.own):
        return f"shop mail ({m.group(0)!r})"
    if (m := words.NEWSLETTER.search(mail.own)) and not words.YOUR_PROCESS.search(mail.own):
        return f"a newsletter ({m.group(0)!r})"
    if (m := words.HIRING_AD.search(mail.own)) and not words.YOUR_PROCESS.search(mail.own):
        return f"advertising to many ({m.group(0)!r})"
    # a list mailing from a newsletter or events mailbox speaks to every subscriber, whatever
    # it features (its job ads, an interview with its CTO), unless it names the reader's own
    # application or states an outcome or invitation
    if (
        _bulk(mail)
        and words.MARKETING_LOCAL.search(local)
        and not words.YOUR_PROCESS.search(mail.news)
        and not (_rejection(mail.news) or _stated(words.OFFER, mail.news))
        and not _invitation(mail.news)
    ):
        return f"a list mailing from its {local}@ mailbox"
    return None


def _hearsay(mail: _Mail) -> str | None:
    """Someone outside the company passing on a rumour, not the company's word: they say it is
    hearsay ("my cousin says", "apparently"), name as their source a person who works there
    ("ran into Sam, who works at ..."), or report what another person thinks while doubting it
    themselves ("he reckons ..., dunno if that's true"). An agency speaking of its client
    relays the company and is no rumour."""
    if m := words.HEARSAY.search(mail.own):
        return repr(m.group(0))
    if words.AGENCY_VOICE.search(mail.own):
        return None
    if m := words.SECONDHAND.search(mail.own):
        return f"heard from someone there: {m.group(0)!r}"
    belief, doubt = words.OTHERS_BELIEF.search(mail.own), words.UNSURE.search(mail.own)
    if belief and doubt:
        return f"{belief.group(0)!r}, {doubt.group(0)!r}"
    return None


def _owner_answers(mail: _Mail, from_addr: str, label: str) -> bool:
    """A small business's owner answering the candidate's thread from a personal mailbox whose
    address carries a word of the business's name (``ana.heron@mail.example`` for
    ``blueheron.example``), signed or greeting the reader by name, about the hiring."""
    if not label or not _REPLY_SUBJECT.match(mail.subject):
        return False
    if not (mail.signs_as_person or mail.greets_by_name):
        return False
    about_hiring = (
        words.HIRING.search(mail.news)
        or words.STAGE.search(mail.news)
        or words.INVITE.search(mail.news)
        or _rejection(mail.news)
        or words.OFFER.search(mail.news)
    )
    if not about_hiring:
        return False
    local = set(re.split(r"[^a-z]+", fold_mail(from_addr.split("@", 1)[0])))
    return any(len(w) >= 4 and w in local for w in domains.words_of_label(label))


def _from_company(text: str, company_domain: str | None) -> bool:
    """A forwarded message carries an address at the company's domain (its From line)."""
    reg = domains.registrable_domain(company_domain)
    return bool(reg and re.search(r"@(?:[\w-]+\.)*" + re.escape(reg) + r"\b", text))


def _personal(mail: _Mail) -> bool:
    """Written to the candidate by someone: an answer in their thread, a greeting by name or a
    signature."""
    return bool(_REPLY_SUBJECT.match(mail.subject)) or mail.greets_by_name or mail.signs_as_person


def _mailing_list(mail: _Mail) -> bool:
    return mail.machine == "mailing-list headers"


# "applying to Othercorp", "Bewerbung bei Othercorp", "candidature chez Othercorp", ...
_OTHER_ORGANISATION = lazy(
    r"\b(?:applying to|applied to|application (?:to|at|with)|interest in|interviewing with|"
    r"interviewed with|(?:position|role|job|opportunity) at|Bewerbung (?:bei|für)|Interesse an|"
    r"candidature (?:chez|à|au sein de)|intérêt pour|sollicitatie bij|interesse in|interés en|"
    r"postula(?:ción|rte|do|ste) (?:a|en)|candidatura (?:a|en|na|para|presso|per)|"
    r"interesse (?:na|pela|pelo|em|per)|"
    # the organisation that acts or speaks: "your interview with Othercorp", "on behalf of"
    r"interview at|on behalf of|team (?:at|of)|(?:with|join) us at|im Namen von|Gespräch bei|"
    r"au nom de|l'équipe|"
    r"entretien chez|namens|gesprek bij|en nombre de|equipo de|entrevista (?:en|na|no|em)|"
    r"em nome d[ao]|equipe d[ao]|equipa d[ao]|per conto di|team di|colloquio presso)"
    r"\s+(?:the\s+|die\s+|la\s+|le\s+|a\s+)?"
    r"([A-ZÀ-Þ][\w&'.\-]*(?:\s+(?:&|and|[A-ZÀ-Þ][\w&'.\-]*)){0,3})"
)
# ... named before its team: "The Othercorp team would like" (a person has no team; a
# department is no organisation).
_ORGANISATION_ACTS = lazy(
    r"([A-ZÀ-Þ][\w&'.\-]*(?:\s+(?:&|and|[A-ZÀ-Þ][\w&'.\-]*)){0,3})\s+(?:(?:recruiting |"
    r"hiring |talent |people |careers )?team\b|-Team\b)"
)
_DEPARTMENT = frozenset(
    {
        "finance", "engineering", "product", "sales", "marketing", "data", "design", "operations",
        "ops", "hr", "it", "tech", "technology", "legal", "leadership", "management", "executive",
        "support", "customer", "success", "research", "analytics", "platform", "infrastructure",
        "security", "nursing", "clinical", "admissions", "recruitment", "selection", "panel",
        "interview", "hiring", "talent", "people", "accounts", "admin", "front", "kitchen",
        "store", "ward", "team", "board", "senior", "project", "growth", "brand", "communications",
        "personal", "vertrieb", "einkauf", "technik", "rh", "direction", "ventas", "compras",
        "vendas", "risorse", "umane", "acquisti", "inkoop", "verkoop",
    }
)  # fmt: skip
_NOT_A_NAME = frozenset(
    {
        "the", "our", "we", "your", "this", "that", "these", "hi", "hello", "dear", "thanks",
        "thank", "unfortunately", "congratulations", "great", "good", "please", "everyone", "all",
        "hiring", "recruiting", "talent", "people", "careers", "i", "they", "he", "she", "it",
        "das", "unser", "unsere", "ihr", "le", "la", "notre", "het", "ons", "el", "nuestro", "o",
        "a", "nosso", "nossa", "il", "nostro", "nostra",
    }
)  # fmt: skip
_ROLE_AFTER = lazy(
    r"\s+(?:role|position|job|opening|vacancy|post|program|programme|team|stelle|poste|vacature|"
    r"puesto|vaga|posizione)\b",
    re.I,
)


def _other_organisation(text: str, label: str) -> str | None:
    """The organisation a message names as the one applied to or interviewed with, when it is
    not the process's company ("Thank you for applying to Othercorp")."""
    if not label:
        return None
    for m in _OTHER_ORGANISATION.finditer(text):
        name = re.split(r"\.\s", m.group(1))[0].rstrip(".")
        if _ROLE_AFTER.match(text, m.end()):
            continue
        if _another(name, label):
            return name
    for m in _ORGANISATION_ACTS.finditer(text):
        parts = re.split(r"\.\s", m.group(1))[-1].rstrip(".").split()
        while parts and parts[0].lower() in _NOT_A_NAME:
            parts.pop(0)
        name = " ".join(parts)
        if name and _another(name, label):
            return name
    return None


def _another(name: str, label: str) -> bool:
    """``name`` is an organisation other than the company: not the company, a vendor or a
    department ("the Finance team")."""
    if any(w in _DEPARTMENT for w in re.findall(r"\w+", name.lower())):
        return False
    return (
        not _names_company(name, label)
        and not _VENDOR_NAMES.match(name.lower())
        and not _group_acronym(label, name)
    )


_GROUP_WORD = lazy(r"(?:group|groep|gruppe|groupe|grupo|gruppo|holding|gmbh|bv|nv|sa)$")


def _group_acronym(label: str, name: str) -> bool:
    """A group's domain spells its name as a short acronym with a group word ("vkl-groep" for
    "Veldkamp Logistiek", "hbt-gruppe" for "Hafenbau Trentmann"): the acronym opens with the
    name's initial, its letters follow through the name in order and it holds the last word's
    initial."""
    short = _GROUP_WORD.sub("", label)
    words = [_squash(w) for w in name.split() if _squash(w)]
    if short == label or not 2 <= len(short) <= 5 or len(words) < 2:
        return False
    return _letters_of(short, "".join(words)) and words[-1][0] in short[1:]


def _bulk(mail: _Mail) -> bool:
    return mail.machine is not None and mail.machine.startswith(("Precedence", "mailing-list"))


_VENDOR_NAMES = lazy(
    r"^(?:calendly|greenhouse|lever|ashby|workday|goodtime|smartrecruiters|personio|linkedin|"
    r"indeed|xing|cal\.com|icims|taleo|successfactors|recruitee|workable|teamtailor|gupy|"
    r"no-?reply|notifications?)\b"
)
_SENDER_ROLE = lazy(
    r"\b(?:recruiting|recruitment|talent(?: acquisition| team)?|interviews?|scheduling|"
    r"coordination|careers?|hiring|hr|team|people|jobs|resourcing|human resources|karriere|"
    r"recrutement|seleccion|selecao|selezione|rrhh|rh|personal|werving)\b"
)


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

    ``to`` (the To header) serves to recognise the user forwarding mail to themself and a
    greeting by the reader's name. ``ats_domains`` are the vendors seen in the process's invites.
    """
    name = from_name or ""
    if "text/calendar" in _header(headers, "Content-Type"):
        return _verdict("calendar_invite", "a calendar object (text/calendar)")
    if words.CALENDAR_SUBJECT.match(fold_mail(subject)) and words.CALENDAR_TEXT.search(
        fold_mail(body)
    ):
        return _verdict("calendar_invite", "a calendar invitation's subject and reply buttons")
    if words.CALENDAR_RESPONSE_SUBJECT.match(fold_mail(subject)) and not body.strip():
        return _verdict("calendar_invite", "a calendar's answer to an invitation, with no text")
    mail = _read(from_addr, name, subject, headers, body, company_domain, ats_domains, to)
    if mail.machine and mail.machine.startswith(_RECEIPT_REASONS):
        return _verdict("ats_automated", mail.machine)  # a receipt reports on the user's mail
    if _is_self_forward(from_addr, name, to) and mail.machine is None:
        return _verdict("ats_automated", "the user forwarding a message to themself")
    if reason := _unrelated(mail, name, from_addr, subject, body, company_domain):
        return _verdict("unrelated", reason)
    if away := _away(mail, headers):
        return _verdict("auto_reply_ooo", away)
    if m := _rejection(mail.news):
        return _verdict("rejection", f"says {m.group(0)!r}", body)
    if m := _stated(words.OFFER, mail.news):
        return _verdict("offer", f"says {m.group(0)!r}", body)
    # A reply's subject repeats the candidate's own ("Re: thanks for the trial shift"): the
    # round it names took place; only the answer itself can invite to another.
    asked = mail.news[len(mail.subject) :] if _REPLY_SUBJECT.match(mail.subject) else mail.news
    invite = _invitation(asked)
    stage = _further_stage(words.STAGE, asked)
    scheduled = bool(
        words.STATUS_SUBJECT.match(mail.subject)
        or words.LOGISTICS.search(mail.own)
        or _timed_lines(body)
    )
    logistics = scheduled and bool(words.INTERVIEWISH.search(mail.own))
    not_a_person = mail.machine
    if not not_a_person and mail.group_mailbox:
        reply = _REPLY_SUBJECT.match(mail.subject)
        not_a_person = _acknowledges(mail) if reply else "a shared mailbox's own message"
    if not_a_person:
        if not invite and (ack := _acknowledges(mail)):
            return _verdict("ats_automated", f"{ack}, naming no news")
        # a system's notice of a group exercise or a trial shift is logistics, as of an
        # interview; a person who names one with a time may be inviting to it
        held = scheduled and words.HELD_ASSESSMENT.search(mail.own)
        if (logistics or held) and not invite:
            return _verdict("scheduling_notice", f"interview logistics ({not_a_person})")
        if invite and words.REMINDER.search(mail.own):
            return _verdict("ats_automated", "a reminder of a step already assigned")
        if invite and not stage and (m := words.SURVEY.search(mail.own)):
            return _verdict("ats_automated", f"a survey ({m.group(0)!r})")
        if _arranged(mail):
            return _verdict("scheduling_notice", f"a round already arranged ({not_a_person})")
        if invite:
            return _verdict("next_round", f"invites to a further stage: {invite.group(0)!r}", body)
        if stage and words.GOOD_NEWS.search(mail.own):
            return _verdict("next_round", f"announces a further stage: {stage.group(0)!r}", body)
        if task := _assigned_task(mail, asked):
            return _verdict("next_round", f"sets a task as the next step: {task.group(0)!r}", body)
        return _verdict("ats_automated", f"automated: {not_a_person}")
    if not invite and _status_subject(mail):
        return _verdict("scheduling_notice", "a scheduling status in the subject")
    # A scheduler's notice; a person it relays who signs is a person answering, unless they
    # state a round already arranged
    typed = mail.signs_as_person and not _arranged(mail)
    if mail.relation == "ats" and logistics and not invite and not typed:
        return _verdict("scheduling_notice", "interview logistics sent through a scheduler")
    if invite or (stage and not logistics):
        found = invite or stage
        assert found is not None
        return _verdict("next_round", f"invites to a further stage: {found.group(0)!r}", body)
    if (link := _booking_link(body)) and not logistics:
        return _verdict("next_round", f"a person sends a booking link ({link})", body)
    if (m := words.SURVEY.search(mail.own)) and _URL_HOST.search(body):
        return _verdict("ats_automated", f"a survey to fill in ({m.group(0)!r}), whoever signs")
    return _verdict("human_reply", f"written by {name or from_addr}", body)


def _acknowledges(mail: _Mail) -> str | None:
    """A shared mailbox answering the candidate's thread by itself: it thanks for or confirms the
    message and promises an answer in the usual time, greeting nobody by name."""
    if not words.ACK_MESSAGE.search(mail.own):
        return None
    if mail.greets_by_name and not mail.team_signs:
        return None  # a person greeting the reader; a template greets by name and a team signs
    return (
        "a shared mailbox acknowledging the message"
        if words.ANSWER_IN_TIME.search(mail.own)
        else None
    )


def _status_subject(mail: _Mail) -> bool:
    """A subject a scheduling system writes ("Confirmed: ...", "Interview rescheduled - Acme"),
    not a reply in the candidate's thread."""
    if words.STATUS_SUBJECT.match(mail.subject):
        return True
    if _REPLY_SUBJECT.match(mail.subject) or _FORWARD_SUBJECT.match(mail.subject):
        return False
    return bool(
        words.INTERVIEWISH.search(mail.subject)
        and (words.ARRANGED.search(mail.subject) or words.CONFIRMATION_SUBJECT.search(mail.subject))
    )


#: A line that opens with a time slot: "13:30 – 14:00  Gesprek met ...", "9h00-9h45 Entretien".
_TIME_SLOT_LINE = lazy(
    r"^[ \t>*-]*\d{1,2}[:.h]\d\d\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014]\s*\d{1,2}[:.h]\d\d",
    re.M | re.I,
)


def _timed_lines(body: str) -> bool:
    """An itinerary: two or more lines that open with a time slot, in any language."""
    found = _TIME_SLOT_LINE.finditer(body)
    return next(found, None) is not None and next(found, None) is not None


def _arranged(mail: _Mail) -> bool:
    """The message states that an interview is already arranged (confirmed, booked, moved,
    cancelled, reminded): what it names of the round is logistics, not an invitation."""
    if not words.INTERVIEWISH.search(mail.own):
        return False
    return bool(
        words.STATUS_SUBJECT.match(mail.subject)
        or words.CONFIRMATION_SUBJECT.search(mail.subject)
        or _stated(words.ARRANGED, mail.own)
    )


_URL_HOST = lazy(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})/(\S*)", re.I)


def _booking_link(body: str) -> str | None:
    """A link to a booking page (Calendly, cal.com, Microsoft Bookings...) that a person sends
    for the candidate to pick a time; not one that cancels or moves a booking."""
    for m in _URL_HOST.finditer(body):
        host, path = m.group(1).lower(), m.group(2).lower()
        booking = domains.registrable_domain(host) in domains.SCHEDULER_DOMAINS or (
            host.startswith("outlook.") and path.startswith(("book/", "owa/calendar/"))
        )
        if booking and not re.match(r"(?:cancel|reschedul)", path):
            return host
    return None


def _is_self_forward(from_addr: str, from_name: str | None, to: str) -> bool:
    """The candidate forwarding mail to themself from another of their addresses: the same
    person's name on both sides, in the display name or the address ("Alex Candidate
    <alex@work.example>" to ``alex.candidate@mail.example``)."""
    mine = [w for w in re.findall(r"[a-z]+", fold_mail(from_name or "")) if len(w) > 1]
    local = from_addr.split("@", 1)[0].lower()
    for to_name, to_addr in getaddresses([to]):
        to_local = to_addr.split("@", 1)[0].lower()
        theirs = set(re.findall(r"[a-z]+", f"{fold_mail(to_name)} {to_local}"))
        if len(mine) >= 2 and set(mine) <= theirs:
            return True
        # "Alex <acandidate@work.example>": the first name shown, the surname in the address
        names = [w for w in re.findall(r"[a-z]+", fold_mail(to_name)) if len(w) > 1]
        first_shown = len(mine) == 1 and len(names) >= 2 and mine[0] == names[0]
        surname = names[-1] if first_shown and len(names[-1]) >= 4 else ""
        if surname and surname in local and to_addr.lower() != from_addr.lower():
            return True
        if len(local) >= 5 and local == to_local and to_addr.lower() != from_addr.lower():
            return True
    return False


def _away(mail: _Mail, headers: Mapping[str, str]) -> str | None:
    """Why the message is an automatic away message, or None. One that greets its reader by
    name was typed by a person who mentions being away."""
    m = words.AWAY.search(mail.own, len(mail.subject))
    if words.AWAY_SUBJECT.match(mail.subject):
        if mail.group_mailbox and m is None:
            return None  # a team's mailbox acknowledging mail: nobody is away
        return "away message (subject)"
    if m is None:
        return None
    auto = _header(headers, "Auto-Submitted")
    if (
        auto.startswith(_AUTO_REPLIED)
        or _header(headers, "X-Autoreply")
        or _header(headers, "X-Autorespond")
    ):
        return f"away message ({m.group(0)!r}, auto-reply headers)"
    if words.AWAY_BUT.search(mail.own, m.end()):
        return None  # away, but typing the news themselves
    if not mail.greets_by_name and m.start() < len(mail.subject) + 150:
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
    """The new timetable a reply states, counted from the local date it was received; "after
    the holidays" is the first working day of January (``workdays.after_holidays``)."""
    return parse_timeline(body, received_at, tz) or _after_holidays(body, received_at, tz)


_WEEKDAYS = frozenset(range(5))


def _after_holidays(text: str, at: datetime, tz: str) -> Timeline | None:
    if not says_after_holidays(text):
        return None
    day = after_holidays(local_date(at, tz), _WEEKDAYS, NO_HOLIDAYS)
    return Timeline(day, "after the holidays") if day else None


# --------------------------------------------------------------------------- what a reply does


def reply_fact(record: ReplyRecord) -> ReplyFact:
    """A recorded reply as the planner sees it: does it end the wait, does it start a new one."""
    return ReplyFact(
        at=record.at,
        ends_wait=record.cls in ENDS_WAIT,
        from_addr=record.from_addr,
        answer_date=record.answer_date,
        timeline_text=record.timeline_text,
        human=_human(record.from_addr),
    )


_AUTOMATED = lazy(r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon)")


def _human(address: str | None) -> bool:
    """Written by someone who can be written back to: not a no-reply or ATS address."""
    local, _, domain = (address or "").lower().partition("@")
    return bool(local) and not _AUTOMATED.match(local) and not domains.is_ats(domain)


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
        parsed = parse_timeline(timeline, at, tz) or _after_holidays(timeline, at, tz)
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

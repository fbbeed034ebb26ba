"""Composing follow-up drafts: a view model built from the interview, rendered by Jinja2 templates.

The wording lives in the templates (``templates/<kind>.subject.j2``, ``.txt.j2``, ``.html.j2``);
this module decides *what* they may say: whose session to recall, the timetable in the
company's own words, which sentence variant a panelist gets, the thread to reply in. Calendar
text is untrusted: it enters the templates only as values of the view model, never as template
source, and every header value is sanitised. The template variables are a public contract,
listed in ``templates/README.md``. Jinja2 is imported on first use, so commands that never
compose (``followup status``) do not pay for it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.addresses import ascii_domain, canonical
from agent.articles import score, shared_terms
from agent.errors import TemplateError
from agent.facts import interview_kind, position_text, subject, topic_phrase
from agent.legal_forms import as_said
from agent.mail import sanitize_header
from agent.model import PROCESS_KINDS, Article, Attendee, Kind, Me, Person
from agent.names import display_name, greeting_name, name_key, same_person
from agent.people import is_system, itinerary_line
from agent.ports import Draft, SentMessage
from agent.textscan import fold, lazy

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

    from agent.digest import Digest, TodayInterview

# --------------------------------------------------------------------------- input


@dataclass(frozen=True)
class ComposeInput:
    """Everything a draft may draw on. Text fields from the calendar are untrusted data."""

    kind: Kind
    marker: str  # X-Followup-Key value (FollowUpKey.marker)
    message_id: str  # "<...@domain-of-me.email>": make_message_id(marker, me.email)
    me: Me
    company: str | None
    position: str | None
    interview_title: str
    interview_start_at: datetime
    interview_end_at: datetime
    interview_tz: str
    recipient: Person | None  # thank-you: that interviewer; status check / check-in: the contact
    interviewers: tuple[Person, ...]  # everyone who interviewed in this round
    timeline_text: str | None  # what they said ("within two weeks"); None when nothing stated
    answer_date: date
    notes: str  # the user's own notes (topics; "Dana: rate limiter exercise" lines)
    article: Article | None  # check-ins only
    reply_to: SentMessage | None  # the sent message to reply to, in its thread
    references: tuple[str, ...] = ()  # earlier References of that thread, if known
    ordinal: int = 0  # check-in number
    round_number: int = 1
    created_at: datetime | None = None  # the Date header
    html: bool = False  # drafts.html
    interview_id: str | None = None  # short id ("i7") for the reminder's `followup` commands
    team: str = ""  # the team the invitation names ("Fleet Platform"), "" when none
    timetable_by: Person | None = None  # who stated the timetable, when known
    after_holidays: bool = False  # they said they would be in touch after the holidays
    update: str = ""  # an update of the user's to share in a check-in (a sentence), or ""
    focus: str = ""  # what a one-to-one invitation says the interview covers, or ""
    thanked_before: int = 0  # interviewers of the process's earlier rounds (wording differs)


@dataclass(frozen=True)
class DigestInput:
    """Everything the morning digest is written from."""

    marker: str
    message_id: str
    me: Me
    digest: Digest
    tz: str  # the user's zone: the digest's times are in it
    created_at: datetime | None = None
    html: bool = False


def make_message_id(marker: str, me_email: str) -> str:
    """The draft's Message-ID: derived from the follow-up key, in the domain of ``me.email``."""
    address = canonical(me_email)  # an IDN domain in its ASCII form
    domain = ascii_domain(address) if address else me_email.rpartition("@")[2].lower()
    domain = re.sub(r"[^a-z0-9.\-]", "", domain) or "localhost"
    safe_marker = re.sub(r"[^A-Za-z0-9.\-_]", "", marker)
    return f"<followup.{safe_marker}@{domain}>"


# --------------------------------------------------------------------------- templates


def packaged_templates_dir() -> Path:
    """Where the packaged templates are: ``agent/templates`` in a wheel, ``templates/`` in a
    checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "thank_you.txt.j2").is_file():
            return candidate
    return here / "templates"


def template_name(kind: Kind | str, part: str) -> str:
    return f"{kind}.{part}.j2"


class Composer:
    """Renders drafts from the packaged templates, or the user's of the same name."""

    def __init__(self, user_templates: Path | None = None) -> None:
        if user_templates is not None and not user_templates.is_dir():
            # Silently falling back to the packaged templates would hide the user's own wording.
            raise TemplateError(
                f"the templates folder {user_templates} does not exist",
                hint="create it, or remove `templates:` from the config to use the packaged ones",
            )
        self.user_templates = user_templates
        self._env: jinja2.Environment | None = None

    @property
    def search_path(self) -> list[Path]:
        dirs = [self.user_templates] if self.user_templates else []
        return [*dirs, packaged_templates_dir()]

    def compose(self, inp: ComposeInput) -> Draft:
        """The draft for ``inp``. Raises ``TemplateError`` when a template fails."""
        view = view_model(inp)
        subject = sanitize_header(self.render(template_name(inp.kind, "subject"), view))
        if not subject:
            raise TemplateError(f"template {template_name(inp.kind, 'subject')} renders empty")
        text = tidy_text(self.render(template_name(inp.kind, "txt"), view))
        html = self._render_html(inp.kind, view, text) if inp.html else None
        return Draft(
            marker=sanitize_header(inp.marker),
            message_id=sanitize_header(inp.message_id),
            from_name=sanitize_header(inp.me.name),
            from_addr=sanitize_header(inp.me.email),
            to=_recipients(inp),
            subject=subject,
            text=text,
            html=html,
            in_reply_to=_in_reply_to(inp),
            references=_references(inp),
            thread_id=inp.reply_to.thread_id if inp.reply_to else None,
            date_at=inp.created_at,
        )

    def render(self, name: str, view: dict[str, Any]) -> str:
        """Render one template by name; every Jinja2 failure becomes a ``TemplateError``."""
        import jinja2

        try:
            return self._environment().get_template(name).render(view)
        except jinja2.TemplateNotFound as e:
            where = ", ".join(str(d) for d in self.search_path)
            raise TemplateError(
                f"template {e.name or name} not found (looked in {where})", hint=_HINT
            ) from e
        except jinja2.TemplateSyntaxError as e:
            raise TemplateError(
                f"template {e.name or name} has a syntax error at line {e.lineno}: {e.message}",
                problems=[str(e.filename or name)],
                hint=_HINT,
            ) from e
        except jinja2.UndefinedError as e:
            raise TemplateError(
                f"template {name} uses an undefined variable: {e.message}", hint=_HINT
            ) from e
        except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as e:
            raise TemplateError(f"template {name} does not render: {e}", hint=_HINT) from e

    def compose_digest(self, inp: DigestInput) -> Draft:
        """The morning digest, to the user only (``templates/digest.*.j2``)."""
        view = digest_view_model(inp)
        subject = sanitize_header(self.render(template_name(Kind.DIGEST, "subject"), view))
        if not subject:
            raise TemplateError(f"template {template_name(Kind.DIGEST, 'subject')} renders empty")
        text = tidy_text(self.render(template_name(Kind.DIGEST, "txt"), view))
        html = self._render_html(Kind.DIGEST, view, text) if inp.html else None
        me = ((sanitize_header(inp.me.name) or None, sanitize_header(inp.me.email)),)
        return Draft(
            marker=sanitize_header(inp.marker),
            message_id=sanitize_header(inp.message_id),
            from_name=sanitize_header(inp.me.name),
            from_addr=sanitize_header(inp.me.email),
            to=me,
            subject=subject,
            text=text,
            html=html,
            date_at=inp.created_at,
        )

    def check(self, sample: ComposeInput | None = None) -> list[str]:
        """Problems with the templates (for ``followup doctor``): each kind rendered once."""
        problems: list[str] = []
        for html in (False, True):
            for kind in PROCESS_KINDS:
                inp = sample_input(kind) if sample is None else _with_kind(sample, kind)
                _problem(problems, self.compose, _with_html(inp, html))
            _problem(problems, self.compose_digest, replace(sample_digest(), html=html))
        card = (
            sample_input(Kind.THANK_YOU) if sample is None else _with_kind(sample, Kind.THANK_YOU)
        )
        try:
            self.render("card.txt.j2", view_model(card))  # the handwritten note (agent.cards)
        except TemplateError as e:
            problems.append(str(e))
        return problems

    def _render_html(self, kind: Kind, view: dict[str, Any], text: str) -> str:
        html_view = {**view, "paragraphs": text_paragraphs(text)}
        return self.render(template_name(kind, "html"), html_view).strip() + "\n"

    def _environment(self) -> jinja2.Environment:
        if self._env is None:
            self._env = _make_environment(self.search_path)
        return self._env


_HINT = "the template variables are listed in templates/README.md"
_In = TypeVar("_In")


def _problem(problems: list[str], render: Callable[[_In], Draft], inp: _In) -> None:
    """Render ``inp``; a template's failure is added to ``problems`` once."""
    try:
        render(inp)
    except TemplateError as e:
        if str(e) not in problems:
            problems.append(str(e))


def _make_environment(search_path: Sequence[Path]) -> jinja2.Environment:
    import jinja2

    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in search_path])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        # Only HTML is escaped: plain text must keep "<" and "&" as the person wrote them.
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2",), default_for_string=False, default=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["linked"] = linked
    return env


_TITLED_LINK = lazy(
    r"\u201c([^\u201d\n]{1,200})\u201d \((https?://[^\s()<>\"]+)\)|"
    r"\"([^\"\n]{1,200})\" \((https?://[^\s()<>\"]+)\)"
)
_BARE_LINK = lazy(r"https?://[^\s()<>\"]+[^\s()<>\".,;:!?]")


def linked(text: str) -> Markup:
    """A line of the plain-text body as HTML: escaped, with its links made real links. A
    quoted title followed by its address in brackets, ``"Title" (https://...)``, becomes the
    title linked to the address; any other address links to itself."""
    from markupsafe import Markup, escape

    out: list[str] = []
    pos = 0
    for m in _TITLED_LINK.finditer(text):
        out.append(_link_bare(text[pos : m.start()]))
        title, url = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append(f'<a href="{escape(url)}">{escape(title)}</a>')
        pos = m.end()
    out.append(_link_bare(text[pos:]))
    return Markup("".join(out))


def _link_bare(text: str) -> str:
    from markupsafe import escape

    out: list[str] = []
    pos = 0
    for m in _BARE_LINK.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f'<a href="{escape(m.group(0))}">{escape(m.group(0))}</a>')
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return "".join(out)


def tidy_text(text: str) -> str:
    """Template output as a clean body: no trailing spaces, no doubled spaces or blank lines."""
    lines = [_single_stop(_collapse_spaces(line)) for line in text.splitlines()]
    joined = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", joined) + "\n"


def _single_stop(line: str) -> str:
    # A name that ends in an abbreviation ("Quillfeather S.L.") ends its sentence once.
    return re.sub(r"(?<=\w\.)\.(?=\s|$)", "", line)


def _collapse_spaces(line: str) -> str:
    stripped = line.rstrip()
    body = stripped.lstrip(" ")
    indent = stripped[: len(stripped) - len(body)]
    return indent + re.sub(r" {2,}", " ", body)


def text_paragraphs(text: str) -> list[list[str]]:
    """The body's paragraphs, each a list of its lines (for the HTML templates)."""
    return [p.split("\n") for p in text.strip().split("\n\n") if p.strip()]


# --------------------------------------------------------------------------- headers


def _recipients(inp: ComposeInput) -> tuple[tuple[str | None, str], ...]:
    if inp.kind == Kind.REMINDER:
        return ((sanitize_header(inp.me.name) or None, sanitize_header(inp.me.email)),)
    person = inp.recipient
    if person is None or not person.email:
        return ()
    name = sanitize_header(display_name(person.name)) or None
    return ((name, sanitize_header(person.email)),)


def _in_reply_to(inp: ComposeInput) -> str | None:
    if inp.reply_to is None or not inp.reply_to.message_id:
        return None
    return sanitize_header(inp.reply_to.message_id)


def _references(inp: ComposeInput) -> tuple[str, ...]:
    chain = [*inp.references]
    if inp.reply_to is not None and inp.reply_to.message_id:
        chain.append(inp.reply_to.message_id)
    seen: dict[str, None] = {}
    for ref in chain:
        clean = sanitize_header(ref)
        if clean:
            seen.setdefault(clean, None)
    return tuple(seen)


_REPLY_PREFIX = lazy(r"^\s*(?:(?:re|aw|sv|fw|fwd)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def reply_subject(original: str) -> str:
    """ "Re: <original>" with any existing "Re:"/"RE:"/"Aw:" prefixes folded into one."""
    base = _REPLY_PREFIX.sub("", sanitize_header(original))
    return f"Re: {base}" if base else "Re:"


# --------------------------------------------------------------------------- the view model


def view_model(inp: ComposeInput) -> dict[str, Any]:
    """The template variables for ``inp`` (the contract in templates/README.md)."""
    index = _interviewer_index(inp.recipient, inp.interviewers)
    recipient = _resolve_recipient(inp.recipient, inp.interviewers, index)
    people = [person_view(p, inp) for p in inp.interviewers]
    recipient_view = (
        person_view(recipient, inp, interviewed=index is not None) if recipient else None
    )
    others = [v for i, v in enumerate(people) if i != index]
    article_terms = _article_terms(inp, recipient_view)
    memory, memory_source, memory_with = _memory(recipient_view, people, inp.notes, inp.article)
    position = position_text(inp.position, inp.company)
    by_recipient, by_name = _timetable_by(inp, recipient)
    return {
        "kind": str(inp.kind),
        "me": _me_view(inp.me),
        "company": _said(inp.company),
        "position": position,
        "role": _role(position),
        "role_at_company": _role_at_company(position, _said(inp.company)),
        "team": _text(inp.team),
        "interview": _interview_view(inp),
        "recipient": recipient_view,
        "greeting_name": _greeting(inp, recipient_view),
        "interviewers": people,
        "other_interviewers": others,
        "memory": memory,
        "memory_source": memory_source,
        "memory_with": memory_with,
        "topics": notes_topics(inp.notes),
        "timeline_text": _text(inp.timeline_text),
        "timeline_phrase": _timeline_phrase(inp),
        "timeline_by_recipient": by_recipient,
        "timeline_by": by_name,
        "after_holidays": inp.after_holidays,
        "update": _text(inp.update),
        "answer_date": inp.answer_date,
        "answer_day": day_text(inp.answer_date, _reference_date(inp)),
        "notes": inp.notes or "",
        "article": _article_view(inp.article),
        "article_terms": article_terms,
        "replying": inp.reply_to is not None,
        "reply_subject": reply_subject(inp.reply_to.subject) if inp.reply_to else "",
        "ordinal": inp.ordinal,
        "round_number": inp.round_number,
        "variant": variant(
            recipient,
            inp.interviewers,
            inp.round_number,
            inp.ordinal,
            inp.thanked_before,
            inp.company or "",
        ),
        "created_at": inp.created_at,
        "html": inp.html,
    }


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def _said(company: str | None) -> str:
    """The company as a letter names it: "Alborada Seguros", not "Alborada Seguros S.L."."""
    return as_said(_text(company))


def _me_view(me: Me) -> dict[str, str]:
    return {
        "name": _text(me.name),
        "first_name": greeting_name(me.name, me.email),
        "email": me.email,
    }


def _timetable_by(inp: ComposeInput, recipient: Person | None) -> tuple[bool, str]:
    """Whether the recipient stated the timetable, and the name of whoever did ("" unknown)."""
    by = inp.timetable_by
    if by is None:
        return False, ""
    if recipient is not None and _is_same(by, recipient):
        return True, greeting_name(recipient.name, recipient.email) or display_name(by.name) or ""
    return False, display_name(by.name) or ""


def _role(position: str | None) -> str:
    return f"{_text(position)} role" if _text(position) else "role"


def _role_at_company(position: str | None, company: str | None) -> str:
    role = _role(position)
    return f"{role} at {_text(company)}" if _text(company) else role


def _greeting(inp: ComposeInput, recipient: dict[str, Any] | None) -> str:
    if inp.kind == Kind.REMINDER:
        return greeting_name(inp.me.name, inp.me.email)
    return str(recipient["first_name"]) if recipient else ""


def _interview_view(inp: ComposeInput) -> dict[str, Any]:
    start_local = _local(inp.interview_start_at, inp.interview_tz)
    return {
        "id": inp.interview_id or "",
        "title": _text(inp.interview_title),
        "kind": interview_kind(inp.interview_title),
        "date": start_local.date(),
        "day": day_text(start_local.date(), _reference_date(inp)),
        "weekday": _DAYS[start_local.weekday()],
        "time": start_local.strftime("%H:%M"),
        "timezone": inp.interview_tz,
        "start_at": inp.interview_start_at,
        "end_at": inp.interview_end_at,
        "round_number": inp.round_number,
    }


def _article_view(article: Article | None) -> dict[str, Any] | None:
    if article is None:
        return None
    return {"title": _text(article.title), "url": article.url.strip(), "tags": list(article.tags)}


def _article_terms(inp: ComposeInput, recipient: dict[str, Any] | None) -> list[str]:
    if inp.article is None:
        return []
    context = " ".join(
        [inp.notes, _text(inp.position), *(p.session or "" for p in inp.interviewers)]
        + ([str(recipient["session"])] if recipient else [])
    )
    return shared_terms(inp.article, context, exclude=[_text(inp.company), _said(inp.company)])


def _local(instant: datetime, tz: str) -> datetime:
    try:
        return instant.astimezone(ZoneInfo(tz))
    except (ZoneInfoNotFoundError, ValueError):
        return instant


def _reference_date(inp: ComposeInput) -> date:
    return inp.created_at.date() if inp.created_at else inp.answer_date


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_text(day: date, reference: date | None = None) -> str:
    """ "Tuesday, March 3" (with the year when it differs from ``reference``'s); never
    locale-bound."""
    text = f"{_DAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}"
    if reference is not None and reference.year != day.year:
        text += f", {day.year}"
    return text


# --------------------------------------------------------------------------- people and sessions


def _person_token(person: Person) -> str:
    return (person.email or "").lower() or name_key(person.name) or person.label


def _is_same(a: Person, b: Person) -> bool:
    if a.email and b.email:
        return a.email.lower() == b.email.lower()
    return same_person(a.name, a.email, b.name) or same_person(b.name, b.email, a.name)


def _interviewer_index(recipient: Person | None, interviewers: Sequence[Person]) -> int | None:
    if recipient is None:
        return None
    for index, person in enumerate(interviewers):
        if person is recipient or _is_same(person, recipient):
            return index
    return None


def _resolve_recipient(
    recipient: Person | None, interviewers: Sequence[Person], index: int | None
) -> Person | None:
    """The recipient, completed from their interviewer entry (which may carry the session)."""
    if recipient is None or index is None:
        return recipient
    return _merge(interviewers[index], recipient)


def _merge(interviewer: Person, recipient: Person) -> Person:
    return Person(
        name=recipient.name or interviewer.name,
        email=recipient.email or interviewer.email,
        session=interviewer.session or recipient.session,
        title=recipient.title or interviewer.title,
    )


def _stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def variant(
    recipient: Person | None,
    interviewers: Sequence[Person],
    round_number: int = 1,
    ordinal: int = 0,
    thanked_before: int = 0,
    company: str = "",
) -> int:
    """Which wording variant a recipient gets: stable per person, distinct within a panel.

    The rank of the person's stable hash among the panel's: two panelists never share a rank,
    so with the templates' six variants per sentence, panels of up to six read differently.
    A later round starts after the variants its earlier rounds' interviewers had
    (``thanked_before``), so a final-round note does not repeat a panelist's. Each company's
    ranks start at a place of their own (a hash of its name), so the one-to-one interviews of
    a job search are not all written alike.
    """
    shift = max(round_number - 1, thanked_before, 0) + max(ordinal, 0)
    if company:
        shift += _stable_hash(company.casefold()) % 6  # the templates' sentences have six
    if recipient is None:
        return shift
    tokens = {_person_token(p) for p in interviewers} | {_person_token(recipient)}
    ranked = sorted(tokens, key=lambda t: (_stable_hash(t), t))
    return ranked.index(_person_token(recipient)) + shift


def person_view(person: Person, inp: ComposeInput, interviewed: bool = True) -> dict[str, Any]:
    noted = session_from_notes(person, inp.interviewers, inp.notes)
    # One interviewer: what the invitation says the interview covers is that person's part.
    alone = interviewed and len(inp.interviewers) == 1
    session = _text(person.session or noted or (inp.focus if alone else "") or "")
    # The user's own notes may say a little more than a line of someone else's itinerary.
    found = subject(session, from_notes=bool(noted) and not person.session)
    if found is None and noted and person.session:
        found = subject(noted, from_notes=True)
    kind = interview_kind(session, inp.interview_title) if interviewed else ""
    return {
        "interviewed": interviewed,
        "name": display_name(person.name) or "",
        "first_name": _greeted(person),
        "email": person.email or "",
        "title": _text(person.title),
        "session": session,
        "topic": found.phrase if found else "",
        "topic_is_task": bool(found and found.task),
        "part": kind,
    }


def _greeted(person: Person) -> str:
    """The name to greet ``person`` by; none for a shared mailbox ("Talent Acquisition",
    "Gerencia de Personas"), which a letter greets with "Hello,"."""
    if is_system(Attendee(person.email, person.name)) is not None:
        return ""
    return greeting_name(person.name, person.email)


_LABELLED = lazy(r"^\s*(?:[-*\u2022]\s*)?([^:\d]{1,60}?)\s*:\s*(\S.*)$")
_TWO_SIDES = lazy(r"(.+?)\s+[-\u2013\u2014|/]\s+(.+?)\s*$")


def notes_lines(notes: str) -> list[tuple[str, str]]:
    """(label, text) pairs: "Dana: rate limiter" and "11:00 System design - Wei Chen" lines."""
    pairs: list[tuple[str, str]] = []
    for line in (notes or "").splitlines():
        rest = itinerary_line(line)
        itinerary = _TWO_SIDES.match(rest) if rest else None
        if itinerary:
            first, second = itinerary.groups()
            pairs += [(second, first), (first, second)]  # either side may be the name
            continue
        labelled = _LABELLED.match(line)
        if labelled and len(labelled.group(1).split()) <= 5:
            pairs.append((labelled.group(1).strip(), labelled.group(2).strip()))
    return pairs


def _label_names(label: str, person: Person, interviewers: Sequence[Person]) -> bool:
    if same_person(person.name, person.email, label):
        return True
    folded = fold(label.strip())
    if person.email and folded == fold(person.email.split("@", 1)[0]):
        return True
    first = fold(greeting_name(person.name, person.email))
    if not first or folded != first or len(label.split()) != 1:
        return False
    # A bare first name names the person only when no other panelist shares it.
    same_first = [p for p in interviewers if fold(greeting_name(p.name, p.email)) == first]
    return len({_person_token(p) for p in same_first} | {_person_token(person)}) == 1


def session_from_notes(person: Person, interviewers: Sequence[Person], notes: str) -> str | None:
    """What the user's notes say about this person's part, when a line names them."""
    for label, text in notes_lines(notes):
        if _label_names(label, person, interviewers):
            return text
    return None


_TOPIC_LABELS = frozenset({"topic", "topics", "discussed", "talked about", "we discussed"})


def notes_topics(notes: str) -> list[str]:
    """Topics the notes list on "Topics: ..." lines (not tied to one person)."""
    found: list[str] = []
    for label, text in notes_lines(notes):
        if fold(label) in _TOPIC_LABELS:
            phrase = topic_phrase(text)
            if phrase:
                found.append(phrase)
    return found


def _memory(
    recipient: dict[str, Any] | None,
    people: Sequence[dict[str, Any]],
    notes: str,
    article: Article | None = None,
) -> tuple[str, str, str]:
    """The most specific thing on record, whose it is, and the other interviewer's name.

    The recipient's own session first, then another interviewer's, then the notes' topics;
    with an article, the one the article speaks to most (ties keep that order); ("", "", "")
    when nothing was recorded.
    """
    candidates = [(recipient["topic"], "recipient", "")] if recipient else []
    candidates += [(p["topic"], "interviewer", p["first_name"] or p["name"]) for p in people]
    candidates += [(t, "notes", "") for t in notes_topics(notes)]
    found = [(str(t), src, str(who)) for t, src, who in candidates if t]
    if article is not None and found:
        best = max(score(article, t) for t, _, _ in found)
        found = [c for c in found if score(article, c[0]) == best]
    return found[0] if found else ("", "", "")


# --------------------------------------------------------------------------- phrases


_NUMBER = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"a\s+couple\s+of|a\s+few|couple\s+of|few)"
)
_UNIT = r"(?:(?:business|working|calendar)\s+)?(?:days?|weeks?|months?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DATEISH = (
    rf"(?:{_WEEKDAY}|tomorrow|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|next|mid|early|late|end|the|this|\d)"
)
_STOP = r"(?=\s*(?:[,.;!?()]|\s(?:and|so|but|to|with|for|or|if)\s|$))"
_TIMELINE_PATTERNS = (
    lazy(rf"\b(within\s+.+?){_STOP}", re.IGNORECASE),
    lazy(rf"\b(no\s+later\s+than\s+.+?){_STOP}", re.IGNORECASE),
    lazy(rf"\b(by\s+{_DATEISH}.*?){_STOP}", re.IGNORECASE),
    lazy(rf"\b(before\s+{_DATEISH}.*?){_STOP}", re.IGNORECASE),
    lazy(rf"\b((?:over|in)\s+the\s+next\s+.+?){_STOP}", re.IGNORECASE),
    lazy(rf"\b(in\s+{_NUMBER}\s+{_UNIT}){_STOP}", re.IGNORECASE),
    lazy(
        rf"\b((?:(?:early|late|later|mid)[\s-]+)?(?:next|this)\s+(?:week|month|quarter|{_WEEKDAY})){_STOP}",
        re.IGNORECASE,
    ),
    lazy(r"\b((?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?\w+)", re.IGNORECASE),
)
_BARE_DURATION = lazy(rf"^\s*({_NUMBER}\s+{_UNIT})\s*\.?\s*$", re.IGNORECASE)


def timeline_phrase(text: str | None) -> str | None:
    """The timetable in the company's words, as a phrase after "decide": "within two weeks".

    "They'll get back to us within two weeks" -> "within two weeks"; "2 weeks" -> "within 2
    weeks"; "end of the month" -> "by the end of the month". None when no phrase is found.
    """
    clean = " ".join((text or "").split())
    bare = _BARE_DURATION.match(clean)
    if bare:
        return f"within {bare.group(1)}"
    for pattern in _TIMELINE_PATTERNS:
        found = pattern.search(clean)
        if found:
            return _as_deadline(" ".join(found.group(1).split()[:8]))
    return None


def _as_deadline(phrase: str) -> str:
    first, _, rest = phrase.partition(" ")
    phrase = f"{first.lower()} {rest}".strip()
    if phrase.startswith("end "):  # "end of the month" -> "by the end of the month"
        return f"by the {phrase}"
    if phrase.startswith("the end "):
        return f"by {phrase}"
    return phrase


def _timeline_phrase(inp: ComposeInput) -> str:
    """Only when the company stated a timetable: the date it gave ("by Friday, December 11":
    a relative "within two weeks" is no longer true when read weeks later), or "after the
    holidays" said back to them."""
    if inp.after_holidays:
        return "after the holidays"
    if not _text(inp.timeline_text):
        return ""
    return f"by {day_text(inp.answer_date, _reference_date(inp))}"


# --------------------------------------------------------------------------- the digest


def digest_view_model(inp: DigestInput) -> dict[str, Any]:
    """The digest templates' variables (templates/README.md)."""
    from agent.digest import INTERVIEW_TODAY  # the digest's module plans; composing needs little

    found = inp.digest
    sections: dict[str, list[str]] = {}
    for item in found.items:
        if item.condition != INTERVIEW_TODAY:
            sections.setdefault(item.condition, []).append(_text(item.message))
    counts: dict[str, int] = {}
    for item in found.items:
        counts[item.condition] = counts.get(item.condition, 0) + 1
    return {
        "kind": str(Kind.DIGEST),
        "me": _me_view(inp.me),
        "greeting_name": greeting_name(inp.me.name, inp.me.email),
        "date": found.day,
        "day": day_text(found.day),
        "weekday": _DAYS[found.day.weekday()],
        "timezone": inp.tz,
        "interviews": [_today_view(i, inp) for i in found.interviews],
        "sections": [{"condition": c, "lines": lines} for c, lines in sections.items()],
        "counts": counts,
        "total": len(found.items),
        "created_at": inp.created_at,
        "html": inp.html,
    }


def _today_view(interview: TodayInterview, inp: DigestInput) -> dict[str, Any]:
    local = _local(interview.start_at, inp.tz)
    position = position_text(interview.position, interview.company)
    return {
        "id": interview.interview_id,
        "process": interview.process,
        "title": _text(interview.title),
        "kind": interview_kind(interview.title),
        "company": _text(interview.company),
        "position": position,
        "role_at_company": _role_at_company(position, interview.company),
        "time": local.strftime("%H:%M"),
        "timezone": inp.tz,
        "start_at": interview.start_at,
        "end_at": interview.end_at,
        "interviewers": [
            {
                "name": display_name(p.name) or "",
                "first_name": greeting_name(p.name, p.email),
                "email": p.email or "",
                "title": _text(p.title),
                "session": _text(p.session),
            }
            for p in interview.interviewers
        ],
    }


def sample_digest() -> DigestInput:
    """A digest with an interview and a thank-you to send, for checking the templates."""
    from agent.digest import Digest, Item, TodayInterview

    inp = sample_input(Kind.THANK_YOU)
    start_at = inp.interview_start_at
    today = TodayInterview(
        interview_id="i2",
        process="p1",
        title=inp.interview_title,
        company=inp.company,
        position=inp.position,
        start_at=start_at,
        end_at=inp.interview_end_at,
        tz=inp.interview_tz,
        interviewers=tuple(_participant(p) for p in inp.interviewers),
    )
    item = Item(
        "thank_you_unsent",
        "f3 thank-you to Dana Whitfield (Acme, i1) is still in "
        "your drafts: send it by Wed Mar 4 11:00 PST",
        "f3",
        "p1",
        start_at,
    )
    found = Digest(start_at.date(), (today,), (item,))
    return DigestInput(inp.marker, inp.message_id, inp.me, found, "America/Los_Angeles", start_at)


def _participant(person: Person) -> Any:
    from agent.plan import Participant

    return Participant(person.email or "", person.name, person.email, person.session, person.title)


# --------------------------------------------------------------------------- sample input


def sample_input(kind: Kind = Kind.THANK_YOU) -> ComposeInput:
    """A realistic input for checking templates (``doctor``) and for previews in docs."""
    start_at = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
    dana = Person("Dana Whitfield", "dana.whitfield@acme.example", session="Rate limiter exercise")
    wei = Person("Chen, Wei", "wei.chen@acme.example")
    return ComposeInput(
        kind=kind,
        marker="0" * 32,
        message_id=make_message_id("0" * 32, "alex@example.com"),
        me=Me("Alex Candidate", "alex@example.com", timezone="America/Los_Angeles"),
        company="Acme",
        position="Senior Backend Engineer",
        interview_title="Acme onsite: Senior Backend Engineer",
        interview_start_at=start_at,
        interview_end_at=start_at.replace(hour=19),
        interview_tz="America/Los_Angeles",
        recipient=None if kind == Kind.REMINDER else dana,
        interviewers=(dana, wei),
        timeline_text="within two weeks",
        answer_date=date(2026, 3, 17),
        notes="Wei: system design of an event pipeline\nTopics: event sourcing",
        article=Article("Event sourcing in practice", "https://example.org/es", ("backend",))
        if kind == Kind.CHECK_IN
        else None,
        reply_to=None,
        interview_id="i1",
        created_at=start_at,
    )


def _with_kind(inp: ComposeInput, kind: Kind) -> ComposeInput:
    return replace(inp, kind=kind)


def _with_html(inp: ComposeInput, html: bool) -> ComposeInput:
    return replace(inp, html=html)

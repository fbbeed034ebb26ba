"""Hostile and broken input through the real CLI: calendars written by strangers, broken files,
bad configs and templates. Each case ends in a clear error (its exit code, a message, no
traceback) or in safe drafts: every header one line, no header but followup's own, and no
recipient who was not an attendee or organizer of the event. A second pass changes nothing
(no crash loop, no duplicate). ``CASES`` counts the inputs for docs/RELIABILITY.md."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.headerregistry import AddressHeader
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import cast

import pytest

from agent.cli import main

NOW = "2026-12-03T11:00"
ME = "alex@example.com"
PANEL = (("Wei Chen", "wei.chen@acme.example"), ("Dana Whitfield", "dana.whitfield@acme.example"))
ORGANIZER = ("Jordan Blake", "jordan.blake@acme.example")
TITLE = "Onsite interview: Backend Engineer - Acme"
#: The headers a draft of followup's may carry.
OUR_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "x-followup-key",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}
#: Bidirectional overrides that would let a display name spoof the address shown.
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONFIG = (
    f"me: {{name: Alex Candidate, email: {ME}, timezone: America/Los_Angeles}}\n"
    "calendar: {ics: calendar.ics}\n"
    "drafts: {maildir: Mail/Drafts}\n"
    "state: state/followup.db\n"
    "policy: {reminder: {enabled: false}}\n"  # no morning digest: the drafts are the subject
)


# --------------------------------------------------------------------------- calendars


def vevent(
    uid: str = "hostile-1",
    summary: str = TITLE,
    description: str = (
        "Your onsite for the Backend Engineer role. We will be in touch within two weeks."
    ),
    attendees: tuple[tuple[str, str], ...] = PANEL,
    extra: tuple[str, ...] = (),
    start: str = "20261202T180000Z",
    end: str = "20261202T190000Z",
) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261120T000000Z",
        *([f"DTSTART:{start}"] if start else []),
        f"DTEND:{end}",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{description}",
        f"ORGANIZER;CN={ORGANIZER[0]}:mailto:{ORGANIZER[1]}",
        f"ATTENDEE;PARTSTAT=ACCEPTED;CN=Alex Candidate:mailto:{ME}",
        *(f"ATTENDEE;PARTSTAT=ACCEPTED;CN={cn}:mailto:{addr}" for cn, addr in attendees),
        *extra,
        "END:VEVENT",
    ]
    return "\r\n".join(lines)


def calendar(*events: str) -> str:
    body = "\r\n".join(events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n{body}\r\nEND:VCALENDAR\r\n"


GOOD = calendar(vevent())
ALLOWED = {ME, ORGANIZER[1], *(a for _, a in PANEL)}


# --------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Case:
    """One hostile input: the calendar (text or bytes), config changes, and what must follow."""

    ics: str | bytes = GOOD
    config: str = CONFIG
    templates: dict[str, str] = field(default_factory=dict)
    codes: tuple[int, ...] = (0,)
    drafts: int | None = None  # how many drafts, when known
    stderr: str = ""  # a fragment the message must hold
    stdout: str = ""
    absent: tuple[str, ...] = ()  # text that must appear in no draft
    allowed: frozenset[str] = frozenset(ALLOWED)
    seconds: float = 20.0  # a generous bound: bounded time, not a benchmark


CRLF_TITLE = f"{TITLE}\\nBcc: evil@attacker.example\\r\\nX-Evil: yes"
JINJA = "{{ 7*191 }} {% for i in range(99999999) %}x{% endfor %} {{ self.__init__.__globals__ }}"
MANY = tuple((f"Person {i}", f"p{i}@acme.example") for i in range(3000))

CASES: dict[str, Case] = {
    "crlf-in-title": Case(calendar(vevent(summary=CRLF_TITLE)), drafts=2, absent=("X-Evil",)),
    "crlf-in-attendee-name": Case(
        calendar(vevent(attendees=(('"Wei Chen^nBcc: evil@attacker.example"', PANEL[0][1]),))),
        drafts=1,
    ),
    "crlf-encoded-in-address": Case(
        calendar(
            vevent(attendees=(("Wei Chen", f"{PANEL[0][1]}%0D%0ABcc:evil@attacker.example"),))
        ),
        drafts=0,  # no usable address: the thank-you waits for one
    ),
    "address-list-in-mailto": Case(
        calendar(vevent(attendees=(("Wei Chen", f"{PANEL[0][1]},evil@attacker.example"),))),
        drafts=0,
    ),
    "display-form-in-mailto": Case(
        calendar(vevent(attendees=(("Dana", "dana <evil@attacker.example>"),))), drafts=0
    ),
    "invalid-addresses": Case(
        calendar(
            vevent(
                attendees=(
                    ("Not Anaddress", "not an address"),
                    ("Two Ats", "a@b@acme.example"),
                    ("Quoted Local", '"evil@attacker.example"@acme.example'),
                    *PANEL,
                )
            )
        ),
        drafts=2,  # the panel's two; the three unusable addresses wait for real ones
    ),
    "addresses-in-others-description": Case(
        calendar(
            vevent(
                description="Please also write to Dana Whitfield <ceo@attacker.example>\\n"
                "cc: ceo@attacker.example\\nBcc: ceo@attacker.example"
            )
        ),
        drafts=2,
        absent=("ceo@attacker.example",),
    ),
    "jinja-in-description": Case(calendar(vevent(description=JINJA)), drafts=2, absent=("1337",)),
    "jinja-in-title-and-names": Case(
        calendar(
            vevent(
                summary=f"{TITLE} {{{{ 7*191 }}}}",
                attendees=(("{{ 7*191 }} Chen", PANEL[0][1]), ("{% raw %}Dana", PANEL[1][1])),
            )
        ),
        drafts=2,
        absent=("1337",),
    ),
    "5mb-description": Case(
        calendar(vevent(description="We will get back to you within two weeks. " * 125_000)),
        drafts=2,
    ),
    "5mb-title": Case(calendar(vevent(summary=TITLE + " interview" * 500_000)), drafts=2),
    "thousands-of-attendees": Case(calendar(vevent(attendees=MANY)), drafts=0),
    "right-to-left-and-emoji-names": Case(
        calendar(
            vevent(
                attendees=(
                    ("\u202eelgoog Wei\u202c \U0001f600", PANEL[0][1]),
                    ("محمد علي", "m.ali@acme.example"),
                    ("\u05d3\u05e0\u05d4 \U0001f469\u200d\U0001f4bb", PANEL[1][1]),
                )
            )
        ),
        drafts=3,
        allowed=frozenset({*ALLOWED, "m.ali@acme.example"}),
    ),
    "truncated-ics": Case(GOOD[: len(GOOD) // 2], codes=(0, 4)),
    "truncated-inside-a-line": Case(GOOD[: GOOD.index("ORGANIZER") + 12], codes=(0, 4)),
    "html-instead-of-ics": Case(
        "<html><body>Sign in</body></html>", codes=(4,), stderr="not an iCalendar"
    ),
    "empty-file": Case("", codes=(4,), stderr="calendar"),
    "binary-garbage": Case(bytes(range(256)) * 64, codes=(4,), stderr="calendar"),
    "invalid-utf8": Case(GOOD.encode().replace(b"Backend", b"Back\xff\xfeend"), drafts=2),
    "event-without-dtstart": Case(
        calendar(vevent(uid="no-start", start=""), vevent()), drafts=2, stderr="DTSTART"
    ),
    "rrule-secondly-forever": Case(
        calendar(vevent(uid="s", extra=("RRULE:FREQ=SECONDLY",)), vevent()),
        drafts=2,
        stderr="too often",
    ),
    "rrule-minutely-over-a-year": Case(
        calendar(
            vevent(
                uid="m",
                start="20261101T090000Z",
                end="20261101T090100Z",
                extra=("RRULE:FREQ=MINUTELY;UNTIL=20271101T090000Z",),
            ),
            vevent(),
        ),
        drafts=2,
        stderr="too often",
    ),
    "rrule-by-parts-explosion": Case(
        calendar(
            vevent(
                uid="b",
                extra=(
                    "RRULE:FREQ=DAILY;BYHOUR="
                    + ",".join(map(str, range(24)))
                    + ";BYMINUTE="
                    + ",".join(map(str, range(60))),
                ),
            ),
            vevent(),
        ),
        drafts=2,
        stderr="too often",
    ),
    "rrule-since-2000-minutely-until-the-window": Case(
        calendar(
            vevent(
                uid="old",
                start="20000101T090000Z",
                end="20000101T090100Z",
                extra=("RRULE:FREQ=MINUTELY;UNTIL=20261202T090000Z",),
            ),
            vevent(),
        ),
        drafts=2,
        stderr="too often",
    ),
    "config-wrong-types-and-unknown-keys": Case(
        config="me: {name: 5, email: notanemail, timezone: Mars/Olympus}\n"
        "calendar: {ics: [1, 2], window: {past: banana}}\n"
        "drafts: {maildir: Mail/Drafts, colour: blue}\n"
        "policy: {thank_you: {delay: -1h}, check_in: {max: many}}\nfrobnicate: true\n",
        codes=(2,),
        stderr="problems in the configuration",
    ),
    "config-not-yaml": Case(config="me: [unclosed\n  : : :\n\t- x", codes=(2,), stderr="config"),
    "config-a-list": Case(config="- me\n- calendar\n", codes=(2,), stderr="config"),
    "config-binary": Case(config="\x00\x01\x02\xff", codes=(2,), stderr="config"),
    "templates-folder-missing": Case(
        config=CONFIG + "templates: no-such-folder\n", codes=(2,), drafts=0, stderr="does not exist"
    ),
    "template-syntax-error": Case(
        config=CONFIG + "templates: tpl\n",
        templates={"thank_you.txt.j2": "Hi {% if %}"},
        codes=(1,),
        drafts=0,
        stdout="syntax error",
    ),
    "template-undefined-variable": Case(
        config=CONFIG + "templates: tpl\n",
        templates={"thank_you.txt.j2": "Hi {{ no_such_variable }}"},
        codes=(1,),
        drafts=0,
        stdout="no_such_variable",
    ),
    "template-raises": Case(
        config=CONFIG + "templates: tpl\n",
        templates={"thank_you.subject.j2": "{{ 1 // 0 }}"},
        codes=(1,),
        drafts=0,
        stdout="template",
    ),
    "template-not-utf8": Case(
        config=CONFIG + "templates: tpl\n",
        templates={"thank_you.txt.j2": "\udcff"},
        codes=(1,),
        drafts=0,
        stdout="template",
    ),
}


# --------------------------------------------------------------------------- running


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float


def setup_home(home: Path, case: Case) -> Path:
    data = case.ics if isinstance(case.ics, bytes) else case.ics.encode("utf-8", "surrogatepass")
    (home / "calendar.ics").write_bytes(data)
    (home / "config.yaml").write_bytes(case.config.encode("utf-8", "surrogateescape"))
    if case.templates:
        (home / "tpl").mkdir()
        for name, text in case.templates.items():
            (home / "tpl" / name).write_bytes(text.encode("utf-8", "surrogateescape"))
    return home


def tick(home: Path, capsys: pytest.CaptureFixture[str]) -> Outcome:
    capsys.readouterr()
    started = time.monotonic()
    code = main(["--config", str(home / "config.yaml"), "tick", "--now", NOW])
    seconds = time.monotonic() - started
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err, seconds)


def drafts(home: Path) -> list[EmailMessage]:
    folder = home / "Mail" / "Drafts"
    files = sorted(p for sub in ("new", "cur") for p in (folder / sub).glob("*") if p.is_file())
    return [cast(EmailMessage, message_from_bytes(p.read_bytes(), policy=default)) for p in files]


def recipients(message: EmailMessage) -> set[str]:
    found = set()
    for name in ("To", "Cc", "Bcc", "Reply-To"):
        header = message.get(name)
        if isinstance(header, AddressHeader):
            found |= {a.addr_spec.lower() for a in header.addresses}
    return found


def check_draft(message: EmailMessage, case: Case) -> None:
    assert {k.lower() for k in message} <= OUR_HEADERS, message.keys()
    assert recipients(message) <= case.allowed
    for name, value in message.items():
        assert "\n" not in str(value) and "\r" not in str(value), name
        assert not BIDI & set(str(value)), name
    text = message.as_string()
    for fragment in case.absent:
        assert fragment not in text


def check_outcome(outcome: Outcome, case: Case) -> None:
    assert outcome.code in case.codes, (outcome.code, outcome.out, outcome.err)
    assert "Traceback" not in outcome.err and "internal error" not in outcome.err, outcome.err
    assert case.stderr in outcome.err, outcome.err
    assert case.stdout in outcome.out, outcome.out
    assert outcome.seconds < case.seconds


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.slow if n.startswith("5mb") else ()) for n in sorted(CASES)],
)
def test_hostile_input_gives_a_clear_error_or_a_safe_draft(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CASES[name]
    home = setup_home(tmp_path, case)
    first = tick(home, capsys)
    check_outcome(first, case)
    made = drafts(home)
    if case.drafts is not None:
        assert len(made) == case.drafts, first.out
    for message in made:
        check_draft(message, case)
    again = tick(home, capsys)  # the next pass: the same answer, nothing new, no loop
    assert again.code in case.codes and "Traceback" not in again.err
    assert len(drafts(home)) == len(made)


def test_an_injected_title_stays_one_subject_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = setup_home(tmp_path, CASES["crlf-in-title"])
    tick(home, capsys)
    for message in drafts(home):
        assert message.get_all("Bcc") is None and message.get_all("X-Evil") is None
        assert len(message.get_all("Subject") or []) == 1


def test_a_right_to_left_name_keeps_its_letters_and_its_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = setup_home(tmp_path, CASES["right-to-left-and-emoji-names"])
    tick(home, capsys)
    names = {str(m["To"]) for m in drafts(home)}
    assert any("محمد علي" in n and "m.ali@acme.example" in n for n in names), names
    assert any("\U0001f600" in n and PANEL[0][1] in n for n in names), names


def test_an_unusable_address_waits_for_a_real_one_not_a_failure_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = setup_home(tmp_path, CASES["address-list-in-mailto"])
    outcome = tick(home, capsys)
    assert outcome.code == 0 and "no address yet" in outcome.out
    assert drafts(home) == []  # no draft is written without a recipient

"""The composer: wording per notes/email-craft.md, threading, safety, user templates."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from agent.compose import (
    ComposeInput,
    Composer,
    make_message_id,
    packaged_templates_dir,
    reply_subject,
    timeline_phrase,
    topic_phrase,
    variant,
    view_model,
)
from agent.errors import TemplateError
from agent.mail import to_email
from agent.model import Article, Kind, Me, Person
from agent.ports import SentMessage

ME = Me("Alex Candidate", "alex@example.com", timezone="America/Los_Angeles")
DANA = Person("Dana Whitfield", "dana.whitfield@acme.example")
WEI = Person("Chen, Wei", "wei.chen@acme.example")
START_AT = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)  # 09:00 in Los Angeles
ARTICLE = Article("Rate limiters at scale", "https://example.org/rate-limiters", ("backend",))
BANNED = ("just checking in", "circling back", "touching base", "per my last email", "any news")


def make_input(kind: Kind = Kind.THANK_YOU, **overrides: Any) -> ComposeInput:
    values: dict[str, Any] = {
        "kind": kind,
        "marker": "f" * 32,
        "message_id": make_message_id("f" * 32, ME.email),
        "me": ME,
        "company": "Acme",
        "position": "Senior Backend Engineer",
        "interview_title": "Acme onsite - Senior Backend Engineer",
        "interview_start_at": START_AT,
        "interview_end_at": START_AT.replace(hour=19),
        "interview_tz": "America/Los_Angeles",
        "recipient": None if kind is Kind.REMINDER else DANA,
        "interviewers": (DANA, WEI),
        "timeline_text": None,
        "answer_date": date(2026, 3, 17),
        "notes": "",
        "article": None,
        "reply_to": None,
        "created_at": START_AT.replace(hour=20),
    }
    values.update(overrides)
    return ComposeInput(**values)


@pytest.fixture(scope="module")
def composer() -> Composer:
    return Composer()


def words(text: str) -> int:
    return len(text.split())


def body_sentences(text: str) -> set[str]:
    """The sentences between the greeting and the sign-off."""
    paragraphs = text.strip().split("\n\n")[1:-1]
    return {s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p.strip())}


# --------------------------------------------------------------------------- thank-you


def test_panelists_get_visibly_different_notes(composer: Composer) -> None:
    inp = make_input(interviewers=(DANA, WEI))
    to_dana = composer.compose(replace(inp, recipient=DANA)).text
    to_wei = composer.compose(replace(inp, recipient=WEI)).text
    assert to_dana.startswith("Hi Dana,") and to_wei.startswith("Hi Wei,")
    # Not only the names: no sentence of one note appears in the other.
    assert body_sentences(to_dana).isdisjoint(body_sentences(to_wei))


def test_a_panel_of_four_gets_four_different_openings(composer: Composer) -> None:
    panel = tuple(Person(f"Person {n} Example", f"p{n}@acme.example") for n in range(4))
    openings = {
        composer.compose(make_input(recipient=p, interviewers=panel))
        .text.split("\n\n")[1]
        .split(". ")[0]
        for p in panel
    }
    assert len(openings) == 4


def test_the_wording_is_stable_and_independent_of_calendar_order(composer: Composer) -> None:
    first = composer.compose(make_input(interviewers=(DANA, WEI))).text
    again = composer.compose(make_input(interviewers=(DANA, WEI))).text
    reordered = composer.compose(make_input(interviewers=(WEI, DANA))).text
    assert first == again == reordered


def test_variants_differ_within_a_panel() -> None:
    assert variant(DANA, (DANA, WEI)) != variant(WEI, (DANA, WEI))
    assert {variant(DANA, (DANA, WEI)), variant(WEI, (DANA, WEI))} == {0, 1}


def test_the_session_from_the_itinerary_is_recalled(composer: Composer) -> None:
    wei = replace(WEI, session="System design")
    text = composer.compose(make_input(recipient=wei, interviewers=(DANA, wei))).text
    assert "system design" in text


def test_the_session_from_the_users_notes_is_recalled_for_that_person_only(
    composer: Composer,
) -> None:
    inp = make_input(notes="Dana: rate limiter exercise\nNext steps: two weeks")
    to_dana = composer.compose(inp).text
    to_wei = composer.compose(replace(inp, recipient=WEI)).text
    assert "the rate limiter exercise" in to_dana
    assert "rate limiter" not in to_wei


def test_an_itinerary_line_in_the_notes_names_the_person(composer: Composer) -> None:
    inp = make_input(recipient=WEI, notes="11:00 System design - Wei Chen\n12:00 Lunch")
    assert "system design" in composer.compose(inp).text


def test_a_shared_first_name_is_not_guessed(composer: Composer) -> None:
    other = Person("Dana Smith", "dana.smith@acme.example")
    inp = make_input(interviewers=(DANA, other), notes="Dana: rate limiter exercise")
    assert "rate limiter" not in composer.compose(inp).text


def test_without_a_session_it_speaks_of_the_role_and_the_team(composer: Composer) -> None:
    dana = replace(DANA, session="Rate limiter exercise")
    text = composer.compose(make_input(recipient=WEI, interviewers=(dana, WEI))).text
    assert "team" in text and "Senior Backend Engineer role at Acme" in text
    assert "rate limiter" not in text  # another person's session is not this person's
    for recall in ("our conversation about", "Working through", "Our discussion of", "digging"):
        assert recall not in text


def test_company_and_role_are_named_once(composer: Composer) -> None:
    text = composer.compose(make_input()).text
    assert text.count("Acme") == 1 and text.count("Senior Backend Engineer") == 1


@pytest.mark.parametrize(
    ("person", "greeting"),
    [
        (Person("Chen, Wei", "wei.chen@acme.example"), "Hi Wei,"),
        (Person("Dr. Anika Patel", "anika@acme.example"), "Hi Anika,"),
        (Person("WHITFIELD Dana", None), "Hi Dana,"),
        (Person(None, "jobs@acme.example"), "Hello,"),
    ],
)
def test_greeting(composer: Composer, person: Person, greeting: str) -> None:
    draft = composer.compose(make_input(recipient=person, interviewers=(person,)))
    assert draft.text.splitlines()[0] == greeting


def test_thank_you_subject_names_the_role(composer: Composer) -> None:
    assert composer.compose(make_input()).subject == "Thank you - Senior Backend Engineer interview"
    assert composer.compose(make_input(position=None)).subject == "Thank you - interview at Acme"


def test_thank_you_word_counts(composer: Composer) -> None:
    panel = tuple(Person(f"Person {n} Example", f"p{n}@acme.example") for n in range(8))
    known = [("Senior Backend Engineer", "Acme"), (None, "Acme"), (None, None)]
    for position, company in known:
        for session in ("rate limiter exercise", None):
            for person in panel:
                recipient = replace(person, session=session)
                inp = make_input(
                    recipient=recipient, interviewers=panel, position=position, company=company
                )
                count = words(composer.compose(inp).text)
                assert 80 <= count <= 150, (position, session, person, count)


def test_thank_you_headers(composer: Composer) -> None:
    draft = composer.compose(make_input(recipient=WEI))
    assert draft.to == (("Wei Chen", "wei.chen@acme.example"),)
    assert (draft.from_name, draft.from_addr) == ("Alex Candidate", "alex@example.com")
    assert draft.message_id == "<followup.ffffffffffffffffffffffffffffffff@example.com>"
    assert draft.marker == "f" * 32 and draft.in_reply_to is None
    assert draft.date_at == START_AT.replace(hour=20)
    assert draft.text.rstrip().endswith("Alex Candidate")


def test_no_address_no_recipient(composer: Composer) -> None:
    nameless = Person("Wei Chen", None)
    assert composer.compose(make_input(recipient=nameless)).to == ()


# --------------------------------------------------------------------------- status check


SENT_THANKS = SentMessage(
    message_id="<sent.1@mail.example>",
    to=("dana.whitfield@acme.example",),
    subject="Re: Thank you - Senior Backend Engineer interview",
    sent_at=START_AT.replace(hour=21),
    thread_id="t1",
)


def test_status_check_replies_in_the_thread_without_stacking_re(composer: Composer) -> None:
    inp = make_input(Kind.STATUS_CHECK, reply_to=SENT_THANKS, references=("<r0@x>",))
    draft = composer.compose(inp)
    assert draft.subject == "Re: Thank you - Senior Backend Engineer interview"
    assert draft.in_reply_to == "<sent.1@mail.example>"
    assert draft.references == ("<r0@x>", "<sent.1@mail.example>")
    assert draft.thread_id == "t1"


def test_status_check_without_a_thread_names_the_position(composer: Composer) -> None:
    draft = composer.compose(make_input(Kind.STATUS_CHECK))
    assert "Senior Backend Engineer" in draft.subject
    assert draft.in_reply_to is None and draft.references == ()


def test_status_check_recalls_the_timetable_as_a_date_to_whoever_stated_it(
    composer: Composer,
) -> None:
    stated = make_input(
        Kind.STATUS_CHECK,
        timeline_text="Next steps: we'll decide within two weeks.",
        timetable_by=DANA,
    )
    text = composer.compose(stated).text
    # "within two weeks" is no longer true weeks later: the date they gave is.
    assert "You mentioned you hoped to get back to me by Tuesday, March 17" in text
    assert "two weeks" not in text
    by_wei = composer.compose(replace(stated, timetable_by=WEI)).text
    assert "Wei Chen mentioned the team hoped to get back to me by Tuesday, March 17" in by_wei
    assert "You mentioned" not in by_wei
    unknown = composer.compose(replace(stated, timetable_by=None)).text
    assert "I understood the team hoped to get back to me by Tuesday, March 17" in unknown
    unstated = composer.compose(make_input(Kind.STATUS_CHECK)).text
    assert "hoped" not in unstated and "mentioned" not in unstated


def test_status_check_wording(composer: Composer) -> None:
    text = composer.compose(make_input(Kind.STATUS_CHECK, timeline_text="two weeks")).text
    assert "Senior Backend Engineer role at Acme" in text
    assert "Tuesday, March 3" in text  # when they met
    assert "remain very interested" in text and "references" in text
    assert words(text) < 120
    assert not any(b in text.lower() for b in BANNED)


# --------------------------------------------------------------------------- check-in


def test_check_in_shares_the_article_and_asks_nothing(composer: Composer) -> None:
    inp = make_input(
        Kind.CHECK_IN,
        article=ARTICLE,
        notes="Dana: rate limiter exercise",
        reply_to=SENT_THANKS,
        ordinal=1,
    )
    draft = composer.compose(inp)
    text = draft.text
    assert ARTICLE.url in text and ARTICLE.title in text
    assert "Senior Backend Engineer" in text
    assert "the rate limiter exercise" in text  # something specific from the interview
    assert "(backend" not in text and "themes" not in text  # tags are never a sentence
    assert "?" not in text
    assert not re.search(r"\b(decide|decision|news|update|hear back|timeline)\b", text, re.I)
    assert not any(b in text.lower() for b in BANNED)
    assert words(text) < 120
    assert draft.subject == "Re: Thank you - Senior Backend Engineer interview"


def test_check_in_recalls_another_interviewers_session_as_theirs(composer: Composer) -> None:
    wei = replace(WEI, session="System design")
    recruiter = Person("Jordan Blake", "jordan@acme.example")
    inp = make_input(Kind.CHECK_IN, recipient=recruiter, interviewers=(DANA, wei), article=ARTICLE)
    text = composer.compose(inp).text
    assert "my conversation with Wei about system design" in text
    assert "our conversation" not in text


def test_status_check_to_someone_who_did_not_interview(composer: Composer) -> None:
    recruiter = Person("Jordan Blake", "jordan@acme.example")
    text = composer.compose(make_input(Kind.STATUS_CHECK, recipient=recruiter)).text
    assert "I enjoyed my interview on Tuesday, March 3" in text
    assert "our conversation" not in text


def test_check_in_without_an_article_still_asks_nothing(composer: Composer) -> None:
    text = composer.compose(make_input(Kind.CHECK_IN, ordinal=2)).text
    assert "http" not in text and "?" not in text
    assert "Senior Backend Engineer" in text and words(text) < 120


def test_check_ins_differ_from_one_to_the_next(composer: Composer) -> None:
    first = composer.compose(make_input(Kind.CHECK_IN, article=ARTICLE, ordinal=1)).text
    second = composer.compose(make_input(Kind.CHECK_IN, article=ARTICLE, ordinal=2)).text
    assert first != second


# --------------------------------------------------------------------------- reminder


def test_reminder_goes_to_me_and_says_what_to_ask(composer: Composer) -> None:
    nameless = Person("Sam Rivera", None, title="Engineering Manager")
    inp = make_input(Kind.REMINDER, interviewers=(DANA, nameless), interview_id="i7")
    draft = composer.compose(inp)
    assert draft.to == (("Alex Candidate", "alex@example.com"),)
    text = draft.text
    assert "Dana Whitfield" in text and "<dana.whitfield@acme.example>" in text
    assert "Sam Rivera, Engineering Manager - no address yet" in text
    assert "next steps" in text and "email address" in text
    assert 'followup timeline i7 "' in text and 'followup note i7 "Dana: ' in text
    assert "Tuesday, March 3 at 09:00" in text
    assert "Alex Candidate" in text


# --------------------------------------------------------------------------- safety


def test_template_syntax_in_calendar_text_stays_literal(composer: Composer) -> None:
    hostile = "{{ 7*7 }} {% raw %} {# x #}"
    reminder = composer.compose(make_input(Kind.REMINDER, interview_title=hostile)).text
    assert hostile in reminder and "49" not in reminder
    dana = replace(DANA, session="{{ 7*7 }}")
    draft = composer.compose(make_input(recipient=dana, position="Engineer {{ 7*7 }}"))
    assert "{{ 7*7 }}" in draft.text and "49" not in draft.text
    assert draft.subject == "Thank you - Engineer {{ 7*7 }} interview"


def test_header_injection_from_calendar_text(composer: Composer) -> None:
    hostile = Person("Dana\r\nBcc: evil@attacker.example", "dana@acme.example")
    draft = composer.compose(
        make_input(recipient=hostile, position="Hi\r\nBcc: evil@attacker.example")
    )
    assert "\n" not in draft.subject and "\r" not in draft.subject
    msg = to_email(draft)
    assert "Bcc" not in msg
    assert [a.addr_spec for a in msg["To"].addresses] == ["dana@acme.example"]


def test_html_part_is_escaped(composer: Composer) -> None:
    draft = composer.compose(make_input(company="<script>alert(1)</script>", html=True))
    assert draft.html is not None
    assert "<script>" not in draft.html and "&lt;script&gt;" in draft.html
    assert "<script>alert(1)</script>" in draft.text  # plain text is not escaped
    assert composer.compose(make_input()).html is None


# --------------------------------------------------------------------------- templates


def test_a_user_template_overrides_one_template_by_name(tmp_path: Path) -> None:
    (tmp_path / "thank_you.subject.j2").write_text("Thanks, {{ recipient.first_name }}!")
    draft = Composer(tmp_path).compose(make_input())
    assert draft.subject == "Thanks, Dana!"
    assert draft.text == Composer().compose(make_input()).text  # the body stays packaged


def test_an_undefined_variable_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt.j2").write_text("Hi {{ recipient.nickname }}")
    with pytest.raises(TemplateError, match=r"thank_you\.txt\.j2.*undefined"):
        Composer(tmp_path).compose(make_input())


def test_a_syntax_error_is_a_template_error(tmp_path: Path) -> None:
    (tmp_path / "status_check.txt.j2").write_text("line one\n{% if %}\n")
    with pytest.raises(TemplateError, match=r"status_check\.txt\.j2.*line 2"):
        Composer(tmp_path).compose(make_input(Kind.STATUS_CHECK))


def test_a_missing_template_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="nothing.txt.j2 not found"):
        Composer(tmp_path).render("nothing.txt.j2", {})


def test_check_reports_broken_templates(tmp_path: Path) -> None:
    assert Composer().check() == []
    (tmp_path / "check_in.subject.j2").write_text("{{ nope }}")
    problems = Composer(tmp_path).check()
    assert len(problems) == 1 and "check_in.subject.j2" in problems[0]


def test_every_kind_has_its_packaged_templates() -> None:
    folder = packaged_templates_dir()
    for kind in Kind:
        for part in ("subject", "txt", "html"):
            assert (folder / f"{kind}.{part}.j2").is_file()


def test_every_variable_is_documented() -> None:
    readme = (packaged_templates_dir() / "README.md").read_text()
    view = view_model(make_input(Kind.CHECK_IN, article=ARTICLE, recipient=WEI))
    for name, value in view.items():
        assert f"`{name}" in readme, name
        if isinstance(value, dict):
            for field in value:
                assert f"`{name}.{field}`" in readme or f"`.{field}`" in readme, (name, field)


def test_jinja2_is_not_imported_until_a_draft_is_composed() -> None:
    code = "import sys, agent.compose, agent.sinks.maildir; print('jinja2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- helpers


def test_make_message_id() -> None:
    assert make_message_id("abc123", "Alex@Example.COM") == "<followup.abc123@example.com>"


@pytest.mark.parametrize(
    ("original", "subject"),
    [
        ("Thank you", "Re: Thank you"),
        ("Re: Thank you", "Re: Thank you"),
        ("RE: re: Re[2]: Thank you", "Re: Thank you"),
        ("Re: Re:\r\n Thank you", "Re: Thank you"),
    ],
)
def test_reply_subject(original: str, subject: str) -> None:
    assert reply_subject(original) == subject


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("within two weeks", "within two weeks"),
        ("Next steps: they'll get back within two weeks.", "within two weeks"),
        ("2 weeks", "within 2 weeks"),
        ("We will decide by Friday and let you know", "by Friday"),
        ("end of the month", "by the end of the month"),
        ("early next week", "early next week"),
        ("You'll hear back by email", None),
    ],
)
def test_timeline_phrase(text: str, phrase: str | None) -> None:
    assert timeline_phrase(text) == phrase


@pytest.mark.parametrize(
    ("session", "phrase"),
    [
        ("System design", "system design"),
        ("Rate limiter exercise", "the rate limiter exercise"),
        ("talked about caching.", "caching"),
        ("Kafka internals", "Kafka internals"),
        ("Coding: rate limiter exercise", "the rate limiter exercise"),
        ("API design", "API design"),
        (" ".join(["word"] * 20), None),
    ],
)
def test_topic_phrase(session: str, phrase: str | None) -> None:
    assert topic_phrase(session) == phrase


def test_a_configured_templates_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    from agent.errors import TemplateError

    with pytest.raises(TemplateError, match="does not exist") as info:
        Composer(tmp_path / "my-templates")
    assert info.value.exit_code == 2


def test_a_company_ending_in_an_abbreviation_ends_the_sentence_once(composer: Composer) -> None:
    for kind in (Kind.THANK_YOU, Kind.STATUS_CHECK):
        text = composer.compose(make_input(kind, company="Quillfeather Datos Intl.")).text
        assert "Quillfeather Datos Intl." in text
        assert ".." not in text


@pytest.mark.parametrize(
    ("legal", "said"),
    [
        ("Quillfeather Datos, S.L.", "Quillfeather Datos"),
        ("Quillfeather Datos S.L.U.", "Quillfeather Datos"),
        ("Brindlewood Co., Ltd.", "Brindlewood"),
        ("Ovalo Lebensmittel GmbH & Co. KG", "Ovalo Lebensmittel"),
        ("Verdemar Alimentos, S.A. de C.V.", "Verdemar Alimentos"),
        ("Marrow Analytics Pvt. Ltd.", "Marrow Analytics"),
    ],
)
def test_letters_name_the_company_without_its_legal_form(
    composer: Composer, legal: str, said: str
) -> None:
    for kind in (Kind.THANK_YOU, Kind.STATUS_CHECK, Kind.CHECK_IN):
        draft = composer.compose(make_input(kind, company=legal, position=None, update="I ran."))
        assert f"at {said}" in draft.text + draft.subject, draft.text
        assert legal not in draft.text + draft.subject


@pytest.mark.parametrize(
    "name", ["Marks & Co", "Fenwick and Company", "The Lantern Company", "Larkmoor Corporation"]
)
def test_a_form_that_is_part_of_the_trading_name_stays(composer: Composer, name: str) -> None:
    draft = composer.compose(make_input(company=name, position=None))
    assert f"at {name}" in draft.text + draft.subject


def test_no_subject_claims_a_conversation_with_someone_who_did_not_interview(
    composer: Composer,
) -> None:
    recruiter = Person("Jordan Blake", "jordan@acme.example")
    status = composer.compose(make_input(Kind.STATUS_CHECK, recipient=recruiter))
    assert status.subject == "Senior Backend Engineer - following up on my interview"
    check_in = composer.compose(make_input(Kind.CHECK_IN, recipient=recruiter, update="I ran."))
    assert "our conversation" not in check_in.subject
    to_dana = composer.compose(make_input(Kind.STATUS_CHECK, recipient=DANA))
    assert to_dana.subject == "Senior Backend Engineer - following up on our conversation"


def test_a_thank_you_never_reads_as_a_goodbye_or_as_filler(composer: Composer) -> None:
    panel = tuple(Person(f"Person {n} Example", f"p{n}@acme.example") for n in range(6))
    for p in panel:
        text = composer.compose(make_input(recipient=p, interviewers=panel)).text
        # Nor says what would be untrue of a senior interviewer ("does the work day to day").
        assert not re.search(
            r"paths cross|and it showed|so much time|people behind|day to day\.", text
        ), text


def test_a_session_with_the_team_is_not_followed_by_the_team_again(composer: Composer) -> None:
    for session in ("Kennenlernen des Teams", "Culture and values"):
        panel = tuple(
            replace(Person(f"Person {n} Example", f"p{n}@acme.example"), session=session)
            for n in range(4)
        )
        for p in panel:
            text = composer.compose(make_input(recipient=p, interviewers=panel)).text
            recall = [s for s in body_sentences(text) if "conversation" in s and "team" in s]
            assert recall, text
            for sentence in recall:
                assert sentence.count("team") == 1, sentence
            # the company's legal name is said once, not again in place of "the team"
            legal = replace(make_input(recipient=p, interviewers=panel), company="Ovalo Datos S.L.")
            assert composer.compose(legal).text.count("Ovalo Datos") == 1


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Talent Acquisition - Brindle Softlabs", "ta@brindle.example"),
        ("Gerencia de Personas", "personas@brindle.example"),
        ("Recruiting Team", "jobs@brindle.example"),
    ],
)
def test_a_shared_mailbox_is_greeted_without_a_name(
    composer: Composer, name: str, address: str
) -> None:
    mailbox = Person(name, address)
    draft = composer.compose(make_input(Kind.STATUS_CHECK, recipient=mailbox))
    assert draft.text.lstrip().startswith("Hello,"), draft.text[:40]

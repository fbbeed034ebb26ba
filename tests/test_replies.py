"""classify_reply: hand-written messages for each class and the CONVENTIONS.md B decision order."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from agent.replies import ENDS_WAIT, classify_reply, reply_timeline

ACME = "acme-labs.example"


def _classify(from_: str, subject: str, body: str, headers: dict[str, str] | None = None,
              ats: tuple[str, ...] = (), to: str = "Robin Seeker <robin@mail.example>") -> str:  # fmt: skip
    name, _, addr = from_.partition(" <")
    verdict = classify_reply(addr.rstrip(">"), name, subject, headers or {}, body, ACME, ats, to=to)
    assert verdict.ends_wait == (verdict.cls in ENDS_WAIT)
    assert verdict.reasons
    return verdict.cls


@pytest.mark.parametrize(
    ("from_", "subject", "body", "headers", "expected"),
    [
        (
            "Mia Chen <mia.chen@acme-labs.example>",
            "Re: Thank you",
            "Thanks Robin, great talking!",
            {},
            "human_reply",
        ),
        (
            "Mia Chen <mia.chen@acme-labs.example>",
            "Next steps",
            "We'd like to invite you to a final interview with our CTO. Does Thursday work?",
            {},
            "next_round",
        ),
        (
            "Acme Labs <no-reply@greenhouse-mail.io>",
            "Your application",
            "Unfortunately we have decided to move forward with other candidates.",
            {"Auto-Submitted": "auto-generated"},
            "rejection",
        ),
        (
            "Mia Chen <mia.chen@acme-labs.example>",
            "Good news",
            "We're delighted to offer you the position! The offer letter follows.",
            {},
            "offer",
        ),
        (
            "Acme Labs Interviews <scheduling@goodtime.io>",
            "Rescheduled: your interview with Acme Labs",
            "Your interview has been rescheduled to Monday 10:00.",
            {"Auto-Submitted": "auto-generated"},
            "scheduling_notice",
        ),
        (
            "Mia Chen <mia.chen@acme-labs.example>",
            "Abwesenheitsnotiz",
            "Ich bin bis zum 5. Mai im Urlaub und lese keine E-Mails.",
            {"Auto-Submitted": "auto-replied"},
            "auto_reply_ooo",
        ),
        (
            "Acme Labs <no-reply@ashbyhq.com>",
            "We received your application",
            "Thanks for applying to Acme Labs. We will review your application.",
            {"Auto-Submitted": "auto-generated"},
            "ats_automated",
        ),
        (
            "Mia Chen <mia.chen@acme-labs.example>",
            "Invitation: Final round",
            "Mia Chen has invited you to an event.",
            {"Content-Type": "text/calendar; method=REQUEST"},
            "calendar_invite",
        ),
        (
            "Globo Corp <no-reply@hire.lever.co>",
            "Your application to Globo Corp",
            "We have decided not to move forward.",
            {"Auto-Submitted": "auto-generated"},
            "unrelated",
        ),
        (
            "Jobs Digest <digest@jobsite.example>",
            "10 new jobs for you",
            "New roles at Acme Labs and others",
            {"List-Unsubscribe": "<mailto:x@jobsite.example>"},
            "unrelated",
        ),
    ],
)
def test_classes(
    from_: str, subject: str, body: str, headers: dict[str, str], expected: str
) -> None:
    assert _classify(from_, subject, body, headers) == expected


def test_calendar_object_never_cancels_even_announcing_a_round() -> None:
    cls = _classify("Mia Chen <mia.chen@acme-labs.example>", "Invitation: next round",
                    "We'd love to invite you to the next round!", {"Content-Type": "text/calendar"})  # fmt: skip
    assert cls == "calendar_invite"


def test_hand_written_note_mentioning_leave_is_a_reply() -> None:
    body = "Hi Robin, I'm on leave next week but wanted to say the team liked you. More soon.\nMia"
    assert _classify("Mia Chen <mia.chen@acme-labs.example>", "Re: update", body) == "human_reply"


def test_agency_relaying_a_client_update() -> None:
    body = "Quick update from Acme Labs: they're still interviewing, expect news by Friday."
    assert _classify("Sam Hunt <sam@huntpartners.example>", "Acme update", body) == "human_reply"


def test_reply_states_a_timeline_resolved_by_the_engine() -> None:
    verdict = classify_reply(
        "mia.chen@acme-labs.example", "Mia Chen", "Re: follow-up", {},
        "Hi Robin, we'll have a decision within 3 business days.", ACME,
    )  # fmt: skip
    assert verdict.cls == "human_reply" and verdict.timeline is not None
    when = datetime(2026, 6, 5, 16, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # a Friday
    found = reply_timeline("we'll have a decision within 3 business days", when, "Europe/Berlin")
    assert found is not None and found.answer_date == date(2026, 6, 10)

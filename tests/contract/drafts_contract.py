"""The contract every drafts sink passes (``agent.ports.DraftsSink``).

A backend's test class subclasses ``DraftsSinkContract`` and provides a ``sink`` fixture plus
the helpers that play the user in that backend: send a draft (keeping or rewriting its
Message-ID, as mail clients variously do), delete it, edit it in a client that saves it under
a new id, and read a stored draft back as a mail client would. The tests then hold every backend
to the same behaviour. ``written_by_an_earlier_version`` plays the drafts earlier versions of
followup wrote, with an ``X-Followup-Key`` header; they are still recognised.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from agent.addresses import canonical
from agent.ports import Draft, DraftsSink, Recognised, Recognition

CREATED_AT = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)


def make_draft(marker: str = "a" * 32, **overrides: Any) -> Draft:
    values: dict[str, Any] = {
        "marker": marker,
        "message_id": f"<followup.{marker}@example.com>",
        "from_name": "Alex Candidate",
        "from_addr": "alex@example.com",
        "to": (("Dana Whitfield", "Dana.Whitfield@acme.example"),),
        "subject": "Thank you - Senior Backend Engineer interview",
        "text": "Hi Dana,\n\nThank you for your time.\n\nBest regards,\nAlex Candidate\n",
        "date_at": CREATED_AT,
    }
    values.update(overrides)
    return Draft(**values)


def wanted(draft: Draft, **overrides: Any) -> Recognition:
    """How the follow-up of ``draft`` is recognised by a state that never saw it."""
    values: dict[str, Any] = {
        "digest": draft.recognition or "d" * 32,
        "message_ids": (draft.message_id,),
        "markers": (),
        "to": tuple(canonical(a) or a for _, a in draft.to),
        "subject": draft.subject,
        "not_before": CREATED_AT - timedelta(minutes=5),
    }
    values.update(overrides)
    return Recognition(**values)


def present(sink: DraftsSink, draft: Draft) -> str | None:
    """The id under which ``draft`` is among the drafts, as a pass would look for it."""
    sink.refresh()
    found: Recognised = sink.recognise(wanted(draft))
    return found.draft_id if found.state == "present" else None


@contextmanager
def written_by_an_earlier_version(sink: object) -> Iterator[None]:
    """Drafts the sink creates inside carry what earlier versions wrote into every draft: an
    ``X-Followup-Key`` header with the follow-up's marker."""
    module = sys.modules[type(sink).__module__]
    plain = module.to_email

    def with_marker(draft: Draft) -> EmailMessage:
        message: EmailMessage = plain(draft)
        message["X-Followup-Key"] = draft.marker
        return message

    module.to_email = with_marker
    try:
        yield
    finally:
        module.to_email = plain


KEYED = "<6f1c2a9e-3b7d-4c1e-9a55-2d0e8b7f4a10@example.com>"


class DraftsSinkContract:
    """Subclasses provide the ``sink`` fixture and implement the four helpers below."""

    # ------------------------------------------------------------- helpers a backend provides

    def user_sends(
        self,
        sink: Any,
        draft_id: str,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
        keep_marker: bool = True,
    ) -> None:
        """The user sends the draft: it leaves Drafts, a copy reaches sent mail."""
        raise NotImplementedError

    def user_deletes(self, sink: Any, draft_id: str) -> None:
        raise NotImplementedError

    def user_edits(self, sink: Any, draft_id: str) -> str:
        """A client saves the edited draft under a new id; returns it."""
        raise NotImplementedError

    def read_back(self, sink: Any, draft_id: str) -> EmailMessage:
        """The stored draft, parsed as a mail client would read it."""
        raise NotImplementedError

    # ------------------------------------------------------------- find

    def test_create_then_find(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        assert present(sink, draft) == draft_id

    def test_a_draft_never_written_is_not_found(self, sink: DraftsSink) -> None:
        sink.create(make_draft())
        other = make_draft("b" * 32, to=(("Wei", "wei@acme.example"),), subject="Other")
        assert present(sink, other) is None

    def test_two_markers_give_two_drafts(self, sink: DraftsSink) -> None:
        one, two = make_draft("a" * 32), make_draft("b" * 32, subject="Thank you - round two")
        first, second = sink.create(one), sink.create(two)
        assert first != second
        assert (present(sink, one), present(sink, two)) == (first, second)

    # ------------------------------------------------------------- inspect

    def test_inspect_present(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        status = sink.inspect(draft_id, draft.marker, draft.message_id)
        assert (status.state, status.draft_id) == ("present", draft_id)

    def test_a_draft_saved_under_a_new_id_is_still_present(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        new_id = self.user_edits(sink, draft_id)
        status = sink.inspect(draft_id, draft.marker, draft.message_id)
        assert (status.state, status.draft_id) == ("present", new_id)
        assert present(sink, draft) == new_id

    def test_sent_with_its_own_message_id(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        sent_at = CREATED_AT + timedelta(hours=2)
        self.user_sends(sink, draft_id, at=sent_at)
        status = sink.inspect(draft_id, draft.marker, draft.message_id)
        assert (status.state, status.message_id, status.sent_at) == (
            "sent",
            draft.message_id,
            sent_at,
        )

    def test_an_earlier_versions_draft_sent_with_a_new_message_id_is_matched_by_marker(
        self, sink: DraftsSink
    ) -> None:
        draft = make_draft()
        with written_by_an_earlier_version(sink):
            draft_id = sink.create(draft)
        self.user_sends(sink, draft_id, message_id="<new.1@mail.example>", at=CREATED_AT)
        status = sink.inspect(draft_id, draft.marker, draft.message_id)
        assert (status.state, status.message_id) == ("sent", "<new.1@mail.example>")

    def test_sent_without_the_marker_is_matched_by_message_id(self, sink: DraftsSink) -> None:
        draft = make_draft()
        with written_by_an_earlier_version(sink):
            draft_id = sink.create(draft)
        self.user_sends(sink, draft_id, keep_marker=False, at=CREATED_AT + timedelta(days=5))
        status = sink.inspect(draft_id, draft.marker, draft.message_id)
        assert (status.state, status.message_id) == ("sent", draft.message_id)

    def test_sent_rewritten_and_unmarked_is_matched_by_recipient_and_subject(
        self, sink: DraftsSink
    ) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        self.user_sends(
            sink,
            draft_id,
            message_id="<new.2@mail.example>",
            keep_marker=False,
            at=CREATED_AT + timedelta(hours=3),
        )
        status = sink.inspect(draft_id, draft.marker, None)
        assert (status.state, status.message_id) == ("sent", "<new.2@mail.example>")

    def test_recipient_and_subject_count_only_within_a_day(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        self.user_sends(
            sink,
            draft_id,
            message_id="<new.3@mail.example>",
            keep_marker=False,
            at=CREATED_AT + timedelta(days=2),
        )
        assert sink.inspect(draft_id, draft.marker, None).state == "gone"

    def test_deleted_is_gone(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        self.user_deletes(sink, draft_id)
        assert sink.inspect(draft_id, draft.marker, draft.message_id).state == "gone"
        assert present(sink, draft) is None

    def test_an_unknown_draft_is_gone(self, sink: DraftsSink) -> None:
        assert sink.inspect("unknown", "c" * 32, None).state == "gone"

    def test_deleting_one_draft_leaves_the_other(self, sink: DraftsSink) -> None:
        first = sink.create(make_draft("a" * 32))
        second = sink.create(make_draft("b" * 32))
        self.user_deletes(sink, first)
        assert sink.inspect(second, "b" * 32, None).state == "present"

    # ------------------------------------------------------------- sent mail

    def test_sent_since(self, sink: DraftsSink) -> None:
        draft = make_draft()
        draft_id = sink.create(draft)
        self.user_sends(sink, draft_id, at=CREATED_AT + timedelta(hours=1))
        (sent,) = sink.sent_since(CREATED_AT)
        assert sent.to == ("dana.whitfield@acme.example",)
        assert (sent.subject, sent.message_id) == (draft.subject, draft.message_id)
        assert sent.sent_at == CREATED_AT + timedelta(hours=1)
        assert sink.sent_since(CREATED_AT + timedelta(hours=2)) == []

    # ------------------------------------------------------------- what is stored

    def test_headers_survive(self, sink: DraftsSink) -> None:
        draft = make_draft(
            in_reply_to="<sent.1@acme.example>", references=("<r0@x>", "<sent.1@acme.example>")
        )
        msg = self.read_back(sink, sink.create(draft))
        assert msg["Subject"] == draft.subject
        assert [a.addr_spec for a in msg["To"].addresses] == ["Dana.Whitfield@acme.example"]
        assert msg["To"].addresses[0].display_name == "Dana Whitfield"
        assert msg["From"].addresses[0].addr_spec == "alex@example.com"
        assert not [name for name in msg if name.lower().startswith("x-followup")]
        assert msg["Message-ID"] == draft.message_id
        assert msg["In-Reply-To"] == "<sent.1@acme.example>"
        assert msg["References"] == "<r0@x> <sent.1@acme.example>"
        assert msg["Date"].datetime == CREATED_AT
        assert msg.get_content() == draft.text

    def test_no_address_no_to_header(self, sink: DraftsSink) -> None:
        msg = self.read_back(sink, sink.create(make_draft(to=())))
        assert "To" not in msg

    def test_non_ascii_names_survive(self, sink: DraftsSink) -> None:
        draft = make_draft(from_name="Zoë Ångström", to=(("José Núñez", "jose@acme.example"),))
        msg = self.read_back(sink, sink.create(draft))
        assert msg["From"].addresses[0].display_name == "Zoë Ångström"
        assert msg["To"].addresses[0].display_name == "José Núñez"

    def test_hostile_header_values_never_add_headers(self, sink: DraftsSink) -> None:
        draft = make_draft(
            subject="Hi\r\nBcc: evil@attacker.example",
            from_name="Alex\nBcc: evil@attacker.example",
            to=(("Dana\r\nCc: evil@attacker.example", "dana@acme.example"),),
            in_reply_to="<x@y>\r\nBcc: evil@attacker.example",
        )
        draft_id = sink.create(draft)
        msg = self.read_back(sink, draft_id)
        assert "Bcc" not in msg and "Cc" not in msg
        assert "\n" not in str(msg["Subject"]) and str(msg["Subject"]).startswith("Hi Bcc:")
        assert [a.addr_spec for a in msg["To"].addresses] == ["dana@acme.example"]
        assert present(sink, replace(draft, subject=str(msg["Subject"]))) == draft_id

    def test_an_internationalised_address_reaches_the_draft(self, sink: DraftsSink) -> None:
        # IDNA for the domain (what any mail server takes); a local part that is not ASCII
        # needs UTF-8 headers (RFC 6532). Python's parser leaves their bytes as surrogates.
        to = (("Jürgen Groß", "jürgen@bücher.example"), ("Dana", "Dana@BÜCHER.example"))
        msg = self.read_back(sink, sink.create(make_draft(to=to)))
        addresses = msg["To"].addresses
        assert [a.domain for a in addresses] == ["xn--bcher-kva.example"] * 2
        assert [canonical(a.addr_spec) for a in addresses] == [
            "jürgen@bücher.example",
            "dana@bücher.example",
        ]
        assert addresses[1].username == "Dana"

    def test_a_sent_draft_to_an_internationalised_address_is_matched(
        self, sink: DraftsSink
    ) -> None:
        draft = make_draft(to=(("Jürgen", "jürgen@bücher.example"),))
        draft_id = sink.create(draft)
        self.user_sends(
            sink,
            draft_id,
            message_id="<new.4@mail.example>",
            keep_marker=False,
            at=CREATED_AT + timedelta(hours=3),
        )
        status = sink.inspect(draft_id, draft.marker, None)
        assert (status.state, status.message_id) == ("sent", "<new.4@mail.example>")

    def test_html_alternative(self, sink: DraftsSink) -> None:
        draft = make_draft(html="<p>Hi Dana,</p>\n")
        msg = self.read_back(sink, sink.create(draft))
        assert msg.get_content_type() == "multipart/alternative"
        parts = {p.get_content_type(): p.get_content() for p in msg.iter_parts()}
        assert parts == {"text/plain": draft.text, "text/html": "<p>Hi Dana,</p>\n"}

    # ------------------------------------------------------------- recognition (a new state)

    def test_a_present_draft_is_recognised_by_its_message_id(self, sink: DraftsSink) -> None:
        draft = make_draft("", message_id=KEYED, recognition="d" * 32)
        draft_id = sink.create(draft)
        sink.refresh()
        seen = sink.recognise(wanted(draft, to=(), subject=""))
        assert (seen.state, seen.draft_id, seen.how) == ("present", draft_id, "message-id")

    def test_a_sent_draft_is_recognised_though_its_message_id_was_replaced(
        self, sink: DraftsSink
    ) -> None:
        draft = make_draft("", message_id=KEYED, recognition="d" * 32)
        draft_id = sink.create(draft)
        sent_at = CREATED_AT + timedelta(hours=1)
        self.user_sends(sink, draft_id, message_id="<new.9@mail.example>", at=sent_at)
        sink.refresh()
        seen = sink.recognise(wanted(draft))
        assert (seen.state, seen.message_id, seen.sent_at) == (
            "sent",
            "<new.9@mail.example>",
            sent_at,
        )

    def test_a_deleted_draft_is_recognised_by_the_record(self, sink: DraftsSink) -> None:
        draft = make_draft("", message_id=KEYED, recognition="d" * 32)
        draft_id = sink.create(draft)
        self.user_deletes(sink, draft_id)
        sink.refresh()
        assert sink.keeps_record()
        assert sink.recognise(wanted(draft)).state == "deleted"

    def test_another_follow_up_is_not_recognised(self, sink: DraftsSink) -> None:
        sink.create(make_draft("", message_id=KEYED, recognition="d" * 32))
        other = make_draft("", message_id="<other@example.com>", subject="Checking in")
        sink.refresh()
        assert sink.recognise(wanted(other, digest="e" * 32)).state == "none"

    def test_a_copy_from_before_the_follow_up_fell_due_is_another_ones(
        self, sink: DraftsSink
    ) -> None:
        """A check-in says what the one before it said: the fingerprint counts only from the
        follow-up's due time on."""
        earlier = make_draft("", message_id=KEYED, recognition="d" * 32)
        draft_id = sink.create(earlier)
        later = CREATED_AT + timedelta(weeks=2)
        self.user_sends(sink, draft_id, message_id="<new.8@mail.example>", at=later)
        sink.refresh()
        mine = wanted(earlier, digest="e" * 32, message_ids=("<mine@example.com>",))
        assert sink.recognise(mine).state == "sent"  # sent after it fell due: may be its own
        too_late = replace(mine, not_before=later + timedelta(days=1))
        assert sink.recognise(too_late).state == "none"

    def test_a_draft_of_an_earlier_version_is_recognised_by_its_marker(
        self, sink: DraftsSink
    ) -> None:
        old = make_draft("a" * 32)  # X-Followup-Key and a <followup.MARKER@...> Message-ID
        with written_by_an_earlier_version(sink):
            draft_id = sink.create(old)
        sink.refresh()
        now = Recognition(digest="d" * 32, message_ids=(KEYED,), markers=("a" * 32,))
        assert (sink.recognise(now).state, sink.recognise(now).draft_id) == ("present", draft_id)

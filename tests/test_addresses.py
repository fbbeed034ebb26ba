"""Addresses: an interviewer at an internationalised domain gets their thank-you like anyone
else (IDNA for the domain, UTF-8 headers for a local part that needs them), ``mailto:``
parameters never become part of an address, and what is not one address is refused wherever it
comes in (calendar, Google, the state of an earlier version, the config, the command line)."""

from __future__ import annotations

import email
import json
import mailbox
from datetime import UTC, datetime
from email.policy import default
from pathlib import Path

import pytest

from agent.addresses import canonical
from agent.cli import main
from agent.codec import event_from_dict, event_to_dict
from agent.compose import make_message_id
from agent.google.calendar import _attendee, _organizer
from agent.model import Attendee, Event
from tests.test_hostile import CONFIG, NOW, calendar, vevent

IDN_PANEL = (("Jürgen Groß", "jürgen@bücher.example"), ("Dana Whitfield", "Dana@BÜCHER.example"))


def _home(tmp_path: Path, ics: str, config: str = CONFIG) -> Path:
    (tmp_path / "calendar.ics").write_text(ics, encoding="utf-8", newline="")
    (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
    return tmp_path / "config.yaml"


def _run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out + err


def test_interviewers_at_an_internationalised_domain_get_their_thank_yous(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _home(tmp_path, calendar(vevent(attendees=IDN_PANEL)))
    code, text = _run(capsys, config, "tick", "--now", NOW)
    assert code == 0, text
    assert "sink_unreachable" not in text
    drafts = mailbox.Maildir(tmp_path / "Mail" / "Drafts", create=False)
    found = set()
    for key in drafts.iterkeys():  # read as a mail client reads them
        raw = drafts.get_bytes(key)
        message = email.message_from_bytes(raw, policy=default)
        found.update(canonical(a.addr_spec) for a in message["To"].addresses)
        assert b"@xn--bcher-kva.example>" in raw
    assert found == {"jürgen@bücher.example", "dana@bücher.example"}
    status = json.loads(_run(capsys, config, "status", "--json", "--now", NOW)[1])
    sent_to = {a for p in status["processes"] for f in p["followups"] for a in f["to"]}
    assert {"jürgen@bücher.example", "dana@bücher.example"} <= sent_to
    assert _run(capsys, config, "tick", "--now", NOW)[0] == 0  # nothing twice
    assert len(drafts) == 2


def test_an_internationalised_address_of_the_user_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _home(
        tmp_path, calendar(vevent()), CONFIG.replace("alex@example.com", "alex@bücher.example")
    )
    assert _run(capsys, config, "tick", "--now", NOW)[0] == 0
    assert make_message_id("m1", "alex@bücher.example") == "<followup.m1@xn--bcher-kva.example>"


@pytest.mark.parametrize(
    "written",
    [
        "mailto:dana@acme.example?subject=Interview",
        "MAILTO:Dana@Acme.Example?subject=Hi&body=%0D%0ABcc:evil@attacker.example",
        "dana@ACME.example",
    ],
)
def test_mailto_parameters_are_dropped_wherever_an_address_comes_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    # Google's attendee list and organizer
    assert _attendee({"email": written}).email == "dana@acme.example"
    assert (_organizer({"email": written}, ()) or Attendee(None)).email == "dana@acme.example"
    # an event stored by an earlier version, read back
    at = datetime(2026, 12, 2, 18, tzinfo=UTC)
    stored = event_to_dict(
        Event(uid="u", start_at=at, end_at=at, tz="UTC", attendees=(Attendee(email=written),))
    )
    assert event_from_dict(stored).attendees[0].email == "dana@acme.example"
    # the command line
    config = _home(tmp_path, calendar(vevent()))
    assert _run(capsys, config, "tick", "--now", NOW)[0] == 0
    code, text = _run(capsys, config, "contact", "p1", written)
    assert code == 0 and "go to dana@acme.example" in text, text


@pytest.mark.parametrize(
    "bad",
    ["a@b@acme.example", "dana <dana@acme.example>", "dana@acme.example,evil@x.example",
     '"quoted"@acme.example', "dana@[10.0.0.1]", "dana@localhost", "dana@acme.example\r\nBcc: x"],
)  # fmt: skip
def test_what_is_not_one_address_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    assert canonical(bad) is None
    assert _attendee({"email": bad, "displayName": "Dana"}).email is None
    config = _home(tmp_path, calendar(vevent()))
    assert _run(capsys, config, "tick", "--now", NOW)[0] == 0
    code, text = _run(capsys, config, "contact", "p1", bad)
    assert code == 2 and "not an email address" in text
    config.write_text(CONFIG.replace("alex@example.com", json.dumps(bad)), encoding="utf-8")
    code, text = _run(capsys, config, "status")
    assert code == 2 and "me.email" in text and ("not an email address" in text or "bare" in text)

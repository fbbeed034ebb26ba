"""The handwritten note the advice asks for: ``followup cards`` writes, for each interviewer, a
card-length note (at most 60 words, no links, the same facts as the email) and a PDF with one
card a page that prints every name; ``status`` lists the cards to write once the interview has
ended. On the local default and on Gmail."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from agent.cards import Card, pdf_document
from tests.drafts_world import DEMO_ICS, DraftsWorld, calendar, make_world, vevent
from tests.fake_google.fixtures import fake

__all__ = ["fake"]


@pytest.fixture(params=["maildir", "gmail"])
def world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> DraftsWorld:
    return make_world(request, tmp_path, monkeypatch)


def notes(out: str) -> dict[str, str]:
    """The printed cards: recipient -> note."""
    found = {}
    out = re.sub(r"(?m)^\d+ cards written.*$", "", out)
    for block in out.split("--- ")[1:]:
        head, _, text = block.partition("\n")
        found[head.split(" to ", 1)[1]] = text.split("\n\n\n")[0].strip()
    return found


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


@pytest.mark.slow  # the bundled fonts take a second to load
def test_the_demos_cards_recall_each_session_in_sixty_words_one_a_page(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-03T11:00") == 0
    text = world.status_text("2026-12-03T11:00", capsys)
    assert "cards to write by hand: Wei Chen, Dana Whitfield, Dr. Anika Patel" in text
    capsys.readouterr()
    out_pdf = world.home / "cards.pdf"
    assert world.cli("cards", "i1", "--out", str(out_pdf), "--now", "2026-12-03T11:00") == 0
    cards = notes(capsys.readouterr().out)
    assert set(cards) == {"Wei Chen", "Dana Whitfield", "Dr. Anika Patel"}
    assert "system design" in cards["Wei Chen"]
    assert "the rate limiter exercise" in cards["Dana Whitfield"]
    assert "values" in cards["Dr. Anika Patel"]
    for note in cards.values():
        assert len(note.split()) <= 60, note
        assert "Senior Backend Engineer role at Acme Robotics" in note
        assert "http" not in note and "www." not in note
        assert note.endswith("Alex Candidate")
    assert pages(out_pdf) == 3


def test_status_lists_cards_only_once_the_interview_has_ended(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    world.calendar(DEMO_ICS)
    assert world.tick("2026-12-02T11:00") == 0  # the onsite is under way
    status = world.status("2026-12-02T11:00", capsys)
    assert all(p["cards"] == [] for p in status["processes"])
    status = world.status("2026-12-02T13:30", capsys)
    (acme,) = [p for p in status["processes"] if p["company"] == "Acme Robotics"]
    assert acme["cards"] == [
        {"interview": "i1", "to": ["Wei Chen", "Dana Whitfield", "Dr. Anika Patel"]}
    ]
    status = world.status("2026-12-12T09:00", capsys)  # a week and more later
    assert all(p["cards"] == [] for p in status["processes"])


@pytest.mark.slow  # the bundled fonts take a second to load
def test_every_name_prints(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    cards = [
        Card("i1", name, f"Dear {name},\n\nThank you for your time on Wednesday.\n\nAlex\n")
        for name in ("Łukasz Nowak", "Søren Berg", "田中 ひろし", "José Álvarez", "김민준")
    ]
    with caplog.at_level(logging.WARNING):
        data = bytes(pdf_document(cards).output())
    assert "missing the following glyphs" not in caplog.text
    path = tmp_path / "cards.pdf"
    path.write_bytes(data)
    assert pages(path) == 5


def test_cards_in_a_script_the_main_font_covers_carry_no_fallback_font() -> None:
    cards = [Card("i1", "Søren Berg", "Dear Søren,\n\nThank you for your time.\n\nAlex\n")]
    data = bytes(pdf_document(cards).output())
    assert b"DejaVu" in data
    assert b"DroidSans" not in data and b"Hangul" not in data  # megabytes of CJK left out


def test_a_panel_with_names_from_everywhere_gets_cards(
    world: DraftsWorld, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("agent.cards.write_pdf", lambda cards, path: path)  # text only here
    event = vevent(
        "panel",
        "20261208T090000",
        "20261208T110000",
        "Onsite interview - Data Engineer - Umbrella Corp",
        description=(
            "Schedule\n9:00 Pipeline design - Łukasz Nowak\n10:00 Data modelling - Søren Berg\n"
        ),
        organizer=("Priya Raman", "priya.raman@umbrella.example"),
        attendees=(
            ("Łukasz Nowak", "lukasz.nowak@umbrella.example"),
            ("Søren Berg", "soren.berg@umbrella.example"),
            ("田中 ひろし", "tanaka@umbrella.example"),
        ),
    )
    world.calendar(calendar(event))
    assert world.tick("2026-12-08T12:00") == 0
    capsys.readouterr()
    assert world.cli("cards", "--now", "2026-12-08T12:00") == 0
    cards = notes(capsys.readouterr().out)
    assert set(cards) == {"Łukasz Nowak", "Søren Berg", "田中 ひろし"}
    assert cards["Łukasz Nowak"].startswith("Dear Łukasz,")
    assert "pipeline design" in cards["Łukasz Nowak"]
    assert all(len(n.split()) <= 60 for n in cards.values())

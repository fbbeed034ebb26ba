"""The handwritten note that follows the email: one card per interviewer, and a printable PDF.

``followup cards`` renders, for each interviewer of an interview that has ended, a card-length
note (at most ``MAX_WORDS`` words, no links) from ``templates/card.txt.j2``, with the same facts
as that person's thank-you, and writes them to a PDF, one card per page (A6 landscape), with a
bundled Unicode font so every name prints (DejaVu Sans; Droid Sans Fallback for Chinese and
Japanese; a Hangul subset of NanumGothic for Korean: ``agent/data/SOURCES.md``). Writing the
PDF is I/O: only ``cli`` and ``service`` call ``write_pdf``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from agent.compose import ComposeInput, Composer, view_model
from agent.errors import TemplateError

if TYPE_CHECKING:
    from fpdf import FPDF

#: A card holds three or four short sentences.
MAX_WORDS = 60
CARD_TEMPLATE = "card.txt.j2"
#: A6 landscape, in millimetres: the size of a note card.
PAGE = (105.0, 148.0)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True)
class Card:
    """One note: to whom, for which interview, and its text."""

    interview: str  # short id, "i1"
    to: str  # the interviewer's name as written on the envelope
    text: str


def card_text(composer: Composer, inp: ComposeInput) -> str:
    """The note for the recipient of ``inp`` (a thank-you's input): the card template rendered,
    without links, its middle sentences dropped while it is longer than ``MAX_WORDS``."""
    text = _URL.sub("", composer.render(CARD_TEMPLATE, view_model(inp)))
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]
    if len(paragraphs) < 3:
        raise TemplateError(f"template {CARD_TEMPLATE} must give a greeting, a note and a name")
    greeting, body, closing = paragraphs[0], paragraphs[1:-1], text.strip().split("\n\n")[-1]
    sentences = re.split(r"(?<=[.!])\s+", " ".join(body))
    while len(sentences) > 2 and _words(" ".join([greeting, *sentences, closing])) > MAX_WORDS:
        sentences.pop(len(sentences) // 2)
    return f"{greeting}\n\n{' '.join(sentences)}\n\n{closing.strip()}\n"


def _words(text: str) -> int:
    return len(text.split())


def font_paths() -> tuple[Path, Path, Path]:
    """The bundled fonts: DejaVu Sans, and its fallbacks for Chinese and Japanese, and for
    Korean."""
    fonts = resources.files("agent.data").joinpath("fonts")
    return (
        Path(str(fonts.joinpath("DejaVuSans.ttf"))),
        Path(str(fonts.joinpath("DroidSansFallbackFull.ttf"))),
        Path(str(fonts.joinpath("FollowupHangul.ttf"))),
    )


def pdf_document(cards: Sequence[Card]) -> FPDF:
    """The cards as a PDF document, one card per page, the note in a handwriting-sized font."""
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

    pdf = FPDF(orientation="L", unit="mm", format=PAGE)
    main, cjk, hangul = font_paths()
    pdf.add_font("card", fname=str(main))
    # The fallbacks only when a card holds a character DejaVu lacks: the CJK one alone takes
    # most of a second to load, and a card in Latin script would carry it unused.
    font = pdf.fonts["card"]
    covered = font.cmap if isinstance(font, TTFFont) else {}
    text = "".join(part for card in cards for part in (card.interview, card.to, card.text))
    if any(ord(char) not in covered for char in set(text) if not char.isspace()):
        pdf.add_font("card-cjk", fname=str(cjk))
        pdf.add_font("card-hangul", fname=str(hangul))
        pdf.set_fallback_fonts(["card-cjk", "card-hangul"])
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(auto=True, margin=10)
    pdf.set_title("Thank-you cards")
    for card in cards:
        pdf.add_page()
        pdf.set_font("card", size=8)
        pdf.set_text_color(130, 130, 130)
        pdf.cell(0, 5, f"{card.interview} - to {card.to}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("card", size=12)
        for paragraph in card.text.strip().split("\n\n"):
            pdf.multi_cell(0, 6.5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    return pdf


def write_pdf(cards: Sequence[Card], path: Path) -> Path:
    """Write the cards' PDF to ``path`` (I/O: for ``cli`` and ``service`` only)."""
    document = pdf_document(cards)
    data = bytes(document.output())
    path.write_bytes(data)
    return path

"""The speed-ups of detection answer exactly as the scans they skip.

Detection must run at 10,000 events/s (DESIGN.md), so cheap tests stand in front of expensive
regex scans. Each is checked here against the plain scan it replaces, on realistic sentences and
on random text built from the very words and characters the tests look for.
"""

from __future__ import annotations

import random
import re
import string
from datetime import date

import pytest

from agent import company, domains, invite, lexicon, people, textscan, timeline
from agent.textscan import fold
from tests.sweeps import chars, pieces, sweep

# Sentences in the seven languages the timetable parser reads, with dates of every kind.
SENTENCES = [
    "We'll get back to you within 5 business days.",
    "You will hear from us by next Wednesday, or Friday at the latest.",
    "Feedback in a week or two; EOD tomorrow at the earliest. COB Friday?",
    "Wir melden uns bis Ende nächster Woche, spätestens am 12. oder KW 23.",
    "Te contestaremos la semana que viene, el 15 de marzo o hoy mismo.",
    "Offer valid until 2026-07-01; notice period 3 months; call at 4pm on 06/12.",
    "Priya Raman (Staff Engineer, Fleet Platform) will join; Dr. Ana de la Cruz (HM) too.",
    "Salmon followed the sermon; the 3rd of June, mid-month, end of quarter, 48h, 10 BD.",
    "Kelvin sign \u212a, dotless \u0131, long \u017f: Microſoft Teams, İstanbul, ＺＯＯＭ.",
    "Vous aurez un retour sous huitaine, au plus tard le 1er décembre ou fin novembre.",
    "We laten het je uiterlijk volgende week dinsdag weten, anders binnen twee werkweken.",
    "Daremos retorno até sexta-feira que vem, no máximo em 5 dias úteis (ou no início de março).",
    "Vi faremo sapere entro metà mese, in giornata o dopodomani; riscontro il 20 al più tardi.",
    "Mitte Dezember? Anfang KW 3, kw52, zwischen den Jahren, vor Weihnachten, 1° settembre.",
    "Decision the day after; le lendemain; end of next month; early next month; week 48.",
]
WORDS = sorted(
    {w for s in SENTENCES for w in re.findall(r"\w+", fold(s))}
    | set(timeline._GATE_WORDS)
    | {"mon", "sat", "4th", "2nd", "20e", "48h", "3wks", "kw42", "semaine46"}
)
PHRASES = [fold(s) for s in re.split(r"[;,.?:()]", " ".join(SENTENCES)) if s.strip()]
PIECES = [*WORDS, *PHRASES, " ", "  ", "\n", "\t", ".", ",", ":", "-", "/", "(", ")", "'", "’",
          "2026", "12", "3", "20", "-0", "\u00a0", "é", "ß", "\u0131", "\u017f", "\u212a",
          "İ"]  # fmt: skip
texts = pieces(PIECES, max_size=25)
END = date(2026, 5, 12)


def _gated_equals_everything(text: str) -> None:
    """The rules the gates skip find nothing: the same dates with every rule tried, and a text
    that does not trigger has none."""
    scan = timeline._scan(fold(text))
    every = timeline._raw_hits(scan, END, False, rules=timeline._ALL_RULES)
    assert timeline._raw_hits(scan, END, False) == every, text
    if not timeline._triggered(scan):
        assert every == [], text


def test_timetable_gates_skip_only_rules_that_cannot_match_on_sentences() -> None:
    for sentence in SENTENCES:
        _gated_equals_everything(sentence)
    for phrase in PHRASES:
        _gated_equals_everything(phrase)


@pytest.mark.slow
@sweep(2000, texts)
def test_timetable_gates_skip_only_rules_that_cannot_match(text: str) -> None:
    _gated_equals_everything(text)


def _plain_fold(text: str) -> str:
    """Each character folded on its own, after lowering (one character per character)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] for c in text)
    return "".join(textscan._fold_char(c) for c in lowered)


@pytest.mark.slow
@sweep(500, chars(string.printable + "`~éÉ–’İ\u212a\u00a0", max_size=40))
def test_fold_equals_folding_each_character(text: str) -> None:
    assert fold(text) == _plain_fold(text)


DETECTION_MODULES = (invite, lexicon, people, company)


def _gated_patterns() -> list[tuple[str, textscan.Gated]]:
    found = []
    for name, value in (kv for module in DETECTION_MODULES for kv in vars(module).items()):
        items = value if isinstance(value, tuple) else (value,)
        found += [(name, item) for item in items if isinstance(item, textscan.Gated)]
        found += [(name, item.gate) for item in items if isinstance(item, textscan.Block)]
        found += [
            (name, item.gate)
            for item in items
            if isinstance(item, textscan.AtLineStart) and item.gate is not None
        ]
    return found


def test_every_gated_pattern_is_checked() -> None:
    names = {name for name, _ in _gated_patterns()}
    assert {"CONFERENCE_BLOCKS", "_INTERVIEWER_SIDE", "_AGENCY", "_POSITION"} <= names


EXTRA_PIECES = {" ", "\n", "Dana", "role", "Acme", "(", ")", ":", "https://a.example/x", "ſ", "ı",
                "is", "are", "will"}  # fmt: skip
GATED = _gated_patterns()
GATE_PIECES = sorted(
    {n for _, g in GATED for n in g.needles}
    | {n.upper() for _, g in GATED for n in g.needles}
    | EXTRA_PIECES
    | {"\u212a"}  # the Kelvin sign, which re.I matches to "k"
)


def test_a_pattern_ignoring_case_in_a_group_opens_its_gate_in_either_case() -> None:
    """Letters write the interview's noun in capitals too ("YOUR INTERVIEW AT ..."): a pattern
    that ignores case in a group only must not be skipped because its needles are lower case."""
    gate = textscan.Gated(textscan.lazy(r"(?i:\binterview\s+at\s+)(?P<name>[A-Z]\w+)"), "interview")
    for text in ("YOUR INTERVIEW AT Quorval", "Interview at Quorval", "your interview at Quorval"):
        found = gate.search(text)
        assert found is not None and found["name"] == "Quorval", text
        assert gate.holds(text) and [m["name"] for m in gate.finditer(text)] == ["Quorval"]
    for text in ("your interview at quorval", "an INTERVIEW", "the meeting at Quorval"):
        assert gate.search(text) is None and not gate.holds(text), text


@pytest.mark.slow
@sweep(1500, pieces(GATE_PIECES, max_size=12))
def test_a_closed_gate_means_no_match(text: str) -> None:
    for name, gated in GATED:
        if not gated.possible(text):
            assert gated.pattern.search(text) is None, (name, text)


NAME_PIECES = ["Dana", "Smith", "Dr.", "Ms", "van", "de", "Łukasz", "O'Neil", "x", "2", " ", "  ",
               "\n", "\t", "\u2003", "(", ")", "(Staff Eng)", "(3 pm)", ",", ";", "((",
               "-"]  # fmt: skip


@pytest.mark.slow
@sweep(3000, pieces(NAME_PIECES, max_size=30))
def test_names_with_roles_equal_the_full_scan(text: str) -> None:
    full = [(m.span(), m.groupdict()) for m in people.NAME_WITH_ROLE.finditer(text)]
    windowed = [(m.span(), m.groupdict()) for m in people.names_with_roles(text)]
    assert windowed == full


def _reference_segment(chunk: str) -> list[str] | None:
    """The word split as first written: every prefix keeps its whole list of pieces."""
    words = domains._words()
    best: list[tuple[float, list[str]] | None] = [None] * (len(chunk) + 1)
    best[0] = (0.0, [])
    for end in range(1, len(chunk) + 1):
        for start in range(end):
            prefix = best[start]
            if prefix is None:
                continue
            piece = chunk[start:end]
            cost = 1.0 if piece in words else domains._unknown_cost(piece)
            candidate = (prefix[0] + cost, [*prefix[1], piece])
            current = best[end]
            if current is None or (candidate[0], len(candidate[1])) < (current[0], len(current[1])):
                best[end] = candidate
    result = best[len(chunk)]
    return result[1] if result else None


@pytest.mark.slow
@sweep(300, chars("abcdeilmnoprstuwxyz", max_size=16, min_size=1))
def test_domain_label_split_equals_the_reference(label: str) -> None:
    assert domains._segment.__wrapped__(label) == _reference_segment(label)


def test_ats_domain_equals_the_registrable_lookup() -> None:
    hosts = ["meet.google.com", "app.greenhouse.io", "GREENHOUSE.IO.", "x@ghcalendar.io",
             "notgreenhouse.io", "evil.greenhouse.io.example", "jobs.lever.co",
             "bookings.microsoft.com",
             "outlook.office.com", "calendly.com:443", None, "", "localhost"]  # fmt: skip
    for host in hosts:
        reg = domains.registrable_domain(host)
        assert domains.ats_domain(host) == (reg if reg in domains.ATS_DOMAINS else None), host


CORRECTION_PIECES = sorted(
    set(PIECES)
    | set(timeline._CORRECTION_NEEDLES)
    | set(timeline._INSTEAD_NEEDLES)
    | {"actual", "correctly", "update", "i", "mean", "erst", "pas", "of", "dessen", "su lugar"}
)


@pytest.mark.slow
@sweep(1500, pieces(CORRECTION_PIECES, max_size=20))
def test_corrections_equal_the_full_scan(text: str) -> None:
    folded = fold(text)
    ends = [m.end() for m in timeline._CORRECTION.finditer(folded)]
    clauses = [
        timeline._bounds(timeline._CLAUSE_BREAK, folded, m.start(), m.end())[0]
        for m in timeline._INSTEAD.finditer(folded)
    ]
    assert timeline._corrections(folded) == tuple(sorted(ends + clauses))


SQUASH_PIECES = ["Acme", "acme", "Co.", "-", "&", "İx", "ΟΣ", "Σ", "é", "ß", "ﬁ", "3", "K",
                 "\u212a"]  # fmt: skip
squash_word = pieces(SQUASH_PIECES, max_size=4, min_size=1)


@pytest.mark.slow
@sweep(1000, lambda rng: [squash_word(rng) for _ in range(rng.randint(0, 5))])
def test_a_prefix_squashes_to_its_words_squashes_joined(words: list[str]) -> None:
    joined = "".join(company.squash.__wrapped__(w) for w in words)
    assert company.squash.__wrapped__(" ".join(words)) == joined


@pytest.mark.slow
@sweep(2000, chars(string.printable + "\x1c\x1d\x1e\x1f\x85_é", max_size=60))
def test_words_equal_the_findall(text: str) -> None:
    assert timeline._words(text) == frozenset(timeline._WORD.findall(text))


FOLD_ALPHABET = "".join(textscan._FOLD_TABLE) + "áÀâÄãåĀéÊëíÎïóÔöõúÜñÇýÿőřșłß" + "aZ ~`'-İ\u212aªﬁ"


@pytest.mark.slow
@sweep(1000, chars(FOLD_ALPHABET, max_size=40))
def test_fold_replacements_equal_folding_each_character(text: str) -> None:
    assert fold(text) == _plain_fold(text)


def test_fold_drops_accents_and_keeps_positions() -> None:
    assert fold("José Müller-Søren, Dvořák") == "jose muller-soren, dvorak"
    assert fold("Straße – “Acme”") == 'straße - "acme"'
    for text in ("İstanbul", "ǅemal", "ﬁnance", "Ωmega ΟΣ"):
        assert len(fold(text)) == len(text)


@pytest.mark.slow
@sweep(1000, chars(string.printable + "٣߀١é", max_size=40))
def test_has_digit_equals_the_search(text: str) -> None:
    assert timeline._has_digit(text) == (timeline._DIGIT.search(text) is not None)


DIGIT_PIECES = ["1", "23", "٣", "/", ".", "st", "nd", "rd", "th", "h", "day", "days", "wk",
                "tagen", "stunden", "semana", "bd", "kw", "el", "den", " ", "x", "_", "2026-",
                "-0", "e", "ste", "jours", "ore", "uur", "le", "il", "dia", "week",
                "sem."]  # fmt: skip


@pytest.mark.slow
@sweep(2000, pieces(DIGIT_PIECES, max_size=12))
def test_timetable_gates_after_a_digit_skip_only_rules_that_cannot_match(text: str) -> None:
    _gated_equals_everything(text)


SENTENCE_BREAK = re.compile(r"[!?\n]|\.(?=['\"]?(?:\s+[a-z(\"'0-9]|$))")  # as first written
BREAK_PIECES = [";", "!", "?", "\n", ".", "..", " ", "\t", "a", "(", '"', "'", "0", "X", ",", ":"]


@pytest.mark.slow
def _with_bounds(rng: random.Random) -> tuple[str, int, int]:
    """A text and a (pos, endpos) within it."""
    text = pieces(BREAK_PIECES, max_size=15)(rng)
    pos = rng.randint(0, len(text))
    return text, pos, rng.randint(pos, len(text))


@sweep(2000, _with_bounds)
def test_sentence_break_equals_the_plain_regex(case: tuple[str, int, int]) -> None:
    text, pos, endpos = case
    spans = [m.span() for m in timeline._SENTENCE_BREAK.finditer(text, pos, endpos)]
    assert spans == [m.span() for m in SENTENCE_BREAK.finditer(text, pos, endpos)]


PLAIN_NUM = "(?:" + "|".join(timeline._NUM_ALTERNATIVES) + ")"
NUM_PIECES = sorted(
    set(timeline._NUM_ALTERNATIVES[1:])
    | {"7", "48", " ", "-", "to", "or", "o", "y", "days", "day", "weeks", "h", "business days",
       "semanas", "tage", "x", ".", ":", "within ", "ou", "e", "'", "ora", "jours", "dagen"}
)  # fmt: skip


@pytest.mark.slow
@sweep(3000, pieces(NUM_PIECES, max_size=10))
def test_numbers_grouped_by_first_letter_match_as_the_plain_alternation(text: str) -> None:
    span = timeline._RULES[timeline._SPAN_RULE].pattern
    plain = re.compile(span.pattern.replace(timeline._NUM, PLAIN_NUM))
    assert plain.pattern != span.pattern
    assert [(m.span(), m.groupdict()) for m in span.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]

"""What a gate scans with answers as its pattern: the needles it tells from the pattern are in
every match (a text without them is rightly not scanned), its alternatives grouped by first
letter match where the pattern does, and ``holds`` says whether it matches anywhere."""

from __future__ import annotations

import json
import re
import re._parser as sre_parse
from pathlib import Path

import pytest

from agent import company, invite, lexicon, people
from agent.textscan import Gated, grouped, lazy, needle_scan, needles_of, resolved

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _needles(pattern: str, flags: int = 0) -> set[str] | None:
    found = needles_of(list(sre_parse.parse(pattern, flags)), bool(flags & re.I))
    return None if found is None else set(found)


@pytest.mark.parametrize(
    ("pattern", "flags", "needles"),
    [
        (r"\bfoo (?:bar|baz)\b", 0, {"foo bar", "foo baz"}),
        (
            r"(?:will|'ll) (?:also )?join",
            0,
            {"will join", "'ll join", "will also join", "'ll also join"},
        ),
        (r"\w+ said (?:so|that)", 0, {" said so", " said that"}),
        (r"Join (?:Zoom|Teams)", re.I, {"join zoom", "join teams"}),
        (r"(?m:^panel): \w+|jury: \w+", 0, {"panel: ", "jury: "}),
        (r"x\w*|\d+", 0, None),  # an alternative holds no letter it must
        (r"(?i:dana) whitfield", 0, {" whitfield"}),  # a group's own case is not the text's
    ],
)
def test_needles_are_what_every_match_holds(
    pattern: str, flags: int, needles: set[str] | None
) -> None:
    assert _needles(pattern, flags) == needles


def test_a_letter_beyond_ascii_is_no_needle_when_case_is_ignored() -> None:
    # re.I matches "ς" to "Σ", which lower() writes "σ"
    assert _needles("σοφία", re.I) is None
    assert _needles("σοφία") == {"σοφία"}


def _gates() -> list[tuple[str, Gated]]:
    return [
        (name, value)
        for module in (invite, lexicon, people, company)
        for name, value in vars(module).items()
        if isinstance(value, Gated)
    ]


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*-dev.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = json.loads(raw) if raw.strip() else {}
            texts += [v for v in line.values() if isinstance(v, str) and len(v) > 3]
    return texts


@pytest.mark.slow
def test_every_gate_tells_needles_that_every_match_in_the_corpora_holds() -> None:
    texts = _corpus_texts()
    texts += [t.lower() for t in texts]
    for name, gate in _gates():
        plain = resolved(gate.plain)
        scan = needle_scan(plain)
        if scan is None:
            continue
        for text in texts:
            if plain.search(text):
                seen = text.lower() if gate.ignore_case else text
                assert scan.search(seen), (name, text)


SAMPLE = "She does not score; in an advisory role, Dana will do it. Ana: advisory only. dana"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:does not score|do(?:es)? not|dana|(?:in an |in a )?advisory|ana\b)",
        r"\b(?:\bana|an|advis\w+|a)",
        r"\b(?:Dana|dana will|ana)",
    ],
)
def test_grouped_alternatives_match_where_the_pattern_does(pattern: str) -> None:
    for flags in (0, re.I):
        plain = re.compile(pattern, flags)
        assert grouped(plain) is not plain
        found = [m.span() for m in grouped(plain).finditer(SAMPLE)]
        assert found == [m.span() for m in plain.finditer(SAMPLE)]


@pytest.mark.parametrize(
    "pattern", [r"\b(?:(dana)|ana)", r"\b(?:(?m:^ana)|dana)", r"\bdana|ana", r"ana"]
)
def test_a_pattern_that_cannot_be_grouped_is_kept(pattern: str) -> None:
    plain = re.compile(pattern)
    assert grouped(plain) is plain


def test_holds_says_whether_the_pattern_matches_anywhere() -> None:
    gate = Gated(lazy(r"\b(?:(?m:^panel: me)|with me\b|(?<!not )join)"), "me", "join")
    for text in ("panel: me", "x panel: me", "come with me", "with meg", "not join", "we join"):
        assert gate.holds(text) == (resolved(gate.plain).search(text) is not None), text


@pytest.mark.slow
def test_every_gate_scans_as_its_pattern_on_the_corpora() -> None:
    texts = _corpus_texts()
    texts += [t.lower() for t in texts]
    for name, gate in _gates():
        plain = resolved(gate.plain)
        for text in texts:
            found = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in gate.pattern.finditer(text)] == found, (name, text)
            assert gate.holds(text) == bool(found), (name, text)

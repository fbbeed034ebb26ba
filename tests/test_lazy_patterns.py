"""Patterns compiled on first use answer as the patterns they stand for, and a command that
reads no text compiles none of them at start."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from agent.textscan import LazyPattern, ignores_case, later, lazy, led, resolved

TEXT = "Interview with Dana Whitfield on Friday; interview 2 with DANA at 10:00\nnext line"


@pytest.mark.parametrize(
    ("text", "flags"),
    [(r"\binterview\b", re.I), (r"(?P<who>Dana)\s+(\w+)", 0), (r"(?m)^next", 0), ("zz", 0)],
)
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(text: str, flags: int) -> None:
    plain, later_one = re.compile(text, flags), lazy(text, flags)
    assert later_one.pattern == plain.pattern  # known before compiling
    assert [m.span() for m in later_one.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert later_one.sub("<>", TEXT) == plain.sub("<>", TEXT)
    assert later_one.findall(TEXT) == plain.findall(TEXT)
    assert later_one.split(TEXT) == plain.split(TEXT)
    assert (later_one.flags, later_one.groupindex) == (plain.flags, plain.groupindex)
    assert resolved(later_one).pattern == plain.pattern
    assert led(later_one).findall(TEXT) == led(plain).findall(TEXT)


@pytest.mark.parametrize(
    ("text", "flags"), [("x", re.I), ("(?i)x", 0), ("(?mi)x", 0), ("(?m)(?i)x", 0), ("(?m)x", 0)]
)
def test_case_is_told_from_the_text_as_compiling_tells_it(text: str, flags: int) -> None:
    assert ignores_case(lazy(text, flags)) == bool(re.compile(text, flags).flags & re.I)
    assert ignores_case(later(lambda: re.compile(text, flags))) == bool(flags & re.I or "i" in text)


def test_a_pattern_is_compiled_once_on_first_use() -> None:
    made: list[int] = []

    def make() -> re.Pattern[str]:
        made.append(1)
        return re.compile("a+")

    pattern = later(make)
    assert not made
    assert pattern.search("baa") and pattern.match("aa") and not pattern.fullmatch("ab")
    assert len(made) == 1


def test_starting_followup_compiles_none_of_its_patterns() -> None:
    code = (
        "import gc, agent.cli, agent.detect, agent.replies, agent.compose, agent.status\n"
        "from agent.textscan import LazyPattern\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
        "print(len(lazy), sum('_compiled' in o.__dict__ for o in lazy))\n"
    )
    made = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    waiting, compiled = map(int, made.stdout.split())
    assert waiting > 100 and compiled == 0
    assert isinstance(lazy("x"), LazyPattern)

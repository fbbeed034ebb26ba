"""Property: every command, fed random and boundary values in each argument and option, ends
with one of the exit codes documented for it, never "internal error" and never a traceback.

The commands and their options are read from the parser itself, so a new command or option is
fed too. The commands run in this process, on one demo state shared by the examples (the
corrections they record pile up, as a user's would), with ``~`` and relative paths inside a
scratch folder.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.cli import EARLIEST_YEAR, LATEST_YEAR, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"

#: The codes each command may end with on any input (CONTRACT.md, docs/CONTRACT-CHANGES.md).
DOCUMENTED = {
    "tick": {0, 1, 2, 4},
    "doctor": {0, 1},
    "run": {2},  # fed only a config that does not load: a daemon that starts never returns
    "auth": {2},  # no google section in the demo config: never a browser
}
DEFAULT = {0, 2}

BOUNDARY = [
    "", " ", "-", "--", "0", "-1", "1", "65535", "65536", "99999999999999999999",
    "p0", "p1", "p-1", "p9999999999999999999999", "i1", "i99999999999999999999999", "e1",
    "e9999999999999999999999", "f1", "x1", "pp", "p1.5", "p١",
    "0001-01-01", "1969-12-31T23:59", "1970-01-01", "2026-12-03", "2026-12-03T11:00",
    "2026-02-30", "2999-12-31T23:59", "3000-01-01", "9999-12-31", "9999-12-31T23:59:59-23:59",
    "2026-12-03T11:00+14:00", "2026-12-03T25:00", "tomorrow",
    "http://[::1", "http://[::1]:99999/", "https://", "webcal://x/y", "~nosuchuser-followup/",
    "~", "~/", "/", ".", "..", "/dev/null", "/proc/self/mem", "a\x00b", "line\nbreak", "\r",
    "x" * 5000, "2 weeks", "in 99999999999 weeks", "within 99999999999999999999 days",
    "by Friday", "Dec 15", "dana@example.com", "dana@", "@example.com", "a@b", "<a@b.c>",
    "Dana Whitfield", "offer", "interview", "not-interview",
    "caf\udce9",  # bytes that are not UTF-8, as Python hands them over
    "\u202eevil", "🙂", "Ω" * 300,
]  # fmt: skip

VALUES = st.one_of(
    st.sampled_from(BOUNDARY),
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.builds(lambda k, n: f"{k}{n}", st.sampled_from("peif"), st.integers(0, 2**70)),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).map(
        datetime.isoformat
    ),
    st.dates().map(str),
)


@dataclass(frozen=True)
class Command:
    name: str
    path: tuple[str, ...]  # the words that select it: ("people", "add")
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]


def commands() -> list[Command]:
    found: list[Command] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs and path:
            for name, sub in subs[0].choices.items():
                walk(sub, (*path, name))
            return
        positionals = tuple(a for a in parser._actions if not a.option_strings)
        options = tuple(a for a in parser._actions if a.option_strings and a.dest not in ("help",))
        found.append(Command(path[0], path, positionals, options))

    top = build_parser()
    sub = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        walk(parser, (name,))
    return found


COMMANDS = commands()


def value_for(action: argparse.Action) -> st.SearchStrategy[str]:
    if action.choices:
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), VALUES)
    return VALUES


@st.composite
def invocations(draw: st.DrawFn, command: Command) -> list[str]:
    argv = list(command.path)
    for action in command.positionals:
        if action.nargs == "?" and draw(st.booleans()):
            continue
        argv.append(draw(value_for(action)))
    for action in command.options:
        if not draw(st.booleans()):
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            argv.append(flag)
        else:
            argv.extend([flag, draw(value_for(action))])
    return argv


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("endings")
    shutil.copy(ROOT / "examples" / "demo.ics", folder / "demo.ics")
    config = folder / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Drafts, sent_maildir: Sent}\n"
        "state: state/followup.db\n"
    )
    (folder / "home").mkdir()
    (folder / "work").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        # One parser for the thousands of invocations: parsing leaves it as it was, and building
        # it each time was a third of this module's time.
        patch.setattr("agent.cli.build_parser", functools.cache(build_parser))
        patch.setenv("HOME", str(folder / "home"))
        patch.delenv("FOLLOWUP_CONFIG", raising=False)
        patch.chdir(folder / "work")
        assert quiet_main(["--config", str(config), "tick", "--now", NOW])[0] == 0
        yield config


def quiet_main(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def check(config: Path, argv: list[str], command: str) -> tuple[int, str]:
    prefix = ["--config", str(config)] if command != "run" else ["--config", "no-such.yaml"]
    code, out, err = quiet_main([*prefix, *argv])
    assert "internal error" not in err, (argv, err)
    assert "Traceback" not in out + err, (argv, err)
    assert code in DOCUMENTED.get(command, DEFAULT), (argv, code, err)
    if code == 2:
        assert err.startswith("followup: "), (argv, err)
    return code, err


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c.path))
def test_every_command_ends_with_a_documented_code(demo: Path, command: Command) -> None:
    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(invocations(command))
    def property_(argv: list[str]) -> None:
        check(demo, argv, command.name)

    property_()


def test_the_property_reaches_every_command_and_option() -> None:
    names = {" ".join(c.path) for c in COMMANDS}
    assert {"tick", "status", "init", "auth", "people add", "eval", "run", "doctor"} <= names
    options = {o for c in COMMANDS for a in c.options for o in a.option_strings}
    assert {"--now", "--since", "--at", "--timeline", "--port", "--json", "--force"} <= options


#: The values that found the most endings in "internal error": the quick suite feeds these to
#: every argument and option, so a new option is checked as soon as it lands.
SHARPEST = [
    "", "x" * 5000, "a\x00b", "caf\udce9", "~nosuchuser-followup/", "9999-12-31",
    "p9999999999999999999999", "http://[::1", "/",
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c.path))
def test_every_command_ends_cleanly_on_the_sharpest_values(demo: Path, command: Command) -> None:
    feed(demo, command, SHARPEST)


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c.path))
def test_every_command_ends_cleanly_on_the_boundary_values(demo: Path, command: Command) -> None:
    feed(demo, command, BOUNDARY)


def feed(demo: Path, command: Command, values: list[str]) -> None:
    """Each value in each argument and option in turn (the others kept valid)."""
    if command.name == "run":
        check(demo, list(command.path), "run")
        return
    valid = {"interview": "i1", "event": "e1", "process": "p1", "text": "two weeks"}
    base = [valid.get(a.dest, str(a.choices[0]) if a.choices else "x") for a in command.positionals]
    for i in range(len(command.positionals)):
        for value in values:
            argv = [*command.path, *base[:i], value, *base[i + 1 :]]
            check(demo, argv, command.name)
    for action in command.options:
        if action.nargs == 0:
            check(demo, [*command.path, *base, action.option_strings[0]], command.name)
            continue
        for value in values:
            check(demo, [*command.path, *base, action.option_strings[0], value], command.name)


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["tick", "status", "preview", "explain"]),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
)
def test_now_is_used_inside_its_range_and_refused_outside(
    demo: Path, command: str, when: datetime
) -> None:
    argv = [command, "e1", "--now", when.isoformat()] if command == "explain" else [
        command, "--now", when.isoformat()
    ]  # fmt: skip
    code, err = check(demo, argv, command)
    if EARLIEST_YEAR <= when.year <= LATEST_YEAR:
        assert code != 2 or "no event" in err, err
    else:
        assert code == 2 and when.isoformat() in err and "out of range" in err


def test_the_scratch_folder_took_what_init_wrote(demo: Path) -> None:
    assert os.getcwd() != str(ROOT)

"""Every command ends cleanly: bad input exits 2 naming it; a closed pipe, a full device, the end
of input at a prompt and Ctrl-C each have a short message and an exit code of their own; nothing
ends in "internal error". Boundary values per command here; random ones in
``test_endings_property.py``."""

from __future__ import annotations

import contextlib
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent.cli import build_parser, main
from agent.errors import EXIT_CODES

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Drafts}\n"
        "state: state/followup.db\n"
    )
    assert main(["--config", str(config), "tick", "--now", NOW]) == 0
    return config


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def command(*args: str, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        cwd=ROOT,
        capture_output=kw.pop("capture_output", True),  # type: ignore[arg-type]
        timeout=60,
        **kw,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- out of range


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["tick", "--now", "0001-01-01"], "0001-01-01"),
        (["tick", "--now", "9999-12-31"], "9999-12-31"),
        (["tick", "--now", "9999-12-31T23:59"], "9999-12-31T23:59"),
        (["status", "--now", "0001-01-01"], "0001-01-01"),
        (["preview", "--now", "9999-12-31"], "9999-12-31"),
        (["explain", "e1", "--now", "1969-12-31"], "1969-12-31"),
        (["events", "--since", "0001-01-01"], "0001-01-01"),
        (["events", "--since", "2026-02-30"], "2026-02-30"),
        (["replied", "p1", "--at", "9999-12-31"], "9999-12-31"),
        (["explain", "p9999999999999999999999"], "p9999999999999999999999"),
        (["explain", "e9999999999999999999999"], "e9999999999999999999999"),
        (["timeline", "i99999999999999999999999", "in two weeks"], "i99999999999999999999999"),
        (["outcome", "p18446744073709551616", "offer"], "p18446744073709551616"),
        (["mark", "e-1", "interview"], "e-1"),
        (["contact", "p1", "dana@"], "dana@"),
        (["timeline", "i1", "within 99999999999999999999 days"], "99999999999999999999"),
        (["auth", "--port", "99999999999999"], "99999999999999"),
        (["auth", "--port", "-1"], "-1"),
        (["init", "~nosuchuser-followup/config.yaml"], "nosuchuser-followup"),
        (["eval", "interviews", "~nosuchuser-followup/x.jsonl"], "nosuchuser-followup"),
    ],
)
def test_an_input_out_of_range_exits_2_naming_it(
    demo: Path, capsys: pytest.CaptureFixture[str], args: list[str], named: str
) -> None:
    code, _, err = run(capsys, demo, *args)
    assert code == 2, err
    assert named in err
    assert "internal error" not in err
    assert len(err.splitlines()) <= 3


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ("calendar: {ics: demo.ics, window: {past: 9999999w}}", "9999999w"),
        ("calendar: {ics: demo.ics, window: {future: 99999999999999999999d}}", "calendar.window"),
        ("calendar: {ics: demo.ics}\npoll_interval: 999999999999w", "poll_interval"),
        ("calendar: {ics: demo.ics}\npolicy: {thank_you: {deadline: 99999999h}}", "deadline"),
        ("calendar: {ics: demo.ics}\npolicy: {status_check: {grace: 9999999w}}", "grace"),
        ("calendar: {ics: demo.ics}\npolicy: {stale_after: P99999999999999999999D}", "P9999"),
        ("calendar: {ics: demo.ics}\npolicy: {check_in: {max: 99999999999999999999}}", "max"),
        # URLs are shown without their path (it may hold a secret): the message says what is wrong
        ("calendar: {ics: 'http://[::1'}", "calendar.ics: 'http://"),
        ("calendar: {ics: 'http://[::1'}", "IPv6 address is not closed"),
        ("calendar: {ics: 'http://[::1]:99999/cal.ics'}", "port must be a number"),
        ("calendar: {ics: 'https://example.com:port/cal.ics'}", "port must be a number"),
        ("calendar: {ics: 'https:///cal.ics'}", "names no host"),
        ("calendar: {ics: '~nosuchuser-followup/cal.ics'}", "nosuchuser-followup"),
        ('calendar: {ics: "cal\\0.ics"}', "control character"),
        ("calendar: {ics: demo.ics}\nstate: ~nosuchuser-followup/s.db", "nosuchuser-followup"),
        ("calendar: {ics: demo.ics}\ngoogle: {token_uri: 'https://[fe80::1/token'}", "token_uri"),
        ("calendar: {ics: demo.ics}\ngoogle: {api_root: 'https://:443/'}", "names no host"),
    ],
)
@pytest.mark.parametrize("verb", ["tick", "status", "doctor"])
def test_a_config_value_out_of_range_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setting: str, named: str, verb: str
) -> None:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: A, email: alex@example.com, timezone: UTC}\n"
        f"{setting}\ndrafts: {{maildir: Drafts}}\n"
    )
    code, out, err = run(capsys, config, verb)
    assert code == (1 if verb == "doctor" else 2), out + err
    assert named in out + err
    assert "internal error" not in out + err


def test_a_config_path_naming_no_user_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--config", "~nosuchuser-followup/config.yaml", "status"])
    err = capsys.readouterr().err
    assert code == 2
    assert "no user 'nosuchuser-followup'" in err


# --------------------------------------------------------------------------- endings


def test_a_closed_pipe_exits_141_with_a_short_message(demo: Path) -> None:
    reader_gone = subprocess.Popen(
        [sys.executable, "-m", "agent", "--config", str(demo), "status", "--now", NOW],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader_gone.stdout is not None and reader_gone.stderr is not None
    reader_gone.stdout.close()  # like `| head -1` having read its line and left
    err = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=60) == 141
    assert err.strip() == "followup: the output was closed before everything was written"


def test_a_full_device_exits_74_with_a_short_message(demo: Path) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "agent", "--config", str(demo), "status", "--now", NOW],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert done.returncode == 74
    assert done.stderr.decode().strip() == (
        "followup: cannot write the output: No space left on device"
    )


def _init_in_a_terminal(tmp_path: Path, keys: bytes) -> tuple[int, str]:
    """``followup init`` on a terminal: type ``keys`` at the first prompt; (exit code, screen).

    The keys are typed again every few seconds until the command ends: a signal that arrives
    between the prompt being shown and the read starting can be missed (as a person would press
    Ctrl-C again)."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "agent", "init", str(tmp_path / "c.yaml")])
    screen = b""
    deadline = time.monotonic() + 60
    while b"]: " not in screen and time.monotonic() < deadline:
        if select.select([fd], [], [], 1)[0]:
            screen += os.read(fd, 1024)
    status = None
    typed_at = 0.0
    while status is None and time.monotonic() < deadline:
        if time.monotonic() - typed_at > 3:
            os.write(fd, keys)
            typed_at = time.monotonic()
        with contextlib.suppress(OSError):  # EIO once the child has gone
            if select.select([fd], [], [], 0.2)[0]:
                screen += os.read(fd, 1024)
        done, code = os.waitpid(pid, os.WNOHANG)
        status = code if done else None
    if status is None:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    with contextlib.suppress(OSError):
        while select.select([fd], [], [], 0.2)[0]:
            chunk = os.read(fd, 1024)
            if not chunk:
                break
            screen += chunk
    os.close(fd)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace")


def test_the_end_of_input_at_an_init_prompt_exits_66_and_writes_nothing(tmp_path: Path) -> None:
    code, screen = _init_in_a_terminal(tmp_path, b"\x04")  # Ctrl-D
    assert code == 66, screen
    assert 'input ended at the prompt "Your name"; nothing was written' in screen
    assert "internal error" not in screen
    assert not (tmp_path / "c.yaml").exists()


def test_ctrl_c_at_an_init_prompt_exits_130_and_writes_nothing(tmp_path: Path) -> None:
    code, screen = _init_in_a_terminal(tmp_path, b"\x03")  # Ctrl-C
    assert code == 130, screen
    assert "followup: interrupted" in screen
    assert "Traceback" not in screen
    assert not (tmp_path / "c.yaml").exists()


def test_init_with_a_closed_stdin_writes_the_starter(tmp_path: Path) -> None:
    done = command("init", str(tmp_path / "c.yaml"), stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.yaml").is_file()


def test_init_where_nothing_can_be_written_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    done = command("init", str(tmp_path / "file" / "c.yaml"))
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"followup: cannot write {tmp_path / 'file'}")


# --------------------------------------------------------------------------- help


def test_help_lists_every_exit_code() -> None:
    text = build_parser().format_help()
    listed = {int(n) for n in re.findall(r"^  (\d+) ", text, re.MULTILINE)}
    assert listed == {code for code, _ in EXIT_CODES}
    assert {0, 1, 2, 3, 4, 5, 66, 70, 74, 130, 141} <= listed


def test_the_new_exit_codes_are_documented_in_docs() -> None:
    doc = (ROOT / "docs" / "CONTRACT-CHANGES.md").read_text()
    for code, _ in EXIT_CODES:
        assert f"| {code} |" in doc


def _every_help() -> list[str]:
    parser = build_parser()
    texts = [parser.format_help()]
    stack = [parser]
    while stack:
        for action in stack.pop()._actions:
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):
                for sub in choices.values():
                    texts.append(sub.format_help())
                    stack.append(sub)
    return texts


def test_no_help_text_names_a_file_outside_the_repository() -> None:
    texts = _every_help()
    assert len(texts) > 15
    named = {f for text in texts for f in re.findall(r"[\w./-]+\.(?:md|yaml|json|txt)\b", text)}
    for name in named:
        assert (ROOT / name).exists() or "/" not in name and list(ROOT.glob(f"**/{name}")), name
    assert not any("CONTRACT" in text or "shared/" in text for text in texts)


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_status_help_names_every_field_of_status_json(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from agent.cli import STATUS_JSON_HELP

    code, out, _ = run(capsys, demo, "status", "--json", "--now", NOW)
    data = json.loads(out)
    assert data["processes"] and data["processes"][0]["followups"]
    missing = {k for k in _keys(data) if not re.search(rf"\b{k}\b", STATUS_JSON_HELP)}
    assert not missing

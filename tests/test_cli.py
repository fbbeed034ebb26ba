"""The ``followup`` command on the demo calendar: outputs, the JSON schema, and exit codes."""

from __future__ import annotations

import json
import mailbox
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from agent.cli import main

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T11:00"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "demo.ics", tmp_path / "demo.ics")
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Alex Candidate, email: alex@example.com, timezone: America/Los_Angeles}\n"
        "calendar: {ics: demo.ics}\n"
        "drafts: {maildir: Drafts, sent_maildir: Sent}\n"
        "state: state/followup.db\n"
    )
    return config


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_tick_drafts_one_thank_you_per_interviewer_of_the_demo(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--config", str(demo), "tick", "--now", NOW)
    assert code == 0, err
    drafts = mailbox.Maildir(demo.parent / "Drafts", create=False)
    recipients = sorted(m["To"] for m in drafts)
    # three panelists of the onsite, and the phone screen's interviewer (ended 09:30, due 10:30);
    # nothing for the cancelled Initech interview or the ordinary events; and the user's
    # morning digest: the onsite's handwritten cards to write
    assert recipients == [
        '"Dr. Anika Patel" <anika.patel@acmerobotics.example>',
        "Alex Candidate <alex@example.com>",
        "Dana Whitfield <dana.whitfield@acmerobotics.example>",
        "Maria Santos <maria.santos@globex.example>",
        "Wei Chen <wei.chen@acmerobotics.example>",
    ]
    assert len({m["Message-ID"] for m in drafts}) == 5
    assert not [h for m in drafts for h in m if h.lower().startswith("x-followup")]
    assert all(name.endswith(":2,D") for name in os.listdir(demo.parent / "Drafts" / "cur"))
    assert "sam.lee" not in out
    code, out, _ = run(capsys, "--config", str(demo), "tick", "--now", NOW)
    assert (code, out.strip()) == (0, "nothing due")


def test_status_json_follows_the_contract(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    code, out, _ = run(capsys, "--config", str(demo), "status", "--json", "--now", NOW)
    assert code == 0
    data = json.loads(out)
    assert data["now"].startswith("2026-12-03T11:00:00")
    assert data["conditions"] == []
    acme = next(p for p in data["processes"] if "Acme" in (p["company"] or ""))
    assert acme["id"].startswith("p") and acme["state"] == "waiting"
    (interview,) = acme["interviews"]
    assert interview["id"].startswith("i")
    assert interview["answer_date"] == "2026-12-16"
    assert interview["timeline_text"]
    assert {i["email"] for i in interview["interviewers"]} == {
        "wei.chen@acmerobotics.example",
        "dana.whitfield@acmerobotics.example",
        "anika.patel@acmerobotics.example",
    }
    kinds = [(f["kind"], f["state"]) for f in acme["followups"]]
    assert kinds.count(("thank_you", "drafted")) == 3
    assert ("status_check", "planned") in kinds
    for f in acme["followups"]:
        assert set(f) >= {"id", "kind", "to", "state", "due_at", "problem"}


def test_status_table_is_readable(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    code, out, _ = run(capsys, "--config", str(demo), "status", "--now", NOW)
    assert code == 0
    assert "Acme Robotics" in out and "thank_you" in out and "drafted" in out


def test_corrections_by_short_id(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    data = json.loads(run(capsys, "--config", str(demo), "status", "--json", "--now", NOW)[1])
    acme = next(p for p in data["processes"] if "Acme" in (p["company"] or ""))
    pid, iid = acme["id"], acme["interviews"][0]["id"]
    assert run(capsys, "--config", str(demo), "timeline", iid, "by Friday")[0] == 0
    assert (
        run(capsys, "--config", str(demo), "contact", pid, "dana.whitfield@acmerobotics.example")[0]
        == 0
    )
    data = json.loads(run(capsys, "--config", str(demo), "status", "--json", "--now", NOW)[1])
    acme = next(p for p in data["processes"] if p["id"] == pid)
    assert acme["interviews"][0]["answer_date"] == "2026-12-04"  # Friday after Wed 2 Dec
    assert acme["contact"] == "dana.whitfield@acmerobotics.example"
    assert run(capsys, "--config", str(demo), "outcome", pid, "offer")[0] == 0
    data = json.loads(run(capsys, "--config", str(demo), "status", "--json", "--now", NOW)[1])
    assert next(p for p in data["processes"] if p["id"] == pid)["state"] == "offer"


def test_replied_with_a_new_timetable(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    data = json.loads(run(capsys, "--config", str(demo), "status", "--json", "--now", NOW)[1])
    pid = next(p for p in data["processes"] if "Acme" in (p["company"] or ""))["id"]
    code, out, _ = run(
        capsys,
        "--config",
        str(demo),
        "replied",
        pid,
        "--at",
        "2026-12-10T10:00",
        "--timeline",
        "by the 15th",
    )
    assert code == 0 and "2026-12-15" in out
    code, _, err = run(capsys, "--config", str(demo), "replied", pid, "--timeline", "soonish")
    assert code == 2 and "no date" in err


# --------------------------------------------------------------------------- errors and exit codes


def test_no_config_names_followup_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nowhere"))
    monkeypatch.setenv("HOME", str(tmp_path))
    code, _, err = run(capsys, "status")
    assert code == 2 and "followup init" in err and "Traceback" not in err


def test_a_bad_config_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: A, email: not-an-address}\ncalendar: {icss: x.ics}\npoll_intervall: 5m\n"
    )
    code, _, err = run(capsys, "--config", str(config), "tick")
    assert code == 2
    assert "me.email" in err and "icss" in err and "poll_intervall" in err and "drafts" in err


def test_a_bad_now_is_a_usage_error(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--config", str(demo), "tick", "--now", "yesterday")
    assert code == 2 and "ISO-8601" in err


def test_unknown_ids_are_usage_errors(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    assert run(capsys, "--config", str(demo), "outcome", "p99", "offer")[0] == 2
    assert run(capsys, "--config", str(demo), "timeline", "i99", "two weeks")[0] == 2
    assert run(capsys, "--config", str(demo), "contact", "p1", "not an address")[0] == 2


def test_an_unreadable_calendar_exits_4(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (demo.parent / "demo.ics").unlink()
    code, _, err = run(capsys, "--config", str(demo), "tick", "--now", NOW)
    assert code == 4 and "demo.ics" in err


@pytest.mark.slow
def test_a_second_pass_waits_then_exits_5(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent import locks

    run(capsys, "--config", str(demo), "tick", "--now", NOW)
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with locks.pass_lock(demo.parent / "state" / "followup.db"):
            held.set()
            release.wait(10)

    # flock is per open file description, so a lock held in a thread blocks this process too
    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    monkeypatch.setenv("FOLLOWUP_PASS_WAIT", "0.5")
    try:
        start = time.monotonic()
        code, _, err = run(capsys, "--config", str(demo), "tick", "--now", NOW)
        assert code == 5 and "pass" in err and str(os.getpid()) in err
        assert time.monotonic() - start >= 0.4
    finally:
        release.set()
        thread.join()


def test_a_damaged_state_file_exits_5(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = demo.parent / "state" / "followup.db"
    state.parent.mkdir()
    state.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--config", str(demo), "status", "--now", NOW)
    assert code == 5 and "Traceback" not in err


def test_eval_prints_its_json_line_last(capsys: pytest.CaptureFixture[str]) -> None:
    corpus = ROOT.parent / "shared" / "eval" / "interviews-dev.jsonl"
    if not corpus.exists():
        pytest.skip("../shared is not beside this checkout")
    code, out, _ = run(capsys, "eval", "interviews", str(corpus))
    assert code == 0
    summary = json.loads(out.strip().splitlines()[-1])
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert summary["n"] == len(lines) and set(summary) >= {
        "precision",
        "recall",
        "f1",
        "interviewers_exact",
    }


def test_python_m_agent_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agent", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0 and result.stdout.startswith("followup ")

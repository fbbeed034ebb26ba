"""``docs/RELIABILITY.md`` from the suites' own figures: the full crash runs (``crash.run``, on a
Maildir, on the fake Google and on IMAP, a real Dovecot) and the reliability test suites run
under pytest, counted from its JUnit report (the Google fault cases one by one). Nothing in the
file is typed by hand: ``scripts/reliability-report --write`` regenerates it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

try:
    from reliability import crash
except ImportError:  # run as ``python -m tests.reliability.report``
    from tests.reliability import crash

ROOT = crash.ROOT
TARGET = ROOT / "docs" / "RELIABILITY.md"
#: The suites counted, and what each proves.
SUITES = {
    "tests/test_crash.py": "crash consistency, quick sample (real processes, SIGKILL / SIGTERM)",
    "tests/test_engine_machine.py": "hypothesis state machine over the engine",
    "tests/test_engine_machine_more.py": "state machine: companies, vanishing events, echoes, DST",
    "tests/test_hostile.py": "hostile and broken input through the CLI",
    "tests/test_operations.py": "signals, second daemon, migration backup, full disk",
    "tests/test_security.py": "no send path, permissions, tokens out of logs",
    "tests/test_google_faults.py": (
        "faults on the fake Google through `followup tick` and the daemon"
    ),
    "tests/test_google_engine.py": "engine on the fake Google with injected faults",
    "tests/test_google_gmail.py": "Gmail sink and mailbox on the fake Google",
    "tests/test_google_calendar.py": "Calendar source on the fake Google",
    "tests/test_google_auth.py": "OAuth on the fake Google",
    "tests/test_imap_sink.py": "IMAP drafts on a real Dovecot: lost answers, new UIDVALIDITY",
    "tests/test_lifecycle.py": "lifecycles with in-process interruptions",
    "tests/test_untrusted_text.py": "escape sequences, forged log lines, secrets in feed URLs",
    "tests/test_safe_files.py": "planted symbolic links, config permissions, damaged state",
    "tests/test_failures_visible.py": "failed passes shown by status, sign-in problems",
    "tests/test_addresses.py": "internationalised and hostile addresses",
    "tests/test_missing_events.py": "a read is evidence: one-read gaps, cut-off files, returns",
    "tests/test_recognition.py": "drafts recognised in the sink after the state is lost",
    "tests/test_bounds.py": "bounded by design: rapid series, crowded invites, busy passes",
    "tests/test_ics_robust.py": "every real calendar loads: broken lines, zones, encodings, limits",
}

#: Each fault or attack: what it is, what followup does, and the test that proves it (a
#: parametrised test counts as passed when every case passed).
ATTACKS: list[tuple[str, str, str, str]] = [
    ("escape sequences in an event title (screen clear, window title, clipboard, 8-bit CSI)",
     "removed from everything `status`, `events`, `explain`, `preview` and `tick` print",
     "tests/test_untrusted_text.py", "test_escape_sequences_in_a_title_never_reach_the_terminal"),
    ("a UID with a line break, to forge a log line",
     "each log record and each line `tick` prints stays one line (controls escaped)",
     "tests/test_untrusted_text.py", "test_a_uid_with_a_newline_cannot_forge_a_log_line"),
    ("a line break in an event title or a participant's name, to forge a status line",
     "shown as a space: each title and name stays on its line in `status`, `events`, `explain`",
     "tests/test_untrusted_text.py",
     "test_a_line_break_in_a_title_or_a_name_stays_on_its_line_in_every_listing"),
    ("a feed URL whose secret is a path segment (iCloud, Google) or a query value",
     "shown with the secret hidden in errors, logs, `status` and `doctor`",
     "tests/test_untrusted_text.py", "test_a_secret_feed_url_is_in_no_error_log_or_status"),
    ("a symbolic link at the state file, its -wal/-shm, or the pass lock",
     "refused, exit 5, the link's target untouched",
     "tests/test_safe_files.py",
     "test_a_link_planted_beside_the_state_is_refused_and_its_target_untouched"),
    ("a symbolic link at the drafts journal",
     "refused as `sink_unreachable` (exit 1), nothing drafted, the target untouched",
     "tests/test_safe_files.py",
     "test_a_link_at_the_drafts_journal_is_refused_and_its_target_untouched"),
    ("a symbolic link at the Maildir's `cur/`", "refused, nothing written through it",
     "tests/test_safe_files.py", "test_a_link_at_the_maildir_cur_folder_is_refused"),
    ("`followup init` under a permissive umask", "the config is written 0600, whole",
     "tests/test_safe_files.py",
     "test_followup_init_writes_the_config_readable_by_the_user_only"),
    ("a state file damaged in a middle page",
     "exit 5 on every command, with the restore hint and what starting afresh does",
     "tests/test_safe_files.py",
     "test_a_state_damaged_in_a_middle_page_exits_5_with_the_restore_hint"),
    ("a state file the user may not write", "`status` and `events` read it; a pass exits 5",
     "tests/test_safe_files.py", "test_a_read_only_state_still_lets_status_read_it"),
    ("every pass failing (a calendar gone)",
     "`status` shows the last error, since when and how many passes failed",
     "tests/test_failures_visible.py",
     "test_failed_passes_are_counted_and_status_says_the_last_error_and_since_when"),
    ("a bug in every daemon pass", "counted and shown by `status` like any failed pass",
     "tests/test_failures_visible.py", "test_a_bug_in_every_daemon_pass_is_counted_and_shown"),
    ("an OAuth client file of the wrong kind (web, not JSON, a list, incomplete)",
     "`followup auth` exits 3 saying how to get a desktop client",
     "tests/test_failures_visible.py",
     "test_auth_with_a_client_file_of_the_wrong_kind_exits_3_saying_what_to_do"),
    ("`followup auth --port` on a busy port", "exit 3: pick another port",
     "tests/test_failures_visible.py", "test_auth_on_a_busy_port_exits_3_saying_what_to_do"),
    ("a token file holding a JSON list, string, number or null",
     "exit 3 asking to sign in again; `status` shows `needs_auth`",
     "tests/test_failures_visible.py",
     "test_a_token_file_that_is_no_sign_in_asks_to_sign_in_again"),
    ("interviewers at an internationalised domain (and a non-ASCII local part)",
     "drafted with the domain in IDNA, UTF-8 headers where needed; never twice",
     "tests/test_addresses.py",
     "test_interviewers_at_an_internationalised_domain_get_their_thank_yous"),
    ("`mailto:...?subject=...&body=...` as an attendee's address",
     "the parameters dropped wherever an address comes in",
     "tests/test_addresses.py", "test_mailto_parameters_are_dropped_wherever_an_address_comes_in"),
    ("what is not one address (a list, a display form, a quoted or IP address, CR/LF)",
     "refused: no recipient from a calendar, exit 2 from the config or the command line",
     "tests/test_addresses.py", "test_what_is_not_one_address_is_refused"),
    ("an interview missing from one read (a half-written file, a feed's empty answer)",
     "held, shown as `event_missing`; drafted when it returns, unchanged or not",
     "tests/test_missing_events.py",
     "test_a_one_read_gap_holds_the_drafts_and_the_return_brings_them"),
    ("an interview gone from the calendar for good",
     "cancelled after 3 complete reads over 24 hours (unchanged reads count), not before",
     "tests/test_missing_events.py",
     "test_an_interview_gone_for_three_reads_over_a_day_is_cancelled"),
    ("a 1,000-event calendar cut off once (inside an event, or cleanly between two)",
     "the same drafts as the calendar never cut",
     "tests/test_missing_events.py",
     "test_a_calendar_cut_once_yields_the_drafts_of_one_never_cut"),
    ("the state moved aside after drafts were written, sent (ids rewritten) and deleted",
     "nothing drafted again: each found among the drafts, in Sent or in the journal",
     "tests/test_recognition.py", "test_a_state_moved_aside_drafts_nothing_again_on_a_maildir"),
    ("the state moved aside on Gmail, Message-IDs replaced, a draft discarded for good",
     "nothing drafted again: found by fingerprint, in Trash or in the record beside the config",
     "tests/test_recognition.py", "test_a_state_moved_aside_drafts_nothing_again_on_gmail"),
    ("the state and the record of drafts both lost",
     "what fell due over a day before is skipped, listed by `status`; `followup release` drafts it",
     "tests/test_recognition.py",
     "test_without_the_record_old_follow_ups_are_skipped_and_released_on_request"),
    ("drafts of an earlier version, then the state lost (other process ids)",
     "recognised by their X-Followup-Key under any process id; nothing drafted again",
     "tests/test_recognition.py",
     "test_drafts_of_an_earlier_version_are_recognised_by_a_new_state"),
    ("an interview every minute (`RRULE:FREQ=MINUTELY;COUNT=9999`)",
     "no interview process: no drafts, `explain` says why",
     "tests/test_bounds.py", "test_an_interview_every_minute_is_no_interview_process"),
    ("an invite listing 20 strangers at 20 domains",
     "15 thank-yous drafted, 5 held with `followup release i1` in `status`",
     "tests/test_bounds.py",
     "test_an_invite_to_twenty_strangers_drafts_fifteen_and_holds_the_rest"),
    ("40 interviews due in one pass", "30 drafted, 10 held until released",
     "tests/test_bounds.py", "test_a_pass_writes_at_most_thirty_drafts_and_holds_the_rest"),
    ("1,000 drafts present, re-ticked", "the drafts folder listed once per pass, no file read",
     "tests/test_recognition.py",
     "test_a_pass_with_nothing_new_looks_at_the_drafts_folder_once"),
    ("a stray line at the calendar's level (outside any event)",
     "skipped with a warning naming it; every calendar still read",
     "tests/test_ics_robust.py", "test_a_stray_line_is_skipped_with_a_warning_naming_it"),
    ("`X-WR-TIMEZONE` with a Windows zone name",
     "mapped to its IANA zone, never a crash",
     "tests/test_ics_robust.py", "test_x_wr_timezone_with_a_windows_name_is_mapped"),
    ("`X-WR-TIMEZONE` naming no zone at all", "reported, the events read in the user's zone",
     "tests/test_ics_robust.py", "test_x_wr_timezone_with_an_unknown_name_is_reported"),
    ("a `/mozilla.org/...` TZID without its VTIMEZONE", "read as the IANA zone it names",
     "tests/test_ics_robust.py",
     "test_a_vendor_prefixed_tzid_without_its_vtimezone_is_the_iana_zone"),
    ("`RANGE=THISANDFUTURE` on a moved occurrence", "the rest of the series moves with it",
     "tests/test_ics_robust.py", "test_this_and_future_moves_the_rest_of_the_series"),
    ("one unreadable EXDATE in a series", "only that exception dropped, with a warning",
     "tests/test_ics_robust.py", "test_one_unreadable_exdate_drops_only_itself"),
    ("a wrongly folded line", "kept, with a warning naming it",
     "tests/test_ics_robust.py", "test_a_wrongly_folded_line_is_kept_with_a_warning"),
    ("a fold inside a UTF-8 character", "unfolded on bytes: the character and every name kept",
     "tests/test_ics_robust.py", "test_a_fold_inside_a_utf8_character_keeps_the_character"),
    ("UTF-16, a BOM, Latin-1 or Windows-1252 files", "read as the text they are",
     "tests/test_ics_robust.py", "test_encodings"),
    ("a gzip file, or a feed sent gzip-encoded", "read",
     "tests/test_ics_robust.py", "test_a_gzip_encoded_feed_is_read"),
    ("a participant's name with a comma (quoted CN)", "kept whole",
     "tests/test_ics_robust.py", "test_a_name_with_a_comma_stays_whole"),
    ("a recurrence rule that can never occur (February 30)", "cut off at once, not expanded",
     "tests/test_ics_robust.py", "test_a_rule_that_never_occurs_is_cut_off"),
    ("a file the parser knows is cut off (no `END:VCALENDAR`, an unfinished event)",
     "not a snapshot: nothing it lacks is marked missing",
     "tests/test_ics_robust.py", "test_a_file_known_to_be_incomplete_is_not_a_snapshot"),
    ("a calendar file over the size limit (or `/dev/zero`, compressed or not)",
     "refused with a clear error, nothing read past the limit",
     "tests/test_ics_robust.py", "test_a_file_over_the_size_limit_is_refused"),
    ("a FIFO or a device as the calendar file", "refused without waiting or reading",
     "tests/test_ics_robust.py", "test_a_fifo_is_refused_without_waiting_for_a_writer"),
    ("a feed that answers a byte at a time", "stopped at its total deadline, said clearly",
     "tests/test_ics_robust.py", "test_a_slow_drip_feed_is_stopped_at_its_deadline"),
]  # fmt: skip


#: The parametrised test whose cases are the Google faults, and its ids' prefix in JUnit.
FAULTS = "tests/test_google_faults.py"
FAULT_TEST = "test_a_fault_is_survived_shown_and_recovered_from"


@dataclass
class SuiteFigures:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    outcomes: dict[str, str] = field(default_factory=dict)  # test name -> passed/failed/skipped


def run_suites(paths: list[str]) -> dict[str, SuiteFigures]:
    """Run the suites once under pytest; per file, the test cases passed, failed, skipped."""
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}"]
            + paths,
            cwd=ROOT,
            check=False,
            capture_output=True,
        )
        tree = ElementTree.parse(junit)
    figures = {path: SuiteFigures() for path in paths}
    for case in tree.iter("testcase"):
        path = _path_of(case.get("classname", ""))
        if path not in figures:
            continue
        outcome = _outcome({child.tag for child in case})
        setattr(figures[path], outcome, getattr(figures[path], outcome) + 1)
        figures[path].outcomes[case.get("name", "")] = outcome
    return figures


def _outcome(tags: set[str]) -> str:
    if tags & {"failure", "error"}:
        return "failed"
    return "skipped" if "skipped" in tags else "passed"


def _path_of(classname: str) -> str:
    """``tests.test_hostile.TestX`` or ``test_hostile`` -> ``tests/test_hostile.py``."""
    parts = [p for p in classname.split(".") if p != "tests"]
    module = next((p for p in parts if p.startswith("test_")), "")
    return f"tests/{module}.py"


def hostile_inputs() -> int:
    try:
        from test_hostile import CASES
    except ImportError:
        from tests.test_hostile import CASES
    return len(CASES)


def fault_cases() -> list[tuple[str, int, tuple[str, ...]]]:
    """The Google fault cases: name, the exit code of the faulty pass, the conditions shown."""
    try:
        from test_google_faults import CASES
    except ImportError:
        from tests.test_google_faults import CASES
    return [(c.name, c.exit_code, c.conditions) for c in CASES]


def fault_rows(suites: dict[str, SuiteFigures]) -> list[tuple[str, int, str, str]]:
    """Per fault case: its name, exit code, conditions, and what the suite found."""
    outcomes = suites[FAULTS].outcomes if FAULTS in suites else {}
    return [
        (name, code, ", ".join(f"`{c}`" for c in kinds) or "none",
         outcomes.get(f"{FAULT_TEST}[{name}]", "not run"))
        for name, code, kinds in fault_cases()
    ]  # fmt: skip


def attack_rows(suites: dict[str, SuiteFigures]) -> list[tuple[str, str, str, str]]:
    """Per fault or attack: what it is, what followup does, its test, and what the suite found."""
    rows = []
    for fault, does, path, test in ATTACKS:
        outcomes = suites[path].outcomes if path in suites else {}
        found = [o for name, o in outcomes.items() if name.split("[", 1)[0] == test]
        outcome = "not run" if not found else "passed" if set(found) == {"passed"} else "failed"
        rows.append((fault, does, f"`{path}::{test}`", outcome))
    return rows


def attack_section(rows: list[tuple[str, str, str, str]]) -> list[str]:
    return [
        "## Faults and attacks",
        "",
        "What a stranger's calendar, a planted file or a broken sign-in does, what followup does",
        "about it, and the test that proves it.",
        "",
        "| fault or attack | what followup does | test | outcome |",
        "|---|---|---|---|",
        *(f"| {fault} | {does} | {test} | {outcome} |" for fault, does, test, outcome in rows),
        "",
    ]


def render(
    figures: crash.Figures,
    suites: dict[str, SuiteFigures],
    hostile: int,
    commit: str,
    google: crash.Figures | None = None,
    imap: crash.Figures | None = None,
) -> str:
    failed = sum(s.failed for s in suites.values())
    google = google or crash.Figures()
    imap = imap or crash.Figures()
    runs = (figures, google, imap)
    faults = fault_rows(suites)
    survived = sum(1 for row in faults if row[3] == "passed")
    lines = [
        "# Reliability: the figures",
        "",
        "Generated by `scripts/reliability-report --write` from the suites' own output; do not",
        f"edit by hand. Commit {commit}, {datetime.now(UTC):%Y-%m-%d}.",
        "",
        "## Summary",
        "",
        "| figure | value |",
        "|---|---|",
        f"| crash points tried (passes killed) | {sum(r.crash_points for r in runs)} "
        f"({figures.crash_points} on a Maildir, {google.crash_points} on the fake Google, "
        f"{imap.crash_points} on IMAP) |",
        f"| trials with the state moved aside mid-way | {sum(r.asides for r in runs)} "
        f"({figures.asides} on a Maildir, {google.asides} on the fake Google, "
        f"{imap.asides} on IMAP) |",
        f"| duplicate drafts found | {sum(r.duplicates for r in runs)} |",
        f"| lost follow-ups found | {sum(r.losses for r in runs)} |",
        f"| orphan drafts / state mismatches | {sum(r.orphans for r in runs)} / "
        f"{sum(r.mismatches for r in runs)} |",
        f"| state files failing `PRAGMA integrity_check` | "
        f"{sum(r.integrity_failures for r in runs)} |",
        f"| send requests seen by the fake Google in the crash run | {google.sends} |",
        f"| Google fault cases survived | {survived} / {len(faults)} |",
        f"| hostile inputs tried | {hostile} |",
        f"| reliability test cases passed / failed | "
        f"{sum(s.passed for s in suites.values())} / {failed} |",
        "",
        "## Crash consistency on a Maildir (full run)",
        "",
        f"`followup tick` ran as a real process {figures.passes} times over a calendar of six",
        "interviews with panels, across four passes of six weeks (digests, thank-yous, sends and",
        "deletes in a mail client, status checks, check-ins); each trial killed passes at engine",
        "hook points (`$FOLLOWUP_CRASH_AT`, SIGKILL), or after a random delay (SIGKILL or",
        f"SIGTERM), restarted until a pass completed, and checked the result. {figures.trials}",
        f"trials, {figures.follow_ups} follow-up states compared with a run without faults, in",
        f"{figures.seconds:.0f} s. In {figures.asides} trials the state file was moved aside after",
        "a kill (the restore hint's remedy): the new state must recognise every draft and sent",
        "copy (drafted, sent or dismissed, one message each), nothing drafted twice.",
        "",
        "| where the pass was killed | times |",
        "|---|---|",
        *(f"| `{point}` | {n} |" for point, n in sorted(figures.by_point.items())),
        "",
        *google_section(google),
        *imap_section(imap),
        *fault_section(faults),
        *attack_section(attack_rows(suites)),
        "## Suites",
        "",
        "| suite | proves | passed | failed | skipped |",
        "|---|---|---|---|---|",
        *(
            f"| `{path}` | {SUITES[path]} | {s.passed} | {s.failed} | {s.skipped} |"
            for path, s in suites.items()
        ),
        "",
    ]
    failures = [
        *figures.failures,
        *(f"Google: {f}" for f in google.failures),
        *(f"IMAP: {f}" for f in imap.failures),
    ]
    if failures:
        lines += ["## Crash failures", "", *(f"- {f}" for f in failures), ""]
    return "\n".join(lines)


def google_section(google: crash.Figures) -> list[str]:
    return [
        "## Crash consistency on Google (full run)",
        "",
        "The same passes against the fake Google (`tests/fake_google`, served on 127.0.0.1):",
        f"`followup tick` ran {google.passes} times, each trial on its own copy of the Google the",
        "pass began with, the token refreshed in every pass, drafts created in Gmail; checked:",
        "one message per follow-up over Gmail's drafts and sent mail, nothing lost, the",
        f"states of the run without faults, `PRAGMA integrity_check`, no send request. "
        f"{google.trials}",
        f"trials, {google.follow_ups} follow-up states compared, {google.duplicates} duplicates, "
        f"{google.losses} losses,",
        f"{google.sends} send requests, in {google.seconds:.0f} s.",
        "",
        "| where the pass was killed | times |",
        "|---|---|",
        *(f"| `{point}` | {n} |" for point, n in sorted(google.by_point.items())),
        "",
    ]


def imap_section(imap: crash.Figures) -> list[str]:
    return [
        "## Crash consistency on IMAP (full run)",
        "",
        "The same passes with the drafts in the Drafts folder of an account on a real Dovecot",
        "(`tests/servers.py`, STARTTLS on 127.0.0.1): `followup tick` ran",
        f"{imap.passes} times, each trial on its own copy of the mailbox the pass began with (its",
        "UIDVALIDITY and UIDs kept); besides the engine's points, passes were killed inside the",
        "sink between the server's answer to APPEND and the record of the draft (`after_append`).",
        "Checked: one message per follow-up over the Drafts and Sent folders, nothing",
        "lost, the states of the run without faults, `PRAGMA integrity_check`. "
        f"{imap.trials} trials,",
        f"{imap.follow_ups} follow-up states compared, {imap.duplicates} duplicates, "
        f"{imap.losses} losses, in {imap.seconds:.0f} s.",
        "",
        "| where the pass was killed | times |",
        "|---|---|",
        *(f"| `{point}` | {n} |" for point, n in sorted(imap.by_point.items())),
        "",
    ]


def fault_section(faults: list[tuple[str, int, str, str]]) -> list[str]:
    return [
        "## Faults on the fake Google",
        "",
        f"`{FAULTS}`: each fault is injected when thank-yous fall due (most persist through the",
        "pass of `followup tick`); the pass must exit with the documented code and no traceback,",
        "retry reads a bounded number of times (waits doubling, jittered) and writes never, leave",
        "the state intact and `status --json` showing the condition; once the fault clears, the",
        "next tick drafts what was due, exactly once.",
        "",
        "| fault | exit code | `status` shows | outcome |",
        "|---|---|---|---|",
        *(f"| {name} | {code} | {kinds} | {outcome} |" for name, code, kinds, outcome in faults),
        "",
    ]


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write docs/RELIABILITY.md from the suites.")
    parser.add_argument("--kills", type=int, default=500, help="crash points on a Maildir")
    parser.add_argument(
        "--google-kills", type=int, default=250, help="crash points on the fake Google"
    )
    parser.add_argument("--imap-kills", type=int, default=250, help="crash points on IMAP")
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    present = [p for p in SUITES if (ROOT / p).exists()]
    suites = run_suites(present)
    figures = crash.run(args.kills)
    google = crash.run(args.google_kills, google=True)
    imap = crash.run(args.imap_kills, imap=True)
    text = render(figures, suites, hostile_inputs(), _commit(), google, imap)
    if args.write:
        TARGET.parent.mkdir(exist_ok=True)
        TARGET.write_text(text, encoding="utf-8")
    print(text)
    bad = any(r.failures for r in (figures, google, imap))
    bad = bad or any(s.failed for s in suites.values())
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``followup`` command: parses arguments, loads config, builds the ports, calls the engine,
prints. The only module that prints or exits; every error passes through ``main``'s one funnel.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from zoneinfo import ZoneInfo

from agent import __version__
from agent.errors import (
    EXIT_CODES,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PARTIAL,
    AuthError,
    FollowupError,
    Interrupted,
    OutputClosed,
    OutputError,
    UsageError,
)

if TYPE_CHECKING:
    from agent.config import Config
    from agent.records import Condition
    from agent.service import Correction
    from agent.settings import Settings
    from agent.state import State

log = logging.getLogger("followup")

Handler = Callable[[argparse.Namespace], int]
#: ``followup events`` shows events from this many days back unless told otherwise.
RECENT_DAYS = 30
REPORT_WHERE = "the followup project's issue tracker"


# --------------------------------------------------------------------------- arguments


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors through the funnel (exit 2), not its own exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}", hint=f"see `{self.prog} --help`")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="followup",
        description="Follow-up drafts after job interviews.",
        epilog=exit_code_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--config", help="config file (default: $FOLLOWUP_CONFIG, then the user config dir)"
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log detail")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def command(
        name: str, handler: Handler, help_: str, epilog: str | None = None
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_,
            description=help_,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.set_defaults(handler=handler)
        return p

    def with_now(p: argparse.ArgumentParser) -> None:
        p.add_argument("--now", help="use this time instead of the clock (ISO-8601)")

    p = command("init", cmd_init, "write a starter config")
    p.add_argument("path", nargs="?", help="where (default: the user config dir)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    with_now(
        command("tick", cmd_tick, "one pass: sync, detect, reconcile, plan, draft what is due")
    )
    command("run", cmd_run, "the daemon: a pass every poll_interval and at each due time")
    command("doctor", cmd_doctor, "check config, calendars, drafts folder, templates and state")
    p = command("auth", cmd_auth, "sign in to Google (installed-app flow); writes the token 0600")
    p.add_argument(
        "--port",
        type=_port,
        default=0,
        help="local port for Google's redirect (default: a free one)",
    )
    p.add_argument(
        "--no-browser",
        action="store_true",
        help="print the sign-in URL instead of opening a browser (for a machine reached over SSH)",
    )
    p = command(
        "status", cmd_status, "processes, interviews, follow-ups, conditions", STATUS_JSON_HELP
    )
    p.add_argument("--json", action="store_true", help="machine-readable JSON (fields below)")
    with_now(p)
    with_now(command("preview", cmd_preview, "render what would be drafted next; writes nothing"))
    p = command(
        "events",
        cmd_events,
        "recent calendar events and the decision on each",
        "A recurring series is one line: its next occurrence (the last, when none is to come),\n"
        "then how it repeats and how many times. --each lists every occurrence with its id.\n"
        "Times are in me.timezone, each with its zone.",
    )
    p.add_argument("--since", help="only events from this date (YYYY-MM-DD)")
    p.add_argument("--all", action="store_true", help="every stored event, however old")
    p.add_argument(
        "--each", action="store_true", help="every occurrence of a recurring series on its own line"
    )
    with_now(p)
    p = command("explain", cmd_explain, "why an event is or is not an interview")
    p.add_argument("event", help="an event id (e41) or calendar UID")
    with_now(p)
    # The corrections: each records what you say, re-plans at once and prints what changed.
    p = command("timeline", cmd_timeline, "record the timetable the company stated")
    p.add_argument("interview", help="an interview id (i7)")
    p.add_argument("text", help='what they said, e.g. "within two weeks"')
    with_now(p)
    p = command("note", cmd_note, "add to your notes on an interview")
    p.add_argument("interview")
    p.add_argument("text")
    with_now(p)
    p = command("cards", cmd_cards, "the handwritten notes to send after an interview, as a PDF")
    p.add_argument(
        "ref", nargs="?", metavar="PROCESS|INTERVIEW", help="default: interviews of the last week"
    )
    p.add_argument("--out", help="the PDF to write (default: followup-cards.pdf here)")
    with_now(p)
    p = command("contact", cmd_contact, "who gets the status check and check-ins")
    p.add_argument("process", help="a process id (p3)")
    p.add_argument("address")
    with_now(p)
    p = command("replied", cmd_replied, "record that the company answered")
    p.add_argument("process")
    p.add_argument("--at", help="when (ISO-8601; default now)")
    p.add_argument("--timeline", help="a new timetable they gave")
    with_now(p)
    p = command("outcome", cmd_outcome, "end a process")
    p.add_argument("process")
    p.add_argument("outcome", choices=["offer", "rejected", "withdrawn"])
    with_now(p)
    p = command("mark", cmd_mark, "override detection for an event (auto: take it back)")
    p.add_argument("event")
    p.add_argument("decision", choices=["interview", "not-interview", "auto"])
    with_now(p)
    p = command("release", cmd_release, "draft held or skipped follow-ups after all")
    p.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help="a follow-up (f12), an interview (i7) or a process (p3)",
    )
    with_now(p)
    p = command("people", cmd_people, "people's addresses")
    people = p.add_subparsers(dest="people_command", metavar="ACTION", parser_class=_Parser)
    people.required = True
    add = people.add_parser(
        "add", help="the address of someone known only by name: drafts what waited for it"
    )
    add.add_argument("name")
    add.add_argument("address")
    with_now(add)
    remove = people.add_parser("remove", help="take back an address given with `people add`")
    remove.add_argument("name")
    remove.add_argument("address")
    with_now(remove)
    p = command("eval", cmd_eval, "score the judgement on a labelled corpus")
    p.add_argument("corpus", choices=["interviews", "timelines", "replies"])
    p.add_argument("file")
    p.add_argument(
        "--predictions",
        metavar="OUT.jsonl",
        help="also write one JSON line per input line: its id or line number and all predicted",
    )
    return parser


def exit_code_help() -> str:
    """The exit-code table, as ``followup --help`` ends."""
    lines = ["exit codes:"]
    for code, meaning in EXIT_CODES:
        lines.extend(
            textwrap.wrap(meaning, 92, initial_indent=f"  {code:<4} ", subsequent_indent=" " * 7)
        )
    lines.append("When several of 1-5 apply, the first of 2, 5, 3, 4, 1 wins.")
    return "\n".join(lines)


STATUS_JSON_HELP = """\
--json prints one object:
  now          the instant shown (ISO-8601 with offset)
  conditions   [{kind, message}]; kind: needs_auth, source_unreachable, source_refused,
               source_unusable, sink_unreachable, rate_limited, state_locked, config_warning,
               event_missing, drafts_held, drafts_skipped, unsure_events; and what needs you
               today (the morning digest's lines, with id, process and due_at):
               interview_today, thank_you_unsent (24 h after the interview),
               thank_you_overdue (past 48 h)
  processes    [{id, company, position, state, contact, contact_name, contact_why,
                 interviews, followups, cards}]
    state      waiting, replied, offer, rejected, withdrawn, closed
    contact_why why the contact is who they are ("the recruiter who invited you")
    interviews [{id, uid, title, started_at, ended_at, cancelled, declined, answer_date,
                 timeline_text, interviewers: [{name, email}], missing_since, missing_reads}]
    followups  [{id, kind, to, person, state, due_at, problem, reason, held, interview,
                 address_now (when a needed address is known now), hint (what to do for
                 a follow-up due but not written)}]
      kind     reminder, thank_you, status_check, check_in
      state    planned, creating, drafted, sent, dismissed, cancelled, expired, superseded,
               failed
      problem  null, needs_address, needs_article, stale_draft, or a short text
      held     null, event_missing, recipients, pass_limit, unrecorded
  unsure       [{id, uid, title, started_at, reason, decide}]: events that may be interviews,
               nothing drafted until `followup mark EVENT interview` or `not-interview`
    cards      [{interview, to}]: handwritten cards to write, for interviews ended in the
                 last week (`followup cards INTERVIEW`)
  daemon       {running, pid, started_at, last_pass_at, last_exit, next_wake_at, failures}:
               what `followup run` last did, or null
  passes       {last_pass_at, last_exit, failed_passes, failing_since, last_error,
               last_error_at}: how the last passes went, or null
  digest       {date, id, state, due_at}: today's morning digest once drafted, or null
Times are ISO-8601 with their offset; dates YYYY-MM-DD."""


# --------------------------------------------------------------------------- the funnel


def main(argv: Sequence[str] | None = None) -> int:
    """The one funnel: every command's output and error passes through the safe streams."""
    from agent.safetext import SafeStream

    stdout, stderr = sys.stdout, sys.stderr
    # A closed pipe or a full device become followup's own errors (exit 141, 74).
    safe_out = _GuardedOutput(SafeStream(stdout))
    safe_err = SafeStream(stderr, redact=True)
    sys.stdout, sys.stderr = safe_out, safe_err  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        try:
            args = build_parser().parse_args(_checked_argv(argv))
            _setup_logging(args.verbose)
            code = int(args.handler(args))
            sys.stdout.flush()  # a full device or a closed pipe shows here, not at exit
            return code
        except KeyboardInterrupt:
            raise Interrupted("interrupted") from None
    except OutputError as e:
        _quiet_stdout()  # what is still buffered must not fail again when Python exits
        _print_error(e)
        return e.exit_code
    except FollowupError as e:
        _print_error(e)
        return e.exit_code
    except sqlite3.OperationalError as e:  # a write outside a transaction: disk full, read-only
        from agent.state import write_error

        error = write_error("", e)
        _print_error(error)
        return error.exit_code
    except sqlite3.DatabaseError as e:  # a damaged page read outside State's own checks
        from agent.state import damaged

        error = damaged("", e)
        _print_error(error)
        return error.exit_code
    except Exception as e:  # a bug: say where to report it
        if debug:
            raise
        print(f"followup: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        print(
            f"  this is a bug; please report it to {REPORT_WHERE}, with what `--debug` prints",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _checked_argv(argv: Sequence[str] | None) -> list[str]:
    """The arguments, each of which must be text (bytes that are not UTF-8 reach Python as
    lone surrogates, which nothing can print or store)."""
    given = list(sys.argv[1:] if argv is None else argv)
    for arg in given:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise UsageError(f'the argument "{shown}" is not UTF-8 text') from None
    return given


class _GuardedOutput:
    """Standard output whose write errors become followup's own: a closed pipe (exit 141), a
    full device or an I/O error (exit 74). Everything else is the stream's."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except OSError as e:
            raise _output_error(e) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as e:
            raise _output_error(e) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _output_error(e: OSError) -> OutputError:
    if isinstance(e, BrokenPipeError):
        return OutputClosed("the output was closed before everything was written")
    return OutputError(f"cannot write the output: {e.strerror or e}")


def _quiet_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so the interpreter's last flush cannot fail."""
    try:
        fd = sys.__stdout__.fileno() if sys.__stdout__ else -1
    except (OSError, ValueError):
        return
    if fd < 0:
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    except OSError:
        pass
    finally:
        os.close(devnull)


def _print_error(e: FollowupError) -> None:
    print(f"followup: {e.message}", file=sys.stderr)
    for problem in e.problems:
        print(f"  - {problem}", file=sys.stderr)
    if e.hint:
        print(f"  hint: {e.hint}", file=sys.stderr)


def _setup_logging(verbose: int) -> None:
    from agent.safetext import SafeFormatter

    class ZonedFormatter(SafeFormatter):
        """Log times in the user's zone once the config names it, saying which zone."""

        def formatTime(  # noqa: N802 - logging's name
            self, record: logging.LogRecord, datefmt: str | None = None
        ) -> str:
            from agent.zones import zone_label

            zone = ZoneInfo(LOG_ZONE[0]) if LOG_ZONE else None
            at = datetime.fromtimestamp(record.created, zone).astimezone(zone)
            return f"{at:%Y-%m-%d %H:%M:%S} {zone_label(at)}"

    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(ZonedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


#: The zone log lines give their times in: the user's (``me.timezone``) once the config is
#: read; until then, the system's.
LOG_ZONE: list[str] = []


# --------------------------------------------------------------------------- shared steps


def _config(args: argparse.Namespace) -> Config:
    from agent.config import find_config, load_config

    config = load_config(find_config(args.config))
    LOG_ZONE[:] = [config.me.timezone]
    return config


#: The years --now, --at and --since may name: a calendar is read years either side of the
#: instant, and a date past these is a typing mistake (Python's dates end at year 9999).
EARLIEST_YEAR, LATEST_YEAR = 1970, 2999
TIME_HINT = "e.g. 2026-12-01T09:30"


def _now(args: argparse.Namespace, tz: str, text: str | None = None) -> datetime:
    value = text if text is not None else getattr(args, "now", None)
    option = "--at" if text is not None else "--now"
    if not value:
        return datetime.now(ZoneInfo(tz))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise UsageError(f"{option} {value!r} is not an ISO-8601 time", hint=TIME_HINT) from e
    _in_range(option, value, parsed.year)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def _date(option: str, value: str) -> date:
    try:
        parsed = datetime.fromisoformat(value).date()
    except ValueError as e:
        raise UsageError(f"{option} wants a date (YYYY-MM-DD), not {value!r}") from e
    _in_range(option, value, parsed.year)
    return parsed


def _in_range(option: str, value: str, year: int) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise UsageError(
            f"{option} {value!r} is out of range: give a time from {EARLIEST_YEAR} to "
            f"{LATEST_YEAR}",
            hint=TIME_HINT,
        )


def _port(text: str) -> int:
    """``auth --port``: 0 (any free port) or a port number."""
    if not text.strip().isdecimal() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def _state(config: Config) -> State:
    from agent.service import open_state

    return open_state(config)


def _readable_state(config: Config) -> State:
    """The state for a command that only shows it: a read-only file is read into memory (what
    the command works out as it reads, such as new ids, is not kept)."""
    state = _state(config)
    return state.copy_to_memory() if state.read_only else state


# --------------------------------------------------------------------------- commands


def cmd_tick(args: argparse.Namespace) -> int:
    from agent.health import recorded_pass
    from agent.locks import pass_lock
    from agent.safetext import one_line
    from agent.status import save_conditions
    from agent.views import held_hint
    from agent.wiring import build_engine

    config = _config(args)
    now = _now(args, config.me.timezone)
    state = _state(config)
    with pass_lock(config.state), recorded_pass(state, now) as outcome:
        engine = build_engine(config, state)
        try:
            report = engine.tick(now)
        except AuthError as e:
            save_conditions(state, [_needs_auth(e)])  # for `status`; the funnel exits 3
            raise
        save_conditions(state, report.conditions)
        outcome.done(report)
    # The report's lines are log lines for cron and scripts: one line each, whatever the input.
    for f in report.drafted:
        print(one_line(f"drafted {f.id} {f.kind} to {', '.join(f.to) or '(address needed)'}"))
    for f, why in report.failed:
        print(one_line(f"failed  {f.id} {f.kind}: {why}"))
    for f in report.waiting:
        if f.problem == "needs_article":
            print(one_line(f"waiting {f.id} {f.kind}: {held_hint(f)}"))
            continue
        fix = (
            f'followup people add "{f.person_name}" ADDRESS'
            if f.person_name
            else f"followup contact {f.key.process} ADDRESS"
        )
        who = f.person_name or "the contact"
        print(one_line(f"waiting {f.id} {f.kind} for {who}: no address yet (`{fix}`)"))
    for f in report.recognised:
        print(one_line(f"found   {f.id} {f.kind}: {f.reason}"))
    for c in report.conditions:
        print(one_line(f"{c.kind}: {c.message}"), file=sys.stderr)
    for error in report.event_errors:
        line = f"warning: {error.calendar}: event {error.uid or '?'}: {error.message}"
        print(one_line(line), file=sys.stderr)
    if report.held:
        print(f"held {len(report.held)} due follow-ups: see `followup status`")
    elif not report.drafted and not report.failed and not report.waiting and not report.conditions:
        print("nothing due")  # not when a calendar or a sign-in failed: that is not known
    return report.exit_code


def _needs_auth(e: AuthError) -> Condition:
    from agent.records import Condition

    return Condition("needs_auth", f"{e.message}; {e.hint}" if e.hint else e.message)


def cmd_auth(args: argparse.Namespace) -> int:
    """Google's installed-app sign-in; over SSH: --no-browser with a fixed --port and a tunnel."""
    from agent.google.auth import run_flow

    config = _config(args)
    if args.no_browser:
        port = args.port or "PORT"
        print(
            "Open the URL below in a browser. If followup runs on another machine, first "
            f"forward the port from yours: ssh -L {port}:localhost:{port} <this host>"
        )
    run_flow(
        config.google,
        port=args.port,
        open_browser=not args.no_browser,
        prompt="Sign in to Google to let followup read your calendar and write drafts:\n{url}",
    )
    print(f"signed in; the token is in {config.google.token} (readable only by you)")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """The daemon: foreground, logs to stderr; SIGTERM / SIGINT stop it cleanly (exit 0)."""
    import signal
    import threading

    from agent.daemon import serve, system_clock

    config = _config(args)
    logging.getLogger("agent.daemon").setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO)
    stopping = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        stopping.set()  # no exception: a pass in progress ends between two follow-ups

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    return serve(config, _state(config), stopping.is_set, stopping.wait, system_clock)


def cmd_doctor(args: argparse.Namespace) -> int:
    """One line per check, each problem and warning with its fix; exit 1 when a check failed."""
    from agent.doctor import PROBLEM, WARNING, checkup
    from agent.redact import redact_urls
    from agent.safetext import one_line

    findings = checkup(args.config)
    for finding in findings:
        print(one_line(redact_urls(finding.line)))
    problems = sum(1 for f in findings if f.level == PROBLEM)
    warnings = sum(1 for f in findings if f.level == WARNING)
    also = f", {warnings} warning{'s' if warnings > 1 else ''}" if warnings else ""
    if problems:
        print(f"{problems} problem{'s' if problems > 1 else ''}{also}")
        return EXIT_PARTIAL
    print(f"no problems found{also}")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from agent.safetext import terminal_data
    from agent.status import render_table, snapshot
    from agent.wiring import settings

    config = _config(args)
    now = _now(args, config.me.timezone)
    state = _readable_state(config)
    data = snapshot(state, settings(config), now)
    if args.json:
        print(json.dumps(terminal_data(data), indent=2, ensure_ascii=False))
    else:
        print(render_table(data, config.me.timezone))
    return EXIT_OK


def cmd_preview(args: argparse.Namespace) -> int:
    from agent.service import preview

    config = _config(args)
    print(preview(config, _now(args, config.me.timezone)))
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from agent.status import render_events

    config = _config(args)
    since = _now(args, config.me.timezone).date() - timedelta(days=RECENT_DAYS)
    if args.since:
        since = _date("--since", args.since)
    now = _now(args, config.me.timezone)
    state = _readable_state(config)
    print(render_events(state, since, args.all, now, config.me.timezone, args.each))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from agent.service import event_key
    from agent.status import explain

    config = _config(args)
    _now(args, config.me.timezone)  # checked, though an explanation does not depend on it
    state = _readable_state(config)
    print(explain(state, event_key(state, args.event), config.me.timezone))
    return EXIT_OK


def _correct(
    args: argparse.Namespace, run: Callable[[State, Settings, datetime], Correction]
) -> int:
    """A correction: record, re-plan at once, print what was recorded and what changed."""
    from agent.safetext import one_line
    from agent.wiring import settings

    config = _config(args)
    now = _now(args, config.me.timezone)
    done = run(_state(config), settings(config), now)
    for line in done.lines:
        print(one_line(line))
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from agent import service

    return _correct(
        args, lambda st, se, now: service.timeline(st, se, args.interview, args.text, now)
    )


def cmd_note(args: argparse.Namespace) -> int:
    from agent import service

    return _correct(args, lambda st, se, now: service.note(st, se, args.interview, args.text, now))


def cmd_cards(args: argparse.Namespace) -> int:
    """Each interviewer's card-length note, printed, and the PDF of them, one card per page."""
    from agent import service
    from agent.cards import write_pdf

    config = _config(args)
    now = _now(args, config.me.timezone)
    found = service.cards(config, _state(config), args.ref, now)
    if not found:
        print("no cards to write: no interview ended in the last week (give PROCESS or INTERVIEW)")
        return EXIT_OK
    for card in found:
        print(f"--- {card.interview} to {card.to}\n{card.text}")
    path = _user_path(args.out, "--out") if args.out else Path("followup-cards.pdf")
    try:
        write_pdf(found, path)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from e
    except ValueError as e:  # a name the file system cannot hold (a NUL byte)
        raise UsageError(f"--out: {e}") from e
    print(f"{len(found)} cards written to {path} (one a page, to print on A6 card)")
    return EXIT_OK


def cmd_contact(args: argparse.Namespace) -> int:
    from agent import service

    return _correct(
        args, lambda st, se, now: service.contact(st, se, args.process, args.address, now)
    )


def cmd_replied(args: argparse.Namespace) -> int:
    from agent import service

    def run(state: State, settings: Settings, now: datetime) -> Correction:
        at = _now(args, settings.me.timezone, args.at) if args.at else now
        return service.replied(state, settings, args.process, at, args.timeline, now)

    return _correct(args, run)


def cmd_outcome(args: argparse.Namespace) -> int:
    from agent import service

    return _correct(
        args, lambda st, se, now: service.outcome(st, se, args.process, args.outcome, now)
    )


def cmd_mark(args: argparse.Namespace) -> int:
    from agent import service

    return _correct(args, lambda st, se, now: service.mark(st, se, args.event, args.decision, now))


def cmd_release(args: argparse.Namespace) -> int:
    from agent import service
    from agent.wiring import settings

    config = _config(args)
    now = _now(args, config.me.timezone)
    for line in service.release(_state(config), settings(config), args.ids, now):
        print(line)
    print("the next pass drafts them (`followup tick`, or the daemon)")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    from agent import service
    from agent.locks import pass_lock
    from agent.safetext import one_line

    if args.people_command == "remove":
        return _correct(
            args, lambda st, se, now: service.remove_person(st, se, args.name, args.address, now)
        )
    config = _config(args)
    now = _now(args, config.me.timezone)
    state = _state(config)
    with pass_lock(config.state):
        added = service.add_person_and_draft(config, state, args.name, args.address, now)
    for line in (*added.correction.lines, *added.drafted):
        print(one_line(line))
    if not added.drafted:
        print("nothing was waiting for this address; later follow-ups reach it")
    return added.exit_code


def cmd_eval(args: argparse.Namespace) -> int:
    from agent.evaluation import evaluate

    path = _user_path(args.file, "FILE")
    out = _user_path(args.predictions, "--predictions") if args.predictions else None
    if out is not None:
        try:
            usable = out.parent.is_dir() and not out.is_dir()
        except OSError as e:  # a name too long for the file system, a loop of links
            raise UsageError(f"cannot write predictions to {out}: {e.strerror or e}") from e
        if not usable:
            raise UsageError(f"cannot write predictions to {out}: no such file in a folder")
    predictions: list[dict[str, object]] = []
    try:
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        misses, summary = evaluate(args.corpus, path, predictions)
    except ValueError as e:
        raise UsageError(f"{path}: {e}") from e
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror or e}") from e
    if out is not None:
        text = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as e:
            raise UsageError(f"cannot write predictions to {out}: {e.strerror or e}") from e
    for line in misses:
        print(line)
    print(json.dumps(summary))
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from agent.config import user_config_path
    from agent.starter import write_starter

    target = _user_path(args.path, "PATH") if args.path else user_config_path()
    try:
        if target.is_dir() or not target.name:
            raise UsageError(f"{target} is a folder", hint="give the config file's path")
        if target.exists() and not args.force:
            raise UsageError(f"{target} exists already", hint="use --force to overwrite it")
        write_starter(target, interactive=_in_a_terminal())
    except OSError as e:
        raise UsageError(f"cannot write {target}: {e.strerror or e}") from e
    print(f"wrote {target}; edit it, then run `followup tick`")
    return EXIT_OK


def _user_path(text: str, what: str) -> Path:
    """A path given on the command line, ``~`` expanded; exit 2 when it cannot be one."""
    from agent.config import expand_user

    try:
        return expand_user(text)
    except ValueError as e:
        raise UsageError(f"{what}: {e}") from None


def _in_a_terminal() -> bool:
    """Both ends are a terminal (a closed stdin or stdout is not)."""
    streams = (sys.stdin, sys.__stdout__)
    try:
        return all(stream is not None and stream.isatty() for stream in streams)
    except (OSError, ValueError):
        return False


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

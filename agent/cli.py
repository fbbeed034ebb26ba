"""The ``followup`` command: parses arguments, loads config, builds the ports, calls the engine,
prints. The only module that prints or exits; every error passes through ``main``'s one funnel.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agent import __version__
from agent.errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PARTIAL,
    AuthError,
    FollowupError,
    UsageError,
)

log = logging.getLogger("followup")

Handler = Callable[[argparse.Namespace], int]
#: ``followup events`` shows events from this many days back unless told otherwise.
RECENT_DAYS = 30
REPORT_WHERE = "the followup project's issue tracker"


# --------------------------------------------------------------------------- arguments


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors through the funnel (exit 2), not its own exit."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message}", hint=f"see `{self.prog} --help`")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="followup", description="Follow-up drafts after job interviews.")
    parser.add_argument(
        "--config", help="config file (default: $FOLLOWUP_CONFIG, then the user config dir)"
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log detail")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def command(name: str, handler: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
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
        "--port", type=int, default=0, help="local port for Google's redirect (default: a free one)"
    )
    p.add_argument(
        "--no-browser",
        action="store_true",
        help="print the sign-in URL instead of opening a browser (for a machine reached over SSH)",
    )
    p = command("status", cmd_status, "processes, interviews, follow-ups, conditions")
    p.add_argument("--json", action="store_true", help="machine-readable (CONTRACT.md schema)")
    with_now(p)
    with_now(command("preview", cmd_preview, "render what would be drafted next; writes nothing"))
    p = command("events", cmd_events, "recent calendar events and the decision on each")
    p.add_argument("--since", help="only events from this date (YYYY-MM-DD)")
    p.add_argument("--all", action="store_true", help="every stored event, however old")
    p = command("explain", cmd_explain, "why an event is or is not an interview")
    p.add_argument("event", help="an event id (e41) or calendar UID")
    with_now(p)
    p = command("timeline", cmd_timeline, "record the timetable the company stated")
    p.add_argument("interview", help="an interview id (i7)")
    p.add_argument("text", help='what they said, e.g. "within two weeks"')
    p = command("note", cmd_note, "add to your notes on an interview")
    p.add_argument("interview")
    p.add_argument("text")
    p = command("contact", cmd_contact, "who gets the status check and check-ins")
    p.add_argument("process", help="a process id (p3)")
    p.add_argument("address")
    p = command("replied", cmd_replied, "record that the company answered")
    p.add_argument("process")
    p.add_argument("--at", help="when (ISO-8601; default now)")
    p.add_argument("--timeline", help="a new timetable they gave")
    p = command("outcome", cmd_outcome, "end a process")
    p.add_argument("process")
    p.add_argument("outcome", choices=["offer", "rejected", "withdrawn"])
    p = command("mark", cmd_mark, "override detection for an event")
    p.add_argument("event")
    p.add_argument("decision", choices=["interview", "not-interview"])
    p = command("people", cmd_people, "people's addresses")
    people = p.add_subparsers(dest="people_command", metavar="ACTION", parser_class=_Parser)
    people.required = True
    add = people.add_parser("add", help="the address of someone known only by name")
    add.add_argument("name")
    add.add_argument("address")
    p = command("eval", cmd_eval, "score the judgement on a labelled corpus")
    p.add_argument("corpus", choices=["interviews", "timelines", "replies"])
    p.add_argument("file")
    return parser


# --------------------------------------------------------------------------- the funnel


def main(argv: Sequence[str] | None = None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        args = build_parser().parse_args(argv)
        _setup_logging(args.verbose)
        return int(args.handler(args))
    except FollowupError as e:
        _print_error(e)
        return e.exit_code
    except sqlite3.OperationalError as e:  # a write outside a transaction: disk full, read-only
        from agent.state import write_error

        error = write_error("", e)
        _print_error(error)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug: say where to report it
        if debug:
            raise
        print(f"followup: internal error: {type(e).__name__}: {e}", file=sys.stderr)
        print(
            f"  this is a bug; please report it to {REPORT_WHERE}, with what `--debug` prints",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _print_error(e: FollowupError) -> None:
    print(f"followup: {e.message}", file=sys.stderr)
    for problem in e.problems:
        print(f"  - {problem}", file=sys.stderr)
    if e.hint:
        print(f"  hint: {e.hint}", file=sys.stderr)


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


# --------------------------------------------------------------------------- shared steps


def _config(args: argparse.Namespace) -> Any:
    from agent.config import find_config, load_config

    return load_config(find_config(args.config))


def _now(args: argparse.Namespace, tz: str, text: str | None = None) -> datetime:
    value = text if text is not None else getattr(args, "now", None)
    if not value:
        return datetime.now(ZoneInfo(tz))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as e:
        raise UsageError(f"not an ISO-8601 time: {value!r}", hint="e.g. 2026-12-01T09:30") from e
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def _state(config: Any) -> Any:
    from agent.state import State

    return State(config.state)


def _resolve(state: Any, text: str, kinds: str, what: str) -> tuple[str, str]:
    """A short id (``p3``, ``i7``, ``e41``) or, for events, a calendar UID -> (kind, ref)."""
    found = state.resolve_short_id(text)
    if found and found[0] in kinds:
        return found  # type: ignore[no-any-return]
    if "e" in kinds or "i" in kinds:
        keys = state.event_keys_for_uid(text)
        if keys:
            return ("uid", text)
    raise UsageError(
        f"no {what} {text!r}",
        hint="`followup status` and `followup events` print the ids",
    )


def _interview_key(state: Any, text: str) -> str:
    kind, ref = _resolve(state, text, "ie", "interview")
    if kind == "uid":
        keys = state.event_keys_for_uid(ref)
        if len(keys) > 1:
            raise UsageError(
                f"{text} is a series; give one occurrence's id (see `followup events`)"
            )
        return str(keys[0])
    return str(ref)


def _process_id(state: Any, text: str) -> str:
    kind, ref = _resolve(state, text, "p", "process")
    if state.process(text) is None:
        raise UsageError(f"no process {text!r}", hint="`followup status` prints the ids")
    return text


# --------------------------------------------------------------------------- commands


def cmd_tick(args: argparse.Namespace) -> int:
    from agent.locks import pass_lock
    from agent.status import save_conditions
    from agent.wiring import build_engine

    config = _config(args)
    now = _now(args, config.me.timezone)
    state = _state(config)
    with pass_lock(config.state):
        engine = build_engine(config, state)
        try:
            report = engine.tick(now)
        except AuthError as e:
            save_conditions(state, [_needs_auth(e)])  # for `status`; the funnel exits 3
            raise
        save_conditions(state, report.conditions)
    for f in report.drafted:
        print(f"drafted {f.id} {f.kind} to {', '.join(f.to) or '(address needed)'}")
    for f, why in report.failed:
        print(f"failed  {f.id} {f.kind}: {why}")
    for c in report.conditions:
        print(f"{c.kind}: {c.message}", file=sys.stderr)
    for error in report.event_errors:
        print(
            f"warning: {error.calendar}: event {error.uid or '?'}: {error.message}", file=sys.stderr
        )
    if not report.drafted and not report.failed:
        print("nothing due")
    return report.exit_code


def _needs_auth(e: AuthError) -> Any:
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
    """One line per problem found; exit 1 when there is one."""
    from agent.doctor import diagnose

    problems = diagnose(args.config)
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        return EXIT_PARTIAL
    print("no problems found")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from agent.status import render_table, snapshot
    from agent.wiring import settings

    config = _config(args)
    now = _now(args, config.me.timezone)
    state = _state(config)
    data = snapshot(state, settings(config), now)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_table(data))
    return EXIT_OK


def cmd_preview(args: argparse.Namespace) -> int:
    from agent.service import preview
    from agent.state import State

    config = _config(args)
    now = _now(args, config.me.timezone)
    # preview writes nothing: without a state file yet, it works on an empty one in memory
    state = _state(config) if Path(config.state).exists() else State(":memory:")
    print(preview(state, config, now))
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from agent.status import render_events

    config = _config(args)
    since = _now(args, config.me.timezone).date() - timedelta(days=RECENT_DAYS)
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).date()
        except ValueError as e:
            raise UsageError(f"--since wants a date (YYYY-MM-DD), not {args.since!r}") from e
    print(render_events(_state(config), since, args.all))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from agent.status import explain

    config = _config(args)
    state = _state(config)
    kind, ref = _resolve(state, args.event, "ei", "event")
    keys = state.event_keys_for_uid(ref) if kind == "uid" else [ref]
    print(explain(state, keys[0]))
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    config = _config(args)
    state = _state(config)
    key = _interview_key(state, args.interview)
    now = _now(args, config.me.timezone)
    _check_timeline(state, key, args.text, config)
    state.set_timeline(key, args.text, now)
    print(f"recorded the timetable for {args.interview}: {args.text}")
    return EXIT_OK


def _check_timeline(state: Any, key: str, text: str, config: Any) -> None:
    from agent.codec import event_from_dict
    from agent.timeline import parse_timeline

    stored = state.event(key)
    if stored is None:
        return
    event = event_from_dict(stored.data)
    if parse_timeline(text, event.end_at, event.tz or config.me.timezone) is None:
        raise UsageError(
            f"no date can be read from {text!r}",
            hint='say it the way they did, e.g. "within two weeks", "by Friday", "Dec 15"',
        )


def cmd_note(args: argparse.Namespace) -> int:
    config = _config(args)
    state = _state(config)
    key = _interview_key(state, args.interview)
    state.add_note(key, args.text, _now(args, config.me.timezone))
    print(f"noted on {args.interview}")
    return EXIT_OK


def cmd_contact(args: argparse.Namespace) -> int:
    config = _config(args)
    state = _state(config)
    pid = _process_id(state, args.process)
    address = _valid_address(args.address)
    state.set_contact(pid, address, _now(args, config.me.timezone))
    print(f"{pid}: status checks and check-ins go to {address}")
    return EXIT_OK


def _valid_address(text: str) -> str:
    from email.headerregistry import Address

    try:
        address = Address(addr_spec=text.strip())
    except (ValueError, IndexError) as e:
        raise UsageError(f"not an email address: {text!r}") from e
    if not address.domain or "." not in address.domain:
        raise UsageError(f"not an email address: {text!r}")
    return address.addr_spec.lower()


def cmd_replied(args: argparse.Namespace) -> int:
    from agent.corrections import record_reply

    config = _config(args)
    state = _state(config)
    pid = _process_id(state, args.process)
    now = _now(args, config.me.timezone)
    at = _now(args, config.me.timezone, args.at) if args.at else now
    print(record_reply(state, config, pid, at, args.timeline, now))
    return EXIT_OK


def cmd_outcome(args: argparse.Namespace) -> int:
    config = _config(args)
    state = _state(config)
    pid = _process_id(state, args.process)
    state.set_outcome(pid, args.outcome, _now(args, config.me.timezone))
    print(f"{pid}: {args.outcome}; no further follow-ups will be drafted")
    return EXIT_OK


def cmd_mark(args: argparse.Namespace) -> int:
    config = _config(args)
    state = _state(config)
    kind, ref = _resolve(state, args.event, "ei", "event")
    state.set_mark(ref, args.decision, _now(args, config.me.timezone))
    print(f"{args.event} marked {args.decision}; the next pass applies it")
    return EXIT_OK


def cmd_people(args: argparse.Namespace) -> int:
    from agent.names import display_name, name_key

    config = _config(args)
    state = _state(config)
    key = name_key(args.name)
    if not key:
        raise UsageError(f"not a name: {args.name!r}")
    address = _valid_address(args.address)
    state.add_address(
        key, display_name(args.name) or args.name, address, _now(args, config.me.timezone)
    )
    print(f"{display_name(args.name)} <{address}> recorded; later follow-ups reach them")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from agent.evaluation import evaluate

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"no such file: {path}")
    try:
        misses, summary = evaluate(args.corpus, path)
    except ValueError as e:
        raise UsageError(f"{path}: {e}") from e
    for line in misses:
        print(line)
    print(json.dumps(summary))
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from agent.config import user_config_path
    from agent.starter import write_starter

    target = Path(args.path) if args.path else user_config_path()
    if target.exists() and not args.force:
        raise UsageError(f"{target} exists already", hint="use --force to overwrite it")
    write_starter(target, interactive=sys.stdin.isatty() and sys.stdout.isatty())
    print(f"wrote {target}; edit it, then run `followup tick`")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

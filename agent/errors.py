"""followup's error types: each carries its exit code, a message, the problems and a hint.

Adapters convert library exceptions into these at the boundary (``raise SinkError(...) from e``);
the CLI is the one place that prints them (``agent.cli``).
"""

from __future__ import annotations

from collections.abc import Sequence

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_SOURCE = 4
EXIT_STATE = 5
EXIT_NO_INPUT = 66
EXIT_INTERNAL = 70
EXIT_OUTPUT = 74
EXIT_INTERRUPTED = 130
EXIT_OUTPUT_CLOSED = 141

#: Every exit code and what it means: ``followup --help`` and docs/CONTRACT-CHANGES.md list them.
#: 66, 74, 130 and 141 extend the user-facing contract's table (0-5 and 70); they end a command
#: at once, so they take no part in the precedence below.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "done, nothing failed"),
    (
        EXIT_PARTIAL,
        "done, but some follow-ups could not be drafted now (retried next pass); "
        "doctor: a check failed",
    ),
    (EXIT_USAGE, "usage or config error, or an input out of range (every problem listed)"),
    (EXIT_AUTH, "authorization needed (`followup auth`)"),
    (
        EXIT_SOURCE,
        "a calendar could not be used (unreachable, refused, empty, not iCalendar): "
        "nothing was planned from it this pass",
    ),
    (EXIT_STATE, "state problem: locked, newer schema, damaged"),
    (EXIT_NO_INPUT, "input ended (Ctrl-D or a closed stdin) at a prompt; nothing was written"),
    (EXIT_INTERNAL, "internal error (a bug: the message says where to report it)"),
    (EXIT_OUTPUT, "the output could not be written (a full disk, an I/O error)"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C); `run` exits 0 when stopped by SIGINT or SIGTERM"),
    (
        EXIT_OUTPUT_CLOSED,
        "the output was closed before everything was written (a pipe whose "
        "reader ended, as in `followup status | head -1`)",
    ),
)


class FollowupError(Exception):
    """A problem the user can act on.

    ``rate_limited`` is set on a service's refusal for too many requests (Google's 429 or 403
    rate limit): ``status`` shows it as ``rate_limited`` rather than as an unreachable service.
    """

    exit_code = EXIT_INTERNAL
    rate_limited = False

    def __init__(
        self, message: str, *, problems: Sequence[str] = (), hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems)
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(FollowupError):
    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """The configuration is invalid; ``problems`` lists every problem found."""


class AuthError(FollowupError):
    exit_code = EXIT_AUTH


class SourceError(FollowupError):
    """A calendar could not be read at all: it could not be fetched (``status`` shows
    ``source_unreachable``), or one of the subclasses below."""

    exit_code = EXIT_SOURCE
    condition = "source_unreachable"


class SourceRefused(SourceError):
    """The calendar is there but followup may not read it (a file's permissions, HTTP 401/403)."""

    condition = "source_refused"


class SourceUnusable(SourceError):
    """The calendar was read but holds no calendar: empty, not iCalendar, a folder, too large."""

    condition = "source_unusable"


class SinkError(FollowupError):
    """The drafts sink refused or failed; the follow-up is retried next pass.

    ``stored_maybe`` is True when the request may have reached the sink (the answer was lost),
    so the journal must reconcile before creating again.
    """

    exit_code = EXIT_PARTIAL

    def __init__(self, message: str, *, stored_maybe: bool = False, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.stored_maybe = stored_maybe


class StateError(FollowupError):
    """The state file is locked, from a newer version, or damaged."""

    exit_code = EXIT_STATE


class InputEnded(FollowupError):
    """Standard input ended (Ctrl-D, a closed stdin) while a prompt waited for an answer."""

    exit_code = EXIT_NO_INPUT


class OutputError(FollowupError):
    """Standard output could not be written: a full device, an I/O error."""

    exit_code = EXIT_OUTPUT


class OutputClosed(OutputError):
    """Whoever read standard output went away (a closed pipe)."""

    exit_code = EXIT_OUTPUT_CLOSED


class Interrupted(FollowupError):
    """The user pressed Ctrl-C (SIGINT) in a command other than ``run``."""

    exit_code = EXIT_INTERRUPTED


class TemplateError(FollowupError):
    """A template is missing or does not render."""

    exit_code = EXIT_USAGE

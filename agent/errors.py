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
EXIT_INTERNAL = 70


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
    """A calendar could not be read at all."""

    exit_code = EXIT_SOURCE


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


class TemplateError(FollowupError):
    """A template is missing or does not render."""

    exit_code = EXIT_USAGE

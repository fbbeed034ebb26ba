"""The application service: what the commands that read or change what followup knows do.

The CLI parses arguments and prints; every command that records something the user said
(``note``, ``timeline``, ``contact``, ``replied``, ``outcome``, ``mark``, ``people``) writes the
state through here, and ``preview`` runs a pass on a copy of it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from agent.views import pending, render_draft

if TYPE_CHECKING:
    from agent.config import Config
    from agent.state import State


def preview(state: State, config: Config, now: datetime) -> str:
    """Render what would be drafted next, on a copy of the state: nothing is written."""
    from agent.engine import TickReport
    from agent.wiring import build_engine

    scratch = state.copy_to_memory()
    engine = build_engine(config, scratch)
    engine.sync(now, TickReport(now=now))
    engine.detect_changed(now)
    found = pending(engine.views(now))
    if not found:
        return "Nothing is planned."
    due_now = [p for p in found if p[1].due_at <= now]
    chosen = due_now or [p for p in found if p[1].due_at == found[0][1].due_at]
    blocks = []
    for view, f in chosen:
        composed = engine.compose(view, f, now)
        blocks.append(render_draft(f, composed.draft, composed.problem, now))
    return "\n\n".join(blocks)

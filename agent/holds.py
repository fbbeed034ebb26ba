"""Drafts held back: which due follow-ups a pass does not draft, why, and how they are released.

A follow-up that is due is drafted unless one of these holds it (each a stable name: the
``held`` of a follow-up in ``status --json``, and what the digest lists):

- ``event_missing``: its interview is missing from its calendar's last reads (``agent.evidence``);
  held until the event is read again, or gone (its follow-ups are then cancelled).
- ``recipients``: a thank-you past the first ``policy.limits.recipients`` interviewers of one
  interview (in the calendar's order): no invite may fill the drafts folder with notes to
  strangers.
- ``pass_limit``: past ``policy.limits.drafts_per_pass`` drafts written in one pass.
- ``unrecorded``: it fell due more than ``policy.limits.past_due`` before, and nothing records
  whether it was drafted before (a new or lost state, and no record beside the drafts): it is
  skipped rather than drafted a second time (``agent.recognition``).

The first two follow from what is known now and end by themselves; the last two are recorded on
the follow-up (``extra["held"]``). ``followup release ID`` lets a follow-up through every hold
(``extra["released"]``). Pure: the engine applies these answers and records them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from agent.assemble import InterviewItem
from agent.model import FollowUp, FollowUpState, Kind
from agent.plan import Round
from agent.policy import Policy

EVENT_MISSING = "event_missing"
RECIPIENTS = "recipients"
PASS_LIMIT = "pass_limit"
UNRECORDED = "unrecorded"
#: The holds recorded on the follow-up; the others are worked out again each pass.
RECORDED = frozenset({PASS_LIMIT, UNRECORDED})
HELD_KEY = "held"
RELEASED_KEY = "released"
PENDING = (FollowUpState.PLANNED, FollowUpState.FAILED)


def released(f: FollowUp) -> bool:
    return f.extra.get(RELEASED_KEY) == "1"


def hold(
    f: FollowUp,
    items: Mapping[str, InterviewItem],
    rounds: Mapping[str, Round],
    policy: Policy,
) -> str | None:
    """Why ``f`` is not drafted now, or None; ``items`` and ``rounds``: its process's
    interviews by event key (``views.ProcessView``)."""
    if released(f):
        return None
    recorded = f.extra.get(HELD_KEY)
    if recorded in RECORDED:
        return recorded
    item = items.get(f.key.round)
    if item is not None and item.missing_since is not None:
        return EVENT_MISSING
    round_ = rounds.get(f.key.round)
    if f.kind is Kind.THANK_YOU and round_ is not None and beyond_recipients(round_, f, policy):
        return RECIPIENTS
    return None


def beyond_recipients(round_: Round, f: FollowUp, policy: Policy) -> bool:
    """A thank-you to an interviewer past the first ``policy.max_recipients`` of its round."""
    ids = [p.person_id for p in round_.interviewers]
    return f.key.person in ids and ids.index(f.key.person) >= policy.max_recipients


def held(f: FollowUp, why: str, reason: str) -> FollowUp:
    """``f`` with a recorded hold (``RECORDED``)."""
    return replace(f, extra={**f.extra, HELD_KEY: why}, reason=reason)


def release(f: FollowUp) -> FollowUp:
    """``f`` let through every hold (``followup release``)."""
    extra = {k: v for k, v in f.extra.items() if k != HELD_KEY}
    return replace(f, extra={**extra, RELEASED_KEY: "1"}, reason="released by you")


def shown_hold(
    f: FollowUp,
    items: Mapping[str, InterviewItem],
    rounds: Mapping[str, Round],
    policy: Policy,
) -> str | None:
    """The hold ``status`` shows for ``f`` (due or not): only a follow-up still to draft has one."""
    return hold(f, items, rounds, policy) if f.state in PENDING else None

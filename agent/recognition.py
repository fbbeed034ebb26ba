"""How followup recognises its own drafts, whatever the state says: the drafts folder is the truth.

Before a draft is written, the sink is asked whether that follow-up's draft is already among the
drafts, in sent mail, or in the record of what was written (and deleted since): a lost, emptied
or moved-aside state never drafts again what exists, was sent or was deleted.

What identifies a follow-up's draft, and shows no tool to its recipient:

- its **Message-ID**, ``<local@domain>``: the local part is a keyed hash (HMAC-SHA256, laid out
  as a UUID, as many mail programs write one) of the follow-up's *recognition key*, the domain is
  that of ``me.email``. The secret key is kept in a file beside the config, not in the state
  (``agent.keyfile``), so a new state recognises the drafts of the old one, and nobody without
  the key can tell the Message-ID from any other.
- the recognition key is the follow-up's key without its process id (``r1|round|kind|person|
  ordinal``): a round is one calendar event and belongs to one process, while process ids are
  given by the state and differ in a new one.
- its plain digest (``digest``), kept only in followup's own record of what it wrote (the
  Maildir journal, Gmail's record file): private files, never in a message.
- a **fingerprint** (recipients, subject, thread) of a draft or sent message no earlier than the
  follow-up's due time: Gmail may replace a Message-ID, and a client may too.
- drafts written by earlier versions carry an ``X-Followup-Key`` header (a hash of the key with
  its process id) and a ``<followup.MARKER@domain>`` Message-ID; they are recognised by the
  marker the state recorded, else by the markers the key gives with any process id
  (``legacy_marker_in``).

What a pass does with what was found (``adopted``), and when nothing can vouch that an old
follow-up was never drafted (``unvouched``), is decided here too. Pure: no clock, no files.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

from agent.addresses import ascii_domain, canonical
from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind, Me
from agent.plan import Round
from agent.policy import Policy
from agent.ports import Draft, Recognised, Recognition

S = FollowUpState
VERSION = "r1"
#: Drafts of earlier versions were marked with a hash of the key with its process id; a new
#: state gives other ids, so a marker is looked for with each of these first process ids.
LEGACY_PROCESS_IDS = 1000
#: A copy sent or drafted this long before a follow-up fell due may still be its own (clocks).
CLOCK_SKEW = timedelta(minutes=5)
_LEGACY_ID = re.compile(r"<followup\.([0-9a-f]{32})@", re.I)


def recognition_text(key: FollowUpKey) -> str:
    """The follow-up's identity without its process id (versioned, frozen)."""
    parts = (VERSION, key.round, str(key.kind), key.person, str(key.ordinal))
    return "|".join(p.replace("|", "\\|") for p in parts)


def digest(key: FollowUpKey) -> str:
    """The plain digest of the recognition key: kept in followup's own records only."""
    return hashlib.sha256(recognition_text(key).encode()).hexdigest()[:32]


def message_id(secret: bytes, key: FollowUpKey, me_email: str) -> str:
    """The Message-ID of the follow-up's draft: a keyed hash laid out as a UUID, in the domain
    of ``me_email``. Its last 8 hex digits seal the first 24 (``_seal``), so a Message-ID can be
    told to be followup's own (``is_own_message_id``) without knowing whose it is."""
    mac = hmac.new(secret, recognition_text(key).encode(), hashlib.sha256).hexdigest()[:24]
    hexes = mac + _seal(secret, mac)
    local = f"{hexes[:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:20]}-{hexes[20:32]}"
    return f"<{local}@{domain_of(me_email)}>"


def _seal(secret: bytes, head: str) -> str:
    return hmac.new(secret, f"seal|{head}".encode(), hashlib.sha256).hexdigest()[:8]


def is_own_message_id(secret: bytes, message_id: str | None) -> bool:
    """Whether ``message_id`` is one followup gave a draft (of any follow-up). A draft carrying
    another follow-up's Message-ID is that follow-up's, whatever its recipients and subject."""
    if not keyed_shape(message_id):
        return False
    assert message_id is not None
    hexes = message_id[1:37].replace("-", "")
    return hmac.compare_digest(_seal(secret, hexes[:24]), hexes[24:])


def thank_you_ids(secret: bytes, rounds: Iterable[Round], me: Me) -> frozenset[str]:
    """The Message-IDs of the thank-yous these rounds may have: a sent copy with one of them
    is followup's draft sent, not a note the user wrote of their own."""
    return frozenset(
        message_id(secret, FollowUpKey("", r.event_key, Kind.THANK_YOU, p.person_id), me.email)
        for r in rounds
        for p in r.interviewers
    )


def domain_of(me_email: str) -> str:
    address = canonical(me_email)  # an IDN domain in its ASCII form
    domain = ascii_domain(address) if address else me_email.rpartition("@")[2].lower()
    return re.sub(r"[^a-z0-9.\-]", "", domain) or "localhost"


def legacy_message_id(marker: str, me_email: str) -> str:
    """The Message-ID earlier versions wrote: ``<followup.MARKER@domain>``."""
    safe = re.sub(r"[^A-Za-z0-9.\-_]", "", marker)
    return f"<followup.{safe}@{domain_of(me_email)}>"


_KEYED = re.compile(r"<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@")


def keyed_shape(message_id: str | None) -> bool:
    """Whether a Message-ID has the shape this version gives (``message_id``)."""
    return bool(message_id and _KEYED.match(message_id))


def legacy_marker(message_id: str | None) -> str | None:
    """The marker inside a Message-ID written by an earlier version, if it is one."""
    found = _LEGACY_ID.search(message_id or "")
    return found.group(1).lower() if found else None


def legacy_marker_in(key: FollowUpKey, present: Collection[str]) -> str | None:
    """The marker among ``present`` that an earlier version gave this follow-up's draft under
    any process id (a new state numbers processes afresh)."""
    if not present:
        return None
    if key.marker in present:
        return key.marker
    # FollowUpKey.marker for each process id, without building a key for each
    head, tail = "v1|p", "|" + key.serialise().split("|", 2)[2]
    for n in range(1, LEGACY_PROCESS_IDS + 1):
        marker = hashlib.sha256(f"{head}{n}{tail}".encode()).hexdigest()[:32]
        if marker in present:
            return marker
    return None


def wanted(
    f: FollowUp,
    secret: bytes,
    me_email: str,
    draft: Draft | None = None,
    *,
    other_states: bool = False,
) -> Recognition:
    """How ``f``'s draft is recognised: its Message-ID, those the state recorded for it, its
    earlier versions' marker, and the fingerprint of ``draft`` (the draft about to be written)
    or of what the state recorded. ``other_states``: another state may have drafted it (this one
    began after it fell due), so the marker an earlier version gave it under another process id
    is looked for too."""
    own = message_id(secret, f.key, me_email)
    ids = [own]
    for known in (f.message_id, legacy_message_id(f.marker, me_email)):
        if known and known not in ids:
            ids.append(known)
    to = tuple(a.lower() for _, a in draft.to) if draft is not None else f.to
    subject = draft.subject if draft is not None else f.subject or ""
    thread = draft.thread_id if draft is not None else f.thread_id
    return Recognition(
        digest=digest(f.key),
        message_ids=tuple(ids),
        markers=(f.marker,),
        key=f.key if other_states else None,
        to=to,
        subject=subject,
        thread_id=thread,
        not_before=f.due_at - CLOCK_SKEW,
        claimed=partial(is_own_message_id, secret),
    )


# --------------------------------------------------------------------------- what a pass does


def adopted(entry: FollowUp, seen: Recognised, now: datetime) -> FollowUp | None:
    """``entry`` (journalled as about to be written) once its draft was found already: drafted
    (among the drafts), sent, or dismissed (the record has it, the drafts and sent mail do
    not); None when nothing was found and it is to be written.

    A follow-up the state journalled before (``created_at`` of an earlier attempt) and found
    not stored is never taken for deleted: a record line without its draft is then the trace
    of that attempt, not of the user's hand."""
    how = f" ({seen.how})" if seen.how else ""
    if seen.state == "present":
        return replace(
            entry,
            state=S.DRAFTED,
            draft_id=seen.draft_id,
            message_id=seen.message_id or entry.message_id,
            drafted_at=now,
            reason=f"found among your drafts{how}",
        )
    if seen.state == "sent":
        return replace(
            entry,
            state=S.SENT,
            message_id=seen.message_id or entry.message_id,
            sent_at=seen.sent_at or now,
            thread_id=seen.thread_id or entry.thread_id,
            problem=None,
            reason=f"found in your sent mail{how}",
        )
    if seen.state == "deleted":
        return replace(
            entry,
            state=S.DISMISSED,
            draft_id=seen.draft_id,
            problem=None,
            reason=f"you deleted its draft{how}",
        )
    return None


LOOKED = "looked"


def looked(f: FollowUp) -> FollowUp:
    """``f`` once its draft was looked for in the sink (a past follow-up is looked for once)."""
    return replace(f, extra={**f.extra, LOOKED: "1"})


def trusted_deletion(f: FollowUp) -> bool:
    """Whether a record of ``f``'s draft without the draft means the user deleted it: not when
    the state itself journalled an attempt (it found that attempt not stored)."""
    return f.created_at is None


def other_states(f: FollowUp, began_at: datetime) -> bool:
    """Whether a state other than this one (which began at ``began_at``) may have drafted
    ``f``: this one began after it fell due."""
    return began_at > f.due_at - CLOCK_SKEW


def unvouched(
    f: FollowUp, began_at: datetime, record_at_start: bool, now: datetime, policy: Policy
) -> bool:
    """Nothing found, and nothing can vouch that ``f`` was never drafted: the state began after
    it fell due (a new or lost state), no record of what was written was kept beside the drafts
    when it began, and it fell due longer ago than ``policy.limits.past_due``. Such a follow-up
    is skipped (held ``unrecorded``) rather than perhaps drafted a second time."""
    return not record_at_start and began_at > f.due_at and f.due_at < now - policy.past_due

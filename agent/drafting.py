"""Drafting what is due, each follow-up exactly once: the last step of a pass.

For each due follow-up: held back when a bound or a missing fact says so (``holds``,
``choices.held``), composed (``choices``, ``compose``), looked for in the drafts folder first
(``recognition``: a draft found, sent or deleted is never written again), journalled
``creating``, written, journalled ``drafted`` (``journal``). Then the morning digest
(``digest``), once a day. The crash hooks fire around each write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol

from agent import digest as digests
from agent import holds, journal, recognition, store
from agent.choices import Composed, compose_input, draft_problem, held
from agent.compose import ComposeInput, DigestInput
from agent.errors import AuthError, FollowupError, SinkError
from agent.model import Article, FollowUp, FollowUpKey, FollowUpState, Kind
from agent.passreport import Hook, TickReport, needs_auth, once, trouble
from agent.ports import NOT_FOUND, ArticleSource, Draft, DraftsSink, Recognition
from agent.settings import Settings
from agent.state import State
from agent.store import Beginning
from agent.views import ProcessView

log = logging.getLogger("agent.engine")
S = FollowUpState


class Drafting:
    """The drafting step of a pass, over the state, the drafts sink and the composer."""

    def __init__(
        self,
        state: State,
        settings: Settings,
        sink: DraftsSink | None,
        composer: Composer | None,
        hook: Hook,
        articles: ArticleSource | None = None,
    ) -> None:
        self.state = state
        self.settings = settings
        self.sink = sink
        self.composer = composer
        self.hook = hook
        self.articles = articles  # article feeds, read at most once a pass
        self._fed: tuple[Article, ...] | None = None
        self.views: list[ProcessView] | None = None  # as the last plan made them

    def new_pass(self, views: list[ProcessView] | None = None) -> None:
        """A new pass: the feeds are read again if a check-in needs them."""
        self._fed = None
        self.views = views

    @property
    def drafts(self) -> DraftsSink:
        if self.sink is None:
            raise FollowupError("no drafts sink configured for this command")
        return self.sink

    @property
    def writer(self) -> Composer:
        if self.composer is None:
            raise FollowupError("no composer configured for this command")
        return self.composer

    def due(
        self, views: Sequence[ProcessView], now: datetime
    ) -> list[tuple[ProcessView, FollowUp]]:
        # one query for every process, not one each (same order: by process, then due time)
        pending = self.state.due_followups(now, states=[S.PLANNED, S.FAILED])
        return [(view, f) for view in views for f in pending.get(view.group.pid, ())]

    def draft_due(
        self,
        views: Sequence[ProcessView],
        now: datetime,
        report: TickReport,
        stop: Callable[[], bool] | None = None,
        only: Callable[[FollowUp], bool] | None = None,
    ) -> None:
        """Draft each due follow-up (those ``only`` accepts). One to someone with no address
        yet waits for it (``followup people add``, ``followup contact``): no draft is written
        without a recipient."""
        policy = self.settings.policy
        written = 0
        beginning: Beginning | None = None
        for view, f in self.due(views, now):
            if only is not None and not only(f):
                continue
            if f.kind is not Kind.REMINDER and not f.to:
                report.waiting.append(f)  # waits for an address; `status` says so
                continue
            if stop is not None and stop():
                report.stopped = True
                return  # between two follow-ups: each one is journalled whole or not begun
            why = holds.hold(f, view.items, view.rounds, policy)
            if why is None and written >= policy.max_drafts_per_pass:
                why = holds.PASS_LIMIT
            if why is not None:
                self._hold(f, why, now, report)
                continue
            try:
                beginning = beginning or self.beginning(now)
                drafted, outcome = self._draft(view, f, now, beginning)
            except AuthError as e:
                # The sign-in failed before the request left: nothing was stored.
                self.state.save_followup(f, now)
                needs_auth(report, e)
                return
            except FollowupError as e:
                self._write_failed(f, e, now, report)
                continue
            if outcome == UNVOUCHED:
                self._hold(f, holds.UNRECORDED, now, report)
            elif outcome == FOUND:
                report.recognised.append(drafted)
                log.info("%s %s not drafted: %s", f.id, f.kind, drafted.reason)
            elif outcome == WAITING:
                report.waiting.append(drafted)
            else:
                report.drafted.append(drafted)
                written += 1

    # ------------------------------------------------------------------ the morning digest

    def needs_you(
        self, now: datetime, views: Sequence[ProcessView] | None = None
    ) -> digests.Digest:
        """What needs the user as of ``now`` (``agent.digest``), from the views of the last
        plan (or ``views``)."""
        found = views if views is not None else self.views
        return digests.digest(store.digest_data(self.state, self.settings, now, found))

    def draft_digest(self, views: Sequence[ProcessView], now: datetime, report: TickReport) -> None:
        """Today's digest, once its time has come, when something needs the user and it was not
        drafted yet: journalled and recognised like any follow-up, under the key of its day."""
        policy, me = self.settings.policy, self.settings.me
        day = digests.today(now, me.timezone)
        self._expire_digests(day, now)
        if not policy.reminder_enabled or now < digests.due_at(day, policy, me.timezone):
            return
        key = digests.digest_key(day)
        existing = self.state.followup(key)
        if existing is not None and existing.state not in (S.PLANNED, S.FAILED):
            return  # drafted (or settled) already: one a day
        if existing is None and self._digest_found(
            key, digests.due_at(day, policy, me.timezone), now, report
        ):
            return  # drafted by the state before this one
        found = self.needs_you(now, views)
        if not digests.to_draft(found, existing, now, policy, me.timezone):
            return
        f = existing or FollowUp(
            key=key,
            id=self.state.short_id("f", key.serialise()),
            state=S.PLANNED,
            due_at=digests.due_at(day, policy, me.timezone),
            to=(me.email,),
            person_name=me.name,
            reason="the morning digest",
        )
        try:
            composed = self._compose_digest(f, found, now)
            done, outcome = self._write(f, composed, None, now, self.beginning(now))
        except AuthError as e:
            needs_auth(report, e)
            return
        except FollowupError as e:
            self._write_failed(f, e, now, report)
            return
        if outcome == DRAFTED:
            report.drafted.append(done)
        elif outcome == FOUND:
            report.recognised.append(done)

    def _write_failed(
        self, f: FollowUp, e: FollowupError, now: datetime, report: TickReport
    ) -> None:
        """A draft that could not be written: when the sink may have stored it, the row stays
        `creating` and the next pass looks for it; else it is recorded failed, retried later."""
        if isinstance(e, SinkError):
            once(report, trouble("sink_unreachable", e))
            if e.stored_maybe:
                log.warning("%s: the sink's answer was lost; reconciled next pass", f.id)
                report.failed.append((f, f"{e} (looked for next pass)"))
                return
        failed = journal.failed(f, str(e))
        self.state.save_followup(failed, now)
        report.failed.append((failed, str(e)))
        log.warning("%s %s could not be drafted: %s", f.id, f.kind, e)

    def _digest_found(
        self, key: FollowUpKey, due_at: datetime, now: datetime, report: TickReport
    ) -> bool:
        """Whether today's digest, unknown to this state, was drafted by the state before it (a
        new state that began after it fell due asks the sink; it is then recorded as found)."""
        began = self.beginning(now)
        me = self.settings.me
        probe = FollowUp(key, "", S.PLANNED, due_at, to=(me.email,), person_name=me.name)
        if not recognition.other_states(probe, began.at):
            return False
        if self.state.meta(DIGEST_LOOKED) == key.round:
            return False  # looked for already, and not found
        try:
            seen = self.drafts.recognise(self.wanted(probe, None, began))
        except AuthError as e:
            needs_auth(report, e)
            return True  # not known: nothing is drafted this pass
        except SinkError as e:
            once(report, trouble("sink_unreachable", e))
            return True
        found = recognition.adopted(probe, seen, now)
        if found is None:
            self.state.set_meta(DIGEST_LOOKED, key.round)
            return False
        found = replace(found, id=self.state.short_id("f", key.serialise()))
        self.state.save_followup(found, now, "recognised")
        report.recognised.append(found)
        return True

    def _compose_digest(self, f: FollowUp, found: digests.Digest, now: datetime) -> Composed:
        me = self.settings.me
        inp = DigestInput(
            marker=f.marker,
            message_id=recognition.message_id(self.settings.secret, f.key, me.email),
            me=me,
            digest=found,
            tz=me.timezone,
            created_at=now,
            html=self.settings.html,
        )
        return Composed(self.writer.compose_digest(inp), None, None)

    def _expire_digests(self, day: date, now: datetime) -> None:
        """A digest not drafted on its own day is not drafted later."""
        for f in self.state.followups(pid="", states=[S.PLANNED, S.FAILED]):
            if f.kind is Kind.DIGEST and f.key.round < day.isoformat():
                gone = replace(f, state=S.EXPIRED, reason="its day is over")
                self.state.save_followup(gone, now)

    def _hold(self, f: FollowUp, why: str, now: datetime, report: TickReport) -> None:
        """``f`` is not drafted this pass; a hold that does not end by itself is recorded."""
        report.held.append((f, why))
        if why in holds.RECORDED and f.extra.get(holds.HELD_KEY) != why:
            reason = HOLD_REASONS[why].format(n=self.settings.policy.max_drafts_per_pass)
            self.state.save_followup(holds.held(f, why, reason), now, "held")
            log.warning("%s %s held: %s", f.id, f.kind, reason)

    def compose(self, view: ProcessView, f: FollowUp, now: datetime) -> Composed:
        """The draft for ``f``, its problem flag (needs_address / needs_article), its article
        and update, and why it is held back (``choices.held``), if it is."""
        shared = self.state.shared_history(exclude=f.key)
        articles = self._articles(f)
        inp, problem = compose_input(view, f, self.settings, shared, now, articles)
        draft: Draft = self.writer.compose(inp)
        return Composed(
            draft, draft_problem(f, draft, problem), inp.article, inp.update, held(f, inp)
        )

    def _articles(self, f: FollowUp) -> tuple[Article, ...] | None:
        """The articles a check-in chooses from: the config's, then the feeds' (read once a
        pass, and only when a check-in is drafted; a feed that fails is left out)."""
        if f.kind is not Kind.CHECK_IN or self.articles is None:
            return None
        if self._fed is None:
            self._fed = self.articles.articles()
        return (*self.settings.articles, *self._fed)

    def wanted(
        self, f: FollowUp, draft: Draft | None = None, began: Beginning | None = None
    ) -> Recognition:
        others = began is not None and recognition.other_states(f, began.at)
        me = self.settings.me.email
        return recognition.wanted(f, self.settings.secret, me, draft, other_states=others)

    def beginning(self, now: datetime) -> Beginning:
        """When the state began, and whether the sink kept a record of its drafts then."""
        new_key = self.settings.new_key
        return store.beginning(self.state, now, lambda: new_key or self.drafts.keeps_record())

    def _draft(
        self, view: ProcessView, f: FollowUp, now: datetime, began: Beginning
    ) -> tuple[FollowUp, str]:
        """Draft ``f`` (``DRAFTED``), unless its draft is found already (``FOUND``: the
        follow-up as found, recorded), nothing vouches that it was never drafted
        (``UNVOUCHED``: ``f``, unchanged), or ``choices.held`` says it must not be written
        now (``WAITING``: ``f`` as it waits for what it needs, still planned)."""
        composed = self.compose(view, f, now)
        if composed.held is not None:
            waiting = journal.held(f, composed.held)
            if waiting != f:
                self.state.save_followup(waiting, now)
            log.info("%s %s not drafted: %s", f.id, f.kind, composed.held)
            return waiting, WAITING
        return self._write(f, composed, view.group.company, now, began)

    def _write(
        self, f: FollowUp, composed: Composed, company: str | None, now: datetime, began: Beginning
    ) -> tuple[FollowUp, str]:
        """``f``'s draft ``composed``, found already or written (see ``_draft``)."""
        wanted = self.wanted(f, composed.draft, began)
        composed = replace(composed, draft=replace(composed.draft, recognition=wanted.digest))
        entry = journal.creating(f, composed, company, now)
        seen = self.drafts.recognise(wanted)
        if seen.state == "deleted" and not recognition.trusted_deletion(f):
            seen = NOT_FOUND
        found = recognition.adopted(entry, seen, now)
        if found is not None:
            self.state.save_followup(found, now, "recognised")
            return found, FOUND
        policy = self.settings.policy
        if not holds.released(f) and recognition.unvouched(f, began.at, began.record, now, policy):
            return f, UNVOUCHED
        self.hook("before_journal")
        self.state.save_followup(entry, now)
        self.hook("after_journal")
        draft_id = self.drafts.create(composed.draft)  # a SinkError: see draft_due
        self.hook("after_create")
        done = journal.drafted(entry, draft_id, now)
        self.state.save_followup(done, now)
        self.hook("after_drafted")
        log.info("%s %s drafted for %s", f.id, f.kind, ", ".join(done.to) or "(no address yet)")
        return done, DRAFTED


class Composer(Protocol):
    def compose(self, inp: ComposeInput) -> Draft: ...

    def compose_digest(self, inp: DigestInput) -> Draft: ...


#: meta key: the day whose digest a new state looked for in the sink and did not find
DIGEST_LOOKED = "digest_looked"


#: What became of a due follow-up that was not held (``Drafting._draft``).
DRAFTED, FOUND, UNVOUCHED, WAITING = "drafted", "found", "unvouched", "waiting"


#: The reason recorded with a hold that does not end by itself.
HOLD_REASONS = {
    holds.PASS_LIMIT: "held: more than {n} drafts were due in one pass",
    holds.UNRECORDED: "skipped: due long before, with no record of whether it was drafted",
}

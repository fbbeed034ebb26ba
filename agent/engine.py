"""The engine runs one pass of followup and holds no rule: each step is one call into the
module that owns its decision, and the state is read and written around it.

``tick(now)``: read the calendars (``sync``) -> store the changes with their detection
(``store``, ``detector``) -> detect what the user's marks and notes changed -> place and
classify new mail (``replies``) -> learn what became of each draft (``journal``) -> plan every
process (``views``, ``plan``) and record the decisions (``store``) -> draft what is due
(``choices``, ``compose``, ``journal``).

The engine gets its ports (calendar sources, drafts sink, mailbox watcher) and the state as
arguments and asks the clock nothing: ``now`` is given. A follow-up is journalled ``creating``
before the sink is called and ``drafted`` after; a ``creating`` row is reconciled against the
sink before anything is created again, so an interruption at any instant yields neither a
duplicate nor a lost draft. One follow-up's failure never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Protocol

from agent import digest as digests
from agent import holds, journal, recognition, store
from agent.choices import Composed, compose_input, draft_problem, held
from agent.compose import ComposeInput, DigestInput
from agent.errors import (
    EXIT_AUTH,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_SOURCE,
    AuthError,
    FollowupError,
    SinkError,
    SourceError,
)
from agent.model import Article, FollowUp, FollowUpKey, FollowUpState, Kind
from agent.ports import (
    NOT_FOUND,
    ArticleSource,
    CalendarSource,
    Draft,
    DraftsSink,
    EventError,
    MailboxWatcher,
    Recognition,
    SentMessage,
    Window,
)
from agent.records import Condition
from agent.replies import mail_effect
from agent.settings import Settings
from agent.state import State
from agent.store import Beginning
from agent.views import ProcessView

__all__ = ["Composed", "Condition", "Engine", "Hook", "ProcessView", "Settings", "TickReport"]
log = logging.getLogger(__name__)
S = FollowUpState

#: Called with a point's name at each step that writes (crash tests kill the process there):
#: after_sync, after_detect, before_plan / after_plan, before_reconcile / after_reconcile,
#: before_journal, after_journal, after_create, after_drafted; the IMAP sink, given the same
#: hook, adds after_append (the server stored the draft; not yet recorded).
Hook = Callable[[str], None]


@dataclass
class TickReport:
    now: datetime
    drafted: list[FollowUp] = field(default_factory=list)
    failed: list[tuple[FollowUp, str]] = field(default_factory=list)
    waiting: list[FollowUp] = field(default_factory=list)  # due, but no address to send to
    conditions: list[Condition] = field(default_factory=list)
    event_errors: list[EventError] = field(default_factory=list)
    source_failed: bool = False
    auth_failed: bool = False
    stopped: bool = False  # told to stop before every due follow-up was drafted
    held: list[tuple[FollowUp, str]] = field(default_factory=list)  # due, not drafted: why
    recognised: list[FollowUp] = field(default_factory=list)  # found drafted, sent or deleted

    @property
    def exit_code(self) -> int:
        if self.auth_failed:
            return EXIT_AUTH
        if self.source_failed:
            return EXIT_SOURCE
        return EXIT_PARTIAL if self.failed else EXIT_OK


class Engine:
    def __init__(
        self,
        state: State,
        settings: Settings,
        sources: Sequence[CalendarSource],
        sink: DraftsSink | None,
        composer: Composer | None,
        mailbox: MailboxWatcher | None = None,
        hook: Hook | None = None,
        articles: ArticleSource | None = None,
    ) -> None:
        self.state = state
        self.articles = articles  # article feeds, read at most once a pass
        self._fed: tuple[Article, ...] | None = None
        self.settings = settings
        self.sources = sources
        self.sink = sink
        self.composer = composer
        self.mailbox = mailbox
        # (start_at ISO, key) of each event stored by this pass as an interview: its short id
        # is given by ``detect_changed``.
        self._new_interviews: list[tuple[str, str]] = []
        self.hook: Hook = hook or (lambda point: None)
        self._views: list[ProcessView] | None = None  # as the last plan made them

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

    # ------------------------------------------------------------------ the pass

    def tick(self, now: datetime, stop: Callable[[], bool] | None = None) -> TickReport:
        """One pass; ``stop`` is asked between follow-ups (a daemon told to stop ends there)."""
        report = TickReport(now=now)
        self._fed = None  # the feeds are read again, if a check-in needs them
        self.sync(now, report)
        self.detect_changed(now)
        self.watch_mail(now, report)
        self.drafts.refresh()  # the pass's one look at the drafts begins
        sent = self._sent_mail(now, report)
        if report.auth_failed:
            # Without a sign-in the sink cannot be asked anything: plan, draft nothing, and
            # let the user know (`followup auth`); the next pass picks up from here.
            self.plan(now, sent)
            return report
        self.reconcile(now, sent or (), report)
        views = self.plan(now, sent)
        self.recognise_past(now, report)
        self.draft_due(views, now, report, stop)
        if not report.stopped and not report.auth_failed:
            self.draft_digest(views, now, report)
        return report

    def _needs_auth(self, report: TickReport, error: AuthError) -> None:
        report.auth_failed = True
        if not any(c.kind == "needs_auth" for c in report.conditions):
            log.warning("authorization needed: %s", error)
            report.conditions.append(Condition("needs_auth", f"{error} - run `followup auth`"))

    # ------------------------------------------------------------------ sync

    def window(self, now: datetime) -> Window:
        return Window(now - self.settings.window_past, now + self.settings.window_future)

    def sync(self, now: datetime, report: TickReport) -> None:
        window = self.window(now)
        for source in self.sources:
            try:
                batch = source.fetch(self.state.cursor(source.name), window)
            except AuthError as e:
                self._needs_auth(report, e)
                continue
            except SourceError as e:
                # the report says it: `tick` prints it, `run` logs it (debug here, never twice)
                log.debug("calendar %s unavailable: %s", source.name, e)
                report.source_failed = True
                said = str(e) if source.name in str(e) else f"{source.name}: {e}"
                report.conditions.append(trouble(e.condition, e, said))
                continue
            report.event_errors.extend(batch.errors)
            for error in batch.errors:
                log.debug("calendar %s: event %s: %s", error.calendar, error.uid, error.message)
            policy = self.settings.policy
            if batch.changed:
                stored = store.store_batch(
                    self.state, self.settings.me, source.name, batch, now, policy
                )
                self._new_interviews.extend(stored)  # stored: their ids are given next
            else:
                store.store_unchanged(self.state, source.name, batch, now, policy)
            self.state.set_cursor(source.name, batch.cursor, now)
            self.hook("after_sync")

    # ------------------------------------------------------------------ detection

    def detect_changed(self, now: datetime) -> None:
        """Detect the events stored or changed since their last detection (``store``)."""
        store.detect_changed(
            self.state, self.settings.me, self._new_interviews, self.settings.policy
        )
        self._new_interviews.clear()
        self.hook("after_detect")

    # ------------------------------------------------------------------ replies

    def watch_mail(self, now: datetime, report: TickReport) -> None:
        """Learn of replies: each new message is matched to a process and classified."""
        if self.mailbox is None:
            return
        since = now - self.settings.window_past
        try:
            batch = self.mailbox.changes(self.state.cursor(MAILBOX_CURSOR), since)
        except AuthError as e:
            self._needs_auth(report, e)
            return
        except FollowupError as e:
            report.conditions.append(trouble("source_unreachable", e, f"mailbox: {e}"))
            return
        if batch.messages:
            views = self.views(now)  # built only when there is mail to place
            for message in batch.messages:
                effect = mail_effect(message, views, self.settings.me)
                if effect is not None:
                    store.record_reply(self.state, effect, now)
        self.state.set_cursor(MAILBOX_CURSOR, batch.cursor, now)

    # ------------------------------------------------------------------ planning

    def views(self, now: datetime, sent: Sequence[SentMessage] | None = None) -> list[ProcessView]:
        return store.load_views(self.state, self.settings, now, sent)

    def plan(self, now: datetime, sent: Sequence[SentMessage] | None = None) -> list[ProcessView]:
        """Plan every process and record the decisions; returns the views drafting works from.
        ``sent`` is None when the sent mail could not be read: what the last pass read holds."""
        # Drafting reads the pending rows from the state; what the views hold of the recorded
        # follow-ups (the sent ones, for threading) is not changed by planning.
        self._views = store.plan_all(self.state, self.settings, now, sent, self.hook)
        return self._views

    # ------------------------------------------------------------------ reconciling

    def _sent_mail(self, now: datetime, report: TickReport) -> list[SentMessage] | None:
        """The mail the user sent lately; None when it could not be read."""
        creating = self.state.followups(states=[S.CREATING])
        try:
            return self.drafts.sent_since(journal.sent_since(now, self.settings.policy, creating))
        except AuthError as e:
            self._needs_auth(report, e)
            return None
        except SinkError as e:
            report.conditions.append(trouble("sink_unreachable", e))
            return None

    def reconcile(self, now: datetime, sent: Sequence[SentMessage], report: TickReport) -> None:
        """Settle journal rows left ``creating``, and learn what the user did with each draft.

        When the sink cannot be asked, a ``creating`` row stays as it is: it is never created
        again before it has been looked for.
        """
        try:
            for f in self.state.followups(states=[S.CREATING]):
                seen = self.drafts.recognise(self._wanted(f))
                settled = journal.settle_creating(f, seen, sent, now)
                self._save_reconciled(settled, now, "reconciled")
            watched = self.state.followups(states=[S.DRAFTED, S.CANCELLED, S.SUPERSEDED])
            for f in watched:
                if f.draft_id is None:
                    continue
                status = self.drafts.inspect(f.draft_id, f.marker, f.message_id)
                updated = journal.inspected(f, status, now)
                if updated is None:
                    continue
                if updated.state is not f.state:
                    log.info("%s %s: %s", f.id, f.kind, updated.reason)
                self._save_reconciled(updated, now)
        except AuthError as e:
            self._needs_auth(report, e)
        except SinkError as e:
            report.conditions.append(trouble("sink_unreachable", e))

    def recognise_past(self, now: datetime, report: TickReport) -> None:
        """A state that began after follow-ups fell due (a new or lost one) plans them expired or
        superseded; those drafted by the state before are recognised in the sink instead (each
        looked for once), so a kept, sent or deleted draft stays what it was."""
        began = self._beginning(now)
        try:
            for f in self.state.unlooked(began.at, [S.EXPIRED, S.SUPERSEDED]):
                seen = self.drafts.recognise(self._wanted(f, None, began))
                found = recognition.adopted(f, seen, now)
                if found is not None:
                    report.recognised.append(found)
                self._save_reconciled(recognition.looked(found or f), now, "recognised")
        except AuthError as e:
            self._needs_auth(report, e)
        except SinkError as e:
            _once(report, trouble("sink_unreachable", e))

    def _save_reconciled(self, f: FollowUp, now: datetime, action: str = "") -> None:
        self.hook("before_reconcile")
        self.state.save_followup(f, now, action)
        self.hook("after_reconcile")

    # ------------------------------------------------------------------ drafting

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
                beginning = beginning or self._beginning(now)
                drafted, outcome = self._draft(view, f, now, beginning)
            except AuthError as e:
                # The sign-in failed before the request left: nothing was stored.
                self.state.save_followup(f, now)
                self._needs_auth(report, e)
                return
            except FollowupError as e:
                if isinstance(e, SinkError):
                    _once(report, trouble("sink_unreachable", e))
                    if e.stored_maybe:  # the row stays `creating`: reconciled next pass
                        log.warning("%s: the sink's answer was lost; reconciled next pass", f.id)
                        report.failed.append((f, f"{e} (looked for next pass)"))
                        continue
                failed = journal.failed(f, str(e))
                self.state.save_followup(failed, now)
                report.failed.append((failed, str(e)))
                log.warning("%s %s could not be drafted: %s", f.id, f.kind, e)
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
        found = views if views is not None else self._views
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
            done, outcome = self._write(f, composed, None, now, self._beginning(now))
        except AuthError as e:
            self._needs_auth(report, e)
            return
        except FollowupError as e:
            if isinstance(e, SinkError):
                _once(report, trouble("sink_unreachable", e))
                if e.stored_maybe:  # the row stays `creating`: reconciled next pass
                    report.failed.append((f, f"{e} (looked for next pass)"))
                    return
            failed = journal.failed(f, str(e))
            self.state.save_followup(failed, now)
            report.failed.append((failed, str(e)))
            log.warning("%s digest could not be drafted: %s", f.id, e)
            return
        if outcome == DRAFTED:
            report.drafted.append(done)
        elif outcome == FOUND:
            report.recognised.append(done)

    def _digest_found(
        self, key: FollowUpKey, due_at: datetime, now: datetime, report: TickReport
    ) -> bool:
        """Whether today's digest, unknown to this state, was drafted by the state before it (a
        new state that began after it fell due asks the sink; it is then recorded as found)."""
        began = self._beginning(now)
        me = self.settings.me
        probe = FollowUp(key, "", S.PLANNED, due_at, to=(me.email,), person_name=me.name)
        if not recognition.other_states(probe, began.at):
            return False
        if self.state.meta(DIGEST_LOOKED) == key.round:
            return False  # looked for already, and not found
        try:
            seen = self.drafts.recognise(self._wanted(probe, None, began))
        except AuthError as e:
            self._needs_auth(report, e)
            return True  # not known: nothing is drafted this pass
        except SinkError as e:
            _once(report, trouble("sink_unreachable", e))
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

    def _wanted(
        self, f: FollowUp, draft: Draft | None = None, began: Beginning | None = None
    ) -> Recognition:
        others = began is not None and recognition.other_states(f, began.at)
        me = self.settings.me.email
        return recognition.wanted(f, self.settings.secret, me, draft, other_states=others)

    def _beginning(self, now: datetime) -> Beginning:
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
        wanted = self._wanted(f, composed.draft, began)
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


MAILBOX_CURSOR = "mailbox"
#: meta key: the day whose digest a new state looked for in the sink and did not find
DIGEST_LOOKED = "digest_looked"


#: What became of a due follow-up that was not held (``Engine._draft``).
DRAFTED, FOUND, UNVOUCHED, WAITING = "drafted", "found", "unvouched", "waiting"


#: The reason recorded with a hold that does not end by itself.
HOLD_REASONS = {
    holds.PASS_LIMIT: "held: more than {n} drafts were due in one pass",
    holds.UNRECORDED: "skipped: due long before, with no record of whether it was drafted",
}


def trouble(kind: str, error: FollowupError, message: str | None = None) -> Condition:
    """The condition for a service that failed: ``rate_limited`` when it refused for too many
    requests, else ``kind`` (``source_unreachable``, ``sink_unreachable``)."""
    return Condition("rate_limited" if error.rate_limited else kind, message or str(error))


def _once(report: TickReport, condition: Condition) -> None:
    if not any(c.kind == condition.kind for c in report.conditions):
        report.conditions.append(condition)

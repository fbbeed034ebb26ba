"""The engine runs one pass of followup and holds no rule: each step is one call into the
module that owns its decision, and the state is read and written around it.

``tick(now)``: read the calendars (``sync``) -> store the changes with their detection
(``store``, ``detector``) -> detect what the user's marks and notes changed -> place and
classify new mail (``replies``) -> learn what became of each draft (``journal``) -> plan every
process (``views``, ``plan``) and record the decisions (``store``) -> draft what is due and
the morning digest (``drafting``: ``holds``, ``choices``, ``compose``, ``recognition``,
``journal``).

The engine gets its ports (calendar sources, drafts sink, mailbox watcher) and the state as
arguments and asks the clock nothing: ``now`` is given. A follow-up is journalled ``creating``
before the sink is called and ``drafted`` after; a ``creating`` row is reconciled against the
sink before anything is created again, so an interruption at any instant yields neither a
duplicate nor a lost draft. One follow-up's failure never stops the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from agent import digest as digests
from agent import journal, recognition, store
from agent.choices import Composed
from agent.drafting import Composer, Drafting
from agent.errors import AuthError, FollowupError, SinkError, SourceError
from agent.model import FollowUp, FollowUpState
from agent.passreport import Hook, TickReport, needs_auth, once, trouble
from agent.ports import (
    ArticleSource,
    CalendarSource,
    DraftsSink,
    MailboxWatcher,
    SentMessage,
    Window,
)
from agent.records import Condition
from agent.replies import mail_effect
from agent.settings import Settings
from agent.state import State
from agent.views import ProcessView

__all__ = [
    "Composed",
    "Composer",
    "Condition",
    "Engine",
    "Hook",
    "ProcessView",
    "Settings",
    "TickReport",
    "trouble",
]
log = logging.getLogger(__name__)
S = FollowUpState


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
        self.settings = settings
        self.sources = sources
        self.sink = sink
        self.composer = composer
        self.mailbox = mailbox
        # (start_at ISO, key) of each event stored by this pass as an interview: its short id
        # is given by ``detect_changed``.
        self._new_interviews: list[tuple[str, str]] = []
        self.hook: Hook = hook or (lambda point: None)
        # the hook is looked up at each call: tests and crash runs set ``engine.hook`` later
        self.drafting = Drafting(
            state, settings, sink, composer, lambda point: self.hook(point), articles
        )

    @property
    def drafts(self) -> DraftsSink:
        return self.drafting.drafts

    # ------------------------------------------------------------------ the pass

    def tick(self, now: datetime, stop: Callable[[], bool] | None = None) -> TickReport:
        """One pass; ``stop`` is asked between follow-ups (a daemon told to stop ends there)."""
        report = TickReport(now=now)
        self.drafting.new_pass()
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
            self.drafting.draft_digest(views, now, report)
        return report

    # ------------------------------------------------------------------ sync

    def window(self, now: datetime) -> Window:
        return Window(now - self.settings.window_past, now + self.settings.window_future)

    def sync(self, now: datetime, report: TickReport) -> None:
        window = self.window(now)
        for source in self.sources:
            try:
                batch = source.fetch(self.state.cursor(source.name), window)
            except AuthError as e:
                needs_auth(report, e)
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
            needs_auth(report, e)
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
        views = store.plan_all(self.state, self.settings, now, sent, self.hook)
        self.drafting.views = views
        return views

    # ------------------------------------------------------------------ reconciling

    def _sent_mail(self, now: datetime, report: TickReport) -> list[SentMessage] | None:
        """The mail the user sent lately; None when it could not be read."""
        creating = self.state.followups(states=[S.CREATING])
        try:
            return self.drafts.sent_since(journal.sent_since(now, self.settings.policy, creating))
        except AuthError as e:
            needs_auth(report, e)
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
                seen = self.drafts.recognise(self.drafting.wanted(f))
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
            needs_auth(report, e)
        except SinkError as e:
            report.conditions.append(trouble("sink_unreachable", e))

    def recognise_past(self, now: datetime, report: TickReport) -> None:
        """A state that began after follow-ups fell due (a new or lost one) plans them expired or
        superseded; those drafted by the state before are recognised in the sink instead (each
        looked for once), so a kept, sent or deleted draft stays what it was."""
        began = self.drafting.beginning(now)
        try:
            for f in self.state.unlooked(began.at, [S.EXPIRED, S.SUPERSEDED]):
                seen = self.drafts.recognise(self.drafting.wanted(f, None, began))
                found = recognition.adopted(f, seen, now)
                if found is not None:
                    report.recognised.append(found)
                self._save_reconciled(recognition.looked(found or f), now, "recognised")
        except AuthError as e:
            needs_auth(report, e)
        except SinkError as e:
            once(report, trouble("sink_unreachable", e))

    def _save_reconciled(self, f: FollowUp, now: datetime, action: str = "") -> None:
        self.hook("before_reconcile")
        self.state.save_followup(f, now, action)
        self.hook("after_reconcile")

    # ------------------------------------------------------------------ drafting

    def draft_due(
        self,
        views: Sequence[ProcessView],
        now: datetime,
        report: TickReport,
        stop: Callable[[], bool] | None = None,
        only: Callable[[FollowUp], bool] | None = None,
    ) -> None:
        """Draft each due follow-up (``drafting``)."""
        self.drafting.draft_due(views, now, report, stop, only)

    def compose(self, view: ProcessView, f: FollowUp, now: datetime) -> Composed:
        return self.drafting.compose(view, f, now)

    def needs_you(
        self, now: datetime, views: Sequence[ProcessView] | None = None
    ) -> digests.Digest:
        """What needs the user as of ``now`` (``agent.digest``)."""
        return self.drafting.needs_you(now, views)


MAILBOX_CURSOR = "mailbox"

"""The engine: one pass of followup, ``tick(now)`` = sync -> detect -> reconcile -> plan -> draft.

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
from datetime import datetime, timedelta
from typing import Any, Protocol

from agent import store
from agent.assemble import (
    InterviewItem,
    company_key,
)
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
from agent.model import (
    Article,
    FollowUp,
    FollowUpState,
    Kind,
    Person,
    Problem,
)
from agent.plan import (
    Participant,
    Round,
)
from agent.ports import (
    CalendarSource,
    Draft,
    DraftsSink,
    EventError,
    MailboxWatcher,
    SentMessage,
    Window,
)
from agent.records import Condition
from agent.replies import mail_effect
from agent.settings import Settings
from agent.state import State
from agent.views import ProcessView

log = logging.getLogger(__name__)
S = FollowUpState

#: Called with a point's name at each step that writes (crash tests kill the process there):
#: after_sync, after_detect, before_plan / after_plan, before_reconcile / after_reconcile,
#: before_journal, after_journal, after_create, after_drafted.
Hook = Callable[[str], None]


@dataclass
class TickReport:
    now: datetime
    drafted: list[FollowUp] = field(default_factory=list)
    failed: list[tuple[FollowUp, str]] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    event_errors: list[EventError] = field(default_factory=list)
    source_failed: bool = False
    auth_failed: bool = False
    stopped: bool = False  # told to stop before every due follow-up was drafted

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
        self.sync(now, report)
        self.detect_changed(now)
        self.watch_mail(now, report)
        sent = self._sent_mail(now, report)
        if report.auth_failed:
            # Without a sign-in the sink cannot be asked anything: plan, draft nothing, and
            # let the user know (`followup auth`); the next pass picks up from here.
            self.plan(now, sent)
            return report
        self.reconcile(now, sent, report)
        views = self.plan(now, sent)
        self.draft_due(views, now, report, stop)
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
                log.warning("calendar %s unavailable: %s", source.name, e)
                report.source_failed = True
                report.conditions.append(trouble("source_unreachable", e, f"{source.name}: {e}"))
                continue
            report.event_errors.extend(batch.errors)
            for error in batch.errors:
                log.warning("calendar %s: event %s: %s", error.calendar, error.uid, error.message)
            if batch.changed:
                stored = store.store_batch(self.state, self.settings.me, source.name, batch, now)
                self._new_interviews.extend(stored)  # stored: their ids are given next
            self.state.set_cursor(source.name, batch.cursor, now)
            self.hook("after_sync")

    # ------------------------------------------------------------------ detection

    def detect_changed(self, now: datetime) -> None:
        """Detect the events stored or changed since their last detection (``store``)."""
        store.detect_changed(self.state, self.settings.me, self._new_interviews)
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

    def views(self, now: datetime, sent: Sequence[SentMessage] = ()) -> list[ProcessView]:
        return store.load_views(self.state, self.settings, now, sent)

    def plan(self, now: datetime, sent: Sequence[SentMessage] = ()) -> list[ProcessView]:
        """Plan every process and record the decisions; returns the views drafting works from."""
        with self.state.transaction():  # the decisions land together
            views = self.views(now, sent)
            for view in views:
                store.record_plan(self.state, view, now, self.hook)
        # Drafting reads the pending rows from the state; what the views hold of the recorded
        # follow-ups (the sent ones, for threading) is not changed by planning.
        return views

    # ------------------------------------------------------------------ reconciling

    def _sent_mail(self, now: datetime, report: TickReport) -> list[SentMessage]:
        since = now - self.settings.policy.thank_you_deadline - timedelta(days=2)
        creating = self.state.followups(states=[S.CREATING])
        if creating:
            since = min([since, *(f.created_at or f.due_at for f in creating)])
        try:
            return self.drafts.sent_since(since)
        except AuthError as e:
            self._needs_auth(report, e)
            return []
        except SinkError as e:
            report.conditions.append(trouble("sink_unreachable", e))
            return []

    def reconcile(self, now: datetime, sent: Sequence[SentMessage], report: TickReport) -> None:
        """Settle journal rows left ``creating``, and learn what the user did with each draft.

        When the sink cannot be asked, a ``creating`` row stays as it is: it is never created
        again before it has been looked for.
        """
        try:
            for f in self.state.followups(states=[S.CREATING]):
                self._settle_creating(f, now, sent)
            watched = self.state.followups(states=[S.DRAFTED, S.CANCELLED, S.SUPERSEDED])
            for f in watched:
                if f.draft_id is not None:
                    self._inspect(f, now)
        except AuthError as e:
            self._needs_auth(report, e)
        except SinkError as e:
            report.conditions.append(trouble("sink_unreachable", e))

    def _settle_creating(self, f: FollowUp, now: datetime, sent: Sequence[SentMessage]) -> None:
        draft_id = self.drafts.find(f.marker)
        if draft_id is not None:
            done = replace(
                f,
                state=S.DRAFTED,
                draft_id=draft_id,
                drafted_at=now,
                reason="found after an interruption",
            )
            self._save_reconciled(done, now, "reconciled")
            return
        match = _sent_match(f, sent)
        if match is not None:
            done = replace(
                f,
                state=S.SENT,
                message_id=match.message_id or f.message_id,
                sent_at=match.sent_at,
                thread_id=match.thread_id,
                reason="sent before the journal caught up",
            )
            self._save_reconciled(done, now, "reconciled")
            return
        retry = replace(f, state=S.PLANNED, reason="not stored by the sink: will be created again")
        self._save_reconciled(retry, now, "reconciled")

    def _save_reconciled(self, f: FollowUp, now: datetime, action: str = "") -> None:
        self.hook("before_reconcile")
        self.state.save_followup(f, now, action)
        self.hook("after_reconcile")

    def _inspect(self, f: FollowUp, now: datetime) -> None:
        assert f.draft_id is not None
        status = self.drafts.inspect(f.draft_id, f.marker, f.message_id)
        if status.state == "present":
            if status.draft_id and status.draft_id != f.draft_id:
                self._save_reconciled(replace(f, draft_id=status.draft_id), now)
            return
        if status.state == "sent":
            updated = replace(
                f,
                state=S.SENT,
                message_id=status.message_id or f.message_id,
                sent_at=status.sent_at or now,
                thread_id=status.thread_id or f.thread_id,
                problem=None,
                reason="you sent it",
            )
        else:
            updated = replace(f, state=S.DISMISSED, problem=None, reason="you deleted the draft")
        log.info("%s %s: %s", f.id, f.kind, updated.reason)
        self._save_reconciled(updated, now)

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
    ) -> None:
        for view, f in self.due(views, now):
            if stop is not None and stop():
                report.stopped = True
                return  # between two follow-ups: each one is journalled whole or not begun
            try:
                drafted = self._draft(view, f, now)
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
                failed = replace(f, state=S.FAILED, attempts=f.attempts + 1, reason=str(e))
                self.state.save_followup(failed, now)
                report.failed.append((failed, str(e)))
                log.warning("%s %s could not be drafted: %s", f.id, f.kind, e)
                continue
            if drafted is not None:
                report.drafted.append(drafted)

    def compose(self, view: ProcessView, f: FollowUp, now: datetime) -> Composed:
        """The draft for ``f``, its problem flag (needs_address / needs_article) and article."""
        from agent.compose import ComposeInput, make_message_id

        round_ = view.rounds.get(f.key.round)
        item = view.items.get(f.key.round)
        if round_ is None or item is None:
            raise FollowupError(f"the interview of {f.id} is no longer known")
        recipient = self._recipient(view, f, round_)
        article, problem = self._article(view, f, item)
        reply_to, references = self._thread(view, f)
        me = self.settings.me
        inp = ComposeInput(
            kind=f.kind,
            marker=f.marker,
            message_id=make_message_id(f.marker, me.email),
            me=me,
            company=view.group.company,
            position=view.group.position,
            interview_title=item.event.summary,
            interview_start_at=item.event.start_at,
            interview_end_at=item.event.end_at,
            interview_tz=round_.tz,
            recipient=recipient,
            interviewers=tuple(_person(p) for p in round_.interviewers),
            timeline_text=round_.timeline_text,
            answer_date=round_.answer_date,
            notes="\n".join(t for t in (item.detection.user_notes, item.notes) if t),
            article=article,
            reply_to=reply_to,
            references=references,
            ordinal=f.key.ordinal % 100,
            round_number=_round_number(view, round_),
            interview_id=round_.interview_id,
            created_at=now,
            html=self.settings.html,
        )
        draft: Draft = self.writer.compose(inp)
        if f.kind is not Kind.REMINDER and not draft.to:
            problem = problem or Problem.NEEDS_ADDRESS
        return Composed(draft, problem, article)

    def _draft(self, view: ProcessView, f: FollowUp, now: datetime) -> FollowUp | None:
        composed = self.compose(view, f, now)
        draft = composed.draft
        extra = dict(f.extra)
        if composed.article is not None:
            extra["article_url"] = composed.article.url
            extra["company"] = company_key(view.group.company) if view.group.company else ""
        if draft.references:
            extra["references"] = " ".join(draft.references)
        journal = replace(
            f,
            state=S.CREATING,
            created_at=now,
            subject=draft.subject,
            message_id=draft.message_id,
            to=tuple(a for _, a in draft.to),
            problem=composed.problem,
            reason=None,
            extra=extra,
        )
        self.hook("before_journal")
        self.state.save_followup(journal, now)
        self.hook("after_journal")
        draft_id = self.drafts.create(draft)  # a SinkError: see draft_due
        self.hook("after_create")
        done = replace(
            journal, state=S.DRAFTED, draft_id=draft_id, drafted_at=now, reason="drafted"
        )
        self.state.save_followup(done, now)
        self.hook("after_drafted")
        log.info("%s %s drafted for %s", f.id, f.kind, ", ".join(done.to) or "(no address yet)")
        return done

    def _recipient(self, view: ProcessView, f: FollowUp, round_: Round) -> Person | None:
        if f.kind is Kind.REMINDER:
            return None
        if f.kind is Kind.THANK_YOU:
            for p in round_.interviewers:
                if p.person_id == f.key.person:
                    return _person(p)
            return None
        contact = view.plan.contact
        for decision in view.plan.decisions:
            if decision.key == f.key and decision.recipient is not None:
                contact = decision.recipient
        return _person(contact) if contact else None

    def _article(
        self, view: ProcessView, f: FollowUp, item: InterviewItem
    ) -> tuple[Article | None, str | None]:
        if f.kind is not Kind.CHECK_IN:
            return None, None
        from agent.articles import choose_article

        context = " ".join(
            t
            for t in (
                item.detection.user_notes,
                item.notes,
                view.group.position or "",
                view.group.company or "",
                item.event.summary,
            )
            if t
        )
        article = choose_article(self.settings.articles, context, self._shared_urls(view))
        return article, (None if article else Problem.NEEDS_ARTICLE)

    def _shared_urls(self, view: ProcessView) -> set[str]:
        company = company_key(view.group.company) if view.group.company else None
        return {
            url
            for url, shared_with in self.state.shared_articles([S.DRAFTED, S.SENT])
            if shared_with == company
        }

    def _thread(self, view: ProcessView, f: FollowUp) -> tuple[SentMessage | None, tuple[str, ...]]:
        """The latest message of this process the user sent to the recipient, to reply in."""
        if f.kind not in (Kind.STATUS_CHECK, Kind.CHECK_IN):
            return None, ()
        recipient = self._recipient(view, f, view.rounds[f.key.round])
        if recipient is None or not recipient.email:
            return None, ()
        sent = [
            s
            for s in view.facts.followups.values()
            if s.state is S.SENT and recipient.email.lower() in (a.lower() for a in s.to)
        ]
        if not sent:
            return None, ()
        latest = max(sent, key=lambda s: s.sent_at or s.due_at)
        message = SentMessage(
            message_id=latest.message_id,
            to=latest.to,
            subject=latest.subject or "",
            sent_at=latest.sent_at,
            thread_id=latest.thread_id,
        )
        previous = tuple(r for r in latest.extra.get("references", "").split() if r)
        return message, previous


@dataclass(frozen=True)
class Composed:
    draft: Draft
    problem: str | None
    article: Article | None


class Composer(Protocol):
    def compose(self, inp: Any) -> Draft: ...


MAILBOX_CURSOR = "mailbox"


def trouble(kind: str, error: FollowupError, message: str | None = None) -> Condition:
    """The condition for a service that failed: ``rate_limited`` when it refused for too many
    requests, else ``kind`` (``source_unreachable``, ``sink_unreachable``)."""
    return Condition("rate_limited" if error.rate_limited else kind, message or str(error))


def _once(report: TickReport, condition: Condition) -> None:
    if not any(c.kind == condition.kind for c in report.conditions):
        report.conditions.append(condition)


def _person(p: Participant) -> Person:
    return Person(name=p.name, email=p.email, session=p.session, title=p.title)


def _round_number(view: ProcessView, round_: Round) -> int:
    ordered = sorted(view.rounds.values(), key=lambda r: r.start_at)
    return ordered.index(round_) + 1


def _sent_match(f: FollowUp, sent: Sequence[SentMessage]) -> SentMessage | None:
    since = f.created_at or f.due_at
    for message in sent:
        if message.marker == f.marker:
            return message
    for message in sent:
        if message.sent_at and message.sent_at < since:
            continue
        if (
            f.to
            and set(a.lower() for a in f.to) == set(message.to)
            and message.subject == f.subject
        ):
            return message
    return None

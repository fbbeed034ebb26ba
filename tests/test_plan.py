"""The planner's rules, one scenario at a time (DESIGN.md's table and "Rules that decide
behaviour")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.choices import contact_choice
from agent.model import FollowUp, FollowUpKey, FollowUpState, Kind, Policy, Problem, ProcessState
from agent.plan import (
    Decision,
    Participant,
    ProcessFacts,
    ReplyFact,
    Round,
    due_on,
    merge,
    plan,
)

LA = ZoneInfo("America/Los_Angeles")
TZ = "America/Los_Angeles"
S = FollowUpState
POLICY = Policy(reminder_enabled=False)

WEI = Participant("wei.chen@acme.example", "Wei Chen", "wei.chen@acme.example", "System design")
DANA = Participant("dana@acme.example", "Dana Whitfield", "dana@acme.example")
ANIKA = Participant("n:anika patel", "Anika Patel", None)
JORDAN = Participant("jordan@acme.example", "Jordan Blake", "jordan@acme.example")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LA)


def onsite(**kw: object) -> Round:
    # Wednesday 2 December 2026, 10:00-13:00 Los Angeles
    fields: dict[str, object] = dict(
        interview_id="i1",
        event_key="onsite-uid",
        title="Onsite",
        start_at=at("2026-12-02T10:00"),
        end_at=at("2026-12-02T13:00"),
        tz=TZ,
        interviewers=(WEI, DANA, ANIKA),
        answer_date=date(2026, 12, 16),  # "within two weeks"
        timeline_text="within two weeks",
        first_seen_at=at("2026-11-20T09:00"),
    )
    fields.update(kw)
    return Round(**fields)  # type: ignore[arg-type]


def facts(*rounds: Round, **kw: object) -> ProcessFacts:
    fields: dict[str, object] = dict(
        pid="p1", rounds=rounds or (onsite(),), first_seen_at=at("2026-11-20T09:00"), me_tz=TZ
    )
    fields.update(kw)
    return ProcessFacts(**fields)  # type: ignore[arg-type]


def by_kind(decisions: tuple[Decision, ...], kind: Kind) -> list[Decision]:
    return [d for d in decisions if d.key.kind is kind]


def record(d: Decision, state: FollowUpState, **kw: object) -> FollowUp:
    f = FollowUp(key=d.key, id="f1", state=state, due_at=d.due_at, to=(), reason="")
    return replace(f, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- thank-yous


def test_one_thank_you_per_interviewer_due_an_hour_after_the_end() -> None:
    result = plan(facts(), POLICY, at("2026-12-02T13:30"))
    thanks = by_kind(result.decisions, Kind.THANK_YOU)
    assert [d.recipient for d in thanks] == [WEI, DANA, ANIKA]
    assert {d.due_at for d in thanks} == {at("2026-12-02T14:00")}
    assert {d.state for d in thanks} == {S.PLANNED}


def test_thank_you_past_the_deadline_is_expired_not_drafted() -> None:
    result = plan(facts(), POLICY, at("2026-12-04T13:01"))
    assert {d.state for d in by_kind(result.decisions, Kind.THANK_YOU)} == {S.EXPIRED}


def test_no_thank_you_for_a_cancelled_or_declined_interview() -> None:
    for dead in (onsite(cancelled=True), onsite(declined=True)):
        result = plan(facts(dead), POLICY, at("2026-12-02T14:30"))
        assert all(d.state is S.CANCELLED for d in result.decisions)
        assert result.state is ProcessState.CLOSED


def test_no_thank_you_to_someone_the_user_already_wrote_to_after_the_interview() -> None:
    wrote = {"dana@acme.example": (at("2026-12-02T13:20"),)}
    result = plan(facts(wrote_to=wrote), POLICY, at("2026-12-02T13:30"))
    states = {d.recipient.name: d.state for d in by_kind(result.decisions, Kind.THANK_YOU)}  # type: ignore[union-attr]
    assert states == {
        "Wei Chen": S.PLANNED,
        "Dana Whitfield": S.CANCELLED,
        "Anika Patel": S.PLANNED,
    }


def test_mail_written_before_the_interview_does_not_count() -> None:
    wrote = {"dana@acme.example": (at("2026-12-01T09:00"),)}
    result = plan(facts(wrote_to=wrote), POLICY, at("2026-12-02T13:30"))
    assert {d.state for d in by_kind(result.decisions, Kind.THANK_YOU)} == {S.PLANNED}


# ----------------------------------------------------------------------- status check, check-ins


def test_status_check_is_due_a_week_after_the_stated_answer_date() -> None:
    # told "two weeks" on Wed 2 Dec -> answer 16 Dec -> status check Wed 23 Dec 09:00
    result = plan(facts(), POLICY, at("2026-12-03T09:00"))
    (check,) = by_kind(result.decisions, Kind.STATUS_CHECK)
    assert check.due_at == at("2026-12-23T09:00")
    assert check.recipient == WEI  # no organizer, no thank-you sent: the first interviewer


def test_status_check_date_on_a_weekend_moves_to_the_next_working_day() -> None:
    # answer Sat 12 Dec + 7 days = Sat 19 Dec -> Monday 21 Dec
    result = plan(facts(onsite(answer_date=date(2026, 12, 12))), POLICY, at("2026-12-03T09:00"))
    (check,) = by_kind(result.decisions, Kind.STATUS_CHECK)
    assert check.due_at == at("2026-12-21T09:00")


def test_check_ins_count_from_the_unmoved_date() -> None:
    result = plan(facts(onsite(answer_date=date(2026, 12, 12))), POLICY, at("2026-12-03T09:00"))
    dues = [d.due_at for d in by_kind(result.decisions, Kind.CHECK_IN)]
    # status check date Sat 19 Dec (moved to Mon 21);
    # check-ins Sat 2 Jan -> Mon 4 Jan, Sat 16 -> Mon 18
    assert dues == [at("2027-01-04T09:00"), at("2027-01-18T09:00")]


def test_due_on_places_the_date_at_working_hours_start_in_the_users_zone() -> None:
    policy = replace(POLICY, working_start=datetime(2026, 1, 1, 8, 30).time())
    assert due_on(date(2026, 12, 25), policy, TZ) == at("2026-12-25T08:30")  # a Friday stays
    assert due_on(date(2026, 12, 26), policy, TZ) == at("2026-12-28T08:30")


def test_after_the_last_check_in_the_process_is_closed() -> None:
    result = plan(facts(), POLICY, at("2027-02-01T12:00"))
    assert result.state is ProcessState.CLOSED


def test_only_the_most_recent_due_follow_up_is_drafted_the_older_are_superseded() -> None:
    # the daemon was off: at 10 Jan the status check (23 Dec) and check-in 1 (6 Jan) are both due
    result = plan(facts(), POLICY, at("2027-01-10T12:00"))
    waiting = [d for d in result.decisions if d.key.kind in (Kind.STATUS_CHECK, Kind.CHECK_IN)]
    assert [(d.key.kind, d.state) for d in waiting] == [
        (Kind.STATUS_CHECK, S.SUPERSEDED),
        (Kind.CHECK_IN, S.PLANNED),
        (Kind.CHECK_IN, S.PLANNED),
    ]
    assert waiting[1].due_at == at("2027-01-06T09:00")


def test_a_process_first_seen_long_after_its_last_interview_is_closed_with_nothing_planned() -> (
    None
):
    result = plan(facts(first_seen_at=at("2027-03-01T09:00")), POLICY, at("2027-03-01T09:00"))
    assert result.state is ProcessState.CLOSED
    assert result.decisions == ()


# ---------------------------------------------------------------------- replies, rounds, outcomes


def test_a_reply_cancels_the_status_check_and_check_ins_but_not_thank_yous() -> None:
    reply = ReplyFact(at=at("2026-12-10T10:00"), ends_wait=True, from_addr="dana@acme.example")
    result = plan(facts(replies=(reply,)), POLICY, at("2026-12-02T13:30"))
    assert result.state is ProcessState.REPLIED
    assert {d.state for d in result.decisions if d.key.kind is not Kind.THANK_YOU} == {S.CANCELLED}
    assert {d.state for d in by_kind(result.decisions, Kind.THANK_YOU)} == {S.PLANNED}


def test_an_automated_message_does_not_end_the_wait() -> None:
    ooo = ReplyFact(at=at("2026-12-10T10:00"), ends_wait=False)
    result = plan(facts(replies=(ooo,)), POLICY, at("2026-12-11T10:00"))
    assert result.state is ProcessState.WAITING
    assert by_kind(result.decisions, Kind.STATUS_CHECK)[0].state is S.PLANNED


def test_a_reply_with_a_new_timetable_starts_a_new_wait_to_the_person_who_replied() -> None:
    reply = ReplyFact(
        at=at("2027-01-04T10:00"),
        ends_wait=True,
        from_addr="dana@acme.example",
        answer_date=date(2027, 1, 15),
        timeline_text="by the 15th",
    )
    result = plan(facts(replies=(reply,)), POLICY, at("2027-01-04T11:00"))
    checks = by_kind(result.decisions, Kind.STATUS_CHECK)
    assert [(d.key.ordinal, d.state) for d in checks] == [(0, S.CANCELLED), (100, S.PLANNED)]
    assert checks[1].due_at == at("2027-01-22T09:00")
    assert checks[1].recipient == DANA
    assert result.state is ProcessState.WAITING


def test_a_new_round_rebases_the_status_check_on_its_end() -> None:
    second = onsite(
        interview_id="i2",
        event_key="final-uid",
        start_at=at("2026-12-14T10:00"),
        end_at=at("2026-12-14T11:00"),
        interviewers=(JORDAN,),
        answer_date=date(2026, 12, 28),
        timeline_text=None,
    )
    first_record = plan(facts(), POLICY, at("2026-12-03T09:00"))
    old = by_kind(first_record.decisions, Kind.STATUS_CHECK)[0]
    existing = {old.key: record(old, S.PLANNED)}
    result = plan(facts(onsite(), second, followups=existing), POLICY, at("2026-12-15T09:00"))
    checks = by_kind(result.decisions, Kind.STATUS_CHECK)
    assert [(d.key.round, d.state) for d in checks] == [
        ("final-uid", S.PLANNED),
        ("onsite-uid", S.CANCELLED),
    ]
    assert checks[0].due_at == at("2027-01-04T09:00")


def test_an_outcome_plans_nothing_new_and_marks_a_waiting_draft_stale() -> None:
    before = plan(facts(), POLICY, at("2026-12-23T10:00"))
    check = by_kind(before.decisions, Kind.STATUS_CHECK)[0]
    drafted = {check.key: record(check, S.DRAFTED, draft_id="d1")}
    result = plan(
        facts(outcome=ProcessState.REJECTED, followups=drafted), POLICY, at("2026-12-23T11:00")
    )
    assert result.state is ProcessState.REJECTED
    assert S.PLANNED not in {d.state for d in result.decisions}
    stale = merge(drafted[check.key], by_kind(result.decisions, Kind.STATUS_CHECK)[0])
    assert stale is not None
    assert (stale.state, stale.problem) == (S.CANCELLED, Problem.STALE_DRAFT)


# --------------------------------------------------------------------------- contact


def choose_contact(f: ProcessFacts) -> Participant | None:
    return contact_choice(f)[0]


def test_contact_order_override_recruiter_stated_hiring_manager_organizer() -> None:
    recruiter = replace(JORDAN, role="recruiter")
    with_org = onsite(organizer=recruiter, stated_by="dana@acme.example")
    assert choose_contact(facts(with_org, contact_override="wei.chen@acme.example")) == WEI
    assert choose_contact(facts(with_org)) == recruiter  # the recruiter who invited
    organiser = onsite(organizer=JORDAN, stated_by="dana@acme.example")
    assert choose_contact(facts(organiser)) == DANA  # who stated the timetable
    manager = replace(ANIKA, role="hiring_manager", email="anika@acme.example")
    with_manager = onsite(organizer=JORDAN, interviewers=(WEI, DANA, manager))
    assert choose_contact(facts(with_manager)) == manager
    assert choose_contact(facts(onsite(organizer=JORDAN))) == JORDAN


def test_a_shared_mailbox_only_when_it_is_the_only_contact_and_never_a_no_reply() -> None:
    mailbox = Participant("careers@acme.example", None, "careers@acme.example", role="mailbox")
    nobody = onsite(organizer=mailbox, interviewers=(ANIKA,))  # Anika has no address
    assert contact_choice(facts(nobody)) == (
        mailbox,
        "the only contact, a shared recruiting mailbox",
    )
    assert choose_contact(facts(onsite(organizer=mailbox))) == WEI
    no_reply = Participant("no-reply@acme.example", None, "no-reply@acme.example")
    assert choose_contact(facts(onsite(organizer=no_reply, interviewers=(ANIKA,)))) == ANIKA


def test_contact_is_the_first_interviewer_whose_thank_you_was_sent() -> None:
    base = plan(facts(), POLICY, at("2026-12-02T13:30"))
    dana_thanks = next(d for d in base.decisions if d.recipient == DANA)
    sent = {dana_thanks.key: record(dana_thanks, S.SENT)}
    assert choose_contact(facts(followups=sent)) == DANA


# --------------------------------------------------------------------------- merge


def test_a_dismissed_draft_is_never_recreated() -> None:
    d = by_kind(plan(facts(), POLICY, at("2026-12-02T13:30")).decisions, Kind.THANK_YOU)[0]
    assert merge(record(d, S.DISMISSED, draft_id="x"), d) is None


def test_a_moved_interview_moves_a_pending_thank_you() -> None:
    d = by_kind(plan(facts(), POLICY, at("2026-12-02T09:00")).decisions, Kind.THANK_YOU)[0]
    moved = replace(d, due_at=d.due_at + timedelta(days=1))
    updated = merge(record(d, S.PLANNED), moved)
    assert updated is not None and updated.due_at == d.due_at + timedelta(days=1)


def test_a_drafted_follow_up_is_not_touched_when_still_wanted() -> None:
    d = by_kind(plan(facts(), POLICY, at("2026-12-02T13:30")).decisions, Kind.THANK_YOU)[0]
    assert merge(record(d, S.DRAFTED, draft_id="x"), d) is None


def test_no_reminder_is_planned_the_morning_digest_replaces_it() -> None:
    policy = Policy()  # reminders on: they now set the digest (agent.digest)
    assert not by_kind(plan(facts(), policy, at("2026-12-02T07:00")).decisions, Kind.REMINDER)
    # a state from before the digest: its planned reminder is cancelled, a drafted one kept
    key = FollowUpKey("p1", onsite().event_key, Kind.REMINDER)
    old = FollowUp(key=key, id="f9", state=S.PLANNED, due_at=at("2026-12-02T08:00"))
    (cancelled,) = [
        d
        for d in plan(facts(followups={key: old}), policy, at("2026-12-02T07:00")).decisions
        if d.key == key
    ]
    assert cancelled.state is S.CANCELLED and "digest" in cancelled.reason
    drafted = replace(old, state=S.DRAFTED, draft_id="d1")
    later = plan(facts(followups={key: drafted}), policy, at("2026-12-02T07:00"))
    assert not [d for d in later.decisions if d.key == key]


def test_key_serialisation_is_frozen() -> None:
    key = FollowUpKey("p3", "uid|2026", Kind.CHECK_IN, "", 101)
    assert key.serialise() == "v1|p3|uid\\|2026|check_in||101"
    assert FollowUpKey.parse(key.serialise()) == key
    assert len(key.marker) == 32 and key.marker == FollowUpKey.parse(key.serialise()).marker


# --------------------------------------------------------------------------- properties

instants = st.integers(min_value=-10, max_value=120).map(
    lambda h: at("2026-12-02T13:00") + timedelta(hours=h * 12)
)


@settings(max_examples=150, deadline=None)
@given(
    now=instants,
    outcome=st.sampled_from([ProcessState.OFFER, ProcessState.REJECTED, ProcessState.WITHDRAWN]),
    reply_hours=st.lists(st.integers(min_value=0, max_value=1200), max_size=3),
    cancelled=st.booleans(),
)
def test_nothing_new_after_an_outcome(
    now: datetime, outcome: ProcessState, reply_hours: list[int], cancelled: bool
) -> None:
    replies = tuple(
        ReplyFact(at=at("2026-12-02T13:00") + timedelta(hours=h), ends_wait=h % 2 == 0)
        for h in reply_hours
    )
    result = plan(
        facts(onsite(cancelled=cancelled), replies=replies, outcome=outcome), Policy(), now
    )
    assert all(d.state is not S.PLANNED for d in result.decisions)
    assert result.state is outcome


@settings(max_examples=150, deadline=None)
@given(now=instants)
def test_the_plan_never_has_two_decisions_for_one_key(now: datetime) -> None:
    result = plan(facts(), Policy(), now)
    keys = [d.key for d in result.decisions]
    assert len(keys) == len(set(keys))

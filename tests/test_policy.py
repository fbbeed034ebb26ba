"""The policy table: every number of the advice has one home, and everything else derives from it.

``Policy()``'s defaults, the config spec's ``policy`` keys, ``config.example.yaml``, the starter
file of ``followup init`` and CONTRACT.md all say what the table says; a thank-you's reason quotes
the deadline the user configured; and no decision module writes one of the table's numbers itself
(a ``timedelta`` or time of day equal to a default, a count of hours or days that spells one, or
a text such as "48 hours").
"""

from __future__ import annotations

import ast
import re
from dataclasses import fields, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent import policy
from agent.config import SPEC_BY_PATH, load_config
from agent.durations import format_duration, spoken_duration
from agent.model import Kind
from agent.plan import WAIT_STRIDE, Participant, ProcessFacts, Round, plan
from agent.policy import TABLE, Policy
from agent.starter import starter_text

REPO = Path(__file__).resolve().parent.parent
CONTRACT = REPO.parent / "shared" / "CONTRACT.md"

#: The modules that decide what is drafted, when and why (detection and the timetable parser read
#: what companies write, where "48 hours" is their words, not a rule of ours).
DECISIONS = [
    "plan",
    "compose",
    "choices",
    "replies",
    "journal",
    "assemble",
    "views",
    "status",
    "service",
    "engine",
    "articles",
]
#: Named numbers that are not the advice's, though one equals a default: (module, name) -> why.
NOT_POLICY = {
    ("journal", "SENT_MARGIN"): "how much earlier than the thank-you deadline sent mail is read",
    ("plan", "ONE_DAY"): "the step from a date to the next",
    ("replies", "_REFERENCE_END"): "an arbitrary instant (noon) to test whether a date is stated",
}
#: Sizes of units: a conversion, not a rule.
UNIT_SIZES = {7, 24, 60, 3600, 86400, 604800}


def _at(tree: dict[str, Any], key: str) -> Any:
    node: Any = tree
    for name in key.split("."):
        node = node[name]
    return node


# --------------------------------------------------------------------------- one table


def test_every_field_of_policy_is_a_row_with_a_key_a_default_a_type_and_a_meaning() -> None:
    assert [row.field for row in TABLE] == [f.name for f in fields(Policy)]
    assert len({row.key for row in TABLE}) == len(TABLE)
    for row in TABLE:
        assert row.key.startswith("policy.") and row.meaning.endswith(".")
        assert getattr(Policy(), row.field) == row.value == row.kind.read(row.default)


def test_the_config_spec_takes_each_policy_key_from_the_table() -> None:
    spec = {path: key for path, key in SPEC_BY_PATH.items() if path.startswith("policy.")}
    leaves = {path for path, key in spec.items() if not key.is_section}
    assert leaves == {row.key for row in TABLE}
    for row in TABLE:
        key = spec[row.key]
        assert (key.default, key.doc, key.type.name) == (row.default, row.meaning, row.kind.name)


def test_a_config_without_policy_gets_the_tables_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("me: {name: A, email: a@example.com}\ncalendar: {ics: c.ics}\n"
                    "drafts: {maildir: Drafts}\n")  # fmt: skip
    assert load_config(path).policy == Policy()


def test_a_configured_number_reaches_the_policy(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("me: {name: A, email: a@example.com}\ncalendar: {ics: c.ics}\n"
                    "drafts: {maildir: Drafts}\n"
                    "policy: {thank_you: {deadline: 72h}, check_in: {max: 3},\n"
                    "         working_hours: {days: [mon, tue], start: '10:30'}}\n")  # fmt: skip
    assert load_config(path).policy == replace(
        Policy(),
        thank_you_deadline=timedelta(hours=72),
        check_in_max=3,
        working_days=frozenset({0, 1}),
        working_start=time(10, 30),
    )


def test_config_example_yaml_shows_the_tables_defaults() -> None:
    example = yaml.safe_load((REPO / "config.example.yaml").read_text(encoding="utf-8"))
    assert {row.key: _at(example, row.key) for row in TABLE} == {
        row.key: row.default for row in TABLE
    }


def test_the_starter_file_shows_the_tables_defaults() -> None:
    text = starter_text("A", "a@example.com", "c.ics", "Drafts")
    block = text.split("# policy:\n", 1)[1].split("# articles:", 1)[0]
    shown = yaml.safe_load("policy:\n" + re.sub(r"(?m)^# ", "", block))
    assert {row.key: _at(shown, row.key) for row in TABLE} == {
        row.key: row.default for row in TABLE
    }


def _policy_block(text: str) -> dict[str, Any]:
    """The ``policy:`` mapping of the first YAML block of ``text`` that has one."""
    config = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    block = config.split("policy:\n", 1)[1]
    lines = block.splitlines()
    ends = [i for i, x in enumerate(lines) if x[:1] != " "]
    policy_lines = lines[: ends[0]] if ends else lines
    return {"policy": yaml.safe_load("\n".join(policy_lines))}


def _shown_keys(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    found = {}
    for name, value in tree.items():
        path = f"{prefix}.{name}" if prefix else name
        found.update(_shown_keys(value, path) if isinstance(value, dict) else {path: value})
    return found


@pytest.mark.skipif(not CONTRACT.is_file(), reason="../shared is not beside this checkout")
def test_contract_md_shows_the_tables_defaults() -> None:
    """CONTRACT.md, and docs/CONTRACT-CHANGES.md for the keys added since, show every row."""
    text = CONTRACT.read_text(encoding="utf-8")
    shown = _shown_keys(_policy_block(text.split("## Config (YAML)", 1)[1]))
    changes = (REPO / "docs" / "CONTRACT-CHANGES.md").read_text(encoding="utf-8")
    added = _shown_keys(_policy_block(changes.split("## Policy keys", 1)[1]))
    assert not shown.keys() & added.keys()
    assert {**shown, **added} == {row.key: row.default for row in TABLE}


# --------------------------------------------------------------------------- texts from values


def _facts(end_at: datetime) -> ProcessFacts:
    dana = Participant("dana", "Dana Whitfield", "dana@acme.example")
    round_ = Round(
        interview_id="i1",
        event_key="e1",
        title="Interview",
        start_at=end_at - timedelta(hours=1),
        end_at=end_at,
        tz="UTC",
        interviewers=(dana,),
        answer_date=date(2026, 12, 16),
    )
    return ProcessFacts("p1", (round_,), end_at - timedelta(days=1), "UTC")


@pytest.mark.parametrize(("deadline", "said"), [("48h", "48 hours"), ("72h", "3 days"),
                                                ("1w", "1 week"), ("36h", "36 hours")])  # fmt: skip
def test_a_thank_yous_reason_quotes_the_configured_deadline(deadline: str, said: str) -> None:
    end_at = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    rules = replace(Policy(), thank_you_deadline=policy.DURATION.read(deadline))
    (thanks,) = [d for d in plan(_facts(end_at), rules, end_at).decisions
                 if d.key.kind is Kind.THANK_YOU]  # fmt: skip
    assert thanks.reason == f"thank you within {said}"


def test_the_default_reason_is_the_one_recorded_so_far() -> None:
    assert policy.thank_you_reason(Policy()) == "thank you within 48 hours"


# --------------------------------------------------------------------------- no number elsewhere


def _telltale_numbers() -> set[int]:
    """Counts that spell a default duration in some unit (48 hours, 14 days, 2880 minutes)."""
    found = set()
    for row in TABLE:
        if not isinstance(row.value, timedelta):
            continue
        seconds = int(row.value.total_seconds())
        for unit in (1, 60, 3600, 86400, 604800):
            if seconds % unit == 0:
                found.add(seconds // unit)
    return {n for n in found if n >= 10} - UNIT_SIZES


def _telltale_text() -> re.Pattern[str]:
    """The defaults as a text writes them: "48h", "48 hours", "2 weeks", "09:00"."""
    words = set()
    for row in TABLE:
        value = row.value
        if isinstance(value, timedelta):
            words |= {str(row.default), format_duration(value), spoken_duration(value)}
        elif isinstance(value, time):
            words |= {value.strftime("%H:%M"), f"{value.hour}:{value.minute:02d}"}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w.:])(?:{alternation})(?![\w:])")


def _constant(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _literal_value(call: ast.Call) -> timedelta | time | None:
    """The value of ``timedelta(...)`` or ``time(...)`` written with literal arguments only."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in ("timedelta", "time"):
        return None
    args = [_constant(a) for a in call.args]
    kwargs = {k.arg: _constant(k.value) for k in call.keywords if k.arg}
    numbers = [*args, *kwargs.values()]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    made: timedelta | time = (timedelta if name == "timedelta" else time)(*args, **kwargs)
    return made


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string statements (docstrings and the like): prose, not rules."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def _named(tree: ast.Module) -> dict[int, str]:
    """ids of every node inside a module-level assignment -> the name assigned."""
    names = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
            if isinstance(target, ast.Name):
                names.update({id(node): target.id for node in ast.walk(statement)})
    return names


def policy_numbers_in(module: str, source: str) -> list[str]:
    """Where ``source`` writes a number of the policy table (or WAIT_STRIDE) itself."""
    tree = ast.parse(source)
    defaults = {row.value for row in TABLE if isinstance(row.value, timedelta | time)}
    numbers, text = _telltale_numbers(), _telltale_text()
    prose, named = _docstrings(tree), _named(tree)
    found = []
    for node in ast.walk(tree):
        if (module, named.get(id(node))) in NOT_POLICY:
            continue
        where = f"{module}.py line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and _literal_value(node) in defaults:
            found.append(f"{where}: {ast.unparse(node)}")
        elif isinstance(node, ast.Constant) and id(node) not in prose:
            value = node.value
            if isinstance(value, str) and text.search(value):
                found.append(f"{where}: {value!r}")
            elif type(value) is int and value in numbers:
                found.append(f"{where}: {value}")
            elif (
                type(value) is int and value == WAIT_STRIDE and named.get(id(node)) != "WAIT_STRIDE"
            ):
                found.append(f"{where}: {value} (WAIT_STRIDE)")
    return found


@pytest.mark.parametrize("module", [m for m in DECISIONS if (REPO / "agent" / f"{m}.py").is_file()])
def test_no_policy_number_is_written_outside_the_table(module: str) -> None:
    source = (REPO / "agent" / f"{module}.py").read_text(encoding="utf-8")
    assert policy_numbers_in(module, source) == []


@pytest.mark.parametrize(
    "line",
    [
        'state, reason = S.PLANNED, "thank you within 48 hours"',
        "deadline = timedelta(hours=48)",
        "due = end + timedelta(0, 3600)",
        "grace = datetime.timedelta(weeks=1)",
        "start = time(9, 0)",
        "late = age.total_seconds() > 48 * 3600",
        "days = 14",
        'note = f"answer within {n} days, check in every 2 weeks"',
        "ordinal = key.ordinal % 100",
        'at = "08:00"',
    ],
)
def test_the_scan_sees_a_policy_number_written_in_place(line: str) -> None:
    assert policy_numbers_in("plan", line) != []


@pytest.mark.parametrize(
    "line",
    [
        '"""Thank you within 48 hours: prose may say it."""',
        "ONE_DAY = timedelta(days=1)",
        "seconds = minutes * 60",
        "WAIT_STRIDE = 100",
        "SENT_MARGIN = timedelta(days=2)",
        'label = "v1|2026-12-02T09:00"',
    ],
)
def test_the_scan_leaves_other_numbers_alone(line: str) -> None:
    module = "journal" if "SENT_MARGIN" in line else "plan"
    assert policy_numbers_in(module, line) == []

"""The layout's promises: the decision modules are pure, and ``status`` builds no engine.

A decision module (detection, timetables, planning, views, replies, per-draft choices, the
journal's rules, the assembling of processes, the policy table) takes ``now`` and data and
returns data: neither it nor anything it imports at run time reaches the engine, the state,
a network or the calendars and drafts backends, and it reads no clock and opens no file.
``status`` and ``explain`` read the state they are given and import no engine and no I/O.
Imports under ``if TYPE_CHECKING:`` are for the type checker only and are not followed.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

AGENT = Path(__file__).resolve().parent.parent / "agent"

DECISIONS = [
    "agent.detect",
    "agent.timeline",
    "agent.plan",
    "agent.views",
    "agent.replies",
    "agent.choices",
    "agent.journal",
    "agent.assemble",
    "agent.detector",
    "agent.policy",  # the policy table
    "agent.evidence",
    "agent.holds",
    "agent.changes",  # what a correction changed
    "agent.recognition",
    "agent.facts",  # what a draft may say about an interview
    "agent.workdays",  # working days and public holidays
    "agent.digest",  # the morning digest and the 48-hour watch
]
READERS = ["agent.status"]

#: Modules that do I/O or run the pass: no decision module, nor status, may reach them.
IO = (
    "sqlite3",
    "socket",
    "urllib.request",
    "http.client",
    "http.server",
    "fcntl",
    "subprocess",
    "smtplib",
    "imaplib",
    "agent.engine",
    "agent.state",
    "agent.sinks",
    "agent.sources",
    "agent.google",
    "agent.wiring",
    "agent.daemon",
    "agent.locks",
    "agent.service",
    "agent.cli",
    "agent.doctor",
)
#: Besides, a decision module does not read or write the state through a port.
NOT_FOR_DECISIONS = ("agent.store", "agent.status")

#: Calls that read the clock or the disk.
CLOCK_OR_DISK = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "sleep"),
    (None, "open"),
    (None, "read_text"),
    (None, "write_text"),
    (None, "read_bytes"),
}


def _path(module: str) -> Path | None:
    base = AGENT.parent / module.replace(".", "/")
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:``."""
    found: list[ast.AST] = []
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                todo.extend(child.orelse)
                continue
            todo.append(child)
    return found


@cache
def _tree(module: str) -> ast.Module:
    path = _path(module)
    assert path is not None, module
    return ast.parse(path.read_text(encoding="utf-8"))


@cache
def imports(module: str) -> frozenset[str]:
    """The modules ``module`` imports at run time (at its top or inside a function)."""
    found = set()
    for node in _runtime_nodes(_tree(module)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module if node.level == 0 else _relative(module, node)
            found.add(base)
            # `from agent import store` imports the module agent.store
            found.update(f"{base}.{a.name}" for a in node.names if _path(f"{base}.{a.name}"))
    return frozenset(found)


def _relative(module: str, node: ast.ImportFrom) -> str:
    parts = module.split(".")[: -node.level]
    return ".".join([*parts, node.module] if node.module else parts)


def reached(module: str) -> set[str]:
    """Every module ``module`` reaches through run-time imports (agent modules followed)."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        current = todo.pop()
        for name in imports(current):
            if name in seen:
                continue
            seen.add(name)
            if name.startswith("agent") and _path(name) is not None:
                todo.append(name)
    return seen


def _hits(names: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in forbidden))


def clock_or_disk_calls(module: str) -> list[str]:
    found = []
    for node in _runtime_nodes(_tree(module)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and (None, func.id) in CLOCK_OR_DISK:
            found.append(f"{func.id}() line {node.lineno}")
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            if (owner, func.attr) in CLOCK_OR_DISK or (None, func.attr) in CLOCK_OR_DISK:
                found.append(f"{owner or '?'}.{func.attr}() line {node.lineno}")
    return found


def _existing(modules: list[str]) -> list[str]:
    return [m for m in modules if _path(m) is not None]


@pytest.mark.parametrize("module", _existing(DECISIONS))
def test_a_decision_module_reaches_no_io_and_no_engine(module: str) -> None:
    assert _hits(reached(module), IO + NOT_FOR_DECISIONS) == []


@pytest.mark.parametrize("module", _existing(DECISIONS + READERS))
def test_no_clock_and_no_file_is_read(module: str) -> None:
    assert clock_or_disk_calls(module) == []


@pytest.mark.parametrize("module", READERS)
def test_status_and_explain_import_no_engine_and_no_io(module: str) -> None:
    assert _hits(reached(module), IO) == []


def test_the_check_sees_what_it_must() -> None:
    # The engine reaches the state; the store does only for the type checker.
    assert "agent.state" in reached("agent.engine")
    assert "agent.state" not in imports("agent.store")
    assert _hits(reached("agent.cli"), ("agent.service",)) == ["agent.service"]
    assert clock_or_disk_calls("agent.daemon") or clock_or_disk_calls("agent.cli")

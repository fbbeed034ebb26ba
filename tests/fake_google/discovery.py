"""Every request the fake receives, checked against Google's own discovery documents.

The documents are the ones bundled with google-api-python-client (the same the real client
builds from). ``Routes.match`` finds the method a request calls (HTTP method and path template)
and lists what is wrong with it: an unknown path, a query parameter the method does not take,
a missing required one, a repeated one that may not repeat, a value outside an enum. The fake
records each of these as a violation, which fails the test.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import googleapiclient

DOCUMENTS = Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"


@dataclass(frozen=True)
class Method:
    id: str  # "gmail.users.drafts.create"
    http_method: str
    pattern: re.Pattern[str]
    parameters: dict[str, dict[str, Any]]  # the method's own and the document's global ones


@dataclass
class Match:
    method: Method | None
    path_params: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _methods(resource: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(resource.get("methods", {}).values())
    for child in resource.get("resources", {}).values():
        found.extend(_methods(child))
    return found


def _pattern(prefix: str, template: str) -> re.Pattern[str]:
    def group(m: re.Match[str]) -> str:
        name = m.group(1).lstrip("+")
        return f"(?P<{name}>.+)" if m.group(1).startswith("+") else f"(?P<{name}>[^/]+)"

    escaped = re.sub(r"\\\{([^}]+)\\\}", lambda m: "{" + m.group(1) + "}", re.escape(template))
    return re.compile("^" + re.escape(prefix) + re.sub(r"\{([^}]+)\}", group, escaped) + "$")


def load(name: str) -> list[Method]:
    doc = json.loads((DOCUMENTS / f"{name}.json").read_text(encoding="utf-8"))
    prefix = "/" + doc["servicePath"]
    global_params = doc.get("parameters", {})
    methods = []
    for m in _methods(doc):
        methods.append(
            Method(
                id=m["id"],
                http_method=m["httpMethod"],
                pattern=_pattern(prefix, m["path"]),
                parameters={**global_params, **m.get("parameters", {})},
            )
        )
    return methods


class Routes:
    def __init__(self, *names: str) -> None:
        self.methods = [m for name in names for m in load(name)]

    def match(self, http_method: str, path: str, query: dict[str, list[str]]) -> Match:
        for method in self.methods:
            found = method.pattern.match(path)
            if found and method.http_method == http_method:
                params = {k: unquote(v) for k, v in found.groupdict().items()}
                return Match(method, params, _check(method, query))
        return Match(None, problems=[f"no Google API method is {http_method} {path}"])


def _check(method: Method, query: dict[str, list[str]]) -> list[str]:
    problems = []
    for name, values in query.items():
        spec = method.parameters.get(name)
        if spec is None or spec.get("location") == "path":
            problems.append(f"{method.id}: unknown parameter {name!r}")
            continue
        if len(values) > 1 and not spec.get("repeated"):
            problems.append(f"{method.id}: {name!r} given {len(values)} times")
        allowed = spec.get("enum")
        for value in values:
            if allowed and value not in allowed:
                problems.append(f"{method.id}: {name}={value!r} is not one of {allowed}")
    for name, spec in method.parameters.items():
        if spec.get("required") and spec.get("location") == "query" and name not in query:
            problems.append(f"{method.id}: required parameter {name!r} missing")
    return problems

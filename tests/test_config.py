"""Config: lookup, defaults (CONTRACT.md's), every kind of problem reported at once, the example."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.config import (
    SPEC,
    SPEC_BY_PATH,
    Config,
    example_yaml,
    find_config,
    load_config,
    reference,
    system_timezone,
)
from agent.errors import EXIT_USAGE, ConfigError
from agent.model import Article, Policy

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.yaml"
MINIMAL: dict[str, Any] = {
    "me": {"name": "Alex Candidate", "email": "alex@example.com"},
    "calendar": {"ics": "cal.ics"},
    "drafts": {"maildir": "Drafts"},
}


def write(folder: Path, data: dict[str, Any] | str, name: str = "config.yaml") -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data), encoding="utf-8")
    return path


def merged(**changes: Any) -> dict[str, Any]:
    """MINIMAL with dotted keys set (``None``: removed), e.g. ``merged(**{"me.email": "x"})``."""
    data = yaml.safe_load(yaml.safe_dump(MINIMAL))
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        node = data
        for part in parents:
            node = node.setdefault(part, {})
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    return data


def problems_of(folder: Path, data: dict[str, Any] | str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(write(folder, data))
    assert caught.value.exit_code == EXIT_USAGE
    return caught.value.problems


def load(folder: Path, data: dict[str, Any] | str) -> Config:
    return load_config(write(folder, data))


# --------------------------------------------------------------------------- defaults


def test_defaults_are_the_contracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    config = load(tmp_path, MINIMAL)
    assert config.policy == Policy()
    assert config.policy == Policy(
        thank_you_delay=timedelta(hours=1),
        thank_you_deadline=timedelta(hours=48),
        status_check_grace=timedelta(weeks=1),
        default_timeline=timedelta(weeks=2),
        check_in_every=timedelta(weeks=2),
        check_in_max=2,
        working_days=frozenset({0, 1, 2, 3, 4}),
        working_start=time(9, 0),
        reminder_enabled=True,
        reminder_at=time(8, 0),
        stale_after=timedelta(days=60),
    )
    assert config.me.aliases == ()
    assert config.me.timezone == system_timezone()
    assert config.calendar.window_past == timedelta(days=120)
    assert config.calendar.window_future == timedelta(days=365)
    assert config.calendar.google_calendars is None
    assert config.drafts.sent_maildir is None
    assert config.drafts.html is False
    assert config.drafts.gmail is False
    assert config.poll_interval == timedelta(minutes=5)
    assert config.templates is None
    assert config.articles == ()
    assert config.state == tmp_path / "data" / "followup" / "followup.db"
    assert config.google.token == config.state.parent / "token.json"
    assert config.google.client_secret is None
    assert config.google.api_root is None
    assert config.google.token_uri is None


def test_everything_given(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        merged(
            **{
                "me.aliases": ["alex@work.example"],
                "me.timezone": "Europe/Paris",
                "calendar.window": {"past": "4w", "future": "P1W"},
                "drafts.sent_maildir": "Sent",
                "drafts.html": True,
                "state": "/var/lib/followup/state.db",
                "templates": "tpl",
                "poll_interval": "PT90S",
                "policy": {
                    "thank_you": {"delay": "2h", "deadline": "1d"},
                    "status_check": {"grace": "3d", "default_timeline": "P10D"},
                    "check_in": {"every": "1w", "max": 0},
                    "working_hours": {"days": ["Mon", "wednesday", "sun"], "start": "08:30"},
                    "reminder": {"enabled": False, "at": "07:15"},
                    "stale_after": "90d",
                },
                "articles": [{"title": "T", "url": "https://example.org/t", "tags": "backend"}],
                "google": {"api_root": "http://127.0.0.1:8080", "token_uri": "http://127.0.0.1/t"},
            }
        ),
    )
    assert config.me.aliases == ("alex@work.example",)
    assert config.me.timezone == "Europe/Paris"
    assert (config.calendar.window_past, config.calendar.window_future) == (
        timedelta(weeks=4),
        timedelta(weeks=1),
    )
    assert config.drafts.sent_maildir == tmp_path / "Sent"
    assert config.drafts.html is True
    assert config.state == Path("/var/lib/followup/state.db")
    assert config.google.token == Path("/var/lib/followup/token.json")
    assert config.templates == tmp_path / "tpl"
    assert config.poll_interval == timedelta(seconds=90)
    policy = config.policy
    assert (policy.thank_you_delay, policy.thank_you_deadline) == (timedelta(hours=2), timedelta(1))
    assert (policy.status_check_grace, policy.default_timeline) == (timedelta(3), timedelta(10))
    assert (policy.check_in_every, policy.check_in_max) == (timedelta(weeks=1), 0)
    assert policy.working_days == frozenset({0, 2, 6})
    assert policy.working_start == time(8, 30)
    assert (policy.reminder_enabled, policy.reminder_at) == (False, time(7, 15))
    assert policy.stale_after == timedelta(days=90)
    assert config.articles == (Article("T", "https://example.org/t", ("backend",)),)
    assert config.google.api_root == "http://127.0.0.1:8080/"
    assert config.google.token_uri == "http://127.0.0.1/t"


def test_unquoted_times_are_times_not_base_60_numbers(tmp_path: Path) -> None:
    text = (
        yaml.safe_dump(MINIMAL)
        + "policy:\n  working_hours: {start: 9:00}\n  reminder:\n    at: 7:30\n"
    )
    policy = load(tmp_path, text).policy
    assert (policy.working_start, policy.reminder_at) == (time(9, 0), time(7, 30))


# --------------------------------------------------------------------------- paths and backends


def test_relative_paths_are_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)  # the working directory must not matter
    data = merged(**{"state": "../data/f.db", "google.client_secret": "secret.json"})
    config = load_config(write(folder, data).relative_to(tmp_path))
    assert config.path == folder / "config.yaml"
    assert config.calendar.ics == (str(folder / "cal.ics"),)
    assert config.drafts.maildir == folder / "Drafts"
    assert config.state == tmp_path / "data" / "f.db"
    assert config.google.client_secret == folder / "secret.json"
    assert config.google.token == tmp_path / "data" / "token.json"


def test_home_is_expanded_and_urls_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    urls = ["https://example.org/a.ics", "webcal://example.org/b.ics", "HTTP://example.org/c"]
    config = load(tmp_path, merged(**{"calendar.ics": ["~/cal.ics", *urls]}))
    assert config.calendar.ics == (str(tmp_path / "home" / "cal.ics"), *urls)


def test_google_and_gmail_backends(tmp_path: Path) -> None:
    text = """
me: {name: Alex, email: alex@example.com}
calendar:
  google:
drafts:
  gmail: {}
"""
    config = load(tmp_path, text)
    assert config.calendar.google_calendars == ("primary",)
    assert config.calendar.ics == ()
    assert config.drafts.gmail is True
    assert config.drafts.maildir is None
    data = merged(**{"calendar": {"google": {"calendars": ["primary", "work@group"]}}})
    assert load(tmp_path, data).calendar.google_calendars == ("primary", "work@group")


# --------------------------------------------------------------------------- problems


def _one(problems: list[str], key: str, fragment: str) -> None:
    matching = [p for p in problems if p.startswith(key + ":") and fragment in p]
    assert matching, f"no problem for {key} with {fragment!r} in {problems}"


@pytest.mark.parametrize(
    ("changes", "key", "fragment"),
    [
        ({"me.name": None}, "me.name", "required"),
        ({"me.email": None}, "me.email", "required"),
        ({"calendar": None}, "calendar", "required"),
        ({"drafts": None}, "drafts", "required"),
        ({"me.name": 42}, "me.name", "expected text"),
        ({"me.email": "alex.example.com"}, "me.email", "not an email address"),
        ({"me.email": "Alex <alex@example.com>"}, "me.email", "bare address"),
        ({"me.aliases": ["ok@example.com", "nope@"]}, "me.aliases", "'nope@' is not an email"),
        ({"me.timezone": "Europe/Pariss"}, "me.timezone", "did you mean Europe/Paris"),
        ({"me.timezone": "Mars/Olympus"}, "me.timezone", "not an IANA time zone"),
        ({"calendar": {}}, "calendar", "give `ics`, `google` or `caldav`"),
        ({"calendar.google": {}}, "calendar", "not both"),
        ({"calendar.ics": []}, "calendar.ics", "at least one"),
        ({"calendar": {"google": {"calendars": []}}}, "calendar.google.calendars", "at least one"),
        ({"calendar.ics": "ftp://example.org/x.ics"}, "calendar.ics", "webcal"),
        ({"calendar.window": {"past": "120"}}, "calendar.window.past", "has no unit"),
        ({"drafts": {"html": True}}, "drafts", "give `maildir`, `gmail` or `imap`"),
        ({"drafts.gmail": {}}, "drafts", "not both"),
        ({"drafts.html": "no"}, "drafts.html", "true or false"),
        ({"poll_interval": "0m"}, "poll_interval", "longer than zero"),
        ({"poll_interval": 5}, "poll_interval", "has no unit"),
        ({"policy.thank_you": {"delay": "1 fortnight"}}, "policy.thank_you.delay", "unknown unit"),
        ({"policy.status_check": {"grace": "48h"}}, "policy.status_check.grace", "whole days"),
        ({"policy.stale_after": "PT2H"}, "policy.stale_after", "whole days"),
        ({"policy.check_in": {"max": -1}}, "policy.check_in.max", "from 0 to 100"),
        ({"policy.check_in": {"max": "two"}}, "policy.check_in.max", "whole number"),
        ({"policy.check_in": {"max": True}}, "policy.check_in.max", "whole number"),
        ({"policy.check_in": {"every": "0d"}}, "policy.check_in.every", "longer than zero"),
        ({"policy.working_hours": {"days": ["mon", "fry"]}}, "policy.working_hours.days", "fry"),
        ({"policy.working_hours": {"days": []}}, "policy.working_hours.days", "at least one"),
        ({"policy.working_hours": {"start": "9am"}}, "policy.working_hours.start", "HH:MM"),
        ({"policy.reminder": {"at": "25:00"}}, "policy.reminder.at", "HH:MM"),
        ({"policy.reminder": "yes"}, "policy.reminder", "expected a mapping"),
        ({"articles": [{"url": "https://e.org"}]}, "articles[0].title", "required"),
        ({"articles": [{"title": "T"}]}, "articles[0].url", "required"),
        ({"articles": [{"title": "T", "url": "e.org"}]}, "articles[0].url", "not an http(s) URL"),
        ({"articles": ["just a title"]}, "articles[0]", "expected a mapping"),
        ({"articles": {"title": "T"}}, "articles", "expected a list"),
        ({"google": {"api_root": "localhost"}}, "google.api_root", "URL"),
        ({"companies": ["Acme"]}, "companies", "mapping of domain or name"),
        ({"companies": {"acme.com": ""}}, "companies", "name on one line"),
        ({"companies": {"acme.com": "Acme\nBcc: x@evil.example"}}, "companies", "one line"),
        ({"companies": {"@": "Acme"}}, "companies", "domain or a company name"),
        ({"companies": {"acme.com": 7}}, "companies", "name on one line"),
        (
            {"policy.thank_you": {"delay": "3d", "deadline": "48h"}},
            "policy.thank_you.delay",
            "after the deadline",
        ),
        ({"drafts": {"gmail": {}, "sent_maildir": "S"}}, "drafts.sent_maildir", "only used"),
        ({"me.country": "XX"}, "me.country", "not a country code the holidays library knows"),
        (
            {"me.country": "US", "me.subdivision": "ZZ"},
            "me.subdivision",
            "'ZZ' is not a subdivision of US (e.g. AK, AL",
        ),
    ],
)
def test_each_problem_names_its_key(
    tmp_path: Path, changes: dict[str, Any], key: str, fragment: str
) -> None:
    _one(problems_of(tmp_path, merged(**changes)), key, fragment)


def test_missing_me_reports_name_and_email(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, merged(me=None))
    _one(problems, "me.name", "required")
    _one(problems, "me.email", "required")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    data = merged(
        **{
            "me.email": "nope",
            "me.timezone": "Nowhere/Land",
            "calendar": {},
            "drafts": None,
            "poll_interval": "5",
            "policy": {"check_in": {"max": -2, "evry": "2w"}, "working_hours": {"days": ["xx"]}},
            "colour": "blue",
        }
    )
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, data))
    problems = caught.value.problems
    keys = [
        "me.email",
        "me.timezone",
        "calendar",
        "drafts",
        "poll_interval",
        "policy.check_in.max",
        "policy.check_in.evry",
        "policy.working_hours.days",
        "colour",
    ]
    for key in keys:
        assert any(p.startswith(key + ":") for p in problems), (key, problems)
    assert len(problems) == len(keys)
    assert "9 problems" in caught.value.message


@pytest.mark.parametrize(
    ("changes", "key", "suggestion"),
    [
        ({"me.emial": "x@example.com"}, "me.emial", "did you mean `me.email`?"),
        ({"poll_intervall": "5m"}, "poll_intervall", "did you mean `poll_interval`?"),
        ({"policy.check_in": {"evry": "1w"}}, "policy.check_in.evry", "`policy.check_in.every`"),
        ({"policy.poll_interval": "5m"}, "policy.poll_interval", "did you mean `poll_interval`?"),
        ({"articles": [{"title": "T", "url": "https://e.org", "tag": "x"}]}, "articles[0].tag",
         "did you mean `articles[0].tags`?"),
        ({"drafts.gmail": {"label": "x"}, "drafts.maildir": None}, "drafts.gmail.label", "unknown"),
    ],
)  # fmt: skip
def test_unknown_keys_are_rejected_with_a_suggestion(
    tmp_path: Path, changes: dict[str, Any], key: str, suggestion: str
) -> None:
    problems = problems_of(tmp_path, merged(**changes))
    _one(problems, key, "unknown key")
    _one(problems, key, suggestion)


def test_a_yaml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"not valid YAML at line 4, column 9"):
        load(tmp_path, "me:\n  name: Alex\n  email: [unclosed\ncalendar: {}\n")


def test_a_key_given_twice_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"'email' is given twice"):
        load(tmp_path, "me:\n  email: a@example.com\n  email: b@example.com\n")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("", "empty"), ("# only a comment\n", "empty"), ("- a\n- b\n", "mapping"), ("42", "mapping")],
)
def test_empty_or_not_a_mapping(tmp_path: Path, text: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        load(tmp_path, text)


# --------------------------------------------------------------------------- lookup


@pytest.fixture
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty user config dir, and no $FOLLOWUP_CONFIG."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("FOLLOWUP_CONFIG", raising=False)
    return tmp_path / "xdg" / "followup" / "config.yaml"


def test_lookup_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_user_config: Path
) -> None:
    no_user_config.parent.mkdir(parents=True)
    user = write(no_user_config.parent, MINIMAL)
    assert find_config(None) == user
    from_env = write(tmp_path, MINIMAL, "env.yaml")
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(from_env))
    assert find_config(None) == from_env
    explicit = write(tmp_path, MINIMAL, "explicit.yaml")
    assert find_config(str(explicit)) == explicit


def test_no_config_names_followup_init(no_user_config: Path) -> None:
    with pytest.raises(ConfigError, match="followup init") as caught:
        find_config(None)
    assert str(no_user_config) in caught.value.message
    assert caught.value.exit_code == EXIT_USAGE


def test_missing_explicit_or_env_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_user_config: Path
) -> None:
    with pytest.raises(ConfigError, match="--config.*followup init"):
        find_config(str(tmp_path / "nope.yaml"))
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(tmp_path / "gone.yaml"))
    with pytest.raises(ConfigError, match=r"\$FOLLOWUP_CONFIG"):
        find_config(None)


def test_system_timezone(tmp_path: Path) -> None:
    zone_file = tmp_path / "usr" / "share" / "zoneinfo" / "Europe" / "Paris"
    zone_file.parent.mkdir(parents=True)
    zone_file.write_bytes(b"")
    link = tmp_path / "localtime"
    link.symlink_to(zone_file)
    nothing = tmp_path / "missing"
    assert system_timezone({}, link, nothing) == "Europe/Paris"
    assert system_timezone({"TZ": ":Asia/Tokyo"}, link, nothing) == "Asia/Tokyo"
    assert system_timezone({"TZ": "/usr/share/zoneinfo/Asia/Tokyo"}, nothing, nothing) == (
        "Asia/Tokyo"
    )
    assert system_timezone({"TZ": "Not/AZone"}, link, nothing) == "Europe/Paris"
    (tmp_path / "timezone").write_text("America/Chicago\n")
    assert system_timezone({}, nothing, tmp_path / "timezone") == "America/Chicago"
    assert system_timezone({}, nothing, nothing) == "UTC"


# --------------------------------------------------------------------------- the example


def test_the_example_validates_and_points_at_the_demo() -> None:
    config = load_config(EXAMPLE)
    assert config.calendar.ics == (str(REPO / "examples" / "demo.ics"),)
    assert config.drafts.maildir == REPO / "demo-out" / "Drafts"
    assert config.state == REPO / "demo-out" / "followup.db"
    assert config.me.email == "alex@example.com"


def test_the_example_is_generated_from_the_spec() -> None:
    assert EXAMPLE.read_text(encoding="utf-8") == example_yaml(), (
        "config.example.yaml is stale: run `python -m agent.config > config.example.yaml`"
    )


def _documented_paths(text: str) -> set[str]:
    """Key paths in the example, commented-out keys (``# key: ...``) included."""
    uncommented = re.sub(r"(?m)^(\s*)# (?=[a-z_]+:)", r"\1", text)
    paths: set[str] = set()

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, prefix + "[]")
        elif isinstance(node, dict):
            for key, value in node.items():
                path = f"{prefix}.{key}" if prefix else key
                paths.add(path)
                if path not in SPEC_BY_PATH or SPEC_BY_PATH[path].is_section:
                    walk(value, path)  # a mapping that is one key's value holds no keys

    walk(yaml.safe_load(uncommented), "")
    return paths


def test_every_key_is_documented_in_the_example() -> None:
    documented = _documented_paths(EXAMPLE.read_text(encoding="utf-8"))
    spec = {key.path for key in SPEC}
    assert spec - documented == set(), "keys missing from config.example.yaml"
    assert documented - spec == set(), "config.example.yaml shows keys the spec lacks"


def test_the_reference_covers_every_key_with_a_doc() -> None:
    rows = list(reference())
    assert [row[0] for row in rows] == [key.path for key in SPEC]
    assert all(doc and doc[0].isupper() and doc.endswith(".") for *_, doc in rows)
    assert dict((row[0], row[2]) for row in rows)["policy.check_in.every"] == "2w"


def test_company_names_by_domain_or_name(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        merged(companies={"@stellwork.example": "  Stellwork   Systems ", "Globex": "Globex Corp"}),
    )
    assert config.companies == (
        ("stellwork.example", "Stellwork Systems"),
        ("Globex", "Globex Corp"),
    )
    assert load(tmp_path, MINIMAL).companies == ()

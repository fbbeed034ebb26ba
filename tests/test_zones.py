"""Time zones as people name them: abbreviations map to the zone they mean, with a note where
the name is ambiguous; the config takes IANA names and says which one an abbreviation means."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.config import load_config
from agent.errors import ConfigError
from agent.zones import describe, zone_meant


@pytest.mark.parametrize(
    ("typed", "zone", "note"),
    [
        ("PST", "America/Los_Angeles", None),
        ("pdt", "America/Los_Angeles", None),
        ("Pacific Time", "America/Los_Angeles", None),
        ("EST", "America/New_York", None),
        ("Eastern", "America/New_York", None),
        ("CET", "Europe/Berlin", "Europe/Paris"),
        ("CEST", "Europe/Berlin", "Europe/Paris"),
        ("IST", "Asia/Kolkata", "Europe/Dublin"),
        ("CST", "America/Chicago", "Asia/Shanghai"),
        ("MST", "America/Denver", "America/Phoenix"),
        ("GMT", "Europe/London", "UTC"),
        ("BST", "Europe/London", "Asia/Dhaka"),
        ("AEST", "Australia/Sydney", "Australia/Brisbane"),
        ("JST", "Asia/Tokyo", None),
        ("europe/paris", "Europe/Paris", None),
        ("New York", "America/New_York", None),
        ("UTC", "UTC", None),
        ("Europe/Berlin", "Europe/Berlin", None),
    ],
)
def test_a_name_people_write_maps_to_the_zone_they_mean(
    typed: str, zone: str, note: str | None
) -> None:
    guess = zone_meant(typed)
    assert guess is not None and guess.zone == zone
    if note is None:
        assert guess.note is None
    else:
        assert guess.note is not None and note in guess.note


@pytest.mark.parametrize("typed", ["", "Mars/Olympus", "soon", "PSTT"])
def test_names_of_no_zone(typed: str) -> None:
    assert zone_meant(typed) is None


def _config(tmp_path: Path, zone: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        f'me: {{name: A, email: a@example.com, timezone: "{zone}"}}\n'
        "calendar: {ics: c.ics}\ndrafts: {maildir: Drafts}\n"
    )
    return path


@pytest.mark.parametrize(
    ("zone", "said"),
    [
        ("PST", "write America/Los_Angeles"),
        ("EST", "write America/New_York"),  # tzdata's EST is a fixed UTC-5, not New York
        ("IST", "write Asia/Kolkata; IST is also Irish Standard Time"),
        ("CET", "write Europe/Berlin"),
        ("Europe/Pariss", "did you mean Europe/Paris"),
    ],
)
def test_the_config_names_the_zone_an_abbreviation_means(
    tmp_path: Path, zone: str, said: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_config(tmp_path, zone))
    assert any(p.startswith("me.timezone:") and said in p for p in caught.value.problems)


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "UTC", "Etc/GMT+5", "Japan"])
def test_the_config_takes_iana_names(tmp_path: Path, zone: str) -> None:
    assert load_config(_config(tmp_path, zone)).me.timezone == zone


def test_a_zone_is_described_with_its_abbreviation_at_an_instant() -> None:
    winter, summer = datetime(2026, 12, 3, tzinfo=UTC), datetime(2026, 7, 3, tzinfo=UTC)
    assert describe("America/Los_Angeles", winter) == "America/Los_Angeles (PST)"
    assert describe("America/Los_Angeles", summer) == "America/Los_Angeles (PDT)"
    assert describe("Asia/Kolkata", winter) == "Asia/Kolkata (IST)"
    assert describe("America/Sao_Paulo", winter) == "America/Sao_Paulo"  # "-03": no letters

"""Every calendar file of six iCalendar projects' test suites loads (``fixtures/ics-corpus``).

Loading means: events out, or each problem reported as ``dropped:`` or ``warning:``, and no
crash; a lone event well inside the window is never lost silently. Only files that are no
calendar at all (empty, one word, fuzzer garbage) are refused, with a ``SourceError`` that says
so. The quick test reads a handful of the hardest files; the whole corpus is marked slow.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.errors import SourceError
from tests.corpus_support import expected, load

CORPUS = Path(__file__).parent / "fixtures" / "ics-corpus"
FILES = sorted(CORPUS.rglob("*.ics"))
#: Files with no calendar in them: refused with a clear error, not loaded.
NOT_CALENDARS = {
    "allenporter-ical/tests/parsing/testdata/invalid/invalid.ics",
    "allenporter-ical/tests/testdata/empty.ics",
    "icalendar/src/icalendar/fuzzing/corpus/Index_Error.ics",
    "icalendar/src/icalendar/fuzzing/corpus/Type_Error.ics",
    "icalendar/src/icalendar/tests/calendars/fuzz_testcase_0_char_in_component_name.ics",
}
#: The hardest files, read by the quick suite: each shows one way real calendars break.
QUICK = [
    "icalendar/src/icalendar/tests/calendars/issue_168_input.ics",  # a line that is no property
    "icalendar/src/icalendar/tests/calendars/multiple_timezones.ics",  # RDATE of a time of day
    "icalendar/src/icalendar/tests/calendars/big_bad_calendar.ics",  # no END:VCALENDAR
    "icalendar/src/icalendar/tests/calendars/issue_165_missing_event.ics",  # an unreadable RRULE
    "node-ical/test/fixtures/dst-transition-rules.ics",  # indented first line
    "node-ical/test/fixtures/ms_timezones.ics",  # Exchange zone names, a date that does not exist
    "ical.net/Ical.Net.Tests/Calendars/Serialization/Encoding1.ics",  # a BASE64 SEQUENCE
    "ical.net/Ical.Net.Tests/Calendars/Serialization/Parse1.ics",  # HTML lines written unfolded
    "khal/tests/ics/non_dst_error.ics",  # an alarm icalendar cannot read
    "ics-parser/tests/ical/issue-343.ics",  # an Exchange description with raw line breaks
    "ics-parser/examples/ICal.ics",  # Outlook display-name zones in a UTC feed
    "allenporter-ical/tests/compat/testdata/office_356_custom_timezone.ics",
    "allenporter-ical/tests/parsing/testdata/invalid/invalid_quoted_params.ics",
    "allenporter-ical/tests/testdata/empty.ics",
]


def check(path: Path) -> None:
    name = path.relative_to(CORPUS).as_posix()
    try:
        batch = load(path)
    except SourceError as e:
        assert name in NOT_CALENDARS, f"refused: {e.message}"
        assert "not an iCalendar file" in e.message or "is empty" in e.message
        return
    assert name not in NOT_CALENDARS, "loaded a file that holds no calendar"
    for error in batch.errors:
        assert error.message.startswith(("dropped: ", "warning: ")), error.message
    seen = {e.uid for e in batch.events} | {e.uid for e in batch.errors}
    lost = [x.uid for x in expected(path.read_bytes(), batch.window) if x.uid not in seen]
    assert not lost, f"lost without a word: {lost[:5]}"
    for event in batch.events:
        assert event.start_at.tzinfo is not None and event.end_at >= event.start_at
        assert event.tz == getattr(event.start_at.tzinfo, "key", None)


@pytest.mark.parametrize("name", QUICK)
def test_the_hardest_corpus_files_load(name: str) -> None:
    check(CORPUS / name)


@pytest.mark.slow
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_corpus_file_loads(path: Path) -> None:
    check(path)


def test_the_corpus_is_a_few_hundred_files_with_their_sources() -> None:
    assert len(FILES) >= 300
    sources = (CORPUS / "SOURCES.md").read_text()
    for folder in {p.relative_to(CORPUS).parts[0] for p in FILES}:
        assert f"`{folder}/`" in sources
        kept = {p.name.lower().split(".")[0] for p in (CORPUS / folder).iterdir()}
        assert kept & {"license", "licence", "copying"}, f"{folder} has no licence file"
    assert sum(p.stat().st_size for p in FILES) < 2 * 2**20

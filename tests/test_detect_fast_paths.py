"""More speed-ups of detection, each checked against the plain scan it replaces: conferencing
blocks cut out with two searches, URL hosts found from each "://", gates that read non-ASCII
text, patterns rewritten so that re can skip ahead."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent import company, invite, lexicon, people, textscan

# The conferencing blocks as the single lazy regexes they were written as.
PLAIN_BLOCKS = [
    re.compile(r"-::~[:~]*::-.*?(?:-::~[:~]*::-|\Z)", re.S),
    re.compile(r"_{10,}\s*\n\s*Microsoft Teams.*?(?:_{10,}|\Z)", re.S | re.I),
    re.compile(
        r"(?:^[^\n]*is inviting you to a scheduled Zoom meeting\.?|^Join Zoom Meeting)"
        r".*?(?:^Find your local number:[^\n]*|\Z)",
        re.S | re.M | re.I,
    ),
    re.compile(r"^Join with Google Meet:.*?(?:Please do not edit this section\.?|\Z)", re.S | re.M),
    re.compile(
        r"^Need to make changes to this event\?.*?(?:Powered by Calendly\.com|\Z)", re.S | re.M
    ),
    re.compile(r"^Join (?:Webex|the) meeting:?.*?(?:\n\s*\n|\Z)", re.S | re.M),
]

BLOCK_PIECES = [
    "-::~", ":", "~", "::-", "-::~:~::-", "_" * 10, "_" * 9, "_", "_" * 25, "\n", " ", "\t", "x",
    ".",
    "Microsoft Teams", "MICROSOFT teams", "Microſoft Teams", "Dana is inviting you to a scheduled "
    "Zoom meeting", "is inviting you to a scheduled zoom MEETING.", "Join Zoom Meeting",
    "Find your local number: https://x", "Join with Google Meet: ", "Please do not edit this "
    "section", "Please do not edit this section.", "Need to make changes to this event?",
    "Powered by Calendly.com", "Join Webex meeting:", "Join the meeting", "\n\n", "\n \n",
]  # fmt: skip


def test_conferencing_blocks_are_the_plain_regexes_on_real_blocks() -> None:
    meet = "Hi\n-::~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/x\n-::~:~::-\nBye"
    teams = "Agenda\n" + "_" * 40 + "\nMicrosoft Teams meeting\nJoin\n" + "_" * 40 + "\nEnd"
    short = "Agenda\n" + "_" * 9 + "\nMicrosoft Teams meeting\n" + "_" * 9 + "\nEnd"  # no block
    for text in (meet, teams, meet + teams, short, "no block here"):
        for block, plain in zip(invite.CONFERENCE_BLOCKS, PLAIN_BLOCKS, strict=True):
            assert block.sub("\n", text) == plain.sub("\n", text)
    assert invite.plain(meet, False) == "Hi\n\n\nBye"
    assert invite.plain(teams, False) == "Agenda\n\n\nEnd"


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(BLOCK_PIECES), max_size=14).map("".join))
def test_conferencing_blocks_equal_the_plain_regexes(text: str) -> None:
    for block, plain in zip(invite.CONFERENCE_BLOCKS, PLAIN_BLOCKS, strict=True):
        assert block.sub("\n", text) == plain.sub("\n", text), (plain.pattern, text)


URL_PIECES = ["http", "https", "HTTP", "://", "a.example", "x", "/", " ", "\n", "<", ">", '"',
              "'", ")", "?", "#", ":", "ftp", "hTTps", "greenhouse.io", "."]  # fmt: skip
PLAIN_URL_HOST = re.compile(r"https?://([^/\s<>\"')?#]+)", re.I)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(URL_PIECES), max_size=16).map("".join))
def test_url_hosts_equal_the_findall(text: str) -> None:
    assert invite.url_hosts(text) == PLAIN_URL_HOST.findall(text)


def test_url_hosts_of_a_real_invite() -> None:
    text = (
        "Join: https://acme.zoom.us/j/1?pwd=x or HTTPS://boards.greenhouse.io/acme/jobs/1\n"
        "(see http://intranet)"
    )
    assert invite.url_hosts(text) == ["acme.zoom.us", "boards.greenhouse.io", "intranet"]


DETECTION_MODULES = (invite, lexicon, people, company)

GATE_TEXT = st.lists(
    st.sampled_from(
        ["Room", "ROOM", "conf rm", "coordinator", "Microsoft Teams", "zoom meeting", "é", "ß",
         "Σ", "ς", "İ", "ı", "ſ", "\u212a", " ", "\n", "x" * 30, "Dana", "resource", "Raum"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(GATE_TEXT)
def test_gates_answer_as_their_patterns_on_any_text(text: str) -> None:
    """ASCII or not: a gated search finds what the bare pattern finds."""
    gated = [
        value
        for module in DETECTION_MODULES
        for value in vars(module).values()
        for value in (value if isinstance(value, tuple) else (value,))
        if isinstance(value, textscan.Gated)
    ]
    for gate in gated:
        m, plain = gate.search(text), gate.pattern.search(text)
        assert (m and m.span()) == (plain and plain.span()), (gate.pattern.pattern, text)


# The word-start patterns as first written, with a leading \b.
PLAIN_WITH = re.compile(
    r"\b(?:with|w/|mit|con|avec|speak with|meet)\s+(?P<rest>" + people.NAME
    + r"(?:\s*\([^)\n]{0,80}\))?(?:\s*(?:,|and|und|y|&)\s*" + people.NAME
    + r"(?:\s*\([^)\n]{0,80}\))?)*)"
)  # fmt: skip
PLAIN_AT_COMPANY = re.compile(
    r"\b(?:at|bei|en|chez|role at|position at)\s+"
    r"(?P<name>[A-Z][\w'’&\-]*(?:[ \t]+[A-Z][\w'’&\-]*){0,3})"
)
WORD_START_PIECES = ["with", "w/", "mit", "con", "avec", "speak with", "meet", "at", "bei", "en",
                     "chez", "role at", "position at", "x", "é", "_", "1", " ", "\n", ",", "Dana",
                     "Lee", "Dr.", "(HM)", "and", "Acme", "Ärzte", "-"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(WORD_START_PIECES), max_size=12).map("".join))
def test_word_start_patterns_equal_the_plain_ones(text: str) -> None:
    for fast, plain in ((people.WITH, PLAIN_WITH), (company.AT_COMPANY, PLAIN_AT_COMPANY)):
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ], (plain.pattern, text)


PLAIN_ITINERARY = re.compile(
    r"(?m)^[ \t•*\-]*" + people.TIME + r"(?:\s*[-–—]\s*" + people.TIME
    + r")?[ \t]*[|:\-–—]?[ \t]*(?P<rest>\S.*)$"
)  # fmt: skip
PLAIN_LIST_LABEL = re.compile(
    r"(?im)^[ \t]*(?:interviewers?|interviewed by|with|joining|panel(?:ists)?|bar raiser|"
    r"gesprachspartner\w*|entrevistador\w*|you'?ll (?:meet|speak with)|recruiter)"
    r"[ \t]*(?:[:=\-–][ \t]*)(?P<rest>.+)$"
)
PLAIN_SIGNATURE = re.compile(
    r"(?m)^(?:[^\n,]*(?:Coordinator|Recruiter|Recruiting|Talent|People|HR)[^\n,]*),\s*"
    r"(?P<name>[A-Z][^\n,]{1,40})$"
)
LINE_PIECES = ["\n", "\n\n", " ", "\t", "•", "-", "10", ":00", "am", "pm", "–", "|", ":",
               "Interviewers", "with", "Panel", "You'll meet", "=", "Dana Lee", "x", "\r", ",",
               "Recruiting Coordinator", "HR", "Talent", "Acme"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=14).map("".join))
def test_line_start_patterns_find_what_the_plain_ones_find(text: str) -> None:
    for fast, plain in (
        (people.ITINERARY, PLAIN_ITINERARY),
        (people.LIST_LABEL, PLAIN_LIST_LABEL),
        (company.SIGNATURE_COMPANY, PLAIN_SIGNATURE),
    ):
        assert [m.groupdict() for m in fast.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ], (plain.pattern, text)


PLAIN_TITLE_SPLIT = re.compile(r"\s*(?:\||–|—|:|<>|/|\s-\s|\(|\)|\bat\b|\bwith\b|\bx\b)\s*")
TITLE_PIECES = ["Acme", " ", "|", "–", "—", ":", "<>", "<", ">", "/", " - ", "-", "(", ")", "at",
                "with", "x", "a", "w", "\t", "Chat", "me", "\u00a0"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=12).map("".join))
def test_title_split_equals_the_plain_split(text: str) -> None:
    assert company.TITLE_SPLIT.split(text) == PLAIN_TITLE_SPLIT.split(text)


PLAIN_INTERVIEWER_SIDE = re.compile(
    r"\b(?:scorecards?|interview kit|interviewer (?:guide|notes|packet)|you are the interviewer|"
    r"you're the interviewer|you will be interviewing|feedback form|on (?:the )?panel\)|"
    r"candidate\s*#|candidate\s*:\s*(?!me\b)\w|\(candidate\)|candidate packet|"
    r"candidate'?s? (?:resume|cv|profile|portfolio))|\b\w+'s portfolio\b"
)
SIDE_PIECES = ["dana", "'s portfolio", "candidate", "'s ", "portfolio", "scorecard", "(", ")",
               " ", "\n", ":", "#", "me", "interviewer guide", "on the panel)", "x"]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(SIDE_PIECES), max_size=10).map("".join))
def test_interviewer_side_is_the_single_alternation(text: str) -> None:
    fast, plain = lexicon.interviewer_side(text), PLAIN_INTERVIEWER_SIDE.search(text)
    assert (fast and (fast.span(), fast.group(0))) == (plain and (plain.span(), plain.group(0)))


def _plain_best_for_label(candidates: list[str], label: str) -> str | None:
    """The company-name match as first written: every candidate's every prefix tried."""
    best: str | None = None
    for cand in candidates:
        words = cand.split()
        squashed_words = [company.squash(w) for w in words]
        first = squashed_words[0] if words else ""
        for n in range(len(words), 0, -1):
            squashed = "".join(squashed_words[:n])
            exact = squashed == label or (len(squashed) >= 4 and label.startswith(squashed))
            extends = n >= 2 and len(first) >= 4 and label.startswith(first)
            if exact or (extends and cand is not candidates[0] and n == len(words) <= 3):
                prefix = " ".join(words[:n])
                if best is None or len(prefix) > len(best):
                    best = prefix
                break
    return best


COMPANY_WORDS = ["Acme", "Robotics", "acme", "Acme-Robotics", "-", "Wide", "World", "Importers",
                 "Ac", "me", "Phone", "screen", "Inc.", "É", "Ünited"]  # fmt: skip
CANDIDATE = st.lists(st.sampled_from(COMPANY_WORDS), max_size=4).map(" ".join)
LABELS = ["acmerobotics", "acme", "wideworldimporters", "ac", "", "united", "acmerobot"]


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(CANDIDATE, max_size=5), st.sampled_from(LABELS))
def test_best_for_label_equals_trying_every_prefix(candidates: list[str], label: str) -> None:
    assert company.best_for_label(candidates, label) == _plain_best_for_label(candidates, label)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + "`~-_ .'éÉ²٣İ", max_size=12))
def test_squash_equals_folding_then_dropping_what_is_not_a_letter_or_digit(text: str) -> None:
    assert company.squash.__wrapped__(text) == company.NOT_ALNUM.sub("", company.fold(text))

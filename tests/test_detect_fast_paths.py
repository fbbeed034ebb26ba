"""More speed-ups of detection, each checked against the plain scan it replaces: conferencing
blocks cut out with two searches, URL hosts found from each "://", gates that read non-ASCII
text, patterns rewritten so that re can skip ahead."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest

from agent import company, invite, lexicon, names, people, textscan, timeline
from tests.sweeps import chars, pieces, sweep

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
        r"^Need to make changes to this event\?.*?(?:^Reschedule:[^\n]*(?:\s*Powered by "
        r"Calendly\.com)?|Powered by Calendly\.com|\Z)",
        re.S | re.M,
    ),
    re.compile(r"^Join (?:Webex|the) meeting:?.*?(?:\n\s*\n|\Z)", re.S | re.M),
    re.compile(
        r"^When it's time, join the Webex meeting here\.?"
        r".*?(?:^Need help\? Go to https?://help\.webex\.com[^\n]*|\Z)",
        re.S | re.M,
    ),
]

BLOCK_PIECES = [
    "-::~", ":", "~", "::-", "-::~:~::-", "_" * 10, "_" * 9, "_", "_" * 25, "\n", " ", "\t", "x",
    ".",
    "Microsoft Teams", "MICROSOFT teams", "Microſoft Teams", "Dana is inviting you to a scheduled "
    "Zoom meeting", "is inviting you to a scheduled zoom MEETING.", "Join Zoom Meeting",
    "Find your local number: https://x", "Join with Google Meet: ", "Please do not edit this "
    "section", "Please do not edit this section.", "Need to make changes to this event?",
    "Powered by Calendly.com", "Reschedule: https://x", "Join Webex meeting:", "Join the meeting",
    "\n\n", "\n \n",
    "When it's time, join the Webex meeting here.", "Need help? Go to https://help.webex.com",
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
@sweep(1000, pieces(BLOCK_PIECES, max_size=14))
def test_conferencing_blocks_equal_the_plain_regexes(text: str) -> None:
    for block, plain in zip(invite.CONFERENCE_BLOCKS, PLAIN_BLOCKS, strict=True):
        assert block.sub("\n", text) == plain.sub("\n", text), (plain.pattern, text)


def test_notes_written_after_a_booking_tools_links_are_kept() -> None:
    text = (
        "Event Name: Trial shift\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/abc\n"
        "Reschedule: https://calendly.com/reschedulings/abc\n\n"
        "Notes from Robin: we'll let you know by Friday.\n\nPowered by Calendly.com"
    )
    kept = invite.plain(text, False)
    assert "we'll let you know by Friday" in kept
    assert "calendly.com/cancellations" not in kept
    plain = "Event Name: Call\nNeed to make changes to this event?\nCancel: https://x\n"
    assert invite.plain(plain + "Reschedule: https://y\n\nPowered by Calendly.com", False) == (
        "Event Name: Call"
    )


URL_PIECES = ["http", "https", "HTTP", "://", "a.example", "x", "/", " ", "\n", "<", ">", '"',
              "'", ")", "?", "#", ":", "ftp", "hTTps", "greenhouse.io", "."]  # fmt: skip
PLAIN_URL_HOST = re.compile(r"https?://([^/\s<>\"')?#]+)", re.I)


@pytest.mark.slow
@sweep(1000, pieces(URL_PIECES, max_size=16))
def test_url_hosts_equal_the_findall(text: str) -> None:
    assert invite.url_hosts(text) == PLAIN_URL_HOST.findall(text)


def test_url_hosts_of_a_real_invite() -> None:
    text = (
        "Join: https://acme.zoom.us/j/1?pwd=x or HTTPS://boards.greenhouse.io/acme/jobs/1\n"
        "(see http://intranet)"
    )
    assert invite.url_hosts(text) == ["acme.zoom.us", "boards.greenhouse.io", "intranet"]


DETECTION_MODULES = (invite, lexicon, people, company)

GATE_TEXT = pieces(
    ["Room", "ROOM", "conf rm", "coordinator", "Microsoft Teams", "zoom meeting", "é", "ß",
     "Σ", "ς", "İ", "ı", "ſ", "\u212a", " ", "\n", "x" * 30, "Dana", "resource", "Raum"],
    max_size=12,
)  # fmt: skip


@pytest.mark.slow
@sweep(1000, GATE_TEXT)
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
        m, plain = gate.search(text), gate.plain.search(text)
        assert (m and m.span()) == (plain and plain.span()), (gate.pattern.pattern, text)


# The word-start patterns as first written, with a leading \b.
PLAIN_WITH = re.compile(
    r"\b(?:with|w/|mit|con|avec|com|met|speak with|meet|assessed by|interviewed by|joined by)"
    r"\s+(?:(?:the|o|a|la|el|le|der|die|l'|os|as|los|las|les)\s+)?(?P<rest>" + people.NAME
    + r"(?:\s*\([^)\n]{0,80}\))?(?:\s*(?:,|and|und|y|e|et|en|&)\s*(?:(?:o|a|la|el|le)\s+)?"
    + people.NAME + r"(?:\s*\([^)\n]{0,80}\))?)*)"
)  # fmt: skip
WORD_START_PIECES = ["with", "w/", "mit", "con", "avec", "com", "met", "speak with", "meet",
                     "assessed by", "joined by", "the ", "o ", "x", "é", "_", "1", " ", "\n",
                     ",", "Dana", "Lee", "Dr.", "(HM)", "and", "Acme", "Ärzte", "-", "Ł",
                     "ł"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(WORD_START_PIECES, max_size=12))
def test_word_start_patterns_equal_the_plain_ones(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in people.WITH.finditer(text)] == [
        (m.span(), m.groupdict()) for m in PLAIN_WITH.finditer(text)
    ], text


PLAIN_ITINERARY = re.compile("(?m)^" + people._ITINERARY_LINE)
PLAIN_LIST_LABEL = re.compile(
    r"(?im)^[ \t]*(?:interviewers?|interviewed by|with|who|joining|panel(?:ists)?|panel members|"
    r"bar raiser|assessors?|assessed by|evaluators?|participants?|participantes?|"
    r"avaliador(?:es|a)?|evaluador(?:es|a)?|entrevistador(?:es|a)?|gesprachspartner\w*|"
    r"teilnehmer\w*|jury|commissione|comite|comision|commissie|you'?ll (?:meet|speak with)|"
    r"recruiter|interviewer\(s\))[ \t]*(?:[:=\-–][ \t]*)(?P<rest>.+)$"
)
LINE_PIECES = ["\n", "\n\n", " ", "\t", "•", "-", "10", ":00", "am", "pm", "–", "|", ":",
               "Interviewers", "with", "Panel", "You'll meet", "=", "Dana Lee", "x", "\r", ",",
               "PST", "(CET)", "UTC+1", "to", "h", "Uhr"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(LINE_PIECES, max_size=14))
def test_line_start_patterns_find_what_the_plain_ones_find(text: str) -> None:
    for fast, plain in (
        (people.ITINERARY, PLAIN_ITINERARY),
        (people.LIST_LABEL, PLAIN_LIST_LABEL),
    ):
        assert [m.groupdict() for m in fast.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ], (plain.pattern, text)


# The user's own names (and, in their own text, "me") read as lexicon.MYSELF.
PLAIN_INTERVIEWER_SIDE = re.compile(
    r"\b(?:scorecards?|interview kit|interviewer (?:guide|notes|packet)|you are the interviewer|"
    r"you're the interviewer|you will be interviewing|feedback form|on (?:the )?panel\)|"
    rf"candidate\s*#|candidate\s*:\s*(?!{lexicon.MYSELF}\b)\w|\(candidate\)|candidate packet|"
    r"candidate'?s? (?:resume|cv|profile|portfolio))|\b\w+'s portfolio\b"
)
SIDE_PIECES = ["dana", "'s portfolio", "candidate", "'s ", "portfolio", "scorecard", "(", ")",
               " ", "\n", ":", "#", "me", lexicon.MYSELF, "interviewer guide", "on the panel)",
               "x"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(SIDE_PIECES, max_size=10))
def test_interviewer_side_is_the_single_alternation(text: str) -> None:
    fast, plain = lexicon.interviewer_side(text), PLAIN_INTERVIEWER_SIDE.search(text)
    assert (fast and (fast.span(), fast.group(0))) == (plain and (plain.span(), plain.group(0)))


@pytest.mark.slow
@sweep(1000, chars(string.ascii_letters + string.digits + "`~-_ .'éÉ²٣İ", max_size=12))
def test_squash_equals_folding_then_dropping_what_is_not_a_letter_or_digit(text: str) -> None:
    assert company.squash.__wrapped__(text) == company.NOT_ALNUM.sub("", company.fold(text))


# The line that introduces a list of the people met, as the single pattern it was written as.
PLAIN_PEOPLE_LIST = re.compile(
    r"(?:interview|panel|commi|kommission|comit|jury|assess|avalia|evalua|entrevista|meet|"
    r"particip|gehoren|membres|miembros|membri|leden|who|sprechen|rencontrer|conocer|comis|"
    r"tribunal|banca|selectie|auswahl)[^\n]*:"
    r"[ \t]*$",
    re.M,
)
LIST_PIECES = ["\n", " ", "\t", ":", "\r", "interviewers", "panel", "who", "meet", "x", "- dana",
               "you'll meet", ": ", "commi", "ttee", "\n\n"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(LIST_PIECES, max_size=12))
def test_people_list_lines_end_where_the_plain_pattern_ends(text: str) -> None:
    plain = [m.end() for m in PLAIN_PEOPLE_LIST.finditer(text)]
    assert list(people.people_list_ends(text)) == plain, text


def _unled(led: re.Pattern[str]) -> re.Pattern[str]:
    """A led pattern as it was written: without its look ahead and the group around it."""
    assert led.pattern.startswith("(?=") and led.pattern.endswith(")"), led.pattern
    end = led.pattern.index(")(?:", led.pattern.index("]"))  # the look ahead's sets end first
    return re.compile(led.pattern[end + 4 : -1], led.flags)


# Patterns led by a look ahead for their first characters (``textscan.led``), as written.
LED_PLAIN = [
    *(re.compile(spec.pattern) for spec in timeline._RULES_SPEC),
    *(
        gate.plain
        for module in DETECTION_MODULES
        for value in vars(module).values()
        for gate in (value if isinstance(value, tuple) else (value,))
        if isinstance(gate, textscan.Gated)
    ),
    *(_unled(getattr(timeline, name)) for name in (
        "_RELATIVE", "_CLAUSE_BREAK", "_ANSWER", "_COMPANY", "_REPORTED", "_UNTIL", "_AWAY",
        "_REQUEST", "_AGREED", "_CORRECTION", "_NOT_THEIRS", "_NOT_AN_ANSWER", "_WHEN_SAID",
        "_TAKES", "_FOLLOWING_WEEKDAY", "_WEEK_OF")),
    *(_unled(pattern) for pattern in (
        company._PHRASE_SPLIT, company._AT_ROLE, company._AFTER_JOB, people._SPLIT_NAMES,
        people._SEGMENT_SPLIT, people._PARAGRAPH_OR_SENTENCE, names._AFTER_BAR)),
    *(re.compile(r"\b" + lexicon._grouped(words.alternatives)) for words in (
        lexicon.INTERVIEW, lexicon.TITLE_EVIDENCE, lexicon.HIRING) if words.alternatives),
]  # fmt: skip
LED_PIECES = ["next week", "in 2 weeks", "the 3rd", "by Friday", "ende", "mitte", "12.03.",
              "2026-03-12", "KW 12", "end of", "month", "a couple of", "days", "Room", "on behalf "
              "of", "recruiting coordinator", "I'll join", "with me", "interview", "Interview",
              "\u212a", "İ", "ı", "ſ", "é", "٣", " ", "\n", "-", ".", ":", "/", "x", "1",
              "10", "said", "back on", "hear", "recruiter", "actually", "the following", "Monday",
              "montag", "takes", "agreed", "glassdoor", "valid", "(e)", ";", ",",
              " and ", "role at ", "Opening bei ", "JOB at", "Acme", " | ", " – ", "via",
              "w/c ", "week of "]  # fmt: skip

# Led once: compiling hundreds of large patterns anew for every example would overflow ``re``'s
# cache and spend the test's time compiling instead of matching.
LED_PAIRS = [(plain, textscan.led(plain)) for plain in LED_PLAIN]


@pytest.mark.slow
@sweep(500, pieces(LED_PIECES, max_size=12))
def test_led_patterns_find_what_the_plain_ones_find(text: str) -> None:
    for plain, led in LED_PAIRS:
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], (plain.pattern, text)


@pytest.mark.parametrize(
    ("pattern", "lead"),
    [
        (r"\bfoo|bar", "(?=[bf])"),
        (r"\b(?:a|b)?c", "(?=[abc])"),
        (r"(?<![\w.])(?:\d{1,2}|next)\b", "(?=[\\dn])"),
        (r"\b(?:x*)y", "(?=[xy])"),
        (r"\b(?i:ab|cd)e", "(?=(?i:[ac]))"),
        (r"\bx|\b(?i:y)", "(?=[x]|(?i:[y]))"),
    ],
)
def test_led_looks_ahead_for_every_first_character(pattern: str, lead: str) -> None:
    led = textscan.led(re.compile(pattern))
    assert led.pattern == f"{lead}(?:{pattern})"
    assert led.findall("foo bar cy xxy 12 next") == re.findall(pattern, "foo bar cy xxy 12 next")


@pytest.mark.parametrize(
    "pattern",
    [r"\b\w+", r"\bx?", r"(?i)\bab", r"\b[^a]b", "foo", r"[ab]c", r"(?:ab|cd)e", r"\b.x"],
)
def test_led_leaves_patterns_it_cannot_lead_or_re_skips_itself(pattern: str) -> None:
    plain = re.compile(pattern)
    assert textscan.led(plain) is plain


TOGETHER_PIECES = ["Dana Whitfield", "Lee", " and ", " et ", " y ", "\n", "\t", " ", ",", "de ",
                   "d'", "a ", "(HM)", "Dr. ", "J. ", "Érwan", "así como ", "&", "and",
                   "x"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(TOGETHER_PIECES, max_size=10))
def test_names_joined_by_and_are_never_passed_over(text: str) -> None:
    """A text the cheap test passes over holds no names joined by "and"."""
    if people._AND_A_NAME.search(text) is None:
        assert people._TOGETHER.search(text) is None, text


PARTICIPANT_PIECES = ["Dana", " ", "Room", "conf", "rm", "HR", "Human", " Resources", "huma",
                      "people", ".", "ops", "-", "raum", "x", "Sala", "ſ", "İ", "\n",
                      "recursos humanos", "resource"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(PARTICIPANT_PIECES, max_size=6), pieces(PARTICIPANT_PIECES, max_size=6))
def test_participant_gates_on_two_texts_pass_where_either_matches(name: str, local: str) -> None:
    """``_not_a_person`` gates a participant's name and local part as one text."""
    for gate in (people._ROOM, people._HR_DEPARTMENT):
        assert all("\n" not in needle for needle in gate.needles)
        if not gate.possible(f"{name}\n{local}"):
            assert gate.plain.search(name) is None and gate.plain.search(local) is None


def _reads_any(items: list[Any], chars: str) -> bool:
    """Can a parsed pattern read one of ``chars``, or look beyond its match (a look around, an
    anchor other than a word boundary)? True where it cannot be told."""
    sre = re._constants
    classes = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w",
               sre.CATEGORY_NOT_WORD: r"\W"}  # fmt: skip
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av) in chars:
                return True
        elif op is sre.IN:
            for kind, value in av:
                if (
                    kind is sre.NEGATE
                    or (kind is sre.LITERAL and chr(value) in chars)
                    or (kind is sre.RANGE and any(value[0] <= ord(c) <= value[1] for c in chars))
                    or (
                        kind is sre.CATEGORY and any(re.fullmatch(classes[value], c) for c in chars)
                    )
                ):
                    return True
        elif op is sre.AT:
            if av not in (sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY):
                return True
        elif op is sre.BRANCH:
            if any(_reads_any(list(branch), chars) for branch in av[1]):
                return True
        elif op is sre.SUBPATTERN:
            if av[1] or av[2] or _reads_any(list(av[3]), chars):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _reads_any(list(av[2]), chars):
                return True
        else:
            return True  # any character, a look around, a back reference: beyond the match
    return False


def test_sayings_are_found_within_sentences() -> None:
    """The coordinator rule finds the sayings of who only organises in the whole text and gives
    each to its sentence: exact while no saying reads a sentence's stop or looks past its
    match."""
    for plain in (people._ONLY_ORGANISES.plain, people._NO_PART_PLAIN):
        assert not plain.flags & re.I  # read in folded text
        assert not _reads_any(list(re._parser.parse(plain.pattern, plain.flags)), ".!?;\n")
    for sure in (r"\bx\b", r"a\w*"):
        assert not _reads_any(list(re._parser.parse(sure)), ".!?;\n")
    for unsure in (r"a.b", r"a\s+b", r"a[^x]", r"a(?=b)", r"a$", r"e\.g"):
        assert _reads_any(list(re._parser.parse(unsure)), ".!?;\n"), unsure


SAYING_PIECES = ["dana", " will", " facilitate", ". ", "!", "?", ";", "\n", " ", "x", "coordinator",
                 "won't", " be attending", "walk you", " to the lobby", "5.", "then", "note-taker",
                 "observer", "scheduling", "é", " score", "nimmt", " nicht", " teil", "drop off",
                 "keeps", " time", "vous accueillera", " a l'accueil"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(SAYING_PIECES, max_size=12))
def test_sayings_of_the_whole_text_are_those_of_its_sentences(text: str) -> None:
    for sayings in (people._ONLY_ORGANISES.pattern, people._NO_PART):
        whole = [m.span() for m in sayings.finditer(text)]
        by_sentence = [
            (s.start() + m.start(), s.start() + m.end())
            for s in people._SENTENCE.finditer(text)
            for m in sayings.finditer(s.group(0))
        ]
        assert whole == by_sentence, text


WORD_LIST_PIECES = ["final round", "panel", "onsite", "interview", "take-home", "2nd round",
                    "telefoninterview", "job", "hiring manager", "x", " ", "\n", "-", "s",
                    "vorstellungsgesprach", "round 2", "é"]  # fmt: skip


@pytest.mark.slow
@sweep(1000, pieces(WORD_LIST_PIECES, max_size=12))
def test_word_lists_find_every_match_the_plain_pattern_finds(text: str) -> None:
    for words in (lexicon.NAMED_STAGE, lexicon.INTERVIEW, lexicon.HIRING, lexicon.STAGE_HINT):
        assert [(m.span(), m.group(0)) for m in words.finditer(text)] == [
            (m.span(), m.group(0)) for m in words.plain.finditer(text)
        ], text

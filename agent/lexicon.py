"""The words that say what a calendar event is, matched in folded text (lower case, no accents).

``detect`` weighs them: a title with a ``STRONG`` word is an interview; a ``STAGE`` word, or a
``WEAK`` one with ``HIRING`` words, counts with a company or recruiting context; ``NOT_INTERVIEW``
in the title and ``interviewer_side`` anywhere say it is not one as the candidate. ``company``
reads the same words to tell a meeting's kind from a company's name.
"""

from __future__ import annotations

import re

from agent.textscan import Gated

TAG_NOT = re.compile(r"#not[-_ ]?interview\b", re.I)
TAG_YES = re.compile(r"#interview\b", re.I)

# An event about a job search that is not an interview as the candidate, or not about a job at all.
NOT_INTERVIEW = re.compile(
    r"\b(?:prep|preparation|practice|practise|mock|rehearsal|dry[- ]run|leetcode|"
    r"podcast|webinar|meetup|meet-up|keynote|speaking|panel discussion|conference(?! call)|"
    r"exit (?:interview|conversation|meeting)|stay interview|customer interview|user interview|"
    r"user research|ux research|onboarding research|usability|research (?:session|study)|"
    r"informational|info interview|reference (?:call|check)|"
    r"offer (?:call|discussion|review|letter|chat|meeting)|sign offer|negotiat\w*|"
    r"hold|placeholder|flight|hotel|train to|uber|drive to|commute|"
    r"thank[- ]you|transcription|debrief|"
    r"grandma|grandpa|grandmother|grandfather|family|mom|dad|kids?|parent|"
    r"tenant|landlord|apartment|leasing|rental|screen protector|movie|cinema|"
    r"estimate|contractor|repair|resume review|cv review|call back|to-?do)\b"
)
# The user is on the interviewing side (a work calendar's interviewer invite).
_INTERVIEWER_SIDE = Gated(
    re.compile(
        r"\b(?:scorecards?|interview kit|interviewer (?:guide|notes|packet)|"
        r"you are the interviewer|you're the interviewer|you will be interviewing|feedback form|"
        r"on (?:the )?panel\)|"
        r"candidate\s*#|candidate\s*:\s*(?!me\b)\w|\(candidate\)|candidate packet|"
        r"candidate'?s? (?:resume|cv|profile|portfolio))"
    ),
    *("scorecard", "interview kit", "interviewer", "interviewing", "feedback form", "panel)"),
    "candidate",
)
# "Dana's portfolio": tried only where "'s portfolio" is (at every word, \w+ backtracks).
_SOMEONES_PORTFOLIO = Gated(re.compile(r"\b\w+'s portfolio\b"), "'s portfolio")


def interviewer_side(text: str) -> re.Match[str] | None:
    """The first of ``_INTERVIEWER_SIDE`` and ``_SOMEONES_PORTFOLIO`` in ``text``: what the
    two as one alternation would find (where both start at one place, the first one's)."""
    first = _INTERVIEWER_SIDE.search(text)
    second = _SOMEONES_PORTFOLIO.search(text)
    if second is not None and (first is None or second.start() < first.start()):
        return second
    return first


STRONG = re.compile(
    r"\b(?:interview\w*|phone screen(?!\s*(?:protector|repair|replacement|glass|crack))\w*|"
    r"phone screening|recruiter screen\w*|technical screen\w*|hr screen\w*|initial screen\w*|"
    r"screening (?:call|interview)|virtual onsite|onsite interview|final round|round \d+|"
    r"\d+(?:st|nd|rd|th) round|bar raiser|hiring manager|hm (?:chat|call|screen)|"
    r"vorstellungsgesprach|bewerbungsgesprach|kennenlerngesprach|zweitgesprach|erstgesprach|"
    r"entrevista|entretien|sollicitatiegesprek|colloquio)"
)
STAGE = re.compile(
    r"\b(?:technical|coding|pair programming|pairing session|system design|architecture|"
    r"deep[- ]dive|case study|take[- ]home|walkthrough|presentation|whiteboard|behaviou?ral|"
    r"culture|values|leadership|team fit|meet the team|panel|onsite|on-site|assessment|"
    r"recruiter|founder|ceo|cto|hiring|screen|screening|intro(?:ductory)? (?:call|chat)|fit call|"
    r"fachgesprach|kennenlernen|charla|loop)\b"
)
WEAK = re.compile(
    r"\b(?:chat|call|conversation|meeting|coffee|intro|catch[- ]up|sync|talk|session|"
    r"gesprach|telefonat|termin|llamada|reunion|conversacion|cafe)\b"
)
HIRING = re.compile(
    r"\b(?:role|position|opening|vacanc\w*|jobs?|posting|candidacy|application|applied|apply|"
    r"hiring|recruit\w*|interview\w*|search|client|headcount|stelle|bewerbung|puesto|vacante|"
    r"candidatura|seleccion|offre|poste)\b"
)

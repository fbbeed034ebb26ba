"""What a draft may say about an interview: the facts read from its text, as short phrases.

An invitation is written by others, and the user's notes are written in haste. A draft quotes
neither: it recalls a person's part as a short phrase that reads after "our conversation about"
("system design", "the rate limiter exercise"), or, with none, the kind of interview ("the phone
screen"); it names the team when the invitation does ("the Fleet Platform team"). A phrase that
is a time, a place, a link, a list of tags or a clause ("she liked my answer") is no subject and
is left out rather than pasted in. Pure: text in, phrases out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.articles import word_set
from agent.company import JOB_NOUN
from agent.domains import is_word
from agent.legal_forms import as_said
from agent.textscan import fold, lazy

# --------------------------------------------------------------------------- subjects

#: Words that say the phrase is a time, a place or a way of meeting, never what was discussed.
_NOT_SUBJECT = word_set(
    """
    am pm a.m. p.m. noon midnight pst pdt est edt cst cdt mst mdt utc gmt cet cest bst ist jst
    room rooms floor fl building bldg suite lobby reception desk hq office offices campus
    zoom meet hangout hangouts teams webex skype bluejeans chime dial dial-in call-in phone
    link url http https www
    lunch breakfast dinner break coffee welcome tour wrap wrap-up checkin check-in arrival
    departure logistics parking badge visitor
    tbd tba n/a none
    """
)
#: Formats of a session, said the way a candidate would name them.
_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy(pattern), phrase)
    for pattern, phrase in (
        (r"\bsystems? design\b|\bdiseno de sistemas\b|\bsystem ?design\w*\b",
         "system design interview"),
        (r"\b(?:pair programming|pairing)\b", "pair programming session"),
        (r"\b(?:live )?coding\b", "coding interview"),
        (r"\bcase (?:study|interview)\b", "case study"),
        (r"\btake[- ]home\b", "take-home review"),
        (r"\bportfolio\b", "portfolio review"),
        (r"\bpresentation\b", "presentation"),
        (r"\bwhiteboard\w*\b", "whiteboard session"),
        (r"\bbehaviou?ral\b", "behavioral interview"),
        (r"\b(?:culture|values|team fit|cultura|kultur|werte|valores)\b",
         "conversation about the team's values"),
        (r"\bkennenlernen\b|\bconocer al equipo\b", "conversation with the team"),
        (r"\bhiring manager\b|\bhm (?:chat|call|screen|interview)\b",
         "hiring manager conversation"),
        (r"\b(?:recruiter|hr|talent|initial|intro(?:ductory)?) (?:screen\w*|call|chat)\b",
         "introductory call"),
        (r"\btechnical (?:screen\w*|interview|call)\b|\bfach(?:interview|gesprach)\b|"
         r"\btechnische[sn]? (?:gesprach|interview)\b|\bentrevista tecnica\b",
         "technical interview"),
        (r"\bphone (?:screen\w*|interview|call)\b|\btelefon(?:interview|gesprach)\b|"
         r"\bentrevista telefonica\b", "phone screen"),
        (r"\bvideo (?:screen\w*|interview|call)\b", "video interview"),
        (r"\b(?:virtual )?on-?site\b", "onsite interview"),
        (r"\bfinal (?:round|interview)\b", "final interview"),
        (r"\bpanel\b", "panel interview"),
        (r"\btechnical\b", "technical interview"),
        (r"\bscreen(?:ing)?\b", "screening call"),
    )
)  # fmt: skip

_LEAD_VERBS = lazy(
    r"^(?:we\s+|she\s+|he\s+|they\s+|i\s+)?(?:talked|spoke|chatted|asked(?:\s+me)?|discussed|"
    r"covered|went\s+over|did|walked\s+(?:me\s+)?through|focused|dug\s+into|worked\s+through)"
    r"(?:\s+(?:about|on|over|through|into))?\s+",
    re.IGNORECASE,
)
_EVALUATION = (
    r"(?:(?:a|an|the)\s+)?(?:(?:really|very|quite|super)\s+)?"
    r"(?:great|good|nice|fun|fine|interesting|lovely|long|short|quick|deep|friendly|tough|hard)"
)
_CHAT_ABOUT = lazy(
    rf"^(?:{_EVALUATION}\s+)?(?:chat|talk|conversation|discussion|questions?|session)\s+"
    r"(?:about|on|of|around|regarding)\s+",
    re.IGNORECASE,
)
#: Words of a clause, not of a noun phrase: a note that holds one is not quoted.
_CLAUSE_WORDS = word_set(
    """
    i i'm i've i'd she he they we it it's she's he's they're we're you you're
    is was were are am be been being seems seemed seem looks looked liked loved hated enjoyed
    felt feel thinks thought think said says told wants wanted will would should could can
    can't won't didn't doesn't don't isn't wasn't very really great good nice bad awesome cool
    fun amazing terrible awful maybe probably
    """
)
# Capitalised ordinary words that open a session title: lowered so the topic reads mid-sentence
# ("System design" -> "system design"); anything else (a product, a name) keeps its capital.
_ORDINARY = word_set(
    """
    system systems design coding code technical behavioral behavioural culture cultural team
    architecture rate product live pair pairing programming whiteboard take-home hiring manager
    portfolio case presentation deep intro introduction final values leadership review data
    database databases distributed algorithms algorithm debugging testing infrastructure frontend
    backend mobile security performance scaling scalability caching career experience past
    previous project projects roadmap strategy motivation working work collaboration
    communication stakeholder stakeholders incident incidents migration machine learning model
    modeling modelling problem problem-solving background walkthrough demo event events message
    messaging queue queues observability monitoring reliability cloud platform service services
    microservices concurrency networking storage search payments billing analytics metrics user
    research customer customers business growth marketing sales finance operations people
    org organisation organization api apis schema query queries sql interview exercise
    """
)
_COUNTABLE = word_set(
    """
    exercise problem question challenge project walkthrough demo presentation study review task
    assignment kata puzzle case session deep-dive exercises problems questions challenges
    """
)
_TASKS = word_set(
    """
    exercise problem challenge walkthrough demo presentation study review task assignment kata
    puzzle case deep-dive exercises problems challenges
    """
)
#: Words that name only the format of a session: "Team and values" says what kind of
#: conversation it was, not what it was about.
_FORMAT_ONLY = word_set(
    """
    team teams values culture cultural fit behavioral behavioural leadership motivation
    background experience career intro introduction introductory and the chat call hiring
    manager interview screen screening technical coding onsite final round panel q&a
    conversation conversations discussion with meeting session talk a an of formal informal
    structured competency competency-based first second third initial main video phone
    telephone virtual online in-person face-to-face
    """
)
#: Words that show a phrase is in another language than the draft's English ("Diseño de
#: sistemas", "Kennenlernen des Teams"): such a phrase is not woven into an English sentence.
_FOREIGN_WORDS = word_set(
    """
    de del la las el los y con para por sobre en und der die das des mit zum zur fur von
    et le les du avec sur e em da do com della di il dei
    """
)
#: Endings of English nouns that take no capital mid-sentence ("Experimentation and ...").
_COMMON_NOUN = lazy(r"(?:tion|sion|ment|ing|ity|ness|ance|ence|ics|ship)s?$")
_DETERMINERS = word_set("the a an my our your their his her this that these those some")
_URL = lazy(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TIME = lazy(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|\b\d{1,2}h\d{2}\b", re.I)
_ROOMISH = lazy(r"^[A-Z]{1,4}[-\d][-\w()]*$")  # "HQ-3-Lighthouse", "B2", "4B"
#: At most this many words taken from text written by others (an invitation, an itinerary).
SHORT_PHRASE = 8
#: The user's own notes may say a little more.
NOTES_PHRASE = 12


@dataclass(frozen=True)
class Subject:
    """What a person's part was about, as a phrase after "our conversation about"."""

    phrase: str
    task: bool  # a thing worked through ("the rate limiter exercise"), not a subject of talk


def subject(text: str | None, *, from_notes: bool = False) -> Subject | None:
    """The phrase ``text`` gives for "our conversation about ...", or None when it gives none.

    "System design" -> "system design"; "Coding: rate limiter exercise" -> "the rate limiter
    exercise"; "talked about caching." -> "caching". Times, rooms, links, tag lists, breaks and
    clauses ("she liked my answer") give None, and so does anything longer than a short phrase.
    """
    text = _URL.sub(" ", text or "")
    text = _drop_category(_first_clause(text))
    text = _LEAD_VERBS.sub("", text).strip()
    text = _CHAT_ABOUT.sub("", text).strip()
    text = _list_as_phrase(text)
    if text is None:
        return None
    words = text.split()
    limit = NOTES_PHRASE if from_notes else SHORT_PHRASE
    if not words or len(words) > limit or not _is_subject(words):
        return None
    if all(fold(w) in _FORMAT_ONLY for w in words):
        return None  # "Team and values", "Behavioral": the kind of interview, no subject
    if _foreign(words):
        return None  # the kind of interview it names is said instead (``interview_kind``)
    if _is_ordinary_capital(words[0]):
        words[0] = words[0].lower()
    task = fold(words[-1]) in _TASKS
    if fold(words[-1]) in _COUNTABLE and fold(words[0]) not in _DETERMINERS:
        words.insert(0, "the")
    return Subject(" ".join(words), task)


def topic_phrase(session: str | None) -> str | None:
    """``subject(session)``'s phrase (the notes' limit), or None."""
    found = subject(session, from_notes=True)
    return found.phrase if found else None


def _is_subject(words: list[str]) -> bool:
    folded = [fold(w).strip(".,;:!?()[]\"'") for w in words]
    if any(w in _NOT_SUBJECT or w in _CLAUSE_WORDS for w in folded):
        return False
    if _TIME.search(" ".join(words)):
        return False
    if len(words) <= 2 and any(_ROOMISH.match(w) for w in words):
        return False
    return any(w.isalpha() and len(w) > 1 for w in folded)


def _foreign(words: list[str]) -> bool:
    """Is the phrase in another language? A function word of one says so ("Cultura y
    equipo"), and so do mostly unknown words spelt with letters English does not use
    ("Technisches Gespräch")."""
    folded = [fold(w).strip(".,;:!?()[]\"'") for w in words]
    if len(words) > 1 and any(w in _FOREIGN_WORDS for w in folded):
        return True
    unknown = [w for w in folded if not (is_word(w) or w in _ORDINARY or w in _PROPER)]
    accented = any(not w.isascii() for w in words)
    return accented and 2 * len(unknown) > len(words)


def _list_as_phrase(text: str) -> str | None:
    """ "event sourcing, CQRS" -> "event sourcing and CQRS"; "rate limiter exercise, she liked
    it" -> "rate limiter exercise"; three short items or more are a tag list: None."""
    parts = [p.strip() for p in re.split(r"\s*[,/;|]\s*", text) if p.strip()]
    if len(parts) <= 1:
        return text
    if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts):
        return None
    if len(parts) == 2 and all(len(p.split()) <= 3 and _is_subject(p.split()) for p in parts):
        return f"{parts[0]} and {parts[1]}"
    return parts[0]


def _drop_category(text: str) -> str:
    # Itineraries label sessions by format: "Coding: rate limiter exercise" is about the exercise.
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and len(label.split()) <= 3:
        return rest.strip()
    return text


def _first_clause(text: str) -> str:
    first = re.split(r"(?<=[.!?;])\s|\s[-\u2013\u2014]\s|\(", " ".join(text.split()), maxsplit=1)
    return first[0].strip().strip("\"'").rstrip(".!?;,:").strip()


#: Names of languages, tools and products that are also dictionary words: they keep their capital.
_PROPER = word_set(
    """
    python rust go java ruby swift kotlin scala elixir haskell rails spark kafka react angular
    vue node docker kubernetes terraform redis postgres oracle linux unix excel tableau figma
    salesforce snowflake airflow flask django spring android apple amazon google
    """
)


def _is_ordinary_capital(word: str) -> bool:
    """A capital that is the sentence's, not the word's: "Pipeline design", not "Kafka"."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    folded = fold(word)
    if folded in _PROPER:
        return False
    return folded in _ORDINARY or is_word(folded) or bool(_COMMON_NOUN.search(folded))


# --------------------------------------------------------------------------- focus

#: How an invitation says what an interview will cover: "we'll talk through your experience
#: with experimentation", "expect questions on streaming pipelines", "walk you through the
#: product", "a conversation with her about the roadmap", "Focus: caching".
_FOCUS = tuple(
    lazy(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:talk|chat|speak)(?:ing)?\s+(?:through|about)\s+(?:your\s+experience\s+(?:with|in|of)"
        r"\s+)?(?P<x>[^.;:!?\n]+)",
        r"\b(?:expect|prepare for)\s+(?:some\s+)?questions\s+(?:on|about|around)\s+"
        r"(?P<x>[^.;:!?\n]+)",
        r"\bwalk\s+you\s+through\s+(?P<x>[^.;:!?\n]+)",
        r"\b(?:conversation|discussion|chat|call)\b[^.;:!?\n]{0,60}?\babout\s+(?P<x>[^.;:!?\n]+)",
        r"^\s*(?:focus(?:\s+areas?)?|topics?|we will cover|we'll cover)\s*:\s*(?P<x>[^\n]+)",
    )
)
#: A focus that names the job, not a subject ("about the Data Engineer role").
_JOB_WORDS = lazy(r"\b(?:role|position|job|opening|vacancy|opportunity|application|cv|resume)\b")


def stated_focus(text: str | None, position: str | None = None) -> str:
    """What the invitation says the interview covers, as a phrase for "our conversation about
    ..." ("" when it says nothing usable): never the job itself, a clause or more than a short
    phrase."""
    job = fold(position or "").strip()
    for line in (text or "").splitlines():
        for pattern in _FOCUS:
            m = pattern.search(line)
            if not m:
                continue
            found = m.group("x").strip()
            folded = fold(found)
            if _JOB_WORDS.search(folded) or (job and job in folded):
                continue
            for candidate in (found, found.split(" and ")[0]):
                phrase = subject(candidate)
                if phrase is not None and not phrase.task:
                    return candidate.strip()
    return ""


# --------------------------------------------------------------------------- kinds


def interview_kind(*texts: str | None) -> str:
    """The kind of interview the texts name ("phone screen", "system design interview"),
    the first text that names one winning; "" when none does."""
    for text in texts:
        folded = fold(text or "")
        for pattern, phrase in _KINDS:
            if pattern.search(folded):
                return phrase
    return ""


# --------------------------------------------------------------------------- team

_TEAM = lazy(
    r"\b(?:the|our|your)\s+((?:[A-Z][\w&+\-]*\s+){0,2}[A-Z][\w&+\-]*)\s+(?:team|group|squad)\b"
)
_NOT_TEAMS = word_set(
    """
    recruiting recruitment talent hiring people hr interview interviewing scheduling candidate
    experience acquisition engineering whole entire same full interviews events resourcing
    staffing workforce personnel
    """
)


def team_name(text: str | None, company: str | None = None) -> str:
    """The team the invitation names ("on the Fleet Platform team" -> "Fleet Platform"), or ""."""
    company_words = {fold(w) for w in (company or "").split()}
    for m in _TEAM.finditer(text or ""):
        words = m.group(1).split()
        folded = [fold(w) for w in words]
        # "the Acme Recruiting team" is no team; "the Acme team" is the company itself; "our
        # Payments Core team" at a payments company is one.
        if any(w in _NOT_TEAMS for w in folded) or all(w in company_words for w in folded):
            continue
        return " ".join(words)
    return ""


# --------------------------------------------------------------------------- position

#: A position that is only words of a meeting ("Hiring manager chat", "Phone screen") is the
#: meeting's title standing in for the job: no position.
_MEETING_WORDS = word_set(
    """
    hiring manager chat call screen screening phone video interview interviews onsite on-site
    virtual final round intro introduction introductory conversation meeting session sync
    catch-up catch up coffee with and the a an first second third technical recruiter hr
    panel loop debrief follow-up followup next steps 1 2 3 1st 2nd 3rd
    """
)


#: Words of a meeting that open or close a title read as a position ("Fachinterview Senior
#: Data Engineer", "Entrevista Ingeniera de Datos"): the job is what is left.
_MEETING_EDGE = word_set(
    """
    interview interviews fachinterview telefoninterview videointerview vorstellungsgesprach
    bewerbungsgesprach gesprach entrevista entrevistas entretien colloquio sollicitatiegesprek
    screen screening call chat onsite on-site loop panel
    """
)
#: A gender mark of a job advert ("(m/w/d)", "(h/f)"): never said in a letter.
_GENDER_MARK = lazy(r"\(\s*[mwfdhvx](?:\s*/\s*[mwfdhvx]){1,3}\s*\)", re.IGNORECASE)
#: The feminine ending a job title adds for both ("Manager:in", "Werkstudent*in", "Técnico/a",
#: "Ingénieur(e)", "Entwickler/-in"): a letter names the post once.
_GENDER_ENDING = lazy(r"(?<=\w)(?:[:*_]in(?:nen)?|/-?in(?:nen)?|/a|\(e\)|\(a\)|/e|/ne)(?!\w)")


#: "Técnico de Compras con Sra. Ruiz": whom the meeting is with, not the job.
_WITH_SOMEONE = lazy(
    r"\s+(?:with|w/|con|mit|avec|com|met)\s+(?:mr|mrs|ms|dr|prof|sr|sra|srta|frau|herr|m|mme|"
    r"dott|dott\.ssa|ing)\b\.?.*$",
    re.I,
)


def _unclosed(text: str) -> str:
    """``text`` without a bracket left open at its end ("Finance Partner (client" ->
    "Finance Partner"), as a title cut in the middle leaves it."""
    opened = text.rfind("(")
    return text[:opened].rstrip() if opened > 0 and ")" not in text[opened:] else text


def position_text(position: str | None, company: str | None = None) -> str:
    """The position as a draft may name it: "" when it is a meeting's title, not a job; the
    meeting's words at its edges, a gender mark and the company's name in it left out
    ("Fachinterview Senior Data Engineer" -> "Senior Data Engineer", "Data Platform Engineer
    (Fernhill Bank)" -> "Data Platform Engineer" at Fernhill Bank)."""
    text = _GENDER_ENDING.sub("", _GENDER_MARK.sub(" ", position or ""))
    text = _WITH_SOMEONE.sub("", _unclosed(text))
    for name in sorted({company or "", as_said(company or "")}, key=len, reverse=True):
        if not fold(name).strip():
            continue
        named = re.escape(fold(name).strip())
        folded = fold(text)
        if len(folded) != len(text):
            continue
        m = re.search(
            rf"\s*(?:\(\s*{named}\s*\)|[-\u2013\u2014|,@]\s*{named}|\bat {named})\s*$", folded
        )
        if m:
            text = text[: m.start()]
        elif (m := re.match(rf"\s*{named}\b[\s,:\-\u2013\u2014|]*", folded)) and (
            folded.startswith("(", m.end()) or JOB_NOUN.match(folded, m.end())
        ):
            text = text[m.end() :]  # "Acme Graduate Scheme" at Acme; not "Acme Labs Engineer"
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1]:
        text = text[1:-1]  # "(Marketing Manager)", once the company before it is gone
    words = text.split()
    while len(words) > 1 and fold(words[0]).strip(".,:;()-") in _MEETING_EDGE:
        words = words[1:]
    while len(words) > 1 and fold(words[-1]).strip(".,:;()-") in _MEETING_EDGE:
        words = words[:-1]
    text = " ".join(words).strip(" -\u2013\u2014,:;|")
    folded_words = [fold(w).strip(".,:;()-") for w in text.split()]
    if not text or all(w in _MEETING_WORDS or not w for w in folded_words):
        return ""
    return text


# --------------------------------------------------------------------------- the user's updates

_UPDATE_LABEL = lazy(
    r"^\s*(?:[-*\u2022]\s*)?(?:update|news|since then|progress|accomplishment|win)\s*:\s*(\S.*)$",
    re.IGNORECASE,
)
_PAST_VERB = lazy(r"^[a-z]+ed$|^(?:built|wrote|gave|won|led|ran|made|got|began|taught)$")


def updates(notes: str) -> list[str]:
    """The updates the user's notes give to share in a check-in ("Update: shipped the new
    cache at work"), each as a sentence of its own; an update that makes no sentence is left
    out."""
    found = []
    for line in (notes or "").splitlines():
        m = _UPDATE_LABEL.match(line)
        if m:
            sentence = update_sentence(m.group(1))
            if sentence:
                found.append(sentence)
    return found


def update_sentence(text: str) -> str | None:
    """ "shipped the new cache" -> "Since we spoke, I shipped the new cache."; "I gave a
    talk" -> "I gave a talk."; anything else (not a sentence the user wrote about themselves)
    -> None."""
    clean = " ".join(_URL.sub(" ", text).split()).rstrip(".!;, ")
    words = clean.split()
    if not words or len(words) > 30:
        return None
    first = words[0]
    if first in ("I", "I've", "I'm", "My", "We", "Our"):
        return f"{clean}."
    if _PAST_VERB.match(first.lower()):
        return f"Since we spoke, I {first.lower()} {' '.join(words[1:])}.".replace(" .", ".")
    return None

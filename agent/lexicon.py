"""How people write about interviews and about the things that are not one, in folded text
(lower case, no accents; the user's own names read ``MYSELF``).

``detect`` weighs what these find; each list states a fact about how invitations are written, in
the seven languages followup reads (English, German, French, Dutch, Spanish, Portuguese,
Italian):

- ``INTERVIEW``: words that name a job interview, or a selection stage that is one (a trial
  shift, an assessment centre); ``MAYBE_INTERVIEW``: words that name one only in a hiring
  context ("entretien" is also a boiler's service, "colloquio" a talk with a teacher);
- ``NAMED_STAGE`` / ``STAGE_HINT``: a hiring stage named without the word interview ("final round",
  "take-home", "hiring manager"); a hint that counts only with other evidence ("panel", "round 2");
- ``HIRING``: a job, an application, a vacancy; ``ROLE``: a job title in a title;
- ``QUALIFIED``: "interview" qualified so it is no job interview with the user as the candidate
  (exit, podcast, mock, admissions, nanny, someone else's); it decides on its own;
- ``CONTEXTS``: the kinds of event a title can name instead (travel, a to-do, press, sports,
  a doctor, a school, a webinar or fair, a demo, a customer visit, coaching, a hold, a repair,
  an offer, an exam, a review at work), each read in the title, the organizer and the body;
- ``interviewer_side``: the user sits on the interviewing side;
- ``NOT_SELECTION``: the invitation says the meeting is no part of any selection;
- ``FOR_MANY``: a title naming an event for many applicants (a webinar, an open day, a fair);
  ``PRESS_REQUEST``: a body asking for comment for the press.

``company`` reads ``STRONG``, ``STAGE`` and ``WEAK`` to tell a meeting's kind from a company name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.textscan import Gated, by_prefix, later, lazy, led, pattern_depths

#: What the user's own names read in folded text: a token that is no word of any language, so
#: the word "me" a recruiter writes ("Panel: Dana, Sam and me") stays the writer's.
MYSELF = "qqmyselfqq"

TAG_NOT = lazy(r"#not[-_ ]?interview\b", re.I)
TAG_YES = lazy(r"#interview\b", re.I)


#: A ``Words``' patterns: plain, word-start, inside, and the inside ones' literal starts.
_Compiled = tuple[
    "re.Pattern[str]", "re.Pattern[str] | None", "re.Pattern[str] | None", tuple[str, ...]
]


class Words:
    r"""Words at a word start, each to a word's end, ``\b(?:a|b|...)(?!\w)``; and ``inside``
    alternatives that may start anywhere (the end of a compound: "Telefon|interview"). The
    plain pattern is ``plain``; ``search`` finds what it finds, faster (detection must run at
    10,000 events/s): each alternative is spelt out to begin with a literal character ("(?:2nd|
    second) round" as "2nd round", "second round"; "\d+x" as "0\d*x", ..., "9\d*x"), those
    that share a first character are grouped behind it, so that at a word start ``re`` tries a
    few first letters, not every word; the ``inside`` ones are sought apart, and the earlier of
    the two matches is the plain pattern's (at one place, the word-start one, as it comes first),
    and only in a text that holds the literal start of one of them (``interview`` for
    "interviews?"). ``tests/test_detect_evidence.py`` checks them against ``plain``."""

    def __init__(self, *alternatives: str, inside: tuple[str, ...] = ()) -> None:
        self.alternatives = alternatives
        self.inside = inside
        # compiled on first use: a command that detects nothing (``status``) compiles none, and
        # the lists joined with ``+`` are compiled only as the whole
        self._compiled: _Compiled | None = None

    def _compile(self) -> _Compiled:
        alternatives, inside = self.alternatives, self.inside
        words = [r"\b(?:" + "|".join(alternatives) + ")"] if alternatives else []
        plain = re.compile("(?:" + "|".join([*words, *inside]) + r")(?!\w)")
        start = led(re.compile(r"\b" + _grouped(alternatives))) if alternatives else None
        within = re.compile(_grouped(inside)) if inside else None
        # each inside alternative's literal start: a text without any holds none of them
        spelt = [a for alternative in inside for a in _spelt_out(alternative)]
        self._compiled = (plain, start, within, tuple({_literal_start(a) for a in spelt}))
        return self._compiled

    @property
    def plain(self) -> re.Pattern[str]:
        return (self._compiled or self._compile())[0]

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        _, start, within, needles = self._compiled or self._compile()
        first = start.search(text, pos) if start is not None else None
        if within is None:
            return first
        for needle in needles:  # a plain loop, not any(): this runs for every scan
            if needle in text:
                break
        else:
            return first
        second = within.search(text, pos)
        if second is not None and (first is None or second.start() < first.start()):
            return second
        return first

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``plain.finditer`` finds: each match ``search`` finds from where the one before
        ended (every word is at least one character long)."""
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end()

    def __add__(self, other: Words) -> Words:
        return Words(*self.alternatives, *other.alternatives, inside=(*self.inside, *other.inside))


def _literal_start(alternative: str) -> str:
    """The characters every match of ``alternative`` begins with ("interview" of
    "interviews?"): its literal run, less a last character a quantifier makes optional."""
    literal = re.match(r"[^\\()\[\].?*+{}|^$]*", alternative)
    run = literal.group(0) if literal else ""
    if alternative[len(run) : len(run) + 1] in ("?", "*", "{"):
        run = run[:-1]
    return run


def _words(*alternatives: str, inside: tuple[str, ...] = ()) -> Words:
    return Words(*alternatives, inside=inside)


def _grouped(alternatives: tuple[str, ...]) -> str:
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        for spelt in _spelt_out(alternative):
            groups.setdefault(spelt[0], []).append(spelt[1:])
    parts = []
    for first, rests in groups.items():
        tail = rests[0] if len(rests) == 1 else by_prefix(rests)
        parts.append(re.escape(first) + tail)
    return "(?:" + "|".join(parts) + r")(?!\w)"


def _starts(*alternatives: str) -> re.Pattern[str]:
    """The title begins with one of ``alternatives`` (a whole word)."""
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


def _spelt_out(alternative: str) -> list[str]:
    """``alternative`` as alternatives that each begin with a literal character, in the order
    the plain alternative tries them."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        rest = alternative[end + 1 :]
        optional = rest.startswith("?")
        rest = rest.removeprefix("?")
        if rest[:1] in ("*", "+", "{", "?"):
            raise ValueError(f"a repeated leading group cannot be spelt out: {alternative}")
        spelt = [s for branch in _branches(alternative[3:end]) for s in _spelt_out(branch + rest)]
        return spelt + (_spelt_out(rest) if optional else [])
    if alternative.startswith("\\d"):
        m = re.match(r"\\d(\+|\*|\?|\{(\d*),(\d*)\})?", alternative)
        assert m is not None
        rest, repeat = alternative[m.end() :], m.group(1) or ""
        if repeat in ("*", "?") or (m.group(2) or "1") == "0":
            raise ValueError(f"an optional leading digit cannot be spelt out: {alternative}")
        more = {"": "", "+": "\\d*"}.get(repeat)
        if more is None:  # {m,n}: one digit here, the others after it
            low, high = int(m.group(2) or 1), m.group(3)
            more = f"\\d{{{low - 1},{int(high) - 1 if high else ''}}}"
        return [f"{digit}{more}{rest}" for digit in "0123456789"]
    if alternative[:1] in ("\\", "[", "(", ".", "^", "$", "|", "?", "*", "+", "{", ""):
        raise ValueError(f"an alternative must begin with a character: {alternative}")
    return [alternative]


def _group_end(text: str) -> int:
    """The index of the bracket that closes the group opening ``text``."""
    for i, char, depth in pattern_depths(text):
        if char == ")" and depth == 1:
            return i
    raise ValueError(f"unbalanced group: {text}")


def _branches(text: str) -> list[str]:
    """``text`` split at its top-level bars."""
    branches, start = [], 0
    for i, char, depth in pattern_depths(text):
        if char == "|" and depth == 0:
            branches.append(text[start:i])
            start = i + 1
    return [*branches, text[start:]]


# --------------------------------------------------------------------------- interview words

# "interview" alone or ending a compound ("Telefoninterview", "Jobinterview"); never the
# interviewer or interviewing, which are the other side.
_INTERVIEW_EN = (
    r"phone screen(?!\s*(?:protector|repair|replacement|glass|crack|fix))(?:ing)?",
    r"(?:video|recruiter|technical|tech|hr|initial|first|intro|culture|talent) screen(?:ing)?",
    r"screening (?:call|interview|chat)",
    # typed in short: "intvw", "phone scrn", "int w/ ..."
    r"intvw?s?",
    r"interv",
    r"(?:phone|tech|recruiter|hr|video|initial) scrn",
    r"(?:phone|tel|video|tech|hr|onsite|final|1st|2nd|3rd|first|second|third) int",
    r"int (?:w/|with|@)",
    r"trial (?:shift|day|shifts|days)",
    r"(?:kitchen|chef|cook|bar|barista) trials?",
    r"(?:work|paid|job|working) trial",
    r"working interviews?",
    r"shadow(?:ing)? (?:shift|day)",
    r"assessment (?:centre|center|day)",
    r"super ?day",
    r"selection (?:day|panel|centre|center|event)",
    r"job talk",
    r"chalk talk",
    r"observ(?:ed|ation) lesson",  # a teacher's selection: the panel watches a lesson
    # a school chooses a teacher by a lesson they give, an orchestra a player by how they play
    r"model lesson",
    r"campus visit",
    # one-way video interview services: the user records answers for an employer
    r"hirevue",
    r"spark ?hire",
    r"vidcruiter",
    r"myinterview",
)
_INTERVIEW_DE = (
    r"vorstellungsgesprach\w*",
    r"vorstellungstermin\w*",
    r"bewerbertag\w*",
    r"bewerbungsgesprach\w*",
    r"auswahlgesprach\w*",
    r"einstellungsgesprach\w*",
    r"(?:zweit|dritt|end)gesprach\w*",
    r"probearbeit\w*",
    r"probe(?:tag|schicht)\w*",
    r"hospitation(?:stag)?",  # a trial day at a school or a ward
    r"lehrprobe\w*",
    r"probe(?:lektion|unterricht|spiel|dirigat|vorspiel)\w*",
    r"assessment-?center",
)
_INTERVIEW_FR = (
    r"entretiens? (?:d'embauche|de recrutement|de selection|de motivation|rh|technique|"
    r"telephonique|individuel|final|en visio|visio|manager|operationnel)",
    r"entretiens? avec (?:le|la|les|l') ?(?:manager|responsable|drh|rh|directeur|directrice|"
    r"recruteur|recruteuse|equipe|fondateur|fondatrice|ceo)",
    r"(?:premier|second|deuxieme|troisieme|dernier) entretien",
    r"entrevue",
    r"journee d'(?:essai|immersion)",
    r"lecons? (?:d'essai|modele|test)",
    r"jury de (?:recrutement|selection)",
)
_INTERVIEW_NL = (
    r"sollicitatiegesprek\w*",
    r"selectiegesprek\w*",
    r"(?:tweede|derde|laatste|eind)gesprek\w*",
    r"(?:zweites|drittes) (?:vorstellungs|bewerbungs)?gesprach",
    r"(?:tweede|derde|laatste|\d+e) gesprek",
    r"proef(?:dag|werkdag|dienst)",
    r"meeloopdag",
)
_INTERVIEW_ES_PT = (
    r"entrevistas? (?:de trabajo|laboral|de emprego|de seleccion|de selecao|tecnica|"
    r"psicolaboral|por competencias|com o gestor|con (?:el|la) (?:gerente|jefe|jefa|responsable))",
    r"(?:dia|jornada|turno|turnos) de (?:prueba|experiencia|teste)",
    r"clases? (?:demostrativa|muestra|modelo|de demostracion)s?",
    r"aulas?[- ](?:demonstrativa|teste|modelo)s?",
    r"dinamica (?:de grupo|grupal)",
)
_INTERVIEW_IT = (
    r"colloqui[oa]? (?:di lavoro|conoscitiv[oi]|tecnic[oi]|di selezione|individual[ei]|"
    r"motivazional[ei]|final[ei]|telefonic[oi]|hr|online|in presenza|preliminar[ei])",
    r"colloqui[oa]? con (?:il|la|lo|l') ?(?:responsabile|direttore|direttrice|manager|hr|"
    r"selezionatore|selezionatrice|recruiter|team)",
    r"(?:primo|secondo|terzo|ultimo) colloquio",
    r"(?:giornata|turno) di prova",
    r"lezion[ei] (?:simulata|dimostrativa|simulate|dimostrative)",
)
# Words that name a job interview and nothing else (a newspaper's interview is no
# "Vorstellungsgespräch"); INTERVIEW adds the words that name any interview ("interview",
# "entrevista"), which the rest of the event tells apart.
# Invitations written partly in a neighbouring language (Polish, Scandinavian, Finnish, Czech).
_INTERVIEW_OTHER = (
    r"rozmow[aey] (?:kwalifikacyjn\w+|rekrutacyjn\w+|o prace)",
    r"(?:anstallnings|arbets|jobb?|ansaettelses|ansættelses)(?:intervju|samtale)\w*",
    r"jobsamtale\w*",
    r"(?:tyo)?haastattelu\w*",
    r"(?:vstupni |prijimaci )?pohovor\w*",
)
JOB_INTERVIEW = _words(
    *_INTERVIEW_EN, *_INTERVIEW_DE, *_INTERVIEW_FR, *_INTERVIEW_NL, *_INTERVIEW_ES_PT,
    *_INTERVIEW_IT, *_INTERVIEW_OTHER, r"job interviews?", r"interviewing (?:with|w/|at|for)",
)  # fmt: skip
INTERVIEW = JOB_INTERVIEW + _words(
    r"entrevistas?",
    r"intervju\w*",
    r"interviu\w*",
    inside=(r"interviews?(?:termin|gesprach|runde|tag|ronde|dag)?",),
)
# Words that name an interview in hiring and something else elsewhere: a boiler's service or a
# yearly review ("entretien"), a talk with a teacher ("colloquio"), meeting a new colleague
# ("kennismaking"), an interview for the press ("intervista"), a health or tenant "screening".
MAYBE_INTERVIEW = _words(
        r"entretiens?", r"colloqui[oa]?", r"kennismaking\w*", r"kennenlern\w*",
        r"erstgesprach\w*", r"intervista", r"premier echange", r"screening", r"eerste gesprek",
        r"primera entrevista", r"rendez-vous (?:de recrutement|rh)",
        # a temp agency's first meeting ("intakegesprek"), a first meeting to get to know
        r"intake ?gesprek\w*", r"incontro (?:conoscitivo|di conoscenza|di selezione)",
        # a selection process names the hiring, not which of its steps: an interview, or a test
        # the candidate sits alone ("Prova online – processo seletivo")
        r"proceso de seleccion", r"processo seletivo", r"sollicitatie",
    )  # fmt: skip

#: A lesson given or a piece played on trial: how a school chooses a teacher and an ensemble a
#: player, and also how a music school, a gym or a choir welcomes a pupil or an amateur
#: ("Proefles yoga", "Trial lesson - guitar", "Choir audition"). It names a selection where the
#: text says whom the user teaches or plays before (``FOR_A_POST``), or names a post.
TRIAL_LESSON = _words(
    r"trial (?:lesson|class)(?:es)?", r"demo(?:nstration)? (?:lesson|class)(?:es)?",
    r"sample lessons?", r"proefles\w*", r"lezion[ei] di prova", r"clases? de prueba",
    r"auditions?", r"auditie\w*", r"audicion(?:es)?", r"audica[oc]\w*", r"audizion[ei]",
    r"vorspiel\w*", r"vorsingen", r"vortanzen",
    # a day or a week on trial with a trade, for a post or a pupil's orientation
    r"schnupper(?:tag|lehre|woche|arbeit|tage)\w*",
)  # fmt: skip
#: What says a trial lesson or an audition chooses the user for a post: the post, an
#: orchestra's excerpts and trial year, or the user teaching the lesson ("je geeft een proefles").
#: (Not "role": an actor auditions for a role in a play, paid or not.)
FOR_A_POST = _words(
    r"excerpts", r"orchesterstellen", r"traits d'orchestre", r"passi orchestrali", r"probejahr",
    r"trial (?:period|week)", r"(?:teaching|the|this|a|vacant|permanent) post",
    r"lehrstelle\w*", r"ausbildungs(?:platz|stelle)\w*", r"lehrplatz", r"apprenticeship",
    # the post (a play's "role" is a part in it, no post)
    r"jobs?", r"positions?", r"vacanc(?:y|ies)", r"stelle\w*", r"poste", r"puesto", r"vaga",
    r"posizione", r"functie", r"vacature\w*", r"plaza", r"sollicit\w*", r"bewerb\w*",
    r"candidature", r"candidatura", r"recruit\w*", r"hiring", r"salary", r"gehalt\w*",
    r"salaire", r"salario", r"stipendio", r"salaris", r"cv", r"resume", r"lebenslauf",
    r"cover letter", r"referees?", r"references", r"start date", r"qualifications?",
    # the user plans and teaches the lesson
    r"(?:plan|prepare|teach|deliver) (?:a|an|your|the) (?:\d+[- ]minute |short )?lesson",
    r"lesson plans?", r"unterrichtsentwurf\w*", r"lesvoorbereiding", r"plan de (?:cours|clase)",
    r"plano de aula", r"piano (?:della )?lezione",
    r"you(?:'ll| will)? (?:teach|give|deliver|plan)", r"je geeft", r"geeft u",
    r"(?:sie|du) (?:halten|haltst|unterrichten|unterrichtest)",
    r"vous (?:donnerez|animerez|ferez)", r"(?:impartir|impartiras|dictaras|daras)",
    r"(?:ministrar|ministrara|ministraras)", r"(?:terra|terrai|svolgera|svolgerai)",
)  # fmt: skip
#: An actor's audition is for a part in a show, amateur or paid: a panel hears both.
ACTING = _words(
    r"(?:the )?(?:role|part) of", r"reading for", r"casting", r"sides", r"monologues?",
    r"headshots?", r"callbacks?", r"scenes?", r"cast", r"musical", r"show", r"production",
    r"play", r"rehearsals?", r"vorsprechen", r"rolle", r"papel", r"ruolo", r"personnage",
    r"personaggio", r"personaje", r"personagem", r"toneelstuk", r"voorstelling", r"theat\w*",
    r"teatro", r"theatre", r"obra", r"spectacle", r"stuck", r"spettacolo",
)  # fmt: skip
#: ... or, on a school's or an ensemble's invitation, who watches (a panel, a committee, the
#: head of the school) and the class the user will teach. (The user's own note of a child's
#: trial day names a teacher and a class too; a theatre hears its amateurs before a panel.)
TRIAL_PANEL = _words(
    r"(?:sollicitatie)?commissie", r"kommission", r"commission", r"commissione", r"comision",
    r"comissao", r"jury", r"juri", r"panel\w*", r"committee", r"schulleit\w*", r"directie",
    r"dirigente", r"preside", r"head ?teacher", r"headmaster", r"headmistress",
    r"equipo directivo",
    # the class the user will teach, by its year or grade ("groep 6", "Year 4", "4 havo", "8b")
    r"(?:year|grade|class|klasse|jahrgang(?:sstufe)?|groep|classe|clase|curso|turma|ano|anno|"
    r"grado) \d+[a-f]?",
    r"\d+(?:e|de|ste|eme|o|a|\.)? ?(?:klas|klasse|havo|vwo|vmbo|eso|bachillerato|primaria|"
    r"ano|anno|media|liceo|grade|jahrgang)",
    r"\d[a-f]", r"havo", r"vwo", r"vmbo", r"ce[12]", r"cm[12]", r"key stage \d", r"ks[1-5]",
)  # fmt: skip

# --------------------------------------------------------------------------- hiring stages

NAMED_STAGE = _words(
        # later rounds, by number or by name
        r"final (?:round|rnd|stage|interview)",
        r"\d+(?:st|nd|rd|th) (?:round|rnd|rd|interview|stage)",
        r"(?:second|third|fourth|next|last|2nd|3rd|4th) (?:round|rnd|rd|interview|stage)",
        r"(?:zweite|dritte|letzte|finale|\d\.) (?:runde|gesprachsrunde|auswahlrunde)",
        r"(?:deuxieme|troisieme|second|dernier|\d+e) tour", r"tour final",
        r"(?:segunda|tercera|terceira|ultima|final) (?:ronda|fase|etapa|vuelta|entrevista)",
        r"\d+(?:a|o|ª|º|°)? (?:ronda|fase|etapa|vuelta)",
        r"(?:seconda|terza|ultima) (?:fase|tappa)",
        r"(?:tweede|derde|laatste) ronde", r"(?:secondo|terzo|ultimo) (?:step|round|turno)",
        # a numbered round: a fixture's round says so by its own evidence (a side against
        # another, a league, a pitch)
        r"round \d+", r"round (?:one|two|three|four|five)", r"(?:rd|rnd) \d",
        r"runde \d+", r"\d+\. runde", r"ronda \d+", r"rodada \d+", r"ronde \d+",
        r"tour \d+", r"\d+(?:e|eme) (?:tour|ronde)",
        # the kinds of session a selection is made of
        r"onsite", r"on-site", r"virtual onsite", r"interview loop", r"loop",
        r"bar raiser", r"hiring manager", r"hm (?:chat|call|screen|interview|round)",
        r"take[- ]home(?: review| walkthrough| debrief)?",
        r"case (?:study|interview|presentation|exercise)", r"business case presentation",
        r"fallstudie\w*", r"(?:30[- /]60[- /])?90[- ]day plan",
        r"system design", r"coding (?:challenge|exercise|interview|session|test|round)",
        r"pair programming", r"pairing (?:session|interview|exercise)",
        r"(?:technical|tech) (?:deep[- ]dive|assessment|test|challenge|discussion|round|rnd|"
        r"exercise|call)",
        r"deep[- ]dive", r"portfolio (?:review|presentation|walkthrough)",
        r"culture (?:fit|add|interview|chat)", r"team fit", r"values (?:chat|interview|fit)",
        r"meet the team", r"recruiter (?:chat|call|intro|conversation|screen)",
        r"(?:founder|ceo|cto|coo|cfo) (?:chat|call|conversation|meeting|interview)",
        r"(?:longlist|shortlist|search) (?:conversation|interview|meeting|call|discussion)",
        r"(?:chat|call|conversation|interview) with (?:the |our )?(?:founders?|ceo|cto|coo|cfo|"
        r"chair|chairman|chairwoman|chairperson)",
        # a round with HR, named so in each language ("HR Discussion", "HR-Gespräch")
        r"(?:final )?(?:hr|rh|rrhh) (?:discussion|round|conversation|interview|call|chat|"
        r"screen\w*|fit)", r"hr-?gesprach\w*", r"gesprach mit (?:der )?(?:hr|personalabteilung)",
        r"entretien (?:avec les )?rh", r"entrevista (?:con|de|com) (?:rrhh|rh|recursos humanos)",
        r"colloquio (?:con )?(?:hr|risorse umane)", r"hr-?gesprek\w*", r"gesprek met hr",
        r"teaching (?:demo|demonstration|observation|sample)", r"lesson observation",
        r"fachgesprach\w*", r"mise en situation", r"etude de cas", r"cas pratique",
        r"caso (?:practico|pratico)", r"estudo de caso", r"prueba tecnica", r"teste tecnico",
        r"prova (?:tecnica|pratica)", r"test technique", r"painel", r"panel interview",
        r"panel(?! discussion| talk| debate)",
        r"competency[- ]based", r"structured interview", r"superday",
    )  # fmt: skip
STAGE_HINT = _words(
        r"technical", r"tech", r"coding", r"presentation", r"whiteboard",
        r"behaviou?ral", r"competency", r"assessment", r"recruiter", r"founder",
        r"intro(?:ductory)? (?:call|chat|meeting)", r"fit call", r"first (?:call|chat)",
        r"initial (?:call|chat|conversation)", r"kennenlernen", r"charla", r"conversa",
        r"chiacchierata", r"bate-papo", r"hiring", r"skills? test",
        r"screen(?! ?shar| recording| time| protector| repair| door| print)", r"architecture",
        r"walkthrough", r"leadership", r"culture", r"values", r"ceo", r"cto", r"loop",
        r"(?:second|2nd|third|3rd|final|follow-up) (?:call|chat|conversation|meeting|talk)",
        r"(?:zweites|drittes|weiteres) gesprach", r"(?:deuxieme|second) (?:echange|rendez-vous)",
        r"(?:segunda|segundo) (?:conversa|conversacion|llamada|reuniao|reunion)",
        r"(?:seconda|secondo) (?:chiacchierata|incontro|chiamata)",
    )  # fmt: skip

# --------------------------------------------------------------------------- about a job

HIRING = _words(
        r"roles?", r"positions?", r"openings?", r"vacanc(?:y|ies)", r"jobs?", r"job posting",
        r"posting", r"requisition", r"req", r"applications?", r"applied", r"apply", r"hiring",
        r"recruit\w*", r"candidacy", r"your candidacy", r"selection process", r"headcount",
        r"(?:faculty|job|executive|candidate) search", r"search committee",
        # executive search: a search for a post, its longlist and shortlist
        r"(?:director|ceo|cfo|coo|cto|chair|chairman|chairwoman|trustee|ned|non-executive|"
        r"president|principal|head|dean|partner|vp|board) search", r"retained search",
        r"search assignment", r"longlist\w*", r"shortlist\w*",
        r"(?:our|a|the|confidential) client(?:'s)?", r"client ?:", r"talent acquisition",
        r"(?:unser(?:e[nm]?)?|notre|nuestro|nosso|o nosso|il nostro|onze|ons) (?:kunde[n]?|"
        r"mandant(?:en)?|client|cliente|klant|opdrachtgever)",
        r"uitzend\w*", r"zeitarbeit\w*", r"interim\w*",
        r"stelle\w*", r"bewerbung\w*", r"ausschreibung", r"kennziffer", r"vakanz",
        r"auswahlverfahren", r"m/w/d", r"w/m/d", r"m/f/d", r"h/f(?:/x)?", r"f/h", r"m/v(?:/x)?",
        r"poste", r"candidature", r"offre d'emploi", r"recrutement", r"cdi", r"cdd",
        r"vacature\w*", r"functie", r"sollicitatie\w*", r"werving",
        r"puesto", r"vacante", r"cargo", r"candidatura", r"postulacion", r"seleccion", r"plaza",
        r"vaga", r"selecao", r"processo seletivo", r"recrutamento",
        r"posizione", r"selezione", r"ruolo", r"offerta di lavoro", r"annuncio",
    )  # fmt: skip
# A job title in a title: a noun that names a trade or a post, in any of the languages.
#: The text speaks of the user's own application: an invitation from a company that says so is
#: about hiring whatever its title ("Chat with Dana", "Kaffee mit dem Team").
YOUR_APPLICATION = _words(
    r"your (?:application|candidacy)", r"you applied", r"(?:ihre|deine|ihrer|deiner) bewerbung",
    r"(?:votre|ta) candidature", r"(?:tu|su|sua|tua|la tua|la sua) candidatura",
    r"(?:je|jouw|uw) sollicitatie",
    # the user asked which post they apply for ("What position are you applying for?")
    r"(?:are you|you are|you're|you were) applying", r"you(?:'ve| have) applied",
    r"(?:sie sich|du dich) (?:beworben|bewirbst|bewerben)", r"bewerben sie sich",
    r"(?:vous )?(?:postulez|avez postule)", r"(?:te )?postulas", r"(?:te )?postulaste",
    r"(?:se )?postula", r"(?:voce )?(?:esta se candidatando|se candidatou|se candidata)",
    r"ti (?:sei candidat[oa]|candidi)", r"(?:je )?solliciteer\w*", r"je hebt gesolliciteerd",
)  # fmt: skip
#: The text thanks the user for applying, or names the post it is about: that alone says a
#: company's meeting with the user is about hiring them.
APPLIED = _words(
    r"(?:thanks|thank you) (?:again )?for applying",
    r"(?:thanks|thank you) (?:again )?for your interest in (?:the|this|our) (?:[\w-]+ ){0,4}"
    r"(?:role|position|opening|vacancy|job)",
    # a conversation about a post, however it is said: "our conversation about the Sales Lead
    # position", "chatting about your background and the open Night Nurse role"
    r"(?:discuss(?:ing|ed)?|(?:talk|speak|chat)(?:ing|ting)? (?:about|through|over)|"
    r"(?:conversation|call|chat|meeting|catch-up|catch up) (?:about|regarding|on)) "
    r"(?:[\w'-]+ ){0,4}?(?:the|our|your|this|an|a) (?:open |vacant )?(?:[\w-]+ ){0,4}?"
    r"(?:role(?! of\b)|vacancy|job(?! of\b)|position(?! of\b| on\b))",
    r"(?:gesprach|sprech\w*|besprech\w*|unterhalt\w*|austausch|telefonat) (?:wir |sie |ich |du )?"
    r"uber (?:die|ihre|deine|unsere) "
    r"(?:[\w-]+ ){0,3}?(?:stelle|position|vakanz)",
    r"(?:echang\w*|parl\w*|discut\w*|discussion|appel) (?:sur|de|du|au sujet d[eu]) "
    r"(?:le |du |votre |notre |ce )?(?:[\w-]+ ){0,3}?poste",
    r"(?:habl\w*|convers\w*|charl\w*|platic\w*|llamada) (?:sobre|de|acerca de) "
    r"(?:el|la|tu|su|nuestra|nuestro|esta|este) (?:[\w-]+ ){0,3}?(?:puesto|vacante|posicion|plaza)",
    r"(?:fal\w*|convers\w*|bate-papo) (?:sobre|da|de) (?:a|o|sua|nossa|esta) "
    r"(?:[\w-]+ ){0,3}?(?:vaga|posicao)",
    r"(?:parl\w*|discut\w*|chiacchier\w*|colloquio) (?:del|della|sul|sulla|di) "
    r"(?:[\w-]+ ){0,3}?(?:posizione|ruolo)",
    r"(?:prat\w*|sprek\w*|sprak\w*|gesprek|kennismaken) over (?:de|je|jouw|uw|onze|deze) "
    r"(?:[\w-]+ ){0,3}?(?:functie|vacature|rol)",
    r"(?:vielen )?danke? fur (?:ihre|deine) bewerbung", r"merci pour (?:votre|ta) candidature",
    r"gracias por (?:tu|su) (?:postulacion|candidatura)", r"gracias por postularte",
    r"obrigad[oa] pela (?:sua|tua) candidatura", r"grazie per (?:la tua|la sua) candidatura",
    r"bedankt voor (?:je|jouw|uw) sollicitatie",
    # the post named outright: "about the position as", "au poste de"
    r"(?:for|about) the (?:position|post) (?:of|as)", r"(?:for|about) the role as",
    r"(?:uber|fur|auf) die stelle als",
    r"(?:au|pour le) poste d(?:e|')", r"(?:al|para el|sobre el) puesto de",
    r"(?:para|sobre) a vaga de", r"per (?:la|il) (?:posizione|ruolo) di",
    r"voor de (?:functie|vacature) (?:van|als)",
    # what a recruiter asks a candidate: their salary expectations
    r"salary expectations?", r"attentes salariales", r"pretentions salariales",
    r"gehaltsvorstellung\w*", r"gehaltswunsch\w*", r"pretension(?:es)? salarial(?:es)?",
    r"expectativas? salaria(?:l|les|is)", r"pretensao salarial",
    r"aspettative (?:economiche|salariali|retributive)", r"salarisverwachting\w*",
    r"salariswens\w*",
    # a small employer answering the user's CV
    r"(?:thanks|thank you) for (?:your|sending (?:me )?your) (?:cv|resume)",
    r"bring (?:your|a copy of your|along your) (?:cv|resume)", r"your (?:cv|resume) for the",
    # ... or saying it has read it, in each language ("after receiving your CV")
    r"(?:received|receiving|reviewed|reviewing|read|reading|seen|liked) your (?:cv|resume)",
    r"(?:ihren|deinen) lebenslauf (?:erhalten|gelesen|gesehen|angeschaut)",
    r"(?:nach|bei) (?:erhalt|sichtung|durchsicht) (?:ihrer|deiner) (?:bewerbung|unterlagen)",
    r"(?:recu|lu|consulte|etudie) (?:votre|ton) (?:cv|curriculum)",
    r"(?:recibir|recibido|revisado|revisar|leido|visto) (?:tu|su) (?:cv|curriculum|hoja de vida)",
    r"(?:recebermos|recebemos|recebido|recebi|analisamos|analisado|lemos|lido) (?:o )?(?:seu|teu) "
    r"(?:curriculo|cv)",
    r"(?:ricevuto|letto|visto|valutato|ricevere) (?:il )?(?:suo|tuo) (?:cv|curriculum)",
    r"(?:je|jouw|uw) cv (?:ontvangen|gelezen|bekeken)",
    # the post the company advertised ("über die ausgeschriebene Position")
    r"(?:the|our) advertised (?:role|position|post|vacancy|job)",
    r"ausgeschriebene(?:n)? (?:stelle|position)", r"poste a pourvoir",
    r"(?:vacante|puesto) (?:publicad[oa]|ofertad[oa]|anunciad[oa])",
    r"vaga (?:anunciada|publicada|divulgada)", r"posizione (?:aperta|pubblicata)",
    r"(?:openstaande|uitgeschreven) (?:functie|vacature)",
)  # fmt: skip
ROLE = _words(
        r"engineer\w*", r"developer", r"analyst", r"manager", r"designer", r"scientist",
        r"architect", r"consultant", r"specialist", r"director", r"lead", r"intern", r"associate",
        r"officer", r"nurse", r"teacher", r"assistant", r"technician", r"accountant", r"auditor",
        r"advis[eo]r", r"administrator", r"representative", r"clerk", r"chef", r"supervisor",
        r"executive", r"lecturer", r"professor", r"researcher", r"postdoc", r"paralegal",
        r"solicitor", r"attorney", r"pharmacist", r"electrician", r"mechanic", r"controller",
        r"coordinator", r"head of \w+", r"coach", r"counsel+or", r"tutor", r"trainer",
        r"instructor", r"worker", r"agent", r"driver", r"attendant", r"invigilator", r"host",
        r"receptionist", r"cashier", r"buyer", r"planner", r"junior", r"senior", r"sr", r"jr",
        r"graduate", r"vp", r"svp", r"evp", r"vice president", r"diretor[a]?",
        r"direttore", r"direttrice", r"direktor\w*", r"geschaftsfuhr\w*",
        r"entwickler\w*", r"ingenieur\w*", r"referent\w*", r"sachbearbeit\w*", r"leiter\w*",
        r"leitung", r"berater\w*", r"kaufm[a-z]*", r"fachkraft", r"werkstudent\w*",
        r"responsable", r"charge(?:e)? de", r"developpeu\w+", r"technicien\w*", r"directeur",
        r"conseill(?:er|ere)s?", r"vendeu(?:r|se)s?",
        r"directrice", r"chef de \w+", r"medewerker", r"adviseur", r"ontwikkelaar", r"planner",
        r"beheerder", r"analista", r"ingenier[oa]", r"desarrollador\w*", r"gerente", r"jefe",
        r"tecnic[oa]", r"coordinador\w*", r"especialista", r"asistente", r"becari[oa]",
        r"engenheir[oa]", r"desenvolvedor\w*", r"coordenador\w*", r"assistente", r"estagiari[oa]",
        r"pleno", r"ingegnere", r"sviluppatore", r"addett[oa]", r"impiegat[oa]", r"consulente",
        r"specialista", r"responsabile",
        # the everyday trades, in each language ("Analyste", "Enfermera", "Verkoper")
        r"analystes?", r"assistante", r"comptable", r"gestionnaire", r"juriste",
        r"infirmi(?:er|ere)", r"commerciale?", r"buchhalter\w*", r"pfleger\w*", r"erzieher\w*",
        r"verkaufer\w*", r"contador[a]?", r"vendedor[a]?", r"enfermer[oa]", r"cajer[oa]",
        r"camarer[oa]", r"enfermeir[oa]", r"atendente", r"auxiliar", r"cameriere", r"commess[oa]",
        r"infermier[ea]", r"contabile", r"verpleegkundige", r"verkoper", r"analist",
        r"boekhouder",
        # warehouse, kitchen, building and driving trades
        r"magazzinier[ea]", r"lagerist\w*", r"lagerarbeiter\w*", r"lagermitarbeiter\w*",
        r"magasinier\w*", r"almacenista", r"mozo de almacen", r"estoquista", r"almoxarife",
        r"magazijnmedewerker", r"warehouse (?:operative|associate|worker|assistant|operator)",
        r"forklift (?:driver|operator)", r"carrellista", r"picker", r"packer", r"labourer",
        r"laborer", r"carpenter", r"joiner", r"plumber", r"roofer", r"tiler", r"decorator",
        r"painter", r"landscaper", r"welder", r"saldatore", r"schweisser",
        r"soudeu(?:r|se)", r"soldador[a]?", r"lasser", r"muratore", r"albanil", r"pedreiro",
        r"metselaar", r"elettricista", r"elektriker\w*", r"electricien\w*", r"electricista",
        r"eletricista", r"elektricien", r"idraulico", r"plombier", r"fontanero", r"encanador",
        r"loodgieter", r"autista", r"berufskraftfahrer\w*", r"chauffeur", r"conductor[a]?",
        r"motorista", r"cuoco", r"cuoca", r"cuisinier\w*", r"cociner[oa]", r"cozinheir[oa]",
        r"barista", r"bartender", r"barman", r"operaio", r"operaia", r"ouvrier\w*",
        r"operari[oa]", r"productiemedewerker", r"produktionsmitarbeiter\w*",
        # a trainee of any profession ("Praticante avvocato", "Trainee Solicitor", "Azubi")
        r"trainees?", r"apprentices?", r"praktikant\w*", r"auszubildende\w*", r"azubi",
        r"stagiaires?", r"apprenti\w*", r"stagiair\w*", r"practicante", r"pasante",
        r"aprendiz", r"praticante", r"tirocinante", r"apprendista",
    )  # fmt: skip

# A title that names a job (a trade, a post, a vacancy); anything a title can say for an interview.
JOB = HIRING + ROLE
#: The post applied for, or a job's name: "your application" is for a job only beside one.
POST = _words(
    r"roles?", r"positions?", r"jobs?", r"vacanc(?:y|ies)", r"stelle\w*", r"poste", r"puesto",
    r"vaga", r"posizione", r"functie", r"vacature\w*", r"cargo", r"plaza", r"ruolo",
)  # fmt: skip
POSTING = ROLE + POST
#: Who finds people for a post: a recruiter, a headhunter, HR, in each language.
RECRUITER = _words(
    r"recruiter\w*", r"headhunter\w*", r"reclutador\w*", r"recruteu(?:r|se)s?",
    r"recrutador\w*", r"selezionat(?:ore|rice)", r"talent (?:partner|acquisition|team)",
    r"hr", r"rh", r"rrhh", r"personaler\w*", r"personalabteilung", r"recursos humanos",
    r"risorse umane", r"ressources humaines", r"werver\w*", r"recruitment (?:agency|consultant)",
)  # fmt: skip
#: The user's own notes about a contact that is not for a post of theirs: networking, an
#: introduction, a referral they give.
NOT_MY_CANDIDACY = _words(
    r"informational", r"networking", r"info(?:rmation)? chat", r"catch[- ]up",
    r"refer (?:him|her|them)",
    r"promotion", r"beforderung", r"promotie", r"promozione", r"ascenso",
)  # fmt: skip
#: A title that names a meeting or the people in it: a medium ("call", "Telefonat", "appel"), or
#: a person or a company set apart ("w/ Dana", "Dana @ Acme", "Acme - Dana", "(Acme)").
MEETING_WORDS = _words(
    r"chat", r"call", r"conversation", r"meeting", r"coffee", r"intro", r"talk", r"zoom",
    r"teams", r"meet", r"video", r"phone", r"gesprach", r"telefonat", r"termin", r"treffen",
    r"kaffee", r"llamada", r"reunion", r"conversacion", r"cafe", r"charla", r"visio", r"appel",
    r"echange", r"rdv", r"rendez-vous", r"gesprek", r"bellen", r"koffie", r"afspraak",
    r"videocall", r"reuniao", r"chamada", r"conversa", r"chiamata", r"riunione", r"incontro",
    r"telefonata", r"lunch", r"almuerzo", r"almoco", r"pranzo", r"dejeuner", r"mittagessen",
)  # fmt: skip
SETS_APART = lazy(r"w/|@| [-|/x] |<>|\(|\bc/ ")
#: An application only for a job ("Ihre Bewerbung", "votre candidature"): the English
#: "application" is also a visa's, a loan's or a grant's.
JOB_APPLICATION = lazy(r"bewerb|beworben|candidatur|sollicit|postul")

_ROLES = "(?:" + "|".join(ROLE.alternatives) + ")"
_POST_WORDS = r"(?:role|position|job|opening|vacancy|post)"
#: A title that names a job as what the meeting is about: "Call w/ Dana re Sales Lead", "Chat
#: about the Night Nurse position". A job's name is a qualified post ("Sales Lead", not "my
#: lead") ending the title or one of its parts ("re teacher's gift" is no post).
TALK_ABOUT_JOB = _words(
    r"(?:re|about|regarding|betreff|betr|concernant|sobre|riguardo|inzake) "
    r"(?:the |a |an |de |la |le |el |il |o )?"
    r"(?!(?:my|our|new|old|his|her|their|your|mein\w*|unser\w*|mon|ma|mi|meu|minha|mio|mijn)"
    rf"\b)[\w&-]+ (?:[\w&-]+ )?{_ROLES}(?: {_POST_WORDS})?(?=\s*(?:$|[-–|(),;/@:]))",
    r"(?:wg|wegen|bzgl|betreff|betr)\.? (?:der |die |ihrer |meiner )?stelle(?:nangebot)?",
    # "re:" and a post's own word after a trade ("Call re: the bookkeeper role")
    r"(?:re|regarding):? (?:the |a |an )?(?!(?:my|our|new|old|his|her|their|your)\b)[\w&-]+ "
    rf"(?:[\w&-]+ )?{_POST_WORDS}(?=\s*(?:$|[-–|(),;/@:]))",
    # the post named by its name, in each language ("über die Stelle als", "poste de comptable")
    r"(?:uber|fur|zur|wegen) (?:die|der) stelle (?:als|im|in) \w+",
    r"poste d(?:e |')(?!travail|police|secours|pilotage|commande)\w+",
    r"(?:el |al |del )?puesto de (?!mando|control)\w+",
    r"(?:a |da )?vaga de \w+",
    r"(?:la |della |sulla )?posizione di \w+",
    r"(?:de )?(?:functie|vacature) (?:van|als) \w+",
)
#: ... or of a post's opening ("the Sales Lead opening": a shop's opening is no post)
APPLIED += _words(
    rf"(?:discuss(?:ing|ed)?|(?:talk|speak|chat)(?:ing|ting)? about|conversation about) "
    rf"(?:[\w'-]+ ){{0,4}}?(?:the|our|your|this|an|a) (?:[\w-]+ )?{_ROLES} opening",
)
#: "the role of" is a post only when a post's name follows ("the role of Night Nurse", not
#: "the role of data")
APPLIED += _words(
    rf"(?:for|about) the role of (?:[\w-]+ ){{0,3}}?{_ROLES}",
    # a post to fill named by its title: "our Payroll Officer opening", "the Staff Nurse
    # vacancy" (a "project manager role" may be anyone's part in a project); the user as fit
    # for one: "a great fit for the Sales Lead role"
    rf"(?:our|the|this|an?) (?:[\w-]+ ){{0,2}}?{_ROLES} (?:opening|vacancy|opportunity)"
    r"(?! hours| times)",
    rf"(?:fit|candidate|considered|shortlisted) for (?:our|the|this|an?) (?:[\w-]+ ){{0,2}}?"
    rf"{_ROLES}",
    # the meeting is a step of a selection, in each language
    r"(?:part|step) of (?:the|your|our) (?:recruitment|recruiting|selection|hiring|interview|"
    r"application) process",
    r"im rahmen (?:des|ihres|deines|unseres) (?:bewerbungs|auswahl)(?:verfahrens|prozesses)",
    r"dans le cadre (?:de (?:votre|ta) candidature|du processus de (?:recrutement|selection)|"
    r"de notre processus de recrutement)",
    r"(?:como parte|dentro) del proceso de seleccion",
    r"no ambito do processo seletivo",
    r"nell'ambito del (?:processo di selezione|percorso di selezione)",
    r"in het kader van (?:je|jouw|uw) sollicitatie",
    r"sollicitatieprocedure",
)
#: A bare "final" in a title: a hiring stage only beside a job or a post ("Final - VP Sales",
#: "finale w/ VP + RH"); alone it is a match, an exam or a deadline.
BARE_FINAL = _words(
    # ... and the interview word cut short as people type it ("coll. Bruni - magazziniere",
    # "entrev. Ortega - almacenista", "entr. RH - caissier")
    r"coll\.",
    r"entrev\.",
    r"entr\.",
    r"vorst\.",
    r"sollic\.",
    r"final",
    r"finale",
    r"finalrunde",
    r"endrunde",
    r"r[2-5]",
    r"letzte[sn]? gesprach",
    r"abschlussgesprach",
    r"dernier (?:echange|rdv|rendez-vous)",
    r"ultima (?:charla|conversa)",
    r"laatste gesprek",
)
#: Who sits on a selection's later rounds, as a user writes it beside "final": "final w/ CEO",
#: "finale avec DG + DRH", "Endrunde mit GF".
PANEL_ROLE = _words(
    r"ceo",
    r"cto",
    r"cfo",
    r"coo",
    r"cpo",
    r"cmo",
    r"co-?founders?",
    r"founders?",
    r"hr",
    r"rh",
    r"rrhh",
    r"drh",
    r"dg",
    r"pdg",
    r"gf",
    r"hiring (?:manager|mgr)",
    r"hm",
    r"board",
    r"partners?",
    r"owner",
    r"geschaftsfuhrung",
    r"vorstand",
    r"teamlead\w*",
    r"team lead",
    r"team ?leit\w*",
)

# --------------------------------------------------------------------------- never as candidate

# "interview" (or its word in another language) qualified so that the user is not the candidate
# of a job interview: it decides whatever else the event says.
_FAMILY = (
    r"(?:grand)?(?:ma|pa|mum|mom|mother|father|dad|parents?)|grandma|grandpa|granny|nan|nana|"
    r"aunt|auntie|uncle|oma|opa|mama|papa|abuel[oa]|avo|avos|nonn[oa]|mamie|papi|grand-mere|"
    r"grand-pere"
)
_HOUSEHOLD = (
    r"nann(?:y|ies)|baby[- ]?sitters?|au[- ]pairs?|cleaners?|housekeepers?|tutors?|"
    r"caregivers?|carers?|contractors?|builders?|plumbers?|electricians?|painters?|gardeners?|"
    r"landscapers?|roofers?|tilers?|handym[ae]n|decorators?|trades(?:m[ae]n|people)|tradies?|"
    r"spark(?:y|ies)|chipp(?:y|ies)|movers?|tenants?|roommates?|flatmates?|lodgers?|"
    r"dog ?walkers?|pet ?sitters?|house ?sitters?|"
    # the trades that fit, build or mend in a home ("kitchen fitters", "window installers")
    r"fitters?|installers?|joiners?|carpenters?|bricklayers?|plasterers?|glaziers?|"
    r"locksmiths?|"
    # who minds a family's children in their own home, in each language
    r"child[- ]?minders?|tagesmutter|tagesmuetter|tagesvater|tageseltern|"
    r"assistantes? maternelles?|nourrices?|gastouders?|kinderoppas\w*|"
    r"candidates?|applicants?|interns?|nounous?|nineras?|babas?|kinderfrau|putzhilfe|"
    r"haushaltshilfe|femme de menage|aide menagere|garde d'enfants|canguro|empleada de hogar|"
    r"diarista|empregada|badante|colf|tata|oppas|schoonmaker|huishoudelijke hulp|"
    # ... or a midwife or a doula the user chooses
    r"midwi(?:fe|ves)|doulas?|hebammen?|sages?-femmes?|matronas?|parteiras?|ostetric(?:a|he)|"
    r"verloskundigen?|kraamverzorgsters?"
)
#: The parts of a home a trade works on ("kitchen fitters", "window installers").
_HOME_PART = (
    r"kitchen|bathroom|bath|shower|garden|roof|roofing|loft|attic|window|windows|carpet|floor|"
    r"flooring|boiler|heating|solar|fence|fencing|driveway|patio|deck|house|home|extension|"
    r"wardrobe|stair|staircase"
)
#: The trades among them that employers hire too: a company's invitation to an "electrician
#: interview" or a "carer interview" is the user's own (a family books a nanny, a sitter, a
#: doula or a tenant through an agency, which may invite the user to meet them).
TRADE_HIRED = lazy(
    r"\b(?:electricians?|plumbers?|painters?|gardeners?|landscapers?|builders?|carpenters?|"
    r"joiners?|roofers?|tilers?|decorators?|cleaners?|housekeepers?|caregivers?|carers?|tutors?|"
    r"interns?|schoonmaker|fitters?|installers?|bricklayers?|plasterers?|glaziers?|locksmiths?|"
    r"badante|colf|diarista|empregada)\b"
)
#: The state's employment service, in each country: it advises a job seeker and sends them to
#: employers; its own appointment is no employer's interview.
_JOBCENTRE = (
    r"jobcenter|jobcentre(?: plus)?|job centre(?: plus)?|work coach|agentur fur arbeit|"
    r"arbeitsagentur|arbeitsamt|france travail|pole emploi|mission locale|sepe|inem|"
    r"oficina de empleo|servicio (?:publico )?de empleo|centro de emprego|iefp|uwv|werkcoach|"
    r"werkplein|centr[oi] per l'impiego|informagiovani"
)
_PRESS = (
    r"podcast|newspaper|paper|magazine|blog|radio|tv|television|press|documentary|article|"
    r"journalist|reporter|show|episode|zeitung|magazin|redaktion|journal|presse|periodico|"
    r"revista|jornal|giornale|rivista|krant|tijdschrift|programa|programma|emission"
)
QUALIFIED = _words(
        # the user leaves or stays (their own employer asks)
        r"exit (?:interview|conversation|meeting|survey)", r"stay interview",
        r"leavers? interview", r"austrittsgesprach\w*", r"exitgesprach\w*", r"exitgesprek\w*",
        r"vertrekgesprek\w*", r"entretiens? de (?:depart|sortie)",
        r"entrevistas? de (?:salida|desligamento|saida|egreso)", r"colloqui[oa]? di uscita",
        # practice, not the real thing
        r"mock(?: interview| interviews| session| call| round| exam| test| trial)?",
        r"practi[cs]e (?:interview|session|call|round|test|assessment|exam|questions)",
        r"rehearsal", r"dry[- ]run",
        r"(?:interview|practice|mock) role[- ]?plays?",
        r"role[- ]?play (?:interview|practice|session with (?:my |a |the )?(?:coach|mentor|"
        r"friend))",
        r"(?:interview|entretien|entrevista|colloquio) (?:prep|preparation|"
        r"practi[cs]e|training|coaching|tips|questions|notes|debrief|feedback|transcription|"
        r"recording|kit|guide|simulation|blanc|fictif|simulad[ao]|simulato|de practica)",
        r"(?:simulation|simulacion|simulacao|simulazione|simulacro) d[eia]\w* ?"
        r"(?:entretien|entrevista|colloquio)", r"probeinterview\w*",
        r"ubungs(?:interview|gesprach)",
        r"oefen(?:gesprek|interview)\w*", r"proefsollicitatie", r"sollicitatietraining",
        r"bewerbungstraining", r"prep (?:for|call|session|interview)",
        # an agency's briefing before its candidate's interview
        r"(?:interview )?briefing (?:before|ahead of|for|avant|vor|antes de|antes da|prima del|"
        r"voor) (?:your |the |my |l'|le |dem |ihrem |la |el |a |o |il |je |de |het )?(?:[\w-]+ )?"
        r"(?:interview|entretien|gesprach|vorstellungsgesprach|entrevista|colloquio|gesprek)",
        r"interview briefing", r"vorbereitungsgesprach\w*", r"voorbereidingsgesprek\w*",
        # the user's own preparation block ("Vorbereitung: ...", "Preparation for ...")
        r"(?:prep|preparation|vorbereitung|preparacion|preparacao|preparazione|voorbereiding)"
        r"(?:\s*[:\-\u2013\u2014]| (?:for|fur|auf|pour|de|del|para|per|voor|op|zum|zur|du|do|"
        r"da|della|dello|al|a|van|het|das|l'|el|la|le|o|il|lo)\b| \w*(?:interview|"
        r"gesprach|gesprek|entretien|entrevista|colloqui)\w*)",
        r"interview (?:prep|preparation)",
        # ... said with a verb, before or after ("Prepare for the panel", "Gespräch vorbereiten")
        r"(?:prepare|preparing|get ready|vorbereiten|preparer|preparar|preparare|voorbereiden)"
        r"(?:\s*[:\-]| for\b| (?:(?:auf|pour|para|per|voor|l'|le|la|el|o|a|il|lo|de|het|das|"
        r"die|den|my|the) ?)?\w*(?:interview|gesprach|gesprek|entretien|entrevista|colloqui))",
        r"(?:interview|vorstellungsgesprach|gesprach|entretien|entrevista|colloquio|gesprek|"
        r"sollicitatiegesprek)\w* (?:vorbereiten|voorbereiden|a preparer|preparer|preparar|"
        r"preparare|prep)\b",
        r"interview (?:clothes|outfit|suit|shoes|shopping|haircut|travel|expenses)",
        # sessions that teach how to be interviewed
        r"interview (?:skills?|techniques|workshop|clinic|masterclass|club|course|webinar)",
        # someone else is interviewed, or the user interviews them
        r"(?:her|his|their) (?:job |first |second |next |final )?interview",
        r"interview(?:ing|s)? (?:w/|with|mit|avec|con|met)? ?(?:my |the |our |a )?(?:"
        + _FAMILY + r")",
        r"(?:" + _HOUSEHOLD + r") (?:interview|interviews|entretien|entrevista|colloquio)",
        # the interview word first, then whom ("Entretien baby-sitter", "Gesprach mit der
        # Kinderfrau")
        r"(?:entretiens?|entrevistas?|colloqui[oa]?|gesprach|kennenlernen|gesprek|"
        r"kennismaking|kennenlerngesprach|kennismakingsgesprek|erstgesprach|"
        r"vorstellungsgesprach|bewerbungsgesprach|sollicitatiegesprek|entretien d'embauche|"
        r"entrevista de (?:trabajo|emprego)|colloquio di lavoro)(?:\s*[-:])? "
        r"(?:(?:avec|con|com|mit|met) )?(?:la |le |l'|une? |el |una? |o |a |um |"
        r"uma |il |lo |der |die |den |de |het |een |nouvelle |nouveau |neue[nr]? |"
        r"possibile |potentielle? )?(?:" + _HOUSEHOLD + r")",
        r"interview(?:ing|s)? (?:(?:with|w/) )?(?:the |a |our |new |some |\d+ )?(?:"
        + _HOUSEHOLD + r")",
        # several of them, for a part of the home ("Interviews - kitchen fitters", "interview
        # 3 window installers"): a candidate names their own trade once
        r"interview(?:ing|s)?(?: (?:with|w/))?(?:\s*[-:]\s*| )(?:the |some |our |\d+ |two |"
        r"three |four )?(?:(?:" + _HOME_PART + r") )?(?:" + _HOUSEHOLD + r")(?<=s)",
        r"(?:" + _HOME_PART + r") (?:" + _HOUSEHOLD + r")(?<=s) interviews?",
        r"family history", r"oral history",
        r"(?:meiner|meines|von meiner|von meinem|de ma|de mon|de mi|de mis|da minha|do meu|"
        r"di mia|di mio|della mia|del mio|van mijn|of my|for my) (?:tochter|sohn|frau|mann|"
        r"schwester|bruder|fille|fils|femme|mari|soeur|frere|hija|hijo|esposa|marido|hermana|"
        r"hermano|filha|filho|irma|irmao|figlia|figlio|moglie|marito|sorella|fratello|dochter|"
        r"zoon|vrouw|zus|broer|daughter|son|wife|husband|partner|sister|brother|niece|nephew)",
        # the state's employment service's own appointment ("Entrevista IEFP", "Termin beim
        # Jobcenter", "rendez-vous France Travail", "work coach appointment")
        r"(?:entrevistas?|interviews?|entretiens?|gesprach\w*|colloqui[oa]?|gesprek\w*|termin|"
        r"cita|afspraak|rendez-vous|appointment|meeting|reunion|reuniao|incontro) (?:(?:at|with|"
        r"bei|beim|mit|im|con|com|avec|met|no|na|a|al|au|del|do|da|de|en|in|op|presso|all'|al) )?"
        r"(?:the |der |dem |la |le |el |o |a |het |de |il |l')?(?:" + _JOBCENTRE + r")",
        r"(?:" + _JOBCENTRE + r") (?:appointment|termin|cita|afspraak|rendez-vous|entrevista|"
        r"interview|gesprek|gesprach|colloquio|meeting|reunion|reuniao)",
        # the press, research, admissions and the state, not an employer
        r"(?:" + _PRESS + r") interviews?",
        r"interviews? (?:for|with|mit|fur|pour|avec|para|per|voor|com|con) (?:the |a |an |der |"
        r"die |das |dem |den |einem |einer |le |la |l'|un |une |el |o |a |il |lo |de |het |"
        r"een )?\w*(?:" + _PRESS + r")",
        r"(?:entrevista|intervista|entretien|interview) (?:para|per|pour|for|voor) (?:o |a |el |"
        r"la |il |le |l'|the |our |my |nuestro |nuestra |mi |nosso |nossa |meu |minha |"
        r"il nostro |la nostra |il mio |la mia |notre |mon |ma |onze |mijn )?(?:" + _PRESS + r")",
        r"(?:customer|user|client|usability|research|discovery|ux|stakeholder|expert|"
        r"research participant) (?:interview|interviews|session|study)", r"user research",
        r"ux research", r"usability", r"focus group", r"research (?:session|study|interview)",
        r"(?:nutzer|kunden|anwender)interview\w*", r"entretien (?:utilisateur|client)",
        r"entrevistas? (?:con|a|de) (?:usuarios?|clientes?)",
        r"(?:admissions?|admission|visa|consular|embassy|citizenship|naturali[sz]ation|"
        r"immigration|green card|asylum|scholarship|fellowship|bursary|volunteer|volunteering|"
        r"mba) interviews?",
        r"(?:aufnahme|zulassungs|einburgerungs|visa)(?:gesprach|interview)\w*",
        r"entretiens? (?:d'admission|de visa|consulaire)", r"entrevistas? (?:de admision|"
        r"de admissao|consular|de visa|de visto)", r"colloqui[oa]? di ammissione",
        r"toelatingsgesprek\w*",
        # parents meeting their child's teacher ("Parent-Teacher Interview", "colloqui
        # scuola-famiglia", "Elternsprechtag", "oudergesprek")
        r"parent[- ]teachers?", r"parents?'? (?:evening|night)", r"parent[- ](?:interview|"
        r"conference)s?", r"(?:colloqui[oa]?|ricevimento) (?:individual[ei] )?scuola[- ]famiglia",
        r"colloqui[oa]? (?:(?:con|coi) (?:i )?)?genitori", r"elternsprechtag\w*",
        r"elterngesprach\w*", r"oudergesprek\w*", r"(?:10|tien)[- ]?minutengesprek\w*",
        r"(?:rencontre|reunion|entretien)s? parents[- ]professeurs",
        r"(?:entrevistas?|reunion|reuniao) (?:de|con|com) (?:los |las |os )?(?:padres|apoderados|"
        r"pais)(?: (?:y|e) (?:profesores|maestros|mestres))?",
        # an insurer or an investigator asking about a claim or an incident
        r"(?:claims?|insurance|loss adjust\w*|fraud|investigation|investigatory|"
        r"fact[- ]finding|disciplinary|grievance) interviews?",
        r"(?:entrevista|entretien|colloquio|gesprek|gesprach) (?:de|del|do|sobre el|di|per il|"
        r"d'|zum|over de) ?(?:siniestro|sinistre|sinistro|schade\w*|schaden\w*|expertise)",
        r"schade(?:n)?gesprach\w*", r"schadegesprek\w*",
        r"(?:police|witness|caution|benefits?|universal credit|jobseeker'?s?|jobcentre|claimant|"
        r"passport|identity|security clearance|clearance|vetting|mortgage|loan|tenancy|"
        r"housing|adoption|fostering|sixth form|school place|medical school|mmi|degree|"
        r"course|parole|probation) (?:assessment |home study |screening )?interviews?",
        r"interviews? under caution",
        # a student's thesis: the user interviews for it or is interviewed for it
        r"(?:interview|entretien|entrevista|intervista|gesprek|gesprach)s? (?:(?:with|mit|avec|con|"
        r"com|met) \w+ )?(?:for|fur|zur|pour|para|per|voor|sobre|about|uber) (?:my|our|a|the|"
        r"meine|unsere|die|eine|mon|ma|notre|le|la|un|une|mi|nuestro|nuestra|el|un|una|a minha|"
        r"o meu|minha|meu|uma|um|la mia|il mio|la|una|mijn|onze|de|een) (?:[\w-]+ )?(?:thesis|"
        r"dissertation|masterarbeit|bachelorarbeit|abschlussarbeit|doktorarbeit|hausarbeit|"
        r"memoire|these|tfg|tfm|tesis|trabajo de fin de \w+|tcc|dissertacao|tese|tesi|"
        r"scriptie|afstudeer\w*)",
        r"experteninterview\w*", r"expert interviews?", r"entretiens? d'experts?",
        r"entrevistas? (?:a|con|com) (?:expertos|especialistas)",
        r"voluntary interview", r"interviews? (?:with \w+ )?(?:for|about) (?:my|our|a|the) "
        r"(?:dissertation|thesis|research|study|project|assignment|coursework|module)",
        r"(?:interviews?|entrevistas?|entretiens?|colloqui[oa]?|gesprach|gesprek) (?:for|para|"
        r"pour|per|fur|voor|de|di|do|zum|zur) (?:a |the |el |la |le |o |a |il |lo |een |het |"
        r"das |den |un |una |um |uma )?(?:work |student |tourist |residence |travel )?(?:visa\w*|"
        r"visto\w*|visum\w*|green card|citizenship|naturali[sz]ation|ciudadania|cidadania|"
        r"cittadinanza|nationalite|einburgerung|residencia|residence permit|titre de sejour|"
        r"aufenthaltstitel|permesso di soggiorno|verblijfsvergunning|permesso di dimora|"
        r"aufenthalts(?:bewilligung|erlaubnis)|niederlassungs(?:bewilligung|erlaubnis)|"
        r"permis de (?:sejour|residence|sejour)|autorizacion de residencia|"
        r"autorizacao de residencia|tarjeta de residencia)",
        r"(?:cita|entrevista|entretien|interview|termin|colloquio) (?:consular|consulaire|"
        r"consolare|im konsulat|at the consulate|at the embassy|en el consulado|"
        r"en la embajada|no consulado|na embaixada|au consulat|a l'ambassade|"
        r"(?:bij|op) (?:het )?(?:consulaat|ambassade))",
        r"informational (?:interview|chat|call|coffee|meeting)", r"info interview",
        r"casual interview",
        # at the user's own job: reviews, discipline
        r"mitarbeitergesprach\w*", r"jahresgesprach\w*", r"personalgesprach\w*",
        r"beurteilungsgesprach\w*", r"zielvereinbarung\w*", r"entretiens? (?:prealable|annuel|"
        r"professionnel|d'evaluation|individuel d'evaluation|de fin de periode d'essai|"
        r"de mi-parcours|de recadrage|de reprise|de suivi)",
        r"colloqui[oa]? (?:di|de) (?:fine anno|meta anno|valutazione|fine prova|feedback|"
        r"restituzione|rientro)", r"probezeit(?:end)?gesprach\w*",
        r"entrevistas? de (?:seguimiento|evaluacion|acompanhamento|acompanamiento)",
        r"functioneringsgesprek\w*", r"beoordelingsgesprek\w*", r"jaargesprek\w*",
        r"evaluacion de desempeno", r"avaliacao de desempenho", r"valutazione (?:annuale|delle "
        r"prestazioni)", r"performance review", r"annual review",
        r"(?:performance|annual|staff|mid-year|year-end|my) appraisal",
        # the hiring is over or not begun
        r"offer (?:call|discussion|review|letter|chat|meeting|negotiation|conversation|package|"
        r"details|terms)", r"(?:verbal|written|formal) offer",
        # the offer itself, named in each language ("proposition d'embauche", "Vertragsangebot")
        r"(?:proposition|promesse) d'embauche", r"proposition (?:de contrat|salariale)",
        r"vertragsangebot\w*", r"arbeidsvoorwaarden\w*", r"contractvoorstel\w*",
        r"propuesta (?:de contratacion|salarial)", r"proposta (?:de contratacao|salarial|"
        r"di assunzione)",
        r"(?:results?|outcome|decision) (?:call|chat|conversation)",
        # feedback on an interview already held: the decision is made
        r"(?:feedback|ruckmeldung|retour|retroalimentacion|devolutiva|devolucion|riscontro|"
        r"terugkoppeling)(?: call| gesprach| gesprek)? (?:on|about|after|zu|zum|nach|sur|"
        r"apres|sobre|de|do|da|del|della|sul|sulla|dopo|op|over|na|van) (?:your |the |my |ihrem |"
        r"ihr |dem |votre |ton |l'|tu |su |sua |seu |a |o |el |la |il |tuo |suo |je |jouw |"
        r"uw |het |de )?(?:job |final |recent |last )?(?:interview|vorstellungsgesprach|"
        r"gesprach|entretien|entrevista|colloquio|gesprek|sollicitatie\w*|application|"
        r"bewerbung|candidature|candidatura)",
        # money or a place on a programme, not a job
        r"(?:grant|funding|accelerator|incubator|investor|investment|pitch|award|prize) "
        r"interviews?",
        r"drug (?:screen|test)\w*", r"pre-?employment (?:screening|checks?|medical|drug test)",
        r"background (?:check|screening)\w*", r"right to work check\w*",
        r"sign(?:ing)? (?:the )?offer", r"(?:salary |offer |contract )?negotiations?",
        r"gehaltsverhandlung\w*", r"vertragsverhandlung\w*", r"negociation\w*", r"negociacion",
        r"negociacao", r"negoziazione", r"onderhandeling\w*", r"salarisonderhandeling\w*",
        r"entrevistas? (?:medica|clinica)",
        r"negotiate", r"reference (?:call|check)", r"background check",
        # a screening of something else than a candidate
        r"(?:tenant|tenancy|rental|health|medical|cancer|breast|bowel|eye|hearing|vision|movie|"
        r"film|documentary|premiere|credit|security|drug|covid|blood|newborn|dental|prenatal|"
        r"sti|hiv) screenings?(?: call| appointment)?", r"screening (?:of|for) (?:the )?(?:film|"
        r"movie|documentary)",
        # someone's interview ("Sam's interview"): theirs, not the user's
        inside=(r"'(?<=[a-z]')s (?:job |first |second |next |final )?interview",),
    )  # fmt: skip

#: After a word that also names a department or a cause, a post in it ("Admissions Officer",
#: "Volunteer Coordinator"): the word then names the job, not the event.
_NOT_A_POST = (
    r"(?! (?:officer|advis[oe]r|manager|coordinator|assistant|counsel+or|director|lead|"
    r"specialist|administrator|team|services|engagement|supervisor|agent))"
)
# The kinds of event a title names instead of an interview. Each entry: (kind, what the title,
# the organizer's name and address, and the body say when the event is of that kind). The
# words of "head" kinds count only at the head of the title (its first part), since the same
# words elsewhere name where an interview is held or the employer ("Interview - Gallowgate
# Hotels", "Staff Nurse - St Mary's Clinic"). Title and organizer weigh more than the body.
_TRAVEL_START = lazy(
    r"(?:flight|flug|vol|vuelo|voo|volo|vlucht)\b(?! (?:attendant|crew|dispatcher|instructor|"
    r"engineer|nurse|operations|school))|"
    r"(?:train|zug|bahn|tren|trem|treno|trein|bus|drive|driving|fahrt|trajet|viaje|viagem|viaggio|"
    r"reis|uber|lyft|taxi|travel|reise|ferry|pick up|pick-up|drop off|llevar|acompanar|"
    r"acompanhar|levar|begleiten|bringen|accompagner|amener|emmener|conduire|portare|"
    r"accompagnare|brengen)\b"
    r"[^\n]{0,40}\b(?:to|from|back|nach|zu|zum|zur|a|au|al|para|per|naar|ao|alla)\b|"
    r"(?:hotel|airbnb|hostel|motel|accommodation|unterkunft|hebergement|alojamiento|hospedagem|"
    r"alloggio|lodging)\s*(?:[:(]|-\s|(?:stay|booking|reservation|check-?in|check-?out|night)\b)|"
    r"(?:check-?in|check-?out|car rental|rental car|parking)\b"
)
_TRAVEL_ANY = _words(r"trip", inside=("→", "->"))
_TASK_START = _starts(
    r"debrief",
    r"recap",
    r"write[- ]up",
    r"notes (?:on|from|after)",
    r"call back",
    r"ring back",
    r"callback",
    r"e-?mail",
    r"send",
    r"submit",
    r"upload",
    r"prepare",
    r"prep",
    r"book",
    r"pick up",
    r"collect",
    r"print",
    r"iron",
    r"order",
    r"shopping",
    r"buy",
    r"pay",
    r"renew",
    r"remind(?:er)?",
    r"follow[- ]up (?:email|mail|note|with)",
    r"update (?:my |the )?(?:cv|resume)",
    r"todo",
    r"to-?do",
    r"to do",
    r"thank[- ]you",
    r"thanks to",
    r"envoyer",
    r"preparer",
    r"enviar",
    r"preparar",
    r"mandar",
    r"inviare",
    r"preparare",
    r"versturen",
    r"voorbereiden",
    r"vorbereiten",
    # the noun: the user's own preparation block ("Vorbereitung: Zweitgesprach")
    r"preparation",
    r"vorbereitung",
    r"preparacion",
    r"preparacao",
    r"preparazione",
    r"voorbereiding",
)
_TASK_ANY = _words(
    # returning a call or answering a message is the user's errand, whoever it is to ("Call
    # recruiter back", "Recruiterin zurückrufen", "Rappeler la recruteuse"): an interview is
    # met at its time, never "returned"
    r"(?:call|ring|phone|text|message|e-?mail|mail|get) (?:\S+ ){1,3}back(?! office| end)",
    r"return (?:[\w.'-]+ ){0,2}(?:call|calls|e-?mail|message|voicemail)",
    r"(?:reply|respond) to",
    r"answer (?:[\w.'-]+ ){0,2}(?:e-?mail|mail|message|call|voicemail)",
    r"zuruck(?:rufen|schreiben|melden)",
    r"(?:beantworten|antworten)",
    r"terug(?:bellen|mailen|schrijven)",
    r"beantwoorden",
    r"rappeler",
    r"recontacter",
    r"repondre (?:a|au|aux)",
    r"devolver (?:la |el |su )?(?:llamada|correo|mensaje)",
    r"llamar de vuelta",
    r"(?:responder|contestar) (?:a|al|ao|o|os|as|el|la|los|las)",
    r"retornar (?:a |o )?(?:ligacao|chamada|contato|e-?mail|mensagem)",
    r"ligar de volta",
    r"richiamare",
    r"ricontattare",
    r"rispondere (?:a|al|alla|alle|ai|agli|all')",
    r"due",
    r"deadline",
    r"frist",
    r"einreichen",
    r"abgeben",
    r"abschicken",
    r"date limite",
    r"plazo",
    r"fecha limite",
    r"prazo",
    r"scadenza",
    r"uiterlijk indienen",
    r"indienen",
    # a piece of work to hand in, said as what is still to be done ("Case study da
    # consegnare", "Fallstudie abzugeben", "étude de cas à rendre", "in te leveren")
    r"(?:to be )?(?:submitted|handed in)",
    r"to (?:submit|hand in|send in|upload)",
    r"hand[- ]in",
    r"abzugeben",
    r"einzureichen",
    r"abgabe\w*",
    r"a (?:rendre|remettre|envoyer|deposer)",
    r"(?:a|por|para) entregar",
    r"(?:a|por|para) enviar",
    r"da (?:consegnare|inviare|caricare|presentare)",
    r"in te (?:leveren|dienen|sturen)",
    r"inleveren",
    r"thank[- ]you (?:notes?|emails?|mails?|cards?|letters?)",
    r"expenses?",
    r"reimbursement",
    r"fahrtkosten\w*",
    r"reisekosten\w*",
    r"erstattung",
    r"notes de frais",
    r"remboursement",
    r"reembolso",
    r"rimborso",
    r"declaratie",
    r"transcription",
    r"(?:cv|resume) (?:review|"
    r"update|rewrite|feedback)",
    r"cover letter",
    r"anschreiben",
    r"lettre de motivation",
)
_PRESS_ANY = _words(
    r"podcast",
    # a vendor's story about its customer ("Customer story – ...", "Témoignage client")
    r"customer (?:story|stories|success|testimonial|spotlight|case study)",
    r"(?:success|client) stor(?:y|ies)",
    r"testimonials?",
    r"erfahrungsbericht\w*",
    r"temoignages?(?: clients?)?",
    r"testimonios?",
    r"depoimentos?",
    r"testimonianz[ae]",
    r"klantverha\w*",
    r"episode",
    r"ep\.? ?\d+",
    r"folge \d+",
    r"aflevering",
    r"episodio",
    r"gazette",
    r"tribune",
    r"herald",
    r"chronicle",
    r"courier",
    r"rubrica",
    r"gazzetta",
    r"corriere",
    r"giornale",
    r"jornal",
    r"krant",
    r"dagblad",
    r"magazine",
    r"magazin",
    r"revista",
    r"rivista",
    r"tijdschrift",
    r"newsletter",
    r"boletin",
    r"boletim",
    r"bollettino",
    r"nieuwsbrief",
    r"bulletin",
    r"(?:staff|employee|company|internal) (?:magazine|newsletter|blog)",
    r"press",
    r"presse",
    r"prensa",
    r"imprensa",
    r"stampa",
    r"pers",
    r"journalist\w*",
    r"reporter",
    r"reportage",
    r"reportaje",
    r"reportagem",
    r"documentary",
    r"radio",
    r"tv",
    r"livestream",
    r"broadcast",
    # the end of a compound: a local paper ("Stadtzeitung", "Abendblatt")
    inside=("zeitung", "anzeiger", "kurier", "rundschau", "blatt", "magazin", "zeitschrift"),
)
_PRESS_ORGANIZER = _words(
    r"redaction",
    r"redaccion",
    r"redacao",
    r"redazione",
    r"redactie",
    r"newsroom",
    r"editor\w*",
    r"producer",
    r"production",
    r"produccion",
    r"producao",
    r"produzione",
    r"podcast\w*",
    r"press",
    r"presse",
    r"media",
    r"news",
    inside=(r"redaktion\w*",),
)
_PRESS_BODY = _words(
    r"episode",
    r"episodio",
    r"folge",
    r"aflevering",
    r"air date",
    r"on air",
    r"vai ao ar",
    r"goes live",
    r"photographer",
    r"fotograf\w*",
    r"photographe",
    r"our readers",
    r"listeners",
    r"readers",
    r"leser\w*",
    r"lecteurs",
    r"lectores",
    r"leitores",
    r"lettori",
    r"lezers",
    r"rubrica",
    r"kolumne",
    r"column",
    r"reportage",
    r"inchiesta",
    r"reportaje",
    r"reportagem",
    r"be interviewed for",
    r"interview you for",
    r"interviewen",
    r"para o episodio",
)
_SPORTS_ANY = _words(
        r"quiz", r"pub quiz", r"trivia", r"tournament", r"tourney", r"league", r"fixtures?",
        r"match(?:day)?", r"playoffs?", r"championship", r"cup (?:final|match|tie|game)",
        r"regatta", r"chess", r"tennis", r"golf", r"darts", r"bowling", r"poker", r"football",
        r"soccer", r"rugby", r"cricket", r"hockey", r"basketball", r"netball", r"volleyball",
        r"baseball", r"softball", r"badminton", r"padel", r"futsal", r"u\d{1,2}s?", r"squad",
        r"hackathon", r"spelling bee", r"debate", r"competition", r"contest", r"heats?",
        r"turnier", r"spieltag", r"liga", r"pokal", r"punktspiel", r"heimspiel",
        r"auswartsspiel", r"fussball", r"handball", r"wettbewerb", r"tournoi", r"championnat",
        r"torneo", r"partido", r"copa", r"jornada \d+", r"campeonato", r"torneio", r"partida",
        r"jogo", r"partita", r"campionato", r"giornata \d+", r"toernooi", r"wedstrijd",
        r"competitie", r"speelronde",
        # a fixture: one side against the other
        inside=(r" (?<=\S )(?:vs\.?|v\.?|versus|gegen|contre|contra|tegen)(?= \S)",),
)  # fmt: skip
_SPORTS_ORGANIZER = _words(
    r"fixtures?",
    r"fc",
    r"sc",
    r"sv",
    r"afc",
    r"football club",
    r"sports?",
    r"athletic\w*",
    r"league",
    r"club",
    r"verein",
    r"squad",
    r"quiz\w*",
    r"trivia",
)
_SPORTS_BODY = _words(
    r"pitch \d+",
    r"oval \d*",
    r"court \d+",
    r"field \d+",
    r"stadium",
    r"stadion",
    r"sportplatz",
    r"sporthalle",
    r"sporthal",
    r"cancha",
    r"quadra",
    r"palestra",
    r"terrain \d+",
    r"kick-?off",
    r"pitch",
    r"oval",
    r"referee",
    r"umpire",
    r"ladder",
    r"standings",
    r"half-?time",
    r"anstoss",
    r"spielfeld",
    r"cancha",
    r"arbitro",
    r"quizmaster",
    r"bring (?:oranges|your boots|your kit)",
    r"shin ?pads",
)
_MEDICAL_START = _starts(
    r"consultation",
    r"consult",
    r"follow-up consultation",
    r"check-?up",
    r"appointment",
    r"dentist",
    r"dental",
    r"doctor",
    r"dr",
    r"gp",
    r"physio\w*",
    r"therap\w*",
    r"vaccin\w*",
    r"scan",
    r"x-ray",
    r"mri",
    r"blood test",
    r"optometrist",
    r"optician",
    r"eye exam",
    r"dermatolog\w*",
    r"telehealth",
    r"clinic",
    r"hospital",
    r"massage",
    r"osteo\w*",
    r"chiropract\w*",
    r"arzt\w*",
    r"zahnarzt\w*",
    r"arzttermin",
    r"praxis",
    r"kinderarzt",
    r"medecin",
    r"dentiste",
    r"rendez-vous medical",
    r"kine\w*",
    r"medico",
    r"dentista",
    r"consulta",
    r"cita medica",
    r"fisio\w*",
    r"huisarts",
    r"tandarts",
    r"fysio\w*",
    r"dokter",
    r"visita medica",
    r"analisi",
    r"haircut",
    r"hairdresser",
    r"friseur",
    r"coiffeur",
    r"peluqueria",
    r"cabeleireiro",
    r"parrucchiere",
    r"kapper",
    r"vet",
    r"tierarzt",
    r"veterinaire",
    r"veterinario",
    r"dierenarts",
)
_MEDICAL_ANY = _words(
    r"telehealth",
    r"patient\w*",
    r"prescription",
    r"dermatology",
    r"physiotherapy",
    r"initial consultation",
    r"follow-up consultation",
    r"therapy session",
    r"counsel+ing session",
)
_SCHOOL_ANY = _words(
    # a meeting with a child's teacher, in each language
    r"(?:with|con|com|avec|mit|met) (?:the |la |el |a |o |le |l'|der |dem |de |my |our |\w+'s )?"
    r"(?:class )?(?:teacher|maestr[ao]|profesora|tutora?|professora|maitresse|institutrice|"
    r"instituteur|lehrerin|lehrer|klassenlehrer(?:in)?|juf|meester|insegnante)",
    r"parent-teacher",
    r"parents?'? evening",
    r"parent teacher",
    r"teacher conference",
    r"school (?:meeting|conference|play|pickup|pick-up|run|concert|assembly)",
    r"iep meeting",
    r"elternabend",
    r"elternsprechtag",
    r"elterngesprach\w*",
    r"lehrergesprach\w*",
    r"reunion (?:de )?parents",
    r"parents-professeurs",
    r"rencontre parents",
    r"reunion de (?:padres|apoderados)",
    r"tutoria",
    r"reuniao de pais",
    r"ricevimento (?:genitori|docenti|parenti)",
    r"colloqui[oa]? (?:(?:con|coi|cogli|col) )?(?:la |"
    r"il |i |gli |le |l')?(?:maestr[ae]|maestri|insegnant[ei]|professor\w*|prof\.? ?ssa|"
    r"docent[ei])",
    r"oudergesprek\w*",
    r"ouderavond",
    r"\d+-?minutengesprek\w*",
    r"rapportgesprek\w*",
    r"pta",
)
_EVENTS_ANY = _words(
    # a company's public or social events, and teaching
    r"fireside chats?",
    r"ask me anything",
    r"(?:podiums?|panel)(?:diskussion|gesprek|gesprach)\w*",
    r"table ronde",
    r"mesa redonda",
    r"tavola rotonda",
    r"round ?table(?! interview)",
    r"(?:tech|sound|av|a/v|mic|audio) check",
    r"speaker (?:briefing|prep|sync|call|check)",
    r"guest (?:lecture|talk|speaker)",
    r"gastvortrag",
    r"office hours",
    r"sprechstunde",
    r"spreekuur",
    r"networking",
    r"happy hour",
    r"drinks",
    r"(?:drinks|evening|welcome|summer|holiday) reception",
    r"gala",
    r"launch(?: party| event)?",
    r"mixer",
    r"afterwork",
    r"breakfast (?:briefing|seminar|event)",
    r"showroom",
    r"product presentation",
    r"(?:yoga|dance|art|cooking|fitness|language|coding|spin|pilates|swim\w*) class(?:es)?",
    r"courses?",
    r"lessons?",
    r"lectures?",
    r"seminars?",
    r"bootcamp",
    r"tutorials?",
    r"kurs",
    r"vortrag",
    r"curso",
    r"corso",
    r"cursus",
    r"webinars?",
    r"webcast",
    r"info(?:rmation)? (?:session|evening|night)",
    r"info-?session",
    r"info(?:rmations)?abend",
    r"soiree d'information",
    r"sesion informativa",
    r"sessao informativa",
    r"serata informativa",
    r"informatie(?:avond|bijeenkomst)",
    r"open (?:day|evening|house)",
    r"(?:career|careers|job|jobs|graduate|recruitment|hiring) (?:fair|expo|day|event|forum)",
    r"panel (?:discussion|talk|debate)",
    r"meetup",
    r"meet-up",
    r"conference(?! call)",
    r"summit",
    r"workshop",
    r"masterclass",
    r"keynote",
    r"hackathon",
    r"jobmesse",
    r"karrieremesse",
    r"karrieretag\w*",
    r"infoveranstaltung",
    r"informationsveranstaltung",
    r"tag der offenen tur",
    r"salon (?:de l'emploi|des metiers|du recrutement)",
    r"forum (?:emploi|entreprises|metiers)",
    r"portes ouvertes",
    r"feria (?:de empleo|laboral|de trabajo)",
    r"puertas abiertas",
    r"feira (?:de emprego|de carreiras|de empregos)",
    r"open dag",
    r"banenmarkt",
    r"carrierebeurs",
    r"banenbeurs",
    r"porte aperte",
    r"fiera del lavoro",
    r"career day",
    r"job day",
    r"recruiting day",
)
_DEMO_ANY = _words(
    # business between companies: a partnership, a proposal, a tender, a quote
    r"partnerships? (?:call|meeting|intro|discussion|chat|proposal|opportunit(?:y|ies)|"
    r"agreement)",
    r"(?:potential |possible |new )?(?:collaboration|co-marketing|reseller|integration) "
    r"(?:call|meeting|intro|discussion|chat)",
    r"kooperation(?:sgesprach|sanfrage|stermin)?",
    r"partenariat",
    r"colaboracion",
    r"parceria",
    r"collaborazione",
    r"samenwerking(?:sgesprek)?",
    r"proposal (?:review|presentation|walkthrough|call|meeting|discussion)",
    r"(?:our|the|your) proposal",
    r"tenders?" + _NOT_A_POST,
    r"rfq",
    r"(?:quote|quotation) (?:review|walkthrough|call|meeting)",
    r"devis",
    r"presupuesto",
    r"orcamento",
    r"preventivo",
    r"angebotsbesprechung",
    r"(?:product|sales|software|platform|vendor|tool|saas|tech) (?:demo|walkthrough|tour|overview)",
    r"demo (?:call|of|for)",
    r"demo:",
    r"sales call",
    r"pricing (?:call|discussion)",
    r"renewal",
    r"procurement",
    r"rfp",
    r"proof of concept",
    r"poc",
    r"onboarding call",
    r"kickoff with",
    r"produktdemo",
    r"demonstration produit",
    r"demostracion",
    r"demonstracao",
)
_VISIT_ANY = _words(
    r"(?:customer|client|partner|supplier|vendor) (?:visit|meeting|call|onsite|on-site|"
    r"workshop|dinner|lunch|site visit|review)",
    r"qbr",
    r"site visit",
    r"visit (?:to|at) (?:the |a |our )?(?:customer|client)s?",
    r"kundenbesuch",
    r"kundentermin",
    r"visite (?:client|chez le client|fournisseur)",
    r"visita (?:a |al |de |ao )?(?:cliente|clientes|proveedor|fornecedor)",
    r"klantbezoek",
    r"klantafspraak",
)
_COACHING_ANY = _words(
    r"coaching",
    r"coach",
    r"mentor\w*",
    r"career (?:advice|counsel\w*|guidance|advisor|"
    r"consult\w*|session|clinic|chat)",
    r"counsel+ing",
    r"(?:resume|cv) (?:help|workshop|clinic)",
    r"(?:linkedin|profile|cv|resume|lebenslauf) (?:review|check|audit|makeover|optimi[sz]ation)",
    r"bewerbungs-?(?:mappen-?)?check",
    r"cv-?check",
    r"(?:strategy|clarity|breakthrough|discovery|coaching) (?:session|call)",
    r"beratungsgesprach\w*",
    r"bewerbungscoaching",
    r"karriereberatung",
    r"berufsberatung",
    r"bilan de competences",
    r"accompagnement",
    r"orientacion (?:laboral|profesional)",
    r"asesoria",
    r"mentoria",
    r"orientacao (?:profissional|de carreira)",
    r"loopbaan\w*",
    r"orientamento",
    r"outplacement",
    r"job ?coach\w*",
    r"agentur fur arbeit",
    r"jobcenter",
    r"pole emploi",
    r"france travail",
    r"uwv",
    r"sepe",
    r"centro per l'impiego",
    # the state's employment and benefits services outside Europe's mainland
    r"centrelink",
    r"workforce australia",
    r"work and income",
    r"winz",
    r"intreo",
    r"jobcentre(?: plus)?",
    r"job centre",
)
_HOLD_ANY = _words(
    r"hold",
    r"platzhalter",
    r"blocker",
    r"pencil(?:led|ed)? in",
    r"(?:soft|tentative|provisional) hold",
    r"on hold",
    r"placeholder",
    r"blocked?",
    r"block:",
    r"reserved?",
    r"reservation",
    r"room (?:booking|booked|hold|reserved|block)",
    r"booked for interviews",
    r"for interviews",
    r"interview room",
    r"interview rooms",
    r"do not (?:book|schedule|accept)",
    r"ooo",
    r"out of office",
    r"freihalten",
    r"geblockt",
    r"reserviert",
    r"bloque",
    r"reservado",
    r"bloqueado",
    r"riservat[oa]",
    r"bloccato",
    r"gereserveerd",
    r"geblokkeerd",
)
# Said in the body, a hold contradicts any title: tried only where one of its needles is.
_HOLD_BODY = Gated(
    lazy(
        r"\b(?:placeholder|please don't join|please do not join|do not join|don't join|"
        r"holding this (?:block|time|slot)|hold (?:the|this) (?:time|slot|date)|"
        r"room (?:is )?(?:booked|reserved)|nicht teilnehmen|ne pas rejoindre|no (?:te )?unas|"
        r"nao participe|(?:this is )?not (?:an|a calendar) invit(?:e|ation)|keine einladung|"
        r"(?:ce )?n'est pas une invitation|no es una invitacion|nao e um convite|"
        r"non e un invito|geen uitnodiging)(?!\w)"
    ),
    *("placeholder", "join", "holding this", "hold the", "hold this", "booked", "reserved"),
    *("nicht teilnehmen", "ne pas rejoindre", "unas", "nao participe", "not a", "keine ein"),
    *("pas une invitation", "una invitacion", "um convite", "un invito", "geen uitnodiging"),
)
_SERVICE_START = _starts(
    r"estimate",
    r"quote",
    r"repair\w*",
    r"installation",
    r"install",
    r"plumber",
    r"electrician",
    r"contractor",
    r"roof\w*",
    r"handyman",
    r"cleaner",
    r"cleaning",
    r"movers",
    r"moving",
    r"delivery",
    r"maintenance",
    r"service",
    r"inspection",
    r"mot",
    r"tire",
    r"tyre",
    r"oil change",
    r"entretiens? (?:de la |du |de l'|des )?(?:chaudiere|voiture|vehicule|"
    r"jardin|climatisation|pompe|piscine|velo|moto|cheminee|ramonage|annuel de la)",
    r"handwerker",
    r"reparatur\w*",
    r"wartung",
    r"depannage",
    r"reparation",
    r"reparacion",
    r"reparacao",
    r"riparazione",
    r"manutenzione",
    r"onderhoud",
    r"monteur",
    r"loodgieter",
    r"klempner",
    r"plombier",
    r"fontanero",
    r"encanador",
    r"idraulico",
    r"screen protector",
)
_SERVICE_ANY = _words(
    # a photographer's portraits for the user's applications or profile
    r"(?:bewerbungs|business|profile|linkedin|portrait)(?:-| )?(?:fotos?|photos?|shoot\w*|"
    r"fotoshooting)",
    r"headshot (?:session|shoot|photos?)",
    r"photo ?shoot",
    r"fotoshooting",
    r"shooting photo",
    r"sesion de fotos",
    r"ensaio fotografico",
    r"servizio fotografico",
    r"fotoshoot",
    # a tradesperson's quote for work at home, and the work itself: no employer quotes a price
    r"quotes?",
    r"devis",
    r"presupuestos?",
    r"orcamentos?",
    r"preventiv[io]",
    r"kostenvoranschlag\w*",
    r"(?:bathroom|kitchen|house|home|loft|basement|attic|garden) "
    r"(?:reno|renos|renovation|remodel\w*|refurb\w*|extension|conversion|makeover)",
    r"(?:roofing|plumbing|kitchen|bathroom|remodel\w*) (?:quote|estimate|contractor)",
    r"(?:technical |tech |it |customer )?support (?:call|session|ticket|case|appointment)",
    r"troubleshooting(?! (?:interview|exercise|round|scenario|task|test|challenge))",
    r"screen ?shar\w*",
    r"(?:home|property|risk|energy|health|needs|credit|damage|insurance|hearing|eye|capability|"
    r"fostering|adoption|pip|disability|carers?'?|fitness|pre-?op|pre-?operative|nutrition(?:al)?|"
    r"dietary|mobility|falls) assessment",
    r"body composition",
    r"screen protector",
    r"screen repair",
    r"chaudiere",
)
_OFFER_ANY = _words(
    r"onboarding",
    # after the hiring: the first week, the new joiners, the papers and keys
    r"first (?:week|weeks)",
    r"(?:arbeits|dienst|stellen)?antritt\w*",
    r"(?:nouveaux|nouvelles|nouvel) (?:arrivants?|arrivees?|collaborat\w+|recrues?|embauches?)",
    r"accueil (?:des |du |de la )?(?:nouveaux|nouvelles|nouvel|nouvelle)",
    r"(?:neo-?assunt\w+|nuov[oia] assunt[oiae])",
    r"new (?:joiners?|employees?|hires?|starters?|team members?)",
    r"neue (?:mitarbeit\w+|kolleg\w+)",
    r"nieuwe (?:medewerkers?|collega's)",
    r"introductie(?:dag|programma)",
    r"indiensttreding",
    r"(?:laptop|equipment|badge|keys?) (?:pickup|pick-up|handover|collection)",
    r"arbeitsvertrag\w*",
    r"first day",
    r"orientation",
    r"induction",
    r"contract signing",
    r"vertragsunterzeichnung",
    r"einarbeitung",
    r"premier jour",
    r"primer dia",
    r"primeiro dia",
    r"eerste werkdag",
    r"primo giorno",
    r"welcome day",
    r"welcome (?:lunch|breakfast|drinks|call|session|meeting|pack|aboard)",
    r"welcome to the team",
    r"new hire",
    r"pre-?employment",
    r"pre-?hire",
    r"pre-?boarding",
    r"right to work",
    r"(?:dbs|id|identity|document|documents|compliance|vetting|security|police) checks?",
    r"id verification",
    r"occupational health",
    r"einstellungsuntersuchung",
    r"visite medicale d'embauche",
    r"examen (?:medico )?(?:preocupacional|de ingreso)",
    r"exame (?:medico )?admissional",
    r"visita (?:medica )?preassuntiva",
    r"aanstellingskeuring",
    r"uniform (?:fitting|collection|pick-?up)",
    r"new starters?",
    r"mandatory training",
    r"betriebsarzt\w*",
    r"betriebsarztlich\w*",
    r"arbeitsmedizin\w*",
    r"medecine du travail",
    r"medicina del trabajo",
    r"medicina do trabalho",
    r"medico competente",
    r"bedrijfsarts",
    r"(?:firma|signature|assinatura|ondertekening|sottoscrizione) (?:del |du |do |van het |"
    r"dello |de )?(?:contrat|contrato|contratto|contract)o?",
    r"contract (?:ondertekenen|tekenen|signing)",
    r"erster arbeitstag",
    r"premiere journee",
    r"journee d'integration",
    r"integration day",
    r"inwerkdag",
    r"jornada de (?:incorporacion|"
    r"integracion|acogida)",
    r"dia de integracao",
    r"giornata di inserimento",
    r"angebot",
    r"propuesta",
    r"proposta",
    r"aanbod",
    r"offerta economica",
)
_EXAM_ANY = _words(
    r"concours",
    r"oposicion\w*",
    r"examen",
    r"exams?",
    r"examination",
    r"prufung\w*",
    r"klausur",
    r"esame",
    r"tentamen",
    r"toets",
    r"prova escrita",
    r"epreuves?",
    r"(?:written|online|aptitude|language|driving) (?:test|exam)",
    # tests taken alone before or between interviews: online, aptitude, psychometric
    r"(?:online|aptitude|psychometric|reasoning|ability|personality|cognitive) "
    r"(?:tests|exams|assessments?|questionnaires?)",
    r"(?:numerical|verbal|logical|abstract|inductive|diagrammatic) reasoning",
    r"situational judg(?:e)?ment(?: tests?)?",
    r"psychometric\w*",
    r"online-?tests?",
    r"eignungstest\w*",
    r"einstellungstest\w*",
    r"tests? (?:en ligne|psychotechniques?|"
    r"d'aptitude)",
    r"pruebas? (?:en linea|psicotecnicas?|online)",
    r"tests? psicotecnicos?",
    r"testes? (?:online|de raciocinio|psicotecnicos?)",
    r"test (?:attitudinali|psicoattitudinali)",
    r"capaciteitentest\w*",
    r"persoonlijkheidstest\w*",
    r"test ecrit",
    # a test of what the candidate knows, sat alone, online or on paper, in each language
    r"(?:knowledge|written|skills) (?:test|quiz)",
    r"wissenstest\w*",
    r"schriftliche[rn]? (?:test|prufung)",
    r"online-?prufung\w*",
    r"tests? (?:de connaissances|ecrits?|en ligne)",
    r"questionnaire en ligne",
    r"pruebas? (?:de conocimientos|escritas?|objetivas?|teoricas?)",
    r"examen (?:online|en linea)",
    r"provas? (?:online|objetivas?|escritas?|teoricas?|de conhecimentos?)",
    r"testes? de conhecimentos?",
    r"prov[ae] (?:scritt[ae]|online|preselettiv[ae])",
    r"test (?:online|preselettiv[oi]|"
    r"di (?:logica|conoscenz[ae]))",
    r"quiz (?:online|preselettivo)",
    r"kennistoets\w*",
    r"schriftelijke (?:test|toets)",
    r"online (?:toets|test)",
    r"auslanderbehorde",
    # becoming a citizen: the state's test and interview, not an employer's
    r"citizenship",
    r"naturali[sz]ation",
    # the state's offices for foreigners: a permit's appointment, whatever it is called
    r"(?:immigration|migration) (?:office|appointment|service)",
    r"ufficio (?:della |per la )?"
    r"(?:migrazione|immigrazione)",
    r"migrationsamt",
    r"amt fur migration",
    r"office (?:cantonal )?de la population",
    r"questura",
    r"extranjeria",
    r"immigratiedienst",
    r"permesso di (?:dimora|soggiorno)",
    r"aufenthalts(?:bewilligung|"
    r"erlaubnis|titel)",
    r"titre de sejour",
    r"permis de sejour",
    r"residence permit",
    r"verblijfsvergunning",
    r"autorizacion de residencia",
    r"autorizacao de residencia",
    r"einburgerung\w*",
    r"inburgering\w*",
    r"naturalisatie\w*",
    r"nationalite",
    r"nacionalidad",
    r"ciudadania",
    r"cidadania",
    r"nacionalidade",
    r"cittadinanza",
    r"burgeramt",
    r"prefecture",
    r"embassy",
    r"consulate",
    r"visa",
    r"thesis defen[cs]e",
    r"viva",
    r"defense",
    r"graduation",
)
_WORK_ANY = _words(
    r"all hands",
    r"town hall",
    r"offsite",
    r"team building",
    r"new colleague",
    r"nieuwe collega",
    r"neue kollegin",
    r"neuer kollege",
    r"nouveau collegue",
    r"nouvelle collegue",
    r"nuevo companero",
    r"novo colega",
    r"nuovo collega",
    r"disciplinary",
    r"grievance",
    r"return to work",
    r"offboarding",
)


# Whom else people meet for an "entretien", a "colloquio" or an "Erstgesprach": a daycare or
# a school, a bank, a notary or a lawyer, a tax adviser, a therapist, a landlord, social services,
# the neighbours, a wedding planner. Weighed only where the title names no interview outright
# and no job (a bank or a school is also an employer: "Interview – Harbour Bank", "Entretien –
# Conseiller clientele – Banque Ardent").
_SERVICE_MEETING_ANY = _words(
    r"kita", r"kindergarten", r"krippe", r"tagesmutter", r"schule", r"grundschule", r"creche",
    r"garderie", r"maternelle", r"ecole", r"guarderia", r"escuela", r"colegio", r"escola",
    r"asilo nido", r"nido", r"scuola", r"genitori", r"kinderopvang", r"basisschool",
    r"peuterspeelzaal", r"daycare", r"nursery",
    r"bank", r"banque", r"banco", r"banca", r"notaire", r"notar", r"notario", r"notaio",
    r"notaris", r"avocat",
    r"anwalt", r"anwaltin", r"abogad[oa]", r"advogad[oa]", r"avvocat[oa]", r"advocaat",
    r"steuerberater\w*", r"steuerberatung", r"steuerkanzlei", r"schuldnerberatung",
    r"energieberatung", r"ernahrungsberatung", r"rechtsberatung", r"comptable",
    r"expert-comptable", r"asesor fiscal", r"gestoria",
    r"contabilista", r"commercialista", r"belastingadviseur", r"boekhouder",
    r"psychotherap\w*", r"therap\w*", r"psycholog\w*", r"terapia", r"terapeuta", r"psicolog\w*",
    r"mammogra\w*", r"vermieter\w*", r"logement\w*", r"vivienda", r"alquiler", r"affitto",
    r"huurwoning", r"servicios sociales", r"assistante? sociale?", r"sozialamt", r"jugendamt",
    r"servizi sociali", r"buren", r"nachbarn", r"voisins", r"vecinos", r"vicini",
    r"hochzeit\w*", r"mariage", r"boda", r"casamento", r"matrimonio", r"bruiloft",
)  # fmt: skip
#: A meeting with one's own bank or financial adviser, however the title calls it ("Entretien
#: avec le conseiller bancaire", "Entrevista con el gestor del banco"): a client's meeting.
_ADVISER_ANY = _words(
    r"(?:with|w/) (?:my|the|your|our) (?:bank|financial|mortgage|pension|insurance) "
    r"(?:adviser|advisor|planner)",
    r"(?:mit|bei) (?:dem|der|meinem|meiner|ihrem|ihrer) (?:bank|finanz|versicherungs)?"
    r"berater(?:in)?",
    r"avec (?:le|la|mon|ma|votre) (?:conseill(?:er|ere)|charge(?:e)? de clientele) "
    r"(?:bancaire|financier|financiere|patrimonial|en assurance)",
    r"avec (?:le|la|mon|ma|votre) banquier(?:e)?",
    r"con (?:el|la|mi|tu|su) (?:gestor(?:a)?|asesor(?:a)?) (?:del banco|de "
    r"cuenta|financier[oa]|de la sucursal)",
    r"com (?:o|a|meu|minha|seu|sua) (?:gerente|gestor(?:a)?|assessor(?:a)?) (?:do banco|de "
    r"conta|financeir[oa])",
    r"con (?:il|la|mio|mia) (?:consulente|promotore|promotrice) "
    r"(?:finanziari[oa]|bancari[oa]|della banca|di filiale)",
    r"met (?:de|mijn|uw|je) (?:bank|financieel |hypotheek)?adviseur",
)  # fmt: skip
#: A loan or a mortgage: a lender's meeting, even one it calls an interview ("Entrevista con
#: el banco – hipoteca"); a post in its part of the title is a job ("Mortgage Adviser").
_LOAN_ANY = _words(
    r"mortgages?", r"remortgage", r"loan application", r"hypothek\w*", r"baufinanzierung",
    r"pret immobilier", r"credit immobilier", r"hipoteca",
    # buying a home: the bank's meeting about it
    r"projet immobilier", r"achat immobilier", r"hauskauf", r"wohnungskauf",
    r"immobilienkauf", r"compra de (?:vivienda|casa|piso|imovel)", r"aankoop (?:huis|woning)",
    r"acquisto (?:casa|immobile|della casa)", r"prestamo hipotecario",
    r"credito (?:habitacao|imobiliario|habitacional)", r"mutuo", r"hypotheek\w*",
)  # fmt: skip
#: A study the user takes part in (a product's users, a market, a clinic): its "interview" asks
#: about their habits or health, not their work.
_STUDY_ANY = _words(
    r"(?:app|user|ux|diary|research|market|pilot|clinical|sleep|health|academic|usability) "
    r"stud(?:y|ies)",
    r"studie", r"studienteilnahme", r"marktforschung\w*", r"market research",
    r"etude (?:utilisateurs?|de marche|clinique)", r"estudio (?:de mercado|clinico|de usuarios)",
    r"pesquisa (?:de mercado|com usuarios)", r"estudo clinico", r"ricerca di mercato",
    r"studio clinico", r"(?:markt|gebruikers|klant)onderzoek", r"consumer panel",
    r"clinical trial", r"klinische studie", r"essai clinique", r"ensayo clinico",
    r"sperimentazione clinica", r"participant session", r"study (?:visit|session|participant)",
)  # fmt: skip
#: The text pays the user for their time with a voucher or a gift card: a study's thanks,
#: which no employer gives a candidate.
PAID_FOR_TIME = _words(
    r"(?:e-?)?gift ?cards?", r"(?:amazon|shopping|thank-you|thank you) (?:voucher|card)",
    r"\d{2,} ?(?:€|eur|euros?|pounds|dollars)? (?:[\w-]+ )?(?:voucher|gutschein)",
    r"(?:amazon-?)?gutschein (?:uber|im wert|in hohe)", r"amazon-?gutschein",
    r"bons? d'achat", r"cartes? cadeaux?", r"cheques? cadeaux?", r"tarjetas? (?:de )?regalo",
    r"cheques? regalo", r"vales?-presente", r"cartao presente",
    r"buon[oi] (?:regalo|acquisto|amazon)",
    r"cadeaubon\w*", r"cadeaukaart\w*",
)  # fmt: skip
#: The text names the user's part in a public event: a speaker, a panellist, a guest.
SPEAKER_PART = _words(
    r"(?:as|als|comme|como|come) (?:a |an |our |one of (?:our|the) |un |une |una |uno |um |uma |"
    r"een |ein |eine |unser\w* |notre |nuestr[oa] |nostr[oa] |noss[oa] )?(?:panel+ists?|speakers?|"
    r"keynote speaker|moderator|guest speaker|podcast guest|referent(?:in)?|intervenante?|"
    r"ponente|palestrante|relat(?:ore|rice)|spreker|gastspreker|sprecher(?:in)?|redner(?:in)?)",
    # ... or a guest of a show, who comes on it to be heard ("thanks for coming on the show")
    r"(?:coming|come|be|being|appear|appearing|joining us|join us) (?:on|in) (?:the|our|my) "
    r"(?:show|podcast|programme|program|episode)",
    r"(?:our|a|as a) guest (?:on|in|for|of) (?:the|our|this|an?|my) (?:show|podcast|episode|"
    r"programme|program)",
    r"zu gast (?:in|bei) (?:unserem|unserer|dem|der|meinem|meiner) (?:podcast|sendung|show)",
    r"(?:invitee?|venir) (?:dans|sur|a) (?:notre|l'|mon|ma) ?(?:emission|podcast)",
    r"(?:invitad[oa]|venir|estar) (?:en|a) (?:nuestro|nuestra|el|la|mi) (?:podcast|programa)",
    r"(?:convidad[oa]|vir|participar) (?:do|no|ao|de) (?:nosso |nossa |o |meu )?(?:podcast|"
    r"programa)", r"ospite (?:del|nel|al|di) (?:nostro |mio )?(?:podcast|programma)",
    r"(?:te )?gast in (?:onze|de|mijn) (?:podcast|show|uitzending)",
)  # fmt: skip
#: The text says where or when a piece about the user appears: an edition, an issue, a slot on
#: air, its readers or listeners ("for Saturday's edition", "Parution jeudi", "uscirà sul numero
#: di marzo"). A reporter's interview, whatever its title; a newspaper hiring names the post.
PRESS_PIECE = _words(
    r"(?:(?:today|tomorrow|saturday|sunday|monday|tuesday|wednesday|thursday|friday)'s|next|"
    r"weekend|print|sunday|saturday) edition",
    r"(?:next|upcoming|spring|summer|autumn|winter|january|february|march|april|june|july|"
    r"august|september|october|november|december) issue",
    r"(?:for|to|tell) (?:our|the) (?:readers|listeners|viewers)", r"feature you", r"featuring you",
    r"(?:goes|go|will go|going) (?:live|to print|on air)", r"(?:be|is|are) on air",
    r"(?:fur|an) (?:unsere[nr]?|die) (?:leser\w*|horer\w*|zuschauer\w*)",
    r"(?:nachsten|morgigen|samstags|sonntags|wochenend)-? ?ausgabe", r"auf sendung",
    r"erscheint (?:am (?:samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag)|"
    r"in der (?:nachsten|kommenden) ausgabe|nachste woche)", r"portrat (?:uber|von)",
    r"parution", r"(?:pour|a) (?:nos|vos) (?:lecteurs|lectrices|auditeurs|telespectateurs)",
    r"rubrique (?:du|de|des)", r"a l'antenne", r"portrait (?:de|sur)",
    r"edition (?:du|de) (?:samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain)",
    r"(?:para|a) (?:nuestr[oa]s|los) (?:lectores|oyentes|espectadores)", r"edicion dominical",
    r"edicion (?:del|de) (?:sabado|domingo|lunes|martes|miercoles|jueves|viernes|manana)",
    r"(?:saldra|se publicara|sale publicad[oa]) (?:el|en) (?:periodico|diario|numero|sabado|"
    r"domingo|lunes|martes|miercoles|jueves|viernes|revista)", r"en antena",
    r"(?:para|a)o?s? (?:nossos )?(?:leitores|ouvintes|espectadores)", r"edicao dominical",
    r"edicao (?:de|do|da) (?:sabado|domingo|segunda|terca|quarta|quinta|sexta|amanha)",
    r"materia (?:de|do|da) (?:domingo|sabado|capa|amanha)",
    r"(?:per|a) (?:i )?(?:nostri )?(?:lettori|ascoltatori|telespettatori)",
    r"uscira (?:sul|nel|il|la)",
    r"(?:sul|nel) prossimo numero", r"in onda",
    r"edizione (?:di|del) (?:sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|domani)",
    r"(?:voor|aan) (?:onze|de) (?:lezers|luisteraars|kijkers)",
    r"(?:volgende|zaterdag\w*|zondag\w*) editie",
    r"verschijnt (?:volgende week|zaterdag|zondag|in (?:de|het) (?:krant|blad|magazine))",
    r"in de uitzending",
)  # fmt: skip
#: A place on a study programme: an admissions interview, whatever the title calls it
#: ("Auswahlgespräch – Masterstudiengang ...", "Entretien – Master en Finance").
_PROGRAMME_ANY = _words(
    r"(?:master|bachelor|mba|msc|llm|phd|doctoral|doctorate|undergraduate|postgraduate)'?s? "
    r"(?:programmes?|programs?|course|degree|studies|applications?|admissions?)",
    r"master'?s? (?:in|of|en|em|di)", r"(?:executive )?mba",
    r"studienplatz\w*", r"masterstudium", r"mestrado", r"doutorado", r"dottorato",
    r"laurea (?:magistrale|triennale)", r"corso di laurea", r"masteropleiding\w*",
    r"admissions?" + _NOT_A_POST, r"admision", r"admissao", r"ammissione", r"zulassung\w*",
    r"toelating\w*",
    r"scholarships?", r"stipendium", r"becas?", r"borsa di studio", r"bolsa de estudos?",
    r"fellowships?", r"bursar(?:y|ies)",
    # a day for those who may study there: they try the course, no employer chooses them
    r"(?:aankomende|toekomstige) studenten", r"studiekeuze\w*", r"proefstuderen",
    r"studieninteressierte\w*", r"schnupperstudium", r"schnuppervorlesung\w*",
    r"futur(?:e|s|es)? (?:etudiant|etudiante|etudiants|etudiantes|bacheliers)", r"lyceens",
    r"futur[oa]s? (?:estudiantes|alumn[oa]s|universitari[oa]s)", r"futur[oi] (?:studenti|"
    r"matricol[ei])", r"prospective (?:students?|undergraduates?)", r"taster (?:day|lecture)s?",
    # a teacher's training: its visited and examined lessons are a course's, not a post's
    r"referendariat\w*", r"vorbereitungsdienst\w*", r"unterrichtsbesuch\w*",
    r"lehramtsanwart\w*", r"pgce", r"student teaching", r"teaching (?:practice|placement)",
    r"stage (?:pedagogique|en responsabilite)", r"lerarenopleiding", r"lio-?stage",
    r"practicas docentes", r"estagio (?:supervisionado|docente)", r"tirocinio (?:diretto|"
    r"indiretto|formativo)",
    inside=(r"studiengang(?:e|s|es)?",),
)  # fmt: skip
_PROGRAMME_ORGANIZER = _words(
    r"admissions?", r"zulassung\w*", r"admisiones", r"admissoes", r"ammissioni",
    r"toelating\w*", r"studierendensekretariat", r"studentensekretariat", r"graduate school",
    r"business school",
)  # fmt: skip
_PROGRAMME_BODY = _words(
    r"admissions?" + _NOT_A_POST, r"(?:the|our|this|your) (?:master|bachelor|mba|phd|doctoral) "
    r"(?:programme|program|course|degree)", r"master'?s? (?:in|of|en|em|di)", r"au master",
    r"al master", r"(?:den|zum|fur den) (?:master|bachelor)studiengang", r"studiengang\w*",
    r"admision", r"admissao", r"ammissione", r"zulassung\w*", r"toelating\w*",
)  # fmt: skip
#: Unpaid help for a cause: a volunteer's "interview" is no job's.
_VOLUNTEER_ANY = _words(
    r"volunteer(?:s|ing)?" + _NOT_A_POST, r"ehrenamt(?:s|lich|liche|licher|lichen|liches)?",
    r"freiwillig(?:e|er|en|es)?", r"benevol(?:e|es|at)", r"voluntariado", r"voluntari[oa]s?",
    r"volontariato", r"volontari[oa]?", r"vrijwillig(?:er|ers|erswerk|e)?",
)  # fmt: skip
#: Money for a company or a project: investors, an accelerator, a grant.
_FUNDING_ANY = _words(
    r"investors?(?! relations)", r"investoren", r"investisseurs?", r"inversor(?:es|as)?",
    r"investidor(?:es|as)?", r"investitori", r"investeerders?",
    r"(?:pre-seed|seed|series [a-d]|funding|investment|fundraising) rounds?",
    r"fundraise", r"term sheet", r"due diligence", r"cap table", r"demo day",
    r"pitch (?:deck|meeting|night|day|competition|event|session)",
    r"accelerat(?:or|eur)s?", r"incubat(?:or|eur)s?", r"inkubator\w*", r"aceleradora?s?",
    r"acceleratore", r"incubadoras?", r"incubatore",
    r"grant (?:application|interview|panel|proposal|funding)",
    r"(?:research|project|community|arts|startup|government|innovation) grants?",
    r"forderantrag\w*", r"subvention\w*", r"subvencion\w*", r"sovvenzion\w*",
    r"subsidieaanvraag\w*",
)  # fmt: skip
#: A home the user may rent or buy: a viewing, a walkthrough, a board or a flatshare's casting.
_HOME_ANY = _words(
    r"(?:apartment|flat|house|condo|property|room|rental|unit) (?:viewing|walkthrough|"
    r"walk-through|showing|tour|inspection)", r"viewings?", r"open homes?",
    r"apartment" + _NOT_A_POST, r"appartement", r"apartamento", r"appartamento", r"wohnung",
    r"woning",
    r"wg-?casting", r"bezichtiging\w*",
    r"visite (?:de l'appartement|d'appartement|du logement|de la maison|du bien)",
    r"visita (?:al |del |ao |do |all'|dell')?(?:piso|apartamento|imovel|appartamento|casa)",
    r"co-?op board", r"condo board",
    inside=(r"besichtigung(?:en)?",),
)  # fmt: skip
_HOME_BODY = _words(
    r"apartment" + _NOT_A_POST, r"appartement", r"apartamento", r"appartamento", r"wohnung",
    r"woning", r"tenancy", r"rental (?:application|agreement)", r"loyer", r"miete", r"alquiler",
    r"aluguel",
    r"affitto", r"huur", r"landlord", r"vermieter\w*", r"proprietaire", r"casero",
)  # fmt: skip
#: A celebration the user plans or attends (its vendors "interviewed": a photographer, a
#: caterer), or a film shown.
_PARTY_ANY = _words(
    r"weddings?", r"hochzeit\w*", r"mariage", r"boda", r"casamento", r"matrimonio", r"bruiloft",
    r"birthday", r"geburtstag\w*", r"anniversaire", r"cumpleanos", r"aniversario", r"compleanno",
    r"verjaardag\w*", r"baby shower", r"hen (?:do|party)", r"stag (?:do|party)", r"bachelorette",
)  # fmt: skip
_FILM_ANY = _words(
    r"films?", r"movies?", r"cinema", r"kino", r"cine", r"premiere", r"trailer",
    r"q&a with the (?:director|cast)",
)  # fmt: skip
_FILM_BODY = _words(
    r"(?:the|this|our) (?:film|movie|documentary|screening)", r"doors open",
    r"q&a with the (?:director|cast|filmmakers?)",
)  # fmt: skip
_SURVEY_ANY = _words(
    r"survey", r"questionnaire", r"feedback (?:call|session|survey)", r"umfrage",
    r"fragebogen", r"enquete", r"questionnaire", r"encuesta", r"pesquisa", r"sondaggio",
    r"questionario", r"vragenlijst",
)  # fmt: skip

# (kind, the title begins with, anywhere in the title, in the organizer, in the body)
CONTEXTS: tuple[
    tuple[str, re.Pattern[str] | None, Words | None, Words | None, Words | None], ...
] = (
    ("travel", _TRAVEL_START, _TRAVEL_ANY, None, None),
    ("a to-do", _TASK_START, _TASK_ANY, None, None),
    ("press or a podcast", None, _PRESS_ANY, _PRESS_ORGANIZER, _PRESS_BODY),
    ("sports or a quiz", None, _SPORTS_ANY, _SPORTS_ORGANIZER, _SPORTS_BODY),
    ("a medical or personal appointment", _MEDICAL_START, _MEDICAL_ANY, None, None),
    ("school", None, _SCHOOL_ANY, None, None),
    ("a webinar, fair or conference", None, _EVENTS_ANY, None, None),
    ("a vendor demo or sales call", None, _DEMO_ANY, None, None),
    ("a customer visit", None, _VISIT_ANY, None, None),
    ("coaching or counselling", None, _COACHING_ANY, None, None),
    ("a hold or a room reservation", None, _HOLD_ANY, None, None),
    ("a repair or a service", _SERVICE_START, _SERVICE_ANY, None, None),
    ("an offer or onboarding", None, _OFFER_ANY, None, None),
    ("an exam or an office appointment", None, _EXAM_ANY, None, None),
    ("a meeting at work", None, _WORK_ANY, None, None),
    ("a survey or feedback", None, _SURVEY_ANY, None, None),
    ("a school, a bank, a lawyer or a therapist", None, _SERVICE_MEETING_ANY, None, None),
    ("a loan or a mortgage", None, _LOAN_ANY, None, None),
    ("a meeting with the user's bank or adviser", None, _ADVISER_ANY, None, None),
    ("a study the user takes part in", None, _STUDY_ANY, None, None),
    (
        "a study programme or admissions",
        None,
        _PROGRAMME_ANY,
        _PROGRAMME_ORGANIZER,
        _PROGRAMME_BODY,
    ),
    ("volunteering", None, _VOLUNTEER_ANY, _VOLUNTEER_ANY, None),
    ("investors, an accelerator or a grant", None, _FUNDING_ANY, None, None),
    ("a home to rent or buy", None, _HOME_ANY, None, _HOME_BODY),
    ("a celebration", None, _PARTY_ANY, None, None),
    ("a film", None, _FILM_ANY, None, _FILM_BODY),
)


def _union(scans: list[Words]) -> Words:
    """One list of all the words of ``scans``: none of them is found where it finds nothing."""
    union = scans[0]
    for scan in scans[1:]:
        union = union + scan
    return union


# The kinds a title can say even when it names a job interview ("HOLD: Vorstellungsgespräch",
# "Fahrtkosten Vorstellungsgespräch einreichen").
KINDS_AGAINST_ANY_TITLE = frozenset(
    {
        "a to-do",
        "a hold or a room reservation",
        "travel",
        # whom else a selection chooses: a study's participants, a programme's students, a
        # cause's volunteers, a fund's founders, a landlord's tenants
        "a study the user takes part in",
        "a study programme or admissions",
        "volunteering",
        "investors, an accelerator or a grant",
        "a home to rent or buy",
    }
)
# The kinds a title that names an interview outright never says: their words name employers too.
KINDS_AGAINST_UNNAMED = frozenset(
    {
        "a school, a bank, a lawyer or a therapist",
        # an agency's client is the employer: "Kundentermin Elektroingenieur (m/w/d)"
        "a customer visit",
        # a film studio or a cinema hires too: "Interview – Film Editor"
        "a film",
    }
)

# A hold said in the body ("this is a placeholder; please don't join").
HOLD_IN_BODY = ("a hold or a room reservation", _HOLD_BODY)

# Each column of CONTEXTS at once: an event that names none of them is read once per column.
ANY_START = lazy("|".join(f"(?:{c[1].pattern})" for c in CONTEXTS if c[1] is not None))
ANY_TITLE = _union([c[2] for c in CONTEXTS if c[2] is not None])
ANY_ORGANIZER = _union([c[3] for c in CONTEXTS if c[3] is not None])
ANY_BODY = _union([c[4] for c in CONTEXTS if c[4] is not None])

# A calendar's own prefixes before the title ("Updated invitation: ...", "Canceled: ...").
TITLE_PREFIX = lazy(
    r"^(?:(?:updated |new |aktualisierte |nouvelle )?(?:invitation|einladung|invitacion|convite|"
    r"invito|uitnodiging)(?: mise a jour| actualizada| atualizado| aggiornato| bijgewerkt)?|"
    r"cancel+ed|cancelada|cancelado|annule|abgesagt|annullato|geannuleerd|accepted|declined|"
    r"tentative|rescheduled|moved|reminder|erinnerung|rappel|recordatorio|lembrete|"
    r"promemoria|herinnering|fwd?|re|wg|tr|rv|aw|i|enc|res|doorst|antw|sv|vs)\s*:\s*"
)
# Where one part of a title ends and the next begins: a separator or a bracket.
TITLE_PARTS = lazy(r"\s+[-|/]\s+|\s*[|:()\[\]]\s*|\s+@\s+")

# The invitation says it is no part of a selection ("not part of our selection process").
NOT_SELECTION = _words(
    r"not (?:a )?part of (?:the |our |any |your )?(?:selection|hiring|recruit\w*|interview|"
    r"application) process",
    r"(?:outside|separate from|independent of) (?:the |our |your )?(?:selection|recruitment|"
    r"recruiting|hiring|interview|assessment|application) process",
    r"(?:won't|will not|doesn't|does not|will never) (?:affect|count (?:towards?|against)|"
    r"influence|feed into) (?:your|the) (?:application|candidacy|hiring decision)",
    r"no evaluation (?:is|will be) made",
    r"kein (?:teil|bestandteil) (?:des|unseres|ihres) (?:auswahl|bewerbungs)\w*",
    r"au(?:ss|ß)erhalb des (?:auswahl|bewerbungs)verfahrens",
    r"ne fait pas partie (?:du|de notre) processus",
    r"(?:sans|n'a aucune) incidence sur (?:votre|ta) candidature",
    r"en dehors du processus de (?:recrutement|selection)",
    r"no forma parte del proceso", r"fuera del proceso de seleccion",
    r"nao faz parte do processo", r"fora do processo seletivo",
    r"non fa parte del processo", r"fuori dal processo di selezione",
    r"geen (?:deel|onderdeel) (?:uit )?van de (?:sollicitatie|selectie)\w*",
    r"buiten de (?:sollicitatie|selectie)procedure",
)  # fmt: skip
# ... or that the user is not assessed in it ("nobody takes notes", "fließt nicht in die
# Bewertung ein"): said of a chat or a visit, that decides; said of a slot inside an interview
# ("lunch is not assessed") it does not.
NOT_ASSESSED = _words(
    r"not (?:a )?part of (?:the |our |your )?(?:assessment|evaluation)",
    r"no (?:evaluation|assessment|scoring) (?:is|will be) (?:made|done|involved)",
    r"(?:won't|will not|isn't|is not|aren't|are not|not) (?:be )?(?:formally )?(?:assessed|"
    r"evaluated|scored)(?! on| for| by| against| in| as)",
    r"(?:nobody|no one|no-one) (?:takes|will take|is taking) notes",
    r"(?:nobody|no one|no-one) (?:scores|will score|is scoring|assesses|will assess) you",
    r"(?:won't|will not|doesn't|does not|will never) (?:affect|count (?:towards?|against)|"
    r"influence|feed into) (?:your|the) (?:assessment|evaluation|outcome)",
    r"kein (?:teil|bestandteil) der (?:bewertung|auswahl)",
    r"flie(?:ss|ß)t nicht in (?:die|ihre|deine) (?:bewertung|auswahl|entscheidung)",
    r"(?:wird|werden|wirst) (?:sie |du )?nicht bewertet", r"(?:ohne|keine) bewertung",
    r"ne fait pas partie (?:de la|de l') ?(?:selection|evaluation)",
    r"(?:n'est|ne sera|ne seront) pas (?:evalue|note)e?s?",
    r"(?:ne fait l'objet d')?aucune evaluation",
    r"no es parte de la (?:evaluacion|seleccion)", r"no forma parte de la (?:evaluacion|seleccion)",
    r"no (?:se evalua|seras evaluad[oa]|sera evaluad[oa]|te evaluaremos|hay evaluacion)",
    r"no cuenta para (?:tu|su|la) (?:candidatura|evaluacion)",
    r"nao faz parte (?:da avaliacao|da selecao)", r"nao (?:e|sera|seras) (?:avaliad[oa]|uma "
    r"avaliacao)", r"nao conta para (?:a avaliacao|a sua candidatura|sua candidatura)",
    r"non fa parte (?:della valutazione|della selezione)", r"non (?:si tratta di|e) una "
    r"valutazione", r"non (?:sarai|sara|verrai|verra) valutat[oa]", r"nessuna valutazione",
    r"geen (?:deel|onderdeel) (?:uit )?van de beoordeling",
    r"(?:wordt|word je|wordt u|wordt je) niet beoordeeld", r"geen beoordeling",
    r"telt niet mee (?:in|voor) (?:de|je|uw) (?:beoordeling|selectie|sollicitatie)",
)  # fmt: skip

#: A title that holds a slot rather than fills it: a hold, a placeholder, a tentative or
#: provisional slot, a possible round, "do not accept" (a company's, or the user's own).
HOLD_TITLE = _words(
    r"hold", r"placeholder", r"platzhalter", r"tentative(?:ly)?", r"provisional(?:ly)?",
    r"provisoire", r"provisorisch\w*", r"provvisori[oa]", r"voorlopig\w*", r"vorlaufig\w*",
    r"pencil(?:led|ed)?(?: in)?", r"option ?:", r"pre-?reserva\w*", r"reservad[oa]",
    r"riservat[oa]", r"gereserveerd",
    r"(?:possible|posible|possivel|possibile|mogelijke?|mogliche[snr]?|eventuel\w*) "
    r"(?:[\w-]+ ){0,2}?(?:interview|round|rnd|onsite|final|entrevista|entretien|colloquio|"
    r"gesprek|gesprach|vorstellungsgesprach|runde|ronda|ronde)\w*",
    r"do not (?:accept|join)", r"don't (?:accept|join)", r"nicht (?:annehmen|zusagen)",
    r"ne pas (?:accepter|rejoindre)", r"no (?:aceptar|acepte)", r"nao aceit\w+",
    r"non accettare", r"niet accepteren",
)  # fmt: skip
#: The invitation is about the user's child: a school's or a nursery's admission, not a job.
YOUR_CHILD = _words(
    r"(?:your|my|our) (?:child|son|daughter|kid|little one)(?:'s)?",
    r"(?:ihr|ihre|ihres|ihrem|dein|deine|deines|deinem|mein|meine|unser|unsere)(?:m|n|s)? "
    r"(?:kind|sohn|tochter)\w*", r"(?:votre|ton|mon|notre) (?:enfant|fils|fille)",
    r"(?:su|tu|mi|nuestro|nuestra) (?:hijo|hija|nino|nina|peque)",
    r"(?:seu|sua|teu|tua|meu|minha|nosso|nossa) (?:filho|filha|crianca)",
    r"(?:suo|sua|tuo|tua|mio|mia|nostro|nostra) (?:figlio|figlia|bambino|bambina)",
    r"(?:uw|je|jouw|mijn|ons|onze) (?:kind|zoon|dochter)",
)  # fmt: skip

# An event for many applicants at once, named in the title: an applicant webinar, an open day,
# a fair or a job club is no interview, even one that offers interviews on the spot.
FOR_MANY = _words(
    r"webinars?", r"webcast", r"live ?stream",
    # a company meeting many at once: a hiring day with walk-in interviews, an insight day, a
    # presentation on campus
    r"(?:hiring|recruitment|recruiting) (?:event|drive)s?", r"walk-in (?:interviews?|day|event)",
    r"open (?:interviews|hiring)", r"insight (?:day|days|programme|program|week|evening|event)",
    r"employer presentation", r"campus (?:presentation|talk|event|visit day)",
    r"meet (?:the|our) recruiters", r"journee (?:de recrutement|portes ouvertes)",
    r"jornada de (?:reclutamiento|empleo)", r"recruiting-?(?:event|tag)",
    r"giornata di reclutamento",
    r"info(?:rmation)? (?:session|evening|night|event)", r"info-?session",
    r"info(?:rmations)?abend", r"infoveranstaltung", r"informationsveranstaltung",
    r"soiree d'information", r"reunion d'information", r"sesion informativa",
    r"sessao informativa", r"serata informativa", r"informatie(?:avond|bijeenkomst)",
    r"open (?:day|evening|house)", r"tag der offenen tur", r"portes ouvertes",
    r"info(?:avond|dag|middag|ochtend)", r"voorlichting\w*",
    r"puertas abiertas", r"porte aperte", r"open dag",
    r"(?:career|careers|job|jobs|graduate|recruitment|hiring|employment) (?:fair|expo|forum)",
    r"job club", r"jobclub", r"jobs club", r"jobmesse", r"karrieremesse", r"jobborse",
    r"salon (?:de l'emploi|des metiers|du recrutement)", r"forum (?:emploi|entreprises|metiers)",
    r"job dating", r"speed-?dating", r"(?:azubi|ausbildungs)-?speed-?dating",
    r"feria (?:de empleo|laboral|de trabajo)",
    r"feira (?:de emprego|de carreiras|de empregos)", r"banenmarkt", r"carrierebeurs",
    r"banenbeurs", r"fiera del lavoro", r"career day", r"recruiting day",
)  # fmt: skip

# The invitation asks for a comment for the press: a reporter's interview, not an employer's
# ("quotes on the record for a feature on ...").
PRESS_REQUEST = Gated(
    lazy(
        r"\b(?:on the record|off the record|quotes? on record|(?:for|pour|para|per|voor|fur) "
        r"(?:(?:a|an|our|the|my|un|une|uno|una|um|uma|een|einen|eine|unsere?n?|el|la|le|il|lo|"
        r"o|het|de|den|das|die|der) |l')"
        r"(?:feature|story|article|piece|report|segment|column|artikel|beitrag|reportage|"
        r"reportaje|reportagem|articulo|artigo|articolo|materia|servizio|nota) "
        r"(?:on|about|sur|sobre|su|sul|sulla|sulle|sui|sugli|over|uber|zu|zum|zur)|"
        r"(?:some|a few) quotes|quote you|be quoted|zitieren)(?!\w)"
    ),
    *("record", "feature", "story", "article", "piece", "report", "segment", "column"),
    *("artikel", "beitrag", "articulo", "artigo", "articolo", "materia", "servizio", "nota"),
    *("quote", "zitieren"),
)

# The invitation speaks of the user's insurance claim: an insurer's or a loss adjuster's
# interview, whatever its title calls it ("Recorded interview - claims investigator").
YOUR_CLAIM = _words(
    r"(?:your|the|this) (?:[\w-]+ ){0,3}?insurance claim",
    r"your (?:home|house|car|motor|vehicle|contents|buildings?|property|storm|water|flood|fire|"
    r"theft|injury|accident|travel insurance|pet) (?:damage )?claim",
    r"loss adjust(?:er|or|ers|ors|ment)",
    r"(?:ihr|ihres|ihrem|ihren|dein|deines|deinem) (?:versicherungs)?(?:schaden(?:s)?fall\w*|"
    r"schadens?meldung|schaden)", r"schadens?nummer", r"versicherungsfall\w*",
    r"(?:votre|ton) (?:dossier de )?sinistre", r"(?:numero|declaration|dossier) de sinistre",
    r"(?:su|tu) siniestro", r"(?:numero|parte) (?:de|del) siniestro",
    r"(?:seu|teu) sinistro", r"(?:numero|participacao) (?:do|de) sinistro",
    r"(?:il suo|il tuo|vostro) sinistro", r"(?:numero|pratica|denuncia) (?:di|del) sinistro",
    r"uw schade(?:melding|claim|dossier)", r"schadenummer", r"schadedossier",
)  # fmt: skip
#: The text names an admission: a school's, a college's or a programme's meeting with a pupil or
#: a student ("Aufnahmegespräch für Leon", "entretien d'admission"). A school may call it a
#: "Vorstellungsgespräch" or an "interview"; its text says what it admits to. (Portuguese
#: "admissão" is also an employee's hiring: not listed.)
ADMISSION = _words(
    r"admissions? (?:interview|meeting|conversation|assessment|day|process|test)s?",
    r"(?:school|nursery|reception|sixth[- ]form) (?:place|admission|application)s?",
    r"enrol+ment (?:interview|meeting|conversation)s?",
    r"aufnahme(?:gesprach|test|prufung)\w*", r"(?:schul)?anmeldegesprach\w*",
    r"schulanmeldung\w*", r"einschulung\w*", r"schulaufnahme\w*",
    r"entretiens? (?:d'admission|d'inscription|de pre-?inscription)",
    r"(?:dossier|procedure|test|examen)s? d'admission", r"inscription scolaire",
    r"entrevistas? (?:de admision|de ingreso escolar|de matricula|de escolarizacion)",
    r"(?:proceso|prueba|examen)(?:s|es)? de admision", r"matricula escolar",
    r"colloqui[oa]? (?:di ammissione|di iscrizione|pre-?iscrizione)",
    r"(?:prova|test|esame) di ammissione", r"iscrizione (?:alla|a|in) (?:prima|classe|scuola)",
    r"toelating(?:sgesprek|stest|sprocedure|sexamen)\w*",
    # a school's new intake of pupils and their families
    r"new (?:pupils|intake of pupils)", r"neue(?:n)? schuler(?:innen)?", r"nouveaux eleves",
    r"(?:familias|alumn[oa]s|ninos) de nuevo ingreso", r"nuevo ingreso escolar",
    r"(?:novos|novas) alun[oa]s", r"nuov[ie] (?:iscritt[ie]|alunn[ie])", r"nieuwe leerlingen",
)  # fmt: skip
#: The sayings of an invitation's text that decide alone it is no interview of the user's, as one
#: list: most texts hold none of them, and are read once, not once for each.
BODY_VETOES = _union([NOT_SELECTION, NOT_ASSESSED, YOUR_CHILD, YOUR_CLAIM, ADMISSION])

# The user's own note about another person's interview: a friend's or a relative's ("Maya -
# final round (text her after!)", "her panel is 1-5pm", "wish him luck").
SOMEONE_ELSES = _words(
    r"(?:her|his|their) (?:job |first |second |third |next |final |big |last )?(?:interview|"
    r"panel|onsite|on-site|final round|round|screen|assessment|superday|trial shift|trial day)s?"
    r"(?! (?:style|questions?|approach|process|notes|techniques?|topics?|focus))",
    r"(?:wish|wishing) (?:her|him|them) (?:good )?luck",
    r"(?:she|he|they)(?:'s|'re| is| are| has| have) (?:an? |got an? )?(?:interview\w*|applying)",
    r"(?:sie|er) hat (?:morgen |heute |bald )?(?:ein|einen) (?:vorstellungsgesprach|"
    r"bewerbungsgesprach|interview)\w*", r"(?:elle|il) a (?:un )?entretien",
    r"(?:ella|el) tiene (?:una )?entrevista", r"(?:ela|ele) tem (?:uma )?entrevista",
    r"(?:lei|lui) ha (?:un )?colloquio",
    r"(?:zij|ze|hij) heeft (?:een )?(?:sollicitatiegesprek|gesprek|interview)",
    r"good[- ]luck (?:msg|message|text|call)",
    r"(?:ihr|ihm|ihnen) (?:viel )?gluck wunschen",
    r"(?:ihr|ihrem|ihres|sein|seinem|seines) (?:vorstellungsgesprach|bewerbungsgesprach|"
    r"interview)\w*",
    r"(?:lui|leur) souhaiter bonne chance", r"son entretien d'embauche",
    r"desearle (?:buena )?suerte", r"(?:la|su) entrevista de (?:el|ella)",
    r"desejar(?:-lhe)? boa sorte", r"entrevista (?:dela|dele)",
    r"il suo colloquio", r"(?:fargli|farle) (?:gli )?(?:auguri|un in bocca al lupo)",
    r"(?:haar|zijn) (?:sollicitatiegesprek|sollicitatie|gesprek|interview)\w*",
    r"(?:haar|hem) succes (?:te )?wensen",
)  # fmt: skip

# --------------------------------------------------------------------------- the other side

# The user is on the interviewing side (a work calendar's interviewer invite).
_INTERVIEWER_SIDE = Gated(
    lazy(
        r"\b(?:scorecards?|score ?sheets?|interview kit|interviewer (?:guide|notes|packet)|"
        r"you are the interviewer|you're the interviewer|"
        r"(?:you will be|you're|you are) interviewing(?! with| at| for)|"
        r"your (?:focus area|interview questions)|"
        r"feedback form|question pack|"
        rf"interviewers?\s*:\s*{MYSELF}\b|panel\s*:[^\n]{{0,160}}\b{MYSELF}\b|on (?:the )?panel\)|"
        r"wash-?up|score independently|bewertungsbogen|interviewleitfaden|"
        rf"kandidat(?:in)?\s*:\s*(?!{MYSELF}\b)\w|candidat[oa]\s*:\s*(?!{MYSELF}\b)\w|"
        rf"grille d'evaluation|candidate\s*#|candidate\s*:\s*(?!{MYSELF}\b)\w|\(candidate\)|"
        r"candidate packet|rubric\b|"
        r"rubrica de (?:evaluacion|avaliacao)|"
        r"candidate \d+ of \d+|candidate'?s? (?:resume|cv|profile|portfolio)|"
        # an agency sends the user, its client, the candidates for their vacancy
        r"candidates (?:for|to interview for) your|shortlist(?:ed)? for your|"
        # the user shadows an interview to learn to hold them (not a trial day's "you will be
        # shadowing our senior carer")
        r"you(?:'ll| will)? (?:be )?shadow(?:ing)? [^.\n]{0,60}?\b(?:interview|panel|candidate)|"
        r"shadow(?:ing)?(?: | ?[-:] )(?:an? |the )?"
        r"(?:\w+ )?interview(?!s? (?:day|shift))|you observe\)|"
        # someone else's CV: the user reads an applicant's papers
        r"(?:her|his|their) (?:cv|resume)|son cv|seinen lebenslauf|sein cv|"
        r"(?:il suo|il) cv (?:del|della) candidat|"
        r"(?:zijn|haar) cv|curriculo (?:dele|dela)|"
        # the text tells the user to interview someone, in each language: "you're scheduled to
        # interview Jordan", "vas a entrevistar a Carlos", "recevoir la candidate", "gesprek met
        # de kandidaat" (not "Sie führen das Gespräch", "farai il colloquio": the candidate has
        # the conversation as well)
        r"(?:you(?:'re| are)? (?:scheduled|invited|booked|asked|due|set|confirmed|needed) to|"
        r"you(?:'ll| will)|please) interview (?:the (?:candidate|applicant)|(?!(?:with|w/|at|for|"
        r"on|onsite|on-site|in|in-person|by|via|over|remotely|virtually|online|together|us|me|"
        r"here|there|today|tomorrow|next|this|from|first|again|twice|back|face|live|then|as|"
        r"before|after|during|between|and|or|across|once|directly|separately|individually|one|"
        r"two|three|each|both|all|several|multiple|the|our|a|an|your|their|its|his|her|with)\b)"
        r"[a-z])|"
        r"(?:gesprach|interview)\w* mit (?:der|dem|den) (?:bewerberin|bewerber|bewerbern|"
        r"kandidatin|kandidaten)\b|"
        r"recevoir (?:la |le |les )?candidat|(?:ferez|allez faire|devez faire|pourrez faire) "
        r"passer (?:un |l'|les )?entretien|(?:vous )?(?:menerez|conduirez) (?:l'|les |un )?"
        r"entretien|"
        r"vas a entrevistar|entrevistaras|tienes que entrevistar|"
        r"(?:voce|tu) (?:vai|vais|ira) entrevistar|vais entrevistar|"
        r"colloqui[oa]? con (?:il|la|i|le) candidat|"
        r"(?:gesprek|gesprekken) met de (?:kandidaat|kandidaten|sollicitant\w*)|"
        r"interview pack|candidates back[- ]to[- ]back)"
    ),
    *("scorecard", "score", "interview kit", "interviewer", "interviewing", "feedback form"),
    *("panel", "focus area", "interview questions", "question pack", "wash", "bewertungsbogen"),
    *("interviewleitfaden", "kandidat", "candidat", "rubric", "grille d'evaluation"),
    *("cv", "resume", "lebenslauf", "shadow", "you observe", "candidates", "shortlist"),
    *("curriculo", "to interview", "ll interview", "will interview", "please interview"),
    *("mit de", "recevoir", "passer", "menerez", "conduirez", "entrevistar", "colloqui"),
    *("gesprek", "pack", "back-to-back", "back to back"),
)
# "Dana's portfolio": tried only where "'s portfolio" is (at every word, \w+ backtracks).
_SOMEONES_PORTFOLIO = Gated(lazy(r"\b\w+'s portfolio\b"), "'s portfolio")
# A title that names another person as the candidate ("Interview: Werkstudent - Kandidatin X").
CANDIDATE_IN_TITLE = _words(
    r"candidates?", r"kandidat(?:in|en)?", r"candidat[eo]?s?", r"candidata", r"kandidaat"
)
#: Applicants in a title: an event the user typed for them is the user's to hold ("Interviews
#: – cashier applicants", "Interview – barista applicant"); not the candidates' own day or papers.
APPLICANTS = _words(
    r"applicants?", r"candidates?(?! (?:day|experience|portal|pack|guide|information|login))",
    r"bewerber(?:in|innen)?", r"bewerbende", r"kandidat(?:in|en|innen)?", r"candidat[eo]?s?",
    r"candidata", r"kandidaat", r"sollicitant(?:e|en)?", r"postulantes?",
)  # fmt: skip


#: The tools of scoring (a scorecard, a rubric, a feedback form): on the interviewing side,
#: unless the sentence says they score the user ("each panelist will score you using the
#: rubric", "vous serez évalué selon une grille d'évaluation").
_SCORING_TOOL = lazy(
    r"scorecards?|score ?sheets?|score independently|rubric|rubrica de|feedback form|"
    r"bewertungsbogen|grille d'evaluation"
)
_SCORES_YOU = Gated(
    lazy(
        r"\b(?:(?:scor|assess|evaluat|rat|mark|grad|judg)\w* you\b|you(?:'ll| will)? (?:be|are) "
        r"(?:\w+ )?(?:scored|assessed|evaluated|rated|marked|graded|judged)|your (?:answers|"
        r"responses|performance)|(?:sie|du) (?:werden|wirst) (?:\w+ ){0,4}(?:bewertet|beurteilt)|"
        r"(?:ihre|deine) antworten|vous serez (?:\w+ ){0,3}(?:evalue|note)|vos reponses|"
        r"(?:sera|seras|serás) (?:evaluad|calificad|avaliad)[oa]|(?:tus|sus|suas) respuestas|"
        r"suas respostas|(?:sarai|sara) valutat[oa]|le (?:tue|sue) risposte|"
        r"(?:je|u) (?:wordt|zal worden|zult worden) beoordeeld|(?:je|uw) antwoorden|"
        # the scorers meet the user: "each fill in a scorecard after speaking with you"; the
        # user tells of their own experience ("our candidate feedback form")
        r"(?:speaking|talking|meeting|chatting|interviewing) (?:with |to )?you\b|"
        r"(?:candidate|your) experience|tell us (?:about|how)|how we did)"
    ),
    *("you", "your", "sie ", "du ", "ihre", "deine", "vous", "vos", "sera", "tus", "sus"),
    *("suas", "sarai", "sara", "risposte", "beoordeeld", "antwoorden", "candidate experience"),
    *("tell us", "how we did"),
)


#: ... or that others score: the panel, each of its members, the writer ("each of us will ask
#: questions and score independently", "both will submit scorecards", "we use a joint
#: scoresheet"), a candidate's invitation describing its panel ...
_OTHERS_SCORE = _words(
    r"(?:each of us|both of us|both|all of us|each (?:panel+ist|panel member|interviewer|assessor|"
    r"member)|the (?:panel|interviewers|assessors)|they|we|i|he|she)(?:'ll| will| each| both| "
    r"all)? (?:[\w'-]+ ){0,4}?(?:score|scores|submit|use|complete|fill in|rate)",
    r"will (?:each|both|all) (?:score|submit|use|complete|fill)",
    r"(?:jede[rs]? von uns|beide|wir|ich|das gremium|die kommission) (?:[\w'-]+ ){0,4}?"
    r"(?:bewert\w*|full\w*|nutz\w*|verwend\w*)",
    r"(?:chacun (?:de nous|des membres)|nous|je|le jury) (?:[\w'-]+ ){0,4}?(?:evalue\w*|note\w*|"
    r"rempli\w*|utilise\w*)",
    r"(?:cada (?:uno de nosotros|um de nos|miembro|membro)|ambos|nosotros|nos|el (?:panel|comite)|"
    r"a banca) (?:[\w'-]+ ){0,4}?(?:evalua\w*|avalia\w*|califica\w*|puntua\w*|pontua\w*|usa\w*)",
    r"(?:ciascuno di noi|entrambi|noi|la commissione) (?:[\w'-]+ ){0,4}?(?:valut\w*|compil\w*|"
    r"usa\w*)",
    r"(?:ieder van ons|beiden|wij|we|de commissie) (?:[\w'-]+ ){0,4}?(?:beoordel\w*|invull\w*|"
    r"scor\w*|gebruik\w*)",
)
#: ... unless the sentence tells the user to score ("please submit your scorecard", "bitte
#: ausfüllen"): then they are on the panel.
_USER_TO_SCORE = _words(
    r"please",
    r"pls",
    r"your (?:scorecard|score ?sheet|feedback|scores|rubric)",
    r"you(?:'ll| will)? (?:score|submit|complete|fill)",
    r"bitte",
    r"merci de",
    r"por favor",
    r"per favore",
    r"graag",
)


def _scores_the_user(text: str, m: re.Match[str]) -> bool:
    """Is ``m`` a tool of scoring in a sentence that says the user is the one scored, or that
    others (the panel, the writer) score while nothing tells the user to?"""
    if not _SCORING_TOOL.match(m.group(0)):
        return False
    start = max(text.rfind(stop, 0, m.start()) for stop in ".!?\n") + 1
    ends = [i for i in (text.find(stop, m.end()) for stop in ".!?\n") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    if _SCORES_YOU.search(sentence) is not None:
        return True
    return _OTHERS_SCORE.search(sentence) is not None and _USER_TO_SCORE.search(sentence) is None


def interviewer_side(text: str) -> re.Match[str] | None:
    """The first of ``_INTERVIEWER_SIDE`` and ``_SOMEONES_PORTFOLIO`` in ``text``: what the
    two as one alternation would find (where both start at one place, the first one's); a tool
    of scoring that scores the user is the candidate's side, and is passed over."""
    first = _INTERVIEWER_SIDE.search(text)
    while first is not None and _scores_the_user(text, first):
        first = _INTERVIEWER_SIDE.pattern.search(text, first.end())
    second = _SOMEONES_PORTFOLIO.search(text)
    if second is not None and (first is None or second.start() < first.start()):
        return second
    return first


# --------------------------------------------------------------------------- who organises

# An organizer whose name or address says it recruits (a talent team, a selection office).
RECRUITING_ORGANIZER = _words(
        r"recruit\w*", r"talent\w*", r"interview\w*", r"careers?", r"hiring", r"candidates?",
        r"people (?:team|& culture|and culture|ops)", r"people", r"human resources", r"hr",
        r"resourcing", r"graduates?", r"jobs", r"personal\w*", r"bewerbung\w*", r"karriere",
        r"recrutement", r"emploi", r"rh", r"seleccion", r"reclutamiento", r"talento",
        r"rrhh", r"empleo", r"selecao", r"recrutamento", r"vagas", r"selezione",
        r"reclutamento", r"risorse umane", r"werving", r"vacatures", r"rekrutacja",
    )  # fmt: skip

#: Words only a hiring process writes, beside a job's own names: the evidence that a company's
#: text that says what a meeting is about is about the user's candidacy.
CANDIDACY = (
    JOB_INTERVIEW
    + HIRING
    + YOUR_APPLICATION
    + APPLIED
    + _words(
        r"hiring (?:manager|team|panel|committee|process)",
        r"recruiter\w*",
        r"recruiting",
        r"interview (?:loop|panel|process|stage|round|day|schedule)",
        r"cv",
        r"resume",
        r"curriculum(?: vitae)?",
        r"lebenslauf",
        r"lettre de motivation",
        r"cover letter",
        r"salary expectations?",
        r"notice period",
        r"gehaltsvorstellung\w*",
        r"kundigungsfrist",
        r"pretentions? salariales?",
        r"pretension salarial",
        r"pretensao salarial",
        r"reclutador\w*",
        r"recruteu(?:r|se)s?",
        r"recrutador\w*",
        r"selezionat(?:ore|rice)",
        r"personalabteilung",
        r"ressources humaines",
        r"recursos humanos",
        r"risorse umane",
        # the terms of a post: its hours, its contract, its pay, what the employer checks
        r"full[- ]time",
        r"part[- ]time",
        r"permanent",
        r"fixed[- ]term",
        r"temporary",
        r"locum",
        r"shifts?",
        r"rota",
        r"salary",
        r"pay rate",
        r"hourly rate",
        r"per hour",
        r"wages?",
        r"start date",
        r"right to work",
        r"dbs",
        r"qualifications?",
        r"certificates?",
        r"referees?",
        r"vollzeit",
        r"teilzeit",
        r"befristet\w*",
        r"unbefristet\w*",
        r"gehalt\w*",
        r"temps (?:plein|partiel)",
        r"salaire",
        r"(?:tiempo|jornada) (?:completa|"
        r"parcial)",
        r"salario",
        r"tempo (?:integral|parcial|pieno|determinato|indeterminato)",
        r"stipendio",
        r"retribuzione",
        r"(?:voltijd|deeltijd)",
        r"salaris",
        # who sits on a selection panel: its chair, its members
        r"chair(?:ed by|person|woman|man)?",
        r"panel members?",
        r"panel(?:lists?|ists?)",
        r"(?:the|your) panel (?:is|will (?:be|consist|include|comprise)|includes?|consists?)",
    )
)
#: Hiring stages that are also other things (a public panel, a league's round, a team's deep
#: dive, a customer's case study): no evidence of a candidacy on their own.
AMBIGUOUS_STAGE = lazy(
    r"(?:.*\b(?:round|rnd|rd|runde|ronda|rodada|ronde|tour|vuelta|turno|step)\b.*|panel|painel|"
    r"deep[- ]dive|case study|meet the team)"
)

# Anything a title can say for an interview, or to qualify one away: most titles hold none, and
# one scan says so.
TITLE_EVIDENCE = (
    INTERVIEW
    + MAYBE_INTERVIEW
    + NAMED_STAGE
    + STAGE_HINT
    + JOB
    + QUALIFIED
    + BARE_FINAL
    + TRIAL_LESSON
)

# --------------------------------------------------------------------------- for company.py

# Meeting kinds ``company`` tells from a company's name: a title segment that is one of these is
# no company.
_OLD_STAGE = _words(
    r"technical",
    r"coding",
    r"pair programming",
    r"pairing session",
    r"system design",
    r"architecture",
    r"deep[- ]dive",
    r"case study",
    r"take[- ]home",
    r"walkthrough",
    r"presentation",
    r"whiteboard",
    r"behaviou?ral",
    r"culture",
    r"values",
    r"leadership",
    r"team fit",
    r"meet the team",
    r"panel",
    r"onsite",
    r"on-site",
    r"assessment",
    r"recruiter",
    r"founder",
    r"ceo",
    r"cto",
    r"hiring",
    r"screen",
    r"screening",
    r"intro(?:ductory)? (?:call|chat)",
    r"fit call",
    r"fachgesprach",
    r"kennenlernen",
    r"charla",
    r"loop",
)
STRONG = later(lambda: (INTERVIEW + MAYBE_INTERVIEW).plain)
STAGE = later(lambda: (_OLD_STAGE + NAMED_STAGE + STAGE_HINT + TRIAL_LESSON).plain)
_WEAK = _words(
        r"chat", r"call", r"conversation", r"meeting", r"coffee", r"intro", r"catch[- ]up",
        r"sync", r"talk", r"session", r"gesprach", r"telefonat", r"termin", r"llamada",
        r"reunion", r"conversacion", r"cafe", r"visio", r"appel", r"echange", r"gesprek",
        r"videocall", r"reuniao", r"chamada", r"chiamata", r"riunione",
    )  # fmt: skip
WEAK = later(lambda: _WEAK.plain)

"""Mail domains: which organisation an address belongs to, and what kind of sender it is.

``registrable_domain`` uses the public-suffix list bundled in the ``publicsuffixlist`` package (no
network at run time), so ``dana@eu.acme.co.uk`` and ``hr@acme.co.uk`` group together. Free-mail
providers never identify a company; ATS and scheduler vendors send invites and mail for companies
and are never a person. ``words_of_label`` splits a domain label into words ("copperlanetoys" ->
"Copper Lane Toys") with the SCOWL word list bundled in ``agent/data/words.txt.gz``.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from agent import org_kinds
from agent.legal_forms import LABEL_ENDINGS, LEGAL_FORMS

FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.de",
        "hotmail.fr", "hotmail.es", "live.com", "live.de", "msn.com", "yahoo.com", "yahoo.co.uk",
        "yahoo.de", "yahoo.fr", "yahoo.es", "ymail.com", "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "pm.me", "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch",
        "web.de", "t-online.de", "freenet.de", "posteo.de", "mailbox.org", "aol.com", "zoho.com",
        "yandex.com", "yandex.ru", "mail.ru", "fastmail.com", "hey.com", "tutanota.com", "tuta.io",
        "qq.com", "163.com", "126.com", "naver.com", "orange.fr", "free.fr", "laposte.net",
        "libero.it", "btinternet.com", "comcast.net", "verizon.net", "att.net", "seznam.cz",
        # the large providers' country domains, and the national ones, of the countries whose
        # languages invitations are read in (Germany, France, Spain, Italy, the Netherlands
        # and Belgium, Portugal and Brazil, Mexico and Argentina, the UK, Ireland, Canada,
        # Australia, New Zealand, India, Singapore, South Africa)
        "outlook.de", "outlook.fr", "outlook.es", "outlook.it", "outlook.pt", "outlook.com.br",
        "hotmail.it", "hotmail.nl", "hotmail.be", "hotmail.com.br", "hotmail.com.mx",
        "hotmail.com.ar", "hotmail.ca", "hotmail.com.au", "live.fr", "live.nl", "live.be",
        "live.it", "live.co.uk", "live.com.mx", "live.com.ar", "live.ca", "live.com.au",
        "live.com.pt", "yahoo.it", "yahoo.com.br", "yahoo.com.mx", "yahoo.com.ar", "yahoo.ca",
        "yahoo.com.au", "yahoo.co.in", "yahoo.in", "yahoo.com.sg", "yahoo.co.nz", "yahoo.ie",
        "gmx.fr", "gmx.es", "gmx.it", "mail.com", "email.com", "wanadoo.fr", "sfr.fr", "neuf.fr",
        "bbox.fr", "telefonica.net", "terra.es", "tiscali.it", "virgilio.it", "alice.it",
        "tin.it", "email.it", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "hetnet.nl",
        "xs4all.nl", "telenet.be", "skynet.be", "sapo.pt", "uol.com.br", "bol.com.br",
        "terra.com.br", "ig.com.br", "prodigy.net.mx", "bluewin.ch",
        "virginmedia.com", "talktalk.net", "ntlworld.com", "eircom.net", "rogers.com",
        "shaw.ca", "sympatico.ca", "bell.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
        "rediffmail.com", "singnet.com.sg",
    }
)  # fmt: skip

# Mail and calendar domains of applicant-tracking systems and schedulers (registrable form).
ATS_DOMAINS = frozenset(
    {
        "greenhouse.io", "greenhouse-mail.io", "ghcalendar.io", "lever.co", "ashbyhq.com",
        "ashby.com", "myworkday.com", "workday.com", "myworkdayjobs.com", "goodtime.io",
        "calendly.com", "smartrecruiters.com", "personio.de", "personio.com", "icims.com",
        "jobvite.com", "successfactors.com", "successfactors.eu", "taleo.net", "workable.com",
        "recruitee.com", "teamtailor.com", "bamboohr.com", "breezy.hr", "jazzhr.com",
        "modernloop.io", "prelude.co", "gem.com", "paradox.ai", "hirevue.com", "codility.com",
        "hackerrank.com", "codesignal.com", "coderpad.io", "karat.io", "rippling.com",
        "join.com", "softgarden.de", "softgarden.io", "dvinci.de", "rexx-systems.com",
        "cal.com", "youcanbook.me", "acuityscheduling.com", "doodle.com", "zcal.co",
        "oncehub.com", "chilipiper.com", "bookings.microsoft.com",
        # more vendors' sending domains (Workday, SuccessFactors, Cornerstone, JazzHR, Workable,
        # UKG, Dayforce; Gupy in Brazil, Welcome to the Jungle and Flatchr in France, onlyfy by
        # XING and concludis in Germany, Homerun and OTYS in the Netherlands, Factorial in Spain,
        # Intervieweb in Italy, Jobylon in the Nordics)
        "myworkdaysite.com", "sapsf.com", "sapsf.eu", "csod.com", "applytojob.com",
        "workablemail.com", "ultipro.com", "dayforcehcm.com", "pinpointhq.com", "hireology.com",
        "gupy.io", "welcomekit.co", "flatchr.io", "onlyfy.jobs", "prescreen.io", "concludis.de",
        "homerun.co", "otys.nl", "factorialhr.com", "intervieweb.it", "jobylon.com",
    }
)  # fmt: skip

# Booking pages anyone can use (a therapist, a plumber): seeing one says nothing about hiring.
SCHEDULER_DOMAINS = frozenset(
    {
        "calendly.com", "cal.com", "youcanbook.me", "acuityscheduling.com", "doodle.com",
        "zcal.co", "oncehub.com", "chilipiper.com", "bookings.microsoft.com",
    }
)  # fmt: skip

# Platforms that carry people's messages but are nobody's employer.
PLATFORM_DOMAINS = frozenset({"linkedin.com", "xing.com", "indeed.com", "glassdoor.com"})

_ADDRESS = re.compile(r"[^@\s<>]+@([^@\s<>]+)")


@cache
def _psl() -> Any:
    from publicsuffixlist import PublicSuffixList  # imported lazily: it parses the list on load

    return PublicSuffixList()


@lru_cache(maxsize=8192)  # an address is looked at as a room, a calendar, an ATS, an employer
def domain_of(address_or_domain: str | None) -> str | None:
    """The host part of an address (or the domain itself), lower case, without a trailing dot."""
    if not address_or_domain:
        return None
    text = address_or_domain.strip().strip("<>").lower().rstrip(".")
    m = _ADDRESS.search(text) if "@" in text else None  # (a host: no scan)
    host = m.group(1) if m else text
    return host or None


@cache
def registrable_domain(address_or_domain: str | None) -> str | None:
    """``eu.mail.acme.co.uk`` or ``dana@eu.acme.co.uk`` -> ``acme.co.uk``; None when not a
    domain."""
    return _registrable_host(domain_of(address_or_domain))


@cache
def _registrable_host(host: str | None) -> str | None:
    # Cached by host as well: a company's many addresses share one public-suffix lookup.
    if not host or "." not in host:
        return None
    if host.endswith(_TEST_TLDS):  # "yarrow.health.example" stands for "yarrow.health"
        found = _under_test_tld(host)
        if found:
            return found
    if host.endswith(_TENANT_SUFFIXES):  # "acme.onmicrosoft.com": Acme's own tenant
        for suffix in _TENANT_SUFFIXES:
            if host.endswith("." + suffix):
                return host[: -len(suffix) - 1].rsplit(".", 1)[-1] + "." + suffix
    result = _psl().privatesuffix(host)
    if not result:
        return None
    found = str(result)
    # A registry's category under a country's domain ("sch", "gov", "ac") names no one: the
    # organisation is the label before it ("hill.sch.uk"). The public-suffix list knows the
    # categories of the domains it lists; under one it does not list, read them here.
    label = found.split(".", 1)[0]
    if (label in REGISTRY_CATEGORIES or label in REGIONS) and len(host) > len(found):
        found = host[: -len(found) - 1].rsplit(".", 1)[-1] + "." + found
    return found


#: The top-level domains reserved for examples and tests (RFC 2606): names under them stand
#: for real ones ("acme.co.uk.example", "yarrow.health.example").
_TEST_TLDS = (".example", ".test", ".invalid")
#: The real suffixes such a name may end with before the reserved one: country codes and the
#: generic domains organisations register under (not brands', "jobs.apple.example").
_ORG_TLDS = frozenset(
    {"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "health", "bank", "law",
     "care", "clinic", "hospital", "tech", "io", "ai", "app", "dev", "insurance", "eco",
     "global", "group", "company", "agency", "studio", "legal", "dental", "school", "academy",
     "university", "college", "energy", "finance", "capital", "partners", "consulting"}
)  # fmt: skip


def _under_test_tld(host: str) -> str | None:
    """The registrable domain of ``host`` under a test TLD, read as the real name it stands
    for: its real suffix, then the organisation's label ("yarrow.health.example" ->
    "yarrow.health.example", "hill.sch.uk.example" -> "hill.sch.uk.example"); None when the
    label before the test TLD is no real suffix ("mail.acme.example")."""
    tld = next(t for t in _TEST_TLDS if host.endswith(t))
    inner = host[: -len(tld)]
    last = inner.rsplit(".", 1)[-1]
    if "." not in inner or not (len(last) == 2 or last in _ORG_TLDS):
        return None
    strict = _strict_psl()
    private = strict.privatesuffix(inner)
    if private:
        return private + tld
    if strict.publicsuffix(inner) == inner:  # a registry's wildcard: "hill.sch.uk"
        return inner + tld
    return None


def kind_suffix(domain: str | None) -> str | None:
    """The noun of an organisation's kind a domain's suffix is ("yarrow.health",
    "quorval.bank", "x.insurance"), which its name carries; else None."""
    reg = registrable_domain(domain)
    if not reg or "." not in reg:
        return None
    suffix = reg.split(".", 2)[1]
    return suffix if suffix in _ORG_TLDS and org_kinds.ends_name(suffix) else None


@cache
def _strict_psl() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(accept_unknown=False)


#: Hosted mail services that give each organisation a domain under theirs, named for it
#: ("acme.onmicrosoft.com", "acme.mail.onmicrosoft.com"), which the public-suffix list lacks.
_TENANT_SUFFIXES = ("mail.onmicrosoft.com", "onmicrosoft.com", "onmicrosoft.de", "onmschina.cn")


#: Second-level labels registries file organisations under by kind: government, schools,
#: universities, health services, companies and non-profits.
REGISTRY_CATEGORIES = frozenset(
    {"gov", "govt", "gob", "gouv", "gv", "go", "ac", "edu", "sch", "k12", "nhs", "mod", "police",
     "mil", "co", "com", "org", "net", "ltd", "plc", "or", "ne"}
)  # fmt: skip


#: States whose public bodies mail from under the region's label ("shire.nsw.gov.au"): the
#: body is the label before it. Codes of three letters or more only: shorter ones are words
#: and legal forms too.
REGIONS = frozenset({"nsw", "vic", "qld", "tas"})


def is_free_mail(domain: str | None) -> bool:
    """gmail.com, outlook.com, web.de...: a personal mailbox, never a company."""
    reg = registrable_domain(domain)
    return reg in FREE_MAIL if reg else False


def is_ats(domain: str | None) -> bool:
    """A scheduler or applicant-tracking vendor (greenhouse, lever, calendly, ghcalendar.io...)."""
    return ats_domain(domain) is not None


_ATS_TAILS = tuple(sorted(ATS_DOMAINS))


@cache
def ats_domain(address_or_domain: str | None) -> str | None:
    """The registrable domain of an ATS or scheduler vendor's address or host, else None.

    A registrable domain ends its host, so a host that ends with no vendor's domain is not looked
    up in the public-suffix list (a description's URLs are mostly conferencing hosts)."""
    host = domain_of(address_or_domain)
    if not host or not host.lower().endswith(_ATS_TAILS):
        return None
    reg = registrable_domain(host)
    return reg if reg in ATS_DOMAINS else None


#: Job boards and networking sites, by the label of their domains in every country they serve
#: ("indeed.de", "stepstone.fr"): they relay employers' invitations and are nobody's employer.
JOB_BOARD_LABELS = frozenset(
    {"indeed", "linkedin", "glassdoor", "xing", "stepstone", "infojobs", "monster", "totaljobs",
     "naukri", "hellowork", "welcometothejungle", "jobteaser", "computrabajo", "catho", "seek",
     "adzuna", "ziprecruiter", "jobindex", "jobup", "jobscout24", "bumeran", "zonajobs",
     "nationalevacaturebank", "jobat", "jobsdb", "jobstreet", "foundit", "reed", "cvlibrary",
     "cv-library", "jobsite", "snagajob", "dice", "wellfound", "otta", "jobsch"}
)  # fmt: skip


def is_job_board(domain: str | None) -> bool:
    """Is ``domain`` (or an address's) a job board's or a networking site's?"""
    reg = registrable_domain(domain)
    return reg is not None and reg.split(".", 1)[0] in JOB_BOARD_LABELS


def is_platform(domain: str | None) -> bool:
    reg = registrable_domain(domain)
    return reg in PLATFORM_DOMAINS if reg else False


def is_calendar_system(address: str | None) -> bool:
    """Google's shared and resource calendars: ``...@group.calendar.google.com`` and the like."""
    host = domain_of(address) or ""
    return host.endswith(("calendar.google.com", "group.v.calendar.google.com"))


def clear_caches() -> None:
    """Forget the memoised lookups (the word list and the public-suffix list stay loaded)."""
    for cached in (
        domain_of,
        registrable_domain,
        _registrable_host,
        ats_domain,
        _segment,
        company_from_domain,
    ):
        cached.cache_clear()


# --------------------------------------------------------------------------- names from domains


@cache
def _words() -> frozenset[str]:
    data = resources.files("agent.data").joinpath("words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode().split())


def is_word(word: str) -> bool:
    """Is ``word`` (lower case) an ordinary English word of the bundled list?"""
    return word in _words()


def words_of_label(label: str) -> list[str]:
    """Split a domain label into dictionary words: "wideworldimporters" -> wide, world, importers.

    A label whose owner separated its words by hyphens spells each word whole ("sunfield-retail"
    -> sunfield, retail, not sun, field, retail); one without glues them, and is split into
    dictionary words where it can be; a run that is not all dictionary words stays whole
    ("lindwurm").
    """
    chunks = [chunk for chunk in re.split(r"[-_]+", label.lower()) if chunk]
    if len(chunks) > 1:
        return chunks
    return (_segment(chunks[0]) or chunks) if chunks else []


def _unknown_cost(piece: str) -> float:
    # more than a word, growing with length: "blue heron" beats "blueheron", "lindwurm" stays whole
    return 1.5 + 0.25 * len(piece) if len(piece) > 2 else 4.0


@cache
def _longest_word() -> int:
    return max(map(len, _words()))


@cache
def _segment(chunk: str) -> list[str]:
    """The cheapest split of ``chunk`` into dictionary words and unknown runs."""
    words, longest = _words(), _longest_word()
    # costs[end], counts[end], starts[end]: the cost, the number of pieces and where the last
    # piece starts of the cheapest split of chunk[:end]; ties go to fewer pieces, then to the
    # earliest start.
    costs, counts, starts = [0.0], [0], [0]
    for end in range(1, len(chunk) + 1):
        best_cost, best_count, best_start = float("inf"), 0, 0
        for start in range(end):
            length = end - start
            if length <= longest and chunk[start:end] in words:
                cost = costs[start] + 1.0
            else:  # _unknown_cost, inline: this loop runs for every pair of positions
                cost = costs[start] + (1.5 + 0.25 * length if length > 2 else 4.0)
            count = counts[start] + 1
            if cost < best_cost or (cost == best_cost and count < best_count):
                best_cost, best_count, best_start = cost, count, start
        costs.append(best_cost)
        counts.append(best_count)
        starts.append(best_start)
    pieces: list[str] = []
    end = len(chunk)
    while end > 0:
        pieces.append(chunk[starts[end] : end])
        end = starts[end]
    return pieces[::-1]


@lru_cache(maxsize=1024)  # a company's domain recurs in each of its invites
def company_from_domain(domain: str | None) -> str | None:
    """A readable company name from a registrable domain: ``tallpinecoffee.com`` ->
    "Tall Pine Coffee", ``ibm.com`` -> "IBM" (a known company's own spelling, see
    ``known_company``)."""
    reg = registrable_domain(domain)
    if not reg:
        return None
    label = reg.split(".", 1)[0]
    known = known_company(label)
    if known:
        return known
    label = careers_stem(label)
    for end in LABEL_ENDINGS:  # "brindlewoodltd" -> "Brindlewood Ltd"
        stem = label[: -len(end)].rstrip("-_")
        if label.endswith(end) and len(label_key(stem)) >= 4:
            return f"{_name_of_label(stem)} {LEGAL_FORMS[end]}"
    return _name_of_label(label) or None


#: The words a company's careers site puts before its name in its domain ("werkenbijquorval",
#: "trabajaenquorval", "joinquorval"), longest first, folded; those that only say so before a
#: name no dictionary knows ("join", "workat": "workathome" is no company's careers site) apart.
_CAREERS_BEFORE: tuple[str, ...] = (
    "werkenbijde", "werkenbij", "werkenvoor", "trabajaen", "trabajacon", "trabalhena",
    "trabalheconosco", "karrierebei", "careersat", "jobsat",
)  # fmt: skip
_CAREERS_BEFORE_NAME: tuple[str, ...] = ("workwith", "workfor", "workat", "joinus", "join")
#: ... and after it ("quorvalcareers", "quorval-karriere"); those that end ordinary compounds
#: too ("bluejobs", "stellenwerk") only after a name no dictionary knows.
_CAREERS_AFTER: tuple[str, ...] = (
    "lavoraconnoi", "carreiras", "carrieres", "karriere", "careers", "empleos", "vagas",
)  # fmt: skip
_CAREERS_AFTER_NAME: tuple[str, ...] = ("career", "empleo", "hiring", "stellen", "jobs")


def careers_stem(label: str) -> str:
    """A domain label without the words of a company's careers site around its name
    ("quorvalcareers", "join-quorval", "werkenbijquorval" -> "quorval"), four letters or more
    left; a label that is a word ("joinery") keeps them."""
    key = label.lower()
    if is_word(key):
        return label
    for words, named in ((_CAREERS_BEFORE, False), (_CAREERS_BEFORE_NAME, True)):
        for word in words:
            rest = key[len(word) :].lstrip("-_")
            if key.startswith(word) and len(rest) >= 4 and not (named and _worded(rest)):
                first = _segment(key)[0]
                if not (len(first) > len(word) and is_word(first)):  # "joinerycraft"
                    return rest
    for words, named in ((_CAREERS_AFTER, False), (_CAREERS_AFTER_NAME, True)):
        for word in words:
            stem = key[: -len(word)].rstrip("-_")
            if key.endswith(word) and len(stem) >= 4 and not (named and _worded(stem)):
                return stem
    return label


def _worded(text: str) -> bool:
    """Is ``text`` a word of the dictionary, or does it start with a longer one than four
    letters ("jointventure": "joint")?"""
    return is_word(text) or is_word(_segment(text)[0])


def _name_of_label(label: str) -> str:
    known = known_company(label)
    if known:
        return known
    hyphens = re.search(r"[-_]", label) is not None
    lead = None if hyphens else _kind_leading(label)
    if lead:  # "drogariasluzia": the noun of its kind, then the name, glued
        *kind_words, rest = lead
        return " ".join([*(w.capitalize() for w in kind_words), _name_of_label(rest)])
    kind = None if hyphens else _kind_ending(label)
    if kind:  # "tessalybank": the name and the noun of its kind, glued
        return f"{_name_of_label(label[: -len(kind)])} {kind.capitalize()}"
    words = words_of_label(label)
    if len(words) > 1 and not hyphens:
        if _one_name(words):
            words = ["".join(words)]
        elif any(len(w) <= _GUESSED and w not in _GLUE_WORDS for w in words):
            words = _without_guess(words)
    return " ".join(w.capitalize() for w in words)


def _kind_ending(label: str) -> str | None:
    """The noun of a business's kind a label ends with, glued to a name of four letters or
    more ("tessalybank", "ondinelabs", "marrowfieldsoftware"); none in a label that is a
    word ("workshop", "riverbank")."""
    key = label.lower()
    if not key.endswith(_LABEL_KINDS) or is_word(key):  # most labels end with no kind
        return None
    for kind in _LABEL_KINDS:
        if key.endswith(kind) and len(key) - len(kind) >= _NAME_BEFORE_KIND:
            return kind
    return None


def _kind_leading(label: str) -> tuple[str, ...] | None:
    """A label that starts with the noun of a business's kind, as the Romance languages, German
    and Dutch name businesses, with or without an article before it: its words (article, kind,
    the rest), the rest four letters or more: "drogariasluzia" -> ("drogarias", "luzia"),
    "lesateliersmerrivane" -> ("les", "ateliers", "merrivane"); None for a label that is a word
    ("cafeteria") or starts with a longer word than the kind ("coopersmith")."""
    key = label.lower()
    if is_word(key):
        return None
    for article in _LABEL_ARTICLES:
        if key.startswith(article):
            kind = _leading_kind(key[len(article) :])
            if kind:
                return (article, kind, key[len(article) + len(kind) :])
    kind = _leading_kind(key)
    if kind is None:
        return None
    first = _segment(key)[0]
    if len(first) > len(kind) and is_word(first):
        return None  # "coopersmith": Cooper Smith, no co-op
    return (kind, key[len(kind) :])


def _leading_kind(key: str) -> str | None:
    """The noun of a business's kind ``key`` starts with, four letters or more of the name
    after it; its plural only where the singular would leave the name starting with "s" and a
    consonant no Romance word starts with ("drogarias|luzia", not "drogaria|sluzia"; "hotel|
    sunset", not "hotels|unset"), or "es" and a consonant ("talleres|pardo")."""
    longest = min(len(key) - _NAME_AFTER_KIND, _longest_kind())
    for end in range(longest, 3, -1):
        head = key[:end]
        if head in org_kinds.LEADING or (
            head.endswith(org_kinds.COMPOUND_HEADS) and org_kinds.leads_name(head)
        ):
            return head
        if head.endswith("s") and head[:-1] in org_kinds.LEADING and key[end] not in _AFTER_S:
            return head
        if head.endswith("es") and head[:-2] in org_kinds.LEADING and key[end] not in _VOWELS:
            return head  # "talleres|pardo", not "taller|espardo"
    return None


#: The articles a business's name starts with before its kind's noun ("Les Ateliers X").
_LABEL_ARTICLES = ("les", "la", "le", "el", "il", "los", "las", "lo", "het", "de", "os", "as")
#: The letters a name of the Romance languages may start with after an "s" ("st", "sp", "sc",
#: as Italian does, and the vowels): a plural's "s" is no part of a name that does.
_AFTER_S = frozenset("aeiouyhptckw")
_VOWELS = frozenset("aeiouy")
#: The fewest letters of a name a label holds after its kind's noun.
_NAME_AFTER_KIND = 4


@cache
def _longest_kind() -> int:
    return max(map(len, org_kinds.LEADING)) + 1


#: The nouns of a business's kind a domain label may end with, longest first; short ones
#: ("bau", "inn") end too many other words.
_LABEL_KINDS = tuple(
    sorted((k for k in org_kinds.ENDING | org_kinds.INSTITUTION if len(k) >= 4), key=len)[::-1]
)
_NAME_BEFORE_KIND = 4


#: A word this short splits a label by guess: the dictionary holds so many of them
#: (abbreviations, "rev", "nor", "ton") that they fit into any coined name ("sayrevalley" is no
#: "Say Rev Alley", "carlisle" no "Car Lisle").
_GUESSED = 3
#: Short words a name glues whole ("quillandcompass", "houseofharlan").
_GLUE_WORDS = frozenset({"and", "of", "the"})


def _without_guess(words: list[str]) -> list[str]:
    """A label split by guess, read as one name: with the noun of its kind apart when it ends
    it ("carlislebank" -> Carlisle Bank), else whole."""
    if org_kinds.ends_name(words[-1]) and len(words[-1]) > _GUESSED:
        return ["".join(words[:-1]), words[-1]]
    return ["".join(words)]


def _one_name(words: list[str]) -> bool:
    """Is a label the dictionary splits into ``words`` one name, written as one word? A short
    one ("penrow": no "Pen Row"); a place's or a family's name, a word glued to a place noun
    ("oakridge", "stonefield", "beechmont")."""
    return sum(map(len, words)) <= _SHORT_LABEL or words[-1] in _PLACE_ENDINGS


#: A domain label this short names one thing, not words glued ("penrow", "tanmar").
_SHORT_LABEL = 6
#: Nouns that end place names and the family names taken from them, glued to the word before
#: ("Oakridge", "Stonefield", "Ashford", "Kingsbridge").
_PLACE_ENDINGS = frozenset(
    {"ridge", "field", "fields", "bridge", "wood", "woods", "ford", "well", "wells", "view",
     "dale", "brook", "worth", "mont", "ton", "ham", "vale", "side", "gate", "hill", "hills",
     "moor", "haven", "stead", "wick", "croft", "mead", "mere", "port", "land", "burg",
     "borough", "bury", "by", "ley", "leigh", "shire", "stone", "crest"}
)  # fmt: skip


_NOT_LABEL_CHAR = re.compile(r"[^a-z0-9]")


def label_key(text: str) -> str:
    """The key a domain label or a name is looked up by: lower-case letters and digits only."""
    return _NOT_LABEL_CHAR.sub("", text.lower())


@cache
def _known_companies() -> dict[str, str]:
    """``agent/data/companies.txt``: domain label -> the name the company is known by."""
    text = resources.files("agent.data").joinpath("companies.txt").read_text(encoding="utf-8")
    known: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            label, name = line.split(None, 1)
            known[label_key(label)] = name.strip()
    return known


def known_company(label: str) -> str | None:
    """The name a company is known by, from the first label of its domain ("ibm" -> "IBM",
    "gs" -> "Goldman Sachs"), when the bundled list knows it; else None."""
    return _known_companies().get(label_key(label))

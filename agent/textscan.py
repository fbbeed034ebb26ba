"""Folding text and fast regex scans: each scan answers exactly as the plain pattern it replaces.

``fold`` is the one way followup compares words: lower case without accents, one character per
character, so positions in folded text are positions in the original (the timetable parser
quotes the user's own words from them).

Detection must run at 10,000 events/s (DESIGN.md), so cheap tests stand in front of expensive
scans: a substring test before a search (``Gated``, then a scan for the needles it tells from
the pattern itself: ``needle_scan``), two searches instead of a lazy block (``Block``), a literal
line start instead of ``^`` at every position (``AtLineStart``), first letters instead of
``\\b`` at every position (``at_word_start``), a look ahead for the characters a match can
start with (``led``: every gate, timetable rule and word list). None of
them holds a rule of its own: the rules are the patterns handed to them.
``tests/test_detect_gates.py`` and ``tests/test_detect_fast_paths.py`` check each against the
plain scan.

Patterns are compiled on first use (``lazy``, ``later``; ``led`` of such a pattern too): compiling
all of them cost every command a second of CPU at start, ``status`` and ``--help`` included.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

# --------------------------------------------------------------------------- folding

#: Characters folded to another than their accent-free lower case: dashes, quotes and spaces
#: as ASCII, and "ø", which has no accent to drop.
_FOLD_TABLE = dict(
    zip(
        "øØ–—‒―’‘´`“”„«»~\u00a0",
        'oo----\'\'\'\'"""""  ',
        strict=True,
    )
)
_folded_chars: dict[str, str] = {}
#: The characters ``fold`` leaves as they are once lowered: ASCII but "`" and "~".
_KEPT = frozenset(map(chr, range(128))) - {"`", "~"}


def _fold_char(char: str) -> str:
    """One character folded: the table's, else its lower case without accents when that is one
    character ("É" -> "e", "ª" -> "a"), else its lower case's first character ("ß" stays)."""
    if char in _FOLD_TABLE:
        return _FOLD_TABLE[char]
    low = char.lower()[:1]
    bare = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return bare.lower() if len(bare) == 1 else low


#: Texts folded, remembered: the same names and words are folded again and again while an
#: event is read (a name for each rule that compares it) and across a calendar's events, and
#: an event's text by each rule that reads it. Short texts (names, words, titles), at most
#: ``_MOST_SHORT`` of them; longer ones (an event's text), the last ``_MOST_LONG``.
_folds: dict[str, str] = {}
_long_folds: dict[str, str] = {}
_SHORT, _MOST_SHORT, _MOST_LONG = 48, 4096, 8


def fold(text: str) -> str:
    """Lower case without accents, one character per character: "José" -> "jose"."""
    remembered = _folds if len(text) <= _SHORT else _long_folds
    folded = remembered.get(text)
    if folded is None:
        if len(remembered) >= (_MOST_SHORT if remembered is _folds else _MOST_LONG):
            remembered.clear()
        folded = remembered[text] = _fold(text)
    return folded


def clear_caches() -> None:
    """Forget the folded texts (benchmarks measure cold ingests)."""
    _folds.clear()
    _long_folds.clear()


def _fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():  # the common case: of the table, only "`" and "~" are ASCII
        if "`" in lowered or "~" in lowered:
            return lowered.replace("`", "'").replace("~", " ")
        return lowered
    if len(lowered) != len(text):  # "İ" and friends: keep positions aligned
        lowered = "".join(c.lower()[:1] for c in text)
    # A text holds few distinct characters beyond ASCII: each is replaced at once (a lookup per
    # character costs more than the rest of a short text's parse). Exactly the per-character
    # fold: each character is mapped on its own, and a folded character folds to itself.
    for char in set(lowered).difference(_KEPT):
        folded = _folded_chars.get(char)
        if folded is None:
            folded = _folded_chars.setdefault(char, _fold_char(char))
        if folded != char:
            lowered = lowered.replace(char, folded)
    return lowered


# --------------------------------------------------------------------------- compiled on first use

#: What a compiled pattern offers, copied to a ``LazyPattern`` once it is compiled.
_PATTERN_PARTS = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "flags", "groups", "groupindex", "pattern",
)  # fmt: skip
#: Flags written at the start of a pattern ("(?i)", "(?mi)"): the only place they may be.
_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


class LazyPattern:
    """A compiled pattern that is compiled on first use: every command would otherwise compile
    all of followup's patterns at start (a second of CPU), while ``status`` or ``--help`` use
    none and a run uses those its texts reach. Once compiled, the pattern's methods and
    attributes are its own (copied here, so a call costs what a call on the pattern costs).
    Made by ``lazy`` (a pattern's text and flags) or ``later`` (any function that compiles
    one); typed as the ``re.Pattern`` it stands for. Once compiled, the scans that hold it
    (``hold``) hold the compiled pattern itself instead: a call through this stand-in costs a
    little more than one on the pattern. (A module's own names keep the stand-in: code compares
    patterns by identity, "pattern is WITH".)"""

    def __init__(
        self,
        make: Callable[[], re.Pattern[str]],
        text: str | None = None,
        flags: int = 0,
    ) -> None:
        self._make = make
        self._flags = flags
        self._holders: list[tuple[object, str]] = []
        if text is not None:
            self.pattern = text  # known before compiling: patterns are written from others'

    def resolve(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = resolved(self._make())
            for part in _PATTERN_PARTS:
                self.__dict__[part] = getattr(compiled, part)
            self.__dict__["_compiled"] = compiled
            for holder, attribute in self._holders:
                if getattr(holder, attribute) is self:
                    setattr(holder, attribute, compiled)
            self._holders.clear()
        return compiled

    def held_by(self, holder: object, attribute: str) -> None:
        """``holder.attribute`` holds this stand-in: it will hold the compiled pattern."""
        if "_compiled" in self.__dict__:
            setattr(holder, attribute, self.__dict__["_compiled"])
        else:
            self._holders.append((holder, attribute))

    def ignores_case(self) -> bool:
        """``flags & re.I``, told from the text and flags when they are known (no compiling)."""
        text = self.__dict__.get("pattern")
        if text is None or "_compiled" in self.__dict__:
            return bool(self.resolve().flags & re.I)
        leading = _LEADING_FLAGS.match(text)
        return bool(self._flags & re.I) or bool(leading and "i" in leading.group(0))

    def __getattr__(self, name: str) -> Any:
        # only what is not here yet: the first use of the pattern's parts
        if name.startswith("_") or name not in _PATTERN_PARTS:
            raise AttributeError(name)
        return getattr(self.resolve(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.__dict__.get('pattern', '...')!r})"


def lazy(text: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(text, flags)``, compiled on first use (``LazyPattern``)."""
    return cast("re.Pattern[str]", LazyPattern(lambda: re.compile(text, flags), text, flags))


def later(make: Callable[[], re.Pattern[str]]) -> re.Pattern[str]:
    """The pattern ``make`` returns, made on first use (``LazyPattern``)."""
    return cast("re.Pattern[str]", LazyPattern(make))


def hold(holder: object, attribute: str) -> None:
    """``holder.attribute`` is a pattern: if it is a ``LazyPattern``, it will hold the compiled
    pattern once it is compiled."""
    pattern = getattr(holder, attribute)
    if isinstance(pattern, LazyPattern):
        pattern.held_by(holder, attribute)


def resolved(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` itself, compiled: a ``LazyPattern`` is compiled now."""
    if isinstance(pattern, LazyPattern):
        return pattern.resolve()
    return pattern


def ignores_case(pattern: re.Pattern[str]) -> bool:
    """``pattern.flags & re.I``, without compiling a ``LazyPattern`` whose text is known."""
    if isinstance(pattern, LazyPattern):
        return pattern.ignores_case()
    return bool(pattern.flags & re.I)


# --------------------------------------------------------------------------- fast scans


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """``any(needle in text for needle in needles)``, as a plain loop: the generator costs more
    than the tests (this runs for every event)."""
    for needle in needles:  # noqa: SIM110 (a plain loop: see above)
        if needle in text:
            return True
    return False


def by_first_letter(alternatives: Iterable[str], head: Callable[[str], str] = str) -> str:
    """``(?:a|b|...)`` with the words that share a first letter grouped behind it: the same
    matches (words with different first letters never both match at one place, and the order
    among those that share one is kept), tried with a fraction of the steps at each position.
    ``head`` writes each first letter (detection adds a look back to it); an alternative that
    starts with an escape (``\\d{1,3}``) is kept whole."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative if alternative.startswith("\\") else alternative[0]
        groups.setdefault(first, []).append(alternative[len(first) :])
    parts = []
    for first, rests in groups.items():
        if first.startswith("\\"):
            parts.append(first)
        else:
            tail = rests[0] if len(rests) == 1 else by_prefix(rests)
            parts.append(head(first) + tail)
    return "(?:" + "|".join(parts) + ")"


#: What makes a character no literal one in a pattern, or the one before it optional.
_SPECIAL = frozenset(".^$*+?{}[]()|\\")
_QUANTIFIERS = frozenset("?*+{")


def by_prefix(alternatives: list[str]) -> str:
    """``(?:a|b|...)`` with the alternatives that begin with the same literal character grouped
    behind it, and so on within each group: a tree of their literal starts ("(?:tour|tourney|
    trip)" as "(?:t(?:our(?:|ney)|rip))", in the order they are written). The same matches:
    alternatives that begin with different characters never match at one place, and the order
    among those that share one is kept; re tries a few characters at each step, not every
    alternative. A level where one alternative begins otherwise (a class, a group, an escape
    of a letter, a character made optional or repeated, a character beyond ASCII, the same
    letter in either case, an alternation of its own) is kept as written."""
    return "(?:" + "|".join(_prefix_tree(alternatives)) + ")"


def _prefix_tree(alternatives: list[str]) -> list[str]:
    groups: dict[str, tuple[str, list[str]]] = {}
    for alternative in alternatives:
        head = _literal_head(alternative)
        if head is None:
            return alternatives
        groups.setdefault(head[-1], (head, []))[1].append(alternative[len(head) :])
    if len(groups) > 1 and len({char.lower() for char in groups}) < len(groups):
        return alternatives  # "A" and "a" apart match alike under re.I
    parts = []
    for head, rests in groups.values():
        if len(rests) == 1:
            parts.append(head + rests[0])
        else:
            tree = _prefix_tree(rests)
            parts.append(head + (tree[0] if len(tree) == 1 else "(?:" + "|".join(tree) + ")"))
    return parts


def _literal_head(alternative: str) -> str | None:
    """The literal ASCII character ``alternative`` begins with, as written ("a", "\\-"), when
    nothing makes it optional and the alternative holds no alternation of its own; else None."""
    if not alternative or not alternative[0].isascii():
        return None
    head = alternative[0]
    if head == "\\":
        head = alternative[:2]
        if len(head) < 2 or head[1].isalnum() or not head[1].isascii():
            return None
    elif head in _SPECIAL:
        return None
    after = alternative[len(head) : len(head) + 1]
    if after in _QUANTIFIERS or _alternates(alternative):
        return None
    return head


def pattern_depths(text: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern's ``text`` outside its escapes and character classes, with
    its index and the depth of groups it stands at (a bracket that closes a group is at the
    depth inside it)."""
    depth, i, in_class = 0, 0, False
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char == "(":
                depth += 1
            yield i, char, depth
            if char == ")":
                depth -= 1
        i += 1


def _alternates(text: str) -> bool:
    """Does ``text`` hold a bar outside its groups and classes (an alternation of its own)?"""
    return any(char == "|" and depth == 0 for _, char, depth in pattern_depths(text))


#: The characters beyond ASCII that re.I matches to an ASCII letter (Python's re docs).
_ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")
_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text: several gates test the same description
    in a row. (The remembered text is held, so an identical object is the same text.)"""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    result = text.lower()
    _last_lowered = (text, result)
    return result


class Gated:
    """A pattern that cannot match without one of ``needles`` in the text: text holding none of
    them is not scanned. A substring test costs a fraction of a scan (detection must run at
    10,000 events/s), and the answer is the pattern's own. Needles of a pattern that ignores
    case are lower case, sought in the lowered text. Under re.I an ASCII letter matches its
    other case and, beyond ASCII, only "İ", "ı" (i), "ſ" (s) and the Kelvin sign (k); str.lower
    keeps every other character's position and turns no other into an ASCII letter, so the test
    is exact unless one of those four is in the text, which is then always scanned."""

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.plain = pattern  # as written (tests compare the scans with it)
        # its alternatives grouped by first letter (``grouped``), behind a look ahead (``led``)
        self.pattern = later(lambda: _led(grouped(resolved(pattern))))
        # for ``holds``: whether it matches anywhere (not where), by patterns for that alone
        self.holding: tuple[re.Pattern[str], ...] | None = None
        self.needles = needles
        self.ignore_case = ignores_case(pattern)
        # a pattern that ignores case only in its groups ("(?i:interview) at (?P<name>[A-Z]...)")
        # matches "INTERVIEW at": its needles are sought in either case (``_possible_in_part``)
        if isinstance(pattern, LazyPattern):  # its text without compiling; None from ``later``
            text: str | None = pattern.__dict__.get("pattern")
        else:
            text = pattern.pattern
        self.partly_ignores_case = not self.ignore_case and (text is None or "(?i:" in text)
        self.lowered_needles = tuple(n.lower() for n in needles)
        # needles told from the pattern itself, each of its alternatives' own (``needle_scan``),
        # sought once ``needles`` are found: those are often words most texts hold ("me")
        self.told = later(lambda: needle_scan(resolved(pattern)) or _ANYTHING)
        hold(self, "pattern")
        hold(self, "told")

    def _possible_in_part(self, text: str) -> bool:
        """``possible`` for a pattern that ignores case in its groups only: a needle in either
        case opens the gate (a superset of the matches), and the needles told from the pattern
        (``needle_scan``, which tells none from such groups) are sought in the text itself."""
        if not text.isascii() and any(twin in text for twin in _ASCII_CASE_TWINS):
            return True
        last = _last_lowered
        low = last[1] if last[0] is text else _lowered(text)
        for needle in self.lowered_needles:
            if needle in low:
                return self.told.search(text) is not None
        return False

    def possible(self, text: str) -> bool:
        if self.partly_ignores_case:
            return self._possible_in_part(text)
        if self.ignore_case:
            if not text.isascii() and any(twin in text for twin in _ASCII_CASE_TWINS):
                return True
            last = _last_lowered  # ``_lowered``, written out: gates test one text in a row
            text = last[1] if last[0] is text else _lowered(text)
        for needle in self.needles:
            if needle in text:
                return self.told.search(text) is not None
        return False

    # ``possible`` is written out in ``search`` (the most frequent call): a call spared per scan.
    def search(self, text: str) -> re.Match[str] | None:
        if self.partly_ignores_case:
            return self.pattern.search(text) if self._possible_in_part(text) else None
        if self.ignore_case:
            if text.isascii() or not any(twin in text for twin in _ASCII_CASE_TWINS):
                last = _last_lowered
                low = last[1] if last[0] is text else _lowered(text)
                for needle in self.needles:
                    if needle in low:
                        break
                else:
                    return None
                if self.told.search(low) is None:
                    return None
        else:
            for needle in self.needles:
                if needle in text:
                    break
            else:
                return None
            if self.told.search(text) is None:
                return None
        return self.pattern.search(text)

    def holds(self, text: str) -> bool:
        """``self.search(text) is not None``: the pattern matches somewhere in ``text``."""
        if not self.possible(text):
            return False
        if self.holding is None:
            self.holding = tuple(_led(p) for p in for_holding(resolved(self.plain)))
        for part in self.holding:  # noqa: SIM110 (a plain loop: no generator per text)
            if part.search(text):
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def findall(self, text: str) -> list[str | tuple[str, ...]]:
        return self.pattern.findall(text) if self.possible(text) else []

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.possible(text) else text


class Block:
    r"""``re.compile(OPENING + r".*?(?:" + CLOSING + r"|\Z)", flags | re.S).sub``: a block from
    its opening to its closing (or the end of the text) replaced. The tail always matches (at
    worst at the end), so a block starts where the opening first matches and ends where the
    closing first matches after it: two searches instead of a lazy scan that tries the closing
    at every character of the block. ``gate``: the needles the opening cannot match without,
    tested as ``Gated`` tests them (the opening's flags decide the case)."""

    def __init__(self, opening: re.Pattern[str], closing: re.Pattern[str], *gate: str) -> None:
        self.opening = opening
        self.closing = closing
        self.gate = Gated(opening, *gate)
        hold(self, "opening")
        hold(self, "closing")

    def sub(self, replacement: str, text: str) -> str:
        if not self.gate.possible(text):
            return text
        pieces: list[str] = []
        pos = 0
        while opening := self.opening.search(text, pos):
            closing = self.closing.search(text, opening.end())
            pieces += (text[pos : opening.start()], replacement)
            pos = closing.end() if closing else len(text)
        pieces.append(text[pos:])
        return "".join(pieces)


class AtLineStart:
    """``re.compile("(?m)^" + BODY, flags).finditer(text)``, found as "\\n" + BODY in "\\n" +
    text: a literal start lets re skip to the line starts instead of trying every position.
    The matches hold the same groups (callers read groups, not spans). A match never ends on a
    line break (BODY ends with ``.+$`` or ``\\S.*$``), so the break before the next line is
    still there to start the next match."""

    def __init__(self, body: str, flags: int = 0, *needles: str) -> None:
        self.pattern = lazy("\n" + body, flags | re.M)
        hold(self, "pattern")
        # the needles the lines cannot match without, tested as Gated tests them
        self.gate = Gated(self.pattern, *needles) if needles else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.gate is not None and not self.gate.possible(text):
            return iter(())
        return self.pattern.finditer("\n" + text)


def at_word_start(*words: str) -> str:
    r"""``\b(?:word|...)`` for words that start with a letter, written so that re can skip
    straight to their first letters: each first letter, then a look back that no word character
    comes before it (what ``\b`` says before a letter). A pattern that starts with ``\b`` is
    tried at every position."""
    return by_first_letter(words, lambda letter: f"{letter}(?<!\\w{letter})")


# --------------------------------------------------------------------------- first characters

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: A set of first characters larger than this is no use as a look ahead (most letters pass).
_MOST_FIRSTS = 40
_Items = list[tuple[Any, Any]]  # re's parse tree: its own untyped shape
#: The classes a first character may be of, as a set writes them (not "\\w": most are).
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}


def _firsts(items: _Items, ignore_case: bool = False) -> tuple[set[tuple[str, bool]], bool] | None:
    """The characters a match of ``items`` (a parsed pattern) can start with, as the items of a
    set ("a", "\\-", "\\d"), each with whether a group's ``(?i:...)`` lets it match in either
    case, and whether it can match the empty string; None when that cannot be told (a negated
    set, any character, a word character, flags other than ``(?i:...)`` set in a group)."""
    found: set[tuple[str, bool]] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the first character comes after it
        if op is sre.LITERAL:
            found.add((re.escape(chr(av)), ignore_case))
            return found, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    found.add((re.escape(chr(value)), ignore_case))
                elif kind is sre.RANGE and value[1] - value[0] < _MOST_FIRSTS:
                    found.update(
                        (re.escape(chr(c)), ignore_case) for c in range(value[0], value[1] + 1)
                    )
                elif kind is sre.CATEGORY and value in _CATEGORIES:
                    found.add((_CATEGORIES[value], ignore_case))
                else:
                    return None  # a negated set, a word character, a wide range
            return found, False
        if op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                inner = _firsts(list(branch), ignore_case)
                if inner is None:
                    return None
                found |= inner[0]
                nullable = nullable or inner[1]
            if not nullable:
                return found, False
            continue
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            if op is sre.SUBPATTERN:
                if av[2] or av[1] not in (0, re.I):
                    return None  # flags other than "(?i:...)" set inside the group
                inner = _firsts(list(av[3]), ignore_case or av[1] == re.I)
            else:
                inner = _firsts(list(av), ignore_case)
            if inner is None:
                return None
            found |= inner[0]
            if not inner[1]:
                return found, False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, item = av
            inner = _firsts(list(item), ignore_case)
            if inner is None:
                return None
            found |= inner[0]
            if low > 0 and not inner[1]:
                return found, False
            continue
        return None  # any character, a back reference, a conditional group
    return found, True


def _skipped_ahead(items: _Items) -> bool:
    """Does ``re`` skip ahead itself: the pattern starts with a literal character, a set, or
    alternatives that each start with a literal character?"""
    while items and items[0][0] is sre.SUBPATTERN and not any(items[0][1][1:3]):
        items = list(items[0][1][3])  # a group without flags: what it starts with
    if not items:
        return False
    op, av = items[0]
    if op is sre.BRANCH:
        return all(branch and list(branch)[0][0] is sre.LITERAL for branch in av[1])
    return op is sre.LITERAL or op is sre.IN


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``_led(pattern)``; of a pattern compiled on first use (``lazy``), made on first use too:
    working out and compiling the look ahead costs more than compiling the pattern."""
    if isinstance(pattern, LazyPattern):
        return later(lambda: _led(pattern.resolve()))
    return _led(pattern)


def _led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look ahead for the characters its matches start with: the same
    matches, but ``re`` leaves a position at once when its character is not one of them. For
    patterns that start with ``\\b`` or a look behind, which ``re`` tries whole at every
    position (one that starts with a literal character or a set is skipped ahead by ``re``
    itself). A pattern whose first characters cannot be told, or that may match the empty
    string, is returned as it is."""
    if _GLOBAL_FLAGS.match(pattern.pattern) or pattern.flags & re.X:
        return pattern  # "(?i)" must stay at the start; a comment would swallow the ")"
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
        found = None if _skipped_ahead(items) else _firsts(items)
    except (TypeError, ValueError, IndexError):  # a parse tree this does not read
        found = None
    if found is None or found[1] or not found[0] or len(found[0]) > _MOST_FIRSTS:
        return pattern
    # the characters of "(?i:...)" groups are looked for as such: re knows their other cases
    sets = [
        "".join(sorted(item for item, either in found[0] if either is folded))
        for folded in (False, True)
    ]
    ahead = "|".join(
        f"(?i:[{chars}])" if folded else f"[{chars}]"
        for folded, chars in zip((False, True), sets, strict=True)
        if chars
    )
    return re.compile("(?=" + ahead + ")(?:" + pattern.pattern + ")", pattern.flags)


# --------------------------------------------------------------------------- needles from a pattern

#: A run of a pattern is read as its strings only while they are this few.
_MOST_STRINGS = 64
#: A scan for more needles than this writes costs about what the pattern's own scan costs.
_LONGEST_SCAN = 3000
#: What a pattern whose needles cannot be told is gated by: any text.
_ANYTHING = re.compile("")
_Strings = frozenset[str]


def _item_strings(op: Any, av: Any, folded: bool) -> _Strings | None:
    """The strings one parsed item of a pattern matches, when they are few; else None."""
    if op is sre.LITERAL:
        char = chr(av)
        if folded and not char.isascii():
            return None  # re.I pairs some letters beyond ASCII that lower() does not
        return frozenset({char.lower() if folded else char})
    if op is sre.IN:
        chars = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 8:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # a negated set, a class, a wide range
        if folded:
            if not all(c.isascii() for c in chars):
                return None
            chars = {c.lower() for c in chars}
        return frozenset(chars) if len(chars) <= 8 else None
    if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
        inner = av if op is sre.ATOMIC_GROUP else av[3]
        if op is sre.SUBPATTERN and (av[1] | av[2]) & re.I:
            return None  # the group's case differs from the text's (flags such as "m" do not)
        return _sequence_strings(list(inner), folded)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            strings = _sequence_strings(list(branch), folded)
            if strings is None:
                return None
            found |= strings
            if len(found) > _MOST_STRINGS:
                return None
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        if high > 2:
            return None
        strings = _sequence_strings(list(item), folded)
        if strings is None:
            return None
        found = {""} if low == 0 else set()
        power: _Strings | None = frozenset({""})
        for count in range(1, high + 1):
            power = _product(power, strings)
            if power is None:
                return None
            if count >= low:
                found |= power
        return frozenset(found) if len(found) <= _MOST_STRINGS else None
    return None


def _product(left: _Strings | None, right: _Strings | None) -> _Strings | None:
    if left is None or right is None or len(left) * len(right) > _MOST_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _zero_width(op: Any) -> bool:
    return op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _sequence_strings(items: _Items, folded: bool) -> _Strings | None:
    """The strings a sequence of parsed items matches, when they are few; else None."""
    found: _Strings | None = frozenset({""})
    for op, av in items:
        if not _zero_width(op):
            found = _product(found, _item_strings(op, av, folded))
            if found is None:
                return None
    return found


def _score(strings: _Strings) -> tuple[int, int]:
    return (min(map(len, strings)), -len(strings))


def needles_of(items: _Items, folded: bool) -> _Strings | None:
    """Strings one of which every match of a parsed pattern holds (the most telling that can be
    told: the longest shortest string, then the fewest); None when none can be told. A run of
    items that match few strings (literals, small sets and alternatives of them) gives the
    strings of the run: zero-width items (``\\b``, look arounds) inside it consume nothing, so
    the run's characters stand side by side in the text. Any other item that must match gives
    its own needles. ``folded``: the pattern ignores case, and the needles are lower case, for
    lowered text (only ASCII letters: re.I pairs some beyond ASCII that ``str.lower`` does not)."""
    candidates: list[_Strings] = []
    run: _Strings = frozenset({""})
    for op, av in items:
        if _zero_width(op):
            continue
        strings = _item_strings(op, av, folded)
        joined = _product(run, strings) if strings is not None else None
        if joined is not None:
            run = joined
            continue
        candidates.append(run)
        run = strings if strings is not None else frozenset({""})
        if strings is None:
            inner = _item_needles(op, av, folded)
            if inner is not None:
                candidates.append(inner)
    candidates.append(run)
    best = max(candidates, key=_score)
    return best if min(map(len, best)) > 0 else None


def _item_needles(op: Any, av: Any, folded: bool) -> _Strings | None:
    """Needles of one item that matches too many strings to list: a group's, each
    alternative's (all of them), a repeat's that repeats at least once."""
    if op is sre.SUBPATTERN:
        if (av[1] | av[2]) & re.I:
            return None
        return needles_of(list(av[3]), folded)
    if op is sre.ATOMIC_GROUP:
        return needles_of(list(av), folded)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            inner = needles_of(list(branch), folded)
            if inner is None:
                return None
            found |= inner
        return frozenset(found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return needles_of(list(av[2]), folded)
    return None


def needle_scan(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A scan for the needles of ``pattern`` (``needles_of``): text it finds none in holds no
    match of the pattern. None when no needles can be told."""
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except (TypeError, ValueError, IndexError):  # a parse tree this does not read
        return None
    folded = bool(pattern.flags & re.I)
    needles = needles_of(items, folded)
    if needles is None:
        return None
    alternatives = [re.escape(n) for n in sorted(needles, key=lambda n: (-len(n), n))]
    scan = by_first_letter(alternatives)
    return re.compile(scan) if len(scan) <= _LONGEST_SCAN else None


# --------------------------------------------------------------------------- alternatives grouped


def _spelt_alternatives(pattern: re.Pattern[str]) -> tuple[list[str], list[str]] | None:
    """The alternatives of a pattern written ``\\b(?:a|b|...)``, each spelt out to begin with a
    literal character (``lexicon._spelt_out``), and those that cannot be; None for a pattern of
    another shape. A ``\\b`` that begins an alternative is the pattern's own, said again."""
    from agent.lexicon import _branches, _group_end, _spelt_out  # (lexicon reads this module)

    text = pattern.pattern
    if not text.startswith("\\b(?:") or pattern.flags & re.X:
        return None
    try:
        if _group_end(text[2:]) != len(text) - 3:
            return None
        alternatives = _branches(text[5:-1])
    except ValueError:
        return None
    spelt: list[str] = []
    whole: list[str] = []
    for alternative in alternatives:
        bare = alternative.removeprefix("\\b")
        try:
            spelt += _spelt_out(bare)
        except ValueError:
            whole.append(bare)
    return spelt, whole


def _by_first(spelt: list[str], ignore_case: bool) -> list[str] | None:
    """Spelt alternatives grouped behind their first character, in their order; None when a
    first character is not ASCII under re.I (which pairs some such that lower() does not)."""
    groups: dict[str, list[str]] = {}
    for alternative in spelt:
        first = alternative[0]
        if ignore_case and not first.isascii():
            return None
        groups.setdefault(first.lower() if ignore_case else first, []).append(alternative)
    return [
        re.escape(alternatives[0][0])
        + (alternatives[0][1:] if len(alternatives) == 1 else
           by_prefix([a[1:] for a in alternatives]))
        for alternatives in groups.values()
    ]  # fmt: skip


def grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``\\b(?:a|b|...)`` with its alternatives spelt out and grouped behind their first
    characters: the same matches (alternatives that begin with different characters never match
    at one place, and the order among those that share one is kept), with a fraction of the
    steps at each position. A pattern of another shape, with capturing groups or with an
    alternative that cannot be spelt out is returned as it is."""
    found = _spelt_alternatives(pattern) if not pattern.groups else None
    if found is None or found[1]:
        return pattern
    parts = _by_first(found[0], bool(pattern.flags & re.I))
    if parts is None:
        return pattern
    return re.compile("\\b(?:" + "|".join(parts) + ")", pattern.flags)


def for_holding(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Patterns one of which matches somewhere in a text exactly when ``pattern`` does (not at
    the same places): ``grouped``, and apart each alternative that cannot be spelt out (which
    alternative matches first does not change whether one does; one that cannot be grouped
    would be tried at every position of the text, in front of the grouped ones)."""
    found = _spelt_alternatives(pattern)
    parts = _by_first(found[0], bool(pattern.flags & re.I)) if found else None
    if found is None or parts is None:
        return [pattern]
    joined = [re.compile("\\b(?:" + "|".join(parts) + ")", pattern.flags)] if parts else []
    return joined + [re.compile("\\b(?:" + alone + ")", pattern.flags) for alone in found[1]]

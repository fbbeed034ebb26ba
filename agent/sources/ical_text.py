"""iCalendar text before a parser sees it: bytes into text, text into components.

Pure and linear in the size of the input. Real calendars break the standard in ways that make
icalendar refuse a whole file or lose lines without a word, so this stage reads the lines
itself and hands icalendar one clean calendar:

- **Decoding**: UTF-8 (with or without a BOM), UTF-16 and UTF-32 (by BOM, or by the zero bytes
  of ASCII text without one); a line that is not UTF-8 is read as Windows-1252, which covers
  Latin-1, so one stray byte does not garble the rest. Folded lines are joined on the *bytes*
  before decoding: a fold may fall inside a multi-byte character ("Jürgen").
- **Lines that are not iCalendar**: after a property holding prose (DESCRIPTION, SUMMARY,
  LOCATION...), a line with no property name, or with a name no RFC defines ("Meeting ID:",
  "https://..."), continues that prose - a generator wrote a line break without folding - and
  is kept as a new line of the text, with a warning. Anywhere else (after another property,
  between components, at calendar level, before BEGIN:VCALENDAR) a line that is not a
  property is skipped with a warning naming it. Blank lines are ignored.
- **Structure**: VEVENTs and VTIMEZONEs are kept; other components (to-dos, journals, free/busy)
  and the alarms inside events are left out, as followup never reads them (a malformed alarm
  no longer costs its event). Several calendars in one file are read as one;
  components outside any calendar are read too (khal's one-event files). A component cut off
  by the end of the file, by END:VCALENDAR or by the start of another component is dropped
  and reported, and so is a calendar without END:VCALENDAR: both mark the read as
  *incomplete* - the file was probably cut off, so what it lacks is not known to be gone.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

#: A fold: a line break (and any blank lines) followed by one space or tab (as icalendar reads it).
_FOLD_BYTES = re.compile(rb"(?:\r?\n)+[ \t]")
_FOLD_TEXT = re.compile(r"(?:\r?\n)+[ \t]")
_BOUNDARY = re.compile(r"(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]+)[ \t]*$", re.I)
#: The start of a content line: a name (icalendar's token characters) then ";" or ":".
_PROPERTY = re.compile(r"[\w.-]+(?=[;:])")
#: The same with blanks inside the name, which icalendar reads leniently ("REFRESH - INTERVAL").
_LOOSE_PROPERTY = re.compile(r"[\w.-][\w. \t-]*(?=[;:])")
#: The property names the iCalendar RFCs define (5545, 2445's EXRULE, 7986, 7808, 7953, 9073,
#: 9074, 9253, and the draft's ESTIMATED-DURATION). After a prose property, a line whose "name"
#: is none of these nor an X- name is a line of that prose: "Timeline: within two weeks".
_PROPERTIES = frozenset(
    """CALSCALE METHOD PRODID VERSION ATTACH CATEGORIES CLASS COMMENT DESCRIPTION GEO LOCATION
    PERCENT-COMPLETE PRIORITY RESOURCES STATUS SUMMARY COMPLETED DTEND DUE DTSTART DURATION
    FREEBUSY TRANSP TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL ATTENDEE CONTACT ORGANIZER
    RECURRENCE-ID RELATED-TO URL UID EXDATE RDATE RRULE EXRULE ACTION REPEAT TRIGGER CREATED
    DTSTAMP LAST-MODIFIED SEQUENCE REQUEST-STATUS NAME REFRESH-INTERVAL SOURCE COLOR IMAGE
    CONFERENCE TZID-ALIAS-OF TZUNTIL BUSYTYPE LOCATION-TYPE PARTICIPANT-TYPE RESOURCE-TYPE
    CALENDAR-ADDRESS STYLED-DESCRIPTION STRUCTURED-DATA ACKNOWLEDGED PROXIMITY LINK CONCEPT
    REFID ESTIMATED-DURATION""".split()  # noqa: SIM905 - a list of words reads as one
)
_TZID_LINE = re.compile(r"^TZID(?:;[^:\r\n]*)?:(.*?)[ \t\r]*$", re.M | re.I)
_UID_LINE = re.compile(r"^UID(?:;[^:\r\n]*)?:(.*?)\s*$", re.M | re.I)
#: Components that only ever stand at the top level: one starting inside another means the
#: other was cut off.
_TOP_LEVEL = frozenset({"VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY"})
_KEPT = frozenset({"VEVENT", "VTIMEZONE"})
#: Properties holding prose: a line that continues one was a line break in the text.
_PROSE = frozenset({"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "X-ALT-DESC"})
#: How many problem lines of each kind are named; the rest are counted.
_NAMED = 3
_SHOWN = 60


class NotACalendarError(ValueError):
    """The data is not iCalendar at all (an HTML page, an empty file...)."""


@dataclass(frozen=True)
class Note:
    """A problem found in the text: ``dropped`` (lost) or ``warning`` (read another way)."""

    kind: str
    uid: str | None
    message: str


@dataclass
class Scanned:
    """A file's calendar, cut into parts icalendar can read one by one."""

    properties: list[str] = field(default_factory=list)  # calendar-level lines, one per name
    timezones: list[tuple[str, str]] = field(default_factory=list)  # (TZID, VTIMEZONE text)
    events: list[str] = field(default_factory=list)  # VEVENT texts
    complete: bool = True
    notes: list[Note] = field(default_factory=list)


# --------------------------------------------------------------------------- decoding


def decode(data: bytes) -> str:
    """The text of iCalendar ``data``, its folded lines joined."""
    wide = _wide_encoding(data)
    if wide is not None:
        text = data.decode(wide, errors="replace").lstrip("\ufeff")
        return _FOLD_TEXT.sub("", _one_newline_kind(text))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\n" not in data and b"\r" in data:
        data = data.replace(b"\r", b"\n")  # classic Mac line ends
    data = _FOLD_BYTES.sub(b"", data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_line_text(line) for line in data.split(b"\n"))


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by their BOM, or UTF-16 by the zero bytes of its ASCII characters."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:8]
    if len(head) == 8 and head[1::2] == b"\0\0\0\0" and b"\0" not in head[0::2]:
        return "utf-16-le"
    if len(head) == 8 and head[0::2] == b"\0\0\0\0" and b"\0" not in head[1::2]:
        return "utf-16-be"
    return None


def _one_newline_kind(text: str) -> str:
    return text.replace("\r", "\n") if "\n" not in text else text


def _line_text(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return line.decode("latin-1")


# --------------------------------------------------------------------------- scanning


def scan(text: str) -> Scanned:
    """Cut unfolded text into the calendar's properties, VTIMEZONEs and VEVENTs.

    Raises ``NotACalendarError`` when there is no calendar and no component in it.
    """
    scanner = _Scanner()
    for line in text.lstrip().split("\n"):
        scanner.feed(line.rstrip("\r"))
    return scanner.finish()


class _Scanner:
    def __init__(self) -> None:
        self.result = Scanned()
        self.in_calendar = False
        self.seen_calendar = False
        self.seen_component = False
        self.lines: list[str] | None = None  # the top-level component being read
        self.kind = ""  # its name
        self.stack: list[str] = []  # its name, then those of the components open inside it
        self.alarm = 0  # the depth in ``stack`` of the VALARM being left out, 0 for none
        self.pending: list[str] = []  # warnings about it, given once its UID is known
        self.after_property = False
        self.names: set[str] = set()  # calendar properties kept
        self.zones: set[str] = set()  # TZIDs of the VTIMEZONEs kept
        self.counts = {"joined": 0, "skipped": 0}

    def feed(self, line: str) -> None:
        if not line.strip():
            return
        boundary = _BOUNDARY.match(line)
        if boundary:
            self._boundary(line, boundary.group(1).upper(), boundary.group(2).upper())
            return
        if self.alarm:
            return  # an alarm's lines: followup never reads them
        strict = _PROPERTY.match(line)
        name = strict.group(0).upper() if strict else None
        if self._continues_prose(name):
            self._join(line)
        elif name is not None:
            self._property(line, name)
        elif loose := _LOOSE_PROPERTY.match(line):
            self._property(line, re.sub(r"[ \t]", "", loose.group(0)).upper())
        else:
            self._skip(line, "skipped a line that is not iCalendar")

    def _boundary(self, line: str, kind: str, name: str) -> None:
        self.after_property = False
        if name == "VCALENDAR":
            if self.lines is not None:
                self._cut(f"it is followed by {kind}:VCALENDAR")
            self.in_calendar = kind == "BEGIN"
            self.seen_calendar = True
            return
        if kind == "BEGIN":
            if self.lines is not None and name in _TOP_LEVEL:
                self._cut(f"a {name} starts inside it")
            if self.lines is None:
                self.lines, self.stack, self.pending, self.kind = [line], [name], [], name
                self.alarm = 0
                self.seen_component = True
            else:
                self.stack.append(name)
                if name == "VALARM" and not self.alarm:
                    self.alarm = len(self.stack)
                if not self.alarm:
                    self.lines.append(line)
            return
        if self.lines is None or name not in self.stack:
            self._skip(line, "skipped an END with no BEGIN")
            return
        while self.stack[-1] != name:  # an inner component never ended: end it here
            self._close(f"END:{self.stack[-1]}")
        self._close(line)
        if not self.stack:
            self._keep(self.lines)
            self.lines = None

    def _close(self, line: str) -> None:
        """End the innermost open component (an alarm's END, like the rest of it, is left out)."""
        assert self.lines is not None
        depth = len(self.stack)
        self.stack.pop()
        if not self.alarm:
            self.lines.append(line)
        elif depth == self.alarm:
            self.alarm = 0

    def _property(self, line: str, name: str) -> None:
        if self.lines is not None:
            self.lines.append(line)
            self.after_property = True
        elif self.in_calendar:
            if name not in self.names:  # several calendars in one file: the first one's
                self.names.add(name)
                self.result.properties.append(line)
        else:
            self._skip(line, "skipped a property outside any calendar")

    def _continues_prose(self, name: str | None) -> bool:
        """Is this line more of the prose property before it (a line break written raw)?

        Only a line that starts with no property name, or with a name no RFC defines, is:
        a real property after a DESCRIPTION is that property.
        """
        if self.lines is None or not self.after_property:
            return False
        if _name_of(self.lines[-1]) not in _PROSE:
            return False
        return name is None or not (name in _PROPERTIES or name.startswith("X-"))

    def _join(self, line: str) -> None:
        assert self.lines is not None
        if self.kind not in _KEPT:
            return  # a component followed never reads: nothing to keep or say
        previous = self.lines[-1]
        name = _name_of(previous)
        self.lines[-1] = f"{previous}\\n{line}"
        self.counts["joined"] += 1
        if self.counts["joined"] <= _NAMED:
            self.pending.append(
                f"a line with no property name was read as part of {name}: {_shown(line)}"
            )

    def _skip(self, line: str, why: str) -> None:
        if self.lines is not None and self.kind not in _KEPT:
            return
        self.counts["skipped"] += 1
        if self.counts["skipped"] > _NAMED:
            return
        message = f"{why}: {_shown(line)}"
        if self.lines is not None:
            self.pending.append(message)
        else:
            self._note("warning", None, message)

    def _keep(self, lines: list[str]) -> None:
        text = "\r\n".join(lines)
        self._flush(text)
        if self.kind == "VEVENT":
            self.result.events.append(text)
        elif self.kind == "VTIMEZONE":
            found = _TZID_LINE.search(text)
            tzid = found.group(1).strip('"') if found else ""
            if tzid not in self.zones:  # each calendar of a file may define it again
                self.zones.add(tzid)
                self.result.timezones.append((tzid, text))

    def _cut(self, why: str) -> None:
        """The component being read never ended: drop it, and the read is incomplete."""
        assert self.lines is not None
        name, text = self.kind, "\r\n".join(self.lines)
        self.pending = []  # what was odd in it matters no more: it is dropped
        if name in _KEPT:
            self.result.complete = False
            self._note(
                "dropped",
                _uid_in(text) if name == "VEVENT" else None,
                f"{name} is cut off (no END:{name}; {why}); the file may be truncated",
            )
        self.lines, self.stack, self.alarm = None, [], 0

    def _flush(self, text: str) -> None:
        uid = _uid_in(text) if self.pending else None
        for message in self.pending:
            self._note("warning", uid, message)
        self.pending = []

    def _note(self, kind: str, uid: str | None, message: str) -> None:
        self.result.notes.append(Note(kind, uid, message))

    def finish(self) -> Scanned:
        if self.lines is not None:
            self._cut("the file ends inside it")
        if not (self.seen_calendar or self.seen_component):
            raise NotACalendarError("no BEGIN:VCALENDAR or calendar component in it")
        if self.in_calendar:
            self.result.complete = False
            self._note(
                "warning",
                None,
                "the calendar has no END:VCALENDAR: the file may be truncated, so events "
                "missing from it are not taken as removed",
            )
        for kind, what in (("joined", "read as part of the line before"), ("skipped", "skipped")):
            if self.counts[kind] > _NAMED:
                more = self.counts[kind] - _NAMED
                self._note("warning", None, f"{more} more lines out of place were {what}")
        return self.result


def _name_of(line: str) -> str:
    return line.split(":", 1)[0].split(";", 1)[0].upper()


def _shown(line: str) -> str:
    """A line as a message quotes it: clipped, and in ``repr`` so that nothing in it acts."""
    return repr(line if len(line) <= _SHOWN else line[:_SHOWN] + "…")


def _uid_in(text: str) -> str | None:
    match = _UID_LINE.search(text)
    return match.group(1).strip() if match else None


def referenced_zones(text: str) -> set[str]:
    """The TZIDs a component's properties name."""
    return {m.strip('"') for m in re.findall(r";TZID=(\"[^\"]*\"|[^;:]*)", text, re.I)}

"""Detection as the pass applies it: the user's marks win, a series detects once, and a series
whose occurrences are too close together is no interview process (``rapid_series``).

Pure: ``Detector`` is given the marks and notes read from the state and returns each
detection as the JSON text stored beside the event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from agent import codec
from agent.detect import detect
from agent.durations import spoken_duration
from agent.model import Detection, Event, Me


class Detector:
    """Detects events with the user's marks and notes, each detection as the JSON text stored.

    The occurrences of a weekly meeting differ only in time: one that is not an interview
    answers for the others. (An interview is always detected on its own, since its timetable
    is counted from its own date.) A detection shared so is encoded once."""

    def __init__(
        self,
        me: Me,
        marks: dict[str, str],
        notes: dict[str, tuple[str | None, str]],
        rapid: Mapping[str, timedelta] | None = None,
    ) -> None:
        self.me = me
        self.marks = marks
        self.notes = notes
        self.rapid = rapid or {}  # uid -> the gap of a series too close to be interviews
        # uid -> (what else must be equal, detection) of the non-interviews seen with that uid
        self._seen: dict[str, list[tuple[tuple[object, ...], Detection]]] = {}
        # id(detection) -> (detection, its JSON text); holding the detection keeps its id unique
        self._encoded: dict[int, tuple[Detection, str]] = {}

    def detect(self, key: str, event: Event) -> tuple[str, bool]:
        """The detection of ``event`` (stored under ``key``) as JSON text, and whether it is an
        interview."""
        note = self.notes.get(key, (None, ""))[1]
        mark = self.marks.get(key) or self.marks.get(event.uid) if self.marks else None
        if mark == "interview" and not self._rapid_occurrence(event):
            # marked an interview: its people, company, position and timetable are extracted
            detection = detect(event, self.me, note, marked=True)
        else:
            detection = self._shared(event, note)
        detection = apply_mark(detection, mark)
        known = self._encoded.get(id(detection))
        if known is None:
            known = (detection, codec.detection_text(detection))
            self._encoded[id(detection)] = known
        return known[1], detection.is_interview

    def _rapid_occurrence(self, event: Event) -> bool:
        return event.recurrence_id is not None and event.uid in self.rapid

    def _shared(self, event: Event, note: str) -> Detection:
        gap = self.rapid.get(event.uid)
        if gap is not None and event.recurrence_id is not None:
            return self._rapid(event.uid, gap)
        same = (
            event.summary,
            event.description,
            event.location,
            event.status,
            event.organizer,
            event.attendees,
            event.calendar,
            event.all_day,
            note,
        )
        # compared, not hashed: the occurrences hold the very same attendee objects
        candidates = self._seen.get(event.uid)
        if candidates is not None:
            for other, detection in candidates:
                if other == same:
                    return detection
        detection = detect(event, self.me, note)
        if not detection.is_interview:
            self._seen.setdefault(event.uid, []).append((same, detection))
        return detection

    def _rapid(self, uid: str, gap: timedelta) -> Detection:
        found = self._seen.get(uid)
        if found and found[0][0] == ("rapid",):
            return found[0][1]
        every = spoken_duration(gap) if gap else "no time at all"
        reason = f"its occurrences are {every} apart: a series that close is not an interview"
        detection = Detection(is_interview=False, reasons=(reason,))
        self._seen[uid] = [(("rapid",), detection)]
        return detection


def rapid_series(
    starts: Mapping[str, Iterable[datetime]], least_gap: timedelta
) -> dict[str, timedelta]:
    """The series (uid -> its occurrences' starts) whose occurrences are closer together than
    ``least_gap`` (``policy.limits.series_gap``), each with its smallest gap: not an interview
    process, whatever the invite says (``RRULE:FREQ=MINUTELY`` would give thousands)."""
    found = {}
    for uid, times in starts.items():
        ordered = sorted(set(times))
        gaps = [b - a for a, b in zip(ordered, ordered[1:], strict=False)]
        if gaps and min(gaps) < least_gap:
            found[uid] = min(gaps)
    return found


def apply_mark(detection: Detection, decision: str | None) -> Detection:
    """``followup mark`` wins over every rule."""
    if decision is None:
        return detection
    forced = decision == "interview"
    reason = f"you marked it {decision}"
    return replace(
        detection, is_interview=forced, unsure=False, reasons=(reason, *detection.reasons)
    )

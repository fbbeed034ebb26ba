"""Scoring the judgement on a labelled corpus (``followup eval``; ``shared/eval/README.md``).

``evaluate`` reads one JSON-lines corpus, runs detection, the timeline parser or the reply
classifier over the input fields only (labels are never input), and returns the misses (one line
each, with the id or line and the reason the code gave) and the summary the CLI prints last.
Given a list, it also adds one prediction per input line (``followup eval --predictions``), so
that the figures can be recomputed outside the project. Malformed input raises ``ValueError``
naming the line; the CLI turns it into exit code 2.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.detect import detect, local_end_date
from agent.model import Attendee, Detection, Event, Me
from agent.replies import ENDS_WAIT, classify_reply
from agent.timeline import parse_timeline

Summary = dict[str, object]
Line = dict[str, Any]
Prediction = dict[str, Any]
Scorer = Callable[[list[tuple[int, Line]], list[Prediction]], tuple[list[str], Summary]]

# The scorer's own fixed list of legal forms: the company_exact comparison of
# shared/eval/README.md, word for word once punctuation is gone ("S.A. de C.V." -> "sa de cv").
# It is kept apart from followup's list in legal_forms on purpose: the scorer must not move when
# followup's rules do.
README_LEGAL_FORMS = (
    "inc", "llc", "llp", "lp", "ltd", "limited", "pvt", "private", "pte", "pty", "plc", "corp",
    "corporation", "co", "company", "gmbh co kg", "gmbh", "kg", "ag", "se", "ev", "sa de cv",
    "de cv", "sa", "sas", "sarl", "spa", "srl", "bv", "nv", "lda", "ltda", "oy", "ab", "as", "aps",
    "kk", "sp z oo",
)  # fmt: skip
_LEGAL_SUFFIX = re.compile(r"\s+(?:" + "|".join(README_LEGAL_FORMS) + r")$")


def evaluate(
    corpus: str, path: Path, predictions: list[Prediction] | None = None
) -> tuple[list[str], Summary]:
    """Score ``corpus`` ("interviews", "timelines" or "replies") on the file at ``path``; with
    ``predictions``, add to it what was predicted for each line, in order (``id``: the line's
    id, else None; ``line``: its line number in the file)."""
    scorers: dict[str, Scorer] = {
        "interviews": _score_interviews,
        "timelines": _score_timelines,
        "replies": _score_replies,
    }
    if corpus not in scorers:
        raise ValueError(f"unknown corpus {corpus!r}: expected one of {', '.join(scorers)}")
    return scorers[corpus](list(_read(path)), predictions if predictions is not None else [])


def _read(path: Path) -> Iterator[tuple[int, Line]]:
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{number}: not JSON: {e.msg}") from e
            if not isinstance(line, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object")
            yield number, line


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def _field(line: Line, number: int, name: str, kind: type | tuple[type, ...] = str) -> Any:
    value = line.get(name)
    if not isinstance(value, kind):
        raise ValueError(
            f"line {number}: field {name!r} missing or not {getattr(kind, '__name__', kind)}"
        )
    return value


# --------------------------------------------------------------------------- interviews


def zone_name(tz: str | None) -> str | None:
    """An IANA zone for ``tz``: IANA names as they are, Windows names mapped (icalendar's table)."""
    if not tz:
        return None
    try:
        ZoneInfo(tz)
        return tz
    except (ZoneInfoNotFoundError, ValueError):
        pass
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    mapped = WINDOWS_TO_OLSON.get(tz)
    if mapped is None:
        raise ValueError(f"unknown time zone {tz!r}")
    return str(mapped)


def _instant(text: str, zone: str) -> tuple[datetime, bool]:
    """(aware instant, all-day?) from an ISO date, a floating or an offset date-time."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.combine(date.fromisoformat(text), time(), ZoneInfo(zone)), True
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:  # floating: wall time in the zone the dates are counted in
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value, False


def _attendee(raw: Any, number: int) -> Attendee:
    if not isinstance(raw, dict):
        raise ValueError(f"line {number}: attendee is not an object")
    return Attendee(
        email=raw.get("email"),
        name=raw.get("name"),
        response=raw.get("response") or "needsAction",
        resource=bool(raw.get("resource")),
        optional=bool(raw.get("optional")),
        is_self=bool(raw.get("self")),
    )


def event_from_line(line: Line, number: int) -> tuple[Event, Me]:
    """The ``Event`` and the user described by one interviews line (input fields only)."""
    zone = zone_name(line.get("tz")) or "UTC"
    start_at, all_day = _instant(_field(line, number, "start"), zone)
    end_at, _ = _instant(_field(line, number, "end"), zone)
    attendees = tuple(_attendee(a, number) for a in line.get("attendees") or [])
    organizer = _attendee(line["organizer"], number) if line.get("organizer") else None
    event = Event(
        uid=str(line.get("id") or f"line-{number}"),
        start_at=start_at,
        end_at=end_at,
        tz=zone,
        summary=line.get("summary") or "",
        description=line.get("description") or "",
        location=line.get("location") or "",
        all_day=all_day,
        organizer=organizer,
        attendees=attendees,
        status=line.get("status") or "confirmed",
        calendar=line.get("calendar") or "",
    )
    return event, _me(line, attendees, organizer, zone)


def _me(line: Line, attendees: tuple[Attendee, ...], organizer: Attendee | None, zone: str) -> Me:
    selves = [a for a in (*attendees, organizer) if a is not None and a.is_self]
    calendar = line.get("calendar") or (selves[0].email if selves else "") or "me@invalid"
    name = next((a.name for a in selves if a.name), "") or ""
    aliases = tuple(a.email for a in selves if a.email and a.email.lower() != calendar.lower())
    return Me(name=name, email=calendar, aliases=aliases, timezone=zone)


def _norm_company(name: str | None) -> str:
    text = re.sub(r"[^\w\s]", "", (name or "").casefold())
    text = " ".join(text.split())
    while (stripped := _LEGAL_SUFFIX.sub("", text).strip()) != text:  # repeatedly
        text = stripped
    return text


def _emails(detection: Detection) -> set[str]:
    return {p.email.lower() for p in detection.interviewers if p.email}


def _interview_prediction(line: Line, number: int, event: Event, got: Detection) -> Prediction:
    days = (got.answer_date - local_end_date(event)).days if got.answer_date else None
    return {
        "id": line.get("id"),
        "line": number,
        "is_interview": got.is_interview,
        "unsure": got.unsure,
        "interviewers": sorted(_emails(got)),
        "interviewer_names": [p.name for p in got.interviewers if p.name],
        "company": got.company,
        "company_domain": got.company_domain,
        "position": got.position,
        "answer_date": got.answer_date.isoformat() if got.answer_date else None,
        "timeline_days": days,
        "timeline_text": got.timeline_text,
        "agency": got.agency,
        "reasons": list(got.reasons),
    }


def _score_interviews(
    lines: list[tuple[int, Line]], predictions: list[Prediction]
) -> tuple[list[str], Summary]:
    misses: list[str] = []
    tp = fp = fn = unsure = 0
    truth_n = people_ok = company_n = company_ok = timeline_n = timeline_ok = 0
    for number, line in lines:
        event, me = event_from_line(line, number)
        got = detect(event, me)
        predictions.append(_interview_prediction(line, number, event, got))
        unsure += got.unsure  # scored as no interview: an unsure real interview is a miss
        label = bool(line.get("is_interview"))
        ident = line.get("id") or f"line {number}"
        reason = "; ".join(got.reasons)
        tp, fp, fn = (
            tp + (got.is_interview and label),
            fp + (got.is_interview and not label),
            fn + (label and not got.is_interview),
        )
        if got.is_interview != label:
            kind = "false positive" if got.is_interview else "missed interview"
            misses.append(f"{ident}: {kind}: {reason}")
        if not label:
            continue
        truth_n += 1
        expected = {e.lower() for e in line.get("interviewers") or []}
        if got.is_interview and _emails(got) == expected:
            people_ok += 1
        elif got.is_interview:
            misses.append(f"{ident}: interviewers {sorted(_emails(got))} != {sorted(expected)}")
        if line.get("company"):
            company_n += 1
            if got.is_interview and _norm_company(got.company) == _norm_company(line["company"]):
                company_ok += 1
            elif got.is_interview:
                misses.append(f"{ident}: company {got.company!r} != {line['company']!r}")
        days = line.get("stated_timeline_days")
        if days is not None:
            timeline_n += 1
            predicted = (got.answer_date - local_end_date(event)).days if got.answer_date else None
            if got.is_interview and predicted is not None and abs(predicted - int(days)) <= 1:
                timeline_ok += 1
            elif got.is_interview:
                misses.append(
                    f"{ident}: timeline {predicted} days ({got.timeline_text!r}) != {days}"
                )
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    summary: Summary = {
        "n": len(lines),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "interviewers_exact": _ratio(people_ok, truth_n),
        "company_exact": _ratio(company_ok, company_n),
        "timeline_within_1d": _ratio(timeline_ok, timeline_n),
        "timeline_n": timeline_n,
        "unsure": unsure,  # after the keys shared/eval/README.md documents
    }
    return misses, summary


# --------------------------------------------------------------------------- timelines


def _score_timelines(
    lines: list[tuple[int, Line]], predictions: list[Prediction]
) -> tuple[list[str], Summary]:
    misses: list[str] = []
    dated = within = exact = nulls = null_ok = 0
    for number, line in lines:
        text = _field(line, number, "text")
        try:
            end_at = datetime.fromisoformat(_field(line, number, "interview_end"))
        except ValueError as e:
            raise ValueError(f"line {number}: interview_end is not ISO-8601") from e
        zone = zone_name(line.get("tz")) or "UTC"
        got = parse_timeline(text, end_at, zone)
        expected = line.get("expected_due_date")
        predicted = got.answer_date if got else None
        predictions.append(
            {
                "id": line.get("id"),
                "line": number,
                "answer_date": predicted.isoformat() if predicted else None,
                "phrase": got.phrase if got else None,
            }
        )
        if expected is None:
            nulls += 1
            null_ok += predicted is None
            if got is not None:
                misses.append(
                    f"line {number}: {text!r}: got {predicted} from {got.phrase!r}, expected none"
                )
            continue
        dated += 1
        want = date.fromisoformat(expected)
        exact += predicted == want
        within += predicted is not None and abs((predicted - want).days) <= 1
        if predicted != want:
            phrase = got.phrase if got else None
            misses.append(f"line {number}: {text!r}: got {predicted} ({phrase!r}), expected {want}")
    summary: Summary = {
        "n": len(lines),
        "within_1d": _ratio(within, dated),
        "exact": _ratio(exact, dated),
        "null_accuracy": _ratio(null_ok, nulls),
    }
    return misses, summary


# --------------------------------------------------------------------------- replies


def _score_replies(
    lines: list[tuple[int, Line]], predictions: list[Prediction]
) -> tuple[list[str], Summary]:
    misses: list[str] = []
    correct = cancel_tp = cancel_fp = cancel_fn = 0
    for number, line in lines:
        from_name, from_addr = parseaddr(_field(line, number, "from"))
        headers = line.get("headers") or {}
        if not isinstance(headers, dict):
            raise ValueError(f"line {number}: headers is not an object")
        verdict = classify_reply(
            from_addr=from_addr,
            from_name=from_name or None,
            subject=line.get("subject") or "",
            headers={str(k): str(v) for k, v in headers.items()},
            body=line.get("body") or "",
            company_domain=line.get("company_domain"),
            ats_domains=tuple(line.get("ats_domains") or ()),
            to=str(line.get("to") or ""),
        )
        predictions.append(
            {
                "id": line.get("id"),
                "line": number,
                "class": verdict.cls,
                "ends_wait": verdict.ends_wait,
                "reasons": list(verdict.reasons),
            }
        )
        expected = _field(line, number, "class")
        should_cancel = expected in ENDS_WAIT
        correct += verdict.cls == expected
        cancel_tp += verdict.ends_wait and should_cancel
        cancel_fp += verdict.ends_wait and not should_cancel
        cancel_fn += should_cancel and not verdict.ends_wait
        if verdict.cls != expected:
            subject = line.get("subject") or ""
            misses.append(
                f"line {number}: {subject!r}: {verdict.cls} != {expected}: "
                f"{'; '.join(verdict.reasons)}"
            )
    summary: Summary = {
        "n": len(lines),
        "accuracy": _ratio(correct, len(lines)),
        "cancel_precision": _ratio(cancel_tp, cancel_tp + cancel_fp),
        "cancel_recall": _ratio(cancel_tp, cancel_tp + cancel_fn),
        "false_cancels": cancel_fp,
    }
    return misses, summary

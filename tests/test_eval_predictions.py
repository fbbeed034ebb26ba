"""``followup eval KIND FILE --predictions OUT.jsonl``: one JSON line per input line, with its id
(or line number) and everything predicted, so the figures can be recomputed outside followup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.cli import main

ME = {"email": "sam.seeker@gmail.com", "name": "Sam Seeker", "self": True, "response": "accepted"}
INTERVIEWS = [
    {
        "id": "own-1",
        "summary": "Phone screen – Data Analyst",
        "description": "You'll speak with Dana Holt. We'll get back to you within 5 business days.",
        "organizer": {"email": "talent@brightwave.example", "name": "Brightwave Talent"},
        "attendees": [ME, {"email": "dana.holt@brightwave.example", "name": "Dana Holt"}],
        "start": "2026-09-07T10:00:00+02:00",
        "end": "2026-09-07T10:30:00+02:00",
        "tz": "Europe/Berlin",
        "calendar": "sam.seeker@gmail.com",
        "is_interview": True,
        "company": "Brightwave",
        "interviewers": ["dana.holt@brightwave.example"],
        "stated_timeline_days": 7,
    },
    {  # no id: the line number stands for it
        "summary": "Dentist",
        "start": "2026-09-08T08:00:00+02:00",
        "end": "2026-09-08T08:30:00+02:00",
        "tz": "Europe/Berlin",
        "calendar": "sam.seeker@gmail.com",
        "is_interview": False,
    },
    {
        "id": "own-3",
        "summary": "Sam <> Lee",
        "organizer": {"email": "lee.park@northgate.example", "name": "Lee Park"},
        "attendees": [ME, {"email": "lee.park@northgate.example", "name": "Lee Park"}],
        "start": "2026-09-09T15:00:00+02:00",
        "end": "2026-09-09T15:30:00+02:00",
        "tz": "Europe/Berlin",
        "calendar": "sam.seeker@gmail.com",
        "is_interview": True,
    },
]


def evaluate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, lines: list[dict[str, object]]
) -> tuple[dict[str, object], list[dict[str, object]]]:
    corpus = tmp_path / f"{kind}.jsonl"
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "predicted.jsonl"
    code = main(["eval", kind, str(corpus), "--predictions", str(out)])
    printed, _ = capsys.readouterr()
    assert code == 0
    predicted = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return json.loads(printed.strip().splitlines()[-1]), predicted


def test_interview_predictions_hold_every_figure_and_recompute_the_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    summary, predicted = evaluate(capsys, tmp_path, "interviews", INTERVIEWS)
    assert [(p["id"], p["line"]) for p in predicted] == [("own-1", 1), (None, 2), ("own-3", 3)]
    first = predicted[0]
    assert first["is_interview"] is True and first["unsure"] is False
    assert first["interviewers"] == ["dana.holt@brightwave.example"]
    assert first["interviewer_names"] == ["Dana Holt"]
    assert first["answer_date"] == "2026-09-14" and first["timeline_days"] == 7
    assert {"company", "position", "reasons"} <= set(first)
    assert predicted[1]["is_interview"] is False and predicted[1]["interviewers"] == []
    assert predicted[2]["unsure"] is True and predicted[2]["is_interview"] is False
    # the summary follows from the predictions and the labels alone
    labels = [bool(line["is_interview"]) for line in INTERVIEWS]
    tp = sum(p["is_interview"] and lab for p, lab in zip(predicted, labels, strict=True))
    fn = sum(lab and not p["is_interview"] for p, lab in zip(predicted, labels, strict=True))
    assert summary["recall"] == round(tp / (tp + fn), 3)
    assert summary["unsure"] == sum(p["unsure"] for p in predicted) == 1
    assert list(summary)[-1] == "unsure"  # after the documented keys


def test_timeline_and_reply_predictions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    timelines = [
        {"text": "We will get back to you within two weeks.",
         "interview_end": "2026-09-07T11:00:00+02:00", "tz": "Europe/Berlin",
         "expected_due_date": "2026-09-21"},
        {"text": "Thanks for coming in!", "interview_end": "2026-09-07T11:00:00+02:00",
         "tz": "Europe/Berlin", "expected_due_date": None},
    ]  # fmt: skip
    _, predicted = evaluate(capsys, tmp_path, "timelines", timelines)
    assert [(p["line"], p["answer_date"]) for p in predicted] == [(1, "2026-09-21"), (2, None)]
    replies = [
        {"from": "Dana Holt <dana.holt@brightwave.example>", "to": "sam.seeker@gmail.com",
         "subject": "Re: Data Analyst", "headers": {},
         "body": "Hi Sam, we'd like to offer you the position. Details to follow.",
         "company_domain": "brightwave.example", "ats_domains": [], "class": "offer"},
    ]  # fmt: skip
    _, predicted = evaluate(capsys, tmp_path, "replies", replies)
    assert predicted == [
        {
            "id": None,
            "line": 1,
            "class": "offer",
            "ends_wait": True,
            "reasons": predicted[0]["reasons"],
        }
    ]


def test_predictions_to_a_path_that_cannot_be_written_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "interviews.jsonl"
    corpus.write_text(json.dumps(INTERVIEWS[1]) + "\n", encoding="utf-8")
    code = main(["eval", "interviews", str(corpus), "--predictions", str(tmp_path / "no" / "x")])
    _, err = capsys.readouterr()
    assert code == 2 and "cannot write predictions" in err and "Traceback" not in err

"""The parser sees what a careful reader sees, in several councils' conventions.

One case per ``fixtures/conventions/NAME.expect.json``: parse ``NAME`` and check
each fact the expectation lists (``fixtures/conventions/README.md`` gives the
format). A failing case lists every fact that was wrong, not just the first.
"""

import importlib.util
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from moot.minutes import parse

CONVENTIONS = Path(__file__).resolve().parent / "fixtures" / "conventions"
EXPECTATIONS = sorted(CONVENTIONS.glob("*.expect.json"))

Problems = list[str]


def norm(text: Any) -> str:
    """Fold case, quotes, dashes and whitespace so that comparisons ignore them."""
    text = str(text).casefold()
    text = re.sub("[\u2018\u2019\u201b\u2032]", "'", text)
    text = re.sub("[\u201c\u201d\u201f\u2033]", '"', text)
    text = re.sub("[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def norm_number(value: Any) -> str | None:
    """An item or resolution number without brackets or a trailing full stop."""
    if value is None:
        return None
    return norm(value).strip("()[] ").rstrip(".").strip("()")


def strings(value: Any) -> Iterator[str]:
    """Every string (and number, as text) inside a JSON value."""
    if isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)


def check_meeting(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    problems = []
    if "date" in want and got["date"] != want["date"]:
        problems.append(f"meeting date: want {want['date']!r}, got {got['date']!r}")
    if "committee" in want and norm(want["committee"]) not in norm(got["committee"]):
        problems.append(
            f"meeting committee: want one naming {want['committee']!r}, "
            f"got {got['committee']!r}"
        )
    if "venue" in want and norm(got["venue"]).rstrip(".") != norm(want["venue"]):
        problems.append(f"meeting venue: want {want['venue']!r}, got {got['venue']!r}")
    attendance = got["attendance"]
    for key, field in [
        ("present_count", "present"),
        ("apologies_count", "apologies"),
        ("officers_count", "officers"),
    ]:
        if key in want and len(attendance[field]) != want[key]:
            problems.append(
                f"meeting attendance {field}: want {want[key]} names, "
                f"got {len(attendance[field])}: {attendance[field]!r}"
            )
    return problems


def check_heading(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    """Number, title, exemption, previous references, report and contact."""
    problems = []
    if "number" in want and norm_number(got["number"]) != norm_number(want["number"]):
        problems.append(f"number: want {want['number']!r}, got {got['number']!r}")
    if "title" in want:
        want_title = None if want["title"] is None else norm(want["title"])
        got_title = None if got["title"] is None else norm(got["title"])
        if got_title != want_title:
            problems.append(f"title: want {want['title']!r}, got {got['title']!r}")
    if "exempt" in want and (got["exempt"] is not None) != want["exempt"]:
        problems.append(f"exempt: want {want['exempt']}, got {got['exempt']!r}")
    if "exempt_paragraph" in want:
        paragraph = (got["exempt"] or {}).get("paragraph")
        if paragraph != want["exempt_paragraph"]:
            problems.append(
                f"exempt paragraph: want {want['exempt_paragraph']}, got {paragraph!r}"
            )
    if "previous_references" in want:
        got_refs = [norm(ref) for ref in got["previous_references"]]
        if got_refs != [norm(ref) for ref in want["previous_references"]]:
            problems.append(
                f"previous references: want {want['previous_references']!r}, "
                f"got {got['previous_references']!r}"
            )
    problems += check_report(want, got)
    if "contact" in want:
        for key, value in want["contact"].items():
            if norm(got["contact"][key] or "") != norm(value):
                problems.append(
                    f"contact {key}: want {value!r}, got {got['contact'][key]!r}"
                )
    return problems


def check_report(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    problems = []
    report = got["report"]
    if "document" in want and report["document"] != want["document"]:
        problems.append(
            f"report document: want {want['document']!r}, got {report['document']!r}"
        )
    if "author" in want and norm(want["author"]) not in norm(report["author"] or ""):
        problems.append(
            f"report author: want {want['author']!r}, got {report['author']!r}"
        )
    summary = norm(report["summary"] or "")
    for phrase in want.get("report_contains", []):
        if norm(phrase) not in summary:
            problems.append(
                f"report summary lacks {phrase!r}: got {report['summary']!r}"
            )
    for phrase in want.get("report_not_contains", []):
        if norm(phrase) in summary:
            problems.append(
                f"report summary should not hold {phrase!r} "
                f"(it belongs to the minutes): got {report['summary']!r}"
            )
    return problems


def check_counts(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    problems = []
    for key in ["recommendations", "resolutions", "exchanges", "representations"]:
        if key in want and len(got[key]) != want[key]:
            problems.append(
                f"{key}: want {want[key]}, got {len(got[key])}: "
                f"{json.dumps(got[key], ensure_ascii=False)[:600]}"
            )
    for key, field in [
        ("exchange_points", "points"),
        ("exchange_responses", "responses"),
    ]:
        if key in want:
            counts = [len(exchange[field]) for exchange in got["exchanges"]]
            if counts != want[key]:
                problems.append(f"{field} per exchange: want {want[key]}, got {counts}")
    return problems


def check_people(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    """Who answered, who made representations, and the action owners."""
    problems = []
    responders = [
        norm(response["by"] or "")
        for exchange in got["exchanges"]
        for response in exchange["responses"]
    ]
    for name in want.get("responses_by", []):
        if not any(norm(name) in by for by in responders):
            problems.append(f"no response given by {name!r}; responders: {responders}")
    speakers = [norm(rep["by"] or "") for rep in got["representations"]]
    for name in want.get("representations_by", []):
        if not any(norm(name) in by for by in speakers):
            problems.append(f"no representation by {name!r}; speakers: {speakers}")
    if "actions" in want:
        owners = {norm(action["owner"]) for action in got["actions"]}
        if owners != {norm(owner) for owner in want["actions"]}:
            problems.append(f"action owners: want {want['actions']!r}, got {owners}")
    return problems


def check_decisions(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    """Information requests and votes."""
    problems = []
    if "information_requests" in want:
        requests = got["information_requests"]
        outcomes = [request["outcome"] for request in requests]
        wanted = [request["outcome"] for request in want["information_requests"]]
        if outcomes != wanted:
            problems.append(
                f"information request outcomes: want {wanted}, got {outcomes}: "
                f"{json.dumps(requests, ensure_ascii=False)[:600]}"
            )
        else:
            for wanted_request, request in zip(
                want["information_requests"], requests, strict=True
            ):
                phrase = wanted_request.get("reason_contains")
                if phrase and norm(phrase) not in norm(request["reason"] or ""):
                    problems.append(
                        f"information request reason lacks {phrase!r}: "
                        f"got {request['reason']!r}"
                    )
    votes = [norm(resolution["vote"] or "") for resolution in got["resolutions"]]
    for vote in want.get("votes", []):
        if not any(norm(vote) in got_vote for got_vote in votes):
            problems.append(f"no resolution with vote {vote!r}; votes: {votes}")
    return problems


def commitment_matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    for key in ["kind", "due_date"]:
        if key in want and got[key] != want[key]:
            return False
    if "resolution" in want and norm_number(got["resolution"]) != norm_number(
        want["resolution"]
    ):
        return False
    return all(
        norm(want[key]) in norm(got[key] or "")
        for key in ["owner", "recipient", "due_phrase"]
        if key in want
    )


def check_commitments(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    if "commitments" not in want:
        return []
    problems = []
    unmatched = list(got["commitments"])
    for wanted in want["commitments"]:
        match = next((c for c in unmatched if commitment_matches(wanted, c)), None)
        if match is None:
            problems.append(f"no commitment matching {wanted}")
        else:
            unmatched.remove(match)
    exact = want.get("commitments_exact", True)
    if exact and len(got["commitments"]) != len(want["commitments"]):
        problems.append(
            f"commitments: want {len(want['commitments'])}, "
            f"got {len(got['commitments'])}"
        )
    if problems:
        problems.append(
            "parsed commitments: "
            + json.dumps(got["commitments"], ensure_ascii=False)[:1500]
        )
    return problems


def check_text(want: dict[str, Any], got: dict[str, Any]) -> Problems:
    """Phrases that must stand whole in one block or one string of the item."""
    problems = []
    blocks = [norm(" ".join(strings(block))) for block in got["minutes"]]
    for phrase in want.get("minutes_contains", []):
        if not any(norm(phrase) in block for block in blocks):
            problems.append(f"no minutes block holds {phrase!r}")
    lengths = sorted(
        len(block["items"]) for block in got["minutes"] if block["kind"] == "list"
    )
    remaining = list(lengths)
    for length in want.get("minutes_lists", []):
        if length in remaining:
            remaining.remove(length)
        else:
            problems.append(
                f"no list of {length} entries in the minutes; list lengths: {lengths}"
            )
    texts = [norm(text) for text in strings(got)]
    for phrase in want.get("text_contains", []):
        if not any(norm(phrase) in text for text in texts):
            problems.append(f"no single field of the item holds {phrase!r}")
    return problems


ITEM_CHECKS = [
    check_heading,
    check_counts,
    check_people,
    check_decisions,
    check_commitments,
    check_text,
]


def pair_items(
    want: list[dict[str, Any]], got: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each expected item with the parsed item of the same number.

    Items the expectation gives no number for are paired by position, so one
    missed heading does not make every later item fail.
    """
    unused = list(got)
    pairs = []
    for index, wanted in enumerate(want):
        number = norm_number(wanted.get("number"))
        if number is not None:
            same = (i for i in unused if norm_number(i["number"]) == number)
            match = next(same, None)
        else:
            match = got[index] if index < len(got) and got[index] in unused else None
        if match is not None:
            unused.remove(match)
        pairs.append((wanted, match))
    return pairs


def check_items(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> Problems:
    problems = []
    if len(got) != len(want):
        found = [(item["number"], item["title"]) for item in got]
        problems.append(f"items: want {len(want)}, got {len(got)}: {found}")
    for index, (wanted, item) in enumerate(pair_items(want, got)):
        label = f"item {index + 1} ({wanted.get('number') or wanted.get('title')})"
        if item is None:
            problems.append(f"{label}: not found")
            continue
        for check in ITEM_CHECKS:
            problems += [f"{label}: {problem}" for problem in check(wanted, item)]
    return problems


def check_chrome(expect: dict[str, Any], output: dict[str, Any]) -> Problems:
    """Site chrome and page furniture go to ``discarded``, never into an item."""
    problems = []
    discarded = [norm(entry["text"]) for entry in output["discarded"]]
    for phrase in expect.get("discarded_contains", []):
        if not any(norm(phrase) in text for text in discarded):
            problems.append(f"discarded: no entry holds {phrase!r}")
    item_texts = [norm(text) for text in strings(output["items"])]
    for phrase in expect.get("absent_from_items", []):
        holders = [text for text in item_texts if norm(phrase) in text]
        if holders:
            problems.append(f"{phrase!r} leaked into an item: {holders[0][:200]!r}")
    return problems


def input_path(expectation: Path) -> Path:
    return expectation.with_name(expectation.name.removesuffix(".expect.json"))


@pytest.mark.parametrize(
    "expectation", EXPECTATIONS, ids=[input_path(e).name for e in EXPECTATIONS]
)
def test_parser_sees_what_a_reader_sees(expectation: Path) -> None:
    expect = json.loads(expectation.read_text(encoding="utf-8"))
    path = input_path(expectation)
    meeting_date = expect.get("meeting_date_arg")
    minutes = parse(
        path.read_bytes(),
        path.name,
        date.fromisoformat(meeting_date) if meeting_date else None,
    )
    output = minutes.to_dict()
    problems = check_meeting(expect.get("meeting", {}), output["meeting"])
    problems += check_items(expect["items"], output["items"])
    problems += check_chrome(expect, output)
    if problems:
        message = f"{path.name}: {len(problems)} wrong:\n" + "\n".join(problems)
        pytest.fail(message, pytrace=False)


def test_every_fixture_has_an_expectation() -> None:
    inputs = {
        path.name
        for path in CONVENTIONS.iterdir()
        if path.suffix in {".txt", ".html", ".pdf"}
    }
    expected = {input_path(path).name for path in EXPECTATIONS}
    assert inputs == expected


def test_the_pdf_fixture_is_what_make_pdf_builds() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_pdf", CONVENTIONS / "make_pdf.py"
    )
    assert spec and spec.loader
    make_pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdf)
    assert make_pdf.uk_minutes_pdf() == (CONVENTIONS / "uk-minutes.pdf").read_bytes()

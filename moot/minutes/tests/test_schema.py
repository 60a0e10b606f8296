"""The parser's JSON keeps the public contract in ``docs/minutes.schema.json``."""

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from moot.minutes import parse
from moot.minutes.records import (
    Commitment,
    Exempt,
    Item,
    Minutes,
    Resolution,
)

from .test_nothing_lost import ROOT, inputs, label

SCHEMA_PATH = ROOT / "docs" / "minutes.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(top)'}: "
        f"{error.message[:300]}"
        for error in validator.iter_errors(data)
    ]


@pytest.mark.parametrize("path", inputs(), ids=label)
def test_the_output_matches_the_schema(
    validator: jsonschema.Draft202012Validator, path: Path
) -> None:
    output = parse(path.read_bytes(), path.name).to_dict()
    found = errors(validator, output)
    assert not found, f"{label(path)}: " + "\n".join(found[:40])


def test_an_empty_result_matches_the_schema(
    validator: jsonschema.Draft202012Validator,
) -> None:
    assert errors(validator, Minutes(items=[Item()]).to_dict()) == []


def test_the_schema_names_every_key_the_records_give(
    validator: jsonschema.Draft202012Validator,
) -> None:
    item = Item(
        exempt=Exempt(paragraph=3, reason="exempt"),
        resolutions=[Resolution(number="1", text="That ...")],
        commitments=[Commitment(kind="resolution", resolution="1", text="That ...")],
    )
    data = Minutes(items=[item]).to_dict()
    item_schema = validator.schema["$defs"]["item"]
    assert set(data) == set(validator.schema["required"])
    assert set(data["items"][0]) == set(item_schema["required"])
    commitments = item_schema["properties"]["commitments"]["items"]
    assert set(data["items"][0]["commitments"][0]) == set(commitments["required"])
    assert errors(validator, data) == []


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["items"][0].pop("title"), "'title' is a required property"),
        (
            lambda d: d["meeting"].update(date="14/03/2023"),
            "is not valid under any of the given schemas",
        ),
        (lambda d: d["items"][0].update(colour="red"), "Additional properties"),
        (
            lambda d: d["items"][0]["commitments"].append(
                {
                    "kind": "promise",
                    "resolution": None,
                    "text": "x",
                    "owner": None,
                    "recipient": None,
                    "due_phrase": None,
                    "due_date": None,
                }
            ),
            "'promise' is not one of",
        ),
    ],
    ids=["missing key", "british date", "unknown key", "unknown kind"],
)
def test_the_schema_rejects_output_outside_the_contract(
    validator: jsonschema.Draft202012Validator, change: Any, message: str
) -> None:
    data = Minutes(items=[Item()]).to_dict()
    change(data)
    assert any(message in error for error in errors(validator, data))

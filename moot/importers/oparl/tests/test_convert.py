"""OParl objects → plain records, on real System and Body objects. No database."""

import datetime as dt
import json

import pytest

from moot.importers.conftest import FIXTURES
from moot.importers.oparl import convert

SYSTEMS = FIXTURES / "oparl" / "systems-bodies"


@pytest.mark.parametrize(
    "path", sorted(SYSTEMS.glob("*-body.json")), ids=lambda p: p.stem
)
def test_every_recorded_body_converts(path):
    body = convert.body(json.loads(path.read_text()))

    assert body.name and body.source_id.startswith("http")
    assert not body.website or body.website.startswith(("http://", "https://"))


@pytest.mark.parametrize(
    "path", sorted(SYSTEMS.glob("*-system.json")), ids=lambda p: p.stem
)
def test_every_recorded_system_speaks_1_0(path):
    assert convert.version(json.loads(path.read_text())) == "1.0"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Vorsitzende", "chair"),
        ("Vorsitzender", "chair"),
        ("stellv. Vorsitzender", "deputy-chair"),
        ("1. Stellvertreter", "deputy-chair"),
        ("stellv. Mitglied", "substitute"),
        ("Sachkundige Bürgerin", "co-opted"),
        ("Sachkundiger Bürger", "co-opted"),
        ("Mitglied", "member"),
        ("", "member"),
        ("Chair", "chair"),
        ("Deputy Chair", "deputy-chair"),
        ("Vice-Chair", "deputy-chair"),
        ("Substitute", "substitute"),
        ("Co-opted member", "co-opted"),
        ("Member", "member"),
    ],
)
def test_roles(role, expected):
    assert convert.role(role) == expected


def test_times_keep_the_wall_clock_of_the_source():
    assert convert.to_time("2013-01-04T08:00:00+01:00") == dt.time(8)
    assert convert.to_date("2013-01-04T08:00:00+01:00") == dt.date(2013, 1, 4)
    assert convert.to_date("") is None


def test_a_non_public_item_is_exempt_and_keeps_no_text():
    committee = convert.records.Committee("o/1", "Rat")
    meeting = convert.meeting(
        {
            "id": "m/1",
            "start": "2020-01-01T10:00:00+01:00",
            "organization": ["o/1"],
            "agendaItem": [
                {
                    "id": "a/1",
                    "order": 1,
                    "name": "Grundstück",
                    "public": False,
                    "resolutionText": "Geheim",
                    "auxiliaryFile": [{"id": "f/1", "text": "x"}],
                }
            ],
        },
        {"o/1": committee},
        dt.date(2021, 1, 1),
    )

    (item,) = meeting.items
    assert item.is_exempt and item.content is None
    assert item.documents[0].is_exempt and item.documents[0].text == ""


def test_a_list_page_without_data_is_refused():
    with pytest.raises(ValueError, match="not an OParl list"):
        convert.list_page({"error": "nope"})

"""Minutes and sources go through one loader: one identity, one hash, one tally."""

from datetime import date

import pytest

from moot.importers import records
from moot.minutes import records as parsed
from moot.records.load import (
    Provenance,
    Tally,
    store,
    store_body,
    store_meeting,
    store_report,
)
from moot.records.models import AgendaItem, Meeting, Report
from moot.records.tests.seed_minutes import seed_minutes

pytestmark = pytest.mark.django_db
DAY = date(2024, 5, 1)


def import_meeting(minutes_text: str = "Noted.") -> Tally:
    """A source's meeting of two items, the first with minutes."""
    tally, provenance = (
        Tally(keep_rows=True),
        Provenance("https://x.example/m1", "test"),
    )
    body = store_body(records.Body("https://x.example/", "Example"), provenance, tally)
    content = parsed.Item(
        number="1", title="Budget", minutes=[parsed.Block("paragraph", minutes_text)]
    )
    items = [
        records.Item("i1", "Budget", number="1", content=content),
        records.Item("i2", "Parks", number="2"),
    ]
    meeting = records.Meeting(
        "m1", records.Committee("c1", "Cabinet"), DAY, items=items, status="held"
    )
    store_meeting(body, meeting, provenance, tally)
    return tally


def test_a_papers_report_keeps_its_row_and_created_when_its_item_changes():
    import_meeting()
    paper = records.Report("p1", "Budget report", reference="12/2024", items=["i1"])
    store_report(paper, Provenance("https://x.example/p1", "test"), Tally())
    before = Report.objects.get(source_id="p1")

    tally = import_meeting("Noted, with thanks.")

    assert tally.get("items", "updated") == 1
    after = Report.objects.get(source_id="p1")
    assert (after.pk, after.created, after.deleted) == (before.pk, before.created, None)


def test_minutes_loaded_into_an_imported_meeting_adopt_its_items_and_drop_none():
    import_meeting()
    minutes = seed_minutes(DAY)
    minutes.items[0].number = "1"

    tally = store(
        minutes, Provenance("m.txt", "test"), body="Example", committee="Cabinet"
    )

    assert Meeting.objects.get().source_id == "m1"
    rows = AgendaItem.objects.alive().order_by("position")
    assert [(r.number, r.source_id) for r in rows] == [("1", "i1"), ("2", "i2")]
    assert tally.items == [rows[0]] and tally.get("items", "updated") == 1
    assert rows[0].title == minutes.items[0].title


def test_a_source_text_too_long_for_its_column_is_cut_with_a_warning():
    tally, provenance = Tally(), Provenance("https://x.example/", "test")
    body = store_body(records.Body("b", "Example"), provenance, tally)
    meeting = records.Meeting(
        "m1", records.Committee("c1", "Cabinet"), DAY, venue="Hall " * 100
    )

    store_meeting(body, meeting, provenance, tally)

    assert len(Meeting.objects.get().venue) == 300
    assert tally.warnings == [
        "meeting venue was 500 characters, cut to the 300 that fit"
    ]

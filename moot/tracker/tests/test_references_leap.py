"""A reference naming only a committee, read on 29 February, looks back three years."""

from datetime import date

from moot.records.models import AgendaItem, Body, Committee, ItemReference, Meeting
from moot.tracker import references


def test_a_body_only_reference_of_29_february_finds_the_committees_items(db):
    body = Body.objects.create(name="Fictional Borough Council", slug="fbc")
    cabinet = Committee.objects.create(body=body, name="Cabinet", slug="cabinet")
    scrutiny = Committee.objects.create(body=body, name="Scrutiny Committee", slug="sc")
    earlier = AgendaItem.objects.create(
        meeting=Meeting.objects.create(committee=scrutiny, date=date(2023, 6, 1)),
        number="4",
        title="Allotments review",
        slug="allotments-review",
    )
    source = AgendaItem.objects.create(
        meeting=Meeting.objects.create(committee=cabinet, date=date(2024, 2, 29)),
        number="7",
        title="Allotments review: final report",
        slug="final-report",
    )
    reference = ItemReference.objects.create(
        agenda_item=source, committee_name="Scrutiny Committee", text="the final report"
    )
    found = references._when(reference, AgendaItem.objects.all(), source, [scrutiny.pk])
    assert found is not None and earlier in found

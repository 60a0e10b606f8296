"""``moot propose`` offers records written without the change point (the
sample's bulk writes) to the tracker, and is safe to repeat."""

from datetime import date
from io import StringIO

from django.core.management import call_command

from moot.tracker.models import Fulfilment


def propose() -> str:
    out = StringIO()
    call_command("propose", stdout=out)
    return out.getvalue()


def test_propose_finds_deliveries_in_sample_records_and_repeats_safely():
    call_command("sample", items=300, seed=1, today=date(2025, 6, 1), stdout=StringIO())
    assert not Fulfilment.objects.exists()  # bulk writes announce nothing
    first = propose()
    made = Fulfilment.objects.count()
    assert made > 0 and f"; {made} new proposals." in first
    assert propose().endswith("; 0 new proposals.\n")
    assert Fulfilment.objects.count() == made
    link = Fulfilment.objects.select_related("commitment__agenda_item__meeting").first()
    assert link.item.meeting.date > link.commitment.agenda_item.meeting.date

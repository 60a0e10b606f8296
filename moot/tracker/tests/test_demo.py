"""``moot demo-chain`` shows the seed's promise kept, and one left overdue."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from moot.tracker.models import Commitment


def test_the_demo_chain_links_the_seed_to_the_item_that_kept_its_promise(
    client, stored_seed
):
    out = StringIO()
    call_command("demo-chain", stdout=out)
    call_command("demo-chain", stdout=StringIO())  # safe to repeat
    promise = Commitment.objects.get(due_phrase="in 12 months time")
    assert promise.status == "fulfilled"
    assert promise.fulfilled_on == date(2019, 9, 12)
    assert promise.events.count() == 1
    later = promise.fulfilled_by
    overdue = client.get("/commitments/?status=overdue").content.decode()
    left = Commitment.objects.get(agenda_item=later)
    assert left.is_overdue() and left.get_absolute_url() in overdue
    assert f"{left.days_overdue()} days" in overdue
    assert "Strategic Director, Children’s Services" in overdue
    seed_page = client.get(promise.agenda_item.get_absolute_url()).content.decode()
    later_page = client.get(later.get_absolute_url()).content.decode()
    assert later.get_absolute_url() in seed_page
    assert promise.get_absolute_url() in later_page
    assert "Sample data: this item is invented" in later_page


def test_the_demo_chain_needs_the_seed(db):
    with pytest.raises(CommandError, match="run moot load-minutes first"):
        call_command("demo-chain", stdout=StringIO())

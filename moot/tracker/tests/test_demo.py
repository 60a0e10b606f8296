"""``moot demo-chain`` loads real threads: real pages, their addresses, the
links they state, and nothing invented."""

from io import StringIO

from django.core.management import call_command
from django.utils.html import escape

from moot.records.models import AgendaItem, Body, ItemReference
from moot.tracker.chains import threads
from moot.tracker.models import Fulfilment


def test_the_demo_loads_real_threads_and_invents_nothing(client, db):
    out = StringIO()
    call_command("demo-chain", stdout=out)
    call_command("demo-chain", stdout=StringIO())  # safe to repeat
    urls = {page["url"] for t in threads() for page in t.pages}
    items = AgendaItem.objects.filter(meeting__committee__body__is_sample=False)
    assert items.exists()
    assert {item.source for item in items} <= urls  # every item from a real page
    assert not Fulfilment.objects.exclude(state="proposed").exists()  # none decided
    link = ItemReference.objects.filter(target__isnull=False).first()
    assert link is not None and link.agenda_item.issue == link.target.issue
    later = client.get(link.agenda_item.get_absolute_url()).content.decode()
    earlier = client.get(link.target.get_absolute_url()).content.decode()
    assert "Follows:" in later and link.target.get_absolute_url() in later
    assert f'href="{escape(link.agenda_item.source)}"' in later  # where published
    assert "Followed by:" in earlier and link.agenda_item.get_absolute_url() in earlier
    timeline = client.get(link.target.issue.get_absolute_url()).content.decode()
    for item in (link.target, link.agenda_item):
        assert item.get_absolute_url() in timeline
    assert Body.objects.filter(name="Tonbridge and Malling Borough Council").exists()
    assert "Issue" in out.getvalue() or "/issues/" in out.getvalue()

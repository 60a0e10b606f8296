"""Exempt content is never in the public index."""

from datetime import date

import pytest

from moot.minutes.records import MeetingFacts, Minutes
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem, Document
from moot.records.tests.seed_minutes import SECRET, exempt_item, seed_item

from .conftest import found, item_ids

SECRET_WORDS = ['"preferred bidder"', "Tyrls", "Valuation"]


@pytest.fixture
def exempt(db, index_dir, committed):
    minutes = Minutes(MeetingFacts(date=date(2019, 3, 1)), [seed_item(), exempt_item()])
    with committed():
        store(minutes, Provenance("m.txt", "test"), body="Bradford", committee="Exec")
        item = AgendaItem.objects.get(is_exempt=True)
        open_item = AgendaItem.objects.get(is_exempt=False)
        Document.objects.create(agenda_item=item, title="Valuation", text=SECRET)
        Document.objects.create(
            agenda_item=open_item, title="Appendix 3", text=SECRET, is_exempt=True
        )
    return item


@pytest.mark.parametrize("query", SECRET_WORDS)
def test_exempt_text_finds_nothing(client, exempt, query):
    assert found(client, query)["results"] == []
    for url in ("/search/", "/search.atom", "/search.json"):
        assert b"4.2 million" not in client.get(url, {"q": query}).content


def test_an_item_made_exempt_leaves_the_results(client, exempt, committed):
    open_item = AgendaItem.objects.get(is_exempt=False)
    assert item_ids(found(client, "Nightwatch")) == [open_item.pk]
    with committed():
        open_item.is_exempt = True
        open_item.save()
    assert found(client, "Nightwatch")["results"] == []
    assert found(client, "Nightwatch")["total"] == 0

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


def test_a_reindex_of_a_whole_council_holds_no_exempt_record(db, index_dir):
    """Chunks of items are read by id range, exempt items among them."""
    import tantivy
    from django.core.management import call_command

    from moot.search.engine import get_engine

    call_command("sample", items=300, seed=7, today=date(2024, 6, 1))
    call_command("reindex", verbosity=0)
    engine = get_engine()
    searcher = engine.index.searcher()

    def records(pk: int) -> int:
        term = tantivy.Query.term_query(engine.schema, "item", pk)
        return searcher.search(term, 1).count

    exempt = list(
        AgendaItem.objects.filter(is_exempt=True).values_list("pk", flat=True)
    )
    assert exempt and not any(records(pk) for pk in exempt)
    open_ids = AgendaItem.objects.filter(is_exempt=False).values_list("pk", flat=True)
    assert all(records(pk) for pk in open_ids)
    hidden = Document.objects.filter(is_exempt=True).values_list("pk", flat=True)
    for pk in hidden:
        key = tantivy.Query.term_query(engine.schema, "key", f"document:{pk}")
        assert searcher.search(key, 1).count == 0

"""Real threads (moot/tracker/tests/chains/): the links the pages state are
found, none is made that they do not state, and loading the pages newest
first gives the same links and proposals as oldest first."""

import pytest

from moot.records.models import ItemReference
from moot.tracker.chains import Figures, load, measure, threads
from moot.tracker.models import Fulfilment

THREADS = threads()


def test_the_chain_corpus_is_wide_enough():
    assert len(THREADS) >= 10
    assert len({t.council for t in THREADS}) >= 5


def links_and_proposals(items):
    by_pk = {item.pk: page for page, item in items.items()}
    links = {
        (by_pk.get(r.agenda_item_id), by_pk.get(r.target_id))
        for r in ItemReference.objects.filter(target__isnull=False)
    }
    proposals = {
        (f.commitment.text, by_pk.get(f.item_id))
        for f in Fulfilment.objects.select_related("commitment")
    }
    return links, proposals


@pytest.mark.parametrize("thread", THREADS, ids=lambda t: t.name)
def test_loading_newest_first_gives_the_same_links_and_proposals(db, thread):
    from django.db import transaction

    with transaction.atomic():
        first = links_and_proposals(load(thread))
        transaction.set_rollback(True)
    with transaction.atomic():
        second = links_and_proposals(load(thread, reverse=True))
        transaction.set_rollback(True)
    assert first == second


def test_explicit_links_are_found_and_none_is_invented(db):
    total = Figures()
    for thread in THREADS:
        total.add(measure(thread, load(thread)))
    assert total.links_found == total.links_made  # precision 1
    assert total.links_found == total.links_labelled, total.missed  # recall 1

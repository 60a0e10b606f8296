"""Real threads (moot/tracker/tests/chains/): the links the pages state are
found, none is made that they do not state, proposals are right at least
nine times in ten and find at least four in five labelled deliveries, and
loading the pages newest first gives the same links and proposals as oldest
first."""

import pytest
from django.core.management import call_command

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
def test_loading_newest_first_gives_the_same_links_and_proposals(thread):
    # Each page is committed, as an import commits it: the tracker works
    # after each commit.
    first = links_and_proposals(load(thread))
    call_command("flush", interactive=False, verbosity=0)
    second = links_and_proposals(load(thread, reverse=True))
    assert first == second


def test_links_are_all_found_and_proposals_are_mostly_right():
    total = Figures()
    for thread in THREADS:
        total.add(measure(thread, load(thread)))
        call_command("flush", interactive=False, verbosity=0)
    assert total.links_found == total.links_made  # precision 1
    assert total.links_found == total.links_labelled, total.missed  # recall 1
    assert total.proposals_right >= 0.9 * total.proposals_made, total.missed
    assert total.fulfilments_proposed >= 0.8 * total.fulfilments_labelled, total.missed

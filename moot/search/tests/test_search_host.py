"""Several app servers: those without the index queue, the search host applies."""

from moot.records.models import MinutesBlock
from moot.search.models import PendingUpdate

from .conftest import found, item_ids


def test_a_change_made_on_another_server_is_found_on_the_search_host(
    client, seed_item, committed, settings
):
    settings.MOOT_SEARCH_HOST = False  # an app server that does not hold the index
    block = MinutesBlock.objects.filter(agenda_item=seed_item).first()
    with committed():
        block.text = "The Zephyrine partnership was praised."
        block.save()
    assert PendingUpdate.objects.filter(target=seed_item.pk).exists()
    assert found(client, "Zephyrine")["results"] == []  # it has no index to ask
    settings.MOOT_SEARCH_HOST = True  # the search host's next answer
    assert item_ids(found(client, "Zephyrine")) == [seed_item.pk]
    assert not PendingUpdate.objects.exists()

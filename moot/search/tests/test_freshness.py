"""The index follows every save and delete once the change is committed."""

from django.db import transaction

from moot.records.models import AgendaItem, Document, MinutesBlock
from moot.search.models import PendingUpdate
from moot.search.queue import _DrainAfterCommit

from .conftest import found, item_ids


def test_an_edit_is_searchable_after_commit(client, seed_item, committed):
    block = MinutesBlock.objects.filter(agenda_item=seed_item).first()
    with committed():
        block.text = "The Zephyrine partnership was praised."
        block.save()
        # Before the commit nothing has changed in the index.
        assert found(client, "Zephyrine")["results"] == []
    assert item_ids(found(client, "Zephyrine")) == [seed_item.pk]
    assert PendingUpdate.objects.count() == 0


def test_a_deleted_item_leaves_the_index(client, seed_item, committed):
    with committed():
        seed_item.soft_delete()
    assert found(client, "Nightwatch")["total"] == 0


def test_a_deleted_meeting_takes_its_items_out(client, seed_item, committed):
    with committed():
        seed_item.meeting.soft_delete()
    assert found(client, "Nightwatch")["total"] == 0


def test_a_rolled_back_change_queues_nothing(seed_item):
    before = PendingUpdate.objects.count()
    try:
        with transaction.atomic():
            seed_item.title = "Renamed"
            seed_item.save()
            raise RuntimeError
    except RuntimeError:
        pass
    assert PendingUpdate.objects.count() == before


def test_each_item_is_queued_once_per_transaction(
    seed_item, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        for block in MinutesBlock.objects.filter(agenda_item=seed_item):
            block.save()
        AgendaItem.objects.get(pk=seed_item.pk).save()
    assert PendingUpdate.objects.filter(target=seed_item.pk).count() == 1
    drains = [c for c in callbacks if isinstance(c, _DrainAfterCommit)]
    assert len(drains) == 1


def test_facets_follow_a_commit(client, seed_item, committed):
    def kinds() -> dict[str, int]:
        answer = found(client, "Nightwatch")
        return {k["value"]: k["count"] for k in answer["facets"]["kind"]}

    before = kinds()
    assert kinds() == before  # the same search again, from the facet cache
    with committed():
        Document.objects.create(
            agenda_item=seed_item, title="Nightwatch annex", text="Nightwatch."
        )
    assert kinds()["document"] == before.get("document", 0) + 1

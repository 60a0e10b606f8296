"""Rebuild the whole index from the database (``moot reindex``)."""

from collections.abc import Callable, Iterator

from moot.records.models import AgendaItem

from . import queue
from .documents import documents_for, open_item_ids
from .engine import SearchDocument, get_engine
from .models import PendingUpdate


def rebuild(progress: Callable[[int], None] = lambda n: None) -> int:
    """Index every open item afresh; return how many records were written.

    Readers keep the old index until the one commit at the end. Changes
    queued before the rebuild read the database are then done and forgotten;
    changes queued meanwhile are applied after it, so none is lost.
    """
    before = list(PendingUpdate.objects.values_list("pk", flat=True))

    def batches() -> Iterator[list[SearchDocument]]:
        for ids in open_item_ids():
            yield documents_for(ids)
            progress(len(ids))

    count = get_engine().rebuild(batches())
    PendingUpdate.objects.filter(pk__in=before).delete()
    queue.drain()
    return count


def open_items() -> int:
    return AgendaItem.objects.public().open().count()

"""Rebuild the whole index from the database (``moot reindex``)."""

import time
from collections.abc import Callable, Iterator

from moot.records.models import AgendaItem
from moot.records.planner import analyze

from . import queue
from .documents import documents_for, open_item_ids
from .engine import IndexBusyError, SearchDocument, get_engine
from .models import PendingUpdate


def rebuild(progress: Callable[[int], object] = lambda n: None) -> int:
    """Index every open item afresh; return how many records were written.

    Readers keep the old index until the one commit at the end. Changes
    queued before the rebuild read the database are then done and forgotten;
    changes queued meanwhile are applied after it, so none is lost.
    """
    before = list(PendingUpdate.objects.values_list("pk", flat=True))
    analyze()  # statistics first, or every chunk scans whole tables

    def batches() -> Iterator[list[SearchDocument]]:
        for ids in open_item_ids():
            yield documents_for(ids)
            progress(len(ids))

    count = _when_free(lambda: get_engine().rebuild(batches()))
    PendingUpdate.objects.filter(pk__in=before).delete()
    queue.drain()
    return count


def _when_free(write: Callable[[], int], seconds: float = 60) -> int:
    """``write()``, waiting with backoff while another process holds the writer.

    ``IndexBusyError`` comes before any batch is read, so a retry starts clean.
    """
    deadline, delay = time.monotonic() + seconds, 0.05
    while True:
        try:
            return write()
        except IndexBusyError:
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def open_items() -> int:
    return AgendaItem.objects.public().open().count()

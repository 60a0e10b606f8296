"""Keep the index fresh: a queue of changes, drained after each commit.

Why a table and not just ``on_commit``: a ``PendingUpdate`` row is written in
the same transaction as the change, so it exists exactly when the change is
committed. After the commit, the process that made the change drains the
queue: it takes Tantivy's one writer, re-reads the queued items from the
database, replaces their records in one index commit, then deletes the rows
it applied. If the writer is busy (another worker draining, a ``moot
reindex``), it retries with backoff for a moment; if still busy, the rows stay
queued and the next drain by any process, or ``moot reindex``, applies them.
Nothing is lost: a row is deleted only after its index commit.

Changes arrive from the one change point (``moot/records/changes.py``): a
save, a delete or a bulk ``update()`` of any record. Bulk writes batch
naturally: the loader's ``store_meeting`` saves a meeting in one transaction,
so its items are drained in one index commit; ``moot sample`` writes with
``bulk_create`` (no signals) but creates each Body by ``save()``, and a queued
body re-indexes every item under it once its transaction commits.
"""

import logging
import time

from django.conf import settings
from django.db import connection, transaction

from .documents import CHUNK, documents_for
from .engine import IndexBusyError, get_engine
from .models import PendingUpdate

log = logging.getLogger(__name__)
Scope = PendingUpdate.Scope
RETRY_SECONDS = 3.0  # how long a drain waits for a busy writer before leaving it


def connect() -> None:
    """Queue whatever the change point announces (``moot/records/changes.py``)."""
    from moot.records.changes import records_changed

    records_changed.connect(_changed, dispatch_uid="search-queue")


def _changed(sender: str, pks: list[int], **kwargs: object) -> None:
    for pk in pks:
        enqueue(sender, pk)


class _DrainAfterCommit:
    """The one drain a transaction schedules, and what it has queued so far."""

    def __init__(self) -> None:
        self.queued: dict[tuple[str, int], tuple[str, ...]] = {}

    def __call__(self) -> None:
        _drain_quietly()


def _drain_quietly(retry_seconds: float = RETRY_SECONDS) -> None:
    # The index is derived data: a failure must not fail the change that was
    # just saved. Its rows stay queued for the next drain. A server that does
    # not hold the index only queues (``catch_up``).
    if not settings.MOOT_SEARCH_HOST:
        return
    try:
        drain(retry_seconds)
    except Exception:
        log.exception("Search index update failed; changes left queued.")


def _scheduled() -> _DrainAfterCommit:
    for _, callback, _ in getattr(connection, "run_on_commit", []):
        if isinstance(callback, _DrainAfterCommit):
            return callback
    callback = _DrainAfterCommit()
    transaction.on_commit(callback)
    return callback


def catch_up() -> None:
    """Before a search: apply what other servers have queued.

    With several app servers, one holds the index (``MOOT_SEARCH_HOST``, and
    the load balancer sends it every search); the others only queue their
    changes in the shared database. The search host applies them here, before
    answering, so every search sees every committed change. A drain another
    process has under way is not waited for: its commit shows a moment later.
    Nor does a transaction that has itself written (its rows are not yet
    committed, and must not reach the index before they are).
    """
    if getattr(connection, "run_on_commit", None):
        return
    if settings.MOOT_SEARCH_HOST and PendingUpdate.objects.exists():
        _drain_quietly(retry_seconds=0)


def enqueue(scope: str, pk: int | None) -> None:
    """Queue ``pk`` of ``scope`` for re-indexing once the transaction commits.

    Within a transaction each row is queued once; a row queued inside a
    savepoint that has since gone (rolled back, perhaps) is queued again.
    """
    if pk is None:
        return
    if not connection.in_atomic_block:
        PendingUpdate.objects.create(scope=scope, target=pk)
        _drain_quietly()
        return
    drain_later = _scheduled()
    savepoints = tuple(connection.savepoint_ids)
    earlier = drain_later.queued.get((scope, pk))
    if earlier is not None and savepoints[: len(earlier)] == earlier:
        return
    PendingUpdate.objects.create(scope=scope, target=pk)
    drain_later.queued[(scope, pk)] = savepoints


def drain(retry_seconds: float = RETRY_SECONDS) -> int:
    """Apply every queued change to the index; return how many rows were applied.

    Waits up to ``retry_seconds`` for a busy writer, then leaves the rest
    queued for the next drain.
    """
    applied, delay = 0, 0.02
    deadline = time.monotonic() + retry_seconds
    while True:
        rows = list(PendingUpdate.objects.order_by("pk")[:CHUNK])
        if not rows:
            return applied
        try:
            apply(rows)
        except IndexBusyError:
            if time.monotonic() + delay > deadline:
                log.info("Search index busy: %d changes left queued.", len(rows))
                return applied
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
            continue
        applied += len(rows)


def apply(rows: list[PendingUpdate]) -> None:
    """Re-index the items ``rows`` name, then forget those rows (not others)."""
    items = set()
    for scope in Scope.values:
        targets = [row.target for row in rows if row.scope == scope]
        if targets:
            items.update(items_in(scope, targets))
    ordered = sorted(items)
    chunks = [ordered[at : at + CHUNK] for at in range(0, len(ordered), CHUNK)]
    # One index commit however many items: documents are read chunk by chunk
    # while the writer is held.
    get_engine().index_documents(
        ordered, (doc for chunk in chunks for doc in documents_for(chunk))
    )
    PendingUpdate.objects.filter(pk__in=[row.pk for row in rows]).delete()


def items_in(scope: str, targets: list[int]) -> list[int]:
    """Every item (public or not, so stale records leave too) under ``targets``."""
    from moot.records.models import AgendaItem

    if scope == Scope.ITEM:
        return targets
    path = {
        Scope.MEETING: "meeting__in",
        Scope.COMMITTEE: "meeting__committee__in",
        Scope.BODY: "meeting__committee__body__in",
    }[Scope(scope)]
    return list(
        AgendaItem.objects.filter(**{path: targets}).values_list("pk", flat=True)
    )

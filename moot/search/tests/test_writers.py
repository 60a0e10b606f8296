"""Another process holding Tantivy's one writer delays updates but loses none."""

import subprocess
import sys
import textwrap

import pytest

from moot.records.models import MinutesBlock
from moot.search import queue
from moot.search.models import PendingUpdate
from moot.search.tantivy_engine import SCHEMA_VERSION

from .conftest import found, item_ids

HOLD = textwrap.dedent(
    """
    import sys, time, tantivy
    index = tantivy.Index.open(sys.argv[1])
    writer = index.writer(15_000_000, 1)
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    writer.wait_merging_threads()
    """
)


def hold_writer(index_dir, seconds: float) -> subprocess.Popen:
    """A second process that takes the index writer for ``seconds``."""
    path = str(index_dir / f"v{SCHEMA_VERSION}")
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, path, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "holding"
    return process


def edit(seed_item, text: str) -> None:
    block = MinutesBlock.objects.filter(agenda_item=seed_item).first()
    block.text = text
    block.save()


def test_an_update_waits_for_the_other_writer(client, seed_item, index_dir, committed):
    holder = hold_writer(index_dir, 0.5)
    with committed():
        edit(seed_item, "Quorlington was mentioned.")
    holder.wait(10)
    assert item_ids(found(client, "Quorlington")) == [seed_item.pk]
    assert PendingUpdate.objects.count() == 0


def test_an_update_stays_queued_while_the_writer_is_busy(
    client, seed_item, index_dir, committed, monkeypatch
):
    monkeypatch.setattr(queue, "RETRY_SECONDS", 0.2)
    holder = hold_writer(index_dir, 3)
    try:
        with committed():
            edit(seed_item, "Quorlington was mentioned.")
        assert PendingUpdate.objects.count() == 1
        assert found(client, "Quorlington")["results"] == []
    finally:
        holder.wait(10)
    assert queue.drain() == 1
    assert item_ids(found(client, "Quorlington")) == [seed_item.pk]


@pytest.mark.parametrize("busy_times", [1, 3])
def test_a_simulated_busy_writer_is_retried(seed_item, monkeypatch, busy_times):
    from moot.search.engine import IndexBusyError, get_engine

    engine = get_engine()
    real = engine.index_documents
    calls = []

    def flaky(items, documents):
        calls.append(1)
        if len(calls) <= busy_times:
            raise IndexBusyError("LockBusy")
        return real(items, documents)

    monkeypatch.setattr(engine, "index_documents", flaky)
    edit(seed_item, "Quorlington was mentioned.")
    assert queue.drain() == 1
    assert len(calls) == busy_times + 1


def test_a_commit_by_another_process_is_seen_at_once(tmp_path):
    from datetime import date

    from moot.search.engine import Filters, SearchDocument
    from moot.search.tantivy_engine import TantivyEngine

    reader, writer = TantivyEngine(tmp_path), TantivyEngine(tmp_path)

    def record(item: int) -> SearchDocument:
        facts = {"url": "/", "body": "b", "committee": "c", "date": date(2024, 1, 1)}
        return SearchDocument(f"item:{item}", item, "item", "Quillon", "", **facts)

    writer.index_documents([1], [record(1)])
    assert reader.search("Quillon", Filters()).facets["kind"] == [("item", 1)]
    writer.index_documents([2], [record(2)])
    answer = reader.search("Quillon", Filters())
    assert answer.total == 2 and answer.facets["kind"] == [("item", 2)]

"""``moot reindex`` rebuilds the index from the database."""

import shutil

from django.core.management import call_command

from moot.search.models import PendingUpdate

from .conftest import found, item_ids


def test_reindex_rebuilds_a_lost_index(client, seed_item, index_dir, capsys):
    from moot.search import engine

    shutil.rmtree(index_dir)
    engine._engines.clear()
    assert found(client, "Nightwatch")["results"] == []
    call_command("reindex")
    assert "Indexed" in capsys.readouterr().out
    assert item_ids(found(client, "Nightwatch")) == [seed_item.pk]


def test_reindex_pending_applies_queued_changes(client, seed_item):
    seed_item.title = "Quintessa review"
    seed_item.save()  # not committed in a test: stays queued
    assert found(client, "Quintessa")["results"] == []
    call_command("reindex", "--pending")
    assert item_ids(found(client, "Quintessa")) == [seed_item.pk]
    assert PendingUpdate.objects.count() == 0

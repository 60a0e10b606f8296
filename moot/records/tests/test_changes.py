"""Every write path goes through the change point: a bulk exempt change, a
model save, a source-side soft delete and a clerk's edit each show at once on
the item's (cached) page, in search, feeds and exports, and bump ``modified``."""

from datetime import date
from pathlib import Path

import pytest

from moot.minutes import parse
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem, Document, MinutesBlock

from .crawl import search_hits

SEED = Path(__file__).resolve().parents[4] / "shared/seed/000_4e186e70c30e6533.txt"

WORD = "Nightwatch"  # in the seed item's minutes only


@pytest.fixture
def item(transactional_db, settings, tmp_path):
    settings.MOOT_DATA_DIR = tmp_path
    minutes = parse(SEED.read_bytes(), SEED.name, date(2018, 9, 19))
    stored = store(
        minutes,
        Provenance("seed.txt", "test"),
        body="Fictional Borough Council",
        committee="Scrutiny",
        meeting_date=date(2018, 9, 19),
    )
    row = stored.items[0]
    Document.objects.create(
        agenda_item=row, title="Appendix 1", text="the marrowgate figures"
    )
    return AgendaItem.objects.get(pk=row.pk)


def shown(client, item: AgendaItem, word: str) -> dict[str, bool]:
    url = item.get_absolute_url()
    page = client.get(url).content.decode()
    return {
        "page": word in page,
        "search": search_hits(client, word) > 0,
        "feed": "<entry" in client.get("/search.atom", {"q": word}).content.decode(),
        "csv": "Area Committees" in client.get("/commitments.csv").content.decode(),
    }


def test_a_bulk_exempt_change_hides_the_item_everywhere_at_once(client, item):
    assert shown(client, item, WORD) == dict.fromkeys(
        ["page", "search", "feed", "csv"], True
    )
    before = item.modified
    AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True)
    assert shown(client, item, WORD) == dict.fromkeys(
        ["page", "search", "feed", "csv"], False
    )
    assert AgendaItem.objects.get(pk=item.pk).modified > before


def test_a_model_save_hides_the_item_everywhere_at_once(client, item):
    assert shown(client, item, WORD)["page"]
    item.is_exempt = True
    item.save()
    assert not any(shown(client, item, WORD).values())


def test_a_source_side_soft_delete_of_a_document_shows_at_once(client, item):
    assert shown(client, item, "marrowgate")["search"]
    assert "Appendix 1" in client.get(item.get_absolute_url()).content.decode()
    before = AgendaItem.objects.get(pk=item.pk).modified
    Document.objects.filter(agenda_item=item).soft_delete()
    assert not shown(client, item, "marrowgate")["search"]
    assert "Appendix 1" not in client.get(item.get_absolute_url()).content.decode()
    assert AgendaItem.objects.get(pk=item.pk).modified > before


def test_a_clerks_edit_shows_on_the_page_and_in_search_at_once(client, item):
    assert shown(client, item, WORD)["page"]
    block = next(
        b for b in MinutesBlock.objects.filter(agenda_item=item) if WORD in str(b.items)
    )
    block.items = [line.replace(WORD, "Dawnpatrol") for line in block.items]
    block.save()
    assert shown(client, item, "Dawnpatrol")["page"]
    assert shown(client, item, "Dawnpatrol")["search"]


def test_after_commit_the_changed_items_are_announced_once_with_their_ids(item):
    from moot.records.changes import changes_committed

    heard = []

    def listen(sender, changes, **kwargs):
        heard.append(changes)

    changes_committed.connect(listen)
    try:
        document = Document.objects.get(agenda_item=item)
        document.title = "Appendix 1 (revised)"
        document.save()  # autocommit: no transaction around it
    finally:
        changes_committed.disconnect(listen)
    assert heard == [{"item": {item.pk}}]

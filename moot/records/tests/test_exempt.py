"""An exempt item's content appears at no public URL."""

import re
from datetime import date

import pytest

from moot.minutes.records import MeetingFacts, Minutes
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem, Document
from moot.records.tests.seed_minutes import SECRET, exempt_item, seed_item

SECRET_WORDS = [SECRET, "Secret Contact Person", "Secret Owner", "01274 000000"]


@pytest.fixture
def exempt(db):
    minutes = Minutes(MeetingFacts(date=date(2019, 3, 1)), [seed_item(), exempt_item()])
    store(minutes, Provenance("m.txt", "test"), body="Bradford", committee="Executive")
    item = AgendaItem.objects.get(is_exempt=True)
    open_item = AgendaItem.objects.get(is_exempt=False)
    Document.objects.create(agenda_item=item, title="Valuation", text=SECRET)
    Document.objects.create(
        agenda_item=open_item, title="Appendix 3", text=SECRET, is_exempt=True
    )
    return item


def sitemap_urls(client):
    index = client.get("/sitemap.xml").content.decode()
    urls = []
    for section in re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", index):
        xml = client.get(section).content.decode()
        urls += re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml)
    return urls


def test_exempt_item_text_appears_at_no_public_url(client, exempt):
    urls = sitemap_urls(client) + [exempt.get_absolute_url(), "/", "/committees/"]
    assert exempt.get_absolute_url() in urls
    for url in urls:
        body = client.get(url).content.decode()
        for word in SECRET_WORDS:
            assert word not in body, f"{word!r} shown at {url}"


def test_exempt_item_shows_its_title_and_paragraph(client, exempt):
    page = client.get(exempt.get_absolute_url()).content.decode()
    assert "Disposal of Tyrls House" in page
    assert "Paragraph 3</strong> of Schedule 12A" in page
    # The statutory category, in the law's words, not the minutes' reason.
    assert "financial or business affairs of any particular person" in page


def test_exempt_documents_are_never_served(client, exempt):
    for document in Document.objects.all():
        assert client.get(document.get_absolute_url()).status_code == 404
        assert client.get(f"/documents/{document.pk}/file").status_code == 404


def test_public_querysets_leave_out_exempt_content(exempt):
    from moot.records.models import Recommendation, Report
    from moot.tracker.models import Commitment

    assert not Report.objects.public().filter(agenda_item=exempt).exists()
    assert not Recommendation.objects.public().filter(agenda_item=exempt).exists()
    assert not Commitment.objects.public().filter(text=SECRET).exists()
    assert Document.objects.public().count() == 0
    assert AgendaItem.objects.public().filter(pk=exempt.pk).exists()
    assert not AgendaItem.objects.public().open().filter(pk=exempt.pk).exists()


def test_soft_deleted_items_vanish(client, exempt):
    item = AgendaItem.objects.get(is_exempt=False)
    url = item.get_absolute_url()
    item.soft_delete()
    assert client.get(url).status_code == 404
    assert url not in sitemap_urls(client)

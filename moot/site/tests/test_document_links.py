"""A document's link to its original is rendered only if it is http(s): a
``javascript:`` or ``data:`` link from a source or a clerk never becomes an
``href`` on Moot's origin, and is not even stored."""

from datetime import date

import pytest

from moot.importers import records
from moot.records.load import Provenance, Tally, store_body, store_meeting
from moot.records.models import AgendaItem, Document

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/documents/1/file",
    "https://",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_a_link_that_is_not_http_is_not_rendered(client, stored_seed, url):
    item = AgendaItem.objects.get()
    document = Document.objects.create(agenda_item=item, title="Agenda pack")
    # As if stored before links were checked: straight into the table.
    Document.objects.filter(pk=document.pk).update(url=url)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "Agenda pack" in page
    assert "Original" not in page
    assert "script:" not in page.lower() and "data:text" not in page


def test_a_web_link_is_rendered(client, stored_seed):
    url = "https://democracy.example.gov.uk/documents/s1234/Report.pdf?T=9&x=1"
    document = Document.objects.create(
        agenda_item=AgendaItem.objects.get(), title="Agenda pack", url=url
    )
    page = client.get(document.get_absolute_url()).content.decode()
    assert f'href="{url.replace("&", "&amp;")}"' in page


@pytest.mark.parametrize("url", HOSTILE)
def test_saving_drops_a_link_that_is_not_http(stored_seed, url):
    document = Document.objects.create(
        agenda_item=AgendaItem.objects.get(), title="Agenda pack", url=url
    )
    document.refresh_from_db()
    assert document.url == ""


def test_an_import_keeps_no_javascript_link(db):
    provenance, tally = Provenance("https://x.example/", "test"), Tally()
    body = store_body(records.Body("b", "Example Council"), provenance, tally)
    item = records.Item("i1", "Budget")
    item.documents = [
        records.Document("d1", "Evil", "javascript:alert(1)", kind="other"),
        records.Document("d2", "Good", "https://x.example/d2.pdf"),
    ]
    meeting = records.Meeting(
        "m1", records.Committee("c1", "Cabinet"), date(2024, 5, 1), items=[item]
    )
    store_meeting(body, meeting, provenance, tally)
    urls = dict(Document.objects.values_list("title", "url"))
    assert urls == {"Evil": "", "Good": "https://x.example/d2.pdf"}

"""A stored file is served inline only when a browser cannot run anything in
it (PDF, plain text); every other file, an uploaded HTML or SVG above all, is
a download, and no browser may guess another type from the bytes."""

import pytest
from django.core.files.base import ContentFile

from moot.records.models import AgendaItem, Document

SCRIPT = b"<html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def stored(stored_seed):
    item = AgendaItem.objects.get()

    def make(name: str, data: bytes) -> str:
        document = Document.objects.create(agenda_item=item, title="Agenda pack")
        document.file.save(name, ContentFile(data))
        return f"/documents/{document.pk}/file"

    return make


@pytest.mark.parametrize(
    "name, data",
    [
        ("upload.html", SCRIPT),
        ("upload.htm", SCRIPT),
        ("drawing.svg", SVG),
        ("page.xhtml", SCRIPT),
        ("data.xml", SVG),
        ("fetched.bin", SCRIPT),
        ("pretends.pdf", SCRIPT),
        ("letter.docx", b"PK\x03\x04"),
    ],
)
def test_a_file_that_could_run_script_is_a_download(client, stored, name, data):
    response = client.get(stored(name, data))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response["Content-Type"].startswith(("text/html", "image/svg"))


def test_a_pdf_is_shown_in_the_browser(client, stored):
    response = client.get(stored("report.pdf", b"%PDF-1.7\n..."))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert 'filename="agenda-pack.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_plain_text_is_shown_as_text_never_as_html(client, stored):
    response = client.get(stored("minutes.txt", SCRIPT))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == SCRIPT

"""An upload in the admin is searchable by its text; too large a file is refused."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from moot.records import uploads
from moot.records.models import AgendaItem, Document


def test_an_uploaded_text_document_gets_its_text_size_and_hash(
    admin_client, stored_seed
):
    item = AgendaItem.objects.get()
    data = b"Appendix A: the Nightwatch outreach figures for 2018.\n"
    answer = admin_client.post(
        reverse("admin:records_document_add"),
        {
            "agenda_item": item.pk,
            "position": 0,
            "title": "Appendix A",
            "kind": "other",
            "file": SimpleUploadedFile("appendix-a.txt", data, "text/plain"),
        },
    )
    assert answer.status_code == 302
    document = Document.objects.get(title="Appendix A")
    assert "Nightwatch outreach figures" in document.text
    assert document.size == len(data) and len(document.sha256) == 64


def test_too_large_an_upload_is_refused_with_the_reason(
    admin_client, stored_seed, monkeypatch
):
    monkeypatch.setattr(uploads, "MAX_UPLOAD", 1024 * 1024)
    item = AgendaItem.objects.get()
    answer = admin_client.post(
        reverse("admin:records_document_add"),
        {
            "agenda_item": item.pk,
            "position": 0,
            "title": "Too big",
            "kind": "other",
            "file": SimpleUploadedFile("big.txt", b"x" * 3 * 1024 * 1024, "text/plain"),
        },
    )
    assert answer.status_code == 200
    assert "big.txt is 3 MB; documents may be at most 1 MB." in answer.content.decode()
    assert not Document.objects.filter(title="Too big").exists()


def test_an_upload_without_readable_text_is_kept_and_the_clerk_told_why(
    admin_client, stored_seed
):
    item = AgendaItem.objects.get()
    answer = admin_client.post(
        reverse("admin:records_document_add"),
        {
            "agenda_item": item.pk,
            "position": 0,
            "title": "Scanned plan",
            "kind": "other",
            "file": SimpleUploadedFile(
                "plan.pdf", b"%PDF-1.4 broken", "application/pdf"
            ),
        },
        follow=True,
    )
    document = Document.objects.get(title="Scanned plan")
    assert document.text == "" and document.kind == "pdf"
    assert "No text taken: plan.pdf" in answer.content.decode()

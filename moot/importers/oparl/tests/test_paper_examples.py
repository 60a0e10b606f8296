"""The specification's example Paper: files downloaded and kept, exemption,
changes to paper and item (a small site, imported per test)."""

import datetime as dt

import pytest

from moot.importers.oparl.source import run
from moot.importers.tests.server import Reply
from moot.records.models import AgendaItem, Document, Report
from moot.records.pdf import text_pdf

from . import spec_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects(site):
    """The examples, with Paper-01 considered at Meeting-01's item and its
    files served as PDFs."""
    found = spec_site.examples()
    paper = found["Paper-01"]
    item = found["Meeting-01"]["agendaItem"][0]
    paper["consultation"][0]["agendaItem"] = item["id"]
    spec_site.serve(site, found)
    for number in ("57737", "57739"):
        pdf = text_pdf(f"Anlage {number}: the plan for the square.")
        site.add(f"/files/{number}.pdf", Reply(pdf, content_type="application/pdf"))
    return found


def import_system(client, site, tmp_path, **options):
    return run(client, f"{site.url}/", state_file=tmp_path / "state.json", **options)


def test_the_example_paper_unreached_is_skipped_with_its_reason(
    site, make_client, tmp_path
):
    spec_site.serve(site, spec_site.examples())

    summary = run(
        make_client(),
        f"{site.url}/",
        state_file=tmp_path / "state.json",
        documents=False,
    )

    assert not Report.objects.exists()
    assert summary.skipped == {("papers", "considered only at items not imported"): 1}
    assert "papers skipped: 1 (considered only at items not imported)" in (
        summary.lines()
    )


def test_the_example_paper_brings_its_files_downloaded_and_kept(
    site, objects, make_client, tmp_path, client, settings
):
    summary = import_system(make_client(), site, tmp_path)

    assert summary.failures == []
    report = Report.objects.get()
    assert report.title == "Antwort auf Anfrage 1200/2014"
    assert report.letter == "1234/2014"
    assert report.agenda_item == AgendaItem.objects.get()
    documents = list(report.documents.order_by("position"))
    assert [d.source_id.rsplit("/", 1)[1] for d in documents] == ["57737", "57739"]
    for document in documents:
        assert "the plan for the square" in document.text
        assert (settings.MEDIA_ROOT / document.file.name).exists()
        response = client.get(f"/documents/{document.pk}/file")
        assert response.status_code == 200


def without_meeting_papers(objects):
    """The example's meeting serves the paper's file as its own papers too,
    which the public may read; without them, what the paper's file becomes
    can be seen alone."""
    for key in ("invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile"):
        del objects["Meeting-01"][key]


def test_a_paper_at_an_exempt_item_keeps_no_text_and_is_never_fetched(
    site, objects, make_client, tmp_path
):
    objects["Meeting-01"]["agendaItem"][0]["public"] = False
    without_meeting_papers(objects)

    import_system(make_client(), site, tmp_path)

    documents = Document.objects.filter(report__isnull=False)
    assert documents.count() == 2
    assert all(d.is_exempt and not d.text and not d.file for d in documents)
    assert not [p for p in site.paths() if p.startswith("/files/5773")]
    assert not Report.objects.public().exists()


def test_a_changed_paper_is_updated_and_a_changed_item_keeps_it(
    site, objects, make_client, tmp_path
):
    import_system(make_client(), site, tmp_path)
    report = Report.objects.get()
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat()
    objects["Paper-01"]["modified"] = later
    objects["Paper-01"]["name"] = "Antwort auf Anfrage 1200/2014, ergänzt"
    objects["Meeting-01"]["modified"] = later
    objects["Meeting-01"]["agendaItem"][0]["name"] = "Satzungsänderung, geändert"

    summary = import_system(make_client(), site, tmp_path)

    assert summary.count("items", "updated") == 1
    assert summary.count("reports", "updated") == 1
    kept = Report.objects.get()
    assert kept.pk == report.pk
    assert kept.title == "Antwort auf Anfrage 1200/2014, ergänzt"
    assert kept.documents.count() == 2


def test_an_item_changed_alone_keeps_its_paper(site, objects, make_client, tmp_path):
    import_system(make_client(), site, tmp_path)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat()
    objects["Meeting-01"]["modified"] = later
    objects["Meeting-01"]["agendaItem"][0]["name"] = "Satzungsänderung, geändert"

    summary = import_system(make_client(), site, tmp_path)

    assert summary.count("items", "updated") == 1
    assert summary.count("reports", "updated") == 0
    report = Report.objects.get()
    assert report.documents.count() == 2
    assert report.agenda_item.title == "Satzungsänderung, geändert"


def test_an_item_that_becomes_exempt_takes_its_papers_files_with_it(
    site, objects, make_client, tmp_path, settings, django_capture_on_commit_callbacks
):
    without_meeting_papers(objects)
    import_system(make_client(), site, tmp_path)
    papers = Document.objects.filter(report__isnull=False)
    kept = [settings.MEDIA_ROOT / d.file.name for d in papers]
    assert kept and all(path.exists() for path in kept)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat()
    objects["Meeting-01"]["modified"] = later
    objects["Meeting-01"]["agendaItem"][0]["public"] = False

    with django_capture_on_commit_callbacks(execute=True):
        import_system(make_client(), site, tmp_path)

    documents = Document.objects.filter(report__isnull=False)
    assert documents.count() == 2
    assert all(d.is_exempt and not d.text and not d.file for d in documents)
    assert not any(path.exists() for path in kept)

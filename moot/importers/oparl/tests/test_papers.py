"""OParl Papers become Reports of the agenda items they were considered at."""

import json

import pytest

from moot.importers.oparl.source import run
from moot.importers.tests.server import Reply
from moot.importers.tests.snapshot import snapshot
from moot.records.models import AgendaItem, Document, Report

from .test_huertgenwald import API, CRAWL, ORIGIN

pytestmark = pytest.mark.django_db

PAPER = f"{API}/body/1/paper/782"


def crawl_papers(url):
    """The recorded papers, their links pointing at the local server."""
    return [
        paper
        for page in (1, 84, 85)
        for paper in json.loads(
            (CRAWL / f"body-1-paper-page-{page}.json").read_text().replace(ORIGIN, url)
        )["data"]
    ]


def rerun(client, site, tmp_path):
    """The crawl again, whole: its recorded pages ignore ``modified_since``."""
    return run(
        client,
        f"{site.url}{API}/system",
        state_file=tmp_path / "state.json",
        documents=False,
        full=True,
    )


def test_papers_become_reports_of_the_items_they_were_considered_at(crawled):
    summary = crawled.summary

    assert not [f for f in summary.failures if f.what.startswith("paper")]
    report = Report.objects.get(source_id__endswith="/paper/782")
    assert report.title.startswith("Regelförderung der Vereine im Gemeindegebiet")
    assert report.letter == "159/2006"
    assert report.agenda_item.source_id.endswith("/agendaitem/3540")
    document = report.documents.get()
    assert document.agenda_item == report.agenda_item
    assert document.source_id.endswith("/file/1-3156")
    assert document.title.startswith("Beschlussvorlage (Regelförderung")


def test_every_live_paper_is_stored_or_counted_as_skipped(crawled):
    site, summary = crawled.site, crawled.summary

    live = [p for p in crawl_papers(site.url) if not p.get("deleted")]
    items = set(AgendaItem.objects.values_list("source_id", flat=True))
    reached = {
        p["id"]
        for p in live
        for c in p.get("consultation") or []
        if c.get("agendaItem") in items
    }
    stored = set(Report.objects.values_list("source_id", flat=True))
    assert stored == reached and len(stored) > 40
    skipped = summary.skipped
    assert sum(skipped.values()) == len(live) - len(reached)
    assert skipped["papers", "considered at no agenda item"] == 1
    assert any("papers skipped: " in line for line in summary.lines())


def test_a_second_run_changes_nothing(crawled, make_client, tmp_path):
    first = snapshot()

    summary = rerun(make_client(), crawled.site, tmp_path)

    assert snapshot() == first
    assert summary.count("reports", "unchanged") == Report.objects.count()
    assert summary.count("reports", "created") == 0


def test_a_paper_the_server_deletes_is_soft_deleted_with_its_documents(
    shared_site, make_client, tmp_path
):
    site = shared_site
    report = Report.objects.get(source_id__endswith="/paper/782")
    deleted = {
        "id": report.source_id,
        "created": "2009-12-17T15:55:45+01:00",
        "modified": "2021-09-02T19:10:24+02:00",
        "deleted": True,
    }
    page = json.dumps({"data": [deleted], "links": {}}).encode()
    site.add(f"{API}/body/1/paper", Reply(page, content_type="application/json"))

    summary = rerun(make_client(), site, tmp_path)

    report.refresh_from_db()
    assert report.deleted is not None
    assert summary.count("reports", "deleted") == 1
    assert not Report.objects.public().filter(pk=report.pk).exists()
    assert not Document.objects.public().filter(report=report).exists()

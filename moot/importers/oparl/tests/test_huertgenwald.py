"""The recorded Hürtgenwald crawl (``huertgenwald.py``), imported once for this
module: its meetings across pages, and its Papers as the Reports of the agenda
items they were considered at.

Importing the crawl takes tens of seconds; the tests here only look at what it
stored, or change something and look again. The crawl is imported inside a
module-wide transaction; each test runs inside it (its own changes roll back
when it ends) and the whole import rolls back after the module. ``--dist
loadfile`` (pyproject.toml) keeps a module on one worker, so one crawl a run.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction

from moot.importers.http import Client, Limits
from moot.importers.oparl.source import run
from moot.importers.tests.server import Reply, Server, Site
from moot.importers.tests.snapshot import snapshot
from moot.records.models import (
    AgendaItem,
    Committee,
    Document,
    Meeting,
    Membership,
    Person,
    Report,
)

from .huertgenwald import API, CRAWL, ORIGIN, import_crawl, serve_crawl

pytestmark = pytest.mark.django_db


@dataclass
class Crawl:
    site: Site
    summary: Any
    folder: Path


@pytest.fixture(scope="module")
def crawled(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    site = Site()
    folder = tmp_path_factory.mktemp("crawl")
    with Server(site), django_db_blocker.unblock():
        serve_crawl(site)
        routes = dict(site.routes)
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            limits = Limits(min_interval=0, backoff=0, timeout=5)
            summary = import_crawl(
                Client(folder / "fetched", limits=limits), site, folder
            )
            yield Crawl(site, summary, folder)
        finally:
            site.routes = routes
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def shared_site(crawled):  # type: ignore[no-untyped-def]
    """The crawl's site; routes a test adds are gone after it."""
    routes = dict(crawled.site.routes)
    yield crawled.site
    crawled.site.routes = routes


def test_the_crawl_imports_across_pages(crawled):
    summary = crawled.summary

    assert Committee.objects.count() == 22
    assert Person.objects.count() == 49
    assert Membership.objects.exists()
    assert Meeting.objects.count() + len(summary.failures) == 25 + 19 + 17
    assert AgendaItem.objects.filter(title="Bestimmung eines Schriftführers").exists()
    assert "OParl 1.0" in summary.warnings[0]
    assert all(f.what.startswith("meeting ") for f in summary.failures)


def test_a_meetings_invitation_is_kept_as_its_own_paper(crawled):
    meeting = Meeting.objects.get(source_id__endswith="/body/1/meeting/333")

    invitation = Document.objects.public().get(meeting=meeting)

    assert invitation.role == "invitation"
    assert invitation.agenda_item is None
    assert invitation.title.startswith("Bekanntmachung")
    assert invitation.source_id.endswith("/body/1/file/1-3227")


def test_deleted_meetings_are_soft_deleted(crawled):
    deleted = Meeting.objects.filter(deleted__isnull=False).count()

    assert deleted == 0  # the deleted ones were never seen alive
    live = Meeting.objects.first()
    from moot.records.load import Provenance, Tally, store_deletions

    store_deletions("meetings", [live.source_id], Provenance("x", "test"), Tally())
    live.refresh_from_db()
    assert live.deleted is not None


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

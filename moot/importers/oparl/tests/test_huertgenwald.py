"""A real OParl 1.0 crawl (Hürtgenwald, 2021), served from 127.0.0.1."""

import pytest

from moot.importers.conftest import FIXTURES
from moot.importers.oparl.source import run
from moot.records.models import AgendaItem, Committee, Meeting, Membership, Person

pytestmark = pytest.mark.django_db

CRAWL = FIXTURES / "oparl" / "huertgenwald"
ORIGIN = "https://sdnetrim.kdvz-frechen.de"
API = "/rim4220/webservice/oparl/v1.0"


def serve_crawl(site, *, gaps=False):
    """The recorded pages; only some pages were kept, so the chain is joined:
    meeting page 1's next (page 2) serves page 14, whose next is page 15. With
    ``gaps`` page 2 is missing, as in the recording: a 404 in the middle."""
    site.rewrite[ORIGIN] = site.url
    site.add(f"{API}/system", CRAWL / "system.json")
    site.add(f"{API}/body", CRAWL / "body-list.json")
    site.add(f"{API}/body/1/organization", CRAWL / "body-1-organization-page-1.json")
    site.add(f"{API}/body/1/person", CRAWL / "body-1-person-page-1.json")
    site.add(f"{API}/body/1/person?page=2", CRAWL / "body-1-person-page-2.json")
    site.add(f"{API}/body/1/meeting", CRAWL / "body-1-meeting-page-1.json")
    if not gaps:
        site.add(f"{API}/body/1/meeting?page=2", CRAWL / "body-1-meeting-page-14.json")
    site.add(f"{API}/body/1/meeting?page=15", CRAWL / "body-1-meeting-page-15.json")
    # Papers likewise: page 1, then 84 (with deleted papers) as page 2, then 85.
    site.add(f"{API}/body/1/paper", CRAWL / "body-1-paper-page-1.json")
    site.add(f"{API}/body/1/paper?page=2", CRAWL / "body-1-paper-page-84.json")
    site.add(f"{API}/body/1/paper?page=85", CRAWL / "body-1-paper-page-85.json")


def import_crawl(client, site, tmp_path):
    return run(
        client,
        f"{site.url}{API}/system",
        state_file=tmp_path / "state.json",
        documents=False,
    )


def test_the_crawl_imports_across_pages(crawled):
    summary = crawled.summary

    assert Committee.objects.count() == 22
    assert Person.objects.count() == 49
    assert Membership.objects.exists()
    assert Meeting.objects.count() + len(summary.failures) == 25 + 19 + 17
    assert AgendaItem.objects.filter(title="Bestimmung eines Schriftführers").exists()
    assert "OParl 1.0" in summary.warnings[0]
    assert all(f.what.startswith("meeting ") for f in summary.failures)


def test_deleted_meetings_are_soft_deleted(crawled):
    deleted = Meeting.objects.filter(deleted__isnull=False).count()

    assert deleted == 0  # the deleted ones were never seen alive
    live = Meeting.objects.first()
    from moot.records.load import Provenance, Tally, store_deletions

    store_deletions("meetings", [live.source_id], Provenance("x", "test"), Tally())
    live.refresh_from_db()
    assert live.deleted is not None

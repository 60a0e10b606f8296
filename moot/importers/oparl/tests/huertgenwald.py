"""A real OParl 1.0 crawl (Hürtgenwald, 2021), served from 127.0.0.1.

Only some pages were recorded, so the chain is joined: meeting page 1's next
(page 2) serves page 14, whose next is page 15; papers likewise, page 1, then
84 (with deleted papers) as page 2, then 85.
"""

import json
from pathlib import Path

from moot.importers.conftest import FIXTURES
from moot.importers.http import Client
from moot.importers.oparl.source import run
from moot.importers.summary import Summary
from moot.importers.tests.server import Reply, Site

CRAWL = FIXTURES / "oparl" / "huertgenwald"
ORIGIN = "https://sdnetrim.kdvz-frechen.de"
API = "/rim4220/webservice/oparl/v1.0"

MEETING_PAGES = {"": 1, "?page=2": 14, "?page=15": 15}


def serve_crawl(site: Site, *, gaps: bool = False, meetings: int | None = None) -> None:
    """The recorded pages. With ``gaps`` meeting page 2 is missing, as in the
    recording: a 404 in the middle. With ``meetings`` each meeting page keeps
    only its first ``meetings`` meetings (and its links), for tests about the
    list rather than what is in it: storing the 890 agenda items takes most of
    the crawl's time."""
    site.rewrite[ORIGIN] = site.url
    site.add(f"{API}/system", CRAWL / "system.json")
    site.add(f"{API}/body", CRAWL / "body-list.json")
    site.add(f"{API}/body/1/organization", CRAWL / "body-1-organization-page-1.json")
    site.add(f"{API}/body/1/person", CRAWL / "body-1-person-page-1.json")
    site.add(f"{API}/body/1/person?page=2", CRAWL / "body-1-person-page-2.json")
    for query, page in MEETING_PAGES.items():
        if not (gaps and query == "?page=2"):
            path = CRAWL / f"body-1-meeting-page-{page}.json"
            site.add(f"{API}/body/1/meeting{query}", _first(path, meetings))
    site.add(f"{API}/body/1/paper", CRAWL / "body-1-paper-page-1.json")
    site.add(f"{API}/body/1/paper?page=2", CRAWL / "body-1-paper-page-84.json")
    site.add(f"{API}/body/1/paper?page=85", CRAWL / "body-1-paper-page-85.json")


def _first(path: Path, count: int | None) -> Path | Reply:
    if count is None:
        return path
    page = json.loads(path.read_bytes())
    page["data"] = page["data"][:count]
    return Reply(json.dumps(page).encode(), content_type="application/json")


def import_crawl(client: Client, site: Site, tmp_path: Path) -> Summary:
    return run(
        client,
        f"{site.url}{API}/system",
        state_file=tmp_path / "state.json",
        documents=False,
    )

"""One real crawl imported once per module, shared by the tests that read it.

Importing the recorded Hürtgenwald crawl takes tens of seconds; most tests
only look at what it stored, or change something and look again. The crawl is
imported inside a module-wide transaction; each test runs inside it (its own
changes roll back when it ends) and the whole import rolls back after the
module.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction

from moot.importers.http import Client, Limits
from moot.importers.tests.server import Server, Site


@dataclass
class Crawl:
    site: Site
    summary: Any
    folder: Path


@pytest.fixture(scope="module")
def crawled(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    from .test_huertgenwald import import_crawl, serve_crawl

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

"""Hostile OParl responses fail one record or list, never the whole import."""

import pytest

from moot.importers.oparl.source import run
from moot.records.models import Meeting, Person

from .huertgenwald import API, import_crawl, serve_crawl

pytestmark = pytest.mark.django_db

DEEP = b'{"data": [' + b"[" * 100_000 + b"]" * 100_000 + b'], "links": {}}'


def test_a_list_page_nested_too_deep_fails_that_list_only(site, make_client, tmp_path):
    serve_crawl(site, meetings=2)
    site.add(f"{API}/body/1/meeting?page=15", DEEP)

    summary = import_crawl(make_client(), site, tmp_path)

    (failure,) = [f for f in summary.failures if f.what == "meeting list"]
    assert failure.reason == (
        f"list page {site.url}{API}/body/1/meeting?page=15: "
        "nested more than 64 levels deep"
    )
    assert Meeting.objects.exists() and Person.objects.count() == 49


def test_a_system_nested_too_deep_is_one_failure(site, make_client, tmp_path):
    site.add("/system", b'{"body": ' + b"[" * 70 + b"]" * 70 + b"}")

    summary = run(make_client(), f"{site.url}/system", state_file=tmp_path / "s.json")

    assert [(f.what, f.reason) for f in summary.failures] == [
        (f"system {site.url}/system", "nested more than 64 levels deep")
    ]

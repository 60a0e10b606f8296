"""The recorded crawl with the gap it really had: a 404 in a list's middle."""

import pytest

from moot.records.models import Meeting, Person

from .huertgenwald import import_crawl, serve_crawl

pytestmark = pytest.mark.django_db


def test_a_404_in_the_middle_of_a_list_is_a_failure_not_the_end(
    site, make_client, tmp_path
):
    serve_crawl(site, gaps=True, meetings=2)

    summary = import_crawl(make_client(), site, tmp_path)

    failures = [f for f in summary.failures if f.what == "meeting list"]
    assert len(failures) == 1 and "HTTP 404" in failures[0].reason
    assert Meeting.objects.count() > 0 and Person.objects.count() == 49
    assert not (tmp_path / "state.json").exists()

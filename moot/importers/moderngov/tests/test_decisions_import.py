"""The decisions register read over HTTP from recorded real pages, twice."""

import datetime as dt

import pytest

from moot.decisions.models import Decision, DecisionDocument
from moot.importers.moderngov.council import Council
from moot.importers.moderngov.source import Options, run
from moot.importers.tests.server import Reply

from . import site as moderngov
from .test_decisions import read

pytestmark = pytest.mark.django_db
OPTIONS = Options(
    start=dt.date(2015, 1, 1), end=dt.date(2025, 12, 31), today=dt.date(2026, 1, 1)
)
PAGES = {
    "13567": "ieDecisionDetails-fragment-policy-committee.html",
    "13149": "ieDecisionDetails-fragment-kirklees-officer-decision.html",
}


@pytest.fixture
def register_site(site):
    moderngov.serve(site, moderngov.generate(meetings=2, items=2, documents=False))
    list_page = read("mgDelegatedDecisions-kirklees-list.html")
    site.prefixes["/mgDelegatedDecisions.aspx?"] = lambda request: Reply(list_page)
    for decision_id, name in PAGES.items():
        site.add(f"/ieDecisionDetails.aspx?ID={decision_id}", read(name))
    return site


def import_site(client, url, decisions=True):
    council = Council("Anytown Council", url, slice_days=400, decisions=decisions)
    return run(client, council, OPTIONS)


def rows():
    return list(Decision.objects.order_by("pk").values()), list(
        DecisionDocument.objects.order_by("pk").values()
    )


def test_each_listed_decision_is_stored_and_a_second_import_changes_nothing(
    register_site, make_client
):
    first = import_site(make_client(), register_site.url)
    stored = rows()
    second = import_site(make_client(), register_site.url)

    assert first.failures == [] and second.failures == []
    assert first.count("decisions", "created") == 2
    assert second.count("decisions", "unchanged") == 2
    assert rows() == stored
    officer = Decision.objects.get(source_id__endswith="ID=13149")
    assert officer.decision_maker == "Service Director - Homes & Neighbourhoods"
    assert officer.source_id == f"{register_site.url}/ieDecisionDetails.aspx?ID=13149"
    committee = Decision.objects.get(source_id__endswith="ID=13567")
    assert committee.documents.get().title == "polc2 - 23.09.2015"


def test_the_register_is_read_only_where_the_council_file_asks(
    register_site, make_client
):
    import_site(make_client(), register_site.url, decisions=False)

    assert not Decision.objects.exists()
    assert not any("Decision" in p for p in register_site.paths())


def test_a_decision_page_that_cannot_be_read_fails_alone_with_its_url(
    register_site, make_client
):
    register_site.add("/ieDecisionDetails.aspx?ID=13149", b"<html><p>Gone</p></html>")
    summary = import_site(make_client(), register_site.url)

    assert [f.what for f in summary.failures] == [
        "decision 13149 (Admission of the Public)"
    ]
    assert "h2.mgSubTitleTxt" in summary.failures[0].reason
    assert "ieDecisionDetails.aspx?ID=13149" in summary.failures[0].reason
    assert Decision.objects.count() == 1


def test_a_list_page_that_is_not_one_fails_with_its_url(register_site, make_client):
    register_site.prefixes["/mgDelegatedDecisions.aspx?"] = lambda r: Reply(
        b"<html><body>Error</body></html>"
    )
    summary = import_site(make_client(), register_site.url)

    assert [f.what for f in summary.failures] == ["decisions (mgDelegatedDecisions)"]
    assert "table.mgTabTable" in summary.failures[0].reason
    assert "mgDelegatedDecisions.aspx?DR=01/01/2015-31/12/2025" in (
        summary.failures[0].reason
    )

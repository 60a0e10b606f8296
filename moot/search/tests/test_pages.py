"""The search page, its JSON and its Atom feed."""

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.core.management import call_command

from moot.records.models import AgendaItem, Committee, Meeting, MinutesBlock

from .conftest import found, item_ids

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def council(db, index_dir, committed):
    with committed():
        call_command("sample", items=300, seed=5, today=date(2024, 6, 1))
    return Committee.objects.order_by("pk")


def test_the_page_has_one_h1_a_labelled_form_and_the_results(client, seed_item):
    html = client.get("/search/", {"q": "Nightwatch"}).content.decode()
    assert html.count("<h1") == 1
    assert '<label class="govuk-label govuk-label--s" for="search-q">' in html
    assert 'id="search-q"' in html
    assert seed_item.get_absolute_url() in html
    assert "<mark>Nightwatch</mark>" in html


def test_every_page_has_a_search_box(client, seed_item):
    html = client.get(seed_item.get_absolute_url()).content.decode()
    assert 'action="/search/"' in html and 'for="site-search"' in html


def test_snippets_cannot_inject_html(client, seed_item, committed):
    block = MinutesBlock.objects.filter(agenda_item=seed_item).first()
    with committed():
        block.text = 'Xylospot <script>alert("x")</script> <img src=x onerror=y>'
        block.save()
    html = client.get("/search/", {"q": "Xylospot"}).content.decode()
    assert "<mark>Xylospot</mark> &lt;script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    snippet = found(client, "Xylospot")["results"][0]["matches"][0]["snippet_html"]
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    feed = client.get("/search.atom", {"q": "Xylospot"}).content.decode()
    assert "<script>" not in feed


def test_the_atom_feed_lists_matching_items_newest_first(client, council):
    feed = client.get("/search.atom", {"q": "library"})
    assert feed["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    entries = root.findall(f"{ATOM}entry")
    assert entries
    published = [e.find(f"{ATOM}published").text for e in entries]
    assert published == sorted(published, reverse=True)
    assert all(e.find(f"{ATOM}id").text.startswith("http") for e in entries)


def test_facets_count_and_filters_narrow(client, council):
    answer = found(client, "council")
    committees = answer["facets"]["committee"]
    assert committees and all(c["count"] > 0 for c in committees)
    assert {k["value"] for k in answer["facets"]["kind"]} <= {
        "item",
        "resolution",
        "commitment",
        "document",
    }
    slug, count = committees[0]["value"], committees[0]["count"]
    narrowed = found(client, "council", committee=slug)
    assert narrowed["total"] == count
    names = {r["item"]["committee"] for r in narrowed["results"]}
    assert names == {Committee.objects.get(slug=slug).name}
    documents = found(client, "council", kind="document")
    kinds = {m["kind"] for r in documents["results"] for m in r["matches"]}
    assert kinds == {"document"}


def test_facets_of_very_many_matches_are_estimated_and_say_so(
    client, council, monkeypatch
):
    from moot.search import tantivy_engine
    from moot.search.engine import get_engine

    exact = found(client, "council")
    assert exact["facets_estimated"] is False
    monkeypatch.setattr(tantivy_engine, "FACET_EXACT", 10)
    get_engine().facet_cache.clear()
    estimated = found(client, "council")
    assert estimated["facets_estimated"] is True
    assert estimated["total"] == exact["total"]
    kinds = {k["value"]: k["count"] for k in estimated["facets"]["kind"]}
    true = {k["value"]: k["count"] for k in exact["facets"]["kind"]}
    # One item in sixteen, scaled up: near the true count for a large kind.
    assert 0.5 * true["item"] <= kinds["item"] <= 1.5 * true["item"]
    html = client.get("/search/", {"q": "council", "kind": "item"}).content.decode()
    assert re.search(r"</a> \(about [\d,]+\)</li>", html)


def test_date_range_and_date_sort(client, council):
    dates = sorted(
        Meeting.objects.filter(items__isnull=False).values_list("date", flat=True)
    )
    start, end = dates[len(dates) // 3], dates[2 * len(dates) // 3]
    answer = found(client, "", sort="date", date_from=start, date_to=end)
    days = [r["item"]["meeting_date"] for r in answer["results"]]
    assert days and all(start.isoformat() <= d <= end.isoformat() for d in days)
    assert days == sorted(days, reverse=True)


def test_results_are_grouped_by_item_and_paginated(client, council):
    first = found(client, "report")
    second = found(client, "report", page=2)
    assert first["has_next"] is True
    ids = item_ids(first) + item_ids(second)
    assert len(ids) == len(set(ids)) == 40


def test_recency_breaks_ties(client, council):
    answer = found(client, '"Apologies for absence"')
    scores = [
        (r["matches"][0]["score"], r["item"]["meeting_date"]) for r in answer["results"]
    ]
    for (score, day), (next_score, next_day) in zip(scores, scores[1:], strict=False):
        if score == next_score:
            assert day >= next_day


def test_the_index_never_holds_exempt_sample_items(client, council):
    exempt = AgendaItem.objects.filter(is_exempt=True)
    assert exempt.exists()
    ids = set(exempt.values_list("pk", flat=True))
    for page in range(1, 4):
        assert not ids & set(item_ids(found(client, "", page=page, sort="date")))
    assert re.search(r"\d+ matching record", client.get("/search/").content.decode())

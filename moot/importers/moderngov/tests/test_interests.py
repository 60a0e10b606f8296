"""A register of interests page, of the shape ModernGov prints, → plain
records; and the registers read in an import over HTTP, twice.

The pages are a fictional council's: no real ``mgRofI.aspx`` page is recorded
among the fixtures yet (docs/decisions.md)."""

import datetime as dt

import pytest

from moot.decisions.models import RegisteredInterest
from moot.importers.moderngov import decision_phrases as phrases
from moot.importers.moderngov import interests
from moot.importers.moderngov.council import Council
from moot.importers.moderngov.source import Options, run
from moot.importers.tests.server import Reply
from moot.minutes.source import ParseError
from moot.vocabulary import InterestCategory

from . import site as moderngov

BASE = "https://democracy.fictional.invalid"
PAGE = """<html><body><div id="modgov">
<h2 class="mgSubTitleTxt">Register of interests for Councillor Alex Ahmed</h2>
<p>This register of interests was published on Tuesday, 10 March 2026, 11.00 a.m..</p>
<table class="mgInterestsTable" summary="Employment">
 <caption>1. Employment, office, trade, profession or vocation</caption>
 <thead><tr><th>Me</th><th>Partner</th></tr></thead>
 <tbody><tr><td>Self-employed bookkeeper</td>
 <td>Teacher at Anytown Academy</td></tr></tbody>
</table>
<table class="mgInterestsTable" summary="Land">
 <caption>4. Land</caption>
 <thead><tr><th>Me</th><th>Partner</th></tr></thead>
 <tbody><tr><td>12 Mill Lane, Anytown</td><td>None</td></tr></tbody>
</table>
<table class="mgInterestsTable" summary="Corporate tenancies">
 <caption>6. Corporate tenancies</caption>
 <tbody><tr><td>Nil</td></tr></tbody>
</table>
</div></body></html>"""
EMPTY = "<html><body><p>There are no interests registered.</p></body></html>"


@pytest.mark.parametrize(("words", "category"), phrases.INTEREST_CAPTIONS)
def test_each_caption_phrase_gives_its_category(words, category):
    assert phrases.interest_category(f"3. {words.title()} and the like") == category


@pytest.mark.parametrize("words", phrases.NOTHING)
def test_each_nothing_cell_registers_nothing(words):
    assert phrases.says_nothing(f" {words.upper()}. ")


def test_each_cell_that_registers_something_is_an_interest():
    found = interests.interests(PAGE.encode(), BASE, "200")

    assert [(i.category, i.description) for i in found] == [
        (InterestCategory.EMPLOYMENT, "Self-employed bookkeeper"),
        (InterestCategory.EMPLOYMENT, "Partner: Teacher at Anytown Academy"),
        (InterestCategory.LAND, "12 Mill Lane, Anytown"),
    ]
    assert {i.updated for i in found} == {dt.date(2026, 3, 10)}
    assert {i.person for i in found} == {f"{BASE}/mgUserInfo.aspx?UID=200"}
    assert {i.url for i in found} == {f"{BASE}/mgRofI.aspx?UID=200"}


def test_a_page_saying_the_register_is_empty_has_no_interests():
    assert interests.interests(EMPTY.encode(), BASE, "201") == []


def test_a_page_without_the_tables_fails_naming_the_url_and_element():
    with pytest.raises(ParseError, match="table.mgInterestsTable") as caught:
        interests.interests(b"<html><p>Error</p></html>", BASE, "7")
    assert caught.value.location == f"{BASE}/mgRofI.aspx?UID=7"


@pytest.mark.django_db
def test_an_import_reads_each_councillors_register_and_a_second_changes_nothing(
    site, make_client
):
    moderngov.serve(site, moderngov.generate(meetings=1, items=1, documents=False))
    pages = {"200": PAGE}
    site.prefixes["/mgRofI.aspx?UID="] = lambda request: Reply(
        pages.get(request.path.rsplit("=", 1)[1], EMPTY).encode()
    )
    council = Council("Anytown Council", site.url, interests=True)
    options = Options(dt.date(2024, 1, 1), dt.date(2024, 3, 1), dt.date(2025, 1, 1))

    first = run(make_client(), council, options)
    stored = list(RegisteredInterest.objects.values())
    second = run(make_client(), council, options)

    assert first.failures == [] and second.failures == []
    assert first.count("interests", "created") == 3
    assert list(RegisteredInterest.objects.values()) == stored
    assert {i.person.source_id for i in RegisteredInterest.objects.all()} == {
        f"{site.url}/mgUserInfo.aspx?UID=200"
    }
    pages["200"] = PAGE.replace("12 Mill Lane, Anytown", "None")
    run(make_client(), council, options)
    assert RegisteredInterest.objects.public().count() == 2

"""Whatever is typed or sent, the page, the JSON and the feed answer 200:
fields other than the documented ones, wildcards, ranges, control characters,
NUL, unbalanced quotes and very long queries are searched as words."""

import xml.etree.ElementTree as ET

import pytest

from .conftest import found, item_ids

HOSTILE = [
    "title:*",
    "nosuch:*",
    "nosuch:nightwatch",
    "key:item",
    "day:>3",
    "kind:item",
    "status:open",
    "text:[a TO z]",
    "title:nightwatch*",
    "nightwatch^3",
    "nightwatch~2",
    "IN [nightwatch programme]",
    '"unbalanced',
    'title:"unbalanced',
    '""""',
    "\x00",
    "Nightwatch\x00programme",
    "Nightwatch\x0b\x1b\x7f",
    "\x01\x02\x03",
    "(((",
    "Nightwatch " * 1000,
    "x" * 10_000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_a_hostile_query_answers_on_every_url(client, seed_item, query):
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200
    assert "<h1" in page.content.decode()
    found(client, query)
    feed = client.get("/search.atom", {"q": query})
    assert feed.status_code == 200
    ET.fromstring(feed.content)  # well-formed


@pytest.mark.parametrize(
    "query", ["nosuch:nightwatch", "title:nightwatch*", "key:nightwatch", "day:>3"]
)
def test_an_undocumented_field_or_operator_is_searched_as_words(
    client, seed_item, query
):
    answer = found(client, query)
    assert answer["read_as_plain_words"] is True
    page = client.get("/search/", {"q": query}).content.decode()
    assert "searched as plain words" in page
    assert "title: or text:" in page


def test_the_documented_fields_are_searched_as_fields(client, seed_item):
    answer = found(client, "title:exploitation")
    assert answer["read_as_plain_words"] is False
    assert item_ids(answer) == [seed_item.pk]
    assert item_ids(found(client, "title:nightwatch")) == []  # in the text only
    answer = found(client, 'text:"nightwatch programme"')
    assert answer["read_as_plain_words"] is False
    assert item_ids(answer) == [seed_item.pk]


def test_control_characters_and_nul_are_read_as_spaces(client, seed_item):
    answer = found(client, "Nightwatch\x00\x0b")
    assert answer["query"] == "Nightwatch"
    assert item_ids(answer) == [seed_item.pk]


def test_a_very_long_query_is_cut_not_refused(client, seed_item):
    answer = found(client, "Nightwatch " * 1000)
    assert answer["query"].startswith("Nightwatch Nightwatch")
    assert len(answer["query"]) <= 500
    assert item_ids(answer) == [seed_item.pk]


def test_bytes_that_are_not_utf8_answer(client, seed_item):
    for url in ("/search/", "/search.json", "/search.atom"):
        assert client.get(url, QUERY_STRING="q=%ED%A0%80%FF%00").status_code == 200

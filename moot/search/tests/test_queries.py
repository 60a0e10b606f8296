"""Whatever people type gives a page of results or an empty one, never an error."""

import pytest

from .conftest import found, item_ids

MALFORMED = ['"unclosed', "AND OR", "-", "(((", "title:", "a:b:c", "*", "\\", "^2", "~"]


@pytest.mark.parametrize("query", MALFORMED)
def test_a_malformed_query_gives_a_page_not_an_error(client, seed_item, query):
    assert client.get("/search/", {"q": query}).status_code == 200
    assert client.get("/search.atom", {"q": query}).status_code == 200
    found(client, query)


def test_an_unparsable_query_is_searched_as_plain_words(client, seed_item):
    answer = found(client, '"Nightwatch programme')
    assert answer["read_as_plain_words"] is True
    assert item_ids(answer) == [seed_item.pk]
    page = client.get("/search/", {"q": '"Nightwatch programme'}).content.decode()
    assert "searched as plain words" in page


def test_operators_typed_as_words_do_not_break_the_search(client, seed_item):
    assert item_ids(found(client, "Nightwatch AND OR")) == [seed_item.pk]


@pytest.mark.parametrize(
    "params", [{"page": "0"}, {"page": "x"}, {"date_from": "soon"}, {"kind": "x"}]
)
def test_bad_parameters_are_ignored(client, seed_item, params):
    assert item_ids(found(client, "Nightwatch", **params)) == [seed_item.pk]

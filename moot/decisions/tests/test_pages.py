"""The register's pages: the list and its filters, a decision, the forward
plan, and interests on the person page."""

import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return [d.title for d in response.context["page"]]


def test_the_register_lists_decisions_newest_first(client, register):
    response = client.get("/decisions/")

    assert response.status_code == 200
    assert titles(response) == [
        "Disposal of land",  # the same day: the later entered first
        "Adopt the Parks Strategy",
        "Sale of the old depot",
        "Grass cutting contract",
    ]
    assert b"moot-stack" in response.content


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("key=yes", ["Adopt the Parks Strategy"]),
        ("maker=delegated", ["Grass cutting contract"]),
        ("maker=Ada+Fenwick", ["Sale of the old depot"]),
        ("ward=Heaton", ["Adopt the Parks Strategy", "Grass cutting contract"]),
        ("date_from=2025-01-01&date_to=2025-01-31", ["Sale of the old depot"]),
        ("body=fictional&key=no&ward=Idle", ["Sale of the old depot"]),
    ],
)
def test_the_filters_narrow_the_register(client, register, query, expected):
    assert titles(client.get(f"/decisions/?{query}")) == expected


def test_a_filter_it_cannot_read_is_named_not_an_error_page(client, register):
    response = client.get("/decisions/?key=maybe&date_from=tuesday")

    assert response.status_code == 200
    assert len(response.context["errors"]) == 2
    assert b"YYYY-MM-DD" in response.content


def test_a_decision_page_shows_its_facts_text_and_documents(client, register):
    response = client.get(register["open"].get_absolute_url())
    page = response.content.decode()

    assert "That the Parks Strategy be adopted." in page
    assert "The parks need a plan." in page
    assert "12 February 2025" in page  # the call-in deadline
    assert "Abbey, Heaton" in page
    assert 'href="https://fictional.invalid/p.pdf"' in page
    assert "Notice first published 20 December 2024" in page
    assert 'href="/committees/cabinet/"' in page


def test_the_forward_plan_links_the_decision_once_taken(client, register):
    response = client.get("/forward-plan/")
    page = response.content.decode()

    assert [e.title for e in response.context["page"]] == [
        "Adopt the Parks Strategy",
        "Purchase of a site",
    ]
    assert f'href="{register["open"].get_absolute_url()}"' in page
    assert "Not yet" in page


def test_the_person_page_lists_their_registered_interests(client, register):
    page = client.get("/people/ada/").content.decode()

    assert "Registered interests" in page
    assert "Self-employed architect." in page
    assert "mgRofI.aspx?UID=1" in page


def test_a_person_with_no_interests_has_no_empty_register(client, register):
    register["member"].registered_interests.all().delete()

    assert b"Registered interests" not in client.get("/people/ada/").content


def test_a_deleted_decision_is_gone(client, register):
    register["open"].soft_delete()

    assert client.get(register["open"].get_absolute_url()).status_code == 404
    assert "Adopt the Parks Strategy" not in titles(client.get("/decisions/"))

"""An exempt decision, or one taken at an exempt item, is known by its title,
date, maker and the law's words for its paragraph, and nothing else: not on
its page, the register, the feed, the downloads, the OParl API or search."""

import json

import pytest

from .conftest import SECRETS

pytestmark = pytest.mark.django_db


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def test_the_exempt_decision_page_says_only_that_it_was_taken_and_why(client, register):
    page = client.get(register["exempt"].get_absolute_url()).content.decode()

    assert "Sale of the old depot" in page
    assert "20 January 2025" in page
    assert "Not for publication" in page
    assert "financial or business affairs" in page  # paragraph 3, in the law's words
    assert leaks(page) == []
    assert "v.pdf" not in page and "None." not in page


def test_a_decision_taken_at_an_exempt_item_is_withheld_too(client, register):
    page = client.get(register["at_item"].get_absolute_url()).content.decode()

    assert "Disposal of land" in page and "Not for publication" in page
    assert leaks(page) == []


def test_a_decision_taken_at_a_draft_meeting_is_unknown(client, register):
    meeting = register["at_item"].meeting
    meeting.draft = True
    meeting.save()

    assert client.get(register["at_item"].get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/decisions/",
        "/forward-plan/",
        "/decisions/feed.atom",
        "/downloads/decisions.csv",
        "/downloads/decisions.json",
        "/downloads/forward_plan.csv",
        "/downloads/forward_plan.json",
        "/downloads/fictional/decisions.csv",
        "/people/ada/",
        "/search/?q=Quarrendon",
    ],
)
def test_no_public_output_holds_an_exempt_decisions_words(client, register, url):
    response = client.get(url)

    assert response.status_code == 200
    assert leaks(response.content.decode()) == []


def test_the_feed_and_downloads_mark_the_exempt_decision(client, register):
    feed = client.get("/decisions/feed.atom").content.decode()
    rows = client.get("/downloads/decisions.json").json()
    exempt = next(r for r in rows if r["title"] == "Sale of the old depot")

    assert "Not for publication: exempt." in feed
    assert exempt["exempt"] is True and exempt["exempt_paragraphs"] == "3"
    assert exempt["text"] == exempt["reasons"] == exempt["alternatives"] == ""
    opened = next(r for r in rows if r["title"] == "Adopt the Parks Strategy")
    assert opened["text"] == "That the Parks Strategy be adopted."


def test_oparl_lists_and_objects_hold_no_exempt_words(client, register):
    body = register["body"].pk
    seen = []
    for kind in ("decision", "forward-plan-entry", "registered-interest"):
        listed = client.get(f"/oparl/body/{body}/{kind}/").json()
        seen += listed["data"]
    text = json.dumps(seen)

    assert leaks(text) == []
    decisions = {o["name"]: o for o in seen if o["type"] == "moot:Decision"}
    assert decisions["Sale of the old depot"]["public"] is False
    assert (
        decisions["Sale of the old depot"]["moot:exempt"]["paragraphs"][0]["paragraph"]
        == 3
    )
    assert "text" not in decisions["Disposal of land"]
    assert decisions["Adopt the Parks Strategy"]["text"].startswith("That the Parks")
    one = client.get(f"/oparl/decision/{register['exempt'].pk}/").json()
    assert leaks(json.dumps(one)) == [] and one["type"] == "moot:Decision"


def test_the_body_lists_the_registers(client, register):
    body = client.get(f"/oparl/body/{register['body'].pk}/").json()

    assert body["moot:decision"].endswith(
        f"/oparl/body/{register['body'].pk}/decision/"
    )

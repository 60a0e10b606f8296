"""Atom feeds, read back with defusedxml: per committee, per person, new
decisions and new commitments, each linked from the page it follows."""

import pytest
from defusedxml import ElementTree

from moot.records.models import AgendaItem, Committee, Resolution
from moot.tracker.models import Commitment

from .conftest import SECRETS
from .test_calendars import seat_with_meetings

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}title").text
    found = []
    for entry in feed.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}id").text and entry.find(f"{ATOM}updated").text
        found.append(
            {
                "title": entry.find(f"{ATOM}title").text,
                "link": entry.find(f"{ATOM}link").get("href"),
                "summary": entry.find(f"{ATOM}summary").text or "",
            }
        )
    return found


def alternate(client, page: str) -> list[str]:
    html = client.get(page).content.decode()
    return [
        line.split('href="', 1)[1].split('"', 1)[0]
        for line in html.replace("><", ">\n<").splitlines()
        if 'rel="alternate"' in line and "atom" in line
    ]


def test_a_committee_feed_lists_its_items_newest_first(council, client):
    committee = Committee.objects.get(name="fictional-borough-cabinet")
    url = f"/committees/{committee.slug}/feed.atom"
    assert url in alternate(client, committee.get_absolute_url())
    found = entries(client, url)
    items = AgendaItem.objects.public().filter(meeting__committee=committee)
    assert len(found) == items.count()
    titles = " ".join(e["title"] for e in found)
    assert "Land at Quillfeather Lane" in titles  # exempt: its title only
    text = " ".join(e["summary"] for e in found)
    assert [w for w in SECRETS if w in text] == []
    assert "That the Parks Strategy be approved." in text


def test_new_decisions_feed(council, client):
    assert "/decisions.atom" in alternate(client, "/")
    found = entries(client, "/decisions.atom")
    assert found and all("#resolution-" in e["link"] for e in found)
    shown = Resolution.objects.public().select_related("agenda_item__meeting")
    link = "http://testserver{}#{}"
    dates = {
        link.format(
            r.agenda_item.get_absolute_url(), r.anchor
        ): r.agenda_item.meeting.date
        for r in shown
    }
    in_order = [dates[e["link"]] for e in found]
    assert in_order == sorted(in_order, reverse=True)  # newest meeting first
    assert max(dates.values()) == in_order[0]


def test_new_commitments_feed(council, client):
    assert "/commitments.atom" in alternate(client, "/")
    found = entries(client, "/commitments.atom")
    assert found
    shown = Commitment.objects.public().exclude(status="proposed")
    assert {e["link"].removeprefix("http://testserver") for e in found} <= {
        c.get_absolute_url() for c in shown
    }
    assert all("Owner:" in e["summary"] for e in found)


def test_a_person_feed_follows_their_committees(council, client):
    seat, _ = seat_with_meetings()
    url = f"/people/{seat.person.slug}/feed.atom"
    assert url in alternate(client, seat.person.get_absolute_url())
    found = entries(client, url)
    assert found and all(
        e["link"].startswith("http://testserver/items/") for e in found
    )

"""A sync client's view: modified_since sees edits and deletions, conditional
GET answers 304 for what has not changed, lists page by links.next."""

import pytest
from django.utils import timezone

from moot.records.models import AgendaItem, Body, Document, Meeting

pytestmark = pytest.mark.django_db


def ids(client, url: str) -> dict[str, dict]:
    """Every object of a list, walked by links.next, by id."""
    found: dict[str, dict] = {}
    while url:
        page = client.get(url).json()
        found |= {o["id"]: o for o in page["data"]}
        url = page["links"].get("next")
    return found


def url_of(kind: str, pk: int) -> str:
    return f"http://testserver/oparl/{kind}/{pk}/"


def body_of(item: AgendaItem) -> Body:
    return item.meeting.committee.body


def test_modified_since_sees_an_edit_and_a_deletion(council, client):
    since = timezone.now().isoformat()
    open_items = AgendaItem.objects.public().open()
    edited = open_items.filter(reports__isnull=False).first()
    gone = Meeting.objects.public().exclude(pk=edited.meeting_id).first()
    edited.title = "Parks Strategy (revised)"
    edited.save()
    Meeting.objects.filter(pk=gone.pk).soft_delete()
    body = body_of(edited).pk

    items = ids(client, f"/oparl/body/{body}/agenda-item/?modified_since={since}")
    assert list(items) == [url_of("agenda-item", edited.pk)]
    assert items[url_of("agenda-item", edited.pk)]["name"] == "Parks Strategy (revised)"
    meetings = ids(
        client, f"/oparl/body/{gone.committee.body_id}/meeting/?modified_since={since}"
    )
    assert meetings[url_of("meeting", gone.pk)]["deleted"] is True
    assert "name" not in meetings[url_of("meeting", gone.pk)]
    if gone.committee.body_id == body:
        assert url_of("meeting", edited.meeting_id) in meetings  # it embeds the item
    # The deleted meeting's own URL answers 200 with its tombstone.
    answer = client.get(url_of("meeting", gone.pk))
    assert answer.status_code == 200 and answer.json()["deleted"] is True
    # A list with no filter shows only what the public may see.
    everything = ids(client, f"/oparl/body/{gone.committee.body_id}/meeting/")
    assert url_of("meeting", gone.pk) not in everything


def test_an_item_made_exempt_withdraws_its_paper_and_files(council, client):
    item = AgendaItem.objects.public().open().filter(documents__isnull=False).first()
    document = Document.objects.public().filter(agenda_item=item).first()
    since = timezone.now().isoformat()
    item.withhold()
    body = body_of(item).pk

    files = ids(client, f"/oparl/body/{body}/file/?modified_since={since}")
    assert files[url_of("file", document.pk)] == {
        "id": url_of("file", document.pk),
        "type": "https://schema.oparl.org/1.1/File",
        "created": files[url_of("file", document.pk)]["created"],
        "modified": files[url_of("file", document.pk)]["modified"],
        "deleted": True,
    }
    papers = ids(client, f"/oparl/body/{body}/paper/?modified_since={since}")
    assert papers and all(p["deleted"] for p in papers.values())
    shown = client.get(url_of("agenda-item", item.pk)).json()
    assert shown["public"] is False and "resolutionText" not in shown


def test_modified_until_and_created_since_narrow_the_list(council, client):
    body = Body.objects.first().pk
    everything = ids(client, f"/oparl/body/{body}/meeting/")
    assert everything
    assert (
        ids(client, f"/oparl/body/{body}/meeting/?modified_until=2000-01-01T00:00:00Z")
        == {}
    )
    later = timezone.now().isoformat()
    assert ids(client, f"/oparl/body/{body}/meeting/?created_since={later}") == {}


def test_a_bad_filter_is_a_clear_error(council, client):
    body = Body.objects.first().pk
    answer = client.get(f"/oparl/body/{body}/meeting/?modified_since=yesterday")
    assert answer.status_code == 400
    assert "modified_since" in answer.json()["error"]["message"]


def test_lists_page_by_links_next_without_loss_or_repeat(council, client):
    body = Body.objects.first().pk
    whole = client.get(f"/oparl/body/{body}/agenda-item/?elementsPerPage=500").json()
    assert "next" not in whole["links"]
    url, seen = f"/oparl/body/{body}/agenda-item/?elementsPerPage=7", []
    while url:
        page = client.get(url).json()
        assert len(page["data"]) <= 7
        seen += [o["id"] for o in page["data"]]
        url = page["links"].get("next")
    assert seen == [o["id"] for o in whole["data"]]
    assert whole["pagination"]["totalElements"] == len(seen)


def test_conditional_get_answers_304_until_the_object_changes(council, client):
    meeting = Meeting.objects.public().first()
    url = f"/oparl/meeting/{meeting.pk}/"
    first = client.get(url)
    assert first["Access-Control-Allow-Origin"] == "*"
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    since = first["Last-Modified"]
    assert client.get(url, headers={"If-Modified-Since": since}).status_code == 304
    meeting.venue = "The Old Town Hall"
    meeting.save()
    again = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200 and again["ETag"] != first["ETag"]
    assert again.json()["location"]["description"] == "The Old Town Hall"


def test_an_unknown_object_is_a_json_404(council, client):
    answer = client.get("/oparl/meeting/999999/")
    assert answer.status_code == 404
    assert answer.json()["error"]["status"] == 404


def test_a_venue_removed_leaves_its_location_as_a_tombstone(council, client):
    meeting = Meeting.objects.public().exclude(venue="").first()
    assert client.get(url_of("location", meeting.pk)).json()["description"]
    since = timezone.now().isoformat()
    meeting.venue = ""
    meeting.save()
    body = meeting.committee.body_id
    found = ids(client, f"/oparl/body/{body}/location/?modified_since={since}")
    assert found[url_of("location", meeting.pk)]["deleted"] is True
    assert client.get(url_of("location", meeting.pk)).json()["deleted"] is True

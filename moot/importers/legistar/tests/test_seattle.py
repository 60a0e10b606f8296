"""Seattle's recorded Legistar responses, served from 127.0.0.1."""

import datetime as dt
import json

import pytest

from moot.importers.conftest import FIXTURES
from moot.importers.legistar import convert
from moot.importers.legistar.source import run
from moot.importers.tests.snapshot import snapshot
from moot.records.models import (
    AgendaItem,
    Committee,
    Document,
    Meeting,
    Person,
    Resolution,
    Vote,
)

pytestmark = pytest.mark.django_db
RECORDED = FIXTURES / "legistar" / "seattle"
API = "/v1/seattle"


def serve_seattle(site):
    """The recorded requests at their API paths; votes not recorded are 404s."""
    site.prefixes[f"{API}/events?"] = lambda request: _file("request_0_events.json")
    for event, name in [
        (4048, "request_1_event_0_items"),
        (4049, "request_12_event_1_items"),
        (4050, "request_63_event_2_items"),
    ]:
        path = f"{API}/events/{event}/eventitems?"
        site.prefixes[path] = lambda request, name=name: _file(f"{name}.json")
    site.add(
        f"{API}/eventitems/65879/votes",
        RECORDED / "request_2_event_0_item_0_votes.json",
    )
    site.add(
        f"{API}/eventitems/65911/votes",
        RECORDED / "request_23_event_1_item_10_votes.json",
    )
    for path in RECORDED.glob("request_*_person.json"):
        person_id = json.loads(path.read_text())["PersonId"]
        site.add(f"{API}/persons/{person_id}", path)


def _file(name):
    from moot.importers.tests.server import Reply

    return Reply((RECORDED / name).read_bytes(), content_type="application/json")


def import_seattle(client, site):
    return run(
        client,
        f"{site.url}{API}",
        body_name="City of Seattle",
        documents=False,
        start=dt.date(2019, 7, 29),
        end=dt.date(2019, 7, 30),
        today=dt.date(2019, 8, 2),
    )


def test_events_items_and_per_member_votes(site, make_client):
    serve_seattle(site)

    summary = import_seattle(make_client(), site)

    assert Committee.objects.count() == 3
    assert Meeting.objects.count() == 3
    assert AgendaItem.objects.count() == 10 + 18 + 9
    council = Meeting.objects.get(committee__name="City Council")
    assert (council.date, council.start_time) == (dt.date(2019, 7, 29), dt.time(14))
    assert (
        council.venue
        == "Council Chamber, City Hall, 600 Fourth Avenue, Seattle, WA 98104"
    )
    resolution = Resolution.objects.get(
        agenda_item__source_id__endswith="/eventitems/65911"
    )
    assert resolution.vote == "Pass"
    assert resolution.votes_for == 8 and resolution.votes_against == 0
    assert Vote.objects.filter(choice="for").count() == 8
    assert Person.objects.filter(name="M. Lorena González").exists()
    assert Vote.objects.filter(person__isnull=True).count() == 0
    # Only two vote lists were recorded: the others are 404s, each one failure.
    assert "votes of item 65902" in [f.what for f in summary.failures]
    assert all(
        f.what.startswith("votes of item") and f.reason.startswith("HTTP 404")
        for f in summary.failures
    )


def test_an_events_agenda_and_minutes_files_are_the_meetings_papers(site, make_client):
    serve_seattle(site)

    import_seattle(make_client(), site)

    committee = Meeting.objects.get(committee__name__startswith="Human Services")
    papers = {d.role: d for d in Document.objects.public().filter(meeting=committee)}
    assert set(papers) == {"agenda", "minutes"}
    assert papers["minutes"].url.endswith("_Committee_Minutes.pdf")
    assert papers["agenda"].kind == "pdf"
    council = Meeting.objects.get(committee__name="City Council")
    assert [d.role for d in council.documents.all()] == ["agenda"]
    assert council.webcast_url == ""  # the recorded events have no video


def test_an_events_video_is_its_webcast_and_an_items_index_its_start():
    event = json.loads((RECORDED / "request_0_events.json").read_text())[0]
    row = json.loads((RECORDED / "request_1_event_0_items.json").read_text())[0]
    event["EventVideoPath"] = "https://video.example/watch?id=4048"
    row["EventItemVideo"] = 3723

    meeting = convert.meeting("https://api", event, dt.date(2019, 8, 1))
    item = convert.item("https://api", row)

    assert meeting.webcast_url == "https://video.example/watch?id=4048"
    assert item.webcast_start == 3723


def test_importing_seattle_twice_changes_nothing(site, make_client):
    serve_seattle(site)
    import_seattle(make_client(), site)
    first = snapshot()

    import_seattle(make_client(), site)

    assert snapshot() == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30 AM", dt.time(9, 30)),
        ("2:00 PM", dt.time(14)),
        ("12:00 PM", dt.time(12)),
        ("", None),
    ],
)
def test_event_times(text, expected):
    assert convert.to_time(text) == expected

"""Meeting calendars, read back with vobject (not the library that wrote them)."""

from datetime import timedelta

import pytest
import vobject
from django.db.models import QuerySet
from django.utils import timezone

from moot.records.models import Committee, Meeting, Membership

pytestmark = pytest.mark.django_db


def events(client, url: str) -> dict[str, object]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = vobject.readOne(response.content.decode())
    return {e.uid.value: e for e in calendar.vevent_list}


def uid(meeting: Meeting) -> str:
    return f"meeting-{meeting.pk}@testserver"


def stored_an_hour_ago(meeting: Meeting) -> None:
    """As if the meeting was loaded a while before the change the test makes."""
    earlier = timezone.now() - timedelta(hours=1)
    QuerySet.update(
        Meeting.objects.filter(pk=meeting.pk), created=earlier, modified=earlier
    )
    QuerySet.update(meeting.items.all(), created=earlier, modified=earlier)
    meeting.refresh_from_db()


def seat_with_meetings() -> tuple[Membership, QuerySet]:
    for seat in Membership.objects.alive().select_related("person", "committee"):
        sat = Meeting.objects.public().filter(committee=seat.committee)
        if seat.start:
            sat = sat.filter(date__gte=seat.start)
        if seat.end:
            sat = sat.filter(date__lte=seat.end)
        if sat.exists():
            return seat, sat
    raise AssertionError("no seat with meetings in the sample")


def test_all_meetings_are_in_the_calendar_with_time_and_place(council, client):
    found = events(client, "/meetings.ics")
    assert len(found) == Meeting.objects.public().count()
    timed = Meeting.objects.public().exclude(start_time=None).first()
    entry = found[uid(timed)]
    assert entry.dtstart.value.hour == timed.start_time.hour
    assert entry.location.value == timed.venue
    assert entry.summary.value == timed.committee.name
    assert entry.url.value.endswith(timed.get_absolute_url())


def test_a_change_raises_the_sequence_and_a_cancellation_says_so(council, client):
    meeting = Meeting.objects.public().first()
    stored_an_hour_ago(meeting)
    before = events(client, "/meetings.ics")[uid(meeting)]
    meeting.status = Meeting.Status.CANCELLED
    meeting.save()
    after = events(client, "/meetings.ics")[uid(meeting)]
    assert after.status.value == "CANCELLED"
    assert int(after.sequence.value) > int(before.sequence.value)
    assert after.last_modified.value > before.last_modified.value


def test_a_new_agenda_item_updates_the_event(council, client):
    meeting = Meeting.objects.public().filter(items__isnull=False).first()
    stored_an_hour_ago(meeting)
    before = events(client, "/meetings.ics")[uid(meeting)]
    meeting.items.create(position=99, number="99.", title="Urgent Business")
    after = events(client, "/meetings.ics")[uid(meeting)]
    assert "Urgent Business" in after.description.value
    assert int(after.sequence.value) > int(before.sequence.value)


def test_a_committee_calendar_holds_its_meetings_only(council, client):
    committee = Committee.objects.public().filter(meetings__isnull=False).first()
    found = events(client, f"/committees/{committee.slug}/meetings.ics")
    assert set(found) == {
        uid(m) for m in Meeting.objects.public().filter(committee=committee)
    }
    page = client.get(committee.get_absolute_url()).content.decode()
    assert f'href="/committees/{committee.slug}/meetings.ics"' in page


def test_a_person_calendar_holds_the_meetings_of_their_seats(council, client):
    seat, sat = seat_with_meetings()
    found = events(client, f"/people/{seat.person.slug}/meetings.ics")
    assert {uid(m) for m in sat} <= set(found)
    page = client.get(seat.person.get_absolute_url()).content.decode()
    assert f'href="/people/{seat.person.slug}/meetings.ics"' in page


def test_a_deleted_committee_has_no_calendar(council, client):
    committee = Committee.objects.public().first()
    Committee.objects.filter(pk=committee.pk).soft_delete()
    response = client.get(f"/committees/{committee.slug}/meetings.ics")
    assert response.status_code == 404

"""Meetings as iCalendar: all of them, one committee's, one person's.

Each meeting is one event with a stable ``UID``; a change (a new time, venue
or agenda) raises its ``SEQUENCE`` and ``LAST-MODIFIED``, and a cancelled
meeting stays in the calendar as ``STATUS:CANCELLED``, so a subscribed
calendar updates or strikes it out rather than keeping a stale copy. Only
what ``Meeting.objects.public()`` gives is listed, and an agenda names only
titles, which the public may see even of exempt items.
"""

from datetime import datetime, timedelta
from typing import Any

import icalendar
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from moot.records.models import (
    AgendaItem,
    Attendance,
    Committee,
    Meeting,
    Membership,
    Person,
)
from moot.records.xmltext import xml_text
from moot.tracker.exports import new_calendar

from .oparl.kinds import KINDS

STATUS: dict[str, str] = {
    Meeting.Status.CANCELLED: "CANCELLED",
    Meeting.Status.POSTPONED: "TENTATIVE",
}


def sequence(row: Any) -> int:
    """Grows with every change: seconds from creation to the last change."""
    return max(0, int((row.stamp - row.created).total_seconds()))


def event(
    row: Any, request: HttpRequest, host: str, agenda: list[str]
) -> icalendar.Event:
    """The event of ``row``, a Meeting annotated with its ``stamp``."""
    entry = icalendar.Event()
    entry.add("uid", f"meeting-{row.pk}@{host}")
    entry.add("dtstamp", row.stamp)
    entry.add("last-modified", row.stamp)
    entry.add("created", row.created)
    entry.add("sequence", sequence(row))
    if row.start_time:
        entry.add(
            "dtstart", timezone.make_aware(datetime.combine(row.date, row.start_time))
        )
    else:  # the time is not known: an all-day event
        entry.add("dtstart", row.date)
        entry.add("dtend", row.date + timedelta(days=1))
    entry.add("summary", xml_text(row.committee.name))
    if row.venue:
        entry.add("location", xml_text(row.venue))
    listed = "\n".join(agenda)
    entry.add("description", xml_text(f"{row.committee.body.name}\n{listed}".strip()))
    entry.add("url", request.build_absolute_uri(row.get_absolute_url()))
    entry.add("status", STATUS.get(row.status, "CONFIRMED"))
    return entry


def to_ical(rows: QuerySet[Any], request: HttpRequest, name: str) -> bytes:
    cal = new_calendar(name, "Meetings")
    host = request.get_host().split(":")[0]
    # The stamp counts the agenda's changes too (see oparl/kinds.py).
    rows = rows.annotate(stamp=KINDS["meeting"].stamp())
    agendas: dict[int, list[str]] = {}
    titles = AgendaItem.objects.public().filter(meeting__in=rows.values("pk"))
    for meeting, number, title in titles.values_list("meeting_id", "number", "title"):
        agendas.setdefault(meeting, []).append(f"{number} {title}".strip())
    for row in rows.select_related("committee__body").order_by("date", "pk"):
        cal.add_component(event(row, request, host, agendas.get(row.pk, [])))
    return bytes(cal.to_ical())


def answer(request: HttpRequest, rows: QuerySet[Any], name: str) -> HttpResponse:
    return HttpResponse(
        to_ical(rows, request, name), content_type="text/calendar; charset=utf-8"
    )


def meetings(request: HttpRequest) -> HttpResponse:
    return answer(request, Meeting.objects.public(), "Meetings")


def committee(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(Committee.objects.public(), slug=slug)
    return answer(request, Meeting.objects.public().filter(committee=row), row.name)


def person_meetings(person: Person) -> QuerySet[Any]:
    """Meetings of a committee the person sat on that day, or attended."""
    seats = Membership.objects.alive().filter(person=person)
    sat = Q()
    for seat in seats:
        when = Q(committee_id=seat.committee_id)
        if seat.start:
            when &= Q(date__gte=seat.start)
        if seat.end:
            when &= Q(date__lte=seat.end)
        sat |= when
    attended = Attendance.objects.alive().filter(person=person).values("meeting")
    return Meeting.objects.public().filter(sat | Q(pk__in=attended)).distinct()


def person(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(Person.objects.public(), slug=slug)
    return answer(request, person_meetings(row), f"Meetings: {row.name}")

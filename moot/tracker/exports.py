"""Commitments as CSV and as an iCalendar feed of due dates."""

import csv
import io
from datetime import date, timedelta
from typing import Any

import icalendar
from django.http import HttpRequest

from moot.records.csvcells import csv_cell
from moot.records.xmltext import xml_text

from .models import Commitment

CSV_COLUMNS = [
    "id",
    "url",
    "body",
    "committee",
    "meeting_date",
    "item",
    "kind",
    "text",
    "owner",
    "recipient",
    "due_phrase",
    "due_date",
    "status",
    "days_overdue",
    "fulfilled_on",
    "fulfilled_by",
]


def csv_row(c: Commitment, request: HttpRequest, today: date) -> dict[str, str]:
    meeting = c.agenda_item.meeting
    return {
        "id": str(c.pk),
        "url": request.build_absolute_uri(c.get_absolute_url()),
        "body": meeting.committee.body.name,
        "committee": meeting.committee.name,
        "meeting_date": meeting.date.isoformat(),
        "item": str(c.agenda_item),
        "kind": c.kind,
        "text": c.text,
        "owner": c.owner,
        "recipient": c.recipient,
        "due_phrase": c.due_phrase,
        "due_date": c.due_date.isoformat() if c.due_date else "",
        "status": c.standing(today),
        "days_overdue": str(c.days_overdue(today)),
        "fulfilled_on": c.fulfilled_on.isoformat() if c.fulfilled_on else "",
        "fulfilled_by": request.build_absolute_uri(c.fulfilled_by.get_absolute_url())
        if c.fulfilled_by
        else "",
    }


def to_csv(rows: Any, request: HttpRequest, today: date) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for c in rows:
        row = csv_row(c, request, today)
        writer.writerow({name: csv_cell(value) for name, value in row.items()})
    return out.getvalue()


# Promises still to be kept are the ones a calendar of due dates is for.
CALENDAR_STATUSES = [Commitment.Status.OPEN, Commitment.Status.PROPOSED]


def new_calendar(name: str, product: str) -> icalendar.Calendar:
    """An empty calendar named ``name`` (every calendar Moot serves starts so)."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Moot//{product}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", xml_text(name))
    return cal


def to_ical(rows: Any, request: HttpRequest, name: str) -> bytes:
    """One all-day event on each due date of ``rows``."""
    cal = new_calendar(name, "Commitments")
    host = request.get_host().split(":")[0]
    for c in rows.filter(status__in=CALENDAR_STATUSES, due_date__isnull=False):
        meeting = c.agenda_item.meeting
        event = icalendar.Event()
        event.add("uid", f"commitment-{c.pk}@{host}")
        event.add("dtstamp", c.modified)
        event.add("dtstart", c.due_date)
        event.add("dtend", c.due_date + timedelta(days=1))
        # RFC 5545 text allows no control characters but tab; the XML rule
        # removes them (line breaks are escaped by the writer).
        event.add("summary", xml_text(f"Due: {c.text[:150]}"))
        event.add(
            "description",
            xml_text(
                f"{c.text}\nOwner: {c.owner or 'not named'}\n"
                f"Promised at {meeting.committee.name}, {meeting.date:%-d %B %Y}"
                + (f" ({c.due_phrase})" if c.due_phrase else "")
            ),
        )
        event.add("url", request.build_absolute_uri(c.get_absolute_url()))
        event.add(
            "status",
            "TENTATIVE" if c.status == Commitment.Status.PROPOSED else "CONFIRMED",
        )
        cal.add_component(event)
    return bytes(cal.to_ical())

"""The bulk downloads' tables and their data dictionary, as data.

Each ``Table`` names its rows (through the public querysets, so exempt
content is never in them: an exempt item is listed by its title alone) and
its ``Column``s, each with a Frictionless type and a description. The CSV
and JSON downloads, the data package and the downloads page are all built
from this one list, so the dictionary cannot drift from the data.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from moot.records.models import AgendaItem, Body, Meeting, Person, Resolution
from moot.tracker.exports import CSV_COLUMNS, csv_row
from moot.tracker.filters import public_commitments


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Frictionless field type: string, integer, date, boolean, ...
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    rows: Callable[[Body | None], QuerySet[Any]]
    row: Callable[[Any, "Context"], dict[str, Any]]


@dataclass
class Context:
    request: HttpRequest
    today: date

    def url(self, path: str) -> str:
        return self.request.build_absolute_uri(path)


def _in(body: Body | None, path: str) -> Q:
    return Q(**{path: body}) if body else Q()


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def _meeting_row(m: Meeting, ctx: Context) -> dict[str, Any]:
    return {
        "id": m.pk,
        "url": ctx.url(m.get_absolute_url()),
        "body": m.committee.body.name,
        "committee": m.committee.name,
        "date": m.date.isoformat(),
        "start_time": _iso(m.start_time),
        "venue": m.venue,
        "status": m.status,
        "minutes_status": m.minutes_status,
        "modified": m.modified.isoformat(),
    }


def _item_row(i: AgendaItem, ctx: Context) -> dict[str, Any]:
    return {
        "id": i.pk,
        "url": ctx.url(i.get_absolute_url()),
        "meeting_id": i.meeting_id,
        "committee": i.meeting.committee.name,
        "meeting_date": i.meeting.date.isoformat(),
        "number": i.number,
        "position": i.position,
        "title": i.title,
        "exempt": i.is_exempt,
        "exempt_paragraphs": ";".join(str(n) for n, _ in i.exempt_categories() if n)
        if i.is_exempt
        else "",
        "modified": i.modified.isoformat(),
    }


def _resolution_row(r: Resolution, ctx: Context) -> dict[str, Any]:
    item = r.agenda_item
    return {
        "id": r.pk,
        "agenda_item_id": item.pk,
        "url": ctx.url(f"{item.get_absolute_url()}#{r.anchor}"),
        "committee": item.meeting.committee.name,
        "meeting_date": item.meeting.date.isoformat(),
        "number": r.number,
        "text": r.text,
        "vote": r.vote,
        "votes_for": r.votes_for,
        "votes_against": r.votes_against,
        "abstentions": r.abstentions,
    }


def _person_row(p: Person, ctx: Context) -> dict[str, Any]:
    return {
        "id": p.pk,
        "url": ctx.url(p.get_absolute_url()),
        "name": p.name,
        "kind": p.kind,
        "body": p.body.name if p.body else "",
        "party": p.party,
        "ward": p.ward,
        "role": p.role,
    }


def _commitment_row(c: Any, ctx: Context) -> dict[str, Any]:
    row: dict[str, Any] = csv_row(c, ctx.request, ctx.today)
    row["id"], row["days_overdue"] = c.pk, c.days_overdue(ctx.today)
    return {key: value if value != "" else None for key, value in row.items()}


def _people(body: Body | None) -> QuerySet[Any]:
    rows = Person.objects.public().select_related("body")
    if body is None:
        return rows
    seated = Q(memberships__committee__body=body, memberships__deleted__isnull=True)
    return rows.filter(Q(body=body) | seated).distinct()


TEXT, INT, DATE = "string", "integer", "date"

COMMITMENT_COLUMNS = {
    "id": Column("id", INT, "Moot's number for the commitment; stable."),
    "url": Column("url", TEXT, "The commitment's page."),
    "body": Column("body", TEXT, "The council."),
    "committee": Column("committee", TEXT, "The committee whose meeting made it."),
    "meeting_date": Column("meeting_date", DATE, "The date of that meeting."),
    "item": Column("item", TEXT, "The agenda item it was made at: number and title."),
    "kind": Column("kind", TEXT, "resolution, action, undertaking or recommendation."),
    "text": Column("text", TEXT, "What was promised, as the minutes word it."),
    "owner": Column("owner", TEXT, "Who is to do it: a person, role or organisation."),
    "recipient": Column("recipient", TEXT, 'For whom: "the Committee".'),
    "due_phrase": Column(
        "due_phrase", TEXT, 'The words the due date came from: "in 12 months".'
    ),
    "due_date": Column("due_date", DATE, "When it falls due, if the minutes say."),
    "status": Column(
        "status",
        TEXT,
        "open, overdue (open and past due, with minutes of the council on record "
        "since), unrecorded (open and past due, with no minutes on record since: "
        "not known whether kept), fulfilled, withdrawn, superseded, recommended "
        "or proposed.",
    ),
    "days_overdue": Column(
        "days_overdue", INT, "Days past the due date; 0 if not overdue."
    ),
    "fulfilled_on": Column(
        "fulfilled_on", DATE, "The date of the meeting that met it."
    ),
    "fulfilled_by": Column("fulfilled_by", TEXT, "The page of the item that met it."),
}

TABLES = (
    Table(
        "meetings",
        "Meetings",
        "Every meeting of every committee, held or to come.",
        (
            Column("id", INT, "Moot's number for the meeting; stable."),
            Column("url", TEXT, "The meeting's page."),
            Column("body", TEXT, "The council."),
            Column("committee", TEXT, "The committee that meets."),
            Column("date", DATE, "The day of the meeting."),
            Column("start_time", "time", "When it starts, if known."),
            Column("venue", TEXT, "Where it meets."),
            Column("status", TEXT, "scheduled, held, cancelled or postponed."),
            Column("minutes_status", TEXT, "none, draft, published or approved."),
            Column("modified", "datetime", "When Moot's record of it last changed."),
        ),
        lambda b: (
            Meeting.objects.public()
            .filter(_in(b, "committee__body"))
            .select_related("committee__body")
        ),
        _meeting_row,
    ),
    Table(
        "agenda_items",
        "Agenda items",
        "Every item of every meeting. An exempt item (Schedule 12A) is listed by "
        "its title and the paragraphs that exempt it, and nothing else.",
        (
            Column("id", INT, "Moot's number for the item; stable."),
            Column("url", TEXT, "The item's page."),
            Column("meeting_id", INT, "The meeting (meetings.id)."),
            Column("committee", TEXT, "The committee that met."),
            Column("meeting_date", DATE, "The day of the meeting."),
            Column("number", TEXT, 'The item\'s number as printed: "40.".'),
            Column("position", INT, "Its place on the agenda, from 1."),
            Column("title", TEXT, "The item's title."),
            Column("exempt", "boolean", "true if withheld from the public."),
            Column(
                "exempt_paragraphs", TEXT, "Schedule 12A paragraphs cited, ;-separated."
            ),
            Column(
                "modified", "datetime", "When the item or anything in it last changed."
            ),
        ),
        lambda b: (
            AgendaItem.objects.public()
            .filter(_in(b, "meeting__committee__body"))
            .select_related("meeting__committee")
        ),
        _item_row,
    ),
    Table(
        "resolutions",
        "Resolutions",
        "Every decision the minutes record, with its vote where recorded.",
        (
            Column("id", INT, "Moot's number for the resolution; stable."),
            Column("agenda_item_id", INT, "The item it was made at (agenda_items.id)."),
            Column("url", TEXT, "The resolution on its item's page."),
            Column("committee", TEXT, "The committee that decided."),
            Column("meeting_date", DATE, "The day of the meeting."),
            Column("number", TEXT, 'Its number in the minutes: "1".'),
            Column("text", TEXT, "What was resolved."),
            Column("vote", TEXT, 'The tally as recorded: "carried 4-1".'),
            Column("votes_for", INT, "Votes for, where counted."),
            Column("votes_against", INT, "Votes against, where counted."),
            Column("abstentions", INT, "Abstentions, where counted."),
        ),
        lambda b: (
            Resolution.objects.public()
            .filter(_in(b, "agenda_item__meeting__committee__body"))
            .select_related("agenda_item__meeting__committee")
        ),
        _resolution_row,
    ),
    Table(
        "commitments",
        "Commitments",
        "Every promise the meetings made, with owner, due date and status.",
        tuple(COMMITMENT_COLUMNS[name] for name in CSV_COLUMNS),
        lambda b: public_commitments().filter(
            _in(b, "agenda_item__meeting__committee__body")
        ),
        _commitment_row,
    ),
    Table(
        "people",
        "People",
        "Councillors, co-opted members and officers the records name.",
        (
            Column("id", INT, "Moot's number for the person; stable."),
            Column("url", TEXT, "The person's page."),
            Column("name", TEXT, "Their name as the records give it."),
            Column("kind", TEXT, "councillor, co-opted, officer or other."),
            Column("body", TEXT, "The council they belong to, if known."),
            Column("party", TEXT, "Their party, for a councillor."),
            Column("ward", TEXT, "Their ward, for a councillor."),
            Column("role", TEXT, "Job title, for an officer."),
        ),
        _people,
        _person_row,
    ),
)

BY_NAME = {table.name: table for table in TABLES}

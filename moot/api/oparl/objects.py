"""Rows → OParl 1.1 objects: one plain function per type.

Every function takes a row that ``kinds.Kind.all()`` annotated (``stamp``,
``shown``) and returns the object as a dict. A row not ``shown`` becomes a
tombstone (``tombstone``); the caller decides, so no function here needs to
know the exempt rule. Moot's own facts that OParl has no name for go under
``moot:`` keys (OParl's vendor prefixes), most of them from ``extension``.
"""

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from django.urls import reverse
from django.utils import timezone

from moot.records.links import web_link
from moot.records.models import (
    AgendaItem,
    Body,
    Committee,
    Document,
    Meeting,
    Membership,
    Person,
    Report,
)

from . import extension
from .embeds import Embeds, prepare
from .kinds import KINDS
from .links import Links, stamp

Object = dict[str, Any]
MIME = {
    "pdf": "application/pdf",
    "html": "text/html",
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def tombstone(links: Links, kind: str, row: Any) -> Object:
    """What OParl keeps of a deleted object: enough for a client to drop it."""
    obj: Object = {"id": links.object(kind, row.pk), "type": KINDS[kind].type}
    if kind == "body":  # the Body schema requires these even when deleted
        obj.update(_body_lists(links, row), name=row.name, legislativeTerm=[])
    obj.update(created=stamp(row.created), modified=stamp(row.stamp), deleted=True)
    return obj


def _head(links: Links, kind: str, row: Any) -> Object:
    return {"id": links.object(kind, row.pk), "type": KINDS[kind].type}


def _tail(links: Links, row: Any, web: str | None = None) -> Object:
    out = {"created": stamp(row.created), "modified": stamp(row.stamp)}
    if web:
        out["web"] = links.absolute(web)
    return out


def system(links: Links, newest: datetime | None) -> Object:
    obj = {
        "id": links.system(),
        "type": "https://schema.oparl.org/1.1/System",
        "oparlVersion": "https://schema.oparl.org/1.1/",
        "name": "Moot",
        "body": links.list("body"),
        "website": links.absolute("/"),
        "web": links.absolute("/"),
    }
    if newest:
        obj["modified"] = stamp(newest)
    return obj


def _body_lists(links: Links, row: Body) -> Object:
    return {
        "organization": links.list("organization", row.pk),
        "person": links.list("person", row.pk),
        "meeting": links.list("meeting", row.pk),
        "paper": links.list("paper", row.pk),
        "agendaItem": links.list("agenda-item", row.pk),
        "file": links.list("file", row.pk),
        "membership": links.list("membership", row.pk),
        "locationList": links.list("location", row.pk),
        "moot:decision": links.list("decision", row.pk),
        "moot:forwardPlanEntry": links.list("forward-plan-entry", row.pk),
        "moot:registeredInterest": links.list("registered-interest", row.pk),
    }


def body(links: Links, row: Body, e: Embeds) -> Object:
    obj = _head(links, "body", row) | {"system": links.system(), "name": row.name}
    if row.short_name:
        obj["shortName"] = row.short_name
    if row.website:
        obj["website"] = row.website
    obj |= _body_lists(links, row) | {"legislativeTerm": []}
    if row.is_sample:
        obj["moot:sample"] = True
    return obj | _tail(links, row, reverse("committees"))


def organization(links: Links, row: Committee, e: Embeds) -> Object:
    seats = e.seats.get(row.pk, [])
    obj = _head(links, "organization", row) | {
        "body": links.object("body", row.body_id),
        "name": row.name,
        "membership": [links.object("membership", m.pk) for m in seats],
    }
    if row.purpose:
        obj["moot:purpose"] = row.purpose
    return obj | _tail(links, row, row.get_absolute_url())


def membership(
    links: Links, row: Membership, e: Embeds | None = None, embedded: bool = False
) -> Object:
    obj = _head(links, "membership", row)
    if not embedded:
        obj["person"] = links.object("person", row.person_id)
    obj |= {
        "organization": links.object("organization", row.committee_id),
        "role": row.get_role_display(),
        "moot:role": row.role,
    }
    if row.start:
        obj["startDate"] = row.start.isoformat()
    if row.end:
        obj["endDate"] = row.end.isoformat()
    return obj | _tail(links, row)


def person(links: Links, row: Person, e: Embeds) -> Object:
    obj = _head(links, "person", row) | {"name": row.name}
    if row.body_id:
        obj["body"] = links.object("body", row.body_id)
    if row.role:
        obj["status"] = [row.role]
    seats = e.seats.get(row.pk, [])
    obj["membership"] = [membership(links, m, embedded=True) for m in seats]
    obj["moot:kind"] = row.kind
    for key, value in (("moot:party", row.party), ("moot:ward", row.ward)):
        if value:
            obj[key] = value
    return obj | _tail(links, row, row.get_absolute_url())


def start(row: Meeting) -> str:
    """The meeting's start; midnight where the time is not known."""
    moment = datetime.combine(row.date, row.start_time or time())
    return timezone.make_aware(moment).isoformat(timespec="seconds")


def meeting(links: Links, row: Meeting, e: Embeds) -> Object:
    obj = _head(links, "meeting", row) | {
        "name": f"{row.committee.name}, {row.date:%-d %B %Y}",
        "meetingState": row.status,
        "cancelled": row.status == Meeting.Status.CANCELLED,
        "start": start(row),
        "organization": [links.object("organization", row.committee_id)],
    }
    if row.venue:
        obj["location"] = location(links, row, embedded=True)
    people = e.participants.get(row.pk, [])
    obj["participant"] = [links.object("person", pk) for pk in people]
    obj |= _meeting_files(links, e.meeting_files.get(row.pk, []))
    obj["agendaItem"] = [agenda_item(links, i, e) for i in e.items.get(row.pk, [])]
    obj["moot:minutesStatus"] = row.minutes_status
    obj |= extension.meeting(links, row, e.declarations.get(row.pk, []))
    return obj | _tail(links, row, row.get_absolute_url())


# A meeting's own papers, by role, under OParl's keys; the rest are auxiliary.
MEETING_FILES = {
    "invitation": "invitation",
    "results": "resultsProtocol",
    "verbatim": "verbatimProtocol",
}


def _meeting_files(links: Links, rows: list[Document]) -> Object:
    """``invitation``, ``resultsProtocol`` and ``verbatimProtocol`` take one
    File each (the first of its role); every other paper is ``auxiliaryFile``."""
    obj: Object = {}
    extra = []
    for row in rows:
        key = MEETING_FILES.get(row.role)
        if key and key not in obj:
            obj[key] = file(links, row)
        else:
            extra.append(file(links, row))
    if extra:
        obj["auxiliaryFile"] = extra
    return obj


def location(
    links: Links, row: Meeting, e: Embeds | None = None, embedded: bool = False
) -> Object:
    obj = _head(links, "location", row) | {"description": row.venue}
    if not embedded:
        obj["meetings"] = [links.object("meeting", row.pk)]
    # Its own time, not the meeting's stamp (which counts the items too).
    return obj | {"created": stamp(row.created), "modified": stamp(row.modified)}


def agenda_item(links: Links, row: AgendaItem, e: Embeds) -> Object:
    obj = _head(links, "agenda-item", row) | {
        "meeting": links.object("meeting", row.meeting_id),
        "number": row.number,
        "order": row.position,
        "name": row.title,
        "public": not row.is_exempt,
    }
    if row.is_exempt:
        obj["moot:exempt"] = extension.exempt(row)
        return obj | _tail(links, row, row.get_absolute_url())
    sections = e.sections[row.pk]
    if sections.reports:
        obj["consultation"] = links.object("consultation", sections.reports[0].pk)
    obj |= extension.resolution_text(sections)
    files = e.item_files.get(row.pk, [])
    if files:
        obj["auxiliaryFile"] = [file(links, f) for f in files]
    obj |= extension.item(links, row, sections)
    return obj | _tail(links, row, row.get_absolute_url())


def paper(links: Links, row: Report, e: Embeds) -> Object:
    item = row.agenda_item
    obj = _head(links, "paper", row) | {
        "body": links.object("body", item.meeting.committee.body_id),
        "name": str(row),
        "date": item.meeting.date.isoformat(),
        "paperType": "Report",
    }
    if row.letter:
        obj["reference"] = row.letter
    files = [file(links, f) for f in e.report_files.get(row.pk, [])]
    if files:
        obj["mainFile"], obj["auxiliaryFile"] = files[0], files[1:]
    obj["consultation"] = [consultation(links, row, embedded=True)]
    obj |= extension.report(row)
    return obj | _tail(links, row, item.get_absolute_url())


def consultation(
    links: Links, row: Report, e: Embeds | None = None, embedded: bool = False
) -> Object:
    meeting = row.agenda_item.meeting
    obj = _head(links, "consultation", row)
    if not embedded:
        obj["paper"] = links.object("paper", row.pk)
    obj |= {
        "agendaItem": links.object("agenda-item", row.agenda_item_id),
        "meeting": links.object("meeting", meeting.pk),
        "organization": [links.object("organization", meeting.committee_id)],
    }
    return obj | _tail(links, row)


def file(links: Links, row: Document, e: Embeds | None = None) -> Object:
    """A document; where no file is stored, ``accessUrl`` is the source's web
    link (only an http(s) one, as the document page shows), else the page."""
    source = web_link(row.url)
    obj = _head(links, "file", row) | {"name": row.title}
    if row.file:
        served = reverse("document-file", args=[row.pk])
        obj["fileName"] = row.file.name.rsplit("/", 1)[-1]
        obj["accessUrl"] = links.absolute(served)
        obj["downloadUrl"] = links.absolute(served + "?download")
    else:
        obj["accessUrl"] = source or links.absolute(row.get_absolute_url())
    if row.kind in MIME:
        obj["mimeType"] = MIME[row.kind]
    if row.size is not None:
        obj["size"] = row.size
    if row.text:
        obj["text"] = row.text
    if row.agenda_item_id:
        obj["agendaItem"] = [links.object("agenda-item", row.agenda_item_id)]
    elif row.meeting_id:
        obj["meeting"] = [links.object("meeting", row.meeting_id)]
        obj["moot:role"] = row.role
    if row.report_id:
        obj["paper"] = [links.object("paper", row.report_id)]
    for key, value in (
        ("moot:sha256", row.sha256),
        ("moot:accessibility", row.accessibility_note),
        ("moot:sourceUrl", source),
    ):
        if value:
            obj[key] = value
    return obj | _tail(links, row, row.get_absolute_url())


def decision(links: Links, row: Any, e: Embeds) -> Object:
    obj = _head(links, "decision", row) | extension.decision(links, row)
    return obj | _tail(links, row, row.get_absolute_url())


def forward_plan_entry(links: Links, row: Any, e: Embeds) -> Object:
    obj = _head(links, "forward-plan-entry", row)
    return obj | extension.forward_plan_entry(links, row) | _tail(links, row)


def registered_interest(links: Links, row: Any, e: Embeds) -> Object:
    obj = _head(links, "registered-interest", row)
    obj |= extension.registered_interest(links, row)
    return obj | _tail(links, row, row.person.get_absolute_url())


SERIALISERS: dict[str, Callable[..., Object]] = {
    "body": body,
    "organization": organization,
    "person": person,
    "membership": membership,
    "meeting": meeting,
    "agenda-item": agenda_item,
    "paper": paper,
    "consultation": consultation,
    "file": file,
    "location": location,
    "decision": decision,
    "forward-plan-entry": forward_plan_entry,
    "registered-interest": registered_interest,
}

RELATED = {
    "meeting": ["committee"],
    "agenda-item": ["issue"],
    "paper": ["agenda_item__meeting__committee"],
    "consultation": ["agenda_item__meeting"],
    "decision": ["agenda_item", "body"],
    "registered-interest": ["person"],
}


def serialise(links: Links, kind: str, rows: list[Any]) -> list[Object]:
    """The OParl objects of ``rows``, each a tombstone if the public may not see
    it; what they embed is fetched once for them all (``embeds``)."""
    e = prepare(kind, [row for row in rows if row.shown])
    return [
        SERIALISERS[kind](links, row, e) if row.shown else tombstone(links, kind, row)
        for row in rows
    ]

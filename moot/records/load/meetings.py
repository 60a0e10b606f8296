"""A meeting with its items, attendance, documents and votes, stored whole.

Identity: a meeting is found by its ``source_id`` where the source has one,
else by committee and date; an item by its ``source_id``, else by number (or
title when it has none) within the meeting. A meeting without a source id is
the minutes of a meeting (``moot load-minutes``, the admin's paste, a folder
of files): it sets only what minutes state (held, minutes published, the venue
if given), never removes an item, and orders its items by their printed
numbers. A meeting from a source's list states everything: its items are
placed in the source's order and the items it no longer lists are
soft-deleted.
"""

import hashlib
import json
import re
from collections import Counter
from dataclasses import asdict
from typing import Any

from django.db import transaction

from moot.importers import records as plain
from moot.minutes import records as parsed

from ..changes import items_changed
from ..links import web_link
from ..models import (
    AgendaItem,
    Attendance,
    Body,
    Committee,
    Meeting,
    Person,
    Resolution,
    Vote,
)
from ..slugs import item_slug
from ..widths import fit_value, noting_cuts
from .content import (
    exempt_values,
    replace_content,
    resolve_declarations,
    write_votes,
)
from .council import committee as store_committee
from .council import store_people
from .documents import (
    exempt_paper_documents,
    store_documents,
    store_meeting_documents,
)
from .rows import LoadError, Provenance, Tally, upsert


def store_meeting(
    body: Body, record: plain.Meeting, provenance: Provenance, tally: Tally
) -> Meeting:
    """Upsert one meeting with its items, documents and votes, all or nothing.

    Raises ``LoadError`` when another source's meeting already holds the
    committee's date. Texts too long for their columns are cut to fit, each
    with a sentence in ``tally.warnings``.
    """
    # Counted apart and added once stored: a meeting rolled back counts nothing.
    done = Tally(keep_rows=tally.keep_rows)
    with transaction.atomic(), noting_cuts() as cuts:
        seen = Tally()  # a meeting names its committee; count only real changes
        committee = store_committee(body, record.committee, provenance, seen)
        for outcome in ("created", "updated"):
            done.add("committees", outcome, seen.get("committees", outcome))
        row = _find(committee, record)
        values = _meeting_values(committee, record, row)
        row = upsert(Meeting, row, values, provenance, done, "meetings")
        store_people(body, record.people, provenance, done, create_only=True)
        _attendance(row, record.attendance, provenance)
        _items(row, record, provenance, done)
        store_meeting_documents(row, record, provenance, done)
        resolve_declarations(row.pk)
    done.warnings += cuts
    if done.keep_rows:
        done.meetings.append(row)
    tally.merge(done)
    return row


def _find(committee: Committee, record: plain.Meeting) -> Meeting | None:
    if record.source_id:
        row = Meeting.objects.filter(source_id=record.source_id).first()
        if row is not None:
            return row
    row = Meeting.objects.filter(committee=committee, date=record.date).first()
    if row is not None and record.source_id and row.source_id:
        raise LoadError(
            f"{committee} already has a meeting on {record.date} from {row.source_id}"
        )
    return row


def _meeting_values(
    committee: Committee, record: plain.Meeting, row: Meeting | None
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "committee_id": committee.pk,
        "date": record.date,
        "date_assumed": record.date_assumed,
        "status": record.status,
        "minutes_status": record.minutes_status,
        "venue": record.venue,
    }
    if row is not None and row.minutes_status == Meeting.MinutesStatus.APPROVED:
        del values["minutes_status"]  # approved by a clerk in Moot: it stays
    if not record.source_id:  # minutes: what they do not state stays as it was
        if not record.venue:
            del values["venue"]
        if web_link(record.webcast_url):
            values["webcast_url"] = web_link(record.webcast_url)
        return values
    return {
        **values,
        "webcast_url": web_link(record.webcast_url),  # a link to follow, or none
        "start_time": record.start_time,
        "source_id": record.source_id,
        "deleted": None,
    }


def _attendance(
    meeting: Meeting, attendees: list[plain.Attendee], provenance: Provenance
) -> None:
    if not attendees:
        return
    people = dict(
        Person.objects.filter(
            source_id__in=[a.person for a in attendees if a.person]
        ).values_list("source_id", "pk")
    )
    wanted = [(a.name, a.kind, people.get(a.person)) for a in attendees]
    have = list(
        meeting.attendance.order_by("position").values_list("name", "kind", "person_id")
    )
    if have == wanted:
        return
    meeting.attendance.all().delete()
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting,
            name=name,
            kind=kind,
            person_id=person,
            position=i,
            **provenance.fields(),
        )
        for i, (name, kind, person) in enumerate(wanted, 1)
    )


def item_digest(record: plain.Item) -> str:
    """Hash of everything an item's record brings, so an unchanged one is skipped."""
    text = json.dumps(asdict(record), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _items(
    meeting: Meeting, record: plain.Meeting, provenance: Provenance, tally: Tally
) -> list[AgendaItem]:
    """Store the meeting's items; return those created or changed."""
    single = len(record.items) == 1
    known = {
        item.source_id: item
        for item in AgendaItem.objects.filter(
            source_id__in=[i.source_id for i in record.items if i.source_id]
        )
    }
    changed = []
    for position, item in enumerate(record.items, 1):
        row = known.get(item.source_id) or _by_number(meeting, item, single, provenance)
        # A source's list gives the order; minutes are ordered by number below.
        place = position if record.source_id else None
        row, outcome = _store_item(meeting, item, place, provenance, row)
        tally.add("items", outcome)
        if tally.keep_rows:
            tally.items.append(row)
        if outcome != "unchanged":
            _item_parts(row, item, provenance, tally)
            changed.append(row)
    if record.source_id:
        ids = [item.source_id for item in record.items]
        gone = meeting.items.alive().exclude(source_id="").exclude(source_id__in=ids)
        tally.add("items", "deleted", gone.soft_delete())
    else:
        _renumber(meeting)
    return changed


def _by_number(
    meeting: Meeting, item: plain.Item, single: bool, provenance: Provenance
) -> AgendaItem | None:
    """The item of the meeting the record is, where it has no source id yet.

    An item a minutes file made earlier is adopted by a source's record with
    the same number. A minutes record finds its item by number, else title;
    the one item of a one-item page is found by the page it came from, so a
    title the parser now reads differently keeps the item and its URL.
    """
    number = fit_value(AgendaItem, "number", item.number)
    if item.source_id:
        if not number:
            return None
        return meeting.items.filter(number=number, source_id="").first()
    key = {"number": number} if number else {"title": _title(item)}
    row = meeting.items.filter(**key).first()
    if row is None and single:
        rows = list(meeting.items.filter(source=provenance.source)[:2])
        row = rows[0] if len(rows) == 1 else None
    return row


def _title(item: plain.Item) -> str:
    """The title the row gets (cut as the row will be, to be found again)."""
    title = item.title or (f"Item {item.number}" if item.number else "Untitled item")
    return fit_value(AgendaItem, "title", title)


def _store_item(
    meeting: Meeting,
    item: plain.Item,
    position: int | None,
    provenance: Provenance,
    row: AgendaItem | None,
) -> tuple[AgendaItem, str]:
    """Write the item's own row; ``position`` None places a new one last."""
    digest = item_digest(item)
    if (
        row is not None
        and row.fingerprint == digest
        and row.meeting_id == meeting.pk
        and row.position == (position or row.position)
        and row.deleted is None
    ):
        return row, "unchanged"
    title = _title(item)
    content = item.content or parsed.Item()
    values: dict[str, Any] = {
        "meeting_id": meeting.pk,
        "number": fit_value(AgendaItem, "number", item.number),
        "title": title,
        "slug": item_slug(title),
        **_exempt(item, row),
        "previous_references": list(content.previous_references),
        "fingerprint": digest,
        "deleted": None,
        **provenance.fields(),
    }
    if item.source_id:
        values["source_id"] = item.source_id
    if item.source_id or item.webcast_start is not None:  # minutes state none
        values["webcast_start"] = item.webcast_start
    if position is not None:
        values["position"] = position
    elif row is None:
        last = meeting.items.order_by("-position").first()
        values["position"] = last.position + 1 if last else 1
    if row is None:
        return AgendaItem.objects.create(**values), "created"
    for name, value in values.items():
        setattr(row, name, value)
    row.save()
    return row, "updated"


def _exempt(record: plain.Item, row: AgendaItem | None) -> dict[str, Any]:
    """Exempt if the source restricts the item or its minutes say so."""
    if record.is_exempt:
        paragraph = record.exempt_paragraph
        source = parsed.Exempt(
            paragraph, record.exempt_reason, [paragraph] if paragraph else []
        )
        return exempt_values(parsed.Item(exempt=source), row)
    return exempt_values(record.content or parsed.Item(), row)


def _item_parts(
    row: AgendaItem, record: plain.Item, provenance: Provenance, tally: Tally
) -> None:
    """Content, votes and documents of an item created or changed."""
    # An item the source restricts keeps nothing but its title and paragraph;
    # one the minutes' wording makes exempt keeps its content, withheld, so a
    # clerk can release it.
    content = parsed.Item() if record.is_exempt else record.content or parsed.Item()
    replace_content(row, content, provenance)
    _votes(row, record, provenance)
    store_documents(row, record, provenance, tally)
    if row.is_exempt:
        exempt_paper_documents(row)
    # Content rows were written in bulk, without signals: mark the item changed.
    items_changed(row.pk)


def _votes(row: AgendaItem, record: plain.Item, provenance: Provenance) -> None:
    """Per-member votes, on the item's first resolution (made if it has none)."""
    if not record.votes:
        return
    p = provenance.fields()
    resolution = row.resolutions.order_by("position").first()
    if resolution is None:
        resolution = Resolution.objects.create(
            agenda_item=row, position=1, text=record.title or "Recorded vote", **p
        )
    people = dict(
        Person.objects.filter(
            source_id__in=[v.person for v in record.votes if v.person]
        ).values_list("source_id", "pk")
    )
    write_votes(
        resolution, [(v.name, v.choice, people.get(v.person)) for v in record.votes], p
    )
    if resolution.votes_for is None:
        counts = Counter(str(v.choice) for v in record.votes)
        resolution.votes_for = counts[Vote.Choice.FOR]
        resolution.votes_against = counts[Vote.Choice.AGAINST]
        resolution.abstentions = counts[Vote.Choice.ABSTAIN]
        resolution.save(update_fields=["votes_for", "votes_against", "abstentions"])


def _natural(number: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", number)) or (10**9,)


def _renumber(meeting: Meeting) -> None:
    """Order the meeting's items by their printed numbers, where they have them."""
    items = list(meeting.items.all())
    ordered = sorted(items, key=lambda i: (_natural(i.number), i.position))
    changed = []
    for position, item in enumerate(ordered, 1):
        if item.position != position:
            item.position = position
            changed.append(item)
    AgendaItem.objects.bulk_update(changed, ["position"])

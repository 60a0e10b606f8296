"""Store parsed minutes: ``store`` and what it needs.

``store`` takes the ``Minutes`` that ``moot.minutes.parse`` returns and saves it
idempotently. A meeting is found by committee and date; an item by meeting and
number (or title when there is none). An item whose parsed record has not
changed since the last load is left alone, so loading the same file twice
changes nothing; an item that has changed has its content rows replaced in one
transaction, its commitments matched and updated in place so their history
(events, updates, fulfilments) survives.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from moot.minutes import records as parsed
from moot.tracker.models import Commitment, InformationRequest

from ..changes import items_changed
from ..models import (
    Action,
    AgendaItem,
    Body,
    Committee,
    ExemptDecision,
    ItemReference,
    Meeting,
    MinutesBlock,
    Question,
    QuestionResponse,
    Recommendation,
    Report,
    Representation,
    Resolution,
)
from ..slugs import item_slug, unique_slug
from ..widths import fit_value, noting_cuts


@dataclass(frozen=True)
class Provenance:
    """Where records came from: a file path or URL, the importer, when it was read."""

    source: str
    importer: str
    imported: datetime = field(default_factory=timezone.now)

    def fields(self) -> dict:
        return {
            "source": self.source,
            "importer": self.importer,
            "imported": self.imported,
        }


@dataclass
class Stored:
    """What ``store`` did, for the command's summary."""

    meeting: Meeting
    created: list[AgendaItem] = field(default_factory=list)
    updated: list[AgendaItem] = field(default_factory=list)
    unchanged: list[AgendaItem] = field(default_factory=list)
    # Texts too long for their columns, cut to fit (``moot.records.widths``).
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.meeting}: {len(self.created)} items created, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged."
        )


class LoadError(ValueError):
    """The records cannot be stored as asked (a sentence says why)."""


def store(
    minutes: parsed.Minutes,
    provenance: Provenance,
    *,
    body: str,
    committee: str,
    meeting_date: date | None = None,
) -> Stored:
    """Save ``minutes`` for ``committee`` of ``body``; see the module docstring.

    The meeting date is the one the text gives; ``meeting_date`` is used only
    when it gives none, and the meeting is then flagged ``date_assumed``.
    A body or committee name longer than its column is refused (``LoadError``):
    cut, it would name a different one. Other texts too long for their columns
    are cut to fit, each with a sentence in ``Stored.warnings``.
    """
    day = minutes.meeting.date or meeting_date
    if day is None:
        raise LoadError("The minutes give no meeting date; pass one.")
    _check_name("body", body, Body)
    _check_name("committee", committee, Committee)
    with transaction.atomic(), noting_cuts() as cuts:
        meeting = _meeting(minutes.meeting, provenance, body, committee, day)
        result = Stored(meeting)
        for parsed_item in minutes.items:
            single = len(minutes.items) == 1
            _store_item(meeting, parsed_item, provenance, result, single)
        _renumber(meeting)
        # Each stored item was announced (``items_changed``): the tracker
        # hears of them all at once, after the commit (``changes_committed``).
    result.warnings = cuts
    return result


def _check_name(what: str, name: str, model: type[Body] | type[Committee]) -> None:
    width = model._meta.get_field("name").max_length or 0
    if len(name) > width:
        raise LoadError(
            f"The {what} name is {len(name):,} characters; at most {width} fit."
        )


def _meeting(
    facts: parsed.MeetingFacts, provenance: Provenance, body: str, name: str, day: date
) -> Meeting:
    body_row = Body.objects.filter(name=body).first()
    if body_row is None:
        body_row = Body.objects.create(
            name=body, slug=unique_slug(Body, body), **provenance.fields()
        )
    committee_row = Committee.objects.filter(body=body_row, name=name).first()
    if committee_row is None:
        taken = Committee.objects.filter(slug=unique_slug(Committee, name)).exists()
        committee_row = Committee.objects.create(
            body=body_row,
            name=name,
            slug=unique_slug(Committee, f"{body_row.slug} {name}" if taken else name),
            **provenance.fields(),
        )
    meeting = Meeting.objects.filter(committee=committee_row, date=day).first()
    wanted = {
        "date_assumed": facts.date is None,
        "status": Meeting.Status.HELD,
        "minutes_status": Meeting.MinutesStatus.PUBLISHED,
    }
    if facts.venue:
        wanted["venue"] = facts.venue
    if meeting is None:
        return Meeting.objects.create(
            committee=committee_row, date=day, **wanted, **provenance.fields()
        )
    changed = [k for k, v in wanted.items() if getattr(meeting, k) != v]
    if meeting.minutes_status == Meeting.MinutesStatus.APPROVED:
        changed = [k for k in changed if k != "minutes_status"]
    for key in changed:
        setattr(meeting, key, wanted[key])
    if changed:
        meeting.save(update_fields=[*changed, "modified"])
    return meeting


def fingerprint(item: parsed.Item) -> str:
    text = json.dumps(item.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _store_item(
    meeting: Meeting,
    item: parsed.Item,
    provenance: Provenance,
    result: Stored,
    single: bool,
) -> None:
    title = item.title or (f"Item {item.number}" if item.number else "Untitled item")
    # Cut as the row will be, so the next load finds the row by the same key.
    title = fit_value(AgendaItem, "title", title)
    number = fit_value(AgendaItem, "number", item.number or "")
    key = {"number": number} if number else {"title": title}
    row = meeting.items.filter(**key).first()
    if row is None and single:
        row = _same_source(meeting, provenance)
    digest = fingerprint(item)
    if row is not None and row.fingerprint == digest:
        result.unchanged.append(row)
        return
    values = {
        "number": number,
        "title": title,
        "slug": item_slug(title),
        **exempt_values(item, row),
        "previous_references": list(item.previous_references),
        "fingerprint": digest,
        "deleted": None,
        **provenance.fields(),
    }
    if row is None:
        last = meeting.items.order_by("-position").first()
        row = AgendaItem.objects.create(
            meeting=meeting, position=last.position + 1 if last else 1, **values
        )
        result.created.append(row)
    else:
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
        result.updated.append(row)
    replace_content(row, item, provenance)
    # Content rows were written in bulk, without signals: mark the item changed.
    items_changed(row.pk)


def exempt_values(item: parsed.Item, row: AgendaItem | None) -> dict:
    """The item's exemption as the source states it, unless a clerk decided.

    Where the parser was unsure, the item is withheld and put on the clerk's
    list to review; the source's own words are kept for the clerk only.
    """
    exempt = item.exempt
    values = {
        "is_exempt": exempt is not None,
        "exempt_paragraph": exempt.paragraph if exempt else None,
        "exempt_paragraphs": list(exempt.paragraphs) if exempt else [],
        "exempt_reason": exempt.reason[:500] if exempt else "",
        "exempt_review": exempt is not None and not exempt.certain,
        "withheld_documents": [
            {"name": d.name, "paragraphs": list(d.paragraphs)}
            for d in item.withheld_documents
        ],
    }
    if row is not None and row.exempt_decision:
        values["is_exempt"] = row.exempt_decision == ExemptDecision.WITHHELD
        values["exempt_review"] = False
    return values


def _same_source(meeting: Meeting, provenance: Provenance) -> AgendaItem | None:
    """The item an earlier load of the same one-item file stored, if only one.

    An item page holds one item; if the parser now reads its title differently,
    the item is the same and keeps its URL.
    """
    rows = list(meeting.items.filter(source=provenance.source)[:2])
    return rows[0] if len(rows) == 1 else None


CONTENT_MODELS = (
    ItemReference,
    Report,
    Recommendation,
    MinutesBlock,
    Question,
    Representation,
    InformationRequest,
    Action,
)


def replace_content(row: AgendaItem, item: parsed.Item, provenance: Provenance) -> None:
    """Delete the item's content rows and write them anew from ``item``."""
    # Commitments carry history (events, updates, fulfilments, reminders):
    # they are matched and updated in place, never deleted and re-made.
    kept = {
        (c.kind, c.text, c.due_phrase): c
        for c in Commitment.objects.filter(agenda_item=row, deleted__isnull=True)
    }
    Resolution.objects.filter(agenda_item=row).delete()
    for model in CONTENT_MODELS:
        model.objects.filter(agenda_item=row).delete()
    p = provenance.fields()
    _report(row, item, p)
    Recommendation.objects.bulk_create(
        Recommendation(
            agenda_item=row, position=i, number=r.number or "", text=r.text, **p
        )
        for i, r in enumerate(item.recommendations, 1)
    )
    MinutesBlock.objects.bulk_create(
        MinutesBlock(
            agenda_item=row,
            position=i,
            kind=b.kind,
            text=b.text or "",
            items=list(b.items or []),
            **p,
        )
        for i, b in enumerate(item.minutes, 1)
    )
    _questions(row, item, p)
    ItemReference.objects.bulk_create(
        ItemReference(
            agenda_item=row,
            position=i,
            text=r.text[:500],
            minute=(r.minute or "")[:20],
            municipal_year=(r.municipal_year or "")[:10],
            committee_name=(r.committee or "")[:200],
            date=r.date,
            month=r.month,
            year=r.year,
            previous_meeting=r.previous_meeting,
            **p,
        )
        for i, r in enumerate(item.references, 1)
    )
    Representation.objects.bulk_create(
        Representation(agenda_item=row, position=i, by=r.by or "", points=r.points, **p)
        for i, r in enumerate(item.representations, 1)
    )
    InformationRequest.objects.bulk_create(
        InformationRequest(
            agenda_item=row,
            position=i,
            text=r.text,
            outcome=r.outcome,
            reason=r.reason or "",
            **p,
        )
        for i, r in enumerate(item.information_requests, 1)
    )
    resolutions = _resolutions(row, item, p)
    Action.objects.bulk_create(
        Action(agenda_item=row, position=i, owner=a.owner, **p)
        for i, a in enumerate(item.actions, 1)
    )
    _commitments(row, item, resolutions, kept, p)


def _report(row: AgendaItem, item: parsed.Item, p: dict) -> None:
    report, contact = item.report, item.contact
    if not any([report.summary, report.document, report.author, contact.name]):
        return
    Report.objects.create(
        agenda_item=row,
        position=1,
        letter=report.document or "",
        title=f"Document {report.document}" if report.document else "",
        summary=report.summary or "",
        author=report.author or "",
        contact_name=contact.name or "",
        contact_phone=contact.phone or "",
        **p,
    )


def _questions(row: AgendaItem, item: parsed.Item, p: dict) -> None:
    for i, exchange in enumerate(item.exchanges, 1):
        question = Question.objects.create(
            agenda_item=row,
            position=i,
            asked_by=exchange.asked_by or "",
            points=exchange.points,
            **p,
        )
        QuestionResponse.objects.bulk_create(
            QuestionResponse(
                question=question, position=j, by=r.by or "", text=r.text, **p
            )
            for j, r in enumerate(exchange.responses, 1)
        )


TALLY = re.compile(r"(\d+)\s*(?:-|–|to)\s*(\d+)(?:\D+(\d+))?")


def _resolutions(row: AgendaItem, item: parsed.Item, p: dict) -> dict[str, Resolution]:
    by_number = {}
    for i, r in enumerate(item.resolutions, 1):
        tally = TALLY.search(r.vote or "")
        resolution = Resolution.objects.create(
            agenda_item=row,
            position=i,
            number=r.number or "",
            text=r.text,
            vote=r.vote or "",
            votes_for=int(tally[1]) if tally else None,
            votes_against=int(tally[2]) if tally else None,
            abstentions=int(tally[3]) if tally and tally[3] else None,
            **p,
        )
        by_number[r.number or str(i)] = resolution
    return by_number


def _commitments(
    row: AgendaItem,
    item: parsed.Item,
    resolutions: dict[str, Resolution],
    kept: dict[tuple[str, str, str], Commitment],
    p: dict,
) -> None:
    """Update the commitments the source still states, add new ones, and
    soft-delete those it no longer states, so no history is ever lost.

    A matched commitment keeps its status, fulfilment and due date (which
    the tracker may have set from the calendar for "the next meeting")."""
    rows = []
    for i, c in enumerate(item.commitments, 1):
        fields = {
            "position": i,
            "resolution": resolutions.get(c.resolution) if c.resolution else None,
            "owner": c.owner or "",
            "recipient": c.recipient or "",
            **p,
        }
        old = kept.pop((c.kind, c.text, c.due_phrase or ""), None)
        if old is not None:
            for name, value in fields.items():
                setattr(old, name, value)
            old.save()
            continue
        status = {
            Commitment.Kind.UNDERTAKING: Commitment.Status.PROPOSED,
            # What a report recommends is a promise only once it is decided.
            Commitment.Kind.RECOMMENDATION: Commitment.Status.RECOMMENDED,
        }.get(c.kind, Commitment.Status.OPEN)
        rows.append(
            Commitment(
                agenda_item=row,
                kind=c.kind,
                text=c.text,
                due_phrase=c.due_phrase or "",
                due_date=c.due_date,
                status=status,
                **fields,
            )
        )
    Commitment.objects.bulk_create(rows)
    for gone in kept.values():
        gone.soft_delete()


def _natural(number: str) -> tuple:
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

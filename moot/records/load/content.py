"""An item's content rows, written anew from the parsed ``Item``.

An item's content (its report, recommendations, minutes, questions,
representations, references, resolutions with their recorded votes by name,
declarations of interest and actions) comes from one record,
so a changed record has its content rows replaced in one go. The reports a
source's papers made (``store_report``) come from another list and are left
alone. What the tracker keeps of the item (commitments, information requests)
it writes itself, told by ``hooks.content_written``.
"""

import re

from moot.minutes import records as parsed

from ..changes import items_changed
from ..models import (
    Action,
    AgendaItem,
    Declaration,
    ExemptDecision,
    ItemReference,
    MinutesBlock,
    Question,
    QuestionResponse,
    Recommendation,
    Report,
    Representation,
    Resolution,
    Vote,
)
from .hooks import content_written
from .names import people_named
from .rows import Provenance


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


CONTENT_MODELS = (
    ItemReference,
    Recommendation,
    MinutesBlock,
    Question,
    Representation,
    Action,
)


def replace_content(row: AgendaItem, item: parsed.Item, provenance: Provenance) -> None:
    """Delete the item's content rows and write them anew from ``item``."""
    Resolution.objects.filter(agenda_item=row).delete()
    Declaration.objects.filter(agenda_item=row).delete()
    # The item's own report only: a paper's reports keep their rows and ``created``.
    Report.objects.filter(agenda_item=row, source_id="").delete()
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
    people = people_named(
        row.meeting.committee.body_id,
        [v.name for r in item.resolutions for v in r.named_votes]
        + [d.member for d in item.declarations],
    )
    resolutions = _resolutions(row, item, p, people)
    _declarations(row, item, p, people)
    Action.objects.bulk_create(
        Action(agenda_item=row, position=i, owner=a.owner, **p)
        for i, a in enumerate(item.actions, 1)
    )
    content_written.send(
        sender=AgendaItem,
        item=row,
        content=item,
        resolutions=resolutions,
        provenance=p,
    )


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


def _resolutions(
    row: AgendaItem, item: parsed.Item, p: dict, people: dict[str, int]
) -> dict[str, Resolution]:
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
        write_votes(
            resolution,
            [(v.name, v.choice, people.get(v.name)) for v in r.named_votes],
            p,
        )
    return by_number


def write_votes(
    resolution: Resolution, votes: list[tuple[str, str, int | None]], p: dict
) -> None:
    """Each member's vote on ``resolution``: (name as printed, choice, person)."""
    Vote.objects.bulk_create(
        Vote(resolution=resolution, name=name, choice=choice, person_id=person, **p)
        for name, choice, person in votes
    )


def _declarations(
    row: AgendaItem, item: parsed.Item, p: dict, people: dict[str, int]
) -> None:
    """The declarations the item records; the items they concern are found once
    the whole meeting is stored (``resolve_declarations``)."""
    Declaration.objects.bulk_create(
        Declaration(
            meeting_id=row.meeting_id,
            agenda_item=row,
            position=i,
            person_id=people.get(d.member),
            member=d.member,
            interest=d.interest,
            kind=d.kind or "",
            about_number=(d.about_item or "").strip().rstrip("."),
            **p,
        )
        for i, d in enumerate(item.declarations, 1)
    )


def resolve_declarations(meeting_id: int) -> None:
    """Point each declaration of the meeting at the item whose number it names.

    Run after all the meeting's items are stored: a declarations item comes
    before the items it concerns. The items a declaration newly points at (or
    no longer does) are announced, since their pages show it.
    """
    rows = Declaration.objects.filter(meeting_id=meeting_id).exclude(about_number="")
    if not rows.exists():
        return
    items = dict(
        AgendaItem.objects.alive()
        .filter(meeting_id=meeting_id)
        .exclude(number="")
        .values_list("number", "pk")
    )
    touched: set[int | None] = set()
    for declaration in rows:
        wanted = items.get(declaration.about_number)
        if declaration.about_item_id != wanted:
            touched |= {declaration.about_item_id, wanted}
            declaration.about_item_id = wanted
            declaration.save(update_fields=["about_item", "modified"])
    items_changed(*touched)

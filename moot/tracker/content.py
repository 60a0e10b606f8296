"""The tracker's rows of an item, written when the loader writes its content.

The loader (``moot.records.load``) writes an item's own content and sends
``content_written``; the tracker owns commitments and information requests
and writes them here, in the loader's transaction. Commitments carry history
(events, updates, fulfilments, reminders): they are matched and updated in
place, never deleted and re-made. What follows from the
items once stored (proposals, references) runs after the commit
(``loading.changes_committed``).
"""

from typing import Any

from moot.minutes import records as parsed
from moot.records.models import AgendaItem, Resolution

from .models import Commitment, InformationRequest


def content_written(
    sender: Any,
    *,
    item: AgendaItem,
    content: parsed.Item,
    resolutions: dict[str, Resolution],
    provenance: dict[str, Any],
    **kwargs: Any,
) -> None:
    """Write the item's information requests anew and match its commitments."""
    InformationRequest.objects.filter(agenda_item=item).delete()
    InformationRequest.objects.bulk_create(
        InformationRequest(
            agenda_item=item,
            position=i,
            text=r.text,
            outcome=r.outcome,
            reason=r.reason or "",
            **provenance,
        )
        for i, r in enumerate(content.information_requests, 1)
    )
    _commitments(item, content, resolutions, provenance)


def _commitments(
    row: AgendaItem,
    item: parsed.Item,
    resolutions: dict[str, Resolution],
    p: dict[str, Any],
) -> None:
    """Update the commitments the source still states, add new ones, and
    soft-delete those it no longer states, so no history is ever lost.

    A matched commitment keeps its status, fulfilment and due date (which
    the tracker may have set from the calendar for "the next meeting")."""
    kept = {
        (c.kind, c.text, c.due_phrase): c
        for c in Commitment.objects.filter(agenda_item=row, deleted__isnull=True)
    }
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
        status: str = {
            Commitment.Kind.UNDERTAKING: Commitment.Status.PROPOSED,
            # What a report recommends is a promise only once it is decided.
            Commitment.Kind.RECOMMENDATION: Commitment.Status.RECOMMENDED,
        }.get(Commitment.Kind(c.kind), Commitment.Status.OPEN)
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

"""What item and committee pages show of the tracker, through public querysets."""

from typing import Any

from django import template

from moot.records.models import AgendaItem, Committee
from moot.records.models.exempt import open_q

from ..models import ActionPlan, Commitment, Fulfilment

register = template.Library()


@register.inclusion_tag("tracker/_item_links.html")
def item_links(
    item: AgendaItem, whole: list[Commitment] | None = None
) -> dict[str, Any]:
    """The commitments ``item`` met, in whole or in part, and its issue.

    ``whole``: the commitments whose "fulfilled by" is this item, when the page
    has them already (``ItemSections.fulfils``), saving a query.
    """
    related = "agenda_item__meeting__committee"
    if whole is None:
        # A clerk may also set "fulfilled by" straight on a commitment in the admin.
        whole = list(
            Commitment.objects.public()
            .filter(open_q("fulfilled_by"), fulfilled_by=item)
            .select_related(related)
        )
    met = {c.pk for c in whole}
    parts = [
        link.commitment
        for link in Fulfilment.objects.public()
        .filter(item=item)
        .select_related(f"commitment__{related}")
        if link.commitment_id not in met
    ]
    rows = sorted(whole + parts, key=lambda c: (c.agenda_item.meeting.date, c.pk))
    return {"commitments": rows, "item": item}


@register.inclusion_tag("tracker/_committee_tracker.html")
def committee_tracker(committee: Committee) -> dict[str, Any]:
    """The committee's action plans and a way to its commitments."""
    plans = ActionPlan.objects.public().filter(committee=committee)
    return {
        "committee": committee,
        "plans": [
            (plan, plan.actions.alive().prefetch_related("updates")) for plan in plans
        ],
    }

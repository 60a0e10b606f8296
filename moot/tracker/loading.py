"""What the tracker does once changed items are committed.

The tracker listens to the change point's ``changes_committed`` signal
(``moot/records/changes.py``), sent once per transaction after its commit
with every item it changed; the loader knows nothing of the tracker. For the
changed items, in batches: "next meeting" commitments get their date from
the calendar, owners named like a person or organisation of the record are
linked to it, the earlier items each says it follows are found and joined to
it in one Issue (and later items waiting for it), and proposals are made both
ways (``candidates.propose_for``). Reading the committed state, in batches,
makes the result the same whatever order and grouping the items came in.
"""

from collections.abc import Iterable
from contextvars import ContextVar

from django.db import transaction
from django.db.models import Q

from moot.records.changes import Scope
from moot.records.models import AgendaItem, Organisation, Person

from .candidates import BATCH, propose_for
from .due import flag_next_meeting, is_next_meeting
from .models import Commitment
from .references import resolve_items

# Set while the tracker writes: what it changes itself needs no tracking.
_tracking: ContextVar[bool] = ContextVar("tracking", default=False)


def changes_committed(sender, changes: dict, **kwargs) -> None:
    """Receiver of ``changes_committed``: track the changed items."""
    ids = changes.get(Scope.ITEM)
    if ids and not _tracking.get():
        track(ids)


def track(ids: Iterable[int]) -> int:
    """Do the tracker's work for the items ``ids``; return the proposals made.

    References are resolved for every item before any proposal is made, so a
    proposal always sees which items follow which."""
    token = _tracking.set(True)
    try:
        pks = set(ids)
        for batch in _batches(pks):
            with transaction.atomic():
                pks |= _prepare(batch)
        made = 0
        for batch in _batches(pks):
            with transaction.atomic():
                made += len(propose_for(batch))
        return made
    finally:
        _tracking.reset(token)


def _batches(pks: set[int]) -> list[list[int]]:
    ordered = sorted(pks)
    return [ordered[at : at + BATCH] for at in range(0, len(ordered), BATCH)]


def _prepare(pks: list[int]) -> set[int]:
    """Due dates, owners and references of the items ``pks``; return the
    later items whose references now point at one of them."""
    items = {
        item.pk: item
        for item in AgendaItem.objects.public()
        .filter(pk__in=pks)
        .select_related("meeting__committee")
    }
    promised = Commitment.objects.filter(agenda_item_id__in=items)
    undated = promised.filter(due_date__isnull=True, due_at_next_meeting=False)
    for pk in sorted(
        {
            pk
            for pk, phrase in undated.values_list("agenda_item_id", "due_phrase")
            if is_next_meeting(phrase)
        }
    ):
        flag_next_meeting(items[pk])
    unowned = promised.filter(
        owner_person__isnull=True, owner_organisation__isnull=True
    ).exclude(owner="")
    for pk in sorted(set(unowned.values_list("agenda_item_id", flat=True))):
        link_owners(items[pk])
    return resolve_items(sorted(items.values(), key=lambda i: (i.meeting.date, i.pk)))


def link_owners(item: AgendaItem) -> None:
    """Point owner text at the Person or Organisation it names, if one does."""
    body_id = item.meeting.committee.body_id
    for c in Commitment.objects.filter(agenda_item=item, owner_person__isnull=True):
        if not c.owner or c.owner_organisation_id:
            continue
        person = (
            Person.objects.alive()
            .filter(Q(name__iexact=c.owner) | Q(role__iexact=c.owner), body_id=body_id)
            .first()
        )
        organisation = (
            None
            if person
            else Organisation.objects.alive().filter(name__iexact=c.owner).first()
        )
        if person or organisation:
            c.owner_person, c.owner_organisation = person, organisation
            c.save(update_fields=["owner_person", "owner_organisation", "modified"])

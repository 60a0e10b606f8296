"""What the tracker does when the loader has stored an item.

``moot.records.load`` calls ``item_stored`` once per created or changed item:
"next meeting" commitments get their date from the calendar, owners named like
a person or organisation of the record are linked to it, the earlier items
it says it follows are found and joined to it in one Issue (and later items
waiting for it), and the item is offered to a clerk as the possible
fulfilment of earlier commitments.
"""

from django.db.models import Q

from moot.records.models import AgendaItem, Organisation, Person

from .due import flag_next_meeting
from .models import Commitment
from .proposals import propose
from .references import resolve_item


def item_stored(item: AgendaItem) -> None:
    flag_next_meeting(item)
    link_owners(item)
    resolve_item(item)
    propose(item)


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

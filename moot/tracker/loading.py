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

from collections import defaultdict
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Lower

from moot.records.changes import Scope, items_changed
from moot.records.models import AgendaItem, Organisation, Person

from .candidates import BATCH, propose_for
from .due import flag_next_meeting, is_next_meeting
from .models import Commitment
from .references import resolve_own, resolve_waiting

# Set while the tracker writes: what it changes itself needs no tracking.
_tracking: ContextVar[bool] = ContextVar("tracking", default=False)


def changes_committed(
    sender: object, changes: dict[str, Any], **kwargs: object
) -> None:
    """Receiver of ``changes_committed``: track the changed items."""
    ids = changes.get(Scope.ITEM)
    if ids and not _tracking.get():
        track(ids)


def track(ids: Iterable[int]) -> int:
    """Do the tracker's work for the items ``ids``; return the proposals made.

    References are resolved for every item before any proposal is made, so a
    proposal always sees which items follow which; proposals are then made
    for all the items at once, reading each item once."""
    token = _tracking.set(True)
    try:
        pks = set(ids)
        for batch in _batches(pks):
            with transaction.atomic():
                _prepare(batch)
        with transaction.atomic():
            pks |= resolve_waiting(_places(pks), skip=pks)
            return len(propose_for(pks))
    finally:
        _tracking.reset(token)


def _batches(pks: set[int]) -> list[list[int]]:
    ordered = sorted(pks)
    return [ordered[at : at + BATCH] for at in range(0, len(ordered), BATCH)]


def _places(pks: set[int]) -> dict[int, set[date]]:
    """The days the items ``pks`` were held on, by body."""
    found: dict[int, set[date]] = defaultdict(set)
    for batch in _batches(pks):
        rows = AgendaItem.objects.public().filter(pk__in=batch)
        for body, day in rows.values_list(
            "meeting__committee__body_id", "meeting__date"
        ):
            found[body].add(day)
    return found


def _prepare(pks: list[int]) -> None:
    """Due dates, owners and the references of the items ``pks``."""
    undated = Commitment.objects.filter(
        agenda_item_id__in=pks, due_date__isnull=True, due_at_next_meeting=False
    )
    phrases = undated.values_list("agenda_item_id", "due_phrase")
    wanted = {pk for pk, phrase in phrases if is_next_meeting(phrase)}
    items = AgendaItem.objects.public().filter(pk__in=wanted)
    for item in items.select_related("meeting").order_by("pk"):  # few
        flag_next_meeting(item)
    link_owners(pks)
    resolve_own(pks)


def link_owners(pks: list[int]) -> None:
    """Point the owner text of the items' commitments at the Person (by name
    or role, of the same body) or Organisation it names, if one does."""
    rows = list(
        Commitment.objects.filter(
            agenda_item_id__in=pks,
            owner_person__isnull=True,
            owner_organisation__isnull=True,
        )
        .exclude(owner="")
        .annotate(body=F("agenda_item__meeting__committee__body_id"))
        .only("pk", "owner", "agenda_item_id")
    )
    if not rows:
        return
    names = {c.owner.lower() for c in rows}
    people: dict[tuple[int, str], Person] = {}
    found = (
        Person.objects.alive()
        .annotate(lname=Lower("name"), lrole=Lower("role"))
        .filter(Q(lname__in=names) | Q(lrole__in=names))
        .filter(body_id__in={c.body for c in rows})
        .order_by("-name", "-pk")  # the first by name wins: written last
    )
    for person in found:
        for key in (person.lname, person.lrole):
            if key in names:
                people[(person.body_id, key)] = person
    organisations = {
        o.lname: o
        for o in Organisation.objects.alive()
        .annotate(lname=Lower("name"))
        .filter(lname__in=names)
        .order_by("-name", "-pk")
    }
    changed = []
    for c in rows:
        person = people.get((c.body, c.owner.lower()))
        organisation = None if person else organisations.get(c.owner.lower())
        if person or organisation:
            c.owner_person, c.owner_organisation = person, organisation
            changed.append(c)
    Commitment.objects.bulk_update(changed, ["owner_person", "owner_organisation"])
    items_changed(*{c.agenda_item_id for c in changed})

"""Which rows make each OParl type, what the public may see of them, and when
each last changed.

A row the public may not see in full (soft-deleted, under a deleted parent,
or withheld by the exempt rule) is served as a tombstone: ``id``, ``type``,
``created``, ``modified`` and ``deleted: true``, which is how OParl tells a
sync client to drop it. Who may see what is decided by the records' own
``public()`` querysets, never here.

The ``modified`` served (``stamp``) is the newest ``modified`` of everything
the object embeds: a meeting changes when one of its items does, a paper or
file when its item does (an exempt change, for one), a person when a
membership does.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import (
    DateTimeField,
    Exists,
    F,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce, Greatest

from moot.decisions.models import Decision, ForwardPlanEntry, RegisteredInterest
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

SCHEMA = "https://schema.oparl.org/1.1/"
# Moot's own object types (docs/api.md): OParl has no decisions register,
# forward plan or register of interests; vendor types carry the prefix.
EXTENSION = "moot:"


def _newest(model: type[Model], link: str) -> Combinable:
    """The newest ``modified`` among ``model`` rows whose ``link`` is this row."""
    rows = model._default_manager.filter(**{link: OuterRef("pk")}).order_by("-modified")
    return Subquery(rows.values("modified")[:1], output_field=DateTimeField())


def _with(*parts: Combinable) -> Combinable:
    return Greatest(
        F("modified"),
        *(Coalesce(p, F("modified")) for p in parts),
        output_field=DateTimeField(),
    )


@dataclass(frozen=True)
class Kind:
    """One OParl type: its name, rows, stamp, public rows and body scope."""

    name: str
    path: str
    model: type[Model]
    stamp: Callable[[], Combinable]
    public: Callable[[], QuerySet[Any]]
    in_body: Callable[[int], Q] | None = None
    schema: str = SCHEMA

    @property
    def type(self) -> str:
        return self.schema + self.name

    def all(self) -> QuerySet[Any]:
        """Every row, tombstones included, with ``stamp`` and ``shown``."""
        rows: QuerySet[Any] = self.model._default_manager.all()
        stamped: QuerySet[Any] = rows.annotate(
            stamp=self.stamp(),
            shown=Exists(self.public().filter(pk=OuterRef("pk"))),
        )
        return stamped

    def of_body(self, body_id: int) -> QuerySet[Any]:
        rows = self.all()
        return rows.filter(self.in_body(body_id)) if self.in_body else rows


def _person_in_body(body_id: int) -> Q:
    seat = Membership.objects.filter(person=OuterRef("pk"), committee__body=body_id)
    return Q(body=body_id) | Q(Exists(seat))


def _membership_public() -> QuerySet[Any]:
    return Membership.objects.alive().filter(
        person__deleted__isnull=True, committee__in=Committee.objects.public()
    )


def _item_stamp() -> Combinable:
    return _with(F("agenda_item__modified"))


KINDS = {
    kind.path: kind
    for kind in [
        Kind("Body", "body", Body, lambda: F("modified"), Body.objects.alive),
        Kind(
            "Organization",
            "organization",
            Committee,
            lambda: F("modified"),
            Committee.objects.public,
            lambda b: Q(body=b),
        ),
        Kind(
            "Person",
            "person",
            Person,
            lambda: _with(_newest(Membership, "person")),
            Person.objects.public,
            _person_in_body,
        ),
        Kind(
            "Membership",
            "membership",
            Membership,
            lambda: F("modified"),
            _membership_public,
            lambda b: Q(committee__body=b),
        ),
        Kind(
            "Meeting",
            "meeting",
            Meeting,
            lambda: _with(_newest(AgendaItem, "meeting")),
            Meeting.objects.public,
            lambda b: Q(committee__body=b),
        ),
        Kind(
            "AgendaItem",
            "agenda-item",
            AgendaItem,
            lambda: F("modified"),
            AgendaItem.objects.public,
            lambda b: Q(meeting__committee__body=b),
        ),
        Kind(
            "Paper",
            "paper",
            Report,
            _item_stamp,
            Report.objects.public,
            lambda b: Q(agenda_item__meeting__committee__body=b),
        ),
        Kind(
            "Consultation",
            "consultation",
            Report,
            _item_stamp,
            Report.objects.public,
            lambda b: Q(agenda_item__meeting__committee__body=b),
        ),
        Kind(
            "File",
            "file",
            Document,
            _item_stamp,
            Document.objects.public,
            # An item's file, or a meeting's own paper.
            lambda b: (
                Q(agenda_item__meeting__committee__body=b)
                | Q(meeting__committee__body=b)
            ),
        ),
        Kind(
            "Location",
            "location",
            Meeting,
            lambda: F("modified"),
            # A meeting whose venue is gone leaves its Location's tombstone.
            lambda: Meeting.objects.public().exclude(venue=""),
            lambda b: Q(committee__body=b),
        ),
        Kind(
            "Decision",
            "decision",
            Decision,
            lambda: F("modified"),
            Decision.objects.public,
            lambda b: Q(body=b),
            EXTENSION,
        ),
        Kind(
            "ForwardPlanEntry",
            "forward-plan-entry",
            ForwardPlanEntry,
            lambda: F("modified"),
            ForwardPlanEntry.objects.public,
            lambda b: Q(body=b),
            EXTENSION,
        ),
        Kind(
            "RegisteredInterest",
            "registered-interest",
            RegisteredInterest,
            lambda: F("modified"),
            RegisteredInterest.objects.public,
            lambda b: Q(person__body=b),
            EXTENSION,
        ),
    ]
}

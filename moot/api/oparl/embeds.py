"""What a page of OParl objects embeds, fetched once for the whole page.

A list page holds up to hundreds of objects, a meeting embeds its items, an
item its files and Moot's extension: fetched object by object that is tens of
queries per item. Here each kind of embedded row is fetched in one query per
page (``public_sections_of`` does the same for an item's content), and the
serialisers read from the result.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects

from moot.records.changes import BATCH
from moot.records.models import AgendaItem, Attendance, Declaration
from moot.site.sections import ItemSections, public_sections_of
from moot.tracker.models import CommitmentEvent, Fulfilment, ProgressUpdate

from .kinds import KINDS

Rows = dict[int, list[Any]]


def shown_in(kind: str, field_name: str, ids: list[int], *related: str) -> list[Any]:
    """The stamped rows of ``kind`` the public may see whose ``field_name`` is
    one of ``ids``, in key order."""
    found: list[Any] = []
    for at in range(0, len(ids), BATCH):
        rows = (
            KINDS[kind]
            .all()
            .filter(shown=True, **{f"{field_name}__in": ids[at : at + BATCH]})
        )
        found += rows.select_related(*related).order_by("pk")
    return found


def grouped(rows: Iterable[Any], key: str) -> Rows:
    found: Rows = defaultdict(list)
    for row in rows:
        found[getattr(row, key)].append(row)
    return found


@dataclass
class Embeds:
    seats: Rows = field(default_factory=dict)  # by person or committee id
    items: Rows = field(default_factory=dict)  # by meeting id
    participants: Rows = field(default_factory=dict)  # person ids by meeting id
    item_files: Rows = field(default_factory=dict)  # by item id
    meeting_files: Rows = field(default_factory=dict)  # a meeting's own, by its id
    declarations: Rows = field(default_factory=dict)  # by meeting id
    report_files: Rows = field(default_factory=dict)  # by report id
    sections: dict[int, ItemSections] = field(default_factory=dict)  # by item id


def prepare(kind: str, rows: list[Any]) -> Embeds:
    """Everything ``rows`` (objects of ``kind`` the public may see) embed."""
    ids = [row.pk for row in rows]
    embeds = Embeds()
    if kind in ("person", "organization"):
        owner = "person" if kind == "person" else "committee"
        embeds.seats = grouped(shown_in("membership", owner, ids), f"{owner}_id")
    if kind == "meeting":
        items = shown_in("agenda-item", "meeting", ids, "issue")
        embeds.items = grouped(items, "meeting_id")
        embeds.participants = _participants(ids)
        embeds.meeting_files = grouped(shown_in("file", "meeting", ids), "meeting_id")
        embeds.declarations = grouped(
            Declaration.objects.public()
            .filter(meeting__in=ids)
            .select_related("about_item", "person")
            .order_by("meeting", "position"),
            "meeting_id",
        )
        _items(embeds, items)
    if kind == "agenda-item":
        _items(embeds, rows)
    if kind == "paper":
        embeds.report_files = grouped(shown_in("file", "report", ids), "report_id")
    return embeds


def _participants(meetings: list[int]) -> Rows:
    present = (
        Attendance.objects.alive()
        .filter(
            meeting__in=meetings, person__isnull=False, person__deleted__isnull=True
        )
        .exclude(kind__in=[Attendance.Kind.APOLOGIES, Attendance.Kind.ABSENT])
        .order_by("meeting", "kind", "position")
    )
    found: Rows = defaultdict(list)
    for meeting, person in present.values_list("meeting_id", "person_id"):
        if person not in found[meeting]:
            found[meeting].append(person)
    return found


def _items(embeds: Embeds, items: list[AgendaItem]) -> None:
    open_ids = [i.pk for i in items if not i.is_exempt]
    embeds.sections = public_sections_of(open_ids)
    embeds.item_files = grouped(
        shown_in("file", "agenda_item", open_ids), "agenda_item_id"
    )
    sections = embeds.sections.values()
    item_open = AgendaItem.objects.public().open().filter(pk=OuterRef("item_id"))
    prefetch_related_objects(
        [c for s in sections for c in s.commitments],
        Prefetch(
            "fulfilments",
            queryset=Fulfilment.objects.public().order_by("pk"),
            to_attr="public_fulfilments",
        ),
        Prefetch(
            "events",
            queryset=CommitmentEvent.objects.public().annotate(
                item_open=Exists(item_open)
            ),
            to_attr="public_events",
        ),
        Prefetch(
            "updates",
            queryset=ProgressUpdate.objects.public(),
            to_attr="public_updates",
        ),
    )

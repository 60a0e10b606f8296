"""An agenda item's content, section by section, as the public may see it.

Everything here is fetched through the ``public()`` querysets, so an exempt
item yields empty sections whatever the template does with them.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch

from moot.records.changes import BATCH
from moot.records.models import (
    Action,
    AgendaItem,
    Declaration,
    Document,
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
from moot.records.models.exempt import known_q, open_q
from moot.tracker.models import Commitment, InformationRequest


@dataclass
class ItemSections:
    reports: list[Report] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    minutes: list[MinutesBlock] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    representations: list[Representation] = field(default_factory=list)
    information_requests: list[InformationRequest] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    fulfils: list[Commitment] = field(default_factory=list)
    follows: list[AgendaItem] = field(default_factory=list)
    followed_by: list[AgendaItem] = field(default_factory=list)
    # Declarations of interest about the item, and those its minutes record.
    declarations: list[Declaration] = field(default_factory=list)
    declared: list[Declaration] = field(default_factory=list)

    @property
    def has_minutes(self) -> bool:
        return bool(
            self.minutes or self.questions or self.representations or self.resolutions
        )


def public_sections(item: AgendaItem) -> ItemSections:
    """The sections of ``item`` in reading order; empty for an exempt item."""
    return public_sections_of([item.pk])[item.pk]


def public_sections_of(ids: list[int]) -> dict[int, ItemSections]:
    """The sections of many items at once, one query per kind of row (the API
    serves a hundred items a page), by item id."""
    found = {pk: ItemSections() for pk in ids}
    for at in range(0, len(ids), BATCH):
        _fill(found, ids[at : at + BATCH])
    return found


def _fill(found: dict[int, ItemSections], ids: list[int]) -> None:
    def put(section: str, rows: Iterable[Any], key: str = "agenda_item_id") -> None:
        for row in rows:
            getattr(found[getattr(row, key)], section).append(row)

    # The exempt rule asked once of the items, then each kind of row by item
    # id alone (``of_open_items``): an exempt item's content is not even read.
    opened = list(
        AgendaItem.objects.public()
        .open()
        .filter(pk__in=ids)
        .values_list("pk", flat=True)
    )

    def rows(model: Any) -> Any:
        return model.objects.of_open_items(opened)

    responses = Prefetch(
        "responses", queryset=QuestionResponse.objects.alive().order_by("position")
    )
    put("reports", rows(Report))
    put("recommendations", rows(Recommendation))
    put("minutes", rows(MinutesBlock))
    put("questions", rows(Question).prefetch_related(responses))
    put("representations", rows(Representation))
    put("information_requests", rows(InformationRequest))
    votes = Prefetch(
        "votes",
        queryset=Vote.objects.alive().select_related("person"),
        to_attr="public_votes",
    )
    put("resolutions", rows(Resolution).prefetch_related(votes))
    put("actions", rows(Action))
    put(
        "commitments",
        rows(Commitment).select_related("fulfilled_by__meeting__committee"),
    )
    put("documents", rows(Document))
    put(
        "fulfils",
        Commitment.objects.public()
        .filter(open_q("fulfilled_by"), fulfilled_by__in=ids)
        .select_related("agenda_item__meeting__committee"),
        "fulfilled_by_id",
    )
    declarations = Declaration.objects.public().select_related("person")
    put("declarations", declarations.filter(about_item__in=ids), "about_item_id")
    put("declared", declarations.filter(agenda_item__in=ids))
    follows = (
        ItemReference.objects.public()
        .filter(known_q("target"), agenda_item__in=ids)
        .select_related("target__meeting__committee")
    )
    for ref in follows:
        found[ref.agenda_item_id].follows.append(ref.target)
    followed = (
        ItemReference.objects.public()
        .filter(target__in=ids)
        .select_related("agenda_item__meeting__committee")
    )
    for ref in followed:
        found[ref.target_id].followed_by.append(ref.agenda_item)

"""An agenda item's content, section by section, as the public may see it.

Everything here is fetched through the ``public()`` querysets, so an exempt
item yields empty sections whatever the template does with them.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from moot.records.models import (
    Action,
    AgendaItem,
    Document,
    ItemReference,
    MinutesBlock,
    Question,
    QuestionResponse,
    Recommendation,
    Report,
    Representation,
    Resolution,
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

    @property
    def has_minutes(self) -> bool:
        return bool(
            self.minutes or self.questions or self.representations or self.resolutions
        )


def public_sections(item: AgendaItem) -> ItemSections:
    """The sections of ``item`` in reading order; empty for an exempt item."""

    def rows(model):
        return list(model.objects.public().filter(agenda_item=item))

    responses = Prefetch(
        "responses", queryset=QuestionResponse.objects.alive().order_by("position")
    )
    return ItemSections(
        reports=rows(Report),
        recommendations=rows(Recommendation),
        minutes=rows(MinutesBlock),
        questions=list(
            Question.objects.public()
            .filter(agenda_item=item)
            .prefetch_related(responses)
        ),
        representations=rows(Representation),
        information_requests=rows(InformationRequest),
        resolutions=rows(Resolution),
        actions=rows(Action),
        commitments=list(
            Commitment.objects.public()
            .filter(agenda_item=item)
            .select_related("fulfilled_by__meeting__committee")
        ),
        documents=list(Document.objects.public().filter(agenda_item=item)),
        fulfils=list(
            Commitment.objects.public()
            .filter(open_q("fulfilled_by"), fulfilled_by=item)
            .select_related("agenda_item__meeting__committee")
        ),
        follows=[
            r.target
            for r in ItemReference.objects.public()
            .filter(known_q("target"), agenda_item=item)
            .select_related("target__meeting__committee")
        ],
        followed_by=[
            r.agenda_item
            for r in ItemReference.objects.public()
            .filter(target=item)
            .select_related("agenda_item__meeting__committee")
        ],
    )

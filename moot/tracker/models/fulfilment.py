"""Links between a commitment and the later items that meet it.

Moot proposes links (``moot.tracker.proposals``); a clerk confirms or rejects
each. A commitment may be met by one item, or in part by several: "tailored
reports ... to Area Committees" needs an item at each Area Committee, and only
when every part has one is the commitment fulfilled.
"""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from moot.records.models import AgendaItem
from moot.records.models.base import Record, RecordQuerySet
from moot.records.models.exempt import open_q

from ..threads import join
from .commitment import Commitment, who


class FulfilmentQuerySet(RecordQuerySet):
    def public(self) -> "FulfilmentQuerySet":
        """Confirmed links between two items the public may both see."""
        return self.filter(
            Q(
                deleted__isnull=True,
                state=Fulfilment.State.CONFIRMED,
                commitment__deleted__isnull=True,
            )
            & open_q("item")
            & open_q("commitment__agenda_item")
        )

    def record(self, commitment: Commitment, item: AgendaItem, by) -> "Fulfilment":
        """The confirmed link of ``commitment`` to ``item``, made if need be."""
        user, _ = who(by)
        link, _ = self.update_or_create(
            commitment=commitment,
            item=item,
            defaults={
                "state": Fulfilment.State.CONFIRMED,
                "decided_by": user,
                "decided_at": timezone.now(),
            },
        )
        return link


class Fulfilment(Record):
    """A later item that meets a commitment, in whole or in part."""

    class State(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="fulfilments"
    )
    item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="fulfilment_links"
    )
    state = models.CharField(
        max_length=10, choices=State, default=State.PROPOSED, db_index=True
    )
    score = models.FloatField(default=0, help_text="How strongly Moot proposed it.")
    reasons = models.JSONField(
        default=list, blank=True, help_text="Why Moot proposed it, strongest first."
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = FulfilmentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "item"], name="fulfilment_unique_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.item} → {self.commitment}"

    def confirm(self, by, why: str = "") -> None:
        """Accept the link; fulfil the commitment once every part is met."""
        user, _ = who(by)
        with transaction.atomic():
            self.state, self.decided_by = self.State.CONFIRMED, user
            self.decided_at = timezone.now()
            self.save()
            commitment = self.commitment
            join(commitment.agenda_item, self.item)
            if commitment.status == Commitment.Status.PROPOSED:
                commitment.confirm(by, "Confirmed with its fulfilment.")
            if commitment.status == Commitment.Status.RECOMMENDED:
                # A later item that delivered it shows it was adopted.
                commitment.adopt(by, "Adopted: a later item delivered it.")
            if commitment.status != Commitment.Status.OPEN:
                return
            parts = commitment_parts(commitment)
            if all(done for _, done in parts):
                commitment.fulfil(self.item, by, why)
            else:
                met = sum(1 for _, done in parts if done)
                commitment.note_part(
                    self.item,
                    by,
                    why or f"Met in part by {self.item} ({met} of {len(parts)}).",
                )

    def reject(self, by, why: str = "") -> None:
        user, _ = who(by)
        self.state, self.decided_by = self.State.REJECTED, user
        self.decided_at = timezone.now()
        self.save()


def commitment_parts(commitment: Commitment) -> list[tuple[str, object | None]]:
    """Each part of the commitment and the confirmed item that met it, if any.

    A recipient in the plural naming a kind of committee ("Area Committees")
    makes one part per such committee of the body; anything else is one part.
    """
    from ..parts import part_committees

    links = list(
        commitment.fulfilments.filter(
            state=Fulfilment.State.CONFIRMED, deleted__isnull=True
        ).select_related("item__meeting__committee")
    )
    committees = part_committees(commitment)
    if not committees:
        return [("", links[0].item if links else None)]
    done = {link.item.meeting.committee_id: link.item for link in links}
    return [(c.name, done.get(c.pk)) for c in committees]

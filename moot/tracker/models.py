"""Commitments and information requests: what meetings promised and asked for."""

from datetime import date

from django.db import models

from moot.records.models import AgendaItem, Organisation, Person, Resolution
from moot.records.models.base import Record
from moot.records.models.exempt import ItemContentQuerySet


class CommitmentQuerySet(ItemContentQuerySet):
    def overdue(self, today: date | None = None) -> "CommitmentQuerySet":
        """Open commitments whose due date has passed."""
        return self.filter(
            status=Commitment.Status.OPEN, due_date__lt=today or date.today()
        )

    def falling_due(self, today: date, until: date) -> "CommitmentQuerySet":
        return self.filter(
            status=Commitment.Status.OPEN, due_date__gte=today, due_date__lte=until
        )


class Commitment(Record):
    """A promise that follows from a resolution, an action or an undertaking.

    Overdue is computed from the due date and today, never stored.
    """

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", "Resolution"
        ACTION = "action", "Action"
        UNDERTAKING = "undertaking", "Undertaking"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed, awaiting a clerk"
        OPEN = "open", "Open"
        FULFILLED = "fulfilled", "Fulfilled"
        WITHDRAWN = "withdrawn", "Withdrawn"
        SUPERSEDED = "superseded", "Superseded"

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="commitments"
    )
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=Kind)
    resolution = models.ForeignKey(
        Resolution,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    text = models.TextField()
    owner = models.CharField(max_length=300, blank=True)
    owner_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    owner_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipient = models.CharField(
        max_length=300, blank=True, help_text='For whom: "the Committee".'
    )
    due_phrase = models.CharField(
        max_length=300, blank=True, help_text="The words the due date came from."
    )
    due_date = models.DateField(null=True, blank=True, db_index=True)
    status = models.CharField(
        max_length=20, choices=Status, default=Status.OPEN, db_index=True
    )
    fulfilled_by = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="fulfils",
    )

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ["agenda_item", "position"]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return f"{self.agenda_item.get_absolute_url()}#commitment-{self.position}"

    @property
    def anchor(self) -> str:
        return f"commitment-{self.position}"

    def is_overdue(self, today: date | None = None) -> bool:
        return (
            self.status == self.Status.OPEN
            and self.due_date is not None
            and self.due_date < (today or date.today())
        )

    def days_overdue(self, today: date | None = None) -> int:
        if not self.is_overdue(today):
            return 0
        return ((today or date.today()) - self.due_date).days


class InformationRequest(Record):
    """A request for data made at a meeting, and what came of it."""

    class Outcome(models.TextChoices):
        PROVIDED = "provided", "Provided"
        REFUSED = "refused", "Refused"
        PENDING = "pending", "Outstanding"

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="information_requests"
    )
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()
    requested_of = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)
    reason = models.TextField(blank=True)
    answered = models.DateField(null=True, blank=True)

    objects = ItemContentQuerySet.as_manager()

    class Meta:
        ordering = ["agenda_item", "position"]

    def __str__(self) -> str:
        return self.text[:80]

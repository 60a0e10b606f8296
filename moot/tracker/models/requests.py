"""Information requests: data asked for at a meeting, and what came of it."""

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from moot import vocabulary
from moot.records.changes import Scope
from moot.records.models import AgendaItem
from moot.records.models.base import Record
from moot.records.models.exempt import ItemContentQuerySet


class InformationRequest(Record):
    """A request for data made at a meeting: who asked, of whom, the answer."""

    class Outcome(models.TextChoices):
        PROVIDED = vocabulary.RequestOutcome.PROVIDED, _("Provided")
        REFUSED = vocabulary.RequestOutcome.REFUSED, _("Refused")
        PENDING = vocabulary.RequestOutcome.PENDING, _("Outstanding")

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="information_requests"
    )
    position = models.PositiveIntegerField(default=0)
    text = models.TextField()
    asked_by = models.CharField(max_length=300, blank=True)
    requested_of = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome, default=Outcome.PENDING)
    answer = models.TextField(blank=True, help_text="The information, or a summary.")
    reason = models.TextField(blank=True, help_text="Why it was refused.")
    answered = models.DateField(null=True, blank=True)

    objects = ItemContentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        ordering = ["agenda_item", "position"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def asked_on(self) -> date:
        return self.agenda_item.meeting.date

    def age(self, today: date | None = None) -> int:
        """Days outstanding, for a pending request; else days it took."""
        end = self.answered if self.outcome != self.Outcome.PENDING else None
        return ((end or today or date.today()) - self.asked_on).days

    def provide(self, answer: str, on: date | None = None) -> None:
        self.outcome, self.answer = self.Outcome.PROVIDED, answer
        self.answered = on or date.today()
        self.save(update_fields=["outcome", "answer", "answered", "modified"])

    def refuse(self, reason: str, on: date | None = None) -> None:
        self.outcome, self.reason = self.Outcome.REFUSED, reason
        self.answered = on or date.today()
        self.save(update_fields=["outcome", "reason", "answered", "modified"])

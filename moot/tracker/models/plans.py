"""Action plans a committee monitors: points, actions, owners, RAG, updates."""

from datetime import date

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from moot.records.models import AgendaItem, Committee, Organisation, Person
from moot.records.models.base import Record, RecordQuerySet
from moot.records.models.exempt import open_q

from .commitment import Rag


class ActionPlanQuerySet(RecordQuerySet):
    def public(self) -> "ActionPlanQuerySet":
        """Plans of live committees, unless adopted at an exempt item."""
        return self.filter(
            Q(
                deleted__isnull=True,
                committee__deleted__isnull=True,
                committee__body__deleted__isnull=True,
            )
            & (Q(source_item__isnull=True) | open_q("source_item"))
        )


class ActionPlan(Record):
    """A strategy or plan the committee monitors ("9 Point Strategic Response")."""

    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="action_plans"
    )
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.TextField(blank=True)
    adopted = models.DateField(null=True, blank=True)
    source_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The item at which the committee took the plan on.",
    )

    objects = ActionPlanQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["committee", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("action-plan", args=[self.slug])


class PlanAction(Record):
    """One action of a plan, under its numbered point, owned by someone."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    plan = models.ForeignKey(
        ActionPlan, on_delete=models.CASCADE, related_name="actions"
    )
    position = models.PositiveIntegerField(default=0)
    point = models.CharField(max_length=20, blank=True, help_text='As printed: "3".')
    point_title = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    owner = models.CharField(max_length=300, blank=True)
    owner_person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    owner_organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    due_date = models.DateField(null=True, blank=True)
    rag = models.CharField("RAG", max_length=5, choices=Rag, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)

    class Meta:
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return f"{self.point} {self.text[:60]}".strip()

    def is_overdue(self, today: date | None = None) -> bool:
        return (
            self.status == self.Status.OPEN
            and self.due_date is not None
            and self.due_date < (today or date.today())
        )

    def add_update(
        self, note: str, rag: str, by: str, on: date | None = None
    ) -> "PlanActionUpdate":
        """A dated note; the action takes the update's RAG rating."""
        update = PlanActionUpdate.objects.create(
            action=self, on=on or date.today(), rag=rag, note=note, by_name=by
        )
        self.rag = rag
        self.save(update_fields=["rag", "modified"])
        return update


class PlanActionUpdate(Record):
    """A dated progress note on a plan action."""

    action = models.ForeignKey(
        PlanAction, on_delete=models.CASCADE, related_name="updates"
    )
    on = models.DateField(default=date.today)
    rag = models.CharField("RAG", max_length=5, choices=Rag)
    note = models.TextField()
    by_name = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-on", "-created"]

    def __str__(self) -> str:
        return f"{self.on}: {self.note[:60]}"

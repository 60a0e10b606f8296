"""Decisions, forward plan entries and registered interests.

The exempt rule for decisions and plan entries, as for agenda items
(``moot/records/models/exempt.py``): the public may learn that an exempt
decision was taken (its title, date, decision maker) and the Schedule 12A
category that exempts it, and nothing else. The rule lives here twice over:
``public()`` says which rows the public may know of, and the ``shown_*``
properties are the only way any page, feed, download or API reads a
decision's texts: they are empty for a withheld decision. ``exempt_reason``
(the clerk's free text) is read by none of them.
"""

from typing import Any, Self

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from moot import vocabulary
from moot.records.exempt_categories import categories
from moot.records.models import (
    AgendaItem,
    Body,
    Committee,
    Meeting,
    Person,
    Record,
    RecordQuerySet,
)
from moot.records.models.exempt import known_q


def _body_alive(path: str = "") -> Q:
    return Q(**{f"{path}deleted__isnull": True, f"{path}body__deleted__isnull": True})


def _item_known() -> Q:
    """No linked item, or one the public may know of (not in a draft meeting)."""
    return Q(agenda_item__isnull=True) | known_q("agenda_item")


class RegisterQuerySet(RecordQuerySet):
    def public(self) -> Self:
        """Rows the public may know of: exempt ones included, for their title."""
        return self.filter(_body_alive())


class DecisionQuerySet(RegisterQuerySet):
    """A decision taken at a meeting follows its agenda item too: unknown while
    the meeting is a clerk's draft, withheld (``Exempt.withheld``) while the
    item is exempt."""

    def public(self) -> Self:
        return super().public().filter(_item_known())


class Exempt(models.Model):
    """The exempt fields a decision and a plan entry share."""

    is_exempt = models.BooleanField(
        default=False,
        help_text="Exempt under Schedule 12A: only the title, dates, decision "
        "maker and the paragraph are public.",
    )
    exempt_paragraphs = models.JSONField(
        default=list,
        blank=True,
        help_text="Schedule 12A paragraph numbers cited, e.g. [3].",
    )
    exempt_reason = models.TextField(
        blank=True,
        help_text="Staff only, never published: the free text can name what the "
        "exemption protects.",
    )

    class Meta:
        abstract = True

    @property
    def withheld(self) -> bool:
        item = getattr(self, "agenda_item", None)
        return self.is_exempt or bool(item and item.is_exempt)

    def exempt_categories(self) -> list[tuple[int | None, str]]:
        """(paragraph, the law's words) cited: all the public learns of why."""
        return categories(list(self.exempt_paragraphs or []))


class Decision(Record, Exempt):
    """One entry of the decisions register (ModernGov ``ieDecisionDetails``)."""

    class Status(models.TextChoices):
        PROPOSED = vocabulary.DecisionStatus.PROPOSED, _("For determination")
        MADE = vocabulary.DecisionStatus.MADE, _("Made")
        CALLED_IN = vocabulary.DecisionStatus.CALLED_IN, _("Called in")
        IMPLEMENTED = vocabulary.DecisionStatus.IMPLEMENTED, _("Implemented")
        DEFERRED = vocabulary.DecisionStatus.DEFERRED, _("Deferred")
        REJECTED = vocabulary.DecisionStatus.REJECTED, _("Rejected")
        WITHDRAWN = vocabulary.DecisionStatus.WITHDRAWN, _("Withdrawn")

    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="decisions")
    title = models.CharField(max_length=500)
    decision_maker = models.CharField(
        max_length=300, blank=True, help_text="As the source names them."
    )
    committee = models.ForeignKey(
        Committee,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="register_decisions",
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="register_decisions",
        help_text="The member who decided (a Cabinet member), if one did.",
    )
    meeting = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="register_decisions",
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="register_decisions",
    )
    decided = models.DateField(null=True, blank=True, db_index=True)
    published = models.DateField(null=True, blank=True)
    is_key = models.BooleanField("key decision", default=False)
    subject_to_call_in = models.BooleanField(default=False)
    call_in_deadline = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.MADE)
    status_text = models.CharField(
        max_length=200, blank=True, help_text="The source's own words."
    )
    wards = models.CharField(
        max_length=1000, blank=True, help_text="Wards affected, separated by ';'."
    )
    purpose = models.TextField(blank=True)
    text = models.TextField("decision", blank=True)
    reasons = models.TextField(blank=True)
    alternatives = models.TextField("alternatives considered", blank=True)
    issue = models.CharField(
        max_length=500, blank=True, help_text="The source's issue (links the plan)."
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    objects = DecisionQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["-decided", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="decision_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("decision", args=[self.pk])

    def ward_list(self) -> list[str]:
        return [w.strip() for w in self.wards.split(";") if w.strip()]

    def _shown(self, value: str) -> str:
        return "" if self.withheld else value

    @property
    def shown_text(self) -> str:
        return self._shown(self.text)

    @property
    def shown_purpose(self) -> str:
        return self._shown(self.purpose)

    @property
    def shown_reasons(self) -> str:
        return self._shown(self.reasons)

    @property
    def shown_alternatives(self) -> str:
        return self._shown(self.alternatives)

    def shown_documents(self) -> Any:
        """The documents the public may follow: none for a withheld decision."""
        if self.withheld:
            return DecisionDocument.objects.none()
        return self.documents.alive()


class DecisionDocument(Record):
    """A document published with a decision: a link to the council's copy."""

    decision = models.ForeignKey(
        Decision, on_delete=models.CASCADE, related_name="documents"
    )
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["decision", "position"]

    def __str__(self) -> str:
        return self.title


class ForwardPlanEntry(Record, Exempt):
    """Notice of a decision to be taken (the forward plan of key decisions)."""

    body = models.ForeignKey(
        Body, on_delete=models.PROTECT, related_name="forward_plan"
    )
    title = models.CharField(max_length=500)
    decision_maker = models.CharField(max_length=300, blank=True)
    committee = models.ForeignKey(
        Committee,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_entries",
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_entries",
    )
    expected = models.DateField(null=True, blank=True, db_index=True)
    expected_text = models.CharField(
        max_length=200, blank=True, help_text='As the plan words it: "Not before …".'
    )
    first_published = models.DateField(null=True, blank=True)
    is_key = models.BooleanField("key decision", default=False)
    wards = models.CharField(max_length=1000, blank=True)
    summary = models.TextField(blank=True)
    decision = models.ForeignKey(
        Decision,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_entries",
        help_text="The decision, once taken.",
    )
    issue = models.CharField(max_length=500, blank=True)
    source_id = models.CharField(max_length=500, blank=True, db_index=True)

    objects = RegisterQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["expected", "pk"]
        verbose_name_plural = "forward plan entries"
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="plan_entry_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def ward_list(self) -> list[str]:
        return [w.strip() for w in self.wards.split(";") if w.strip()]

    @property
    def shown_summary(self) -> str:
        return "" if self.is_exempt else self.summary


class InterestQuerySet(RecordQuerySet):
    def public(self) -> "InterestQuerySet":
        return self.filter(deleted__isnull=True, person__deleted__isnull=True)


class RegisteredInterest(Record):
    """One entry of a councillor's register of interests."""

    class Category(models.TextChoices):
        EMPLOYMENT = (
            vocabulary.InterestCategory.EMPLOYMENT,
            _("Employment, office, trade, profession or vocation"),
        )
        SPONSORSHIP = vocabulary.InterestCategory.SPONSORSHIP, _("Sponsorship")
        CONTRACTS = vocabulary.InterestCategory.CONTRACTS, _("Contracts")
        LAND = vocabulary.InterestCategory.LAND, _("Land")
        LICENCES = vocabulary.InterestCategory.LICENCES, _("Licences")
        TENANCIES = vocabulary.InterestCategory.TENANCIES, _("Corporate tenancies")
        SECURITIES = vocabulary.InterestCategory.SECURITIES, _("Securities")
        MEMBERSHIPS = (
            vocabulary.InterestCategory.MEMBERSHIPS,
            _("Memberships and other registrable interests"),
        )
        GIFTS = vocabulary.InterestCategory.GIFTS, _("Gifts and hospitality")
        OTHER = vocabulary.InterestCategory.OTHER, _("Other")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="registered_interests"
    )
    category = models.CharField(max_length=20, choices=Category)
    description = models.TextField()
    registered = models.DateField(null=True, blank=True)
    updated = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True, help_text="The register page.")

    objects = InterestQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["person", "category", "pk"]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_category_display()}"

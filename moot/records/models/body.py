"""Who meets: bodies, their committees, people and their seats, partners."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy

from moot import vocabulary

from .. import colours
from ..changes import Scope
from .base import Record, RecordQuerySet


class Body(Record):
    """A council or authority (OParl Body)."""

    change_scope = (Scope.BODY, "pk")

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    short_name = models.CharField(max_length=80, blank=True)
    website = models.URLField(blank=True)
    colour = models.CharField(
        max_length=7,
        default="#1d70b8",
        help_text="Theme colour for the site header, as #rrggbb.",
    )
    is_sample = models.BooleanField(
        default=False, help_text="Synthetic data: the site says so on every page."
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "bodies"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("council", args=[self.slug])

    def clean(self) -> None:
        """Refuse a header colour white text cannot be read on; name one that works."""
        super().clean()
        reason = colours.problem(self.colour)
        if reason:
            raise ValidationError({"colour": reason})


class CommitteeQuerySet(RecordQuerySet):
    def public(self) -> "CommitteeQuerySet":
        return self.filter(deleted__isnull=True, body__deleted__isnull=True)

    def labels(self) -> dict[str, str]:
        """slug → name, with the council added where two councils' names are alike.

        On an instance holding several councils, "Planning Committee" alone
        would not say whose; a name used once stays as it is.
        """
        rows = list(self.values_list("slug", "name", "body__short_name", "body__name"))
        uses: dict[str, int] = {}
        for _, name, _, _ in rows:
            uses[name.casefold()] = uses.get(name.casefold(), 0) + 1
        return {
            slug: f"{name} ({short or body})" if uses[name.casefold()] > 1 else name
            for slug, name, short, body in rows
        }


class Committee(Record):
    """Any meeting body of a Body (OParl Organization)."""

    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="committees")
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    purpose = models.TextField(blank=True)
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    objects = CommitteeQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.COMMITTEE, "pk")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "name"], name="committee_unique_name"
            ),
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="committee_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("committee", args=[self.slug])


class Organisation(Record):
    """A partner agency that owns actions or reports to a committee."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PersonQuerySet(RecordQuerySet):
    def public(self) -> "PersonQuerySet":
        return self.filter(deleted__isnull=True)

    def councillors(self) -> "PersonQuerySet":
        """Elected and co-opted members: those who represent and vote."""
        return self.filter(
            kind__in=[vocabulary.PersonKind.COUNCILLOR, vocabulary.PersonKind.CO_OPTED]
        )

    def with_attendance(self) -> "PersonQuerySet":
        """Each person's meetings where attendance was taken, and those they were at.

        Only present, apologies and absent count: an officer in attendance was
        not expected. Deleted meetings and attendance rows are left out.
        """
        taken = Q(
            attendance__deleted__isnull=True,
            attendance__meeting__deleted__isnull=True,
            attendance__meeting__committee__deleted__isnull=True,
        )
        expected = ["present", "apologies", "absent"]
        return self.annotate(  # type: ignore[no-any-return]
            meetings_expected=Count(
                "attendance", filter=taken & Q(attendance__kind__in=expected)
            ),
            meetings_present=Count(
                "attendance", filter=taken & Q(attendance__kind="present")
            ),
        )


class Person(Record):
    """A councillor, co-opted member, officer or named contributor."""

    class Kind(models.TextChoices):
        COUNCILLOR = vocabulary.PersonKind.COUNCILLOR, gettext_lazy("Councillor")
        CO_OPTED = vocabulary.PersonKind.CO_OPTED, gettext_lazy("Co-opted member")
        OFFICER = vocabulary.PersonKind.OFFICER, gettext_lazy("Officer")
        OTHER = vocabulary.PersonKind.OTHER, gettext_lazy("Other")

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.COUNCILLOR)
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    party = models.CharField(max_length=100, blank=True)
    ward = models.CharField(max_length=100, blank=True)
    role = models.CharField(
        max_length=200, blank=True, help_text="Job title, for an officer."
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    objects = PersonQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="person_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("person", args=[self.slug])

    @property
    def attendance_rate(self) -> int | None:
        """Percentage of expected meetings attended (needs ``with_attendance()``)."""
        expected = getattr(self, "meetings_expected", 0)
        if not expected:
            return None
        return round(100 * getattr(self, "meetings_present", 0) / expected)


class Membership(Record):
    """A Person's seat on a Committee for a period (OParl Membership)."""

    class Role(models.TextChoices):
        CHAIR = vocabulary.MembershipRole.CHAIR, gettext_lazy("Chair")
        DEPUTY_CHAIR = (
            vocabulary.MembershipRole.DEPUTY_CHAIR,
            gettext_lazy("Deputy Chair"),
        )
        MEMBER = vocabulary.MembershipRole.MEMBER, gettext_lazy("Member")
        SUBSTITUTE = vocabulary.MembershipRole.SUBSTITUTE, gettext_lazy("Substitute")
        CO_OPTED = vocabulary.MembershipRole.CO_OPTED, gettext_lazy("Co-opted member")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="memberships"
    )
    committee = models.ForeignKey(
        Committee, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role, default=Role.MEMBER)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )

    class Meta:
        ordering = ["committee", "role", "person__name"]

    def __str__(self) -> str:
        return f"{self.person} – {self.get_role_display()}, {self.committee}"

    def is_current(self, today: date | None = None) -> bool:
        today = today or date.today()
        return (self.start is None or self.start <= today) and (
            self.end is None or self.end >= today
        )


class Issue(Record):
    """A subject followed across meetings and committees."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="issues"
    )

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("issue", args=[self.slug])

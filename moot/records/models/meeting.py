"""Sittings of a committee and who attended them."""

from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from moot import vocabulary

from ..changes import Scope
from ..dates import municipal_year
from .base import Record, RecordQuerySet
from .body import Committee, Person


class MeetingQuerySet(RecordQuerySet):
    def public(self) -> "MeetingQuerySet":
        return self.filter(
            draft=False,
            deleted__isnull=True,
            committee__deleted__isnull=True,
            committee__body__deleted__isnull=True,
        )


class Meeting(Record):
    """One sitting of a Committee (OParl Meeting)."""

    class Status(models.TextChoices):
        SCHEDULED = vocabulary.MeetingStatus.SCHEDULED, _("Scheduled")
        HELD = vocabulary.MeetingStatus.HELD, _("Held")
        CANCELLED = vocabulary.MeetingStatus.CANCELLED, _("Cancelled")
        POSTPONED = vocabulary.MeetingStatus.POSTPONED, _("Postponed")

    class MinutesStatus(models.TextChoices):
        NONE = vocabulary.MinutesStatus.NONE, _("Not yet published")
        DRAFT = vocabulary.MinutesStatus.DRAFT, _("Draft, to be approved")
        PUBLISHED = vocabulary.MinutesStatus.PUBLISHED, _("Published")
        APPROVED = vocabulary.MinutesStatus.APPROVED, _("Approved as a correct record")

    committee = models.ForeignKey(
        Committee, on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField(db_index=True)
    date_assumed = models.BooleanField(
        default=False,
        help_text="The date was given when loading, not read from the source.",
    )
    start_time = models.TimeField(null=True, blank=True)
    venue = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.SCHEDULED)
    minutes_status = models.CharField(
        max_length=20, choices=MinutesStatus, default=MinutesStatus.NONE
    )
    contact = models.CharField(max_length=300, blank=True)
    draft = models.BooleanField(
        default=False,
        help_text="A draft is seen by staff only: its agenda, minutes and "
        "everything in them stay off every public page, feed and export.",
    )
    publish_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Publish the draft at this time (``moot publish-due``, run "
        "every few minutes, does it).",
    )
    minutes_approved_at = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="approved_minutes_of",
        help_text="The meeting that approved these minutes as a correct record.",
    )
    source_id = models.CharField(
        max_length=500,
        blank=True,
        db_index=True,
        help_text="The source system's identifier (a URL), so re-imports update.",
    )
    webcast_url = models.URLField(
        max_length=1000,
        blank=True,
        help_text="The recording or live stream, linked to (never embedded).",
    )

    objects = MeetingQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.MEETING, "pk")

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["committee", "date"], name="meeting_unique_date"
            ),
            models.UniqueConstraint(
                fields=["source_id"],
                condition=~models.Q(source_id=""),
                name="meeting_unique_source_id",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.committee}, {self.date:%-d %B %Y}"

    def get_absolute_url(self) -> str:
        return reverse("meeting", args=[self.committee.slug, self.date.isoformat()])

    @property
    def municipal_year(self) -> str:
        return municipal_year(self.date)

    def next_meeting(self) -> "Meeting | None":
        """The committee's next meeting, which approves these minutes."""
        return (
            Meeting.objects.alive()
            .filter(committee_id=self.committee_id, date__gt=self.date)
            .order_by("date")
            .first()
        )


class AttendanceQuerySet(RecordQuerySet):
    def rates(self, *by: str) -> "AttendanceQuerySet":
        """Meetings where a member was expected and those they were present at,
        counted per value of the fields ``by`` (a committee, a person).

        As ``Person.objects.with_attendance``: only present, apologies and
        absent count (an officer was not expected), at public meetings only.
        Rows are dicts of the ``by`` fields with ``expected`` and ``present``.
        """
        expected = [
            vocabulary.AttendanceKind.PRESENT,
            vocabulary.AttendanceKind.APOLOGIES,
            vocabulary.AttendanceKind.ABSENT,
        ]
        return (  # type: ignore[no-any-return]
            self.filter(
                deleted__isnull=True,
                kind__in=expected,
                meeting__in=Meeting.objects.public(),
            )
            .values(*by)
            .annotate(
                expected=Count("pk"),
                present=Count("pk", filter=Q(kind=vocabulary.AttendanceKind.PRESENT)),
            )
            .order_by(*by)
        )


class Attendance(Record):
    """Who was at a meeting, sent apologies or attended as an officer."""

    objects = AttendanceQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.MEETING, "meeting_id")

    class Kind(models.TextChoices):
        PRESENT = vocabulary.AttendanceKind.PRESENT, _("Present")
        APOLOGIES = vocabulary.AttendanceKind.APOLOGIES, _("Apologies")
        ABSENT = vocabulary.AttendanceKind.ABSENT, _("Absent")
        OFFICER = vocabulary.AttendanceKind.OFFICER, _("Officer in attendance")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendance"
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendance",
    )
    name = models.CharField(max_length=200, help_text="As the minutes give it.")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.PRESENT)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["meeting", "kind", "position"]
        verbose_name_plural = "attendance"

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

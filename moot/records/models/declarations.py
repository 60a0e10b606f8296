"""Declarations of interest made at a meeting."""

from django.db import models

from ..changes import Scope
from .base import Record
from .body import Person
from .exempt import DeclarationQuerySet
from .item import AgendaItem
from .meeting import Meeting


class Declaration(Record):
    """A member's declaration of interest at a meeting, as the minutes record it.

    ``agenda_item`` is the item whose minutes record it (the declarations
    item); ``about_item`` the item it concerns, found by the number it names
    (``about_number``, as printed), where the meeting has that item. The
    interest's words reach the public only through ``public()`` (the exempt
    rule, ``exempt.DeclarationQuerySet``).
    """

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="declarations"
    )
    agenda_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="declarations_recorded",
        help_text="The item whose minutes record the declaration.",
    )
    about_item = models.ForeignKey(
        AgendaItem,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
        help_text="The item the interest concerns.",
    )
    about_number = models.CharField(
        max_length=20, blank=True, help_text="The item it names, as printed: 7."
    )
    position = models.PositiveIntegerField(default=0)
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
    )
    member = models.CharField(max_length=200, help_text="As the minutes give it.")
    interest = models.TextField(blank=True)
    kind = models.CharField(
        max_length=100,
        blank=True,
        help_text='In the source\'s words: "disclosable pecuniary", "personal".',
    )

    objects = DeclarationQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.MEETING, "meeting_id")

    class Meta:
        ordering = ["meeting", "position"]
        # Mostly NULL: partial indexes keep the item and person pages on them.
        indexes = [
            models.Index(
                fields=["about_item"],
                condition=models.Q(about_item__isnull=False),
                name="declaration_about_item",
            ),
            models.Index(
                fields=["person"],
                condition=models.Q(person__isnull=False),
                name="declaration_person",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.kind or 'interest'}"

"""An item's words in another language, as the council published them.

Welsh councils publish each item in English and in Welsh. The English record
keeps the structure (resolutions, commitments, exemption); a ``Translation``
keeps only the other page's words, which the site shows in that language in
place of the English ones. It belongs to its item as the item's content does,
so the exempt rule (``ItemContentQuerySet.public``) applies to it unchanged:
an exempt item's translation reaches no page, feed, search or download.
"""

from django.db import models

from ..changes import Scope
from .base import Record
from .exempt import ItemContentQuerySet
from .item import AgendaItem


class Translation(Record):
    """One item in one other language: its title, minutes and decisions."""

    class Language(models.TextChoices):
        WELSH = "cy", "Cymraeg"

    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(max_length=10, choices=Language)
    title = models.CharField(max_length=500)
    minutes = models.JSONField(
        default=list, blank=True, help_text="The minutes' paragraphs, in order."
    )
    resolutions = models.JSONField(
        default=list, blank=True, help_text="The decisions, in order, unnumbered."
    )
    source_id = models.CharField(
        max_length=500, blank=True, help_text="The page in this language (a URL)."
    )

    objects = ItemContentQuerySet.as_manager()  # type: ignore[misc]  # django-stubs: a subclass's own manager
    change_scope = (Scope.ITEM, "agenda_item_id")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agenda_item", "language"], name="translation_one_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

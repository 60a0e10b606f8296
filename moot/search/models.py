"""Changes waiting to reach the search index.

A row is written in the same transaction as the change it records, so the
queue holds exactly the committed changes: a rolled-back change leaves no row,
and a committed one keeps its row until some process has applied it to the
index. See ``queue.py``.
"""

from django.db import models


class PendingUpdate(models.Model):
    """An item, or every item of a meeting, committee or body, to re-index."""

    class Scope(models.TextChoices):
        ITEM = "item", "Agenda item"
        MEETING = "meeting", "Meeting"
        COMMITTEE = "committee", "Committee"
        BODY = "body", "Body"

    scope = models.CharField(max_length=10, choices=Scope)
    target = models.BigIntegerField(help_text="Primary key of the changed row.")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.scope} {self.target}"

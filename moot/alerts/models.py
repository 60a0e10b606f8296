"""Subscriptions: an address and its choices, nothing else about a person.

Deleting a subscription (unsubscribing) deletes what was sent to it too.
"""

import hashlib
import json

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    """One address following one thing: a commitment, an item, a search ..."""

    class Kind(models.TextChoices):
        COMMITMENT = "commitment", "Commitment"
        ITEM = "item", "Agenda item"
        ISSUE = "issue", "Issue"
        COMMITTEE = "committee", "Committee"
        PERSON = "person", "Person"
        SEARCH = "search", "Search"

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("As it happens")
        DAILY = "daily", _("Once a day")
        WEEKLY = "weekly", _("Once a week")

    email = models.EmailField(db_index=True)
    kind = models.CharField(max_length=20, choices=Kind)
    # The followed row's id; 0 for a search (SQLite cannot keep a NULL unique).
    target = models.PositiveBigIntegerField(default=0)
    # A search's filters, as its query string's fields (``q``, ``committee``...).
    query = models.JSONField(default=dict, blank=True)
    query_key = models.CharField(max_length=64, blank=True)
    frequency = models.CharField(
        max_length=20, choices=Frequency, default=Frequency.IMMEDIATE
    )
    confirmed = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    last_digest = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "target", "query_key"],
                name="one-subscription-per-thing",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.target or self.query}"

    def save(self, *args: object, **kwargs: object) -> None:
        self.query_key = key_of(self.query)
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        """The page of the thing followed."""
        from .targets import page_of

        return page_of(self)

    def manage_url(self) -> str:
        from .tokens import manage_token

        return reverse("alerts-manage", args=[manage_token(self.email)])


def key_of(query: dict[str, str]) -> str:
    if not query:
        return ""
    text = json.dumps(query, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


class Delivery(models.Model):
    """A fact due to, or sent to, a subscription: each fact goes once."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    fact = models.CharField(max_length=200)
    subject = models.CharField(max_length=300)
    text = models.TextField()
    url = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)
    sent = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "fact"], name="each-fact-once"
            )
        ]

    def __str__(self) -> str:
        return self.subject

"""What ``moot remind`` has sent, so the same state is never reported twice."""

from django.db import models

from .commitment import Commitment


class Reminder(models.Model):
    """One commitment in one state, reported to one address."""

    class State(models.TextChoices):
        DUE_SOON = "due-soon", "Falling due"
        OVERDUE = "overdue", "Overdue"

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="reminders"
    )
    state = models.CharField(max_length=10, choices=State)
    due_date = models.DateField(help_text="The due date the reminder was about.")
    email = models.EmailField()
    sent = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "state", "due_date"],
                name="reminder_once_per_state",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_state_display()}: {self.commitment} to {self.email}"


class OwnerContact(models.Model):
    """Where reminders to a commitment's owner go; never shown in public.

    Owners are mostly roles ("Strategic Director, Children's Services") or
    partner organisations rather than people in the record, so the address is
    kept against the owner's name as the minutes write it.
    """

    body = models.ForeignKey(
        "records.Body",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Leave empty to match the name in every body.",
    )
    name = models.CharField(
        max_length=300, help_text="The owner as commitments name it (any case)."
    )
    email = models.EmailField()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["body", "name"], name="owner_contact_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    @classmethod
    def email_for(cls, commitment: Commitment) -> str:
        """The address for ``commitment``'s owner, or ``""`` if none is known."""
        names = [
            n.strip().lower()
            for n in (
                commitment.owner,
                getattr(commitment.owner_person, "name", ""),
                getattr(commitment.owner_organisation, "name", ""),
            )
            if n and n.strip()
        ]
        if not names:
            return ""
        body_id = commitment.agenda_item.meeting.committee.body_id
        contacts = cls.objects.filter(
            models.Q(body_id=body_id) | models.Q(body__isnull=True)
        )
        # A body's own address beats one for every body.
        for contact in sorted(contacts, key=lambda c: c.body_id is None):
            if contact.name.strip().lower() in names:
                return contact.email
        return ""

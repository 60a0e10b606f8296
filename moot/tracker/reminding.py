"""Reminders to owners of commitments falling due or overdue, each state once.

A commitment is reported to its owner when it falls due within the window
(``due-soon``) and again when it is overdue; a ``Reminder`` row records each
(commitment, state, due date) sent, so a second run sends nothing new, while a
due date that moves makes a new state to report. Commitments of exempt items
are never emailed: a message may travel further than the item's page.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import cast

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from .models import Commitment, OwnerContact, Reminder


@dataclass
class Due:
    commitment: Commitment
    state: str

    def line(self, today: date, site: str) -> str:
        c = self.commitment
        meeting = c.agenda_item.meeting
        when = (
            f"overdue by {c.days_past_due(today)} days (due {c.due_date:%-d %B %Y})"
            if self.state == Reminder.State.OVERDUE
            else f"due {c.due_date:%-d %B %Y}"
        )
        return (
            f"- {c.text}\n  {when}; promised at {meeting.committee.name}, "
            f"{meeting.date:%-d %B %Y}\n  {site}{c.get_absolute_url()}"
        )


@dataclass
class Run:
    """What a run found and did, for the command's summary."""

    by_email: dict[str, list[Due]] = field(default_factory=dict)
    no_email: list[Commitment] = field(default_factory=list)
    already: int = 0


def find(today: date, days: int) -> Run:
    """Unreported states of open commitments due by ``today + days``."""
    run = Run()
    by_email = defaultdict(list)
    rows = (
        Commitment.objects.public()
        .filter(status=Commitment.Status.OPEN, due_date__lte=today + timedelta(days))
        .select_related("agenda_item__meeting__committee", "owner_person")
        .select_related("owner_organisation")
        .order_by("due_date", "pk")
    )
    sent = set(
        Reminder.objects.filter(commitment__in=rows).values_list(
            "commitment_id", "state", "due_date"
        )
    )
    for c in rows:
        state = (
            Reminder.State.OVERDUE if c.due_date < today else Reminder.State.DUE_SOON
        )
        if (c.pk, state, c.due_date) in sent:
            run.already += 1
            continue
        email = OwnerContact.email_for(c)
        if email:
            by_email[email].append(Due(c, state))
        else:
            run.no_email.append(c)
    run.by_email = dict(by_email)
    return run


def message(dues: list[Due], today: date) -> tuple[str, str]:
    site = settings.MOOT_SITE_URL.rstrip("/")
    overdue = sum(1 for d in dues if d.state == Reminder.State.OVERDUE)
    subject = f"{len(dues)} commitment{'s' if len(dues) != 1 else ''} to report on" + (
        f", {overdue} overdue" if overdue else ""
    )
    body = "\n\n".join(
        [
            "These commitments made at council meetings are yours:",
            *(d.line(today, site) for d in dues),
            "You will not be reminded of the same state twice. Reply to your "
            "committee's clerk with progress.",
        ]
    )
    return subject, body


def send(run: Run, today: date) -> int:
    """Email each owner once and record what was sent; return emails sent."""
    for email, dues in run.by_email.items():
        subject, body = message(dues, today)
        with transaction.atomic():
            Reminder.objects.bulk_create(
                Reminder(
                    commitment=d.commitment,
                    state=d.state,
                    # Only dated commitments are due (``due_date__lte``).
                    due_date=cast(date, d.commitment.due_date),
                    email=email,
                )
                for d in dues
            )
            send_mail(subject, body, None, [email])
    return len(run.by_email)

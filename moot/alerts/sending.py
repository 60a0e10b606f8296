"""Emails to subscribers: the confirmation, alerts and digests.

Every alert carries a one-click unsubscribe (RFC 8058: ``List-Unsubscribe``
with an HTTPS address and ``List-Unsubscribe-Post``), and a link to manage all
of the address's alerts. An alert is marked sent in the transaction that sends
it: if sending fails, nothing is marked and the job's retry sends it again.
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from .models import Delivery, Subscription
from .targets import title_of
from .tokens import confirm_token, unsubscribe_token

Frequency = Subscription.Frequency
# A digest is due when the last was sent this long ago (a little under a day
# or a week, so a job that runs at the same hour each day is never a day late).
DIGEST_GAP = {
    Frequency.DAILY: timedelta(hours=20),
    Frequency.WEEKLY: timedelta(days=6, hours=20),
}


def site_url(path: str) -> str:
    return settings.MOOT_SITE_URL.rstrip("/") + path


def send_confirmation(sub: Subscription) -> None:
    """Ask the address to confirm; the link is the only way to start alerts."""
    link = site_url(reverse("alerts-confirm", args=[confirm_token(sub.pk, sub.email)]))
    body = (
        f"Someone, probably you, asked for email alerts about {title_of(sub)} "
        f"({Frequency(sub.frequency).label.lower()}).\n\n"
        f"To start them, open this link within a week:\n{link}\n\n"
        "If you did not ask, ignore this email: nothing will be sent, and the "
        "request is forgotten after a week.\n\n"
        f"All alerts for this address: {site_url(sub.manage_url())}\n"
    )
    EmailMessage("Confirm your email alerts", body, None, [sub.email]).send()


def send_already(sub: Subscription) -> None:
    """The address already follows this: say so to the mailbox, not the form."""
    body = (
        f"Someone, probably you, asked again for email alerts about "
        f"{title_of(sub)}. This address already receives them; nothing has "
        f"changed.\n\nManage or stop your alerts: {site_url(sub.manage_url())}\n"
    )
    EmailMessage("You already have these alerts", body, None, [sub.email]).send()


def alert_message(sub: Subscription, deliveries: list[Delivery]) -> EmailMessage:
    unsubscribe = site_url(
        reverse("alerts-unsubscribe", args=[unsubscribe_token(sub.pk, sub.email)])
    )
    if len(deliveries) == 1:
        subject = deliveries[0].subject
    else:
        subject = f"{len(deliveries)} updates on {title_of(sub)}"[:300]
    parts = [f"{d.subject}\n\n{d.text}\n\n{site_url(d.url)}" for d in deliveries]
    body = "\n\n----\n\n".join(parts) + (
        f"\n\n----\nYou follow {title_of(sub)}.\n"
        f"Stop these alerts: {unsubscribe}\n"
        f"Manage all alerts for this address: {site_url(sub.manage_url())}\n"
    )
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return EmailMessage(subject, body, None, [sub.email], headers=headers)


def due_subscriptions(digests: bool) -> list[int]:
    """Subscriptions with something unsent: immediate ones, and with
    ``digests`` the daily and weekly ones whose digest is due."""
    now = timezone.now()
    pending = Subscription.objects.filter(
        confirmed=True, deliveries__sent__isnull=True
    ).distinct()
    due = list(
        pending.filter(frequency=Frequency.IMMEDIATE).values_list("pk", flat=True)
    )
    if not digests:
        return due
    for sub in pending.exclude(frequency=Frequency.IMMEDIATE):
        gap = DIGEST_GAP[Frequency(sub.frequency)]
        if sub.last_digest is None or sub.last_digest <= now - gap:
            due.append(sub.pk)
    return due


def send_pending(pk: int) -> int:
    """Send a subscription's unsent deliveries in one email; how many."""
    with transaction.atomic():
        sub = Subscription.objects.select_for_update().filter(pk=pk).first()
        if sub is None or not sub.confirmed:
            return 0
        deliveries = list(sub.deliveries.filter(sent__isnull=True))
        if not deliveries:
            return 0
        now = timezone.now()
        Delivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(sent=now)
        if sub.frequency != Frequency.IMMEDIATE:
            Subscription.objects.filter(pk=pk).update(last_digest=now)
        alert_message(sub, deliveries).send()
    return len(deliveries)

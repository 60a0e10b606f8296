"""The alerts' jobs. Each may run twice without sending anything twice."""

from datetime import timedelta

from django.utils import timezone

from moot.jobs.queue import job

from . import reacting, sending
from .models import Subscription
from .tokens import CONFIRM_DAYS


@job(name="alerts.react")
def react(items: list[int], meetings: list[int]) -> int:
    """Record what the change concerns, then send the immediate alerts."""
    made = reacting.record(items, meetings)
    if made:
        deliver.delay()
    return made


@job(name="alerts.baseline")
def baseline(pk: int) -> int:
    """Mark what a newly confirmed subscription's thing already says as known."""
    sub = Subscription.objects.filter(pk=pk, confirmed=True).first()
    return reacting.baseline(sub) if sub else 0


@job(name="alerts.deliver")
def deliver(digests: bool = False) -> int:
    """Send every pending immediate alert (and, with ``digests``, due digests).

    Also run every few minutes by the scheduler, so an alert whose job was
    lost on the embedded queue is sent all the same.
    """
    return sum(sending.send_pending(pk) for pk in sending.due_subscriptions(digests))


@job(name="alerts.daily")
def daily() -> int:
    """Due dates that passed; daily and weekly digests; forget stale requests."""
    stale = timezone.now() - timedelta(days=CONFIRM_DAYS)
    Subscription.objects.filter(confirmed=False, created__lt=stale).delete()
    reacting.record_overdue()
    return deliver(digests=True)


@job(name="alerts.confirmation-email")
def confirmation_email(pk: int) -> None:
    """The confirmation link, or, if already confirmed, a note that it is."""
    sub = Subscription.objects.filter(pk=pk).first()
    if sub is None:
        return
    if sub.confirmed:
        sending.send_already(sub)
    else:
        sending.send_confirmation(sub)

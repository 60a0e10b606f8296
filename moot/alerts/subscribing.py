"""Asking for, confirming and stopping alerts.

Whatever the address, ``ask`` does the same visible thing (the caller shows
"check your email"): a new address gets a confirmation link, an unconfirmed
one gets it again, a confirmed one is told by email that nothing changed. So
the page never reveals whether an address is subscribed; only its mailbox does.
"""

from django.db import IntegrityError, transaction

from moot.jobs.queue import enqueue

from .models import Subscription, key_of


def ask(
    email: str, kind: str, target: int, query: dict[str, str], frequency: str
) -> None:
    """Start (or repeat) the double opt-in for ``email`` following a thing."""
    try:
        with transaction.atomic():
            sub, made = Subscription.objects.get_or_create(
                email=email,
                kind=kind,
                target=target,
                query_key=key_of(query),
                defaults={"query": query, "frequency": frequency},
            )
    except IntegrityError:  # the same request twice at once: one row won
        return
    from .tasks import confirmation_email

    if not sub.confirmed and not made:
        # The person's latest choice of frequency counts once confirmed.
        Subscription.objects.filter(pk=sub.pk).update(frequency=frequency)
    enqueue(confirmation_email, sub.pk)


def confirm(pk: int, email: str) -> Subscription | None:
    """Start the alerts a confirmation link names; None if it names none."""
    sub = Subscription.objects.filter(pk=pk, email=email).first()
    if sub is not None and not sub.confirmed:
        from .tasks import baseline

        Subscription.objects.filter(pk=pk).update(confirmed=True)
        sub.confirmed = True
        enqueue(baseline, pk)
    return sub


def unsubscribe(pk: int, email: str) -> None:
    """Forget the subscription and all that was sent to it."""
    Subscription.objects.filter(pk=pk, email=email).delete()


def forget(email: str) -> None:
    """Forget every subscription of ``email`` (the manage page's "stop all")."""
    Subscription.objects.filter(email=email).delete()

"""From the change point to deliveries: who should hear of what changed.

``changed`` listens to ``changes_committed`` (moot/records/changes.py) and
queues one ``alerts.react`` job per transaction; the job turns the changed
items and meetings into facts and records a delivery for every confirmed
subscription each fact concerns. A delivery is unique per (subscription,
fact), so a job run twice, or a state announced twice, is told once.
"""

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Q
from django.utils import timezone

from moot.records.changes import Scope
from moot.records.models import AgendaItem, Meeting

from .facts import Fact, item_facts, match_fact, meeting_facts, overdue_facts
from .models import Delivery, Subscription
from .targets import Kind

BATCH = 500
log = logging.getLogger(__name__)


def changed(sender: Any, changes: dict[Scope, set[int]], **kwargs: Any) -> None:
    items = sorted(changes.get(Scope.ITEM, ()))
    meetings = sorted(changes.get(Scope.MEETING, ()))
    if not (items or meetings):
        return
    from .tasks import react

    try:
        react.delay(items, meetings)
    except Exception:  # the change is saved; its alerts must not fail it
        log.exception("Could not queue alerts for %d items.", len(items))


def record(items: list[int], meetings: list[int]) -> int:
    """Record deliveries for what ``items`` and ``meetings`` changed; how many."""
    subscriptions = list(Subscription.objects.filter(confirmed=True))
    if not subscriptions:
        return 0
    made, meeting_ids = 0, set(meetings)
    for at in range(0, len(items), BATCH):
        chunk = items[at : at + BATCH]
        made += deliver_to(subscriptions, item_facts(followed(subscriptions, chunk)))
        made += deliver_to(subscriptions, search_facts(chunk))
        rows = AgendaItem.objects.filter(pk__in=chunk)
        meeting_ids.update(rows.values_list("meeting_id", flat=True))
    committees = [s.target for s in subscriptions if s.kind == Kind.COMMITTEE]
    if committees:
        followed_meetings = Meeting.objects.filter(
            pk__in=sorted(meeting_ids), committee__in=committees
        ).values_list("pk", flat=True)
        made += deliver_to(subscriptions, meeting_facts(followed_meetings))
    return made


def followed(subscriptions: list[Subscription], items: list[int]) -> list[int]:
    """Those of ``items`` that some subscription follows (searches aside):
    an import of thousands of items reads facts only for the few followed."""
    wanted = Q()
    for kind, path in ITEMS_OF.items():
        targets = [s.target for s in subscriptions if s.kind == kind]
        if targets:
            wanted |= Q(**{f"{path}__in": targets})
    if not wanted:
        return []
    rows = AgendaItem.objects.filter(wanted, pk__in=items)
    return sorted(set(rows.values_list("pk", flat=True)))


def record_overdue() -> int:
    subscriptions = list(Subscription.objects.filter(confirmed=True))
    if not subscriptions:
        return 0
    return deliver_to(subscriptions, overdue_facts(timezone.localdate()))


def baseline(sub: Subscription) -> int:
    """What the followed thing already says, marked as known: a new subscriber
    hears what happens from now on, not the history."""
    items = AgendaItem.objects.all()
    meetings = Meeting.objects.none()
    if sub.kind == Kind.SEARCH:
        facts = search_facts(None, [sub])
    else:
        items = items.filter(**{ITEMS_OF[Kind(sub.kind)]: sub.target})
        if sub.kind == Kind.COMMITTEE:
            meetings = Meeting.objects.filter(committee=sub.target)
        ids = list(items.values_list("pk", flat=True))
        facts = [
            f
            for at in range(0, len(ids), BATCH)
            for f in item_facts(ids[at : at + BATCH])
        ]
        facts += meeting_facts(meetings.values_list("pk", flat=True))
    return deliver_to([sub], facts, sent=timezone.now())


# The items under each kind of followed row.
ITEMS_OF = {
    Kind.ITEM: "pk",
    Kind.COMMITMENT: "commitments",
    Kind.ISSUE: "issue",
    Kind.COMMITTEE: "meeting__committee",
    Kind.PERSON: "commitments__owner_person",
}


def search_facts(
    items: list[int] | None, subs: list[Subscription] | None = None
) -> list[Fact]:
    """A new match of each search subscription among ``items``.

    The search runs as its page runs it (public items only), newest first;
    a changed item among its first hundred results is a match.
    """
    from moot.search.results import SearchForm, run

    facts = []
    if subs is None:
        subs = list(Subscription.objects.filter(confirmed=True, kind=Kind.SEARCH))
    for sub in subs:
        search = run(SearchForm(sub.query), per_page=100, sort="date")
        for entry in search.entries:
            if items is None or entry.item.pk in items:
                facts.append(match_fact(entry.item, sub.pk))
    return facts


def deliver_to(
    subscriptions: list[Subscription],
    facts: Iterable[Fact],
    sent: datetime | None = None,
) -> int:
    """Record one delivery per (subscription, fact) the fact concerns
    (``sent``: as already known, for a subscription's starting point)."""
    by_concern: dict[tuple[str, int], list[Subscription]] = {}
    for sub in subscriptions:
        target = sub.pk if sub.kind == Kind.SEARCH else sub.target
        by_concern.setdefault((sub.kind, target), []).append(sub)
    rows = []
    for fact in facts:
        to = {s.pk: s for c in fact.concerns for s in by_concern.get(c, [])}
        rows += [
            Delivery(
                subscription=sub,
                fact=fact.key,
                subject=fact.subject,
                text=fact.text,
                url=fact.url,
                sent=sent,
            )
            for sub in to.values()
        ]
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)

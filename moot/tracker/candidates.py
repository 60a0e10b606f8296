"""Proposals for a batch of changed items, found through an index.

``propose_for(ids)`` offers each changed item as the delivery of earlier
promises, and each promise of a changed item to the later items already
stored, so items may arrive in any order and in any batches and the
proposals come out the same. A pair is looked at only when the index says
it may score (``proposals.score`` never proposes without it):

- the item says it follows the promise's item; or
- a word of the item's title is a word of the promise or of its item's title,
  and the item comes to a committee the promise was for (by committee) or
  within six months of its due date (by body, in due-date order).

The index is built once per batch from the promises of the bodies concerned
made within the horizon (a promise is not looked for more than a year after
it was due, or three years after it was made with no due date), so an item
is ranked against the few promises it may keep, never every open one.
Tracked promises are open ones, and those still proposed (an undertaking a
clerk has not confirmed) or recommended (not yet decided): a later item
that delivers one is the best evidence that it was a real promise.
"""

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from django.db.models import F, Q, QuerySet

from moot.records.changes import items_changed
from moot.records.models import (
    AgendaItem,
    Committee,
    ItemReference,
    MinutesBlock,
    Report,
)
from moot.records.models.exempt import open_q

from .models import Commitment, Fulfilment
from .proposals import (
    DUE_WINDOW_DAYS,
    THRESHOLD,
    Delivery,
    Promise,
    Proposal,
    for_committee,
    score,
    words,
)

TRACKED = [
    Commitment.Status.OPEN,
    Commitment.Status.PROPOSED,
    Commitment.Status.RECOMMENDED,
]
HORIZON = timedelta(days=4 * 366)  # made → last possible delivery, at most
DUE_WINDOW = timedelta(days=DUE_WINDOW_DAYS)
MINUTES_READ = 3  # first minutes blocks read for an item's words
BATCH = 500  # ids per query
PROMISE_FIELDS = ("pk", "agenda_item_id", "text", "recipient", "owner", "due_date")
PROMISE_PLACE = {
    "item_title": F("agenda_item__title"),
    "body": F("agenda_item__meeting__committee__body_id"),
    "committee": F("agenda_item__meeting__committee_id"),
    "committee_name": F("agenda_item__meeting__committee__name"),
    "made": F("agenda_item__meeting__date"),
}


def propose_for(ids: Iterable[int]) -> list[Fulfilment]:
    """Store the proposals the changed items ``ids`` give; return those made."""
    changed = set(ids)
    new: dict[int, Delivery] = {}
    for chunk in _chunks(sorted(changed)):
        new.update(_deliveries(AgendaItem.objects.filter(pk__in=chunk)))
    if not new:
        return _store({}, changed, set())
    promises = _promises(new.values())
    index = Index(promises)
    mine = {p.pk for p in promises if p.item in changed}
    later = _later(promises, mine, changed)
    found: dict[tuple[int, int], Proposal] = {}
    for delivery in [*new.values(), *later.values()]:
        for promise in index.candidates(delivery):
            if delivery.pk in changed or promise.pk in mine:
                proposal = score(promise, delivery)
                if proposal.score >= THRESHOLD:
                    found[(promise.pk, delivery.pk)] = proposal
    return _store(found, changed, mine)


def _public(items: QuerySet[AgendaItem]) -> QuerySet[AgendaItem]:
    return items.filter(open_q())  # the public, open items among them


def _deliveries(items: QuerySet[AgendaItem]) -> dict[int, Delivery]:
    """Public items as deliveries, their words read in a few queries."""
    rows = list(
        _public(items).values(
            "pk",
            "title",
            "meeting__date",
            "meeting__committee_id",
            "meeting__committee__name",
            "meeting__committee__body_id",
        )
    )
    found = {}
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        pks = [row["pk"] for row in chunk]
        texts, follows = _texts(pks), _follows(pks)
        for row in chunk:
            title = row["title"]
            found[row["pk"]] = Delivery(
                pk=row["pk"],
                body=row["meeting__committee__body_id"],
                committee=row["meeting__committee_id"],
                committee_name=row["meeting__committee__name"],
                day=row["meeting__date"],
                title=title,
                title_words=words(title),
                words=words("\n".join([title, *texts[row["pk"]]])),
                follows=follows.get(row["pk"], set()),
            )
    return found


def _texts(pks: list[int]) -> dict[int, list[str]]:
    """Report summaries and the first minutes of each item."""
    texts: dict[int, list[str]] = {pk: [] for pk in pks}
    reports = Report.objects.alive().filter(agenda_item_id__in=pks)
    for pk, summary in reports.values_list("agenda_item_id", "summary"):
        texts[pk].append(summary or "")
    blocks = MinutesBlock.objects.alive().filter(agenda_item_id__in=pks)
    read: dict[int, int] = defaultdict(int)
    for pk, text in blocks.order_by("agenda_item_id", "position").values_list(
        "agenda_item_id", "text"
    ):
        if read[pk] < MINUTES_READ:
            texts[pk].append(text or "")
            read[pk] += 1
    return texts


def _follows(pks: list[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    refs = ItemReference.objects.alive().filter(
        agenda_item_id__in=pks, target__isnull=False
    )
    for pk, target in refs.values_list("agenda_item_id", "target_id"):
        found[pk].add(target)
    return found


def _promises(new: Iterable[Delivery]) -> list[Promise]:
    """Tracked promises of the bodies of ``new`` that a changed item may keep
    or that may be kept by an item stored later than them."""
    by_body: dict[int, list[date]] = defaultdict(list)
    for d in new:
        by_body[d.body].append(d.day)
    query = Q()
    for body, days in by_body.items():
        query |= Q(
            agenda_item__meeting__committee__body_id=body,
            agenda_item__meeting__date__gte=min(days) - HORIZON,
            agenda_item__meeting__date__lte=max(days),
        )
    rows = list(
        Commitment.objects.alive()
        .filter(query, open_q("agenda_item"), status__in=TRACKED)
        .values(*PROMISE_FIELDS, **PROMISE_PLACE)
    )
    per_item: dict[int, int] = defaultdict(int)
    for row in rows:
        per_item[row["agenda_item_id"]] += 1
    return [Promise.of(row, only=per_item[row["agenda_item_id"]] == 1) for row in rows]


def _later(
    promises: list[Promise], mine: set[int], changed: set[int]
) -> dict[int, Delivery]:
    """Items stored before the changed ones that may keep their promises:
    later items of the body, within the horizon, whose title shares a word
    with one of those promises or that follow a changed item."""
    own = [p for p in promises if p.pk in mine]
    if not own:
        return {}
    spans: dict[int, tuple[Any, ...]] = {}
    wanted: set[str] = set()
    for p in own:
        low, high = spans.get(p.body, (p.made, p.last))
        spans[p.body] = (min(low, p.made), max(high, p.last))
        wanted |= p.own_words | p.subject
    query = Q()
    for body, (low, high) in spans.items():
        query |= Q(
            meeting__committee__body_id=body,
            meeting__date__gt=low,
            meeting__date__lte=high,
        )
    rows = _public(AgendaItem.objects.filter(query)).values_list("pk", "title")
    titled = [(pk, title) for pk, title in rows if pk not in changed]
    if not titled:
        return {}
    following: set[int] = set()
    for chunk in _chunks(sorted({p.item for p in own})):
        refs = ItemReference.objects.alive().filter(target_id__in=chunk)
        following |= set(refs.values_list("agenda_item_id", flat=True))
    pks = [pk for pk, title in titled if pk in following or words(title) & wanted]
    found: dict[int, Delivery] = {}
    for chunk in _chunks(pks):
        found.update(_deliveries(AgendaItem.objects.filter(pk__in=chunk)))
    return found


class Index:
    """Promises by what an item must share with them to be looked at, each
    list in date order so an item reads only the promises of its window."""

    def __init__(self, promises: list[Promise]) -> None:
        self.by_item: dict[int, list[Promise]] = defaultdict(list)
        # (committee, word) → (made, pk, promise), by date made
        self.by_committee: dict[tuple[int, str], list[tuple[Any, ...]]] = defaultdict(
            list
        )
        # (body, word) → (due, pk, promise), by due date
        self.by_due: dict[tuple[int, str], list[tuple[Any, ...]]] = defaultdict(list)
        committees = _committees({p.body for p in promises})
        targets: dict[tuple[Any, ...], list[int]] = {}
        for p in promises:
            self.by_item[p.item].append(p)
            key = (p.body, p.committee, p.recipient)
            if key not in targets:  # recipients repeat: resolve each once
                targets[key] = [
                    pk for pk, name in committees[p.body] if for_committee(p, pk, name)
                ]
            for word in p.own_words | p.subject:
                for committee in targets[key]:
                    self.by_committee[(committee, word)].append((p.made, p.pk, p))
                if p.due:
                    self.by_due[(p.body, word)].append((p.due, p.pk, p))
        for postings in [*self.by_committee.values(), *self.by_due.values()]:
            postings.sort(key=lambda entry: entry[:2])

    def candidates(self, d: Delivery) -> list[Promise]:
        """The promises ``d`` may keep, each once, in a stable order."""
        found: dict[int, Promise] = {}
        for target in d.follows:
            found.update((p.pk, p) for p in self.by_item.get(target, []))
        for word in d.title_words:
            made = self.by_committee.get((d.committee, word), ())
            for _, pk, p in _window(made, d.day - HORIZON, d.day, inclusive=False):
                if d.day <= p.last:
                    found[pk] = p
            dues = self.by_due.get((d.body, word), ())
            for _, pk, p in _window(dues, d.day - DUE_WINDOW, d.day + DUE_WINDOW):
                if p.made < d.day:
                    found[pk] = p
        return [found[pk] for pk in sorted(found)]


def _window(
    postings: "list[tuple[Any, ...]] | tuple[()]",
    low: Any,
    high: Any,
    inclusive: bool = True,
) -> Iterator[tuple[Any, ...]]:
    """Entries of date-ordered ``postings`` from ``low`` to ``high``."""
    for entry in postings[bisect.bisect_left(postings, (low, -1)) :]:
        if entry[0] > high or (entry[0] == high and not inclusive):
            return
        yield entry


def _committees(bodies: set[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    rows = Committee.objects.alive().filter(body_id__in=bodies)
    for pk, body, name in rows.values_list("pk", "body_id", "name"):
        found[body].append((pk, name))
    return found


def _chunks(pks: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(pks), BATCH):
        yield pks[start : start + BATCH]


def _store(
    found: dict[tuple[int, int], Proposal], changed: set[int], mine: set[int]
) -> list[Fulfilment]:
    """Store new proposals and renew the undecided ones of the changed items;
    an undecided proposal they no longer give is removed, a decided one
    (confirmed or rejected) is left as the clerk left it."""
    known: dict[tuple[int, int], Fulfilment] = {}
    for chunk in _chunks(sorted(changed)):
        known.update(_links(Q(item_id__in=chunk)))
    for chunk in _chunks(sorted(mine)):
        known.update(_links(Q(commitment_id__in=chunk)))
    undecided = Fulfilment.State.PROPOSED
    stale = [
        link.pk
        for pair, link in known.items()
        if pair not in found and link.state == undecided
    ]
    renewed = []
    for pair, proposal in found.items():
        link = known.get(pair)
        if link and link.state == undecided and link.score != proposal.score:
            link.score, link.reasons = proposal.score, proposal.reasons
            renewed.append(link)
    Fulfilment.objects.bulk_update(renewed, ["score", "reasons"], batch_size=BATCH)
    for chunk in _chunks(stale):
        Fulfilment.objects.filter(pk__in=chunk).delete()
    rows = [
        Fulfilment(commitment_id=c, item_id=i, score=p.score, reasons=p.reasons)
        for (c, i), p in sorted(found.items())
        if (c, i) not in known
    ]
    made = Fulfilment.objects.bulk_create(rows, batch_size=BATCH)
    # bulk_create sends no signals: both items' pages show the proposal.
    touched = made + renewed
    for chunk in _chunks(sorted({row.commitment_id for row in touched})):
        promised_at = Commitment.objects.filter(pk__in=chunk)
        items_changed(*promised_at.values_list("agenda_item_id", flat=True))
    items_changed(*{row.item_id for row in touched})
    return made


def _links(where: Q) -> dict[tuple[int, int], Fulfilment]:
    rows = Fulfilment.objects.filter(where).only(
        "pk", "commitment_id", "item_id", "state", "score"
    )
    return {(row.commitment_id, row.item_id): row for row in rows}

"""Which open commitments a new item may fulfil, ranked, with the reasons.

Evidence, strongest first:

1. an explicit reference: the item says it follows the commitment's item
   (a reference the tracker resolved, ``moot/tracker/references.py``);
2. the committee the commitment was for: the promising committee for "the
   Committee" or "this Committee", one of a set for "Area Committees", the body
   named otherwise;
3. the due window: the item comes near the due date;
4. words the promise and the item share, leaving out what every item on a
   subject shares (the committee's, recipient's and owner's names).

Each proposal carries a score between 0 and 1 meant as the chance that a clerk
confirms it: an explicit reference alone gives 0.95; otherwise shared words
weigh most, the committee and the due window add to them, and an item that
follows another meeting's item, or comes more than a year after the due date,
loses. Nothing under ``THRESHOLD`` is proposed. The tracker reads the
structure the parser gave (references, due dates); it never reads text again.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from moot.records.models import AgendaItem, ItemReference, MinutesBlock, Report

from .models import Commitment, Fulfilment

EXPLICIT = 0.95
THRESHOLD = 0.5
WEIGHTS = {"words": 0.6, "committee": 0.25, "due": 0.15}
FOLLOWS_OTHER = 0.5  # factor when the item says it follows another item
LONG_AFTER_DUE_DAYS = 365
MIN_SHARED_WORDS = 2
MONTHS = set(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
GENERIC_RECIPIENTS = {"", "the committee", "this committee", "committee"}
GENERIC_RECIPIENTS |= {"the board", "this board", "the panel", "this panel"}
GENERIC_RECIPIENTS |= {"the sub-committee", "this sub-committee", "members"}
STOP = set(
    """a an and are as at be been by for from has have in into is it its of on
    or that the their these this those to was were will with which who would
    report reports update updates further progress committee committees council
    meeting meetings months month time times year years within submitted
    presented provided considered noted be next subsequent""".split()
)


@dataclass
class Proposal:
    commitment: Commitment
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    evidence: bool = False  # an explicit reference or enough shared words


def words(text: str) -> set[str]:
    """Words that can tell one matter from another: not numbers, years or
    months, which any two items of a season share."""
    tokens = re.findall(r"[a-z][a-z0-9]*", text.lower().replace("’", "'"))
    return {t for t in tokens if len(t) > 2 and t not in STOP and t not in MONTHS}


def item_text(item: AgendaItem) -> str:
    """The title, report summaries and first minutes of ``item``."""
    parts = [item.title]
    parts += Report.objects.filter(agenda_item=item).values_list("summary", flat=True)
    parts += MinutesBlock.objects.filter(agenda_item=item).values_list(
        "text", flat=True
    )[:3]
    return "\n".join(p for p in parts if p)


def candidates(item: AgendaItem) -> Any:
    """Open commitments made before ``item`` in its body, not yet linked to it.

    Commitments of exempt items are left out: a clerk may link one by hand.
    """
    meeting = item.meeting
    return (
        Commitment.objects.alive()
        .filter(
            status=Commitment.Status.OPEN,
            agenda_item__deleted__isnull=True,
            agenda_item__is_exempt=False,
            agenda_item__meeting__committee__body_id=meeting.committee.body_id,
            agenda_item__meeting__date__lt=meeting.date,
        )
        .exclude(fulfilments__item=item)
        .select_related("agenda_item__meeting__committee")
    )


def _explicit(item: AgendaItem, c: Commitment, follows: set[int]) -> str:
    if c.agenda_item_id in follows:
        return f"This item says it follows “{c.agenda_item.title}”"
    return ""


def _for_committee(item: AgendaItem, c: Commitment) -> str:
    """Why ``item``'s committee is the one the commitment was for, if it is."""
    committee = item.meeting.committee
    promising = c.agenda_item.meeting.committee
    recipient = " ".join((c.recipient or "").lower().split())
    if recipient in GENERIC_RECIPIENTS:
        if committee.pk == promising.pk:
            return f"Same committee: {committee.name}"
        return ""
    plural = re.search(r"([\w-]+) committees\b", recipient)
    if plural:
        if f"{plural[1]} committee" in committee.name.lower():
            return f"For {c.recipient}: {committee.name} is one"
        return ""
    named = recipient.removeprefix("the ")
    if named and (named in committee.name.lower() or committee.name.lower() in named):
        return f"For {c.recipient}"
    return ""


def _due_window(item: AgendaItem, c: Commitment) -> float:
    """1 at the due date, falling to 0 six months either side."""
    if c.due_date is None:
        return 0.0
    gap = abs((item.meeting.date - c.due_date).days)
    return max(0.0, 1 - gap / 183)


def _similarity(new: set[str], c: Commitment) -> tuple[float, list[str]]:
    promise = words(f"{c.text} {c.agenda_item.title}") - words(
        f"{c.recipient} {c.owner} {c.agenda_item.meeting.committee.name}"
    )
    shared = sorted(promise & new)
    if not promise:
        return 0.0, shared
    return len(shared) / len(promise), shared


def score(
    item: AgendaItem, new: set[str], c: Commitment, follows: set[int]
) -> Proposal:
    """The chance a clerk confirms ``item`` as meeting ``c``, with the reasons."""
    proposal = Proposal(c)
    explicit = _explicit(item, c, follows)
    committee = _for_committee(item, c)
    overlap, shared = _similarity(new, c)
    # The link gives the subject; the promise's own words must meet the item.
    own = words(c.text) - words(f"{c.recipient} {c.owner}")
    if explicit and (own & new or committee):
        # The item follows the promise's item, and speaks of this promise
        # or comes where it was due: not every promise of an item it follows.
        proposal.score = EXPLICIT
        proposal.reasons += [explicit, committee] if committee else [explicit]
        proposal.evidence = True
        return proposal
    chance = 0.0
    if len(shared) >= MIN_SHARED_WORDS:
        chance += WEIGHTS["words"] * min(1.0, overlap * 2)
        proposal.reasons.append(f"Shares the words: {', '.join(shared[:8])}")
    if committee:
        chance += WEIGHTS["committee"]
        proposal.reasons.append(committee)
    window = _due_window(item, c)
    if window:
        chance += WEIGHTS["due"] * window
        proposal.reasons.append(f"Due {c.due_date:%-d %B %Y}, near this meeting")
    if follows:
        chance *= FOLLOWS_OTHER
        proposal.reasons.append("It says it follows another item")
    if c.due_date and (item.meeting.date - c.due_date).days > LONG_AFTER_DUE_DAYS:
        chance *= 0.5
        proposal.reasons.append("More than a year after the due date")
    proposal.score = round(chance, 2)
    proposal.evidence = len(shared) >= MIN_SHARED_WORDS and chance >= THRESHOLD
    return proposal


def rank(item: AgendaItem) -> list[Proposal]:
    """Proposals for ``item``, best first; none for an exempt item."""
    if item.is_exempt or item.deleted:
        return []
    new = words(item_text(item))
    follows = _follows(item)
    found = [score(item, new, c, follows) for c in candidates(item)]
    found = [p for p in found if p.evidence]
    return sorted(found, key=lambda p: (-p.score, p.commitment.pk))


def propose(item: AgendaItem) -> list[Fulfilment]:
    """Store ``item``'s proposals for a clerk, as the fulfilment of earlier
    commitments and, for its own commitments, of later items already stored
    (items arrive in any order); decided links are left alone."""
    return _store(item, rank(item)) + propose_later(item)


def propose_later(item: AgendaItem) -> list[Fulfilment]:
    """Later items of the body that may fulfil ``item``'s own commitments."""
    mine = list(candidates_of(item))
    if not mine:
        return []
    meeting = item.meeting
    later = AgendaItem.objects.public().filter(
        is_exempt=False,
        meeting__committee__body_id=meeting.committee.body_id,
        meeting__date__gt=meeting.date,
        meeting__date__lte=meeting.date.replace(year=meeting.date.year + 3),
    )
    made = []
    for other in later.select_related("meeting__committee")[:300]:
        new = words(item_text(other))
        follows = _follows(other)
        found = [score(other, new, c, follows) for c in mine]
        found = [p for p in found if p.evidence]
        made += _store(other, found)
    return made


def candidates_of(item: AgendaItem) -> QuerySet[Commitment]:
    """``item``'s own open commitments, if it is public."""
    if item.is_exempt or item.deleted:
        return Commitment.objects.none()
    return (
        Commitment.objects.alive()
        .filter(agenda_item=item, status=Commitment.Status.OPEN)
        .select_related("agenda_item__meeting__committee")
    )


def _follows(item: AgendaItem) -> set[int]:
    return set(
        ItemReference.objects.filter(
            agenda_item=item, target__isnull=False, deleted__isnull=True
        ).values_list("target_id", flat=True)
    )


def _store(item: AgendaItem, proposals: list[Proposal]) -> list[Fulfilment]:
    made = []
    for p in proposals:
        link, created = Fulfilment.objects.get_or_create(
            commitment=p.commitment,
            item=item,
            defaults={"score": p.score, "reasons": p.reasons},
        )
        if created:
            made.append(link)
    return made

"""Find the earlier item a reference names, and join both into one Issue.

An explicit reference needs no clerk: "Previous Reference: Minute 23
(2019/20)" names one item; "the report presented to the Executive on 3
October 2018" names a meeting, and the item there on the same matter. Only the
parts the parser read are used (minute and municipal year, body, date, month,
year, "previous meeting"); text is never read again.

Items can arrive in any order: a reference that names an item not stored yet
stays unresolved, and is tried again whenever an earlier item of the same
council is stored.
"""

import re
from datetime import date

from dateutil.relativedelta import relativedelta
from django.db.models import Q, QuerySet

from moot.records.dates import municipal_year
from moot.records.models import AgendaItem, Committee, ItemReference

from .threads import join

WORD = re.compile(r"[a-z][a-z0-9]{2,}")
# Words every item on a subject, or every report, shares: no evidence of one matter.
COMMON = set(
    """
    the and for with from this that report reports update updates progress review
    item items minutes committee council cabinet board panel meeting executive
    scrutiny overview policy performance annual quarterly plan strategy matters
    recommendations recommendation referral referred motion final further
    """.split()
)


def resolve_own(pks: list[int]) -> set[int]:
    """Resolve the references of the items ``pks``; return the ids of those
    resolved."""
    resolved = set()
    own = ItemReference.objects.filter(agenda_item_id__in=pks, target__isnull=True)
    for reference in own.select_related("agenda_item__meeting__committee"):
        resolved |= _resolve(reference)
    return resolved


def resolve_waiting(places: dict[int, set[date]], skip: set[int]) -> set[int]:
    """Resolve the references of later items (not in ``skip``) that may name
    an item held on one of the days ``places`` gives for each body: by its
    date, month, year or municipal year, "the previous meeting", or the body
    alone. Return the ids of the items whose references were resolved."""
    resolved = set()
    for body, dates in places.items():
        waiting = ItemReference.objects.filter(
            target__isnull=True,
            deleted__isnull=True,
            agenda_item__meeting__committee__body_id=body,
            agenda_item__meeting__date__gt=min(dates),
        ).exclude(agenda_item_id__in=skip)
        years = {municipal_year(d) for d in dates}
        months = {(d.year, d.month) for d in dates}
        for reference in waiting.select_related("agenda_item__meeting__committee"):
            if _may_name(reference, dates, years, months):
                resolved |= _resolve(reference)
    return resolved


def _may_name(
    reference: ItemReference,
    dates: set[date],
    years: set[str],
    months: set[tuple[int, int]],
) -> bool:
    if reference.date:
        return reference.date in dates
    if reference.month and reference.year:
        return (reference.year, reference.month) in months
    if reference.year:
        return any(year == reference.year for year, _ in months)
    if reference.municipal_year:
        return reference.municipal_year in years
    return True  # "the previous meeting", the body alone, or a bare minute


def _resolve(reference: ItemReference) -> set[int]:
    source = reference.agenda_item
    target = find_target(reference, source)
    if target is None:
        return set()
    reference.target = target
    reference.save(update_fields=["target", "modified"])
    join(source, target)
    return {source.pk}


def find_target(reference: ItemReference, source: AgendaItem) -> AgendaItem | None:
    """The one earlier item the reference names, or None if it is not clear."""
    meeting = source.meeting
    earlier = AgendaItem.objects.public().filter(
        meeting__committee__body_id=meeting.committee.body_id,
        meeting__date__lt=meeting.date,
    )
    committees = _committees(reference, source)
    if committees is not None:
        earlier = earlier.filter(meeting__committee__in=committees)
    dated = _when(reference, earlier, source, committees)
    if dated is None:
        return None
    candidates = list(dated.select_related("meeting")[:200])
    if reference.minute:
        return candidates[0] if len(candidates) == 1 else None
    named = reference.date or reference.year or reference.previous_meeting
    return _same_matter(source, reference, candidates, 1 if named else 2)


def _committees(reference: ItemReference, source: AgendaItem) -> list[int] | None:
    name = reference.committee_name
    if not name:
        return None
    if name == "this":
        return [source.meeting.committee_id]
    body = source.meeting.committee.body_id
    rows = Committee.objects.filter(body_id=body).values_list("pk", "name")
    wanted = _fold(name)
    exact = [pk for pk, n in rows if _fold(n) == wanted]
    near = [pk for pk, n in rows if wanted in _fold(n) or _fold(n) in wanted]
    return exact or near or None


def _when(
    reference: ItemReference,
    items: QuerySet[AgendaItem],
    source: AgendaItem,
    committees: list[int] | None,
) -> QuerySet[AgendaItem] | None:
    if reference.minute:
        numbers = [reference.minute, f"{reference.minute}."]
        items = items.filter(number__in=numbers)
        span = _municipal_year(reference.municipal_year)
        return items.filter(meeting__date__range=span) if span else items
    if reference.date:
        return items.filter(meeting__date=reference.date)
    if reference.month and reference.year:
        return items.filter(
            meeting__date__year=reference.year, meeting__date__month=reference.month
        )
    if reference.year:
        return items.filter(meeting__date__year=reference.year)
    if committees and not reference.previous_meeting:
        # Only the body is named ("the final report from the Scrutiny
        # Committee on the review"): its items of the last three years.
        since = source.meeting.date - relativedelta(years=3)  # 29 Feb → 28 Feb
        return items.filter(meeting__date__gte=since)
    if reference.previous_meeting and committees:
        last = (
            items.order_by("-meeting__date")
            .values_list("meeting_id", flat=True)
            .first()
        )
        return items.filter(meeting_id=last) if last else None
    return None


def _municipal_year(text: str) -> tuple[date, date] | None:
    """ "2019/20" runs from May 2019 to April 2020."""
    match = re.fullmatch(r"(\d{4})/(\d{2,4})", text or "")
    if not match:
        return None
    start = int(match.group(1))
    return date(start, 5, 1), date(start + 1, 4, 30)


def _same_matter(
    source: AgendaItem,
    reference: ItemReference,
    candidates: list[AgendaItem],
    least: int,
) -> AgendaItem | None:
    """The candidate sharing most distinctive words of the item's title and
    the reference's own words ("the final report ... on the Policy Review on
    the Enforcement Policy on Fly-Tipping"), at least ``least``; none on a
    tie. A meeting's only item needs none."""
    words = _words(source.title) | _words(reference.text)
    scored = sorted(
        ((len(words & _words(c.title)), c.meeting.date, c) for c in candidates),
        key=lambda row: (-row[0], -row[1].toordinal()),
    )
    if len(scored) == 1 and least == 1 and (scored[0][0] or _alone(candidates)):
        return scored[0][2]
    if not scored or scored[0][0] < least:
        return None
    # Equal evidence at one meeting is a tie, unless the items are one
    # matter under one title; at several meetings, the latest is meant.
    tied = [row[2] for row in scored if row[:2] == scored[0][:2]]
    if len({_fold(item.title) for item in tied}) > 1:
        return None
    return min(tied, key=lambda item: item.pk)


def _alone(candidates: list[AgendaItem]) -> bool:
    """The only item of its meeting: the reference can mean nothing else."""
    item = candidates[0]
    return (
        not AgendaItem.objects.public()
        .filter(~Q(pk=item.pk), meeting_id=item.meeting_id)
        .exists()
    )


def _words(title: str) -> set[str]:
    return {w for w in WORD.findall(title.casefold()) if w not in COMMON}


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.casefold()).split())

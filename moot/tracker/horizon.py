"""How far Moot's record of each council reaches: whether "overdue" is known.

A promise whose due date has passed is overdue only if Moot holds the minutes
of a meeting of that council held after that date: that is where its delivery
would have been recorded. A council imported from 2019 to 2021 has promises
due in 2022 that may well have been kept; Moot cannot say, and says so
("no record since it fell due") rather than calling them overdue. A council that
publishes in Moot reaches today, less the meetings whose minutes are not out.
"""

from datetime import date

from django.db.models import Case, DateField, Max, Q, Value, When

from moot.records.models import Meeting

HELD_ON_RECORD = (Meeting.MinutesStatus.PUBLISHED, Meeting.MinutesStatus.APPROVED)
BODY = "agenda_item__meeting__committee__body_id"


def minutes_until() -> dict[int, date]:
    """Each council's latest public meeting whose minutes Moot holds."""
    rows = (
        Meeting.objects.public()
        .filter(minutes_status__in=HELD_ON_RECORD)
        .order_by()
        .values_list("committee__body_id")
        .annotate(last=Max("date"))
    )
    return {body: last for body, last in rows}


def recorded_since_due(today: date, reach: dict[int, date] | None = None) -> Q:
    """Commitments due before ``today`` with minutes on record after the due date."""
    reach = minutes_until() if reach is None else reach
    known = Q(pk__in=[])
    for body, last in reach.items():
        known |= Q(**{BODY: body, "due_date__lt": min(today, last)})
    return known


def reach_of(reach: dict[int, date]) -> Case:
    """Each row's council's reach, as a column."""
    whens = [When(**{BODY: body, "then": Value(last)}) for body, last in reach.items()]
    return Case(*whens, default=Value(None), output_field=DateField())


def is_known_overdue(due: date | None, today: date, reach: date | None) -> bool:
    return due is not None and due < today and reach is not None and due < reach

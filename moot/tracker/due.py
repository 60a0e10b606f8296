"""Due dates that follow the calendar: "to the next meeting".

The parser leaves such a commitment without a date (the calendar may not yet
hold the meeting). Here it is flagged ``due_at_next_meeting`` and given the
date of its committee's next meeting after the one that made it, as soon as
there is one; saving or deleting any meeting of the committee recomputes it,
so the date follows a meeting that moves or is cancelled.
"""

import re
from datetime import date
from typing import Any

from moot.records.changes import items_changed
from moot.records.models import AgendaItem, Meeting

from .models import Commitment

NEXT_MEETING = re.compile(r"\bnext (?:\w+ )?meeting\b", re.IGNORECASE)
UNSETTLED = [Commitment.Status.PROPOSED, Commitment.Status.OPEN]


def is_next_meeting(phrase: str) -> bool:
    """Whether a due phrase means the committee's next meeting."""
    return bool(NEXT_MEETING.search(phrase or ""))


def next_meeting_date(committee_id: int, after: date) -> date | None:
    """The first meeting of the committee after ``after`` that will sit."""
    return (
        Meeting.objects.alive()
        .filter(committee_id=committee_id, date__gt=after)
        .exclude(status__in=[Meeting.Status.CANCELLED, Meeting.Status.POSTPONED])
        .order_by("date")
        .values_list("date", flat=True)
        .first()
    )


def flag_next_meeting(item: AgendaItem) -> None:
    """Mark the item's undated "next meeting" commitments and date them."""
    rows = Commitment.objects.filter(
        agenda_item=item, due_date__isnull=True, due_at_next_meeting=False
    )
    wanted = [c.pk for c in rows if is_next_meeting(c.due_phrase)]
    if wanted:
        Commitment.objects.filter(pk__in=wanted).update(due_at_next_meeting=True)
        follow_calendar(item.meeting.committee_id)


def follow_calendar(committee_id: int) -> int:
    """Re-date the committee's "next meeting" commitments; return how many moved."""
    rows = Commitment.objects.filter(
        due_at_next_meeting=True,
        status__in=UNSETTLED,
        agenda_item__meeting__committee_id=committee_id,
    ).select_related("agenda_item__meeting")
    changed = []
    for row in rows:
        due = next_meeting_date(committee_id, row.agenda_item.meeting.date)
        if due != row.due_date:
            row.due_date = due
            changed.append(row)
    Commitment.objects.bulk_update(changed, ["due_date"])
    items_changed(*{row.agenda_item_id for row in changed})
    return len(changed)


def meeting_changed(sender: Any, instance: Meeting, **kwargs: Any) -> None:
    """Signal receiver: a meeting was saved or deleted."""
    if kwargs.get("raw"):
        return
    follow_calendar(instance.committee_id)

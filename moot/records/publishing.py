"""A clerk's meeting from draft to published to minutes approved.

A meeting made or pasted as a draft is seen by staff only: the exempt rule's
``known_q`` (moot/records/models/exempt.py) keeps its items off every public
page, feed, export and the search index. Publishing goes through the change
point (a queryset ``update``), so pages, search and subscribers hear of it at
once; a publication set for later is done by ``moot publish-due``.
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from .models import Meeting


def publish(meetings) -> int:
    """Publish these meetings now; return how many were drafts."""
    with transaction.atomic():
        return meetings.filter(draft=True).update(draft=False, publish_at=None)


def withdraw(meetings) -> int:
    """Take these meetings back to draft, off the public site; return how many."""
    with transaction.atomic():
        return meetings.filter(draft=False).update(draft=True, publish_at=None)


def schedule(meetings, when: datetime) -> int:
    """Keep these meetings as drafts until ``when``; return how many."""
    with transaction.atomic():
        return meetings.update(draft=True, publish_at=when)


def publish_due(now: datetime | None = None) -> int:
    """Publish every draft whose time has come (``moot publish-due``)."""
    now = now or timezone.now()
    return publish(Meeting.objects.alive().filter(publish_at__lte=now))


def approve_minutes(meeting: Meeting, at: Meeting | None = None) -> Meeting | None:
    """Mark the minutes approved as a correct record at ``at`` (else the next meeting).

    Returns the approving meeting, or None when the committee has no later
    meeting yet (the minutes are marked approved without one).
    """
    at = at or meeting.next_meeting()
    with transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(
            minutes_status=Meeting.MinutesStatus.APPROVED, minutes_approved_at=at
        )
    return at

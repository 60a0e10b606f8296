"""Issues: items about one matter, across meetings, joined into one thread.

A confirmed fulfilment joins the item that made the promise and the item that
met it; an explicit previous reference does the same when a clerk confirms it.
"""

from django.db import transaction

from moot.records.changes import items_changed
from moot.records.models import AgendaItem, Issue
from moot.records.slugs import unique_slug


def thread_title(item: AgendaItem) -> str:
    title = item.title
    return title[:1] + title[1:].lower() if title.isupper() else title


def join(*items: AgendaItem) -> Issue:
    """Put ``items`` in one Issue, merging the issues they already had."""
    ordered = sorted(items, key=lambda i: (i.meeting.date, i.pk))
    with transaction.atomic():
        issues = [i.issue for i in ordered if i.issue is not None]
        if issues:
            issue = issues[0]
        else:
            title = thread_title(ordered[0])
            issue = Issue.objects.create(
                title=title[:300],
                slug=unique_slug(Issue, title, 100),
                body_id=ordered[0].meeting.committee.body_id,
                importer="tracker",
            )
        others = {i.pk for i in issues if i.pk != issue.pk}
        AgendaItem.objects.filter(issue_id__in=others).update(issue=issue)
        AgendaItem.objects.filter(pk__in=[i.pk for i in ordered]).update(issue=issue)
        for i in ordered:
            i.issue = issue
        items_changed(*[i.pk for i in ordered])
    return issue

"""The demo's threads: real councils' real items on one matter, nothing invented.

``make demo`` loads the labelled real threads of ``moot/tracker/tests/chains/``
(pages as the councils published them, each with its address) through the
one loader, as an import would: the links the pages state join their items
into one Issue, their promises become commitments, and Moot proposes which
later item may have delivered each. Nothing is confirmed on a clerk's behalf:
a proposal stays a proposal until a clerk decides it.
"""

from django.db import transaction

from moot.records.models import AgendaItem

from .chains import load, threads


def load_threads() -> list[str]:
    """Load every real thread; one line per thread for the command to print."""
    lines = []
    for thread in threads():
        with transaction.atomic():
            items = load(thread)
        first = min(items.values(), key=lambda i: (i.meeting.date, i.pk))
        issue = AgendaItem.objects.get(pk=first.pk).issue
        where = issue.get_absolute_url() if issue else first.get_absolute_url()
        lines.append(f"{thread.council}: {thread.labels['subject']} — {where}")
    return lines

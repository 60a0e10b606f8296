"""The filters and sort orders of the commitments list, its CSV and calendars."""

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import F, Q
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Commitment
from .models.commitment import CommitmentQuerySet

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
STATUSES = [
    ("overdue", _("Overdue")),
    ("unrecorded", _("Past due, no record since")),
    ("open", _("Open, not yet due")),
    ("proposed", _("Awaiting a clerk")),
    ("fulfilled", _("Fulfilled")),
    ("withdrawn", _("Withdrawn")),
    ("superseded", _("Superseded")),
]
SORTS = {
    "due": (_("Due date, soonest first"), [F("due_date").asc(nulls_last=True)]),
    "-due": (_("Due date, latest first"), [F("due_date").desc(nulls_last=True)]),
    "-made": (_("Newest promises first"), [F("agenda_item__meeting__date").desc()]),
    "made": (_("Oldest promises first"), [F("agenda_item__meeting__date").asc()]),
    "committee": (_("Committee"), [F("agenda_item__meeting__committee__name").asc()]),
    "owner": (_("Owner"), [F("owner").asc()]),
}


def public_commitments() -> CommitmentQuerySet:
    """Every commitment the public may see, with what the pages show of it."""
    return (
        Commitment.objects.public()
        .select_related(
            "agenda_item__meeting__committee__body",
            "fulfilled_by__meeting__committee",
        )
        .with_reach()
    )


def _date(value: str, errors: list[str], label: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(
            gettext("%(label)s must be a date written YYYY-MM-DD.") % {"label": label}
        )
        return None


def _text(query: QueryDict, name: str) -> str:
    """A text parameter without control characters: a NUL would make
    PostgreSQL refuse the query (an error page) where no row could match."""
    return CONTROL.sub("", query.get(name, "")).strip()


APOSTROPHES = re.compile("[\u0027\u2019\u2018\u02bc\u0060]")


def owner_matches(text: str) -> Q:
    """Owners whose name contains ``text``, however its apostrophes are written.

    Minutes write "Children’s Services" with a curly apostrophe, people type a
    straight one; both must find the same officer, and part of a name will do.
    """
    plain = APOSTROPHES.sub("'", text)
    match = Q()
    for spelling in {plain, plain.replace("'", "\u2019"), plain.replace("'", "\u2018")}:
        match |= Q(owner__icontains=spelling)
    return match


@dataclass
class CommitmentFilter:
    body: str = ""
    committee: str = ""
    owner: str = ""
    status: str = ""
    due_from: date | None = None
    due_to: date | None = None
    sort: str = "due"

    @classmethod
    def from_query(cls, query: QueryDict) -> tuple["CommitmentFilter", list[str]]:
        """The filter a query string asks for, and sentences for what was wrong."""
        errors: list[str] = []
        status = query.get("status", "")
        if status and status not in dict(STATUSES):
            errors.append(
                gettext("There is no status %(status)r.") % {"status": status}
            )
            status = ""
        sort = query.get("sort", "due")
        if sort not in SORTS:
            errors.append(gettext("Cannot sort by %(sort)r.") % {"sort": sort})
            sort = "due"
        found = cls(
            body=_text(query, "body"),
            committee=_text(query, "committee"),
            owner=_text(query, "owner"),
            status=status,
            due_from=_date(query.get("due_from", ""), errors, gettext("Due from")),
            due_to=_date(query.get("due_to", ""), errors, gettext("Due to")),
            sort=sort,
        )
        return found, errors

    def apply(self, rows: Any, today: date | None = None) -> Any:
        if self.body:
            rows = rows.filter(agenda_item__meeting__committee__body__slug=self.body)
        if self.committee:
            rows = rows.filter(agenda_item__meeting__committee__slug=self.committee)
        if self.owner:
            rows = rows.filter(owner_matches(self.owner))
        if self.status:
            rows = rows.with_status(self.status, today)
        if self.due_from:
            rows = rows.filter(due_date__gte=self.due_from)
        if self.due_to:
            rows = rows.filter(due_date__lte=self.due_to)
        return rows.order_by(*SORTS[self.sort][1], "pk")

    def query(self, **changes: Any) -> str:
        """The query string for this filter, with ``changes``."""
        values = {
            "body": self.body,
            "committee": self.committee,
            "owner": self.owner,
            "status": self.status,
            "due_from": self.due_from.isoformat() if self.due_from else "",
            "due_to": self.due_to.isoformat() if self.due_to else "",
            "sort": "" if self.sort == "due" else self.sort,
            **changes,
        }
        query = QueryDict(mutable=True)
        for key, value in values.items():
            if value:
                query[key] = value
        return query.urlencode()

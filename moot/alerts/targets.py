"""What a subscription can follow: each kind's public row, title and page.

Only public rows are followed (the public querysets of moot/records and
moot/tracker), so nobody can subscribe to, or hear of, what is withheld.
"""

from urllib.parse import urlencode

from django.db.models import Model, QuerySet
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moot.records.models import AgendaItem, Committee, Issue, Person
from moot.tracker.models import Commitment

from .models import Subscription

Kind = Subscription.Kind
SEARCH_FIELDS = ("q", "committee", "body", "kind", "status", "date_from", "date_to")
# How a page or an email names what an alert follows, in the language of the
# moment (a Welsh page; the worker writes emails in English): (named, gone).
TITLES = {
    Kind.COMMITMENT: (
        _("the commitment “%(row)s”"),
        _("a commitment no longer published"),
    ),
    Kind.ITEM: (
        _("the agenda item “%(row)s”"),
        _("an agenda item no longer published"),
    ),
    Kind.ISSUE: (_("the issue “%(row)s”"), _("an issue no longer published")),
    Kind.COMMITTEE: (
        _("the committee “%(row)s”"),
        _("a committee no longer published"),
    ),
    Kind.PERSON: (_("the person “%(row)s”"), _("a person no longer published")),
}


def public_rows(kind: str) -> QuerySet:
    """The rows of ``kind`` the public may see (and so follow)."""
    rows = {
        Kind.COMMITMENT: Commitment.objects.public(),
        Kind.ITEM: AgendaItem.objects.public().open(),
        Kind.ISSUE: Issue.objects.alive(),
        Kind.COMMITTEE: Committee.objects.public(),
        Kind.PERSON: Person.objects.public(),
    }
    return rows[Kind(kind)]


def followed(kind: str, target: int | None) -> Model | None:
    """The public row a subscription follows, or None if there is none."""
    if kind == Kind.SEARCH or not target:
        return None
    return public_rows(kind).filter(pk=target).first()


def search_query(data: dict[str, str]) -> dict[str, str]:
    """A search's filters, the fields that were given, in a stable form."""
    return {name: str(data[name]) for name in SEARCH_FIELDS if data.get(name)}


def title_of(subscription: Subscription) -> str:
    if subscription.kind == Kind.SEARCH:
        words = subscription.query.get("q") or gettext("everything")
        filters = [f"{k} {v}" for k, v in subscription.query.items() if k != "q"]
        named = gettext("the search “%(words)s”") % {"words": words}
        return named + (f" ({', '.join(filters)})" if filters else "")
    row = followed(subscription.kind, subscription.target)
    title, gone = TITLES[Kind(subscription.kind)]
    return str(title) % {"row": row} if row else str(gone)


def page_of(subscription: Subscription) -> str:
    if subscription.kind == Kind.SEARCH:
        return reverse("search") + "?" + urlencode(subscription.query)
    row = followed(subscription.kind, subscription.target)
    return row.get_absolute_url() if row is not None else "/"  # type: ignore[attr-defined]

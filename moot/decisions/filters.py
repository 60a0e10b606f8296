"""The filters of the decisions register and the forward plan, from a query.

One dataclass reads the query string (with a sentence for each value it cannot
read) and applies itself to the public rows; the page, its CSV and JSON and
its feed all use it, so they list the same decisions.
"""

from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moot.tracker.filters import _date, _text

KEY_CHOICES = [("yes", _("Key decisions only")), ("no", _("Not key decisions"))]


@dataclass
class RegisterFilter:
    body: str = ""  # a council's slug, on an instance of several
    maker: str = ""  # words of the decision maker's name
    key: str = ""  # "yes", "no" or ""
    ward: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def from_query(cls, query: QueryDict) -> tuple["RegisterFilter", list[str]]:
        """The filter a query string asks for, and sentences for what was wrong."""
        errors: list[str] = []
        key = _text(query, "key")
        if key and key not in dict(KEY_CHOICES):
            errors.append(
                gettext("Key decision must be yes or no, not %(key)r.") % {"key": key}
            )
            key = ""
        found = cls(
            body=_text(query, "body"),
            maker=_text(query, "maker"),
            key=key,
            ward=_text(query, "ward"),
            date_from=_date(_text(query, "date_from"), errors, gettext("From")),
            date_to=_date(_text(query, "date_to"), errors, gettext("To")),
        )
        return found, errors

    def apply(self, rows: Any, day: str) -> Any:
        """``rows`` narrowed; ``day`` names the date field the dates filter."""
        if self.body:
            rows = rows.filter(body__slug=self.body)
        if self.maker:
            rows = rows.filter(
                Q(decision_maker__icontains=self.maker)
                | Q(committee__name__icontains=self.maker)
                | Q(person__name__icontains=self.maker)
            )
        if self.key:
            rows = rows.filter(is_key=self.key == "yes")
        if self.ward:
            rows = rows.filter(wards__icontains=self.ward)
        if self.date_from:
            rows = rows.filter(**{f"{day}__gte": self.date_from})
        if self.date_to:
            rows = rows.filter(**{f"{day}__lte": self.date_to})
        return rows

    def query(self) -> str:
        """The query string that asks for this filter again (for page links)."""
        pairs = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value:
                pairs.append(
                    (f.name, value.isoformat() if f.name.startswith("date") else value)
                )
        return urlencode(pairs)


def wards_of(rows: Any) -> list[str]:
    """Every ward the rows name, once each, in order."""
    found: set[str] = set()
    for wards in rows.exclude(wards="").values_list("wards", flat=True).distinct():
        found.update(w.strip() for w in wards.split(";") if w.strip())
    return sorted(found)


def makers_of(rows: Any) -> list[str]:
    names = rows.exclude(decision_maker="").values_list("decision_maker", flat=True)
    return sorted(set(names))

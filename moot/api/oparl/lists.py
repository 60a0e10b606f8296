"""External lists: the since/until filters and pages linked by ``links.next``.

Pages are cut by primary key (``after=<pk>``), so a page's rows never shift
when rows are added while a client walks the list. A list asked with any of
the filters is a sync client's: it also carries tombstones (rows deleted or
withdrawn from the public since), so the client can drop them. A list with no
filter shows what the public may see.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime

PAGE = 100
MAX_PAGE = 500
FILTERS = {
    "created_since": "created__gte",
    "created_until": "created__lte",
    "modified_since": "stamp__gte",
    "modified_until": "stamp__lte",
}


class QueryError(ValueError):
    """A list parameter that cannot be read; the message names it."""


@dataclass
class Page:
    rows: list[Any]
    total: int
    size: int
    following: dict[str, str] | None  # the next page's query, if any


def when(name: str, text: str) -> datetime:
    moment = parse_datetime(text.replace(" ", "+"))  # a '+' sent unencoded
    if moment is None:
        raise QueryError(
            f"{name}={text!r} is not a date-time such as 2024-01-31T09:00:00+00:00"
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def page(rows: QuerySet[Any], query: QueryDict) -> Page:
    """The page of ``rows`` that ``query`` asks for (filters, size, position)."""
    wanted = {name: str(query[name]) for name in FILTERS if query.get(name)}
    for name, text in wanted.items():
        rows = rows.filter(**{FILTERS[name]: when(name, text)})
    if not wanted:
        rows = rows.filter(shown=True)
    size = _number(query, "elementsPerPage", PAGE)
    size = max(1, min(size, MAX_PAGE))
    total = rows.count()
    after = _number(query, "after", 0)
    found = list(rows.filter(pk__gt=after).order_by("pk")[: size + 1])
    following = None
    if len(found) > size:
        found = found[:size]
        following = {**wanted, "after": str(found[-1].pk)}
        if "elementsPerPage" in query:
            following["elementsPerPage"] = str(size)
    return Page(found, total, size, following)


def _number(query: QueryDict, name: str, default: int) -> int:
    text = str(query.get(name) or "")
    if not text:
        return default
    if not text.isdigit():
        raise QueryError(f"{name}={text!r} is not a whole number")
    return int(text)

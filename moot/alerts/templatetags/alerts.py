"""``{% alert_form kind row %}``: the "Get email alerts" form for a page."""

from typing import Any

from django import template
from django.http import QueryDict

from ..forms import SubscribeForm
from ..targets import search_query

register = template.Library()


@register.inclusion_tag("alerts/_subscribe.html")
def alert_form(kind: str, row: Any = None, query: QueryDict | None = None) -> dict:
    """For a row (a commitment, item, committee ...) or, for a search, its
    query string: the search's filters go along as hidden fields."""
    hidden = search_query(query or {}) if kind == "search" else {}
    target = getattr(row, "pk", None)
    form = SubscribeForm(initial={"follow": kind, "target": target})
    return {"form": form, "hidden": sorted(hidden.items()), "kind": kind}

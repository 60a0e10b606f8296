"""The decisions register as an Atom feed, newest decision first.

Filtered as the register page is (``?maker=…&key=yes``), from the public
decisions only; an exempt decision's entry says it was taken and why it is
withheld, in the law's words, and nothing else (its ``shown_text`` is empty).
"""

from datetime import datetime, time
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from moot.records.xmltext import xml_text

from .filters import RegisterFilter
from .models import Decision
from .views import public_decisions

ENTRIES = 50


class DecisionRegisterFeed(Feed):  # type: ignore[type-arg]  # generic only in the stubs
    feed_type = Atom1Feed
    title = "Decisions register"
    subtitle = "Decisions of the Cabinet, its members, committees and officers."

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return RegisterFilter.from_query(request.GET)[0]

    def link(self) -> str:
        return reverse("decisions")

    def feed_url(self) -> str:
        return reverse("decision-register-feed")

    def items(self, wanted: RegisterFilter) -> list[Decision]:
        rows = wanted.apply(public_decisions(), "decided")
        return list(rows.order_by("-decided", "-pk")[:ENTRIES])

    def item_title(self, row: Decision) -> str:
        return xml_text(f"{row.title} ({row.decision_maker or row.body.name})")

    def item_description(self, row: Decision) -> str:
        if row.withheld:
            words = "; ".join(text for _, text in row.exempt_categories())
            return escape(xml_text(f"Not for publication: exempt. {words}"))
        return escape(
            xml_text(row.shown_text or "The decision's text is not published.")
        )

    def item_link(self, row: Decision) -> str:
        return row.get_absolute_url()

    def item_pubdate(self, row: Decision) -> datetime | None:
        day = row.decided or row.published
        return timezone.make_aware(datetime.combine(day, time())) if day else None

    def item_updateddate(self, row: Decision) -> datetime:
        return row.modified

"""Atom feeds: a committee's business, new decisions, new commitments, and the
business of the meetings a person sits in.

Built on Django's syndication framework as the search feed is
(moot/search/feeds.py), from the public querysets only: an exempt item appears
by its title alone, as on its page. Stored text passes ``xml_text`` (XML
forbids some characters) and is escaped for HTML, since Atom's summary is read
as HTML.
"""

from datetime import datetime, time
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from moot.records.models import AgendaItem, Committee, Person, Resolution
from moot.records.xmltext import xml_text
from moot.tracker.models import Commitment

from .calendars import person_meetings

ENTRIES = 50


def held(item: AgendaItem) -> datetime:
    return timezone.make_aware(datetime.combine(item.meeting.date, time()))


def summary(item: Any) -> str:
    """What the item decided, or why nothing is shown (resolutions prefetched)."""
    if item.is_exempt:
        return "Not for publication: exempt under Schedule 12A."
    texts = [r.text for r in item.public_resolutions]
    return escape(xml_text(" ".join(texts) or "No decision recorded."))


class ItemFeed(Feed):  # type: ignore[type-arg]  # generic only in the stubs
    """Agenda items, newest meeting first; subclasses choose which."""

    feed_type = Atom1Feed

    def items(self, obj: Any) -> list[AgendaItem]:
        rows = self.rows(obj).select_related("meeting__committee")
        public = Resolution.objects.public()
        rows = rows.prefetch_related(
            Prefetch("resolutions", queryset=public, to_attr="public_resolutions")
        )
        return list(
            rows.order_by("-meeting__date", "-meeting_id", "position")[:ENTRIES]
        )

    def rows(self, obj: Any) -> QuerySet[AgendaItem]:
        raise NotImplementedError

    def item_title(self, item: AgendaItem) -> str:
        return xml_text(f"{item} ({item.meeting})")

    def item_description(self, item: AgendaItem) -> str:
        return summary(item)

    def item_link(self, item: AgendaItem) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: AgendaItem) -> datetime:
        return held(item)

    def item_updateddate(self, item: AgendaItem) -> datetime:
        return item.modified


class CommitteeFeed(ItemFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Committee:
        row: Committee = get_object_or_404(Committee.objects.public(), slug=slug)
        return row

    def rows(self, committee: Any) -> QuerySet[AgendaItem]:
        return AgendaItem.objects.public().filter(meeting__committee=committee)

    def title(self, committee: Committee) -> str:
        return xml_text(f"{committee.name}: agenda items and decisions")

    def link(self, committee: Committee) -> str:
        return committee.get_absolute_url()

    def feed_url(self, committee: Committee) -> str:
        return reverse("committee-feed", args=[committee.slug])


class PersonFeed(ItemFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Person:
        row: Person = get_object_or_404(Person.objects.public(), slug=slug)
        return row

    def rows(self, person: Any) -> QuerySet[AgendaItem]:
        return AgendaItem.objects.public().filter(meeting__in=person_meetings(person))

    def title(self, person: Person) -> str:
        return xml_text(f"{person.name}: business of their meetings")

    def link(self, person: Person) -> str:
        return person.get_absolute_url()

    def feed_url(self, person: Person) -> str:
        return reverse("person-feed", args=[person.slug])


class DecisionsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed
    title = "New decisions"
    subtitle = "Resolutions as the minutes record them, newest meeting first."

    def link(self) -> str:
        return reverse("home")

    def feed_url(self) -> str:
        return reverse("decisions-feed")

    def items(self) -> list[Resolution]:
        rows = Resolution.objects.public().select_related(
            "agenda_item__meeting__committee"
        )
        order = ("-agenda_item__meeting__date", "-agenda_item_id", "position")
        return list(rows.order_by(*order)[:ENTRIES])

    def item_title(self, row: Resolution) -> str:
        return xml_text(f"{row.agenda_item.title} ({row.agenda_item.meeting})")

    def item_description(self, row: Resolution) -> str:
        return escape(xml_text(str(row.text)))

    def item_link(self, row: Resolution) -> str:
        return f"{row.agenda_item.get_absolute_url()}#{row.anchor}"

    def item_pubdate(self, row: Resolution) -> datetime:
        return held(row.agenda_item)

    def item_updateddate(self, row: Resolution) -> datetime:
        return row.modified


class CommitmentsFeed(Feed):  # type: ignore[type-arg]
    feed_type = Atom1Feed
    title = "New commitments"
    subtitle = "Promises the meetings made, newest first, with owner and due date."

    def link(self) -> str:
        return reverse("commitments")

    def feed_url(self) -> str:
        return reverse("commitments-feed")

    def items(self) -> list[Commitment]:
        rows = Commitment.objects.public().exclude(status=Commitment.Status.PROPOSED)
        rows = rows.select_related("agenda_item__meeting__committee")
        return list(rows.order_by("-created", "-pk")[:ENTRIES])

    def item_title(self, row: Commitment) -> str:
        return xml_text(f"{row.text[:120]} ({row.agenda_item.meeting})")

    def item_description(self, row: Commitment) -> str:
        due = row.due_date.strftime("%-d %B %Y") if row.due_date else "no date"
        text = f"{row.text} Owner: {row.owner or 'not named'}. Due: {due}."
        return escape(xml_text(f"{text} Status: {row.get_status_display()}."))

    def item_link(self, row: Commitment) -> str:
        return row.get_absolute_url()

    def item_pubdate(self, row: Commitment) -> datetime:
        return row.created

    def item_updateddate(self, row: Commitment) -> datetime:
        return row.modified

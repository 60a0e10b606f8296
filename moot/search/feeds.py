"""An Atom feed of any search, newest meetings first, so people can follow a topic."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from moot.records.xmltext import xml_text

from .results import Entry, Search, SearchForm, run

FEED_ITEMS = 50


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest) -> Search:
        found = run(SearchForm(request.GET), per_page=FEED_ITEMS, sort="date")
        found.query_string = request.GET.urlencode()
        return found

    def title(self, search: Search) -> str:
        return xml_text(f"Search: {search.query or 'everything'}")

    def subtitle(self, search: Search) -> str:
        return "Agenda items matching a search, newest meeting first."

    def link(self, search: Search) -> str:
        return f"{reverse('search')}?{search.query_string}"

    def feed_url(self, search: Search) -> str:
        return f"{reverse('search-atom')}?{search.query_string}"

    def items(self, search: Search) -> list[Entry]:
        return search.entries

    def item_title(self, entry: Entry) -> str:
        return xml_text(f"{entry.item} ({entry.item.meeting})")

    def item_description(self, entry: Entry) -> str:
        # Atom's <summary type="html"> is read as HTML once the XML is parsed:
        # the stored text is escaped for HTML here (and again for XML by the
        # writer), so a reader shows "<script>" as text, never as markup.
        text = " … ".join(hit.snippet.text for hit in entry.group.hits)
        return escape(xml_text(text))

    def item_link(self, entry: Entry) -> str:
        return entry.item.get_absolute_url()

    def item_pubdate(self, entry: Entry) -> datetime:
        return timezone.make_aware(datetime.combine(entry.item.meeting.date, time()))

    def item_updateddate(self, entry: Entry) -> datetime:
        return entry.item.modified

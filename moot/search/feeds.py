"""An Atom feed of any search, newest meetings first, so people can follow a topic."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .results import Entry, Search, SearchForm, run

FEED_ITEMS = 50


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest) -> Search:
        found = run(SearchForm(request.GET), per_page=FEED_ITEMS, sort="date")
        found.query_string = request.GET.urlencode()
        return found

    def title(self, search: Search) -> str:
        return f"Search: {search.query}" if search.query else "Search: everything"

    def subtitle(self, search: Search) -> str:
        return "Agenda items matching a search, newest meeting first."

    def link(self, search: Search) -> str:
        return f"{reverse('search')}?{search.query_string}"

    def feed_url(self, search: Search) -> str:
        return f"{reverse('search-atom')}?{search.query_string}"

    def items(self, search: Search) -> list[Entry]:
        return search.entries

    def item_title(self, entry: Entry) -> str:
        return f"{entry.item} ({entry.item.meeting})"

    def item_description(self, entry: Entry) -> str:
        # Plain text: the feed generator escapes it.
        return " … ".join(hit.snippet.text for hit in entry.group.hits)

    def item_link(self, entry: Entry) -> str:
        return entry.item.get_absolute_url()

    def item_pubdate(self, entry: Entry) -> datetime:
        return timezone.make_aware(datetime.combine(entry.item.meeting.date, time()))

    def item_updateddate(self, entry: Entry) -> datetime:
        return entry.item.modified

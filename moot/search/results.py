"""A search as the pages, the JSON and the feed show it.

``SearchForm`` reads the query string (a bad value is dropped, never an
error); ``run`` asks the engine, then reads the facts each result shows
(item title, meeting, committee) from the database through
``AgendaItem.objects.public().open()``, so an item made exempt since it was
indexed is left out even before the index catches up.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from moot.records.models import AgendaItem, Committee
from moot.tracker.models import Commitment

from .engine import KINDS, OVERDUE, Filters, Group, Results, get_engine
from .queue import catch_up

PER_PAGE = 20
ENTRY_FIELDS = [
    "number",
    "title",
    "slug",
    "modified",
    "meeting__date",
    "meeting__committee__name",
]
MAX_PAGE = 250
KIND_LABELS = {
    "item": _("Agenda items"),
    "resolution": _("Resolutions"),
    "commitment": _("Commitments"),
    "document": _("Documents"),
}


MAX_QUERY = 500  # characters; a longer query is cut at a word
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class QueryField(forms.CharField):
    """What people type: control characters become spaces (a NUL, which
    Django's CharField would refuse, included) and an overlong query is cut to
    ``MAX_QUERY`` characters, so every query is searched, never dropped."""

    def to_python(self, value: Any) -> str:
        text = CONTROL.sub(" ", str(value or ""))
        if len(text) > MAX_QUERY:
            text = text[:MAX_QUERY].rsplit(" ", 1)[0]
        return super().to_python(text) or ""


class SearchForm(forms.Form):
    q = QueryField(label=_("Search for"), required=False)
    committee = forms.CharField(required=False, max_length=120)
    body = forms.CharField(required=False, max_length=80)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("Everything")), *[(k, KIND_LABELS[k]) for k in KINDS]],
    )
    status = forms.ChoiceField(
        label=_("Commitment status"),
        required=False,
        choices=[
            ("", _("Any")),
            *Commitment.Status.choices,
            (OVERDUE, _("Overdue (open, past its due date)")),
        ],
    )
    date_from = forms.DateField(label=_("Meetings from"), required=False)
    date_to = forms.DateField(label=_("Meetings to"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def values(self) -> dict[str, Any]:
        """The valid fields; an invalid one counts as not given."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name)
            for name in self.fields
            if name not in self.errors
        }


@dataclass
class Entry:
    """One result: an item and its matching records."""

    item: AgendaItem
    group: Group


@dataclass
class Search:
    values: dict[str, Any]
    results: Results
    entries: list[Entry]
    committees: dict[str, str]  # slug -> name, for facets
    query_string: str = ""

    @property
    def query(self) -> str:
        return self.values.get("q") or ""

    @cached_property
    def facets(self) -> dict[str, list[tuple[str, str, int]]]:
        """(value, label, count) by facet: committee, year, kind."""
        return {name: self._facet(name) for name in ("committee", "year", "kind")}

    def _facet(self, name: str) -> list[tuple[str, str, int]]:
        out = []
        for value, count in self.results.facets.get(name, []):
            if name == "committee":
                label = self.committees.get(value)
                if label is None:
                    continue
            elif name == "kind":
                label = str(KIND_LABELS.get(value, value))
            else:
                label = value
            out.append((value, label, count))
        return out


def run(form: SearchForm, per_page: int = PER_PAGE, sort: str = "") -> Search:
    values = form.values()
    filters = Filters(
        body=values.get("body") or "",
        committee=values.get("committee") or "",
        kind=values.get("kind") or "",
        status=values.get("status") or "",
        date_from=values.get("date_from"),
        date_to=values.get("date_to"),
        today=timezone.localdate(),
    )
    query = values.get("q") or ""
    sort = sort or values.get("sort") or ("relevance" if query else "date")
    values["sort"] = sort
    catch_up()
    results = get_engine().search(
        query, filters, sort=sort, page=values.get("page") or 1, per_page=per_page
    )
    # Only what a result shows (and the feed's dates): the full rows of three
    # tables cost more than the search itself for a rare word.
    items = (
        AgendaItem.objects.public()
        .open()
        .select_related("meeting__committee")
        .only(*ENTRY_FIELDS)
        .order_by()
    )
    found = items.in_bulk([g.item for g in results.groups])
    entries = [Entry(found[g.item], g) for g in results.groups if g.item in found]
    slugs = [slug for slug, _ in results.facets.get("committee", [])]
    committees = Committee.objects.public().filter(slug__in=slugs).labels()
    return Search(values, results, entries, committees)


def as_json(search: Search) -> dict:
    """The search as ``/search.json`` gives it."""
    r = search.results
    return {
        "query": r.query,
        "read_as_plain_words": r.plain,
        "page": r.page,
        "has_next": r.has_next,
        "total": r.total,
        "facets_estimated": r.facets_estimated,
        "results": [_entry_json(e) for e in search.entries],
        "facets": {
            name: [
                {"value": value, "label": label, "count": count}
                for value, label, count in facet
            ]
            for name, facet in search.facets.items()
        },
    }


def _entry_json(entry: Entry) -> dict:
    item, meeting = entry.item, entry.item.meeting
    return {
        "item": {
            "id": item.pk,
            "number": item.number,
            "title": item.title,
            "url": item.get_absolute_url(),
            "committee": meeting.committee.name,
            "meeting_date": meeting.date.isoformat(),
        },
        "matches": [
            {
                "kind": hit.kind,
                "title": hit.title,
                "url": hit.url,
                "score": round(hit.score, 4),
                "snippet": hit.snippet.text,
                "snippet_html": str(hit.snippet.html()),
            }
            for hit in entry.group.hits
        ],
        "more_matches": entry.group.more,
    }

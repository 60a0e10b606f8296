"""``/search/``, ``/search.json``: thin shells around ``results.run``."""

from dataclasses import dataclass
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from .results import Search, SearchForm, as_json, run


@dataclass(frozen=True)
class FacetLink:
    href: str
    label: str
    count: str
    current: bool = False


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    found = run(form)
    params = _params(request)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "search": found,
            "params": params,
            "facets": _facet_links(found, params),
        },
    )


def search_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(as_json(run(SearchForm(request.GET))))


def _facet_links(found: Search, params: dict) -> dict[str, list[FacetLink]]:
    """Each facet value as a ready link: a page of many facets renders fast."""
    values, estimated = found.values, found.results.facets_estimated
    out: dict[str, list[FacetLink]] = {}
    for name, facet in found.facets.items():
        links = []
        for value, label, count in facet:
            if name == "year":
                narrow = f"date_from={value}-01-01&date_to={value}-12-31"
            else:
                narrow = f"{name}={quote(value)}"
            href = f"?{params[name]}&{narrow}"
            current = name != "year" and values.get(name) == value
            shown = f"about {count:,}" if estimated else str(count)
            links.append(FacetLink(href, label, shown, current))
        out[name] = links
    return out


def _params(request: HttpRequest) -> dict[str, str]:
    """Query strings for links that change one thing: a facet, a page, the feed."""
    here = request.GET.copy()
    here.pop("page", None)
    links = {"feed": here.urlencode()}
    for name in ("committee", "kind", "year", "page"):
        other = here.copy()
        other.pop(name, None)
        if name == "year":
            other.pop("date_from", None)
            other.pop("date_to", None)
        links[name] = other.urlencode()
    return links

"""``/search/``, ``/search.json``: thin shells around ``results.run``."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from .results import SearchForm, as_json, run


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    found = run(form)
    return render(
        request,
        "search/search.html",
        {"form": form, "search": found, "params": _params(request)},
    )


def search_json(request: HttpRequest) -> JsonResponse:
    return JsonResponse(as_json(run(SearchForm(request.GET))))


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

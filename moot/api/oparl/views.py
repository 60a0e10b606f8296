"""OParl answers: the System, lists of a Body's objects, and each object."""

from typing import Any

from django.db.models import Max
from django.http import HttpRequest, HttpResponse

from moot.records.models import Body

from ..responses import json_answer, json_error
from . import lists, objects
from .kinds import KINDS
from .links import Links


def system(request: HttpRequest) -> HttpResponse:
    newest = Body.objects.aggregate(newest=Max("modified"))["newest"]
    return json_answer(request, objects.system(Links(request), newest), newest)


def bodies(request: HttpRequest) -> HttpResponse:
    return _list(request, "body", KINDS["body"].all(), None)


def body_list(request: HttpRequest, body: int, kind: str) -> HttpResponse:
    if kind not in KINDS or kind in ("body", "consultation"):
        return json_error(request, 404, f"No list of {kind!r}.")
    if not Body.objects.filter(pk=body).exists():
        return json_error(request, 404, f"No body {body}.")
    return _list(request, kind, KINDS[kind].of_body(body), body)


def one(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    if kind not in KINDS:
        return json_error(request, 404, f"No OParl type {kind!r}.")
    rows = KINDS[kind].all().select_related(*objects.RELATED.get(kind, []))
    row = rows.filter(pk=pk).first()
    if row is None:
        return json_error(request, 404, f"No {KINDS[kind].name} {pk}.")
    links = Links(request)
    return json_answer(request, objects.serialise(links, kind, [row])[0], row.stamp)


def _list(request: HttpRequest, kind: str, rows: Any, body: int | None) -> HttpResponse:
    try:
        found = lists.page(
            rows.select_related(*objects.RELATED.get(kind, [])), request.GET
        )
    except lists.QueryError as error:
        return json_error(request, 400, str(error))
    links = Links(request)
    first = {k: str(v) for k, v in request.GET.items() if k in lists.FILTERS}
    data: dict[str, Any] = {
        "data": objects.serialise(links, kind, found.rows),
        "pagination": {"totalElements": found.total, "elementsPerPage": found.size},
        "links": {
            "first": links.list(kind, body, **first),
            "self": request.build_absolute_uri(),
        },
    }
    if found.following:
        data["links"]["next"] = links.list(kind, body, **found.following)
    newest = max((row.stamp for row in found.rows), default=None)
    return json_answer(request, data, newest)

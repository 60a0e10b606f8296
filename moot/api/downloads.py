"""Bulk downloads: each table as CSV or JSON, and a council's whole record as
a Frictionless Data Package (``datapackage.json`` plus one CSV per table).

The package is built on request from the same tables and cached under the
newest ``modified`` of the council's records, so it is rebuilt exactly when
something changes (the change point bumps ``modified`` on every write).
"""

import csv
import io
import json
import zipfile
from datetime import date
from typing import Any

from django.core.cache import cache
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from moot.decisions.models import Decision, ForwardPlanEntry, RegisteredInterest
from moot.records.csvcells import csv_cell
from moot.records.models import AgendaItem, Body, Committee, Meeting, Person

from .responses import json_answer
from .tables import BY_NAME, TABLES, Context, Table

# The registers' rows, by the path to their council (moot/decisions).
REGISTERS = (
    (Decision, "body"),
    (ForwardPlanEntry, "body"),
    (RegisteredInterest, "person__body"),
)


def records(table: Table, body: Body | None, ctx: Context) -> list[dict[str, Any]]:
    return [table.row(row, ctx) for row in table.rows(body).order_by("pk")]


def to_csv(table: Table, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    for row in rows:
        writer.writerow([_cell(row[c.name]) for c in table.columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_cell(value)


def descriptor(body: Body, ctx: Context, path: Any) -> dict[str, Any]:
    """The data package's ``datapackage.json``; ``path(table)`` places each CSV."""
    return {
        "profile": "tabular-data-package",
        "name": body.slug,
        "title": f"{body.name}: meetings, decisions and commitments",
        "description": "Published by Moot from the council's records. Exempt "
        "(Schedule 12A) items are listed by title only.",
        "homepage": ctx.url(reverse("downloads")),
        "resources": [
            {
                "name": table.name,
                "title": table.title,
                "description": table.description,
                "path": path(table),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": c.name, "type": c.type, "description": c.description}
                        for c in table.columns
                    ],
                    "primaryKey": "id",
                    "missingValues": [""],
                },
            }
            for table in TABLES
        ],
    }


def newest(body: Body) -> Any:
    """The newest change to anything the council's package holds."""
    stamps = [
        Body.objects.filter(pk=body.pk).aggregate(m=Max("modified"))["m"],
        Committee.objects.filter(body=body).aggregate(m=Max("modified"))["m"],
        Meeting.objects.filter(committee__body=body).aggregate(m=Max("modified"))["m"],
        AgendaItem.objects.filter(meeting__committee__body=body).aggregate(
            m=Max("modified")
        )["m"],
        Person.objects.filter(body=body).aggregate(m=Max("modified"))["m"],
        *(
            model.objects.filter(**{path: body}).aggregate(m=Max("modified"))["m"]
            for model, path in REGISTERS
        ),
    ]
    return max(s for s in stamps if s)


def package(body: Body, ctx: Context) -> bytes:
    """The zipped data package of ``body``, rebuilt only after a change."""
    key = f"datapackage:{body.pk}:{newest(body).timestamp()}:{ctx.today}"
    data: bytes | None = cache.get(key)
    if data is None:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            described = descriptor(body, ctx, lambda t: f"{t.name}.csv")
            archive.writestr("datapackage.json", json.dumps(described, indent=1))
            for table in TABLES:
                archive.writestr(
                    f"{table.name}.csv", to_csv(table, records(table, body, ctx))
                )
        data = out.getvalue()
        cache.set(key, data, 24 * 3600)
    return data


def _context(request: HttpRequest) -> Context:
    return Context(request, date.today())


def _table(name: str) -> Table:
    if name not in BY_NAME:
        raise Http404(f"No table {name!r}.")
    return BY_NAME[name]


def _body(request: HttpRequest) -> Body | None:
    slug = request.GET.get("body")
    return get_object_or_404(Body.objects.alive(), slug=slug) if slug else None


def page(request: HttpRequest) -> HttpResponse:
    context = {"tables": TABLES, "bodies": Body.objects.alive()}
    return render(request, "api/downloads.html", context)


def table_csv(request: HttpRequest, name: str) -> HttpResponse:
    table, ctx = _table(name), _context(request)
    text = to_csv(table, records(table, _body(request), ctx))
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{table.name}.csv"'
    return response


def table_json(request: HttpRequest, name: str) -> HttpResponse:
    table, ctx = _table(name), _context(request)
    return json_answer(request, records(table, _body(request), ctx), None)


def body_csv(request: HttpRequest, slug: str, name: str) -> HttpResponse:
    body = get_object_or_404(Body.objects.alive(), slug=slug)
    table, ctx = _table(name), _context(request)
    text = to_csv(table, records(table, body, ctx))
    return HttpResponse(text, content_type="text/csv; charset=utf-8")


def datapackage(request: HttpRequest, slug: str) -> HttpResponse:
    body, ctx = get_object_or_404(Body.objects.alive(), slug=slug), _context(request)

    def path(table: Table) -> str:
        return ctx.url(reverse("download-body-table", args=[body.slug, table.name]))

    return json_answer(request, descriptor(body, ctx, path), newest(body))


def datapackage_zip(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body.objects.alive(), slug=slug)
    response = HttpResponse(
        package(body, _context(request)), content_type="application/zip"
    )
    response["Content-Disposition"] = f'attachment; filename="{body.slug}.zip"'
    return response

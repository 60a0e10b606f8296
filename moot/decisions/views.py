"""Public pages of the registers: decisions, one decision, the forward plan.

Every page reads through ``public()``, and a decision's texts only through its
``shown_*`` properties (``models.py``), so an exempt decision shows its title,
date, decision maker and the law's words for its exemption, nothing more.
"""

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from moot.records.models import Body

from .filters import KEY_CHOICES, RegisterFilter, makers_of, wards_of
from .models import Decision, DecisionQuerySet, ForwardPlanEntry

PAGE = 50


def public_decisions() -> DecisionQuerySet:
    """Every decision the public may know of, with what the pages show of it."""
    return Decision.objects.public().select_related(
        "body", "committee", "person", "agenda_item", "meeting__committee"
    )


def _filters(
    request: HttpRequest, rows: Any, day: str
) -> tuple[RegisterFilter, list[str], Any]:
    wanted, errors = RegisterFilter.from_query(request.GET)
    return wanted, errors, wanted.apply(rows, day)


def _choices(rows: Any) -> dict[str, object]:
    bodies = Body.objects.alive().filter(pk__in=rows.values("body"))
    return {
        "makers": makers_of(rows),
        "wards": wards_of(rows),
        "keys": KEY_CHOICES,
        "bodies": bodies if bodies.count() > 1 else [],
    }


def _register(
    request: HttpRequest, rows: Any, on: str, order: tuple[str, ...], template: str
) -> HttpResponse:
    """A filtered, paged list of a register (decisions, the forward plan),
    its dates read from the field ``on``."""
    wanted, errors, found = _filters(request, rows, on)
    page = Paginator(found.order_by(*order), PAGE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "wanted": wanted,
        "errors": errors,
        "query": wanted.query(),
        **_choices(rows),
    }
    return render(request, template, context)


def decisions(request: HttpRequest) -> HttpResponse:
    return _register(
        request,
        public_decisions(),
        "decided",
        ("-decided", "-pk"),
        "decisions/decisions.html",
    )


def decision(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(public_decisions(), pk=pk)
    context = {
        "decision": row,
        "body": row.body,
        "documents": row.shown_documents(),
        "plan_entries": ForwardPlanEntry.objects.public().filter(decision=row),
    }
    return render(request, "decisions/decision.html", context)


def forward_plan(request: HttpRequest) -> HttpResponse:
    rows = ForwardPlanEntry.objects.public().select_related(
        "body", "committee", "person", "decision"
    )
    return _register(
        request, rows, "expected", ("expected", "pk"), "decisions/forward_plan.html"
    )

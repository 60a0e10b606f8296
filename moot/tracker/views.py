"""Public pages of the tracker, and the clerk's proposals queue.

Every page fetches through the public querysets (``filters.public_commitments``
and the ``public()`` methods), so an exempt item's commitments appear in none.
"""

from datetime import date

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from moot.records.models import AgendaItem, Committee, Issue, Resolution

from . import exports
from .filters import SORTS, STATUSES, CommitmentFilter, public_commitments
from .models import (
    ActionPlan,
    Commitment,
    Fulfilment,
    InformationRequest,
    commitment_parts,
)
from .summaries import summarise


def commitments(request: HttpRequest) -> HttpResponse:
    today = date.today()
    wanted, errors = CommitmentFilter.from_query(request.GET)
    rows = wanted.apply(public_commitments(), today)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "wanted": wanted,
        "errors": errors,
        "statuses": STATUSES,
        "sorts": [(key, label) for key, (label, _) in SORTS.items()],
        "committees": Committee.objects.public().select_related("body"),
        "today": today,
        "query": wanted.query(),
    }
    return render(request, "tracker/commitments.html", context)


def commitments_csv(request: HttpRequest) -> HttpResponse:
    wanted, _ = CommitmentFilter.from_query(request.GET)
    today = date.today()
    text = exports.to_csv(wanted.apply(public_commitments(), today), request, today)
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="commitments.csv"'
    return response


def calendar_response(request: HttpRequest, rows, name: str) -> HttpResponse:
    body = exports.to_ical(rows, request, name)
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def commitments_ics(request: HttpRequest) -> HttpResponse:
    wanted, _ = CommitmentFilter.from_query(request.GET)
    rows = wanted.apply(public_commitments())
    return calendar_response(request, rows, "Commitments falling due")


def commitment(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(public_commitments().select_related("resolution"), pk=pk)
    links = Fulfilment.objects.public().filter(commitment=row)
    context = {
        "c": row,
        "item": row.agenda_item,
        "body": row.agenda_item.meeting.committee.body,
        "events": row.events.select_related("item__meeting__committee"),
        "updates": row.updates.alive(),
        "links": links.select_related("item__meeting__committee"),
        "parts": commitment_parts(row),
        "today": date.today(),
    }
    return render(request, "tracker/commitment.html", context)


def committee_summary(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(
        Committee.objects.public().select_related("body"), slug=slug
    )
    rows = public_commitments().filter(agenda_item__meeting__committee=row)
    context = {
        "title": row.name,
        "committee": row,
        "body": row.body,
        "summary": summarise(rows),
        "list_query": f"committee={row.slug}",
        "ics_url": reverse("commitments-committee-ics", args=[row.slug]),
        "overdue": rows.overdue().order_by("due_date")[:20],
        "today": date.today(),
    }
    return render(request, "tracker/summary.html", context)


def committee_ics(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(Committee.objects.public(), slug=slug)
    rows = public_commitments().filter(agenda_item__meeting__committee=row)
    return calendar_response(request, rows, f"Commitments: {row.name}")


def owner_names(slug: str) -> list[str]:
    """Every spelling of the owner whose slug is ``slug``, most used first.

    "Children's Services" and "Children’s Services" share a slug: one owner.
    """
    owners = (
        Commitment.objects.public()
        .exclude(owner="")
        .values("owner")
        .annotate(uses=Count("pk"))
        .order_by("-uses", "owner")
    )
    names = [row["owner"] for row in owners if slugify(row["owner"]) == slug]
    if not names:
        raise Http404("No commitments have that owner.")
    return names


def owner_summary(request: HttpRequest, slug: str) -> HttpResponse:
    names = owner_names(slug)
    name = names[0]
    rows = public_commitments().filter(owner__in=names)
    context = {
        "title": name,
        "owner": name,
        "summary": summarise(rows),
        "list_query": CommitmentFilter(owner=name).query(),
        "ics_url": reverse("commitments-owner-ics", args=[slug]),
        "overdue": rows.overdue().order_by("due_date")[:20],
        "today": date.today(),
    }
    return render(request, "tracker/summary.html", context)


def owner_ics(request: HttpRequest, slug: str) -> HttpResponse:
    names = owner_names(slug)
    name = names[0]
    rows = public_commitments().filter(owner__in=names)
    return calendar_response(request, rows, f"Commitments: {name}")


def issue(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(Issue.objects.alive(), slug=slug)
    items = (
        AgendaItem.objects.public()
        .filter(issue=row)
        .select_related("meeting__committee__body")
        .prefetch_related(
            Prefetch("resolutions", queryset=Resolution.objects.public()),
            Prefetch("commitments", queryset=Commitment.objects.public()),
            Prefetch(
                "fulfilment_links",
                queryset=Fulfilment.objects.public().select_related("commitment"),
                to_attr="public_fulfils",
            ),
        )
        .order_by("meeting__date", "position")
    )
    if not items:
        raise Http404("No public items in this issue.")
    context = {"issue": row, "items": items, "body": items[0].meeting.committee.body}
    return render(request, "tracker/issue.html", context)


def information_requests(request: HttpRequest) -> HttpResponse:
    outcome = request.GET.get("outcome", "")
    rows = (
        InformationRequest.objects.public()
        .select_related("agenda_item__meeting__committee")
        .order_by("agenda_item__meeting__date", "pk")
    )
    if outcome in InformationRequest.Outcome.values:
        rows = rows.filter(outcome=outcome)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "outcome": outcome,
        "outcomes": InformationRequest.Outcome.choices,
        "today": date.today(),
    }
    return render(request, "tracker/requests.html", context)


def action_plan(request: HttpRequest, slug: str) -> HttpResponse:
    plan = get_object_or_404(
        ActionPlan.objects.public().select_related("committee__body", "source_item"),
        slug=slug,
    )
    actions = plan.actions.alive().prefetch_related("updates")
    context = {
        "plan": plan,
        "actions": actions,
        "body": plan.committee.body,
        "today": date.today(),
    }
    return render(request, "tracker/plan.html", context)


# Deciding a proposal changes the link and may fulfil the commitment, so it
# takes both change permissions; a staff user without them gets 403.
DECIDE = ("tracker.change_fulfilment", "tracker.change_commitment")


@staff_member_required
@permission_required("tracker.view_fulfilment", raise_exception=True)
def proposals(request: HttpRequest) -> HttpResponse:
    rows = (
        Fulfilment.objects.alive()
        .filter(state=Fulfilment.State.PROPOSED)
        .select_related(
            "commitment__agenda_item__meeting__committee", "item__meeting__committee"
        )
        .order_by("item__meeting__date", "item_id", "-score")
    )
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    may_decide = request.user.has_perms(DECIDE)
    return render(
        request, "tracker/proposals.html", {"page": page, "may_decide": may_decide}
    )


@staff_member_required
@permission_required(DECIDE, raise_exception=True)
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(Fulfilment, pk=pk, state=Fulfilment.State.PROPOSED)
    if request.POST.get("decision") == "confirm":
        link.confirm(request.user)
        messages.success(request, f"Confirmed: {link.item} meets “{link.commitment}”.")
    else:
        link.reject(request.user)
        messages.info(request, f"Rejected: {link.item} for “{link.commitment}”.")
    return redirect("commitment-proposals")

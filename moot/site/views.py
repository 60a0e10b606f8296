"""Public pages. Each fetches through a public queryset and renders."""

import mimetypes
from datetime import date, datetime, timedelta
from itertools import groupby
from pathlib import Path

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from moot.records.dates import municipal_year
from moot.records.freshness import Prepared, as_datetime, conditional
from moot.records.models import (
    AgendaItem,
    Attendance,
    Body,
    Committee,
    Declaration,
    Document,
    Meeting,
    Membership,
    Person,
    Resolution,
    Vote,
)
from moot.tracker.models import Commitment

from .sections import public_sections
from .translations import item_words


def home(request: HttpRequest) -> HttpResponse:
    today = date.today()
    upcoming = (
        Meeting.objects.public()
        .filter(date__gte=today)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("committee")
        .order_by("date")[:8]
    )
    decisions = (
        Resolution.objects.public()
        .select_related("agenda_item__meeting__committee")
        .order_by("-agenda_item__meeting__date", "-agenda_item_id", "position")[:10]
    )
    falling_due = (
        Commitment.objects.public()
        .filter(status=Commitment.Status.OPEN, due_date__lte=today + timedelta(60))
        .select_related("agenda_item__meeting__committee")
        .order_by("due_date")[:10]
    )
    context = {
        "upcoming": upcoming,
        "decisions": decisions,
        "falling_due": falling_due,
        "today": today,
        "bodies": Body.objects.alive(),
    }
    return render(request, "site/home.html", context)


def council(request: HttpRequest, slug: str) -> HttpResponse:
    """One council's page on an instance that may hold several."""
    row = get_object_or_404(Body.objects.alive(), slug=slug)
    today = date.today()
    committees = (
        Committee.objects.public()
        .filter(body=row)
        .annotate(meeting_count=Count("meetings", filter=Q(meetings__deleted=None)))
        .order_by("name")
    )
    upcoming = (
        Meeting.objects.public()
        .filter(committee__body=row, date__gte=today)
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("committee")
        .order_by("date")[:8]
    )
    commitments = Commitment.objects.public().filter(
        agenda_item__meeting__committee__body=row
    )
    context = {
        "body": row,
        "committees": committees,
        "upcoming": upcoming,
        "commitment_count": commitments.count(),
        "overdue_count": commitments.overdue().count(),
        "councillor_count": Person.objects.public()
        .councillors()
        .filter(body=row)
        .count(),
    }
    return render(request, "site/council.html", context)


def committees(request: HttpRequest) -> HttpResponse:
    rows = (
        Committee.objects.public()
        .select_related("body")
        .annotate(meeting_count=Count("meetings", filter=Q(meetings__deleted=None)))
        .order_by("body__name", "name")
    )
    by_body = [(body, list(group)) for body, group in groupby(rows, lambda c: c.body)]
    return render(request, "site/committees.html", {"by_body": by_body})


def councillors(request: HttpRequest) -> HttpResponse:
    """Councillors by council and ward, with party and attendance: who represents me."""
    ward = request.GET.get("ward", "").strip()[:100]
    party = request.GET.get("party", "").strip()[:100]
    council = request.GET.get("body", "").strip()[:80]
    people = Person.objects.public().councillors().filter(body__deleted__isnull=True)
    if council:
        people = people.filter(body__slug=council)
    wards = sorted(set(people.exclude(ward="").values_list("ward", flat=True)))
    parties = sorted(set(people.exclude(party="").values_list("party", flat=True)))
    if ward:
        people = people.filter(ward__icontains=ward)
    if party:
        people = people.filter(party=party)
    rows = (
        people.with_attendance()
        .select_related("body")
        .order_by("body__name", "ward", "name")
    )
    by_body = [(body, list(group)) for body, group in groupby(rows, lambda p: p.body)]
    context = {
        "by_body": by_body,
        "ward": ward,
        "party": party,
        "council": council,
        "wards": wards,
        "parties": parties,
        "count": sum(len(group) for _, group in by_body),
    }
    return render(request, "site/councillors.html", context)


def committee(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(
        Committee.objects.public().select_related("body"), slug=slug
    )
    today = date.today()
    members = [
        m
        for m in row.memberships.alive().select_related("person")
        if m.is_current(today)
    ]
    meetings = Meeting.objects.public().filter(committee=row).order_by("-date")
    by_year = [
        (year, list(group))
        for year, group in groupby(meetings, lambda m: municipal_year(m.date))
    ]
    context = {"committee": row, "body": row.body, "members": members}
    context["by_year"] = by_year
    context["attendance_rates"] = (
        Attendance.objects.filter(meeting__committee=row, person__deleted__isnull=True)
        .exclude(person=None)
        .rates("person__name", "person__slug")
    )
    return render(request, "site/committee.html", context)


def meeting(request: HttpRequest, committee_slug: str, day: str) -> HttpResponse:
    try:
        when = date.fromisoformat(day)
    except ValueError as error:
        raise Http404("No such date.") from error
    row = get_object_or_404(
        Meeting.objects.public().select_related("committee__body"),
        committee__slug=committee_slug,
        date=when,
    )
    documents = Prefetch(
        "documents", queryset=Document.objects.public(), to_attr="public_documents"
    )
    items = AgendaItem.objects.public().filter(meeting=row).prefetch_related(documents)
    attendance = row.attendance.alive().select_related("person")
    context = {
        "meeting": row,
        "body": row.committee.body,
        "items": items,
        "papers": Document.objects.public().filter(meeting=row).order_by("position"),
        "declarations": Declaration.objects.public()
        .filter(meeting=row)
        .select_related("person", "about_item"),
        "attendance": {
            kind.label: [a for a in attendance if a.kind == kind]
            for kind in Attendance.Kind
        },
    }
    return render(request, "site/meeting.html", context)


# The item's slug and the ``modified`` of it, its meeting, committee and body.
ITEM_STAMPS = Prepared(
    lambda pk: (
        AgendaItem.objects.public()
        .filter(pk=pk)
        .values_list(
            "slug",
            "modified",
            "meeting__modified",
            "meeting__committee__modified",
            "meeting__committee__body__modified",
        )[:1]
    )
)


def item_row(request: HttpRequest, pk: int) -> tuple | None:
    """The item's slug and stamps (``ITEM_STAMPS``): one narrow query, asked
    once a request (conditional GET, then the cache key)."""
    memo: dict = request.__dict__.setdefault("_item_rows", {})
    if pk not in memo:
        row = ITEM_STAMPS.first(pk)
        memo[pk] = row and (row[0], *(as_datetime(v) for v in row[1:]))
    return memo[pk]


def item_stamp(request: HttpRequest, pk: int, slug: str) -> datetime | None:
    """When the item page last changed; None for a missing item or old slug."""
    row = item_row(request, pk)
    if row is None or slug != (row[0] or "item"):
        return None
    return max(row[1:])


@conditional(item_stamp)
def item(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    # One narrow query decides the cache key; the page is built only on a miss.
    stamp = item_row(request, pk)
    if stamp is None:
        raise Http404("No such item.")
    if slug != (stamp[0] or "item"):
        return redirect("item", pk, stamp[0] or "item", permanent=True)
    key = item_page_key(pk, stamp[1:])
    html = cache.get(key)
    if html is None:
        row = AgendaItem.objects.select_related(
            "meeting__committee__body", "issue"
        ).get(pk=pk)
        sections = public_sections(row)
        context = {
            "item": row,
            "meeting": row.meeting,
            "body": row.meeting.committee.body,
            "sections": sections,
            "words": item_words(row, sections),
            "today": date.today(),
        }
        html = render_to_string("site/item.html", context, request)
        cache.set(key, html, 24 * 3600)
    return HttpResponse(html)


def item_page_key(pk: int, stamps: tuple) -> str:
    """Changes whenever anything the item page shows changes.

    Every change reaches the item's ``modified`` through moot/records/changes.py.

    The stamps are the ``modified`` times of the item, its meeting, committee
    and body; today's date is there because "overdue" is computed against it,
    and the language because the page is in English or Welsh.
    """
    parts = [
        pk,
        *(int(s.timestamp() * 1e6) for s in stamps),
        date.today(),
        translation.get_language(),
    ]
    return "item-page:" + ":".join(str(p) for p in parts)


def person(request: HttpRequest, slug: str) -> HttpResponse:
    row = get_object_or_404(
        Person.objects.public().with_attendance().select_related("body"), slug=slug
    )
    memberships = (
        Membership.objects.alive()
        .filter(person=row, committee__in=Committee.objects.public())
        .select_related("committee")
        .order_by("-start")
    )
    attended = (
        Attendance.objects.alive()
        .filter(person=row, meeting__in=Meeting.objects.public())
        .select_related("meeting__committee")
        .order_by("-meeting__date")
    )
    votes = (
        Vote.objects.alive()
        .filter(person=row, resolution__in=Resolution.objects.public())
        .select_related("resolution__agenda_item__meeting__committee")
        .order_by(
            "-resolution__agenda_item__meeting__date",
            "-resolution__agenda_item__position",
            "resolution__position",
        )
    )
    context = {
        "person": row,
        "body": row.body,
        "memberships": memberships,
        "attended": attended,
        "rates": Attendance.objects.filter(person=row).rates(
            "meeting__committee__name", "meeting__committee__slug"
        ),
        "votes": Paginator(votes, 25).get_page(request.GET.get("votes")),
        "declarations": Declaration.objects.public()
        .filter(person=row)
        .select_related("meeting__committee", "about_item")
        .order_by("-meeting__date", "position"),
    }
    return render(request, "site/person.html", context)


def document(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(
        Document.objects.public().select_related(
            "agenda_item__meeting__committee__body", "meeting__committee__body"
        ),
        pk=pk,
    )
    context = {
        "document": row,
        "item": row.agenda_item,  # None for a meeting's own paper
        "meeting": row.sitting(),
        "body": row.sitting().committee.body,
    }
    return render(request, "site/document.html", context)


# Types a browser shows inline without running anything from the file. Every
# other stored file (HTML, SVG, XML, Word, unknown bytes) is a download: served
# inline from this origin, an HTML or SVG file could run script here.
# A download is opaque bytes: its name's suffix tells the reader's computer
# what it is, and no browser is told it is HTML or SVG.
INLINE_TYPES = {
    "application/pdf": "application/pdf",
    "text/plain": "text/plain; charset=utf-8",
}


def document_file(request: HttpRequest, pk: int) -> FileResponse:
    row = get_object_or_404(Document.objects.public(), pk=pk)
    if not row.file:
        raise Http404("This document has no stored file.")
    handle = row.file.open("rb")
    content_type = served_type(row.file.name, handle.read(5))
    handle.seek(0)
    suffix = Path(row.file.name).suffix.lower()
    response = FileResponse(
        handle,
        # ``?download`` asks for it as a file to save (OParl's downloadUrl).
        as_attachment=content_type not in INLINE_TYPES or "download" in request.GET,
        filename=f"{slugify(row.title)[:80] or 'document'}{suffix}",
        content_type=INLINE_TYPES.get(content_type, "application/octet-stream"),
    )
    # Browsers must take the type as given, never guess HTML from the bytes.
    response["X-Content-Type-Options"] = "nosniff"
    return response


def served_type(name: str, head: bytes) -> str:
    """The type a stored file is served as; a ``.pdf`` must start as a PDF does."""
    guessed, encoding = mimetypes.guess_type(name)
    if encoding or not guessed:
        return "application/octet-stream"
    if guessed == "application/pdf" and not head.startswith(b"%PDF"):
        return "application/octet-stream"
    return guessed


def brand_css(request: HttpRequest, colour: str) -> HttpResponse:
    """The body's theme colour as a stylesheet (``templates/base.html``).

    The colour is in the URL, so the answer never changes and is cached for a
    year; a stylesheet rather than an inline ``<style>`` keeps the
    Content-Security-Policy free of 'unsafe-inline'.
    """
    response = HttpResponse(
        f":root {{ --moot-brand: #{colour}; }}\n", content_type="text/css"
    )
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response

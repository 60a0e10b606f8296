"""The registers' rows for the bulk downloads (``moot/api/tables.py``).

Columns are data: (name, Frictionless type, description). Rows come from the
public querysets, and a decision's texts only from its ``shown_*``
properties, so an exempt decision is a row of its title, dates, decision
maker and Schedule 12A paragraphs, its texts empty.
"""

from collections.abc import Callable
from typing import Any

from django.db.models import Q, QuerySet

from moot.records.models import Body

from .models import Decision, ForwardPlanEntry, RegisteredInterest

Url = Callable[[str], str]  # a path made absolute
TEXT, INT, DATE, BOOL = "string", "integer", "date", "boolean"

DECISION_COLUMNS = (
    ("id", INT, "Moot's number for the decision; stable."),
    ("url", TEXT, "The decision's page."),
    ("body", TEXT, "The council."),
    ("title", TEXT, "What was decided, in a line."),
    ("decision_maker", TEXT, "Who decided, as the council names them."),
    ("decided", DATE, "The date of the decision."),
    ("published", DATE, "When the council published it."),
    ("key_decision", BOOL, "true for a key decision."),
    ("subject_to_call_in", BOOL, "true if scrutiny may call it in."),
    ("call_in_deadline", DATE, "The last day it may be called in."),
    (
        "status",
        TEXT,
        "proposed, made, called-in, implemented, deferred, rejected or withdrawn.",
    ),
    ("wards", TEXT, "Wards affected, ;-separated."),
    ("agenda_item_id", INT, "The agenda item it was taken at (agenda_items.id)."),
    ("exempt", BOOL, "true if its details are withheld (Schedule 12A)."),
    ("exempt_paragraphs", TEXT, "Schedule 12A paragraphs cited, ;-separated."),
    ("text", TEXT, "The decision as recorded; empty when exempt."),
    ("reasons", TEXT, "The reasons given; empty when exempt."),
    ("alternatives", TEXT, "Alternatives considered; empty when exempt."),
    ("source", TEXT, "The council's page for it."),
)
PLAN_COLUMNS = (
    ("id", INT, "Moot's number for the entry; stable."),
    ("body", TEXT, "The council."),
    ("title", TEXT, "The decision to be taken."),
    ("decision_maker", TEXT, "Who will decide."),
    ("expected", DATE, "When the decision is expected."),
    ("expected_text", TEXT, 'The plan\'s words for when: "Not before …".'),
    ("first_published", DATE, "When the notice was first published."),
    ("key_decision", BOOL, "true for a key decision."),
    ("wards", TEXT, "Wards affected, ;-separated."),
    ("exempt", BOOL, "true if its details are withheld (Schedule 12A)."),
    ("summary", TEXT, "What is to be decided; empty when exempt."),
    ("decision_id", INT, "The decision once taken (decisions.id)."),
)
INTEREST_COLUMNS = (
    ("id", INT, "Moot's number for the entry; stable."),
    ("person_id", INT, "Whose interest (people.id)."),
    ("person", TEXT, "Their name."),
    (
        "category",
        TEXT,
        "employment, sponsorship, contracts, land, licences, "
        "tenancies, securities, memberships, gifts or other.",
    ),
    ("description", TEXT, "The interest as registered."),
    ("registered", DATE, "When it was registered."),
    ("updated", DATE, "When the entry last changed."),
    ("source", TEXT, "The council's register page."),
)


def _in(body: Body | None, path: str) -> Q:
    return Q(**{path: body}) if body else Q()


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def _paragraphs(row: Any) -> str:
    return (
        ";".join(str(n) for n, _ in row.exempt_categories() if n)
        if row.withheld
        else ""
    )


def decisions(body: Body | None) -> QuerySet[Any]:
    rows = Decision.objects.public().filter(_in(body, "body"))
    return rows.select_related("body", "agenda_item")


def decision_row(d: Decision, url: Url) -> dict[str, Any]:
    return {
        "id": d.pk,
        "url": url(d.get_absolute_url()),
        "body": d.body.name,
        "title": d.title,
        "decision_maker": d.decision_maker,
        "decided": _iso(d.decided),
        "published": _iso(d.published),
        "key_decision": d.is_key,
        "subject_to_call_in": d.subject_to_call_in,
        "call_in_deadline": _iso(d.call_in_deadline),
        "status": d.status,
        "wards": ";".join(d.ward_list()),
        "agenda_item_id": d.agenda_item_id,
        "exempt": d.withheld,
        "exempt_paragraphs": _paragraphs(d),
        "text": d.shown_text,
        "reasons": d.shown_reasons,
        "alternatives": d.shown_alternatives,
        "source": d.source_id,
    }


def plan(body: Body | None) -> QuerySet[Any]:
    return (
        ForwardPlanEntry.objects.public()
        .filter(_in(body, "body"))
        .select_related("body")
    )


def plan_row(e: ForwardPlanEntry, url: Url) -> dict[str, Any]:
    return {
        "id": e.pk,
        "body": e.body.name,
        "title": e.title,
        "decision_maker": e.decision_maker,
        "expected": _iso(e.expected),
        "expected_text": e.expected_text,
        "first_published": _iso(e.first_published),
        "key_decision": e.is_key,
        "wards": ";".join(e.ward_list()),
        "exempt": e.is_exempt,
        "summary": e.shown_summary,
        "decision_id": e.decision_id,
    }


def interests(body: Body | None) -> QuerySet[Any]:
    rows = RegisteredInterest.objects.public().select_related("person")
    return rows.filter(_in(body, "person__body"))


def interest_row(i: RegisteredInterest, url: Url) -> dict[str, Any]:
    return {
        "id": i.pk,
        "person_id": i.person_id,
        "person": i.person.name,
        "category": i.category,
        "description": i.description,
        "registered": _iso(i.registered),
        "updated": _iso(i.updated),
        "source": i.url,
    }

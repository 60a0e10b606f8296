"""The decisions app's rows of a council's registers, written for the loader.

``moot.records.load.store_register`` sends ``register_read`` inside its
transaction; this writes the rows with the loader's one upsert, so a second
import of the same pages changes nothing (no row's ``modified`` moves).

Identity: a decision and a plan entry by their ``source_id``; an interest by
its person, category and words (a register page has no ids for its rows), so
an interest the page no longer shows is soft-deleted and a reworded one is a
new row.
"""

from typing import Any

from moot.importers import registers as plain
from moot.records.load.rows import Provenance, Tally, upsert
from moot.records.models import AgendaItem, Body, Committee, Meeting, Person

from .models import Decision, DecisionDocument, ForwardPlanEntry, RegisteredInterest


def register_read(
    sender: Any,
    *,
    body: Body,
    register: plain.Register,
    provenance: Provenance,
    tally: Tally,
    **kwargs: Any,
) -> None:
    links = Links(body, register)
    decisions = {
        d.source_id: _decision(body, d, links, provenance, tally)
        for d in register.decisions
    }
    by_issue = {row.issue: row for row in decisions.values() if row.issue}
    for entry in register.plan:
        _plan_entry(body, entry, links, by_issue, provenance, tally)
    _interests(register, links, provenance, tally)
    tally.warnings += register.warnings


class Links:
    """The council's committees, people and meetings, by source id."""

    def __init__(self, body: Body, register: plain.Register) -> None:
        self.committees = {
            c.source_id: c
            for c in Committee.objects.filter(body=body).exclude(source_id="")
        }
        wanted = {d.person for d in register.decisions} | {
            e.person for e in register.plan
        }
        wanted |= {i.person for i in register.interests} | set(register.registers_read)
        self.people = {
            p.source_id: p for p in Person.objects.filter(source_id__in=wanted - {""})
        }
        meetings = {d.meeting for d in register.decisions} - {""}
        self.meetings = {
            m.source_id: m
            for m in Meeting.objects.filter(
                committee__body=body, source_id__in=meetings
            )
        }

    def who(self, record: plain.Decision | plain.PlanEntry) -> dict[str, Any]:
        committee = self.committees.get(record.committee)
        person = self.people.get(record.person)
        return {
            "committee_id": committee.pk if committee else None,
            "person_id": person.pk if person else None,
        }

    def item(self, record: plain.Decision) -> dict[str, Any]:
        """The meeting it was taken at, and the item of the same title there."""
        meeting = self.meetings.get(record.meeting)
        if meeting is None:
            return {"meeting_id": None, "agenda_item_id": None}
        item = (
            AgendaItem.objects.alive()
            .filter(meeting=meeting, title__iexact=record.title.strip())
            .order_by("position")
            .first()
        )
        return {"meeting_id": meeting.pk, "agenda_item_id": item.pk if item else None}


def _decision(
    body: Body,
    record: plain.Decision,
    links: Links,
    provenance: Provenance,
    tally: Tally,
) -> Decision:
    if record.is_exempt:
        record.withhold()
    values = {
        "body_id": body.pk,
        "title": record.title,
        "decision_maker": record.decision_maker,
        **links.who(record),
        **links.item(record),
        "decided": record.decided,
        "published": record.published,
        "is_key": record.is_key,
        "subject_to_call_in": record.subject_to_call_in,
        "call_in_deadline": record.call_in_deadline,
        "status": str(record.status),
        "status_text": record.status_text,
        "wards": "; ".join(record.wards),
        "purpose": record.purpose,
        "text": record.text,
        "reasons": record.reasons,
        "alternatives": record.alternatives,
        "issue": record.issue,
        "is_exempt": record.is_exempt,
        "exempt_paragraphs": record.exempt_paragraphs,
        "source_id": record.source_id,
        "deleted": None,
    }
    row = Decision.objects.filter(source_id=record.source_id).first()
    stored: Decision = upsert(Decision, row, values, provenance, tally, "decisions")
    _documents(stored, record.documents, provenance)
    return stored


def _documents(
    row: Decision, documents: list[plain.DecisionDocument], provenance: Provenance
) -> None:
    """Write the decision's documents anew, only if they changed."""
    have = [(d.title, d.url) for d in row.documents.alive().order_by("position")]
    want = [(d.title, d.url) for d in documents]
    if have == want:
        return
    row.documents.all().delete()
    DecisionDocument.objects.bulk_create(
        DecisionDocument(
            decision=row, title=title, url=url, position=i, **provenance.fields()
        )
        for i, (title, url) in enumerate(want, 1)
    )


def _plan_entry(
    body: Body,
    record: plain.PlanEntry,
    links: Links,
    decisions: dict[str, Decision],
    provenance: Provenance,
    tally: Tally,
) -> None:
    if record.is_exempt:
        record.summary = ""
    row = ForwardPlanEntry.objects.filter(source_id=record.source_id).first()
    taken = decisions.get(record.issue) if record.issue else None
    if taken is None and record.issue:
        taken = Decision.objects.filter(body=body, issue=record.issue).first()
    values = {
        "body_id": body.pk,
        "title": record.title,
        "decision_maker": record.decision_maker,
        **links.who(record),
        "expected": record.expected,
        "expected_text": record.expected_text,
        "first_published": record.first_published,
        "is_key": record.is_key,
        "wards": "; ".join(record.wards),
        "summary": record.summary,
        "issue": record.issue,
        "decision_id": taken.pk if taken else None,
        "is_exempt": record.is_exempt,
        "exempt_paragraphs": record.exempt_paragraphs,
        "source_id": record.source_id,
        "deleted": None,
    }
    upsert(ForwardPlanEntry, row, values, provenance, tally, "plan entries")


def _interests(
    register: plain.Register, links: Links, provenance: Provenance, tally: Tally
) -> None:
    """Upsert each interest; soft-delete those gone from a register read whole."""
    kept: set[int] = set()
    for record in register.interests:
        person = links.people.get(record.person)
        if person is None:
            tally.warnings.append(
                f"{record.url or record.person}: interests of a person not "
                "imported, not stored."
            )
            continue
        row = RegisteredInterest.objects.filter(
            person=person,
            category=str(record.category),
            description=record.description,
            deleted__isnull=True,
        ).first()
        values = {
            "person_id": person.pk,
            "category": str(record.category),
            "description": record.description,
            "registered": record.registered,
            "updated": record.updated,
            "url": record.url,
        }
        row = upsert(RegisteredInterest, row, values, provenance, tally, "interests")
        kept.add(row.pk)
    read = [links.people[s] for s in register.registers_read if s in links.people]
    gone = RegisteredInterest.objects.alive().filter(person__in=read)
    count = gone.exclude(pk__in=kept).soft_delete()
    if count:
        tally.add("interests", "deleted", count)

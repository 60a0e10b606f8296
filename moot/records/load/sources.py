"""Store what importers bring beyond minutes, keyed by source identifiers.

``store_body``, ``store_committees``, ``store_people``, ``store_meeting`` and
``store_deletions`` take the plain records of ``moot.importers.records`` and
upsert them by their ``source_id``. A record that has not changed is not
written (its ``modified`` stays); one that has is updated in place, keeping its
row, URL and ``created``, with fresh provenance. Each meeting, with its items,
documents and votes, is stored in one transaction, so an interrupted import
leaves no half meeting. Item content goes through the same code as minutes.
"""

import hashlib
import json
from collections import Counter
from dataclasses import asdict
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from moot.importers import records as plain
from moot.minutes import records as parsed

from ..changes import items_changed
from ..models import (
    AgendaItem,
    Attendance,
    Body,
    Committee,
    Document,
    Meeting,
    Membership,
    Person,
    Report,
    Resolution,
    Vote,
)
from ..slugs import item_slug, unique_slug
from .minutes import LoadError, Provenance, exempt_values, replace_content


class Tally:
    """How many records of each kind were created, updated, unchanged, deleted."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, kind: str, outcome: str, n: int = 1) -> None:
        self.counts[kind, outcome] += n

    def get(self, kind: str, outcome: str) -> int:
        return self.counts[kind, outcome]


def store_body(record: plain.Body, provenance: Provenance, tally: Tally) -> Body:
    """The Body a source speaks for: found by source id, else by name."""
    row = Body.objects.filter(source_id=record.source_id).first()
    row = row or Body.objects.filter(name=record.name).first()
    values = {"name": record.name, "source_id": record.source_id}
    if record.website:
        values["website"] = record.website
    if row is not None and row.source_id and row.name != record.name:
        values["name"] = row.name  # renamed by a person: their name stands
    create = {"slug": unique_slug(Body, record.name)} if row is None else {}
    return _upsert(Body, row, values, provenance, tally, "bodies", create)


def discard_empty_bodies(existing: set[int], tally: Tally) -> list[str]:
    """Delete the bodies created since ``existing`` was taken that hold nothing.

    An import that could read nothing for a council (its server down, every
    list refused) must not leave an empty council on the public site. A body
    that already existed, or that anything refers to, stays. Returns the
    names of the bodies deleted.
    """
    gone = []
    for body in Body.objects.exclude(pk__in=existing):
        held = (
            getattr(body, relation.get_accessor_name()).exists()
            for relation in Body._meta.related_objects
            if relation.one_to_many
        )
        if not any(held):
            gone.append(body.name)
            body.delete()
            tally.add("bodies", "created", -1)
    return gone


def store_committees(
    body: Body,
    records: list[plain.Committee],
    provenance: Provenance,
    tally: Tally,
) -> dict[str, Committee]:
    """Upsert committees; returns them by source id."""
    return {r.source_id: _committee(body, r, provenance, tally) for r in records}


def _committee(
    body: Body, record: plain.Committee, provenance: Provenance, tally: Tally
) -> Committee:
    row = Committee.objects.filter(source_id=record.source_id).first()
    if row is None:  # one a minutes file made earlier, under the same name
        row = Committee.objects.filter(
            body=body, name=record.name, source_id=""
        ).first()
    name = record.name
    others = Committee.objects.filter(body=body, name=name)
    if others.exclude(pk=row.pk if row else None).exists():
        name = f"{name} ({record.source_id.rstrip('/').rsplit('/', 1)[-1]})"
    values = {
        "body_id": body.pk,
        "name": name,
        "source_id": record.source_id,
        "deleted": None,
    }
    if record.purpose:  # a meeting list names the committee, nothing more
        values["purpose"] = record.purpose
    create = {}
    if row is None:
        taken = Committee.objects.filter(slug=unique_slug(Committee, name)).exists()
        create = {
            "slug": unique_slug(Committee, f"{body.slug} {name}" if taken else name)
        }
    return _upsert(Committee, row, values, provenance, tally, "committees", create)


def store_people(
    body: Body,
    records: list[plain.Person],
    provenance: Provenance,
    tally: Tally,
    *,
    create_only: bool = False,
) -> list[str]:
    """Upsert people and their memberships; returns warnings.

    With ``create_only`` a person already stored is left as it is: people named
    in a meeting's attendance must not overwrite what a councillor list says.
    """
    warnings: list[str] = []
    committees = dict(
        Committee.objects.filter(body=body).values_list("source_id", "pk")
    )
    for record in records:
        row = Person.objects.filter(source_id=record.source_id).first()
        if row is not None and create_only:
            warnings += _memberships(row, record, committees, provenance, tally, True)
            continue
        values = {
            "name": record.name,
            "kind": record.kind,
            "party": record.party,
            "ward": record.ward,
            "role": record.role,
            "body_id": body.pk,
            "source_id": record.source_id,
            "deleted": None,
        }
        create = {"slug": unique_slug(Person, record.name)} if row is None else {}
        row = _upsert(Person, row, values, provenance, tally, "people", create)
        warnings += _memberships(
            row, record, committees, provenance, tally, create_only
        )
    return warnings


def _memberships(
    person: Person,
    record: plain.Person,
    committees: dict[str, int],
    provenance: Provenance,
    tally: Tally,
    additive: bool = False,
) -> list[str]:
    """Upsert ``record``'s memberships; unless ``additive``, end the others."""
    warnings, kept = [], []
    for m in record.memberships:
        committee_id = committees.get(m.committee)
        if committee_id is None:
            warnings.append(f"{record.name}: membership of unknown {m.committee}")
            continue
        row = Membership.objects.filter(source_id=m.source_id).first()
        values = {
            "person_id": person.pk,
            "committee_id": committee_id,
            "role": m.role,
            "start": m.start,
            "end": m.end,
            "source_id": m.source_id,
            "deleted": None,
        }
        _upsert(Membership, row, values, provenance, tally, "memberships")
        kept.append(m.source_id)
    gone = person.memberships.alive().exclude(source_id="").exclude(source_id__in=kept)
    if additive or not record.memberships or not gone.exists():
        return warnings
    tally.add("memberships", "deleted", gone.update(deleted=timezone.now()))
    return warnings


def store_meeting(
    body: Body, record: plain.Meeting, provenance: Provenance, tally: Tally
) -> Meeting:
    """Upsert one meeting with its items, documents and votes, all or nothing.

    Raises ``LoadError`` when another source's meeting already holds the
    committee's date.
    """
    with transaction.atomic():
        seen = Tally()  # a meeting names its committee; count only real changes
        committee = _committee(body, record.committee, provenance, seen)
        for outcome in ("created", "updated"):
            tally.add("committees", outcome, seen.get("committees", outcome))
        row = Meeting.objects.filter(source_id=record.source_id).first()
        if row is None:
            row = Meeting.objects.filter(committee=committee, date=record.date).first()
            if row is not None and row.source_id:
                raise LoadError(
                    f"{committee} already has a meeting on {record.date} "
                    f"from {row.source_id}"
                )
        values = {
            "committee_id": committee.pk,
            "date": record.date,
            "date_assumed": False,
            "start_time": record.start_time,
            "status": record.status,
            "minutes_status": _minutes_status(row, record.minutes_status),
            "venue": record.venue[:300],
            "source_id": record.source_id,
            "deleted": None,
        }
        row = _upsert(Meeting, row, values, provenance, tally, "meetings")
        store_people(body, record.people, provenance, tally, create_only=True)
        _attendance(row, record.attendance, provenance)
        known = {
            item.source_id: item
            for item in AgendaItem.objects.filter(
                source_id__in=[i.source_id for i in record.items]
            )
        }
        for position, item in enumerate(record.items, 1):
            found = known.get(item.source_id)
            _import_item(row, item, position, provenance, tally, found)
        ids = [item.source_id for item in record.items]
        gone = row.items.alive().exclude(source_id="").exclude(source_id__in=ids)
        tally.add("items", "deleted", gone.update(deleted=timezone.now()))
    return row


def _minutes_status(row: Meeting | None, wanted: str) -> str:
    """Minutes approved by a clerk in Moot stay approved."""
    if row is not None and row.minutes_status == Meeting.MinutesStatus.APPROVED:
        return row.minutes_status
    return wanted


def store_deletions(
    kind: str, source_ids: list[str], provenance: Provenance, tally: Tally
) -> None:
    """Soft-delete the rows the source says it has deleted."""
    if kind == "reports":  # a paper: its reports on every item, and their files
        _delete_reports(Report.objects.filter(source_id__in=source_ids), tally)
        return
    model = {
        "committees": Committee,
        "people": Person,
        "meetings": Meeting,
        "items": AgendaItem,
    }[kind]
    for start in range(0, len(source_ids), 500):
        rows = model.objects.filter(
            source_id__in=source_ids[start : start + 500], deleted__isnull=True
        )
        tally.add(kind, "deleted", rows.update(deleted=timezone.now()))


def _upsert(
    model: Any,
    row: Any,
    values: dict[str, Any],
    provenance: Provenance,
    tally: Tally,
    kind: str,
    create: dict[str, Any] | None = None,
) -> Any:
    """Create ``row`` or write only the values that differ; count which."""
    if row is None:
        row = model.objects.create(**values, **(create or {}), **provenance.fields())
        tally.add(kind, "created")
        return row
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    if not changed:
        tally.add(kind, "unchanged")
        return row
    for name in changed:
        setattr(row, name, values[name])
    for name, value in provenance.fields().items():
        setattr(row, name, value)
    row.save(update_fields=[*changed, *provenance.fields(), "modified"])
    tally.add(kind, "updated")
    return row


def _attendance(
    meeting: Meeting, attendees: list[plain.Attendee], provenance: Provenance
) -> None:
    if not attendees:
        return
    people = dict(
        Person.objects.filter(
            source_id__in=[a.person for a in attendees if a.person]
        ).values_list("source_id", "pk")
    )
    wanted = [(a.name, a.kind, people.get(a.person)) for a in attendees]
    have = list(
        meeting.attendance.order_by("position").values_list("name", "kind", "person_id")
    )
    if have == wanted:
        return
    meeting.attendance.all().delete()
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting,
            name=name,
            kind=kind,
            person_id=person,
            position=i,
            **provenance.fields(),
        )
        for i, (name, kind, person) in enumerate(wanted, 1)
    )


def item_digest(record: plain.Item) -> str:
    """Hash of everything an imported item brings, so an unchanged one is skipped."""
    text = json.dumps(asdict(record), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _import_item(
    meeting: Meeting,
    record: plain.Item,
    position: int,
    provenance: Provenance,
    tally: Tally,
    row: AgendaItem | None,
) -> None:
    if row is None and record.number:  # an item a minutes file made earlier
        row = meeting.items.filter(number=record.number, source_id="").first()
    digest = item_digest(record)
    if (
        row is not None
        and row.fingerprint == digest
        and row.meeting_id == meeting.pk
        and row.position == position
        and row.deleted is None
    ):
        tally.add("items", "unchanged")
        return
    title = record.title[:500] or (f"Item {record.number}" if record.number else "")
    values = {
        "meeting_id": meeting.pk,
        "position": position,
        "number": record.number[:20],
        "title": title or "Untitled item",
        "slug": item_slug(title or "item"),
        **_exempt(record, row),
        "fingerprint": digest,
        "source_id": record.source_id,
        "deleted": None,
    }
    row = _upsert(AgendaItem, row, values, provenance, tally, "items")
    # An item the source restricts keeps nothing but its title and paragraph;
    # one the minutes' wording makes exempt keeps its content, withheld, so a
    # clerk can release it.
    content = parsed.Item() if record.is_exempt else record.content or parsed.Item()
    _replace_content(row, content, provenance)
    _votes(row, record, provenance)
    _documents(row, record, provenance, tally)
    if row.is_exempt:
        _exempt_paper_documents(row)
    items_changed(row.pk)  # the tracker hears of it after the commit


def _exempt(record: plain.Item, row: AgendaItem | None) -> dict:
    """Exempt if the source restricts the item or its minutes say so."""
    if record.is_exempt:
        paragraph = record.exempt_paragraph
        source = parsed.Exempt(
            paragraph, record.exempt_reason, [paragraph] if paragraph else []
        )
        return exempt_values(parsed.Item(exempt=source), row)
    return exempt_values(record.content or parsed.Item(), row)


def _documents(
    row: AgendaItem, record: plain.Item, provenance: Provenance, tally: Tally
) -> None:
    kept = []
    own = row.documents.filter(report__isnull=True)
    for position, doc in enumerate(record.documents, 1):
        exempt = doc.is_exempt or record.is_exempt
        found = own.filter(source_id=doc.source_id).first()
        values = _document_values(doc, position, exempt)
        _store_document(row, found, values, provenance, tally)
        kept.append(doc.source_id)
    # A paper's documents come and go with the paper (``store_report``).
    gone = own.alive().exclude(source_id="").exclude(source_id__in=kept)
    tally.add("documents", "deleted", gone.update(deleted=timezone.now()))


def _document_values(doc: plain.Document, position: int, exempt: bool) -> dict:
    return {
        "position": position,
        "title": doc.title[:500] or "Document",
        "kind": doc.kind,
        "url": doc.url[:1000],
        "is_exempt": exempt,
        "text": "" if exempt else doc.text,
        "size": None if exempt else doc.size,
        "sha256": "" if exempt else doc.sha256,
        "file": "" if exempt else doc.file,
        "source_id": doc.source_id,
        "deleted": None,
    }


def _store_document(
    item: AgendaItem,
    found: Document | None,
    values: dict,
    provenance: Provenance,
    tally: Tally,
) -> None:
    had = found.file.name if found is not None else ""
    create = {"agenda_item": item}
    _upsert(Document, found, values, provenance, tally, "documents", create)
    if values["is_exempt"] and had:
        _forget_file(had)


def _forget_file(name: str) -> None:
    """Remove kept bytes no document refers to any more (one became exempt).

    Names come from the bytes' hash, so another document may share the file;
    the removal waits for the commit, so a rolled-back meeting keeps its file.
    """

    def remove() -> None:
        if not Document.objects.filter(file=name).exists():
            default_storage.delete(name)

    transaction.on_commit(remove)


def _votes(row: AgendaItem, record: plain.Item, provenance: Provenance) -> None:
    """Per-member votes, on the item's first resolution (made if it has none)."""
    if not record.votes:
        return
    p = provenance.fields()
    resolution = row.resolutions.order_by("position").first()
    if resolution is None:
        resolution = Resolution.objects.create(
            agenda_item=row, position=1, text=record.title or "Recorded vote", **p
        )
    people = dict(
        Person.objects.filter(
            source_id__in=[v.person for v in record.votes if v.person]
        ).values_list("source_id", "pk")
    )
    Vote.objects.bulk_create(
        Vote(
            resolution=resolution,
            person_id=people.get(v.person),
            name=v.name,
            choice=v.choice,
            **p,
        )
        for v in record.votes
    )
    if resolution.votes_for is None:
        counts = Counter(v.choice for v in record.votes)
        resolution.votes_for = counts[Vote.Choice.FOR]
        resolution.votes_against = counts[Vote.Choice.AGAINST]
        resolution.abstentions = counts[Vote.Choice.ABSTAIN]
        resolution.save(update_fields=["votes_for", "votes_against", "abstentions"])


def store_report(
    record: plain.Report, provenance: Provenance, tally: Tally
) -> list[AgendaItem]:
    """Upsert a paper as the Report of each stored item it was considered at.

    Its files become Documents on each of those items, linked to the Report;
    on an exempt item they are exempt and keep no text or bytes. Reports of the
    paper on items it is no longer considered at are soft-deleted. All or
    nothing; returns the items (none: nothing was stored).
    """
    items = list(
        AgendaItem.objects.filter(source_id__in=record.items, deleted__isnull=True)
    )
    if not items:
        return []
    seen = Tally()
    with transaction.atomic():
        for item in items:
            _paper_report(item, record, provenance, seen)
        gone = Report.objects.filter(source_id=record.source_id).exclude(
            agenda_item__in=items
        )
        _delete_reports(gone, seen)
    for (kind, outcome), n in seen.counts.items():
        tally.add(kind, outcome, n)
    if any(n for (_, outcome), n in seen.counts.items() if outcome != "unchanged"):
        items_changed(*[item.pk for item in items])  # their pages show the report
    return items


def _paper_report(
    item: AgendaItem, record: plain.Report, provenance: Provenance, tally: Tally
) -> None:
    row = item.reports.filter(source_id=record.source_id).first()
    # ``letter`` holds a document letter or a paper's reference ("159/2006").
    values = {
        "agenda_item_id": item.pk,
        "title": record.title[:500],
        "letter": record.reference[:20],
        "source_id": record.source_id,
        "deleted": None,
    }
    create = {"position": item.reports.count() + 1}  # after the minutes' own
    report = _upsert(Report, row, values, provenance, tally, "reports", create)
    kept = []
    for n, doc in enumerate(record.documents, 1):
        found = report.documents.filter(source_id=doc.source_id).first()
        exempt = doc.is_exempt or item.is_exempt
        values = _document_values(doc, report.position * 1000 + n, exempt)
        values["report_id"] = report.pk
        _store_document(item, found, values, provenance, tally)
        kept.append(doc.source_id)
    gone = report.documents.alive().exclude(source_id__in=kept)
    tally.add("documents", "deleted", gone.update(deleted=timezone.now()))


def _exempt_paper_documents(row: AgendaItem) -> None:
    """An item that became exempt: its papers' documents keep no text or bytes."""
    documents = row.documents.filter(report__isnull=False)
    names = [n for n in documents.values_list("file", flat=True) if n]
    documents.update(is_exempt=True, text="", size=None, sha256="", file="")
    for name in set(names):
        _forget_file(name)


def _delete_reports(rows: Any, tally: Tally) -> None:
    """Soft-delete reports a source removed, with their documents."""
    rows = rows.filter(deleted__isnull=True)
    now = timezone.now()
    documents = Document.objects.filter(report__in=rows, deleted__isnull=True)
    tally.add("documents", "deleted", documents.update(deleted=now))
    tally.add("reports", "deleted", rows.update(deleted=now))


def _replace_content(
    row: AgendaItem, content: parsed.Item, provenance: Provenance
) -> None:
    """Write an item's content anew, keeping the reports its papers made.

    ``replace_content`` rewrites what the item's own record brings. Papers come
    from another list, and an incremental run may not fetch them again, so
    their reports are put back as they were: same rows, same documents.
    """
    papers = list(row.reports.exclude(source_id=""))
    links = list(
        Document.objects.filter(report__in=papers).values_list("pk", "report_id")
    )
    replace_content(row, content, provenance)
    if not papers:
        return
    Report.objects.bulk_create(papers)
    for report in papers:
        documents = [pk for pk, report_id in links if report_id == report.pk]
        Document.objects.filter(pk__in=documents).update(report=report)

"""An item's documents, a meeting's own papers and the reports a source's
papers make.

A document is upserted by its ``source_id`` among the item's (or the
meeting's); one the source no longer lists is soft-deleted. A document on an
exempt item, or one the source marks exempt, keeps no text and no bytes: a kept
file it no longer needs is removed after the commit.
"""

from datetime import datetime
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction

from moot.importers import records as plain

from ..changes import Scope, announce, items_changed
from ..models import AgendaItem, Document, Meeting, Report
from .rows import Provenance, Tally, upsert


def store_documents(
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
    tally.add("documents", "deleted", gone.soft_delete())


def store_meeting_documents(
    row: Meeting, record: plain.Meeting, provenance: Provenance, tally: Tally
) -> None:
    """The meeting's own papers (agenda pack, minutes), by ``source_id``.

    Minutes read from a file (no ``source_id``) state no papers, so they
    remove none; a source's meeting lists them all, and one it no longer
    lists is soft-deleted. A meeting whose papers changed is announced.
    """
    if not record.source_id and not record.documents:
        return
    seen = Tally()
    kept = []
    own = Document.objects.filter(meeting=row)
    for position, doc in enumerate(record.documents, 1):
        found = own.filter(source_id=doc.source_id).first()
        values = {**_document_values(doc, position, doc.is_exempt), "role": doc.role}
        had = found.file.name if found is not None else ""
        upsert(Document, found, values, provenance, seen, "documents", {"meeting": row})
        if values["is_exempt"] and had:
            _forget_file(had)
        kept.append(doc.source_id)
    gone = own.alive().exclude(source_id="").exclude(source_id__in=kept)
    seen.add("documents", "deleted", gone.soft_delete())
    tally.merge(seen)
    if any(n for (_, outcome), n in seen.counts.items() if outcome != "unchanged"):
        announce(Scope.MEETING, [row.pk])


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
    upsert(Document, found, values, provenance, tally, "documents", create)
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
        delete_reports(gone, seen)
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
    report = upsert(Report, row, values, provenance, tally, "reports", create)
    kept = []
    for n, doc in enumerate(record.documents, 1):
        found = report.documents.filter(source_id=doc.source_id).first()
        exempt = doc.is_exempt or item.is_exempt
        values = _document_values(doc, report.position * 1000 + n, exempt)
        values["report_id"] = report.pk
        _store_document(item, found, values, provenance, tally)
        kept.append(doc.source_id)
    gone = report.documents.alive().exclude(source_id__in=kept)
    tally.add("documents", "deleted", gone.soft_delete())


def exempt_paper_documents(row: AgendaItem) -> None:
    """An item that became exempt: its papers' documents keep no text or bytes."""
    documents = row.documents.filter(report__isnull=False)
    names = [n for n in documents.values_list("file", flat=True) if n]
    documents.update(is_exempt=True, text="", size=None, sha256="", file="")
    for name in set(names):
        _forget_file(name)


def delete_reports(rows: Any, tally: Tally) -> None:
    """Soft-delete reports a source removed, with their documents."""
    rows = rows.filter(deleted__isnull=True)
    documents = Document.objects.filter(report__in=rows, deleted__isnull=True)
    tally.add("documents", "deleted", documents.soft_delete())
    tally.add("reports", "deleted", rows.soft_delete())


def paper_items(record: plain.Report) -> Any:
    """The items Moot holds (not deleted) that the paper was considered at."""
    return AgendaItem.objects.filter(source_id__in=record.items, deleted__isnull=True)


def report_is_current(record: plain.Report, items: Any, documents: bool) -> bool:
    """Stored since the paper last changed, at the same items, files complete.

    A paper not modified since its reports were written need not be stored (or
    its files fetched) again; one with a document whose download failed (no
    hash) does, when ``documents`` are downloaded.
    """
    try:
        modified = datetime.fromisoformat(record.modified)
    except ValueError:
        return False
    reports = Report.objects.filter(source_id=record.source_id, deleted=None)
    fresh = reports.filter(imported__gte=modified, agenda_item__in=items)
    if fresh.count() != reports.count() or fresh.count() != items.count():
        return False
    missing = Document.objects.filter(
        report__in=reports, is_exempt=False, sha256="", deleted=None
    )
    return not (documents and missing.exists())

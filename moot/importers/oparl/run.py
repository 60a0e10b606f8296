"""An OParl import: System → Body → organizations, people, meetings, papers.

The first run reads every list; later runs ask only for objects modified
since the last complete run (``modified_since``, kept in a small state file),
and objects the server marks ``deleted`` are soft-deleted in Moot. A list page
that fails is a failure in the summary; the other lists go on, and the run is
then not recorded as complete, so the next run asks again from the last good
point.

Papers come last, once the meetings are stored: a Paper reaches Moot through
its consultations, as the Report of each agenda item Moot holds that it was
considered at. A paper considered at none is counted as skipped, with why.
"""

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from moot.records.load import (
    LoadError,
    Provenance,
    store_body,
    store_committees,
    store_deletions,
    store_meeting,
    store_people,
    store_report,
)
from moot.records.models import AgendaItem, Committee, Document, Report

from .. import records
from ..documents import download
from ..http import Client, FetchError
from ..progress import progress
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import oparl"


def run(
    client: Client,
    system_url: str,
    *,
    state_file: Path,
    full: bool = False,
    documents: bool = True,
    today: dt.date | None = None,
) -> Summary:
    """Import every Body of the OParl System at ``system_url``."""
    summary = Summary()
    started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    since = None if full else _last_run(state_file, system_url)
    try:
        system = fetch.get_json(client, system_url)
        bodies = list(fetch.walk(client, system["body"]))
    except (FetchError, ValueError, KeyError, TypeError, fetch.ListError) as error:
        summary.fail(f"system {system_url}", error)
        return summary
    summary.warnings.append(f"OParl {convert.version(system)} at {system_url}")
    importer = _BodyImport(client, summary, since, documents, today or dt.date.today())
    for obj in bodies:
        if not convert.is_deleted(obj):
            importer.run(obj)
    if not summary.failures:
        _save_run(state_file, system_url, started)
    return summary


class _BodyImport:
    def __init__(
        self,
        client: Client,
        summary: Summary,
        since: str | None,
        documents: bool,
        today: dt.date,
    ) -> None:
        self.client, self.summary, self.since = client, summary, since
        self.documents, self.today = documents, today
        self.tally = summary.tally

    def run(self, obj: convert.Object) -> None:
        provenance = Provenance(obj["id"], IMPORTER)
        self.body = store_body(convert.body(obj), provenance, self.tally)
        self.body_id = obj["id"]
        self._organizations(obj.get("organization"))
        self._people(obj.get("person"))
        self.committees = self._known_committees()
        self._meetings(obj.get("meeting"))
        self._papers(obj.get("paper"))

    def _walk(self, url: Any, what: str) -> list[convert.Object]:
        if not isinstance(url, str):
            return []
        found: list[convert.Object] = []
        try:
            for obj in fetch.walk(self.client, url, self.since):
                found.append(obj)
        except fetch.ListError as error:
            self.summary.fail(f"{what} list", error)
        return found

    def _organizations(self, url: Any) -> None:
        objects = self._walk(url, "organization")
        live = [o for o in objects if not convert.is_deleted(o)]
        self._warn_foreign(live)
        committees = [convert.committee(o) for o in live]
        store_committees(self.body, committees, self._provenance(url), self.tally)
        gone = [o["id"] for o in objects if convert.is_deleted(o)]
        store_deletions("committees", gone, self._provenance(url), self.tally)

    def _people(self, url: Any) -> None:
        objects = self._walk(url, "person")
        live = [o for o in objects if not convert.is_deleted(o)]
        self._warn_foreign(live)
        people = [convert.person(o) for o in live]
        provenance = self._provenance(url)
        self.summary.warnings += store_people(self.body, people, provenance, self.tally)
        gone = [o["id"] for o in objects if convert.is_deleted(o)]
        store_deletions("people", gone, provenance, self.tally)

    def _known_committees(self) -> dict[str, records.Committee]:
        rows = Committee.objects.filter(body=self.body).exclude(source_id="")
        return {
            sid: records.Committee(sid, name)
            for sid, name in rows.values_list("source_id", "name")
        }

    def _meetings(self, url: Any) -> None:
        if not isinstance(url, str):
            return
        try:
            objects = fetch.walk(self.client, url, self.since)
            for obj in progress(objects, total=None, what="meetings"):
                self._meeting(obj)
        except fetch.ListError as error:
            self.summary.fail("meeting list", error)

    def _meeting(self, obj: convert.Object) -> None:
        provenance = Provenance(obj["id"], IMPORTER)
        if convert.is_deleted(obj):
            store_deletions("meetings", [obj["id"]], provenance, self.tally)
            return
        try:
            self._resolve_organizations(obj)
            meeting = convert.meeting(obj, self.committees, self.today)
            self.summary.warnings += [f"{obj['id']}: {w}" for w in meeting.warnings]
            if self.documents:
                for item in meeting.items:
                    for document in item.documents:
                        download(self.client, document, self.summary, base=obj["id"])
            store_meeting(self.body, meeting, provenance, self.tally)
        except (ValueError, LoadError) as error:
            self.summary.fail(f"meeting {obj['id']}", error)
        except Exception as error:  # one bad record never stops the run
            self.summary.fail(
                f"meeting {obj['id']}", f"{type(error).__name__}: {error}"
            )

    def _papers(self, url: Any) -> None:
        if not isinstance(url, str):
            return
        try:
            objects = fetch.walk(self.client, url, self.since)
            for obj in progress(objects, total=None, what="papers"):
                self._paper(obj)
        except fetch.ListError as error:
            self.summary.fail("paper list", error)

    def _paper(self, obj: convert.Object) -> None:
        provenance = Provenance(obj["id"], IMPORTER)
        if convert.is_deleted(obj):
            store_deletions("reports", [obj["id"]], provenance, self.tally)
            return
        try:
            record = convert.paper(obj)
            self.summary.warnings += [f"{obj['id']}: {w}" for w in record.warnings]
            items = AgendaItem.objects.filter(
                source_id__in=record.items, deleted__isnull=True
            )
            if not record.items:
                self.summary.skip("papers", "considered at no agenda item")
            elif not items.exists():
                self.summary.skip("papers", "considered only at items not imported")
            elif self._unchanged(record, items):
                self.tally.add("reports", "unchanged", items.count())
            else:
                if self.documents and items.filter(is_exempt=False).exists():
                    for document in record.documents:
                        download(self.client, document, self.summary, base=obj["id"])
                store_report(record, provenance, self.tally)
        except Exception as error:  # one bad record never stops the run
            self.summary.fail(f"paper {obj['id']}", f"{type(error).__name__}: {error}")

    def _unchanged(self, record: records.Report, items: Any) -> bool:
        """Stored since the paper last changed, at the same items, files complete.

        A paper not modified since its reports were written is not fetched
        again; a document whose download failed (no hash) is tried again.
        """
        try:
            modified = dt.datetime.fromisoformat(record.modified)
        except ValueError:
            return False
        reports = Report.objects.filter(source_id=record.source_id, deleted=None)
        fresh = reports.filter(imported__gte=modified, agenda_item__in=items)
        if fresh.count() != reports.count() or fresh.count() != items.count():
            return False
        missing = Document.objects.filter(
            report__in=reports, is_exempt=False, sha256="", deleted=None
        )
        return not (self.documents and missing.exists())

    def _resolve_organizations(self, obj: convert.Object) -> None:
        """Fetch an Organization the lists did not give (an incremental run)."""
        for url in obj.get("organization") or []:
            if not isinstance(url, str) or url in self.committees:
                continue
            try:
                found = fetch.get_json(self.client, url)
                committee = convert.committee(found)
            except (FetchError, ValueError, KeyError, TypeError) as error:
                self.summary.warnings.append(f"organization {url}: {error}")
                continue
            provenance = Provenance(url, IMPORTER)
            store_committees(self.body, [committee], provenance, self.tally)
            self.committees[url] = committee

    def _warn_foreign(self, objects: list[convert.Object]) -> None:
        for obj in objects:
            warning = convert.foreign_body(obj, self.body_id)
            if warning:
                self.summary.warnings.append(warning)

    def _provenance(self, url: Any) -> Provenance:
        return Provenance(str(url or self.body_id), IMPORTER)


def _last_run(state_file: Path, system_url: str) -> str | None:
    try:
        value = json.loads(state_file.read_text()).get(system_url)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _save_run(state_file: Path, system_url: str, started: str) -> None:
    try:
        state = json.loads(state_file.read_text())
    except (OSError, ValueError):
        state = {}
    if not isinstance(state, dict):
        state = {}
    state[system_url] = started
    state_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = state_file.with_name(f".{state_file.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(temporary, state_file)

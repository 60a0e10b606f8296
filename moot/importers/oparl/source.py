"""An OParl server as a source: System → Body → organizations, people,
meetings, papers, for the one driver (``moot.importers.drive``).

The first run reads every list; later runs ask only for objects modified since
the last complete run (``modified_since``, kept in a small state file), and
objects the server marks ``deleted`` are soft-deleted in Moot. A list page that
fails is a failure in the summary; the other lists go on, and the run is then
not recorded as complete, so the next run asks again from the last good point.

Papers come last, once the meetings are stored: a Paper reaches Moot through
its consultations, as the Report of each agenda item Moot holds that it was
considered at.
"""

import datetime as dt
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from .. import records
from ..drive import drive
from ..http import Client, FetchError
from ..source import Read
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import oparl"


class OParl:
    """Every Body of the OParl System at ``system_url``."""

    importer = IMPORTER

    def __init__(
        self,
        client: Client,
        system_url: str,
        *,
        since: str | None = None,
        documents: bool = True,
        today: dt.date | None = None,
    ) -> None:
        self.client, self.system_url, self.since = client, system_url, since
        self.documents, self.today = documents, today or dt.date.today()

    def councils(self, summary: Summary) -> Iterator["OParlBody"]:
        try:
            system = fetch.get_json(self.client, self.system_url)
            bodies = list(fetch.walk(self.client, system["body"]))
        except (FetchError, ValueError, KeyError, TypeError) as error:
            summary.fail(f"system {self.system_url}", error)
            return
        summary.warnings.append(f"OParl {convert.version(system)} at {self.system_url}")
        for obj in bodies:
            if not convert.is_deleted(obj):
                yield OParlBody(self, obj)


class OParlBody:
    """One Body of the System, and its lists."""

    def __init__(self, system: OParl, obj: convert.Object) -> None:
        self.system, self.obj = system, obj
        self.body, self.source = convert.body(obj), obj["id"]
        self.committees_known: dict[str, records.Committee] = {}

    def committees(self, summary: Summary) -> list[Read[list[Any]]]:
        url = self.obj.get("organization")
        read = partial(self._list, url, "organization", convert.committee)
        return [Read("organization list", str(url or self.source), read)]

    def people(self, summary: Summary) -> list[Read[list[Any]]]:
        url = self.obj.get("person")
        read = partial(self._list, url, "person", convert.person)
        return [Read("person list", str(url or self.source), read)]

    def _list(self, url: Any, what: str, make: Any, summary: Summary) -> list[Any]:
        """Every object of a list, as records; a page that fails ends it."""
        found: list[Any] = []
        for obj in self._walk(url, what, summary):
            if convert.is_deleted(obj):
                found.append(records.Deleted(obj["id"]))
                continue
            warning = convert.foreign_body(obj, self.source)
            if warning:
                summary.warnings.append(warning)
            found.append(make(obj))
        return found

    def _walk(self, url: Any, what: str, summary: Summary) -> list[convert.Object]:
        if not isinstance(url, str):
            return []
        found: list[convert.Object] = []
        try:
            for obj in fetch.walk(self.system.client, url, self.system.since):
                found.append(obj)
        except fetch.ListError as error:
            summary.fail(f"{what} list", error)
        return found

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterator[Read[records.Meeting | records.Deleted]]:
        self.committees_known = committees
        url = self.obj.get("meeting")
        if not isinstance(url, str):
            return
        for obj in fetch.walk(self.system.client, url, self.system.since):
            yield Read(f"meeting {obj['id']}", obj["id"], partial(self._meeting, obj))

    def _meeting(
        self, obj: convert.Object, summary: Summary
    ) -> records.Meeting | records.Deleted:
        if convert.is_deleted(obj):
            return records.Deleted(obj["id"])
        self._resolve_organizations(obj, summary)
        return convert.meeting(obj, self.committees_known, self.system.today)

    def _resolve_organizations(self, obj: convert.Object, summary: Summary) -> None:
        """Fetch an Organization the lists did not give (an incremental run)."""
        for url in obj.get("organization") or []:
            if not isinstance(url, str) or url in self.committees_known:
                continue
            try:
                found = fetch.get_json(self.system.client, url)
                self.committees_known[url] = convert.committee(found)
            except (FetchError, ValueError, KeyError, TypeError) as error:
                summary.warnings.append(f"organization {url}: {error}")

    def papers(
        self, summary: Summary
    ) -> Iterator[Read[records.Report | records.Deleted]]:
        url = self.obj.get("paper")
        if not isinstance(url, str):
            return
        for obj in fetch.walk(self.system.client, url, self.system.since):
            yield Read(f"paper {obj['id']}", obj["id"], partial(_paper, obj))

    def registers(self, summary: Summary) -> list[Read[Any]]:
        return []  # OParl 1.1 has no decisions register or forward plan


def _paper(obj: convert.Object, summary: Summary) -> records.Report | records.Deleted:
    return records.Deleted(obj["id"]) if convert.is_deleted(obj) else convert.paper(obj)


def run(
    client: Client,
    system_url: str,
    *,
    state_file: Path,
    full: bool = False,
    documents: bool = True,
    today: dt.date | None = None,
) -> Summary:
    """Import every Body at ``system_url``; a complete run is remembered."""
    started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    since = None if full else fetch.last_run(state_file, system_url)
    source = OParl(client, system_url, since=since, documents=documents, today=today)
    summary = drive(source)
    if not summary.failures:
        fetch.save_run(state_file, system_url, started)
    return summary

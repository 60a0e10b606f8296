"""A Legistar Web API client as a source: events in the window, their items,
votes and voters, for the one driver (``moot.importers.drive``)."""

import datetime as dt
from collections.abc import Iterator
from functools import partial
from typing import Any

from .. import records
from ..drive import drive
from ..http import Client, FetchError
from ..source import NoLists, Read
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import legistar"


class Legistar(NoLists):
    """The Legistar client at ``base`` (``…/v1/seattle``) and its one Body."""

    importer = IMPORTER

    def __init__(
        self,
        client: Client,
        base: str,
        *,
        body_name: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        documents: bool = True,
        today: dt.date | None = None,
    ) -> None:
        self.client, self.base, self.documents = client, base, documents
        self.start, self.end, self.today = start, end, today or dt.date.today()
        name = body_name or base.rstrip("/").rsplit("/", 1)[-1].title()
        self.body, self.source = records.Body(base, name), base
        self.people_seen: dict[str, records.Person] = {}

    def councils(self, summary: Summary) -> list["Legistar"]:
        return [self]

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterator[Read[records.Meeting]]:
        try:
            events = fetch.events(self.client, self.base, self.start, self.end)
        except (FetchError, ValueError) as error:
            summary.fail("events", error)
            return
        for event in events:
            name = convert.clean(event.get("EventBodyName"))
            what = f"event {event.get('EventId')} ({name})"
            url = f"{self.base}/events/{event.get('EventId')}"
            yield Read(what, url, partial(self._event, event))

    def _event(self, event: dict[str, Any], summary: Summary) -> records.Meeting:
        meeting = convert.meeting(self.base, event, self.today)
        for row in fetch.event_items(self.client, self.base, event["EventId"]):
            item = convert.item(self.base, row)
            if convert.wants_votes(row):
                item.votes = self._votes(row, summary)
            meeting.items.append(item)
        voters = {v.person for i in meeting.items for v in i.votes}
        meeting.people = [p for s, p in self.people_seen.items() if s in voters]
        return meeting

    def _votes(self, row: dict[str, Any], summary: Summary) -> list[records.VoteCast]:
        try:
            rows = fetch.votes(self.client, self.base, row["EventItemId"])
        except (FetchError, ValueError) as error:
            summary.fail(f"votes of item {row['EventItemId']}", error)
            return []
        cast, warnings = convert.votes(self.base, rows)
        summary.warnings += warnings
        for vote in cast:
            if vote.person and vote.person not in self.people_seen:
                self._person(vote.person, summary)
        return cast

    def _person(self, source_id: str, summary: Summary) -> None:
        person_id = source_id.rsplit("/", 1)[-1]
        try:
            data = fetch.person(self.client, self.base, person_id)
            self.people_seen[source_id] = convert.person(self.base, data)
        except (FetchError, ValueError, KeyError) as error:
            summary.fail(f"person {person_id}", error)


def run(client: Client, base: str, **options: Any) -> Summary:
    """Import the Legistar client at ``base``; options as ``Legistar`` takes."""
    return drive(Legistar(client, base, **options))

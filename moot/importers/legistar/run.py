"""A Legistar import: events in the window, their items, votes and voters."""

import datetime as dt
from typing import Any

from moot.records.load import (
    LoadError,
    Provenance,
    store_body,
    store_meeting,
    store_people,
)
from moot.records.models import Body

from .. import records
from ..documents import download
from ..http import Client, FetchError
from ..progress import progress
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import legistar"


def run(
    client: Client,
    base: str,
    *,
    body_name: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    documents: bool = True,
    today: dt.date | None = None,
) -> Summary:
    """Import the Legistar client at ``base`` (``…/v1/seattle``)."""
    summary = Summary()
    name = body_name or base.rstrip("/").rsplit("/", 1)[-1].title()
    body = store_body(
        records.Body(base, name), Provenance(base, IMPORTER), summary.tally
    )
    try:
        events = fetch.events(client, base, start, end)
    except (FetchError, ValueError) as error:
        summary.fail("events", error)
        return summary
    people: dict[str, records.Person] = {}
    for event in progress(events, total=len(events), what="events"):
        try:
            _event(
                client,
                base,
                body,
                event,
                people,
                documents,
                today or dt.date.today(),
                summary,
            )
        except Exception as error:  # one bad record never stops the run
            summary.fail(
                f"event {event.get('EventId')}", f"{type(error).__name__}: {error}"
            )
    return summary


def _event(
    client: Client,
    base: str,
    body: Body,
    event: dict[str, Any],
    people: dict[str, records.Person],
    documents: bool,
    today: dt.date,
    summary: Summary,
) -> None:
    what = f"event {event.get('EventId')} ({convert.clean(event.get('EventBodyName'))})"
    try:
        meeting = convert.meeting(base, event, today)
        rows = fetch.event_items(client, base, event["EventId"])
    except (FetchError, ValueError) as error:
        summary.fail(what, error)
        return
    for row in rows:
        item = convert.item(base, row)
        if convert.wants_votes(row):
            item.votes = _votes(client, base, row, people, summary)
        if documents:
            for document in item.documents:
                download(client, document, summary, base=base)
        meeting.items.append(item)
    provenance = Provenance(f"{base}/events/{event['EventId']}", IMPORTER)
    voters = [
        people[v.person] for i in meeting.items for v in i.votes if v.person in people
    ]
    store_people(
        body, list({p.source_id: p for p in voters}.values()), provenance, summary.tally
    )
    try:
        store_meeting(body, meeting, provenance, summary.tally)
    except LoadError as error:
        summary.fail(what, error)


def _votes(
    client: Client,
    base: str,
    row: dict[str, Any],
    people: dict[str, records.Person],
    summary: Summary,
) -> list[records.VoteCast]:
    try:
        rows = fetch.votes(client, base, row["EventItemId"])
    except (FetchError, ValueError) as error:
        summary.fail(f"votes of item {row['EventItemId']}", error)
        return []
    cast, warnings = convert.votes(base, rows)
    summary.warnings += warnings
    for vote in cast:
        if vote.person and vote.person not in people:
            person_id = vote.person.rsplit("/", 1)[-1]
            try:
                people[vote.person] = convert.person(
                    base, fetch.person(client, base, person_id)
                )
            except (FetchError, ValueError, KeyError) as error:
                summary.fail(f"person {person_id}", error)
    return cast

"""A ModernGov import: fetch, convert, store, one meeting at a time.

Committees and councillors first, so meetings find them; then the meetings
listed by ``GetMeetings`` in date slices; each meeting with its items, their
minutes pages and documents is stored in one transaction. Anything that fails
is a failure in the summary and the run goes on.
"""

import datetime as dt
from dataclasses import dataclass

from moot.minutes.source import ParseError
from moot.records.load import (
    LoadError,
    Provenance,
    store_body,
    store_committees,
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
from .council import Council

IMPORTER = "import moderngov"
EXPECTED = (FetchError, ParseError, LoadError)


@dataclass(frozen=True)
class Options:
    start: dt.date
    end: dt.date
    today: dt.date
    committee: str | None = None
    documents: bool = True


def run(client: Client, council: Council, options: Options) -> Summary:
    """Import ``council``'s committees, people and meetings in the window."""
    summary = Summary()
    base = council.base_url
    body = store_body(
        records.Body(source_id=base, name=council.name, website=base),
        Provenance(base, IMPORTER),
        summary.tally,
    )
    _committees(client, base, body, summary)
    if council.councillors:
        _councillors(client, base, body, summary)
    refs = _meeting_refs(client, council, options, summary)
    for ref in progress(refs, total=len(refs), what="meetings"):
        try:
            _meeting(client, council, body, ref, options, summary)
        except Exception as error:  # one bad record never stops the run
            summary.fail(f"meeting {ref.id}", f"{type(error).__name__}: {error}")
    return summary


def _committees(client: Client, base: str, body: Body, summary: Summary) -> None:
    try:
        found = convert.committees(fetch.get_committees(client, base), base)
    except EXPECTED as error:
        summary.fail("committees (GetCommittees)", error)
        return
    provenance = Provenance(fetch.committees_url(base), IMPORTER)
    store_committees(body, found, provenance, summary.tally)


def _councillors(client: Client, base: str, body: Body, summary: Summary) -> None:
    try:
        people = convert.councillors(fetch.get_councillors(client, base), base)
    except EXPECTED as error:
        summary.fail("councillors (GetCouncillorsByWard)", error)
        return
    provenance = Provenance(fetch.councillors_url(base), IMPORTER)
    summary.warnings += store_people(body, people, provenance, summary.tally)


def _meeting_refs(
    client: Client, council: Council, options: Options, summary: Summary
) -> list[convert.MeetingRef]:
    base, committee = council.base_url, options.committee or "0"
    refs: dict[str, convert.MeetingRef] = {}
    for start, end in fetch.slices(options.start, options.end, council.slice_days):
        try:
            data = fetch.get_meetings(client, base, committee, start, end)
            found, warnings = convert.meetings(data, base)
        except EXPECTED as error:
            summary.fail(f"meetings {start} to {end} (GetMeetings)", error)
            continue
        summary.warnings += warnings
        wanted = options.committee and convert.committee_id(base, options.committee)
        for ref in found:
            if not wanted or ref.committee.source_id == wanted:
                refs.setdefault(ref.id, ref)
    return sorted(refs.values(), key=lambda r: (r.date, r.id))


def _meeting(
    client: Client,
    council: Council,
    body: Body,
    ref: convert.MeetingRef,
    options: Options,
    summary: Summary,
) -> None:
    base = council.base_url
    what = f"meeting {ref.id} ({ref.committee.name}, {ref.date})"
    try:
        data = fetch.get_meeting(client, base, ref.id)
        meeting, pages = convert.meeting(data, ref, base, options.today)
    except EXPECTED as error:
        summary.fail(what, error)
        return
    summary.warnings += [f"{what}: {w}" for w in meeting.warnings]
    if council.item_pages:
        _item_pages(client, base, meeting, pages, summary)
    if options.documents:
        for item in meeting.items:
            for document in item.documents:
                download(client, document, summary, base=base)
    try:
        store_meeting(
            body,
            meeting,
            Provenance(fetch.meeting_url(base, ref.id), IMPORTER),
            summary.tally,
        )
    except LoadError as error:
        summary.fail(what, error)


def _item_pages(
    client: Client,
    base: str,
    meeting: records.Meeting,
    pages: list[convert.ItemPage],
    summary: Summary,
) -> None:
    """Minutes from each item's page, where the web service had none."""
    for page in pages:
        item = meeting.items[page.index]
        try:
            data = fetch.get_item_page(client, base, page.id)
            content = convert.item_page(data, page.id, meeting.date)
        except (FetchError, ParseError) as error:
            summary.fail(f"item page {page.id} ({item.title})", error)
            continue
        if content is not None:
            content.number = content.number or item.number or None
            item.content = content

"""The one driver: read a source's records, download documents, store, count.

For each Body a source speaks for (``source.py``): its committees, then its
people, then its meetings one at a time, then its papers. Every record is read,
its documents downloaded and it is stored through the loader inside one guard,
so one that fails is a failure in the summary, with its reason, and the run
goes on. Nothing here knows a source's format.
"""

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from moot.minutes.source import ParseError
from moot.records.load import (
    Provenance,
    held_committees,
    paper_items,
    report_is_current,
    store_body,
    store_committees,
    store_deletions,
    store_meeting,
    store_people,
    store_register,
    store_report,
)
from moot.records.models import Body
from moot.records.widths import noting_cuts

from . import records, registers
from .documents import download
from .http import FetchError
from .progress import progress
from .source import Council, Read, Source
from .summary import Summary

T = TypeVar("T")
# Failures a source can be expected to have: their message says enough. Any
# other exception is named too, so a defect in Moot is not taken for the
# source's.
EXPECTED = (FetchError, ParseError, ValueError, OSError, KeyError, TypeError)


def drive(source: Source) -> Summary:
    """Import everything ``source`` gives; one bad record never stops the run."""
    summary = Summary()
    # Texts cut to fit their columns outside a meeting (a committee's purpose,
    # a paper's title); ``store_meeting`` notes its own.
    with noting_cuts() as cuts:
        for council in source.councils(summary):
            _council(source, council, summary)
    summary.tally.warnings += cuts
    return summary


def _council(source: Source, council: Council, summary: Summary) -> None:
    body = store_body(council.body, _from(source, council.source), summary.tally)
    _committees(source, council, body, summary)
    _people(source, council, body, summary)
    meetings = council.meetings(summary, held_committees(body))
    for read in _guarded(meetings, "meeting list", summary):
        _meeting(source, body, read, summary)
    for paper in _guarded(council.papers(summary), "paper list", summary):
        _paper(source, paper, summary)
    for register in _guarded(council.registers(summary), "register list", summary):
        _register(source, body, register, summary)


def _from(source: Source, where: str) -> Provenance:
    return Provenance(where, source.importer)


def _guarded(
    reads: Iterable[Read[T]], what: str, summary: Summary
) -> Iterator[Read[T]]:
    """``reads`` with a bar; a list that fails while walked ends as one failure."""
    try:
        yield from progress(reads, total=None, what=what.split()[0] + "s")
    except Exception as error:  # the list ends, the run goes on
        _fail(summary, what, error)


def _fail(summary: Summary, what: str, error: Exception) -> None:
    if isinstance(error, EXPECTED):
        summary.fail(what, error)
    else:
        summary.fail(what, f"{type(error).__name__}: {error}")


def _committees(source: Source, council: Council, body: Body, summary: Summary) -> None:
    for read in _guarded(council.committees(summary), "committee list", summary):
        try:
            found = read.read(summary)
            provenance = _from(source, read.source)
            live = [c for c in found if isinstance(c, records.Committee)]
            store_committees(body, live, provenance, summary.tally)
            store_deletions("committees", _gone(found), provenance, summary.tally)
        except Exception as error:  # one bad record never stops the run
            _fail(summary, read.what, error)


def _people(source: Source, council: Council, body: Body, summary: Summary) -> None:
    for read in _guarded(council.people(summary), "person list", summary):
        try:
            found = read.read(summary)
            provenance = _from(source, read.source)
            live = [p for p in found if isinstance(p, records.Person)]
            summary.warnings += store_people(body, live, provenance, summary.tally)
            store_deletions("people", _gone(found), provenance, summary.tally)
        except Exception as error:  # one bad record never stops the run
            _fail(summary, read.what, error)


def _gone(found: Sequence[Any]) -> list[str]:
    return [r.source_id for r in found if isinstance(r, records.Deleted)]


def _meeting(
    source: Source,
    body: Body,
    read: Read[records.Meeting | records.Deleted],
    summary: Summary,
) -> None:
    provenance = _from(source, read.source)
    try:
        meeting = read.read(summary)
        if isinstance(meeting, records.Deleted):
            store_deletions("meetings", [meeting.source_id], provenance, summary.tally)
            return
        summary.warnings += [f"{read.what}: {w}" for w in meeting.warnings]
        for item in meeting.items:
            _download(source, item.documents, read.source, summary)
        _download(source, meeting.documents, read.source, summary)
        store_meeting(body, meeting, provenance, summary.tally)
    except Exception as error:  # one bad record never stops the run
        _fail(summary, read.what, error)


def _paper(
    source: Source, read: Read[records.Report | records.Deleted], summary: Summary
) -> None:
    provenance = _from(source, read.source)
    try:
        paper = read.read(summary)
        if isinstance(paper, records.Deleted):
            store_deletions("reports", [paper.source_id], provenance, summary.tally)
            return
        summary.warnings += [f"{paper.source_id}: {w}" for w in paper.warnings]
        items = paper_items(paper)
        if not paper.items:
            summary.skip("papers", "considered at no agenda item")
        elif not items.exists():
            summary.skip("papers", "considered only at items not imported")
        elif report_is_current(paper, items, source.documents):
            summary.tally.add("reports", "unchanged", items.count())
        else:
            if items.filter(is_exempt=False).exists():
                _download(source, paper.documents, read.source, summary)
            store_report(paper, provenance, summary.tally)
    except Exception as error:  # one bad record never stops the run
        _fail(summary, read.what, error)


def _register(
    source: Source, body: Body, read: Read[registers.Register], summary: Summary
) -> None:
    try:
        register = read.read(summary)
        store_register(body, register, _from(source, read.source), summary.tally)
    except Exception as error:  # one bad record never stops the run
        _fail(summary, read.what, error)


def _download(
    source: Source, documents: list[records.Document], base: str, summary: Summary
) -> None:
    """Fetch the documents' bytes and text, if the source keeps documents."""
    if source.client is None or not source.documents:
        return
    for document in documents:
        download(source.client, document, summary, base=base)

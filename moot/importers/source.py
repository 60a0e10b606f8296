"""The importer contract: what a source gives the one driver (``drive.py``).

A source is ``fetch.py`` (I/O) and ``convert.py`` (pure) plus a small adapter
that says, for each Body it speaks for, where its committees, people, meetings
and papers are read. It never stores anything and never loops over meetings
with a failure guard: it hands out ``Read``s, and the driver reads each one in
turn, downloads the documents it names, stores it through the loader
(``moot.records.load``), counts it, and lists it as a failure if reading or
storing it fails, and goes on.

Notes:
- ``Read.read`` fetches and converts; it may note failures of parts (an item
  page, a vote list) and warnings in the summary it is given, and raises for
  a record that cannot be had at all.
- A record the source says it has deleted comes as ``records.Deleted`` and
  is soft-deleted.
- A lazily walked list may raise while it is iterated: that list ends there as
  one failure; the other lists go on.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from . import records, registers
from .http import Client
from .summary import Summary

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Read(Generic[T]):
    """One record to read when its turn comes, inside the driver's guard."""

    what: str  # names the record in the summary's failures and warnings
    source: str  # the URL or path it is read from: its provenance
    read: Callable[[Summary], T]


class Council(Protocol):
    """One Body of a source, and where its records are read."""

    @property
    def body(self) -> records.Body:
        """The Body, as the source names it."""
        ...

    @property
    def source(self) -> str:
        """Where the Body was read: its provenance."""
        ...

    def committees(
        self, summary: Summary
    ) -> Iterable[Read[Sequence[records.Committee | records.Deleted]]]:
        """Lists of committees, stored before the people and meetings."""
        ...

    def people(
        self, summary: Summary
    ) -> Iterable[Read[Sequence[records.Person | records.Deleted]]]:
        """Lists of people with their memberships of those committees."""
        ...

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterable[Read[records.Meeting | records.Deleted]]:
        """Meetings, each stored whole; ``committees``: those held, by source id."""
        ...

    def papers(
        self, summary: Summary
    ) -> Iterable[Read[records.Report | records.Deleted]]:
        """Papers, stored as the reports of the items they were considered at."""
        ...

    def registers(self, summary: Summary) -> Iterable[Read[registers.Register]]:
        """The council's decisions register, forward plan and interests, stored
        after its meetings (so a decision finds the meeting it was taken at)."""
        ...


class Source(Protocol):
    """A system a council publishes in: ModernGov, OParl, Legistar, a folder."""

    @property
    def importer(self) -> str:
        """The provenance's importer: "import moderngov"."""
        ...

    @property
    def client(self) -> Client | None:
        """Documents are downloaded through it; ``None``: never."""
        ...

    @property
    def documents(self) -> bool:
        """Download documents (else keep their links only)."""
        ...

    def councils(self, summary: Summary) -> Iterable[Council]:
        """The Bodies to import; a failure to find them is noted in ``summary``."""
        ...


class NoLists:
    """For a source that has no committee, people or paper lists of its own."""

    def committees(
        self, summary: Summary
    ) -> Iterable[Read[Sequence[records.Committee | records.Deleted]]]:
        return []

    def people(
        self, summary: Summary
    ) -> Iterable[Read[Sequence[records.Person | records.Deleted]]]:
        return []

    def papers(
        self, summary: Summary
    ) -> Iterable[Read[records.Report | records.Deleted]]:
        return []

    def registers(self, summary: Summary) -> Iterable[Read[registers.Register]]:
        return []

"""The search engine behind one small interface.

Everything else in ``moot.search`` talks to an ``Engine``: it indexes
``SearchDocument`` rows, deletes the rows of agenda items, and answers a
``search`` with ranked hits grouped by item. The one implementation is
Tantivy, embedded, with its index in ``MOOT_DATA_DIR/search``
(``tantivy_engine.py``); an installation that outgrows one machine can put a
distributed engine behind the same methods.

The index holds only what the exempt rule lets the public see
(``documents.py`` builds every row through the ``public()`` querysets).
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

KINDS = ("item", "resolution", "commitment", "document")
# Commitment statuses a search can filter by: the stored ones, and ``overdue``
# (open and past its due date). As in the tracker, ``open`` means open and not
# yet overdue.
OVERDUE = "overdue"
SORTS = ("relevance", "date")


class IndexBusyError(Exception):
    """Another writer (in this process or another) holds the index."""


@dataclass(frozen=True)
class SearchDocument:
    """One searchable record: an item, or a resolution, commitment or document of it.

    Every record carries its item's id, so results group by item and an
    item's records are replaced or deleted together.
    """

    key: str  # "item:12", "document:40", "resolution:7", "commitment:9"
    item: int
    kind: str
    title: str
    text: str
    url: str
    body: str  # slug
    committee: str  # slug
    date: dt.date
    status: tuple[str, ...] = ()  # commitment statuses
    # Due dates of open commitments (an undated one as ``date.max``), so
    # ``overdue`` can be decided at query time against today; never stored
    # as a status.
    open_due: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Filters:
    """Narrowing a search; empty values do not filter."""

    body: str = ""
    committee: str = ""
    kind: str = ""
    status: str = ""
    date_from: date | None = None
    date_to: date | None = None
    today: date | None = None  # for ``overdue``; the server's date if not given


@dataclass(frozen=True)
class Snippet:
    """A fragment of text and the character ranges that matched."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def html(self) -> SafeString:
        """The fragment, HTML-escaped, with each match in ``<mark>``."""
        out, at = [], 0
        for start, end in self.marks:
            out += [escape(self.text[at:start]), "<mark>"]
            out += [escape(self.text[start:end]), "</mark>"]
            at = end
        out.append(escape(self.text[at:]))
        return mark_safe("".join(out))


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    date: date
    score: float
    snippet: Snippet


@dataclass
class Group:
    """The hits of one agenda item, best first."""

    item: int
    hits: list[Hit]
    more: int = 0  # further matching records of the item not shown


@dataclass
class Results:
    query: str
    groups: list[Group]
    total: int  # matching records (items, resolutions, commitments, documents)
    page: int
    has_next: bool
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    plain: bool = False  # the query could not be parsed and was read as words
    # Facet counts estimated from a sample (a search with very many matches).
    facets_estimated: bool = False


class Engine(Protocol):
    def index_documents(
        self, items: Iterable[int], documents: Iterable[SearchDocument]
    ) -> None:
        """Replace every record of ``items`` with ``documents``, in one commit.

        Raises ``IndexBusyError`` when another writer holds the index.
        """

    def delete(self, items: Iterable[int]) -> None:
        """Remove every record of ``items``; raises ``IndexBusyError`` likewise."""

    def rebuild(self, batches: Iterator[list[SearchDocument]]) -> int:
        """Replace the whole index with ``batches``, visible at once at the end."""

    def search(
        self,
        query: str,
        filters: Filters,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
    ) -> Results:
        """Hits grouped by item; a query that cannot be parsed is read as words."""


_engines: dict[Path, Engine] = {}


def index_dir() -> Path:
    return Path(settings.MOOT_DATA_DIR) / "search"


def get_engine() -> Engine:
    """The engine for this process, one per index directory."""
    path = index_dir()
    if path not in _engines:
        from .tantivy_engine import TantivyEngine

        _engines[path] = TantivyEngine(path)
    return _engines[path]

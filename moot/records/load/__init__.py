"""The loader: the one way plain records become rows.

Every importer, ``moot load-minutes``, the admin's paste and the folder import
hand the loader the plain records of ``moot.importers.records``; it stores
them idempotently and counts what it did into a ``Tally``. Identity is the
source's ``source_id`` where it has one, else the name (body, committee),
committee and date (meeting) or number within the meeting (item). A record that
has not changed is not written (its ``modified`` stays); one that has is
updated in place, keeping its row, URL and ``created``, with fresh provenance.
Each meeting, with its items, documents and votes, is stored in one
transaction, so an interrupted import leaves no half meeting.

- ``store_body``, ``store_committees``, ``store_people``, ``store_deletions``:
  the council's own records (``council.py``);
- ``store_meeting``: a meeting and everything in it (``meetings.py``);
- ``store_report``: a source's paper, as the report of the items it was
  considered at (``documents.py``);
- ``store_register``: a council's decisions, forward plan and registered
  interests (``registers.py``);
- ``store``: parsed minutes, converted to plain records (``minutes.py``);
- ``store_translation``: an item's words in Welsh, from the council's Welsh
  page of it (``translations.py``).

Apps built on the records (the tracker) write their own rows of an item when
told by the signals of ``hooks.py``; the loader imports none of them.
"""

from .council import (
    discard_empty_bodies,
    held_committees,
    store_body,
    store_committees,
    store_deletions,
    store_people,
)
from .documents import paper_items, report_is_current, store_report
from .meetings import item_digest, store_meeting
from .minutes import store
from .registers import store_register
from .rows import LoadError, Provenance, Tally
from .translations import store_translation

__all__ = [
    "LoadError",
    "Provenance",
    "Tally",
    "discard_empty_bodies",
    "held_committees",
    "item_digest",
    "paper_items",
    "report_is_current",
    "store",
    "store_body",
    "store_committees",
    "store_deletions",
    "store_meeting",
    "store_people",
    "store_register",
    "store_report",
    "store_translation",
]

"""Store parsed minutes: the one way plain records become rows.

``store`` takes the ``Minutes`` that ``moot.minutes.parse`` (or any importer)
returns and saves it idempotently. A meeting is found by committee and date; an
item by meeting and number (or title when there is none). An item whose parsed
record has not changed since the last load is left alone, so loading the same
file twice changes nothing; an item that has changed has its content rows
replaced in one transaction, keeping what clerks decided about its
commitments (status, fulfilling item).

Importers bring more than minutes: ``store_body``, ``store_committees``,
``store_people``, ``store_meeting``, ``store_report`` and ``store_deletions``
take the plain records of ``moot.importers.records`` and upsert them by their
``source_id``.
A record that has not changed is not written (its ``modified`` stays); one that
has is updated in place, keeping its row, URL and ``created``, with fresh
provenance. Each meeting, with its items, documents and votes, is stored in one
transaction, so an interrupted import leaves no half meeting.
"""

from .minutes import LoadError, Provenance, Stored, fingerprint, store
from .sources import (
    Tally,
    discard_empty_bodies,
    item_digest,
    store_body,
    store_committees,
    store_deletions,
    store_meeting,
    store_people,
    store_report,
)

__all__ = [
    "LoadError",
    "Provenance",
    "Stored",
    "Tally",
    "discard_empty_bodies",
    "fingerprint",
    "item_digest",
    "store",
    "store_body",
    "store_committees",
    "store_deletions",
    "store_meeting",
    "store_people",
    "store_report",
]

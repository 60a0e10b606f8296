"""Store parsed minutes: a file, the admin's paste, one file of a folder.

``store`` turns the ``Minutes`` that ``moot.minutes.parse`` returns into the
plain records every importer hands the loader (``moot.importers.minutes``) and
stores them through ``store_meeting``, so minutes and sources share one
identity, one hash and one result, the ``Tally``.
"""

from datetime import date

from django.db import transaction

from moot.importers import minutes as convert
from moot.importers import records as plain
from moot.minutes import records as parsed

from .council import store_body
from .meetings import store_meeting
from .rows import LoadError, Provenance, Tally


def store(
    minutes: parsed.Minutes,
    provenance: Provenance,
    *,
    body: str,
    committee: str,
    meeting_date: date | None = None,
    tally: Tally | None = None,
) -> Tally:
    """Save ``minutes`` for ``committee`` of ``body``; return the tally.

    The meeting date is the one the text gives; ``meeting_date`` is used only
    when it gives none, and the meeting is then flagged ``date_assumed``.
    A body or committee name longer than its column is refused (``LoadError``):
    cut, it would name a different one. Other texts too long for their columns
    are cut to fit, each with a sentence in the tally's warnings. Without a
    ``tally`` to count into, the one returned keeps the meeting and items
    stored.
    """
    day = minutes.meeting.date or meeting_date
    if day is None:
        raise LoadError("The minutes give no meeting date; pass one.")
    tally = tally if tally is not None else Tally(keep_rows=True)
    record = convert.meeting(minutes, committee=committee, day=day)
    with transaction.atomic():  # a refused committee leaves no new body behind
        body_row = store_body(plain.Body(source_id="", name=body), provenance, tally)
        store_meeting(body_row, record, provenance, tally)
    return tally

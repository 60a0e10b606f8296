"""Parsed minutes → the plain records every importer hands the loader. Pure.

A minutes file, the admin's paste and each file of a folder import are read by
``moot.minutes.parse`` and then stored like any source's meeting, through
``moot.records.load.store_meeting``. Minutes carry no source identifiers: the
loader finds their committee by name, their meeting by committee and date and
each item by number (or title), and sets only what minutes state.
"""

import datetime as dt

from moot.minutes import records as parsed
from moot.vocabulary import MeetingStatus, MinutesStatus

from . import records


def meeting(
    minutes: parsed.Minutes, *, committee: str, day: dt.date
) -> records.Meeting:
    """The meeting ``minutes`` record, held on ``day`` by ``committee``.

    ``day`` is the date the text gives or, when it gives none, one supplied
    (the record then says the date is assumed). Every parsed item becomes an
    item record carrying the parsed item whole as its content.
    """
    return records.Meeting(
        source_id="",
        committee=records.Committee(source_id="", name=committee),
        date=day,
        date_assumed=minutes.meeting.date is None,
        status=MeetingStatus.HELD,
        minutes_status=MinutesStatus.PUBLISHED,
        venue=minutes.meeting.venue or "",
        items=[_item(item) for item in minutes.items],
    )


def _item(item: parsed.Item) -> records.Item:
    return records.Item(
        source_id="", title=item.title or "", number=item.number or "", content=item
    )

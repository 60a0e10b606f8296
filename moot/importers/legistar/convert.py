"""Legistar Web API JSON → plain records. Pure: parsed JSON in, records out.

Quirks (see ``../shared/fixtures/README.md``): ``EventDate`` is a date at
midnight without a zone and the time is a separate string (``9:30 AM``);
``EventLocation`` holds ``\\r\\n``; names can carry trailing spaces; votes are
often ``[]``. A vote value Moot has no word for is left out with a warning.
"""

import datetime as dt
import re
from typing import Any

from moot.minutes import records as parsed
from moot.vocabulary import (
    DocumentKind,
    DocumentRole,
    MeetingStatus,
    MinutesStatus,
    VoteChoice,
)

from .. import records

Object = dict[str, Any]

_CHOICES = {
    "in favor": VoteChoice.FOR,
    "aye": VoteChoice.FOR,
    "yea": VoteChoice.FOR,
    "yes": VoteChoice.FOR,
    "opposed": VoteChoice.AGAINST,
    "nay": VoteChoice.AGAINST,
    "no": VoteChoice.AGAINST,
    "abstain": VoteChoice.ABSTAIN,
    "abstained": VoteChoice.ABSTAIN,
    "recused": VoteChoice.ABSTAIN,
    "absent": VoteChoice.ABSENT,
    "excused": VoteChoice.ABSENT,
}


def clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def to_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value or "")[:10])
    except ValueError:
        return None


def to_time(value: Any) -> dt.time | None:
    """``9:30 AM`` → 09:30; anything else → ``None``."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*([AP])\.?M\.?", clean(value), re.I)
    if not match:
        return None
    hour = int(match[1]) % 12 + (12 if match[3].upper() == "P" else 0)
    return dt.time(hour, int(match[2])) if int(match[2]) < 60 else None


def committee(base: str, event: Object) -> records.Committee:
    body_id = event.get("EventBodyId")
    return records.Committee(
        source_id=f"{base}/bodies/{body_id}",
        name=clean(event.get("EventBodyName")) or f"Body {body_id}",
    )


# The event's own files, with what each is.
_EVENT_FILES = (
    ("EventAgendaFile", DocumentRole.AGENDA, "Agenda"),
    ("EventMinutesFile", DocumentRole.MINUTES, "Minutes"),
)


def meeting(base: str, event: Object, today: dt.date) -> records.Meeting:
    """An Event, without its items; raises ``ValueError`` without a date.

    Its agenda and minutes files become the meeting's own papers, its
    ``EventVideoPath`` (an http(s) link) its webcast.
    """
    day = to_date(event.get("EventDate"))
    if day is None:
        raise ValueError(f"event {event.get('EventId')} has no date")
    venue = ", ".join(
        clean(line) for line in str(event.get("EventLocation") or "").splitlines()
    )
    final = clean(event.get("EventMinutesStatusName")).lower() == "final"
    return records.Meeting(
        source_id=f"{base}/events/{event['EventId']}",
        committee=committee(base, event),
        date=day,
        start_time=to_time(event.get("EventTime")),
        status=MeetingStatus.HELD if day < today else MeetingStatus.SCHEDULED,
        minutes_status=MinutesStatus.PUBLISHED
        if final and event.get("EventMinutesFile")
        else MinutesStatus.NONE,
        venue=", ".join(p for p in venue.split(", ") if p),
        documents=_event_files(base, event),
        webcast_url=clean(event.get("EventVideoPath")),
    )


def _event_files(base: str, event: Object) -> list[records.Document]:
    found = []
    for key, role, title in _EVENT_FILES:
        url = clean(event.get(key))
        if url:
            found.append(
                records.Document(
                    source_id=f"{base}/events/{event['EventId']}#{key}",
                    title=title,
                    url=url,
                    kind=_kind(url),
                    role=role,
                )
            )
    return found


def _offset(value: Any) -> int | None:
    """``EventItemVideo``: where the item starts in the event's video, in seconds."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if value >= 0 else None


def item(base: str, obj: Object) -> records.Item:
    """An EventItem, with its action as a resolution and the matter's attachments."""
    title = clean(obj.get("EventItemTitle")) or clean(obj.get("EventItemMatterName"))
    action = clean(obj.get("EventItemActionText")) or clean(
        obj.get("EventItemActionName")
    )
    outcome = " ".join(
        p
        for p in (
            clean(obj.get("EventItemPassedFlagName")),
            clean(obj.get("EventItemTally")),
        )
        if p
    )
    content = parsed.Item()
    if action or outcome:
        content.resolutions.append(
            parsed.Resolution(None, action or outcome, outcome or None)
        )
    note = clean(obj.get("EventItemMinutesNote"))
    if note:
        content.minutes.append(parsed.Block("paragraph", note))
    record = records.Item(
        source_id=f"{base}/eventitems/{obj['EventItemId']}",
        title=title or f"Item {obj['EventItemId']}",
        number=clean(obj.get("EventItemAgendaNumber")).rstrip("."),
        content=content if content.resolutions or content.minutes else None,
        webcast_start=_offset(obj.get("EventItemVideo")),
    )
    for attachment in obj.get("EventItemMatterAttachments") or []:
        url = clean(attachment.get("MatterAttachmentHyperlink"))
        name = clean(attachment.get("MatterAttachmentName"))
        record.documents.append(
            records.Document(
                source_id=f"{base}/attachments/{attachment.get('MatterAttachmentId')}",
                title=name or clean(attachment.get("MatterAttachmentFileName")),
                url=url,
                kind=_kind(clean(attachment.get("MatterAttachmentFileName")) or url),
            )
        )
    return record


_KINDS = {
    "pdf": DocumentKind.PDF,
    "docx": DocumentKind.DOCX,
    "htm": DocumentKind.HTML,
    "html": DocumentKind.HTML,
}


def _kind(name: str) -> DocumentKind:
    return _KINDS.get(name.lower().rsplit(".", 1)[-1], DocumentKind.OTHER)


def wants_votes(obj: Object) -> bool:
    """Whether an item records a decision, so its votes are worth asking for."""
    return (
        obj.get("EventItemPassedFlag") is not None
        or obj.get("EventItemRollCallFlag") == 1
    )


def votes(base: str, rows: list[Object]) -> tuple[list[records.VoteCast], list[str]]:
    """Per-member votes; unknown vote values become warnings."""
    cast, warnings = [], []
    for row in rows:
        value = clean(row.get("VoteValueName"))
        choice = _CHOICES.get(value.lower())
        name = clean(row.get("VotePersonName"))
        if choice is None:
            warnings.append(
                f"vote {row.get('VoteId')}: {name}: unknown value {value!r}"
            )
            continue
        person = row.get("VotePersonId")
        cast.append(
            records.VoteCast(name, choice, f"{base}/persons/{person}" if person else "")
        )
    return cast, warnings


def person(base: str, obj: Object) -> records.Person:
    name = clean(obj.get("PersonFullName")) or " ".join(
        p
        for p in (clean(obj.get("PersonFirstName")), clean(obj.get("PersonLastName")))
        if p
    )
    return records.Person(source_id=f"{base}/persons/{obj['PersonId']}", name=name)

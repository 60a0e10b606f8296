"""OParl 1.0 and 1.1 objects → plain records. Pure: JSON in, records out.

Both versions share the shapes Moot reads (System, Body, Organization, Person
with embedded Memberships, Meeting with embedded AgendaItems and Files), so
one converter serves both; ``type`` may name either schema, and deleted
objects carry only ``id``, ``created``, ``modified`` and ``deleted``.

Defects seen in real servers and in the specification's own examples are
repaired where the intent is plain and reported as warnings: an AgendaItem
without ``order`` (its place in the list is used), a File ``id`` used for
several files (later ones get ``#2``, ``#3``), a ``body`` link to another body,
a Location given as a bare GeoJSON point, references to objects never
defined. Nothing is invented: a Meeting whose Organization is unknown is not
imported.
"""

import datetime as dt
import re
from typing import Any

from moot.minutes import records as parsed
from moot.vocabulary import (
    DocumentKind,
    DocumentRole,
    MeetingStatus,
    MembershipRole,
    MinutesStatus,
)

from .. import records

Object = dict[str, Any]

_ROLES = (
    (
        re.compile(r"stellv\w*\.?\s*(vorsitz|bürgermeister)|stellvertret", re.I),
        MembershipRole.DEPUTY_CHAIR,
    ),
    (re.compile(r"vorsitz", re.I), MembershipRole.CHAIR),
    (re.compile(r"stellv|vertreter|ersatz", re.I), MembershipRole.SUBSTITUTE),
    (re.compile(r"sachkundig|beratend", re.I), MembershipRole.CO_OPTED),
    # English role names, as Moot's own API writes them.
    (re.compile(r"\b(deputy|vice)[- ]?chair", re.I), MembershipRole.DEPUTY_CHAIR),
    (re.compile(r"\bchair", re.I), MembershipRole.CHAIR),
    (re.compile(r"\bsubstitute", re.I), MembershipRole.SUBSTITUTE),
    (re.compile(r"\bco-?opted", re.I), MembershipRole.CO_OPTED),
)
_KINDS = {"application/pdf": DocumentKind.PDF, "text/html": DocumentKind.HTML}
# A Meeting's own files, by the key OParl gives them under.
MEETING_FILES = (
    ("invitation", DocumentRole.INVITATION),
    ("resultsProtocol", DocumentRole.RESULTS),
    ("verbatimProtocol", DocumentRole.VERBATIM),
    ("auxiliaryFile", DocumentRole.SUPPLEMENT),
)


def kind(obj: Object) -> str:
    """The object's type name: ``Meeting`` for ``…/1.0/Meeting`` or ``…/1.1/…``."""
    return str(obj.get("type", "")).rstrip("/").rsplit("/", 1)[-1]


def version(system: Object) -> str:
    """``1.0`` or ``1.1``, from ``oparlVersion`` or else the System's type."""
    found = re.search(
        r"/(1\.\d)/?", str(system.get("oparlVersion") or system.get("type"))
    )
    return found[1] if found else "unknown"


def is_deleted(obj: Object) -> bool:
    return obj.get("deleted") is True


def to_date(value: Any) -> dt.date | None:
    """The date of ``2013-01-04`` or ``2013-01-04T08:00:00+01:00``."""
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def to_time(value: Any) -> dt.time | None:
    """The local wall-clock time a ``date-time`` states, without its zone.

    Midnight is how a server that knows only the day writes it (``date-time``
    needs a time), Moot's own API included; no committee sits at midnight.
    """
    text = str(value or "")
    if "T" not in text:
        return None
    try:
        time = dt.time.fromisoformat(text.split("T", 1)[1][:8])
    except ValueError:
        return None
    return None if time == dt.time() else time


def body(obj: Object) -> records.Body:
    website = str(obj.get("website") or "")
    if website and not website.startswith(("http://", "https://")):
        website = f"https://{website}"  # Steinhagen gives it without a scheme
    return records.Body(source_id=obj["id"], name=_name(obj), website=website)


def committee(obj: Object) -> records.Committee:
    purpose = obj.get("classification") or obj.get("organizationType") or ""
    return records.Committee(source_id=obj["id"], name=_name(obj), purpose=str(purpose))


def person(obj: Object) -> records.Person:
    status = obj.get("status") or []
    return records.Person(
        source_id=obj["id"],
        name=_name(obj),
        role=", ".join(str(s) for s in status)[:200],
        memberships=[
            _membership(m)
            for m in obj.get("membership") or []
            if isinstance(m, dict) and m.get("organization") and m.get("id")
        ],
    )


def _membership(obj: Object) -> records.Membership:
    return records.Membership(
        source_id=obj["id"],
        committee=obj["organization"],
        role=role(str(obj.get("role") or "")),
        start=to_date(obj.get("startDate")),
        end=to_date(obj.get("endDate")),
    )


def role(text: str) -> MembershipRole:
    """A Membership role for a German role name: Vorsitzende → chair."""
    if re.search(r"sachkundig", text, re.I):
        return MembershipRole.CO_OPTED
    for pattern, value in _ROLES:
        if pattern.search(text):
            return value
    return MembershipRole.MEMBER


def _name(obj: Object) -> str:
    name = " ".join(str(obj.get("name") or obj.get("shortName") or "").split())
    return name or str(obj["id"]).rstrip("/").rsplit("/", 1)[-1]


def meeting(
    obj: Object, committees: dict[str, records.Committee], today: dt.date
) -> records.Meeting:
    """A Meeting with its items and their files; raises ``ValueError`` if unusable.

    ``committees`` holds the Organizations known so far, by id.
    """
    day = to_date(obj.get("start"))
    if day is None:
        raise ValueError("the meeting has no start date")
    organizations = [o for o in obj.get("organization") or [] if isinstance(o, str)]
    known = [committees[o] for o in organizations if o in committees]
    if not known:
        raise ValueError(
            "its organization is unknown: "
            + (", ".join(organizations) or "the meeting names none")
        )
    warnings: list[str] = []
    record = records.Meeting(
        source_id=obj["id"],
        committee=known[0],
        date=day,
        start_time=to_time(obj.get("start")),
        status=_status(obj, day, today),
        minutes_status=MinutesStatus.PUBLISHED
        if obj.get("resultsProtocol")
        else MinutesStatus.NONE,
        venue=_venue(obj.get("location"), warnings),
        warnings=warnings,
        # OParl has no webcast; a Moot serves its own under ``moot:webcast``.
        webcast_url=str(obj.get("moot:webcast") or ""),
    )
    seen_files: dict[str, int] = {}
    record.documents = _meeting_files(obj, seen_files, record.warnings)
    items = [i for i in obj.get("agendaItem") or [] if isinstance(i, dict)]
    for position, item in enumerate(items, 1):
        record.items.append(
            _item(item, obj["id"], position, seen_files, record.warnings)
        )
    # ``order`` is required from OParl 1.1 on; 1.0 servers rightly leave it out.
    unordered = [i for i in items if "order" not in i and "/1.0/" not in kind_url(i)]
    if unordered:
        record.warnings.append(
            f"{len(unordered)} agenda item(s) without 'order'; "
            "their place in the list is used"
        )
    return record


def _meeting_files(
    obj: Object, seen: dict[str, int], warnings: list[str]
) -> list[records.Document]:
    """The invitation, results and verbatim protocols and auxiliary files."""
    found = []
    for key, role in MEETING_FILES:
        value = obj.get(key)
        for file in value if isinstance(value, list) else [value]:
            if isinstance(file, dict) and file.get("id"):
                found.append(document(file, seen, warnings))
                found[-1].role = _role(file, role)
    return found


def _role(file: Object, role: DocumentRole) -> DocumentRole:
    """The key's role, or Moot's own ``moot:role`` where a Moot serves it (an
    agenda pack is an ``auxiliaryFile`` in OParl, but still an agenda)."""
    try:
        return DocumentRole(file.get("moot:role") or role)
    except ValueError:
        return role


def kind_url(obj: Object) -> str:
    return str(obj.get("type") or "")


def _status(obj: Object, day: dt.date, today: dt.date) -> MeetingStatus:
    if obj.get("cancelled") is True:
        return MeetingStatus.CANCELLED
    return MeetingStatus.HELD if day < today else MeetingStatus.SCHEDULED


def _venue(location: Any, warnings: list[str]) -> str:
    if not isinstance(location, dict):
        return ""
    geojson = location.get("geojson")
    if isinstance(geojson, dict) and geojson.get("type") == "Point":
        warnings.append(
            f"location {location.get('id')}: geojson is a bare Point, not a Feature"
        )
    parts = [
        location.get("room"),
        location.get("description"),
        location.get("streetAddress"),
        " ".join(
            str(p).strip()
            for p in (location.get("postalCode"), location.get("locality"))
            if p
        ),
    ]
    seen: list[str] = []
    for part in parts:
        text = " ".join(str(part or "").split())
        if text and not any(text in s for s in seen):
            seen.append(text)
    return ", ".join(seen)[:300]


def _item(
    obj: Object,
    meeting_id: str,
    position: int,
    seen_files: dict[str, int],
    warnings: list[str],
) -> records.Item:
    item_id = obj.get("id") or f"{meeting_id}#item-{position}"
    resolution = " ".join(str(obj.get("resolutionText") or "").split())
    result = " ".join(str(obj.get("result") or "").split())
    content = None
    if resolution or result:
        content = parsed.Item(
            resolutions=[parsed.Resolution(None, resolution or result, result or None)]
        )
    public = obj.get("public") is not False
    item = records.Item(
        source_id=item_id,
        title=" ".join(str(obj.get("name") or "").split()),
        number=str(obj.get("number") or "").strip().rstrip(".")[:20],
        is_exempt=not public,
        exempt_reason="" if public else "Not public (OParl)",
        content=content if public else None,
    )
    files = [obj.get("resolutionFile"), *(obj.get("auxiliaryFile") or [])]
    for file in files:
        if isinstance(file, dict) and file.get("id"):
            item.documents.append(document(file, seen_files, warnings, not public))
    return item


def document(
    obj: Object, seen: dict[str, int], warnings: list[str], exempt: bool = False
) -> records.Document:
    """A File; a reused ``id`` gets a suffix and a warning."""
    file_id = obj["id"]
    seen[file_id] = seen.get(file_id, 0) + 1
    if seen[file_id] > 1:
        warnings.append(f"file {file_id} is used for more than one file")
        file_id = f"{file_id}#{seen[file_id]}"
    mime = str(obj.get("mimeType") or "")
    kind = _KINDS.get(mime, DocumentKind.OTHER)
    if "wordprocessingml" in mime:
        kind = DocumentKind.DOCX
    return records.Document(
        source_id=file_id,
        title=_name(obj) if obj.get("name") else str(obj.get("fileName") or "File"),
        url=str(obj.get("accessUrl") or obj.get("downloadUrl") or ""),
        kind=kind,
        is_exempt=exempt,
        text="" if exempt else str(obj.get("text") or ""),
    )


def paper(obj: Object) -> records.Report:
    """A Paper, with the agenda items its consultations name and its files.

    Consultations are read where the Paper embeds them (as OParl 1.0 and 1.1
    servers do); one given only as a link names no item.
    """
    record = records.Report(
        source_id=obj["id"],
        title=_name(obj),
        reference=" ".join(str(obj.get("reference") or "").split()),
        kind=" ".join(str(obj.get("paperType") or "").split()),
        date=to_date(obj.get("date")),
        modified=str(obj.get("modified") or ""),
    )
    for consultation in obj.get("consultation") or []:
        if isinstance(consultation, dict):
            item = consultation.get("agendaItem")
            if isinstance(item, str) and item not in record.items:
                record.items.append(item)
    seen: dict[str, int] = {}
    for file in [obj.get("mainFile"), *(obj.get("auxiliaryFile") or [])]:
        if isinstance(file, dict) and file.get("id"):
            record.documents.append(document(file, seen, record.warnings))
    return record


def list_page(page: Any) -> tuple[list[Object], str | None]:
    """A list page's objects and its ``links.next``; ``ValueError`` if not a list."""
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        raise ValueError("not an OParl list: no 'data' array")
    links = page.get("links") if isinstance(page.get("links"), dict) else {}
    following = links.get("next") if links else None
    objects = [o for o in page["data"] if isinstance(o, dict) and o.get("id")]
    return objects, following if isinstance(following, str) else None


def foreign_body(obj: Object, body_id: str) -> str | None:
    """A warning if ``obj`` says it belongs to another body than ``body_id``."""
    named = obj.get("body")
    if isinstance(named, str) and named != body_id:
        return (
            f"{obj['id']} names body {named}, not {body_id}; imported under {body_id}"
        )
    return None

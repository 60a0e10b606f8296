"""ModernGov web-service XML and item pages → plain records. Pure: no I/O.

The quirks real councils' responses show (see ``../shared/fixtures/README.md``):
dates ``dd/mm/yyyy``, times ``10.00 am``, counts with a leading space, empty
fields made of a newline and spaces, ``enddate`` given as ``unspecified``,
agenda and minutes text as Word HTML escaped inside the XML, attendee data in
attributes, and error pages served at the XML address: those are well-formed
XML too, so the root element is checked, not only that the body parses.
"""

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from moot import minutes
from moot.minutes import records as parsed
from moot.minutes.source import ParseError
from moot.vocabulary import AttendanceKind, MeetingStatus, MembershipRole, MinutesStatus

from .. import records

_ROLES = {
    "chair": MembershipRole.CHAIR,
    "chairman": MembershipRole.CHAIR,
    "vice-chair": MembershipRole.DEPUTY_CHAIR,
    "vice chair": MembershipRole.DEPUTY_CHAIR,
    "deputy chair": MembershipRole.DEPUTY_CHAIR,
    "substitute": MembershipRole.SUBSTITUTE,
    "reserve": MembershipRole.SUBSTITUTE,
    "co-optee": MembershipRole.CO_OPTED,
    "co-opted member": MembershipRole.CO_OPTED,
}
_ATTENDANCE = {
    "present": AttendanceKind.PRESENT,
    "present as substitute": AttendanceKind.PRESENT,
    "in attendance": AttendanceKind.PRESENT,
    "apologies": AttendanceKind.APOLOGIES,
    "apologies, substitute sent": AttendanceKind.APOLOGIES,
    "absent": AttendanceKind.ABSENT,
}
_STATUS = {
    "cancelled": MeetingStatus.CANCELLED,
    "postponed": MeetingStatus.POSTPONED,
    "moved": MeetingStatus.POSTPONED,
}
_TITLE = re.compile(r"^(?:Councillor|Cllr\.?)\s+", re.I)


@dataclass
class MeetingRef:
    """A meeting listed by ``GetMeetings``: enough to fetch it."""

    id: str
    date: dt.date
    start_time: dt.time | None
    status: str
    committee: records.Committee


@dataclass
class ItemPage:
    """An item whose minutes are only on its web page (``mgAi.aspx``)."""

    index: int
    id: str


def parse_xml(data: bytes, root: str) -> ElementTree.Element:
    """Parse a web-service response safely and check it is the one asked for.

    Raises ``ParseError`` for malformed XML, XML declaring entities, and any
    other root element (an error page, a JavaScript redirect).
    """
    try:
        element = SafeElementTree.fromstring(data)
    except DefusedXmlException:
        raise ParseError("the XML declares entities, refused") from None
    except ElementTree.ParseError as error:
        raise ParseError(f"the XML is malformed: {error}") from None
    tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if tag.lower() != root:
        hint = " (an error page?)" if tag.lower() in ("html", "script") else ""
        raise ParseError(
            f"not a ModernGov <{root}> response: root element <{tag}>{hint}"
        )
    return element


def text(element: ElementTree.Element | None, tag: str = "") -> str:
    """Stripped text; ModernGov's empty fields are whitespace."""
    found = element.find(tag) if tag and element is not None else element
    if found is None or found.text is None:
        return ""
    return " ".join(found.text.split())


def to_date(value: str) -> dt.date | None:
    """``dd/mm/yyyy``; ``unspecified`` and blanks are ``None``."""
    try:
        day, month, year = (int(p) for p in value.strip().split("/"))
        return dt.date(year, month, day)
    except ValueError:
        return None


def to_time(value: str) -> dt.time | None:
    """``10.00 am``, ``2.00 pm``, ``14:30``; anything else is ``None``."""
    match = re.fullmatch(r"(\d{1,2})[.:](\d{2})\s*([ap])?\.?m?\.?", value.strip(), re.I)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if match[3] and match[3].lower() == "p" and hour < 12:
        hour += 12
    if match[3] and match[3].lower() == "a" and hour == 12:
        hour = 0
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def committee_id(base: str, cid: str) -> str:
    return f"{base}/mgCommitteeDetails.aspx?ID={cid}"


def person_id(base: str, uid: str) -> str:
    return f"{base}/mgUserInfo.aspx?UID={uid}"


def person_name(value: str) -> str:
    return _TITLE.sub("", " ".join(value.split()))


def committees(data: bytes, base: str) -> list[records.Committee]:
    """``GetCommittees``: every committee not marked deleted."""
    root = parse_xml(data, "committees")
    return [
        records.Committee(
            source_id=committee_id(base, text(c, "committeeid")),
            name=text(c, "committeetitle"),
            purpose=text(c, "committeecategory"),
        )
        for c in root.iter("committee")
        if text(c, "committeeid")
        and text(c, "committeetitle")
        and text(c, "committeedeleted").lower() != "true"
    ]


def councillors(data: bytes, base: str) -> list[records.Person]:
    """``GetCouncillorsByWard``: councillors with their ward and party."""
    root = parse_xml(data, "councillorsbyward")
    people: dict[str, records.Person] = {}
    for ward in root.iter("ward"):
        ward_name = text(ward, "wardtitle")
        for c in ward.iter("councillor"):
            uid = text(c, "councillorid")
            name = person_name(text(c, "fullusername"))
            if not uid or not name:
                continue
            people[uid] = records.Person(
                source_id=person_id(base, uid),
                name=name,
                party=text(c, "politicalpartytitle")[:100],
                ward=ward_name[:100],
            )
    return list(people.values())


def meetings(data: bytes, base: str) -> tuple[list[MeetingRef], list[str]]:
    """``GetMeetings``: the meetings listed, and warnings for unreadable ones."""
    root = parse_xml(data, "getmeetings")
    refs, warnings = [], []
    for c in root.iter("committee"):
        committee = records.Committee(
            source_id=committee_id(base, text(c, "committeeid")),
            name=text(c, "committeetitle") or f"Committee {text(c, 'committeeid')}",
        )
        for m in c.iter("meeting"):
            day = to_date(text(m, "meetingdate"))
            if not text(m, "meetingid") or day is None:
                warnings.append(f"meeting {text(m, 'meetingid')!r}: no readable date")
                continue
            refs.append(
                MeetingRef(
                    id=text(m, "meetingid"),
                    date=day,
                    start_time=to_time(text(m, "meetingtime")),
                    status=text(m, "meetingstatus"),
                    committee=committee,
                )
            )
    return refs, warnings


def meeting_status(status: str, day: dt.date, today: dt.date) -> MeetingStatus:
    wanted = _STATUS.get(status.lower())
    if wanted:
        return wanted
    return MeetingStatus.HELD if day < today else MeetingStatus.SCHEDULED


def meeting(
    data: bytes, ref: MeetingRef, base: str, today: dt.date
) -> tuple[records.Meeting, list[ItemPage]]:
    """``GetMeeting``: the meeting, its items, documents and attendance.

    Item content comes from the minutes parser reading the same response
    (``moot.minutes`` reads GetMeeting XML); items that carry no minutes in
    the response are returned as ``ItemPage``s, to be read from their pages.
    """
    root = parse_xml(data, "meeting")
    content = minutes.parse(data, f"GetMeeting {ref.id}")
    published = text(root, "minutepublished").lower() == "true"
    record = records.Meeting(
        source_id=f"{base}/ieListDocuments.aspx?MId={ref.id}",
        committee=ref.committee,
        date=ref.date,
        start_time=to_time(text(root, "meetingtime")) or ref.start_time,
        status=meeting_status(
            text(root, "meetingstatus") or ref.status, ref.date, today
        ),
        minutes_status=MinutesStatus.PUBLISHED if published else MinutesStatus.NONE,
        venue=text(root, "meetinglocation"),
        warnings=list(content.warnings),
    )
    pages = []
    elements = list(root.iterfind("agendaitems/agendaitem"))
    for index, element in enumerate(elements):
        item = _item(
            element, base, content.items[index] if index < len(content.items) else None
        )
        record.items.append(item)
        has_minutes = bool(text(element, "minutesnonemptyhtmlbody"))
        if published and not item.is_exempt and not has_minutes:
            pages.append(ItemPage(index, text(element, "agendaitemid")))
    _attendees(root, base, record)
    return record, pages


def _item(
    element: ElementTree.Element, base: str, content: parsed.Item | None
) -> records.Item:
    item_id = text(element, "agendaitemid")
    restricted = text(element, "isrestricted").lower() == "true"
    number = text(element, "fulldisplaynumberformat").rstrip(". ")
    item = records.Item(
        source_id=f"{base}/mgAi.aspx?ID={item_id}",
        title=text(element, "agendaitemtitle"),
        number=number or text(element, "agendaitemnumber"),
        is_exempt=restricted,
        exempt_reason="Restricted in ModernGov" if restricted else "",
        content=None if restricted else content,
    )
    for doc in element.iterfind("linkeddocuments/linkeddoc"):
        attachment = text(doc, "attachmentid")
        url = text(doc, "url") or f"{base}/mgConvert2PDF.aspx?ID={attachment}"
        item.documents.append(
            records.Document(
                source_id=f"{base}/mgConvert2PDF.aspx?ID={attachment}",
                title=text(doc, "title") or f"Document {attachment}",
                url=url,
                is_exempt=restricted or text(doc, "isrestricted").lower() == "true",
            )
        )
    return item


def _attendees(root: ElementTree.Element, base: str, record: records.Meeting) -> None:
    """Attendance, the people named, and their seats on the committee."""
    for a in root.iter("attendee"):
        name = person_name(a.get("name", ""))
        uid = a.get("memberid", "").strip()
        if not name:
            continue
        sid = person_id(base, uid) if uid else ""
        kind = _ATTENDANCE.get(a.get("attendance", "").strip().lower())
        if kind:
            record.attendance.append(records.Attendee(name, kind, sid))
        if not uid:
            continue
        role_text = a.get("roledescription", "").strip().lower()
        role = _ROLES.get(role_text, MembershipRole.MEMBER)
        record.people.append(
            records.Person(
                source_id=sid,
                name=name,
                party=a.get("politicalparty", "").strip()[:100],
                ward=a.get("ward", "").strip()[:100],
                memberships=[
                    records.Membership(
                        # One seat per role: a member who chairs one meeting
                        # and sits as a member at the next keeps both, stably.
                        source_id=f"{record.committee.source_id}#{role}-{uid}",
                        committee=record.committee.source_id,
                        role=role,
                    )
                ],
            )
        )


def item_page(data: bytes, item_id: str, day: dt.date) -> parsed.Item | None:
    """An ``mgAi.aspx`` page through the minutes parser: the one item on it."""
    found = minutes.parse(data, f"mgAi.aspx?ID={item_id}", day)
    return found.items[0] if found.items else None

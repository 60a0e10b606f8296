"""ModernGov web-service XML: a ``GetMeeting`` response becomes items.

``mgWebService.asmx/GetMeeting`` delimits agenda items itself and carries
each item's agenda text and minutes as Word HTML escaped inside the XML. The
reader keeps that structure (one ``SourceItem`` per ``agendaitem``) and
renders the HTML to text. Fields the parser has no use for (ids, flags,
linked documents) are recorded as "web-service metadata", so nothing in the
response is lost.

Only ``defusedxml`` parses here: a response declaring entities (the "billion
laughs" bomb, or an external entity reading a local file) is refused.
"""

import xml.etree.ElementTree as ElementTree
from datetime import date

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from .chrome import strip_chrome
from .read_html import html_to_lines
from .source import Discarded, ParseError, Source, SourceItem

METADATA = "web-service metadata"
RESTRICTED = "restricted in ModernGov"
_MAX_DEPTH = 8

# Other web-service methods, named by their root element, so a person who
# saved the wrong response is told which one they have.
_OTHER_RESPONSES = {
    "committees": "GetCommittees",
    "meetings": "GetMeetings",
    "getmeetings": "GetMeetings",
    "councillorsbyward": "GetCouncillorsByWard",
    "councillors": "GetCouncillors",
    "wards": "GetWards",
}
_MEETING_FACTS = {
    "meetingdate": "date",
    "meetinglocation": "venue",
    "committeetitle": "committee",
}
_ITEM_FIELDS = {
    "agendaitemtitle",
    "agendatext",
    "minutesnonemptyhtmlbody",
    "fulldisplaynumberformat",
}


def read_xml(data: bytes, name: str) -> Source:
    """Read a ModernGov ``GetMeeting`` response into a ``Source`` with items.

    Raises ``ParseError`` for malformed XML (with line and column), XML that
    declares entities, other web-service responses (``GetCommittees``) and
    pages that are not web-service responses at all (an HTML error page).
    """
    meeting_element = _meeting_element(_parse(data))
    discarded: list[Discarded] = []
    items = [
        _item(element, discarded)
        for element in meeting_element.iterfind("agendaitems/agendaitem")
    ]
    meeting, warnings = _meeting_facts(meeting_element)
    discarded.extend(_metadata(meeting_element, skip={"agendaitems", *_MEETING_FACTS}))
    if not items:
        status = _text(meeting_element.find("meetingstatus")) or "not stated"
        warnings.append(f"the meeting has no agenda items (status: {status})")
    return Source(
        name=name,
        kind="xml",
        text="",
        discarded=discarded,
        warnings=warnings,
        meeting=meeting,
        items=items,
    )


def _parse(data: bytes) -> ElementTree.Element:
    """Parse through defusedxml; drop namespaces so tags read plainly."""
    try:
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException:
        raise ParseError("the XML declares entities, refused") from None
    except ElementTree.ParseError as error:
        line, column = error.position
        reason = str(error).split(": line ")[0]
        raise ParseError(
            f"the XML is malformed: {reason}", f"line {line}, column {column}"
        ) from None
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rsplit("}", 1)[-1]
    return root


def _meeting_element(root: ElementTree.Element) -> ElementTree.Element:
    """The ``<meeting>`` of a GetMeeting response (bare or in a SOAP envelope)."""
    if root.tag == "Envelope":
        root = next(root.iter("meeting"), root)
    if root.tag == "meeting" and root.find("agendaitems") is not None:
        return root
    method = _OTHER_RESPONSES.get(root.tag.lower())
    if method:
        raise ParseError(
            f"not minutes: a ModernGov {method} response (root element <{root.tag}>)"
        )
    if root.tag == "meeting":
        raise ParseError("a ModernGov meeting without <agendaitems>: no minutes in it")
    raise ParseError(f"not a ModernGov web-service response: root element <{root.tag}>")


def _meeting_facts(
    meeting: ElementTree.Element,
) -> tuple[dict[str, str | None], list[str]]:
    """Date (ISO), venue and committee as the response states them."""
    facts: dict[str, str | None] = {}
    warnings: list[str] = []
    for tag, key in _MEETING_FACTS.items():
        facts[key] = _text(meeting.find(tag)) or None
    if not facts["committee"]:
        for tag in ("refertocommittee", "committeetitle"):
            facts["committee"] = next(
                (_text(e) for e in meeting.iter(tag) if _text(e)), None
            )
            if facts["committee"]:
                break
    if facts["date"]:
        facts["date"], warning = _iso_date(facts["date"])
        warnings.extend(warning)
    return facts, warnings


def _iso_date(text: str) -> tuple[str | None, list[str]]:
    """ModernGov writes dates dd/mm/yyyy; the parser wants ISO 8601."""
    try:
        day, month, year = (int(part) for part in text.split("/"))
        return date(year, month, day).isoformat(), []
    except ValueError:
        return None, [f"the meeting date {text!r} is not dd/mm/yyyy"]


def _item(element: ElementTree.Element, discarded: list[Discarded]) -> SourceItem:
    """One agenda item: agenda text, then "Minutes:" and the minutes."""
    number = _text(element.find("fulldisplaynumberformat")).rstrip(". ") or None
    used = set(_ITEM_FIELDS)
    if not number:
        number = _text(element.find("agendaitemnumber")) or None
        used.add("agendaitemnumber")
    title = _text(element.find("agendaitemtitle")) or None
    label = f"item {number or '?'}"
    lines = _html_lines(element.find("agendatext"), discarded)
    minutes = _html_lines(element.find("minutesnonemptyhtmlbody"), discarded)
    if minutes:
        lines += (["", "Minutes:", ""] if lines else ["Minutes:", ""]) + minutes
    lines, chrome = strip_chrome(lines)
    discarded.extend(chrome)
    discarded.extend(_metadata(element, skip=used, label=label))
    item = SourceItem(number=number, title=title, text="\n".join(lines))
    if _text(element.find("isrestricted")).lower() == "true":
        words = len(item.text.split())
        discarded.append(
            Discarded(f"{label}: text withheld ({words} words)", RESTRICTED)
        )
        item.text, item.exempt_reason = "", RESTRICTED
    return item


def _html_lines(
    element: ElementTree.Element | None, discarded: list[Discarded]
) -> list[str]:
    lines, aside = html_to_lines(_text(element))
    discarded.extend(aside)
    return lines


def _metadata(
    element: ElementTree.Element, skip: set[str], label: str = "meeting", depth: int = 0
) -> list[Discarded]:
    """Every other field, one entry each: "item 1: agendaitemid: 18831".

    ModernGov nests three levels at most; anything deeper is recorded as one
    entry of its text, so hostile nesting cannot exhaust the stack.
    """
    found: list[Discarded] = []
    for child in element:
        if child.tag in skip:
            continue
        path = f"{label}: {child.tag}"
        if child.attrib:
            pairs = "; ".join(f"{k}={v}" for k, v in child.attrib.items())
            found.append(Discarded(f"{path}: {pairs}", METADATA))
        if len(child) and depth >= _MAX_DEPTH:
            found.append(Discarded(f"{path}: {_all_text(child)}", METADATA))
        elif len(child):
            found.extend(_metadata(child, set(), path, depth + 1))
        elif _text(child):
            found.append(Discarded(f"{path}: {_text(child)}", METADATA))
    return found


def _all_text(element: ElementTree.Element) -> str:
    """Text and attribute values of a whole subtree, without recursion."""
    parts: list[str] = []
    for node in element.iter():
        parts.extend(node.attrib.values())
        parts.append(node.text or "")
    return " ".join(" ".join(parts).split())


def _text(element: ElementTree.Element | None) -> str:
    """An element's text; ModernGov's empty fields are a newline and spaces."""
    if element is None or element.text is None:
        return ""
    return element.text.strip()

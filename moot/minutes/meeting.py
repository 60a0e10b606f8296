"""Meeting facts from the lines above the first item: date, committee, venue,
attendance.

Minutes state these in a few set forms ("Minutes of a meeting of the
Planning Committee held on Tuesday, 14 March 2023 at 7.00 pm at the Council
Chamber", "Present: Councillors ...", "Apologies: ..."). Lines read into
facts are returned so the parser can record them as used, not lost.
"""

import re

from .dates import DATE_RE, read_date
from .records import MeetingFacts

ATTENDANCE_RE = re.compile(
    r"^(?P<key>Present|Members present|Councillors present|Attendees|"
    r"In attendance|Also present|Also in attendance|Staff present|Staff|"
    r"Officers(?: in attendance| present)?|Apologies(?: for absence)?|Absent)"
    r"\s*[:–-]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
APOLOGIES_FROM_RE = re.compile(
    r"^Apologies(?: for absence)? were (?:received|submitted) (?:from|on behalf of)\s+"
    r"(?P<rest>.+?)\.?$",
    re.IGNORECASE,
)
COMMITTEE_RE = re.compile(
    r"\b(?:Council|Committee|Cabinet|Board|Panel|Commission|Executive|Sub-Committee|"
    r"Forum|Assembly)\b",
    re.IGNORECASE,
)
STRONG_COMMITTEE_RE = re.compile(
    r"\b(?:Committee|Cabinet|Board|Panel|Commission|Executive|Forum|Assembly|Group)\b",
    re.IGNORECASE,
)
VENUE_WORDS_RE = re.compile(
    r"\b(?:Chambers?|Hall|Room|House|Centre|Center|Offices|Building|Library)\b"
)
MEETING_OF_RE = re.compile(
    r"(?:minutes of (?:a|the) (?:\w+ )?meeting of (?:the )?)(?P<committee>.+?)"
    r"(?: held| on |,|$)",
    re.IGNORECASE,
)
VENUE_RE = re.compile(
    r"(?:^(?:Venue|Place|Location)\s*[:.–-]\s*(?P<v1>.+)$"
    r"|\b(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+"
    r"(?:at|in)\s+(?:the\s+)?(?P<v2>[A-Z][^.]+?)\.?$"
    r"|\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<v3>[A-Z][^.]+?)\s+on\s+)",
)
PLURAL_TITLES = {
    "Councillors": "Councillor",
    "Cllrs": "Cllr",
    "Councilmembers": "Councilmember",
    "Aldermen": "Alderman",
}


def read_attendance(lines: list[str], facts: MeetingFacts) -> None:
    """Attendance stated inside an item ("2. ROLL CALL", "Apologies were
    received from ..."); the lines stay in the item's minutes."""
    key = None
    for line in lines:
        if not line:
            key = None
        else:
            key = _read_attendance(line, facts, key)


def read_meeting(preamble: list[str], dayfirst: bool) -> tuple[MeetingFacts, set[int]]:
    """Facts stated in ``preamble`` and the indexes of the lines used."""
    facts = MeetingFacts()
    used: set[int] = set()
    key = None
    for index, line in enumerate(preamble):
        if not line:
            key = None
            continue
        key = _read_attendance(line, facts, key)
        if key:
            used.add(index)
        elif _read_header(line, facts, dayfirst):
            used.add(index)
    return facts, used


def _attendance_label(line: str) -> tuple[str, str] | None:
    """(which list, the names after the label) for a labelled attendance line."""
    match = APOLOGIES_FROM_RE.match(line)
    if match:
        return "apologies", match.group("rest")
    match = ATTENDANCE_RE.match(line)
    if not match:
        return None
    word = match.group("key").casefold()
    if word.startswith(("apolog", "absent")):
        return "apologies", match.group("rest")
    if word.startswith(("officer", "staff", "in attendance", "also")):
        return "officers", match.group("rest")
    return "present", match.group("rest")


def _read_attendance(line: str, facts: MeetingFacts, current: str | None) -> str | None:
    """Add the names on an attendance line, or on a continuation of the
    ``current`` list; return the list added to (``None``: not attendance)."""
    labelled = _attendance_label(line)
    if labelled:
        key, names = labelled
    elif current and len(line.split()) <= 12 and not DATE_RE.search(line):
        key, names = current, line
    else:
        return None
    getattr(facts.attendance, key).extend(split_names(names))
    return key


def split_names(text: str) -> list[str]:
    """Names in a list as clerks write them.

    Commas and semicolons separate names except inside brackets ("Councillor
    Greaves (Leader, in the Chair)"); "and" does too, except inside a role
    ("Director of Housing and Communities"). A plural title applies to the
    names after it: "Councillors Smith, Jones" gives "Councillor Smith",
    "Councillor Jones".
    """
    names, title = [], ""
    for part in _parts(text.strip().rstrip(".")):
        first, _, rest = part.partition(" ")
        if first in PLURAL_TITLES and rest:
            title, part = PLURAL_TITLES[first], rest
        elif any(part.startswith(t) for t in PLURAL_TITLES.values()):
            title = ""
        names.append(f"{title} {part}" if title else part)
    return names


def _parts(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ",;":
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [name for part in parts for name in _split_and(part.strip()) if name]


def _split_and(part: str) -> list[str]:
    left, found, right = part.partition(" and ")
    if not found or " of " in left or "(" in left and ")" not in left:
        return [part]
    return [left.strip(), *_split_and(right.strip())]


def _read_header(line: str, facts: MeetingFacts, dayfirst: bool) -> bool:
    used = False
    if facts.date is None:
        found = read_date(line, dayfirst)
        if found:
            facts.date, used = found, True
    match = MEETING_OF_RE.search(line)
    if match and _stronger(match.group("committee"), facts.committee):
        facts.committee, used = match.group("committee").strip(), True
    elif (
        COMMITTEE_RE.search(line)
        and _is_heading(line)
        and _stronger(line, facts.committee)
    ):
        facts.committee, used = line.strip(), True
    venue = VENUE_RE.search(line)
    if venue and facts.venue is None:
        place = venue.group("v1") or venue.group("v2") or venue.group("v3")
        facts.venue, used = place.strip(), True
    elif (
        facts.venue is None and not used and VENUE_WORDS_RE.search(line) and "," in line
    ):
        facts.venue, used = line.strip().rstrip("."), True
    return used


def _stronger(candidate: str, current: str | None) -> bool:
    """A committee's own name beats the council's name above it."""
    return current is None or (
        STRONG_COMMITTEE_RE.search(candidate) is not None
        and STRONG_COMMITTEE_RE.search(current) is None
    )


def _is_heading(line: str) -> bool:
    return len(line.split()) <= 10 and not line.endswith(".")

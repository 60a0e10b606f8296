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
    r"^(?P<key>Present|PRESENT|Members present|Councillors present|Attendees|"
    r"In attendance|Also present|Officers(?: in attendance| present)?|"
    r"Apologies(?: for absence)?|Absent|Roll call|ROLL CALL)\s*[:.–-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
APOLOGIES_FROM_RE = re.compile(
    r"^Apologies(?: for absence)? were (?:received|submitted) (?:from|on behalf of)\s+"
    r"(?P<rest>.+?)\.?$",
    re.IGNORECASE,
)
COMMITTEE_RE = re.compile(
    r"\b(?:Council|Committee|Cabinet|Board|Panel|Commission|Executive|Sub-Committee|"
    r"Forum|Assembly)\b"
)
MEETING_OF_RE = re.compile(
    r"(?:minutes of (?:a|the) (?:\w+ )?meeting of (?:the )?)(?P<committee>.+?)"
    r"(?: held| on |,|$)",
    re.IGNORECASE,
)
VENUE_RE = re.compile(
    r"(?:^(?:Venue|Place|Location)\s*[:.–-]\s*(?P<v1>.+)$"
    r"|\b(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s+"
    r"(?:at|in)\s+(?:the\s+)?(?P<v2>[A-Z][^.]+?)\.?$)",
    re.IGNORECASE,
)
NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
TITLE_WORDS = ("Councillors", "Councillor", "Cllrs", "Cllr", "Councilmembers",
               "Councilmember", "Council Members", "Aldermen")  # fmt: skip


def read_meeting(preamble: list[str], dayfirst: bool) -> tuple[MeetingFacts, set[int]]:
    """Facts stated in ``preamble`` and the indexes of the lines used."""
    facts = MeetingFacts()
    used: set[int] = set()
    key = None
    for index, line in enumerate(preamble):
        if not line:
            key = None
            continue
        if _read_attendance(line, facts, key):
            used.add(index)
            key = _attendance_key(line) or key
            continue
        key = None
        if _read_header(line, facts, dayfirst):
            used.add(index)
    return facts, used


def _attendance_key(line: str) -> str | None:
    match = APOLOGIES_FROM_RE.match(line)
    if match:
        return "apologies"
    match = ATTENDANCE_RE.match(line)
    if not match:
        return None
    word = match.group("key").casefold()
    if word.startswith(("apolog", "absent")):
        return "apologies"
    if word.startswith("officer"):
        return "officers"
    return "present"


def _read_attendance(line: str, facts: MeetingFacts, current: str | None) -> bool:
    """Add the names on an attendance line; continuation lines extend ``current``."""
    key = _attendance_key(line)
    if key:
        match = APOLOGIES_FROM_RE.match(line) or ATTENDANCE_RE.match(line)
        names = match.group("rest") if match else ""
    elif current and len(line.split()) <= 12 and not DATE_RE.search(line):
        key, names = current, line
    else:
        return False
    getattr(facts.attendance, key).extend(split_names(names))
    return True


def split_names(text: str) -> list[str]:
    """Names in a list as clerks write them, titles such as "Councillors" kept
    on the first name only where written ("Councillors Smith, Jones" gives
    "Councillor Smith", "Councillor Jones")."""
    text = text.strip().rstrip(".")
    title = ""
    for word in TITLE_WORDS:
        if text.startswith(word + " "):
            title = word.rstrip("s") if word.endswith("s") else word
            text = text[len(word) + 1 :]
            break
    names = [part.strip() for part in NAME_SPLIT_RE.split(text) if part.strip()]
    return [f"{title} {name}".strip() if title else name for name in names]


def _read_header(line: str, facts: MeetingFacts, dayfirst: bool) -> bool:
    used = False
    if facts.date is None:
        found = read_date(line, dayfirst)
        if found:
            facts.date, used = found, True
    match = MEETING_OF_RE.search(line)
    if match and facts.committee is None:
        facts.committee, used = match.group("committee").strip(), True
    elif facts.committee is None and COMMITTEE_RE.search(line) and _is_heading(line):
        facts.committee, used = line.strip(), True
    venue = VENUE_RE.search(line)
    if venue and facts.venue is None:
        facts.venue, used = (venue.group("v1") or venue.group("v2")).strip(), True
    return used


def _is_heading(line: str) -> bool:
    return len(line.split()) <= 10 and not line.endswith(".")

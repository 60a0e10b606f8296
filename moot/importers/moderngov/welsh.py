"""A ModernGov page in Welsh → the words of its English item. Pure: no I/O.

Welsh councils publish each ModernGov page twice: ``LLL=0`` in English and
``LLL=1`` in Welsh (some on a Welsh host name too). The English page is read
by the minutes parser and is the record; the Welsh page is read here for its
words only (title, minutes, decisions), which the Welsh site shows in place of
the English ones. The page's labels are knowledge kept as data (``LABELS``),
each with an example a test reads.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from moot.minutes.read_html import read_html
from moot.minutes.read_text import read_text
from moot.minutes.source import ParseError

from .. import records


@dataclass(frozen=True)
class Label:
    """A line the page prints to mark a part: what it starts, and an example."""

    pattern: str
    role: str  # "page", "minutes", "resolved" or "skip"
    example: str


LABELS = (
    Label(r"agenda\s+item|eitem\s+agenda", "page", "Eitem agenda"),
    Label(r"mater\s*-\s*penderfyniadau", "page", "Mater - penderfyniadau"),
    Label(r"cofnodion\s*:?", "minutes", "Cofnodion:"),
    Label(r"penderfynwyd\s*:?", "resolved", "PENDERFYNWYD:"),
    Label(r"penderfyniad\s*:?", "resolved", "Penderfyniad:"),
    Label(r"dogfennau\s+ychwanegol\s*:?", "skip", "Dogfennau ychwanegol:"),
    # A decision page repeats its title after the date: "19/12/2019 - Title".
    Label(r"\d{1,2}/\d{1,2}/\d{4}\s+-\s+.*", "skip", "19/12/2019 - Welsh Language"),
)
_LABELS = [(re.compile(rf"^(?:{row.pattern})$", re.I), row.role) for row in LABELS]
# "(a)", "(1)", "1." or "a)" at the start of a decision begins the next one.
_POINT = re.compile(r"^(?:\(\w{1,3}\)|\w{1,3}[.)])\s+")


def role(line: str) -> str | None:
    """The part a label line starts, or ``None`` for a line of the record."""
    for pattern, name in _LABELS:
        if pattern.match(line.strip()):
            return name
    return None


def in_welsh(url: str) -> str:
    """The address of the same ModernGov page in Welsh (``LLL=1``)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.upper() != "LLL"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("LLL", "1")])))


def translation(
    data: bytes, item_source_id: str, source_id: str
) -> records.Translation:
    """Read a Welsh ModernGov item or decision page (HTML or its text).

    The first line that is not a label is the title; lines after "Cofnodion"
    are the minutes, one paragraph a line; lines after "Penderfynwyd" are the
    decisions, a new one at each "(a)" or "1.". Raises ``ParseError`` naming
    ``source_id`` when the page has no title at all.
    """
    looks_html = data.lstrip()[:1] == b"<"
    source = (read_html if looks_html else read_text)(data, source_id)
    title, part = "", "minutes"
    minutes: list[str] = []
    resolutions: list[str] = []
    for raw in source.text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        found = role(line)
        if found in ("minutes", "resolved"):
            part = found
        elif found is None and not title:
            title = line
        elif found is None and part == "resolved":
            if _POINT.match(line) or not resolutions:
                resolutions.append(_POINT.sub("", line))
            else:
                resolutions[-1] += " " + line
        elif found is None:
            minutes.append(line)
    if not title:
        raise ParseError("The Welsh page has no title", source_id)
    return records.Translation(
        item_source_id, "cy", source_id, title, minutes, resolutions
    )

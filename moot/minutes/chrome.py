"""Site chrome: the words a web page puts around the minutes.

A ModernGov agenda-item page copied as text starts "Local democracy",
"Agenda item" and ends "Supporting documents:" with links such as "Document
J pdf icon PDF 340 KB". None of it is the record. Only exact phrases go, as
whole lines or as a file-size tail glued to a line, so prose that merely
mentions a webcast or a PDF stays. Every removed piece is kept in
``discarded`` with the reason "site chrome".
"""

import re

from .normalise import collapse_blank_lines
from .quick import compile_fast
from .source import Discarded

CHROME = "site chrome"

# Lines that are navigation wherever they stand.
_ANYWHERE = {
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "local democracy",
    "agenda item",
    "browse meetings",
    "printed minutes",
    "back to meeting",
    "view directions",
    "find out more about this issue",
    "issue history",
    "pdf icon",
}
# Single words that are navigation at the top or foot of a page, but could be
# a heading in the middle of minutes ("Webcast" as an agenda item).
_EDGE_ONLY = {
    "webcast",
    "home",
    "menu",
    "search",
    "print",
    "contact us",
    "decision details",
    "meeting details",
    "agenda and minutes",
    "agenda, decisions and minutes",
    "councillors and committees",  # ModernGov's section title above "Issue - meetings"
}
_FILE_LINK_TAIL = re.compile(
    r"""(?ix)
    (?:^|\s+|(?<=\w))  # the icon's alt text is often glued to the title
    (?:(?:pdf|word|excel|powerpoint|html|text)\s+icon\s+)?
    (?:PDF|DOCX?|XLSX?|PPTX?|HTML?|RTF|TXT|ODT|CSV)\s+\d+(?:[.,]\d+)?\s*[KMG]B$
    """
)
_VIEW_DIRECTIONS_TAIL = re.compile(r"(?i)(?<=[.,;])\s+View directions$")
_TAIL_ENDINGS = ("B", "b", "directions")
_SUPPORTING = compile_fast(r"(?i)supporting documents?:?")


def _phrase(line: str) -> str:
    """A line as compared with the phrases: no bullet, no colon, any case."""
    return line.lstrip("·•-– ").rstrip(":").strip().casefold()


def strip_chrome(lines: list[str]) -> tuple[list[str], list[Discarded]]:
    """Remove site chrome from normalised ``lines``.

    Returns the remaining lines (blank runs collapsed again) and what went.
    """
    discarded: list[Discarded] = []
    links: set[int] = set()
    cut = []
    for index, line in enumerate(lines):
        short = _strip_tails(line, discarded)
        if short != line:
            links.add(index)
        cut.append(short)
    lines = _strip_supporting_documents(cut, links, discarded)
    kept = []
    for line in lines:
        if line and _phrase(line) in _ANYWHERE:
            discarded.append(Discarded(line, CHROME))
        else:
            kept.append(line)
    kept = _strip_edges(kept, discarded)
    # Removed lines leave blank runs behind.
    return collapse_blank_lines(kept), discarded


def _strip_tails(line: str, discarded: list[Discarded]) -> str:
    """Cut a file-size tail ("pdf icon PDF 340 KB") or "View directions"."""
    if not line.endswith(_TAIL_ENDINGS):  # a cheap test: most lines have no tail
        return line
    for tail in (_FILE_LINK_TAIL, _VIEW_DIRECTIONS_TAIL):
        match = tail.search(line)
        if match:
            discarded.append(Discarded(match.group().strip(), CHROME))
            line = line[: match.start()].rstrip()
    return line


def _strip_supporting_documents(
    lines: list[str], links: set[int], discarded: list[Discarded]
) -> list[str]:
    """Drop a closing "Supporting documents:" list of document links.

    A link is a line that lost a file-size tail (``links`` holds their
    indexes); the heading goes only if nothing but such links follow it.
    """
    headings = [i for i, line in enumerate(lines) if _SUPPORTING.fullmatch(line)]
    if not headings:
        return lines
    start = headings[-1]
    after = [i for i in range(start + 1, len(lines)) if lines[i]]
    if not all(i in links for i in after):
        return lines
    discarded.extend(Discarded(line, CHROME) for line in lines[start:] if line)
    return lines[:start]


def _strip_edges(lines: list[str], discarded: list[Discarded]) -> list[str]:
    """Drop edge-only navigation words from the top and foot of the page."""
    start, end = 0, len(lines)
    while start < end and (not lines[start] or _phrase(lines[start]) in _EDGE_ONLY):
        start += 1
    while end > start and (not lines[end - 1] or _phrase(lines[end - 1]) in _EDGE_ONLY):
        end -= 1
    dropped = lines[:start] + lines[end:]
    discarded.extend(Discarded(line, CHROME) for line in dropped if line)
    return lines[start:end]

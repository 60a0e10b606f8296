"""Page furniture: running headers, footers and page numbers.

Minutes printed to PDF repeat the committee name, the date and "Page 3 of 9"
on every page. Left in, they split sentences and look like headings to the
parser. They are found by recurrence (a line at the top or bottom of most
pages), with digits ignored so that changing page numbers still match. Every
removed line is kept in ``discarded`` with the reason "page furniture".
"""

import math
import re
from collections import Counter

from .paragraphs import PAGE_BREAK
from .quick import compile_fast
from .source import Discarded

FURNITURE = "page furniture"

# How many non-blank lines at each edge of a page may hold furniture.
_TOP_LINES = 4
_BOTTOM_LINES = 3

# A page's number alone on a line, with what running headers print around
# it: "Page 2 of 7", "- 3 -", "DRAFT MINUTES Page 4 of 9", "03/14/19 -3- DRAFT".
_PAGE_NUMBER = re.compile(
    r"(?i)(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:(?:minutes|agenda)\s+)?"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?"
    r"(?:(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])"
    r"(?:\s+(?:draft|unconfirmed))?"
)
# "2 of 18" or "Page 2 of 18" anywhere in a line, for text that lost its
# page breaks (Portland's extracted text).
_MARKER = compile_fast(
    r"(?i)(?<![\w/.,])(?:page\s+)?(\d{1,4})\s+of\s+(\d{1,4})(?![\w/])"
)


def _key(line: str) -> str:
    """Compare lines with their numbers blanked: page 3 and page 4 match."""
    return re.sub(r"\d+", "#", line)


def _edges(page: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the first and last few non-blank lines of a page."""
    filled = [i for i, line in enumerate(page) if line]
    return filled[:_TOP_LINES], filled[-_BOTTOM_LINES:]


def _threshold(pages: int) -> int:
    """On how many pages a line must recur to count as a running header.

    Short documents must repeat it on every page: "Motion Carried 6-0." at the
    foot of two of three pages is minutes, not a footer.
    """
    return pages if pages <= 3 else max(3, math.ceil(pages / 2))


def _running_keys(pages: list[list[str]], top: bool) -> set[str]:
    """Digit-blanked lines that recur at one edge of enough pages."""
    counts: Counter[str] = Counter()
    for page in pages:
        edge = _edges(page)[0 if top else 1]
        counts.update({_key(page[i]) for i in edge})
    need = _threshold(len(pages))
    return {key for key, n in counts.items() if n >= need}


def _first_page_differs(first: list[str], header: set[str]) -> bool:
    """Whether page 1 lacks the running header, as title pages often do.

    Word's "different first page": page 1 carries the title block instead.
    Its lines then are the document's title (Winnipeg's "COUNCIL OF THE CITY
    OF WINNIPEG"), not furniture, even where they match a header line.
    """
    top = {_key(first[i]) for i in _edges(first)[0]}
    return any(key not in top for key in header if key.strip("# "))


def strip_furniture(pages: list[list[str]]) -> tuple[list[str], list[Discarded]]:
    """Join pages into one list of lines without headers, footers, numbers.

    ``pages`` are normalised lines, one list per page. ``PAGE_BREAK`` is put
    between pages; the paragraph joiner decides later whether a sentence ran
    on across the break.
    """
    header = _running_keys(pages, top=True) if len(pages) > 1 else set()
    footer = _running_keys(pages, top=False) if len(pages) > 1 else set()
    lines: list[str] = []
    discarded: list[Discarded] = []
    for number, page in enumerate(pages, start=1):
        own_header = header
        if number == 1 and len(pages) > 2 and _first_page_differs(page, header):
            own_header = set()
        kept, dropped = _strip_page(page, own_header, footer)
        discarded.extend(Discarded(text, FURNITURE) for text in dropped)
        if lines and kept:
            lines.append(PAGE_BREAK)
        lines.extend(kept)
    return lines, discarded


def _strip_page(
    page: list[str], header: set[str], footer: set[str]
) -> tuple[list[str], list[str]]:
    """One page's lines, without its running lines and its page number."""
    top, bottom = _edges(page)
    drop = {i for i in top if _key(page[i]) in header}
    drop |= {i for i in bottom if _key(page[i]) in footer}
    remaining = [i for i in range(len(page)) if page[i] and i not in drop]
    # After the running lines go, a page number is the first or last line left.
    for i in remaining[:1] + remaining[-1:]:
        if _PAGE_NUMBER.fullmatch(page[i]):
            drop.add(i)
    kept = [line for i, line in enumerate(page) if i not in drop]
    dropped = [page[i] for i in sorted(drop)]
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    return kept, dropped


def strip_page_markers(text: str) -> tuple[str, list[Discarded]]:
    """Remove "N of M" page markers from text that lost its page breaks.

    Text copied out of a PDF can hold its footers mid-line, glued to the
    sentence around them ("January 12, 2011  2 of 18 and peanuts at ...").
    Markers count only when one total M recurs on several pages with
    different numbers, so "5 of 7 members" in prose is left alone. A short
    text just before the markers that recurs with them (the running date) is
    removed with them.
    """
    markers = _page_markers(text)
    if not markers:
        return text, []
    prefix = _running_prefix(text, markers)
    discarded: list[Discarded] = []
    pieces: list[str] = []
    end = len(text)
    for match in reversed(markers):
        start = match.start()
        if prefix and text[:start].rstrip(" ").endswith(prefix):
            start = text.rindex(prefix, 0, start)
        discarded.append(
            Discarded(" ".join(text[start : match.end()].split()), FURNITURE)
        )
        pieces.append(text[match.end() : end])
        end = start
    pieces.append(text[:end])
    return "".join(reversed(pieces)), discarded[::-1]


def _page_markers(text: str) -> list[re.Match[str]]:
    """The "N of M" matches that behave like page numbers, else none."""
    matches = list(_MARKER.finditer(text))
    by_total: dict[str, list[re.Match[str]]] = {}
    for match in matches:
        by_total.setdefault(match.group(2), []).append(match)
    for total, found in sorted(by_total.items(), key=lambda kv: -len(kv[1])):
        numbers = [int(m.group(1)) for m in found]
        distinct = len(set(numbers)) == len(numbers)
        in_range = all(1 <= n <= int(total) for n in numbers)
        if distinct and in_range and len(found) >= max(2, int(total) / 2):
            return found
    return []


def _running_prefix(text: str, markers: list[re.Match[str]]) -> str:
    """A short text that stands just before most markers on their line."""
    before: Counter[str] = Counter()
    for match in markers:
        line_start = text.rfind("\n", 0, match.start()) + 1
        head = text[line_start : match.start()].strip()
        if 0 < len(head) <= 40:
            before[head] += 1
    if not before:
        return ""
    head, count = before.most_common(1)[0]
    return head if count >= max(2, len(markers) / 2) else ""

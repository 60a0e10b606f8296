"""Split a document into its agenda items.

Councils number items in many ways: "40.", "12.1", "25/24 TITLE",
"Minute 41 – Title", "4. TITLE" in US action minutes, or a ModernGov page
where the number stands alone on the line above the title. A numbered line
is only a heading if it reads like one (short, no closing full stop, not
"That ...") and numbers rise through the document; otherwise it is a
numbered paragraph and stays in its item.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .lines import classify

MINUTE_YEAR_RE = re.compile(r"^(?P<num>\d{1,4}/\d{2,4})\.?\s+(?P<title>\S.*)$")
MINUTE_WORD_RE = re.compile(
    r"^Minute\s+(?:No\.?\s*)?(?P<num>\d{1,4}[A-Za-z]?(?:/\d{2,4})?)\.?\s*"
    r"(?:\([^)]{1,40}\)\s*)?(?:[–—:.-]\s*)?(?P<title>\S.*)$",
    re.IGNORECASE,
)
# "22-0073 1. ROLL CALL: Present: ..." (a roll-call number before the item's).
NUMBER_RE = re.compile(
    r"^(?:\d{2}-\d{3,5}\s+)?(?P<num>\d{1,4}(?:\.\d{1,2})?)\.?\s+(?P<title>\S.*)$"
)
# A title that runs on into the item's first sentence: "ROLL CALL: Present: ..."
RUN_ON_RE = re.compile(r"^(?P<head>[^:.]{3,120}?)[:.]\s+(?P<rest>\S.*)$")
NUMBER_ALONE_RE = re.compile(r"^(?P<num>\d{1,4}(?:\.\d{1,2})?)\.?$")
MAX_TITLE_WORDS = 16
# line index, lines used, number, title, text after the title on its line
Heading = tuple[int, int, str, str, str]


@dataclass
class Segment:
    """The lines of one agenda item, with the heading's number and title."""

    number: str | None
    title: str | None
    lines: list[str] = field(default_factory=list)
    heading: str = ""  # the heading as written, to account for every word


def split_items(lines: list[str]) -> tuple[list[str], list[Segment]]:
    """The lines before the first item, and the items.

    With no headings at all the whole text is one item (an agenda-item page
    like the seed), its title the first line if that line reads as a title.
    """
    headings = _headings(lines)
    if not headings:
        return [], [_single_item(lines)]
    preamble = lines[: headings[0][0]]
    segments = []
    for index, (start, skip, number, title, rest) in enumerate(headings):
        end = headings[index + 1][0] if index + 1 < len(headings) else len(lines)
        heading = " ".join(lines[start : start + skip])
        body = lines[start + skip : end]
        if rest:
            heading = heading[: heading.rfind(rest)]
            body = [rest, "", *body]
        segments.append(Segment(number, title, body, heading))
    return preamble, segments


def _headings(lines: list[str]) -> list[Heading]:
    """(line index, lines the heading uses, number, title) of each heading."""
    strong: list[Heading] = []
    plain: list[Heading] = []
    previous_blank = True
    for index, line in enumerate(lines):
        if line[:1].isdigit() or line[:6].casefold() == "minute":
            heading = _heading_at(lines, index, previous_blank)
            if heading and heading[0] == "strong":
                strong.append((index, *heading[1:]))
            elif heading and strong and _is_sub_item(strong[-1][2], heading[2]):
                strong.append((index, *heading[1:]))
            elif heading:
                plain.append((index, *heading[1:]))
        previous_blank = not line
    if strong:
        return strong
    rising = _longest_rising(plain)
    return rising if len(rising) >= 2 else []


def _longest_rising(candidates: list[Heading]) -> list[Heading]:
    """The longest run of candidates whose numbers rise through the document.

    A street number ("400 Robert D Ray Drive") or a numbered list that
    restarts at 1 falls out; the items' own numbers remain.
    """
    tails: list[tuple[int, ...]] = []  # smallest last key of a rising run per length
    tail_at: list[int] = []
    back: list[int] = []
    for position, candidate in enumerate(candidates):
        key = _sort_key(candidate[2])
        length = bisect_left(tails, key)
        if length == len(tails):
            tails.append(key)
            tail_at.append(position)
        else:
            tails[length], tail_at[length] = key, position
        back.append(tail_at[length - 1] if length else -1)
    run, position = [], tail_at[-1] if tail_at else -1
    while position >= 0:
        run.append(candidates[position])
        position = back[position]
    return run[::-1]


def _heading_at(
    lines: list[str], index: int, previous_blank: bool
) -> tuple[str, int, str, str, str] | None:
    """("strong" or "plain", lines used, number, title) if a heading starts here.

    Minute numbers ("25/24", "Minute 41") are strong: when a document has
    them, plain numbers ("1.") are numbered paragraphs.
    """
    line = lines[index]
    for pattern in (MINUTE_YEAR_RE, MINUTE_WORD_RE):
        match = pattern.match(line)
        if match and _reads_as_title(match.group("title"), strict=False):
            return "strong", 1, match.group("num"), match.group("title").strip(), ""
    match = NUMBER_RE.match(line)
    if match and _reads_as_title(match.group("title"), strict=True):
        return "plain", 1, match.group("num"), match.group("title").strip(), ""
    run_on = RUN_ON_RE.match(match.group("title")) if match else None
    if run_on and _reads_as_title(run_on.group("head"), strict=True):
        head, rest = run_on.group("head").strip(), run_on.group("rest")
        return "plain", 1, match.group("num"), head, rest  # type: ignore[union-attr]
    match = NUMBER_ALONE_RE.match(line)
    if match and previous_blank:
        title_index = _next_nonblank(lines, index + 1)
        if title_index is not None and _reads_as_title(
            lines[title_index], strict=False
        ):
            return (
                "plain",
                title_index - index + 1,
                match.group("num"),
                lines[title_index],
                "",
            )
    return None


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for index in range(start, min(start + 3, len(lines))):
        if lines[index]:
            return index
    return None


def _reads_as_title(title: str, strict: bool) -> bool:
    """Short, capitalised, not a sentence and not a resolution ("That ...")."""
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS or not title[0].isupper():
        return False
    if words[0] in ("That", "THAT") or title.rstrip().endswith((".", ";", ",", ":")):
        return not strict and title.isupper()
    if title.isupper() or not strict:
        return True
    capitalised = sum(1 for word in words if word[:1].isupper() or len(word) <= 3)
    return capitalised / len(words) >= 0.6


def _is_sub_item(minute: str, number: str) -> bool:
    """ "44.1" under "Minute 44" is a sub-item of it."""
    head, _, sub = number.partition(".")
    return bool(sub) and head == minute.split("/")[0].split(".")[0]


def _sort_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", number))


def _single_item(lines: list[str]) -> Segment:
    first = _next_nonblank(lines, 0)
    if first is not None and _is_bare_title(lines, first):
        return Segment(None, lines[first], lines[first + 1 :])
    return Segment(None, None, lines)


def _is_bare_title(lines: list[str], index: int) -> bool:
    """An upper-case first line that is not a section label."""
    line = lines[index]
    reads = line.isupper() and len(line.split()) <= 24 or _reads_as_title(line, True)
    return reads and classify(line, True).kind == "text"

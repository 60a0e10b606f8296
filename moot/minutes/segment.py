"""Split a document into its agenda items.

Councils number items in many ways (``heading_phrases.NUMBERED``): "40.",
"12.1", "3a", "IV.", "A.", "CA -11", "25/24 TITLE", "Minute 41 – Title", a
ModernGov decision's "13/02/2020 - Title", or a number alone on the line
above the title. A numbered line is only a heading if its text reads as a
title (not a sentence, not "That ...") and the numbers of its family rise
through the document; otherwise it is a numbered paragraph and stays in its
item. Minute numbers and decision dates are strong: where a document has
them, plain numbers are its paragraphs.

A page showing one item (ModernGov's issue, decision and agenda-item pages,
a Legistar file, a US agenda report) is one item; its chrome and the
issue's title are set aside with the reason.

Every pass is linear in the lines (the rising runs are found in n log n).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from . import heading_phrases as phrases
from .inline_headings import break_inline_headings
from .lines import classify
from .source import Discarded

MAX_TITLE_WORDS = 45
SHORT_TITLE_WORDS = 16
# A title that runs on into the item's first sentence: "ROLL CALL: Present: ..."
RUN_ON_RE = re.compile(r"^(?P<head>[^:.]{3,120}?)[:.]\s+(?P<rest>\S.*)$")
STRONG = ("minute", "decision")
MAX_SECTIONS = 8  # sections of one page that number their items afresh
MIN_SECTION = 3  # items a section's fresh numbering must reach
PAGE_JUMP = 20  # a number alone this far from its neighbours is a page's
REPEATED = 0.8  # share of a section's titles that make it a repeat
WRAP_WIDTH = 50  # a heading line shorter than this was not wrapped
ORDERED = ("decimal", "letter", "roman")  # families whose title-less numbers count
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
ISSUE_TITLE = "the issue's title on a one-item page, above the item's own heading"
CHROME = "site chrome"
# How far a one-item page's number and title fields may stand from the top.
PAGE_TOP = 40

_NUMBERED = [(row.regex, row.family) for row in phrases.NUMBERED]
_ALONE = [(row.regex, row.family) for row in phrases.NUMBER_ALONE]
_MAY_HEAD = phrases.compiled(phrases.NUMBERED + phrases.NUMBER_ALONE)
_NOT_HEADING = phrases.compiled(phrases.NOT_HEADINGS)
_SENTENCE = phrases.compiled(phrases.SENTENCES)
_TAILS = [row.regex for row in phrases.TITLE_TAILS]
_RUN_IN = [row.regex for row in phrases.RUN_IN_CUTS]
# A title that stops mid-phrase goes on on the next line.
_UNFINISHED = phrases.compiled(phrases.UNFINISHED_TITLES)
_CONTENTS = phrases.compiled(phrases.CONTENTS_TAILS)
_MARKER = phrases.compiled(phrases.PAGE_MARKERS)
_STANDING = phrases.compiled(phrases.STANDING_ITEMS)
_STANDING_CAPS = phrases.compiled(phrases.STANDING_CAPS)
_REFERENCES = [row.regex for row in phrases.ITEM_REFERENCES]
_TITLE_FIELDS = [row.regex for row in phrases.TITLE_FIELDS]
_TITLE_ALONE = [row.regex for row in phrases.TITLE_LABELS_ALONE]
_ISSUE_MEETING = phrases.ISSUE_MEETING


@dataclass
class Segment:
    """The lines of one agenda item, with the heading's number and title."""

    number: str | None
    title: str | None
    lines: list[str] = field(default_factory=list)
    heading: str = ""  # the heading as written, to account for every word
    aside: list[Discarded] = field(default_factory=list)  # page chrome
    stated_date: str | None = None  # a decision heading's date ("13/02/2020")
    meeting_line: str | None = None  # "Meeting: 27/01/2021 - Cabinet (Item 7)"


@dataclass
class Heading:
    """A line (or two) that may head an item."""

    index: int
    used: int  # lines the heading takes
    number: str | None
    title: str | None
    rest: str  # text after the title on its line: the item's first words
    family: str
    titled: bool = True  # False: a sub-number before a sentence ("338.1 The ...")
    date: str | None = None
    alone: bool = False  # the number stands alone on its line, the title below


def split_items(lines: list[str]) -> tuple[list[str], list[Segment]]:
    """The lines before the first item, and the items.

    With no headings at all the whole text is one item (an agenda-item page
    like the seed), its title the first line if that line reads as a title.
    """
    lines = break_inline_headings(lines)
    aside, start = _page_markers(lines)
    if aside:
        issue = _issue_page(lines, start, aside)
        if issue is not None:
            return issue
    headings = _headings(lines, start)
    if not headings:
        return [], [_single_item(lines[start:], aside)]
    first = headings[0].index
    if aside:  # the issue's title above a decision page's dated headings
        preamble = []
        aside += [Discarded(line, ISSUE_TITLE) for line in lines[start:first] if line]
    else:
        preamble = lines[:first]
    segments = [
        _segment(
            lines,
            heading,
            headings[i + 1].index if i + 1 < len(headings) else len(lines),
        )
        for i, heading in enumerate(headings)
    ]
    segments[0].aside = aside
    return preamble, segments


def _segment(lines: list[str], heading: Heading, end: int) -> Segment:
    start, skip = heading.index, heading.used
    text = " ".join(line for line in lines[start : start + skip] if line)
    body = lines[start + skip : end]
    if heading.rest:
        text = text[: text.rfind(heading.rest)]
        body = [heading.rest, "", *body]
    return Segment(heading.number, heading.title, body, text, stated_date=heading.date)


def _page_markers(lines: list[str]) -> tuple[list[Discarded], int]:
    """ModernGov's one-item page chrome at the top ("Issue - meetings")."""
    aside: list[Discarded] = []
    index = 0
    while index < min(len(lines), 8):
        line = lines[index]
        if line and not _MARKER.fullmatch(line):
            break
        if line:
            aside.append(Discarded(line, CHROME))
        index += 1
    return (aside, index) if aside else ([], 0)


def _issue_page(
    lines: list[str], start: int, aside: list[Discarded]
) -> tuple[list[str], list[Segment]] | None:
    """A ModernGov issue page: the issue's title, then for each meeting that
    considered it "Meeting: <date> - <committee> (Item 7)" and the item.

    The "Meeting:" line is part of the item's heading (it gives the item's
    number); the issue's title above it is set aside, since the item's own
    heading follows.
    """
    meetings = [
        (index, match.group("num"))
        for index in range(start, len(lines))
        if (match := _ISSUE_MEETING.match(lines[index]))
    ]
    if not meetings:
        return None
    first = meetings[0][0]
    aside += [Discarded(line, ISSUE_TITLE) for line in lines[start:first] if line]
    segments = []
    for position, (index, number) in enumerate(meetings):
        end = meetings[position + 1][0] if position + 1 < len(meetings) else len(lines)
        segment = _referenced_item(lines[index + 1 : end], number)
        segment.heading = f"{lines[index]} {segment.heading}"
        segment.meeting_line = lines[index]
        segments.append(segment)
    segments[0].aside = aside
    return [], segments


def _referenced_item(lines: list[str], number: str) -> Segment:
    """The item under a "Meeting: ... (Item 7)" line: "7 Title" or "Title"."""
    title_at = _next_nonblank(lines, 0)
    if title_at is None:
        return Segment(number, None, lines)
    line = lines[title_at]
    title = line
    for regex, family in _NUMBERED:
        match = regex.match(line)
        if match and family == "decimal" and match.group("num") == number:
            title = match.group("title").strip()
            break
    title, rest = _tail(title)
    body = lines[title_at + 1 :]
    if rest:
        body = [rest, "", *body]
    heading = line[: line.rfind(rest)] if rest else line
    return Segment(number, title, body, heading)


def _headings(lines: list[str], start: int = 0) -> list[Heading]:
    """The headings of the document, in order."""
    candidates: list[Heading] = []
    covered = start  # lines before this belong to the last heading
    for index in range(start, len(lines)):
        line = lines[index]
        if index < covered:
            continue
        if line and _MAY_HEAD.match(line) and not _NOT_HEADING.match(line):
            heading = _heading_at(lines, index)
            if heading:
                candidates.append(heading)
                if heading.alone:
                    covered = index + heading.used - 1
        elif line and (_STANDING.match(line) or _STANDING_CAPS.match(line)):
            candidates.append(Heading(index, 1, None, line, "", "standing"))
    return _choose(candidates)


def _heading_at(lines: list[str], index: int) -> Heading | None:
    """The heading that starts at ``lines[index]``, if one does."""
    line = lines[index]
    for regex, family in _NUMBERED:
        match = regex.match(line)
        if not match:
            continue
        number = match.groupdict().get("num")
        date = match.groupdict().get("date")
        written = match.group("title").strip()
        title, rest = _tail(written)
        if _reads_as_title(title, strict=family not in STRONG):
            if title.endswith(".") and not rest and not _shouting(title):
                # "Matters arising from the Minutes No matters arising."
                head, after = _run_in(title)
                if head is not None:
                    title, rest = head, after
            used, title = _wrapped(lines, index, title, rest)
            return Heading(index, used, number, title, rest, family, date=date)
        run_on = RUN_ON_RE.match(title)
        if run_on and _reads_as_title(run_on.group("head"), strict=True):
            head, rest = run_on.group("head").strip(), run_on.group("rest")
            return Heading(index, 1, number, head, rest, family)
        if family in ORDERED and title[:1].isupper():
            # A sub-number before a sentence is a numbered paragraph.
            whole = (number or "").removesuffix(".0")
            head, rest = (None, written) if _parent(whole) else _run_in(written)
            return Heading(index, 1, number, head, rest, family, titled=False)
        return None
    for regex, family in _ALONE:
        match = regex.match(line)
        if match:
            return _title_below(lines, index, match.group("num"), family)
    return None


def _wrapped(lines: list[str], index: int, title: str, rest: str) -> tuple[int, str]:
    """A title in capitals wrapped onto the next line ("... ECONOMIC
    DEVELOPMENT" / "NEGOTIATIONS"): lines used and the whole title."""
    unfinished = _UNFINISHED.search(title)
    below_at = _next_nonblank(lines, index + 1)
    if unfinished and not rest and below_at is not None:
        # "Request for removal of quotation –" / "Alderman Boyle"
        below = lines[below_at]
        if (
            len(below.split()) <= 8
            and not _MAY_HEAD.match(below)
            and not _STANDING_CAPS.match(below)
            and not _STANDING.match(below)
            and _reads_as_title(below, strict=True)
        ):
            return below_at - index + 1, f"{title} {below}"
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if (
        rest
        or len(lines[index]) < WRAP_WIDTH
        or not below
        or not _shouting(title)
        or not _shouting(below)
        or len(below.split()) > 6
        or _MAY_HEAD.match(below)
        or _STANDING_CAPS.match(below)
        or len(title.split()) + len(below.split()) > SHORT_TITLE_WORDS
    ):
        return 1, title
    return 2, f"{title} {below}"


def _title_below(
    lines: list[str], index: int, number: str, family: str
) -> Heading | None:
    """A number alone on its line with the title on the next."""
    title_index = _next_nonblank(lines, index + 1)
    if title_index is None:
        return None
    below = lines[title_index]
    sub = _alone_number(below)
    if sub is not None and _is_sub_item(number, sub):
        # A number column read apart: "2." above "2.1" above the title.
        title_index = _next_nonblank(lines, title_index + 1)
        if title_index is None:
            return None
        below = lines[title_index]
    if _MAY_HEAD.match(below):  # a heading of its own ("7. Minutes")
        return None
    title, rest = _tail(below)
    if not _reads_as_title(title, strict=False):
        if family in ORDERED and below[:1].isupper():  # "9." above a sentence
            return Heading(index, 1, number, None, "", family, titled=False)
        return None
    return Heading(
        index, title_index - index + 1, number, title, rest, family, alone=True
    )


def _run_in(written: str) -> tuple[str | None, str]:
    """A title cut from a numbered line that reads on into its item's text
    ("Budget Committee Interviews. Bob Duey presented ..."), and the text;
    no title where no cut leaves one."""
    for regex in _RUN_IN:
        match = regex.match(written)
        if match:
            head = match.group("head").strip()
            if len(head.split()) <= SHORT_TITLE_WORDS and _reads_as_title(
                head, strict=True
            ):
                return head, match.group("rest")
    return None, written


def _alone_number(line: str) -> str | None:
    for regex, _ in _ALONE:
        match = regex.match(line)
        if match:
            return match.group("num")
    return None


def _tail(title: str) -> tuple[str, str]:
    """The title without a tail that is not the title, and the tail that
    begins the item's text ("NIL"). A contents line's page number ("......
    3") is dropped from the title; it stays in the heading as written."""
    match = _CONTENTS.search(title)
    if match and match.start() > 0:
        title = title[: match.start()].rstrip()
    for regex in _TAILS:
        match = regex.search(title)
        if match and match.start() > 0:
            return title[: match.start()].rstrip(), match.group("rest")
    return title, ""


def _choose(candidates: list[Heading]) -> list[Heading]:
    """The candidates that are the document's item headings.

    Strong headings (minute numbers, decision dates) win, with the decimal
    sub-items of a minute ("44.1" under "Minute 44"). Otherwise the family
    whose numbers rise longest gives the items, and between two of its
    headings another family's run that starts afresh gives sub-items
    ("A.", "B." under "6. Consent Agenda"), as do sub-numbers ("338.1").
    """
    strong = [c for c in candidates if c.family in STRONG]
    if strong:
        chosen: list[Heading] = []
        for candidate in candidates:
            if candidate.family in STRONG:
                chosen.append(candidate)
            elif chosen and _is_sub_item(chosen[-1].number, candidate.number):
                chosen.append(candidate)
        return chosen
    standing = [c for c in candidates if c.family == "standing"]
    candidates = [c for c in candidates if c.family != "standing"]
    titled = [c for c in candidates if c.titled]
    runs = {}
    for family in dict.fromkeys(c.family for c in titled if c.family != "small"):
        members = [c for c in titled if c.family == family]
        runs[family] = _longest_rising(members)
        if (
            standing
            and family in ("letter", "roman")
            and len(runs[family]) < len(members)
        ):
            # Under unnumbered standing business ("CONSENT AGENDA") letters
            # that start afresh number its sub-items, not the items.
            del runs[family]
    primary = max(runs.values(), key=len) if runs else []  # first family wins ties
    if primary and primary[0].family in ORDERED:
        primary = _with_restarts(primary, titled)
    if len(primary) < 2 and len(titled) > 1:
        primary = []
    frame = sorted(primary + standing, key=_at)
    if not frame:
        return []
    frame = _fill_gaps(frame, [c for c in candidates if not c.titled])
    frame = _without_page_numbers(frame)
    chosen = _with_sub_items(frame, candidates)
    # A standing line that repeats a numbered item's title mentions it.
    numbered = {(c.title or "").casefold() for c in chosen if c.family != "standing"}
    return [
        c
        for c in chosen
        if c.family != "standing" or (c.title or "").casefold() not in numbered
    ]


def _with_restarts(primary: list[Heading], titled: list[Heading]) -> list[Heading]:
    """The items' run, or the runs of its family in sections that each
    number afresh from 1 ("1. CALL TO ORDER ... 6. ADJOURNMENT", then the
    next meeting's "1. CALL TO ORDER ... 5. AGENDA REVIEW") where those
    give more items."""
    family = primary[0].family
    sections: list[list[Heading]] = []
    for candidate in titled:
        if candidate.family != family:
            continue
        if not sections or _ordinal(candidate) == 1:
            sections.append([])
        sections[-1].append(candidate)
    if len(sections) < 2 or len(sections) > MAX_SECTIONS:
        return primary
    runs = [_longest_rising(section) for section in sections]
    runs = [run for run in runs if len(run) >= MIN_SECTION and _ordinal(run[0]) == 1]
    keys = [{_title_key(heading) for heading in run} for run in runs]
    kept = [
        heading
        for position, run in enumerate(runs)
        if not _repeats(keys[position], keys[:position] + keys[position + 1 :])
        for heading in run
    ]
    return kept if len(kept) > len(primary) else primary


def _without_page_numbers(frame: list[Heading]) -> list[Heading]:
    """The items without a page number standing alone above a line of text
    ("138" between two paragraphs), whose number is far from the items'
    numbers before and after it."""
    kept = []
    for position, heading in enumerate(frame):
        number = _ordinal(heading) if heading.alone else None
        if number is not None:
            near = [
                _ordinal(frame[other])
                for other in (position - 1, position + 1)
                if 0 <= other < len(frame) and frame[other].family == heading.family
            ]
            known = [n for n in near if n is not None]
            if known and all(abs(number - n) > PAGE_JUMP for n in known):
                continue
        kept.append(heading)
    return kept


def _title_key(heading: Heading) -> str:
    return next(iter((heading.title or "").casefold().split()), "")


def _repeats(keys: set[str], others: list[set[str]]) -> bool:
    """Whether a section's titles mostly repeat another's: a contents list
    or a preview of the page, not a second meeting."""
    seen = set().union(*others) if others else set()
    return len(keys & seen) >= REPEATED * len(keys)


def _at(heading: Heading) -> int:
    return heading.index


def _fill_gaps(frame: list[Heading], untitled: list[Heading]) -> list[Heading]:
    """A title-less number where the items' numbering has a gap for it
    ("8 Title", "9." above a sentence, "10 Title"; "C." after "B.") is an
    item: one pass over both, in the order of the text."""
    framed = {id(heading) for heading in frame}
    merged = sorted(frame + untitled, key=_at)
    upcoming: list[Heading | None] = [None] * len(merged)
    following: Heading | None = None
    for position in range(len(merged) - 1, -1, -1):
        upcoming[position] = following
        if id(merged[position]) in framed:
            following = merged[position]
    chosen: list[Heading] = []
    for position, heading in enumerate(merged):
        if id(heading) in framed or _fills(chosen, heading, upcoming[position]):
            chosen.append(heading)
    return chosen


def _fills(chosen: list[Heading], heading: Heading, after: Heading | None) -> bool:
    number = _ordinal(heading)
    if number is None:
        return False
    last = chosen[-1] if chosen else None
    if after is not None and after.family == heading.family:
        if (_ordinal(after) or 0) <= number:
            return False
        if last is None:
            return _ordinal(after) == number + 1
    return (
        last is not None
        and last.family == heading.family
        and _ordinal(last) == number - 1
    )


def _ordinal(heading: Heading) -> int | None:
    """9 for "9" or "9.0", 3 for "C" or "III"; ``None`` for a sub-number."""
    number = heading.number or ""
    if heading.family == "decimal":
        whole = number.removesuffix(".0")
        return int(whole) if whole.isdigit() else None
    return _sort_key(number, heading.family)[0] if number else None


def _with_sub_items(primary: list[Heading], candidates: list[Heading]) -> list[Heading]:
    # A sub-number before a sentence ("338.1 The minutes were approved.") is
    # a sub-item where its siblings have titles; else ("1.1 There were no
    # declarations") it is a numbered paragraph.
    parents = {_parent(c.number) for c in candidates if c.titled} - {""}
    candidates = [
        c
        for c in candidates
        if c.titled or _parent(c.number) in parents or c.family == "letter"
    ]
    chosen: list[Heading] = []
    taken = {id(c) for c in primary}
    position = 0
    ordered = sorted(candidates, key=lambda c: c.index)
    for index, head in enumerate(primary):
        chosen.append(head)
        end = primary[index + 1].index if index + 1 < len(primary) else None
        gap = []
        while position < len(ordered) and (
            end is None or ordered[position].index < end
        ):
            candidate = ordered[position]
            position += 1
            if candidate.index > head.index and id(candidate) not in taken:
                gap.append(candidate)
        chosen += _sub_items(head, gap)
    return chosen


def _sub_items(head: Heading, gap: list[Heading]) -> list[Heading]:
    """Sub-items between ``head`` and the next item."""
    if head.family == "standing":
        return _lettered_under(gap)
    found = [
        c
        for c in gap
        if c.family == head.family == "decimal" and _is_sub_item(head.number, c.number)
    ]
    others = [c for c in gap if c.family != head.family and c.titled]
    if others:
        family = others[0].family
        run = _longest_rising([c for c in others if c.family == family])
        if run and _sort_key(run[0].number, family) <= (1,):
            found += run
    return sorted(found, key=lambda c: c.index)


def _lettered_under(gap: list[Heading]) -> list[Heading]:
    """Under unnumbered standing business ("CONSENT AGENDA") the lettered
    entries from "A." are its sub-items, their whole line the title ("A.
    Approval of the Minutes for the Regular City Council Meeting of April 6,
    2015.")."""
    run = _longest_rising([c for c in gap if c.family == "letter"])
    if not run or _sort_key(run[0].number, "letter") > (1,):
        return []
    return [
        replace(c, title=(c.title or "").rstrip("."))
        if c.titled
        else replace(c, title=c.rest.rstrip("."), rest="", titled=True)
        for c in run
    ]


def _longest_rising(candidates: list[Heading]) -> list[Heading]:
    """The longest run of candidates whose numbers rise through the document.

    A street number ("400 Robert D Ray Drive") or a numbered list that
    restarts at 1 falls out; the items' own numbers remain.
    """
    tails: list[tuple[int, ...]] = []  # smallest last key of a rising run per length
    tail_at: list[int] = []
    back: list[int] = []
    for position, candidate in enumerate(candidates):
        key = _sort_key(candidate.number, candidate.family)
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


def _sort_key(number: str | None, family: str = "decimal") -> tuple[int, ...]:
    """Where a number stands in its family's sequence."""
    number = number or ""
    if family == "roman":
        return (_roman(number),)
    if family == "letter":
        return (ord(number.upper()) - 64,)
    key = [int(part) for part in re.findall(r"\d+", number)]
    letter = re.search(r"[a-z](?=\)?$)", number)
    if letter and family == "decimal":
        key.append(ord(letter.group()) - 96)
    return tuple(key)


def _roman(number: str) -> int:
    values = [ROMAN[c] for c in number if c in ROMAN]
    return sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v
        for i, v in enumerate(values)
    )


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for index in range(start, min(start + 3, len(lines))):
        if lines[index]:
            return index
    return None


def _reads_as_title(title: str, strict: bool) -> bool:
    """Short, not a sentence and not a resolution ("That ...").

    Titles may be lower case ("20 mph limit on the high street") or end in
    a full stop ("Apologies."); a line with a finite verb ("There were no
    declarations") is a sentence. ``strict`` refuses a closing colon, which
    a title standing alone on its line may have ("Minutes:").
    """
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS or title[0].islower():
        return False
    shouting = _shouting(title)
    if not shouting and _SENTENCE.search(title):
        return False
    end = title[-1]
    if end in ";,":
        return False
    if end == ":":  # "To receive apologies from Members:"
        return not strict or shouting or len(words) <= 8
    if end == "." and len(words) > 12 and not shouting:
        return False
    if len(words) > SHORT_TITLE_WORDS and end == ".":
        return False
    return classify(title, True).label != "resolved"  # "RESOLVED: (Hoban/Ainsworth)"


def _shouting(title: str) -> bool:
    """Mostly capitals ("CONFIRMATION and RECEIVING OF MINUTES")."""
    letters = [c for c in title if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters) > 0


def _parent(number: str | None) -> str:
    """ "338" for "338.1"; "" for a number with no parent."""
    head, dot, _ = (number or "").rpartition(".")
    return head if dot else ""


def _is_sub_item(minute: str | None, number: str | None) -> bool:
    """ "44.1" under "Minute 44" (or "44") is a sub-item of it."""
    if not minute or not number:
        return False
    head, _, sub = number.partition(".")
    base = minute.split("/")[0].split(".")[0]
    return (bool(sub) and head == base) or (
        number[:-1] == base and number[-1:].isalpha()
    )


def _single_item(lines: list[str], aside: list[Discarded]) -> Segment:
    """A page of one item: its number and title from a field or its first line."""
    number = _field(lines, _REFERENCES, "num")
    title = _field(lines, _TITLE_FIELDS, "title") or _title_below_label(lines)
    first = _next_nonblank(lines, 0)
    if title is None and first is not None and _is_bare_title(lines, first):
        return Segment(number, lines[first], lines[first + 1 :], lines[first], aside)
    return Segment(number, title, lines, "", aside)


def _title_below_label(lines: list[str]) -> str | None:
    """The line under a "title" label standing alone (Legistar)."""
    for index, line in enumerate(lines[:PAGE_TOP]):
        if any(regex.match(line) for regex in _TITLE_ALONE):
            below = _next_nonblank(lines, index + 1)
            if below is not None and len(lines[below].split()) <= MAX_TITLE_WORDS * 2:
                return lines[below].rstrip(".")
    return None


def _field(lines: list[str], patterns: list[re.Pattern[str]], group: str) -> str | None:
    for line in lines[:PAGE_TOP]:
        for regex in patterns:
            match = regex.match(line)
            if match:
                return match.group(group).strip()
    return None


def _is_bare_title(lines: list[str], index: int) -> bool:
    """A first line that reads as a title and is not a section label."""
    line = lines[index]
    words = len(line.split())
    reads = (line.isupper() and words <= 24) or (
        words <= MAX_TITLE_WORDS and line[0].isupper() and not line.endswith(".")
    )
    return reads and classify(line, True).kind == "text"

"""From a ``Source`` to ``Minutes``: segment, walk each item, read structure.

The stages run in the order a careful clerk reads: meeting facts from the
header, items from their headings, each item's sections, then the second
views (exchanges, information requests, commitments) over those sections.
"""

from datetime import date

from .commitments import find_commitments
from .dates import DATE_RE, read_date
from .declarations import read_declarations
from .exchanges import read_exchanges, read_information_requests
from .exempt import mark_items
from .heading_phrases import ISSUE_MEETING
from .item import walk_item
from .lines import units
from .meeting import read_head, read_meeting
from .records import Exempt, Item, MeetingFacts, Minutes
from .references import read_references
from .report import read_report
from .segment import Segment, split_items
from .source import Discarded, Source, SourceItem


def parse_source(source: Source, meeting_date: date | None = None) -> Minutes:
    """Structure from one source.

    ``meeting_date`` counts when the text states no date (an agenda-item page
    carries none): due dates are computed from it, but ``meeting.date`` stays
    ``None``, since it is a fact only when the text states it. A date the text
    states wins, with a warning if they differ.
    """
    minutes = Minutes(discarded=list(source.discarded), warnings=list(source.warnings))
    lines = _lines(source.text)
    dayfirst = _dayfirst(source.text)
    if source.items is not None:
        preamble, segments = lines, [_segment(item) for item in source.items]
    else:
        preamble, segments = split_items(lines)
    minutes.meeting = _meeting(source, preamble, dayfirst, minutes)
    _facts_in_heading(segments, minutes.meeting, dayfirst)
    when = minutes.meeting.date or meeting_date
    if meeting_date and minutes.meeting.date and meeting_date != minutes.meeting.date:
        minutes.warnings.append(
            f"the text says the meeting was on {minutes.meeting.date.isoformat()}, "
            f"not {meeting_date.isoformat()} as given; the text's date is used"
        )
    if minutes.meeting.date is None and meeting_date:
        minutes.warnings.append(
            f"the text states no meeting date; due dates count from "
            f"{meeting_date.isoformat()}, as given"
        )
    heads = [(s.number, s.title, s.lines) for s in segments]
    read_head(heads, minutes.meeting, dayfirst, _item_page(source, segments))
    for segment in segments:
        minutes.items.append(_item(segment, when, dayfirst, minutes))
    mark_items(minutes.items, [segment.lines for segment in segments], preamble)
    if source.items is not None:
        for item, source_item in zip(minutes.items, source.items, strict=True):
            _exempt_from_source(item, source_item)
    return minutes


def _lines(text: str) -> list[str]:
    """Stripped lines with runs of white space folded to one space."""
    return [
        " ".join(line.split()) if "  " in line or "\t" in line else line.strip()
        for line in text.split("\n")
    ]


def _segment(item: SourceItem) -> Segment:
    lines = _lines(item.text)
    return Segment(item.number, item.title, lines)


def _meeting(
    source: Source, preamble: list[str], dayfirst: bool, minutes: Minutes
) -> MeetingFacts:
    facts, used = read_meeting(preamble, dayfirst)
    stated = source.meeting
    if stated.get("date"):
        facts.date = date.fromisoformat(stated["date"])  # type: ignore[arg-type]
    facts.committee = stated.get("committee") or facts.committee
    facts.venue = stated.get("venue") or facts.venue
    leftover = []
    for index, line in enumerate(preamble):
        if index in used:
            minutes.discarded.append(
                Discarded(line, "meeting header, read into meeting facts")
            )
        elif line:
            leftover.append(line)
    if leftover:
        _keep_leftover(leftover, minutes)
    return facts


def _facts_in_heading(
    segments: list[Segment], facts: MeetingFacts, dayfirst: bool
) -> None:
    """Meeting facts on a one-item page's heading line, where the header
    states none: a ModernGov decision headed "13/02/2020 - Title" was made
    on that date; an issue page's item is headed "Meeting: 27/01/2021 -
    Cabinet (Item 7)"."""
    if len(segments) != 1:
        return
    segment = segments[0]
    if facts.date is None and segment.stated_date:
        facts.date = read_date(segment.stated_date, dayfirst)
    match = ISSUE_MEETING.match(segment.meeting_line or "")
    if match:
        if facts.date is None and match.group("date"):
            facts.date = read_date(match.group("date"), dayfirst)
        facts.committee = facts.committee or match.group("committee") or None


def _item_page(source: Source, segments: list[Segment]) -> bool:
    """A page showing one agenda item (ModernGov's "Agenda item" page): its
    title is the item's subject ("Report from the Chair of Planning
    Committee"), not the meeting's header."""
    return len(segments) == 1 and any(
        piece.text.strip().casefold() == "agenda item" for piece in source.discarded
    )


def _keep_leftover(lines: list[str], minutes: Minutes) -> None:
    """Header lines that are not meeting facts (a council's name, "Action
    Log", an introductory note) belong to no item; they are kept in
    ``discarded`` with the reason, and prose among them gets a warning."""
    for line in lines:
        minutes.discarded.append(
            Discarded(line, "meeting header, before the first item")
        )
    prose = [line for line in lines if len(line.split()) > 12]
    if prose:
        minutes.warnings.append(
            f"{len(prose)} paragraph(s) before the first item belong to no item; "
            f"kept under discarded: {prose[0][:60]}..."
        )


def _item(
    segment: Segment,
    when: date | None,
    dayfirst: bool,
    minutes: Minutes,
) -> Item:
    item = Item(number=segment.number, title=segment.title)
    minutes.discarded.extend(segment.aside)
    _account_for_heading(segment, minutes)
    walked = walk_item(item, units(segment.lines))
    minutes.discarded.extend(walked.discarded)
    blocks = [block for block, _ in walked.blocks]
    item.minutes = blocks
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and b.text]
    item.report = read_report(walked.report, paragraphs)
    item.references = read_references(
        [*item.previous_references, *walked.report, *paragraphs], dayfirst
    )
    item.exchanges, item.representations = read_exchanges(walked.blocks)
    item.information_requests = read_information_requests(blocks)
    item.commitments = find_commitments(item, walked.action_lines, when, dayfirst)
    listed = [entry for b in blocks if b.kind == "list" for entry in b.items or []]
    item.declarations = read_declarations([*paragraphs, *listed])
    return item


def _account_for_heading(segment: Segment, minutes: Minutes) -> None:
    """Words of a heading that are neither number nor title ("Minute",
    "(23 January 2025)") are recorded, so none is lost."""
    rest = segment.heading.replace(segment.title or "", " ", 1).split()
    for index, token in enumerate(rest):
        if token.rstrip(".:") == segment.number:
            del rest[index]
            break
    if any(character.isalnum() for token in rest for character in token):
        minutes.discarded.append(Discarded(" ".join(rest), "item heading"))


def _exempt_from_source(item: Item, source_item: SourceItem) -> None:
    if source_item.exempt_reason:
        paragraph = source_item.exempt_paragraph
        item.exempt = Exempt(
            paragraph, source_item.exempt_reason, [paragraph] if paragraph else []
        )


_MONTH_FIRST_FIELDS = ("File created:", "In control:")


def _dayfirst(text: str) -> bool:
    """British day-first unless the text writes dates the US way; Legistar's
    file fields ("File created:", "In control:") are written by US and
    Canadian clerks, month first."""
    british = us = 0
    us += any(field in text[:5_000] for field in _MONTH_FIRST_FIELDS)
    for match in DATE_RE.finditer(text[:50_000]):
        british += bool(match.group("d1"))
        us += bool(match.group("d2"))
        if match.group("n1") and int(match.group("n2")) > 12:
            us += 1
    return british >= us

"""Which items, and which papers of an item, are exempt.

Publishing exempt business (Schedule 12A to the Local Government Act 1972,
and its kin elsewhere) is a legal breach; hiding public business is a defect
too. So the reader is sure where the text is sure, and where it is not, it
withholds and says so (``Exempt.certain`` is false: a clerk reviews it).

Three ways the text makes an item exempt:

- a notice on the item itself ("NOT FOR PUBLICATION", "CONFIDENTIAL -
  PARAGRAPH 3 OF SCHEDULE 12A", "PART II – PRIVATE ITEM", a "Part B"
  heading), in its title, as a line, a bullet or inside a sentence;
- an exclusion ("RESOLVED – That the public be excluded from the meeting for
  the following items…") in an earlier item: the items it names, or the items
  that follow until the public is re-admitted or the meeting ends;
- a private part of the meeting ("PART TWO" between items).

A notice about an appendix or another paper ("Appendix 2 is not for
publication…") leaves the item public and withholds only that paper.

The phrases live in ``exempt_phrases``; this module only applies them.
"""

import re
from dataclasses import dataclass, field

from . import exempt_phrases as phrases
from .quick import compile_fast, lowered, may_match, search_caseless
from .records import Exempt, Item, WithheldDocument

NOTICE = phrases.compiled(phrases.NOTICES)
NOTICE_LINE = phrases.compiled(phrases.NOTICE_LINES)
DOUBT = phrases.compiled(phrases.DOUBTS)
DOCUMENT = phrases.compiled(phrases.DOCUMENTS)
NEGATION = phrases.compiled(phrases.NEGATIONS)
ELSEWHERE = phrases.compiled(phrases.ELSEWHERE)
HEDGE = phrases.compiled(phrases.HEDGES)
PART_LETTERS = phrases.compiled(phrases.PART_LETTERS_DEFINED)
PART_B = re.compile(r"\bpart\s+b\b", re.IGNORECASE)
EXCLUSION = phrases.compiled(phrases.EXCLUSIONS)
PROPOSAL = phrases.compiled(phrases.EXCLUSION_PROPOSALS)
BY_NOTICE = phrases.compiled(phrases.EXCLUSION_BY_NOTICE)
FOLLOWING = phrases.compiled(phrases.FOLLOWING)
READMISSION = phrases.compiled(phrases.READMISSIONS)
PRIVATE_PART = phrases.compiled(phrases.PRIVATE_PART_LINES)
PUBLIC_PART = phrases.compiled(phrases.PUBLIC_PART_LINES)
EXCLUSION_TITLE = phrases.compiled(phrases.EXCLUSION_TITLES)
WHOLE_ITEM = re.compile(
    r"\b(?:report|item)\s+(?:and|together\s+with|including)\s+(?:its\s+|the\s+)?"
    r"(?:appendi|annex)",
    re.IGNORECASE,
)
# A sentence ends at a stop before a capital or a number, but not after an
# abbreviation that a number follows ("para. 3", "No. 53", "s. 100A").
# Every phrase of the tables holds one of these words: a sentence without any
# is skipped at once (most of a document's sentences).
KEYWORDS = re.compile(
    r"exempt|confiden|privat|for\s+public|public\s+(?:business|returned|rejoined)|"
    r"schedule\s+(?:12|7|6)|restrict|camera|(?:closed|open|public)\s+session|"
    r"exclu|re-?admit|"
    r"readmit|appendi|annex|withdraw|reconven|resum|part\s+(?:ii|2|two|b)\b",
    re.IGNORECASE,
)
SENTENCE_END = compile_fast(
    r"(?<!\bpara\.)(?<!\bparas\.)(?<!\bNo\.)(?<!\bno\.)(?<!\bs\.)(?<!\bSch\.)"
    r"(?<=[.;:!?])\s+(?=[(\"“‘A-Z0-9])"
)
BULLET = re.compile(r"^[\s·•▪◦*o–—-]+(?=\S)")
LISTED_NUMBER = re.compile(r"(?:^|\s|\()(\d{1,4}(?:\.\d{1,2}|[a-z])?)(?=[\s).:,]|$)")
# Numbers in an exclusion that are not items: paragraphs, sections, schedules.
NOT_ITEM_NUMBERS = re.compile(
    phrases.PARAGRAPHS_RE.pattern
    + r"|\b(?:sections?|s\.|schedule|part|regulations?)\s*[\dA-Z()]+(?:\s*\(\w+\))*",
    re.IGNORECASE,
)
MAX_REASON = 300
# Words after an exclusion in the same item that mean the item itself is the
# private business, not only the notice of it.
SUBSTANCE_WORDS = 40


@dataclass
class Exclusion:
    """An exclusion of the public read in one item."""

    reason: str
    paragraphs: list[int]
    decided: bool  # a resolution, not an agenda's proposal
    following: bool  # "the following item(s)", "the remaining items"
    part_two: bool  # "the items in part two of the agenda"
    listed: list[str] = field(default_factory=list)  # lines after it: numbers, titles
    words_after: int = 0


@dataclass
class Reading:
    """What one item says about exemption."""

    notice: Exempt | None = None
    doubt: Exempt | None = None
    documents: list[WithheldDocument] = field(default_factory=list)
    exclusion: Exclusion | None = None
    readmitted: bool = False
    readmitted_at_start: bool = False  # "RECONVENE INTO OPEN SESSION" heads it
    private_from_start: bool = False
    private_after: bool = False
    public_after: bool = False


def paragraphs_in(text: str) -> list[int]:
    """Schedule 12A paragraph numbers a sentence cites ("paras 1 and 3")."""
    found: list[int] = []
    for match in phrases.PARAGRAPHS_RE.finditer(text):
        refs = match.group("refs")
        numbers = [_number(n) for n in phrases.NUMBER_RE.findall(refs)]
        if re.search(r"\d\s*(?:-|–|to)\s*\d", refs) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        found.extend(n for n in numbers if 1 <= n <= 18 and n not in found)
    return found


def _number(word: str) -> int:
    return int(word) if word.isdigit() else phrases.NUMBER_WORDS[word.casefold()]


def sentences(lines: list[str]) -> list[str]:
    """The sentences of an item's lines, bullets stripped."""
    out: list[str] = []
    for line in lines:
        line = BULLET.sub("", line).strip()
        if line:
            out.extend(part for part in SENTENCE_END.split(line) if part)
    return out


def read_item(
    title: str | None, lines: list[str], part_letters: bool = False
) -> Reading:
    """What ``lines`` (one item's text) and its title say about exemption.

    ``part_letters``: the document names kinds of business "Part A/B/C", so
    "Part B" is no notice.
    """
    reading = Reading()
    procedural = bool(title and EXCLUSION_TITLE.search(title))
    if title and READMISSION.search(title):
        reading.readmitted = reading.readmitted_at_start = True
    if title and not procedural and not (part_letters and PART_B.search(title)):
        _read_title(title, reading)
    if not search_caseless(KEYWORDS, "\n".join(lines)):
        return reading  # nothing in the text speaks of exemption
    said = sentences(lines)
    for index, sentence in enumerate(said):
        if not search_caseless(KEYWORDS, sentence) or (
            part_letters and PART_B.search(sentence)
        ):
            continue
        if _heading_like(sentence) and EXCLUSION_TITLE.search(sentence):
            procedural = True  # the item's heading, printed in its text
            continue
        _read_said(said, index, procedural, reading)
    return reading


def _read_said(said: list[str], index: int, procedural: bool, reading: Reading) -> None:
    """Read sentence ``index`` of an item's sentences ``said``."""
    sentence = said[index]
    if EXCLUSION.search(sentence) and not NEGATION.search(sentence):
        _read_exclusion(sentence, said[index + 1 :], reading)
    elif READMISSION.search(sentence):
        reading.readmitted = True
        reading.readmitted_at_start |= not any(said[:index])
    elif procedural or ELSEWHERE.search(sentence):
        return
    elif PRIVATE_PART.match(sentence) and len(sentence.split()) <= 12:
        if any(s for s in said[:index]):
            reading.private_after, reading.public_after = True, False
        else:
            reading.private_from_start = True
            reading.notice = reading.notice or _exempt(sentence, certain=True)
    elif PUBLIC_PART.match(sentence) and len(sentence.split()) <= 6:
        reading.public_after, reading.private_after = True, False
    else:
        _read_sentence(sentence, index, reading)


def _heading_like(sentence: str) -> bool:
    return len(sentence.split()) <= 10 and not sentence.rstrip().endswith(".")


def _read_title(title: str, reading: Reading) -> None:
    if NEGATION.search(title):
        return
    if NOTICE.search(title) or NOTICE_LINE.search(title) or PRIVATE_PART.match(title):
        if DOCUMENT.search(title) and not WHOLE_ITEM.search(title):
            reading.documents.append(_document(title))
        else:
            reading.notice = _exempt(title, certain=True)
    elif DOUBT.search(title):
        reading.doubt = _exempt(title, certain=False)


def _read_sentence(sentence: str, index: int, reading: Reading) -> None:
    if NEGATION.search(sentence):
        return
    notice = NOTICE.search(sentence) or NOTICE_LINE.search(sentence)
    if notice is None:
        # Doubt counts where a notice stands: a short line, or the start.
        if DOUBT.search(sentence) and (index < 3 or len(sentence.split()) <= 8):
            reading.doubt = reading.doubt or _exempt(sentence, certain=False)
        return
    if DOCUMENT.search(sentence) and not WHOLE_ITEM.search(sentence):
        reading.documents.append(_document(sentence))
    elif HEDGE.search(sentence):
        reading.doubt = reading.doubt or _exempt(sentence, certain=False)
    elif reading.notice is None:
        reading.notice = _exempt(sentence, certain=True)
    elif not reading.notice.paragraphs:
        found = paragraphs_in(sentence)
        reading.notice.paragraphs = found
        reading.notice.paragraph = found[0] if found else None


def _read_exclusion(sentence: str, rest: list[str], reading: Reading) -> None:
    proposal = bool(PROPOSAL.search(sentence))
    exclusion = Exclusion(
        reason=sentence[:MAX_REASON],
        paragraphs=paragraphs_in(" ".join([sentence, *rest[:2]])),
        decided=not proposal,
        following=bool(FOLLOWING.search(sentence)),
        part_two="part" in sentence.casefold()
        and bool(re.search(r"\bpart\s+(?:ii|2|two|b)\b", sentence, re.I)),
        listed=rest,
        words_after=sum(len(s.split()) for s in rest),
    )
    if reading.exclusion is None or (
        exclusion.decided and not reading.exclusion.decided
    ):
        reading.exclusion = exclusion


def _exempt(text: str, certain: bool) -> Exempt:
    found = paragraphs_in(text)
    return Exempt(
        paragraph=found[0] if found else None,
        reason=text[:MAX_REASON],
        paragraphs=found,
        certain=certain,
    )


def _document(text: str) -> WithheldDocument:
    match = DOCUMENT.search(text)
    name = match.group(0).strip() if match else "a paper"
    return WithheldDocument(
        name=name[:1].upper() + name[1:], paragraphs=paragraphs_in(text)
    )


def mark_items(items: list[Item], texts: list[list[str]], preamble: list[str]) -> None:
    """Set ``exempt`` and ``withheld_documents`` on each of a meeting's items.

    ``texts`` holds each item's lines, ``preamble`` the lines before the
    first item. An item's own notice wins; then the private part or
    exclusion it falls under; then doubt.
    """
    every_line = [line for text in [preamble, *texts] for line in text]
    letters = may_match(PART_LETTERS, lowered("\n".join(every_line))) and any(
        PART_LETTERS.search(line) for line in every_line
    )
    readings = [
        read_item(item.title, lines, letters)
        for item, lines in zip(items, texts, strict=True)
    ]
    scope: Exempt | None = None  # what withholds the items from here on
    listed: dict[str, Exempt] = {}
    for index, (item, reading) in enumerate(zip(items, readings, strict=True)):
        if reading.private_from_start:
            scope = Exempt(None, "a private part of the meeting", [], True)
        if reading.readmitted_at_start:
            scope = None
        named = _named(item, listed)
        item.exempt = reading.notice or named or _copy(scope) or reading.doubt
        item.withheld_documents = reading.documents
        scope = _next_scope(index, items, readings, scope, listed)


def _next_scope(
    index: int,
    items: list[Item],
    readings: list[Reading],
    scope: Exempt | None,
    listed: dict[str, Exempt],
) -> Exempt | None:
    """What withholds the items after ``index``."""
    reading = readings[index]
    if reading.readmitted or reading.public_after:
        scope = None
    if reading.private_after:
        scope = Exempt(None, "a private part of the meeting", [], True)
    exclusion = reading.exclusion
    if exclusion is None:
        return scope
    later = items[index + 1 :]
    names = _listed_items(exclusion, later)
    grounds = Exempt(
        exclusion.paragraphs[0] if exclusion.paragraphs else None,
        exclusion.reason,
        exclusion.paragraphs,
        True,
    )
    if names:
        listed.update(dict.fromkeys(names, grounds))
        return scope
    later_private = any(
        r.private_after or r.private_from_start for r in readings[index + 1 :]
    )
    if exclusion.part_two and later_private:
        return scope  # the "PART TWO" heading starts it
    if not later:
        if exclusion.words_after >= SUBSTANCE_WORDS and not EXCLUSION_TITLE.search(
            items[index].title or ""
        ):
            items[index].exempt = items[index].exempt or _uncertain(grounds)
        return scope
    if reading.readmitted:
        return scope  # excluded and re-admitted within the item
    certain = exclusion.decided and (exclusion.following or exclusion.part_two)
    return grounds if certain else _uncertain(grounds)


def _listed_items(exclusion: Exclusion, later: list[Item]) -> list[str]:
    """Keys of the later items an exclusion names by number or by title."""
    text = NOT_ITEM_NUMBERS.sub(" ", "\n".join(exclusion.listed[:40]))
    numbers = {m.group(1).rstrip(".") for m in LISTED_NUMBER.finditer(text)}
    folded = _fold(text)
    names = []
    for item in later:
        if item.number and item.number.rstrip(".") in numbers:
            names.append(_key(item))
        elif item.title and len(item.title) > 12 and _fold(item.title) in folded:
            names.append(_key(item))
    # A list must name items, not count paragraphs: two or more, or one by title.
    return names


def _named(item: Item, listed: dict[str, Exempt]) -> Exempt | None:
    found = listed.get(_key(item))
    return _copy(found)


def _key(item: Item) -> str:
    return f"{item.number}|{item.title}"


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _copy(exempt: Exempt | None) -> Exempt | None:
    if exempt is None:
        return None
    return Exempt(
        exempt.paragraph, exempt.reason, list(exempt.paragraphs), exempt.certain
    )


def _uncertain(grounds: Exempt) -> Exempt:
    copy = _copy(grounds)
    assert copy is not None
    copy.certain = False
    return copy


def paper_is_exempt(title: str) -> bool:
    """A document whose title marks it exempt ("Appendix 2 - CONFIDENTIAL",
    "Exempt report", "Part II appendix") is withheld, doubt included."""
    if NEGATION.search(title):
        return False
    return bool(
        NOTICE.search(title)
        or NOTICE_LINE.search(title)
        or DOUBT.search(title)
        or re.search(r"\bpart\s+(?:ii|2|b)\b", title, re.IGNORECASE)
    )

"""Declarations of interest read from an item's text (issue 17).

The declarations item of a meeting says who declared what: one
``Declaration`` per member, with the kind of interest in the minutes' words,
the item it concerns where the sentence (or a short "Agenda Item 12." just
before it) names one, and the sentence itself as the interest. Text that
declares nothing ("No declarations were made", "Members are invited to
declare ...") gives none. The paragraphs keep their words; this only reads
them.
"""

import re

from .declaration_phrases import ABOUT_ITEM, DECLARATIONS, PLURAL_TITLE
from .records import Declaration

_READERS = [phrase.regex for phrase in DECLARATIONS]
_ABOUT = ABOUT_ITEM.regex
_SENTENCE_END = re.compile(r"[.;!?](?=\s+(?:[A-Z•(]|$))|\s•\s")
_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def read_declarations(texts: list[str]) -> list[Declaration]:
    """Every declaration in ``texts`` (an item's paragraphs and list entries),
    in reading order."""
    found: list[Declaration] = []
    for text in texts:
        if "eclar" not in text and "nterest" not in text:
            continue
        for reader in _READERS:
            for match in reader.finditer(text):
                found.extend(_declarations(text, match))
    return found


def _declarations(text: str, match: re.Match[str]) -> list[Declaration]:
    begin, stop = _sentence(text, match.start(), match.end())
    sentence = text[begin:stop].strip(" •")
    kind = match.group("kind")
    about = match.groupdict().get("about") or _about(text, match, stop)
    return [
        Declaration(member, sentence, kind.strip() if kind else None, about)
        for member in _members(match.group("member"))
    ]


def _members(written: str) -> list[str]:
    """ "Councillors Martin Lawton and Pat Midgley" and "Mr R C Adams, Mrs P
    Agar" are two members each; "The Chair, Councillor Grewal" is one."""
    written = re.sub(r"^The\s+Chair(?:man)?,\s+", "", written)
    names = _SPLIT.split(PLURAL_TITLE.sub("", written))
    return [name for name in names if name]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.end() if after else len(text))


def _about(text: str, match: re.Match[str], stop: int) -> str | None:
    """The item named after the member in the sentence, else in a short
    lead ("Agenda Item 12.", "Prior to consideration of agenda item 14")."""
    found = _ABOUT.search(text, match.end(), stop)
    if found:
        return found.group("about")
    lead = text[max(0, match.start() - 120) : match.start()]
    lead = lead[lead.rfind("•") + 1 :] if "•" in lead else lead
    named = [found.group("about") for found in _ABOUT.finditer(lead)]
    return named[-1] if named else None

"""Readers over ``decision_phrases``: votes, lead-ins, unlabelled decisions,
motions and the parts of one resolution paragraph.

Each function reads one line or paragraph and returns what it found, or
``None``; ``item.py`` decides what to do with it in its section walk.
"""

import re

from .decision_phrases import (
    DECISION_ENTRIES,
    DECISION_SENTENCES,
    INLINE_PART_RE,
    LEAD_INS,
    LOST_RE,
    MOTIONS,
    NEXT_PART_RE,
    TRAILING_VOTE_RE,
    VOTE_DETAILS,
    VOTES,
    first_match,
    regexes,
)

_VOTES = regexes(VOTES)
_DETAILS = regexes(VOTE_DETAILS)
_LEAD_INS = regexes(LEAD_INS)
_SENTENCES = regexes(DECISION_SENTENCES)
_ENTRIES = regexes(DECISION_ENTRIES)
_MOTIONS = regexes(MOTIONS)
VOTE_HINT_RE = re.compile(
    r"carried|passed|lost|defeated|failed|adopted|approved|agreed|unanim|vote|"
    r"ayes|yeas|favou?r|against",
    re.IGNORECASE,
)
TRAILING_HINT_RE = re.compile(
    r"(?:carried|lost|passed|defeated|unanimously|\d)\)?\.?\s*$", re.IGNORECASE
)
FIRST_NUMBERS = {"1", "a", "A", "i", "I"}


def vote_line(text: str) -> str | None:
    """The vote, if ``text`` is only a vote ("CARRIED", "Motion carried 7 - 0",
    "VOTE: UNANIMOUS", "AYES: ... NOES: None"): the line as written."""
    line = text.strip()
    if len(line.split()) > 60 or not VOTE_HINT_RE.search(line):
        return None
    return line.rstrip(" .") if first_match(_VOTES, line) else None


def vote_detail(text: str) -> str | None:
    """A roll-call line ("AYES: ... NOES: None", "For (8): Mayor ..."), as
    written."""
    line = text.strip()
    if len(line.split()) > 120 or ":" not in line[:50] and "-" not in line[:50]:
        return None
    return line.rstrip(" .") if first_match(_DETAILS, line) else None


def trailing_vote(text: str) -> tuple[str, str] | None:
    """ "That the minutes be confirmed. CARRIED" gives the text and the vote."""
    # A table cell's closing bar ("... a true record. CARRIED |") is no text.
    text = text.strip().rstrip(" |")
    if not TRAILING_HINT_RE.search(text):
        return None
    match = TRAILING_VOTE_RE.match(text)
    if not match:
        return None
    vote = match.group("vote").strip()
    if vote.count(")") > vote.count("("):  # "(Carried 8 votes to 2)"
        vote = vote[:-1]
    return match.group("text").strip(), vote


def is_lost(vote: str) -> bool:
    """Did the vote defeat the motion?"""
    return LOST_RE.search(vote) is not None


def is_lead_in(text: str) -> bool:
    """ "That:", "- That –", "THAT COUNCIL:": only an opening to what follows."""
    return len(text) <= 80 and first_match(_LEAD_INS, text.strip()) is not None


def is_decision_sentence(text: str) -> bool:
    """A paragraph that states a decision with no label before it ("Council
    resolved to approve ...", "The Minutes ... were agreed as a correct record")."""
    return first_match(_SENTENCES, text.strip()) is not None


def is_decision_entry(number: str | None, text: str) -> bool:
    """The first entry of an unlabelled decision list: "(1) that ...",
    "(i) the report ... remain exempt"."""
    if number not in FIRST_NUMBERS:
        return False
    return first_match(_ENTRIES, text.strip()) is not None


def motion_text(text: str) -> str | None:
    """The words of a motion moved and seconded in one paragraph."""
    if "second" not in text and not text[:8].casefold().startswith(
        ("moved", "proposed")
    ):
        return None  # a cheap test before the patterns
    match = first_match(_MOTIONS, text.strip())
    return match.group("text") if match else None


def split_parts(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """ "that (A) ...; (B) ...; and (C) ..." gives the lead ("that") and the
    numbered parts; ``None`` unless there are two parts or more."""
    first = INLINE_PART_RE.search(text)
    if first is None:
        return None
    markers = [(first.start(), first.end(), first.group("first"))]
    for match in NEXT_PART_RE.finditer(text, first.end()):
        # The "; and" before a part stays with the part it ends.
        markers.append((match.start("n") - 1, match.end(), match.group("n")))
    if len(markers) < 2:
        return None
    parts = []
    for index, (_, end, number) in enumerate(markers):
        stop = markers[index + 1][0] if index + 1 < len(markers) else len(text)
        parts.append((number, text[end:stop].strip()))
    return text[: first.start()].strip(), parts

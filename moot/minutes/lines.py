"""Lines into units: paragraphs, numbered entries, bullets and section labels.

Clerks mark structure with a handful of conventions ("(1)", "1.", "(a)",
"(i)"; "·", "•", "-", "o"; "Resolved –", "RESOLVED:", "It was RESOLVED
that"). This module recognises them once, so every later stage works on
units rather than raw lines.
"""

import re
from dataclasses import dataclass

from .decision_phrases import (
    LABEL_HINT_RE,
    MOTION_PARTS,
    RECOMMENDATION_LABELS,
    RESOLUTION_LABELS,
    first_match,
    regexes,
)
from .quick import search_caseless

LABELS = {
    "recommended": "recommended",
    "recommendation": "recommended",
    "recommendations": "recommended",
    "resolved": "resolved",
    "agreed": "resolved",
    "decision": "resolved",
    "decisions": "resolved",
    "minutes": "minutes",
    "action": "action",
    "actions": "action",
    "owner": "action",
}
_LABEL_WORDS = (
    r"Recommended|Recommendations?|Resolved|Agreed|Decisions?|Minutes|Actions?|Owner"
)
IT_WAS_RE = re.compile(
    r"^It\s+was\s+(?:further\s+|therefore\s+|then\s+)?(?P<word>RESOLVED|AGREED)"
    r"(?P<unan>\s+UNANIMOUSLY)?(?:\s*[:–—,-]\s*|\s+)(?P<rest>.*)$",
    re.IGNORECASE,
)
LABEL_RE = re.compile(
    rf"^(?P<word>{_LABEL_WORDS})(?P<unan>\s+unanimously)?(?P<punct>\s*[:;–—.-]+|\s*$)"
    r"\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# Upper-case labels need no punctuation: "RESOLVED That the report be noted."
CAPS_LABEL_RE = re.compile(
    r"^(?P<word>RESOLVED|AGREED|RECOMMENDED)(?P<unan>\s+UNANIMOUSLY)?\s+(?P<rest>That\b.*)$"
)
NUMBERED_RE = re.compile(
    r"^(?:\((?P<paren>\d{1,2}|[a-z]|[ivx]{1,5})\)|(?P<num>\d{1,2}(?:\.[A-Z])?)[.)]?(?<=[.)A-Z])"
    r"|(?P<alpha>[a-z]|[ivx]{1,5})[.)])\s+(?P<rest>\S.*)$"
)
BULLET_RE = re.compile(r"^(?P<mark>[·•▪●◦‣∙*\-–o])\s+(?P<rest>\S.*)$")
# Only lines starting with one of these can be labels, entries or bullets.
START_CHARS = set("IiRrAaDdMmOo(·•▪●◦‣∙*-–o") | set("abcdefghijklmnopqrstuvwxyz")
_RESOLUTION_LABELS = regexes(RESOLUTION_LABELS + MOTION_PARTS)
_RECOMMENDATION_LABELS = regexes(RECOMMENDATION_LABELS)
FIELD_RE = re.compile(r"^[A-Z][\w ]{0,24}:\s")
SENTENCE_END = (".", ":", ";", "?", "!")


@dataclass
class Unit:
    """One paragraph, numbered entry, bullet or label of the text."""

    kind: str  # "text", "numbered", "bullet" or "label"
    text: str
    marker: str = ""
    number: str | None = None
    level: int = 1
    label: str | None = None
    unanimous: bool = False
    new_paragraph: bool = True
    vote: str | None = None


def classify(line: str, new_paragraph: bool) -> Unit:
    """The unit a single stripped line starts."""
    first = line[:1]
    if first not in START_CHARS and not first.isdigit():
        return _resolution_label(line, new_paragraph) or Unit(
            "text", line, new_paragraph=new_paragraph
        )
    match = (
        (IT_WAS_RE.match(line) or CAPS_LABEL_RE.match(line))
        if first in "IiRA"
        else None
    )
    if match:
        return Unit(
            "label",
            match.group("rest").strip(),
            marker=line[: match.start("rest")].strip(),
            label="resolved"
            if match.group("word").casefold() != "recommended"
            else "recommended",
            unanimous=bool(match.group("unan")),
            new_paragraph=new_paragraph,
        )
    match = LABEL_RE.match(line)
    if match and _is_label(match):
        return Unit(
            "label",
            match.group("rest").strip(),
            marker=line[: match.start("rest")].strip(),
            label=LABELS[match.group("word").casefold()],
            unanimous=bool(match.group("unan")),
            new_paragraph=new_paragraph,
        )
    label = _resolution_label(line, new_paragraph)
    if label:
        return label
    match = NUMBERED_RE.match(line)
    if match:
        number = match.group("paren") or match.group("num") or match.group("alpha")
        marker = line[: match.start("rest")].strip()
        return Unit(
            "numbered",
            match.group("rest"),
            marker,
            number,
            1,
            None,
            False,
            new_paragraph,
        )
    match = BULLET_RE.match(line)
    if match:
        # "- Moved Cr A Seconded Cr B Resolved that ...": a label behind a dash.
        label = _resolution_label(match.group("rest"), new_paragraph)
        if label is not None and label.label == "resolved":
            label.marker = f"{match.group('mark')} {label.marker}".strip()
            return label
        level = 2 if match.group("mark") in "o◦" else 1
        return Unit(
            "bullet",
            match.group("rest"),
            match.group("mark"),
            None,
            level,
            None,
            False,
            new_paragraph,
        )
    return Unit("text", line, new_paragraph=new_paragraph)


def _resolution_label(line: str, new_paragraph: bool) -> Unit | None:
    """A label in one of the many other ways councils open their decisions
    ("Moved Cr Smith, seconded Cr Jones and resolved", "COUNCIL RESOLUTION
    4396", "The Committee resolved:-"; see ``decision_phrases``)."""
    if not search_caseless(LABEL_HINT_RE, line[:200]):
        return None
    label = "resolved"
    match = first_match(_RESOLUTION_LABELS, line)
    if match is None:
        label, match = "recommended", first_match(_RECOMMENDATION_LABELS, line)
    if match is None:
        return None
    rest = match.groupdict().get("rest")
    start = match.start("rest") if rest is not None else len(line)
    marker = line[:start].strip()
    vote = match.groupdict().get("vote")
    return Unit(
        "label",
        (rest or "").strip(),
        marker=marker,
        label=label,
        unanimous="unanim" in marker.casefold(),
        new_paragraph=new_paragraph,
        vote=vote,
    )


def _is_label(match: re.Match[str]) -> bool:
    """A label word followed by punctuation, or alone on its line.

    "Minutes of the meeting held on ..." is prose, not the "Minutes:" label.
    """
    punct = match.group("punct").strip()
    rest = match.group("rest")
    if punct in (".",) and rest:
        return False
    return bool(punct) or not rest


def units(lines: list[str]) -> list[Unit]:
    """Group stripped lines into units, joining hard-wrapped continuations.

    A line continues the unit before it unless a blank line, a marker or a
    label starts something new, or the line before ended a sentence and this
    one starts with a capital (wrapped prose rarely does both).
    """
    result: list[Unit] = []
    # The lines wrapped onto the last unit, joined once when it ends: adding
    # them one by one copies the unit's text each time, quadratic in a long
    # run of short lines ("1.", "2.", ...).
    wrapped: list[str] = []
    blank = True
    for line in lines:
        if not line:
            blank = True
            continue
        unit = classify(line, blank)
        if unit.kind == "label" and _wrapped(result, wrapped, line, blank):
            # "... the matter had been" / "resolved that day": a wrapped word.
            unit = Unit("text", line, new_paragraph=False)
        if unit.kind == "label" and NUMBERED_RE.match(unit.text):
            # "Resolved – (1) That ..." puts the first entry on the label's line.
            _close(result, wrapped)
            result.append(
                Unit(
                    "label",
                    "",
                    unit.marker,
                    label=unit.label,
                    unanimous=unit.unanimous,
                    new_paragraph=blank,
                    vote=unit.vote,
                )
            )
            unit = classify(unit.text, False)
        if (
            not blank
            and unit.kind == "text"
            and result
            and _continues(result[-1], wrapped[-1] if wrapped else None, line)
        ):
            wrapped.append(line)
        else:
            _close(result, wrapped)
            result.append(unit)
        blank = False
    _close(result, wrapped)
    return result


def _close(result: list[Unit], wrapped: list[str]) -> None:
    """Join the lines wrapped onto the last unit into its text."""
    if wrapped:
        result[-1].text = " ".join([result[-1].text, *wrapped]).strip()
        wrapped.clear()


def _wrapped(result: list[Unit], wrapped: list[str], line: str, blank: bool) -> bool:
    """A lower-case label word that goes on with an unfinished sentence."""
    if blank or not result or not line[:1].islower():
        return False
    previous = wrapped[-1] if wrapped else result[-1].text
    return bool(previous) and not previous.endswith(SENTENCE_END)


def _continues(previous: Unit, last_line: str | None, line: str) -> bool:
    """Whether ``line`` wraps on from ``previous``, whose last line is given."""
    if previous.kind == "label" and not previous.text:
        return False
    if FIELD_RE.match(line):  # "Status: Open" under "Owner: Head of Finance"
        return False
    tail = previous.text if last_line is None else last_line
    if not tail:
        return False
    if tail.endswith(SENTENCE_END) and line[:1].isupper():
        return False
    return not (line.isupper() and len(line.split()) <= 12)

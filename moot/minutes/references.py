"""Which earlier item an item says it follows, read as structure.

"Previous Reference: Minute 23 (2019/20)", "provides an update to the report
presented to the Committee on 12th March 2019", "approved at the previous
meeting of Executive Cabinet": each becomes a ``Reference`` with the minute
number and municipal year, the body and the date (or month, or year) it names,
so the tracker can find the earlier item without reading text again.
"""

import re

from . import reference_phrases as phrases
from .dates import DATE_RE, MONTHS, read_date
from .quick import candidates, compile_fast
from .records import Reference

PATTERNS = [row.regex for row in phrases.REFERENCES]
HINT = compile_fast(r"minute|present|report|meeting|previous|consider|adopt", re.I)


def read_references(texts: list[str], dayfirst: bool = True) -> list[Reference]:
    """Every reference in ``texts``, once each, in reading order."""
    found: list[Reference] = []
    for text in texts:
        if not HINT.search(text):
            continue
        for pattern in candidates(PATTERNS, text):
            for match in pattern.finditer(text):
                reference = _reference(match, dayfirst)
                if reference not in found:
                    found.append(reference)
    return found


def _reference(match: re.Match[str], dayfirst: bool) -> Reference:
    parts = match.groupdict()
    reference = Reference(text=" ".join(match.group(0).split()))
    if parts.get("minute"):
        reference.minute = parts["minute"]
    if parts.get("year"):
        reference.municipal_year = re.sub(r"\s+", "", parts["year"])
    if parts.get("committee"):
        reference.committee = _committee(parts["committee"])
    if parts.get("previous"):
        reference.previous_meeting = True
    if parts.get("when"):
        _when(reference, parts["when"], dayfirst)
    return reference


def _committee(name: str) -> str:
    name = " ".join(name.split())
    if name.casefold().startswith("this "):
        return "this"
    return re.sub(r"^the\s+", "", name, flags=re.I)


def _when(reference: Reference, when: str, dayfirst: bool) -> None:
    when = re.sub(r"^the\s+", "", when.strip(), flags=re.I)
    full = DATE_RE.fullmatch(when)
    if full and not full.group("m3"):
        day = read_date(when, dayfirst)
        reference.date = day
        return
    words = when.replace(",", " ").split()
    if len(words) == 2 and words[0][:3].casefold() in MONTHS:
        reference.month = MONTHS[words[0][:3].casefold()]
        reference.year = int(words[1])
    elif len(words) == 1 and words[0].isdigit():
        reference.year = int(words[0])

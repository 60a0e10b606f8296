"""The agenda part of an item: report summary, document letter, author,
contact officer and previous references."""

import re

from .previous_reference_phrases import REFERENCE_LINES, REFERENCES
from .records import Contact, Report

DOCUMENT_RE = re.compile(
    r"\((?:Document|Doc\.?|Appendix)\s+[“\"'‘]?(?P<letter>[A-Z]{1,3}(?:/?\d{1,3})?)[”\"'’]?\)"
    r"|\bDocument\s+[“\"'‘](?P<quoted>[A-Z]{1,3}(?:/?\d{1,3})?)[”\"'’]",
)
REPORT_OF_RE = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:joint\s+)?report\s+(?:of|by|from)\s+the\s+"
    r"(?P<author>[A-Z][^()]*?)\s*(?:\(|,|\s+(?:provides|provided|will|sets|set|which|was"
    r"|is)\b)"
)
SUBMITTED_BY_RE = re.compile(
    r"(?:^|\b)The\s+(?P<author>[A-Z][\w’' ,&-]*?)\s+(?:will\s+submit|submitted|"
    r"presented|will\s+present|introduced)\s+(?:a|the|his|her|their)\s+report"
)
CONTACT_RE = re.compile(
    r"^\(?\s*(?:(?:Report\s+)?Contact(?:\s+Officer)?\s*[:–-]?\s*)?"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*[–—,-]+\s*"
    r"(?:Tel(?:ephone)?\.?:?\s*|Phone:?\s*)?(?P<phone>\+?\(?\d[\d ()]{7,16}\d)"
    r"(?:\s*(?:ext\.?|extension)\s*\d+)?\s*\)?$"
)
_REFERENCE_LINES = [row.regex for row in REFERENCE_LINES]
_REFERENCES = [row.regex for row in REFERENCES]


def read_report(paragraphs: list[str], minutes: list[str]) -> Report:
    """Summary from the agenda text; document and author from it, else from
    the minutes' first mention of the report."""
    report = Report(summary="\n\n".join(paragraphs) or None)
    texts = [
        text for text in paragraphs + minutes if "report" in text or "Document" in text
    ]
    for text in texts:
        document = DOCUMENT_RE.search(text)
        if document:
            report.document = document.group("letter") or document.group("quoted")
            break
    for pattern in (REPORT_OF_RE, SUBMITTED_BY_RE):
        author = next((m for m in map(pattern.search, texts) if m), None)
        if author:
            report.author = author.group("author").strip()
            break
    return report


def read_contact(text: str) -> Contact | None:
    """A contact line such as "(Mark Griffin – 01274 434361)"."""
    if len(text) > 120 or not any(ch.isdigit() for ch in text[-16:]):
        return None
    match = CONTACT_RE.match(text)
    if not match:
        return None
    return Contact(name=match.group("name").strip(), phone=match.group("phone").strip())


def read_previous_references(text: str) -> list[str] | None:
    """ "Previous Reference: Minute 31 (2022/23)" gives ["Minute 31 (2022/23)"];
    ``None`` if the line is not such a label."""
    if "revious" not in text[:12] and "rior" not in text[:12]:
        return None
    match = next((m for m in (p.match(text) for p in _REFERENCE_LINES) if m), None)
    if not match:
        return None
    parts = re.split(r"\s*;\s*|\s+and\s+(?=Minute)", match.group("refs").rstrip(". "))
    return [part.strip() for part in parts if part.strip()]


def references_in(text: str) -> list[str]:
    """Earlier minutes a paragraph points to ("(Minute 23 (2019/20) refers)",
    "Further to Minute 31 ..."), as written; the paragraph keeps them."""
    if "min" not in text.casefold():
        return []
    found: list[str] = []
    for pattern in _REFERENCES:
        found.extend(match.group("ref").strip() for match in pattern.finditer(text))
    return list(dict.fromkeys(found))

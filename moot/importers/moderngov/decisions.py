"""ModernGov's decisions register pages → plain records. Pure: no I/O.

ModernGov's web service has no method for decisions, so they are read from
the HTML: ``mgDelegatedDecisions.aspx`` lists them (a ``table.mgTabTable`` of
links to ``ieDecisionDetails.aspx?ID=…``) and each decision's page gives its
facts as ``span.mgLabel`` rows, its texts under ``h3.mgSubSubTitleTxt``
headings and its documents as a ``ul.mgBulletList``. Labels, headings and
status words are read through the tables of ``decision_phrases.py``.

A page without the element Moot needs raises ``ParseError`` naming the URL
and the element; an unknown label or status is a warning on the record.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urljoin, urlsplit

from lxml import etree

from moot.minutes.exempt import paragraphs_in
from moot.minutes.read_html import parse_html
from moot.minutes.source import ParseError

from .. import registers
from . import decision_phrases as phrases
from .convert import committee_id, person_id, to_date

DETAILS = "ieDecisionDetails.aspx"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class DecisionRef:
    """One row of the list: the decision's id and title."""

    id: str
    title: str


def list_url(base: str, start: str, end: str) -> str:
    """The list of decisions published from ``start`` to ``end`` (dd/mm/yyyy)."""
    return f"{base}/mgDelegatedDecisions.aspx?DR={start}-{end}&DS=2&K=0&DM=0&V=0&RP=0"


def details_url(base: str, decision_id: str) -> str:
    return f"{base}/{DETAILS}?ID={decision_id}"


def text_of(element: etree._Element) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def query_value(href: str, name: str) -> str:
    query = {k.casefold(): v for k, v in parse_qs(urlsplit(href).query).items()}
    return query.get(name.casefold(), [""])[0]


def decision_list(data: bytes, url: str) -> list[DecisionRef]:
    """The decisions a list page links to, in its order, each once.

    Raises ``ParseError`` (naming ``url``) when the page has no decisions
    table and does not say it has none.
    """
    tree = parse_html(data.decode("utf-8", "replace"))
    tables = tree.xpath('//table[contains(concat(" ", @class, " "), " mgTabTable ")]')
    if not tables:
        if "no decisions" in text_of(tree).casefold():
            return []
        raise ParseError("no decisions table (table.mgTabTable) on the page", url)
    found: dict[str, DecisionRef] = {}
    for link in tables[0].xpath(".//a[@href]"):
        href = link.get("href", "")
        if DETAILS.casefold() not in href.casefold():
            continue  # an issue history or other link, not a decision
        decision_id = query_value(href, "ID")
        # The link's own text is the title; a hidden "ref: 13567" span follows.
        title = _SPACE.sub(" ", link.text or "").strip() or text_of(link)
        if decision_id:
            found.setdefault(decision_id, DecisionRef(decision_id, title))
    return list(found.values())


def decision(
    data: bytes, base: str, decision_id: str
) -> tuple[registers.Decision, list[str]]:
    """One ``ieDecisionDetails.aspx`` page as a plain ``Decision``, and warnings
    (each naming the URL) for labels, headings or values not read.

    An exempt decision (its "Restrictions" or "Reason Key" say so, or it has a
    heading giving reasons for exemption) comes without any text.
    """
    url = details_url(base, decision_id)
    tree = parse_html(data.decode("utf-8", "replace"))
    titles = tree.xpath('//*[contains(@class, "mgSubTitleTxt")]')
    contents = tree.xpath('//div[contains(concat(" ", @class, " "), " mgContent ")]')
    if not titles or not text_of(titles[0]):
        raise ParseError("no decision title (h2.mgSubTitleTxt) on the page", url)
    if not contents:
        raise ParseError("no decision content (div.mgContent) on the page", url)
    record = registers.Decision(source_id=url, title=text_of(titles[0]))
    reading = _Reading(record, base, url)
    for link in tree.xpath('//a[contains(@href, "mgIssueHistoryHome.aspx")]'):
        issue = query_value(link.get("href", ""), "IId")
        record.issue = f"{base}/mgIssueHistoryHome.aspx?IId={issue}" if issue else ""
        break
    reading.read(contents[0])
    if record.is_exempt:
        record.withhold()
    return record, reading.warnings


class _Reading:
    """Walks ``div.mgContent``'s children, filling ``record``."""

    def __init__(self, record: registers.Decision, base: str, url: str) -> None:
        self.record, self.base, self.url = record, base, url
        self.heading: str | None = None
        self.label: str | None = None
        self.exempt_text: list[str] = []
        self.warnings: list[str] = []

    def read(self, content: etree._Element) -> None:
        for child in content:
            if not isinstance(child.tag, str):
                continue
            classes = child.get("class", "")
            if child.tag == "h3" or "mgSubSubTitleTxt" in classes:
                self._heading(text_of(child))
            elif child.tag == "p" and "mgLabel" in classes:
                self.label = phrases.label_field(text_of(child))  # a list follows
            elif child.tag == "p" and child.xpath('./span[@class="mgLabel"]'):
                self._labelled(child)
            elif child.tag == "ul" and self.label == "documents":
                self._documents(child)
            elif "mgWordPara" in classes and self.heading:
                self._section(child)
        if self.exempt_text:
            self.record.is_exempt = True
            self.record.exempt_paragraphs = paragraphs_in(" ".join(self.exempt_text))

    def _heading(self, words: str) -> None:
        self.heading = phrases.heading_field(words)
        if self.heading is None:
            self.record_warning(f"heading {words!r} not read")

    def record_warning(self, message: str) -> None:
        self.warnings.append(f"{self.url}: {message}")

    def _section(self, element: etree._Element) -> None:
        paragraphs = [text_of(p) for p in element.xpath(".//p|.//li")] or [
            text_of(element)
        ]
        text = "\n\n".join(p for p in paragraphs if p)
        if self.heading == "exemption":
            self.exempt_text.append(text or "exempt")
            return
        field = self.heading or ""
        old = getattr(self.record, field, "")
        setattr(self.record, field, f"{old}\n\n{text}" if old else text)

    def _labelled(self, p: etree._Element) -> None:
        label = text_of(p.xpath('./span[@class="mgLabel"]')[0])
        field = phrases.label_field(label)
        if field is None or field == "documents":
            self.label = field
            if field is None:
                self.record_warning(f"label {label!r} not read")
            return
        value = text_of(p).removeprefix(label).strip()
        self.readers[field](self, value, p)

    def _decision_maker(self, value: str, p: etree._Element) -> None:
        self.record.decision_maker = value
        for link in p.xpath(".//a[contains(@href, 'mgUserInfo.aspx')]"):
            self.record.person = person_id(
                self.base, query_value(link.get("href"), "UID")
            )

    def _status(self, value: str, p: etree._Element) -> None:
        self.record.status_text = value
        status = phrases.status_of(value)
        if status is None:
            self.record_warning(f"decision status {value!r} not known; kept as made")
        else:
            self.record.status = status

    def _is_key(self, value: str, p: etree._Element) -> None:
        self.record.is_key = value.casefold() in phrases.YES

    def _subject_to_call_in(self, value: str, p: etree._Element) -> None:
        self.record.subject_to_call_in = value.casefold() in phrases.YES

    def _date(self, field: str, value: str) -> None:
        day = to_date(value.split()[0] if value else "")
        if value and day is None:
            self.record_warning(f"{field} {value!r} is not a date")
        setattr(self.record, field, day)

    def _published(self, value: str, p: etree._Element) -> None:
        self._date("published", value)

    def _decided(self, value: str, p: etree._Element) -> None:
        self._date("decided", value)

    def _call_in_deadline(self, value: str, p: etree._Element) -> None:
        self._date("call_in_deadline", value)

    def _wards(self, value: str, p: etree._Element) -> None:
        self.record.wards = [w.strip() for w in re.split(r"[;,]", value) if w.strip()]

    def _meeting(self, value: str, p: etree._Element) -> None:
        """ "19/10/2015 - Policy Committee", linking the meeting."""
        for link in p.xpath(".//a[@href]"):
            href = link.get("href")
            mid, cid = query_value(href, "MId"), query_value(href, "CId")
            if mid:
                self.record.meeting = f"{self.base}/ieListDocuments.aspx?MId={mid}"
            if cid:
                self.record.committee = committee_id(self.base, cid)
        committee = value.split(" - ", 1)[-1].strip()
        if not self.record.decision_maker and committee:
            self.record.decision_maker = committee

    def _restriction(self, value: str, p: etree._Element) -> None:
        if any(word in value.casefold() for word in phrases.EXEMPT_WORDS):
            self.exempt_text.append(value)

    _reason_key = _restriction

    readers = {
        "decision_maker": _decision_maker,
        "status": _status,
        "is_key": _is_key,
        "subject_to_call_in": _subject_to_call_in,
        "published": _published,
        "decided": _decided,
        "call_in_deadline": _call_in_deadline,
        "wards": _wards,
        "meeting": _meeting,
        "restriction": _restriction,
        "reason_key": _reason_key,
    }

    def _documents(self, ul: etree._Element) -> None:
        for link in ul.xpath(".//a[@href]"):
            title = (link.text or "").strip() or text_of(link)
            href = quote(link.get("href", "").strip(), safe=":/?&=%#;+,@")
            url = urljoin(f"{self.base}/", href)
            self.record.documents.append(registers.DecisionDocument(title, url))
        self.label = None

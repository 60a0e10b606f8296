"""A forward plan's edition page (``mgListPlanItems.aspx``) → plain records.

Pure: no I/O. Each item of the plan is an ``a.mgPlanItemTitle`` link to its
issue (``mgIssueHistoryHome.aspx?IId=``), followed by ``span.mgLabel`` rows
("Decision maker:", "Decision due:", "First published:"), read through
``decision_phrases.PLAN_LABELS`` until the next item. The issue links the
entry to the decision taken on it (``Decision.issue``). ``mgListPlans.aspx``
lists a plan's editions, newest first: ``latest_edition`` finds the newest.

Shape: as public scrapers of these pages describe it; no real page is
recorded among Moot's fixtures yet, so the tests read a fictional council's
page of that shape (docs/decisions.md).
"""

from urllib.parse import urljoin

from lxml import etree

from moot.minutes.dates import read_date
from moot.minutes.exempt import paragraphs_in
from moot.minutes.read_html import parse_html
from moot.minutes.source import ParseError

from .. import registers
from . import decision_phrases as phrases
from .convert import to_date
from .decisions import query_value, text_of

TITLE = 'contains(concat(" ", @class, " "), " mgPlanItemTitle ")'


def plans_url(base: str, plan: str) -> str:
    return f"{base}/mgListPlans.aspx?RPId={plan}&RD=0"


def latest_edition(data: bytes, base: str, url: str) -> str:
    """The URL of the newest edition a ``mgListPlans.aspx`` page links to."""
    tree = parse_html(data.decode("utf-8", "replace"))
    for link in tree.xpath('//a[contains(@href, "mgListPlanItems.aspx")]'):
        return urljoin(f"{base}/", str(link.get("href", "")))
    raise ParseError("no plan edition (a link to mgListPlanItems.aspx)", url)


def plan_items(data: bytes, base: str, url: str) -> list[registers.PlanEntry]:
    """The entries of one edition, in page order.

    Raises ``ParseError`` naming ``url`` when no ``a.mgPlanItemTitle`` is
    there and the page does not say the plan is empty.
    """
    tree = parse_html(data.decode("utf-8", "replace"))
    titles = tree.xpath(f"//a[{TITLE}]")
    if not titles:
        if "no items" in text_of(tree).casefold():
            return []
        raise ParseError("no plan items (a.mgPlanItemTitle) on the page", url)
    return [_entry(title, base) for title in titles]


def _entry(title: etree._Element, base: str) -> registers.PlanEntry:
    href = title.get("href", "")
    issue = query_value(href, "IId")
    source = f"{base}/mgIssueHistoryHome.aspx?IId={issue}" if issue else href
    entry = registers.PlanEntry(
        source_id=urljoin(f"{base}/", source), title=text_of(title), issue=source
    )
    for row in _rows_after(title):
        labels = row.xpath('.//span[contains(@class, "mgLabel")]')
        if not labels:
            continue
        label = text_of(labels[0])
        field = phrases.plan_label_field(label)
        value = text_of(row).removeprefix(label).strip()
        if field:
            _fill(entry, field, value)
    if entry.is_exempt:
        entry.summary = ""
    return entry


def _rows_after(title: etree._Element) -> list[etree._Element]:
    """The ``p`` rows between this item's title and the next item's."""
    rows = []
    for row in title.xpath("following::p"):
        if row.xpath(f"preceding::a[{TITLE}][1]")[0] is not title:
            break
        rows.append(row)
    return rows


def _fill(entry: registers.PlanEntry, field: str, value: str) -> None:
    if field == "decision_maker":
        entry.decision_maker = value
    elif field == "expected":
        entry.expected_text = value
        entry.expected = read_date(value)
    elif field == "first_published":
        entry.first_published = to_date(value.split()[0]) if value else None
    elif field == "wards":
        entry.wards = [
            w.strip() for w in value.replace(";", ",").split(",") if w.strip()
        ]
    elif field == "is_key":
        entry.is_key = value.casefold().startswith(("yes", "key"))
    elif field == "restriction" and any(
        word in value.casefold() for word in phrases.EXEMPT_WORDS
    ):
        entry.is_exempt = True
        entry.exempt_paragraphs = paragraphs_in(value)

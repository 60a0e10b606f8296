"""A councillor's register of interests page (``mgRofI.aspx``) → plain records.

Pure: no I/O. ModernGov prints the register as one ``table.mgInterestsTable``
per category, named by its ``caption`` ("1. Employment, office, trade,
profession or vocation"), with a column per person the law covers ("Me",
"Partner"); a cell saying "None" registers nothing. Categories are read
through ``decision_phrases.INTEREST_CAPTIONS``; the date the page says the
register was published becomes each entry's ``updated``.

Shape: as public scrapers of these pages describe it (a caption per table,
entries in ``td`` cells); no recorded real page is among Moot's fixtures yet,
so the tests read a fictional council's page of that shape.
"""

from lxml import etree

from moot.minutes.dates import read_date
from moot.minutes.read_html import parse_html
from moot.minutes.source import ParseError

from .. import registers
from . import decision_phrases as phrases
from .convert import person_id
from .decisions import text_of

PAGE = "mgRofI.aspx"


def interests_url(base: str, uid: str) -> str:
    return f"{base}/{PAGE}?UID={uid}"


def interests(data: bytes, base: str, uid: str) -> list[registers.Interest]:
    """Each registered interest on councillor ``uid``'s page, in page order.

    Raises ``ParseError`` naming the URL when the page has no interests
    tables and does not say the register is empty.
    """
    url = interests_url(base, uid)
    tree = parse_html(data.decode("utf-8", "replace"))
    tables = tree.xpath(
        '//table[contains(concat(" ", @class, " "), " mgInterestsTable ")]'
    )
    if not tables:
        if "no interests" in text_of(tree).casefold():
            return []
        raise ParseError(
            "no register of interests (table.mgInterestsTable) on the page", url
        )
    published = read_date(text_of(tree)[:2000])
    person = person_id(base, uid)
    found = []
    for table in tables:
        captions = table.xpath("./caption")
        category = phrases.interest_category(text_of(captions[0]) if captions else "")
        for description in _entries(table):
            found.append(
                registers.Interest(
                    person=person,
                    category=category,
                    description=description,
                    updated=published,
                    url=url,
                )
            )
    return found


def _entries(table: etree._Element) -> list[str]:
    """The table's cells that register something, with their column's heading
    where there are several columns ("Partner: …")."""
    headings = [text_of(th) for th in table.xpath(".//thead//th")]
    entries = []
    for row in table.xpath(".//tr[td]"):
        for index, cell in enumerate(row.xpath("./td")):
            text = text_of(cell)
            if phrases.says_nothing(text):
                continue
            heading = headings[index] if 0 < index < len(headings) else ""
            entries.append(f"{heading}: {text}" if heading else text)
    return entries

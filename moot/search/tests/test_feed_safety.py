"""The Atom feed of a search is well-formed XML whatever is stored, and its
summaries are text: a reader that renders them as HTML shows markup as words."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from moot.records.models import AgendaItem, MinutesBlock

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = (
    'Xylospot <script>alert("x")</script> '
    '<a href="javascript:alert(1)">click</a> <img src=x onerror=alert(2)>'
)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)


def html_tags(html: str) -> list[str]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def feed(client, query: str) -> ET.Element:
    response = client.get("/search.atom", {"q": query})
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_a_control_character_in_a_stored_title_does_not_break_the_feed(
    client, seed_item
):
    AgendaItem.objects.filter(pk=seed_item.pk).update(
        # Not NUL: PostgreSQL stores none; the query tests send it.
        title="Nightwatch\x0b programme\x1f update\x1b"
    )
    root = feed(client, "Nightwatch")
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles and titles[0].startswith("Nightwatch programme update")


def test_a_control_character_in_the_query_does_not_break_the_feed(client, seed_item):
    root = feed(client, "Nightwatch\x0bprogramme\x01")
    assert "\x0b" not in root.find(f"{ATOM}title").text


def test_summaries_carry_no_markup(client, seed_item, committed):
    block = MinutesBlock.objects.filter(agenda_item=seed_item).first()
    with committed():
        block.text = HOSTILE
        block.save()
    root = feed(client, "Xylospot")
    summaries = [e.find(f"{ATOM}summary") for e in root.findall(f"{ATOM}entry")]
    assert summaries
    for summary in summaries:
        assert summary.get("type") == "html"
        # What a reader renders: no element at all, the markup shown as text.
        assert html_tags(summary.text) == []
        assert "&lt;script&gt;" in summary.text

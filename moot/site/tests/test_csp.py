"""Every page carries a Content-Security-Policy that allows no inline script
or style, and no page needs one: a stored title that smuggles markup in could
not run it even if escaping failed."""

from html.parser import HTMLParser

import pytest

from moot.records.models import AgendaItem, Body, Committee, Document, Person


class InlineFinder(HTMLParser):
    """Notes every inline script, style element, style or on* attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        names = {name for name, _ in attrs}
        if tag == "script" and "src" not in names:
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style>")
        for name in names:
            if name == "style" or name.startswith("on"):
                self.found.append(f"{tag} {name}=")


def inline_code(html: str) -> list[str]:
    finder = InlineFinder()
    finder.feed(html)
    return finder.found


@pytest.fixture
def pages(stored_seed) -> dict[str, str]:
    item = AgendaItem.objects.get()
    committee = Committee.objects.get()
    person = Person.objects.create(name="Cllr Ada Jones", slug="ada-jones")
    document = Document.objects.create(agenda_item=item, title="Report")
    return {
        "home": "/",
        "committees": "/committees/",
        "committee": committee.get_absolute_url(),
        "meeting": item.meeting.get_absolute_url(),
        "item": item.get_absolute_url(),
        "person": person.get_absolute_url(),
        "document": document.get_absolute_url(),
        "search": "/search/?q=nightwatch",
        "commitments": "/commitments/",
        "commitments summary": f"/commitments/committees/{committee.slug}/",
        "admin login": "/admin/login/",
    }


def test_every_page_type_has_a_policy_without_inline_code(client, pages):
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        policy = response["Content-Security-Policy"]
        assert "default-src 'self'" in policy, name
        assert "script-src 'self'" in policy, name
        assert "style-src 'self'" in policy, name
        assert "frame-ancestors 'none'" in policy, name
        assert "unsafe-inline" not in policy, name
        assert inline_code(response.content.decode()) == [], name


def test_the_body_colour_comes_as_a_stylesheet(client, stored_seed):
    Body.objects.update(colour="#A01B2C")
    page = client.get(Committee.objects.get().get_absolute_url()).content.decode()
    assert 'href="/brand/a01b2c.css"' in page
    css = client.get("/brand/a01b2c.css")
    assert css["Content-Type"].startswith("text/css")
    assert css.content.decode().strip() == ":root { --moot-brand: #a01b2c; }"


def test_a_colour_that_is_not_hex_falls_back_to_the_default(client, stored_seed):
    Body.objects.update(colour="red;}x")
    page = client.get(Committee.objects.get().get_absolute_url()).content.decode()
    assert 'href="/brand/1d70b8.css"' in page
    assert client.get("/brand/red;}x.css").status_code == 404

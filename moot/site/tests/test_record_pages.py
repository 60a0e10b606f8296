"""Votes by name, declarations, attendance rates, webcasts and meeting papers,
as a resident sees them on the meeting, item, person and committee pages."""

import pytest

from moot.records.models import (
    AgendaItem,
    Attendance,
    Committee,
    Document,
    Meeting,
    Membership,
)
from moot.records.tests.fictional_votes import load, make_people, minutes

pytestmark = pytest.mark.django_db
SECRET = "Owns land next to the site"


@pytest.fixture
def stored():
    people = make_people()
    load(minutes())
    meeting = Meeting.objects.get()
    meeting.webcast_url = "https://video.example/brackenfold/2025-03-04"
    meeting.save()
    AgendaItem.objects.filter(number="7").update(webcast_start=3723)
    Document.objects.create(
        meeting=meeting, role="agenda", title="Agenda pack", url="https://x.example/a"
    )
    Document.objects.create(
        meeting=meeting,
        role="supplement",
        title="Withheld appendix",
        is_exempt=True,
        text="the price",
    )
    for name, kind in [("Priya Okafor", "present"), ("Jo Reyes", "apologies")]:
        Attendance.objects.create(
            meeting=meeting, person=people[name], name=name, kind=kind
        )
    committee = Committee.objects.get()
    for person in people.values():
        Membership.objects.create(person=person, committee=committee)
    return people


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_meeting_page_shows_papers_declarations_and_the_webcast(client, stored):
    html = page(client, Meeting.objects.get().get_absolute_url())

    assert "Meeting papers" in html and "Agenda pack" in html
    assert "Withheld appendix" not in html
    assert 'href="https://video.example/brackenfold/2025-03-04"' in html
    assert "<iframe" not in html
    assert "Declarations of interest" in html
    assert SECRET in html and "Member of the Canal Trust" in html


def test_the_item_page_shows_who_voted_which_way(client, stored):
    item = AgendaItem.objects.get(number="7")

    html = page(client, item.get_absolute_url())

    votes = html[html.index("moot-votes") :]
    assert votes.index("For (2)") < votes.index("Against (1)")
    assert f'href="{stored["Priya Okafor"].get_absolute_url()}"' in votes
    assert "Councillor Pike" in votes  # unmatched: shown as printed, unlinked
    assert "from 1:02:03" in html
    assert SECRET in html  # the declaration about this item


def test_the_person_page_lists_their_votes_declarations_and_attendance(client, stored):
    html = page(client, stored["Priya Okafor"].get_absolute_url())

    assert "Recorded votes" in html and "Land at Mill Lane" in html
    assert "Declarations of interest" in html and SECRET in html
    assert "Attendance by committee" in html and "100%" in html


def test_the_committee_page_shows_each_members_attendance_rate(client, stored):
    html = page(client, Committee.objects.get().get_absolute_url())

    rates = html[html.index("Meetings attended of those") :]
    assert "Priya Okafor" in rates and "1 / 1" in rates and "100%" in rates
    assert "Jo Reyes" in rates and "0 / 1" in rates and "0%" in rates


def test_a_meetings_paper_has_its_own_page_and_an_exempt_one_none(client, stored):
    agenda = Document.objects.get(title="Agenda pack")
    withheld = Document.objects.get(title="Withheld appendix")

    html = page(client, agenda.get_absolute_url())

    assert Meeting.objects.get().get_absolute_url() in html
    assert client.get(withheld.get_absolute_url()).status_code == 404


def test_an_interest_about_an_exempt_item_reaches_no_page(client, stored):
    AgendaItem.objects.get(number="7").withhold()
    meeting = Meeting.objects.get()
    urls = [
        meeting.get_absolute_url(),
        stored["Priya Okafor"].get_absolute_url(),
        AgendaItem.objects.get(number="2").get_absolute_url(),
        AgendaItem.objects.get(number="7").get_absolute_url(),
    ]

    for url in urls:
        html = page(client, url)
        assert SECRET not in html, url
    meeting_page = page(client, meeting.get_absolute_url())
    assert "Councillor Okafor" in meeting_page  # who declared stays public
    assert "could describe business taken in private" in meeting_page


def test_a_changed_declaration_reaches_the_cached_page_of_its_item(client, stored):
    item = AgendaItem.objects.get(number="7")
    assert SECRET in page(client, item.get_absolute_url())  # now cached

    changed = minutes()
    changed.items[0].declarations[0].interest = "Rents a garage on Mill Lane"
    load(changed)

    html = page(client, item.get_absolute_url())
    assert "Rents a garage on Mill Lane" in html and SECRET not in html


def test_a_webcast_link_that_is_not_a_web_address_is_not_rendered(client, stored):
    Meeting.objects.update(webcast_url="javascript:alert(1)")
    urls = [
        Meeting.objects.get().get_absolute_url(),
        AgendaItem.objects.get(number="7").get_absolute_url(),
    ]

    for url in urls:
        html = page(client, url)
        assert "javascript:" not in html and "Watch the webcast" not in html, url

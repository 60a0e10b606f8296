"""Who represents my ward, their party, and how often they came to their meetings."""

from datetime import date

import pytest

from moot.records.models import Attendance, Body, Committee, Meeting, Person


@pytest.fixture
def fictional(db):
    """A fictional council: two councillors, one officer, three meetings."""
    body = Body.objects.create(
        name="Fictional Borough Council", slug="fbc", is_sample=True
    )
    committee = Committee.objects.create(
        body=body, name="Planning Committee", slug="fp"
    )
    ada = Person.objects.create(
        name="Cllr Ada Lovelace",
        slug="ada",
        body=body,
        ward="North Ward",
        party="Green",
    )
    bob = Person.objects.create(
        name="Cllr Bob Smith", slug="bob", body=body, ward="South Ward", party="Labour"
    )
    officer = Person.objects.create(
        name="Jo Clerk", slug="jo", body=body, kind=Person.Kind.OFFICER
    )
    for day, ada_kind in ((1, "present"), (8, "present"), (15, "apologies")):
        meeting = Meeting.objects.create(committee=committee, date=date(2026, 3, day))
        Attendance.objects.create(
            meeting=meeting, person=ada, name=ada.name, kind=ada_kind
        )
        Attendance.objects.create(meeting=meeting, person=bob, name=bob.name)
        Attendance.objects.create(
            meeting=meeting, person=officer, name=officer.name, kind="officer"
        )
    gone = Meeting.objects.create(committee=committee, date=date(2026, 3, 22))
    Attendance.objects.create(meeting=gone, person=ada, name=ada.name, kind="absent")
    gone.soft_delete()
    return body


def test_the_index_lists_councillors_by_ward_with_party_and_attendance(
    client, fictional
):
    page = client.get("/councillors/").content.decode()
    assert page.index("Cllr Ada Lovelace") < page.index(
        "Cllr Bob Smith"
    )  # North, South
    assert "Green" in page and "Labour" in page
    assert "67%" in page and "2 of 3 meetings" in page  # a deleted meeting never counts
    assert "100%" in page and "3 of 3 meetings" in page
    assert "Jo Clerk" not in page  # an officer is no councillor


def test_part_of_a_ward_name_finds_who_represents_it(client, fictional):
    page = client.get("/councillors/", {"ward": "north"}).content.decode()
    assert "Cllr Ada Lovelace" in page and "Cllr Bob Smith" not in page
    page = client.get("/councillors/", {"party": "Labour"}).content.decode()
    assert "Cllr Bob Smith" in page and "Cllr Ada Lovelace" not in page


def test_the_person_page_gives_the_attendance_rate_and_links_the_ward(
    client, fictional
):
    page = client.get("/people/ada/").content.decode()
    assert "67%" in page and "2 of the 3 meetings" in page
    assert "/councillors/?ward=North%20Ward" in page


def test_each_council_has_its_page_and_the_home_page_lists_them(client, fictional):
    other = Body.objects.create(
        name="Fictional Parish Council", slug="fpc", is_sample=True
    )
    Committee.objects.create(body=other, name="Planning Committee", slug="fpc-planning")
    home = client.get("/").content.decode()
    assert 'href="/councils/fbc/"' in home and 'href="/councils/fpc/"' in home
    page = client.get("/councils/fbc/").content.decode()
    assert "<h1" in page and "Fictional Borough Council" in page
    assert "/committees/fp/" in page and "/committees/fpc-planning/" not in page
    assert "2 councillors" in page and 'href="/councillors/?body=fbc"' in page
    listed = client.get("/councillors/", {"body": "fpc"}).content.decode()
    assert "Cllr Ada Lovelace" not in listed
    assert client.get("/councils/no-such/").status_code == 404

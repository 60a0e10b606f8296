"""What a ModernGov import brings in shows on the public site."""

import datetime as dt

import pytest

from moot.records.models import AgendaItem, Committee, Document, Meeting, Person

from . import site as moderngov
from .test_import import import_site

pytestmark = pytest.mark.django_db


def test_the_site_shows_what_was_imported(site, make_client, client):
    moderngov.serve(site, moderngov.generate(meetings=5, items=4))
    import_site(make_client(), site.url)

    committee = Committee.objects.get(name="Licensing Committee")
    assert "Licensing Committee" in client.get(committee.get_absolute_url()).text
    meeting = Meeting.objects.filter(committee=committee).get()
    page = client.get(meeting.get_absolute_url()).text
    assert "Budget" in page or "Housing" in page or "Libraries" in page
    item = AgendaItem.objects.filter(meeting=meeting, is_exempt=False)[1]
    page = client.get(item.get_absolute_url()).text
    assert "That the report be noted." in page
    person = Person.objects.filter(ward="Abbey").first()
    assert person.name in client.get(person.get_absolute_url()).text
    document = Document.objects.filter(agenda_item=item).get()
    assert client.get(document.get_absolute_url()).status_code == 200
    exempt = AgendaItem.objects.filter(meeting=meeting, is_exempt=True).get()
    page = client.get(exempt.get_absolute_url()).text
    assert exempt.title in page and "That the report be noted." not in page
    secret = Document.objects.get(agenda_item=exempt)
    assert client.get(secret.get_absolute_url()).status_code == 404
    assert meeting.date == dt.date(2024, 1, 11)

"""Malformed and hostile responses: each fails one record, never the run."""

import pytest

from moot.importers.http import Limits
from moot.importers.tests.server import Reply
from moot.minutes.tests.hostile_pdf import text_bomb
from moot.records.models import AgendaItem, Document, Meeting

from . import site as moderngov
from .test_import import import_site

pytestmark = pytest.mark.django_db

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<meeting><meetingid>&lol3;</meetingid><agendaitems/></meeting>
"""


@pytest.fixture
def council(site):
    generated = moderngov.generate(meetings=4, items=2)
    moderngov.serve(site, generated)
    return generated


def _reasons(summary):
    return {f.what: f.reason for f in summary.failures}


def test_an_xml_bomb_is_refused_and_the_rest_imported(site, council, make_client):
    site.add("/mgWebService.asmx/GetMeeting?lMeetingId=1001", BOMB)

    summary = import_site(make_client(), site.url)

    ((what, reason),) = _reasons(summary).items()
    assert what.startswith("meeting 1001") and "declares entities" in reason
    assert Meeting.objects.count() == 3


def test_a_404_in_the_middle_fails_that_meeting_only(site, council, make_client):
    del site.routes["/mgWebService.asmx/GetMeeting?lMeetingId=1002"]

    summary = import_site(make_client(), site.url)

    ((what, reason),) = _reasons(summary).items()
    assert what.startswith("meeting 1002") and reason.startswith("HTTP 404")
    assert Meeting.objects.count() == 3


def test_a_truncated_pdf_is_stored_without_text(site, council, make_client):
    doc = council.meetings[0].items[0].documents[0]
    whole = moderngov.text_pdf("A report that will be cut short.")
    site.add(f"/mgConvert2PDF.aspx?ID={doc}", Reply(whole[: len(whole) // 2]))

    summary = import_site(make_client(), site.url)

    assert "PDF" in _reasons(summary)[f"document 'Report {doc}'"]
    stored = Document.objects.get(source_id__endswith=f"ID={doc}")
    assert stored.text == "" and stored.size == len(whole) // 2
    assert AgendaItem.objects.count() == council.item_count


def test_a_pdf_bomb_is_stored_without_text_and_the_rest_imported(
    site, council, make_client
):
    doc = council.meetings[0].items[0].documents[0]
    bomb = text_bomb()
    site.add(f"/mgConvert2PDF.aspx?ID={doc}", Reply(bomb))

    summary = import_site(make_client(), site.url)

    reason = _reasons(summary)[f"document 'Report {doc}'"]
    assert reason.startswith(
        f"Report {doc}: the PDF needs more than 1024 MB of memory to read"
    )
    stored = Document.objects.get(source_id__endswith=f"ID={doc}")
    assert stored.text == "" and stored.size == len(bomb)
    assert AgendaItem.objects.count() == council.item_count


def test_a_redirect_to_another_host_is_refused(site, council, make_client):
    doc = council.meetings[0].items[0].documents[0]
    site.add(
        f"/mgConvert2PDF.aspx?ID={doc}",
        Reply(status=302, headers={"Location": "https://evil.invalid/x.pdf"}),
    )

    summary = import_site(make_client(), site.url)

    reason = _reasons(summary)[f"document 'Report {doc}'"]
    assert "refused a redirect to another host, 'evil.invalid'" in reason
    assert Document.objects.get(source_id__endswith=f"ID={doc}").text == ""


def test_an_oversized_download_is_cut_with_a_clear_failure(site, council, make_client):
    doc = council.meetings[0].items[0].documents[0]
    site.add(
        f"/mgConvert2PDF.aspx?ID={doc}", Reply(b"%PDF" + b"0" * 300_000, length=False)
    )
    client = make_client(limits=Limits(min_interval=0, max_bytes=200_000))

    summary = import_site(client, site.url)

    reason = _reasons(summary)[f"document 'Report {doc}'"]
    assert reason.startswith("cut off: the response passed the limit of 200,000 bytes")
    assert Meeting.objects.count() == 4


def test_an_error_page_at_the_xml_address_is_named(site, council, make_client):
    from moot.importers.conftest import FIXTURES

    leeds = FIXTURES / "moderngov/xml/leeds-GetCouncillorsByWard-error-page.xml"
    site.add("/mgWebService.asmx/GetCouncillorsByWard", leeds)

    summary = import_site(make_client(), site.url)

    reason = _reasons(summary)["councillors (GetCouncillorsByWard)"]
    assert reason == (
        "not a ModernGov <councillorsbyward> response: root element <html> "
        "(an error page?)"
    )
    assert Meeting.objects.count() == 4

"""The ModernGov XML reader: GetMeeting items, metadata, and refusals."""

from pathlib import Path

import pytest

from moot.minutes.detect import read_source
from moot.minutes.read_xml import read_xml
from moot.minutes.source import ParseError

ROOT = Path(__file__).resolve().parents[3]
XML = ROOT / ".." / "shared" / "fixtures" / "moderngov" / "xml"
READERS = Path(__file__).resolve().parent / "fixtures" / "readers"
WITH_MINUTES = XML / "manchester-GetMeeting-4967-with-minutes.xml"
CANCELLED = XML / "manchester-GetMeeting-4966-cancelled-no-minutes.xml"


def read(path: Path):
    return read_source(path.read_bytes(), path.name)


def test_a_get_meeting_response_gives_the_meeting_facts():
    source = read(WITH_MINUTES)
    assert source.kind == "xml"
    assert source.meeting == {
        "date": "2026-02-10",
        "venue": "Council Antechamber, Level 2, Town Hall Extension",
        "committee": "Audit Committee",
    }
    assert source.text == ""


def test_each_agenda_item_becomes_an_item_with_its_minutes_marked():
    items = read(WITH_MINUTES).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Minutes"),
        ("9", "Work Programme"),
    ]
    assert items[0].text == (
        "To approve as a correct record the minutes of the meeting held on "
        "25 November 2025.\n\n"
        "Minutes:\n\n"
        "To approve the minutes of the meeting held on 25 November 2025 as a "
        "correct record."
    )
    assert items[0].exempt_reason is None


def test_unused_fields_are_kept_as_web_service_metadata():
    texts = [d.text for d in read(WITH_MINUTES).discarded]
    assert "meeting: iswebcast: False" in texts
    assert "meeting: meetingtime: 10.00 am" in texts
    assert "item 1: agendaitemid: 18831" in texts
    assert (
        "item 9: linkeddocuments: linkeddoc: title: DRAFT WP  FEBRUARY 2026"
    ) in texts
    attendee = next(t for t in texts if "attendee: " in t and "name=" in t)
    assert "name=Councillor Basil Curley" in attendee
    assert {d.reason for d in read(WITH_MINUTES).discarded} == {"web-service metadata"}


def test_a_cancelled_meeting_has_no_items_and_says_so():
    source = read(CANCELLED)
    assert source.items == []
    assert source.meeting["date"] == "2026-01-13"
    assert source.warnings == ["the meeting has no agenda items (status: Cancelled)"]


def test_a_restricted_item_keeps_its_title_but_not_its_text():
    source = read(READERS / "restricted-item.xml")
    restricted, public = source.items
    assert (restricted.number, restricted.title) == ("12", "Sale of land at Mill Lane")
    assert restricted.text == ""
    assert restricted.exempt_reason == "restricted in ModernGov"
    assert all("1.2 million" not in d.text for d in source.discarded)
    assert "item 12: text withheld (10 words)" in [d.text for d in source.discarded]
    assert (public.number, public.text) == ("13", "Minutes:\n\nThere was none.")


def test_an_entity_bomb_is_refused():
    with pytest.raises(ParseError, match="^the XML declares entities, refused$"):
        read(READERS / "bomb.xml")


def test_an_external_entity_is_refused_unread():
    with pytest.raises(ParseError, match="^the XML declares entities, refused$"):
        read(READERS / "external-entity.xml")


def test_malformed_xml_is_refused_with_line_and_column():
    with pytest.raises(ParseError) as raised:
        read(READERS / "malformed.xml")
    assert raised.value.message == "the XML is malformed: mismatched tag"
    assert raised.value.location == "line 8, column 6"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("manchester-GetCommittees.xml", "a ModernGov GetCommittees response"),
        ("manchester-GetMeetings.xml", "a ModernGov GetMeetings response"),
        ("cardiff-GetCouncillorsByWard.xml", "a ModernGov GetCouncillorsByWard"),
        ("east-herts-GetCouncillorsByWard.xml", "a ModernGov GetCouncillorsByWard"),
    ],
)
def test_other_web_service_responses_are_not_minutes(name, message):
    with pytest.raises(ParseError, match=f"^not minutes: {message}"):
        read(XML / name)


@pytest.mark.parametrize(
    ("name", "root"),
    [
        ("leeds-GetCouncillorsByWard-error-page.xml", "html"),
        ("denbighshire-GetCouncillorsByWard-js-redirect.xml", "script"),
    ],
)
def test_error_pages_saved_at_the_xml_url_are_not_responses(name, root):
    with pytest.raises(
        ParseError,
        match=f"^not a ModernGov web-service response: root element <{root}>$",
    ):
        read_xml((XML / name).read_bytes(), name)


def test_a_soap_envelope_around_the_meeting_is_unwrapped():
    body = WITH_MINUTES.read_bytes().split(b"?>", 1)[1]
    envelope = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
        b"<soap:Body><GetMeetingResponse><GetMeetingResult>"
        + body
        + b"</GetMeetingResult></GetMeetingResponse></soap:Body></soap:Envelope>"
    )
    assert len(read_xml(envelope, "soap.xml").items) == 2


def test_deeply_nested_fields_are_kept_as_one_entry():
    depth = 5000
    data = (
        '<?xml version="1.0"?><meeting><agendaitems></agendaitems>'
        + "<x>" * depth
        + "Deep words"
        + "</x>" * depth
        + "</meeting>"
    ).encode()
    texts = [d.text for d in read_xml(data, "deep.xml").discarded]
    assert len(texts) == 1 and texts[0].endswith("x: Deep words")

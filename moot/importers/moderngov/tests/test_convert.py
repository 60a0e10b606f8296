"""ModernGov responses → plain records, on the real recorded files. No database."""

import datetime as dt

import pytest

from moot.importers.conftest import FIXTURES
from moot.importers.moderngov import convert
from moot.minutes import ParseError

XML = FIXTURES / "moderngov" / "xml"
BASE = "https://democracy.manchester.gov.uk"


@pytest.mark.parametrize(
    ("name", "people", "wards"),
    [
        ("cardiff", 75, 29),
        ("sefton", None, None),
        ("southwark", None, None),
        ("argyll-bute", None, None),
        ("greater-london-authority", None, None),
        ("east-herts", 0, 0),
    ],
)
def test_councillors_by_ward(name, people, wards):
    found = convert.councillors(
        (XML / f"{name}-GetCouncillorsByWard.xml").read_bytes(), BASE
    )

    if people is not None:
        assert len(found) == people
        assert len({p.ward for p in found}) == wards
    assert all(p.name and not p.name.startswith("Councillor ") for p in found)
    assert all(p.source_id.startswith(f"{BASE}/mgUserInfo.aspx?UID=") for p in found)


def test_southwark_keeps_its_non_ascii_text():
    found = convert.councillors(
        (XML / "southwark-GetCouncillorsByWard.xml").read_bytes(), BASE
    )
    text = " ".join(p.name + p.ward + p.party for p in found)
    assert text.isprintable() and "\ufffd" not in text


@pytest.mark.parametrize(
    ("name", "root"),
    [
        ("leeds-GetCouncillorsByWard-error-page", "html"),
        ("denbighshire-GetCouncillorsByWard-js-redirect", "script"),
    ],
)
def test_error_pages_at_the_xml_address_are_refused(name, root):
    with pytest.raises(ParseError, match=f"root element <{root}>"):
        convert.councillors((XML / f"{name}.xml").read_bytes(), BASE)


def test_committees_of_manchester():
    found = convert.committees(
        (XML / "manchester-GetCommittees.xml").read_bytes(), BASE
    )

    assert [c.name for c in found] == [
        "Appointment Sub Committee for Director of Adult Social Services",
        "Art Galleries Committee",
        "Audit Committee",
    ]
    assert found[2].source_id == f"{BASE}/mgCommitteeDetails.aspx?ID=144"


def test_meetings_with_their_dates_times_and_statuses():
    refs, warnings = convert.meetings(
        (XML / "manchester-GetMeetings.xml").read_bytes(), BASE
    )

    assert warnings == []
    assert [(r.id, r.date, r.start_time, r.status) for r in refs] == [
        ("4966", dt.date(2026, 1, 13), dt.time(10), "Cancelled"),
        ("4967", dt.date(2026, 2, 10), dt.time(10), "Confirmed"),
    ]
    assert refs[0].committee.name == "Audit Committee"


def _ref(meeting_id, day):
    committee = convert.records.Committee(
        f"{BASE}/mgCommitteeDetails.aspx?ID=144", "Audit Committee"
    )
    return convert.MeetingRef(meeting_id, day, None, "Confirmed", committee)


def test_a_meeting_with_minutes_items_documents_and_attendees():
    data = (XML / "manchester-GetMeeting-4967-with-minutes.xml").read_bytes()

    meeting, pages = convert.meeting(
        data, _ref("4967", dt.date(2026, 2, 10)), BASE, dt.date(2026, 3, 1)
    )

    assert meeting.status == "held" and meeting.minutes_status == "published"
    assert meeting.start_time == dt.time(10)
    assert meeting.venue == "Council Antechamber, Level 2, Town Hall Extension"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Minutes"),
        ("9", "Work Programme"),
    ]
    assert pages == []
    assert meeting.items[1].content.minutes
    assert [d.url for d in meeting.items[0].documents] == [
        f"{BASE}/mgConvert2PDF.aspx?ID=60860"
    ]
    assert [(p.name, p.party, p.ward) for p in meeting.people] == [
        ("Basil Curley", "LAB", "Charlestown")
    ]
    assert meeting.attendance == []  # "Expected" is not an attendance yet


def test_a_cancelled_meeting_without_items():
    data = (XML / "manchester-GetMeeting-4966-cancelled-no-minutes.xml").read_bytes()

    meeting, pages = convert.meeting(
        data, _ref("4966", dt.date(2026, 1, 13)), BASE, dt.date(2026, 3, 1)
    )

    assert meeting.status == "cancelled" and meeting.items == [] and pages == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10.00 am", dt.time(10)),
        ("2.00 pm", dt.time(14)),
        ("12.30 pm", dt.time(12, 30)),
        ("12.00 am", dt.time(0)),
        ("18:30", dt.time(18, 30)),
        ("", None),
        ("noon", None),
    ],
)
def test_times(text, expected):
    assert convert.to_time(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("03/05/2012", dt.date(2012, 5, 3)), ("unspecified", None), ("\n   ", None)],
)
def test_dates(text, expected):
    assert convert.to_date(text) == expected

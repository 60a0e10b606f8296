"""The flagship page: a real ModernGov agenda item, read as a person reads it."""

from datetime import date
from pathlib import Path

import pytest

from moot.minutes import parse

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
SEED = SHARED / "seed" / "000_4e186e70c30e6533.txt"


@pytest.fixture(scope="module")
def item():
    minutes = parse(SEED.read_bytes(), SEED.name, date(2018, 9, 19))
    assert len(minutes.items) == 1
    return minutes.items[0]


def test_the_title_is_the_items_heading(item):
    assert item.title == (
        "ARRANGEMENTS BY THE COUNCIL AND ITS PARTNERS TO TACKLE CHILD SEXUAL "
        "EXPLOITATION"
    )


def test_the_report_names_its_document_letter_and_author(item):
    assert item.report.document == "J"
    assert item.report.author == "Strategic Director of Children’s Services"
    assert item.report.summary.startswith("The report of the Strategic Director")


def test_three_numbered_recommendations(item):
    assert [r.number for r in item.recommendations] == ["1", "2", "3"]
    assert item.recommendations[2].text == (
        "That subsequent reports be provided to Area Committees."
    )


def test_the_contact_officer_and_phone(item):
    assert (item.contact.name, item.contact.phone) == ("Mark Griffin", "01274 434361")


def test_the_progress_bullets_stay_a_list(item):
    lists = [block for block in item.minutes if block.kind == "list"]
    assert len(lists[0].items) == 12
    assert lists[0].items[0].startswith("Review of the BSCB")


def test_members_eleven_points_and_ten_reported_answers(item):
    members = item.exchanges[0]
    assert members.asked_by == "Members"
    assert len(members.points) == 11
    assert len(members.responses) == 10
    assert (
        members.responses[0].text
        == "Work on CSE was being undertaken with bus companies."
    )


def test_the_residents_five_points_and_the_named_officers_replies(item):
    resident = item.exchanges[1]
    assert resident.asked_by.startswith("A resident who was affected by CSE")
    assert len(resident.points) == 5
    assert [r.by for r in resident.responses] == [
        "Police Representative",
        "Strategic Director Children Services",
        "Strategic Director Children Services",
    ]
    assert len(item.representations) == 1
    assert len(item.representations[0].points) == 5


def test_the_refused_data_request_and_its_reason(item):
    (request,) = item.information_requests
    assert request.outcome == "refused"
    assert "children under 16" in request.text
    assert "due to the complexity of arrangements" in request.reason


def test_two_resolutions_and_the_action_owner(item):
    assert [r.number for r in item.resolutions] == ["1", "2"]
    assert [a.owner for a in item.actions] == [
        "Strategic Director, Children’s Services"
    ]


def test_the_update_falls_due_in_twelve_months_to_the_committee(item):
    update = item.commitments[0]
    assert (update.kind, update.resolution) == ("resolution", "1")
    assert update.due_date == date(2019, 9, 19)
    assert update.due_phrase == "in 12 months time"
    assert update.recipient == "the Committee"
    assert update.owner == "Strategic Director, Children’s Services"


def test_tailored_reports_are_owed_to_area_committees(item):
    reports = item.commitments[1]
    assert (reports.resolution, reports.recipient, reports.due_date) == (
        "2",
        "Area Committees",
        None,
    )


def test_dated_answers_become_undertakings(item):
    undertakings = [c for c in item.commitments if c.kind == "undertaking"]
    assert [(u.due_phrase, u.due_date) for u in undertakings] == [
        ("by April 2019", date(2019, 4, 30)),
        ("in June 2019", date(2019, 6, 30)),
    ]


def test_site_chrome_is_discarded_with_a_reason():
    minutes = parse(SEED.read_bytes(), SEED.name, date(2018, 9, 19))
    reasons = {d.text: d.reason for d in minutes.discarded}
    assert reasons.get("Local democracy") == "site chrome"
    assert "Local democracy" not in (minutes.items[0].report.summary or "")

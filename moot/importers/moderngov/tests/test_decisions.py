"""Decision pages recorded from real ModernGov sites → plain records."""

from pathlib import Path

import pytest

from moot.importers.moderngov import decisions
from moot.minutes.source import ParseError
from moot.vocabulary import DecisionStatus

PAGES = Path(__file__).with_name("pages")
SHARED = Path(__file__).resolve().parents[4].parent / "shared" / "fixtures"
HTML = SHARED / "moderngov" / "html"
BASE = "https://democracy.example.gov.uk"


def read(name: str) -> bytes:
    path = PAGES / name if (PAGES / name).exists() else HTML / name
    return path.read_bytes()


def test_the_list_gives_each_decision_once_without_issue_rows():
    refs = decisions.decision_list(read("mgDelegatedDecisions-kirklees-list.html"), "u")

    assert [r.id for r in refs] == ["13567", "13149"]
    assert refs[1].title == "Admission of the Public"
    assert refs[0].title.startswith("Settlement Agreement with Network Rail")
    assert "ref:" not in refs[0].title


def test_an_officer_list_with_two_columns_reads_too():
    refs = decisions.decision_list(read("mgDelegatedDecisions-officer-list.html"), "u")

    assert [(r.id, r.title) for r in refs] == [("13149", "Admission of the Public")]


def test_a_page_without_the_table_fails_naming_the_url_and_element():
    url = f"{BASE}/mgDelegatedDecisions.aspx?DR=x"
    with pytest.raises(ParseError, match="table.mgTabTable") as caught:
        decisions.decision_list(b"<html><body><p>Sorry</p></body></html>", url)
    assert caught.value.location == url


def test_a_committee_decision_links_its_meeting_committee_issue_and_documents():
    page = read("ieDecisionDetails-fragment-policy-committee.html")
    record, warnings = decisions.decision(page, BASE, "77")

    assert warnings == []
    assert record.source_id == f"{BASE}/ieDecisionDetails.aspx?ID=77"
    assert record.title == "Minutes of Previous Meeting"
    assert record.decision_maker == "Policy Committee"
    assert record.committee == f"{BASE}/mgCommitteeDetails.aspx?ID=151"
    assert record.meeting == f"{BASE}/ieListDocuments.aspx?MId=4832"
    assert record.issue == f"{BASE}/mgIssueHistoryHome.aspx?IId=6535"
    assert (record.decided.isoformat(), record.published.isoformat()) == (
        "2015-10-19",
        "2015-10-22",
    )
    assert record.status == DecisionStatus.MADE
    assert record.status_text == "Recommendations Approved"
    assert record.text.startswith("The Minutes of the Policy Committee meeting")
    assert [d.title for d in record.documents] == ["polc2 - 23.09.2015"]
    assert (
        record.documents[0].url == f"{BASE}/documents/s7942/polc2%20-%2023.09.2015.pdf"
    )


def test_an_officer_key_decision_keeps_its_maker_purpose_and_call_in():
    page = read("ieDecisionDetails-key-decision-no-documents.html")
    record, _ = decisions.decision(page, BASE, "5")

    assert record.decision_maker == "Strategic Director for Environment"
    assert record.is_key is True and record.subject_to_call_in is True
    assert record.purpose == "To seek approval for alternative processing arrangements."
    assert record.text.startswith("That approval be given")
    assert record.documents == [] and record.meeting == ""


def test_paragraphs_of_a_decision_are_kept_apart():
    page = read("ieDecisionDetails-fragment-kirklees-officer-decision.html")
    record, _ = decisions.decision(page, BASE, "9")

    assert record.text.split("\n\n")[1].startswith("This decision was authorised")


def test_an_exempt_decision_comes_without_any_text():
    page = read("ieDecisionDetails-key-decision-no-documents.html").replace(
        b'<p><span  class="mgLabel" >Publication date',
        b'<p><span  class="mgLabel" >Restrictions: </span>Exempt - paragraph 3</p>\n'
        b'<p><span  class="mgLabel" >Publication date',
    )
    record, _ = decisions.decision(page, BASE, "5")

    assert record.is_exempt is True and record.exempt_paragraphs == [3]
    assert record.text == record.purpose == "" and record.documents == []
    assert record.title.startswith("To enable the Council")


def test_an_unknown_label_or_status_is_a_warning_naming_the_page():
    page = read("ieDecisionDetails-key-decision-no-documents.html")
    page = page.replace(b"Recommendations Approved", b"Awaiting Signature")
    page = page.replace(b"Is Key decision?", b"Portfolio")
    record, warnings = decisions.decision(page, BASE, "5")

    assert record.status == DecisionStatus.MADE
    assert record.status_text == "Awaiting Signature"
    assert len(warnings) == 2
    assert all(w.startswith(f"{BASE}/ieDecisionDetails.aspx?ID=5: ") for w in warnings)


@pytest.mark.parametrize(
    ("page", "element"),
    [
        (b"<div id='modgov'><div class='mgContent'><p>x</p></div></div>", "h2"),
        (b"<div id='modgov'><h2 class='mgSubTitleTxt'>A title</h2></div>", "mgContent"),
    ],
)
def test_a_page_missing_its_title_or_content_fails_naming_them(page, element):
    with pytest.raises(ParseError, match=element) as caught:
        decisions.decision(page, BASE, "5")
    assert caught.value.location == f"{BASE}/ieDecisionDetails.aspx?ID=5"

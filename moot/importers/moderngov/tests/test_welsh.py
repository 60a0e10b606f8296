"""A Welsh ModernGov page read for its words: the reader and its label table."""

from pathlib import Path

import pytest

from moot.importers.moderngov import welsh
from moot.minutes.source import ParseError

PAGES = Path(__file__).parent / "welsh"
NEWPORT_CY = "https://democratiaeth.newport.gov.uk/mgAi.aspx?ID=10144&LLL=1"
FLINTSHIRE_CY = (
    "https://cyfarfodyddpwyllgor.siryfflint.gov.uk/"
    "mgDecisionDetails.aspx?IId=27395&LLL=1&Opt=1"
)


@pytest.mark.parametrize("row", welsh.LABELS, ids=lambda row: row.example)
def test_each_label_starts_its_part(row):
    assert welsh.role(row.example) == row.role


@pytest.mark.parametrize(
    "line", ["Mynegodd y Cadeirydd ei fod yn pryderu.", "Gwahoddedigion:"]
)
def test_a_line_of_the_record_is_no_label(line):
    assert welsh.role(line) is None


def test_an_item_page_gives_its_welsh_title_and_minutes():
    found = welsh.translation(
        (PAGES / "newport-mgai-10144-cy.txt").read_bytes(), "english-item", NEWPORT_CY
    )
    assert (found.language, found.item_source_id) == ("cy", "english-item")
    assert found.title == "Trafodaeth yr Arweinydd Grwp"
    assert found.minutes[0] == "Gwahoddedigion:"
    assert found.minutes[-1] == (
        "Ymddiheurodd y Cynghorydd Evans am absenoldeb ei gyfaill."
    )
    assert found.resolutions == []


def test_a_decision_page_gives_each_decision_apart_without_its_letter():
    found = welsh.translation(
        (PAGES / "flintshire-decision-27395-cy.txt").read_bytes(), "x", FLINTSHIRE_CY
    )
    assert found.title == "Welsh Language Annual Monitoring Report 2018/19"
    assert len(found.minutes) == 1 and found.minutes[0].startswith("Cyflwynodd")
    assert len(found.resolutions) == 4
    assert found.resolutions[2] == (
        "I gymeradwyo cyhoeddi’r adroddiad ar wefan y Cyngor; a"
    )


def test_the_html_page_reads_as_its_text_does():
    html = (
        b"<html><body><h1>Eitem agenda</h1><h2>Cofnodion Blaenorol</h2>"
        b"<p>Cofnodion:</p><p>Cytunwyd ar y cofnodion.</p>"
        b"<p>PENDERFYNWYD:</p><p>(a) Nodi'r adroddiad;</p>"
        b"<p>(b) Ei gymeradwyo.</p></body></html>"
    )
    found = welsh.translation(html, "x", "https://example.org/mgAi.aspx?ID=1&LLL=1")
    assert found.title == "Cofnodion Blaenorol"
    assert found.minutes == ["Cytunwyd ar y cofnodion."]
    assert found.resolutions == ["Nodi'r adroddiad;", "Ei gymeradwyo."]


def test_a_page_of_labels_alone_is_refused_with_its_address():
    with pytest.raises(ParseError, match="no title.*mgAi.aspx"):
        welsh.translation(b"Eitem agenda\n\nCofnodion:\n", "x", NEWPORT_CY)


def test_the_welsh_address_is_the_same_page_with_lll_1():
    english = "https://democracy.newport.gov.uk/mgAi.aspx?ID=10144&LLL=0"
    assert welsh.in_welsh(english) == (
        "https://democracy.newport.gov.uk/mgAi.aspx?ID=10144&LLL=1"
    )
    assert welsh.in_welsh("https://x.gov.uk/mgAi.aspx?ID=7").endswith("ID=7&LLL=1")


def _newport_item():
    from datetime import date

    from moot.importers import records as plain
    from moot.records.load import Provenance, Tally, store_body, store_meeting

    item = "https://democracy.newport.gov.uk/mgAi.aspx?ID=10144"
    provenance = Provenance(item, "test")
    council = store_body(plain.Body("", "Newport City Council"), provenance, Tally())
    meeting = plain.Meeting(
        source_id="https://democracy.newport.gov.uk/ieListDocuments.aspx?MId=8242",
        committee=plain.Committee("newport-140", "Standards Committee"),
        date=date(2022, 11, 15),
        items=[plain.Item(item, "Group Leaders Discussion")],
    )
    store_meeting(council, meeting, provenance, Tally())
    return item


def test_load_welsh_stores_the_words_once_and_says_so(db, capsys):
    from django.core.management import call_command

    from moot.records.models import Translation

    item = _newport_item()
    page = str(PAGES / "newport-mgai-10144-cy.txt")
    call_command("load-welsh", page, item=item)
    call_command("load-welsh", page, item=item)
    said = capsys.readouterr().out.splitlines()
    assert said == [
        "Trafodaeth yr Arweinydd Grwp: Welsh words created.",
        "Trafodaeth yr Arweinydd Grwp: Welsh words unchanged.",
    ]
    row = Translation.objects.get()
    assert row.source_id == item + "&LLL=1" and row.language == "cy"


def test_load_welsh_for_an_item_not_stored_says_so_in_one_line(db, capsys):
    from django.core.management import call_command

    page = str(PAGES / "newport-mgai-10144-cy.txt")
    with pytest.raises(SystemExit) as stopped:
        call_command("load-welsh", page, item="https://x.gov.uk/mgAi.aspx?ID=1")
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"moot load-welsh: {page}: ") and "\n" not in error
    assert "import the English page first" in error

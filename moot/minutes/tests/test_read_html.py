"""The HTML reader: visible text in reading order, chrome and hidden text recorded."""

from pathlib import Path

import pytest

from moot.minutes.detect import read_source
from moot.minutes.read_html import html_to_lines
from moot.minutes.source import ParseError

ROOT = Path(__file__).resolve().parents[3]
MODERNGOV = ROOT / ".." / "shared" / "fixtures" / "moderngov"
READERS = Path(__file__).resolve().parent / "fixtures" / "readers"


def read(path: Path):
    return read_source(path.read_bytes(), path.name)


def reasons(source) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entry in source.discarded:
        found.setdefault(entry.reason, []).append(entry.text)
    return found


def test_an_agenda_item_page_reads_as_its_content_division():
    source = read(READERS / "mgai-page.html")
    assert source.kind == "html"
    assert source.text == (
        "Arrangements to tackle child sexual exploitation\n\n"
        "Meeting: 12/10/2017 - Children's Services Overview and Scrutiny "
        "Committee (Item 40.)\n\n"
        "The report of the Strategic Director of Children’s Services (Document "
        "“J”) provides an update on the 9 Point Strategic Response.\n\n"
        "Recommended –\n\n"
        "(1) That the 9 Point Strategic Response be reviewed.\n\n"
        "Minutes:\n\n"
        "The Strategic Director highlighted:\n\n"
        "· Review of the BSCB.\n"
        "· Refresh of the\n"
        "strategic response.\n\n"
        "Action Owner\n"
        "Report back Strategic Director\n\n"
        "Resolved –\n\n"
        "(1) That an update be submitted to the Committee in 12 months’ time."
    )


def test_the_page_around_the_content_is_site_chrome():
    chrome = reasons(read(READERS / "mgai-page.html"))["site chrome"]
    for line in ["Skip to content", "· Browse meetings", "Local democracy"]:
        assert line in chrome
    assert "Contact us" in chrome
    assert "Agenda item" in chrome
    assert "Supporting documents:" in chrome
    assert "· Document J - CSE report" in chrome
    assert "PDF 340 KB" in chrome


def test_hidden_and_script_only_text_is_recorded_not_shown():
    found = reasons(read(READERS / "mgai-page.html"))
    assert found["hidden element"] == ["Draft note for the clerk only"]
    assert found["noscript"] == ["Turn on JavaScript to see the meeting calendar."]
    assert found["script"] == ["<script> 2 blocks"]
    assert found["style"] == ["<style> 1 block"]
    assert found["comment"] == ["<!-- --> 1 comment"]
    assert found["page title"] == [
        "Agenda item - Arrangements to tackle child sexual exploitation "
        "| Anytown Council"
    ]


def test_a_hostile_page_shows_only_its_visible_words():
    source = read(READERS / "hostile.html")
    assert "The Committee noted the report &secret; as presented." in source.text
    for hidden in ["Written by a script", "Styled words", "Template words"]:
        assert hidden not in source.text
    assert "Commented-out" not in source.text
    assert "root:" not in source.text  # the external entity was never resolved
    found = reasons(source)
    assert found["hidden element"] == [
        "Hidden attribute words",
        "Invisible style words",
    ]
    assert found["script"] == ["<script> 4 blocks"]


def test_a_page_of_scripts_has_no_visible_text():
    with pytest.raises(ParseError, match="^no visible text in the HTML$"):
        read(READERS / "only-scripts.html")


def test_a_decision_fragment_reads_as_paragraphs():
    path = (
        MODERNGOV / "html" / "ieDecisionDetails-fragment-kirklees-officer-decision.html"
    )
    text = read(path).text
    assert text.startswith("Appointment of contractor to demolish Holme Park Court\n\n")
    assert "Decision Maker: Service Director - Homes & Neighbourhoods" in text
    assert (
        "\nThe demolition of the existing tower blocks has been approved to "
        "support the regeneration of Berry Brow.\n\nThis decision was authorised"
    ) in text
    assert text.endswith("Date of decision: 27/07/2021")


def test_a_decision_fragment_loses_modgov_labels_and_file_sizes():
    path = MODERNGOV / "html" / "ieDecisionDetails-fragment-policy-committee.html"
    source = read(path)
    assert reasons(source)["site chrome"] == [
        "PDF 119 KB",
        "· Find out more about this issue",
        "Decision details",
    ]
    assert source.text.startswith("Minutes of Previous Meeting\n\n")
    assert source.text.endswith("Accompanying Documents:\n\n· polc2 - 23.09.2015")


def test_an_error_page_saved_as_xml_reads_as_html_with_a_warning():
    path = MODERNGOV / "xml" / "leeds-GetCouncillorsByWard-error-page.xml"
    source = read(path)
    assert source.kind == "html"
    assert "An unexpected error has occurred." in source.text
    assert source.warnings == ['the page is titled "Error": is it an error page?']


def test_a_javascript_redirect_saved_as_xml_has_no_visible_text():
    path = MODERNGOV / "xml" / "denbighshire-GetCouncillorsByWard-js-redirect.xml"
    with pytest.raises(ParseError, match="no visible text in the HTML"):
        read(path)


def test_escaped_word_html_comes_out_as_clean_paragraphs():
    source = read(READERS / "escaped-word.txt")
    assert source.kind == "html"
    assert source.text == (
        "To approve as a correct record the minutes of the meeting held on "
        "25 November 2025.\n\nThe Chair signed them."
    )


def test_word_html_shown_as_text_on_a_page_is_read_as_html():
    page = (
        b"<html><body><p>&lt;p class=&quot;MsoNormal&quot;&gt;Noted.&lt;/p&gt;"
        b"&lt;p class=&quot;MsoNormal&quot;&gt;Agreed.&lt;/p&gt;</p></body></html>"
    )
    source = read_source(page, "twice.html")
    assert source.text == "Noted.\n\nAgreed."
    assert "read as HTML" in source.warnings[0]


def test_a_table_used_for_layout_reads_cell_by_cell():
    lines, _ = html_to_lines(
        "<table><tr><td><p>Minutes:</p><p>The report was noted.</p></td>"
        "<td><p>Resolved – agreed.</p></td></tr></table>"
    )
    assert lines == ["Minutes:", "", "The report was noted.", "", "Resolved – agreed."]


def test_a_data_table_reads_row_by_row():
    lines, _ = html_to_lines(
        "<table><tr><th>For</th><th>Against</th></tr><tr><td>6</td><td>1</td></tr>"
        "</table>"
    )
    assert lines == ["For Against", "6 1"]


def test_deep_nesting_is_read_without_exhausting_the_stack():
    depth = 200
    page = "<html><body>" + "<div>" * depth + "Deep words" + "</div>" * depth
    source = read_source(page.encode(), "deep.html")
    assert source.text == "Deep words"


def test_nesting_beyond_the_parser_limit_is_refused_not_cut_short():
    depth = 400
    page = "<html><body>" + "<div>" * depth + "Deep words" + "</div>" * depth
    with pytest.raises(ParseError, match="the HTML is too deeply nested to read"):
        read_source(page.encode(), "deeper.html")

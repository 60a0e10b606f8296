"""The PDF reader: text layer, page furniture, hyphens, paragraphs, refusals."""

from pathlib import Path

import pytest

from moot.minutes.detect import read_source
from moot.minutes.read_pdf import read_pdf
from moot.minutes.source import ParseError

ROOT = Path(__file__).resolve().parents[3]
PDFS = ROOT / ".." / "shared" / "fixtures" / "minutes" / "pdf"
READERS = Path(__file__).resolve().parent / "fixtures" / "readers"


def read(path: Path):
    return read_source(path.read_bytes(), path.name)


def furniture(source) -> list[str]:
    return [d.text for d in source.discarded if d.reason == "page furniture"]


def test_the_two_page_pdf_reads_exactly():
    source = read(READERS / "two-pages.pdf")
    assert source.kind == "pdf"
    assert source.text == (
        "1. APOLOGIES\n\n"
        "Apologies were received from Councillor Dupont-Walker and Councillor "
        "Okafor.\n\n"
        "2. LOCAL PLAN\n\n"
        "The Committee considered the report on the development of the local "
        "plan and the housing numbers for the next five years.\n\n"
        "RESOLVED - That the report be noted."
    )
    assert source.warnings == []


def test_a_running_header_and_page_numbers_go_to_discarded():
    source = read(READERS / "two-pages.pdf")
    header = "Anytown Council - Planning Committee - 3 March 2025"
    assert furniture(source) == [header, "Page 1 of 2", header, "Page 2 of 2"]
    assert "Anytown Council" not in source.text
    assert "Page" not in source.text


def test_a_word_hyphenated_across_a_line_end_is_joined():
    text = read(READERS / "two-pages.pdf").text
    assert "development" in text
    assert "develop-" not in text


def test_a_hyphen_before_a_capital_is_kept_as_a_compound():
    assert "Dupont-Walker" in read(READERS / "two-pages.pdf").text


def test_a_sentence_runs_on_across_a_page_break():
    text = read(READERS / "two-pages.pdf").text
    assert "housing numbers for the next five years." in text


def test_the_baltimore_running_header_is_discarded_not_in_text():
    source = read(PDFS / "baltimore-board-of-estimates-minutes-2010-03-17.pdf")
    dropped = furniture(source)
    assert dropped.count("BOARD OF ESTIMATES 3/17/10") == 104
    assert "BOARD OF ESTIMATES 3/17/10" not in source.text
    # The volume's page numbers (708 to 812) go too.
    assert "708" in dropped and "812" in dropped
    assert "\n812\n" not in source.text


def test_the_baltimore_title_page_keeps_its_title():
    text = read(PDFS / "baltimore-board-of-estimates-minutes-2010-03-17.pdf").text
    assert text.startswith("BOARD OF ESTIMATES March 17, 2010\n\nMINUTES")


def test_the_baltimore_justified_lines_come_back_as_paragraphs():
    text = read(PDFS / "baltimore-board-of-estimates-minutes-2010-03-17.pdf").text
    assert (
        "In accordance with the Rules for Qualification of Contractors, as "
        "amended by the Board on October 30, 1991, the following contractors "
        "are recommended:"
    ) in text.split("\n")


def test_pdfium_line_end_hyphens_are_mended():
    text = read(PDFS / "baltimore-board-of-estimates-minutes-2010-03-17.pdf").text
    assert "Volvo Construction Equipment" in text
    assert "\x02" not in text


def test_des_moines_private_use_bullets_become_bullets():
    source = read(PDFS / "des-moines-council-meeting-report-2022-01-14.pdf")
    assert "\uf0b7" not in source.text
    assert "\n• the HMIS is used for individuals placed" in source.text
    assert furniture(source) == ["1 1/14/2022", "2 1/14/2022", "3 1/14/2022"]


def test_a_repeated_last_line_in_a_short_pdf_is_not_furniture():
    text = read(PDFS / "des-moines-council-meeting-report-2022-01-14.pdf").text
    assert text.count("Motion Carried 6-0.") == 2


def test_winnipeg_headers_go_but_its_title_page_stays():
    source = read(PDFS / "winnipeg-council-hansard-2013-11-06-special.pdf")
    assert source.text.startswith(
        "COUNCIL OF THE CITY OF WINNIPEG\n\nWednesday, November 6, 2013"
    )
    assert furniture(source).count("November 6, 2013") == 6
    assert "Mayor Katz: Roll call, please." in source.text.split("\n")


def test_the_ocr_page_keeps_its_ocr_errors():
    source = read(PDFS / "lametro-special-board-minutes-2024-10-23-p1-scanned-ocr.pdf")
    assert "Katy Yaroslaysky" in source.text
    assert "CALLED TO ORDER: 10:10 A.M." in source.text


def test_a_scanned_pdf_without_text_is_refused_with_advice():
    with pytest.raises(ParseError, match=r"no text layer \(a scanned image\?\); OCR"):
        read(PDFS / "lametro-board-minutes-2024-09-26-p1-scanned-no-text.pdf")


def test_an_encrypted_pdf_is_refused():
    with pytest.raises(ParseError, match="^the PDF is encrypted$"):
        read(READERS / "encrypted.pdf")


def test_a_truncated_pdf_is_refused_naming_what_failed():
    with pytest.raises(ParseError, match="truncated: it stops before its end-of-file"):
        read(READERS / "truncated.pdf")


def test_a_damaged_pdf_is_refused():
    with pytest.raises(ParseError, match="the PDF is damaged"):
        read_pdf(b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n", "damaged.pdf")


def test_a_pdf_missing_only_its_end_marker_is_read_with_a_warning():
    whole = (PDFS / "baltimore-board-of-estimates-minutes-2010-03-17.pdf").read_bytes()
    source = read_pdf(whole[: int(len(whole) * 0.95)], "cut.pdf")
    assert source.text
    assert any("no end-of-file marker" in w for w in source.warnings)


def test_the_committed_pdfs_are_what_the_builder_makes():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_fixtures", READERS / "make_fixtures.py"
    )
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for name, build in builder.BUILDERS.items():
        assert (READERS / name).read_bytes() == build(), name

"""The text reader: encodings, whitespace, site chrome and PDF-extracted text."""

from pathlib import Path

from moot.minutes.detect import read_source

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / ".." / "shared"
SEED = SHARED / "seed" / "000_4e186e70c30e6533.txt"
PORTLAND = (
    SHARED
    / "fixtures"
    / "minutes"
    / "txt"
    / "portland-council-minutes-2011-01-12-pdf-extracted.txt"
)


def chrome(source) -> list[str]:
    return [d.text for d in source.discarded if d.reason == "site chrome"]


def test_the_seed_loses_its_site_chrome_with_a_reason():
    source = read_source(SEED.read_bytes(), SEED.name)
    assert source.kind == "text"
    assert sorted(chrome(source)) == [
        "Agenda item",
        "Local democracy",
        "Supporting documents:",
    ]
    assert source.text.startswith("ARRANGEMENTS BY THE COUNCIL AND ITS PARTNERS")
    assert source.text.endswith("Action: Strategic Director, Children’s Services")


def test_the_seed_keeps_quotes_dashes_and_bullets_as_written():
    text = read_source(SEED.read_bytes(), SEED.name).text
    assert "(Document “J”)" in text
    assert "(Mark Griffin – 01274 434361)" in text
    assert "\n· Review of the BSCB in light of the Wood Review" in text


def test_no_break_spaces_become_single_spaces():
    text = read_source(SEED.read_bytes(), SEED.name).text
    assert "\u00a0" not in text
    assert "\n(1) That it be noted that the 9 Point" in text
    assert "  " not in text


def test_paragraphs_are_separated_by_one_blank_line():
    text = read_source(SEED.read_bytes(), SEED.name).text
    assert "\n\n\n" not in text
    assert "Recommended -\n\n(1) That it be noted" in text


def test_portland_page_markers_glued_into_sentences_are_removed():
    source = read_source(PORTLAND.read_bytes(), PORTLAND.name)
    furniture = [d.text for d in source.discarded if d.reason == "page furniture"]
    assert furniture[0] == "1 of 18"
    assert furniture[1:] == [f"January 12, 2011 {n} of 18" for n in range(2, 19)]
    assert " of 18" not in source.text
    assert "selling beer and peanuts at major league events" in source.text


def test_portland_mojibake_is_kept_as_written():
    text = read_source(PORTLAND.read_bytes(), PORTLAND.name).text
    assert "CONSENT AGENDA Œ NO DISCUSSION" in text
    assert "I™m also the co-chair" in text


def test_prose_mentioning_a_count_is_not_a_page_marker():
    data = b"Resolved that 5 of 7 members sign.\nAnother 2 of 7 abstained.\n"
    source = read_source(data, "prose.txt")
    assert source.discarded == []
    assert "5 of 7 members" in source.text


def test_form_feeds_mark_pages_whose_furniture_is_removed():
    page = "Planning Committee 3 March 2025\n{body}\nPage {n} of 3\n"
    bodies = [
        "1. MINUTES\nThe minutes of the meeting were approved as a",
        "correct record and signed by the Chair.\n2. PLANNING APPLICATIONS",
        "The Committee considered the applications.",
    ]
    text = "\f".join(page.format(body=b, n=n) for n, b in enumerate(bodies, 1))
    source = read_source(text.encode(), "extracted.txt")
    assert source.text == (
        "1. MINUTES\n\n"
        "The minutes of the meeting were approved as a correct record and "
        "signed by the Chair.\n\n"
        "2. PLANNING APPLICATIONS\n\n"
        "The Committee considered the applications."
    )
    assert len(source.discarded) == 6


def test_windows_1252_text_is_read_with_a_warning():
    data = "The Chair’s report – noted.".encode("cp1252")
    source = read_source(data, "old.txt")
    assert source.text == "The Chair’s report – noted."
    assert source.warnings == [
        "the file is not UTF-8 (byte 9); read it as Windows-1252"
    ]


def test_utf8_with_a_byte_order_mark_and_crlf():
    data = "\ufeffMinutes:\r\n\r\nThe  report\twas noted.\r\n".encode()
    source = read_source(data, "bom.txt")
    assert source.text == "Minutes:\n\nThe report was noted."
    assert source.warnings == []


def test_utf16_with_a_byte_order_mark_is_text_not_binary():
    source = read_source("Minutes:\nNoted.".encode("utf-16"), "word.txt")
    assert source.text == "Minutes:\nNoted."


def test_a_file_size_glued_to_a_line_is_cut_off_as_chrome():
    data = b"Report of the Director pdf icon PDF 340 KB\nThe report was noted.\n"
    source = read_source(data, "page.txt")
    assert source.text == "Report of the Director\nThe report was noted."
    assert chrome(source) == ["pdf icon PDF 340 KB"]


def test_prose_and_headings_that_use_chrome_words_are_kept():
    data = (
        b"Webcast\n\nThe Chair said the meeting would be webcast and that the "
        b"agenda item was in the printed minutes.\n\nWebcast\n\nNoted."
    )
    source = read_source(data, "prose.txt")
    assert source.text == (
        "The Chair said the meeting would be webcast and that the agenda item "
        "was in the printed minutes.\n\nWebcast\n\nNoted."
    )
    assert chrome(source) == ["Webcast"]

"""Choosing a reader by content, and refusing what cannot be read at all."""

import time
from pathlib import Path

import pytest

from moot.minutes.detect import read_source, sniff
from moot.minutes.source import ParseError

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / ".." / "shared" / "fixtures"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("minutes/pdf/winnipeg-council-hansard-2013-11-06-special.pdf", "pdf"),
        ("minutes/txt/portland-council-minutes-2011-01-12-pdf-extracted.txt", "text"),
        ("moderngov/xml/manchester-GetMeeting-4967-with-minutes.xml", "xml"),
        ("moderngov/xml/manchester-GetCommittees.xml", "xml"),
        ("moderngov/xml/leeds-GetCouncillorsByWard-error-page.xml", "html"),
        ("moderngov/xml/denbighshire-GetCouncillorsByWard-js-redirect.xml", "html"),
        ("moderngov/html/ieDecisionDetails-fragment-policy-committee.html", "html"),
    ],
)
def test_the_kind_comes_from_the_content(path, kind):
    assert sniff((FIXTURES / path).read_bytes()) == kind


def test_the_file_name_does_not_decide():
    data = FIXTURES / "moderngov/html/ieDecisionDetails-fragment-policy-committee.html"
    assert read_source(data.read_bytes(), "minutes.pdf").kind == "html"


def test_text_that_starts_with_an_angle_bracket_is_still_text():
    assert sniff(b"<Draft> Minutes of the meeting\nNoted.") == "text"


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\r\n\t", b"\xef\xbb\xbf\n", b" \n\t\xef\xbb\xbf", b"\n\xef\xbb\xbf\n"],
)
def test_an_empty_file_is_refused(data):
    with pytest.raises(ParseError, match="^the file is empty$"):
        read_source(data, "empty.txt")


@pytest.mark.parametrize(
    "data",
    [
        " \n\ufeff".encode("utf-16"),
        "\u200b\u2060\n\u00ad".encode(),
    ],
    ids=["utf-16 white space", "invisible characters"],
)
def test_a_file_without_visible_text_is_refused(data):
    with pytest.raises(ParseError, match="^the file has no text$"):
        read_source(data, "blank.txt")


def test_a_file_over_the_limit_is_refused_with_its_size():
    with pytest.raises(ParseError, match="^the file is 3 MB, over the limit of 2 MB$"):
        read_source(b"a" * (3 * 1024 * 1024), "big.txt", max_bytes=2 * 1024 * 1024)


def test_binary_bytes_are_refused_with_the_offset():
    with pytest.raises(ParseError) as raised:
        read_source(b"Minutes\x00\x01\x02", "odd.bin")
    assert raised.value.message == "the file is binary, not text"
    assert raised.value.location == "byte 7"


def test_a_word_document_is_named_with_what_to_do():
    with pytest.raises(ParseError, match=r"a Word \.docx file\?\); save it as PDF"):
        read_source(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "minutes.docx")


def test_an_image_is_sent_to_ocr():
    with pytest.raises(ParseError, match="a PNG image; OCR it first"):
        read_source(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "scan.png")


@pytest.mark.parametrize(
    "data",
    [b"<!DOCTYPE [" + b"]" * 60000, b"<!--" + b"-" * 60000, b" " * 60000 + b"x"],
)
def test_a_hostile_prolog_is_sniffed_quickly(data):
    started = time.perf_counter()
    assert sniff(data) == "text"
    assert time.perf_counter() - started < 1

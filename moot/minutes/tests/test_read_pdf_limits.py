"""A PDF costs bounded pages, text, memory and time, whatever it holds."""

import time

import pytest

from moot.minutes import parse
from moot.minutes.read_pdf import PdfLimits, read_pdf
from moot.minutes.source import ParseError

from .hostile_pdf import pages_pdf, text_bomb

# Distinct pages: alike ones ("Item 1", "Item 2") would be page furniture.
PAGES = [
    "Apologies were received from Councillor Okafor.",
    "The budget was agreed.",
    "Questions from the public were answered.",
    "The library report was noted.",
    "The meeting closed at nine.",
]


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return text_bomb()


def test_a_decompression_bomb_is_refused_not_a_crash(bomb):
    assert len(bomb) < 4 * 1024 * 1024  # a few MB that unpack to 1.5 GB

    with pytest.raises(
        ParseError,
        match=r"^the PDF needs more than 1024 MB of memory to read \(a decomp",
    ):
        parse(bomb, "bomb.pdf")


def test_a_pdf_that_takes_too_long_is_stopped(bomb):
    limits = PdfLimits(memory_mb=8192, seconds=0.2)
    started = time.monotonic()

    with pytest.raises(ParseError, match=r"^reading the PDF took longer than 0.2 s"):
        read_pdf(bomb, "slow.pdf", limits)
    assert time.monotonic() - started < 5


def test_pages_beyond_the_limit_are_left_unread_with_a_warning():
    source = read_pdf(pages_pdf(PAGES), "long.pdf", PdfLimits(pages=3))

    assert source.text.endswith("Questions from the public were answered.")
    assert "library" not in source.text
    assert "only the first 3 of its 5 pages were read" in source.warnings


def test_text_beyond_the_limit_is_left_unread_with_a_warning():
    source = read_pdf(pages_pdf(PAGES), "wordy.pdf", PdfLimits(characters=60))

    assert source.text.startswith("Apologies were received from Councillor Okafor.")
    assert "Questions" not in source.text
    assert (
        "its text stops at page 2: over the limit of 60 characters" in source.warnings
    )


def test_an_ordinary_pdf_is_read_whole_within_the_limits():
    source = read_pdf(pages_pdf(PAGES), "ordinary.pdf")

    assert source.text.endswith("The meeting closed at nine.")
    assert source.warnings == []

"""Running headers and page numbers of PDF text go to ``discarded``."""

import pytest

from moot.minutes.pages import FURNITURE, strip_furniture


@pytest.mark.parametrize(
    "header",
    ["03/14/19 -{n}- DRAFT", "DRAFT MINUTES Page {n} of 3", "Page {n} of 3", "- {n} -"],
)
def test_a_page_number_line_is_dropped_even_where_page_one_differs(header):
    pages = [
        ["CITY OF FAIRVIEW", "MINUTES", "1. CALL TO ORDER", "The Mayor opened it."],
        [header.format(n=2), "2. ROLL CALL", "All were present."],
        [header.format(n=3), "3. ADJOURNMENT", "The meeting closed."],
    ]
    lines, discarded = strip_furniture(pages)
    assert header.format(n=2) not in lines
    assert header.format(n=3) not in lines
    assert [d.text for d in discarded if d.reason == FURNITURE] == [
        header.format(n=2),
        header.format(n=3),
    ]


def test_the_council_name_at_every_page_top_is_dropped():
    bodies = [
        ["Rezoning of Pembina Highway", "Adopted."],
        ["Buy Local procurement", "Amended and adopted."],
        ["Transit plan", "Received as information."],
        ["Cooling off period", "Extension of time granted."],
    ]
    pages = [
        ["COUNCIL OF THE CITY OF WINNIPEG", "MINUTES", "Opening", "Opened."],
        *(["COUNCIL OF THE CITY OF WINNIPEG", *body] for body in bodies),
    ]
    lines, discarded = strip_furniture(pages)
    assert lines[0] == "MINUTES"
    assert "COUNCIL OF THE CITY OF WINNIPEG" not in lines
    assert [d.text for d in discarded] == ["COUNCIL OF THE CITY OF WINNIPEG"] * 5


def test_a_numbered_heading_is_not_a_page_number():
    pages = [
        ["Minutes", "1. Opening", "Opened."],
        ["2024", "2. Finance", "Agreed."],
        ["3. Close", "Closed at 2 of the clock."],
    ]
    lines, _ = strip_furniture(pages)
    assert "3. Close" in lines and "2. Finance" in lines

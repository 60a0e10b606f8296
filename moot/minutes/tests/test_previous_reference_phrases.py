"""Every reference phrase row reads as it says, alone and in an item."""

import pytest

from moot.minutes import parse
from moot.minutes import previous_reference_phrases as phrases
from moot.minutes.report import read_previous_references, references_in

ROWS = phrases.REFERENCE_LINES + phrases.REFERENCES


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.example[:30])
def test_each_row_matches_its_example(row):
    assert row.regex.search(row.example), row.pattern


@pytest.mark.parametrize("row", phrases.REFERENCE_LINES, ids=lambda r: r.example[:30])
def test_a_reference_line_lists_its_references(row):
    assert read_previous_references(row.example)


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (phrases.REFERENCES[0].example, "Minute 23 (2019/20)"),
        (phrases.REFERENCES[1].example, "Minute 31 of 12 March 2024"),
        (phrases.REFERENCES[2].example, "Minute No. 45/2023"),
    ],
)
def test_a_paragraph_keeps_its_reference_and_the_item_lists_it(text, reference):
    assert references_in(text) == [reference]
    [item] = parse(f"9. Play areas\n\n{text}\n".encode(), "t.txt").items
    assert item.previous_references == [reference]
    assert item.minutes[-1].text == text


def test_a_minute_number_in_passing_is_not_a_reference():
    assert references_in("The minutes were signed by the Chair at 7 pm.") == []

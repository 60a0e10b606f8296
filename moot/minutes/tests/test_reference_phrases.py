"""Every reference wording reads as structure."""

from datetime import date

import pytest

from moot.minutes import reference_phrases as phrases
from moot.minutes.references import read_references


@pytest.mark.parametrize("row", phrases.REFERENCES, ids=lambda r: r.example[:40])
def test_each_row_reads_its_example(row):
    assert row.regex.search(row.example)
    assert read_references([row.example])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Previous Reference: Minute 23 (2019/20)",
            {"minute": "23", "municipal_year": "2019/20"},
        ),
        (
            "Minute 17 (2015/16)",
            {"minute": "17", "municipal_year": "2015/16"},
        ),
        (
            "The report provides an update to the report presented to the Corporate "
            "Overview and Scrutiny Committee on 19th September 2018.",
            {
                "committee": "Corporate Overview and Scrutiny Committee",
                "date": date(2018, 9, 19),
            },
        ),
        (
            "This report builds on the report presented to the Council Executive on "
            "3rd October 2018.",
            {"committee": "Council Executive", "date": date(2018, 10, 3)},
        ),
        (
            "an update on the report presented to this Committee in 2018",
            {"committee": "this", "year": 2018},
        ),
        (
            "updated Cabinet on work since it’s last consideration of the issue in "
            "December 2020",
            {"month": 12, "year": 2020},
        ),
        (
            "The recommendations had been approved at the previous meeting of "
            "Executive Cabinet subject to this report.",
            {"committee": "Executive Cabinet", "previous_meeting": True},
        ),
    ],
)
def test_references_are_read_as_structure(text, want):
    (reference,) = read_references([text])
    for key, value in want.items():
        assert getattr(reference, key) == value, key


def test_text_without_a_reference_gives_none():
    assert read_references(["The report was noted.", "Minute 4 was approved."]) == []

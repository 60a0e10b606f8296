"""Every row of the tracker's phrase tables reads as it says, and each
changes what is proposed as a clerk would expect."""

import pytest

from moot.tracker import proposal_phrases as phrases

ROWS = [
    (name, row)
    for name in ("STANDING_TITLES", "OUTSIDE_MEETINGS")
    for row in getattr(phrases, name)
]


@pytest.mark.parametrize(("table", "row"), ROWS, ids=[r.example[:30] for _, r in ROWS])
def test_each_row_matches_its_example(table, row):
    assert row.regex.search(row.example), f"{table}: {row.pattern!r}"


@pytest.mark.parametrize(
    "title",
    ["Air Quality Progress", "Review of CCTV Cameras", "Minute taking guidance review"],
)
def test_matters_are_not_standing_business(title):
    assert not any(row.regex.search(title) for row in phrases.STANDING_TITLES)

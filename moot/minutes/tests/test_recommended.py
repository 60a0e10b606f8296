"""What a report recommends becomes a promise: recommended until a decision
adopts it, the meeting's once one does."""

import pytest

from moot.minutes import parse
from moot.minutes.promise_phrases import ADOPTIONS

PAGE = """Agenda item

LIBRARY SERVICE REVIEW

The report of the Director of Communities sets out options for the library service.

Recommended -

(1) That the options be noted.

(2) That a further report on the consultation be submitted to the Executive \
in six months' time.

{minutes}"""


def commitments(minutes: str):
    item = parse(PAGE.format(minutes=minutes).encode()).items[0]
    return [(c.kind, c.resolution, c.recipient) for c in item.commitments]


@pytest.mark.parametrize("row", ADOPTIONS, ids=lambda r: r.example[:40])
def test_each_adoption_row_matches_its_example(row):
    assert row.regex.search(row.example)


def test_an_undecided_recommendation_is_a_recommended_promise():
    assert commitments("") == [("recommendation", None, "the Executive")]


def test_adopting_the_recommendations_makes_them_the_meetings_promise():
    got = commitments("Minutes:\n\nResolved –\n\nThat the recommendations be approved.")
    assert got == [("resolution", None, "the Executive")] or got == [
        ("resolution", "1", "the Executive")
    ]


def test_a_resolution_in_its_own_words_is_the_promise_kept():
    got = commitments(
        "Minutes:\n\nResolved –\n\n(1) That a further report on the consultation "
        "be submitted to the Executive in six months time."
    )
    assert [kind for kind, _, _ in got] == ["resolution"]


def test_a_list_the_minutes_open_as_recommendations_is_recommended():
    # As Halton's minutes of 24 June 2015 set out the report's recommendations.
    text = (
        "4. Air Quality\n\nThe report identified the following recommendations "
        "to address the issues raised in the report:-\n\n"
        "i) Develop an active multi-agency Air Quality Forum.\n\n"
        "ii) Undertake a series of public engagement events.\n"
    )
    item = parse(text.encode()).items[0]
    assert [(c.kind, c.text) for c in item.commitments] == [
        ("recommendation", "Develop an active multi-agency Air Quality Forum."),
        ("recommendation", "Undertake a series of public engagement events."),
    ]


def test_a_resolution_that_stops_at_a_colon_goes_on_in_the_list_after_it():
    from moot.minutes.commitments import find_commitments
    from moot.minutes.records import Block, Item, Resolution

    # As Tonbridge and Malling's decision of 26 January 2021 reads.
    lead = "The Cabinet resolved that:"
    item = Item(
        resolutions=[Resolution(None, lead)],
        minutes=[
            Block("paragraph", text=lead),
            Block(
                "list",
                items=[
                    "(1) the recommendations of the Committee be noted; and",
                    "(2) prior to a final decision being taken, the further work "
                    "set out below be undertaken and reported back to Cabinet:",
                ],
            ),
        ],
    )
    [promise] = find_commitments(item, [], None, True)
    assert promise.resolution == "2"
    assert promise.text.startswith("prior to a final decision")
    assert promise.recipient == "Cabinet"

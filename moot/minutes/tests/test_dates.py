"""Due phrases as clerks write them, British and US, into dates."""

from datetime import date

import pytest

from moot.minutes.dates import find_due, read_date

MEETING = date(2018, 9, 19)


@pytest.mark.parametrize(
    ("text", "phrase", "due"),
    [
        (
            "be submitted to the Committee in 12 months time",
            "in 12 months time",
            date(2019, 9, 19),
        ),
        ("in 12 month’s time", "in 12 month’s time", date(2019, 9, 19)),
        ("report back in six months", "in six months", date(2019, 3, 19)),
        ("figures to be provided within 28 days", "within 28 days", date(2018, 10, 17)),
        (
            "the matter to return within 90 days",
            "return within 90 days",
            date(2018, 12, 18),
        ),
        (
            "circulated to ward Members by 31 October 2023",
            "by 31 October 2023",
            date(2023, 10, 31),
        ),
        ("circulate it by 4th April 2025", "by 4th April 2025", date(2025, 4, 4)),
        ("in place by April 2019", "by April 2019", date(2019, 4, 30)),
        (
            "by the end of February 2024",
            "by the end of February 2024",
            date(2024, 2, 29),
        ),
        ("staff to report by April 4, 2025", "by April 4, 2025", date(2025, 4, 4)),
        ("complete by 15/04/2024", "by 15/04/2024", date(2024, 4, 15)),
        ("report back to the next meeting", "to the next meeting", None),
    ],
)
def test_a_due_phrase_gives_its_date(text, phrase, due):
    (found,) = find_due(text, MEETING)
    assert (found.phrase, found.date) == (phrase, due)


def test_a_period_without_a_meeting_date_has_no_date():
    (found,) = find_due("within 28 days", None)
    assert found.date is None


def test_a_month_from_the_end_of_january_is_the_end_of_february():
    (found,) = find_due("in one month", date(2023, 1, 31))
    assert found.date == date(2023, 2, 28)


def test_numeric_dates_follow_the_documents_style():
    assert read_date("on 04/05/2024", dayfirst=True) == date(2024, 5, 4)
    assert read_date("on 04/05/2024", dayfirst=False) == date(2024, 4, 5)


def test_a_numeric_date_that_only_fits_one_style_is_read_that_way():
    assert read_date("on 4/15/2024", dayfirst=True) == date(2024, 4, 15)


def test_two_phrases_in_one_sentence_are_both_found():
    found = find_due(
        "in place by April 2019 with full implementation in June 2019", MEETING
    )
    assert [d.date for d in found] == [date(2019, 4, 30), date(2019, 6, 30)]


def test_an_impossible_date_is_not_a_date():
    assert read_date("by 31 February 2024") is None

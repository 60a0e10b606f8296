"""A recommended promise is tracked as recommended until it is decided."""

from datetime import date

from moot.minutes import parse
from moot.records.load import Provenance, store
from moot.tracker.models import Commitment

PAGE = b"""Agenda item

LIBRARY SERVICE REVIEW

Recommended -

(1) That a further report on the consultation be submitted to the Executive in \
six months' time.
"""


def test_an_undecided_recommendation_is_recommended_not_open(db, client):
    store(
        parse(PAGE, "page.txt", date(2020, 1, 15)),
        Provenance("page.txt", "test"),
        body="Fictional Borough Council",
        committee="Executive",
        meeting_date=date(2020, 1, 15),
    )
    commitment = Commitment.objects.get()
    assert commitment.status == "recommended"
    assert commitment.due_date == date(2020, 7, 15)
    assert not Commitment.objects.overdue(date(2021, 1, 1)).exists()
    page = client.get(commitment.agenda_item.get_absolute_url()).content.decode()
    assert "Recommended, not yet decided" in page or "recommended" in page.lower()
    commitment.adopt("clerk", "Adopted by the Executive on 15 January 2020.")
    assert Commitment.objects.get().status == "open"

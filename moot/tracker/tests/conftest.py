"""A council with the seed item stored, an exempt item, and a clerk."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from moot.minutes.records import MeetingFacts, Minutes
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem
from moot.records.tests.seed_minutes import SECRET, exempt_item, seed_item
from moot.tracker.models import Commitment

BRADFORD = "City of Bradford Metropolitan District Council"
SCRUTINY = "Corporate Overview and Scrutiny Committee"


@pytest.fixture(autouse=True)
def _committed(transactional_db):
    """Every write commits, as in production: the tracker works after the
    commit (``changes_committed``), which a test wrapped in one transaction
    would never reach."""


@pytest.fixture
def clerk(db):
    return get_user_model().objects.create_user(
        "clerk", password="x", is_staff=True, is_superuser=True, first_name="Cal"
    )


@pytest.fixture
def seed(db) -> AgendaItem:
    """The seed item at 19 September 2018 and an exempt item at the same meeting."""
    minutes = Minutes(
        MeetingFacts(date=date(2018, 9, 19)), [seed_item(), exempt_item()]
    )
    store(minutes, Provenance("seed.txt", "test"), body=BRADFORD, committee=SCRUTINY)
    return AgendaItem.objects.get(is_exempt=False)


@pytest.fixture
def twelve_months(seed) -> Commitment:
    return Commitment.objects.get(agenda_item=seed, due_phrase="in 12 months time")


@pytest.fixture
def secret(seed) -> Commitment:
    return Commitment.objects.get(text=SECRET)


@pytest.fixture
def minutes_since(seed):
    """Minutes of a meeting of the seed's council after its promises fell due
    (September 2019), so that the record reaches past them: an open one of
    them is then known overdue, not merely past due (moot/tracker/horizon.py).
    A test record: its date and title say so."""
    from moot.records.models import Meeting

    return Meeting.objects.create(
        committee=seed.meeting.committee,
        date=date(2020, 1, 16),
        status=Meeting.Status.HELD,
        minutes_status=Meeting.MinutesStatus.PUBLISHED,
        venue="(test record)",
    )

"""The loader stores a council's registers: links, re-imports, removals."""

from datetime import date

import pytest

from moot.decisions.models import Decision, ForwardPlanEntry, RegisteredInterest
from moot.importers import registers as plain
from moot.records.load import Provenance, Tally, store_register
from moot.records.models import AgendaItem, Body, Committee, Meeting, Person
from moot.vocabulary import DecisionStatus, InterestCategory

pytestmark = pytest.mark.django_db
BASE = "https://democracy.fictional.invalid"


@pytest.fixture
def body():
    body = Body.objects.create(name="Fictional Borough Council", slug="fictional")
    cabinet = Committee.objects.create(
        body=body, name="Cabinet", slug="cabinet", source_id=f"{BASE}/c?ID=1"
    )
    meeting = Meeting.objects.create(
        committee=cabinet, date=date(2025, 2, 3), source_id=f"{BASE}/m?MId=7"
    )
    AgendaItem.objects.create(meeting=meeting, position=4, title="Parks Strategy")
    Person.objects.create(name="Ada Fenwick", slug="ada", source_id=f"{BASE}/u?UID=3")
    return body


def register(**changes):
    decision = plain.Decision(
        source_id=f"{BASE}/ieDecisionDetails.aspx?ID=1",
        title="Parks Strategy",
        decision_maker="Cabinet",
        committee=f"{BASE}/c?ID=1",
        meeting=f"{BASE}/m?MId=7",
        decided=date(2025, 2, 3),
        status=DecisionStatus.MADE,
        wards=["Abbey", "Heaton"],
        text="Adopted.",
        documents=[plain.DecisionDocument("Strategy", f"{BASE}/s.pdf")],
        issue=f"{BASE}/issue?IId=5",
    )
    entry = plain.PlanEntry(
        source_id=f"{BASE}/plan?ID=9",
        title="Parks Strategy",
        decision_maker="Cabinet",
        expected=date(2025, 2, 3),
        is_key=True,
        issue=f"{BASE}/issue?IId=5",
    )
    interest = plain.Interest(
        person=f"{BASE}/u?UID=3",
        category=InterestCategory.LAND,
        description="A house in Abbey ward.",
    )
    values = {
        "decisions": [decision],
        "plan": [entry],
        "interests": [interest],
        "registers_read": [f"{BASE}/u?UID=3"],
    }
    return plain.Register(**{**values, **changes})


def store(body, record):
    tally = Tally()
    store_register(body, record, Provenance(BASE, "test"), tally)
    return tally


def test_a_decision_finds_its_committee_meeting_and_item_and_the_plan_its_decision(
    body,
):
    store(body, register())
    decision = Decision.objects.get()

    assert decision.committee.name == "Cabinet"
    assert decision.meeting.date == date(2025, 2, 3)
    assert decision.agenda_item.title == "Parks Strategy"
    assert decision.ward_list() == ["Abbey", "Heaton"]
    assert decision.documents.get().url == f"{BASE}/s.pdf"
    assert ForwardPlanEntry.objects.get().decision == decision
    assert RegisteredInterest.objects.get().person.name == "Ada Fenwick"


def test_a_second_store_of_the_same_register_changes_nothing(body):
    store(body, register())
    before = [
        list(m.objects.values("pk", "modified"))
        for m in (Decision, ForwardPlanEntry, RegisteredInterest)
    ]
    tally = store(body, register())

    assert tally.get("decisions", "unchanged") == 1
    assert tally.get("plan entries", "unchanged") == 1
    assert tally.get("interests", "unchanged") == 1
    assert before == [
        list(m.objects.values("pk", "modified"))
        for m in (Decision, ForwardPlanEntry, RegisteredInterest)
    ]


def test_a_changed_decision_is_updated_in_place(body):
    store(body, register())
    first = Decision.objects.get()
    changed = register()
    changed.decisions[0].status = DecisionStatus.CALLED_IN
    tally = store(body, changed)

    assert tally.get("decisions", "updated") == 1
    assert Decision.objects.get().pk == first.pk
    assert Decision.objects.get().status == "called-in"


def test_an_interest_gone_from_a_register_read_whole_is_removed(body):
    store(body, register())
    tally = store(body, register(interests=[]))

    assert tally.get("interests", "deleted") == 1
    assert not RegisteredInterest.objects.public().exists()


def test_an_exempt_decision_is_stored_without_its_text(body):
    record = register()
    record.decisions[0].is_exempt = True
    record.decisions[0].exempt_paragraphs = [3]
    store(body, record)
    decision = Decision.objects.get()

    assert decision.is_exempt and decision.exempt_paragraphs == [3]
    assert decision.text == "" and not decision.documents.exists()


def test_interests_of_someone_not_imported_are_a_warning(body):
    record = register()
    record.interests[0].person = f"{BASE}/u?UID=404"
    tally = store(body, record)

    assert not RegisteredInterest.objects.exists()
    assert tally.warnings == [
        f"{BASE}/u?UID=404: interests of a person not imported, not stored."
    ]

"""The tracker works after the commit, on every item a transaction changed
at once, and the result does not depend on how the items were grouped."""

from datetime import date

from django.core.management import call_command
from django.db import transaction

from moot.minutes import parse
from moot.minutes.records import Item, MeetingFacts, Minutes, Reference
from moot.records.load import Provenance, store
from moot.tracker.models import Commitment, Fulfilment

from .test_proposals import promise

BODY, COMMITTEE = "Fictional Borough Council", "Executive"
REVIEW = Item(
    number="5.",
    title="Library service review",
    commitments=[
        promise(
            "That a report on the library consultation be submitted to the "
            "Executive in six months' time.",
            recipient="the Executive",
            due=date(2020, 7, 15),
        )
    ],
)
OUTCOME = Item(
    number="7.",
    title="Library consultation: outcome",
    references=[Reference("Minute 5 (2019/20)", minute="5", municipal_year="2019/20")],
)


def meetings():
    return [
        (Minutes(MeetingFacts(date=date(2020, 1, 15)), [REVIEW]), "jan"),
        (Minutes(MeetingFacts(date=date(2020, 7, 8)), [OUTCOME]), "jul"),
    ]


def load(minutes, name):
    store(minutes, Provenance(name, "test"), body=BODY, committee=COMMITTEE)


def proposals():
    return sorted(
        (f.commitment.text, f.item.title, f.score)
        for f in Fulfilment.objects.select_related("commitment", "item")
    )


def test_nothing_is_proposed_until_the_commit():
    with transaction.atomic():
        for minutes, name in meetings():
            load(minutes, name)
        assert not Fulfilment.objects.exists()
    [made] = proposals()
    assert made[1] == "Library consultation: outcome" and made[2] == 0.95


def test_one_transaction_or_one_per_meeting_in_any_order_give_the_same():
    with transaction.atomic():
        for minutes, name in meetings():
            load(minutes, name)
    together = proposals()
    call_command("flush", interactive=False, verbosity=0)
    for minutes, name in reversed(meetings()):
        load(minutes, name)
    assert proposals() == together != []


def test_a_recommendation_delivered_later_is_adopted_when_a_clerk_confirms(clerk):
    page = (
        b"5. Library service review\n\nRecommended -\n\n(1) That a further report "
        b"on the library consultation be submitted to the Executive in six "
        b"months' time.\n"
    )
    store(
        parse(page, "jan.txt", date(2020, 1, 15)),
        Provenance("jan.txt", "test"),
        body=BODY,
        committee=COMMITTEE,
        meeting_date=date(2020, 1, 15),
    )
    assert Commitment.objects.get().status == "recommended"
    load(Minutes(MeetingFacts(date=date(2020, 7, 8)), [OUTCOME]), "jul")
    link = Fulfilment.objects.get()
    link.confirm(clerk)
    commitment = Commitment.objects.get()
    assert commitment.status == "fulfilled"
    assert "adopted" in commitment.events.first().why.lower()


def test_an_owner_named_by_role_is_linked_to_the_person():
    from moot.records.models import Body, Person

    body = Body.objects.create(name=BODY, slug="fictional")
    director = Person.objects.create(
        name="Ada Quill", slug="ada-quill", kind="officer", body=body, role="Director"
    )
    for minutes, name in meetings():
        load(minutes, name)
    assert Commitment.objects.get().owner_person == director


def test_an_undecided_proposal_goes_when_its_item_no_longer_delivers(clerk):
    for minutes, name in meetings():
        load(minutes, name)
    assert Fulfilment.objects.count() == 1
    unrelated = Item(number="7.", title="Treasury management outturn")
    load(Minutes(MeetingFacts(date=date(2020, 7, 8)), [unrelated]), "jul")
    assert not Fulfilment.objects.exists()


def test_a_decided_proposal_stays_as_the_clerk_left_it(clerk):
    for minutes, name in meetings():
        load(minutes, name)
    Fulfilment.objects.get().reject(clerk)
    unrelated = Item(number="7.", title="Treasury management outturn")
    load(Minutes(MeetingFacts(date=date(2020, 7, 8)), [unrelated]), "jul")
    assert Fulfilment.objects.get().state == "rejected"

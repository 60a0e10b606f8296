from datetime import date

import pytest
from django.core.management import call_command

from moot.records.load import LoadError, Provenance, store
from moot.records.models import (
    AgendaItem,
    Meeting,
    MinutesBlock,
    Question,
    Recommendation,
    Resolution,
)
from moot.records.tests.seed_minutes import TITLE, seed_minutes
from moot.tracker.models import Commitment, InformationRequest

BODY = "City of Bradford Metropolitan District Council"
COMMITTEE = "Corporate Overview and Scrutiny Committee"
SEED = "../shared/seed/000_4e186e70c30e6533.txt"


def load(minutes, source="seed.txt"):
    return store(
        minutes,
        Provenance(source, "test"),
        body=BODY,
        committee=COMMITTEE,
        meeting_date=date(2018, 9, 19),
    )


def snapshot():
    rows = []
    for model in (
        AgendaItem,
        Recommendation,
        MinutesBlock,
        Question,
        Resolution,
        Commitment,
        InformationRequest,
    ):
        rows += [
            (model.__name__, pk, m)
            for pk, m in model.objects.values_list("pk", "modified")
        ]
    return sorted(rows)


def test_it_stores_every_section_of_the_item(stored_seed):
    item = AgendaItem.objects.get()
    assert item.title == TITLE
    assert item.reports.get().letter == "J"
    assert item.reports.get().contact_name == "Mark Griffin"
    assert item.recommendations.count() == 3
    assert [b.kind for b in item.minutes_blocks.all()] == ["paragraph", "list"]
    assert item.questions.get().responses.count() == 1
    assert item.representations.count() == 1
    assert item.information_requests.get().outcome == "refused"
    assert item.resolutions.count() == 2
    assert item.actions.get().owner == "Strategic Director, Children’s Services"
    assert item.source == "seed.txt"
    assert item.importer == "test"


def test_it_links_commitments_to_resolutions_and_proposes_undertakings(stored_seed):
    first, second, undertaking = Commitment.objects.order_by("position")
    assert first.resolution.number == "1"
    assert first.due_date == date(2019, 9, 19)
    assert first.status == Commitment.Status.OPEN
    assert second.recipient == "Area Committees"
    assert undertaking.status == Commitment.Status.PROPOSED


def test_it_flags_a_date_from_the_command_line_as_assumed(stored_seed):
    meeting = Meeting.objects.get()
    assert meeting.date == date(2018, 9, 19)
    assert meeting.date_assumed is True


def test_a_date_in_the_text_is_not_assumed(db):
    load(seed_minutes(date(2018, 9, 20)))
    meeting = Meeting.objects.get()
    assert (meeting.date, meeting.date_assumed) == (date(2018, 9, 20), False)


def test_loading_twice_changes_nothing(stored_seed):
    before = snapshot()
    result = load(seed_minutes())
    assert snapshot() == before
    outcomes = [result.get("items", o) for o in ("created", "updated", "unchanged")]
    assert outcomes == [0, 0, 1]


def test_a_changed_item_is_updated_in_place_keeping_clerk_decisions(stored_seed):
    item = AgendaItem.objects.get()
    commitment = Commitment.objects.get(position=1)
    commitment.status = Commitment.Status.FULFILLED
    commitment.save()
    minutes = seed_minutes()
    minutes.items[0].recommendations.pop()
    result = load(minutes)
    assert result.get("items", "updated") == 1 and result.items == [item]
    assert AgendaItem.objects.get().pk == item.pk
    assert Recommendation.objects.count() == 2
    assert Commitment.objects.get(position=1).status == Commitment.Status.FULFILLED


def test_it_refuses_minutes_without_any_date(db):
    with pytest.raises(LoadError, match="no meeting date"):
        store(seed_minutes(), Provenance("x", "test"), body=BODY, committee=COMMITTEE)


def test_load_minutes_command_stores_the_seed_once(db, capsys):
    args = [
        SEED,
        "--body",
        BODY,
        "--committee",
        COMMITTEE,
        "--meeting-date",
        "2018-09-19",
    ]
    call_command("load-minutes", *args)
    call_command("load-minutes", *args)
    assert "0 items created, 0 updated, 1 unchanged" in capsys.readouterr().out
    meeting = Meeting.objects.get()
    assert meeting.date_assumed is True
    assert meeting.items.count() == 1


def test_reloading_a_changed_item_keeps_each_commitments_history(stored_seed):
    commitment = Commitment.objects.get(position=1)
    commitment.add_update("Report drafted for the September meeting.", "green", "Clerk")
    minutes = seed_minutes()
    minutes.items[0].commitments.pop(1)  # the source no longer states one
    load(minutes)
    again = Commitment.objects.get(pk=commitment.pk)
    assert [u.note for u in again.updates.all()] == [
        "Report drafted for the September meeting."
    ]
    dropped = Commitment.objects.filter(deleted__isnull=False)
    assert dropped.count() == 1, "a commitment no longer stated is kept, not deleted"
    assert Commitment.objects.public().filter(pk__in=dropped).count() == 0

"""Recorded votes by name and declarations of interest, stored by the loader.

The minutes here are built by hand as the parser's dataclasses, for a
fictional council: the loader must store what the parser offers, match the
members to the council's people and change nothing when given it again.
"""

import pytest

from moot.records.load.names import bare
from moot.records.models import AgendaItem, Declaration, Vote
from moot.records.tests.fictional_votes import load, make_people, minutes

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return make_people()


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        ("Councillor Okafor", "okafor"),
        ("Cllr. P. Okafor", "p okafor"),
        ("County Councillor Jo Reyes", "jo reyes"),
        ("Mrs A Reyes", "a reyes"),
        ("Cllr O\u2019Neill", "o'neill"),
    ],
)
def test_titles_and_stops_are_dropped_from_a_printed_name(printed, plain):
    assert bare(printed) == plain


def test_named_votes_are_stored_on_their_resolution_with_the_people_they_name(
    people,
):
    load(minutes())

    votes = {v.name: v for v in Vote.objects.all()}
    assert votes["Councillor Okafor"].person == people["Priya Okafor"]
    assert votes["Cllr J Reyes"].person == people["Jo Reyes"]  # the initial decides
    assert votes["Councillor Pike"].person is None  # two Pikes: not guessed
    assert votes["Councillor Pike"].choice == "against"
    assert {v.resolution.number for v in votes.values()} == {"1"}


def test_declarations_point_at_the_item_they_concern(people):
    load(minutes())

    okafor, reyes, nobody = Declaration.objects.order_by("position")
    item_seven = AgendaItem.objects.get(number="7")
    assert okafor.about_item == item_seven and okafor.person == people["Priya Okafor"]
    assert okafor.agenda_item.number == "2" and okafor.kind == "personal"
    assert reyes.about_item is None and reyes.person == people["Jo Reyes"]
    assert nobody.about_number == "9" and nobody.about_item is None
    assert nobody.person is None


def test_a_second_load_changes_nothing(people):
    load(minutes())
    before = sorted(
        (type(r).__name__, r.pk, r.modified)
        for model in (Vote, Declaration, AgendaItem)
        for r in model.objects.all()
    )

    load(minutes())

    after = sorted(
        (type(r).__name__, r.pk, r.modified)
        for model in (Vote, Declaration, AgendaItem)
        for r in model.objects.all()
    )
    assert after == before


def test_the_interest_in_an_exempt_item_is_withheld_and_the_member_shown(people):
    load(minutes(exempt_seven=True))

    shown = {d.member: d.public_interest for d in Declaration.objects.public()}
    # About the exempt item, or about an item not found while one is exempt.
    assert shown["Councillor Okafor"] == ""
    assert shown["Councillor Nobody"] == ""
    # Naming no item at a meeting with an exempt item: unsure, so withheld.
    assert shown["Cllr J. Reyes"] == ""


def test_the_interest_is_public_when_the_item_is_open(people):
    load(minutes())

    shown = {d.member: d.public_interest for d in Declaration.objects.public()}
    assert shown["Councillor Okafor"] == "Owns land next to the site"
    assert shown["Cllr J. Reyes"] == "Member of the Canal Trust"
    assert shown["Councillor Nobody"] == ""  # names an item Moot cannot find

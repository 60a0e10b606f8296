"""Every declaration phrase row reads as it says; real wordings give the
member, kind and item a reader of the minutes would name."""

import pytest

from moot.minutes import parse
from moot.minutes.declaration_phrases import ABOUT_ITEM, DECLARATIONS
from moot.minutes.declarations import read_declarations


@pytest.mark.parametrize(
    "row", [*DECLARATIONS, ABOUT_ITEM], ids=lambda r: r.example[:30]
)
def test_each_row_matches_its_example(row):
    assert row.regex.search(row.example), row.pattern


@pytest.mark.parametrize("row", DECLARATIONS, ids=lambda r: r.example[:30])
def test_each_row_gives_a_declaration(row):
    assert read_declarations([row.example])


# (wording from real minutes, [(member, kind, item)])
WORDINGS = [
    (
        "Cllr Brian Dalton declared a personal and prejudicial interest in respect"
        " of the housing revenue account.",
        [("Cllr Brian Dalton", "personal and prejudicial", None)],
    ),
    (
        "Councillor Chris Jones declared a disclosable pecuniary interest in relation"
        " to item 3a, as she was married to Adrian Jones.",
        [("Councillor Chris Jones", "disclosable pecuniary", "3a")],
    ),
    (
        "Councillors Martin Lawton and Pat Midgley declared prejudicial interests in"
        " item 11 on the agenda (Budget Report).",
        [("Martin Lawton", "prejudicial", "11"), ("Pat Midgley", "prejudicial", "11")],
    ),
    (
        "The Chair, Councillor Grewal, declared a personal and prejudicial interest"
        " in agenda item 3 (Castleview Scrutiny).",
        [("Councillor Grewal", "personal and prejudicial", "3")],
    ),
    (
        "Prior to consideration of agenda item 14-Village Design Statements,"
        " Councillor Mrs R Bailey declared a personal interest in the item.",
        [("Councillor Mrs R Bailey", "personal", "14")],
    ),
    (
        "• Agenda Item 12. Cllr T Davies declared a personal but not prejudicial"
        " interest in relation to his role as a County Councillor.",
        [("Cllr T Davies", "personal but not prejudicial", "12")],
    ),
    (
        "Councillor Walter Dickie declared a potential pecuniary interest with"
        " agenda item 8 (d) City of Orillia.",
        [("Councillor Walter Dickie", "potential pecuniary", "8")],
    ),
    (
        "Councillor Sangar declared a non-pecuniary interest in item 19 as the"
        " ward councillor for that area.",
        [("Councillor Sangar", "non-pecuniary", "19")],
    ),
    (
        "0654 Councillor Mary Dooley Disclosable Pecuniary Interest",
        [("Councillor Mary Dooley", "Disclosable Pecuniary", "0654")],
    ),
    (
        "0654 & 0655 Councillor James Watson Significant Other Interest",
        [("Councillor James Watson", "Significant Other", "0654 & 0655")],
    ),
    ("There were no declarations of interest.", []),
    ("No declarations", []),
    (
        "Members are invited to declare any disclosable pecuniary interests relevant"
        " to items on this agenda.",
        [],
    ),
    (
        "Councillor Munkley sought clarification as to whether he would again need"
        " to declare a prejudicial interest in the same item.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS, ids=lambda v: str(v)[:30])
def test_a_real_wording_gives_its_declarations(text, expected):
    found = read_declarations([text])
    assert [(d.member, d.kind, d.about_item) for d in found] == expected


def test_the_declarations_item_of_minutes_lists_them_and_keeps_its_words():
    text = (
        "5. Declarations of Interest\n\n"
        "Councillor Sangar declared a non-pecuniary interest in item 19 as the"
        " ward councillor for that area.\n\n"
        "6. Apologies\n\nNo declarations.\n"
    )
    first, second = parse(text.encode(), "t.txt").items
    [declaration] = first.declarations
    assert declaration.member == "Councillor Sangar"
    assert declaration.about_item == "19"
    assert "ward councillor" in declaration.interest
    assert "ward councillor" in first.minutes[0].text
    assert second.declarations == []

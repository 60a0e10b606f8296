"""Every named-vote phrase row reads as it says; real roll calls give each
member's vote, and a roll call in minutes goes to the motion it settles."""

import pytest

from moot.minutes import parse
from moot.minutes.named_vote_phrases import AFTER, EACH, LABELS
from moot.minutes.named_votes import read_named_votes


@pytest.mark.parametrize("row", [*LABELS, *AFTER], ids=lambda r: r.example[:30])
def test_each_choice_row_reads_its_example_as_that_choice(row):
    votes = read_named_votes(row.example)
    assert votes
    assert {vote.choice for vote in votes} == {row.choice}


def test_the_each_row_reads_its_example():
    assert EACH.regex.search(EACH.example)


# (a real roll call, {choice: [names]})
ROLL_CALLS = [
    (
        "For the procedural motion  (15)  -  Councillors Adam, Allan and Young."
        " Against the procedural motion  (17)  -  Lord Provost Peter Stephen; and"
        " Councillors Clark and Yuill. Declined to vote  (1)  -  Councillor Cross.",
        {
            "for": ["Adam", "Allan", "Young"],
            "against": ["Lord Provost Peter Stephen", "Clark", "Yuill"],
            "abstain": ["Cross"],
        },
    ),
    (
        "AYES: Councilmembers Morena, Himmelrich, Davis, Mayor McKeown NOES: None"
        " ABSTAIN: Mayor Pro Tem O’Day",
        {
            "for": ["Morena", "Himmelrich", "Davis", "Mayor McKeown"],
            "abstain": ["Mayor Pro Tem O’Day"],
        },
    ),
    (
        "the motion carried by the following roll call vote: Councilmembers"
        " Daysog: No; Knox White: Aye; Oddie: Aye; and Mayor Ezzy Ashcraft: Aye."
        " Ayes: 3. Noes: 1.",
        {
            "against": ["Daysog"],
            "for": ["Knox White", "Oddie", "Mayor Ezzy Ashcraft"],
        },
    ),
    (
        "Motion carried with the following roll call vote: Supervisor Lyons,"
        " Councilmember Conklin & Harris voting aye. Councilmember Palow voted nay"
        " and Councilmember Willsey abstained.",
        {
            "for": ["Lyons", "Conklin", "Harris"],
            "against": ["Palow"],
            "abstain": ["Willsey"],
        },
    ),
    (
        "In Favour: (10)Councillor Davies, Councillor Hill, Councillor Jeffries",
        {"for": ["Davies", "Hill", "Jeffries"]},
    ),
    (
        "Those voting in favour: Cllrs Ahmed, Brown and van Dijk; Those voting"
        " against: Cllr Green",
        {"for": ["Ahmed", "Brown", "van Dijk"], "against": ["Green"]},
    ),
    ("Ayes: 4. Noes: 1.", {}),
    ("For: 26 Against: 32 Abstention: 0", {}),
    ("The Committee voted against the proposal.", {}),
    ("The motion was carried. Members present were for it.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ROLL_CALLS, ids=lambda v: str(v)[:30])
def test_a_real_roll_call_gives_each_members_vote(text, expected):
    got: dict[str, list[str]] = {}
    for vote in read_named_votes(text):
        got.setdefault(vote.choice, []).append(vote.name)
    assert got == expected


def test_a_roll_call_below_a_motion_is_that_motions_vote():
    text = (
        "4. Budget\n\n"
        "On motion of Supervisor McNamara to adopt the resolution, seconded by"
        " Supervisor Peters and carried by the following recorded vote:\n\n"
        "RESOLVED that the budget be approved.\n\n"
        "AYES: Supervisors Assaid, Bedrosian, Peters\n\nNAYS: None\n"
    )
    [item] = parse(text.encode(), "t.txt").items
    [resolution] = item.resolutions
    assert [(v.name, v.choice) for v in resolution.named_votes] == [
        ("Assaid", "for"),
        ("Bedrosian", "for"),
        ("Peters", "for"),
    ]


def test_a_division_before_the_decision_is_the_decisions_vote():
    text = (
        "7. Remaining Business\n\n"
        "RESOLVED that the minutes be approved.\n\n"
        "Councillor Allard moved as a procedural motion:- That the Council defer"
        " item 9.\n\n"
        "On a division, there voted:-\n\n"
        "For the procedural motion  (2)  -  Councillors Allard and Young.\n\n"
        "Against the procedural motion  (1)  -  Councillor Ali.\n\n"
        "The Council resolved:-\n\nto adopt the procedural motion.\n"
    )
    [item] = parse(text.encode(), "t.txt").items
    first, *rest = item.resolutions
    assert first.named_votes == []
    decision = rest[-1]
    assert "adopt the procedural motion" in decision.text
    assert {(v.name, v.choice) for v in decision.named_votes} == {
        ("Allard", "for"),
        ("Young", "for"),
        ("Ali", "against"),
    }

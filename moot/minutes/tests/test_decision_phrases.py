"""Every decision phrase row reads as it says, alone and in an item."""

import pytest

from moot.minutes import decision_phrases as phrases
from moot.minutes import parse
from moot.minutes.decisions import (
    is_decision_entry,
    is_decision_sentence,
    is_lead_in,
    vote_line,
)
from moot.minutes.lines import classify

TABLES = {
    "RESOLUTION_LABELS": phrases.RESOLUTION_LABELS,
    "RECOMMENDATION_LABELS": phrases.RECOMMENDATION_LABELS,
    "MOTION_PARTS": phrases.MOTION_PARTS,
    "MOTIONS": phrases.MOTIONS,
    "DECISION_SENTENCES": phrases.DECISION_SENTENCES,
    "LEAD_INS": phrases.LEAD_INS,
    "DECISION_ENTRIES": phrases.DECISION_ENTRIES,
    "VOTES": phrases.VOTES,
    "VOTE_DETAILS": phrases.VOTE_DETAILS,
}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{n}:{r.example[:30]}" for n, r in ROWS]
)
def test_each_row_matches_its_example(table, row):
    assert row.regex.match(row.example), f"{table}: {row.pattern!r}"


@pytest.mark.parametrize(
    "row",
    phrases.RESOLUTION_LABELS + phrases.MOTION_PARTS,
    ids=lambda r: r.example[:30],
)
def test_a_label_opens_the_resolutions(row):
    unit = classify(row.example, True)
    assert unit.kind == "label" and unit.label == "resolved"


@pytest.mark.parametrize("row", phrases.VOTES, ids=lambda r: r.example[:30])
def test_a_vote_line_is_read_as_written(row):
    assert vote_line(row.example) == row.example.rstrip(" .")


@pytest.mark.parametrize("row", phrases.LEAD_INS, ids=lambda r: r.example[:30])
def test_a_lead_in_is_not_a_resolution(row):
    text = f"7. Roads\n\n{row.example}\n\n(1) that the works be approved.\n"
    [item] = parse(text.encode(), "t.txt").items
    assert [r.text for r in item.resolutions] == ["that the works be approved."]


@pytest.mark.parametrize(
    "row", phrases.DECISION_SENTENCES, ids=lambda r: r.example[:30]
)
def test_a_decision_sentence_is_a_resolution(row):
    assert is_decision_sentence(row.example)
    [item] = parse(f"4. Minutes\n\n{row.example}\n".encode(), "t.txt").items
    assert [r.text for r in item.resolutions] == [row.example]


@pytest.mark.parametrize("row", phrases.DECISION_ENTRIES, ids=lambda r: r.example[:30])
def test_an_unlabelled_decision_list_is_resolutions(row):
    assert is_decision_entry("1", row.example)
    text = f"8. Exempt items\n\nMembers reviewed the items.\n\n(1) {row.example}\n"
    [item] = parse(text.encode(), "t.txt").items
    assert [r.text for r in item.resolutions] == [row.example]


PAGES = [
    # (text of one item, resolutions, votes)
    (
        "Moved Cr Smith, seconded Deputy Mayor Jones and resolved\n\n"
        "That Council confirms the minutes of the meeting held on 3 May 2024.",
        ["That Council confirms the minutes"],
        [None],
    ),
    (
        "Moved: Cr Stroet Seconded: Cr Onuzans The Minutes of the Ordinary Council "
        "Meeting held 15 December 2020 be confirmed. CARRIED",
        ["The Minutes of the Ordinary Council Meeting held 15 December 2020"],
        ["CARRIED"],
    ),
    (
        "Minutes of the Regional Council Meeting held on 28 January 2015, a copy "
        "having been circulated prior to the meeting, were taken as read and "
        "confirmed as a true and accurate record. CARRIED |",
        ["Minutes of the Regional Council Meeting held on 28 January 2015"],
        ["CARRIED"],
    ),
    (
        "Moved (Mayor Aaron Hawkins/Cr Christine Garey):\n\nThat the Council:\n\n"
        "Confirms the agenda with the following alteration:\n\n"
        "- Option C be adopted.\n\nMotion carried",
        ["Confirms the agenda with the following alteration"],
        ["Motion carried"],
    ),
    (
        "Moved: Cr A Seconded: Cr B That the budget be adopted.\n\nLOST",
        [],
        [],
    ),
    (
        "Councilmember Lawrence-Anderson moved and Councilmember Ryan seconded to "
        "close the Informal Open Forum at 6:47 p.m.\n\nMotion passed unanimously.",
        ["to close the Informal Open Forum"],
        ["Motion passed unanimously"],
    ),
    (
        "Moved by Councilmember Ortiz\n\nSeconded by Councilmember Lee\n\n"
        "That the contract be awarded to Acme.\n\nMOTION PASSED: 9-0",
        ["That the contract be awarded"],
        ["MOTION PASSED: 9-0"],
    ),
    (
        "The Committee resolved:-\n\nthat (A) the report be noted; (B) the works be "
        "approved; and (C) officers report back to the next meeting.",
        ["the report be noted", "the works be approved", "officers report back"],
        [None, None, None],
    ),
    (
        "The Council –\n\n1. Noted the content of the report.\n\n"
        "2. Agreed to hold a workshop.",
        ["Noted the content of the report", "Agreed to hold a workshop"],
        [None, None],
    ),
    (
        "Decision made (Unanimously):\n\nThat the meeting remain in public session.",
        ["That the meeting remain in public session"],
        ["Unanimously"],
    ),
    (
        "COUNCIL RESOLUTION CL/2020/01\n\nThat the report be received.\n\nCarried",
        ["That the report be received"],
        ["Carried"],
    ),
    (
        "Be it Resolved That Council direct staff to report back within 60 days.",
        ["That Council direct staff to report back within 60 days"],
        [None],
    ),
    (
        "RESOLVED that the scheme be approved.\n\nCllr Green moved an amendment to "
        "defer it.\n\nThe amendment was LOST.",
        ["that the scheme be approved"],
        [None],
    ),
    (
        "Moved by: Councillor Ortiz\n\nSeconded by: Councillor Lee\n\n"
        "That the agenda be approved.\n\nFor (8): Mayor Watson, Councillor Ortiz\n\n"
        "Against (2): Councillor Lee\n\nCarried (8 to 2)",
        ["That the agenda be approved"],
        ["Carried (8 to 2)"],
    ),
    (
        "Motion by Councilmember Davis, seconded by Councilmember Jara, to approve "
        "Settlement Agreement No. 10991.\n\nAYES: Councilmembers Morena, Davis, Jara "
        "NOES: None",
        ["to approve Settlement Agreement No. 10991"],
        ["AYES: Councilmembers Morena, Davis, Jara NOES: None"],
    ),
    (
        "Members agreed to buy a bench for the green.\n\n"
        "Proposed Cllr Smith, seconded Cllr Jones, all in favour.",
        ["Members agreed to buy a bench"],
        ["Proposed Cllr Smith, seconded Cllr Jones, all in favour"],
    ),
    (
        "Proposed by Cllr Byrne, seconded by Cllr Walsh, it was agreed to adopt the "
        "plan.",
        ["to adopt the plan"],
        [None],
    ),
    (
        "Alderperson Kramer moved to approve the agenda and Alderperson Taylor "
        "seconded the motion.\n\nMayor Mundy called for a voice vote to approve the "
        "motion. All Alderpersons voted aye. Motion carried 7 - 0.",
        ["to approve the agenda"],
        ["Motion carried 7 - 0"],
    ),
]


@pytest.mark.parametrize(("body", "texts", "votes"), PAGES, ids=lambda v: str(v)[:30])
def test_councils_decide_in_their_own_words(body, texts, votes):
    [item] = parse(f"12. Business\n\n{body}\n".encode(), "t.txt").items
    assert len(item.resolutions) == len(texts), item.resolutions
    for resolution, text, vote in zip(item.resolutions, texts, votes, strict=True):
        assert resolution.text.casefold().startswith(text.casefold())
        assert resolution.vote == vote


def test_a_lost_motion_stays_in_the_narrative():
    body = "Moved: Cr A Seconded: Cr B That the budget be adopted.\n\nLOST"
    [item] = parse(f"6. Budget\n\n{body}\n".encode(), "t.txt").items
    assert item.resolutions == []
    texts = [block.text for block in item.minutes]
    assert texts[-2:] == ["That the budget be adopted.", "LOST"]


@pytest.mark.parametrize(
    "line",
    [
        "Resolved issues with the contractor were reported.",
        "Moved to the next item without debate",
        "Agreement was reached on the design.",
    ],
)
def test_a_word_at_the_start_of_prose_is_not_a_label(line):
    assert classify(line, True).kind != "label"
    assert not is_lead_in(line)


def test_a_wrapped_word_is_not_a_label():
    text = (
        "3. Drainage\n\nMembers heard that the flooding at the depot had been\n"
        "resolved that week by the contractor.\n"
    )
    [item] = parse(text.encode(), "t.txt").items
    assert item.resolutions == []
    assert "had been resolved that week" in item.minutes[-1].text


@pytest.mark.parametrize(
    "row", phrases.RECOMMENDATION_LABELS, ids=lambda r: r.example[:30]
)
def test_a_label_opens_the_recommendations(row):
    unit = classify(row.example, True)
    assert unit.kind == "label" and unit.label == "recommended"


def test_it_is_recommended_that_is_a_recommendation():
    text = (
        "Exclusion of Press and Public\n\nIt is recommended that the Press and "
        "Public be excluded from the meeting.\n\nDecision:\n\nAll business was "
        "conducted in Part I.\n"
    )
    [item] = parse(text.encode(), "t.txt").items
    assert [r.text for r in item.recommendations] == [
        "that the Press and Public be excluded from the meeting."
    ]
    assert [r.text for r in item.resolutions] == [
        "All business was conducted in Part I."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The motion was put to the vote and carried",
        "The motion was put to the meeting and declared CARRIED",
        "Carried – 290518-01",
    ],
)
def test_councils_write_a_carried_motion_their_own_way(line):
    assert vote_line(line) == line


def test_moved_and_seconded_run_straight_into_resolved():
    line = (
        "Moved Councillor Lancini Seconded Councillor Tack Resolved that the Minutes "
        "be approved as a correct record."
    )
    unit = classify(line, True)
    assert unit.kind == "label" and unit.label == "resolved"
    assert unit.text == "that the Minutes be approved as a correct record."


def test_a_resolution_label_behind_a_dash_opens_the_resolutions():
    body = (
        "- Moved Councillor Lancini Seconded Councillor Tack Resolved that the "
        "Minutes be approved as a correct record. Carried"
    )
    [item] = parse(f"1. MINUTES\n\n{body}\n".encode(), "t.txt").items
    [resolution] = item.resolutions
    assert resolution.text.startswith("that the Minutes be approved")
    assert resolution.vote == "Carried"

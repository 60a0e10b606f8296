"""Item headings run into one long line are found, and nothing is lost."""

import pytest

from moot.minutes import decision_phrases, parse
from moot.minutes.inline_headings import break_inline_headings

AGENDA = (
    "South and West Fife Area Committee Wednesday, 16th June, 2021 - 9.30 a.m. "
    "AGENDA Page Nos. 1. APOLOGIES FOR ABSENCE 2. DECLARATIONS OF INTEREST – In "
    "terms of Section 5 of the Code of Conduct, members are asked to declare an "
    "interest in particular items on the agenda and the nature of the interest(s) "
    "at this stage. 3. MINUTES (a) Minute of South and West Fife Area Committee of "
    "28th April, 2021. 4. RADIATION MONITORING AT DALGETY BAY – Verbal update from "
    "the Defence Infrastructure Organisation held on 2 July 2021. 5. PITCH OPTIONS "
    "- ROSYTH FOOTBALL CLUB – Verbal update by the Service Manager."
)


def test_run_in_headings_become_items_with_their_titles():
    items = parse(AGENDA.encode()).items
    assert [(item.number, item.title) for item in items] == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "MINUTES"),
        ("4", "RADIATION MONITORING AT DALGETY BAY"),
        ("5", "PITCH OPTIONS - ROSYTH FOOTBALL CLUB"),
    ]


def test_decimal_numbers_in_mixed_case_count_up():
    line = (
        "Meeting Minutes Ordinary Meeting 10th June 2013, Council Chamber. Members "
        "Present: Councillors Reilly, Gallagher and Holloway. Officials in attendance "
        "were the County Secretary and the Senior Executive Officer for Corporate "
        "Services. 1.0 Confirmation of Minutes 1.1 Confirmation of minutes of Ordinary "
        "meeting held on 13th May, 2013 It was proposed by Councillor Reilly and "
        "seconded by Councillor Holloway. 2.0 Matters arising from the Minutes No "
        "matters arising. 3.0 Expressions of Sympathy were extended to the families."
    )
    numbers = [item.number for item in parse(line.encode()).items]
    assert numbers == ["1.0", "1.1", "2.0", "3.0"]


def test_breaking_lines_keeps_every_character():
    broken = break_inline_headings(["Title", AGENDA])
    assert len(broken) > 2
    assert "".join(broken).replace(" ", "") == ("Title" + AGENDA).replace(" ", "")


def test_a_short_line_or_a_line_without_a_chain_is_left_alone():
    prose = "The Council met on 2 July and 3 August. " * 20
    assert break_inline_headings(["1. Apologies", prose]) == ["1. Apologies", prose]


def test_a_short_agenda_line_of_items_is_broken_too():
    text = "AGENDA\n\n1. Apologies 2. Declarations of Interest 3. Chair's Business"
    items = parse(text.encode()).items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Apologies"),
        ("2", "Declarations of Interest"),
        ("3", "Chair's Business"),
    ]


def test_a_resolution_in_capitals_is_not_cut_from_its_words():
    line = "RESOLVED: 1. THAT the report be noted. 2. THAT a letter be sent. "
    line += "3. THAT it ends."
    assert "1. THAT the report be noted." in break_inline_headings([line])


def test_lettered_items_run_in_count_up_even_without_titles():
    line = (
        "City Commission Minutes A. Call to Order at 5:30 PM in the Commission Room "
        "B. Pledge of Allegiance C. Changes to the Agenda Mayor Taylor asked if there "
        "were changes to the agenda and there were none so the meeting went on."
    )
    numbers = [item.number for item in parse(line.encode()).items]
    assert numbers == ["A", "B", "C"]


def test_a_second_meeting_on_the_page_numbers_its_items_afresh():
    line = (
        "ACTION MINUTES 1. CALL TO ORDER The Mayor called the meeting to order at "
        "5:00 p.m. 2. ROLL CALL The Clerk took roll call. 3. CLOSED SESSION The "
        "Council recessed. 4. ADJOURNMENT The Council adjourned at 5:55 p.m. "
        "REGULAR MEETING 6:00 P.M. 1. CALL TO ORDER The Mayor called the meeting to "
        "order. 2. ROLL CALL The Clerk took roll call. 3. FLAG SALUTE The Mayor led "
        "the salute. 4. ADJOURNMENT At 9 p.m."
    )
    items = parse(line.encode()).items
    assert [(item.number, item.title) for item in items] == [
        ("1", "CALL TO ORDER"),
        ("2", "ROLL CALL"),
        ("3", "CLOSED SESSION"),
        ("4", "ADJOURNMENT"),
        ("1", "CALL TO ORDER"),
        ("2", "ROLL CALL"),
        ("3", "FLAG SALUTE"),
        ("4", "ADJOURNMENT"),
    ]


def test_standing_business_in_capitals_run_into_a_line_becomes_items():
    line = (
        "MINUTES Monday, January 4, 2016: INVOCATION Pastor Brommet, Chaplain for the "
        "City. CALL TO ORDER Mayor Joe Lockwood called the meeting to order. ROLLCALL "
        "Councilmembers Present: Councilmember Thurman. PLEDGE OF ALLEGIANCE Led by "
        "the Mayor. ADJOURNMENT Adjourned at 9 pm."
    )
    items = parse(line.encode()).items
    assert [item.title for item in items] == [
        "INVOCATION",
        "CALL TO ORDER",
        "ROLLCALL",
        "PLEDGE OF ALLEGIANCE",
        "ADJOURNMENT",
    ]


@pytest.mark.parametrize(
    "row", decision_phrases.RUN_IN_DECISIONS, ids=lambda r: r.example[:30]
)
def test_a_decision_run_into_a_paragraph_starts_a_line_of_its_own(row):
    before = (
        "Consideration of monthly Corporate Services Activity Report as at 30 April "
    )
    line = f"{before}2018. {row.example} {'More words follow here. ' * 6}"
    broken = break_inline_headings([line])
    assert any(piece.startswith(row.example[:20]) for piece in broken)
    assert " ".join(piece for piece in broken if piece) == line.strip()

"""Every exempt phrase row reads as it says, alone and in an item."""

import pytest

from moot.minutes import exempt_phrases as phrases
from moot.minutes.exempt import paragraphs_in, read_item

TABLES = {
    "NOTICES": phrases.NOTICES,
    "NOTICE_LINES": phrases.NOTICE_LINES,
    "DOUBTS": phrases.DOUBTS,
    "DOCUMENTS": phrases.DOCUMENTS,
    "NEGATIONS": phrases.NEGATIONS,
    "EXCLUSIONS": phrases.EXCLUSIONS,
    "EXCLUSION_PROPOSALS": phrases.EXCLUSION_PROPOSALS,
    "FOLLOWING": phrases.FOLLOWING,
    "READMISSIONS": phrases.READMISSIONS,
    "PRIVATE_PART_LINES": phrases.PRIVATE_PART_LINES,
    "PUBLIC_PART_LINES": phrases.PUBLIC_PART_LINES,
    "EXCLUSION_TITLES": phrases.EXCLUSION_TITLES,
    "ELSEWHERE": phrases.ELSEWHERE,
    "HEDGES": phrases.HEDGES,
    "EXCLUSION_BY_NOTICE": phrases.EXCLUSION_BY_NOTICE,
    "PART_LETTERS_DEFINED": phrases.PART_LETTERS_DEFINED,
}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{n}:{r.example[:30]}" for n, r in ROWS]
)
def test_each_row_matches_its_example(table, row):
    assert row.regex.search(row.example), f"{table}: {row.pattern!r}"


ITEM_NOTICES = [
    row
    for row in phrases.NOTICES + phrases.NOTICE_LINES
    if not phrases.compiled(phrases.DOCUMENTS).search(row.example)
]


@pytest.mark.parametrize("row", ITEM_NOTICES, ids=lambda r: r.example[:30])
def test_a_notice_makes_its_item_exempt_for_sure(row):
    reading = read_item("Land at the Depot", [row.example, "Offers were received."])
    assert reading.notice is not None and reading.notice.certain


@pytest.mark.parametrize("row", phrases.DOUBTS, ids=lambda r: r.example[:30])
def test_doubt_withholds_but_asks_the_clerk(row):
    reading = read_item("Depot", [row.example])
    assert reading.notice is None
    assert reading.doubt is not None and not reading.doubt.certain


@pytest.mark.parametrize("row", phrases.NEGATIONS, ids=lambda r: r.example[:30])
def test_a_negation_makes_nothing_exempt(row):
    reading = read_item("Declarations", [row.example])
    assert reading.notice is None and reading.doubt is None


@pytest.mark.parametrize("row", phrases.EXCLUSIONS, ids=lambda r: r.example[:30])
def test_an_exclusion_is_read_as_one_not_as_a_notice(row):
    reading = read_item("Exclusion", [f"RESOLVED – {row.example}."])
    assert reading.exclusion is not None
    assert reading.notice is None


@pytest.mark.parametrize("row", phrases.READMISSIONS, ids=lambda r: r.example[:30])
def test_a_readmission_is_read(row):
    assert read_item("Sale", [row.example]).readmitted


@pytest.mark.parametrize(
    "line",
    [
        "Appendix 2 to the report is not for publication by virtue of paragraph 3",
        "NOT FOR PUBLICATION - Appendix B only (para. 3)",
        "The report contains an exempt appendix",
        "a separate confidential report was circulated to Members",
    ],
)
def test_a_notice_about_a_paper_withholds_only_the_paper(line):
    reading = read_item("Parks Strategy", [line])
    assert reading.notice is None and reading.doubt is None
    assert len(reading.documents) == 1


def test_a_notice_about_the_report_and_its_appendices_is_the_item():
    reading = read_item(
        "Sale", ["This report and its appendices are not for publication"]
    )
    assert reading.notice is not None


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("CONFIDENTIAL - PARAGRAPH 3 OF SCHEDULE 12A", [3]),
        ("exempt under para 3", [3]),
        ("exempt under para. 3", [3]),
        ("exempt under paragraph three", [3]),
        ("paragraphs 1 and 3 of Schedule 12A", [1, 3]),
        ("paras 1, 2 & 4", [1, 2, 4]),
        ("Paragraphs 1-3", [1, 2, 3]),
        ("paragraph 14 of Part 4 of Schedule 12A (Wales)", [14]),
        ("not for publication under Schedule 12A", []),
    ],
)
def test_paragraphs_are_read_as_numbers_or_words(text, paragraphs):
    assert paragraphs_in(text) == paragraphs


@pytest.mark.parametrize("row", phrases.ELSEWHERE, ids=lambda r: r.example[:30])
def test_a_sentence_about_other_items_is_no_notice_on_this_one(row):
    reading = read_item("Declarations of Interest", [row.example])
    assert reading.notice is None


@pytest.mark.parametrize("row", phrases.EXCLUSION_TITLES, ids=lambda r: r.example[:30])
def test_an_item_about_exempt_business_is_public_itself(row):
    reading = read_item(row.example, ["It involved exempt information."])
    assert reading.notice is None and reading.doubt is None


def test_part_b_is_no_notice_where_parts_name_kinds_of_business():
    assert read_item("Apologies", ["Part B"], part_letters=True).notice is None
    assert read_item("Apologies", ["Part B"]).notice is not None


@pytest.mark.parametrize("row", phrases.HEDGES, ids=lambda r: r.example[:30])
def test_a_hedged_notice_withholds_for_review(row):
    reading = read_item("Correspondence", [row.example])
    assert reading.notice is None
    assert reading.doubt is not None and not reading.doubt.certain

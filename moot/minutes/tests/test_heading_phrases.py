"""Every heading phrase row reads as it says, alone and in a document."""

import pytest

from moot.minutes import heading_phrases as phrases
from moot.minutes import parse
from moot.minutes.segment import split_items

TABLES = {
    "NUMBERED": phrases.NUMBERED,
    "NUMBER_ALONE": phrases.NUMBER_ALONE,
    "NOT_HEADINGS": phrases.NOT_HEADINGS,
    "SENTENCES": phrases.SENTENCES,
    "CONTENTS_TAILS": phrases.CONTENTS_TAILS,
    "TITLE_TAILS": phrases.TITLE_TAILS,
    "RUN_IN_CUTS": phrases.RUN_IN_CUTS,
    "UNFINISHED_TITLES": phrases.UNFINISHED_TITLES,
    "STANDING_ITEMS": phrases.STANDING_ITEMS,
    "STANDING_CAPS": phrases.STANDING_CAPS,
    "PAGE_MARKERS": phrases.PAGE_MARKERS,
    "ITEM_REFERENCES": phrases.ITEM_REFERENCES,
    "TITLE_FIELDS": phrases.TITLE_FIELDS,
}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{n}:{r.example[:30]}" for n, r in ROWS]
)
def test_each_row_matches_its_example(table, row):
    assert row.regex.search(row.example), f"{table}: {row.pattern!r}"


def headings(text: str) -> list[tuple[str | None, str | None]]:
    _, segments = split_items(text.split("\n"))
    return [(segment.number, segment.title) for segment in segments]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "9. 20 mph limit on the high street\n\nAgreed.\n\n10. Parks\n\nNoted.",
            [("9", "20 mph limit on the high street"), ("10", "Parks")],
        ),
        (
            "1. Apologies.\n\nNone.\n\n2. Minutes.\n\nApproved.",
            [("1", "Apologies."), ("2", "Minutes.")],
        ),
        (
            "III. Reports\n\nNoted.\n\nIV. Correspondence\n\nNoted.",
            [("III", "Reports"), ("IV", "Correspondence")],
        ),
        (
            "A. Call to Order\n\nAt 7 pm.\n\nB. Roll Call\n\nAll present.",
            [("A", "Call to Order"), ("B", "Roll Call")],
        ),
        (
            "7.1 Annual Plan\n\nAdopted.\n\n7.2 Rates Review\n\nDeferred.",
            [("7.1", "Annual Plan"), ("7.2", "Rates Review")],
        ),
        (
            "CA -11 Finance Report\n\nReceived.\n\nCA -12 Audit Report\n\nNoted.",
            [("CA -11", "Finance Report"), ("CA -12", "Audit Report")],
        ),
        (
            "33.\n\nMinutes\n\nApproved.\n\n34.\n\nExclusion of the Press and Public",
            [("33", "Minutes"), ("34", "Exclusion of the Press and Public")],
        ),
        (
            "3. Planning\n\nNoted.\n\n3a Land at Mill Lane\n\nRefused.\n\n4. Close",
            [("3", "Planning"), ("3a", "Land at Mill Lane"), ("4", "Close")],
        ),
        (
            "6. CONSENT AGENDA\n\nA. Minutes\n\nB. Bills\n\n7. ADJOURNMENT",
            [("6", "CONSENT AGENDA"), ("A", "Minutes"), ("B", "Bills")]
            + [("7", "ADJOURNMENT")],
        ),
        (
            "338 PLANNING\n\n338.1 The minutes of 3 March were APPROVED.\n\n"
            "338.2 To consider planning applications\n\n339 CLOSE",
            [("338", "PLANNING"), ("338.1", None)]
            + [("338.2", "To consider planning applications"), ("339", "CLOSE")],
        ),
        (
            "8 Apologies\n\nNone.\n\n9.\n\nRev Hanna was welcomed by the Mayor.\n\n10 Close",
            [("8", "Apologies"), ("9", None), ("10", "Close")],
        ),
        (
            "4. Minutes\n\nApproved.\n\n5.\n\nMinutes:\n\nNoted.",
            [("4", "Minutes"), ("5", "Minutes:")],
        ),
        (
            "1. Consultation with Attorney\n\na.\n\nLegal issues on the agenda\n\n"
            "2. Real Property",
            [("1", "Consultation with Attorney"), ("a", "Legal issues on the agenda")]
            + [("2", "Real Property")],
        ),
        (
            "1. Section 551.087, DELIBERATIONS REGARDING ECONOMIC DEVELOPMENT\n"
            "NEGOTIATIONS\n\nDeliberate.\n\n2. REAL PROPERTY\nCALL TO ORDER",
            [
                (
                    "1",
                    "Section 551.087, DELIBERATIONS REGARDING ECONOMIC DEVELOPMENT "
                    "NEGOTIATIONS",
                ),
                ("2", "REAL PROPERTY"),
                (None, "CALL TO ORDER"),
            ],
        ),
    ],
)
def test_a_numbering_convention_heads_items(text, items):
    assert headings(text) == items


@pytest.mark.parametrize("row", phrases.SENTENCES, ids=lambda r: r.example[:30])
def test_a_numbered_sentence_stays_in_its_item(row):
    text = f"1. Apologies\n\nNone.\n\n{row.example}\n\n2. Minutes\n\nAgreed."
    assert [number for number, _ in headings(text)] == ["1", "2"]


@pytest.mark.parametrize("row", phrases.NOT_HEADINGS, ids=lambda r: r.example[:30])
def test_a_body_line_like_a_heading_stays_in_its_item(row):
    text = f"Minute 86 Apologies\n\nNone.\n\n{row.example}\n\nMinute 88 Close"
    assert [number for number, _ in headings(text)] == ["86", "88"]


@pytest.mark.parametrize(
    "row", phrases.CONTENTS_TAILS + phrases.TITLE_TAILS, ids=lambda r: r.example[:30]
)
def test_a_tail_is_not_part_of_the_title(row):
    tail = row.regex.search(row.example).group("rest")
    title = row.example[: row.example.rfind(tail)].strip()
    text = f"1. {row.example}\n\nText.\n\n2. Close\n\nDone."
    assert headings(text)[0] == ("1", title)


@pytest.mark.parametrize("row", phrases.STANDING_ITEMS, ids=lambda r: r.example[:30])
def test_standing_business_heads_an_item_without_a_number(row):
    text = f"1 Apologies\n\nNone.\n\n2 Close\n\nDone.\n\n{row.example}\n\nAgreed."
    assert headings(text)[-1] == (None, row.example)


@pytest.mark.parametrize("row", phrases.STANDING_CAPS, ids=lambda r: r.example[:30])
def test_us_standing_business_in_capitals_heads_an_item(row):
    text = f"Minutes of April 20, 2015\nThe Mayor presided.\n{row.example}\nHeard."
    assert headings(text) == [(None, row.example)]


def test_letters_under_standing_business_start_afresh_as_sub_items():
    text = (
        "ROLL CALL\nAll present.\nCONSENT AGENDA\nA. Minutes of April 6\n"
        "B. Payment of the Bills\nPUBLIC COMMENT\nA. Arbor Day Proclamation\n"
        "B. Recognition of Greg Taylor\nADJOURNMENT\nAt 8 pm."
    )
    assert [number or title for number, title in headings(text)] == [
        "ROLL CALL",
        "CONSENT AGENDA",
        "A",
        "B",
        "PUBLIC COMMENT",
        "A",
        "B",
        "ADJOURNMENT",
    ]


def test_a_page_repeating_the_title_under_its_heading_keeps_one_item():
    text = "1.\n\nApologies\n\n2.\n\nDeclarations of Interest\n\n"
    text += "Declarations of Interest\n\nNone were declared."
    assert headings(text) == [("1", "Apologies"), ("2", "Declarations of Interest")]


def test_a_resolution_number_is_not_an_item():
    text = "3058/11 RESOLVED: (Hoban/Ainsworth)\n\nThat the report be noted."
    assert headings(text) == [(None, None)]


@pytest.mark.parametrize("row", phrases.PAGE_MARKERS, ids=lambda r: r.example[:30])
def test_a_page_marker_is_site_chrome(row):
    text = f"{row.example}\n\nParking Review\n\n13/02/2020 - Parking Review\n\nAgreed."
    minutes = parse(text.encode())
    assert [(item.number, item.title) for item in minutes.items] == [
        (None, "Parking Review")
    ]
    assert minutes.meeting.date is not None and minutes.meeting.date.day == 13
    reasons = {d.text: d.reason for d in minutes.discarded}
    assert reasons[row.example] == "site chrome"


def test_an_issue_page_gives_the_item_its_number_and_real_title():
    text = (
        "Issue - meetings\n\nTo receive the minutes of the Cabinet…\n\n"
        "Meeting: 20/09/2017 - Council (Item 52)\n\n"
        "52 To receive the minutes of the Cabinet held on 6th September 2017\n\n"
        "The minutes were received for information."
    )
    minutes = parse(text.encode())
    [item] = minutes.items
    assert item.number == "52"
    assert item.title.startswith("To receive the minutes of the Cabinet held")
    assert "Meeting" not in " ".join(block.text for block in item.minutes)
    assert item.report.summary is None or "Meeting" not in item.report.summary
    assert minutes.meeting.committee == "Council"
    assert str(minutes.meeting.date) == "2017-09-20"
    reasons = {d.text: d.reason for d in minutes.discarded}
    assert reasons["Issue - meetings"] == "site chrome"
    assert "issue's title" in reasons["To receive the minutes of the Cabinet…"]


def test_an_issue_page_without_the_number_on_the_heading_takes_it_from_the_meeting():
    text = (
        "Issue - meetings\n\nExclusion of the Press and Public\n\n"
        "Meeting: 27/01/2021 - Cabinet (Item 7)\n\n"
        "Exclusion of the Press and Public\n\nThe meeting moved into closed session."
    )
    [item] = parse(text.encode()).items
    assert (item.number, item.title) == ("7", "Exclusion of the Press and Public")


def test_an_issue_page_under_the_sites_section_title_still_gives_the_number():
    text = (
        "Councillors and committees\n\nIssue - meetings\n\n"
        "Meeting: 26/02/2019 - Council (Item 73)\n\n"
        "Declarations of Interest\n\nThere were no declarations of interest."
    )
    minutes = parse(text.encode())
    [item] = minutes.items
    assert (item.number, item.title) == ("73", "Declarations of Interest")
    reasons = {d.text: d.reason for d in minutes.discarded}
    assert reasons["Councillors and committees"] == "site chrome"


@pytest.mark.parametrize("row", phrases.ITEM_REFERENCES, ids=lambda r: r.example[:30])
def test_a_one_item_page_takes_its_number_from_a_reference(row):
    number = row.regex.match(row.example).group("num")
    text = f"{row.example}\n\nThe report was noted by the Committee."
    assert headings(text)[0][0] == number


@pytest.mark.parametrize("row", phrases.TITLE_FIELDS, ids=lambda r: r.example[:30])
def test_a_one_item_page_takes_its_title_from_a_field(row):
    title = row.regex.match(row.example).group("title")
    text = f"File #: 16-0384\n{row.example}\n\nThe report was noted by the Council."
    assert headings(text)[0] == ("16-0384", title)


def test_a_long_title_alone_on_an_item_page_is_the_title():
    title = (
        "Any other business that the Chair considers urgent and which the "
        "Committee agrees should be considered whilst the Public are excluded"
    )
    text = f"{title}\n\nThere were no items of urgent business."
    assert headings(text) == [(None, title)]


@pytest.mark.parametrize("row", phrases.RUN_IN_CUTS, ids=lambda r: r.example[:30])
def test_a_run_in_title_is_cut_at_its_boundary(row):
    """A numbered heading whose line reads on into the item's text gets the
    title before the boundary, not an empty title; the text stays in the item."""
    head = row.regex.match(row.example).group("head")
    text = f"1. Apologies\n\nNone.\n\n2. {row.example}\n\n3. Close\n\nAt 9 pm."
    _, segments = split_items(text.split("\n"))
    assert [s.title for s in segments] == ["Apologies", head, "Close"]
    assert row.example.removeprefix(head).strip(" .:") in " ".join(segments[1].lines)


def test_a_sub_number_before_a_sentence_gets_no_cut_title():
    text = "338 PLANNING\n\n338.1 The Minutes of the Planning Meeting held on 3 March were APPROVED.\n\n339 CLOSE"
    assert "The Minutes of the Planning" not in [title for _, title in headings(text)]


def test_a_second_meeting_numbers_afresh_but_a_contents_list_is_no_section():
    meeting = "1. CALL TO ORDER\n\nAt 5 pm.\n\n2. ROLL CALL\n\nAll.\n\n3. CLOSED SESSION\n\nHeld.\n\n"
    second = "1. CALL TO ORDER\n\nAt 6 pm.\n\n2. FLAG SALUTE\n\nLed.\n\n3. AGENDA REVIEW\n\nNone.\n\n4. ADJOURNMENT\n\nAt 9."
    assert [n for n, _ in headings(meeting + second)] == [
        "1",
        "2",
        "3",
        "1",
        "2",
        "3",
        "4",
    ]
    contents = "1. CALL TO ORDER\n2. FLAG SALUTE\n3. AGENDA REVIEW\n4. ADJOURNMENT\n\n"
    assert [n for n, _ in headings(contents + second)] == ["1", "2", "3", "4"]


def test_a_page_number_alone_above_text_is_no_item():
    text = (
        "1. Business of the Mayor\n\nThe Mayor extended sympathy to\n\n"
        "- Mr Edmund Corey\n\n138\n\nMM 26.02.2019 - Mrs Julie Harvey, wife of Mr Harvey"
    )
    assert headings(text) == [("1", "Business of the Mayor")]


def test_a_short_run_in_sentence_is_cut_from_the_title():
    text = (
        "1. Apologies\n\nNone.\n\n2. Matters arising from the Minutes No matters "
        "arising.\n\n3. Close\n\nAt 9 pm."
    )
    assert headings(text)[1] == ("2", "Matters arising from the Minutes")
    assert headings("1. Apologies.\n\nNone.\n\n2. Minutes.\n\nAgreed.")[0] == (
        "1",
        "Apologies.",
    )


def test_a_number_column_read_apart_gives_the_item_its_own_number():
    text = (
        "1.\nAPOLOGIES\nNone.\n2.\n2.1\nURGENT ITEMS\nOne item.\n"
        "3.\n3.1.1\nDECLARATIONS OF INTEREST\nNone were made."
    )
    assert headings(text) == [
        ("1", "APOLOGIES"),
        ("2", "URGENT ITEMS"),
        ("3", "DECLARATIONS OF INTEREST"),
    ]


def test_a_title_that_stops_mid_phrase_goes_on_on_the_next_line():
    text = (
        "6.2 Adoption of Minutes\n\nAdopted.\n\n6.3 Request for removal of quotation "
        "–\n\nAlderman Boyle\n\nAgreed.\n\n6.4 Close\n\nAt 9."
    )
    assert headings(text)[1] == (
        "6.3",
        "Request for removal of quotation – Alderman Boyle",
    )

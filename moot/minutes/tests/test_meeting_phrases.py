"""Every meeting-fact phrase row reads as it says, alone and in a header."""

import time

import pytest

from moot.minutes import meeting_phrases as phrases
from moot.minutes.dates import DATE_RE
from moot.minutes.meeting import read_head, read_meeting, sentences, split_names

TABLES = {
    "APOLOGY_SENTENCES": phrases.APOLOGY_SENTENCES,
    "PRESENT_SENTENCES": phrases.PRESENT_SENTENCES,
    "ROLL_CALL": [phrases.ROLL_CALL],
    "PLACE_BEFORE_BODY": [phrases.PLACE_BEFORE_BODY],
    "KIND_AROUND_BODY": [phrases.KIND_AROUND_BODY],
    "COMMITTEE_PHRASES": phrases.COMMITTEE_PHRASES,
    "COMMITTEE_TRIM": phrases.COMMITTEE_TRIM,
    "DATE_CUES": phrases.DATE_CUES,
    "DATE_WORDS": [phrases.DATE_WORDS],
    "VENUE_PHRASES": phrases.VENUE_PHRASES,
    "NOT_MEETING_DATES": [phrases.NOT_MEETING_DATES],
}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{n}:{r.example[:30]}" for n, r in ROWS]
)
def test_each_row_matches_its_example(table, row):
    assert row.regex.search(row.example), f"{table}: {row.pattern!r}"


@pytest.mark.parametrize("row", phrases.ATTENDANCE_LABELS, ids=lambda r: r.example[:30])
def test_a_label_puts_its_names_in_its_list(row):
    assert row.regex.match(row.example)
    lines = [row.example, "Cr Ann Smith", "Cr Bob Jones"]
    facts, used = read_meeting(lines, dayfirst=True)
    listed = getattr(facts.attendance, row.list)
    assert listed, f"{row.example!r} gave no {row.list}"
    assert used == {0, 1, 2}


@pytest.mark.parametrize("row", phrases.APOLOGY_SENTENCES, ids=lambda r: r.example[:30])
def test_an_apology_sentence_names_the_absent(row):
    facts, _ = read_meeting([row.example], dayfirst=True)
    assert facts.attendance.apologies
    assert not facts.attendance.present


@pytest.mark.parametrize("row", phrases.COMMITTEE_PHRASES, ids=lambda r: r.example[:30])
def test_a_committee_phrase_names_the_body(row):
    facts, _ = read_meeting([row.example], dayfirst=True)
    assert facts.committee
    assert facts.committee in row.example or facts.committee.casefold() in (
        row.example.casefold()
    )


@pytest.mark.parametrize(
    "row",
    [r for r in phrases.DATE_CUES if DATE_RE.search(r.example)],
    ids=lambda r: r.example[:30],
)
def test_a_date_cue_gives_the_meeting_date(row):
    facts, _ = read_meeting([row.example], dayfirst=True)
    assert facts.date is not None


@pytest.mark.parametrize("row", phrases.VENUE_PHRASES, ids=lambda r: r.example[:30])
def test_a_venue_phrase_gives_the_place(row):
    facts, _ = read_meeting([row.example], dayfirst=True)
    assert facts.venue


@pytest.mark.parametrize(
    ("header", "committee", "day"),
    [
        (
            "Council Meeting - Monday, 4th March, 2024 7.30 pm",
            "Council Meeting",
            "2024-03-04",
        ),
        (
            "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm",
            "Cabinet",
            "2018-10-02",
        ),
        (
            "Meeting: 14/03/2022 - Licensing Committee (Item 7)",
            "Licensing Committee",
            "2022-03-14",
        ),
        (
            "MINUTES OF THE MEETING OF STITHIANS PARISH COUNCIL HELD IN THE "
            "STITHIANS CENTRE ON TUESDAY 19th JULY 2011",
            "STITHIANS PARISH COUNCIL",
            "2011-07-19",
        ),
        (
            "Minutes of Neen Savage Parish Council Meeting held on 25th October 2016",
            "Neen Savage Parish Council",
            "2016-10-25",
        ),
        (
            "MINUTES OF THE SPECIAL CITY COUNCIL MEETING TUESDAY- - JULY 21, 2020",
            "CITY COUNCIL",
            "2020-07-21",
        ),
    ],
)
def test_a_header_line_gives_body_and_date(header, committee, day):
    facts, _ = read_meeting([header], dayfirst=True)
    assert facts.committee == committee
    assert facts.date is not None and facts.date.isoformat() == day


def test_a_publication_date_is_not_the_meeting_date():
    lines = [
        "Documents published after 1 May 2020 are available as HTML pages",
        "Venue: Council Chamber - Oxford Town Hall.",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.date is None
    assert facts.venue == "Council Chamber - Oxford Town Hall"


def test_the_contact_and_the_venue_are_not_the_committee():
    lines = [
        "Agenda and minutes",
        "Venue: County Hall, Worcester",
        "Contact: Simon Lewis Committee Officer",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.committee is None


def test_a_body_name_beats_the_council_name_above_it():
    lines = ["NAMBUCCA SHIRE COUNCIL", "", "Ordinary Council Meeting"]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.committee == "Ordinary Council Meeting"


def test_a_label_alone_lists_names_across_blank_lines_and_roles():
    lines = [
        "PRESENT",
        "",
        "Cr Rhonda Hoban (Mayor)",
        "",
        "Deputy Mayor",
        "",
        "Cr John Ainsworth",
        "",
        "ALSO PRESENT",
        "",
        "Michael Coulter (General Manager)",
        "",
        "DISCLOSURE OF INTEREST",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.attendance.present == ["Cr Rhonda Hoban (Mayor)", "Cr John Ainsworth"]
    assert facts.attendance.officers == ["Michael Coulter (General Manager)"]


def test_table_rows_of_members_under_a_present_heading():
    lines = [
        "Te Hunga kua Tae mai | present",
        "Chairperson |",
        "Kay Thomas |",
        "|",
        "Members |",
        "Ross Clow |",
        "Te Hunga Kāore i Tae Mai | ABSENT",
        "Member |",
        "Catherine Farmer |",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.attendance.present == ["Kay Thomas", "Ross Clow"]
    assert facts.attendance.apologies == ["Catherine Farmer"]


def test_names_run_on_after_the_label_and_absence_is_read_after_them():
    lines = [
        "Alderpersons present were: Alan Bauer, Steven Braser, Curt Lang,",
        "Gregory Taylor, and Janice Tripp. Alderperson Chuck Stowe was absent.",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.attendance.present[-1] == "Janice Tripp"
    assert len(facts.attendance.present) == 5
    assert facts.attendance.apologies == ["Chuck Stowe"]


def test_an_unlabelled_roster_heading_the_minutes_is_who_was_present():
    lines = [
        "Minutes of an extraordinary meeting of the Dunedin City Council held "
        "via zoom on Monday 06 April 2020",
        "Mayor Aaron Hawkins",
        "Deputy Mayor",
        "Cr Christine Garey",
        "Cr Sophie Barker",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.committee == "Dunedin City Council"
    assert facts.attendance.present == [
        "Mayor Aaron Hawkins",
        "Cr Christine Garey",
        "Cr Sophie Barker",
    ]


def test_a_heading_item_and_present_item_fill_a_thin_header():
    facts, _ = read_meeting([], dayfirst=True)
    heads = [
        (None, "Issue - meetings", ["Meeting: 27/01/2021 - Cabinet (Item 7)"]),
        ("1.1", "Present", ["Cr Akram Arifi Cr Marilyn Baker (via Zoom)"]),
        ("1.2", "Apologies", ["Nil"]),
        ("2", "Minutes", ["Minutes of the meeting held on 3 February 2020."]),
    ]
    read_head(heads, facts, dayfirst=True)
    assert facts.committee == "Cabinet"
    assert facts.date is not None and facts.date.isoformat() == "2021-01-27"
    assert facts.attendance.present == ["Cr Akram Arifi", "Cr Marilyn Baker (via Zoom)"]
    assert facts.attendance.apologies == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Councillor Greaves (Leader, in the Chair), Councillors Smith and Jones",
            [
                "Councillor Greaves (Leader, in the Chair)",
                "Councillor Smith",
                "Councillor Jones",
            ],
        ),
        (
            "Cllrs A Baker; C Dean | E Fox",
            ["Cllr A Baker", "Cllr C Dean", "Cllr E Fox"],
        ),
        ("Deputy Mayor Councillor A Grehan", ["Deputy Mayor Councillor A Grehan"]),
        (
            "Director of Housing and Communities",
            ["Director of Housing and Communities"],
        ),
    ],
)
def test_names_split_as_clerks_write_them(text, names):
    assert split_names(text) == names


def test_an_initial_or_a_title_ends_no_sentence():
    text = "Present: Cllr. E. Murray, Mr. P. Ledwidge. The Chair opened the meeting."
    assert sentences(text) == [
        "Present: Cllr. E. Murray, Mr. P. Ledwidge.",
        "The Chair opened the meeting.",
    ]


@pytest.mark.parametrize("row", phrases.PRESENT_SENTENCES, ids=lambda r: r.example[:30])
def test_a_present_sentence_names_those_present(row):
    facts, _ = read_meeting([row.example], dayfirst=True)
    assert len(facts.attendance.present) >= 3


def test_labels_inside_a_paragraph_each_open_their_list():
    paragraph = (
        "Minutes of the Meeting of the Whanganui District Council held at 1.00pm on "
        "Wednesday, 6 September 2017, in the Council Chamber ______ Present: Mayor "
        "Hamish McDouall (Chair), Cr Charlie Anderson and Cr Graeme Young. "
        "Apologies: Cr David Bennett and Cr Hadleigh Reid. Officers in Attendance: "
        "Mr Kym Fell (Chief Executive)."
    )
    facts, _ = read_meeting([paragraph], dayfirst=True)
    assert facts.committee == "Whanganui District Council"
    assert facts.attendance.present == [
        "Mayor Hamish McDouall (Chair)",
        "Cr Charlie Anderson",
        "Cr Graeme Young",
    ]
    assert facts.attendance.apologies == ["Cr David Bennett", "Cr Hadleigh Reid"]
    assert facts.attendance.officers == ["Mr Kym Fell (Chief Executive)"]


def test_a_members_table_without_a_label_is_who_was_present():
    lines = [
        "Minutes of a meeting of the Puketāpapa Local Board held on Thursday, "
        "15 August 2019 at 4.00pm.",
        "Chairperson |",
        "Harry Doig |",
        "|",
        "Deputy Chairperson |",
        "Julie Fairey |",
        "Members |",
        "Anne-Marie Coury |",
        "|",
    ]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.attendance.present == [
        "Harry Doig",
        "Julie Fairey",
        "Anne-Marie Coury",
    ]


def test_a_present_list_after_a_contents_list_is_found():
    facts, _ = read_meeting([], dayfirst=True)
    contents = [(str(n), f"Item {n}", []) for n in range(3, 12)]
    heads = [
        *contents,
        (
            "23",
            "Closed Portion of the Meeting",
            [
                "PRESENT:",
                "The Lord Mayor "
                "Alderman R G Christie, the Deputy Lord Mayor Alderman P T Sexton, "
                "Aldermen M Zucco, J R Briscoe and W F Harvey.",
                "APOLOGIES:",
                "Nil.",
            ],
        ),
    ]
    read_head(heads, facts, dayfirst=True)
    assert facts.attendance.present == [
        "The Lord Mayor Alderman R G Christie",
        "Deputy Lord Mayor Alderman P T Sexton",
        "Alderman M Zucco",
        "Alderman J R Briscoe",
        "Alderman W F Harvey",
    ]
    assert facts.attendance.apologies == []


def test_a_roll_call_of_name_and_status_splits_present_from_absent():
    line = (
        "Commissioner-Jeff Krauss: Present Mayor-Carson Taylor: Present "
        "Commissioner-Chris Mehl: Absent"
    )
    facts, _ = read_meeting([line], dayfirst=True)
    assert facts.attendance.present == [
        "Commissioner-Jeff Krauss",
        "Mayor-Carson Taylor",
    ]
    assert facts.attendance.apologies == ["Commissioner-Chris Mehl"]


def test_a_capitalised_label_inside_a_paragraph_opens_its_list():
    paragraph = (
        "MINUTES OF THE GENERAL MEETING OF THE SHIRE COUNCIL HELD IN THE COUNCIL "
        "CHAMBERS ON TUESDAY 29 MAY 2018 AT 9.00 AM ATTENDANCE - Present were "
        "Councillors ME Brown, AJ Lancini and MG Tack - Also present was the Chief "
        "Executive Officer (RP Ferguson) APOLOGY - Apologies for non-attendance were "
        "received from Mayor R Jayo"
    )
    facts, _ = read_meeting([paragraph], dayfirst=True)
    assert facts.attendance.present == [
        "Councillor ME Brown",
        "Councillor AJ Lancini",
        "Councillor MG Tack",
    ]
    assert facts.attendance.apologies == ["Mayor R Jayo"]
    assert facts.venue == "THE COUNCIL CHAMBERS"


def test_the_article_before_a_venue_goes_unless_it_is_the_name():
    at, _ = read_meeting(
        ["held on 14 March 2023 at 7.00 pm at the Council Chamber"], True
    )
    named, _ = read_meeting(["Venue: the Hub, Mareham Road, Horncastle"], True)
    assert at.venue == "Council Chamber"
    assert named.venue == "the Hub, Mareham Road, Horncastle"


@pytest.mark.parametrize(
    "line",
    [
        "ATTENDANCE RECORD",
        "ROLL CALL Mayor Ken Mundy called the meeting to order",
        "APOLOGIES AND DECLARATIONS OF INTEREST:",
    ],
)
def test_a_heading_that_starts_with_a_label_names_nobody(line):
    facts, _ = read_meeting([line], dayfirst=True)
    assert facts.attendance.present == [] and facts.attendance.apologies == []


def test_a_name_printed_twice_is_listed_once():
    lines = ["Present:", "His Worship Mayor Bowman", "His Worship Mayor Bowman"]
    facts, _ = read_meeting(lines, dayfirst=True)
    assert facts.attendance.present == ["His Worship Mayor Bowman"]


def test_a_roll_call_line_splits_present_from_absent():
    line = "ROLL CALL: Present: Mayor Ward, Council Member Lee; Absent: Council Member Stowe"
    facts, _ = read_meeting([line], dayfirst=True)
    assert facts.attendance.present == ["Mayor Ward", "Council Member Lee"]
    assert facts.attendance.apologies == ["Council Member Stowe"]


def test_a_long_header_line_is_read_in_linear_time():
    """A 20,000-word line with no punctuation (text pulled from a PDF viewer)
    must not make any pattern backtrack over the whole line: quadratic time
    would take minutes here."""
    words = "Council Meeting Present Smith The and of Room held Mayor Cr 2020 at in"
    line = " ".join(words.split() * 1500)
    start = time.perf_counter()
    read_meeting([line], dayfirst=True)
    read_head([(None, "Minutes", [line])], read_meeting([], True)[0], True)
    assert time.perf_counter() - start < 10


def test_a_north_american_city_council_is_the_body_not_the_city():
    line = "A regular meeting of the Santa Monica City Council was held on January 28, 2020"
    us, _ = read_meeting([line], dayfirst=False)
    nz, _ = read_meeting(
        ["Minutes of a meeting of the Nelson City Council held on 20 June 2019"], True
    )
    assert us.committee == "City Council"
    assert nz.committee == "Nelson City Council"


@pytest.mark.parametrize(
    ("line", "day"),
    [("Date: 14/03/19", "2019-03-14"), ("Date: 14.03.98", "1998-03-14")],
)
def test_a_two_digit_year_is_read(line, day):
    facts, _ = read_meeting([line], dayfirst=True)
    assert facts.date is not None and facts.date.isoformat() == day


def test_a_venue_label_later_in_a_header_line_gives_the_place():
    line = (
        "Date: Monday 12 August 2024 Time: 10 am Venue: Wairewa Little River Boardroom"
    )
    facts, _ = read_meeting([line], dayfirst=True)
    assert facts.venue == "Wairewa Little River Boardroom"
    assert facts.date is not None and facts.date.isoformat() == "2024-08-12"


def test_a_list_ending_in_a_comma_runs_on_past_a_blank_line():
    lines = ["2. Apologies Councillors Baird,", "", "Beattie and McCaw"]
    facts, _ = read_meeting(lines, dayfirst=True)
    surnames = [name.split()[-1] for name in facts.attendance.apologies]
    assert surnames == ["Baird", "Beattie", "McCaw"]


def test_a_single_item_page_names_its_body_in_the_item_fields():
    facts, _ = read_meeting([], dayfirst=False)
    heads = [
        (
            "16-0384",
            "Discussion and action on the use of the City Manager's vehicle",
            [
                "File #: 16-0384 Version: 1 Name: City Manager vehicle",
                "File created: 8/29/2016 In control: City Council",
            ],
        ),
    ]
    read_head(heads, facts, dayfirst=False)
    assert facts.committee == "City Council"


@pytest.mark.parametrize(
    "title", ["Committee Planner", "Council Work Programme", "Cabinet Forward Plan"]
)
def test_an_item_about_a_bodys_plan_does_not_name_the_body(title):
    facts, _ = read_meeting([], dayfirst=True)
    heads = [(None, title, ["(i) to note the Planner."])]
    read_head(heads, facts, dayfirst=True)
    assert facts.committee is None


def test_a_meeting_title_with_its_date_names_the_body_over_a_committee_below():
    lines = [
        "Winnipeg City Council Meeting on April 26, 2018",
        "",
        "Executive Policy Committee 2018-04-11",
    ]
    facts, _ = read_meeting(lines, dayfirst=False)
    assert facts.committee == "City Council"

"""Meeting bodies, motions and votes as councils new to the corpus write them.

Each text is cut from a real page of the corpus (``corpus/manifest-fresh.json``
and earlier manifests), so a failure here is a convention the parser lost.
"""

from datetime import date

from moot.minutes import parse


def read(text: str):
    return parse(text.encode(), "page.txt")


def resolution_of(text: str):
    """The one resolution of the page's first item."""
    [resolution] = read(text).items[0].resolutions
    return resolution


def test_a_one_item_pages_title_is_its_subject_not_the_meeting_body():
    page = read(
        "Agenda item\nReport from the Chair of Planning Committee\nMinutes:\n"
        "The Chair of the Planning Committee gave an update on the last two planning "
        "committees and some of the planning decisions taken.\n"
    )
    assert page.meeting.committee is None
    assert page.items[0].title == "Report from the Chair of Planning Committee"


def test_a_body_named_before_its_municipality_is_the_body():
    page = read(
        "Minutes of a Meeting of the Council of the Regional Municipality of Wood "
        "Buffalo held via electronic communications, on Tuesday, April 13, 2021, "
        "commencing at 4:00 PM.\n\n1. Call to Order\n\nMayor D. Scott called the "
        "meeting to order at 2:31 p.m.\n"
    )
    assert page.meeting.committee == "Council"
    assert page.meeting.date == date(2021, 4, 13)


def test_the_minutes_of_a_body_held_on_a_date_name_the_body():
    page = read(
        "Extraordinary Council Meeting Minutes - Confirmed\n\n"
        "MINUTES OF Far North District Council\nExtraordinary Council Meeting\n"
        "HELD AT THE\nCouncil Chamber, Memorial Avenue, Kaikohe\nON\n"
        "Tuesday, 10 March 2020 AT 1:00 pm\n\n1 Prayer\n\n"
        "His Worship the Mayor commenced the meeting with a prayer.\n"
    )
    assert page.meeting.committee == "Far North District Council"


def test_a_division_before_the_decision_is_its_vote():
    resolution = resolution_of(
        "Issue - meetings\n\nCity Centre and Beach Masterplan - Annual Update\n\n"
        "Meeting: 21/08/2024 - Council (Item 15)\n\n"
        "15 City Centre and Beach Masterplan\n\n"
        "Councillor Yuill moved as a procedural motion, seconded by Councillor "
        "McLellan:-\n\nThat agenda items 9.4 and 9.5 be referred to the Finance and "
        "Resources Committee.\n\nOn a division, there voted:-\n\n"
        "For the procedural motion  (23)  -  Lord Provost; and Councillors Al-Samarai, "
        "Allard and Yuill.\n\nAgainst the procedural motion  (13)  -  Councillors Ali, "
        "Blake and Watson.\n\nThe Council resolved:-\n\n"
        "to adopt the procedural motion.\n"
    )
    assert resolution.text.startswith("to adopt the procedural motion")
    assert resolution.vote.startswith("For the procedural motion (23)")
    assert "Against the procedural motion" in resolution.vote


def test_an_iqm2_motion_carries_its_result():
    resolution = resolution_of(
        "Minutes\n\n2. In-Camera Session (commencing at 2:30 p.m.)\n\nMOTION:\n\n"
        "THAT Council close agenda items 2.1, 2.2 and 2.3 to the public pursuant to "
        "sections 21(1), 24(1) and 27(1) of the Freedom of Information and Protection "
        "of Privacy Act.\n\nRESULT:              CARRIED [UNANIMOUS]\n\n"
        "MOVER:      Sheila Lalonde, Councillor\n"
    )
    assert resolution.text.startswith("THAT Council close agenda items 2.1")
    assert resolution.vote == "RESULT: CARRIED [UNANIMOUS]"


def test_proposed_seconded_and_agreed_opens_the_decision():
    resolution = resolution_of(
        "Minutes of January Ordinary Meeting of Sligo County Council held on Monday "
        "14th January, 2013\n\n1. MINUTES OF THE BUDGET MEETING HELD ON 17TH DECEMBER "
        "2012:\nProposed by Councillor M. Lyons\nSeconded by Councillor M. Fleming\n"
        "AND AGREED\n“To confirm the minutes of the Annual Budget Meeting held on 17th "
        "December, 2012.”\n"
    )
    assert resolution.text.startswith("“To confirm the minutes of the Annual Budget")


def test_a_motion_moved_then_seconded_and_carried_on_the_next_line():
    resolution = resolution_of(
        "3. CONFIRMATION OF THE MINUTES\n\n"
        "Moved Councillor Orr that the minutes of the "
        "meeting held on 3 February 2020 date as circulated to members be confirmed as "
        "a true and accurate record of proceedings\n\n"
        "Seconded Councillor Westwood CARRIED OM20200302.01\n\n4. DEPUTATIONS\n\nNil.\n"
    )
    assert resolution.text.startswith(
        "that the minutes of the meeting held on 3 February"
    )
    assert "CARRIED" in resolution.vote


def test_legistar_file_dates_run_month_first():
    page = read(
        "File #: 16-511    Version: Name: Approval of Old Transcribed Minutes\n"
        "Type: Presentation Status: Agenda Ready\nFile created: 9/4/2016 In control: "
        "City Commission\nOn agenda: 9/12/2016 Final action:\nTitle: Previously "
        "Transcribed Meeting Minutes and Options for Casting Votes\n\nBody\n\n"
        "RECOMMENDED ACTION (Motion):\n\nStaff recommends the Commission participate "
        "in the discussion and provide staff direction.\n"
    )
    assert page.meeting.date == date(2016, 9, 12)
    assert page.meeting.committee == "City Commission"
    [recommendation] = page.items[0].recommendations
    assert recommendation.text.startswith("Staff recommends the Commission")


def test_a_roll_call_below_the_motions_result_is_part_of_its_vote():
    resolution = resolution_of(
        "5. Airport budget\n\nBE IT RESOLVED by the Board of Supervisors of Roanoke "
        "County, Virginia that the fiscal year 2017-2018 budget is hereby APPROVED.\n\n"
        "On motion of Supervisor McNamara to adopt the resolution, seconded by "
        "Supervisor Peters and carried by the following recorded vote:\n"
        "AYES: Supervisors Assaid, Bedrosian, Hooker, Peters, McNamara\nNAYS: None\n"
    )
    assert resolution.vote.startswith("On motion of Supervisor McNamara")
    assert "AYES: Supervisors Assaid, Bedrosian" in resolution.vote

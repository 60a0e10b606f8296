"""Lettered entries under unnumbered standing business are its sub-items."""

from moot.minutes import parse

SYCAMORE = (
    "SYCAMORE CITY COUNCIL – REGULAR MEETING\nMINUTES OF APRIL 20, 2015\nROLL CALL\n"
    "Mayor Ken Mundy called the meeting to order at 7:00 p.m.\nINVOCATION\n"
    "Deacon Chuck Ridulph of St. John Lutheran Church gave the invocation.\n"
    "CONSENT AGENDA\n"
    "A. Approval of the Minutes for the Regular City Council Meeting of April 6, "
    "2015.\n"
    "B. Release of Closed Session Minutes for the Meeting of October 6, 2014.\n"
    "C. Plan Commission Minutes from the Meeting of March 9, 2015.\n"
    "ADJOURNMENT\nThe meeting adjourned at 8:05 p.m.\n"
)
FIRST_ENTRY = (
    "Approval of the Minutes for the Regular City Council Meeting of April 6, 2015"
)


def test_consent_agenda_letters_are_its_sub_items_with_their_whole_entry():
    items = parse(SYCAMORE.encode(), "sycamore.txt").items
    titles = [(item.number, (item.title or "").rstrip(".")) for item in items]
    assert titles == [
        (None, "ROLL CALL"),
        (None, "INVOCATION"),
        (None, "CONSENT AGENDA"),
        ("A", FIRST_ENTRY),
        ("B", "Release of Closed Session Minutes for the Meeting of October 6, 2014"),
        ("C", "Plan Commission Minutes from the Meeting of March 9, 2015"),
        (None, "ADJOURNMENT"),
    ]

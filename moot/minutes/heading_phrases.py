"""How councils head their agenda items, as data.

Each table is a list of ``Phrase`` rows: a pattern and an example taken from
real minutes or agenda pages. ``moot/minutes/tests/test_heading_phrases.py``
checks every row's example against its own pattern and against the splitter
(``segment.py``), so a new convention is a row here, not an edit of the code.

Patterns run over one stripped line. Unlike the exempt tables, case matters
here: "IV." is a Roman numeral and "iv." is a paragraph's.
"""

import re
from dataclasses import dataclass

from .quick import compile_fast


@dataclass(frozen=True)
class Phrase:
    pattern: str
    example: str
    family: str = ""  # for numbering forms: which sequence the number is in

    @property
    def regex(self) -> re.Pattern[str]:
        return compile_fast(self.pattern)


# A number, then the title. ``num`` and ``title`` are the groups read; the
# family says which sequence the number rises in ("decimal": 1, 2, 2.1, 3a;
# "roman": I, II; "letter": A, B; "code": CA-1, CA-2). "minute" and
# "decision" headings are strong: a document that has them uses plain
# numbers ("1.") for paragraphs.
NUMBERED = [
    Phrase(
        r"^(?P<num>\d{1,4}/\d{2,4})\.?\s+(?P<title>\S.*)$",
        "25/24 Apologies for Absence",
        "minute",
    ),
    Phrase(
        r"^(?i:minute|min\.?)\s+(?:(?i:no)\.?\s*)?(?P<num>\d{1,4}[A-Za-z]?(?:/\d{2,4})?)\.?\s*"
        r"(?:\([^)]{1,40}\)\s*)?(?:[–—:.-]\s*)?(?P<title>\S.*)$",
        "Minute 41 – Planning Applications",
        "minute",
    ),
    # ModernGov's decision pages head each decision with the meeting's date.
    Phrase(
        r"^(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[–-]\s+(?P<title>\S.*)$",
        "13/02/2020 - Exclusion of Press and Public",
        "decision",
    ),
    # "Item 5: Budget", "AGENDA ITEM 3 – PLANNING".
    Phrase(
        r"^(?:(?:AGENDA|Agenda)\s+)?(?:ITEM|Item)\s+(?P<num>\d{1,3}(?:\.\d{1,3})?)\s*"
        r"(?:[:.](?=\s)|\s[–—-])\s*(?P<title>[A-Z0-9].*)$",
        "Item 19 - WK31/10 Tender No. T9/2010 Manufacture of Stainless Steel Bollards",
        "decimal",
    ),
    # Cabonne's minutes: "ITEM - 1 APPLICATIONS FOR LEAVE OF ABSENCE".
    Phrase(
        r"^ITEM\s*[-–]\s*(?P<num>\d{1,3})\s+(?P<title>[A-Z].*)$",
        "ITEM - 1 APPLICATIONS FOR LEAVE OF ABSENCE",
        "decimal",
    ),
    # "40. Title", "12.1 Title", "2.1.1 Title", "3a Title", "1.0 Title", and
    # "22-0073 1. ROLL CALL" (a file number before the item's).
    # NSW InfoCouncil: "ITEM 8.30 SF472 150911 Title" (file references first).
    Phrase(
        r"^(?:ITEM|Item)\s+(?P<num>\d{1,3}(?:\.\d{1,3})?)\.?\s+"
        r"(?:[A-Z]{1,4}\d{2,6}\s+\d{6}\s+)?(?P<title>\S.*)$",
        "ITEM 8.30 SF472 150911 Mayoral Minute - Express Coaches Loss of 25 Positions",
        "decimal",
    ),
    # A parish's minute number and part: "304-1.To receive apologies".
    Phrase(
        r"^(?P<num>\d{1,4}-\d{1,2})\.\s*(?P<title>[A-Z].*)$",
        "304-1.To receive apologies from Members:",
        "decimal",
    ),
    Phrase(
        r"^(?:[•·▪]\s*)?(?:\d{2}-\d{3,5}\s+)?(?P<num>\d{1,3}(?:\.\d{1,2}){0,2}(?:\.?[a-z]\b|\([a-z]\))?)"
        r"(?:[.):]|\s+[-–—](?=\s))?\s+(?P<title>\S.*)$",
        "9. 20 mph limit on the high street",
        "decimal",
    ),
    Phrase(
        r"^(?P<num>(?=[IVXL])(?:L?X{0,3})(?:IX|IV|V?I{0,3}))[.)]\s+(?P<title>\S.*)$",
        "IV. Reports",
        "roman",
    ),
    Phrase(
        r"^(?P<num>[A-Z])[.)]\s+(?P<title>[A-Z0-9].*)$", "A. Call to Order", "letter"
    ),
    # Legislative-style agenda codes: "CA -11", "D -2-A", "PH-3".
    Phrase(
        r"^(?P<num>[A-Z]{1,3}\s?-\s?\d{1,3}(?:-[A-Z0-9]{1,3})?)\.?\s+(?P<title>\S.*)$",
        "CA -11 Report of the Finance Committee",
        "code",
    ),
]

# A number alone on its line, the title on the next (ModernGov meeting pages,
# PDFs laid out in a table): "34." then "Exclusion of the Press and Public".
NUMBER_ALONE = [
    Phrase(
        r"^(?:[•·▪]\s*)?(?P<num>\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?)\.?$",
        "• 2.",
        "decimal",
    ),
    Phrase(
        r"^(?P<num>(?=[IVXL])(?:L?X{0,3})(?:IX|IV|V?I{0,3}))\.$",
        "IV.",
        "roman",
    ),
    Phrase(r"^(?P<num>[A-Z])\.$", "B.", "letter"),
    # Only ever a sub-item: "a." alone above "Legal issues concerning ...".
    Phrase(r"^(?P<num>[a-z])\.$", "a.", "small"),
    Phrase(
        r"^(?:ITEM|Item)\s+(?P<num>\d{1,3}(?:\.\d{1,3})?)\.?$", "Item 26.2", "decimal"
    ),
]

# A body line that the numbering forms would take for a heading.
NOT_HEADINGS = [
    # A reference to an item in a list of declarations: "Item 22 – Mr G Farlow".
    Phrase(
        r"^(?:[•·▪]\s*)?(?i:item)\s+\d{1,3}(?:\.\d{1,3})?\s*[–—:-]\s*(?:(?:Mr|Mrs|Ms|"
        r"Miss|Dr|Cllr|Councillor|Cr|Mayor|Alderman)\b|[A-Z]\.?\s+[A-Z][a-z])",
        "Item 22 – Mr G Farlow",
    ),
    # A reference to an earlier minute by its date.
    Phrase(
        r"^(?i:minute)\s+\S+\s*[–—:.-]?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
        r"(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)\s+\d{4}\.?$",
        "Minute 87 – June 2016",
    ),
]

# Words that make a numbered line a sentence (a numbered paragraph of the
# minutes), not an item's title.
SENTENCES = [
    Phrase(
        r"\b(?:was|were|is|are|has|have|had|will|would|should|shall|must|did|does|"
        r"been)\b",
        "1.1 There were no declarations of interest.",
    ),
    Phrase(r"^(?:That|THAT|that)\b", "That the report be noted"),
    # A decision in the past tense: "1. Noted the content of the report."
    Phrase(
        r"^(?:Noted|Agreed|Approved|Resolved|Received|Endorsed|Accepted|Adopted|"
        r"Deferred|Considered|Welcomed|Requested|Authorised|Authorized|Delegated)\s+"
        r"(?:the|that|to|a|an|its|this|their)\b",
        "Noted the content of the report.",
    ),
    # ...or in the present, after "RESOLVED THAT CABINET": "1) Approves the ..."
    Phrase(
        r"^(?:Approves|Agrees|Notes|Resolves|Receives|Endorses|Accepts|Adopts|"
        r"Defers|Requests|Asks|Instructs|Authorises|Authorizes|Delegates|Supports|"
        r"Welcomes|Thanks|Confirms|Recommends)\s+(?:the|that|to|a|an|its|this|their)\b",
        "Approves the Annual Status Report for submission to DEFRA",
    ),
]

# A contents line's dot leader and page number after the title ("…… 3"):
# not the record, set aside.
CONTENTS_TAILS = [
    Phrase(r"\s*(?P<rest>(?:\.\s*){3,}\d{1,4}|…+\s*\d{1,4})$", "Apologies ...... 3"),
    # An agenda's page reference: "(Pages 1 - 6)".
    Phrase(
        r"\s*(?P<rest>\((?:Pages?|pp?\.)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\))$",
        "Minutes of the previous meeting (Pages 1 - 6)",
    ),
    # An agenda's page numbers column: "Civic Recognition Report 73 - 78".
    Phrase(
        r"(?:(?<=[A-Za-z)])|(?<=\d{4}))\s+(?P<rest>\d{1,3}\s+[-–]\s+\d{1,3})$",
        "Civic Recognition Report 73 - 78",
    ),
    # A footnote mark ("*May be discussed as a confidential item").
    Phrase(r"(?<=\w)(?P<rest>\*{1,3})$", "Mowing contract*"),
    # A table's cell border.
    Phrase(r"\s+(?P<rest>\|)$", "Apologies |"),
]

# Text after the title on the heading line that begins the item: the
# outcome written beside the title ("NIL", "ADOPTED") or the time a speaker
# took. The ``rest`` group is what follows the title.
TITLE_TAILS = [
    # A disposition in capitals after a title in mixed case (Winnipeg's
    # "# Title Disposition" table).
    Phrase(
        r"(?<=[a-z.)”’\"])\s+(?P<rest>(?:[A-Z0-9]+\s+){0,8}(?:ADOPTED|APPROVED|CARRIED|"
        r"DEFEATED|LOST|NOTED|DEFERRED|GRANTED|RECEIVED(?:\s+AS\s+INFORMATION)?|"
        r"REFERRED|TABLED|WITHDRAWN|FILED)(?:\s+\([^)]{1,40}\))?)$",
        "Vehicles for Hire – Safety and Security EXTENSION OF TIME GRANTED",
    ),
    Phrase(
        r"\s+(?P<rest>NIL|ADOPTED|CARRIED|NOTED|RECEIVED(?: AS INFORMATION)?|"
        r"APPROVED|DEFERRED|WITHDRAWN)$",
        "QUESTIONS WITH NOTICE NIL",
    ),
    # The same in mixed case, from a two-column title/outcome table read
    # as one line: "Declarations of Members’ Interests Recorded".
    Phrase(
        r"(?<=[a-z)”’\"])\s+(?P<rest>(?:Received|Recorded|Noted|Adopted|Approved|Agreed|"
        r"Deferred|Withdrawn|Ratified)(?:\s+(?:including|as|with|subject)\b.*)?)$",
        "Declarations of Members’ Interests Recorded",
    ),
    Phrase(
        r"\s+(?P<rest>\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s+to\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?)$",
        "Ms Tereza Dickeson – Dog Park, Nairne 7.02pm to 7.07pm",
    ),
]

# Where a run-in title ends and the item's text begins, for a numbered
# heading whose line reads on as a sentence: the first full stop, colon or
# spaced dash, else a capitalised word that starts a sentence (followed by
# a word in lower case that is not a title's small word). ``head`` is the
# title, ``rest`` the text; the first row that gives a title wins.
_SMALL = r"(?:of|and|the|for|to|in|on|from|with|by|at|a|an|or|&|upon|under|into)"
RUN_IN_CUTS = [
    Phrase(
        r"^(?P<head>[^.:–—]{3,120}?)(?:[.:]|\s[–—-])\s+(?P<rest>\S.*)$",
        "Budget Committee Interviews. Bob Duey, Finance Director, presented the staff "
        "report on this item.",
    ),
    # A sentence that opens with a member or officer: "Mayor Taylor asked".
    Phrase(
        r"^(?P<head>\S+(?:\s+\S+){0,15}?)\s+(?P<rest>(?:Mayor|Deputy\s+Mayor|Chair|"
        r"Chairman|Chairperson|Councillor|Councilor|Cllr\.?|Cr\.?|Alderman|"
        r"Commissioner|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-Z][\w’'-]*\s+[a-z].*)$",
        "Changes to the Agenda Mayor Taylor asked if there were changes to the Agenda",
    ),
    Phrase(
        r"^(?P<head>\S+(?:\s+\S+){0,15}?)\s+(?P<rest>[A-Z][a-z]*\s+"
        rf"(?!{_SMALL}\b)[a-z][a-z’']*\b.*)$",
        "Expressions of Sympathy and Congratulations Sympathy was extended to:",
    ),
]

# A title that stops mid-phrase, at a dash or a small word: it goes on on
# the next line ("Request for removal of quotation –" / "Alderman Boyle").
UNFINISHED_TITLES = [
    Phrase(
        r"\s(?:[–—-]|of|and|for|the|to|by|from|with|on|in)$",
        "Request for removal of quotation –",
    ),
]

# Standard business that councils head without a number, among numbered
# items: a line that is one of these and nothing else heads an item.
STANDING_ITEMS = [
    Phrase(
        r"^(?i:resolution\s+to\s+exclude\s+the\s+public)$",
        "Resolution to Exclude the Public",
    ),
    Phrase(
        r"^(?i:(?:disclosures?|declarations?)\s+of\s+(?:pecuniary\s+)?interests?)$",
        "DISCLOSURE OF INTEREST",
    ),
    Phrase(
        r"^(?i:suspen(?:d|sion\s+of)\s+standing\s+orders?)\s*:?$",
        "SUSPEND STANDING ORDERS:",
    ),
    Phrase(
        r"^(?i:confirmation\s+of\s+(?:the\s+)?minutes)(?:\s+[–-]\s+\S.{0,80})?$",
        "CONFIRMATION OF MINUTES - Ordinary Council Meeting 1 September 2011",
    ),
]

# The same in US minutes, written in capitals on a line of its own, often
# with no blank line around it: "ROLL CALL", "CONSENT AGENDA".
STANDING_CAPS = [
    Phrase(r"^(?:CALL\s+TO\s+ORDER|ROLL\s*CALL|INVOCATION)\.?$", "ROLL CALL"),
    Phrase(r"^PLEDGE\s+OF\s+ALLEGIANCE\.?$", "PLEDGE OF ALLEGIANCE"),
    Phrase(
        r"^APPROVAL\s+OF\s+(?:THE\s+)?(?:MEETING\s+)?(?:AGENDA|MINUTES)\.?$",
        "APPROVAL OF MEETING AGENDA",
    ),
    Phrase(r"^CONSENT\s+(?:AGENDA|CALENDAR)\.?$", "CONSENT AGENDA"),
    Phrase(r"^(?:PUBLIC\s+COMMENTS?|AUDIENCE\s+TO\s+VISITORS)\.?$", "PUBLIC COMMENT"),
    Phrase(
        r"^(?:RECONVENE\s+INTO\s+OPEN\s+SESSION|CLOSED\s+SESSIONS?)\.?$",
        "RECONVENE INTO OPEN SESSION",
    ),
    Phrase(r"^ADJOURNMENT\.?$", "ADJOURNMENT"),
]

# Lines that mark a page showing one agenda item: ModernGov's issue,
# decision and agenda-item pages. They are site chrome.
PAGE_MARKERS = [
    Phrase(r"^Issue\s+[–-]\s+meetings$", "Issue - meetings"),
    Phrase(r"^Issue\s+[–-]\s+decisions$", "Issue - decisions"),
    Phrase(r"^Decisions\s+for\s+issue\b.*$", "Decisions for issue Parking Review"),
    Phrase(r"^Issue\s+history$", "Issue history"),
]

# A line naming the item's number on a one-item page. ``num`` is the number.
ITEM_REFERENCES = [
    # ModernGov issue page: the meeting that considered the issue.
    Phrase(
        r"^Meeting:\s+(?:(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[–-]\s+)?(?P<committee>.*?)\s*"
        r"\((?i:item)\s+(?P<num>[0-9A-Za-z.]{1,8})\)$",
        "Meeting: 14/03/2022 - Cabinet (Item 7)",
    ),
    Phrase(
        r"^(?i:(?:.*\s)?agenda\s+item\s+(?:no\.?|number|#)?)\s*(?P<num>\d{1,3}[A-Za-z]?)\.?$",
        "CITY COUNCIL AGENDA ITEM NO. 8",
    ),
    # Legistar's file pages.
    Phrase(
        r"^File\s+#:\s*(?P<num>\S+)(?:\s+Version:.*)?$", "File #: 16-0384 Version: 1"
    ),
]

# A labelled line giving the item's title on a one-item page.
TITLE_FIELDS = [
    Phrase(
        r"^(?:Subject/Title|Title|Subject|Item)\s*:\s*(?P<title>\S.{2,300})$",
        "Title: Discussion and action on the use of the City Manager's vehicle",
    ),
]


# A label alone on its line with the one-item page's title on the next:
# Legistar's legislation text ("title" / "MOTION to adopt ..." / "end").
TITLE_LABELS_ALONE = [
    Phrase(r"^(?i:title)$", "title"),
]


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def compiled(table: list[Phrase]) -> re.Pattern[str]:
    """One pattern for the whole table, for speed (named groups dropped)."""
    plain = (_NAMED_GROUP.sub("(?:", row.pattern) for row in table)
    return re.compile("|".join(f"(?:{pattern})" for pattern in plain))


ISSUE_MEETING = ITEM_REFERENCES[0].regex

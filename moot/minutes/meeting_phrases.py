"""How councils state a meeting's facts, as data.

Each table is a list of rows with a pattern and an example taken from real
minutes or meeting pages; ``moot/minutes/tests/test_meeting_phrases.py`` checks
every row's example against its pattern and against the reader
(``meeting.py``), so a new convention is a row here, not an edit of the
reader's code.

Patterns run over one line (or one sentence of a long line), case-insensitively.
"""

import re
from dataclasses import dataclass

from .quick import compile_fast

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Where a body's name stops in running text: before "held", a weekday, a
# month, a date, a time or punctuation.
_END = (
    rf"(?=\s+(?:held|on|at|in|was|were|will|to\s+be|met|called|commencing|via|present|"
    rf"from|for|{_WEEKDAY}|{_MONTH}\b)\b|\s*[,.;(|–\d]|\s+-\s|\s*$)"
)
# A meeting's kind, written before "meeting": "an extraordinary meeting".
# The noun that ends a place's name.
_PLACE = (
    r"\b(?:hall|chambers?|room|centre|center|offices?|library|house|building|"
    r"boardroom)\b"
)
_KIND = (
    r"(?:regular|special|ordinary|extra\s*-?\s*ordinary|annual|monthly|adjourned|"
    r"general|statutory|business|public|open|reconvened|emergency|inaugural)"
)


@dataclass(frozen=True)
class Phrase:
    """A pattern, and a real example it must match."""

    pattern: str
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        return compile_fast(self.pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Label:
    """An attendance label: which list the names after it go to."""

    pattern: str
    list: str  # "present", "apologies" or "officers"
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        return compile_fast(self.pattern, re.IGNORECASE)


# Labels at the start of a line or sentence; the names follow them, on the
# same line or on the lines below. Written without their separator: the
# reader accepts ":", ";", "-" or nothing after them.
ATTENDANCE_LABELS = [
    Label(r"present\s+were", "present", "Present were: Cllr P Tisdale (Chair)"),
    Label(
        r"(?:(?:council|elected|other|board|committee)\s+)?members\s+present(?:\s+were)?",
        "present",
        "Council Members present: Cllr Julian Clelford, Cllr Martin Windridge.",
    ),
    Label(
        r"(?:councillors|alderpersons|aldermen|councilmembers|commissioners|"
        r"trustees|directors)\s+present(?:\s+were)?",
        "present",
        "Alderpersons present were: Alan Bauer, Steven Braser",
    ),
    Label(r"present", "present", "Present: Cllrs A Baker, C Dean (Chair) and E Fox"),
    Label(
        r"te\s+hunga\s+kua\s+tae\s+mai\s*\|\s*present",
        "present",
        "Te Hunga kua Tae mai | present",
    ),
    Label(r"presiding", "present", "Presiding P McLean"),
    # Welsh community councils label in both languages.
    Label(
        r"present\s*/\s*[bp]res[e]?nnol",
        "present",
        "Present / Bresennol Chair Cllr J Pritchard Cllr D Sandham, Cllr L Williams",
    ),
    Label(
        r"roll\s+call", "present", "ROLL CALL: Present: Mayor Ward, Council Member Lee"
    ),
    Label(r"(?:council\s+)?attendance", "present", "Council Attendance"),
    Label(r"attendees", "present", "Attendees: Councillor Hart, Councillor Lamb"),
    Label(
        r"apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received\s+from)?",
        "apologies",
        "Apologies for absence: Councillor Mills",
    ),
    Label(r"apology", "apologies", "Apology: Cr Reid"),
    Label(r"regrets", "apologies", "Regrets: Mayor Danny Breen"),
    Label(
        r"te\s+hunga\s+k[aā]ore\s+i\s+tae\s+mai\s*\|\s*absent",
        "apologies",
        "Te Hunga Kāore i Tae Mai | ABSENT",
    ),
    Label(
        r"(?:members\s+|councillors\s+)?(?:absent|not\s+present)(?:\s+with\s+apolog(?:y|ies))?",
        "apologies",
        "Absent: Council Member Stowe",
    ),
    Label(
        r"(?:also\s+present|also\s+in\s+attendance|in\s+attendance|attending)",
        "officers",
        "In Attendance: Chief Executive (P Dougherty)",
    ),
    Label(
        r"(?:officers|officials|staff)(?:\s+(?:present|in\s+attendance))?",
        "officers",
        "Officers present: Parish Clerk.",
    ),
]

# Sentences that name who sent apologies or was absent, without a label.
APOLOGY_SENTENCES = [
    Phrase(
        r"^apolog(?:y|ies)(?:\s+for\s+[\w-]+)?\s+(?:were|was|had\s+been)\s+"
        r"(?:received|submitted|intimated|tendered|given|noted|recorded)\s+"
        r"(?:from|on\s+behalf\s+of|by|for)\s+(?P<names>.+?)\.?$",
        "Apologies were received from Simon Duckworth and Wendy Mead.",
    ),
    Phrase(
        r"\b(?:an?\s+)?apolog(?:y|ies)\b[^.:]{0,40}?\s(?:was|were|had\s+been)\s+"
        r"(?:received|submitted|tendered|intimated|noted|given)\s+(?:from|on\s+behalf\s+"
        r"of|by)\s+(?P<names>(?-i:[A-Z])[^.]*?)\.?$",
        "An apology for absence was received from Councillor Smith.",
    ),
    Phrase(
        r"\b(?:receives?|accepts?|notes?)\s+(?:and\s+(?:accepts?|notes?)\s+)?the\s+"
        r"apolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:received\s+)?from\s+"
        r"(?:members?\s+)?(?P<names>(?-i:[A-Z])[^.|]*?)\s*[.|]?\s*$",
        "1. Receives and accepts the apologies from Her Worship the Mayor Reese and "
        "Councillor Rutledge for lateness.",
    ),
    Phrase(
        r"^there\s+(?:were|was)\s+(?:an?\s+)?apolog(?:y|ies)\s+(?:for\s+absence\s+)?"
        r"from\s+(?P<names>(?-i:[A-Z])[^.]*?)\.?$",
        "There were apologies from Councillors Green and Hurst.",
    ),
    Phrase(
        r"^(?P<names>(?:(?:councillors?|cllrs?\.?|cr|mr|mrs|ms|dr)\s+)?(?-i:[A-Z])[^.]*?)"
        r"\s+(?:sent|gave|tendered|had\s+sent|submitted)\s+(?:their\s+|his\s+|her\s+)?"
        r"apolog(?:y|ies)\b",
        "Cllr Brown and Cllr Patel sent apologies.",
    ),
    Phrase(
        r"\bapolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:received\s+)?from\s+"
        r"(?:members?\s+)?(?P<names>[A-Z][^.]*?)\s+(?:be|was|were|is|are)\s+"
        r"(?:accepted|received|noted)",
        "That the apology for absence received from Luana Swindells be accepted.",
    ),
    Phrase(
        r"^(?:(?:councilmembers?|council\s+members?|alderpersons?|councillors?|"
        r"commissioners?|trustees?|cllrs?\.?|cr)\s+)?(?P<names>[A-Z][^.]*?)\s+"
        r"(?:was|were)\s+absent\b",
        "Alderperson Chuck Stowe was absent.",
    ),
]

# Sentences that name who was present without a label.
PRESENT_SENTENCES = [
    Phrase(
        r"\b(?:are|were)\s+present\s*:?\s+(?P<names>(?:(?:his|her)\s+(?:honou?r|"
        r"worship)\s+(?:the\s+)?)?(?-i:[A-Z]).*?)"
        r"(?:\s+forming\b|\.(?:\s|$)|$)",
        "in accordance with the Municipal Code, are present his honor the Acting "
        "Mayor, Ghyslain Robert, Councilors Joanne Mayer and Maureen Rice forming a "
        "Quorum",
    ),
    Phrase(
        r"^(?:councilmen|councilmembers|council\s+members|councillors|commissioners|"
        r"aldermen|alderpersons|trustees)\s+(?P<names>[A-Z][^.]*?)\s+(?:were\s+)?"
        r"present\b",
        "Councilmen Brazier, Brown, Kurbitz, Lambert, Lynch and Robinson present on "
        "roll call.",
    ),
]

# A roll call's entries: "Commissioner-Jeff Krauss: Present".
ROLL_CALL = Phrase(
    r"(?P<name>(?-i:[A-Z])[\w.'’]*(?:[\s-]+(?-i:[A-Z])[\w.'’]*){1,4})\s*:\s*"
    r"(?P<status>present|absent|excused)\b",
    "Commissioner-Jeff Krauss: Present Mayor-Carson Taylor: Present",
)

# Words that stand before a name; a list repeats them ("Cr A Arifi Cr M
# Baker"), and a plural one applies to the names after it.
TITLES = (
    "Councillor",
    "Cllr",
    "Cllr.",
    "Cr",
    "Cr.",
    "Mayor",
    "Alderman",
    "Alderperson",
    "Councilmember",
    "Commissioner",
    "Comhairleoir",
    "Ald.",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
)
PLURAL_TITLES = {
    "Councillors": "Councillor",
    "Cllrs": "Cllr",
    "Cllrs.": "Cllr.",
    "Crs": "Cr",
    "Councilmembers": "Councilmember",
    "Aldermen": "Alderman",
    "Alderpersons": "Alderperson",
    "Commissioners": "Commissioner",
    "Comhairleoirí": "Comhairleoir",
    "Members": "Member",
}
# A line that names a role, not a person: a heading inside a members table.
ROLE_LINE = re.compile(
    r"^(?:(?:deputy\s+|acting\s+)?(?:chair(?:person|man|woman)?|mayor|speaker|"
    r"members?|councillors?|cllrs|crs|aldermen|alderpersons|councilmembers|"
    r"commissioners|elected\s+members|principal\s+member|deputy|chair)[\s:;|]*)+$",
    re.IGNORECASE,
)
# Words a list of names can hold without being a sentence.
NONE_LINE = re.compile(r"^(?:nil|none|n/a|no\s+apologies|-)\.?$", re.IGNORECASE)

# Lines and sentences that name the meeting body, in tiers, strongest
# first; within a tier the earliest line wins. The group ``committee`` is the
# body's name as written.
COMMITTEE_TIERS = [
    # ModernGov item, issue and decision pages; Legistar's legislation page.
    [
        Phrase(
            r"^meeting:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*(?P<committee>.+?)\s*"
            r"(?:\((?:item|minute)\b.*)?$",
            "Meeting: 14/03/2022 - Overview and Scrutiny Committee (Item 7)",
        ),
        Phrase(
            r"^decision\s+maker:\s*(?P<committee>.+?)\s*$", "Decision Maker: Cabinet"
        ),
        Phrase(
            r"\bin\s+control:\s*(?P<committee>[^:]+?)\s*$", "In control: City Council"
        ),
    ],
    # ModernGov's meeting title: "Council Meeting - Monday, 4th March, 2024".
    [
        Phrase(
            rf"(?:^|,\s+)(?P<committee>[A-Z][^,:|]{{0,120}}?)\s+[-–]\s+{_WEEKDAY},?\s+\d",
            "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm",
        ),
    ],
    # The minutes' own title.
    [
        Phrase(
            r"\bminutes\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?meeting\s*[-–]\s*"
            r"(?P<committee>.+?)\s*$",
            "Minutes of Regular Meeting - City Council",
        ),
        Phrase(
            rf"\bminutes\s+of\s+(?:the\s+)?(?:proceedings\s+of\s+)?(?:an?\s+|the\s+)?"
            rf"(?P<kind>(?:{_KIND}\s+)*)meeting\s+of\s+(?:the\s+)?(?P<committee>[A-Z].*?)"
            rf"{_END}",
            "Minutes of a meeting of the Nelson City Council held in the Council Chamber",
        ),
        # "Ordinary Council Meeting" is a kind of meeting and keeps the word;
        # "Neen Savage Parish Council Meeting" names the body before it.
        Phrase(
            rf"\bminutes\s+of\s+(?:the\s+|an?\s+)?(?P<committee>(?:[\w&'’-]+\s+){{1,8}}?"
            rf"meeting)(?!\s+of\b){_END}",
            "MINUTES OF THE Ordinary Council Meeting HELD ON 15 September 2011",
        ),
        # "Minutes of the Planning Committee held on ...", "MINUTES OF Far
        # North District Council": the body named with no "meeting".
        Phrase(
            r"\bminutes\s+of\s+(?:the\s+)?(?P<committee>(?!meeting\b)(?-i:[A-Z])[\w'’&-]*"
            r"(?:\s+(?!meeting\b)[\w'’&-]+){0,8}?\s+(?:council|committee|sub-committee|board|"
            rf"commission|cabinet|panel|forum|assembly)){_END}",
            "MINUTES OF THE POLICY AND RESOURCES COMMITTEE HELD ON 4 JUNE 2019",
        ),
        # "THE CITY COMMISSION MEETING OF BOZEMAN, MONTANA": the body, then its
        # city (not a month: "City Council Meeting of January 5").
        Phrase(
            r"\b(?P<committee>(?:city|town|village|county|borough)\s+(?:council|commission|"
            rf"board))\s+meeting\s+of\s+(?!{_MONTH}\b)(?-i:[A-Z])",
            "THE CITY COMMISSION MEETING OF BOZEMAN, MONTANA MINUTES",
        ),
        Phrase(
            rf"\bproceedings\s+of\s+(?:the\s+)?(?P<committee>[A-Z].*?){_END}",
            "MINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL",
        ),
        Phrase(
            rf"\b(?P<kind>{_KIND}\s+(?:{_KIND}\s+)?)meeting\s+of\s+(?:the\s+)?"
            rf"(?P<committee>[A-Z].*?){_END}",
            "REGULAR MEETING OF THE CITY COUNCIL June 11, 2024, 5:00 p.m.",
        ),
    ],
    # InfoCouncil's bilingual heading: "Hui Kaunihera | Council Meeting |".
    [
        Phrase(
            r"^[^|]{2,40}\|\s*(?P<committee>[^|]*\b(?:meeting|council|committee|board))"
            r"\s*\|?\s*$",
            "Hui Kaunihera | Council Meeting |",
        ),
    ],
    # Narrative and notices: "The City Council met ...", "a meeting of the
    # Council to be held ...".
    [
        Phrase(
            r"^(?:the\s+)?(?P<committee>(?:[A-Z][\w'’-]*\s+){0,4}(?:council|commission|"
            r"board|committee|cabinet))\s+met\b",
            "The City Council met in regular session, Mayor Larson presiding.",
        ),
        Phrase(
            r"\bmeeting\s+of\s+(?:the\s+)?(?P<committee>[A-Z].*?)\s+"
            r"(?:to\s+be\s+|will\s+be\s+|was\s+|is\s+)?held\b",
            "You are invited to attend a meeting of the Council to be held in The Chamber",
        ),
    ],
]
COMMITTEE_PHRASES = [row for tier in COMMITTEE_TIERS for row in tier]

# Words that make a short heading line a meeting body's name.
BODY_WORDS = re.compile(
    r"\b(?:Council|Committee|Cabinet|Board|Panel|Commission|Executive|"
    r"Sub-Committee|Subcommittee|Forum|Assembly|Meeting)\b",
    re.IGNORECASE,
)
# Words of a body's own name, stronger than the council's name above it.
STRONG_BODY_WORDS = re.compile(
    r"\b(?:Committee|Cabinet|Board|Panel|Commission|Executive|Forum|Assembly|"
    r"Group|Meeting)\b",
    re.IGNORECASE,
)
# Words that say a meeting's kind, not a body's name: "Ordinary Council"
# + "Meeting" is a kind of meeting; "Neen Savage Parish Council" is a body.
KIND_WORDS = frozenset(
    """ordinary extraordinary extra special regular general annual monthly
    full council meeting city county district borough town parish open public
    business statutory adjourned""".split()
)
# A short line that is a body's name only if it is none of these.
NOT_A_BODY = re.compile(
    r"^(?:[•\-–*]|venue|contact|location|time|date|tel|email|phone|print|"
    r"speaking|to\s|that\b|the\s+following|notice|dear|yours|page\b|minutes:|"
    r"agenda:|council\s+chambers?\b|reports?\b)"
    r"|\b(?:resolved|agreed|decided)\b"
    r"|\w:\s|\b(?:executive|closed|open)\s+session\b"
    r"|\b(?:planner|work\s*(?:plan|programme|program)|forward\s+plan|action\s+log)s?\b"
    r"|\b(?:clerk|officer|chief\s+executive|manager|secretary|director|"
    r"adjourned|resumed|published|www\.|https?:|@)",
    re.IGNORECASE,
)
# A short line that is a place only if it is none of these.
NOT_A_PLACE = re.compile(
    r"^(?:[•\-–*]|contact|tel|email|phone|print|dear|yours|page\b)"
    r"|\b(?:clerk|officer|chief\s+executive|manager|secretary|director|www\.|"
    r"https?:|@)",
    re.IGNORECASE,
)
# Furniture around a body's name in a heading.
COMMITTEE_TRIM = [
    Phrase(
        r"^(?:(?:open|confirmed|unconfirmed|draft|action)\s+)?(?:minutes|agenda)\s*"
        r"(?:\([^)]*\)\s*)?(?:of\s+(?:the\s+)?)?",
        "Minutes (Open Portion) Council Meeting",
    ),
    Phrase(r"\s+agenda\s+item\b.*$", "CITY COUNCIL AGENDA ITEM NO. 8"),
    # Legistar's title line, with no body in it.
    Phrase(
        r"^(?:meeting\s+)?(?:minutes|agenda)(?:\s*[-–]\s*(?:final|draft|amended|revised))?$",
        "Meeting Minutes - Final",
    ),
    # "Winnipeg City Council Meeting on April 26, 2018": the body, then its date.
    Phrase(
        r"\s+meeting\s+(?:on|of|held\s+on)\s+(?:\w+,?\s+)?(?:\d|(?-i:[A-Z])[a-z]+\s+\d).*$",
        "Winnipeg City Council Meeting on April 26, 2018",
    ),
    Phrase(
        r"\s*(?:[-–]\s*)?(?:(?:open|confirmed|unconfirmed|draft)\s+)?"
        r"(?:minutes|agenda)\s*$",
        "Council Meeting Agenda",
    ),
    # "CITY COUNCIL REGULAR MEETING": the body, then the kind of meeting.
    Phrase(
        rf"(?<=\w)\s*[-–]?\s+(?:{_KIND}\s+)+(?:meeting|session)$",
        "SYCAMORE CITY COUNCIL – REGULAR MEETING",
    ),
    # "Council of the Regional Municipality of Wood Buffalo": the body, then
    # the municipality it governs.
    Phrase(
        r"(?<=\w)\s+of\s+the\s+(?:(?:regional|rural|city|town|county)\s+)?"
        r"(?:municipality|city|town|village|county|borough|district|township|shire)"
        r"\s+of\b.*$",
        "Council of the Regional Municipality of Wood Buffalo",
    ),
    # "BOARD OF SUPERVISORS OF ROANOKE COUNTY": the board, then its county.
    Phrase(
        r"(?:(?<=supervisors)|(?<=commissioners)|(?<=trustees)|(?<=aldermen)|"
        r"(?<=selectmen)|(?<=freeholders))\s+of\s+\S.*$",
        "BOARD OF SUPERVISORS OF ROANOKE COUNTY",
    ),
    # "CITY OF FAIRVIEW CITY COUNCIL": the municipality, then its body.
    Phrase(
        r"^(?:the\s+)?(?:city|town|village|county|borough|district|township|"
        r"municipality|corporation)\s+of\s+(?:(?!(?:city|town|village|county|council|"
        r"board|commission|committee)\b)\S+\s+){1,4}(?=\S)",
        "CITY OF FAIRVIEW CITY COUNCIL REGULAR MEETING MINUTES",
    ),
]

# "REGULAR COUNCIL MEETING", "SPECIAL CITY COUNCIL MEETING": a regular or
# special meeting of the body between the words ("Ordinary Council Meeting"
# is left as the clerk wrote it).
KIND_AROUND_BODY = Phrase(
    r"^(?:regular|special)\s+(?P<body>\S.*?)\s+(?:meeting|session)$",
    "SPECIAL CITY COUNCIL MEETING",
)

# In North American minutes (month-first dates) "the Santa Monica City
# Council" is the City Council of Santa Monica: the body is "City Council".
PLACE_BEFORE_BODY = Phrase(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}?(?P<body>(?:city|town|village|county|township|"
    r"borough)\s+(?:council|commission|board))$",
    "Santa Monica City Council",
)

# Lines that state the meeting's date after a cue, strongest first; the date
# is the first one written after the cue.
DATE_CUES = [
    Phrase(r"^meeting:\s*(?=\d)", "Meeting: 14/03/2022 - Cabinet (Item 7)"),
    Phrase(r"^decided\s+at\s+meeting:", "Decided at meeting: 01/02/2021 - Cabinet"),
    Phrase(
        r"^(?:[^|:]{0,20}\|\s*)?(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*[:|]",
        "Date: Monday 12 August 2024",
    ),
    Phrase(
        rf"\s[-–]\s+{_WEEKDAY},?\s+\d", "Cabinet - Tuesday, 2nd October, 2018 2.00 pm"
    ),
    Phrase(
        r"^\d{1,2}/\d{1,2}/\d{4}\s+[-–]\s+\S",
        "13/02/2020 - Exclusion of Press and Public",
    ),
    Phrase(r"\bon\s+agenda:", "On agenda: 9/8/2016 Final action: 9/8/2016"),
]
# Words that make any date in a sentence the meeting's, unless it names
# another event; so does a short line holding little but a date.
DATE_WORDS = Phrase(
    r"\b(?:held|met|convened|commenced|minutes|meeting|session)\b",
    "REGULAR MEETING OF THE CITY COUNCIL June 11, 2024",
)
# A date after one of these is another event's: a publication, a covering
# report, a page's upload, the minutes confirmed.
NOT_MEETING_DATES = Phrase(
    r"\b(?:published|publication|printed|issued|despatch|dispatch|circulated|dated|"
    r"posted?\s+on|uploaded|updated|created|report\s+date|date\s+of\s+(?:report|"
    r"issue|publication)|previous|last\s+meeting|confirm|approve|next\s+meeting|"
    r"deadline|call[\s-]?in|effective|expiry|matters\s+arising|to\s+receive\s+the\s+minutes)"
    r"|\bthe\s+minutes\s+of\b",
    "documents published after 1 May 2020",
)

# Lines and sentences that state the venue; the group ``venue`` is the place.
VENUE_PHRASES = [
    Phrase(
        r"^(?:[^|:]{0,20}\|\s*)?(?:meeting\s+)?(?:venue|place|location|where)"
        r"\s*[:|.–-]\s*(?P<venue>\S.*?)[\s|]*$",
        "Venue: Committee Rooms, 2nd Floor, West Wing, Guildhall",
    ),
    Phrase(
        r"\b(?:location|venue|meeting\s+place):\s*(?P<venue>\S.*?)\s*$",
        "Meeting adjourned at 10.30am Resumed at 10.50am Location: Council Chambers",
    ),
    Phrase(
        r"\bheld\s+(?:in|at)\s+(?P<venue>(?!\d)[^.;]+?)(?:,?\s+on\s|,?\s+"
        r"commencing\b|\s+at\s+\d|$)",
        "MINUTES OF THE GENERAL MEETING HELD IN THE COUNCIL CHAMBERS INGHAM ON TUESDAY",
    ),
    Phrase(
        r"\b(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?),?\s+(?:at|in)\s+"
        r"(?P<venue>(?:the\s+)?[A-Z][^.]+?)\.?$",
        "on Tuesday 14 March 2023 at 7.00 pm at the Council Chamber, Town Hall",
    ),
    Phrase(
        r"^(?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?)\s+"
        r"(?P<venue>[A-Z][^.]*\b(?:hall|chambers?|room|centre|center|offices?|"
        r"library|house|building)\b.*)$",
        "7.30 pm Port Bannatyne Village Hall",
    ),
    Phrase(
        r",\s+in\s+(?P<venue>the\s+(?:council\s+)?(?:chambers?|boardroom|room)\b.*?)\.?$",
        "held at 1.00pm on Wednesday, 6 September 2017, in the Council Chamber, "
        "101 Guyton Street.",
    ),
    Phrase(
        r"\bheld\s+on\s+[^.;]*?\d{4},?\s+(?:at|in)\s+(?P<venue>(?!\d)[^.;]+?)\.?$",
        "Minutes of Neen Savage Parish Council Meeting held on 25th October 2016 at "
        "Kinlet Parish Hall.",
    ),
    # A time, then the place: "5:00 p.m. Hybrid City Council Chamber/Virtual".
    Phrase(
        r"\b\d{1,2}[.:]\d{2}\s*[ap]\.?\s?m\.?,?\s+[-–]?\s*(?P<venue>(?-i:[A-Z])[^.;:]*?"
        rf"{_PLACE}(?:,\s+(?-i:[A-Z])[^.;:,]*?{_PLACE})?)",
        "Monday, October 4, 2010, at 7:00 p.m. Central Saanich Municipal Council Chamber "
        "PRESENT:",
    ),
    # A date, then the place: "on Tuesday, January 28, 2020, at the Civic Center".
    Phrase(
        r"\b(?:19|20)\d{2},?\s+(?:at|in)\s+(?P<venue>(?:the\s+)?(?-i:[A-Z])[^.;]+?)"
        r"(?:\.|$)",
        "on Tuesday, January 28, 2020, at the Civic Center - East Wing, 1855 Main Street.",
    ),
    Phrase(
        r"\bmet\s+(?:in\s+(?:an?\s+)?[\w\s-]{0,30}?\s+)?in\s+(?P<venue>the\s+"
        r"(?-i:[A-Z])[^.;]*?)(?:,?\s+on\s|\.|$)",
        "The City of Springfield Council met in a work session in the Jesse Maine Meeting "
        "Room, 225 Fifth Street, Springfield, Oregon, on Monday March 23, 2015",
    ),
    # Remote meetings.
    Phrase(
        r"\bheld\s+(?:via|by|on|using|over)\s+(?P<venue>(?:zoom|microsoft\s+teams|teams|"
        r"skype|webex|video|audio[\s-]?visual|remote)\b[^,.;]*?)(?=\s+on\s|\s*[,.;]|$)",
        "Minutes of an extraordinary meeting of the Dunedin City Council held via zoom "
        "audio visual link on Monday 06 April 2020",
    ),
]
# A line naming a place by itself: "Council Chamber, Town Hall".
VENUE_WORDS = re.compile(
    r"\b(?:Chambers?|Hall|Room|Centre|Center|Offices|Building|Library|Boardroom)\b",
    re.IGNORECASE,
)
# A label alone on its line: its value is on the next line.
LABEL_ALONE = re.compile(
    r"^(?:[^|:]{0,20}\|\s*)?(?P<label>date|time|venue|location|place|where)"
    r"\s*[:|]?\s*\|?\s*$",
    re.IGNORECASE,
)


def compiled(rows: list[Phrase]) -> list[re.Pattern[str]]:
    """Each row's pattern, compiled, in the table's order."""
    return [row.regex for row in rows]


def label_regex() -> re.Pattern[str]:
    """One pattern for every attendance label at the start of a line.

    A label is followed by ":", ";", "-" or "–", or by nothing when the label
    stands alone or in capitals before the names ("PRESENT Mayor Ferguson").
    """
    labels = "|".join(
        f"(?P<l{i}>{row.pattern})" for i, row in enumerate(ATTENDANCE_LABELS)
    )
    return re.compile(
        rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:{labels})"
        rf"(?P<sep>\s*[:;]\s*|\s+[-–]\s+|\s+(?:was|were)\s+|\s*$|\s+(?=(?-i:[A-Z])))"
        rf"(?P<rest>.*)$",
        re.IGNORECASE,
    )


def inline_label_regex() -> re.Pattern[str]:
    """Where an attendance label starts inside a sentence: a capitalised
    label and ":", " - " or "were" ("... Whanganui ____ Present: Mayor ...",
    "ATTENDANCE - Present were Councillors ..."), or a label in capitals
    before a capitalised word ("... 9.09AM ATTENDANCE Mayor Cr. T D Golder");
    the group ``bare`` marks the last kind, which the reader keeps only when
    the label is in capitals."""
    labels = "|".join(f"(?:{row.pattern})" for row in ATTENDANCE_LABELS)
    return compile_fast(
        rf"(?:^|(?<=\s))(?=(?-i:[A-Z]))(?:{labels})"
        rf"(?:\s*:|\s+[-–]\s|(?<=were)\s|\s+(?:was|were)\s+(?=the\s|(?-i:[A-Z]))"
        rf"|(?P<bare>\s+(?=(?-i:[A-Z][a-z]))))",
        re.IGNORECASE,
    )


def is_full_date(match: re.Match[str]) -> bool:
    """A day, month and year, not a month and year alone."""
    return not match.group("m3")

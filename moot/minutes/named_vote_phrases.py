"""How minutes record who voted which way, as data (issue 17).

Three conventions: a label before a list of names ("For: Cllrs A, B and C",
"AYES: Councilmembers ...", Scottish "For the motion (23) - ...", "Those
voting in favour: ..."); a choice after each name ("Daysog: No; Knox White:
Aye"); and a choice after a list ("Lyons, Conklin & Harris voting aye",
"Palow voted nay", "Willsey abstained"). Each row has a real example;
``named_votes.py`` reads them and ``tests/test_named_vote_phrases.py`` checks
every row.
"""

from dataclasses import dataclass

from .declaration_phrases import Phrase


@dataclass(frozen=True)
class Choice:
    """A label or verb of one vote choice, with a real example."""

    choice: str  # a VoteChoice value
    pattern: str
    example: str


# Labels that open a list of names; the list runs to the next label.
LABELS = [
    Choice(
        "for",
        r"(?:those\s+voting\s+|voting\s+)?in\s+favou?r",
        "In Favour: (10) Councillor Davies, Councillor Hill, Councillor Jeffries",
    ),
    Choice(
        "for",
        r"for(?:\s+the\s+(?:procedural\s+)?(?:motion|amendment|recommendation))?",
        "For the procedural motion (15) - Councillors Adam, Allan and Young.",
    ),
    Choice("for", r"ayes?|yeas?", "AYES: Supervisors Assaid, Bedrosian, Hooker"),
    Choice(
        "against",
        r"(?:those\s+voting\s+|voting\s+)?against(?:\s+the\s+(?:procedural\s+)?"
        r"(?:motion|amendment|recommendation))?|opposed",
        "Against: Councillors Brown and Green",
    ),
    Choice("against", r"noes?|nays?", "NOES: Councilmember Lee"),
    Choice(
        "abstain",
        r"abstain(?:ed|ing)?|abstentions?|declined\s+to\s+vote|not\s+voting",
        "Declined to vote (1) - Councillor Cross.",
    ),
    Choice(
        "absent",
        r"absent(?:\s+(?:for|from)\s+the\s+(?:vote|division))?",
        "Absent from the division (5) - Depute Provost; and Councillors Graham",
    ),
]
# A label is followed by an optional count and a colon or dash:
# "For the motion (23) - ", "In Favour: (10)", "AYES:".
LABEL_TAIL = r"\s*(?:\(\d{1,3}\)\s*)?(?::-?|\s[-–—])\s*(?:\(\d{1,3}\)\s*)?"

# A choice written after each name: "Daysog: No; Knox White: Aye".
EACH = Phrase(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s*"
    r"(?P<choice>(?i:aye|yes|yea|no|nay|abstain(?:ed)?|absent))\b",
    "Councilmembers Daysog: No; Knox White: Aye; Oddie: Aye; Vella: Aye",
)
# A choice written after a list of names: "X, Y & Z voting aye".
AFTER = [
    Choice(
        "for",
        r"voting\s+(?:aye|yes|in\s+favou?r)|voted\s+(?:aye|yes|in\s+favou?r)",
        "Supervisor Lyons, Councilmember Conklin & Harris voting aye.",
    ),
    Choice(
        "against",
        r"voting\s+(?:nay|no|against)|voted\s+(?:nay|no|against)",
        "Councilmember Palow voted nay",
    ),
    Choice("abstain", r"abstained", "Councilmember Willsey abstained."),
]
# Words in a list that name nobody.
NOBODY = ("none", "nil", "no one", "nobody")
# Titles before names, dropped from each name.
TITLES = (
    r"(?i:councillors?|cllrs?\.?|crs?\.?|councilmembers?|council\s+members?"
    r"|supervisors?|aldermen|alderman|commissioners?|trustees?|members?|and)\s+"
)
# First words of a "name" that is a body or a pronoun ("The Committee voted
# against ...").
NOT_A_NAME = (
    "the",
    "it",
    "this",
    "that",
    "members",
    "council",
    "committee",
    "all",
    "carried",
    "lost",
    "defeated",
    "motion",
)
# Surnames written with a small particle: "van Sweeden".
LOWER_PARTICLES = ("van", "von", "de", "da", "di", "la", "le", "du")
# A division announced before the decision it settles: its lists are the vote
# of the resolution that follows, not of the one before.
DIVISION = r"\bon\s+a\s+division\b|\bthere\s+voted\b"

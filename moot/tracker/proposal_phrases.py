"""What a clerk knows about which items can deliver a promise, as data.

Each table is a list of ``Phrase`` rows with an example from real records;
``moot/tracker/tests/test_proposal_phrases.py`` checks every row against its
example.
"""

from moot.minutes.exempt_phrases import Phrase

# Standing business that lists or minutes other matters: a promise to report
# on a matter is not delivered by the planner that lists it.
STANDING_TITLES = [
    Phrase(
        r"\b(?:business\s+planner|work\s*programme|forward\s+(?:plan|work)|"
        r"action\s+(?:log|tracker)|rolling\s+list|outstanding\s+actions)\b",
        "Committee Business Planner",
    ),
    Phrase(
        r"^(?:the\s+)?(?:confirmation\s+of\s+(?:the\s+)?)?minutes?"
        r"(?:\s+of\b|\s*[-–:]|\s+\d|\s*$)",
        "Minute of Previous Meeting of 3 September 2024",
    ),
    Phrase(
        r"^(?:apologies|declarations?|disclosures?|urgent\s+business|"
        r"exclusion\s+of\s+the\s+(?:press|public))\b",
        "Declarations of Interest and Transparency Statements",
    ),
]

# Whom a promise is for when it is kept outside any meeting: "circulate a
# service update to Members".
OUTSIDE_MEETINGS = [
    Phrase(
        r"^(?:all\s+|the\s+|elected\s+|ward\s+)*(?:members|councillors)\b",
        "Members of the Committee",
    ),
]

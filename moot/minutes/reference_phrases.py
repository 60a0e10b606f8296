"""How a report says which earlier item it follows, as data.

Each row: a pattern with named parts, and a real example. The parts are
``minute`` and ``year`` (a minute number and its municipal year),
``committee`` (the body it went to; "this Committee" means the item's own),
``when`` (a date, a month and year, or a year) and ``previous`` (the previous
meeting of that body). ``moot/minutes/tests/test_reference_phrases.py`` reads
every example with its own row.
"""

from .exempt_phrases import Phrase

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WHEN = (
    rf"(?P<when>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    rf"|{_MONTH},?\s+\d{{4}}"
    r"|\d{4})"
)
# A body's name: capitalised words (whatever the row's case rule), "and",
# "&", "of", "the" between them.
BODY = (
    r"(?P<committee>this\s+(?:Committee|Board|Panel|Cabinet|Council|Sub-?Committee)"
    r"|(?:the\s+)?(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:and|&|of|for|the)\s+)*[A-Z][\w’'-]*)*))"
)
PRESENTED = (
    r"(?:presented|submitted|reported|considered|received|made|taken|"
    r"approved|adopted|agreed|endorsed|noted)"
)

REFERENCES = [
    Phrase(
        r"\bMinutes?\s+(?:No\.?\s*)?(?P<minute>\d{1,4}[A-Za-z]?(?:/\d{2,4})?)\s*"
        r"\(\s*(?P<year>\d{4}\s*/\s*\d{2,4})\s*\)",
        "Previous Reference: Minute 23 (2019/20)",
    ),
    Phrase(
        rf"\b(?:report|item|update|matter|recommendations?)\s+(?:previously\s+)?"
        rf"{PRESENTED}\s+(?:to|by|at)\s+{BODY}(?:\s+meeting)?\s+(?:on|in|at\s+its\s+"
        rf"meeting\s+(?:held\s+)?on)\s+{WHEN}",
        "provides an update to the report presented to the Regeneration and "
        "Environment Overview and Scrutiny Committee on 12th March 2019",
    ),
    Phrase(
        rf"\b(?:from|of|at)\s+(?:the\s+)?{BODY}\s+meeting,?\s+(?:held\s+)?on\s+{WHEN}",
        "the recommendations from the Cabinet meeting, held on the 26 January 2021",
    ),
    Phrase(
        rf"\bpreviously\s+{PRESENTED}\s+(?:to|by)\s+{BODY}\s+(?:on|in)\s+{WHEN}",
        "previously adopted by the Executive Board in 2015",
    ),
    Phrase(
        rf"\b(?:at|to)\s+(?:the|its)\s+(?P<previous>previous|last)\s+meeting\s+of\s+"
        rf"{BODY}\b",
        "approved at the previous meeting of Executive Cabinet",
    ),
    Phrase(
        rf"\b(?:its|it[’']s|their|the)\s+last\s+consideration\s+of\s+(?:the|this)\s+"
        rf"(?:issue|matter|item)\s+(?:on|in)\s+{WHEN}",
        "since it’s last consideration of the issue in December 2020",
    ),
    Phrase(
        rf"\b(?:final\s+)?report\s+(?:from|of)\s+(?:the\s+)?{BODY}\s+on\s+the\s+"
        r"(?:Policy\s+Review|review|scrutiny|inquiry)\b[^.;]{0,120}",
        "This report presented the final report from the Scrutiny Committee on the "
        "Policy Review on the Enforcement Policy on Fly-Tipping",
    ),
    Phrase(
        rf"\b{BODY}\s+(?:on|at\s+its\s+meeting\s+(?:held\s+)?on)\s+{WHEN}\s+"
        r"\((?:minute\s+)?(?P<minute>\d{1,4}[A-Za-z]?(?:/\d{2,4})?)\s+refers\)",
        "Cabinet on 4 March 2020 (Minute 45 refers)",
    ),
]

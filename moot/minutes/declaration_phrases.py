"""How minutes record a member's declaration of interest, as data.

A declarations item names who declared, what kind of interest, and often the
item it concerns: "Cllr Brian Dalton declared a personal and prejudicial
interest ...", "Councillor Chris Jones declared a disclosable pecuniary
interest in relation to item 3a", a table row "0654  Councillor Mary Dooley
Disclosable Pecuniary Interest". "No declarations were made" is none.

Each row is a ``Phrase`` with a real example; ``declarations.py`` reads
them and ``tests/test_declaration_phrases.py`` checks every row. Members' names
are matched with their capitals, so the patterns are case-sensitive except
where they say ``(?i:...)``.
"""

import re
from dataclasses import dataclass

from .quick import with_look_ahead


@dataclass(frozen=True)
class Phrase:
    pattern: str
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(with_look_ahead(self.pattern, 0))


# The kinds of interest in the words councils use, longest first so that
# "personal and prejudicial" is not read as "personal".
KINDS = [
    "disclosable pecuniary",
    "DPI",
    "personal and personal prejudicial",
    "personal and prejudicial",
    "personal but not prejudicial",
    "personal and non-prejudicial",
    "personal, non-prejudicial",
    "potential pecuniary",
    "non-pecuniary",
    "non pecuniary",
    "pecuniary",
    "prejudicial",
    "personal",
    "non-financial",
    "financial",
    "other registerable",
    "other registrable",
    "non-registerable",
    "registerable",
    "significant other",
    "non statutory",
    "non-statutory",
    "conflict of",
]
KIND = r"(?i:" + "|".join(re.escape(kind) for kind in KINDS) + r")"

# Who declares: a title, then the names ("Councillors A, B and C").
_TITLE = (
    r"(?i:the\s+deputy\s+mayor|deputy\s+mayor|the\s+mayor|mayor|the\s+chair(?:man|person)?"
    r"|vice[- ]chair(?:man)?|cllrs?\.?|councillors?|crs?\.?|alderm[ae]n|supervisors?"
    r"|council\s*members?|commissioners?|trustees?|mrs|mr|ms|miss|dr|prof)"
)
# A name never starts with a title, so "Mr R Udall" reads one way only (two
# readings per name would make a long list of names slow to refuse).
_NAME = (
    rf"(?!{_TITLE}\b)[A-Z][\w'’-]*\.?"
    r"(?:\s+(?!(?i:and)\b)(?:[A-Z][\w'’-]*\.?|van|von|de|la))*"
)
MEMBER = (
    rf"(?P<member>(?:The\s+Chair(?:man)?,\s+)?\b{_TITLE}"
    rf"(?:\s+(?:Mrs|Mr|Ms|Miss|Dr)\.?(?=\s))?(?:\s+{_NAME})?"
    rf"(?:\s*(?:,\s*and\b|,|\band\b|&)\s*(?:{_TITLE}\s+)?{_NAME})*)"
)
_INTEREST = r"(?i:interests?|role|conflict)"

DECLARATIONS = [
    Phrase(
        MEMBER + r",?\s+(?i:(?:each|similarly|also)\s+)?(?i:declared)\s+"
        r"(?i:(?:that\s+(?:he|she|they)\s+had\s+)?(?:an?\s+)?)"
        rf"(?:(?P<kind>{KIND})\b(?:\s+{_INTEREST})?|{_INTEREST})",
        "Cllr Brian Dalton declared a personal and prejudicial interest in respect"
        " of the housing revenue account.",
    ),
    Phrase(
        MEMBER + r"\s+(?i:would\s+declare)\s+(?i:an?\s+)?"
        rf"(?:(?P<kind>{KIND})\s+)?{_INTEREST}",
        "It was noted that the Deputy Mayor would declare a pecuniary interest in"
        " respect of item 7.",
    ),
    # A table of declarations flattened to a line: minute, member, interest.
    Phrase(
        r"^(?P<about>\d{1,5}(?:\s*(?:&|,|and)\s*\d{1,5})*)\s+"
        rf"(?P<member>\b{_TITLE}\s+[A-Z][^|]*?)"
        + rf"\s+(?P<kind>(?i:{KIND})(?:\s+\w+)?)\s+(?i:interest)$",
        "0654 Councillor Mary Dooley Disclosable Pecuniary Interest",
    ),
]

# The item a declaration names: "in item 7", "agenda item 14", "Minute 45",
# "in relation to item 3a".
ABOUT_ITEM = Phrase(
    r"\b(?i:(?:agenda\s+)?items?|minute)\s+(?i:no\.?\s*)?"
    r"(?P<about>\d{1,4}(?:\.\d{1,2})?[a-z]?)\b",
    "Councillor Browne declared an interest in item 13 of the agenda.",
)
# Plural titles that head a list of names and are not part of any one name.
PLURAL_TITLE = re.compile(r"^(?i:cllrs|councillors|crs|aldermen|supervisors)\s+")

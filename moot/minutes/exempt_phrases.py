"""How councils write that business is exempt, as data.

Each table is a list of ``Phrase`` rows: a pattern, what it means, and an
example taken from real minutes. ``moot/minutes/tests/test_exempt_phrases.py``
checks every row's example against its own pattern and against the reader, so
a new convention is a row here, not an edit of the reader's code.

Words are matched case-insensitively; the patterns run over one sentence or
one line at a time.
"""

import re
from dataclasses import dataclass

from .number_words import NUMBER_WORDS as ALL_NUMBER_WORDS
from .quick import with_look_ahead


@dataclass(frozen=True)
class Phrase:
    pattern: str
    example: str

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(with_look_ahead(self.pattern, re.IGNORECASE), re.IGNORECASE)


# Schedule 12A paragraphs in words: "paragraph three" (one to eighteen).
NUMBER_WORDS = {
    word: n for word, n in ALL_NUMBER_WORDS.items() if n <= 18 and len(word) > 2
}
_NUM = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b"
# "paragraph 3", "para. 3", "paras 1 & 2", "paragraphs 1, 3 and 5",
# "paragraph three", "Paragraphs 1-3".
PARAGRAPHS_RE = re.compile(
    rf"\b(?:paragraphs?|paras?\.?)\s*(?P<refs>{_NUM}(?:\s*(?:,|&|\band\b|\bor\b|-|–|\bto\b)"
    rf"\s*{_NUM})*)",
    re.IGNORECASE,
)
NUMBER_RE = re.compile(_NUM, re.IGNORECASE)

# A sentence that makes its subject exempt, and is sure of it.
NOTICES = [
    Phrase(
        r"\bnot\s+for\s+(?:publication|public\s+(?:inspection|release))",
        "NOT FOR PUBLICATION",
    ),
    Phrase(
        r"\bexempt\s+(?:information|item|report|business|matter)",
        "This report contains exempt information",
    ),
    Phrase(r"\bexempt\b[^.]{0,120}\bparas?\b", "Exempt – para. 3"),
    Phrase(
        r"\b(?:confidential|exempt|private)\b[^.]{0,120}\bparagraphs?\b",
        "CONFIDENTIAL - PARAGRAPH 3 OF SCHEDULE 12A",
    ),
    Phrase(
        r"\bschedule\s+(?:12\s*a|7\s*a)\b",
        "by virtue of paragraph 3 of Part 1 of Schedule 12A",
    ),
    Phrase(
        r"\bprivate\s+(?:item|business|report|matter)s?\b", "PART II – PRIVATE ITEM"
    ),
    Phrase(
        r"\b(?:private\s+and\s+)?confidential\s+(?:item|report|business|matter|information)\b",
        "Confidential item",
    ),
    Phrase(r"\bpublic\s+excluded\b", "Public excluded item"),
    Phrase(
        r"\b(?:exempt|confidential|private)\s+(?:appendi(?:x|ces)|annex(?:es)?)\b",
        "The report contains an exempt appendix",
    ),
    Phrase(r"\bconfidential\s+under\s+section\b", "confidential under section 10A(2)"),
    Phrase(
        r"\b(?:restricted|confidential)\s+in\s+moderngov\b", "restricted in ModernGov"
    ),
]

# A line (a heading or a label) that is a notice by itself: "CONFIDENTIAL",
# "EXEMPT ITEM", "PART II", "Part B", "PRIVATE".
NOTICE_LINES = [
    Phrase(
        r"^[\W_]*(?:confidential|exempt|private|restricted)(?:\s+(?:item|report|business|information|matter|session))?[\W_]*$",
        "CONFIDENTIAL",
    ),
    Phrase(
        r"^[\W_]*part\s+(?:ii|2|two|b)\b(?!\s+of\b)[^.]{0,60}$",
        "PART II – PRIVATE ITEM",
    ),
    Phrase(
        r"^[\W_]*(?:in\s+camera|closed\s+session|public\s+excluded)[\W_]*$", "IN CAMERA"
    ),
]

# Words that bring exemption into doubt without stating it: the item is
# withheld and the clerk asked to check.
DOUBTS = [
    Phrase(r"\bconfidential\b", "The figures in the report were confidential"),
    Phrase(r"\bexempt\b", "the report was exempt"),
    Phrase(r"\bin\s+(?:private|camera)\b", "The item was considered in private"),
]

# What a notice is about when it is not the item: a paper of it.
DOCUMENTS = [
    Phrase(
        r"\b(?:appendix|appendices|annex(?:e|es)?|enclosures?|attachments?)\b(?:\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b(?:\s*(?:,|&|and)\s*(?:[A-Z]|\d{1,2})\b)*)?",
        "Appendix 2 is not for publication",
    ),
    Phrase(r"\bbackground\s+papers?\b", "the background papers are exempt"),
    Phrase(
        r"\b(?:separate|supplementary|accompanying)\s+(?:confidential|exempt|private|part\s+(?:ii|2|b))\s+(?:report|paper|information)\b",
        "a separate confidential report",
    ),
]

# A sentence that says there is nothing exempt.
NEGATIONS = [
    Phrase(
        r"\bno\s+(?:items?|business|reports?|matters?)\b[^.]{0,60}\b(?:exempt|confidential|private|excluded|exclusion|part\s+(?:ii|2|b))",
        "There were no items of exempt information",
    ),
    Phrase(
        r"\bthere\s+(?:was|were)\s+no\b[^.]{0,60}\b(?:exempt|confidential|exclu)",
        "There was no exempt business",
    ),
    Phrase(r"\bnot\s+(?:exempt|confidential)\b", "The report is not exempt"),
    Phrase(r"\bno\s+(?:exempt|confidential|private)\b", "no exempt information"),
    Phrase(
        r"\b(?:exempt|excluded)\s+from\s+(?:the\s+)?(?:fee|fees|charge|charges|council\s+tax|rates|tax|planning|requirement|need|duty|policy|scheme|ban|restriction)",
        "exempt from the charge",
    ),
    Phrase(
        r"\bwhether\b[^.]{0,120}\b(?:private|exempt|confidential|exclu)",
        "it shall be advised whether Cabinet will consider any matters in private",
    ),
]

# A sentence about other items or papers ("declared an interest in item 17",
# "exempt information was submitted in respect of Agenda Items 18 and 19"):
# whatever it says is not a notice on this item.
ELSEWHERE = [
    Phrase(
        r"\bdeclared\s+(?:an?\s+)?(?:\w+\s+){0,3}interests?\b",
        "declared an interest in the item on page 17 of the public excluded status report",
    ),
    Phrase(
        r"\b(?:agenda\s+)?items?\s+(?:no\.?\s*)?\d+(?:\s*(?:,|and|&)\s*\d+)*\b",
        "exempt information was submitted in respect of Agenda Items 18 and 19",
    ),
    Phrase(
        r"\bminutes?\s+(?:no\.?\s*)?\d+(?:/\w+)?\b",
        "the report associated with minute 66/E remain exempt",
    ),
    Phrase(r"\bstatus\s+report\b", "the Council public excluded status report"),
    Phrase(
        r"\barticles?\s+\d+\b",
        "In relation to article 27, the leaking of the exempt report",
    ),
]

# Words that make a notice a possibility, not a fact ("may be discussed as a
# confidential item"): the item is withheld, for a clerk to review.
HEDGES = [
    Phrase(
        r"\b(?:may|might|could|possibly|if\s+(?:necessary|required))\b",
        "May be discussed as a confidential item",
    ),
]

# A sentence that shuts the public out for what follows.
EXCLUSIONS = [
    Phrase(
        r"\b(?:press\s+and\s+(?:the\s+)?)?public\s+(?:be|were|was|are|being|is)\s+(?:now\s+|\w+ly\s+)?excluded\b",
        "the press and public were formally excluded from the meeting",
    ),
    Phrase(
        r"\bexclu(?:de|ded|ding|sion\s+of)\s+(?:the\s+)?(?:press|public|members\s+of\s+the\s+(?:press|public))\b",
        "following the exclusion of members of the press and public",
    ),
    Phrase(
        r"\b(?:into|in)\s+(?:a\s+)?(?:closed|confidential|private)\s+session\b",
        "Council moved into closed session",
    ),
    Phrase(
        r"\b(?:move[ds]?|went|go)\s+(?:into|to)\s+(?:part\s+(?:ii|2|b)|in\s+camera)\b",
        "The meeting moved into Part B",
    ),
    Phrase(r"\bresolution\s+to\s+exclude\b", "Resolution to exclude the public"),
    Phrase(
        r"\bpublic\s+(?:will\s+be\s+|were\s+|was\s+)?(?:asked|requested)\s+to\s+(?:withdraw|leave)\b",
        "The public will be asked to withdraw from the meeting at this point",
    ),
]

# An exclusion for the items the agenda marks ("those reports identified on
# the agenda as being for determination in private"): those items carry their
# own notices, so it withholds nothing by itself.
EXCLUSION_BY_NOTICE = [
    Phrase(
        r"\b(?:identified|marked|indicated|shown|listed|designated)\s+(?:on|in)\s+the\s+agenda\b",
        "those reports identified on the agenda as being for determination in private",
    ),
]
# ...and one that asks whether to, without deciding.
EXCLUSION_PROPOSALS = [
    Phrase(
        r"\b(?:to\s+consider|whether)\b[^.]{0,40}\bexclude\b",
        "To consider whether to exclude the press and public",
    ),
    Phrase(
        r"\b(?:recommended|invited|asked|may\s+wish)\s+to\b[^.]{0,40}\bexclude\b",
        "The Committee is recommended to exclude the press and public",
    ),
    Phrase(
        r"\bif\s+(?:the\s+)?(?:press|public)\b",
        "if the press and public are to be excluded",
    ),
]
# What an exclusion covers: the item(s) that follow, part two of the agenda.
FOLLOWING = [
    Phrase(
        r"\bfollowing\s+(?:item|report|matter|business|minute)s?\b",
        "for the following item of business",
    ),
    Phrase(
        r"\b(?:remaining|remainder\s+of\s+the)\s+(?:item|business|meeting|agenda)s?\b",
        "for the remaining items",
    ),
    Phrase(
        r"\bpart\s+(?:ii|2|two|b)\s+of\s+the\s+(?:agenda|meeting)\b",
        "the items contained in part two of the agenda",
    ),
    Phrase(r"\b(?:next|this)\s+item\b", "during consideration of the next item"),
]
# A sentence that lets the public back in.
READMISSIONS = [
    Phrase(r"\bre-?admitted\b", "The press and public were re-admitted to the meeting"),
    Phrase(
        r"\b(?:returned|resumed|reconvened|moved\s+back|went\s+back|came\s+out)\b[^.]{0,40}\b(?:open|public)\s+(?:session|meeting|part)\b",
        "The meeting resumed in open session",
    ),
    Phrase(
        r"\b(?:press\s+and\s+)?public\s+(?:returned|rejoined)\b",
        "The public returned to the meeting",
    ),
    Phrase(
        r"\bout\s+of\s+(?:closed|confidential|private)\s+session\b",
        "Council came out of closed session",
    ),
]
# A heading that starts the private part, or the public one again.
PRIVATE_PART_LINES = [
    Phrase(
        r"^[\W_]*(?:part\s+(?:ii|2|two|b)|private\s+(?:business|session|items?)|confidential\s+(?:business|session|items?)|(?:items?\s+)?in\s+camera|closed\s+session|public\s+excluded(?:\s+(?:items?|business|session))?)\b[^.]{0,80}$",
        "PART TWO",
    ),
]
PUBLIC_PART_LINES = [
    Phrase(
        r"^[\W_]*(?:part\s+(?:i|1|one|a)|open\s+session|public\s+(?:business|session))\b[\W_]*(?:\(?(?:public|open)[\W_]*)?$",
        "PART ONE",
    ),
]
# Titles of an item about exempt business, public itself: the exclusion, a
# review of what stays exempt.
EXCLUSION_TITLES = [
    Phrase(
        r"\bexclu(?:sion|de)\b[^.]{0,40}\b(?:press|public)\b",
        "Exclusion of the Press and Public",
    ),
    Phrase(
        r"\b(?:resolution\s+to\s+)?exclude\s+the\s+public\b",
        "Resolution to exclude the public",
    ),
    Phrase(
        r"\b(?:moving|move)\s+into\s+(?:closed|confidential)\s+session\b",
        "Moving into closed session",
    ),
    Phrase(
        r"\bexempt\s+information\s*[-–:]\s*exclusion\b",
        "Exempt Information - Exclusion of the Press and Public",
    ),
    Phrase(
        r"\b(?:review|determination|consideration|notification|list)\s+of\s+(?:the\s+)?(?:exempt|confidential|private|urgent)\b",
        "Review of Exempt Items",
    ),
    Phrase(
        r"\b(?:exempt|confidential|private)\s+items\s+of\s+business\b",
        "Determination of Exempt Items of Business",
    ),
]

# Where "Part A/B/C" name kinds of business, not the private part
# ("Part B Reports for Information"), "Part B" is no notice.
PART_LETTERS_DEFINED = [
    Phrase(
        r"\bpart\s+[abc]\s+(?:matters|reports|decisions|items)\b",
        "Part B Reports for Information",
    ),
]


def compiled(table: list[Phrase]) -> re.Pattern[str]:
    """One pattern for the whole table, for speed."""
    source = "|".join(f"(?:{row.pattern})" for row in table)
    return re.compile(with_look_ahead(source, re.IGNORECASE), re.IGNORECASE)

"""How councils write that they decided something, as data.

Each table is a list of ``Phrase`` rows: a pattern and an example taken from
real minutes. ``moot/minutes/tests/test_decision_phrases.py`` checks every
row's example against its own pattern and against the reader, so a new
convention is a row here, not an edit of ``lines.py`` or ``item.py``.

Patterns are matched case-insensitively at the start of one line or
paragraph; ``(?-i:...)`` marks the few words that must be capitals.
"""

import re

from .exempt_phrases import Phrase
from .quick import candidates, compile_fast

_BODY = (
    r"(?:council|committee|sub-committee|subcommittee|board|cabinet|panel|commission|"
    r"executive|authority|forum|group|meeting|trustees|members(?:\s+present)?)"
)
_REF = r"(?:[A-Z][A-Z0-9]{0,9}/)?\d{1,6}(?:/[A-Z0-9]{1,6}){0,3}"

# A line that opens the resolutions: what follows it (``rest``, maybe empty)
# and the next entries are what the meeting decided. ``vote`` is a vote the
# label itself gives.
RESOLUTION_LABELS = [
    Phrase(
        r"^(?:it\s+was\s+)?resolved(?:\s+unanimously)?\s*(?:\[[^\]]{1,20}\]\s*)?"
        r"(?:\([^)]{1,80}\)\s*)?(?P<rest>that\b.*)$",
        "RESOLVED [37/22] (Cadwallader/Gordon) that the Minutes be confirmed.",
    ),
    Phrase(
        r"^resolved\s+(?P<rest>that\b.*)$",
        "RESOLVED that the Director report back to the next meeting.",
    ),
    Phrase(
        r"^(?-i:(?:[A-Z][\w'’-]*\s+){0,5}?)(?:resolved|resolution(?:\s+(?:number|no\.?))?)"
        rf"\s+(?P<ref>{_REF})\b[.:]?\s*(?P<rest>(?:that\b|moved\b|$).*)$",
        "Committee Resolved BKCB/2024/00047 That the apology be accepted.",
    ),
    # The resolution's number first, then the movers: "3058/11 RESOLVED: (A/B)".
    Phrase(
        r"^\d{1,5}/\d{2,4}\s+resolved(?:\s+unanimously)?\s*:?\s*"
        r"(?:\([^)]{1,80}\)\s*)?(?P<rest>.*)$",
        "3058/11 RESOLVED:       (Hoban/Ainsworth)",
    ),
    Phrase(
        r"^(?:(?:council|committee|board|cabinet|panel|commission|community\s+board)\s+)?"
        r"resolution\s*[:.–-]?\s*(?P<rest>)$",
        "Council Resolution",
    ),
    Phrase(
        r"^(?:council|committee|board)\s+resolution\s*[:–-]\s*(?P<rest>(?-i:That|THAT)\b.*)$",
        "Council Resolution - That the Report be received and noted.",
    ),
    Phrase(
        r"^(?:council|committee|board|cabinet|panel|commission)\s+decision\s*[:.–-]?\s*"
        r"(?P<rest>)$",
        "Council Decision",
    ),
    Phrase(
        r"^(?:(?:officer|staff|committee|executive)['’]?s?\s+)?recommendation\s+"
        r"(?:and|/|&)\s+(?:council|committee|board|cabinet)\s+(?:resolution|decision)"
        r"\s*[:.–-]?\s*(?P<rest>.*)$",
        "OFFICER RECOMMENDATION AND COUNCIL RESOLUTION",
    ),
    Phrase(
        r"^(?:(?:now,?\s+)?therefore,?\s+)?(?:be\s+it|it\s+is\s+hereby)\s+"
        r"(?:further\s+)?resolved,?\s*(?P<rest>.*)$",
        "Be it Resolved That Council direct staff to report back.",
    ),
    Phrase(
        r"^(?:it\s+was\s+)?(?:on\s+the\s+)?(?:moved|proposed|proposal)\b.{1,150}?"
        r"\bseconded\b.{1,150}?(?:,?\s+and|,|(?=\s+(?-i:R)))\s+(?:it\s+was\s+)?"
        r"(?:unanimously\s+)?"
        r"(?:resolved|agreed|decided)\b(?:\s+unanimously)?\s*[:,–—-]*\s*"
        r"(?P<rest>.*)$",
        "Moved Cr Smith, seconded Deputy Mayor Jones and resolved",
    ),
    # Edmonton's minutes: "Moved J. Batty – T. Caterina:" (mover – seconder).
    Phrase(
        r"^moved\s+(?-i:(?:[A-Z]\.\s*){1,2}[A-Z][\w'’-]+)\s*[–-]\s*"
        r"(?-i:(?:[A-Z]\.\s*){1,2}[A-Z][\w'’-]+)\s*:\s*(?P<rest>.*)$",
        "Moved J. Batty – T. Caterina:",
    ),
    Phrase(
        r"^moved\s*\([^)]{3,120}\)\s*[:.–-]?\s*(?P<rest>.*)$",
        "Moved (Mayor Aaron Hawkins/Cr Christine Garey):",
    ),
    Phrase(
        r"^(?:it\s+was\s+)?moved\s+by\s+[^:;]{2,120}?,?\s+(?:and\s+)?seconded\s+by\s+"
        r"[^:;]{2,120}?[:;]\s*(?P<rest>.*)$",
        "MOVED by Chairperson K Thomas, seconded by Member R Clow: That the Board",
    ),
    Phrase(
        r"^moved\s*:\s*.{2,80}?\s+seconded\s*:\s*.{2,60}?\s+"
        r"(?P<rest>(?-i:That|THAT|The|To)\b.*)$",
        "Moved: Cr Stroet Seconded: Cr Onuzans The Minutes be confirmed. CARRIED",
    ),
    Phrase(
        r"^(?:moved|moved\s+by|mover)\s*:?\s+(?!that\b|to\b)[^.:;]{2,80}?"
        r"(?:\s+seconded(?:\s+by)?\s*:?\s*[^.:;]{2,60})?\.?(?P<rest>)$",
        "Moved by Councilmember Ortiz",
    ),
    # Granicus iQM2 minutes: "MOTION:", the words, then "RESULT: CARRIED".
    Phrase(r"^motion\s*:\s*(?P<rest>.*)$", "MOTION:"),
    # Irish minutes: "Proposed by ..." / "Seconded by ..." / "AND AGREED".
    Phrase(
        r"^and\s+(?:unanimously\s+)?(?:agreed|resolved)(?:\s+unanimously)?\s*[:.,–-]?\s*"
        r"(?P<rest>.*)$",
        "AND AGREED",
    ),
    Phrase(
        r"^decision\s+made(?:\s*\((?P<vote>[^)]{1,40})\))?\s*[:.–-]?\s*(?P<rest>.*)$",
        "Decision made (Unanimously):",
    ),
    Phrase(
        rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_BODY}\s+(?:unanimously\s+)?"
        r"(?:resolved|agreed|decided|determined)(?:\s+unanimously)?\s*"
        r"(?::-|:|[–—-]+)\s*(?P<rest>.*)$",
        "The Committee resolved:-",
    ),
    Phrase(
        rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_BODY}\s*[–—-]+\s*(?P<rest>)$",
        "The Council –",
    ),
    Phrase(
        r"^(?:unanimously\s+)?(?-i:RESOLVED|AGREED|DECIDED)(?:\s+unanimously)?\s+"
        r"(?P<rest>(?:that|to)\b.*)$",
        "Unanimously AGREED to recommend APPROVAL",
    ),
]

# A motion with its mover, seconder and words in one paragraph ("Motion by X,
# seconded by Y, to ..."): a resolution once a vote line says it carried.
MOTIONS = [
    Phrase(
        r"^(?:a\s+|the\s+)?motion\s+(?:was\s+)?(?:made\s+|moved\s+)?by\s+.{2,80}?,?\s+"
        r"(?:and\s+)?seconded\s+by\s+.{2,80}?,?\s+(?P<text>(?:to|that)\s+.+)$",
        "A motion was made by Commissioner Jacobs, seconded by Commissioner Gordon "
        "to go into closed session at 8:33 PM.",
    ),
    Phrase(
        r"^(?:it\s+was\s+)?moved\s+by\s+.{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+"
        r".{2,80}?,?\s+(?P<text>(?:to|that)\s+.+)$",
        "It was moved by Councilor Diaz and seconded by Councilor Wu to approve the "
        "agenda.",
    ),
    Phrase(
        r"^.{2,80}?\s+moved\s*,?\s+(?:and\s+.{2,80}?\s+seconded|seconded\s+by\s+.{2,80}?)"
        r"\s*,?\s+(?P<text>(?:to|that)\s+.+)$",
        "Councilmember Lawrence-Anderson moved and Councilmember Ryan seconded to "
        "close the Informal Open Forum at 6:47 p.m.",
    ),
    Phrase(
        r"^.{2,80}?\s+moved\s+(?P<text>(?:to|that)\s+.+?)\s*,?\s+and\s+.{2,80}?\s+"
        r"seconded(?:\s+the\s+motion)?\.?$",
        "Alderperson Kramer moved to approve the agenda with the changes and "
        "Alderperson Taylor seconded the motion.",
    ),
]

# South Australian minutes: "Moved Councillor Orr that the minutes ..." and,
# on the next line, "Seconded Councillor Westwood CARRIED".
MOTIONS.append(
    Phrase(
        r"^(?:moved|proposed)\s+(?:by\s+)?(?:(?:deputy\s+)?mayor|councillor|cllr\.?|cr\.?|"
        r"(?:his|her)\s+worship)\s+(?:the\s+mayor\s+)?(?-i:[A-Z])[\w'’-]*"
        r"(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?P<text>that\s+.+)$",
        "Moved Councillor Orr that the minutes of the meeting held on 3 February 2020 date "
        "as circulated to members be confirmed as a true and accurate record of proceedings",
    )
)

# A line that opens a report's recommendations.
RECOMMENDATION_LABELS = [
    Phrase(
        r"^it\s+is\s+(?:therefore\s+)?recommended\s+(?P<rest>that\b.*)$",
        "It is recommended that the Press and Public be excluded from the meeting",
    ),
    Phrase(
        r"^(?:staff|officers?|officer['’]s|officers['’]|committee|executive|panel|"
        r"administration)\s+recommendations?\s*[:.–-]?\s*(?P<rest>.*)$",
        "Staff Recommendation: Approve the contract with Acme Paving.",
    ),
    Phrase(
        r"^(?:recommended|requested|necessary\s+(?:council|board)|proposed)\s+"
        r"(?:council\s+|board\s+)?(?:actions?|motions?|resolutions?|decisions?)"
        r"(?:\s*\([^)]{1,30}\))?\s*[:.–-]?\s*(?P<rest>.*)$",
        "RECOMMENDED ACTION (Motion):",
    ),
    Phrase(r"^action\s+requested\s*[:.–-]?\s*(?P<rest>.*)$", "Action Requested:"),
]

# Lines that record a motion's mover or seconder and nothing else.
MOTION_PARTS = [
    Phrase(
        r"^seconded(?:\s+by)?\s*:?\s*(?![^.:;]*\b(?i:carried|lost)\b)[^.:;]{2,60}\.?$",
        "Seconded by Councilmember Lee",
    ),
    Phrase(r"^seconder\s*:\s*[^.:;]{0,60}\.?$", "SECONDER: Joann Waski, Councilwoman"),
]

# A paragraph that is itself a decision, with no label before it.
DECISION_SENTENCES = [
    Phrase(
        rf"^(?:[^;]{{0,80}}?,\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_BODY}\s+"
        r"(?:then\s+|also\s+|further\s+|therefore\s+|formally\s+)?(?:unanimously\s+)?"
        r"(?:resolved|agreed|decided)\s+(?:unanimously\s+)?(?:that|to)\b",
        "Council resolved to approve the minutes of the ordinary meeting.",
    ),
    Phrase(
        r"^(?:unanimously\s+)?(?:agreed|resolved|decided)\s+(?:unanimously\s+)?"
        r"(?:to|that)\s",
        "Agreed to accept report as presented at Committee Meeting 17 June 2020",
    ),
    Phrase(
        r"^(?-i:That)\s+(?:the\s+)?[^.;:]{1,120}?(?<!will)(?<!would)(?<!to)(?<!should)"
        r"(?<!could)(?<!can)(?<!may)(?<!must)(?<!shall)(?<!not)\s(?:be|remain)\s+\w+",
        "That the filling of the vacant positions be pursued as a priority.",
    ),
    Phrase(
        rf"^(?-i:That)\s+(?:the\s+)?{_BODY}\s+(?:[a-z]+ly\s+)?[a-z]+s\b",
        "That Council confirms the minutes of Council, held on 28 October 2015.",
    ),
    Phrase(
        r"^(?:the\s+)?(?:officer['’]?s?\s+|staff\s+)?recommendations?\s+(?:was|were)\s+"
        r"(?:duly\s+|then\s+|unanimously\s+)?(?:adopted|approved|agreed|carried|"
        r"accepted|endorsed)\b",
        "The officer's recommendation was adopted.",
    ),
    Phrase(
        rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_BODY}\s+(?:unanimously\s+)?"
        r"(?:approved|adopted|endorsed|accepted|ratified)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:recommendations?|report|minutes|proposals?|policy|plan|strategy|budget)\b",
        "The Committee approved the recommendations set out in the report.",
    ),
    Phrase(
        r"^(?:the\s+)?minutes\s+of\b[^.]{0,200}?\b(?:were|was)\s+"
        r"(?:duly\s+|then\s+|unanimously\s+)?(?:agreed|approved|confirmed|adopted|"
        r"accepted|taken\s+as\s+read)\b",
        "The Minutes of the last Meeting held on 5 March 2012 were agreed as a "
        "correct record and were signed by the Chair.",
    ),
    Phrase(
        r"^[^.]{0,120}?\bthe\s+press\s+and\s+(?:the\s+)?public\s+(?:were|was)\s+"
        r"(?:formally\s+|duly\s+)?excluded\b",
        "Prior to consideration of the item in Minute 35 the press and public were "
        "formally excluded from the meeting.",
    ),
]

# A parish's motion in one sentence: "... was proposed by Cllr. Clarke,
# seconded by Cllr. Johnston-Davis and agreed unanimously."
DECISION_SENTENCES.append(
    Phrase(
        r"^[^.]{3,200}?\s(?:was|were)\s+proposed\s+by\s+.{2,80}?,?\s+(?:and\s+)?"
        r"seconded\s+by\s+.{2,80}?\s+and\s+(?:was\s+|were\s+)?(?:unanimously\s+)?"
        r"(?:agreed|carried|approved|resolved|adopted)\b",
        "Motion to exclude the members of the public and press being present during the "
        "meeting was proposed by Cllr. Clarke, seconded by Cllr. Johnston-Davis and agreed "
        "unanimously.",
    )
)

# Where a decision starts inside a paragraph that a PDF copy ran together
# ("... as at 30 April 2018. Moved Councillor Tack Seconded Councillor
# Lancini Council Resolution - That the Report be received and noted.
# Carried – 290518-01"): the paragraph is broken before each, so the labels
# and the vote stand at the start of their own lines. Each pattern finds the
# position of a break; the example is the text from that position.
RUN_IN_DECISIONS = [
    Phrase(
        r"(?<=[.:;]\s)(?=(?:Moved|MOVED)\s+(?:by\s+)?(?:Councillor|Cllr\.?|Cr\.?|Mayor|"
        r"Deputy\s+Mayor)\s+\S+(?:\s+\S+)?\s+(?:Seconded|SECONDED)\b)",
        "Moved Councillor Tack Seconded Councillor Lancini Council Resolution - That",
    ),
    Phrase(
        r"(?<=\S\s)(?=(?-i:Council|Committee|Board)\s+(?-i:Resolution)\s*[-–:]\s*"
        r"(?-i:That|THAT)\b)",
        "Council Resolution - That the Report be received and noted.",
    ),
    Phrase(
        r"(?<=\.\s)(?=(?-i:Carried|CARRIED|Lost|LOST)\s*[-–]\s*\d)",
        "Carried – 290518-01",
    ),
    # A second resolution in the same paragraph: "... signed by the Chairman.
    # 11. B) Resolved that the Minutes of the Councils Annual ... meetings".
    Phrase(
        r"(?<=[.)]\s)(?=(?-i:Resolved|RESOLVED)\s+(?-i:that|That|THAT)\b)",
        "Resolved that the Minutes of the Councils Annual and Ordinary meetings held on "
        "the 2nd May 2019",
    ),
]

# A line that only leads into the entries that follow; not a decision itself.
LEAD_INS = [
    Phrase(r"^[-–—]?\s*that\s*(?::-|[:–—-])?\s*$", "- That –"),
    Phrase(
        r"^that\s+(?:the\s+)?[\w'’ &-]{1,60}?\s*(?::-|[:–—])\s*$",
        "That the Whau Local Board:",
    ),
]

# An entry numbered in the narrative that reads as a decision ("(1) that ...",
# "(ii) the decision ... be made public"): the start of a decision list
# nobody labelled.
DECISION_ENTRIES = [
    Phrase(r"^that\b", "that the report be noted;"),
    Phrase(
        r"^(?:the\s+)?[^,.;:]{1,80}?(?<!will)(?<!would)(?<!to)(?<!should)(?<!could)"
        r"(?<!can)(?<!may)(?<!must)(?<!shall)(?<!not)\s(?:be|remain)\s+\w+",
        "the report associated with minute 66/E remain exempt for the present time;",
    ),
    # New Zealand decision lists, in the present: "1. Receives and accepts the
    # apologies from Her Worship the Mayor Reese".
    Phrase(
        r"^(?:receives|accepts|notes|approves|agrees|adopts|confirms|endorses|"
        r"requests|authorises|authorizes|delegates|declines|defers|refers|directs|"
        r"instructs)\s+(?:and\s+(?:accepts|notes|approves|adopts|endorses)\s+)?"
        r"(?:the|that|a|an|its|this|these)\b",
        "Receives and accepts the apologies from Her Worship the Mayor Reese and "
        "Councillor Rutledge for lateness.",
    ),
    # Scottish and ModernGov decision lists: "(i) to note ...; (ii) to request".
    Phrase(
        r"^to\s+(?:otherwise\s+)?(?:note|agree|approve|request|instruct|remove|"
        r"transfer|retain|delegate|endorse|defer|refer|accept|adopt|authorise|"
        r"authorize|grant|refuse|continue)\b",
        "to note the reasons for deferral in relation to item 15;",
    ),
]

# The parts "(A) ...; (B) ...; and (C) ..." of one resolution paragraph: the
# first after "that" or a colon, the rest after a semicolon.
INLINE_PART_RE = compile_fast(
    r"(?:^|(?<=\bthat)|(?<=\bThat)|(?<=:))\s*\((?P<first>a|A|1|i)\)\s+"
)
NEXT_PART_RE = re.compile(
    r";\s*(?:and|or)?\s*\((?P<n>[a-zA-Z]|\d{1,2}|[ivx]{1,4})\)\s+"
)

_RESULT = r"(?P<result>carried|passed|lost|defeated|failed|adopted|approved|agreed)"
_COUNT = r"\d{1,2}\s*(?:votes?\s+)?(?:-|–|/|to|:)\s*\d{1,2}(?:\s*(?:-|–|/)\s*\d{1,2})?"
# A line that is only a vote on the motion before it.
VOTES = [
    Phrase(
        r"^(?:(?:upon|on|after)\s+(?:a|the|being\s+put\s+to\s+the)\s+(?:roll\s+call\s+)?"
        r"vote(?:\s+being\s+taken)?,?\s+|on\s+a\s+show\s+of\s+hands,?\s+)?"
        r"(?:the\s+)?(?:(?:substantive|original|amended|main)\s+)?"
        r"(?:(?:motion|resolution|amendment|recommendation|vote)\s+)?"
        r"(?:was\s+)?(?:then\s+)?(?:put\s+(?:to\s+(?:the\s+)?(?:vote|meeting)\s+)?"
        r"and\s+)?(?:declared\s+)?"
        + _RESULT
        + r"(?:\s+unanimously|\s+by\s+(?:a\s+)?(?:majority|show\s+of\s+hands|consensus|"
        r"acclamation|division|general\s+consent)|\s+on\s+the\s+voices)?"
        r"(?:\s+by\s+the\s+following\s+(?:roll\s+call\s+)?vote\s*:?)?"
        rf"(?:\s*[:(]?\s*(?:by\s+)?{_COUNT}(?:\s+votes?)?\s*\)?)?(?:\s*\([^)]{{1,200}}\))?"
        r"(?:,?\s+with\s+[^.]{1,160})?\.?$",
        "The motion was Carried unanimously",
    ),
    Phrase(
        r"^(?:motion\s+)?(?:passed|carried)\s*:\s*" + _COUNT + r"\.?$",
        "MOTION PASSED: 9-0",
    ),
    Phrase(
        r"^(?:proposed|moved)\b.{1,80}?\bseconded\b.{1,80}?\b(?:all\s+(?:in\s+favou?r|"
        r"agreed)|unanimous(?:ly)?|carried|agreed)\b.{0,40}$",
        "Proposed Cllr Smith, seconded Cllr Jones, all in favour.",
    ),
    Phrase(
        r"^(?:all\s+(?:members\s+)?(?:in\s+favou?r|agreed)|agreed\s+by\s+all|"
        r"unanimously\s+(?:agreed|carried|approved))\.?$",
        "All in favour.",
    ),
    Phrase(
        r"^(?:roll\s+call\s+)?vote\s*[:\-–]\s*.{1,300}$",
        "Roll Call Vote: Ayes 5, Nays 0",
    ),
    Phrase(
        r"^(?:result|outcome)\s*[:\-–]\s*(?P<result>carried|passed|lost|defeated|"
        r"failed|adopted|approved)\b.{0,80}$",
        "Result: Carried",
    ),
    Phrase(
        r"^(?:motion\s+)?(?:carried|passed|lost|failed|defeated)\s*[:,-]?\s*\d+\s*"
        r"(?:yes|ayes|yeas|for|in\s+favou?r)\b.{0,80}$",
        "Motion Carried: 7 Yes, 0 No",
    ),
    Phrase(
        r"^(?:vote\s*:\s*)?unanimous(?:ly)?(?:\s+(?:carried|approved|passed|agreed))?\.?$",
        "VOTE: UNANIMOUS",
    ),
    Phrase(r"^vote\s*:\s*" + _COUNT + r"\.?$", "VOTE: 5-2"),
    # The result, then the resolution's own number (Australian minutes).
    Phrase(
        r"^(?:(?:the\s+)?motion\s+)?(?P<result>carried|lost|defeated)"
        r"(?:\s+unanimously)?\s*[-–:]?\s*\(?(?:res(?:olution)?\.?\s*(?:no\.?\s*)?)?"
        r"[A-Z]{0,4}\d[\w./-]{2,20}\)?\.?$",
        "CARRIED OM20200302.01",
    ),
    # Virginia boards: the motion, its seconder and the result in one line,
    # the roll call below it.
    Phrase(
        r"^on\s+(?:the\s+)?motion\s+(?:of|by)\s+.{2,120}?,?\s+seconded\s+by\s+.{2,80}?\s+"
        r"and\s+" + _RESULT + r"\b.{0,80}$",
        "On motion of Supervisor McNamara to adopt the resolution, seconded by Supervisor "
        "Peters and carried by the following recorded vote:",
    ),
    # The seconder, then the result: "Seconded Councillor Westwood CARRIED".
    Phrase(
        r"^seconded\s+(?:by\s+)?[^.:;]{2,60}?\s+" + _RESULT + r"\b(?:\s+unanimously)?"
        r"(?:\s+[A-Z]{0,4}\d[\w./-]{2,20})?\.?$",
        "Seconded Councillor Westwood CARRIED OM20200302.01",
    ),
    Phrase(
        r"^.{0,200}\b(?:resolution|motion)\s+(?P<result>carried|lost)\.?$",
        "Recorded Vote Result Confirmation of Minutes Resolution Carried",
    ),
]
# A roll-call line: who voted which way. It is the vote until a result line
# ("Carried (8 to 2)") says more.
VOTE_DETAILS = [
    Phrase(
        r"^(?:voting\s+)?(?:ayes?|yeas?|yes|nays?|noes|for|against|opposed|"
        r"in\s+favou?r|abstain(?:ed|ing|ions?)?|absent|recused)\s*(?:\(\d{1,2}\))?"
        r"\s*[:\-–]\s*.{0,400}$",
        "AYES: Councilmembers Morena, Himmelrich NOES: None ABSTAIN: Mayor Pro Tem",
    ),
    # A Scottish division: "On a division, there voted:- For the motion (23) -".
    Phrase(
        r"^(?:for|against)\s+the\s+(?:[\w-]+\s+){0,2}?(?:motion|amendment)\s*"
        r"\(\d{1,3}\)\s*[:\-–]\s*.{0,600}$",
        "For the procedural motion  (23)  -  Lord Provost; and Councillors Allard",
    ),
]
# A vote written at the end of the motion's own paragraph.
TRAILING_VOTE_RE = re.compile(
    r"^(?P<text>.*?[.;:)])\s+\(?(?P<vote>(?:(?:the\s+)?motion\s+(?:was\s+)?"
    r"(?:carried|lost|passed|defeated)|"
    r"(?-i:CARRIED|LOST|Carried|Lost|PASSED|Passed|DEFEATED|Defeated))"
    r"(?:\s+unanimously|\s+UNANIMOUSLY)?(?:\s*\(?" + _COUNT + r"(?:\s+votes?)?\)?)?)"
    r"\)?\.?$",
    re.IGNORECASE,
)
LOST_RE = re.compile(r"\b(?:lost|defeated|failed|fell)\b", re.IGNORECASE)

# Only a line with one of these words can be a resolution label.
LABEL_HINT_RE = re.compile(
    r"resol|moved|mover|second(?:ed|er)|decision|agreed|decided|determined|recommend|action|"
    r"^motion\s*:|[–—-]\s*$",
    re.IGNORECASE,
)


def first_match(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The match of the first pattern of a table that matches ``text``."""
    for pattern in candidates(patterns, text):
        match = pattern.match(text)
        if match:
            return match
    return None


def regexes(table: list[Phrase]) -> list[re.Pattern[str]]:
    return [row.regex for row in table]

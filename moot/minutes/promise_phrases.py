"""How minutes promise later action, who owes it, to whom and by when, as data.

Each table is a list of ``Phrase`` rows: a pattern and an example taken from
real minutes. ``moot/minutes/tests/test_promise_phrases.py`` checks every row's
example against its own pattern, and a table of real promise wordings against
the reader (owner, recipient, due), so a new convention is a row here.

Patterns are searched case-insensitively; ``(?-i:...)`` marks capitals that
matter (the start of a name).
"""

from .exempt_phrases import Phrase

ACTS = (
    r"report|submit|provide|circulate|bring|present|prepare|write|return|arrange|"
    r"investigate|update|share|publish|produce|consult|review|ensure|liaise|contact|"
    r"explore|develop|send|organise|organize|hold|meet|look|attend|revert|pursue|"
    r"follow\s+up|come\s+back|convene|monitor|seek|obtain|draft|respond|reply"
)
# The same acts as a present-tense main verb: "That the Chair writes to ...".
ACTS_NOW = (
    r"reports|submits|provides|circulates|brings|presents|prepares|writes|returns|"
    r"arranges|investigates|updates|shares|publishes|produces|consults|reviews|"
    r"liaises|contacts|explores|develops|sends|organises|organizes|holds|attends|"
    r"reverts|pursues|follows\s+up|comes\s+back|convenes|monitors|seeks|obtains|"
    r"drafts|responds"
)
_PARTY = (
    r"(?!(?:that|it|this|there|these|those)\b)(?:[Oo]fficers|[Ss]taff|(?-i:[A-Z])[\w’'&.-]*"
    r"(?:,?\s+(?:(?-i:[A-Z])[\w’'&.-]*|of|and|for|the|–|-))*?)"
)
_BODIES = (
    r"(?:Committees?|Sub[- ]Committee|Members|members|Councillors|councillors|Board|"
    r"Cabinet|Council|Panel|Group|Executive|Forum|Partnership|Scrutiny|Commission)"
)

# A resolution that promises something later.
PROMISES = [
    Phrase(
        r"\bbe\s+(?:re-?)?(?:submitted|provided|presented|circulated|reported|brought|"
        r"sent|produced|prepared|made\s+available|published|arranged|issued|shared|"
        r"undertaken|investigated|explored|developed|written|completed|delivered|"
        r"implemented|organised|organized|held|scheduled|added|included|notified|"
        r"informed|consulted|kept\s+informed|updated|monitored|reviewed|revisited|"
        r"reconsidered|made\s+public|placed)\b",
        "the St George's Room be monitored for the next three months",
    ),
    Phrase(r"\breport(?:s|ed|ing)?\s+back\b", "officers report back in June"),
    Phrase(
        r"\b(?:to|will|shall|should)\s+(?:" + ACTS + r")\b",
        "with staff to present the plan",
    ),
    Phrase(r"\breturn(?:s|ing)?\s+(?:to|within)\b", "return within 90 days"),
    Phrase(r"\bcome\s+back\b", "Council directed staff to come back within 60 days"),
    Phrase(
        r"^(?:that\s+)?(?:the\s+)?" + _PARTY + r"\s+(?:" + ACTS_NOW + r")\b",
        "That the Chairperson writes to the Cabinet Member",
    ),
    # An entry of a decision list that is an order: "(a) Develop an active ...".
    Phrase(
        r"^(?-i:Develop|Establish|Create|Set\s+up|Publish|Prepare|Produce|Commission|"
        r"Undertake|Investigate|Explore|Report|Submit|Circulate|Arrange|Consult|"
        r"Bring|Draft|Implement|Introduce|Deliver|Carry\s+out)\s",
        "Develop an active multi-agency Air Quality Forum",
    ),
    # What a meeting is asked to agree to hear again: "(b) Receive further reports
    # from the Cabinet Advisory Group ...".
    Phrase(
        r"^(?-i:Receive|Consider)\s+(?:a\s+)?(?:further|future|regular|annual|"
        r"quarterly|six[- ]monthly|progress)\s+(?:progress\s+)?(?:reports?|updates?)\b",
        "Receive further reports from the Cabinet Advisory Group on Safeguarding",
    ),
]
# A resolution that only notes, receives or agrees promises nothing, unless it
# also asks someone to act.
NOT_PROMISES = [
    Phrase(
        r"^(?:that\s+)?(?:(?:the\s+)?[\w ]{1,40}?\s+)?(?:noted|notes?|received|"
        r"receives?|welcomed|welcomes?|thanked|thanks?|acknowledged|acknowledges?|"
        r"approved|approves?|endorsed|endorses?|appointed|appoints?|adopted|adopts?)\s+"
        r"(?:that|the|receipt)\b",
        "Noted that COSLA items heard in public session could be provided to members",
    ),
    Phrase(
        r"\b(?:be|is|are|was|were)\s+(?:duly\s+)?(?:noted|approved|endorsed|appointed|"
        r"agreed|adopted|received|welcomed|accepted|confirmed|elected|signed)\b",
        "That the report be noted.",
    ),
]
# An explicit request in a resolution that only notes ("notes ... and asks
# officers to report back") still promises.
DIRECTIONS = [
    Phrase(
        r"\b(?:requests?|asks?|instructs?|directs?|requires?|invites?|agrees?)\s+"
        r"(?:that\s+)?(?:the\s+)?[\w ]{1,60}?\s+(?:to|will|should)\s+(?:"
        + ACTS
        + r")\b",
        "notes the update and asks officers to report back in March",
    ),
    # Noting what someone will do is noting a promise: "to note that officers
    # would report to the November meeting on the review ...".
    Phrase(
        r"\bnot(?:e|es|ed|ing)\s+that\s+(?:the\s+)?[\w ,–-]{1,80}?\s+(?:would|will|"
        r"intend(?:s|ed)?\s+to|were\s+to|was\s+to)\s+(?:" + ACTS + r")\b",
        "to note that officers would report to the November meeting on the review",
    ),
]

# A sentence of the narrative that promises later action (kind "undertaking").
NARRATIVE_PROMISES = [
    Phrase(
        r"\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to)\s+be\s+(?:submitted|"
        r"reported|presented|circulated|provided|brought|sent|placed|tabled|shared|"
        r"brought\s+back)\s+(?:back\s+)?(?:to|on|at|in|by|before|within)\b",
        "a further report would be submitted to the Finance Sub Committee in March",
    ),
    Phrase(
        r"\b(?:agreed|undertook|had\s+undertaken|has\s+undertaken|offered|promised|"
        r"committed)\s+to\s+(?:" + ACTS + r")\b",
        "The Chair agreed to write to Cllr Vanier requesting more information",
    ),
    Phrase(
        r"\b(?:he|she|they|officers?|staff|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)"
        r"{0,3})\s+(?:would|will)\s+(?:write|revert|pursue|circulate|"
        r"report(?:\s+back)?\s+(?:to|on)|report\s+back|follow\s+up|"
        r"bring\s+(?:a|an|the)\s+(?:further\s+)?(?:report|update)|"
        r"come\s+back|look\s+into|liaise|contact|arrange|investigate|respond|"
        r"provide\s+(?:an?\s+|the\s+|further\s+)?(?:update|information|details|"
        r"response|report|answer|briefing))\b",
        "the Chair confirmed that he would pursue the appointment",
    ),
    Phrase(
        r"\b(?:the\s+)?(?:clerk|chair(?:man|person)?|officers?|staff|director|manager|"
        r"mayor)\s+(?:would|will)\s+(?:write|revert|pursue|circulate|"
        r"report(?:\s+back)?\s+(?:to|on)|report\s+back|follow\s+up|"
        r"bring\s+(?:a|an|the)\s+(?:further\s+)?(?:report|update)|"
        r"come\s+back|look\s+into|liaise|contact|arrange|investigate|respond)\b",
        "It was agreed that the clerk would write to the landowner.",
    ),
    Phrase(
        r"^(?:the\s+)?(?:clerk|chair(?:man|person)?|vice[- ]chair|officers?|staff|"
        r"(?:cllrs?|councillors?|cr|mayor)\.?\s+(?-i:[A-Z])[\w’'-]+|director|manager|"
        r"head\s+of\s+[\w ]{1,30}?|(?-i:[A-Z]{2,5}))\s+to\s+(?:" + ACTS + r")\b",
        "Clerk to contact KCC Highways about the pothole.",
    ),
    Phrase(
        r"\b(?:item|matter|report|issue|it)\s+to\s+be\s+(?:brought\s+back|reported\s+back|"
        r"placed|added|reconsidered|revisited)\b",
        "Item to be brought back to the next meeting.",
    ),
    Phrase(
        r"\bdirect(?:ed|s)\s+(?:the\s+)?(?:staff|officers|[\w ]{1,40}?)\s+to\s+(?:"
        + ACTS
        + r")\b",
        "Council directed staff to come back within 60 days",
    ),
    Phrase(
        r"\b(?:is|are)\s+to\s+(?:write|circulate|provide|report|contact|arrange|send|"
        r"liaise|investigate|follow\s+up|respond)\b",
        "The clerk is to write to the bus company - Action - Clerk",
    ),
    Phrase(
        r"\b(?:response|report|update|information|details|answer|letter)s?\s+to\s+be\s+"
        r"(?:provided|circulated|sent|submitted|given)\b",
        "response to be provided by staff",
    ),
    # US closed sessions: the body announces it will report what it decided.
    Phrase(
        r"\b(?:will|would|shall)\s+report\s+(?:out\s+)?(?:on\s+)?(?:any\s+)?"
        r"reportable\s+action",
        "the City Council will recess to a closed session and will report any "
        "reportable action at the City Council Regular meeting at 6:00 p.m.",
    ),
    # A deferred item comes back: "this item was deferred until the next meeting
    # of the Cabinet". Deferred with no meeting named promises nothing.
    Phrase(
        r"\b(?:was|were|be|is|are|been|being)\s+deferred\s+(?:until|to|for)\s+"
        r"(?:the|a|its)\s+(?:next|following|future|later|subsequent)\s+meeting\b",
        "The Leader reported that this item was deferred until the next meeting of "
        "the Cabinet to allow officers further time to report on the issue.",
    ),
]

# A paragraph that opens a list of what a report recommends ("identified the
# following recommendations ...:-", "The Cabinet is asked to:"): each entry of
# the list after it is a recommendation.
RECOMMENDATION_LEADS = [
    Phrase(
        r"\brecommendations?\b[^.]{0,200}[:\u2013-]\s*-?\s*$",
        "identified the following recommendations to address the issues raised "
        "in the report:-",
    ),
    Phrase(
        r"\b(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\s*:?\s*$",
        "The Cabinet is asked to:",
    ),
]

# Who is to act: the ``owner`` group.
OWNERS = [
    Phrase(
        r"(?:^|\b[Tt]hat\s+)(?:the\s+)?(?P<owner>" + _PARTY + r")"
        r"\s+(?:be\s+(?:requested|asked|instructed|authorised|invited)\s+to\s+|to\s+|"
        r"will\s+|should\s+|shall\s+|is\s+to\s+|are\s+to\s+)?"
        r"(?:(?:urgently|then|also)\s+)?(?:" + ACTS + "|" + ACTS_NOW + r")\b",
        "That the Director attends a future meeting of the Committee",
    ),
    Phrase(
        r"(?:^|[,;]\s*|\bthat\s+)(?P<owner>(?:the\s+)?"
        + _PARTY
        + r")\s+(?:had\s+|has\s+)?"
        r"(?:agreed|undertook|undertaken|offered|promised|committed)\s+to\b",
        "the Chief Officer had undertaken to circulate the figures",
    ),
    Phrase(
        r"(?:^|\b)(?P<owner>(?:the\s+)?" + _PARTY + r")\s+(?:confirmed|advised|stated|"
        r"said|indicated|explained|agreed)\s+that\s+(?:he|she|they)\s+would\b",
        "the Chair confirmed that he would pursue the appointment",
    ),
    Phrase(
        r"(?:^|\b)(?P<owner>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,3})\s+would\s+"
        r"(?:write|revert|pursue|circulate|report|follow|come|look|liaise|contact|"
        r"arrange|investigate|respond|provide)\b",
        "Ms. S. Carr would revert to him with clarification",
    ),
    Phrase(
        r"\b(?P<owner>officers|staff|(?:the\s+)?clerk)\s+(?:would|will)\s+(?:"
        + ACTS
        + r")\b",
        "The Director said officers would report to the November meeting on the options",
    ),
    Phrase(
        r"\b(?:with|direct|directs|directing|directed|request|requests|requesting|"
        r"requested|ask|asks|asking|asked|instruct|instructs|instructing|instructed)\s+"
        r"(?:the\s+)?(?P<owner>staff|officers|(?-i:[A-Z])[\w’'&-]*"
        r"(?:\s+(?:(?-i:[A-Z])[\w’'&-]*|of|and|for)){0,6}?)\s+to\s+(?:" + ACTS + r")\b",
        "Council directed staff to come back within 60 days",
    ),
    Phrase(
        r"\bto\s+be\s+(?:provided|circulated|sent|submitted|given|prepared)\s+by\s+"
        r"(?P<owner>(?:the\s+)?(?:staff|officers|(?-i:[A-Z])[\w’'&-]*"
        r"(?:\s+(?-i:[A-Z])[\w’'&-]*){0,4}))",
        "response to be provided by staff",
    ),
    Phrase(
        r"[-–—:]\s*action\s*[-–—:]\s*(?P<owner>(?-i:[A-Z])[\w’'&. -]{1,60}?)\s*\.?$",
        "The clerk is to write to the bus company - Action - Clerk",
    ),
]

# To whom it goes: the ``r`` group.
RECIPIENTS = [
    Phrase(
        r"\bwrit(?:e|es|ing)\s+to\s+(?P<r>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*"
        r"(?:(?:\s+|,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)(?:(?-i:[A-Z])[\w’'.-]*"
        r"|of|for|and|the))*)",
        "That the Chairperson writes to the Cabinet Member on behalf of the Committee",
    ),
    Phrase(
        r"\b(?:meeting|cycle)\s+of\s+(?P<r>the\s+(?:(?-i:[A-Z])[\w’'-]*\s+|and\s+|of\s+)"
        r"{0,8}?" + _BODIES + r")\b",
        "would be reported to a future meeting of the Corporate Policy and "
        "Performance Committee",
    ),
    Phrase(
        r"\b(?:submitted|provided|presented|reported|circulated|sent|brought|returned|"
        r"report(?:ed)?\s+back|report|circulate|submit|provide|present|send|bring|"
        r"return|update|updates|attends?|come\s+back)"
        r"(?:\s+[^.;]{0,80}?)?\s+to\s+(?P<r>(?:the\s+|this\s+|that\s+|all\s+|relevant\s+|"
        r"each\s+)?(?:[A-Za-z’'-]+\s+){0,4}?" + _BODIES + r"(?:\s+of\s+the\s+"
        r"(?:(?-i:[A-Z])[\w’'-]*\s+){0,4}?" + _BODIES + r")?)\b",
        "a further report would be submitted to the Finance Sub Committee in March",
    ),
    Phrase(
        r"^(?:That\s+|that\s+)?(?:the\s+)?(?P<r>[\w’' ,-]{2,80}?)\s+be\s+"
        r"(?:notified|informed|consulted|advised|kept\s+informed|updated|written\s+to)\b",
        "That the owners of the land be notified of the decision",
    ),
]

# Deadlines with no calendar date, and the due kind each gives.
OPEN_DUES = [
    Phrase(
        r"\bwithin\s+(?:\d{1,2}|one|two|three|four|five|six)\s+(?:committee\s+)?"
        r"cycles?\b",
        "report back within two cycles",
    ),
    Phrase(
        r"\b(?:after|following|upon|on)\s+(?:the\s+)?(?:completion|conclusion|receipt|"
        r"adoption|approval|outcome|publication)\s+of\s+(?:the\s+)?[\w-]+"
        r"(?:\s+[\w-]+){0,3}?(?=[,.;]|\s+(?:but|and)\b|$)",
        "be made public after the completion of negotiations, but all",
    ),
    Phrase(
        r"\b(?:on|to|for|in)\s+(?:the|a)\s+(?:next|future|following)\s+agenda\b",
        "The matter is to be placed on the next agenda for consideration",
    ),
    Phrase(
        r"\b(?:in|by|during|before)\s+(?:early\s+|late\s+|mid[- ]|the\s+(?:spring|summer|"
        r"autumn|fall|winter)\s+(?:of\s+)?)\d{4}\b",
        "noting that a report would be submitted in early 2023",
    ),
]

# A decision that adopts what the report recommended: the recommendations'
# promises become the meeting's.
ADOPTIONS = [
    Phrase(
        r"\b(?:approve[sd]?|agree[sd]?|adopt(?:s|ed)?|endorse[sd]?|accept(?:s|ed)?|"
        r"support(?:s|ed)?)\b[^.]{0,60}\brecommendations?\b",
        "That the Cabinet approves the recommendations in the report.",
    ),
    Phrase(
        r"\brecommendations?\b[^.]{0,80}\bbe\s+(?:approved|agreed|adopted|endorsed|"
        r"accepted|supported)\b",
        "That the recommendations set out in the report be adopted.",
    ),
    Phrase(r"\bas\s+recommended\b", "RESOLVED – as recommended."),
    Phrase(
        r"\b(?:officer|staff)['’]?s?\s+recommendations?\s+(?:was|were)\s+"
        r"(?:carried|adopted|approved)\b",
        "The officer recommendation was adopted.",
    ),
]

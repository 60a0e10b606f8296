"""What ModernGov's decision pages say, as tables: labels, headings, statuses.

Each table is rows of (what the page says, casefolded; what Moot takes it for),
tested row by row in ``tests/test_decision_phrases.py``. A label or heading
not here is kept out of the record and named in a warning, never guessed at.
"""

from moot.vocabulary import DecisionStatus, InterestCategory

# ``<span class="mgLabel">Label: </span>value`` → the field it fills.
LABELS: tuple[tuple[str, str], ...] = (
    ("decision maker", "decision_maker"),
    ("decision status", "status"),
    ("is key decision?", "is_key"),
    ("is subject to call in?", "subject_to_call_in"),
    ("publication date", "published"),
    ("date of decision", "decided"),
    ("decided at meeting", "meeting"),
    ("call-in deadline", "call_in_deadline"),
    ("call in deadline", "call_in_deadline"),
    ("date comes into force if not called in", "call_in_deadline"),
    ("wards affected", "wards"),
    ("ward affected", "wards"),
    ("divisions affected", "wards"),
    ("reason key", "reason_key"),
    ("restrictions", "restriction"),
    ("accompanying documents", "documents"),
)

# ``<h3 class="mgSubSubTitleTxt">Heading:</h3>`` then the text → the field.
HEADINGS: tuple[tuple[str, str], ...] = (
    ("purpose", "purpose"),
    ("decision", "text"),
    ("decisions", "text"),
    ("reasons for the decision", "reasons"),
    ("reasons for decision", "reasons"),
    ("reason for decision", "reasons"),
    ("reasons for the decisions", "reasons"),
    ("alternative options considered", "alternatives"),
    ("alternative options rejected", "alternatives"),
    ("alternatives considered", "alternatives"),
    ("alternative options considered and rejected", "alternatives"),
    ("reasons for exemption", "exemption"),
    ("reason for exemption", "exemption"),
    ("confidential", "exemption"),
)

# Decision status words → status; the first row the words contain wins, so
# "not approved" is read before "approved".
STATUSES: tuple[tuple[str, DecisionStatus], ...] = (
    ("for determination", DecisionStatus.PROPOSED),
    ("withdrawn", DecisionStatus.WITHDRAWN),
    ("deferred", DecisionStatus.DEFERRED),
    ("not approved", DecisionStatus.REJECTED),
    ("rejected", DecisionStatus.REJECTED),
    ("called in", DecisionStatus.CALLED_IN),
    ("called-in", DecisionStatus.CALLED_IN),
    ("implemented", DecisionStatus.IMPLEMENTED),
    ("in force", DecisionStatus.IMPLEMENTED),
    ("approved", DecisionStatus.MADE),
    ("agreed", DecisionStatus.MADE),
    ("decision made", DecisionStatus.MADE),
    ("noted", DecisionStatus.MADE),
    ("made", DecisionStatus.MADE),
)

# Words of a "Restrictions" or "Reason Key" value that make a decision exempt.
EXEMPT_WORDS: tuple[str, ...] = ("exempt", "confidential", "private", "restricted")
# Yes/no answers of the "Is ...?" labels.
YES: tuple[str, ...] = ("yes", "y", "true")


def status_of(words: str) -> DecisionStatus | None:
    folded = " ".join(words.casefold().split())
    for phrase, status in STATUSES:
        if phrase in folded:
            return status
    return None


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(":").strip()


def label_field(label: str) -> str | None:
    return dict(LABELS).get(_key(label))


def heading_field(heading: str) -> str | None:
    return dict(HEADINGS).get(_key(heading))


# A register of interests' table caption → category; the first row whose
# words the caption contains wins, so tenancies are read before land and
# "other registrable interests" before the catch-all.
INTEREST_CAPTIONS: tuple[tuple[str, InterestCategory], ...] = (
    ("corporate tenanc", InterestCategory.TENANCIES),
    ("tenanc", InterestCategory.TENANCIES),
    ("licen", InterestCategory.LICENCES),
    ("gift", InterestCategory.GIFTS),
    ("hospitality", InterestCategory.GIFTS),
    ("securities", InterestCategory.SECURITIES),
    ("shares", InterestCategory.SECURITIES),
    ("sponsorship", InterestCategory.SPONSORSHIP),
    ("election expenses", InterestCategory.SPONSORSHIP),
    ("contract", InterestCategory.CONTRACTS),
    ("land", InterestCategory.LAND),
    ("employment", InterestCategory.EMPLOYMENT),
    ("profession", InterestCategory.EMPLOYMENT),
    ("directorship", InterestCategory.EMPLOYMENT),
    ("membership", InterestCategory.MEMBERSHIPS),
    ("other registrable", InterestCategory.MEMBERSHIPS),
    ("body exercising functions of a public nature", InterestCategory.MEMBERSHIPS),
)
# Cells that say there is nothing to register.
NOTHING: tuple[str, ...] = (
    "",
    "-",
    "none",
    "nil",
    "n/a",
    "na",
    "none declared",
    "nil return",
    "not applicable",
)


def interest_category(caption: str) -> InterestCategory:
    folded = " ".join(caption.casefold().split())
    for words, category in INTEREST_CAPTIONS:
        if words in folded:
            return category
    return InterestCategory.OTHER


def says_nothing(cell: str) -> bool:
    return " ".join(cell.casefold().split()).rstrip(".") in NOTHING


# A forward plan item's ``span.mgLabel`` rows → the field they fill.
PLAN_LABELS: tuple[tuple[str, str], ...] = (
    ("decision maker", "decision_maker"),
    ("decision due", "expected"),
    ("first published", "first_published"),
    ("wards affected", "wards"),
    ("ward affected", "wards"),
    ("divisions affected", "wards"),
    ("key decision", "is_key"),
    ("decision type", "is_key"),
    ("restrictions", "restriction"),
    ("reason for exemption", "restriction"),
    ("notice of proposed decision first published", "first_published"),
)


def plan_label_field(label: str) -> str | None:
    return dict(PLAN_LABELS).get(_key(label))

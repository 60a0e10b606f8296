"""The words Moot stores for statuses and kinds, written once.

Parsing and converting (``moot.minutes``, ``moot.importers``) produce these
values and the models (``moot.records``, ``moot.tracker``) store them: each
model's ``TextChoices`` takes its values from here, and a test checks that
every value here is a valid choice of its field
(``moot/records/tests/test_vocabulary.py``). Pure Python, no Django: the
pure side imports it without a database. Being ``StrEnum``s they compare equal
to, and serialise as, their plain strings ("held").
"""

from enum import StrEnum


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class MinutesStatus(StrEnum):
    NONE = "none"
    DRAFT = "draft"
    PUBLISHED = "published"
    APPROVED = "approved"


class AttendanceKind(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    OFFICER = "officer"


class PersonKind(StrEnum):
    COUNCILLOR = "councillor"
    CO_OPTED = "co-opted"
    OFFICER = "officer"
    OTHER = "other"


class MembershipRole(StrEnum):
    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy-chair"
    MEMBER = "member"
    SUBSTITUTE = "substitute"
    CO_OPTED = "co-opted"


class DocumentKind(StrEnum):
    PDF = "pdf"
    HTML = "html"
    DOCX = "docx"
    OTHER = "other"


class DocumentRole(StrEnum):
    """What a meeting's own paper is (a document of an item has none): OParl's
    invitation, resultsProtocol, verbatimProtocol and auxiliaryFile, Legistar's
    agenda and minutes files."""

    AGENDA = "agenda"
    MINUTES = "minutes"
    INVITATION = "invitation"
    RESULTS = "results"
    VERBATIM = "verbatim"
    SUPPLEMENT = "supplement"
    OTHER = "other"


class VoteChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    ABSENT = "absent"


class BlockKind(StrEnum):
    """A part of the minutes narrative: a paragraph, or a list."""

    PARAGRAPH = "paragraph"
    LIST = "list"


class CommitmentKind(StrEnum):
    RESOLUTION = "resolution"
    ACTION = "action"
    UNDERTAKING = "undertaking"
    RECOMMENDATION = "recommendation"


class RequestOutcome(StrEnum):
    """What became of a request for information made at a meeting."""

    PROVIDED = "provided"
    REFUSED = "refused"
    PENDING = "pending"


class DecisionStatus(StrEnum):
    """Where a decision of the decisions register stands (ModernGov's words for
    each are in ``moot/importers/moderngov/decision_phrases.py``)."""

    PROPOSED = "proposed"  # "For Determination": notice given, not yet taken
    MADE = "made"  # "Recommendations Approved", "Decision Made"
    CALLED_IN = "called-in"  # "Called In": scrutiny will look again first
    IMPLEMENTED = "implemented"  # past call-in, in force
    DEFERRED = "deferred"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class InterestCategory(StrEnum):
    """A category of a councillor's register of interests: the disclosable
    pecuniary interests of the Localism Act 2011 (and its regulations), other
    registrable interests, and gifts and hospitality."""

    EMPLOYMENT = "employment"
    SPONSORSHIP = "sponsorship"
    CONTRACTS = "contracts"
    LAND = "land"
    LICENCES = "licences"
    TENANCIES = "tenancies"
    SECURITIES = "securities"
    MEMBERSHIPS = "memberships"
    GIFTS = "gifts"
    OTHER = "other"

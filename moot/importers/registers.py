"""What importers hand the loader of a council's registers: decisions, the
forward plan and councillors' registered interests. Plain records, no Django.

These are not part of a meeting: a ModernGov site publishes them on pages of
their own (``mgDelegatedDecisions.aspx``, ``ieDecisionDetails.aspx``,
``mgListPlans.aspx``, ``mgRofI.aspx``), so they travel in one ``Register`` per
council, stored by ``moot.records.load.store_register``.

Notes:
- ``committee``, ``person`` and ``meeting`` hold the source ids of records the
  council's own import stores (``moot.importers.records``); the loader links
  them where it has them and keeps the name as written (``decision_maker``)
  either way.
- An exempt decision or plan entry carries no text at all: its title, dates,
  decision maker and Schedule 12A paragraphs are all the source may give.
"""

import datetime as dt
from dataclasses import dataclass, field

from moot.vocabulary import DecisionStatus, InterestCategory


@dataclass
class DecisionDocument:
    title: str
    url: str


@dataclass
class Decision:
    source_id: str
    title: str
    decision_maker: str = ""
    committee: str = ""  # the committee's source_id, when a committee decided
    person: str = ""  # the person's source_id, when one member decided
    meeting: str = ""  # the meeting's source_id, when taken at a meeting
    decided: dt.date | None = None
    published: dt.date | None = None
    is_key: bool = False
    subject_to_call_in: bool = False
    call_in_deadline: dt.date | None = None
    status: DecisionStatus = DecisionStatus.MADE
    status_text: str = ""  # the source's own words for the status
    wards: list[str] = field(default_factory=list)
    purpose: str = ""
    text: str = ""
    reasons: str = ""
    alternatives: str = ""
    documents: list[DecisionDocument] = field(default_factory=list)
    is_exempt: bool = False
    exempt_paragraphs: list[int] = field(default_factory=list)
    issue: str = ""  # the source's issue, shared with the forward plan entry

    def withhold(self) -> None:
        """Drop every text an exempt decision must not carry."""
        self.purpose = self.text = self.reasons = self.alternatives = ""
        self.documents = []


@dataclass
class PlanEntry:
    source_id: str
    title: str
    decision_maker: str = ""
    committee: str = ""
    person: str = ""
    expected: dt.date | None = None
    expected_text: str = ""  # as the plan words it: "Not before 1st Feb 2025"
    first_published: dt.date | None = None
    is_key: bool = False
    wards: list[str] = field(default_factory=list)
    summary: str = ""
    is_exempt: bool = False
    exempt_paragraphs: list[int] = field(default_factory=list)
    issue: str = ""  # links the entry to the decision taken on the same issue


@dataclass
class Interest:
    person: str  # the person's source_id
    category: InterestCategory
    description: str
    registered: dt.date | None = None
    updated: dt.date | None = None
    url: str = ""  # the register page it was read from


@dataclass
class Register:
    """One council's registers as read in one run.

    ``registers_read`` lists the people whose register pages were read whole:
    their interests the page no longer shows are removed, and nobody else's.
    """

    decisions: list[Decision] = field(default_factory=list)
    plan: list[PlanEntry] = field(default_factory=list)
    interests: list[Interest] = field(default_factory=list)
    registers_read: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

"""The parser's output: plain dataclasses, one per part of the JSON contract.

These are the only contract between parsing and storage (``moot.records.load``
turns them into rows). ``to_dict`` gives the public JSON shape documented in
``docs/parsing.md``: every key present, absent values ``None``, dates as ISO
strings.

Statuses and kinds are ``moot.vocabulary``'s ``StrEnum``s, the values the
models' choices take: a dataclass given any other word raises ``ValueError``
when it is made, so a parser's typo fails its tests, not a later save.
"""

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from moot.vocabulary import BlockKind, CommitmentKind, RequestOutcome, VoteChoice

from .source import Discarded


@dataclass
class Attendance:
    present: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    officers: list[str] = field(default_factory=list)


@dataclass
class MeetingFacts:
    date: dt.date | None = None
    committee: str | None = None
    venue: str | None = None
    attendance: Attendance = field(default_factory=Attendance)


@dataclass
class Exempt:
    """Why an item is withheld. ``reason`` is the source's own words, for the
    clerk only: it can name what the exemption protects, so no public output
    carries it. ``certain`` is false where the wording left doubt; the item is
    withheld all the same, and a clerk asked to review it."""

    paragraph: int | None
    reason: str
    paragraphs: list[int] = field(default_factory=list)
    certain: bool = True


@dataclass
class WithheldDocument:
    """A paper of a public item that is not for publication ("Appendix 2")."""

    name: str
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Reference:
    """An earlier item this item says it follows, as the text names it."""

    text: str
    minute: str | None = None  # "23"
    municipal_year: str | None = None  # "2019/20"
    committee: str | None = None  # a body's name, or "this" for the item's own
    date: dt.date | None = None
    month: int | None = None  # with year: "December 2020"
    year: int | None = None
    previous_meeting: bool = False  # "the previous meeting of <committee>"


@dataclass
class Report:
    summary: str | None = None
    document: str | None = None
    author: str | None = None


@dataclass
class Recommendation:
    number: str | None
    text: str


@dataclass
class Contact:
    name: str | None = None
    phone: str | None = None


@dataclass
class Block:
    """A paragraph (``text``) or a list (``items``) of the minutes narrative."""

    kind: str  # a BlockKind: "paragraph" or "list"
    text: str | None = None
    items: list[str] | None = None

    def __post_init__(self) -> None:
        self.kind = BlockKind(self.kind)

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "list":
            return {"kind": "list", "items": list(self.items or [])}
        return {"kind": "paragraph", "text": self.text}


@dataclass
class Response:
    by: str | None
    text: str


@dataclass
class Exchange:
    asked_by: str | None
    points: list[str] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)


@dataclass
class Representation:
    by: str | None
    points: list[str] = field(default_factory=list)


@dataclass
class InformationRequest:
    text: str
    outcome: str  # a RequestOutcome: "provided", "refused" or "pending"
    reason: str | None = None

    def __post_init__(self) -> None:
        self.outcome = RequestOutcome(self.outcome)


@dataclass
class NamedVote:
    """How one member voted, where the minutes record it by name
    ("For: Cllrs A, B; Against: Cllr C"). ``name`` is as printed."""

    name: str
    choice: str  # a VoteChoice: "for", "against", "abstain" or "absent"

    def __post_init__(self) -> None:
        self.choice = VoteChoice(self.choice)


@dataclass
class Resolution:
    number: str | None
    text: str
    vote: str | None = None
    named_votes: list[NamedVote] = field(default_factory=list)


@dataclass
class Action:
    owner: str


@dataclass
class Declaration:
    """A member's declaration of interest at the meeting, as the minutes'
    declarations item records it. ``about_item`` is the agenda item number the
    declaration names, as printed ("7", "12.1"), where it names one; ``kind``
    is the kind of interest in the source's words ("disclosable pecuniary",
    "personal", "prejudicial"), where it says."""

    member: str
    interest: str
    kind: str | None = None
    about_item: str | None = None


@dataclass
class Commitment:
    kind: str  # a CommitmentKind: "resolution", "action", "undertaking", …
    resolution: str | None
    text: str
    owner: str | None = None
    recipient: str | None = None
    due_phrase: str | None = None
    due_date: dt.date | None = None

    def __post_init__(self) -> None:
        self.kind = CommitmentKind(self.kind)


@dataclass
class Item:
    number: str | None = None
    title: str | None = None
    previous_references: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    exempt: Exempt | None = None
    withheld_documents: list[WithheldDocument] = field(default_factory=list)
    report: Report = field(default_factory=Report)
    recommendations: list[Recommendation] = field(default_factory=list)
    contact: Contact = field(default_factory=Contact)
    minutes: list[Block] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    representations: list[Representation] = field(default_factory=list)
    information_requests: list[InformationRequest] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = _plain(asdict(self))
        data["minutes"] = [block.to_dict() for block in self.minutes]
        return data


@dataclass
class Minutes:
    """Everything read from one input file."""

    meeting: MeetingFacts = field(default_factory=MeetingFacts)
    items: list[Item] = field(default_factory=list)
    discarded: list[Discarded] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "meeting": _plain(asdict(self.meeting)),
            "items": [item.to_dict() for item in self.items],
            "discarded": [_plain(asdict(d)) for d in self.discarded],
            "warnings": list(self.warnings),
        }


def _plain(value: Any) -> Any:
    """Turn dates into ISO strings, recursively; leave everything else."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value

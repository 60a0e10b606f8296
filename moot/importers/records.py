"""What importers hand the loader: plain records, keyed by source identifiers.

Every importer's ``convert.py`` turns a source's responses into these
dataclasses and nothing else; ``moot.records.load`` turns them into rows. No
Django here. ``source_id`` is the source's own identifier for the thing, as a
URL where the source has one (an OParl ``id``, a ModernGov page address), so a
second import finds the row the first one made.

Notes:
- Dates are ``datetime.date``, times ``datetime.time``; a field the source
  leaves empty is ``None`` or ``""``, never a placeholder.
- A record without a ``source_id`` (minutes read from a file or pasted, see
  ``moot.importers.minutes``) is found by name, or by committee and date, or by
  item number within its meeting.
- ``content`` is the minutes parser's ``Item`` (report, minutes, resolutions,
  commitments), or ``None`` when the source has no text for the item.
- An exempt item or document carries no text at all.
- Statuses and kinds are the ``StrEnum``s of ``moot.vocabulary``, the same
  values the models' choices take.
"""

import datetime as dt
from dataclasses import dataclass, field

from moot.minutes import records as parsed
from moot.minutes.exempt import paper_is_exempt
from moot.vocabulary import (
    AttendanceKind,
    DocumentKind,
    DocumentRole,
    MeetingStatus,
    MembershipRole,
    MinutesStatus,
    PersonKind,
    VoteChoice,
)


@dataclass
class Body:
    source_id: str
    name: str
    website: str = ""


@dataclass
class Committee:
    source_id: str
    name: str
    purpose: str = ""


@dataclass
class Membership:
    source_id: str
    committee: str  # the committee's source_id
    role: MembershipRole = MembershipRole.MEMBER
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class Person:
    source_id: str
    name: str
    kind: PersonKind = PersonKind.COUNCILLOR
    party: str = ""
    ward: str = ""
    role: str = ""
    memberships: list[Membership] = field(default_factory=list)


@dataclass
class Document:
    source_id: str
    title: str
    url: str
    kind: DocumentKind = DocumentKind.PDF
    is_exempt: bool = False
    text: str = ""
    size: int | None = None
    sha256: str = ""
    file: str = ""  # the storage name of the kept bytes, from the SHA-256
    role: DocumentRole = DocumentRole.OTHER  # what a meeting's own paper is

    def __post_init__(self) -> None:
        # A paper whose title says it is not for publication is withheld,
        # whatever the source's flag says.
        self.is_exempt = self.is_exempt or paper_is_exempt(self.title)


@dataclass
class VoteCast:
    """One member's vote on the item's (first) resolution."""

    name: str
    choice: VoteChoice
    person: str = ""  # the person's source_id, if known


@dataclass
class Item:
    source_id: str
    title: str
    number: str = ""
    is_exempt: bool = False
    exempt_paragraph: int | None = None
    exempt_reason: str = ""
    content: parsed.Item | None = None
    documents: list[Document] = field(default_factory=list)
    votes: list[VoteCast] = field(default_factory=list)
    webcast_start: int | None = None  # seconds into the meeting's webcast


@dataclass
class Report:
    """A paper (OParl ``Paper``) and the agenda items it was considered at.

    It becomes a Report on each of those items that Moot holds, with its files
    as Documents there; a paper considered at no item Moot holds is not stored.
    """

    source_id: str
    title: str
    reference: str = ""
    kind: str = ""  # the source's type of paper: "Beschlussvorlage"
    date: dt.date | None = None
    modified: str = ""  # the source's ``modified``, as given
    items: list[str] = field(default_factory=list)  # agenda items' source_ids
    documents: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Attendee:
    name: str
    kind: AttendanceKind = AttendanceKind.PRESENT
    person: str = ""  # the person's source_id, if known


@dataclass
class Meeting:
    source_id: str
    committee: Committee
    date: dt.date
    date_assumed: bool = False  # the source gave no date; one was supplied
    start_time: dt.time | None = None
    status: MeetingStatus = MeetingStatus.SCHEDULED
    minutes_status: MinutesStatus = MinutesStatus.NONE
    venue: str = ""
    items: list[Item] = field(default_factory=list)
    # The meeting's own papers (agenda pack, printed minutes), each with a role.
    documents: list[Document] = field(default_factory=list)
    webcast_url: str = ""  # a link to the recording, never embedded
    attendance: list[Attendee] = field(default_factory=list)
    # People named at the meeting: created if new, never overwritten, so a
    # better source (a councillor list) keeps the last word on their details.
    people: list[Person] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Deleted:
    """A committee, person, meeting or paper the source says it has deleted.

    It carries nothing but its identifier; Moot soft-deletes its row.
    """

    source_id: str


@dataclass
class Translation:
    """An item's words as the source also publishes them in another language.

    Welsh councils' ModernGov sites give every page in English and in Welsh
    (``LLL=1``). The English page is the record (its structure, exemption,
    commitments); the Welsh page adds only its words, for the Welsh site.
    ``item_source_id`` is the English item's ``source_id``; ``minutes`` are
    paragraphs and ``resolutions`` the decisions, as the page writes them.
    """

    item_source_id: str
    language: str
    source_id: str
    title: str
    minutes: list[str] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)

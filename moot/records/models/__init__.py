"""The democratic record, one module per part of the glossary."""

from .base import Record, RecordQuerySet
from .body import Body, Committee, Issue, Membership, Organisation, Person
from .content import (
    Action,
    ItemReference,
    MinutesBlock,
    Question,
    QuestionResponse,
    Recommendation,
    Representation,
    Resolution,
    Vote,
)
from .declarations import Declaration
from .item import AgendaItem, Document, ExemptDecision, Report
from .meeting import Attendance, Meeting
from .translation import Translation

__all__ = [
    "Action",
    "AgendaItem",
    "Attendance",
    "Body",
    "Committee",
    "Declaration",
    "Document",
    "ExemptDecision",
    "Issue",
    "ItemReference",
    "Meeting",
    "Membership",
    "MinutesBlock",
    "Organisation",
    "Person",
    "Question",
    "QuestionResponse",
    "Recommendation",
    "Record",
    "RecordQuerySet",
    "Report",
    "Representation",
    "Resolution",
    "Translation",
    "Vote",
]

"""The tracker: commitments, their fulfilment, requests, plans and reminders."""

from .commitment import (
    Commitment,
    CommitmentEvent,
    CommitmentQuerySet,
    ProgressUpdate,
    Rag,
    TransitionError,
)
from .fulfilment import Fulfilment, commitment_parts
from .plans import ActionPlan, PlanAction, PlanActionUpdate
from .reminders import OwnerContact, Reminder
from .requests import InformationRequest

__all__ = [
    "ActionPlan",
    "Commitment",
    "CommitmentEvent",
    "CommitmentQuerySet",
    "Fulfilment",
    "InformationRequest",
    "OwnerContact",
    "PlanAction",
    "PlanActionUpdate",
    "ProgressUpdate",
    "Rag",
    "Reminder",
    "TransitionError",
    "commitment_parts",
]

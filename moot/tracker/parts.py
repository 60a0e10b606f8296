"""The parts of a commitment met by items at several committees."""

import re
from typing import Any

from moot.records.models import Committee

PLURAL_COMMITTEES = re.compile(r"\b([\w’']+) Committees\b", re.IGNORECASE)


def part_committees(commitment: Any) -> list[Committee]:
    """The committees that must each receive what was promised, or none.

    "Tailored reports ... to Area Committees" is met by an item at each of the
    body's committees whose name says "Area Committee".
    """
    match = PLURAL_COMMITTEES.search(commitment.recipient or "")
    if not match:
        return []
    body_id = commitment.agenda_item.meeting.committee.body_id
    return list(
        Committee.objects.public()
        .filter(body_id=body_id, name__icontains=f"{match[1]} Committee")
        .order_by("name")
    )
